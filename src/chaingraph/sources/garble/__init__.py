"""Repair of captures whose GBK bytes were read one byte off: each garbled span becomes the
characters it must have been, or LOST (〓) where the bytes do not say which.

How the capture garbled: the original GBK byte stream lost the lead byte of one
character (shown as ``?``); from there the capture's decoder (GB18030 two-byte
table) read pairs one byte off, each straddling two original characters.  Such
a shifted pair came out as a character, as nothing (a private-use code point,
which the capture dropped: the pair "vanished"), or as ``?`` (undecodable; the
``?`` ate both bytes).  Fullwidth ``！，：；？`` were ASCII-ized afterwards.

A span is a ``?`` right after a CJK character followed by GBK characters and
``! , : ; ?``.  Each token after the first ``?`` is a shifted pair (a mark is
read as its fullwidth bytes; a ``?`` as the bytes of ``？`` or as any
undecodable pair).  A reading is a sequence of original characters that
re-encodes to exactly those bytes:

* every surviving byte is fixed; the lost first lead ranges over all lead
  bytes; a byte inside a vanished pair ranges only over pairs the decoder drops
  (private use), a byte inside a ``?`` pair only over undecodable pairs;
* at most one pair vanished between two visible pairs (a second one would
  leave a character with no surviving byte, which nothing could restore), and
  a character needs at least one surviving byte;
* the span ends where the stream re-aligns, one of: (E1) the next character is
  ASCII 0x40-0x7E: it is the last character's trail byte; (E2) the last ``?``
  ate an ASCII byte the text still shows (the ``(`` of ``shí)`` or the ``<``
  of ``/p>``), which is put back; (E3) the line ends on a lone byte (``?``).
  A pinyin annotation on the last character (``F(xiàn)``, ``?shí)``) must be
  one of its readings;
* the characters fit the line's script: in a Traditional line only Big5
  characters (the capture is machine-converted Traditional, so 事迹 would have
  been written 事跡, whose bytes do not fit), in a Simplified line no
  Traditional-only ones.

Readings are scored as whole texts with their context (six characters either
side, in Simplified): the log-probability of the best segmentation under a
unigram model of jieba's dictionary, with a fixed prior for common CJK
punctuation, a bonus when a closing mark closes an opener left open in the
paragraph, and characters the model does not know merged into one LOST
candidate.  The search is exact: the readings form a lattice of byte states,
dictionary words are walked along it like a trie, and a forward/backward pass
gives, for every position and candidate, the best whole reading that uses it.
Positions are named by the visible pair they follow and their place there.

The span is repaired only if the best reading beats the literal one (``?`` as
``？``) by MARGIN.  Then a character is kept only if it beats every
byte-consistent rival at its position by MARGIN; otherwise it becomes LOST (〓).
Where a rival with a different number of characters (a vanished pair or not)
comes within MARGIN, the whole stretch becomes LOST; so does the whole span if
two ways to end it do.  A wrong character is the worst outcome, so ties are
always LOST.  The work is bounded deterministically: runs longer than MAX_SPAN,
spans beyond MAX_SPANS_PER_TEXT and spans searched after the text's
MAX_LOOKUPS_PER_TEXT dictionary look-ups are used up are left literal and
logged as "unrepaired" (marking them LOST could wipe out plain text with a
question mark, which only the search tells apart from a garble).

The modules, in the order the repair uses them:

* ``repair``: finds the spans in a line and the ways each can end, and decides per span;
* ``bytepairs``: what the capture's decoder made of every GBK byte pair;
* ``readings``: the lattice of a span's readings, its exact search, and which characters are certain;
* ``wordmodel``: the unigram word model that scores a reading.
"""

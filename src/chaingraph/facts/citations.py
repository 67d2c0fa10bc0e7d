"""Where a quote stands in its source: the sentence a piece of evidence cites.

A quote must be found verbatim in the source's normalized text. When it occurs in one sentence
only, that sentence is the citation. When it occurs in several sentences (a caption repeating the
body, a phrase an article uses for several companies), the first occurrence could be the wrong
one, so the facts file must name the sentence (`sentence: s012`) and the quote must lie inside
it. Nothing is guessed: an ambiguous quote is refused with the list of its occurrences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chaingraph.sources.normalize import Normalized
from chaingraph.sources.sentences import Sentence

SENTENCE_ID = re.compile(r"^s\d{3,}$")
CONTEXT = 8  # characters of context shown on each side of an occurrence


@dataclass(frozen=True)
class Place:
    """A quote located in its source: offsets in the normalized text and the sentence id."""

    start: int
    end: int
    sentence: str | None


@dataclass(frozen=True)
class Refusal:
    """Why a quote cannot be cited, said for the facts file's `quote` or `sentence` field."""

    field: str  # "quote" or "sentence"
    message: str
    hint: str


def locate(text: Normalized, quote: str, sentence: object, source_id: str) -> Place | Refusal:
    """The place of `quote` in `text`, in the sentence `sentence` names when it is given."""
    occurrences = _occurrences(text.text, quote)
    normalize = f"`chaingraph normalize {source_id}`"
    if not occurrences:
        return Refusal("quote", f"quote not found in source {source_id}: {quote!r}",
                       f"copy it verbatim from {normalize}")
    if sentence is not None:
        return _in_sentence(text, quote, sentence, occurrences, source_id)
    by_sentence = _by_sentence(text.sentences, occurrences)
    if len(by_sentence) > 1:
        listed = "; ".join(f"{sid} “{_context(text, start, len(quote))}”" for sid, start in by_sentence.items())
        return Refusal("quote", f"quote {quote!r} occurs in {len(by_sentence)} sentences of {source_id}: {listed}",
                       f"add sentence: {next(iter(by_sentence))} (or the id of the sentence this fact is "
                       f"about) beside quote:, or quote longer words that occur once")
    start = occurrences[0]
    return Place(start, start + len(quote), _sentence_at(text.sentences, start))


def _in_sentence(text: Normalized, quote: str, sentence: object, occurrences: list[int],
                 source_id: str) -> Place | Refusal:
    normalize = f"`chaingraph normalize {source_id}`"
    if not isinstance(sentence, str) or not SENTENCE_ID.match(sentence):
        return Refusal("sentence", f"{sentence!r} is not a sentence id",
                       f"write the id {normalize} prints before the sentence, such as s012")
    chosen = next((s for s in text.sentences if s.id == sentence), None)
    if chosen is None:
        ids = [s.id for s in text.sentences]
        span = f"{ids[0]} to {ids[-1]}" if ids else "none"
        return Refusal("sentence", f"unknown sentence {sentence} in source {source_id} (its sentences are {span})",
                       f"pick the sentence from {normalize}")
    inside = [start for start in occurrences if chosen.start <= start and start + len(quote) <= chosen.end]
    if inside:
        return Place(inside[0], inside[0] + len(quote), chosen.id)
    found = list(_by_sentence(text.sentences, occurrences))
    return Refusal("sentence", f"quote {quote!r} does not occur in sentence {sentence} "
                   f"“{_shorten(chosen.text)}”; it occurs in {', '.join(found)}",
                   f"write sentence: {found[0]}" if len(found) == 1 else
                   f"write the one of {', '.join(found)} this fact is about")


def _occurrences(text: str, quote: str) -> list[int]:
    found, at = [], text.find(quote)
    while at >= 0:
        found.append(at)
        at = text.find(quote, at + 1)
    return found


def _by_sentence(sentences: tuple[Sentence, ...], occurrences: list[int]) -> dict[str, int]:
    """Sentence id -> the first occurrence that starts in it (in text order)."""
    out: dict[str, int] = {}
    for start in occurrences:
        out.setdefault(_sentence_at(sentences, start) or "(between sentences)", start)
    return out


def _sentence_at(sentences: tuple[Sentence, ...], offset: int) -> str | None:
    return next((s.id for s in sentences if s.start <= offset < s.end), None)


def _context(text: Normalized, start: int, length: int) -> str:
    """The occurrence with a few characters of its sentence on each side."""
    bounds = next(((s.start, s.end) for s in text.sentences if s.start <= start < s.end), (0, len(text.text)))
    left, right = max(bounds[0], start - CONTEXT), min(bounds[1], start + length + CONTEXT)
    shown = text.text[left:right].replace("\n", " ")
    return ("…" if left > bounds[0] else "") + shown + ("…" if right < bounds[1] else "")


def _shorten(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[:limit] + "…"

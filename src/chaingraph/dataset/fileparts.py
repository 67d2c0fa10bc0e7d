"""The RDF files written in parts, each part's text copied from the last build's file when it
is made from the same quads.

Every format the build writes is a head, its parts' texts and a tail, pyoxigraph writing a part
the same way whatever comes before or after it: the formats that keep graphs (N-Quads, TriG,
JSON-LD) are their graphs' texts one after another (TriG's `graph { ... }` after one set of
prefixes; JSON-LD's graph objects in one array, between commas); the formats of the merged
triples (N-Triples, Turtle, RDF/XML) are their subjects' texts in the build's order, in which
each source's sentences and evidence nodes stand in two runs (`dataset/iris.minted_for_source`).
`tests/test_incremental.py` compares every file with pyoxigraph writing the whole dataset at
once, byte for byte.

An incremental build gives a key to each part whose quads it can name (dataset/build.py): a
source's graph, and its two runs, have its source's cache key (the graph also the entities'
labels it carries: they go to the graph that declares an entity first, a choice across sources);
the inferred graph the digest of its N-Quads. Writing a file records where each keyed part's
text stands in it, its SHA-256 and how many quads it was made from (`Layout`, kept in the
cache's manifest); the next build copies the text of a part with the same key and as many quads
from the last file, once its bytes still have that digest, and writes the others from their
quads. A run is recorded only when every quad in it is of its source's graph: with as many quads
again, it holds the same ones. The copy is a few hundred megabytes read and hashed instead of a
million quads turned into text six times.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

Layout = dict[str, list]  # key -> [offset, length, SHA-256, quads] of a part's text in one file


@dataclass(frozen=True)
class Part:
    """One part of a file: its key (None: always written from its quads), how many quads it is
    made from, what pyoxigraph writes for it (quads or triples), and whether its text may be kept
    for the next build (a run: all of it its source's graph)."""

    key: str | None
    quads: int
    statements: Callable[[], Iterable]
    keepable: Callable[[], bool] = lambda: True


@dataclass
class LastFile:
    """The last build's file of one format and where its keyed parts stand in it (its `Layout`)."""

    path: Path
    layout: Layout

    def text(self, handle: BinaryIO | None, part: Part) -> bytes | None:
        """The part's text in the file, if it is there, of as many quads, and still has its digest."""
        place = self.layout.get(part.key) if part.key is not None and handle is not None else None
        if not (isinstance(place, list) and len(place) == 4 and all(isinstance(n, int) for n in place[:2])):
            return None
        offset, length, digest, quads = place
        if offset < 0 or length <= 0 or quads != part.quads:
            return None
        handle.seek(offset)
        data = handle.read(length)
        return data if hashlib.sha256(data).hexdigest() == digest else None

    def open(self) -> BinaryIO | None:
        try:
            return open(self.path, "rb")  # noqa: SIM115 - closed by the caller
        except OSError:
            return None


def write_parts(output: BinaryIO, name: str, fmt: ox.RdfFormat, parts: list[Part], prefixes: dict[str, str] | None,
                last: LastFile | None = None, layout: Layout | None = None, offset: int = 0) -> None:
    """Write a file in format `name` of chaingraph.dataset.formats.FORMATS (pyoxigraph's own
    text: a JSON-LD context around it is the caller's) a part at a time, in order. `last` is
    the last build's file, whose text of a part with the same key is copied; `layout` receives
    where each keyed part's text stands in the file, `output` starting `offset` bytes into it."""
    if not parts:
        ox.serialize([], output, format=fmt, prefixes=prefixes)
        return
    head, separator, tail = _frame(name, fmt, prefixes)
    handle = last.open() if last is not None else None
    counted = _Counted(output, offset)
    try:
        counted.write(head)
        for number, part in enumerate(parts):
            if number:
                counted.write(separator)
            start = counted.size
            text = last.text(handle, part) if last is not None else None
            digest = hashlib.sha256() if part.key is not None and layout is not None else _NO_DIGEST
            if text is not None:
                counted.write(text)
                digest.update(text)
            else:
                trimmed = _Trimmed(counted, len(head), len(tail), digest)
                ox.serialize(part.statements(), trimmed, format=fmt, prefixes=prefixes)
                trimmed.check(head, tail)
            # a copied run was all its source's when first written, and holds as many quads again
            if part.key is not None and layout is not None and counted.size > start and (
                    text is not None or part.keepable()):
                layout[part.key] = [start, counted.size - start, digest.hexdigest(), part.quads]
        counted.write(tail)
    finally:
        if handle is not None:
            handle.close()


_RDF_XML_END = b"</rdf:RDF>"


class _NoDigest:
    """Where a part's text is not recorded (no key, or a clean build): nothing to hash."""

    def update(self, data) -> None:
        pass


_NO_DIGEST = _NoDigest()


def _frame(name: str, fmt: ox.RdfFormat, prefixes: dict[str, str] | None) -> tuple[bytes, bytes, bytes]:
    """What comes before the first part's text, between two parts', and after the last one's."""
    if name == "jsonld":  # one array of graph objects
        return b"[", b",", b"]"
    if name == "rdfxml":  # the namespaces in the root element, which pyoxigraph writes even when empty
        empty = ox.serialize([], format=fmt, prefixes=prefixes)
        return empty[:-len(_RDF_XML_END)], b"", _RDF_XML_END
    if prefixes:  # Turtle, TriG: the prefixes, which pyoxigraph writes before the first statement
        probe = ox.NamedNode("urn:chaingraph:probe")
        statement = ox.Quad(probe, probe, probe, probe) if fmt.supports_datasets else ox.Triple(probe, probe, probe)
        text = ox.serialize([statement], format=fmt, prefixes=prefixes)
        return text[:text.index(b"<urn:chaingraph:probe>")], b"", b""
    return b"", b"", b""


class _Counted:
    """A binary file that counts what is written to it."""

    def __init__(self, output: BinaryIO, size: int = 0):
        self.output = output
        self.size = size  # of the file so far

    def write(self, data: bytes) -> int:
        self.output.write(data)
        self.size += len(data)
        return len(data)


class _Trimmed:
    """pyoxigraph's text of one part alone, passed on without the head and tail it writes around
    it (those of the whole file), and hashed as it goes."""

    def __init__(self, output: _Counted, head: int, tail: int, digest):
        self.output, self.skip, self.tail, self.digest = output, head, tail, digest
        self.skipped = b""
        self.held = b""  # the last `tail` bytes: the tail, once everything is written

    def write(self, data) -> int:
        written = len(data)
        if not self.skip and not self.tail:  # past the head of a format without a tail: passed on as it comes
            self.output.write(data)
            self.digest.update(data)
            return written
        data = bytes(data)
        if self.skip:
            taken = data[:self.skip]
            self.skipped += taken
            self.skip -= len(taken)
            data = data[len(taken):]
        data = self.held + data
        cut = max(len(data) - self.tail, 0)
        if cut:
            self.output.write(data[:cut])
            self.digest.update(data[:cut])
        self.held = data[cut:]
        return written

    def flush(self) -> None:
        pass

    def check(self, head: bytes, tail: bytes) -> None:
        """The text cut off must be the frame: otherwise the parts' texts do not join into the file."""
        if self.skipped != head or self.held != tail:
            raise ValueError("pyoxigraph wrote a part with another frame than the file's")

"""The files that keep graphs (N-Quads, TriG, JSON-LD) written one graph at a time, a graph's
text taken from the last build's file when what it holds did not change.

Grouped by graph, these three formats are a head, each graph's text and a tail: pyoxigraph
writes a graph's quads the same way whatever graph comes before or after it (N-Quads lines;
TriG's `graph { ... }` after one set of prefixes; JSON-LD's graph objects in one array, between
commas). `tests/test_incremental.py` compares what is written here with pyoxigraph writing the
whole dataset at once, byte for byte.

An incremental build gives each graph whose quads it can name a key: a source's graph has its
source's cache key and the entities' labels it carries (they go to the graph that declares an
entity first, a choice across sources), the inferred graph the digest of its N-Quads. Writing a
file records where each keyed graph's text stands in it and its SHA-256 (`Layout`, kept in the
cache's manifest); the next build copies the text of every graph with the same key from the
file, once its bytes still have that digest, and writes the others from their quads. The copy
is a few hundred megabytes read and hashed instead of a million quads turned into text.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

BLOCK_FORMATS = ("nq", "trig", "jsonld")  # the formats written a graph at a time

# The JSON-LD pyoxigraph writes is one array of graph objects: `[` graph `,` graph ... `]`.
_JSONLD_FRAME = (b"[", b",", b"]")


@dataclass(frozen=True)
class GraphText:
    """One graph of the dataset as the writer takes it: its name and its key (None: always
    written from its quads)."""

    graph: ox.NamedNode
    key: str | None


Layout = dict[str, list]  # key -> [offset, length, SHA-256] of a graph's text in one file


@dataclass
class LastFile:
    """The last build's file of one format and where its keyed graphs stand in it (its `Layout`)."""

    path: Path
    layout: Layout

    def text(self, handle: BinaryIO | None, key: str | None) -> bytes | None:
        """The graph's text under `key` in the file, if it is there and still has its digest."""
        place = self.layout.get(key) if key is not None and handle is not None else None
        if not (isinstance(place, list) and len(place) == 3):
            return None
        offset, length, digest = place
        if not (isinstance(offset, int) and isinstance(length, int) and offset >= 0 and length > 0):
            return None
        handle.seek(offset)
        data = handle.read(length)
        return data if hashlib.sha256(data).hexdigest() == digest else None

    def open(self) -> BinaryIO | None:
        try:
            return open(self.path, "rb")  # noqa: SIM115 - closed by the caller
        except OSError:
            return None


def write_graphs(output: BinaryIO, name: str, graphs: list[GraphText], quads_of: Callable[[ox.NamedNode], list],
                 prefixes: dict[str, str] | None, last: LastFile | None = None,
                 layout: Layout | None = None, offset: int = 0) -> None:
    """Write the dataset in `name` (one of BLOCK_FORMATS, pyoxigraph's own text of it: the
    JSON-LD context around it is the caller's) a graph at a time, in the order of `graphs`.
    `quads_of` gives a graph's quads in the build's order; `last` the last build's file, whose
    text of a graph with the same key is copied; `layout` receives where each keyed graph's text
    stands in the file, `output` starting `offset` bytes into it."""
    fmt = ox.RdfFormat.from_extension(name)
    head, separator, tail = _frame(name, fmt, prefixes)
    handle = last.open() if last is not None else None
    counted = _Counted(output, offset)
    try:
        if graphs:
            counted.write(head)
        for number, part in enumerate(graphs):
            if number:
                counted.write(separator)
            start = counted.size
            text = last.text(handle, part.key) if last is not None else None
            digest = hashlib.sha256()
            if text is not None:
                counted.write(text)
                digest.update(text)
            else:
                trimmed = _Trimmed(counted, len(head), len(tail), digest)
                ox.serialize(quads_of(part.graph), trimmed, format=fmt, prefixes=prefixes)
                trimmed.check(head, tail)
            if part.key is not None and layout is not None:
                layout[part.key] = [start, counted.size - start, digest.hexdigest()]
        if graphs:
            counted.write(tail)
    finally:
        if handle is not None:
            handle.close()


def _frame(name: str, fmt: ox.RdfFormat, prefixes: dict[str, str] | None) -> tuple[bytes, bytes, bytes]:
    """What comes before the first graph's text, between two graphs', and after the last one's."""
    if name == "jsonld":
        return _JSONLD_FRAME
    if name == "trig":  # the prefixes, which pyoxigraph writes before the first quad
        probe = ox.NamedNode("urn:chaingraph:probe")
        text = ox.serialize([ox.Quad(probe, probe, probe, probe)], format=fmt, prefixes=prefixes)
        return text[:text.index(b"<urn:chaingraph:probe> {")], b"", b""
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
    """pyoxigraph's text of one graph alone, passed on without the head and tail it writes around
    it (those of the whole file), and hashed as it goes."""

    def __init__(self, output: _Counted, head: int, tail: int, digest):
        self.output, self.skip, self.tail, self.digest = output, head, tail, digest
        self.skipped = b""
        self.held = b""  # the last `tail` bytes: the tail, once everything is written

    def write(self, data) -> int:
        data = bytes(data)
        written = len(data)
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
        """The text cut off must be the frame: otherwise the graphs' texts do not join into the file."""
        if self.skipped != head or self.held != tail:
            raise ValueError("pyoxigraph wrote a graph with another frame than the file's")

"""Quads as N-Quads lines: the form the build sorts, merges and caches them in.

The build orders its quads by their N-Quads line (`dataset/sortedquads.py` looks them up so).
Sorting a million `ox.Quad` objects by `str(quad)` makes a million key strings first; lines read
back from the build cache are those keys already, and bytes compare in C: the build merges each
source's sorted lines, then makes each quad's Python object once, from the merged text. A line's
bytes sort as its text does (UTF-8 keeps the order of code points), and no quad's line is the
start of another's (each of its four terms ends where it must), so lines without the ` .` sort
as the lines do.
"""

from __future__ import annotations

import io
from itertools import chain, islice, repeat

import pyoxigraph as ox

_CHUNK = 4096  # lines joined at a time for the parser: a few hundred kilobytes, never the whole dataset


def sorted_lines(quads: list[ox.Quad]) -> list[bytes]:
    """`quads` as N-Quads lines (each without its newline), sorted."""
    lines = ox.serialize(quads, format=ox.RdfFormat.N_QUADS).splitlines()
    lines.sort()
    return lines


def merged(runs: list[list[bytes]]) -> list[bytes]:
    """Sorted runs of lines as one sorted list, each line once (a quad stated twice keeps one)."""
    lines = list(chain.from_iterable(runs))
    lines.sort()  # the sort finds the runs and merges them
    if any(map(bytes.__eq__, lines, islice(lines, 1, None))):
        lines = list(dict.fromkeys(lines))  # equal lines are neighbours: the order stays sorted
    return lines


def joined(lines: list[bytes]) -> bytes:
    """Lines as an N-Quads document (the cache's entries)."""
    return b"".join(line + b"\n" for line in lines)


def parsed(lines: list[bytes], consume: bool = False) -> list[ox.Quad]:
    """The quads of `lines`, in their order. The lines are this build's own serialization or the
    cache's (checked when read, `cache.BuildCache.lines`), so the parser skips its validation of
    IRIs and language tags, which costs as much as the rest of parsing. `consume` empties the
    list's slots as they are read: each line is freed as its quad is made, which takes its place
    in memory (a million lines freed only at the end leave their heap behind, in holes the store
    loaded next cannot use)."""
    return list(ox.parse(io.BufferedReader(_LinesReader(lines, consume), 1 << 16), format=ox.RdfFormat.N_QUADS,
                         lenient=True))


class _LinesReader(io.RawIOBase):
    """A binary stream of lines joined a chunk at a time, so the text is never whole in memory."""

    def __init__(self, lines: list[bytes], consume: bool):
        self.lines, self.at, self.consume = lines, 0, consume
        self.pending, self.offset = memoryview(b""), 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while self.offset == len(self.pending) and self.at < len(self.lines):
            end = min(self.at + _CHUNK, len(self.lines))
            self.pending = memoryview(b"\n".join(self.lines[self.at:end]) + b"\n")
            if self.consume:
                self.lines[self.at:end] = repeat(None, end - self.at)
            self.offset, self.at = 0, end
        size = min(len(buffer), len(self.pending) - self.offset)
        buffer[:size] = self.pending[self.offset:self.offset + size]
        self.offset += size
        return size

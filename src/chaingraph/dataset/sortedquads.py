"""Lookups in the build's sorted quads without a pass over all of them.

The build sorts its quads by their N-Quads line (`dataset/inference.py`, `dataset/built.py`), so
the quads of one subject are neighbours, and those of one subject and predicate too: a binary
search finds them among a million quads in microseconds, where a loop over every quad in Python
costs a second. Views that need a few subjects (the sources, their publishers) read them so.
"""

from __future__ import annotations

from bisect import bisect_left

import pyoxigraph as ox

_LAST = "\U0010ffff"  # sorts after any character a line can continue with


def span_starting_with(quads: list[ox.Quad], line_start: str) -> tuple[int, int]:
    """(first, end): where the quads, sorted by their N-Quads line, whose line starts with
    `line_start` stand."""
    first = bisect_left(quads, line_start, key=str)
    return first, bisect_left(quads, line_start + _LAST, lo=first, key=str)


def starting_with(quads: list[ox.Quad], line_start: str) -> list[ox.Quad]:
    """The quads, sorted by their N-Quads line, whose line starts with `line_start`."""
    first, end = span_starting_with(quads, line_start)
    return quads[first:end]


def of_subject(quads: list[ox.Quad], subject_iri: str, predicate_iri: str | None = None) -> list[ox.Quad]:
    """The sorted quads of one IRI subject (and one predicate, when given)."""
    start = f"<{subject_iri}> " + (f"<{predicate_iri}> " if predicate_iri is not None else "")
    return starting_with(quads, start)


def span_of_subjects_under(quads: list[ox.Quad], iri_start: str) -> tuple[int, int]:
    """(first, end) of the sorted quads whose subject is an IRI starting with `iri_start`."""
    return span_starting_with(quads, f"<{iri_start}")


def of_subjects_under(quads: list[ox.Quad], iri_start: str) -> list[ox.Quad]:
    """The sorted quads whose subject is an IRI starting with `iri_start` (a namespace)."""
    first, end = span_of_subjects_under(quads, iri_start)
    return quads[first:end]

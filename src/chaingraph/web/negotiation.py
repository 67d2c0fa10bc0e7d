"""Content negotiation: which media type to answer a query in.

A SELECT or ASK answer ("results") and a CONSTRUCT or DESCRIBE answer ("graph") each have their
own formats, taken from the one table of formats (chaingraph.dataset.formats) in its order of
preference. A client chooses with the `format` parameter (a short name or a media type) or with
the Accept header; with neither, or with */*, it gets the first format.

>>> negotiate("results", None, "text/csv;q=0.5, application/sparql-results+xml")
'application/sparql-results+xml'
>>> negotiate("graph", ["json"], None), negotiate("graph", None, "image/png")
('application/ld+json', None)
"""

from __future__ import annotations

from chaingraph.dataset.formats import FORMATS, RESULT_FORMATS

RESULT_ANSWERS = tuple(f for f in RESULT_FORMATS.values() if f.media_type)  # for SELECT and ASK
GRAPH_ANSWERS = tuple(f for f in FORMATS.values() if f.answers)  # for CONSTRUCT and DESCRIBE
RESULT_TYPES = tuple(f.media_type for f in RESULT_ANSWERS)
GRAPH_TYPES = tuple(f.media_type for f in GRAPH_ANSWERS)
# a format's own name and aliases (lower case) -> its media type; a name means different formats
# for the two kinds ("json" is SPARQL results JSON for a SELECT, JSON-LD for a CONSTRUCT)
_ALIASES = {kind: {alias: f.media_type for f in formats for alias in (f.name, *f.aliases)}
            for kind, formats in (("results", RESULT_ANSWERS), ("graph", GRAPH_ANSWERS))}


def answer_kind(form: str | None) -> str:
    """"graph" for CONSTRUCT and DESCRIBE, "results" for the other query forms."""
    return "graph" if form in ("CONSTRUCT", "DESCRIBE") else "results"


def offered(kind: str) -> tuple[str, ...]:
    """The media types an answer of this kind can be had in, preferred first."""
    return GRAPH_TYPES if kind == "graph" else RESULT_TYPES


def negotiate(kind: str, formats: list[str] | None, accept: str | None) -> str | None:
    """The media type to answer with ("results" or "graph" kind), or None when nothing offered fits.

    `formats` are the values of the `format` parameter (some clients send it more than once, with a
    short name and a media type); the first one that fits wins over the Accept header.
    """
    supported, aliases = offered(kind), _ALIASES[kind]
    if formats:
        wanted = [aliases.get(f.strip().lower(), f.strip().lower()) for f in formats]
        return next((w for w in wanted if w in supported), None)
    if not accept or not accept.strip():
        return supported[0]
    for media in _accepted(accept):
        if media in ("*/*", "*"):
            return supported[0]
        if media.endswith("/*"):
            match = next((s for s in supported if s.startswith(media[:-1])), None)
            if match:
                return match
            continue
        media = aliases.get(media, media)
        if media in supported:
            return media
    return None


def _accepted(accept: str) -> list[str]:
    """Media types of an Accept header, most wanted first (q=0 dropped)."""
    ranked = []
    for position, item in enumerate(accept.split(",")):
        media, *params = [part.strip() for part in item.split(";")]
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media and quality > 0:
            ranked.append((-quality, position, media.lower()))
    return [media for _, _, media in sorted(ranked)]

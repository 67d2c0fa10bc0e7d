"""The report's document model (sections of lines made of text, links and quotes) and its two
renderings: Markdown, and one self-contained HTML page for screen and print.

The page inlines the chain figure's SVG, so its text stays real text (sharp in print, searchable)
and the page needs no other file; styles come from static/report.css, markup from
templates/report.html. Every string from the data is escaped on the way in.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import jinja2

from chaingraph.analysis.projection import Citation
from chaingraph.core.outputnames import CHAIN_PNG, CHAIN_SVG
from chaingraph.views.reportwords import source_anchor


@dataclass(frozen=True)
class Link:
    text: str
    href: str


@dataclass(frozen=True)
class Quote:
    citation: Citation
    number: int | None  # the source's number in the report's list of sources


Run = str | Link | Quote


@dataclass
class Section:
    title: str
    intro: list[Run] = field(default_factory=list)
    items: list[list[Run]] = field(default_factory=list)  # one line each
    anchors: list[str | None] = field(default_factory=list)  # an id for a line others link to
    numbered: bool = False
    figure: bool = False


# ---------------------------------------------------------------- Markdown

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def render_markdown(title: str, sections: list[Section]) -> str:
    lines = [f"# {_md(title)}", ""]
    for section in sections:
        lines += [f"## {_md(section.title)}", ""]
        if section.figure:
            lines += [f"![产业链图 chain figure]({CHAIN_SVG})", "", f"[PNG]({CHAIN_PNG}) · [SVG]({CHAIN_SVG})", ""]
        if section.intro:
            lines += [_md_runs(section.intro), ""]
        for number, item in enumerate(section.items, 1):
            lines.append(f"{number}. {_md_runs(item)}" if section.numbered else f"- {_md_runs(item)}")
        if section.items:
            lines.append("")
    return "\n".join(lines)


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def _md_runs(runs: list[Run]) -> str:
    out = []
    for run in runs:
        if isinstance(run, Link):
            out.append(f"[{_md(run.text)}](<{run.href}>)")
        elif isinstance(run, Quote):
            out.append(_md_quote(run))
        else:
            out.append(_md(run))
    return "".join(out)


def _md_quote(run: Quote) -> str:
    c = run.citation
    if c.quote:
        return f"“{_md(c.quote)}”（{_md(_where(run))}）"
    return f"〔依据 basis: {_md(c.basis or '')}〕"


def _where(run: Quote) -> str:
    """Where a quote stands: the source's number and the sentence id, as far as known."""
    number = f"[{run.number}]" if run.number else run.citation.source or ""
    return " ".join(x for x in (number, run.citation.sentence) if x)


# ---------------------------------------------------------------- HTML


def render_html(title: str, sections: list[Section], svg: bytes) -> str:
    """The report as one self-contained page (templates/report.html, styles from static/report.css)."""
    template = _templates().get_template("report.html")
    style = resources.files("chaingraph").joinpath("static/report.css").read_text(encoding="utf-8").strip()
    rendered = [{"title": s.title, "figure": s.figure, "numbered": s.numbered,
                 "intro": [_html_run(r) for r in s.intro],
                 "entries": [{"id": s.anchors[i] if i < len(s.anchors) else None, "runs": [_html_run(r) for r in item]}
                             for i, item in enumerate(s.items)]}
                for s in sections]
    return template.render(title=title, style=style, sections=rendered, svg_file=CHAIN_SVG, png_file=CHAIN_PNG,
                           svg=_inline_svg(svg))


def _inline_svg(svg: bytes) -> str:
    """The figure's SVG as markup inside the page: its own XML declaration and DOCTYPE dropped.
    matplotlib escapes every text it writes, so the labels inside stay text."""
    text = svg.decode("utf-8")
    return text[text.index("<svg"):].strip()


@cache
def _templates() -> jinja2.Environment:
    # Every value is escaped by the template's own `h` filter (html.escape), so nothing from the
    # data reaches the page as markup.
    environment = jinja2.Environment(loader=jinja2.PackageLoader("chaingraph", "templates"), autoescape=False,
                                     trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    environment.filters["h"] = lambda value: html.escape(str(value or ""))
    return environment


def _html_run(run: Run) -> dict:
    """A run of report text as the template reads it: a link, a quote, a basis note or text."""
    if isinstance(run, Link):
        return {"kind": "link", "href": run.href, "text": run.text}
    if isinstance(run, Quote):
        c = run.citation
        if c.quote:
            return {"kind": "quote", "quote": c.quote, "sentence": c.sentence, "source": c.source,
                    "number": run.number, "anchor": source_anchor(c.source) if run.number else None}
        return {"kind": "basis", "basis": c.basis}
    return {"kind": "text", "text": run}

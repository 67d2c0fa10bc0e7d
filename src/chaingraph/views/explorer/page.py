"""The explorer page as HTML: the template (templates/explorer.html) with vis-network's script
and styles (shipped inside the pyvis package), the page's own script and styles (static/) and
the data inlined, so that the page works offline from file://.

A Content-Security-Policy forbids every network request and allows only the two inlined scripts,
by hash. The data goes in as JSON inside a <script type="application/json"> element, with `<`,
`>`, `&`, U+2028 and U+2029 escaped; the page's script puts every label, quote and value into the
DOM as text, never as HTML.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import json
import re
from importlib import resources
from pathlib import Path

from chaingraph.core.memory import collector_paused

# The page's own scripts, by job, in the order they run, each inlined as its own <script>: the
# data's unpacking, the capacities table's rows and the timeline's events (made from the facts),
# the words of the controls, search, the entity panel, the groups and positions of a large
# region, what the graph draws (edges, groups), which labels to draw, the class legend, what
# tests and scripts read of the page, where the graph view looks (camera), the views, language
# and address (views); then the planner's parts (evidence and source filter, chain view,
# capacities table, timeline), which only register themselves in window.chaingraphExtensions;
# then the page (graph view, filters, selection), which uses the first twelve, sets DATA.edges
# and only then runs the registered extensions with its helpers.
PAGE_SCRIPTS = ("explorer-data.js", "explorer-rows.js", "explorer-words.js", "explorer-search.js",
                "explorer-panel.js", "explorer-layout.js", "explorer-groups.js", "explorer-labels.js",
                "explorer-legend.js", "explorer-hook.js", "explorer-camera.js", "explorer-views.js",
                "explorer-evidence.js", "explorer-chain.js", "explorer-tables.js", "explorer-timeline.js",
                "explorer.js")


@collector_paused()
def render_page(data: dict) -> str:
    """The HTML page for explorer data: template, vis-network, page script and escaped data."""
    template = _resource("templates/explorer.html")
    vis_js, vis_css = _vis_network()
    scripts = [(name, _resource(f"static/{name}")) for name in PAGE_SCRIPTS]
    page_css = _resource("static/explorer.css")
    for name, text, closing in (("vis-network.min.js", vis_js, "</script"), *((n, t, "</script") for n, t in scripts),
                                ("vis-network.css", vis_css, "</style"), ("explorer.css", page_css, "</style")):
        if closing in text.lower() or "<!--" in text:
            raise ValueError(f"{name} cannot be inlined: it contains {closing} or <!--")
    hashes = " ".join(_script_hash(text) for text in [vis_js] + [t for _, t in scripts])
    csp = ("default-src 'none'; "
           f"script-src {hashes}; "
           "style-src 'unsafe-inline'; img-src data:; font-src data:; "
           "connect-src 'none'; form-action 'none'; base-uri 'none'")
    replacements = {
        "@CSP@": csp.replace('"', "&quot;"),
        "@TITLE@": _html_text(data["title"]["zh"]),
        "/*@VIS_CSS@*/": vis_css,
        "/*@PAGE_CSS@*/": page_css,
        # As the page carries it (packing.py): the page derives the edges from the facts.
        "@DATA@": json_for_script(data),
        "/*@VIS_JS@*/": vis_js,
        "@PAGE_SCRIPTS@": "\n".join(f"<script>{text}</script>" for _, text in scripts),
    }
    pattern = re.compile("|".join(re.escape(k) for k in replacements))
    return pattern.sub(lambda m: replacements[m.group(0)], template)


def json_for_script(value) -> str:
    """JSON that is safe inside a <script> element: no `<`, `>`, `&`, U+2028 or U+2029 left raw,
    so neither `</script>` nor `<!--` in the data can end or change the element. The data is
    plain (no container holds itself), so the encoder does not keep every container's id to
    check for cycles (5 to 10 % of its time at 20,000 entities)."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), check_circular=False)
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


def _vis_network() -> tuple[str, str]:
    """vis-network's standalone script and styles, as shipped inside the pyvis package (found,
    not imported: importing pyvis takes longer than making a small page)."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("vis-network not found: the pyvis package is not installed")
    lib = Path(next(iter(spec.submodule_search_locations))) / "lib"
    folders = sorted(lib.glob("vis-*/vis-network.min.js"),
                     key=lambda p: tuple(int(x) for x in re.findall(r"\d+", p.parent.name)))
    if not folders:
        raise FileNotFoundError(f"vis-network not found in {lib}; reinstall pyvis")
    folder = folders[-1].parent
    return ((folder / "vis-network.min.js").read_text(encoding="utf-8"),
            (folder / "vis-network.css").read_text(encoding="utf-8"))


def _resource(name: str) -> str:
    return resources.files("chaingraph").joinpath(name).read_text(encoding="utf-8")


def _script_hash(text: str) -> str:
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return f"'sha256-{digest}'"


def _html_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

"""What several test modules share: the project under test, copies of it, and browser pages.

Fixtures live in conftest.py; this module holds the plain helpers they and the tests use.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from pathlib import Path

from chaingraph.core.namespaces import sparql_prologue
from chaingraph.core.project import Project

ROOT = Path(__file__).resolve().parents[1]
ZIGONG = "zigong-gaoxinqu-2024-08"

# Where browser tests save their screenshots: a temporary folder, so that a test run leaves the
# tracked files alone; CHAINGRAPH_SCREENSHOTS=docs/img (relative to the repository, or absolute)
# saves them there instead, to refresh the pictures in the docs (docs/explorer.md says how).
SCREENSHOTS = ROOT / os.environ["CHAINGRAPH_SCREENSHOTS"] if os.environ.get("CHAINGRAPH_SCREENSHOTS") else \
    Path(tempfile.gettempdir()) / "chaingraph-screenshots"
SCREENSHOTS.mkdir(parents=True, exist_ok=True)

# Debian's Chromium, headless, with nothing that reaches for the network on its own.
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]

# Every entity an article or reference file declares (its class is one of chaingraph's own).
ENTITIES = """
SELECT DISTINCT ?s WHERE {
  GRAPH ?g { ?s a ?c }
  FILTER (?g != <https://w3id.org/chaingraph/ns> && STRSTARTS(STR(?c), STR(cg:)))
  FILTER NOT EXISTS { ?s a ?excluded . VALUES ?excluded { cg:Evidence cg:Sentence cg:Source cg:Position } }
}"""


def select(result, query: str) -> list[list[str]]:
    """The rows of a SELECT on a build's own store, each term as its plain value (None when unbound)."""
    rows = result.store.query(sparql_prologue(result.project.base) + query)
    return [[term.value if term is not None else None for term in row] for row in rows]


def slug(result, iri: str) -> str:
    """An entity's id within a build: its IRI without the project's base."""
    return iri[len(result.project.base):] if iri.startswith(result.project.base) else iri


def copy_project(target: Path) -> Project:
    """A private copy of the project's inputs (ontology, data, queries) that a test may break."""
    for name in ("ontology", "data", "queries"):
        if (ROOT / name).exists():
            shutil.copytree(ROOT / name, target / name)
    return Project(root=target)


def copy_with_sources(project: Project, target: Path) -> Project:
    """A private copy of the project's inputs plus the captures `project` has ingested."""
    copy = copy_project(target)
    for path in project.sources.iterdir():
        (copy.sources / path.name).write_bytes(path.read_bytes())
    return copy


class Opened:
    """A page opened from file:// with the network blocked, and what it tried and said."""

    def __init__(self, browser, path: Path, fragment: str = "", viewport: tuple[int, int] = (1500, 900)):
        self.context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("request", self._request)
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.goto(path.resolve().as_uri() + fragment)
        self.wait_for("window.chaingraphExplorer && window.chaingraphExplorer.stable")

    def _route(self, route):
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            self.requests.append(route.request.url)
            route.abort()

    def _request(self, request):
        if not request.url.startswith(("file://", "data:")) and request.url not in self.requests:
            self.requests.append(request.url)

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def js(self, expression: str):
        return self.page.evaluate(f"() => ({expression})")

    def hook(self, expression: str):
        return self.js(f"window.chaingraphExplorer.{expression}")

    def wait_for(self, expression: str, timeout: float = 30.0):
        deadline = time.monotonic() + timeout
        while not self.js(expression):
            assert time.monotonic() < deadline, f"timed out waiting for {expression}"
            time.sleep(0.05)

    def drawn(self) -> set[str]:
        return set(self.hook("drawnNodeIds()"))

    def panel_text(self) -> str:
        return self.page.inner_text("#panel")

    def click_node(self, node_id: str) -> None:
        self.hook(f"focus({json.dumps(node_id)})")
        point = self.hook(f"nodePosition({json.dumps(node_id)})")
        self.page.mouse.click(point["x"], point["y"])

    def close(self):
        self.context.close()

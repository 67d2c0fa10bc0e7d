"""What the endpoint serves, apart from HTTP itself: queries, the service description, the examples.

The HTTP handler (chaingraph.web.handler) turns requests into calls on one App; the App checks a
query's text, picks its answer format and hands it to the query workers.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from chaingraph.core.project import Project
from chaingraph.dataset.sparql import read_header
from chaingraph.dataset.store import named_graph_quads, open_store
from chaingraph.web.answers import Job, Reply
from chaingraph.web.description import describe
from chaingraph.web.limits import Limits, Refused
from chaingraph.web.negotiation import answer_kind, negotiate, offered
from chaingraph.web.querycheck import check_graph, query_form
from chaingraph.web.workers import QueryWorkers


@dataclass(frozen=True)
class Example:
    name: str
    zh: str
    en: str
    query: str


def load_examples(folder: Path) -> list[Example]:
    """Every query of the library folder (queries/*.rq) with the `# zh:` and `# en:` questions of its header.

    Unlike `chaingraph query --list`, any .rq file is shown, named by its stem: the page never
    refuses to start over a file name.
    """
    examples = []
    for path in sorted(folder.glob("*.rq")) if folder.is_dir() else []:
        text = path.read_text(encoding="utf-8")
        header = read_header(text)
        examples.append(Example(path.stem, header.get("zh", ""), header.get("en") or path.stem, text))
    return examples


def graph_counts(project: Project) -> dict[str, int]:
    """Triples per named graph of the built dataset."""
    counts = Counter(quad.graph_name.value for quad in named_graph_quads(open_store(project)))
    return dict(sorted(counts.items()))


@dataclass
class App:
    project: Project
    limits: Limits
    base_url: str
    graphs: dict[str, int]
    examples: list[Example]
    workers: QueryWorkers
    quiet: bool = False
    prefixes: dict[str, str] = field(default_factory=dict)

    def query(self, text: str, params: dict[str, list[str]], accept: str | None) -> Reply:
        known = set(self.graphs)
        kind = answer_kind(query_form(text, known, self.prefixes))
        media = negotiate(kind, params.get("format"), accept)
        if media is None:
            raise Refused(406, f"cannot answer in the requested format; this query's answer is available as: "
                               f"{', '.join(offered(kind))}")
        default_graphs = params.get("default-graph-uri")
        named_graphs = params.get("named-graph-uri")
        for graph in default_graphs or ():
            check_graph(graph, known, "default-graph-uri")
        for graph in named_graphs or ():
            check_graph(graph, known, "named-graph-uri")
        protocol_dataset = default_graphs is not None or named_graphs is not None
        job = Job(text, media,
                  tuple(default_graphs or ()) if protocol_dataset else None,
                  tuple(named_graphs or ()) if protocol_dataset else None)
        return self.workers.run(job)

    def service_description(self, accept: str | None) -> Reply:
        return Reply(200, *describe(f"{self.base_url}/sparql", self.graphs, accept))

    def examples_json(self) -> bytes:
        document = {"prefixes": self.prefixes,
                    "examples": [{"name": e.name, "zh": e.zh, "en": e.en, "query": e.query} for e in self.examples]}
        return json.dumps(document, ensure_ascii=False).encode("utf-8")

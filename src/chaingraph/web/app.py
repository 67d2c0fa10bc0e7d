"""What the endpoint serves, apart from HTTP itself: queries, graphs, the service description, the examples.

The HTTP side (chaingraph.web.handler) turns requests into calls on one App; the App checks a
query's text or a graph's name, picks its answer format, and the job goes to the query workers
through their queue (chaingraph.web.queue).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

import pyoxigraph as ox

from chaingraph.core.project import Project
from chaingraph.dataset.sparql import is_called, read_header
from chaingraph.dataset.store import named_graph_quads, open_store
from chaingraph.web.answers import Job, Reply
from chaingraph.web.description import describe
from chaingraph.web.limits import Limits, Refused
from chaingraph.web.negotiation import answer_kind, negotiate, offered
from chaingraph.web.querycheck import query_form
from chaingraph.web.queue import QueryQueue
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
    base_url: str  # the bound address, for messages; answers name the URL the client used
    graphs: dict[str, int]
    examples: list[Example]
    workers: QueryWorkers
    quiet: bool = False
    prefixes: dict[str, str] = field(default_factory=dict)
    public_url: str | None = None  # --public-url: the URL to advertise, whatever the Host header says
    cors_origins: tuple[str, ...] = ()  # origins whose pages may read answers ("*": any)
    queue: QueryQueue = field(init=False)

    def __post_init__(self) -> None:
        self.queue = QueryQueue(self.workers)

    def query_job(self, text: str, params: dict[str, list[str]], accept: str | None) -> Job:
        """The job for a SPARQL query, its answer format negotiated; Refused for what is not served."""
        kind = answer_kind(query_form(text))
        media = negotiate(kind, params.get("format"), accept)
        if media is None:
            raise Refused(406, f"cannot answer in the requested format; this query's answer is available as: "
                               f"{', '.join(offered(kind))}")
        default_graphs = params.get("default-graph-uri")
        named_graphs = params.get("named-graph-uri")
        # graphs the dataset lacks stay in: they are empty graphs (chaingraph.web.answers)
        protocol_dataset = default_graphs is not None or named_graphs is not None
        return Job(text, media,
                   tuple(default_graphs or ()) if protocol_dataset else None,
                   tuple(named_graphs or ()) if protocol_dataset else None)

    def library_job(self, name: str, params: dict[str, list[str]], accept: str | None) -> Job:
        """The job for library question `name` (`/queries/10?subject=珈钠`): its number, slug or file
        stem; every parameter but `format` is one the question declares (`# param:`), an entity
        given by id, name, alias or pinyin and resolved like `chaingraph query --param`."""
        question = next((e for e in self.examples if is_called(e.name + ".rq", name)), None)
        if question is None:
            raise Refused(404, f"no library question {name!r}; /examples.json lists them")
        given = []
        for key, values in sorted(params.items()):
            if key == "format":
                continue
            if len(values) != 1:
                raise Refused(400, f"give the {key} parameter once")
            given.append((key, values[0]))
        job = self.query_job(question.query, {"format": params["format"]} if "format" in params else {}, accept)
        return replace(job, params=tuple(given))

    def graph_job(self, params: dict[str, list[str]], accept: str | None) -> Job:
        """The job for a Graph Store Protocol read: `?graph=IRI` (one of the dataset's) or `?default`."""
        media = self.graph_format(params, accept)
        if "default" in params:
            if "graph" in params:
                raise Refused(400, "give either ?default or ?graph=IRI, not both")
            return Job("CONSTRUCT WHERE { ?s ?p ?o }", media, capped=False)
        graph = params["graph"]
        if len(graph) != 1:
            raise Refused(400, "give the graph parameter once")
        if graph[0] not in self.graphs:
            raise Refused(404, f"no graph <{graph[0]}> in this dataset; its graphs are listed in the service "
                               "description (GET /sparql)")
        iri = ox.NamedNode(graph[0])
        return Job(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {iri} {{ ?s ?p ?o }} }}", media, capped=False)

    def service_description(self, endpoint: str, params: dict[str, list[str]], accept: str | None) -> Reply:
        media = self.graph_format(params, accept)
        return Reply(200, media, describe(endpoint, self.graphs, media))

    @staticmethod
    def graph_format(params: dict[str, list[str]], accept: str | None) -> str:
        media = negotiate("graph", params.get("format"), accept)
        if media is None:
            raise Refused(406, f"cannot answer in the requested format; graphs are available as: "
                               f"{', '.join(offered('graph'))}")
        return media

    def examples_json(self) -> bytes:
        document = {"prefixes": self.prefixes,
                    "examples": [{"name": e.name, "zh": e.zh, "en": e.en, "query": e.query} for e in self.examples]}
        return json.dumps(document, ensure_ascii=False).encode("utf-8")

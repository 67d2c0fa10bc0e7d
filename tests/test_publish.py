"""`chaingraph publish` end to end against two real stores: the Oxigraph server and OpenLink Virtuoso."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import threading
import urllib.error
import urllib.parse
import urllib.request
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from rdflib import BNode, Dataset, URIRef
from servers import free_port, start_oxigraph, start_virtuoso

from chaingraph.cli.main import main
from chaingraph.core.outputnames import DATASET_FILE

ROOT = Path(__file__).resolve().parents[1]
PREFIX = "urn:chaingraph-test:graph:"
CG = "https://w3id.org/chaingraph/ns#"

# What the article says: 5GWh 钠离子电池电芯, 30万吨钠电正极材料, 500万件精密结构件 (s024) and
# 年产10万吨聚阴离子正极材料 (s012); GWH, TNE (tonne) and C62 (piece) are their UN/CEFACT codes.
ARTICLE_CAPACITIES = {(Decimal(5), "GWH"), (Decimal(300000), "TNE"), (Decimal(5000000), "C62"),
                      (Decimal(100000), "TNE")}
CAPACITIES = f"""PREFIX cg: <{CG}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?capacity ?value ?unit ?label WHERE {{
  GRAPH ?g {{ ?capacity a cg:Capacity ; cg:value ?value ; cg:unitCode ?unit ; rdfs:label ?label .
              FILTER (lang(?label) = "zh") }}
}}"""


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    server = start_oxigraph(tmp_path_factory.mktemp("oxigraph"))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory):
    server = start_virtuoso(tmp_path_factory.mktemp("virtuoso"))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def local_counts(built_outputs) -> dict[str, int]:
    """Triples per named graph, read with rdflib (a parser independent of the one that publishes)."""
    dataset = Dataset()
    dataset.parse(built_outputs / DATASET_FILE, format="nquads")
    counts = {str(graph.identifier): len(graph) for graph in dataset.graphs()
              if isinstance(graph.identifier, URIRef) and len(graph)}
    assert len(counts) >= 2 and "https://w3id.org/chaingraph/ns" in counts
    return counts


def sparql_select(query_url: str, query: str) -> list[dict]:
    request = urllib.request.Request(query_url, data=urllib.parse.urlencode({"query": query}).encode(),
                                     headers={"Accept": "application/sparql-results+json",
                                              "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())["results"]["bindings"]


def remote_count(query_url: str, graph: str) -> int:
    rows = sparql_select(query_url, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    return int(rows[0]["n"]["value"])


def capacity_rows(rows: list[dict]) -> set[tuple]:
    """Rows compared by meaning: stores may write an xsd:decimal differently (5 or 5.0)."""
    return {(r["capacity"]["value"], Decimal(r["value"]["value"]), r["unit"]["value"], r["label"]["value"])
            for r in rows}


def local_capacity_rows(built_outputs) -> set[tuple]:
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(path=str(built_outputs / DATASET_FILE), format=ox.RdfFormat.N_QUADS)
    rows = json.loads(store.query(CAPACITIES).serialize(format=ox.QueryResultsFormat.JSON))
    return capacity_rows(rows["results"]["bindings"])


def publish(built_outputs, *options: str) -> int:
    return main(["--root", str(ROOT), "publish", "--outputs", str(built_outputs), *options])


def fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def test_publish_to_oxigraph_twice_gives_each_graph_once(oxigraph_server, built_outputs, local_counts, capsys):
    for _ in range(2):  # the second run must replace, not add
        assert publish(built_outputs, "--endpoint", oxigraph_server.graph_store_url) == 0
    out = capsys.readouterr().out
    assert f"published {len(local_counts)} graph(s)" in out
    for graph, count in local_counts.items():
        assert remote_count(oxigraph_server.query_url, graph) == count, graph
    total = sparql_select(oxigraph_server.query_url, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert int(total[0]["n"]["value"]) == sum(local_counts.values())


def test_competency_query_on_oxigraph_matches_local_and_article(oxigraph_server, built_outputs):
    assert publish(built_outputs, "--endpoint", oxigraph_server.graph_store_url) == 0
    remote = capacity_rows(sparql_select(oxigraph_server.query_url, CAPACITIES))
    assert remote == local_capacity_rows(built_outputs)
    assert {(value, unit) for _, value, unit, _ in remote} == ARTICLE_CAPACITIES
    assert any("5GWh" in label for *_, label in remote)  # Chinese text arrives intact


def test_publish_to_virtuoso_with_digest_auth_and_graph_prefix(virtuoso_server, built_outputs, local_counts):
    options = ["--endpoint", virtuoso_server.graph_store_url, "--user", "dba", "--password", "dba",
               "--graph-prefix", PREFIX]
    for _ in range(2):
        assert publish(built_outputs, *options) == 0
    for graph, count in local_counts.items():
        short = "ontology" if graph == "https://w3id.org/chaingraph/ns" else graph.rsplit("/", 1)[-1]
        assert remote_count(virtuoso_server.query_url, PREFIX + short) == count, graph
        # the original IRIs were not used on the server
        assert remote_count(virtuoso_server.query_url, graph) == 0


def test_competency_query_on_virtuoso_matches_local(virtuoso_server, built_outputs):
    assert publish(built_outputs, "--endpoint", virtuoso_server.graph_store_url, "--user", "dba",
                   "--password", "dba", "--graph-prefix", PREFIX) == 0
    remote = capacity_rows(sparql_select(virtuoso_server.query_url, CAPACITIES))
    assert remote == local_capacity_rows(built_outputs)
    assert {(value, unit) for _, value, unit, _ in remote} == ARTICLE_CAPACITIES


def test_wrong_password_says_what_virtuoso_answered_and_changes_nothing(virtuoso_server, built_outputs, capsys):
    before = fingerprint(built_outputs)
    refused = "urn:chaingraph-test:refused:"
    code = publish(built_outputs, "--endpoint", virtuoso_server.graph_store_url, "--user", "dba",
                   "--password", "not-the-password", "--graph-prefix", refused)
    err = capsys.readouterr().err
    assert code == 1
    assert "answered 401 Unauthorized" in err and "check --user and --password" in err
    assert "Traceback" not in err
    assert fingerprint(built_outputs) == before
    query = f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER STRSTARTS(STR(?g), "{refused}") }}'
    graphs = sparql_select(virtuoso_server.query_url, query)
    assert graphs == []


def test_unreachable_endpoint_says_so_and_changes_nothing(built_outputs, capsys):
    before = fingerprint(built_outputs)
    closed = free_port()  # nothing listens there
    code = publish(built_outputs, "--endpoint", f"http://127.0.0.1:{closed}/store")
    err = capsys.readouterr().err
    assert code == 1
    assert f"cannot reach http://127.0.0.1:{closed}/store" in err and "refused" in err.lower()
    assert fingerprint(built_outputs) == before


def test_not_an_http_endpoint_is_refused_before_any_upload(built_outputs, capsys):
    assert publish(built_outputs, "--endpoint", "file:///tmp/store") == 1
    assert "not an http(s) URL" in capsys.readouterr().err


def test_a_read_only_store_is_reported_as_read_only(tmp_path, built_outputs, capsys):
    """A 403 from a read-only server is not a password problem: the message says the server is read-only."""
    server = start_oxigraph(tmp_path / "read-only", read_only=True)
    try:
        code = publish(built_outputs, "--endpoint", server.graph_store_url)
        error = capsys.readouterr().err
        assert code == 1
        assert "403" in error and "read-only" in error and "--password" not in error
        assert "no graph was uploaded" in error
    finally:
        server.stop()


def test_publishing_to_chaingraph_serve_says_it_is_read_only(built_outputs, capsys):
    from chaingraph.core.project import Project
    from chaingraph.web.server import make_server, start_in_thread

    endpoint = make_server(Project(root=built_outputs.parent, outputs=built_outputs), port=0, quiet=True)
    start_in_thread(endpoint)
    try:
        code = publish(built_outputs, "--endpoint", endpoint.url + "/sparql")
        error = capsys.readouterr().err
        assert code == 1
        assert "405" in error and "read-only" in error and "--password" not in error
    finally:
        endpoint.close()



ONTOLOGY = "https://w3id.org/chaingraph/ns"
SOURCE_GRAPH = "https://w3id.org/chaingraph/id/graph/source-zigong-gaoxinqu-2024-08"
GRAPH_LINE = re.compile(r"^  <(?P<iri>[^>]+)>: (?P<triples>\d+) triples \(HTTP \d+\) "
                        r"in (?P<requests>\d+) request\(s\), (?P<bytes>\d+) bytes, [\d.]+ s$", re.M)
STRAY = ("urn:stray:s", "urn:stray:p", "stray")


def remote_triples(query_url: str, graph: str) -> set[tuple[str, str, str]]:
    rows = sparql_select(query_url, f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    return {(r["s"]["value"], r["p"]["value"], r["o"]["value"]) for r in rows}


def local_triples(built_outputs, graph: str) -> set[tuple[str, str, str]]:
    """The graph's triples as rdflib reads the N-Quads (literals compared by their lexical form)."""
    dataset = Dataset()
    dataset.parse(built_outputs / DATASET_FILE, format="nquads")
    return {(str(s), str(p), str(o)) for s, p, o in dataset.graph(URIRef(graph))}


def append_stray_triple(server, graph: str, auth: tuple[str, str] | None = None) -> None:
    """A triple the build does not have, POSTed into `graph`: a re-publish must remove it."""
    url = f"{server.graph_store_url}?{urllib.parse.urlencode({'graph': graph})}"
    request = urllib.request.Request(url, data=b"<urn:stray:s> <urn:stray:p> \"stray\" .\n", method="POST",
                                     headers={"Content-Type": "application/n-triples"})
    opener = urllib.request.build_opener()
    if auth:
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, server.graph_store_url, *auth)
        opener = urllib.request.build_opener(urllib.request.HTTPDigestAuthHandler(passwords))
    with opener.open(request, timeout=60) as response:
        assert response.status < 300


def sent_in_parts(out: str, part: int, built_outputs, prefix: str = "") -> None:
    """Every graph was sent in ceil(triples / part) requests (a PUT, then POSTs appending the rest),
    plus one for its triples with a blank node, which go together."""
    lines = {m["iri"]: m for m in GRAPH_LINE.finditer(out)}
    dataset = Dataset()
    dataset.parse(built_outputs / DATASET_FILE, format="nquads")
    graphs = [g for g in dataset.graphs() if isinstance(g.identifier, URIRef) and len(g)]
    for graph in graphs:
        iri = str(graph.identifier)
        blank = sum(1 for s, _, o in graph if isinstance(s, BNode) or isinstance(o, BNode))
        short = "ontology" if iri == "https://w3id.org/chaingraph/ns" else iri.rsplit("/", 1)[-1]
        line = lines[prefix + short if prefix else iri]
        assert int(line["triples"]) == len(graph)
        assert int(line["requests"]) == -(-(len(graph) - blank) // part) + (1 if blank else 0), iri


def union_query(graph: str) -> str:
    return f"""PREFIX owl: <http://www.w3.org/2002/07/owl#>
    PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
    SELECT ?class ?member WHERE {{ GRAPH <{graph}> {{ ?class owl:unionOf/rdf:rest*/rdf:first ?member }} }}"""


def union_members(query_url: str, graph: str) -> set[tuple[str, str]]:
    """The ontology's OWL unions, walked through their blank-node lists: whole only if each list
    arrived in one piece."""
    return {(r["class"]["value"], r["member"]["value"]) for r in sparql_select(query_url, union_query(graph))}


def local_union_members(built_outputs) -> set[tuple[str, str]]:
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(path=str(built_outputs / DATASET_FILE), format=ox.RdfFormat.N_QUADS)
    return {(row["class"].value, row["member"].value) for row in store.query(union_query(ONTOLOGY))}


@pytest.mark.parametrize("part", [400, 997])
def test_a_graph_larger_than_a_part_arrives_whole_on_oxigraph_and_is_replaced(
        oxigraph_server, built_outputs, local_counts, part, capsys):
    assert local_counts[SOURCE_GRAPH] > 2 * part  # the source graph takes several parts
    append_stray_triple(oxigraph_server, SOURCE_GRAPH)  # left over from an older publish
    for _ in range(2):
        assert publish(built_outputs, "--endpoint", oxigraph_server.graph_store_url, "--part-triples", str(part)) == 0
        sent_in_parts(capsys.readouterr().out, part, built_outputs)
        for graph, count in local_counts.items():
            assert remote_count(oxigraph_server.query_url, graph) == count, graph
    assert remote_triples(oxigraph_server.query_url, SOURCE_GRAPH) == local_triples(built_outputs, SOURCE_GRAPH)
    remote = capacity_rows(sparql_select(oxigraph_server.query_url, CAPACITIES))
    assert remote == local_capacity_rows(built_outputs)
    # the ontology (699 triples) takes two parts of 400: its OWL lists' blank nodes survive them
    members = local_union_members(built_outputs)
    assert {member.rsplit("#", 1)[-1] for _, member in members} >= {"Organization", "Person", "Place"}
    assert union_members(oxigraph_server.query_url, ONTOLOGY) == members


def test_a_graph_larger_than_a_part_arrives_whole_on_virtuoso_and_is_replaced(
        virtuoso_server, built_outputs, local_counts, capsys):
    part, prefix = 400, "urn:chaingraph-test:parts:"
    options = ["--endpoint", virtuoso_server.graph_store_url, "--user", "dba", "--password", "dba",
               "--graph-prefix", prefix, "--part-triples", str(part)]
    stray_graph = prefix + SOURCE_GRAPH.rsplit("/", 1)[-1]
    append_stray_triple(virtuoso_server, stray_graph, auth=("dba", "dba"))
    for _ in range(2):
        assert publish(built_outputs, *options) == 0
        sent_in_parts(capsys.readouterr().out, part, built_outputs, prefix)
        for graph, count in local_counts.items():
            short = "ontology" if graph == "https://w3id.org/chaingraph/ns" else graph.rsplit("/", 1)[-1]
            assert remote_count(virtuoso_server.query_url, prefix + short) == count, graph
    assert STRAY not in remote_triples(virtuoso_server.query_url, stray_graph)  # replaced, not appended to
    assert union_members(virtuoso_server.query_url, prefix + "ontology") == local_union_members(built_outputs)


def test_a_part_size_below_one_is_refused(built_outputs, capsys):
    assert publish(built_outputs, "--endpoint", "http://127.0.0.1:9/store", "--part-triples", "0") == 2
    assert "--part-triples must be at least 1" in capsys.readouterr().err


def test_a_damaged_dataset_is_a_clear_error_naming_the_file_and_line(tmp_path, oxigraph_server, built_outputs,
                                                                       capsys):
    damaged = tmp_path / "outputs"
    shutil.copytree(built_outputs, damaged)
    dataset = damaged / DATASET_FILE
    lines = dataset.read_bytes().count(b"\n")
    with dataset.open("ab") as out:
        out.write(b'<urn:x:s> <urn:x:p> "unterminated <urn:x:g> .\n')
    code = publish(damaged, "--endpoint", oxigraph_server.graph_store_url, "--graph-prefix", "urn:damaged:")
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert str(dataset) in err and f"line {lines + 1}" in err


class RecordingProxy:
    """A proxy in front of a real server: records each upload as (method, graph, holds a blank node)
    and, when `drop_blank`, forwards the first upload holding a blank node and then closes the
    connection unanswered (the server applied it; its answer is lost)."""

    def __init__(self, upstream: str, drop_blank: bool = False):
        self.upstream, self.drop_blank, self.sent = upstream, drop_blank, []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def forward(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0)) or None
                query = urllib.parse.urlsplit(self.path).query
                url = proxy.upstream + ("?" + query if query else "")
                headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
                request = urllib.request.Request(url, data=body, method=self.command, headers=headers)
                blank = body is not None and b"_:" in body
                if body is not None:
                    graph = urllib.parse.parse_qs(query).get("graph", [None])[0]
                    proxy.sent.append((self.command, graph, blank))
                try:
                    with urllib.request.urlopen(request, timeout=60) as response:
                        status, answer, reply_headers = response.status, response.read(), response.headers
                except urllib.error.HTTPError as err:
                    status, answer, reply_headers = err.code, err.read(), err.headers
                if blank and proxy.drop_blank:
                    proxy.drop_blank = False
                    self.close_connection = True
                    return
                self.send_response(status)
                for name in ("Server", "WWW-Authenticate", "Content-Type"):
                    if reply_headers.get(name):
                        self.send_header(name, reply_headers[name])
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(answer)

            do_GET = do_HEAD = do_PUT = do_POST = forward

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/store"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def ontology_first(built_outputs, folder: Path) -> Path:
    """A copy of the outputs whose N-Quads hold the same graphs, the ontology's (with its OWL lists) first."""
    shutil.copytree(built_outputs, folder)
    lines = (folder / DATASET_FILE).read_text(encoding="utf-8").splitlines(keepends=True)
    in_ontology = [line.rstrip().endswith(f"<{ONTOLOGY}> .") for line in lines]
    assert any(in_ontology) and not in_ontology[0]
    (folder / DATASET_FILE).write_text("".join([line for line, o in zip(lines, in_ontology, strict=True) if o]
                                               + [line for line, o in zip(lines, in_ontology, strict=True) if not o]),
                                       encoding="utf-8")
    return folder


def test_a_graphs_blank_node_part_follows_its_other_parts(tmp_path, oxigraph_server, built_outputs, capsys):
    """Each graph's triples with blank nodes go right after its other parts, before the next graph:
    a failure later never leaves a graph reported as replaced without its OWL lists."""
    reordered = ontology_first(built_outputs, tmp_path / "outputs")  # the build writes it last
    proxy = RecordingProxy(oxigraph_server.graph_store_url)
    try:
        assert publish(reordered, "--endpoint", proxy.url, "--part-triples", "400",
                       "--graph-prefix", "urn:order:") == 0
    finally:
        proxy.close()
    capsys.readouterr()
    graphs = [graph for _, graph, _ in proxy.sent]
    assert any(blank for *_, blank in proxy.sent) and graphs[0] == "urn:order:ontology"
    for index, (method, graph, blank) in enumerate(proxy.sent):
        assert (method == "PUT") == (graph not in graphs[:index])  # each graph: one PUT, then POSTs
        if blank:  # nothing of this graph after its blank part, and nothing of another graph before it ended
            assert graph not in graphs[index + 1:]
            assert set(graphs[graphs.index(graph):index]) == {graph}


def test_a_blank_node_part_whose_answer_is_lost_is_not_sent_twice(oxigraph_server, built_outputs, local_counts,
                                                                   capsys):
    prefix = "urn:lost-answer:"
    proxy = RecordingProxy(oxigraph_server.graph_store_url, drop_blank=True)
    try:
        code = publish(built_outputs, "--endpoint", proxy.url, "--part-triples", "400", "--graph-prefix", prefix)
    finally:
        proxy.close()
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert f"<{prefix}ontology>" in err and "not sent again" in err and "only in part" in err
    blank_sends = [graph for _, graph, blank in proxy.sent if blank]
    assert blank_sends == [prefix + "ontology"]  # once, and the upload stopped there
    done = {graph for _, graph, _ in proxy.sent} - {prefix + "ontology"}
    assert f"{len(done)} graph(s) had been replaced whole before this one" in err
    # the server holds the OWL lists once: the walk gives the local members, each list not doubled
    assert union_members(oxigraph_server.query_url, prefix + "ontology") == local_union_members(built_outputs)
    assert remote_count(oxigraph_server.query_url, prefix + "ontology") == local_counts[ONTOLOGY]


def graph_met_twice(built_outputs, folder: Path, graph: str, first_run) -> Path:
    """A copy of the outputs where `graph` is met twice: the lines `first_run` picks, the other
    graphs, then the rest of it."""
    shutil.copytree(built_outputs, folder)
    lines = (folder / DATASET_FILE).read_text(encoding="utf-8").splitlines(keepends=True)
    own = [line for line in lines if line.rstrip().endswith(f"<{graph}> .")]
    early = first_run(own)
    others = [line for line in lines if line not in own]
    (folder / DATASET_FILE).write_text("".join(early + others + [line for line in own if line not in early]),
                                       encoding="utf-8")
    return folder


def test_a_graph_met_again_later_is_appended_to(tmp_path, oxigraph_server, built_outputs, local_counts, capsys):
    prefix = "urn:met-again:"
    split = graph_met_twice(built_outputs, tmp_path / "outputs", SOURCE_GRAPH, lambda own: own[: len(own) // 2])
    assert publish(split, "--endpoint", oxigraph_server.graph_store_url, "--graph-prefix", prefix) == 0
    capsys.readouterr()
    for graph, count in local_counts.items():
        short = "ontology" if graph == ONTOLOGY else graph.rsplit("/", 1)[-1]
        assert remote_count(oxigraph_server.query_url, prefix + short) == count, graph
    assert union_members(oxigraph_server.query_url, prefix + "ontology") == local_union_members(built_outputs)


def test_a_blank_node_split_across_two_runs_of_a_graph_is_refused(tmp_path, oxigraph_server, built_outputs, capsys):
    """One OWL list node's triples on both sides of another graph cannot go in one request: a clear
    error, never a list broken in two on the server."""
    split = graph_met_twice(built_outputs, tmp_path / "outputs", ONTOLOGY,
                            lambda own: [next(line for line in own if "_:" in line)])
    code = publish(split, "--endpoint", oxigraph_server.graph_store_url, "--graph-prefix", "urn:split-list:")
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert f"graph <{ONTOLOGY}> names blank node" in err and "again after the graph ended" in err

"""`chaingraph serve` against the SPARQL 1.1 Protocol, the Graph Store Protocol's reads, CORS and
the service description.

The W3C protocol test suite (sparql11/protocol in the W3C rdf-tests) describes 34 cases; each of the
27 that apply to a read-only endpoint is a test here named after its case, written for this
dataset: where a case loads three small documents into named graphs, these tests use three of the
dataset's own graphs and a subject typed the same way in each, found in the built dataset by a
second engine (pyoxigraph in this process, not the server's workers). The 7 update cases
expect a write to succeed; here each is refused and changes nothing.
"""

from __future__ import annotations

import http.client
import json
import shutil
import subprocess
import sys
import urllib.parse
from dataclasses import dataclass

import pyoxigraph as ox
import pytest
from rdflib import Graph, Namespace, URIRef
from servers import free_port, is_listening, wait_until

from chaingraph.core.outputnames import DATASET_FILE
from chaingraph.core.project import Project
from chaingraph.dataset.store import with_merged_default_graph
from chaingraph.web.server import Limits, make_server, start_in_thread

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
VOID = Namespace("http://rdfs.org/ns/void#")
MISSING = "http://example.org/not-in-this-dataset/data0.rdf"  # a graph the dataset lacks
RESULT_TYPES = {"application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                "text/tab-separated-values"}
RDF_TYPES = {"text/turtle": "turtle", "application/n-triples": "nt", "application/ld+json": "json-ld",
             "application/rdf+xml": "xml"}


@pytest.fixture(scope="module")
def site(tmp_path_factory, built_outputs) -> Project:
    root = tmp_path_factory.mktemp("protocol")
    shutil.copytree(built_outputs, root / "outputs")
    return Project(root=root, outputs=root / "outputs")


@pytest.fixture(scope="module")
def local_store(site) -> ox.Store:
    store = ox.Store()
    store.bulk_load(path=str(site.output_dir / DATASET_FILE), format=ox.RdfFormat.N_QUADS)
    return with_merged_default_graph(store)


@pytest.fixture(scope="module")
def server(site):
    """One worker is enough here; pages on http://localhost:PORT (another origin than 127.0.0.1) may read."""
    port = free_port()
    running = make_server(site, port=port, limits=Limits(workers=1, queue_wait=60), quiet=True,
                          cors_origins=(f"http://localhost:{port}",))
    start_in_thread(running)
    try:
        yield running
    finally:
        running.close()


@dataclass(frozen=True)
class ThreeGraphs:
    """Three of the dataset's graphs, each with a subject typed `kind` there and in no other of them."""

    graphs: tuple[str, str, str]
    subjects: tuple[str, str, str]


@pytest.fixture(scope="module")
def three(local_store) -> ThreeGraphs:
    found: dict[str, dict[str, str]] = {}
    rows = local_store.query("SELECT ?t ?g ?s WHERE { GRAPH ?g { ?s a ?t } "
                             "FILTER NOT EXISTS { GRAPH ?other { ?s a ?t } FILTER (?other != ?g) } } "
                             "ORDER BY ?t ?g ?s")
    for row in rows:
        found.setdefault(row["t"].value, {}).setdefault(row["g"].value, row["s"].value)
    kind, by_graph = next((t, g) for t, g in found.items() if len(g) >= 3)
    graphs = tuple(sorted(by_graph)[:3])
    assert kind
    return ThreeGraphs(graphs, tuple(by_graph[g] for g in graphs))


@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    @property
    def media_type(self) -> str:
        return (self.headers.get("Content-Type") or "").split(";")[0].strip()

    def boolean(self) -> bool:
        assert 200 <= self.status < 400, (self.status, self.body[:300])
        fmt = ox.QueryResultsFormat.from_media_type(self.media_type)
        result = ox.parse_query_results(self.body, format=fmt)
        assert isinstance(result, ox.QueryBoolean)
        return bool(result)


def send(server, method: str, target: str, body: bytes | None = None, headers: dict | None = None) -> Answer:
    host, port = server.server_address[:2]
    connection = http.client.HTTPConnection(host, port, timeout=60)
    try:
        connection.request(method, target, body=body, headers=headers or {})
        response = connection.getresponse()
        return Answer(response.status, response.headers, response.read())
    finally:
        connection.close()


def query_string(**params) -> str:
    pairs = [(name.replace("_", "-"), value) for name, values in params.items()
             for value in (values if isinstance(values, list | tuple) else [values])]
    return urllib.parse.urlencode(pairs, quote_via=urllib.parse.quote)


def both_typed_alike(first: str, second: str) -> str:
    return f"ASK {{ <{first}> a ?type . <{second}> a ?type . }}"


def in_named_graphs(first: str, second: str) -> str:
    return f"ASK {{ GRAPH ?g1 {{ <{first}> a ?type }} GRAPH ?g2 {{ <{second}> a ?type }} }}"


DIRECT = {"Content-Type": "application/sparql-query"}
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


# --- the W3C cases that expect an answer


def test_query_post_form(server):
    """POST form-encoded; a default graph the dataset lacks is an empty graph, and ASK {} is true."""
    answer = send(server, "POST", "/sparql/?" + query_string(default_graph_uri=MISSING), b"query=ASK%20%7B%7D", FORM)
    assert answer.boolean() is True


def test_query_dataset_default_graphs_get(server, three):
    a, b, _ = three.subjects
    target = "/sparql/?" + query_string(query=both_typed_alike(a, b), default_graph_uri=three.graphs[:2])
    assert send(server, "GET", target).boolean() is True
    # the control: with only the first graph as the default graph, the second subject is not there
    target = "/sparql/?" + query_string(query=both_typed_alike(a, b), default_graph_uri=three.graphs[0])
    assert send(server, "GET", target).boolean() is False


def test_query_dataset_default_graphs_post(server, three):
    a, b, _ = three.subjects
    target = "/sparql/?" + query_string(default_graph_uri=three.graphs[:2])
    assert send(server, "POST", target, both_typed_alike(a, b).encode(), DIRECT).boolean() is True


def test_query_dataset_named_graphs_post(server, three):
    a, b, _ = three.subjects
    target = "/sparql/?" + query_string(named_graph_uri=three.graphs[:2])
    assert send(server, "POST", target, in_named_graphs(a, b).encode(), DIRECT).boolean() is True


def test_query_dataset_named_graphs_get(server, three):
    a, b, _ = three.subjects
    target = "/sparql/?" + query_string(query=in_named_graphs(a, b), named_graph_uri=three.graphs[:2])
    assert send(server, "GET", target).boolean() is True
    target = "/sparql/?" + query_string(query=in_named_graphs(a, b), named_graph_uri=three.graphs[0])
    assert send(server, "GET", target).boolean() is False


def test_query_dataset_full(server, three):
    a, b, c = three.subjects
    query = f"ASK {{ <{c}> a ?type GRAPH ?g1 {{ <{a}> a ?type }} GRAPH ?g2 {{ <{b}> a ?type }} }}"
    target = "/sparql/?" + query_string(default_graph_uri=three.graphs[2], named_graph_uri=three.graphs[:2])
    assert send(server, "POST", target, query.encode(), DIRECT).boolean() is True


def test_query_multiple_dataset(server, three):
    """FROM in the query and named graphs in the request: the request's dataset is the one used."""
    a, b, _ = three.subjects
    query = f"ASK FROM <{three.graphs[2]}> {{ GRAPH ?g1 {{ <{a}> a ?type }} GRAPH ?g2 {{ <{b}> a ?type }} }}"
    target = "/sparql/?" + query_string(named_graph_uri=three.graphs[:2])
    assert send(server, "POST", target, query.encode(), DIRECT).boolean() is True
    assert send(server, "POST", "/sparql/", query.encode(), DIRECT).boolean() is False  # FROM alone: no named graph


def test_query_get(server):
    target = "/sparql/?" + query_string(query="ASK {}", default_graph_uri=MISSING)
    assert send(server, "GET", target).boolean() is True


def test_query_content_type_select(server):
    target = "/sparql/?" + query_string(default_graph_uri=MISSING)
    answer = send(server, "POST", target, b"SELECT (1 AS ?value) {}", DIRECT)
    assert answer.status == 200 and answer.media_type in RESULT_TYPES
    rows = list(ox.parse_query_results(answer.body, format=ox.QueryResultsFormat.from_media_type(answer.media_type)))
    assert [row["value"].value for row in rows] == ["1"]


def test_query_content_type_ask(server):
    target = "/sparql/?" + query_string(default_graph_uri=MISSING)
    answer = send(server, "POST", target, b"ASK {}", DIRECT)
    assert answer.media_type in {"application/sparql-results+json", "application/sparql-results+xml"}
    assert answer.boolean() is True


def test_query_content_type_describe(server):
    target = "/sparql/?" + query_string(default_graph_uri=MISSING)
    answer = send(server, "POST", target, b"DESCRIBE <http://example.org/>", DIRECT)
    assert answer.status == 200 and answer.media_type in RDF_TYPES
    assert len(Graph().parse(data=answer.body, format=RDF_TYPES[answer.media_type])) == 0


def test_query_content_type_construct(server):
    """A relative IRI in the query resolves against the project's base IRI."""
    target = "/sparql/?" + query_string(default_graph_uri=MISSING)
    answer = send(server, "POST", target, b"CONSTRUCT { <s> <p> 1 } WHERE {}", DIRECT)
    assert answer.status == 200 and answer.media_type in RDF_TYPES
    graph = Graph().parse(data=answer.body, format=RDF_TYPES[answer.media_type])
    assert [(str(s), str(p), o.toPython()) for s, p, o in graph] == [
        ("https://w3id.org/chaingraph/id/s", "https://w3id.org/chaingraph/id/p", 1)]


def test_query_post_direct(server):
    assert send(server, "POST", "/sparql/", b"ASK {}", DIRECT).boolean() is True


# --- the W3C cases that expect a refusal (4xx)


def utf16(text: str) -> bytes:
    return text.encode("utf-16")  # with its byte-order mark, as the cases send it


BAD_REQUESTS = {
    "bad_query_method": ("PUT", "/sparql/?" + query_string(query="ASK {}", default_graph_uri=MISSING), b"", FORM),
    "bad_multiple_queries": ("GET", "/sparql/?" + query_string(query=["ASK {}", "SELECT * {}"]), None, {}),
    "bad_query_wrong_media_type": ("POST", "/sparql/", b"ASK {}", {"Content-Type": "text/plain"}),
    "bad_query_missing_form_type": ("POST", "/sparql/", b"query=ASK%20%7B%7D", {}),
    "bad_query_missing_direct_type": ("POST", "/sparql/", b"ASK {}", {}),
    "bad_query_non_utf8": ("POST", "/sparql/", utf16("ASK {}"),
                           {"Content-Type": "application/sparql-query; charset=UTF-16"}),
    "bad_query_syntax": ("GET", "/sparql/?query=ASK%20%7B", None, {}),
    "bad_update_get": ("GET", "/sparql/?update=CLEAR%20ALL", None, {}),
    "bad_multiple_updates": ("POST", "/sparql/", b"update=CLEAR%20NAMED&update=CLEAR%20DEFAULT", FORM),
    "bad_update_wrong_media_type": ("POST", "/sparql/", b"CLEAR NAMED", {"Content-Type": "text/plain"}),
    "bad_update_missing_form_type": ("POST", "/sparql/", b"update=CLEAR%20NAMED", {}),
    "bad_update_non_utf8": ("POST", "/sparql/", utf16("CLEAR NAMED"),
                            {"Content-Type": "application/sparql-update; charset=UTF-16"}),
    "bad_update_syntax": ("POST", "/sparql/", b"update=CLEAR%20XYZ", FORM),
    "bad_update_dataset_conflict": ("POST", "/sparql/?using-named-graph-uri=http%3A%2F%2Fexample%2Fpeople",
                                    b"WITH <http://example/addresses> DELETE { ?person <urn:x:name> 'Bill' } "
                                    b"INSERT { ?person <urn:x:name> 'William' } WHERE { ?person <urn:x:name> 'Bill' }",
                                    {"Content-Type": "application/sparql-update"}),
}


def _bad_case(name: str):
    def case(server, local_store):
        method, target, body, headers = BAD_REQUESTS[name]
        answer = send(server, method, target, body, headers)
        assert 400 <= answer.status < 500, (answer.status, answer.body[:300])
        text = answer.body.decode("utf-8")
        assert answer.media_type == "text/plain" and text.strip() and "Traceback" not in text
        assert_dataset_unchanged(server, local_store)
    case.__name__ = f"test_{name}"
    case.__doc__ = f"W3C protocol case {name}: answered 4xx with a plain message, nothing changed."
    return case


def assert_dataset_unchanged(server, local_store) -> None:
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    answer = send(server, "GET", "/sparql?" + query_string(query=count))
    served = int(json.loads(answer.body)["results"]["bindings"][0]["n"]["value"])
    assert served == int(next(iter(local_store.query(count)))["n"].value)


for _name in BAD_REQUESTS:
    globals()[f"test_{_name}"] = _bad_case(_name)


# --- the W3C update cases: a read-only endpoint refuses them, and they change nothing

UPDATE_CASES = {
    "update_dataset_default_graph": ("/sparql/?using-graph-uri=http%3A%2F%2Fexample.org%2Fd1",
                                     "CLEAR ALL ; INSERT DATA { GRAPH <http://example.org/d1> { <urn:a> a <urn:T> } }"),
    "update_dataset_default_graphs": ("/sparql/?using-graph-uri=http%3A%2F%2Fexample.org%2Fd1",
                                      "INSERT { GRAPH <urn:g> { ?s a <urn:U> } } WHERE { ?s a <urn:T> }"),
    "update_dataset_named_graphs": ("/sparql/?using-named-graph-uri=http%3A%2F%2Fexample.org%2Fd1",
                                    "INSERT { GRAPH <urn:g> { ?s a <urn:U> } } WHERE { GRAPH ?x { ?s a <urn:T> } }"),
    "update_dataset_full": ("/sparql/?using-graph-uri=urn:a&using-named-graph-uri=urn:b",
                            "INSERT { GRAPH <urn:g> { ?s <urn:in> ?x } } WHERE { ?s ?p ?x }"),
    "update_post_form": ("/sparql/", None),
    "update_post_direct": ("/sparql/", "CLEAR ALL"),
    "update_base_uri": ("/sparql/", "INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:p> <test> } }"),
}


@pytest.mark.parametrize("name", sorted(UPDATE_CASES))
def test_update_cases_are_refused_on_a_read_only_endpoint(server, local_store, name):
    target, update = UPDATE_CASES[name]
    if update is None:
        answer = send(server, "POST", target, b"update=CLEAR+ALL", FORM)
    else:
        answer = send(server, "POST", target, update.encode(), {"Content-Type": "application/sparql-update"})
    assert answer.status == 403 and b"read-only" in answer.body
    assert_dataset_unchanged(server, local_store)


# --- Graph Store Protocol reads


@pytest.mark.parametrize("media_type", sorted(RDF_TYPES))
def test_each_graph_reads_in_every_rdf_format(server, local_store, media_type):
    graphs = [g.value for g in local_store.named_graphs()]
    assert graphs
    for graph in graphs:
        answer = send(server, "GET", "/sparql?" + query_string(graph=graph), headers={"Accept": media_type})
        assert answer.status == 200 and answer.media_type == media_type
        served = Graph().parse(data=answer.body, format=RDF_TYPES[media_type])
        expected = sum(1 for _ in local_store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))
        assert len(served) == expected, graph


def test_the_default_graph_reads_as_the_merge_of_the_graphs(server, local_store):
    answer = send(server, "GET", "/sparql?default", headers={"Accept": "application/n-triples"})
    assert answer.status == 200 and answer.media_type == "application/n-triples"
    expected = sum(1 for _ in local_store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    assert len(Graph().parse(data=answer.body, format="nt")) == expected


def test_head_gives_the_headers_of_get_without_a_body(server, local_store):
    graph = next(iter(local_store.named_graphs())).value
    target = "/sparql?" + query_string(graph=graph)
    got, head = send(server, "GET", target), send(server, "HEAD", target)
    assert head.status == 200 and head.body == b""
    assert head.headers["Content-Length"] == got.headers["Content-Length"] == str(len(got.body))
    assert head.media_type == got.media_type == "text/turtle"


def test_an_unknown_graph_is_404_and_writes_are_405(server):
    answer = send(server, "GET", "/sparql?" + query_string(graph=MISSING))
    assert answer.status == 404 and MISSING in answer.body.decode()
    assert send(server, "HEAD", "/sparql?" + query_string(graph=MISSING)).status == 404
    for method in ("PUT", "DELETE"):
        answer = send(server, method, "/sparql?" + query_string(graph=MISSING), b"<urn:a> <urn:b> <urn:c> .",
                      {"Content-Type": "application/n-triples"})
        assert answer.status == 405 and "read-only" in answer.body.decode() and "POST" in answer.headers["Allow"]
    answer = send(server, "POST", "/sparql?" + query_string(graph=MISSING), b"<urn:a> <urn:b> <urn:c> .",
                  {"Content-Type": "application/n-triples"})
    assert answer.status == 405


def test_a_graph_in_an_unoffered_format_is_406(server, local_store):
    graph = next(iter(local_store.named_graphs())).value
    answer = send(server, "GET", "/sparql?" + query_string(graph=graph), headers={"Accept": "image/png"})
    assert answer.status == 406 and "text/turtle" in answer.body.decode()


# --- the service description


@pytest.mark.parametrize("media_type", sorted(RDF_TYPES))
def test_service_description_in_every_rdf_format_lists_the_available_graphs(server, local_store, media_type):
    host, port = server.server_address[:2]
    answer = send(server, "GET", "/sparql", headers={"Accept": media_type})
    assert answer.status == 200 and answer.media_type == media_type
    description = Graph().parse(data=answer.body, format=RDF_TYPES[media_type])
    service = URIRef(f"http://{host}:{port}/sparql")  # the Host the client used
    assert (service, SD.endpoint, service) in description
    available = description.value(service, SD.availableGraphs)
    names = {str(description.value(named, SD.name)) for named in description.objects(available, SD.namedGraph)}
    assert names == {g.value for g in local_store.named_graphs()}


def test_service_description_refuses_a_format_it_cannot_write(server):
    answer = send(server, "GET", "/sparql", headers={"Accept": "image/png"})
    assert answer.status == 406 and "application/rdf+xml" in answer.body.decode()


def test_service_description_names_the_host_the_client_used(server):
    host, port = server.server_address[:2]
    answer = send(server, "GET", "/service-description",
                  headers={"Accept": "application/n-triples", "Host": "graph.example.org:8443"})
    assert "<http://graph.example.org:8443/sparql>" in answer.body.decode()
    answer = send(server, "GET", "/service-description",  # not a host name: the address the client reached
                  headers={"Accept": "application/n-triples", "Host": "evil.example/<script>"})
    text = answer.body.decode()
    assert f"<http://{host}:{port}/sparql>" in text and "evil" not in text


# --- CORS and OPTIONS


def test_options_answers_with_the_allowed_methods(server):
    answer = send(server, "OPTIONS", "/sparql")
    assert answer.status == 204 and set(answer.headers["Allow"].replace(" ", "").split(",")) >= {"GET", "POST"}


def test_cors_headers_only_for_the_allowed_origin(server):
    host, port = server.server_address[:2]
    allowed, other = f"http://localhost:{port}", "https://elsewhere.example"
    target = "/sparql?" + query_string(query="ASK {}")
    answer = send(server, "GET", target, headers={"Origin": allowed})
    assert answer.headers["Access-Control-Allow-Origin"] == allowed and "Origin" in answer.headers["Vary"]
    assert "Access-Control-Allow-Origin" not in send(server, "GET", target, headers={"Origin": other}).headers
    preflight = send(server, "OPTIONS", "/sparql", headers={
        "Origin": allowed, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"})
    assert preflight.status == 204 and preflight.headers["Access-Control-Allow-Origin"] == allowed
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
    assert "content-type" in preflight.headers["Access-Control-Allow-Headers"].lower()
    refused = send(server, "OPTIONS", "/sparql", headers={"Origin": other, "Access-Control-Request-Method": "POST"})
    assert "Access-Control-Allow-Origin" not in refused.headers
    errors = send(server, "GET", "/sparql?query=ASK%20%7B", headers={"Origin": allowed})
    assert errors.status == 400 and errors.headers["Access-Control-Allow-Origin"] == allowed


def test_a_page_on_an_allowed_origin_queries_from_a_real_browser(server, browser):
    """Chromium on http://localhost:PORT (another origin than 127.0.0.1:PORT) POSTs a query with a
    preflight and reads the answer; a page on an origin that is not allowed cannot read it."""
    host, port = server.server_address[:2]
    page = browser.new_page()
    try:
        page.goto(f"http://localhost:{port}/no-page-here", timeout=30_000)  # a plain page of that origin
        script = """async ([url, body]) => {
            const response = await fetch(url, {method: "POST", body,
                headers: {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"}});
            return await response.json();
        }"""
        document = page.evaluate(script, [f"http://{host}:{port}/sparql", "ASK {}"])
        assert document["boolean"] is True
        # the other way round: a page on 127.0.0.1:PORT is not an allowed origin for localhost:PORT
        page.goto(f"http://{host}:{port}/no-page-here", timeout=30_000)
        blocked = page.evaluate("""async (url) => {
            try { await fetch(url); return "read"; } catch (error) { return "blocked"; } }""",
                                f"http://localhost:{port}/sparql?query=ASK%20%7B%7D")
        assert blocked == "blocked"
    finally:
        page.close()


# --- the command's options


def test_serve_advertises_public_url_and_allows_any_origin(site):
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "chaingraph", "--root", str(site.root), "serve", "--outputs", str(site.output_dir),
         "--port", str(port), "--workers", "1", "--quiet", "--public-url", "https://graph.example.org/",
         "--cors-origin", "*"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_until(lambda: is_listening(port), 60, "chaingraph serve", process)
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        connection.request("GET", "/sparql", headers={"Accept": "application/n-triples", "Origin": "https://x.example"})
        response = connection.getresponse()
        text = response.read().decode()
        assert "<https://graph.example.org/sparql>" in text and "127.0.0.1" not in text
        assert response.headers["Access-Control-Allow-Origin"] == "*"
        connection.close()
    finally:
        process.terminate()
        process.wait(30)

"""`chaingraph serve`: the SPARQL 1.1 Protocol endpoint with a real client, hostile requests, and a browser."""

from __future__ import annotations

import csv
import io
import json
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Namespace, URIRef
from servers import free_port, is_listening, wait_until
from SPARQLWrapper import CSV, JSON, JSONLD, POST, POSTDIRECTLY, TSV, TURTLE, URLENCODED, XML, SPARQLWrapper

from chaingraph.core.outputnames import DATASET_FILE, EXPLORER_PAGE
from chaingraph.core.project import Project
from chaingraph.dataset.store import named_graph_quads, with_merged_default_graph
from chaingraph.web.answers import Job
from chaingraph.web.server import Limits, make_server, start_in_thread

ROOT = Path(__file__).resolve().parents[1]
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
VOID = Namespace("http://rdfs.org/ns/void#")
ONTOLOGY_GRAPH = "https://w3id.org/chaingraph/ns"
TIME_LIMIT = 3.0
MAX_ROWS = 1000

# The article's capacities: 5GWh 钠离子电池电芯, 30万吨钠电正极材料, 500万件精密结构件 (sentence s024),
# 年产10万吨聚阴离子正极材料 (s012). GWH, TNE and C62 are the UN/CEFACT codes of GWh, tonne, piece.
ARTICLE_CAPACITIES = {(Decimal(5), "GWH"), (Decimal(300000), "TNE"), (Decimal(5000000), "C62"),
                      (Decimal(100000), "TNE")}
CAPACITIES = """SELECT ?capacity ?value ?unit WHERE {
  ?capacity a cg:Capacity ; cg:value ?value ; cg:unitCode ?unit .
} ORDER BY ?capacity"""
EXAMPLE = """# zh: 高新区有哪些产能？
# en: Which capacities does the zone have?
SELECT ?capacity ?label WHERE { ?capacity a cg:Capacity ; rdfs:label ?label . FILTER (lang(?label) = "zh") }
"""
# Every edge to every node, three times over: far more work than any time limit allows.
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a (!<urn:x:y>)* ?b . ?c (!<urn:x:y>)* ?d . ?e (!<urn:x:y>)* ?f }"


@pytest.fixture(scope="module")
def site(tmp_path_factory, built_outputs):
    """A project folder with the library's queries plus one example of ours, and the build's outputs
    with an explorer page (the build's own one when it makes one)."""
    root = tmp_path_factory.mktemp("serve-project")
    outputs = root / "outputs"
    shutil.copytree(built_outputs, outputs)
    if not (outputs / EXPLORER_PAGE).exists():
        (outputs / EXPLORER_PAGE).write_text("<!DOCTYPE html><title>explorer</title><p>产业链</p>\n")
    queries = root / "queries"
    if (ROOT / "queries").is_dir():
        shutil.copytree(ROOT / "queries", queries)
    queries.mkdir(exist_ok=True)
    (queries / "zz-test-capacities.rq").write_text(EXAMPLE, encoding="utf-8")
    return Project(root=root, outputs=outputs)


@pytest.fixture(scope="module")
def server(site):
    limits = Limits(time_limit=TIME_LIMIT, max_rows=MAX_ROWS, max_body_bytes=1024 * 1024, queue_wait=20)
    running = make_server(site, port=0, limits=limits, quiet=True)
    start_in_thread(running)
    try:
        yield running
    finally:
        running.close()


@pytest.fixture(scope="module")
def local_store(site) -> ox.Store:
    store = ox.Store()
    store.bulk_load(path=str(site.output_dir / DATASET_FILE), format=ox.RdfFormat.N_QUADS)
    return with_merged_default_graph(store)


def request(server, path: str, data: bytes | None = None, headers: dict | None = None, method: str | None = None):
    """(status, headers, body) of one request; HTTP errors are answers too."""
    req = urllib.request.Request(server.url + path, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=60) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def get_query(server, query: str, accept: str | None = None, **params):
    path = "/sparql?" + urllib.parse.urlencode({"query": query, **params}, doseq=True)
    return request(server, path, headers={"Accept": accept} if accept else {})


def wrapper(server, query: str, fmt: str, method: str | None = None) -> SPARQLWrapper:
    client = SPARQLWrapper(server.url + "/sparql")
    client.setQuery("PREFIX cg: <https://w3id.org/chaingraph/ns#>\n" + query)
    client.setReturnFormat(fmt)
    if method:
        client.setMethod(POST)
        client.setRequestMethod(method)
    return client


def capacities_from_json(document: dict) -> set[tuple]:
    return {(Decimal(b["value"]["value"]), b["unit"]["value"]) for b in document["results"]["bindings"]}


def assert_plain_error(status: int, body: bytes, expected_status: int, *phrases: str) -> str:
    text = body.decode("utf-8")
    assert status == expected_status, text
    for phrase in phrases:
        assert phrase in text
    assert "Traceback" not in text and "/work/" not in text and str(ROOT) not in text
    return text


# --- a real client, every protocol form and format


def test_sparqlwrapper_get_json_answers_what_the_article_says(server):
    document = wrapper(server, CAPACITIES, JSON).query().convert()
    assert capacities_from_json(document) == ARTICLE_CAPACITIES


@pytest.mark.parametrize("method", [URLENCODED, POSTDIRECTLY])
def test_sparqlwrapper_post_forms(server, method):
    document = wrapper(server, CAPACITIES, JSON, method).query().convert()
    assert capacities_from_json(document) == ARTICLE_CAPACITIES


@pytest.mark.parametrize("fmt, results_format", [(XML, ox.QueryResultsFormat.XML), (TSV, ox.QueryResultsFormat.TSV)])
def test_result_formats_parse_to_the_local_answer(server, local_store, fmt, results_format):
    response = wrapper(server, CAPACITIES, fmt).query()
    body = response.response.read()
    assert response.response.headers["Content-Type"].split(";")[0] == results_format.media_type.split(";")[0]
    remote = ox.parse_query_results(body, format=results_format)
    local = local_store.query("PREFIX cg: <https://w3id.org/chaingraph/ns#>\n" + CAPACITIES)
    names = [v.value for v in local.variables]
    assert [v.value for v in remote.variables] == names
    remote_rows, local_rows = list(remote), list(local)
    assert [[s[n] for n in names] for s in remote_rows] == [[s[n] for n in names] for s in local_rows]


def test_csv_holds_the_plain_values(server):
    response = wrapper(server, CAPACITIES, CSV).query()
    assert response.response.headers["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.response.read().decode("utf-8"))))
    assert {(Decimal(r["value"]), r["unit"]) for r in rows} == ARTICLE_CAPACITIES
    assert all(r["capacity"].startswith("https://w3id.org/chaingraph/id/") for r in rows)


def test_ask(server):
    document = wrapper(server, "ASK { ?c a cg:Capacity ; cg:unitCode \"GWH\" }", JSON).query().convert()
    assert document["boolean"] is True


@pytest.mark.parametrize("fmt, accept", [(TURTLE, None), (JSONLD, None), (None, "application/n-triples")])
def test_construct_formats_parse_with_rdflib(server, local_store, fmt, accept):
    query = "CONSTRUCT WHERE { ?c a cg:Capacity ; cg:value ?v ; cg:unitCode ?u ; rdfs:label ?l }"
    if fmt:
        response = wrapper(server, query, fmt).query()
        body, content_type = response.response.read(), response.response.headers["Content-Type"]
    else:
        status, headers, body = get_query(server, "PREFIX cg: <https://w3id.org/chaingraph/ns#>\n" + query, accept)
        assert status == 200
        content_type = headers["Content-Type"]
    graph = Graph().parse(data=body, format=content_type.split(";")[0])  # rdflib's parsers answer to media types
    local = list(local_store.query("PREFIX cg: <https://w3id.org/chaingraph/ns#>\n"
                                   "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" + query))
    assert len(graph) == len(local) > 4 * 4


def test_unsupported_media_type_is_406(server):
    status, _, body = get_query(server, CAPACITIES, "image/png")
    assert_plain_error(status, body, 406, "application/sparql-results+json")
    status, _, body = get_query(server, CAPACITIES, None, format="turtle")  # a graph format for a SELECT
    assert_plain_error(status, body, 406)


def test_service_description_lists_the_dataset(server, site):
    status, headers, body = request(server, "/sparql", headers={"Accept": "text/turtle"})
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    description = Graph().parse(data=body, format="turtle")
    service = URIRef(server.url + "/sparql")
    assert (service, SD.endpoint, service) in description
    assert (service, SD.supportedLanguage, SD.SPARQL11Query) in description
    dataset = Dataset()
    dataset.parse(site.output_dir / DATASET_FILE, format="nquads")
    expected = {str(g.identifier): len(g) for g in dataset.graphs() if isinstance(g.identifier, URIRef) and len(g)}
    described = {}
    for named in description.objects(None, SD.namedGraph):
        name = description.value(named, SD.name)
        described[str(name)] = int(description.value(description.value(named, SD.graph), VOID.triples))
    assert described == expected
    status, headers, body = request(server, "/service-description", headers={"Accept": "application/ld+json"})
    assert status == 200 and headers["Content-Type"].startswith("application/ld+json")
    assert len(Graph().parse(data=body, format="json-ld")) == len(description)


def test_from_a_dataset_graph_narrows_the_query(server, local_store):
    query = f"SELECT (COUNT(*) AS ?n) FROM <{ONTOLOGY_GRAPH}> WHERE {{ ?s ?p ?o }}"
    status, _, body = get_query(server, query)
    assert status == 200
    expected = len(list(local_store.quads_for_pattern(None, None, None, ox.NamedNode(ONTOLOGY_GRAPH))))
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == expected
    status, _, body = get_query(server, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                                **{"default-graph-uri": ONTOLOGY_GRAPH})
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == expected


# --- hostile requests


@pytest.mark.parametrize("query, params", [
    ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", {}),
    ("SELECT * FROM NAMED <file:///etc/passwd> WHERE { GRAPH ?g { ?s ?p ?o } }", {}),
    ("PREFIX f: <file:///etc/> SELECT * FROM f:passwd WHERE { ?s ?p ?o }", {}),
    ("SELECT * WHERE { ?s ?p ?o }", {"default-graph-uri": "file:///etc/passwd"}),
    ("SELECT * FROM <http://127.0.0.1:{port}/data.ttl> WHERE { ?s ?p ?o }", {}),
    ("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }", {"named-graph-uri": "http://127.0.0.1:{port}/"}),
])
def test_dataset_clauses_never_read_files(server, query, params):
    """A graph the dataset lacks is an empty graph: no file is opened, no connection is made."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(1.0)
    port = listener.getsockname()[1]
    try:
        status, _, body = get_query(server, query.replace("{port}", str(port)),
                                    **{k: v.replace("{port}", str(port)) for k, v in params.items()})
        assert status == 200, body
        assert json.loads(body)["results"]["bindings"] == [] and b"root:" not in body
        with pytest.raises(TimeoutError):
            listener.accept()
    finally:
        listener.close()


def test_service_never_connects(server):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(1.5)
    port = listener.getsockname()[1]
    try:
        for query in (f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
                      f"SELECT * WHERE {{ SERVICE SILENT <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
                      f"select * where {{ ?x ?y ?z . service ?svc {{ ?s ?p ?o }} "
                      f"VALUES ?svc {{ <http://127.0.0.1:{port}/> }} }}"):
            status, _, body = get_query(server, query)
            assert_plain_error(status, body, 403, "SERVICE")
        with pytest.raises(TimeoutError):
            listener.accept()
    finally:
        listener.close()


def test_workers_cannot_open_sockets_even_when_a_check_is_bypassed(server):
    """The second line of defence: a SERVICE query handed straight to a worker still connects nowhere."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(1.5)
    port = listener.getsockname()[1]
    try:
        job = Job(f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}", None)
        # its own thread: the browser tests' Playwright keeps an event loop running in this one
        with ThreadPoolExecutor(1) as pool:
            reply = pool.submit(server.app.workers.run, job).result()
        assert reply.status == 403 and b"SERVICE" in reply.body
        with pytest.raises(TimeoutError):
            listener.accept()
    finally:
        listener.close()


@pytest.mark.parametrize("send", [
    lambda s: get_query(s, "INSERT DATA { <urn:a> <urn:b> <urn:c> }"),
    lambda s: get_query(s, "LOAD <file:///etc/passwd>"),
    lambda s: get_query(s, "DELETE WHERE { ?s ?p ?o }"),
    lambda s: request(s, "/sparql", urllib.parse.urlencode({"update": "DROP ALL"}).encode(),
                      {"Content-Type": "application/x-www-form-urlencoded"}),
    lambda s: request(s, "/sparql", b"CLEAR ALL", {"Content-Type": "application/sparql-update"}),
    lambda s: request(s, "/sparql", b"DROP ALL", {"Content-Type": "application/sparql-query"}),
])
def test_updates_are_refused_and_change_nothing(server, local_store, send):
    status, _, body = send(server)
    assert_plain_error(status, body, 403, "updates are not allowed")
    status, _, body = get_query(server, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    named = sum(1 for _ in named_graph_quads(local_store))
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == named


def test_put_is_not_allowed(server):
    status, _, body = request(server, "/sparql?graph=urn:x", b"<urn:a> <urn:b> <urn:c> .", method="PUT")
    assert_plain_error(status, body, 405)


def test_endless_property_path_hits_the_time_limit_and_the_server_stays_up(server):
    status, _, body = get_query(server, ENDLESS)
    assert_plain_error(status, body, 503, "time limit", f"{TIME_LIMIT:g} s")  # stopped by the limit, said so
    # meanwhile and afterwards, other clients are served
    document = wrapper(server, CAPACITIES, JSON).query().convert()
    assert capacities_from_json(document) == ARTICLE_CAPACITIES
    wait_until(lambda: len(server.app.workers._workers) == server.app.limits.workers, 30, "replacement worker")


def test_a_runaway_query_does_not_block_other_clients(server):
    answers = {}
    runaway = threading.Thread(target=lambda: answers.setdefault("runaway", get_query(server, ENDLESS)))
    runaway.start()
    time.sleep(0.5)
    fresh = CAPACITIES + "\n# not asked before, so not answered from the answer cache"
    status, _, body = get_query(server, fresh, "application/sparql-results+json")
    assert status == 200 and runaway.is_alive()  # answered while the runaway still runs
    runaway.join(TIME_LIMIT + 30)
    assert answers["runaway"][0] == 503


def test_concurrent_queries_wait_their_turn(server):
    """More queries than workers: the extra ones wait in the queue and are answered, not refused."""
    answers = []
    runaways = [threading.Thread(target=lambda: answers.append(get_query(server, ENDLESS)[0]))
                for _ in range(server.app.limits.workers)]
    for thread in runaways:
        thread.start()
    time.sleep(0.5)
    fresh = CAPACITIES + "\n# waits: not asked before, so not answered from the answer cache"
    status, _, body = get_query(server, fresh, "application/sparql-results+json")  # waits for a worker
    assert status == 200 and capacities_from_json(json.loads(body)) == ARTICLE_CAPACITIES
    for thread in runaways:
        thread.join(TIME_LIMIT + 60)
    assert answers == [503] * server.app.limits.workers


def test_a_full_queue_is_refused_at_once(site):
    limits = Limits(time_limit=TIME_LIMIT, workers=1, queue_length=1, queue_wait=30)
    small = make_server(site, port=0, limits=limits, quiet=True)
    start_in_thread(small)
    try:
        answers = []
        first = threading.Thread(target=lambda: answers.append(get_query(small, ENDLESS)[0]))
        first.start()
        time.sleep(0.5)
        second = threading.Thread(target=lambda: answers.append(get_query(small, ENDLESS)[0]))
        second.start()
        time.sleep(0.5)
        status, _, body = get_query(small, "ASK {}")
        assert_plain_error(status, body, 503, "already waiting")
        first.join(60)
        second.join(60)
        assert answers == [503, 503]  # both ran, in turn, into the time limit
    finally:
        small.close()


def test_idle_and_half_open_connections_do_not_lock_others_out(server):
    """200 idle connections and 50 half-sent requests hold no thread: another client is answered,
    and an idle connection is still served when it finally asks."""
    host, port = server.server_address[:2]
    idle = [socket.create_connection((host, port), timeout=30) for _ in range(200)]
    half = [socket.create_connection((host, port), timeout=30) for _ in range(50)]
    try:
        for connection in half:
            connection.sendall(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        document = wrapper(server, CAPACITIES, JSON).query().convert()
        assert capacities_from_json(document) == ARTICLE_CAPACITIES
        idle[0].sendall(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        answer = b""
        while chunk := idle[0].recv(65536):
            answer += chunk
        assert answer.startswith(b"HTTP/1.1 200") and answer.endswith(b'"boolean":true}')
    finally:
        for connection in idle + half:
            connection.close()


def test_a_reused_connection_answers_every_request_and_sends_without_delay(server):
    """Keep-alive: twenty queries on one connection, each answered in full; the server's sockets
    have Nagle's algorithm off (TCP_NODELAY), so a small answer is never held back for an ACK."""
    import http.client

    host, port = server.server_address[:2]
    connection = http.client.HTTPConnection(host, port, timeout=30)
    try:
        for _ in range(20):
            connection.request("GET", "/sparql?" + urllib.parse.urlencode({"query": CAPACITIES}),
                               headers={"Accept": "application/sparql-results+json"})
            response = connection.getresponse()
            assert response.status == 200
            assert capacities_from_json(json.loads(response.read())) == ARTICLE_CAPACITIES
        sockets = [c.transport.get_extra_info("socket") for c in server.uvicorn.server_state.connections]
        assert sockets and all(s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) for s in sockets)
    finally:
        connection.close()


def test_result_size_cap(server):
    status, _, body = get_query(server, "SELECT * WHERE { ?s ?p ?o }")
    assert_plain_error(status, body, 400, f"more than {MAX_ROWS} rows", "LIMIT")
    status, _, body = get_query(server, f"SELECT * WHERE {{ ?s ?p ?o }} LIMIT {MAX_ROWS}")
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == MAX_ROWS
    status, _, body = get_query(server, "CONSTRUCT WHERE { ?s ?p ?o }", "text/turtle")
    assert_plain_error(status, body, 400, f"more than {MAX_ROWS} triples")


def test_ten_megabyte_body_is_refused_unread(server):
    host, port = server.server_address[:2]
    head = (f"POST /sparql HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: application/sparql-query\r\n"
            f"Content-Length: {10 * 1024 * 1024}\r\n\r\n").encode()
    with socket.create_connection((host, port), timeout=10) as client:
        client.sendall(head + b"#" * 65536)  # the rest never comes: the answer must not wait for it
        answer = b""
        try:
            while chunk := client.recv(65536):
                answer += chunk
        except ConnectionResetError:
            pass
    status_line, _, rest = answer.partition(b"\r\n")
    assert status_line.startswith(b"HTTP/1.1 413")
    assert b"larger than this endpoint's limit of 1048576 bytes" in rest


def test_malformed_requests_get_messages_not_tracebacks(server):
    status, _, body = get_query(server, "SELEKT * WHERE { ?s ?p ?o }")
    assert_plain_error(status, body, 400, "syntax error")
    status, _, body = request(server, "/sparql", b"query=%FF%FE", {"Content-Type": "application/x-www-form-urlencoded"})
    assert_plain_error(status, body, 400, "UTF-8")
    status, _, body = request(server, "/sparql", b"SELECT * {}", {"Content-Type": "text/plain"})
    assert_plain_error(status, body, 415)
    status, _, body = request(server, "/no-such-page")
    assert_plain_error(status, body, 404)
    status, _, body = request(server, f"/explorer/..%2F{DATASET_FILE}")
    assert_plain_error(status, body, 404)
    status, _, body = request(server, "/sparql?query=" + "x" * 70000)
    assert status in (400, 414) and b"Traceback" not in body


# --- pages


def test_pages_are_served_locally_with_a_content_security_policy(server, site):
    status, headers, body = request(server, "/")
    page = body.decode("utf-8")
    assert status == 200 and "script-src 'self'" in headers["Content-Security-Policy"]
    assert "://" not in page.replace(server.url, "")  # no CDN, no remote asset of any kind
    status, headers, body = request(server, "/explorer/")
    assert status == 200 and body == (site.output_dir / EXPLORER_PAGE).read_bytes()
    examples = json.loads(request(server, "/examples.json")[2])["examples"]
    names = {e["name"] for e in examples}
    assert "zz-test-capacities" in names
    assert {p.stem for p in (site.root / "queries").glob("*.rq")} == names


def test_query_page_in_a_real_browser(server, browser):
    from playwright.sync_api import expect

    page = browser.new_page()
    try:
        outside = []
        page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(server.url) else None)
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(server.url + "/", timeout=30_000)
        example = page.locator("#examples button[data-name='zz-test-capacities']")
        example.wait_for(timeout=10_000)
        assert "高新区有哪些产能" in example.inner_text()
        example.click()
        assert "cg:Capacity" in page.locator("#query").input_value()
        page.click("#run")
        page.locator("#results table tbody tr").first.wait_for(timeout=15_000)
        cells = page.locator("#results tbody td").all_inner_texts()
        assert any("5GWh" in c for c in cells)
        assert page.locator("#results tbody tr").count() == len(ARTICLE_CAPACITIES)
        # data is shown as text, never parsed as HTML
        page.fill("#query", 'SELECT ?x WHERE { BIND("<img src=x onerror=alert(1)>" AS ?x) }')
        page.click("#run")
        expect(page.locator("#results tbody td").first).to_have_text("<img src=x onerror=alert(1)>",
                                                                      timeout=15_000)
        assert page.locator("#results img").count() == 0
        # errors are shown as the server's message
        page.fill("#query", "INSERT DATA { <urn:a> <urn:b> <urn:c> }")
        page.click("#run")
        expect(page.locator("#status")).to_contain_text("403: updates are not allowed", timeout=15_000)
        # the explorer page runs under the server's policy too
        console = []
        page.on("console", lambda m: console.append(m.text))
        page.goto(server.url + "/explorer/", timeout=30_000)
        page.wait_for_load_state("load")
        assert outside == [] and errors == []
        assert not [m for m in console if "Content Security Policy" in m]
    finally:
        page.close()


# --- the command


def test_serve_command_binds_loopback_and_stops_on_ctrl_c(site):
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "chaingraph", "--root", str(site.root), "serve", "--outputs",
         str(site.output_dir), "--port", str(port), "--quiet"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first_line = process.stdout.readline()
        assert f"http://127.0.0.1:{port}/sparql" in first_line
        wait_until(lambda: is_listening(port), 30, "chaingraph serve", process)
        listening = subprocess.run(["ss", "-ltnH", f"sport = :{port}"], capture_output=True, text=True).stdout
        assert [line.split()[3] for line in listening.splitlines()] == [f"127.0.0.1:{port}"]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/sparql?query=ASK%7B%7D", timeout=30) as response:
            assert json.loads(response.read())["boolean"] is True
        process.send_signal(signal.SIGINT)
        assert process.wait(30) == 0
        assert "Traceback" not in process.stderr.read()
        assert not is_listening(port)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)


def test_library_questions_take_parameters_over_http(server):
    """`/queries/10?subject=珈钠` asks question 10 about the entity a name, alias or pinyin means,
    resolved like `chaingraph query 10 --param subject=珈钠`; a name that means nothing is a 400."""
    status, _, body = request(server, "/queries/10?" + urllib.parse.urlencode({"subject": "珈钠"}),
                              headers={"Accept": "text/csv"})
    assert status == 200
    assert "jiana" in body.decode() and "zone-sodium-ion-cell-capacity" not in body.decode()
    status, _, by_pinyin = request(server, "/queries/evidence?subject=jnny", headers={"Accept": "text/csv"})
    assert status == 200 and by_pinyin == body
    status, _, default = request(server, "/queries/10", headers={"Accept": "text/csv"})
    assert status == 200 and default != body
    status, _, error = request(server, "/queries/10?" + urllib.parse.urlencode({"subject": "没有这个名字"}))
    assert status == 400 and "没有这个名字" in error.decode()
    status, _, error = request(server, "/queries/10?colour=red")
    assert status == 400 and "colour" in error.decode()
    status, _, _ = request(server, "/queries/99-nothing")
    assert status == 404

"""`chaingraph serve` under attack: malformed protocol, pathological queries next to normal clients,
and connection floods. What tests/test_serve.py already covers (updates, SERVICE, FROM <file:>,
a 10 MB body, a 70 KB request line, the row cap, one runaway query) is not repeated here.

Every answer must carry a status line and a plain message, never a stack trace or a local path.
The server binds to 127.0.0.1; every loop has a deadline; nothing here asserts speed.
"""

from __future__ import annotations

import json
import shutil
import socket
import threading
import time
import urllib.parse

import pytest
from support import ROOT

from chaingraph.core.project import Project
from chaingraph.web.querycheck import MAX_NESTING
from chaingraph.web.server import Limits, make_server, start_in_thread

TIME_LIMIT = 2.5
MAX_ROWS = 1000
MAX_CONNECTIONS = 12
HEAD_TIMEOUT = 2.0
LOCAL_MARKERS = ("Traceback", 'File "', "/work", "/root", "/tmp", "site-packages", "/usr/lib", str(ROOT))


@pytest.fixture(scope="module")
def site(tmp_path_factory, built_outputs) -> Project:
    root = tmp_path_factory.mktemp("hostile-http")
    shutil.copytree(built_outputs, root / "outputs")
    shutil.copytree(ROOT / "queries", root / "queries")
    return Project(root=root, outputs=root / "outputs")


@pytest.fixture(scope="module")
def server(site):
    limits = Limits(time_limit=TIME_LIMIT, max_rows=MAX_ROWS, workers=3, queue_wait=60,
                    max_connections=MAX_CONNECTIONS, head_timeout=HEAD_TIMEOUT)
    running = make_server(site, port=0, limits=limits, quiet=True)
    start_in_thread(running)
    try:
        yield running
    finally:
        running.close()


def exchange(server, data: bytes, timeout: float = 60) -> tuple[int | None, bytes, bytes]:
    """Send raw bytes, read until the server closes: (status, head, body); status None if no status line."""
    host, port = server.server_address[:2]
    with socket.create_connection((host, port), timeout=timeout) as client:
        client.sendall(data)
        answer = b""
        try:
            while chunk := client.recv(65536):
                answer += chunk
        except ConnectionResetError:
            pass
    head, _, body = answer.partition(b"\r\n\r\n")
    first = head.split(b"\r\n", 1)[0].split()
    status = int(first[1]) if len(first) > 1 and first[0].startswith(b"HTTP/1.") and first[1].isdigit() else None
    return status, head, body


def request(method: str, target: str, headers: dict | None = None, body: bytes = b"") -> bytes:
    lines = [f"{method} {target} HTTP/1.1", "Host: 127.0.0.1", "Connection: close"]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    if body and not any(name.lower() == "content-length" for name in headers or {}):
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def get(query: str) -> bytes:
    return request("GET", "/sparql?query=" + urllib.parse.quote(query))


def post(body: bytes, content_type: str | None = "application/sparql-query", **headers) -> bytes:
    if content_type:
        headers["Content-Type"] = content_type
    return request("POST", "/sparql", headers, body)


def assert_clean(body: bytes) -> str:
    text = body.decode("utf-8", errors="replace")
    for marker in LOCAL_MARKERS:
        assert marker not in text, f"{marker!r} in an answer: {text[:300]}"
    return text


NESTED = "SELECT * WHERE " + "{" * 5000 + "}" * 5000
MALFORMED = {
    "invalid percent-encoding": (request("GET", "/sparql?query=ASK%ZZ%7B%7D"), {400}, "syntax error"),
    "truncated percent-encoding": (request("GET", "/sparql?query=ASK%7B%7D%"), {400}, "syntax error"),
    "percent-encoded invalid UTF-8": (request("GET", "/sparql?query=ASK%FF%FE%7B%7D"), {400}, "not UTF-8"),
    "raw invalid UTF-8 in the request line": (b"GET /sparql?query=ASK\xff\xfe{} HTTP/1.1\r\nHost: x\r\n"
                                              b"Connection: close\r\n\r\n", {400}, "could not be read"),
    "NUL in the query": (request("GET", "/sparql?query=ASK%00%7B%7D"), {400}, "syntax error"),
    "two query parameters": (request("GET", "/sparql?query=ASK%7B%7D&query=ASK%7B%7D"), {400}, "once"),
    "form without a query": (post(b"foo=1", "application/x-www-form-urlencoded"), {400}, "no query"),
    "empty query body": (post(b""), {400}, "syntax error"),
    "POST without Content-Type": (post(b"ASK {}", None), {415}, "application/sparql-query"),
    "POST as JSON": (post(b'{"query": "ASK {}"}', "application/json"), {415}, "application/sparql-query"),
    "body not UTF-8": (post(b"ASK {\xff}"), {400}, "not UTF-8"),
    "negative Content-Length": (post(b"", **{"Content-Length": "-5"}), {400}, "never negative"),
    "Content-Length not a number": (post(b"", **{"Content-Length": "12abc"}), {400}, "not a number"),
    "chunked body": (post(b"", **{"Transfer-Encoding": "chunked"}) + b"5\r\nASK{}\r\n0\r\n\r\n", {411},
                     "Content-Length"),
    "a 100 KB header": (request("GET", "/sparql", {"X-Padding": "a" * 100_000}), {431}, "too long"),
    "150 headers": (request("GET", "/sparql", {f"X-H{i}": "a" for i in range(150)}), {431}, "Too many headers"),
    # RFC 9110 (15.6.2): 501 is the answer to a method the server does not recognize
    "unknown method": (request("BREW", "/sparql"), {405, 501}, "Unsupported method"),
    "TRACE": (request("TRACE", "/sparql", {"Cookie": "secret-cookie-value"}), {405, 501}, "Unsupported method"),
    "unsupported HTTP version": (b"GET /sparql HTTP/9.9\r\nHost: x\r\n\r\n", {505}, "HTTP version"),
    "TLS hello on the HTTP port": (b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"\x00" * 40 + b"\r\n\r\n",
                                   {400}, "Bad request"),
    "dot-dot path": (request("GET", "/../../etc/passwd"), {404}, "nothing at"),
    "encoded dot-dot in the explorer": (request("GET", "/explorer/%2e%2e/%2e%2e/etc/passwd"), {404}, "no "),
    "encoded slashes in the explorer": (request("GET", "/explorer/..%2f..%2f..%2fetc%2fpasswd"), {404}, "no "),
    "doubled dots in the explorer": (request("GET", "/explorer/....//....//etc/passwd"), {404}, "no "),
    "absolute path in the explorer": (request("GET", "/explorer//etc/passwd"), {404}, "no "),
    "absolute-form URL to another host": (request("GET", "http://169.254.169.254/latest/meta-data"), {404},
                                          "nothing at"),
    f"brackets nested deeper than {MAX_NESTING}": (get(NESTED), {400}, "nests brackets"),
    "huge OFFSET beyond any integer": (get("SELECT * WHERE { ?s ?p ?o } OFFSET 99999999999999999999999"), {400},
                                       "offset"),
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_requests_get_a_4xx_with_a_plain_message(server, name):
    data, statuses, phrase = MALFORMED[name]
    status, head, body = exchange(server, data)
    text = assert_clean(body)
    assert status in statuses, (status, text)
    assert phrase.lower() in text.lower()
    assert b"text/plain" in head
    assert b"root:" not in body and b"secret-cookie-value" not in body


def test_an_absolute_form_request_is_never_forwarded(server):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(1.0)
    port = listener.getsockname()[1]
    try:
        status, _, body = exchange(server, request("GET", f"http://127.0.0.1:{port}/sparql?query=ASK%7B%7D"))
        assert status == 200 and json.loads(body)["boolean"] is True  # answered here, from the path alone
        with pytest.raises(TimeoutError):
            listener.accept()
    finally:
        listener.close()


# ----------------------------------------------------------------------------- pathological queries

EVERYTHING = "?a ?b ?c . ?d ?e ?f . ?g ?h ?i"
PATHOLOGICAL = {
    "cartesian product counted": (f"SELECT (COUNT(*) AS ?n) WHERE {{ {EVERYTHING} }}", 503, "time limit"),
    "cartesian product listed": (f"SELECT * WHERE {{ {EVERYTHING} }}", 400, f"more than {MAX_ROWS} rows"),
    "cartesian product constructed": (f"CONSTRUCT {{ ?a ?b ?i }} WHERE {{ {EVERYTHING} }}", 400,
                                      f"more than {MAX_ROWS} triples"),
    "partOf both ways, closed": ("SELECT (COUNT(*) AS ?n) WHERE { ?x (cg:partOf|^cg:partOf|rdf:type|^rdf:type)* ?y ."
                                 " ?z (cg:partOf|^cg:partOf)* ?w }", 503, "time limit"),
    "any path both ways": ("SELECT (COUNT(*) AS ?n) WHERE { ?x (!rdf:nil|^!rdf:nil)* ?y . "
                           "?z (!rdf:nil|^!rdf:nil)* ?w }", 503, "time limit"),
    "huge OFFSET": (f"SELECT * WHERE {{ {EVERYTHING} }} OFFSET 1000000000000 LIMIT 1", 503, "time limit"),
    "regex over a product": ('SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f '
                             'FILTER(REGEX(CONCAT(STR(?c), STR(?f)), "(a+)+$")) }', 503, "time limit"),
}


def library_queries() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted((ROOT / "queries").glob("*.rq"))]


def test_pathological_queries_hit_the_limits_while_normal_clients_are_served(server):
    """Eight clients run the query library round-robin while one client sends every pathological
    query in turn: each pathological query ends in the time limit or the size cap, every normal
    request succeeds, and no answer leaks a trace or a path."""
    queries = library_queries()
    stop = threading.Event()
    normal: list[tuple[int | None, str]] = []
    hostile: dict[str, tuple[int | None, str]] = {}
    failures: list[str] = []

    def normal_client(index: int) -> None:
        turn = index
        while not stop.is_set():
            query = queries[turn % len(queries)]
            turn += 1
            data = get(query) if turn % 2 else post(query.encode("utf-8"))
            try:
                status, _, body = exchange(server, data)
                normal.append((status, assert_clean(body)))
            except Exception as err:  # a failed assertion or a dropped connection: report it below
                failures.append(repr(err))

    def hostile_client() -> None:
        for name, (query, _, _) in PATHOLOGICAL.items():
            status, _, body = exchange(server, get(query))
            hostile[name] = (status, body.decode("utf-8", errors="replace"))

    clients = [threading.Thread(target=normal_client, args=(i,), daemon=True) for i in range(8)]
    attacker = threading.Thread(target=hostile_client, daemon=True)
    started = time.monotonic()
    for thread in [*clients, attacker]:
        thread.start()
    attacker.join(len(PATHOLOGICAL) * (TIME_LIMIT + 60))
    while time.monotonic() - started < 8:
        time.sleep(0.1)
    stop.set()
    for thread in clients:
        thread.join(120)
    assert not attacker.is_alive() and not any(thread.is_alive() for thread in clients)

    for name, (_, status, phrase) in PATHOLOGICAL.items():
        got, text = hostile[name]
        assert_clean(text.encode("utf-8"))
        assert (got, phrase in text) == (status, True), (name, got, text)
    assert failures == []
    assert len(normal) >= 8 and all(status == 200 for status, _ in normal), \
        [text for status, text in normal if status != 200][:3]
    print(f"{len(normal)} normal requests, all 200, while {len(PATHOLOGICAL)} pathological queries were stopped")


def test_a_head_that_never_ends_is_dropped_and_others_are_served(server):
    """Slowloris: heads that never end (or never start) are closed at the head deadline, unanswered,
    and meanwhile other clients are answered."""
    host, port = server.server_address[:2]
    silent = socket.create_connection((host, port), timeout=60)
    slow = socket.create_connection((host, port), timeout=60)
    try:
        slow.sendall(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        status, _, body = exchange(server, get("ASK {}"))
        assert status == 200 and json.loads(body)["boolean"] is True
        assert slow.recv(100) == b"" and silent.recv(100) == b""  # closed by the server, nothing sent
    finally:
        silent.close()
        slow.close()


def test_a_connection_flood_is_refused_at_once_and_service_resumes(server):
    """Connections up to the cap are held open; the next one is told so immediately, and once they
    go away the endpoint answers again."""
    host, port = server.server_address[:2]
    idle = [socket.create_connection((host, port), timeout=10) for _ in range(MAX_CONNECTIONS)]
    try:
        time.sleep(0.5)  # let the server accept them all
        status, _, body = exchange(server, get("ASK {}"), timeout=10)
        assert status == 503 and b"too many connections" in body
    finally:
        for connection in idle:
            connection.close()
    deadline = time.monotonic() + 30
    while True:
        status, _, body = exchange(server, get("ASK {}"))
        if status == 200 or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert status == 200 and json.loads(body)["boolean"] is True

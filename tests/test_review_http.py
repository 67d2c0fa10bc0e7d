"""The review server refuses what another page or a hostile request could try: no token, another
origin, another Host, a path of its own choosing; it listens on 127.0.0.1 only."""

from __future__ import annotations

import http.client
import json
import re
import socket

import pytest
from review_articles.articles import ingest_all
from support import copy_project

from chaingraph.authoring.review.server import ReviewServer
from chaingraph.cli.main import main

pytestmark = pytest.mark.server
SOURCE = "neijiang-anode-groundbreaking-2025-04"


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("review-http"))
    ingest_all(project)
    server = ReviewServer(project, SOURCE)
    server.start()
    yield project, server
    server.stop()


def request(server, method, path, body=None, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", server.address[1], timeout=30)
    sent = {"Host": f"127.0.0.1:{server.address[1]}"} | (headers or {})
    connection.request(method, path, body=json.dumps(body).encode() if body is not None else None, headers=sent)
    response = connection.getresponse()
    return response.status, response.read(), dict(response.getheaders())


def token_of(server) -> str:
    _, page, _ = request(server, "GET", "/")
    return re.search(rb'name="review-token" content="([^"]+)"', page).group(1).decode()


def accept_all(project_server):
    _, server = project_server
    _, data, _ = request(server, "GET", "/api/session")
    return {"decisions": {c["key"]: {"decision": "accept"} for c in json.loads(data)["candidates"]}}


def files(project) -> set[str]:
    return {p.name for p in project.root.rglob("*") if p.is_file()}


def test_the_server_listens_on_loopback_only(served, capsys):
    _, server = served
    assert server.address[0] == "127.0.0.1"
    assert server.socket.getsockname()[0] == "127.0.0.1"
    outside = socket.gethostbyname(socket.gethostname())
    if outside != "127.0.0.1":
        with pytest.raises(OSError):
            socket.create_connection((outside, server.address[1]), timeout=2)
    with pytest.raises(SystemExit):
        main(["review", "--help"])
    shown = capsys.readouterr().out
    assert "127.0.0.1" in shown and "--host" not in shown  # no option to listen elsewhere


def test_a_post_without_the_token_is_refused_and_writes_nothing(served):
    project, server = served
    before = files(project)
    body = accept_all(served)
    status, answer, _ = request(server, "POST", "/api/save", body, {"Content-Type": "application/json"})
    assert status == 403 and b"token" in answer
    status, _, _ = request(server, "POST", "/api/save", body,
                           {"Content-Type": "application/json", "X-Review-Token": "guessed"})
    assert status == 403
    assert files(project) == before


def test_a_cross_origin_post_is_refused_even_with_the_token(served):
    project, server = served
    before = files(project)
    status, answer, _ = request(server, "POST", "/api/save", accept_all(served), {
        "Content-Type": "application/json", "X-Review-Token": token_of(server), "Origin": "http://evil.example"})
    assert status == 403 and b"cross-origin" in answer
    assert files(project) == before


def test_a_foreign_host_header_is_refused(served):
    _, server = served
    status, _, _ = request(server, "GET", "/api/session", headers={"Host": "rebound.example:80"})
    assert status == 421


def test_a_post_naming_a_path_outside_data_facts_is_refused(served):
    project, server = served
    before = files(project)
    headers = {"Content-Type": "application/json", "X-Review-Token": token_of(server)}
    for body in (accept_all(served) | {"path": "../../ontology/chaingraph.ttl"},
                 {"decisions": {"../../etc/passwd": {"decision": "accept"}}},
                 {"decisions": {"c0": {"decision": "accept", "id": "../../x"}}}):
        status, answer, _ = request(server, "POST", "/api/save", body, headers)
        assert status == 400 and b"refused" in answer, body
    status, _, _ = request(server, "GET", "/static/..%2F..%2Fcore%2Fproject.py")
    assert status == 404
    assert files(project) == before


def test_a_save_with_the_token_writes_data_facts_only(served):
    project, server = served
    headers = {"Content-Type": "application/json", "X-Review-Token": token_of(server)}
    before = files(project)
    status, answer, response_headers = request(server, "POST", "/api/save", accept_all(served), headers)
    assert files(project) - before == {f"{SOURCE}.yaml"}
    answer = json.loads(answer)
    assert "script-src 'self'" in response_headers["content-security-policy"]
    assert status == 200  # this article's draft, accepted whole, builds
    assert answer["saved"].endswith(f"data/facts/{SOURCE}.yaml")
    assert (project.facts / f"{SOURCE}.yaml").read_text(encoding="utf-8") == answer["yaml"]
    assert answer["builds"] and not answer["problems"] and not answer["general"]


def test_adding_an_entity_needs_the_token_and_words_of_the_sentence_named(served):
    _, server = served
    before = len(server.review.session.candidates)
    headers = {"Content-Type": "application/json"}
    asked = {"text": "禚海涛", "sentence": "s004", "cls": "Person"}
    status, _, _ = request(server, "POST", "/api/add", asked, headers)
    assert status == 403
    headers["X-Review-Token"] = token_of(server)
    for wrong in ({**asked, "sentence": "s002"}, {**asked, "cls": "NoSuchClass"}, {**asked, "path": "x"},
                  {**asked, "text": "<script>"}):
        status, body, _ = request(server, "POST", "/api/add", wrong, headers)
        assert status == 400, body
    assert len(server.review.session.candidates) == before

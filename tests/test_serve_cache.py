"""`chaingraph serve`'s answer cache: the same question is answered as before, never from an older
dataset, never with a refusal or a failure kept, never for a query whose answer is meant to change."""

from __future__ import annotations

import json
import os
import shutil
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from servers import wait_until

from chaingraph.core.outputnames import DATASET_FILE
from chaingraph.core.project import Project
from chaingraph.web.answercache import AnswerCache
from chaingraph.web.answers import Job, Reply
from chaingraph.web.server import Limits, make_server, start_in_thread

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
# Every edge to every node, three times over: far more work than any time limit allows.
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a (!<urn:x:y>)* ?b . ?c (!<urn:x:y>)* ?d . ?e (!<urn:x:y>)* ?f }"


@pytest.fixture
def one_worker(tmp_path, built_outputs):
    """A server with one worker and a short time limit over a copy of the build we may rewrite."""
    outputs = tmp_path / "outputs"
    outputs.mkdir()
    shutil.copy(built_outputs / DATASET_FILE, outputs / DATASET_FILE)
    running = make_server(Project(root=tmp_path, outputs=outputs), port=0, quiet=True,
                          limits=Limits(time_limit=2, workers=1, queue_wait=30))
    start_in_thread(running)
    try:
        yield running
    finally:
        running.close()


def ask(server, query: str) -> tuple[int, bytes]:
    url = server.url + "/sparql?" + urllib.parse.urlencode({"query": query})
    req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(req, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def count(server) -> int:
    status, body = ask(server, COUNT)
    assert status == 200, body
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def wait_for_a_fresh_worker(server) -> None:
    wait_until(lambda: server.app.workers._idle.qsize() == server.app.limits.workers, 60, "replacement worker")


def test_a_rebuilt_dataset_is_never_answered_from_the_old_one(one_worker):
    before = count(one_worker)
    assert count(one_worker) == before  # asked again: the same answer
    dataset = one_worker.app.project.output_dir / DATASET_FILE
    rebuilt = dataset.with_suffix(".new")
    rebuilt.write_bytes(dataset.read_bytes() + b'<urn:x:a> <urn:x:b> "added by a rebuild" <urn:x:g> .\n')
    os.replace(rebuilt, dataset)  # as a build replaces its outputs
    assert count(one_worker) == before  # the worker serves the dataset it loaded
    status, _ = ask(one_worker, ENDLESS)
    assert status == 503  # the runaway costs the worker; its replacement loads the rebuilt file
    wait_for_a_fresh_worker(one_worker)
    assert count(one_worker) == before + 1


def test_a_failure_is_not_kept(one_worker):
    query = COUNT + " # asked first while its worker is dead"
    worker = one_worker.app.workers._workers[0]
    worker.process.kill()
    worker.process.wait(10)
    status, body = ask(one_worker, query)
    assert status == 500 and b"stopped its worker" in body
    wait_for_a_fresh_worker(one_worker)
    status, body = ask(one_worker, query)
    assert status == 200 and int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) > 0


def test_an_answer_given_before_needs_no_worker(one_worker):
    before = count(one_worker)
    runaway = threading.Thread(target=ask, args=(one_worker, ENDLESS))
    runaway.start()
    time.sleep(0.5)
    try:
        assert runaway.is_alive()
        assert count(one_worker) == before  # answered while the only worker is busy
    finally:
        runaway.join(60)


@pytest.mark.parametrize("query", [
    "SELECT (RAND() AS ?x) {}",
    "select (struuid() as ?x) {}",
    "SELECT (STR(UUID()) AS ?x) {}",
    "SELECT (NOW() AS ?x) {}",
])
def test_a_query_meant_to_change_is_run_every_time(one_worker, query):
    answers = set()
    for _ in range(3):
        status, body = ask(one_worker, query)
        assert status == 200, body
        answers.add(json.loads(body)["results"]["bindings"][0]["x"]["value"])
        time.sleep(0.01)  # NOW() changes between two requests; it has sub-microsecond digits
    assert len(answers) == 3


def test_the_cache_stays_within_its_bound():
    cache = AnswerCache(max_bytes=64 * 1024)
    version = (1, 2, 3, 4)
    jobs = [Job(f"SELECT * WHERE {{ ?s ?p {i} }}", "text/csv") for i in range(40)]
    for job in jobs:
        cache.put(job, version, Reply(200, "text/csv", b"x" * 2000))
    kept = [job for job in jobs if cache.get(job, version) is not None]
    assert 0 < len(kept) < len(jobs) and kept == jobs[-len(kept):]  # the oldest went first
    assert sum(2000 + len(job.query) for job in kept) <= 64 * 1024
    large = Job("SELECT * WHERE { ?s ?p ?o }", "text/csv")
    cache.put(large, version, Reply(200, "text/csv", b"x" * 8000))  # more than a sixteenth of the bound
    assert cache.get(large, version) is None
    assert cache.get(jobs[-1], (1, 2, 3, 5)) is None  # another dataset version: nothing


def test_the_same_form_posted_again_gets_the_same_answer(one_worker):
    """A form's fields join the URL's parameters: the URL's, remembered, must come out unchanged."""
    url = one_worker.url + "/sparql?" + urllib.parse.urlencode({"default-graph-uri": "http://example.org/none"})
    for _ in range(3):
        req = urllib.request.Request(url, data=b"query=ASK%20%7B%7D", method="POST",
                                     headers={"Content-Type": "application/x-www-form-urlencoded",
                                              "Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(req, timeout=60) as response:
            assert response.status == 200 and json.loads(response.read())["boolean"] is True

"""Where a request to `chaingraph serve` spends its time, part by part, beside the Oxigraph server.

    .venv/bin/python benchmarks/endpoint_parts.py                 # 300 repetitions, 3 rounds

In this process, on the dataset of outputs/: library question 02 run on a pyoxigraph store, the
same with its answer written (what a worker does), pickling the job and the answer (what crosses
the pipe), and the query sent to a worker process and back (chaingraph.web.workers). Over HTTP,
the servers taking turns request by request (so load from elsewhere falls on both alike),
chaingraph with its answer cache off: a static file (HTTP alone), `ASK {}` (HTTP and the hop to a
worker, next to no query), question 02; question 02 from a second chaingraph server's answer
cache; and Oxigraph's `ASK {}` and question 02. Prints the median in ms of each part, per round.
"""

from __future__ import annotations

import argparse
import asyncio
import pickle
import statistics
import sys
import tempfile
import time
from pathlib import Path

from endpoint import ROOT, interleaved_rounds, start_chaingraph, start_oxigraph, target_of

from chaingraph.core.namespaces import prefixes, sparql_prologue
from chaingraph.core.outputnames import DATASET_FILE
from chaingraph.core.project import Project
from chaingraph.dataset.store import open_store
from chaingraph.web.answers import Job, run_job
from chaingraph.web.limits import Limits
from chaingraph.web.workers import QueryWorkers


def median_ms(seconds: list[float]) -> str:
    return f"{statistics.median(seconds) * 1000:.2f}"


def repeat(call, times: int) -> list[float]:
    call()
    spent = []
    for _ in range(times):
        started = time.perf_counter()
        call()
        spent.append(time.perf_counter() - started)
    return spent


def in_process(outputs: Path, query: str, times: int) -> list[tuple[str, list[float]]]:
    project = Project(root=ROOT, outputs=outputs)
    store, limits, known = open_store(project), Limits(), prefixes(project.base)
    job = Job(query, "application/sparql-results+json")
    answer = run_job(store, job, limits, known, project.base)
    workers = QueryWorkers(project, limits)

    async def through_a_worker() -> list[float]:
        await workers.run_async(job)
        spent = []
        for _ in range(times):
            started = time.perf_counter()
            await workers.run_async(job)
            spent.append(time.perf_counter() - started)
        return spent

    try:
        return [("the query, rows listed", repeat(lambda: list(store.query(query)), times)),
                ("the query and its JSON answer (a worker's part)",
                 repeat(lambda: run_job(store, job, limits, known, project.base), times)),
                (f"pickling the job and its {len(answer.body):,}-byte answer, and back",
                 repeat(lambda: pickle.loads(pickle.dumps(job)) and pickle.loads(pickle.dumps(answer)), times)),
                ("the query and its answer through a worker process and back", asyncio.run(through_a_worker()))]
    finally:
        workers.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--outputs", type=Path, default=ROOT / "outputs", help="folder with the built dataset")
    parser.add_argument("--requests", type=int, default=300, help="repetitions of each part per round")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    query = sparql_prologue() + (ROOT / "queries" / "02-capacities.rq").read_text(encoding="utf-8")
    print("| part | median ms |\n| --- | ---: |")
    for name, spent in in_process(args.outputs, query, args.requests):
        print(f"| {name} | {median_ms(spent)} |")
    with tempfile.TemporaryDirectory(prefix="endpoint-parts-") as folder:
        ours, our_url = start_chaingraph(args.outputs, 2, "--answer-cache", "0")
        cached, cached_url = start_chaingraph(args.outputs, 2)
        theirs, their_url = start_oxigraph(args.outputs / DATASET_FILE, Path(folder))
        try:
            port = target_of(our_url, query)[0]
            targets = {"chaingraph: a static file (/query.css)": (port, "/query.css"),
                       "chaingraph: ASK {}": target_of(our_url, "ASK {}"),
                       "chaingraph: question 02, answer cache off": target_of(our_url, query),
                       "chaingraph: question 02 from the answer cache": target_of(cached_url, query),
                       "oxigraph: ASK {}": target_of(their_url, "ASK {}"),
                       "oxigraph: question 02": target_of(their_url, query)}
            rounds = interleaved_rounds(targets, args.requests, args.rounds)
        finally:
            for process in (ours, cached, theirs):
                process.terminate()
                process.wait(30)
    print(f"\n| over HTTP, taking turns | {' | '.join(f'round {n} ms' for n in range(1, args.rounds + 1))} |")
    print(f"| --- |{' ---: |' * args.rounds}")
    for name in targets:
        print(f"| {name} | {' | '.join(median_ms(times[name]) for times in rounds)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

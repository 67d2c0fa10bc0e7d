"""`chaingraph serve` side by side with the Oxigraph server on the same data: latency, throughput, idle load.

    .venv/bin/python benchmarks/endpoint.py                      # the project's outputs/
    .venv/bin/python benchmarks/endpoint.py --requests 200 --rounds 5 --clients 50 --seconds 10 --idle 1000
    .venv/bin/python benchmarks/endpoint.py --uncached --latency-only   # also with the answer cache off

Starts both servers on free loopback ports over outputs/chaingraph.nq (Oxigraph with its union
default graph, so a query without GRAPH sees what chaingraph's merged default graph holds), checks
that library question 02 (queries/02-capacities.rq) gives both the same number of rows, then
measures:

- latency: `--rounds` rounds of `--requests` GETs of question 02 per server, each on one reused
  (keep-alive) connection, the servers taking turns request by request (so load from elsewhere on
  a busy machine falls on all of them alike): median and p99 per round, each as a ratio to the
  Oxigraph server's in the same round, and the median of those over the rounds;
- throughput: `--clients` threads, each with its own keep-alive connection, sending question 02
  for `--seconds`; answers per second and errors;
- idle: `--idle` connections opened and left silent, then `--canaries` GETs of question 02, each on
  a fresh connection with 10 s allowed: median and p99 of those answered, how many failed, and how
  many idle connections the server had closed by the end.

Prints the tables. With `--uncached`, a second chaingraph server with its answer cache off
(`--answer-cache 0`) runs beside them, so every one of its requests runs the query in a worker.
The client runs in this process, so on a small machine the throughput figures
measure the client too: compare the two servers' rows, not absolute numbers.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

from chaingraph.core.namespaces import sparql_prologue
from chaingraph.core.outputnames import DATASET_FILE

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def wait_listening(port: int, process: subprocess.Popen, what: str, deadline_s: float = 120) -> None:
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{what} exited with code {process.returncode}")
        try:
            with socket.create_connection((HOST, port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"{what} did not listen within {deadline_s:g} s")


def start_chaingraph(outputs: Path, workers: int, *options: str, source: Path | None = None
                     ) -> tuple[subprocess.Popen, str]:
    """`chaingraph serve` on a free port; from the `source` folder's code when given (another version's src/)."""
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(source)} if source else None
    process = subprocess.Popen([sys.executable, "-m", "chaingraph", "--root", str(ROOT), "serve", "--outputs",
                                str(outputs), "--port", str(port), "--quiet", "--workers", str(workers), *options],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    wait_listening(port, process, "chaingraph serve")
    return process, f"http://{HOST}:{port}/sparql"


def start_oxigraph(dataset: Path, folder: Path) -> tuple[subprocess.Popen, str]:
    binary = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    subprocess.run([binary, "load", "--location", str(folder / "db"), "--file", str(dataset)], check=True,
                   capture_output=True)
    port = free_port()
    process = subprocess.Popen([binary, "serve-read-only", "--location", str(folder / "db"), "--bind",
                                f"{HOST}:{port}", "--union-default-graph"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_listening(port, process, "oxigraph serve-read-only")
    return process, f"http://{HOST}:{port}/query"


def target_of(url: str, query: str) -> tuple[int, str]:
    parts = urllib.parse.urlsplit(url)
    return parts.port, f"{parts.path}?{urllib.parse.urlencode({'query': query})}"


HEADERS = {"Accept": "application/sparql-results+json"}


def ask(connection: http.client.HTTPConnection, path: str) -> bytes:
    connection.request("GET", path, headers=HEADERS)
    response = connection.getresponse()
    body = response.read()
    if response.status != 200:
        raise RuntimeError(f"{response.status}: {body[:200]!r}")
    return body


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def interleaved_rounds(targets: dict[str, tuple[int, str]], requests: int, rounds: int) -> list[dict[str, list[float]]]:
    """Seconds per request, round by round: in each round every server gets `requests` GETs on one
    reused connection, the servers taking turns request by request (in an order that rotates from
    round to round), so that load from elsewhere on the machine falls on all of them alike."""
    names = list(targets)
    connections = {name: http.client.HTTPConnection(HOST, port, timeout=60) for name, (port, _) in targets.items()}
    for name, (_, path) in targets.items():
        for _ in range(3):
            ask(connections[name], path)  # warm-up: the connection, the worker, the engine's caches
    results = []
    for number in range(rounds):
        order = names[number % len(names):] + names[:number % len(names)]
        times: dict[str, list[float]] = {name: [] for name in names}
        for _ in range(requests):
            for name in order:
                started = time.perf_counter()
                ask(connections[name], targets[name][1])
                times[name].append(time.perf_counter() - started)
        results.append(times)
    for connection in connections.values():
        connection.close()
    return results


def throughput(port: int, path: str, clients: int, seconds: float) -> tuple[float, int]:
    """(answers per second, errors) of `clients` keep-alive clients for `seconds`."""
    stop = threading.Event()
    counts, errors = [0] * clients, [0] * clients

    def client(index: int) -> None:
        connection = http.client.HTTPConnection(HOST, port, timeout=60)
        while not stop.is_set():
            try:
                ask(connection, path)
                counts[index] += 1
            except Exception:
                errors[index] += 1
                connection.close()
                connection = http.client.HTTPConnection(HOST, port, timeout=60)
        connection.close()

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    time.sleep(seconds)
    stop.set()
    for thread in threads:
        thread.join(120)
    return sum(counts) / (time.perf_counter() - started), sum(errors)


def canary_under_idle(port: int, path: str, idle: int, canaries: int) -> tuple[list[float], int, int, int]:
    """Canary latencies (a fresh connection each, 10 s allowed) while `idle` silent connections are
    open: (latencies of the answered canaries, canaries that failed, idle connections opened, idle
    connections the server had closed by the end). After three failures in a row it stops asking."""
    sockets = []
    for _ in range(idle):
        try:
            sockets.append(socket.create_connection((HOST, port), timeout=5))
        except OSError:
            break
    time.sleep(0.5)
    times, failed, in_a_row = [], 0, 0
    try:
        for _ in range(canaries):
            started = time.perf_counter()
            connection = http.client.HTTPConnection(HOST, port, timeout=10)
            try:
                ask(connection, path)
                times.append(time.perf_counter() - started)
                in_a_row = 0
            except (OSError, RuntimeError, http.client.HTTPException):
                failed += 1
                in_a_row += 1
            finally:
                connection.close()
            if in_a_row == 3:
                failed += canaries - len(times) - failed
                break
        closed = 0
        for sock in sockets:
            sock.setblocking(False)
            try:
                if sock.recv(1) == b"":
                    closed += 1
            except BlockingIOError:
                pass
            except OSError:
                closed += 1
    finally:
        for sock in sockets:
            sock.close()
    return times, failed, len(sockets), closed


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f}"


OXIGRAPH = "oxigraph serve"


def latency_tables(counts: dict[str, int], rounds: list[dict[str, list[float]]], requests: int) -> list[str]:
    """One row per round and server (median, p99, and both as a ratio to Oxigraph's in the same round),
    then one row per server: the median over the rounds of each figure."""
    lines = ["| round | server | rows of q02 | median ms | p99 ms | median / Oxigraph's | p99 / Oxigraph's |",
             "| ---: | --- | ---: | ---: | ---: | ---: | ---: |"]
    figures: dict[str, list[tuple[float, float, float, float]]] = {name: [] for name in counts}
    for number, times in enumerate(rounds, 1):
        theirs = statistics.median(times[OXIGRAPH]), percentile(times[OXIGRAPH], 0.99)
        for name in counts:
            median, p99 = statistics.median(times[name]), percentile(times[name], 0.99)
            figures[name].append((median, p99, median / theirs[0], p99 / theirs[1]))
            lines.append(f"| {number} | {name} | {counts[name]} | {ms(median)} | {ms(p99)} | "
                         f"{median / theirs[0]:.2f} | {p99 / theirs[1]:.2f} |")
    lines += ["", f"Median over {len(rounds)} rounds of {requests} requests per server, taking turns:", "",
              "| server | median ms | p99 ms | median / Oxigraph's | p99 / Oxigraph's | median ratio, range |",
              "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for name, rows in figures.items():
        medians, p99s, ratios, p99_ratios = zip(*rows, strict=True)
        lines.append(f"| {name} | {ms(statistics.median(medians))} | {ms(statistics.median(p99s))} | "
                     f"{statistics.median(ratios):.2f} | {statistics.median(p99_ratios):.2f} | "
                     f"{min(ratios):.2f} to {max(ratios):.2f} |")
    return lines


def load_row(name: str, measured: tuple) -> str:
    rate, errors, canary, failed, opened, closed = measured
    canary_median = ms(statistics.median(canary)) if canary else "-"
    canary_p99 = ms(percentile(canary, 0.99)) if canary else "-"
    return f"| {name} | {rate:.0f} | {errors} | {canary_median} | {canary_p99} | {failed} | {opened} / {closed} |"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--outputs", type=Path, default=ROOT / "outputs", help="folder with the built dataset")
    parser.add_argument("--requests", type=int, default=200, help="requests per server and round on one connection")
    parser.add_argument("--rounds", type=int, default=5, help="rounds of the latency comparison")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--idle", type=int, default=1000)
    parser.add_argument("--canaries", type=int, default=50, help="canary requests while the idle ones are open")
    parser.add_argument("--workers", type=int, default=2, help="chaingraph serve --workers")
    parser.add_argument("--uncached", action="store_true",
                        help="also measure chaingraph serve --answer-cache 0 (every request runs its query)")
    parser.add_argument("--compare-source", type=Path, metavar="SRC",
                        help="also measure chaingraph serve run from another version's src/ folder "
                             "(e.g. `git archive COMMIT src | tar -x -C /tmp/old`, then /tmp/old/src)")
    parser.add_argument("--latency-only", action="store_true", help="skip the throughput and idle measures")
    args = parser.parse_args()

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = 2 * args.idle + args.clients + 256
    if soft < wanted:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(wanted, hard), hard))
    print(f"ulimit -n: {resource.getrlimit(resource.RLIMIT_NOFILE)[0]} (this client); question 02; "
          f"{args.rounds} rounds of {args.requests} requests per server on one connection each; "
          f"{args.clients} clients for {args.seconds:g} s; {args.canaries} canaries beside {args.idle} idle "
          f"connections; load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}", flush=True)
    query = sparql_prologue() + (ROOT / "queries" / "02-capacities.rq").read_text(encoding="utf-8")
    counts, measured = {}, {}
    with tempfile.TemporaryDirectory(prefix="endpoint-bench-") as folder:
        servers = {}
        try:
            servers["chaingraph serve"] = start_chaingraph(args.outputs, args.workers)
            if args.uncached:
                servers["chaingraph serve --answer-cache 0"] = start_chaingraph(args.outputs, args.workers,
                                                                                "--answer-cache", "0")
            if args.compare_source:
                servers[f"chaingraph serve from {args.compare_source}"] = start_chaingraph(
                    args.outputs, args.workers, source=args.compare_source.resolve())
            servers[OXIGRAPH] = start_oxigraph(args.outputs / DATASET_FILE, Path(folder))
            targets = {name: target_of(url, query) for name, (_, url) in servers.items()}
            for name, (port, path) in targets.items():
                connection = http.client.HTTPConnection(HOST, port, timeout=60)
                counts[name] = len(json.loads(ask(connection, path))["results"]["bindings"])
                connection.close()
            rounds = interleaved_rounds(targets, args.requests, args.rounds)
            print("\n".join(latency_tables(counts, rounds, args.requests)), flush=True)
            for name, (port, path) in targets.items() if not args.latency_only else ():
                rate, errors = throughput(port, path, args.clients, args.seconds)
                measured[name] = (rate, errors, *canary_under_idle(port, path, args.idle, args.canaries))
        finally:
            for process, _ in servers.values():
                process.terminate()
                process.wait(30)
    if measured:
        print(f"\n| server | answers/s, {args.clients} clients | errors | canary median ms, {args.idle} idle | "
              "canary p99 ms | canaries failed | idle opened / closed by server |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        print("\n".join(load_row(name, figures) for name, figures in measured.items()))
    return 0 if len(set(counts.values())) == 1 else 1


if __name__ == "__main__":
    sys.exit(main())

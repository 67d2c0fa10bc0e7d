"""`chaingraph serve` side by side with the Oxigraph server on the same data: latency, throughput, idle load.

    .venv/bin/python benchmarks/endpoint.py                      # the project's outputs/
    .venv/bin/python benchmarks/endpoint.py --requests 200 --clients 50 --seconds 10 --idle 1000

Starts both servers on free loopback ports over outputs/chaingraph.nq (Oxigraph with its union
default graph, so a query without GRAPH sees what chaingraph's merged default graph holds), checks
that library question 02 (queries/02-capacities.rq) gives both the same number of rows, then
measures each server in turn:

- latency: `--requests` GETs of question 02 on one reused (keep-alive) connection, median and p99;
- throughput: `--clients` threads, each with its own keep-alive connection, sending question 02
  for `--seconds`; answers per second and errors;
- idle: `--idle` connections opened and left silent, then `--requests` canary GETs of question 02,
  each on a fresh connection: median and p99 while the idle ones stay open (and the count of idle
  connections the server had closed by the end).

Prints one table. The client runs in this process, so on a small machine the throughput figures
measure the client too: compare the two servers' rows, not absolute numbers.
"""

from __future__ import annotations

import argparse
import http.client
import json
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


def start_chaingraph(outputs: Path, workers: int) -> tuple[subprocess.Popen, str]:
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "chaingraph", "--root", str(ROOT), "serve", "--outputs",
                                str(outputs), "--port", str(port), "--quiet", "--workers", str(workers)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
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


def latency(port: int, path: str, requests: int) -> list[float]:
    """Seconds per request of `requests` GETs on one reused connection (after one warm-up)."""
    connection = http.client.HTTPConnection(HOST, port, timeout=60)
    ask(connection, path)
    times = []
    for _ in range(requests):
        started = time.perf_counter()
        ask(connection, path)
        times.append(time.perf_counter() - started)
    connection.close()
    return times


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


def canary_under_idle(port: int, path: str, idle: int, requests: int) -> tuple[list[float], int, int]:
    """Canary latencies (fresh connection each) while `idle` silent connections are open; also how
    many idle connections could be opened and how many the server had closed by the end."""
    sockets = []
    for _ in range(idle):
        try:
            sockets.append(socket.create_connection((HOST, port), timeout=10))
        except OSError:
            break
    time.sleep(0.5)
    times = []
    try:
        for _ in range(requests):
            started = time.perf_counter()
            connection = http.client.HTTPConnection(HOST, port, timeout=60)
            ask(connection, path)
            connection.close()
            times.append(time.perf_counter() - started)
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
    return times, len(sockets), closed


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--outputs", type=Path, default=ROOT / "outputs", help="folder with the built dataset")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--idle", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2, help="chaingraph serve --workers")
    args = parser.parse_args()

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = 2 * args.idle + args.clients + 256
    if soft < wanted:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(wanted, hard), hard))
    print(f"ulimit -n: {resource.getrlimit(resource.RLIMIT_NOFILE)[0]} (this client); "
          f"question 02, {args.requests} requests, {args.clients} clients for {args.seconds:g} s, "
          f"{args.idle} idle connections", flush=True)
    query = sparql_prologue() + (ROOT / "queries" / "02-capacities.rq").read_text(encoding="utf-8")
    rows = {}
    results = {}
    with tempfile.TemporaryDirectory(prefix="endpoint-bench-") as folder:
        servers = {"chaingraph serve": start_chaingraph(args.outputs, args.workers)}
        try:
            servers["oxigraph serve"] = start_oxigraph(args.outputs / DATASET_FILE, Path(folder))
            for name, (_, url) in servers.items():
                port, path = target_of(url, query)
                connection = http.client.HTTPConnection(HOST, port, timeout=60)
                rows[name] = len(json.loads(ask(connection, path))["results"]["bindings"])
                connection.close()
                print(f"{name}: measuring", flush=True)
                times = latency(port, path, args.requests)
                rate, errors = throughput(port, path, args.clients, args.seconds)
                canary, opened, closed = canary_under_idle(port, path, args.idle, args.requests)
                results[name] = (times, rate, errors, canary, opened, closed)
        finally:
            for process, _ in servers.values():
                process.terminate()
                process.wait(30)

    print()
    print("| server | rows of q02 | median ms (reused connection) | p99 ms | answers/s, "
          f"{args.clients} clients | errors | canary median ms, {args.idle} idle | canary p99 ms | "
          "idle opened / closed by server |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, (times, rate, errors, canary, opened, closed) in results.items():
        print(f"| {name} | {rows[name]} | {ms(statistics.median(times))} | {ms(percentile(times, 0.99))} | "
              f"{rate:.0f} | {errors} | {ms(statistics.median(canary))} | {ms(percentile(canary, 0.99))} | "
              f"{opened} / {closed} |")
    ours, theirs = (statistics.median(results[n][0]) for n in ("chaingraph serve", "oxigraph serve"))
    print(f"\nmedian latency, chaingraph / oxigraph: {ours / theirs:.2f}x")
    return 0 if len(set(rows.values())) == 1 else 1


if __name__ == "__main__":
    sys.exit(main())

"""`chaingraph serve` side by side with the Oxigraph server on the same data: latency, throughput, idle load.

    .venv/bin/python benchmarks/endpoint.py                      # the project's outputs/
    .venv/bin/python benchmarks/endpoint.py --requests 200 --clients 50 --seconds 10 --idle 1000

Starts both servers on free loopback ports over outputs/chaingraph.nq (Oxigraph with its union
default graph, so a query without GRAPH sees what chaingraph's merged default graph holds), checks
that library question 02 (queries/02-capacities.rq) gives both the same number of rows, then
measures:

- latency: `--requests` GETs of question 02 on one reused (keep-alive) connection per server, first
  each server alone (back to back), then the two taking turns request by request (so both see the
  same load on a busy machine): median, p99, and the fastest of all;
- throughput: `--clients` threads, each with its own keep-alive connection, sending question 02
  for `--seconds`; answers per second and errors;
- idle: `--idle` connections opened and left silent, then `--canaries` GETs of question 02, each on
  a fresh connection with 10 s allowed: median and p99 of those answered, how many failed, and how
  many idle connections the server had closed by the end.

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


def latency_alone(port: int, path: str, requests: int) -> list[float]:
    """Seconds per request of `requests` GETs back to back on one reused connection (after a warm-up)."""
    connection = http.client.HTTPConnection(HOST, port, timeout=60)
    ask(connection, path)
    times = []
    for _ in range(requests):
        started = time.perf_counter()
        ask(connection, path)
        times.append(time.perf_counter() - started)
    connection.close()
    return times


def interleaved_latency(targets: dict[str, tuple[int, str]], requests: int) -> dict[str, list[float]]:
    """Seconds per request of `requests` GETs per server, each on one reused connection, the servers
    taking turns request by request so that both see the same load on the machine."""
    connections = {name: http.client.HTTPConnection(HOST, port, timeout=60) for name, (port, _) in targets.items()}
    times: dict[str, list[float]] = {name: [] for name in targets}
    for name, (_, path) in targets.items():
        ask(connections[name], path)  # warm-up
    for _ in range(requests):
        for name, (_, path) in targets.items():
            started = time.perf_counter()
            ask(connections[name], path)
            times[name].append(time.perf_counter() - started)
    for connection in connections.values():
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


def row(name: str, rows: int, alone: list[float], turns: list[float], measured: tuple) -> str:
    rate, errors, canary, failed, opened, closed = measured
    canary_median = ms(statistics.median(canary)) if canary else "-"
    canary_p99 = ms(percentile(canary, 0.99)) if canary else "-"
    return (f"| {name} | {rows} | {ms(statistics.median(alone))} | {ms(percentile(alone, 0.99))} | "
            f"{ms(statistics.median(turns))} | {ms(percentile(turns, 0.99))} | {ms(min(alone + turns))} | "
            f"{rate:.0f} | {errors} | {canary_median} | {canary_p99} | {failed} | {opened} / {closed} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--outputs", type=Path, default=ROOT / "outputs", help="folder with the built dataset")
    parser.add_argument("--requests", type=int, default=200, help="requests on one reused connection")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--idle", type=int, default=1000)
    parser.add_argument("--canaries", type=int, default=50, help="canary requests while the idle ones are open")
    parser.add_argument("--workers", type=int, default=2, help="chaingraph serve --workers")
    args = parser.parse_args()

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = 2 * args.idle + args.clients + 256
    if soft < wanted:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(wanted, hard), hard))
    print(f"ulimit -n: {resource.getrlimit(resource.RLIMIT_NOFILE)[0]} (this client); question 02; "
          f"{args.requests} requests on one connection; {args.clients} clients for {args.seconds:g} s; "
          f"{args.canaries} canaries beside {args.idle} idle connections", flush=True)
    query = sparql_prologue() + (ROOT / "queries" / "02-capacities.rq").read_text(encoding="utf-8")
    table = ["| server | rows of q02 | median ms, alone | p99 ms, alone | median ms, taking turns | "
             f"p99 ms, taking turns | fastest ms | answers/s, {args.clients} clients | errors | "
             f"canary median ms, {args.idle} idle | canary p99 ms | canaries failed | idle opened / closed by server |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    counts, measured = {}, {}
    with tempfile.TemporaryDirectory(prefix="endpoint-bench-") as folder:
        servers = {}
        try:
            servers["chaingraph serve"] = start_chaingraph(args.outputs, args.workers)
            servers["oxigraph serve"] = start_oxigraph(args.outputs / DATASET_FILE, Path(folder))
            targets = {name: target_of(url, query) for name, (_, url) in servers.items()}
            for name, (port, path) in targets.items():
                connection = http.client.HTTPConnection(HOST, port, timeout=60)
                counts[name] = len(json.loads(ask(connection, path))["results"]["bindings"])
                connection.close()
            alone = {name: latency_alone(port, path, args.requests) for name, (port, path) in targets.items()}
            times = interleaved_latency(targets, args.requests)
            for name, (port, path) in targets.items():
                rate, errors = throughput(port, path, args.clients, args.seconds)
                measured[name] = (rate, errors, *canary_under_idle(port, path, args.idle, args.canaries))
                print(row(name, counts[name], alone[name], times[name], measured[name]), flush=True)
        finally:
            for process, _ in servers.values():
                process.terminate()
                process.wait(30)
    table += [row(name, counts[name], alone[name], times[name], measured[name]) for name in measured]
    print("\n" + "\n".join(table))
    for label, figures in (("alone", alone), ("taking turns", times)):
        ours, theirs = (statistics.median(figures[name]) for name in ("chaingraph serve", "oxigraph serve"))
        print(f"median latency on a reused connection, {label}, chaingraph / oxigraph: {ours / theirs:.2f}x")
    return 0 if len(set(counts.values())) == 1 else 1


if __name__ == "__main__":
    sys.exit(main())

"""Load test for `chaingraph serve`: many concurrent clients running the query library.

    .venv/bin/python benchmarks/load.py                       # 50 clients for 60 s
    .venv/bin/python benchmarks/load.py --clients 8 --seconds 10

Starts `chaingraph serve` on a free loopback port over a built dataset (the project's outputs/, or
a fresh build in a temporary folder with --fresh), then runs the client threads: each sends the
library's queries (queries/*.rq) round-robin, alternating GET and POST, and times every request.
The server's memory is the resident set (VmRSS from /proc) of the server process and of its query
workers, sampled every second. Prints requests, errors, latency percentiles and RSS at the start,
at the peak and at the end; exits 1 when any request failed or RSS grew by more than
--max-growth-mb (default 200 MB: the bound the threat model states).
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from chaingraph.core.outputnames import DATASET_FILE

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def process_tree(pid: int) -> list[int]:
    """`pid` and its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry.name))
    tree, todo = [], [pid]
    while todo:
        current = todo.pop()
        tree.append(current)
        todo.extend(children.get(current, []))
    return tree


def rss_mb(pid: int) -> float:
    total = 0
    for member in process_tree(pid):
        try:
            for line in Path(f"/proc/{member}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def start_server(outputs: Path, port: int, args) -> subprocess.Popen:
    command = [sys.executable, "-m", "chaingraph", "--root", str(ROOT), "serve", "--outputs", str(outputs),
               "--port", str(port), "--quiet", "--time-limit", str(args.time_limit), "--workers", str(args.workers)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"chaingraph serve exited with {server.returncode}: {server.stderr.read()}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/sparql?query=ASK%7B%7D", timeout=2):
                return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("chaingraph serve did not answer within 120 s")


def built_outputs(fresh: bool, keep: list) -> Path:
    outputs = ROOT / "outputs"
    if not fresh and (outputs / DATASET_FILE).is_file():
        return outputs
    folder = Path(tempfile.mkdtemp(prefix="chaingraph-load-"))
    keep.append(folder)
    subprocess.run([sys.executable, "-m", "chaingraph", "--root", str(ROOT), "build", "--outputs", str(folder)],
                   check=True, stdout=subprocess.DEVNULL)
    return folder


def run_clients(url: str, queries: list[str], clients: int, seconds: float):
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(index: int) -> None:
        turn = index
        while time.monotonic() < stop:
            query = queries[turn % len(queries)]
            if turn % 2:
                request = urllib.request.Request(f"{url}?query={urllib.parse.quote(query)}")
            else:
                request = urllib.request.Request(url, data=query.encode("utf-8"),
                                                 headers={"Content-Type": "application/sparql-query"})
            turn += 1
            started = time.monotonic()
            try:
                with urllib.request.urlopen(request, timeout=60) as response:
                    response.read()
                    outcome = None if response.status == 200 else f"status {response.status}"
            except urllib.error.HTTPError as err:
                outcome = f"{err.code}: {err.read()[:120]!r}"
            except OSError as err:
                outcome = repr(err)
            elapsed = time.monotonic() - started
            with lock:
                latencies.append(elapsed)
                if outcome:
                    errors.append(outcome)

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(clients)]
    for thread in threads:
        thread.start()
    return threads, latencies, errors


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=2, help="the server's query workers (default 2)")
    parser.add_argument("--time-limit", type=float, default=10)
    parser.add_argument("--max-growth-mb", type=float, default=200, help="allowed RSS growth (default 200 MB)")
    parser.add_argument("--fresh", action="store_true", help="build into a temporary folder first")
    args = parser.parse_args(argv)
    queries = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "queries").glob("*.rq"))]
    temporary: list[Path] = []
    try:
        outputs = built_outputs(args.fresh, temporary)
        port = free_port()
        server = start_server(outputs, port, args)
        try:
            time.sleep(1)
            rss_start = rss_mb(server.pid)
            threads, latencies, errors = run_clients(f"http://127.0.0.1:{port}/sparql", queries, args.clients,
                                                     args.seconds)
            peak = rss_start
            while any(thread.is_alive() for thread in threads):
                peak = max(peak, rss_mb(server.pid))
                time.sleep(1)
            rss_end = rss_mb(server.pid)
            peak = max(peak, rss_end)
            alive = server.poll() is None
        finally:
            server.terminate()
            try:
                server.wait(30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait(10)
    finally:
        for folder in temporary:
            shutil.rmtree(folder, ignore_errors=True)

    growth = rss_end - rss_start
    rows = [
        ("clients × seconds", f"{args.clients} × {args.seconds:g} s ({args.workers} workers, {os.cpu_count()} CPUs)"),
        ("requests", f"{len(latencies)} ({len(latencies) / args.seconds:.0f}/s)"),
        ("errors", str(len(errors))),
        ("latency p50", f"{percentile(latencies, 0.50) * 1000:.1f} ms"),
        ("latency p99", f"{percentile(latencies, 0.99) * 1000:.1f} ms"),
        ("latency max", f"{max(latencies) * 1000:.1f} ms"),
        ("latency mean", f"{statistics.fmean(latencies) * 1000:.1f} ms"),
        ("RSS start / peak / end", f"{rss_start:.0f} / {peak:.0f} / {rss_end:.0f} MB (server + workers)"),
        ("RSS growth", f"{growth:+.0f} MB (bound {args.max_growth_mb:g} MB)"),
        ("server still running", "yes" if alive else "NO"),
    ]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    for error in sorted(set(errors))[:10]:
        print(f"  error: {error}")
    return 0 if not errors and growth <= args.max_growth_mb and alive else 1


if __name__ == "__main__":
    sys.exit(main())

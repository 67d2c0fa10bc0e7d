"""Publishing a large dataset to a real store, side by side with the store's own bulk loader.

    .venv/bin/python benchmarks/publish.py                      # a 1M-quad region
    .venv/bin/python benchmarks/publish.py --size 100k          # a quicker run
    .venv/bin/python benchmarks/publish.py --nq outputs/chaingraph.nq   # a dataset already built

`chaingraph serve` keeps the dataset in memory in one process: the route for a national graph is
a store built for it. This script measures that route on this machine. It builds a synthetic
region (`chaingraph synth`, then the dataset without SHACL, written as N-Quads), then, for the
Oxigraph server and for Virtuoso, each on a fresh database:

- `chaingraph publish`: every named graph sent with the Graph Store Protocol, in parts (HTTP PUT of
  the first part, POST of the rest);
- the server's own bulk load of the same N-Quads file: `oxigraph load` into the (stopped)
  server's database; Virtuoso's `ld_dir` + `rdf_loader_run` + `checkpoint` through `isql-vt`.

Each run ends by counting the quads the server holds (less Virtuoso's own system graphs), so a
route that dropped data cannot look fast. The servers are started as the tests start them
(tests/servers.py), bound to 127.0.0.1. `--again` also times a second publish onto the same
server, which replaces every graph.

Prints two Markdown tables: the routes (wall seconds, and the CPU seconds of the client and of the
server process, which a busy machine disturbs less than wall time), and publish's requests by
kind of graph (count, bytes, seconds waiting for the server's answers).
"""

from __future__ import annotations

import argparse
import configparser
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from servers import start_oxigraph, start_virtuoso  # noqa: E402 - the tests' own server starters

PYTHON = sys.executable
QUADS_PER_COMPANY = 200  # as in benchmarks/scale.py
SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000}
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
GRAPH_LINE = re.compile(r"^  (?:<(?P<iri>[^>]*)>|default graph): (?P<triples>\d+) triples \(HTTP \d+\) "
                        r"in (?P<requests>\d+) request\(s\), (?P<bytes>\d+) bytes, (?P<seconds>[\d.]+) s$")


def build_region(size: str, work: Path) -> Path:
    """A synthetic region of about `size` quads, built to N-Quads (the file both routes load)."""
    companies = max(5, (SIZES[size] - 1500) // QUADS_PER_COMPANY)
    project = work / "project"
    subprocess.run([PYTHON, "-m", "chaingraph", "synth", "--zones", str(max(2, companies // 55)), "--companies",
                    str(companies), "--seed", "1", "-o", str(project)], check=True, cwd=ROOT, capture_output=True)
    nq = work / "chaingraph.nq"
    code = ("import sys; from pathlib import Path; from chaingraph.core.project import Project; "
            "from chaingraph.dataset.build import build_dataset; from chaingraph.dataset.formats import serialize; "
            "b = build_dataset(Project(root=Path(sys.argv[1])), validate_shapes=False); "
            "Path(sys.argv[2]).write_bytes(serialize(b.oxigraph_quads, 'nq', b.prefixes))")
    subprocess.run([PYTHON, "-c", code, str(project), str(nq)], check=True, cwd=ROOT)
    return nq


def count_quads(query_url: str, auth: tuple[str, str] | None = None) -> int:
    request = urllib.request.Request(f"{query_url}?{urllib.parse.urlencode({'query': COUNT})}",
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=600) as response:
        answer = json.load(response)
    return int(answer["results"]["bindings"][0]["n"]["value"])


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def process_cpu(pid: int) -> float:
    """User + system CPU seconds of a running process (a server), from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def graph_kind(iri: str | None) -> str:
    if iri is None:
        return "default"
    name = re.split(r"[/#]", iri.rstrip("/#"))[-1]
    return "ontology" if name == "ns" else name.split("-", 1)[0]


def publish(server, nq: Path, user: str | None = None, label: str = "") -> dict:
    """`chaingraph publish` of the folder holding `nq`: its wall time, the CPU time of the client
    and of the server, and its requests by kind of graph (read from the command's own lines)."""
    command = [PYTHON, "-m", "chaingraph", "--root", str(ROOT), "publish", "--endpoint", server.graph_store_url,
               "--outputs", str(nq.parent), "--timeout", "900"]
    if user:
        command += ["--user", user, "--password", user]
    client, served = children_cpu(), process_cpu(server.process.pid)
    started = time.perf_counter()
    done = subprocess.run(command, check=True, cwd=ROOT, capture_output=True, text=True)
    took = time.perf_counter() - started
    kinds: dict[str, dict] = {}
    for line in done.stdout.splitlines():
        if match := GRAPH_LINE.match(line):
            kind = kinds.setdefault(graph_kind(match["iri"]), {"graphs": 0, "requests": 0, "bytes": 0,
                                                               "triples": 0, "seconds": 0.0})
            kind["graphs"] += 1
            for key in ("requests", "bytes", "triples"):
                kind[key] += int(match[key])
            kind["seconds"] += float(match["seconds"])
    return {"route": f"chaingraph publish{label}", "seconds": took, "client_cpu": children_cpu() - client,
            "server_cpu": process_cpu(server.process.pid) - served, "kinds": kinds}


def oxigraph_rows(nq: Path, work: Path, again: bool) -> list[dict]:
    rows = []
    server = start_oxigraph(work / "ox-publish")
    try:
        for label in (" (fresh store)", " again (replaces)")[:1 + again]:
            row = publish(server, nq, label=label)
            rows.append({"server": "Oxigraph", **row, "quads": count_quads(server.query_url)})
    finally:
        server.stop()
    folder = work / "ox-bulk"
    folder.mkdir()
    binary = shutil.which("oxigraph") or str(Path(PYTHON).with_name("oxigraph"))
    cpu, started = children_cpu(), time.perf_counter()
    subprocess.run([binary, "load", "--location", str(folder / "db"), "--file", str(nq)], check=True,
                   capture_output=True)
    took, cpu = time.perf_counter() - started, children_cpu() - cpu
    server = start_oxigraph(folder)  # the same database, served, to count what the load stored
    try:
        rows.append({"server": "Oxigraph", "route": "oxigraph load (bulk)", "seconds": took, "client_cpu": cpu,
                     "server_cpu": 0.0, "quads": count_quads(server.query_url), "bulk": True})
    finally:
        server.stop()
    return rows


def virtuoso_rows(nq: Path, work: Path, again: bool) -> list[dict]:
    rows = []
    server = start_virtuoso(work / "vt-publish")
    try:
        own = count_quads(server.query_url)  # Virtuoso's own system graphs, there before any load
        for label in (" (fresh store)", " again (replaces)")[:1 + again]:
            row = publish(server, nq, user="dba", label=label)
            rows.append({"server": "Virtuoso", **row, "quads": count_quads(server.query_url) - own})
    finally:
        server.stop()
    folder = work / "vt-bulk"
    server = start_virtuoso(folder)
    try:
        own = count_quads(server.query_url)
        shutil.copy(nq, folder / nq.name)  # ld_dir reads only folders listed in DirsAllowed
        ini = configparser.ConfigParser(strict=False)
        ini.read(folder / "virtuoso.ini")
        sql = ini["Parameters"]["ServerPort"]
        script = (f"ld_dir('{folder}', '{nq.name}', 'urn:chaingraph:unused-default');\n"
                  "rdf_loader_run();\ncheckpoint;\n")
        cpu, served, started = children_cpu(), process_cpu(server.process.pid), time.perf_counter()
        subprocess.run(["isql-vt", sql, "dba", "dba"], input=script, text=True, check=True, capture_output=True)
        took = time.perf_counter() - started
        rows.append({"server": "Virtuoso", "route": "ld_dir + rdf_loader_run (bulk)", "seconds": took,
                     "client_cpu": children_cpu() - cpu, "server_cpu": process_cpu(server.process.pid) - served,
                     "quads": count_quads(server.query_url) - own, "bulk": True})
    finally:
        server.stop()
    return rows


def print_tables(expected: int, rows: list[dict]) -> None:
    print(f"\n### Publishing {expected:,} quads\n")
    print("| server | route | seconds | client CPU s | server CPU s | quads stored | publish / bulk | CPU / bulk CPU |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for server in ("Oxigraph", "Virtuoso"):
        mine = [r for r in rows if r["server"] == server]
        bulk = next(r for r in mine if r.get("bulk"))
        bulk_cpu = bulk["client_cpu"] + bulk["server_cpu"]
        for row in mine:
            cpu = row["client_cpu"] + row["server_cpu"]
            print(f"| {server} | {row['route']} | {row['seconds']:.1f} | {row['client_cpu']:.1f} | "
                  f"{row['server_cpu']:.1f} | {row['quads']:,} | {row['seconds'] / bulk['seconds']:.2f}× | "
                  f"{cpu / bulk_cpu:.2f}× |")
    print("\n| server | route | graphs | kind | requests | MB sent | seconds waiting | s per request |")
    print("|---|---|---:|---|---:|---:|---:|---:|")
    for row in rows:
        for kind, k in sorted(row.get("kinds", {}).items(), key=lambda item: -item[1]["seconds"]):
            print(f"| {row['server']} | {row['route'].removeprefix('chaingraph publish ')} "
                  f"| {k['graphs']} | {kind} | {k['requests']} | {k['bytes'] / 1e6:.1f} | {k['seconds']:.1f} | "
                  f"{k['seconds'] / k['requests']:.3f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1m", choices=sorted(SIZES), help="synthetic region size")
    parser.add_argument("--nq", help="an N-Quads file already built (skips the synthetic region)")
    parser.add_argument("--again", action="store_true", help="also time a second publish, which replaces")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="chaingraph-publish-"))
    try:
        if args.nq:
            nq = work / "chaingraph.nq"
            shutil.copy(args.nq, nq)
        else:
            print(f"building a {args.size} region …", file=sys.stderr)
            nq = build_region(args.size, work)
        expected = sum(1 for line in nq.open("rb") if line.strip())
        rows = oxigraph_rows(nq, work, args.again) + virtuoso_rows(nq, work, args.again)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print_tables(expected, rows)


if __name__ == "__main__":
    main()

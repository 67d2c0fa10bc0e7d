"""Publishing a large dataset to a real store, side by side with the store's own bulk loader.

    .venv/bin/python benchmarks/publish.py                      # a 1M-quad region
    .venv/bin/python benchmarks/publish.py --size 100k          # a quicker run
    .venv/bin/python benchmarks/publish.py --nq outputs/chaingraph.nq   # a dataset already built

`chaingraph serve` keeps the dataset in memory in one process: the route for a national graph is
a store built for it. This script measures that route on this machine. It builds a synthetic
region (`chaingraph synth`, then the dataset without SHACL, written as N-Quads), then, for the
Oxigraph server and for Virtuoso, each on a fresh database:

- `chaingraph publish`: every named graph sent with the Graph Store Protocol (HTTP PUT);
- the server's own bulk load of the same N-Quads file: `oxigraph load` into the (stopped)
  server's database; Virtuoso's `ld_dir` + `rdf_loader_run` + `checkpoint` through `isql-vt`.

Each run ends by counting the quads the server holds (less Virtuoso's own system graphs), so a
route that dropped data cannot look fast. The servers are started as the tests start them
(tests/servers.py), bound to 127.0.0.1. Prints one Markdown table.
"""

from __future__ import annotations

import argparse
import configparser
import json
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


def publish(endpoint: str, nq: Path, user: str | None = None) -> float:
    """`chaingraph publish` of the folder holding `nq`; its wall time."""
    command = [PYTHON, "-m", "chaingraph", "--root", str(ROOT), "publish", "--endpoint", endpoint,
               "--outputs", str(nq.parent), "--timeout", "600"]
    if user:
        command += ["--user", user, "--password", user]
    started = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT, capture_output=True)
    return time.perf_counter() - started


def oxigraph_rows(nq: Path, work: Path) -> list[dict]:
    rows = []
    server = start_oxigraph(work / "ox-publish")
    try:
        took = publish(server.graph_store_url, nq)
        rows.append({"server": "Oxigraph", "route": "chaingraph publish (Graph Store PUT)", "seconds": took,
                     "quads": count_quads(server.query_url)})
    finally:
        server.stop()
    folder = work / "ox-bulk"
    folder.mkdir()
    binary = shutil.which("oxigraph") or str(Path(PYTHON).with_name("oxigraph"))
    started = time.perf_counter()
    subprocess.run([binary, "load", "--location", str(folder / "db"), "--file", str(nq)], check=True,
                   capture_output=True)
    took = time.perf_counter() - started
    server = start_oxigraph(folder)  # the same database, served, to count what the load stored
    try:
        rows.append({"server": "Oxigraph", "route": "oxigraph load (bulk)", "seconds": took,
                     "quads": count_quads(server.query_url)})
    finally:
        server.stop()
    return rows


def virtuoso_rows(nq: Path, work: Path) -> list[dict]:
    rows = []
    server = start_virtuoso(work / "vt-publish")
    try:
        own = count_quads(server.query_url)  # Virtuoso's own system graphs, there before any load
        took = publish(server.graph_store_url, nq, user="dba")
        rows.append({"server": "Virtuoso", "route": "chaingraph publish (Graph Store PUT)", "seconds": took,
                     "quads": count_quads(server.query_url) - own})
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
        started = time.perf_counter()
        subprocess.run(["isql-vt", sql, "dba", "dba"], input=script, text=True, check=True, capture_output=True)
        took = time.perf_counter() - started
        rows.append({"server": "Virtuoso", "route": "ld_dir + rdf_loader_run (bulk)", "seconds": took,
                     "quads": count_quads(server.query_url) - own})
    finally:
        server.stop()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1m", choices=sorted(SIZES), help="synthetic region size")
    parser.add_argument("--nq", help="an N-Quads file already built (skips the synthetic region)")
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
        rows = oxigraph_rows(nq, work) + virtuoso_rows(nq, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"\n### Publishing {expected:,} quads\n")
    print("| server | route | seconds | quads stored | publish / bulk |")
    print("|---|---|---:|---:|---:|")
    for server in ("Oxigraph", "Virtuoso"):
        mine = [r for r in rows if r["server"] == server]
        bulk = mine[1]["seconds"]
        for row in mine:
            print(f"| {server} | {row['route']} | {row['seconds']:.1f} | {row['quads']:,} | "
                  f"{row['seconds'] / bulk:.2f}× |")


if __name__ == "__main__":
    main()

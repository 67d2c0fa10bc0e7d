"""chaingraph at province scale: build, export, validation and queries side by side.

    .venv/bin/python benchmarks/scale.py                  # 10k, 100k and 1M triples
    .venv/bin/python benchmarks/scale.py --sizes 10k,100k  # a quicker run

For each size a synthetic region (`chaingraph synth`) is generated, then each stage runs in a
fresh subprocess so its wall time and peak memory (max RSS) are its own:

- chaingraph: load + check + dataset, then Turtle and N-Triples written to their files (no SHACL);
- raw pyoxigraph: load the same quads from N-Quads into a store, serialize Turtle and N-Triples;
- full build: the `chaingraph build` command itself, every output, with each stage's share of the
  time (the stages its progress bar shows), against raw pyoxigraph loading the same N-Quads and
  serializing them in all six formats (`raw_six`);
- incremental: after the full build, the same command with one source taken away, then put back
  (the second is "adding one source to the region", reusing every other source from the cache);
- rdflib only: parse the same N-Quads into an rdflib Dataset, serialize Turtle and N-Triples;
- SHACL: chaingraph's compiled fast path, and pyshacl where it finishes in reasonable time;
- each competency query in queries/: median time through chaingraph (`chaingraph.dataset.sparql.run_query`
  on `chaingraph.dataset.store.open_store`) vs raw pyoxigraph (the same N-Quads and merged default graph,
  `Store.query` with the same text), rows consumed in both.

Each stage also records its CPU time, which other work on a shared machine disturbs far less
than wall time; the build table gives both. Prints one Markdown table per measurement; paste
them into docs/performance.md with the command used.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
QUADS_PER_COMPANY = 200  # measured on synth output: ~200 quads per company with its project and capacity
SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000}
PYSHACL_LIMIT = 150_000  # pyshacl takes minutes above this; it is not run there


def run_stage(code: str, **values) -> dict:
    """Run `code` in a fresh interpreter; it prints one JSON object. Adds wall time and max RSS."""
    script = textwrap.dedent(code)
    wrapper = textwrap.dedent("""
        import json, resource, sys, time

        def cpu_time():  # this process's and its finished children's (the facts read on a second core)
            own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
            return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime

        values = json.loads(sys.argv[1])
        started, cpu_started = time.perf_counter(), cpu_time()
        result = {}
        exec(compile(SCRIPT, "stage", "exec"), {"values": values, "result": result, "cpu_time": cpu_time})
        result["seconds"] = time.perf_counter() - started
        result["cpu_seconds"] = cpu_time() - cpu_started  # steadier than wall time on a shared machine
        result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(result))
    """).replace("SCRIPT", repr(script))
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen([PYTHON, "-c", wrapper, json.dumps(values)], stdout=out, stderr=err,
                                   text=True, cwd=ROOT)
        summed = _summed_peaks(process)
        out.seek(0)
        err.seek(0)
        if process.returncode != 0:
            raise RuntimeError(f"stage failed:\n{err.read()[-3000:]}")
        result = json.loads(out.read().strip().splitlines()[-1])
    return result | summed


def _summed_peaks(process: subprocess.Popen, every: float = 0.1) -> dict:
    """Wait for `process`, sampling the memory of it and its children (a build forks to use the
    second core) from /proc: the highest sum of their PSS (shared pages counted once, split
    between the processes sharing them) and of their RSS (shared pages counted in each). Read from
    this process, so the stage's own CPU time does not include the sampling."""
    peaks = {"peak_pss_sum_mb": 0.0, "peak_rss_sum_mb": 0.0, "most_processes": 1}
    while process.poll() is None:
        pids = _family(process.pid)
        pss = rss = 0
        for pid in pids:
            try:
                for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                    name, _, value = line.partition(":")
                    if name == "Pss":
                        pss += int(value.split()[0])
                    elif name == "Rss":
                        rss += int(value.split()[0])
            except (FileNotFoundError, ProcessLookupError, PermissionError):
                continue  # gone between the listing and the reading
        peaks["peak_pss_sum_mb"] = max(peaks["peak_pss_sum_mb"], pss / 1024)
        peaks["peak_rss_sum_mb"] = max(peaks["peak_rss_sum_mb"], rss / 1024)
        peaks["most_processes"] = max(peaks["most_processes"], len(pids))
        time.sleep(every)
    return peaks


def _family(pid: int) -> list[int]:
    """`pid` and every process below it."""
    found, waiting = [], [pid]
    while waiting:
        current = waiting.pop()
        found.append(current)
        for task in Path(f"/proc/{current}/task").glob("*/children"):
            try:
                waiting += [int(child) for child in task.read_text().split()]
            except (FileNotFoundError, ProcessLookupError):
                continue
    return found


CHAINGRAPH_BUILD = """
    from pathlib import Path
    from chaingraph.core.project import Project
    from chaingraph.dataset.build import build_dataset
    from chaingraph.dataset.formats import write_to
    import time
    started_stage, cpu_started_stage = time.perf_counter(), cpu_time()
    project = Project(root=Path(values["project"]))
    build = build_dataset(project, validate_shapes=False)
    out = Path(values["out"])
    for name in ("ttl", "nt"):  # straight into the files, as the build and raw pyoxigraph write them
        with open(out / f"chaingraph.{name}", "wb") as output:
            write_to(output, build.oxigraph_quads, name, build.prefixes)
    # N-Quads for the other stages to load the very same quads (not timed as part of the export)
    result["seconds_without_nq"] = time.perf_counter() - started_stage
    result["cpu_without_nq"] = cpu_time() - cpu_started_stage
    with open(out / "chaingraph.nq", "wb") as output:
        write_to(output, build.oxigraph_quads, "nq", build.prefixes)
    result["quads"] = build.quad_count
"""

RAW_OXIGRAPH = """
    import pyoxigraph as ox
    from pathlib import Path
    out = Path(values["out"])
    store = ox.Store()
    store.bulk_load(path=str(out / "chaingraph.nq"), format=ox.RdfFormat.N_QUADS)
    triples = [q.triple for q in store]
    ox.serialize(triples, str(out / "raw.ttl"), format=ox.RdfFormat.TURTLE)
    ox.serialize(triples, str(out / "raw.nt"), format=ox.RdfFormat.N_TRIPLES)
    result["quads"] = len(store)
"""

FULL_BUILD = """
    import contextlib, time
    import chaingraph.core.progress as progress
    from chaingraph.cli.main import main
    shares = {}

    @contextlib.contextmanager
    def timed(name):
        started = time.perf_counter()
        yield
        shares[name] = shares.get(name, 0) + time.perf_counter() - started

    progress.stages = lambda names, enabled=None: timed  # the command's own stages, timed
    code = main(["--root", values["project"], "build", *values["build_flags"], "--outputs", values["out"] + "/full"])
    assert code == 0, code
    result["shares"] = shares
"""

INCREMENTAL = """
    import contextlib, shutil, time
    from pathlib import Path
    import chaingraph.core.progress as progress
    from chaingraph.cli.main import main
    cpu = {}

    @contextlib.contextmanager
    def timed(name):  # each stage's CPU time, a finished child's (a second core's work) included
        started = cpu_time()
        yield
        cpu[name] = cpu_time() - started

    progress.stages = lambda names, enabled=None: timed
    project, held = Path(values["project"]), Path(values["out"]) / "held"
    held.mkdir(exist_ok=True)
    last = sorted((project / "data" / "facts").glob("*.yaml"))[-1].stem  # one source: its facts and files
    files = [project / "data" / "facts" / f"{last}.yaml", *(project / "data" / "sources").glob(f"{last}.*")]
    build = ["--root", str(project), "build", *values["build_flags"], "--outputs", values["out"] + "/full"]  # its cache
    for path in files:
        shutil.move(path, held / path.name)
    started = time.perf_counter()
    assert main(build) == 0
    result["remove_seconds"] = time.perf_counter() - started
    for path in files:
        shutil.move(held / path.name, path)
    started, cpu_started = time.perf_counter(), cpu_time()
    assert main(build) == 0
    result["add_seconds"] = time.perf_counter() - started
    result["add_cpu_seconds"] = cpu_time() - cpu_started
    # what the command does besides its stages (the summary's conflicts, the cache's keys) too
    result["add_cpu_shares"] = {**cpu, "outside the stages": result["add_cpu_seconds"] - sum(cpu.values())}
"""

RAW_SIX = """
    import pyoxigraph as ox
    from pathlib import Path
    out = Path(values["out"])
    store = ox.Store()
    store.bulk_load(path=str(out / "chaingraph.nq"), format=ox.RdfFormat.N_QUADS)
    quads = list(store)
    triples = [q.triple for q in quads]
    for name, fmt in (("nq", ox.RdfFormat.N_QUADS), ("trig", ox.RdfFormat.TRIG), ("jsonld", ox.RdfFormat.JSON_LD)):
        ox.serialize(quads, str(out / f"raw-six.{name}"), format=fmt)
    for name, fmt in (("ttl", ox.RdfFormat.TURTLE), ("nt", ox.RdfFormat.N_TRIPLES), ("rdf", ox.RdfFormat.RDF_XML)):
        ox.serialize(triples, str(out / f"raw-six.{name}"), format=fmt)
    result["quads"] = len(quads)
"""

RDFLIB_ONLY = """
    from pathlib import Path
    from rdflib import Dataset, Graph
    out = Path(values["out"])
    dataset = Dataset()
    dataset.parse(out / "chaingraph.nq", format="nquads")
    union = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    union.serialize(out / "rdflib.ttl", format="turtle")
    union.serialize(out / "rdflib.nt", format="nt")
    result["quads"] = len(dataset)
"""

FAST_SHACL = """
    import pyoxigraph as ox
    from pathlib import Path
    from rdflib import Graph
    from chaingraph.dataset.shaclfast import validate_store
    from chaingraph.dataset.store import with_merged_default_graph
    out = Path(values["out"])
    store = ox.Store()
    store.bulk_load(path=str(out / "chaingraph.nq"), format=ox.RdfFormat.N_QUADS)
    import time
    started = time.perf_counter()
    with_merged_default_graph(store)  # part of validation: the shapes see the merged graph
    violations = validate_store(store, Graph().parse(Path(values["project"]) / "ontology" / "shapes.ttl"))
    result["validate_seconds"] = time.perf_counter() - started
    result["violations"] = len(violations)
"""

PYSHACL = """
    from pathlib import Path
    from rdflib import Dataset
    from chaingraph.dataset.shacl import validate
    out = Path(values["out"])
    dataset = Dataset()
    dataset.parse(out / "chaingraph.nq", format="nquads")
    quads = list(dataset.quads((None, None, None, None)))
    import time
    started = time.perf_counter()
    violations = validate(quads, Path(values["project"]) / "ontology" / "shapes.ttl")
    result["validate_seconds"] = time.perf_counter() - started
    result["violations"] = len(violations)
"""

QUERIES = """
    import statistics, time
    import pyoxigraph as ox
    from pathlib import Path
    from chaingraph.core.project import Project
    from chaingraph.dataset.sparql import library, run_query
    from chaingraph.core.namespaces import sparql_prologue
    from chaingraph.dataset.store import open_store
    project = Project(root=Path(values["project"]), outputs=Path(values["out"]))
    store = open_store(project)
    raw = ox.Store()
    raw.bulk_load(path=str(Path(values["out"]) / "chaingraph.nq"), format=ox.RdfFormat.N_QUADS)
    raw.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")  # the same merged default graph
    timings = {}
    for entry in library(project.queries):
        ours, theirs = [], []
        for _ in range(values["repeat"]):
            started = time.perf_counter()
            answer = run_query(store, entry.text, project.base, entry.id)
            if hasattr(answer, "__iter__"):
                for _row in answer:
                    pass
            ours.append(time.perf_counter() - started)
            started = time.perf_counter()
            answer = raw.query(sparql_prologue(project.base) + entry.text)
            if hasattr(answer, "__iter__"):
                for _row in answer:
                    pass
            theirs.append(time.perf_counter() - started)
        timings[entry.id] = [statistics.median(ours), statistics.median(theirs)]
    result["timings"] = timings
"""


ALL_STAGES = ("chaingraph", "oxigraph", "full_build", "incremental", "raw_six", "rdflib", "fast_shacl", "pyshacl",
              "queries")


def measure(label: str, target: int, repeat: int, wanted: tuple[str, ...] = ALL_STAGES,
            build_flags: tuple[str, ...] = ()) -> dict:
    companies = max(5, (target - 1500) // QUADS_PER_COMPANY)
    zones = max(2, companies // 55)
    work = Path(tempfile.mkdtemp(prefix=f"chaingraph-bench-{label}-"))
    project, out = work / "project", work / "out"
    out.mkdir(parents=True)
    subprocess.run([PYTHON, "-m", "chaingraph", "synth", "--zones", str(zones), "--companies",
                    str(companies), "--seed", "1", "-o", str(project)], check=True, cwd=ROOT, capture_output=True)
    values = {"project": str(project), "out": str(out), "repeat": repeat, "build_flags": list(build_flags)}
    row = {"label": label, "zones": zones, "companies": companies}
    stages = [("chaingraph", CHAINGRAPH_BUILD), ("oxigraph", RAW_OXIGRAPH), ("full_build", FULL_BUILD),
              ("incremental", INCREMENTAL), ("raw_six", RAW_SIX), ("rdflib", RDFLIB_ONLY),
              ("fast_shacl", FAST_SHACL), ("pyshacl", PYSHACL), ("queries", QUERIES)]
    for name, code in stages:
        if name != "chaingraph" and name not in wanted:  # the build always runs: it writes the N-Quads
            continue
        if name == "pyshacl" and row["chaingraph"]["quads"] > PYSHACL_LIMIT:
            continue
        row[name] = run_stage(code, **values)
        print(f"  {label} {name}: {json.dumps(row[name], ensure_ascii=False)}", file=sys.stderr, flush=True)
    if "queries" in row:
        row["queries"] = row["queries"]["timings"]
    return row


def print_tables(rows: list[dict]) -> None:
    if all(k in rows[0] for k in ("oxigraph", "rdflib")):
        _build_table(rows)
    if all(k in rows[0] for k in ("full_build", "raw_six")):
        _full_build_table(rows)
    if "fast_shacl" in rows[0]:
        _shacl_table(rows)
    if "queries" in rows[0]:
        _query_table(rows)


def _build_table(rows: list[dict]) -> None:
    print("\n### Build and export (Turtle + N-Triples)\n")
    print("| size | quads | chaingraph s | raw pyoxigraph s | rdflib only s | chaingraph / pyoxigraph |"
          " rdflib / chaingraph | chaingraph peak MB | pyoxigraph peak MB | rdflib peak MB |"
          " CPU s chaingraph / pyoxigraph / rdflib | CPU ratios |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        ours, ox_, rdf = row["chaingraph"], row["oxigraph"], row["rdflib"]
        took, cpu = ours["seconds_without_nq"], ours["cpu_without_nq"]
        print(f"| {row['label']} | {ours['quads']:,} | {took:.2f} | {ox_['seconds']:.2f} | "
              f"{rdf['seconds']:.2f} | {took / ox_['seconds']:.2f}× | "
              f"{rdf['seconds'] / took:.1f}× | {ours['peak_mb']:.0f} | {ox_['peak_mb']:.0f} | "
              f"{rdf['peak_mb']:.0f} | {cpu:.2f} / {ox_['cpu_seconds']:.2f} / {rdf['cpu_seconds']:.2f} | "
              f"{cpu / ox_['cpu_seconds']:.2f}×, {rdf['cpu_seconds'] / cpu:.1f}× |")


def _full_build_table(rows: list[dict]) -> None:
    print("\n### Full `chaingraph build` (every output) against raw pyoxigraph in six formats\n")
    print("| size | quads | chaingraph build s | raw pyoxigraph six formats s | ratio | build peak MB |"
          " pyoxigraph peak MB | CPU s build / raw | CPU ratio |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        full, raw = row["full_build"], row["raw_six"]
        print(f"| {row['label']} | {raw['quads']:,} | {full['seconds']:.2f} | {raw['seconds']:.2f} | "
              f"{full['seconds'] / raw['seconds']:.2f}× | {full['peak_mb']:.0f} | {raw['peak_mb']:.0f} | "
              f"{full['cpu_seconds']:.2f} / {raw['cpu_seconds']:.2f} | "
              f"{full['cpu_seconds'] / raw['cpu_seconds']:.2f}× |")
    print("\n| size | full build: peak of one process MB | highest sum over its processes, PSS MB | RSS MB |")
    print("|---|---:|---:|---:|")
    for row in rows:
        full = row["full_build"]
        print(f"| {row['label']} | {full['peak_mb']:.0f} | {full['peak_pss_sum_mb']:.0f} | "
              f"{full['peak_rss_sum_mb']:.0f} |")
    if all("incremental" in r for r in rows):
        print("\n| size | incremental: one source removed s | one source added s | added / raw six formats |"
              " added CPU s | peak PSS sum MB |")
        print("|---|---:|---:|---:|---:|---:|")
        for row in rows:
            inc = row["incremental"]
            print(f"| {row['label']} | {inc['remove_seconds']:.2f} | {inc['add_seconds']:.2f} | "
                  f"{inc['add_seconds'] / row['raw_six']['seconds']:.2f}× | {inc['add_cpu_seconds']:.2f} | "
                  f"{inc['peak_pss_sum_mb']:.0f} |")
        print("\n| stage of the build adding one source, CPU s | " + " | ".join(r["label"] for r in rows) + " |")
        print("|---|" + "---:|" * len(rows))
        for name in rows[-1]["incremental"]["add_cpu_shares"]:
            print(f"| {name} | " + " | ".join(f"{r['incremental']['add_cpu_shares'].get(name, 0.0):.2f}"
                                           for r in rows) + " |")
    first, last = rows[0]["full_build"], rows[-1]["full_build"]
    if len(rows) > 1:
        print(f"\nGrowth {rows[0]['label']} → {rows[-1]['label']}: {last['seconds'] / first['seconds']:.1f}× "
              f"for {rows[-1]['raw_six']['quads'] / rows[0]['raw_six']['quads']:.1f}× the quads")
    print("\n| stage | " + " | ".join(f"{r['label']} s | share" for r in rows) + " |")
    print("|---|" + "---:|---:|" * len(rows))
    for name in rows[-1]["full_build"]["shares"]:
        cells = []
        for row in rows:
            took = row["full_build"]["shares"].get(name, 0.0)
            cells.append(f"{took:.2f} | {took / row['full_build']['seconds']:.0%}")
        print(f"| {name} | " + " | ".join(cells) + " |")


def _shacl_table(rows: list[dict]) -> None:
    print("\n### SHACL validation\n")
    print("| size | fast path s | fast path findings | pyshacl s | pyshacl findings |")
    print("|---|---:|---:|---:|---:|")
    for row in rows:
        fast, slow = row["fast_shacl"], row.get("pyshacl")
        slow_cells = f"{slow['validate_seconds']:.2f} | {slow['violations']}" if slow else "not run | –"
        print(f"| {row['label']} | {fast['validate_seconds']:.2f} | {fast['violations']} | {slow_cells} |")


def _query_table(rows: list[dict]) -> None:
    print("\n### Competency queries: median seconds, chaingraph vs raw pyoxigraph\n")
    names = sorted(rows[0]["queries"])
    print("| query | " + " | ".join(f"{r['label']} chaingraph | {r['label']} pyoxigraph | ratio" for r in rows) + " |")
    print("|---|" + "---:|---:|---:|" * len(rows))
    for name in names:
        cells = []
        for row in rows:
            ours, theirs = row["queries"][name]
            cells.append(f"{ours:.4f} | {theirs:.4f} | {ours / theirs if theirs else float('nan'):.2f}×")
        print(f"| {name} | " + " | ".join(cells) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10k,100k,1m", help="comma-separated: 10k, 100k, 1m")
    parser.add_argument("--repeat", type=int, default=5, help="runs per query for the median")
    parser.add_argument("--stages", default=",".join(ALL_STAGES), help="comma-separated subset of stages")
    parser.add_argument("--parallel-write", action="store_true",
                        help="run the full and incremental builds with `chaingraph build --parallel-write`")
    args = parser.parse_args()
    flags = ("--parallel-write",) if args.parallel_write else ()
    wanted = tuple(args.stages.split(","))
    rows = []
    for label in args.sizes.split(","):
        print(f"measuring {label} …", file=sys.stderr)
        rows.append(measure(label, SIZES[label.lower()], args.repeat, wanted, flags))
    print_tables(rows)


if __name__ == "__main__":
    main()

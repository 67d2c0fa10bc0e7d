"""The explorer page at scale: ~5,000 entities and ~20,000 edges (or 20,000 and 80,000), opened in
headless Chromium.

    .venv/bin/python benchmarks/explorer_scale.py                      # 1,650 companies, 5 extra products each
    .venv/bin/python benchmarks/explorer_scale.py --zones 100 --companies 6600 --views aggregated  # 20k / 80k
    .venv/bin/python benchmarks/explorer_scale.py --companies 800 --extra-products 2   # a quicker run
    .venv/bin/python benchmarks/explorer_scale.py --zones 100 --companies 6600 --views "" --region /tmp/r20k
        # generation only, the built region kept in /tmp/r20k and read back by the next run
    .venv/bin/python benchmarks/explorer_scale.py --zones 100 --companies 6600 --views "" --region /tmp/r20k \
        --compare-source /path/to/other/checkout/src
        # also: that checkout's explorer against this one's, taking turns in this process

A region is generated with `chaingraph synth`. synth gives each company one product, so a
region of 5,000 entities has only ~12,000 edges; to reach ~20,000 the benchmark lets each
company make `--extra-products` more of the products its article already names, written the way
synth writes everything: one more sentence per company in its source article ("…还生产A、B和C。")
and one quoted `produces` statement, so the edges go through the real pipeline with evidence.

The region is built (load, check, dataset, SHACL), the page is generated (timed), and opened
from file:// in Debian's Chromium with every other request blocked, twice: on the graph (`#graph`:
the aggregated view, since the region is above the threshold; without a `#` the page opens on the
chain view and draws no graph) and with `#full` (every entity drawn).
For each it measures:

- interactive: from navigation start to the page's own ready signal
  (`window.chaingraphExplorer.ready`, set once the network is drawn with physics off), read
  from the page as `performance.now()` at that moment;
- one redraw of the whole canvas (what every pan, zoom or hover costs);
- search + select: type a company's name, press Enter, until it is selected and its panel shows;
- expand: one park group opened into its members and drawn (aggregated view only).

Before that, page generation is timed on its own, wall and CPU (after what a build computes once
and shares with the report: the sources, the entity graph and the statements), then once more
under cProfile to give each stage its share, and the page's bytes are split by what they hold
(each part of the embedded data, each key of the nodes, and the fixed scripts and styles).

With `--compare-source OTHER/src`, the page generation of that checkout's explorer package
(`chaingraph/views/explorer`, with the chain analysis its chain view calls, loaded beside this
one under another name; everything else is this checkout's) and of this one's are timed in
turns in one process, `--rounds` times each, after one warm-up each (the first generation in a
process also imports pypinyin's dictionaries): on a machine shared with other work, the fair
way to compare two versions.

Prints Markdown tables. The page polls with page.evaluate: its CSP forbids eval-based waits.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
import yaml
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from chaingraph.analysis.projection import shared_graph, shared_statements  # noqa: E402
from chaingraph.authoring.synth import generate  # noqa: E402
from chaingraph.core.outputnames import EXPLORER_PAGE  # noqa: E402
from chaingraph.core.project import Project  # noqa: E402
from chaingraph.dataset.build import build_dataset  # noqa: E402
from chaingraph.dataset.built import read_built  # noqa: E402
from chaingraph.views.explorer import AGGREGATE_ABOVE, explorer_data, json_for_script, render_explorer  # noqa: E402

# The stages of page generation, as cProfile names them: (label, file suffix, function name).
STAGES = [("evidence table and sentences (QuadIndex)", "explorer/index.py", "__init__"),
          ("nodes (facts, quantities)", "explorer/entities.py", "nodes"),
          ("pinyin table", "explorer/pinyin.py", "spelling_table"),
          ("centre (the zones' links)", "explorer/entities.py", "centre"),
          ("graph view (the page makes groups and layout)", "explorer/layout.py", "graph_view"),
          ("segments for the graph view", "explorer/chainview.py", "chain_view"),
          ("chain view", "explorer/chains.py", "chain_tabs"),
          ("packing (nodes by column, rows)", "explorer/packing.py", "packed"),
          ("HTML (JSON and inlining)", "explorer/page.py", "render_page")]

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
TIMEOUT = 120.0


def add_products(project: Path, extra: int, seed: int) -> int:
    """Each company also makes `extra` other products its article names: one sentence and one
    quoted statement per company. Returns the number of statements' objects added."""
    rng = random.Random(seed)
    added = 0
    for facts_path in sorted((project / "data" / "facts").glob("*.yaml")):
        data = yaml.safe_load(facts_path.read_text(encoding="utf-8"))
        products = sorted((e["id"], e["label"]["zh"]) for e in data["entities"] if e.get("class") == "Product")
        sentences = []
        for entity in data["entities"]:
            if entity.get("class") != "Company" or extra == 0:
                continue
            own = {f["produces"] for f in entity.get("facts", []) if "produces" in f}
            choices = [p for p in products if p[0] not in own]
            picked = sorted(rng.sample(choices, min(extra, len(choices))))
            if not picked:
                continue
            names = [zh for _, zh in picked]
            listed = "、".join(names[:-1]) + "和" + names[-1] if len(names) > 1 else names[0]
            quote = f"{entity['label']['zh']}还生产{listed}"  # with the name: the quote occurs once
            sentences.append(f"{quote}。")
            entity["facts"].append({"produces": [pid for pid, _ in picked], "quote": quote})
            added += len(picked)
        source = project / "data" / "sources" / f"{data['source']}.txt"
        source.write_text(source.read_text(encoding="utf-8") + "".join(s + "\n" for s in sentences), encoding="utf-8")
        facts_path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")
    return added


class Page:
    def __init__(self, browser, url: str):
        self.context = browser.new_context(viewport={"width": 1500, "height": 900})
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        started = time.perf_counter()
        self.page.goto(url, timeout=TIMEOUT * 1000)
        self.wait("window.chaingraphExplorer && window.chaingraphExplorer.ready === true")
        self.wall_ready = time.perf_counter() - started

    def _route(self, route):
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            self.requests.append(route.request.url)
            route.abort()

    def js(self, expression: str):
        return self.page.evaluate(f"() => ({expression})")

    def wait(self, expression: str) -> None:
        deadline = time.monotonic() + TIMEOUT
        while not self.js(expression):
            if time.monotonic() > deadline:
                raise TimeoutError(expression)
            time.sleep(0.01)

    def next_frame(self) -> None:
        self.page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")

    def timed(self, action, until: str) -> float:
        started = time.perf_counter()
        action()
        self.wait(until)
        self.next_frame()
        return time.perf_counter() - started


def profile_stages(result) -> list[tuple[str, float]]:
    """Each stage's share of one more page generation, under cProfile."""
    profile = cProfile.Profile()
    profile.enable()
    render_explorer(result)
    profile.disable()
    stats = pstats.Stats(profile).stats
    total = max(cumulative for (_, _, _, cumulative, _) in stats.values())
    found = []
    for label, suffix, name in STAGES:
        seconds = sum(cumulative for (file, _, function), (_, _, _, cumulative, _) in stats.items()
                      if file.endswith(suffix) and function == name)
        found.append((label, seconds / total))
    return found


def byte_shares(data: dict, html: str) -> list[tuple[str, int]]:
    """The page's bytes by what they hold: the fixed scripts and styles, each part of the embedded
    data (`explorer_data`, as the page carries it), and within the nodes each column."""
    def size(value) -> int:
        return len(json_for_script(value).encode())

    embedded = data
    parts = [("whole page", len(html.encode())),
             ("scripts, styles and markup", len(html.encode()) - size(embedded))]
    parts += [(f"data: {key}", size(value)) for key, value in sorted(embedded.items(), key=lambda kv: -size(kv[1]))
              if size(value) > 10_000]
    parts += [(f"  nodes: {key}", size(value)) for key, value in
              sorted(embedded["nodes"].items(), key=lambda kv: -size(kv[1]))]
    return parts


def measure(browser, path: Path, fragment: str, company: dict, screenshot: str) -> dict:
    page = Page(browser, path.resolve().as_uri() + fragment)
    hook = "window.chaingraphExplorer"
    if screenshot and fragment == "#graph":
        page.page.set_viewport_size({"width": 1280, "height": 720})
        page.page.click("#fit")  # the opening view again, at this size
        page.next_frame()
        page.wait(f"{hook}.labelsSettled")
        page.page.screenshot(path=screenshot)
    row = {"mode": page.js(f"{hook}.mode"), "interactive_s": page.js(f"{hook}.readyAt") / 1000,
           "wall_ready_s": page.wall_ready, "drawn_nodes": len(page.js(f"{hook}.drawnNodeIds()")),
           "drawn_edges": page.js(f"{hook}.drawnEdgeCount()")}
    row["redraw_s"] = page.js(f"(() => {{ const t = performance.now(); {hook}.redraw(); "
                              "return (performance.now() - t) / 1000; })()")
    # the page makes its groups (static/explorer-layout.js): the first park's, from the page
    park_group = page.js(f"(({hook}.groups().find(g => g.kind === 'park') || {{}}).id || null)")
    row["groups"] = len(page.js(f"{hook}.groups()"))
    if park_group is not None and row["mode"] == "aggregated":
        row["expand_s"] = page.timed(lambda: page.js(f"{hook}.expand({json.dumps(park_group)})"),
                                     f"{hook}.drawnNodeIds().indexOf({json.dumps(park_group)}) < 0")
    name = company["labels"]["zh"]

    def search():
        page.page.fill("#search", name)
        page.page.keyboard.press("Enter")

    row["search_select_s"] = page.timed(search, f"{hook}.selected === {json.dumps(company['id'])} && "
                                                "!document.getElementById('panel').hidden")
    row["errors"] = len(page.errors)
    row["requests"] = len(page.requests)
    page.context.close()
    return row


def relation_count(nodes: dict) -> int:
    """The relations the page draws (it derives them from the facts, as `entities.edges` does):
    one per pair of nodes and property, and per role for positions."""
    found = set()
    for source, facts in enumerate(nodes["facts"]):
        for fact in facts:
            target = fact[1]
            if isinstance(target, int):
                found.add((source, target, fact[0], None))
            elif isinstance(target, dict) and "node" in target:
                found.add((source, target["node"], fact[0], json.dumps(target.get("role"), sort_keys=True)))
    return len(found)


# Another checkout's modules its explorer brings along: the chain analysis its chain view calls.
COMPARED_ANALYSIS = ("chain", "makers")


def other_explorer(source: Path, folder: Path):
    """`render_explorer` of another checkout's explorer package, copied into `folder` as the
    package `explorer_compared` with that checkout's chain analysis (COMPARED_ANALYSIS, as
    `explorer_compared.analysis_chain` and `.analysis_makers`), their imports of each other
    renamed, beside this checkout's."""
    target = folder / "explorer_compared"
    shutil.copytree(source / "chaingraph" / "views" / "explorer", target)
    for name in COMPARED_ANALYSIS:
        shutil.copy(source / "chaingraph" / "analysis" / f"{name}.py", target / f"analysis_{name}.py")
    renamed = "|".join(COMPARED_ANALYSIS)
    for module in target.glob("*.py"):
        text = module.read_text(encoding="utf-8")
        text = re.sub(r"\bchaingraph\.views\.explorer\b", "explorer_compared", text)
        text = re.sub(rf"\bfrom chaingraph\.analysis import ({renamed}) as\b",
                      r"from explorer_compared import analysis_\1 as", text)
        text = re.sub(rf"\bchaingraph\.analysis\.({renamed})\b", r"explorer_compared.analysis_\1", text)
        module.write_text(text, encoding="utf-8")
    sys.path.insert(0, str(folder))
    from explorer_compared import render_explorer as other  # noqa: PLC0415

    return other


def compare(result, other, rounds: int) -> list[tuple[str, list[float]]]:
    """CPU seconds of each page generation, this checkout's and the other's taking turns."""
    times: dict[str, list[float]] = {"this checkout": [], "--compare-source": []}
    renders = {"this checkout": render_explorer, "--compare-source": other}
    for render in renders.values():
        render(result)  # warm-up: pypinyin's import and the caches both share
    for turn in range(rounds):
        order = list(renders) if turn % 2 == 0 else list(reversed(renders))
        for name in order:
            cpu = time.process_time()
            renders[name](result)
            times[name].append(time.process_time() - cpu)
    return list(times.items())


def built_region(args, folder: Path):
    """The region built in `folder`, or read back from the N-Quads an earlier run with the same
    --region left there; with the seconds the build took (0 when read back)."""
    project = Project(root=folder / "region", outputs=folder / "outputs")
    saved = project.output_dir / "chaingraph.nq"
    if args.region and saved.exists():
        return read_built(project), 0.0
    generate(args.zones, args.companies, args.seed, project.root, ROOT)
    add_products(project.root, args.extra_products, args.seed)
    started = time.perf_counter()
    result = build_dataset(project)
    build_s = time.perf_counter() - started
    if args.region:
        project.output_dir.mkdir(parents=True, exist_ok=True)
        ox.serialize(result.oxigraph_quads, output=str(saved), format=ox.RdfFormat.N_QUADS)
    return result, build_s


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--zones", type=int, default=25)
    parser.add_argument("--companies", type=int, default=1650)
    parser.add_argument("--extra-products", type=int, default=5, help="more products per company (edges)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--views", default="aggregated,full", help="views to open: aggregated, full or both")
    parser.add_argument("--screenshot", default="", help="save the aggregated view at 1280×720 to this PNG")
    parser.add_argument("--region", default="", help="keep the built region in this folder and read its N-Quads "
                        "back on later runs instead of building it again (to time generation side by side)")
    parser.add_argument("--compare-source", default="", help="another checkout's src: its explorer's page "
                        "generation timed against this one's, taking turns in this process")
    parser.add_argument("--rounds", type=int, default=10, help="turns of each, with --compare-source")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        result, build_s = built_region(args, Path(args.region or folder))
        started = time.perf_counter()
        result.source_records  # noqa: B018  computed once per build and cached; the report shares it
        sources_s = time.perf_counter() - started
        started = time.perf_counter()
        shared_graph(result)  # the entity graph, once per build: the report and the graph files share it
        projection_s = time.perf_counter() - started
        started, cpu = time.perf_counter(), time.process_time()
        shared_statements(result)  # the statements read once per build: the report's citations share them
        statements_s, statements_cpu = time.perf_counter() - started, time.process_time() - cpu
        # What the build runs (`output_files`): explorer_data and render_page under one pause of
        # the cycle collector.
        started, cpu = time.perf_counter(), time.process_time()
        html = render_explorer(result)
        page_s, page_cpu = time.perf_counter() - started, time.process_time() - cpu
        data = explorer_data(result)  # the same data again, for the byte shares
        shares = profile_stages(result)
        path = Path(folder) / EXPLORER_PAGE
        path.write_text(html, encoding="utf-8")
        size_mb = path.stat().st_size / 1e6
        sizes = byte_shares(data, html)
        nodes = data["nodes"]
        company_class = next(i for i, c in enumerate(data["classes"]) if c["key"] == "Company")
        at = nodes["cls"].index(company_class)
        company = {"id": nodes["ids"][at], "labels": {"zh": nodes["zh"][at]}}
        compared = (compare(result, other_explorer(Path(args.compare_source), Path(folder)), args.rounds)
                    if args.compare_source else [])
        views = [view for view in args.views.split(",") if view]  # --views "": no browser
        rows = []
        if views:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
                try:
                    # The page opens on the chain view; #graph opens the graph, on groups at this size.
                    fragments = {"aggregated": "#graph", "full": "#full"}
                    rows = [measure(browser, path, fragments[view], company, args.screenshot)
                            for view in views]
                finally:
                    browser.close()

    print(f"region: {args.zones} zones, {args.companies} companies, {args.extra_products} extra products each; "
          f"{result.quad_count:,} quads")
    entities = len(data["nodes"]["ids"])
    print(f"entities (nodes) {entities:,} · relations (edges) {relation_count(data['nodes']):,} · "
          f"groups (made by the page) {rows[0]['groups'] if rows else '–'} · "
          f"aggregated above {AGGREGATE_ABOVE:,} entities")
    print(f"build {build_s:.1f} s · sources read from the dataset {sources_s:.1f} s, the entity graph "
          f"{projection_s:.1f} s and the statements {statements_s:.1f} s (CPU {statements_cpu:.1f} s) (each once "
          f"per build, shared with the report) · page generation {page_s:.1f} s (CPU {page_cpu:.1f} s) · "
          f"page size {size_mb:.1f} MB · "
          f"{len(html.encode()) / entities:,.0f} bytes per entity\n")
    if compared:
        print("| page generation, CPU s, taking turns in one process | min | median | each |")
        print("|---|---|---|---|")
        for name, times in compared:
            print(f"| {name} | {min(times):.2f} | {statistics.median(times):.2f} | "
                  f"{' '.join(f'{t:.2f}' for t in times)} |")
        print()
    print("| generation stage | share of the profiled time |")
    print("|---|---|")
    for label, share in shares:
        print(f"| {label} | {share:.0%} |")
    print("\n| page part | bytes | bytes per entity |")
    print("|---|---|---|")
    for label, size in sizes:
        print(f"| {label} | {size:,} | {size / entities:,.0f} |")
    print()
    print("| view | drawn nodes | drawn edges | interactive (s) | one redraw (s) | expand a park (s) "
          "| search + select (s) | console errors | requests |")
    print("|---|---|---|---|---|---|---|---|---|")
    for row in rows:
        expand = f"{row['expand_s']:.2f}" if "expand_s" in row else "–"
        print(f"| {row['mode']} | {row['drawn_nodes']:,} | {row['drawn_edges']:,} | {row['interactive_s']:.2f} "
              f"| {row['redraw_s']:.3f} | {expand} | {row['search_select_s']:.2f} | {row['errors']} "
              f"| {row['requests']} |")


if __name__ == "__main__":
    main()

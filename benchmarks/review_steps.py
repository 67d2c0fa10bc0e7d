"""Curator work from capture to a correct facts file, before and after the review page.

    PYTHONPATH=src .venv/bin/python benchmarks/review_steps.py [--keep DIR]

For each article of tests/review_articles/ (each has its correct facts file, `ID.facts.yaml`,
written by hand):

* before: `chaingraph extract` writes its draft and the curator edits the YAML. The edits are
  counted piece by piece between the draft and the correct file (tests/review_script.py,
  `yaml_edits`): entities deleted, pieces (class, label, alias, quote, sentence, one fact)
  changed, added or deleted, ids changed and every reference to them, and the characters typed.
  Commands: ingest, extract, open the editor, build (at least once). The problems the first build
  of the unedited draft reports are counted too (the loader's and SHACL's, as `chaingraph build`
  lists them).
* after: `chaingraph review ID` in Chromium, driven by the script of tests/review_script.py with
  every key press, click, choice in a list and typed character counted, then the same edit count
  between the file the page saved and the correct file (what the page cannot do yet).
  Commands: ingest, review, build.

The project is a copy of this one (the Zigong source curated) with the three articles ingested.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

import yaml
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests")]

from review_articles.articles import ARTICLES, HERE, ingest_all  # noqa: E402
from review_script import review, yaml_edits  # noqa: E402
from support import CHROMIUM, CHROMIUM_ARGS, copy_project  # noqa: E402

from chaingraph.authoring.review.compose import Composed  # noqa: E402
from chaingraph.authoring.review.server import ReviewServer  # noqa: E402
from chaingraph.dataset.build import build_dataset  # noqa: E402


def measure(project, source_id: str, browser) -> dict:
    server = ReviewServer(project, source_id)
    server.start()
    proposed = len(server.review.session.candidates)  # before the curator adds any
    try:
        draft = yaml.safe_load(server.review.session.draft_text)
        first_build = server.review.checker.check(Composed(server.review.session.draft_text))
        draft_problems = len(first_build.general) + sum(len(p) for p in first_build.problems.values())
        page = browser.new_page(viewport={"width": 1500, "height": 900})
        page.goto(server.url + "/")
        curator = review(page, source_id)
        saved_state = page.get_attribute("#saved", "data-state")
        page.close()
    finally:
        server.stop()
    correct = yaml.safe_load((HERE / f"{source_id}.facts.yaml").read_text(encoding="utf-8"))
    saved_path = project.facts / f"{source_id}.yaml"
    saved = yaml.safe_load(saved_path.read_text(encoding="utf-8")) if saved_state == "saved" else {"entities": []}
    rename = {c["id"]: server.review.final_ids.get(c["key"], c["id"]) for c in server.review.session.candidates}
    before = yaml_edits(draft, correct, rename)
    left = yaml_edits(saved, correct, {})
    shutil.copyfile(HERE / f"{source_id}.facts.yaml", saved_path)  # the correct file, for the next article's build
    build_dataset(project)
    return {"candidates": proposed, "before": before, "draft problems": draft_problems,
            "after": curator.counts,
            "left": left, "saved": saved_state}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keep", help="keep the project copy here")
    args = parser.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="review-steps-"))
    project = copy_project(folder)
    ingest_all(project)
    rows = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for source_id in ARTICLES:
            rows.append((source_id, measure(project, source_id, browser)))
        browser.close()
    print("| article | candidates | before: problems in the draft's first build | before: edits to the draft "
          "(deleted / pieces / renames) | before: characters typed | after: keys / clicks / choices "
          "| after: characters typed | after: edits left |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for source_id, r in rows:
        b, a, left = r["before"], r["after"], r["left"]
        edits = b["deleted entities"] + b["pieces changed"] + b["ids and references renamed"]
        remaining = left["deleted entities"] + left["pieces changed"] + left["ids and references renamed"]
        print(f"| {source_id} | {r['candidates']} | {r['draft problems']} | {edits} "
              f"({b['deleted entities']} / {b['pieces changed']} / "
              f"{b['ids and references renamed']}) | {b['typed']} | {a['keys'] + a['clicks'] + a['choices']} "
              f"({a['keys']} / {a['clicks']} / {a['choices']}) | {a['typed']} | {remaining} ({left['typed']} typed) |")
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

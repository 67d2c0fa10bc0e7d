"""Precision and recall of `chaingraph extract` per kind, against a curated facts file.

    .venv/bin/python benchmarks/extract_eval.py [SOURCE_ID]

The extractor runs on the source's normalized text with a gazetteer built from every *other*
facts file (plus the generic list of regions): the curated file being scored is never read to
find candidates. A candidate counts as right when one of its names (label or alias) is a label
or alias of a curated entity of the same kind; a curated figure counts as found when a
candidate figure has the same value and unit.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import yaml

from chaingraph.authoring.extract import extract
from chaingraph.authoring.extract.rules import KIND_OF, KINDS
from chaingraph.authoring.gazetteer import build_gazetteer
from chaingraph.core.project import Project
from chaingraph.sources.captures import load_source

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = "zigong-gaoxinqu-2024-08"
TARGETS = {"organisation", "park", "zone", "quantity"}  # recall >= 0.9 is the goal for these


def curated(path: Path) -> dict[str, list[set]]:
    """Kind -> one set of names (or one (value, unit) pair) per curated entity."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    gold: dict[str, list[set]] = {kind: [] for kind in KINDS}
    for item in data["entities"]:
        kind = KIND_OF.get(item.get("class"))
        if kind is None:
            continue
        if kind == "quantity":
            facts = {k: v for statement in item.get("facts") or [] for k, v in statement.items() if k != "quote"}
            gold[kind].append({(Decimal(str(facts["value"])).normalize(), facts["unitCode"])})
            continue
        names = {item["label"]["zh"]}
        names.update((item.get("aliases") or {}).get("zh") or [])
        gold[kind].append(names)
    return gold


def proposed(draft) -> dict[str, list[set]]:
    found: dict[str, list[set]] = {kind: [] for kind in KINDS}
    for candidate in draft.candidates:
        if candidate.kind not in found:
            continue
        if candidate.kind == "quantity":
            found["quantity"].append({(candidate.figure.value.normalize(), candidate.figure.unit)})
        else:
            found[candidate.kind].append(set(candidate.names))
    return found


def score(gold: list[set], found: list[set]) -> tuple[float, float, int, int]:
    right = sum(1 for names in found if any(names & g for g in gold))
    hit = sum(1 for g in gold if any(names & g for names in found))
    precision = right / len(found) if found else 1.0
    recall = hit / len(gold) if gold else 1.0
    return precision, recall, len(found), len(gold)


def main(source_id: str = DEFAULT_SOURCE) -> int:
    project = Project(root=ROOT)
    source = load_source(project.sources, source_id)
    others = [p for p in sorted(project.facts.glob("*.yaml")) if p.stem != source_id]
    gazetteer = build_gazetteer(others, exclude_sources={source_id})
    draft = extract(source.normalized, source_id, gazetteer, source.date or source.visit_date)
    gold = curated(project.facts / f"{source_id}.yaml")
    found = proposed(draft)
    print(f"extract vs curated facts of {source_id} (gazetteer: {len(others)} other facts file(s) + regions)")
    print(f"{'kind':<14}{'precision':>10}{'recall':>8}{'proposed':>10}{'curated':>9}  target")
    for kind in KINDS:
        if kind == "person" or kind in found:
            precision, recall, n_found, n_gold = score(gold[kind], found[kind])
            target = "recall>=0.9, precision>=0.7" if kind in TARGETS else ""
            flag = "" if kind not in TARGETS or (recall >= 0.9 and precision >= 0.7) else "  (below target)"
            print(f"{kind:<14}{precision:>10.2f}{recall:>8.2f}{n_found:>10}{n_gold:>9}  {target}{flag}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))

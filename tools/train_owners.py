"""Fit the owner ranker's weights (src/chaingraph/authoring/extract/owner_weights.json).

    .venv/bin/python tools/train_owners.py collect   # the rules' answers on articles they had not seen
    .venv/bin/python tools/train_owners.py fit       # weights from those answers and the golds
    .venv/bin/python tools/train_owners.py check     # the figures only, nothing written

What the ranker must learn is when the owner rules go wrong on text they were not written for. Their answers
on the dev articles today are right 97 % of the time: the rules were tuned on those very articles. So the
training material is what the rules answered before they had seen each batch: every batch of rule-blind dev
articles and every retired held-out set is listed in ``tools/owner_eras.txt`` with the commit just before it
reached the rules. ``collect`` checks each such commit out (a detached git worktree under a temporary folder),
runs its extractor on the batch with today's ``owner_ranker`` features, labels every choice from today's golds,
and writes ``tools/owner_records.jsonl.gz``. ``fit`` reads that file only, so anyone can refit the shipped
weights without the history (``check`` prints leave-one-batch-out figures: each batch scored by weights fitted
on the others). Logistic regression from scikit-learn (the ``dev`` extra); the weights are plain JSON that
extraction reads without it.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ERAS = ROOT / "tools" / "owner_eras.txt"
RECORDS = ROOT / "tools" / "owner_records.jsonl.gz"
WEIGHTS = ROOT / "src" / "chaingraph" / "authoring" / "extract" / "owner_weights.json"
COPIED = (WEIGHTS.with_name("owner_ranker.py"), WEIGHTS.with_name("article_place.py"), WEIGHTS.with_name("founders.py"),
          WEIGHTS.with_name("partners.py"), WEIGHTS.with_name("abroad.py"), WEIGHTS.with_name("trips.py"))
ARTICLES = ROOT / "tests" / "articles"
REGULARISATION = 0.5  # scikit-learn's C; 0.1 to 2 score alike leave-one-batch-out


# ---------------------------------------------------------------- collect


def eras() -> list[tuple[str, str]]:
    """(commit, comma-separated article ids) of every batch, as listed in owner_eras.txt."""
    lines = [line.split("#")[0].split() for line in ERAS.read_text(encoding="utf-8").splitlines()]
    return [(words[0], words[1]) for words in lines if words]


def collect(numbers: set[int] | None = None) -> list[dict]:
    """The labelled records of every batch (of those numbered ``numbers``, counted from 1, when given)."""
    records = []
    with tempfile.TemporaryDirectory(prefix="chaingraph-eras-") as scratch:
        for number, (commit, ids) in enumerate(eras(), 1):
            if numbers is not None and number not in numbers:
                continue
            batch_name = f"{number:02d}-{commit[:8]}"  # two batches may share a commit
            seen = _replay(commit, ids, Path(scratch) / batch_name)
            batch = labelled(seen)
            print(f"{batch_name}  {len(batch):4d} figures", file=sys.stderr)
            records += [dict(r, batch=batch_name) for r in batch]
    return records


def _replay(commit: str, ids: str, tree: Path) -> list[dict]:
    """What the extractor of ``commit`` saw around each figure of the batch, today's features on its rules."""
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--quiet", "--detach", str(tree), commit], check=True)
    try:
        for module in COPIED:
            shutil.copy(module, tree / module.relative_to(ROOT))
        run = subprocess.run([sys.executable, __file__, "collect-era", str(tree), ids], capture_output=True, text=True,
                             env={**os.environ, "PYTHONPATH": str(tree / "src")})
        if run.returncode != 0:
            sys.exit(f"replaying {commit[:12]} failed:\n{run.stderr}")
        return [json.loads(line) for line in run.stdout.splitlines()]
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)
        subprocess.run(["git", "-C", str(ROOT), "worktree", "prune"], check=False)


def collect_era(tree: Path, ids: str) -> None:
    """In a child whose ``chaingraph`` is the era's: print, per figure, its choices' names and features."""
    sys.path.insert(0, str(tree / "benchmarks"))
    import extract_eval  # the era's own: it reads the articles as that day's extractor did

    from chaingraph.authoring.extract import extract, owner_ranker, quantities
    from chaingraph.authoring.extract.article_place import article_place  # today's, copied in

    seen = []

    def watch(figure, ruled, rel):
        choices = owner_ranker.ranked(rel, figure, ruled, article_place(rel, figure.start))
        seen.append({"figure": f"{figure.sentence} {figure.text}", "value": str(figure.value), "unit": figure.unit,
                     "inside": owner_ranker.inside_project(figure, ruled),
                     "choices": [c.candidate.label if c.candidate else None for c in choices],
                     "names": [sorted(c.candidate.names) if c.candidate else [] for c in choices],
                     "ruled": [c.candidate is (ruled[1] if ruled else None) for c in choices],
                     "features": [c.features for c in choices]})
        return ruled  # the rules' answer goes on, as that day's extractor had it

    if hasattr(quantities, "ranked_owner"):  # an era with the ranker: watch where it would weigh the rules' answer
        quantities.ranked_owner = lambda rel, figure, ruled: watch(figure, ruled, rel)
    else:  # an era before it: the rules were all of owner_of
        rules = quantities.owner_of
        quantities.owner_of = lambda rel, figure: watch(figure, rules(rel, figure), rel)
    for case_id, normalized, _gold, gazetteer, date, *_ in extract_eval.corpus_cases(ARTICLES, ids):
        seen.clear()
        extract(normalized, case_id, gazetteer, date)
        for record in seen:
            print(json.dumps(dict(record, case=case_id), ensure_ascii=False))


def labelled(seen: list[dict]) -> list[dict]:
    """The records of the figures a gold names, each choice right or not as the benchmark counts an owner right
    (today's ``extract_eval``: a name of a gold owner, a project also spelled with its builder in front)."""
    extract_eval = _benchmark()
    golds: dict[str, object] = {}
    records = []
    for record in seen:
        if record["case"] not in golds:
            golds[record["case"]] = extract_eval.corpus_gold(ARTICLES / f"{record['case']}.gold.yaml")
        gold = golds[record["case"]]
        value = Decimal(record["value"])
        same = [q for q in gold.quantities if extract_eval.same_measure(value, record["unit"], q.value, q.unit)]
        answers = {frozenset(extract_eval.gold_owner_names(gold, q)) for q in same}
        if len(answers) != 1 or not next(iter(answers)):
            continue  # no gold figure of this measure, or several with different owners: nothing to learn
        names = next(iter(answers))
        right = [bool(set(own) & names) for own in record["names"]]
        if not any(right) and not record["inside"]:
            continue  # the right owner is not among the names found: no ranking helps
        records.append({key: record[key] for key in ("case", "figure", "inside", "choices", "ruled", "features")}
                       | {"right": right})
    return records


def _benchmark():
    """Today's benchmark module (imported late: the child that replays an era must not load it)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import extract_eval

    return extract_eval


# ---------------------------------------------------------------- fit


def read_records(path: Path = RECORDS) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def write_records(records: list[dict], path: Path = RECORDS) -> None:
    with gzip.GzipFile(path, "wb", mtime=0) as raw:  # mtime 0: the same records, the same bytes
        raw.write("".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records).encode())


def fit(records: list[dict], c: float = REGULARISATION) -> dict[str, float]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    rows = vectorizer.fit_transform([f for r in records for f in r["features"]])
    model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    model.fit(rows, [int(y) for r in records for y in r["right"]])
    pairs = zip(vectorizer.feature_names_, model.coef_[0], strict=True)
    table = {name: round(float(w), 4) for name, w in pairs if abs(w) >= 1e-4}
    table["(intercept)"] = round(float(model.intercept_[0]), 4)
    return dict(sorted(table.items()))


def accuracy(records: list[dict], table: dict[str, float] | None) -> float:
    """Share of figures whose best-scored choice (the rules' choice when ``table`` is None) is right."""
    from chaingraph.authoring.extract.owner_ranker import score

    hits = 0
    for r in records:
        if table is None:
            pick = r["ruled"].index(True) if any(r["ruled"]) else None
        else:
            scores = [score(found, table) for found in r["features"]]
            pick = max(range(len(scores)), key=scores.__getitem__)
        hits += pick is not None and r["right"][pick]
    return hits / len(records) if records else 0.0


def ranked_records(records: list[dict]) -> list[dict]:
    """The records with a choice to make: a figure inside the rules' project's name is left to them."""
    return [r for r in records if not r["inside"]]


def report(records: list[dict], c: float) -> list[str]:
    """Leave-one-batch-out: every batch scored by weights fitted on the other batches."""
    inside = [r for r in records if r["inside"]]
    records = ranked_records(records)
    lines = ["batch          figures  rules  ranker"]
    total_rules = total_ranker = 0.0
    for name in sorted({r["batch"] for r in records}):
        batch = [r for r in records if r["batch"] == name]
        table = fit([r for r in records if r["batch"] != name], c)
        rules, ranker = accuracy(batch, None), accuracy(batch, table)
        total_rules, total_ranker = total_rules + rules * len(batch), total_ranker + ranker * len(batch)
        lines.append(f"{name:12s}  {len(batch):7d}  {rules:5.3f}  {ranker:6.3f}")
    n = len(records)
    lines.append(f"{'all':12s}  {n:7d}  {total_rules / n:5.3f}  {total_ranker / n:6.3f}")
    right_inside = sum(r["right"][0] for r in inside)
    lines.append(f"figures inside the rules' project's name (left to the rules): {right_inside} of {len(inside)} right")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("verb", choices=("collect", "fit", "check", "collect-era"))
    parser.add_argument("args", nargs="*", help="collect-era only: the era's worktree and its article ids")
    parser.add_argument("-C", type=float, default=REGULARISATION, dest="c", help="the regularisation (default 0.5)")
    args = parser.parse_args(argv)
    if args.verb == "collect-era":
        collect_era(Path(args.args[0]), args.args[1])
        return 0
    if args.verb == "collect":
        records = collect()
        write_records(records)
        print(f"wrote {RECORDS.relative_to(ROOT)}: {len(records)} figures")
        return 0
    records = read_records()
    print("\n".join(report(records, args.c)))
    if args.verb == "fit":
        table = fit(ranked_records(records), args.c)
        WEIGHTS.write_text(json.dumps(table, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS.relative_to(ROOT)}: {len(table)} weights")
    return 0


if __name__ == "__main__":
    sys.exit(main())

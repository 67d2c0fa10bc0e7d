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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ERAS = ROOT / "tools" / "owner_eras.txt"
RECORDS = ROOT / "tools" / "owner_records.jsonl.gz"
WEIGHTS = ROOT / "src" / "chaingraph" / "authoring" / "extract" / "owner_weights.json"
RANKER = WEIGHTS.with_name("owner_ranker.py")
ARTICLES = ROOT / "tests" / "articles"
REGULARISATION = 0.5  # scikit-learn's C; 0.1 to 2 score alike leave-one-batch-out


# ---------------------------------------------------------------- collect


def eras() -> list[tuple[str, str]]:
    """(commit, comma-separated article ids) of every batch, as listed in owner_eras.txt."""
    lines = [line.split("#")[0].split() for line in ERAS.read_text(encoding="utf-8").splitlines()]
    return [(words[0], words[1]) for words in lines if words]


def collect(numbers: set[int] | None = None) -> list[dict]:
    """The records of every batch (of those numbered ``numbers``, counted from 1, when given)."""
    records = []
    with tempfile.TemporaryDirectory(prefix="chaingraph-eras-") as scratch:
        for number, (commit, ids) in enumerate(eras(), 1):
            if numbers is not None and number not in numbers:
                continue
            batch_name = f"{number:02d}-{commit[:8]}"  # two batches may share a commit
            tree = Path(scratch) / batch_name
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--quiet", "--detach", str(tree), commit],
                           check=True)
            try:
                shutil.copy(RANKER, tree / RANKER.relative_to(ROOT))  # today's features over that day's rules
                run = subprocess.run([sys.executable, __file__, "collect-era", str(tree), ids], check=True,
                                     capture_output=True, text=True,
                                 env={**os.environ, "PYTHONPATH": str(tree / "src")})
                batch = [json.loads(line) for line in run.stdout.splitlines()]
                print(f"{batch_name}  {len(batch):4d} figures", file=sys.stderr)
                records += [dict(r, batch=batch_name) for r in batch]
            finally:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)
    return records


def collect_era(tree: Path, ids: str) -> None:
    """In a child whose ``chaingraph`` is the era's: print one JSON record per figure a gold names."""
    sys.path.insert(0, str(tree / "benchmarks"))
    import extract_eval  # the era's own gold reader (today's golds are read with it)

    from chaingraph.authoring.extract import extract, owner_ranker, quantities
    try:
        from chaingraph.authoring.extract.scopes import article_place
    except ImportError:  # an early era: no place of the article yet
        def article_place(rel, before):
            return None

    seen = []

    def watch(figure, ruled, rel):
        seen.append((figure, ruled, owner_ranker.ranked(rel, figure, ruled, article_place(rel, figure.start))))
        return ruled  # the rules' answer goes on, as that day's extractor had it

    if hasattr(quantities, "ranked_owner"):  # an era with the ranker: watch where it would weigh the rules' answer
        quantities.ranked_owner = lambda rel, figure, ruled: watch(figure, ruled, rel)
    else:  # an era before it: the rules were all of owner_of
        rules = quantities.owner_of
        quantities.owner_of = lambda rel, figure: watch(figure, rules(rel, figure), rel)
    for case_id, normalized, gold, gazetteer, date, *_ in extract_eval.corpus_cases(ARTICLES, ids):
        seen.clear()
        extract(normalized, case_id, gazetteer, date)
        for record in labelled(case_id, gold, seen, extract_eval.same_measure):
            print(json.dumps(record, ensure_ascii=False))


def labelled(case_id: str, gold, seen, same_measure) -> list[dict]:
    records = []
    for figure, ruled, options in seen:
        same = [q for q in gold.quantities if same_measure(figure.value, figure.unit, q.value, q.unit)]
        answers = {frozenset(_gold_names(gold, q)) for q in same}
        if len(answers) != 1:
            continue  # no gold figure of this measure, or several with different owners: nothing to learn
        names = next(iter(answers))
        right = [_is_right(c, names) if c is not None else not names for _s, _m, c, _f in options]
        if not any(right) or len(options) == 1:
            continue  # the right owner is not among the names found, or nothing to choose: no ranking helps
        records.append({"case": case_id, "figure": f"{figure.sentence} {figure.text}",
                        "choices": [c.label if c is not None else None for _s, _m, c, _f in options],
                        "right": right, "ruled": [c is (ruled[1] if ruled else None) for _s, _m, c, _f in options],
                        "features": [f for _s, _m, _c, f in options]})
    return records


def _gold_names(gold, quantity) -> set[str]:
    found: set[str] = set()
    for owner in quantity.owners:
        entity = gold.entity(owner)
        found |= entity.names if entity else {owner}
    return found


def _is_right(candidate, names: set[str]) -> bool:
    """One of the gold owner's names, or the gold's project spelled with its company before it: the text writes
    X有限公司年产5万吨Y项目 and a gold may name the project 年产5万吨Y项目. Both are the same project; without this the
    ranker would learn that a figure inside a project's name is its company's."""
    own = _names(candidate)
    return bool(own & names) or candidate.kind == "project" and any(
        name.endswith(gold) for name in own for gold in names if len(gold) >= 4 and gold.endswith("项目"))


def _names(candidate) -> set[str]:
    return set(candidate.names) | {m.text for m in candidate.mentions}


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
    hits = 0
    for r in records:
        if table is None:
            pick = next((i for i, ruled in enumerate(r["ruled"]) if ruled), None)
        else:
            scores = [table.get("(intercept)", 0.0) + sum(table.get(k, 0.0) * v for k, v in f.items())
                      for f in r["features"]]
            pick = max(range(len(scores)), key=scores.__getitem__)
        hits += pick is not None and r["right"][pick]
    return hits / len(records) if records else 0.0


def report(records: list[dict], c: float) -> list[str]:
    """Leave-one-batch-out: every batch scored by weights fitted on the other batches."""
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
        table = fit(records, args.c)
        WEIGHTS.write_text(json.dumps(table, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS.relative_to(ROOT)}: {len(table)} weights")
    return 0


if __name__ == "__main__":
    sys.exit(main())

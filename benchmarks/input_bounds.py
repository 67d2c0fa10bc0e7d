"""How long the normalizer and the YAML reader take on the inputs the tests only bound.

    .venv/bin/python benchmarks/input_bounds.py [--repeat N]

tests/test_normalize.py and tests/test_fuzz.py check what these inputs give (the repair budget
holds, hostile YAML is refused at its first alias or unread); the time they take depends on
the machine, so it is measured here, best of N runs, next to the figure the project aims for.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from chaingraph.core.problems import InputError
from chaingraph.core.yamlfile import MAX_BYTES, read_yaml
from chaingraph.sources.normalize import normalize

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "sources" / "zigong-gaoxinqu-2024-08.txt"


def noise(size: int) -> tuple[str, bytes]:
    """A text of CJK, pinyin, question marks and tag pieces, and as many random bytes."""
    rng = random.Random(7)
    alphabet = "中文區實?,!:;()（）。“”" + "abcF(xiàn)<>/p " + "".join(chr(0x4E00 + i) for i in range(0, 2000, 7))
    text = "".join(rng.choice(alphabet) for _ in range(size))
    return text, bytes(rng.randrange(256) for _ in range(size))


def billion_laughs(levels: int = 12, width: int = 12) -> str:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, levels):
        lines.append(f"a{level}: &a{level} [{', '.join([f'*a{level - 1}'] * width)}]")
    return "\n".join(lines) + f"\nentities: *a{levels - 1}\n"


def oversized() -> str:
    return "entities:\n  - id: x\n    description: {zh: " + "钠" * (MAX_BYTES // 3) + "}\n"


def best_of(repeat: int, run) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def refused(path: Path, text: str):
    def run():
        try:
            read_yaml(path)
        except InputError:
            return
        raise AssertionError(f"{path.name} was read, not refused")

    path.write_text(text, encoding="utf-8")
    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per case; the best is shown (default 3)")
    args = parser.parse_args(argv)
    seed = SEED.read_text(encoding="utf-8")
    normalize(seed)  # loads the word model, the byte tables and OpenCC once
    text, data = noise(1_000_000)
    calls = iter(range(1, 10**6))  # normalize is memoized: each run gets an input of its own
    with tempfile.TemporaryDirectory() as tmp:
        cases = [
            ("normalize: the seed capture, models loaded", f"{len(seed):,} chars", 0.5,
             lambda: normalize(seed + "\n" * next(calls))),
            ("normalize: noise text", f"{len(text):,} chars", 6, lambda: normalize(text + "\n" * next(calls))),
            ("normalize: random bytes", f"{len(data):,} bytes", 6, lambda: normalize(data + b"\n" * next(calls))),
            ("read_yaml: billion laughs, 12 levels of 12", "refused", 1,
             refused(Path(tmp) / "laughs.yaml", billion_laughs())),
            ("read_yaml: a file over MAX_BYTES", "refused", 2, refused(Path(tmp) / "big.yaml", oversized())),
        ]
        print(f"{'case':<46}{'input':>18}{'seconds':>10}{'aim':>7}")
        for name, size, aim, run in cases:
            seconds = best_of(args.repeat, run)
            flag = "" if seconds <= aim else "  (over the aim)"
            print(f"{name:<46}{size:>18}{seconds:>10.3f}{aim:>7g}{flag}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

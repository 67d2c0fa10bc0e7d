"""The fuzz properties of tests/test_fuzz.py with a large budget and fresh random cases.

    .venv/bin/python benchmarks/fuzz_long.py --examples 20000
    .venv/bin/python benchmarks/fuzz_long.py --examples 2000 --seed 7     # reproducible

`--examples` is the number of cases for each of the large properties (random documents, the
normalizer's random bytes...); the others scale in proportion, as in the CI budget (200 there).
The run prints, per property, how many cases ran and how they ended (graph, refused with problems,
normalized), and exits non-zero when any case failed: a traceback, a problem without file or
field, control characters in normalized text, or a case outliving its hang bound.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CI_EXAMPLES = 200  # the budget of the large properties in tests/test_fuzz.py


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=20000, help="cases per large property (default 20000)")
    parser.add_argument("--seed", type=int, help="hypothesis seed (default: a fresh random run)")
    parser.add_argument("--case-seconds", type=float, default=10, help="hang bound per case (default 10 s)")
    parser.add_argument("-k", dest="select", help="only the properties whose test name matches (pytest -k)")
    args = parser.parse_args(argv)
    env = {**os.environ, "CHAINGRAPH_FUZZ_EXAMPLES_SCALE": str(args.examples / CI_EXAMPLES),
           "CHAINGRAPH_FUZZ_RANDOM": "1", "CHAINGRAPH_FUZZ_CASE_SECONDS": str(args.case_seconds)}
    command = [sys.executable, "-m", "pytest", str(ROOT / "tests" / "test_fuzz.py"), "-q", "-p", "no:cacheprovider",
               "--hypothesis-show-statistics"]
    if args.seed is not None:
        command.append(f"--hypothesis-seed={args.seed}")
    if args.select:
        command += ["-k", args.select]
    print(f"fuzzing with {args.examples} cases per large property: {' '.join(command)}", flush=True)
    started = time.monotonic()
    code = subprocess.call(command, cwd=ROOT, env=env)
    print(f"finished in {time.monotonic() - started:.0f} s with exit code {code}")
    return code


if __name__ == "__main__":
    sys.exit(main())

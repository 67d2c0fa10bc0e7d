"""The outputs of `chaingraph build` one by one: wall and CPU seconds of SHACL and of each output.

    .venv/bin/python benchmarks/output_stages.py                          # a 100k-quad region
    .venv/bin/python benchmarks/output_stages.py --zones 20 --companies 5000   # about 1M quads
    .venv/bin/python benchmarks/output_stages.py --profile /tmp/outputs.prof   # and a cProfile of them

A synthetic region (`chaingraph synth`) is built once without SHACL; then SHACL and every output
provider run in the order the build runs them, each timed on its own. CPU seconds (this process
only) are printed beside wall seconds because on a shared machine the wall time mostly measures
the load. To compare with another checkout, run this script with PYTHONPATH set to its src/.
"""

from __future__ import annotations

import argparse
import cProfile
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zones", type=int, default=10)
    parser.add_argument("--companies", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--profile", type=Path, help="write a cProfile of the timed stages here")
    args = parser.parse_args()

    from chaingraph.core.project import find_project
    from chaingraph.dataset.build import build_dataset, validate_result
    from chaingraph.views.outputs import PROVIDERS

    with tempfile.TemporaryDirectory() as tmp:
        region = Path(tmp) / "region"
        subprocess.run([sys.executable, "-m", "chaingraph", "synth", "--zones", str(args.zones), "--companies",
                        str(args.companies), "--seed", str(args.seed), "-o", str(region)],
                       check=True, capture_output=True)
        result = build_dataset(find_project(region, outputs=Path(tmp) / "outputs"), validate_shapes=False)
        steps = {"SHACL": lambda: validate_result(result)}
        steps |= {name: (lambda provider=provider: provider(result)) for name, provider in PROVIDERS.items()}
        profile = cProfile.Profile() if args.profile else None
        rows = []
        for name, step in steps.items():
            wall, cpu = time.perf_counter(), time.process_time()
            if profile:
                profile.enable()
            step()
            if profile:
                profile.disable()
            rows.append((name, time.perf_counter() - wall, time.process_time() - cpu))
        if profile:
            profile.dump_stats(args.profile)
    print(f"{result.quad_count:,} quads ({args.zones} zones, {args.companies} companies, seed {args.seed})\n")
    print("| stage | wall s | CPU s |\n|---|---:|---:|")
    for name, wall, cpu in rows:
        print(f"| {name} | {wall:.2f} | {cpu:.2f} |")


if __name__ == "__main__":
    main()

"""Each stage of `chaingraph build`: its CPU time, the process's memory after it and the peak so far.

    .venv/bin/python benchmarks/build_memory.py REGION OUTPUTS [build options...]

REGION is a project folder (`chaingraph synth` makes one), OUTPUTS a folder the build writes into
(emptied first). Memory is read from /proc/self/status (Linux): VmRSS, what the process holds
after the stage, and VmHWM, the highest it has held so far. Prints one Markdown table.
"""

from __future__ import annotations

import contextlib
import shutil
import sys
import time
from pathlib import Path

import chaingraph.core.progress as progress
from chaingraph.cli.main import main


def memory_mb() -> tuple[int, int]:
    """(held now, highest held so far) in MB."""
    found = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            found[name] = int(value.split()[0]) // 1024
    return found["VmRSS"], found["VmHWM"]


def run(region: str, outputs: str, options: list[str]) -> list[tuple[str, float, int, int]]:
    rows = []

    @contextlib.contextmanager
    def measured(name):
        started = time.process_time()
        yield
        rows.append((name, time.process_time() - started, *memory_mb()))

    progress.stages = lambda names, enabled=None: measured  # the command's own stages, measured
    shutil.rmtree(outputs, ignore_errors=True)
    assert main(["--root", region, "build", "--outputs", outputs, *options]) == 0
    return rows


if __name__ == "__main__":
    rows = run(sys.argv[1], sys.argv[2], sys.argv[3:])
    print("| stage | CPU s | held after MB | peak so far MB |\n|---|---:|---:|---:|")
    for name, cpu, held, peak in rows:
        print(f"| {name} | {cpu:.2f} | {held:,} | {peak:,} |")

"""Each stage of `chaingraph build`: its CPU time, the process's memory after it and the peak so far.

    .venv/bin/python benchmarks/build_memory.py REGION OUTPUTS [build options...]

REGION is a project folder (`chaingraph synth` makes one), OUTPUTS a folder the build writes into
(emptied first). Memory is read from /proc (Linux): VmRSS, what the process holds after the stage,
and VmHWM, the highest it has held so far; and, sampled every quarter second by a thread, the
highest sum of the PSS of the process and its children during the stage (a child reads facts files
or writes the RDF files on the second core; PSS counts the pages they share once). CPU is this
process's (the sampling thread's included, a few per cent) and its finished children's. Prints
one Markdown table.
"""

from __future__ import annotations

import contextlib
import resource
import shutil
import sys
import threading
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


def family_pss_mb() -> float:
    """The PSS of this process and its children, summed, in MB."""
    pids = ["self"] + [child for task in Path("/proc/self/task").glob("*/children")
                       for child in task.read_text().split()]
    total = 0
    for pid in pids:
        with contextlib.suppress(FileNotFoundError, ProcessLookupError):
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
    return total / 1024


def cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run(region: str, outputs: str, options: list[str]) -> list[tuple[str, float, int, int, float]]:
    rows = []
    highest = [0.0]
    done = threading.Event()

    def sample():
        while not done.wait(0.25):
            highest[0] = max(highest[0], family_pss_mb())

    @contextlib.contextmanager
    def measured(name):
        started = cpu_seconds()
        highest[0] = family_pss_mb()
        yield
        highest[0] = max(highest[0], family_pss_mb())
        rows.append((name, cpu_seconds() - started, *memory_mb(), highest[0]))

    progress.stages = lambda names, enabled=None: measured  # the command's own stages, measured
    shutil.rmtree(outputs, ignore_errors=True)
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        assert main(["--root", region, "build", "--outputs", outputs, *options]) == 0
    finally:
        done.set()
        sampler.join()
    return rows


if __name__ == "__main__":
    started = time.perf_counter()
    rows = run(sys.argv[1], sys.argv[2], sys.argv[3:])
    print("| stage | CPU s | held after MB | peak so far MB | highest PSS sum in the stage MB |\n"
          "|---|---:|---:|---:|---:|")
    for name, cpu, held, peak, pss in rows:
        print(f"| {name} | {cpu:.2f} | {held:,} | {peak:,} | {pss:,.0f} |")
    print(f"\nwall {time.perf_counter() - started:.1f} s")

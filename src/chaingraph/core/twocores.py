"""Run independent jobs on a second core when there is one.

Reading facts files (YAML with line numbers, every value checked, every quote located) is the
largest part of a clean build's core, and each file is read without looking at any other, so a
province's ninety files read in two processes take little more than half the time.

`map_on_two_cores` forks one child, which inherits everything the parent holds (the sources'
texts, the vocabulary) without any of it being sent, and works on half of the jobs (split by
weight) while the parent does the other half; the child's results come back pickled. With one
core, without fork, or for a few jobs, the jobs run one after the other here. A child that fails
in any way leaves its jobs to the parent, which runs them as it would have alone: a job's results
and errors are the same either way.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
from collections.abc import Callable, Sequence
from typing import TypeVar

Job = TypeVar("Job")
Result = TypeVar("Result")
PARALLEL_FROM = 4  # fewer jobs run here: forking and pickling would cost more than they save


def map_on_two_cores(function: Callable[[Job], Result], jobs: Sequence[Job], weights: Sequence[int]) -> list[Result]:
    """`[function(job) for job in jobs]`, half of them (by weight) computed in a forked child."""
    if len(jobs) < PARALLEL_FROM or not second_core_child_possible():
        return [function(job) for job in jobs]
    mine, theirs = _halves(weights)
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(function, [jobs[i] for i in theirs], sender))
    child.start()
    sender.close()
    received = None
    try:
        results: dict[int, Result] = {i: function(jobs[i]) for i in mine}
        received = _receive(receiver)
    finally:
        receiver.close()
        if received is None:
            child.terminate()  # the parent's own jobs raised, or the child failed
        child.join()
    if received is None or len(received) != len(theirs):
        received = [function(jobs[i]) for i in theirs]
    results.update(zip(theirs, received, strict=True))
    return [results[i] for i in range(len(jobs))]


def _receive(receiver) -> list | None:
    try:
        return pickle.loads(receiver.recv_bytes())
    except (EOFError, OSError, pickle.UnpicklingError):
        return None  # the child failed: its jobs are run here


def _child(function, jobs, sender) -> None:
    try:
        data = pickle.dumps([function(job) for job in jobs], protocol=pickle.HIGHEST_PROTOCOL)
        sender.send_bytes(data)
    except BaseException:  # noqa: BLE001 - the parent runs these jobs again and reports what goes wrong
        pass
    finally:
        sender.close()


def _halves(weights: Sequence[int]) -> tuple[list[int], list[int]]:
    """Job indexes split in two of about equal weight, heaviest first to the lighter side."""
    sides: tuple[list[int], list[int]] = ([], [])
    totals = [0, 0]
    for index in sorted(range(len(weights)), key=lambda i: -weights[i]):
        side = 0 if totals[0] <= totals[1] else 1
        sides[side].append(index)
        totals[side] += weights[index]
    return sorted(sides[0]), sorted(sides[1])


def second_core_child_possible() -> bool:
    """Whether a forked child could work beside this process: two cores, fork, and not a daemonic
    process (which may not have children)."""
    return (cores() >= 2 and "fork" in multiprocessing.get_all_start_methods()
            and not multiprocessing.current_process().daemon)


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on this system
        return os.cpu_count() or 1

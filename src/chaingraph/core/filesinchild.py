"""Write a build's largest files in a forked child while the parent goes on working.

The six RDF files of a province (13 s at a million quads) need only the quads, which the views
(explorer, report, VoID: twice as long) only read. `files_in_child` stages each file (an empty
temporary file beside it, named for this process, so a later build never takes it for a killed
build's leftover) and forks a child that writes them all; the child inherits the quads without any
of them being sent. The parent meanwhile makes the views, then takes the child's files as
`Staged` and publishes everything together (core.atomic.publish_files), as before.

A child that fails in any way leaves its files to the parent, which writes them as it would have
alone: the bytes are the same either way. With one core, without fork, or without the memory a
child needs, nothing is forked and the parent writes them. If the parent fails first (a view
raises, Ctrl-C), the child is stopped and every staged file removed: no output has changed.

Memory: the child shares the parent's pages until one of them writes to a page, and merely reading
a Python object writes its reference count. The cycle collector is frozen before the fork (its
passes would write to every tracked object in both processes) and disabled in the child; still,
the pages holding the quad objects end up copied, in the child or the parent, while the child
lives. The child is forked only when the system has that much memory available (`CHILD_BYTES_PER_ITEM`).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import gc
import multiprocessing
import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

from chaingraph.core import twocores
from chaingraph.core.atomic import Staged, Streamed, stage_empty

# The child's cost beyond what it shares, per item (quad) it writes: its copy of the pages of the
# quad objects it reads (about 230 bytes each) and its lists of them in graph order; doubled, so
# that the parent, whose views go on, is never the one pushed short of memory.
CHILD_BYTES_PER_ITEM = 600
PR_SET_PDEATHSIG = 1  # prctl's request for a signal when the parent dies (linux/prctl.h)


class FilesInChild:
    """Files being written by a forked child, or (no child) still to be written by the parent."""

    def __init__(self, files: dict[Path, Streamed]):
        self.files = files
        self.staged: dict[Path, str] = {}  # path -> its temporary file, which the child writes
        self.child = None

    def start(self) -> None:
        try:
            for path in sorted(self.files):
                self.staged[path] = stage_empty(path)
        except OSError:  # an unwritable folder: the parent meets it again, and reports it, as before
            self.discard()
            return
        context = multiprocessing.get_context("fork")
        for stream in (sys.stdout, sys.stderr):  # the child must not write the parent's pending output again
            with contextlib.suppress(Exception):
                stream.flush()
        gc.freeze()  # the collector's passes would write to (copy) every page of tracked objects
        try:
            self.child = context.Process(target=_write_staged, args=(self.files, self.staged, os.getpid()),
                                         daemon=True)
            self.child.start()
        except BaseException:
            self.child = None
            gc.unfreeze()
            self.discard()
            raise

    def finished(self) -> dict[Path, Streamed | Staged]:
        """Wait for the child: the files it wrote as `Staged` (publish_files renames them, or removes
        them if publishing fails), or, if it failed or never ran, the writers for the parent to run."""
        if self.child is None:
            return dict(self.files)
        self.child.join()
        succeeded = self.child.exitcode == 0
        self.child = None
        gc.unfreeze()
        if not succeeded:
            self.discard()
            return dict(self.files)
        staged, self.staged = self.staged, {}  # publish_files is responsible for them now
        return {path: Staged(tmp) for path, tmp in staged.items()}

    def stop(self) -> None:
        """The build failed before publishing: stop the child and remove its staged files."""
        if self.child is not None:
            self.child.terminate()
            self.child.join()
            self.child = None
            gc.unfreeze()
        self.discard()

    def discard(self) -> None:
        for tmp in self.staged.values():
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        self.staged = {}


@contextlib.contextmanager
def files_in_child(files: dict[Path, Streamed], items: int) -> Iterator[FilesInChild]:
    """Start writing `files` in a forked child when a second core and the memory for it (`items`
    objects read by the writers) are there. Whatever the block has not taken with `finished` (it
    failed, or never published) is stopped and removed when it ends."""
    writing = FilesInChild(files)
    if _worth_a_child(items):
        writing.start()
    try:
        yield writing
    finally:
        writing.stop()


def _worth_a_child(items: int) -> bool:
    return twocores.second_core_child_possible() and (available_memory() or 0) >= items * CHILD_BYTES_PER_ITEM


def available_memory() -> int | None:
    """Bytes the system can give without swapping (MemAvailable), or None where it does not say."""
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def _write_staged(files: dict[Path, Streamed], staged: dict[Path, str], parent: int) -> None:
    """In the child: write each file into its staged temporary file; exit 1 on any failure (the
    parent then writes them itself and reports what goes wrong)."""
    gc.disable()  # nothing here makes garbage cycles; a pass would copy every page it visits
    _end_with(parent)
    try:
        for path, tmp in staged.items():
            with open(tmp, "wb") as handle:
                files[path].write(handle)
                handle.flush()
                os.fsync(handle.fileno())
    except BaseException:  # noqa: BLE001 - Ctrl-C too: the parent decides what happens next
        os._exit(1)


def _end_with(parent: int) -> None:
    """Be killed when the parent dies (Linux): a killed build's files are never published, so
    writing on would only take a core from the next build."""
    name = ctypes.util.find_library("c")
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(name).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # it died before the request was made
        os._exit(1)

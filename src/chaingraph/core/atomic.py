"""Atomic file writes and the build lock: a failed or killed build never leaves a partial output."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from chaingraph.core.outputnames import BUILD_LOCK
from chaingraph.core.problems import display_path


class OutputError(Exception):
    """An output could not be written; what was there before is untouched."""


TEMP_PREFIX = ".tmp-"
# mkstemp creates files readable by their owner only; outputs get the mode a plain open() would
# give them, so colleagues and web servers can read them. Read once, at import (os.umask sets it).
_UMASK = os.umask(0o022)
os.umask(_UMASK)


def _temporary(folder: Path) -> tuple[int, str]:
    """A temporary file beside the output, named with this process's id so that a later build can
    tell the leftovers of a killed build (dead writer) from the files of a live one."""
    fd, tmp = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-", dir=folder)
    os.fchmod(fd, 0o666 & ~_UMASK)
    return fd, tmp


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Delete temporary files left in `folder` by writers that no longer run (a killed build)."""
    removed = []
    for path in sorted(folder.glob(f"{TEMP_PREFIX}*")):
        pid = path.name[len(TEMP_PREFIX):].split("-", 1)[0]
        if pid.isdigit() and _alive(int(pid)):
            continue
        with contextlib.suppress(FileNotFoundError, IsADirectoryError):
            path.unlink()
            removed.append(path)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path`, fsync it, then rename it over `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _temporary(path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


@dataclass(frozen=True)
class Streamed:
    """A file given as a function writing it to an open binary file: a million-quad serialization
    goes straight to disk, never whole into memory."""

    write: Callable[[BinaryIO], None]


@dataclass(frozen=True)
class Staged:
    """A file written already, into the temporary file `stage_empty` made for it (by a second
    process, core.filesinchild): publishing only renames it, or removes it if publishing fails."""

    tmp: str


def stage_empty(path: Path) -> str:
    """An empty temporary file beside `path`, named for this process, for another to write."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, "a folder is in the way", str(path))
    fd, tmp = _temporary(path.parent)
    os.close(fd)
    return tmp


def publish_files(files: dict[Path, bytes | Streamed | Staged]) -> None:
    """Write every file of a build: all are staged first, then renamed into place one by one.

    Staging everything before the first rename means a full disk or an unwritable folder fails
    before any output changes. A file may be given as `Streamed`, which writes into the staged file
    itself; whatever stops it (an error in its writer too) removes every staged file, since a
    temporary file of a live process (a server that builds) is never taken for a killed build's.
    A file given as `Staged` was written into its temporary file already, and is renamed with the rest.
    """
    staged = [(data.tmp, path) for path, data in sorted(files.items()) if isinstance(data, Staged)]
    path = None
    try:
        for path, data in sorted(files.items()):
            if isinstance(data, Staged):
                continue
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.is_dir():  # os.replace would fail only later, after other outputs had changed
                raise IsADirectoryError(errno.EISDIR, "a folder is in the way", str(path))
            fd, tmp = _temporary(path.parent)
            staged.append((tmp, path))
            with os.fdopen(fd, "wb") as handle:
                if isinstance(data, Streamed):
                    data.write(handle)
                else:
                    handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
    except BaseException as err:
        for tmp, _ in staged:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        if not isinstance(err, OSError):
            raise
        where = display_path(path) if path is not None else "the outputs"
        raise OutputError(f"cannot write {where}: {err.strerror}; no output was changed") from None
    for tmp, path in staged:
        os.replace(tmp, path)


@contextlib.contextmanager
def build_lock(directory: Path) -> Iterator[None]:
    """Hold an exclusive lock on `directory` for one build; a second build fails fast."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handle = open(directory / BUILD_LOCK, "w")  # noqa: SIM115 - held for the whole build
    except OSError as err:
        raise OutputError(f"cannot use {directory}: {err.strerror}") from None
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputError(f"another chaingraph build is writing {directory}; wait for it to finish") from None
        remove_stale_temporaries(directory)  # no other build writes here now: leftovers are a killed build's
        yield
    finally:
        handle.close()

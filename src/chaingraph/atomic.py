"""Atomic file writes and the build lock: a failed or killed build never leaves a partial output."""

from __future__ import annotations

import contextlib
import fcntl
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


class OutputError(Exception):
    """An output could not be written; what was there before is untouched."""


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path`, fsync it, then rename it over `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
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


def publish_files(files: dict[Path, bytes]) -> None:
    """Write every file of a build: all are staged first, then renamed into place one by one.

    Staging everything before the first rename means a full disk or an unwritable folder fails
    before any output changes.
    """
    staged: list[tuple[str, Path]] = []
    try:
        for path, data in sorted(files.items()):
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
            staged.append((tmp, path))
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
    except OSError as err:
        for tmp, _ in staged:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        raise OutputError(f"cannot write {err.filename or 'outputs'}: {err.strerror}") from None
    for tmp, path in staged:
        os.replace(tmp, path)


@contextlib.contextmanager
def build_lock(directory: Path) -> Iterator[None]:
    """Hold an exclusive lock on `directory` for one build; a second build fails fast."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handle = open(directory / ".build.lock", "w")  # noqa: SIM115 - held for the whole build
    except OSError as err:
        raise OutputError(f"cannot use {directory}: {err.strerror}") from None
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputError(f"another chaingraph build is writing {directory}; wait for it to finish") from None
        yield
    finally:
        handle.close()

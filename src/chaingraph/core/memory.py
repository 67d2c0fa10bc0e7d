"""Give memory a large build has freed back to the system, and spare it the cycle collector.

pyoxigraph's store lives in memory the C allocator hands out. Once a build drops the store it
validated with SHACL (a million quads twice over at province scale), glibc keeps the freed pages
for later use, so the process stays as large as it was at that peak while the views grow on top.
Asking glibc to trim its heaps returns those pages, so the views start from what is really in use.
Elsewhere (another C library, another system) this does nothing.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import functools
import gc


@functools.cache
def _trim():
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name).malloc_trim if name else None
    except (OSError, AttributeError):  # no C library by that name, or one without malloc_trim
        return None


def release_freed_memory() -> None:
    """Return the heap's free pages to the system, where the C library can (glibc)."""
    trim = _trim()
    if trim is not None:
        trim(0)


@contextlib.contextmanager
def collector_paused():
    """Pause Python's cycle collector over a step that makes millions of objects which all stay.

    The collector runs after every few hundred new container objects, and its full passes go
    over every object alive: while the facts and the quads of a province (millions of objects)
    are made, it took half of those steps' time (the facts of a 1M-quad region: 18 s of CPU
    with it, 8 to 10 s without) and found nothing to free, since what these steps drop is freed
    by reference counting. Whatever cycles they leave are collected once it runs again."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()

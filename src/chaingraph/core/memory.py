"""Give memory a large build has freed back to the system.

pyoxigraph's store lives in memory the C allocator hands out. Once a build drops the store it
validated with SHACL (a million quads twice over at province scale), glibc keeps the freed pages
for later use, so the process stays as large as it was at that peak while the views grow on top.
Asking glibc to trim its heaps returns those pages, so the views start from what is really in use.
Elsewhere (another C library, another system) this does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools


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

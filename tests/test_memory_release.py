"""After the build drops its SHACL store, the memory it freed goes back to the system instead of
staying with the process while the views grow on top of it."""

from __future__ import annotations

import os

from chaingraph.core.memory import release_freed_memory

MB = 2**20


def resident() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def test_freed_heap_memory_goes_back_to_the_system():
    blocks = [bytearray(64 * 1024) for _ in range(3200)]  # 200 MB in blocks the C heap hands out
    top = bytearray(64 * 1024)  # allocated last: the heap cannot shrink from its end by itself
    del blocks
    before = resident()
    release_freed_memory()
    assert before - resident() > 100 * MB
    assert len(top) == 64 * 1024

"""The query workers' network ban: a seccomp filter that makes socket() and connect() fail.

The text checks (chaingraph.web.querycheck) refuse SERVICE before a query reaches a worker; this
is the second line of defence, for anything that slips past them. A worker installs it before it
loads the dataset, and it holds for every thread the worker starts later.
"""

from __future__ import annotations

import ctypes
import platform
import sys


def forbid_new_sockets() -> bool:
    """Make socket() and connect() fail with EPERM in this process and every thread it starts later.

    A seccomp filter (Linux x86-64 and arm64); returns False where it cannot be installed.
    """
    known = {"x86_64": (0xC000003E, (41, 42)), "aarch64": (0xC00000B7, (198, 203))}
    if sys.platform != "linux" or platform.machine() not in known:
        return False
    audit_arch, (socket_nr, connect_nr) = known[platform.machine()]

    class SockFilter(ctypes.Structure):
        _fields_ = [("code", ctypes.c_ushort), ("jt", ctypes.c_ubyte), ("jf", ctypes.c_ubyte),
                    ("k", ctypes.c_uint32)]

    class SockFprog(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(SockFilter))]

    load, jump_eq, ret = 0x20, 0x15, 0x06
    allow, deny_eperm = 0x7FFF0000, 0x00050000 | 1
    program = [
        (load, 0, 0, 4),  # architecture
        (jump_eq, 0, 3, audit_arch),
        (load, 0, 0, 0),  # system call number
        (jump_eq, 2, 0, socket_nr),
        (jump_eq, 1, 0, connect_nr),
        (ret, 0, 0, allow),
        (ret, 0, 0, deny_eperm),
    ]
    filters = (SockFilter * len(program))(*[SockFilter(*op) for op in program])
    fprog = SockFprog(len(program), filters)
    libc = ctypes.CDLL(None, use_errno=True)
    no_new_privs, set_seccomp, mode_filter = 38, 22, 2
    if libc.prctl(no_new_privs, 1, 0, 0, 0) != 0:
        return False
    return libc.prctl(set_seccomp, mode_filter, ctypes.byref(fprog), 0, 0) == 0

"""Start and stop real SPARQL servers for tests: the Oxigraph server and OpenLink Virtuoso.

Every server binds to 127.0.0.1 on a free port, keeps its data in a folder the caller gives, and is
waited for with a deadline. `stop()` is safe to call twice and always leaves no process behind.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

LOCALHOST = "127.0.0.1"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind((LOCALHOST, 0))
        return probe.getsockname()[1]


def is_listening(port: int, host: str = LOCALHOST) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


def wait_until(check, deadline_s: float, what: str, process: subprocess.Popen | None = None,
               log: Path | None = None) -> None:
    """Poll `check()` until it is true; fail when the deadline passes or `process` exits first."""
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        if check():
            return
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{what} exited with code {process.returncode} before it was ready{_tail(log)}")
        time.sleep(0.2)
    raise TimeoutError(f"{what} was not ready within {deadline_s:g} s{_tail(log)}")


def http_ok(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status < 500
    except urllib.error.HTTPError as err:
        return err.code < 500
    except OSError:
        return False


def _tail(log: Path | None) -> str:
    if log is None or not log.exists():
        return ""
    return "\n--- log ---\n" + "\n".join(log.read_text(errors="replace").splitlines()[-30:])


@dataclass
class RunningServer:
    name: str
    process: subprocess.Popen
    port: int
    query_url: str  # SPARQL 1.1 Protocol query endpoint
    graph_store_url: str  # SPARQL 1.1 Graph Store Protocol endpoint
    log: Path

    def stop(self, grace_s: float = 15) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(grace_s)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)


def start_process(name: str, command: list[str], folder: Path, port: int, ready_url: str,
                  deadline_s: float) -> subprocess.Popen:
    log = folder / f"{name}.log"
    with open(log, "wb") as handle:
        process = subprocess.Popen(command, cwd=folder, stdin=subprocess.DEVNULL, stdout=handle,
                                   stderr=subprocess.STDOUT)
    try:
        wait_until(lambda: is_listening(port) and http_ok(ready_url), deadline_s, name, process, log)
    except BaseException:
        process.kill()
        process.wait(10)
        raise
    return process


def start_oxigraph(folder: Path, deadline_s: float = 60, read_only: bool = False) -> RunningServer:
    """`oxigraph serve` (or `serve-read-only`, on an empty database) on a free loopback port with its
    database in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    binary = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    port = free_port()
    base = f"http://{LOCALHOST}:{port}"
    if read_only:  # the read-only server opens an existing database only: create an empty one
        (folder / "empty.nt").write_bytes(b"")
        subprocess.run([binary, "load", "--location", str(folder / "db"), "--file", str(folder / "empty.nt")],
                       check=True, capture_output=True, timeout=60)
    mode = "serve-read-only" if read_only else "serve"
    command = [binary, mode, "--location", str(folder / "db"), "--bind", f"{LOCALHOST}:{port}"]
    process = start_process("oxigraph", command, folder, port, f"{base}/", deadline_s)
    return RunningServer("oxigraph", process, port, f"{base}/query", f"{base}/store", folder / "oxigraph.log")


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {folder}/virtuoso.db
ErrorLogFile = {folder}/virtuoso-errors.log
LockFile = {folder}/virtuoso.lck
TransactionFile = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx

[Parameters]
ServerPort = {host}:{sql_port}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = {folder}
CheckpointInterval = 0

[HTTPServer]
ServerPort = {host}:{http_port}
ServerRoot = {folder}/www
ServerThreads = 4
MaxClientConnections = 4

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""


def start_virtuoso(folder: Path, deadline_s: float = 120) -> RunningServer:
    """Virtuoso (`virtuoso-t`) in the foreground with its own ini and database in `folder`.

    Its Graph Store endpoint needs digest authentication: user dba, password dba (a fresh database).
    """
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "www").mkdir(exist_ok=True)
    binary = shutil.which("virtuoso-t") or "/usr/bin/virtuoso-t"
    sql_port, http_port = free_port(), free_port()
    while http_port == sql_port:
        http_port = free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(folder=folder, host=LOCALHOST, sql_port=sql_port, http_port=http_port))
    base = f"http://{LOCALHOST}:{http_port}"
    command = [binary, "+foreground", "+configfile", str(ini)]
    process = start_process("virtuoso", command, folder, http_port, f"{base}/sparql?query=ASK%7B%7D", deadline_s)
    return RunningServer("virtuoso", process, http_port, f"{base}/sparql", f"{base}/sparql-graph-crud-auth",
                         folder / "virtuoso.log")

"""The query workers: a few processes that run queries, each on its own pyoxigraph store.

pyoxigraph cannot interrupt a running query from Python, so a query that runs past the time
limit has its worker killed and replaced; the server itself never runs a query, so it stays up
and keeps answering.

Workers are fresh Python interpreters (not forks of the threaded server, so no lock held by an HTTP
thread is copied into them, and a script that starts a server needs no `__main__` guard). Each
caps its own memory and, on Linux, forbids itself to open sockets before it loads the dataset.

Each worker says which version of the dataset file it loaded (its device, inode, size and
modification time, the same before and after loading): a worker started after a rebuild, to
replace one that overran, serves the new file, and the answer cache (chaingraph.web.answercache)
must not hand out what the old one answered.
"""

from __future__ import annotations

import asyncio
import os
import queue
import resource
import signal
import subprocess
import sys
import threading
import time
import traceback
from dataclasses import dataclass
from multiprocessing.connection import Connection

from chaingraph.core.namespaces import prefixes as chaingraph_prefixes
from chaingraph.core.project import Project
from chaingraph.dataset.store import existing_dataset_path, open_store
from chaingraph.web.answers import Job, Reply, error_reply, run_job
from chaingraph.web.limits import Limits
from chaingraph.web.sandbox import forbid_new_sockets


@dataclass(frozen=True)
class WorkerSettings:
    project: Project
    limits: Limits


WORKER_COMMAND = ("import sys; from chaingraph.web.workers import worker_main; "
                  "worker_main(int(sys.argv[1]), int(sys.argv[2]))")


def worker_main(read_fd: int, write_fd: int) -> None:
    """A query worker's life: settings, then one reply per job until the server closes the pipe."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    forbid_new_sockets()
    jobs, replies = Connection(read_fd, writable=False), Connection(write_fd, readable=False)
    settings: WorkerSettings = jobs.recv()
    _serve_jobs(jobs, replies, settings)


def _serve_jobs(jobs: Connection, conn: Connection, settings: WorkerSettings) -> None:
    memory = settings.limits.memory_mb * 1024 * 1024
    try:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    except (ValueError, OSError):
        pass
    store, version = _load(settings.project)
    conn.send(("ready", version))
    prefixes = chaingraph_prefixes(settings.project.base)
    while True:
        try:
            job = jobs.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            reply = run_job(store, job, settings.limits, prefixes, settings.project.base)
        except Exception:  # the client gets a message; the operator gets the traceback
            traceback.print_exc(file=sys.stderr)
            reply = error_reply(500, "internal error while running the query")
        conn.send(reply)


def dataset_version(project: Project) -> tuple[int, ...]:
    """What identifies one version of the built dataset file: a rebuild replaces or rewrites it."""
    found = existing_dataset_path(project).stat()
    return found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns


def _load(project: Project):
    """The dataset's store and the version it was loaded from, loaded again if a build replaced the
    file meanwhile; a file that never settles gets a version no other worker has, so the answer
    cache never mixes this worker's answers with another's."""
    for _ in range(3):
        before = dataset_version(project)
        store = open_store(project)
        if dataset_version(project) == before:
            return store, before
    return store, (-os.getpid(), time.monotonic_ns())


@dataclass
class _Worker:
    process: subprocess.Popen
    jobs: Connection
    replies: Connection
    version: tuple[int, ...] = ()


class QueryWorkers:
    """A fixed number of worker processes; a query that overruns the time limit costs its worker."""

    def __init__(self, project: Project, limits: Limits):
        self.settings = WorkerSettings(project, limits)
        self.limits = limits
        # last in, first out: the worker that just answered is taken again while its caches are warm
        self._idle: queue.LifoQueue[_Worker] = queue.LifoQueue()
        self._closed = False
        self._lock = threading.Lock()
        self._workers: list[_Worker] = []
        self.dataset_version: tuple[int, ...] = ()  # the version the newest worker loaded
        try:
            for _ in range(limits.workers):
                self._idle.put(self._start_worker())
        except BaseException:
            self.close()
            raise

    def _start_worker(self) -> _Worker:
        job_read, job_write = os.pipe()
        reply_read, reply_write = os.pipe()
        process = subprocess.Popen([sys.executable, "-c", WORKER_COMMAND, str(job_read), str(reply_write)],
                                   pass_fds=(job_read, reply_write),
                                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   env={**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)},
                                   start_new_session=True)  # Ctrl-C in a terminal reaches only the server
        os.close(job_read)
        os.close(reply_write)
        worker = _Worker(process, Connection(job_write, readable=False), Connection(reply_read, writable=False))
        with self._lock:
            self._workers.append(worker)
        worker.jobs.send(self.settings)
        ready = worker.replies.recv() if worker.replies.poll(120) else None
        if not (isinstance(ready, tuple) and ready[0] == "ready"):
            self._retire(worker)
            raise RuntimeError("a query worker did not start; see the messages above")
        worker.version = self.dataset_version = ready[1]
        return worker

    def _retire(self, worker: _Worker) -> None:
        worker.process.kill()
        worker.process.wait(10)
        worker.jobs.close()
        worker.replies.close()
        with self._lock:
            if worker in self._workers:
                self._workers.remove(worker)

    def _replace(self, worker: _Worker) -> None:
        """Kill `worker` and start a fresh one in the background, so the client gets its answer now."""
        self._retire(worker)

        def start() -> None:
            try:
                fresh = self._start_worker()
            except Exception:
                traceback.print_exc(file=sys.stderr)
                return
            if self._closed:
                self._retire(fresh)
            else:
                self._idle.put(fresh)

        threading.Thread(target=start, daemon=True).start()

    def run(self, job: Job) -> Reply:
        """Run `job` on a free worker, from a thread without an event loop (tests, scripts)."""
        return asyncio.run(self.run_async(job))

    async def run_async(self, job: Job) -> Reply:
        return (await self.run_versioned(job))[0]

    async def run_versioned(self, job: Job) -> tuple[Reply, tuple[int, ...]]:
        """Run `job` on a free worker without blocking the event loop: the loop writes the job to the
        worker's pipe and is woken when the reply is there (no thread in between, so a query costs
        two wake-ups, the worker's and the loop's). A query past the time limit costs its worker.
        The reply comes with the dataset version of the worker that gave it (() when none did)."""
        if self._closed:
            return error_reply(503, "the server is shutting down"), ()
        worker = await self._free_worker()
        if worker is None:
            return error_reply(503, f"all {self.limits.workers} query workers are busy; try again shortly"), ()
        try:
            worker.jobs.send(job)
            if await _readable(worker.replies, self.limits.time_limit):
                reply = worker.replies.recv()
                self._idle.put(worker)
                return reply, worker.version
        except (EOFError, OSError):
            self._replace_in_background(worker)
            return error_reply(500, "the query stopped its worker (it may have needed too much memory); "
                                    "the server is still up"), ()
        self._replace_in_background(worker)
        return error_reply(503, f"the query ran past this endpoint's time limit of {self.limits.time_limit:g} s "
                                "and was stopped; narrow it (for example bound property paths or add a LIMIT)"), ()

    async def _free_worker(self) -> _Worker | None:
        """An idle worker; while a replacement is still starting, wait for it up to `queue_wait`."""
        deadline = time.monotonic() + self.limits.queue_wait
        while True:
            try:
                return self._idle.get_nowait()
            except queue.Empty:
                if time.monotonic() > deadline or self._closed:
                    return None
                await asyncio.sleep(0.02)

    def _replace_in_background(self, worker: _Worker) -> None:
        threading.Thread(target=self._replace, args=(worker,), daemon=True).start()

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers = list(self._workers)
        for worker in workers:
            self._retire(worker)


async def _readable(connection: Connection, timeout: float) -> bool:
    """Wait until `connection` has data (or is closed), up to `timeout` seconds."""
    loop = asyncio.get_running_loop()
    ready = loop.create_future()
    fd = connection.fileno()
    loop.add_reader(fd, lambda: ready.done() or ready.set_result(True))
    try:
        return await asyncio.wait_for(ready, timeout)
    except TimeoutError:
        return False
    finally:
        loop.remove_reader(fd)


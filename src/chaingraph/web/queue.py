"""The line in front of the query workers: queries wait their turn, in order, for a bounded time.

A few workers run queries (chaingraph.web.workers); every other query waits here instead of being
turned away. The line is bounded twice: at most `queue_length` queries wait (one more is refused at
once with 503, so a flood cannot pile up without end), and none waits longer than `queue_wait`
seconds. Waiting costs a coroutine on the event loop, not a thread, and so does the query itself
(chaingraph.web.workers), so the loop keeps serving everyone else meanwhile.

A question already answered on this dataset is answered from the answer cache
(chaingraph.web.answercache) before it joins the line: it needs no worker, so it is answered even
while every worker is busy.
"""

from __future__ import annotations

import asyncio

from chaingraph.web.answercache import AnswerCache
from chaingraph.web.answers import Job, Reply, error_reply
from chaingraph.web.workers import QueryWorkers


class QueryQueue:
    def __init__(self, workers: QueryWorkers):
        self.workers = workers
        self.limits = workers.limits
        self.answers = AnswerCache(self.limits.answer_cache_bytes)
        self._free = asyncio.Semaphore(self.limits.workers)
        self._waiting = 0

    async def run(self, job: Job) -> Reply:
        """The answer to `job`: the one already given on this dataset, or a worker's once one is
        free; 503 when the line is full or too slow."""
        cached = self.answers.get(job, self.workers.dataset_version)
        if cached is not None:
            return cached
        if not self._free.locked():  # a free worker: no wait, and no task to wait with
            await self._free.acquire()
        else:
            refusal = await self._wait_in_line()
            if refusal is not None:
                return refusal
        try:
            reply, version = await self.workers.run_versioned(job)
        finally:
            self._free.release()
        if version == self.workers.dataset_version:  # not from a worker still on an older dataset
            self.answers.put(job, version, reply)
        return reply

    async def _wait_in_line(self) -> Reply | None:
        """Wait for a free worker (None once there is one), or the 503 that says why not."""
        if self._waiting >= self.limits.queue_length:
            return error_reply(503, f"{self.limits.queue_length} queries are already waiting for the "
                                    f"{self.limits.workers} query workers; try again shortly")
        self._waiting += 1
        try:
            await asyncio.wait_for(self._free.acquire(), self.limits.queue_wait)
        except TimeoutError:
            return error_reply(503, f"all {self.limits.workers} query workers stayed busy for "
                                    f"{self.limits.queue_wait:g} s; try again shortly")
        finally:
            self._waiting -= 1
        return None

    def close(self) -> None:
        self.workers.close()


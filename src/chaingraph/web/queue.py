"""The line in front of the query workers: queries wait their turn, in order, for a bounded time.

A few workers run queries (chaingraph.web.workers); every other query waits here instead of being
turned away. The line is bounded twice: at most `queue_length` queries wait (one more is refused at
once with 503, so a flood cannot pile up without end), and none waits longer than `queue_wait`
seconds. Waiting costs a coroutine on the event loop, not a thread, and so does the query itself
(chaingraph.web.workers), so the loop keeps serving everyone else meanwhile.
"""

from __future__ import annotations

import asyncio

from chaingraph.web.answers import Job, Reply, error_reply
from chaingraph.web.workers import QueryWorkers


class QueryQueue:
    def __init__(self, workers: QueryWorkers):
        self.workers = workers
        self.limits = workers.limits
        self._free = asyncio.Semaphore(self.limits.workers)
        self._waiting = 0

    async def run(self, job: Job) -> Reply:
        """The worker's reply to `job`, once a worker is free; 503 when the line is full or too slow."""
        if self._free.locked() and self._waiting >= self.limits.queue_length:
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
        try:
            return await self.workers.run_async(job)
        finally:
            self._free.release()

    def close(self) -> None:
        self.workers.close()

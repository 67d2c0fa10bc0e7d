"""Answers already given, kept for the same question on the same dataset: no worker, no query.

The dataset does not change while the endpoint serves it, so the same query asked for the same
format over the same graphs has the same answer: a library question asked again and again (the
query page, a dashboard polling) is answered from here, at the cost of HTTP alone, without the
hop to a worker process and back. What makes this safe:

- the key is the whole job (query text, negotiated format, protocol graphs, parameters) plus the
  version of the dataset the answering worker loaded (chaingraph.web.workers): a worker started
  on a rebuilt dataset starts a new version and every older answer is dropped;
- only successful answers are kept (never a refusal, a time limit or a crashed worker, which may
  go differently next time), and never the answer of a query that calls NOW, RAND, UUID or
  STRUUID, whose answer is meant to change;
- it is bounded in bytes (answers and query texts both count), least recently used first out, and
  an answer larger than a sixteenth of the bound is not kept at all.
"""

from __future__ import annotations

import re
from collections import OrderedDict

from chaingraph.web.answers import Job, Reply

# Functions whose value changes from one call to the next. Matched loosely in the whole text (a
# comment naming one only costs a cached answer), never missed for lack of a prefix or case.
_CHANGING = re.compile(r"\b(?:now|rand|uuid|struuid)\s*\(", re.IGNORECASE)


def may_keep(job: Job, reply: Reply) -> bool:
    """Whether `reply` to `job` is the answer this job will always get on this dataset."""
    return reply.status == 200 and not _CHANGING.search(job.query)


def _size(job: Job, reply: Reply) -> int:
    return len(reply.body) + len(job.query) + sum(len(k) + len(v) for k, v in job.params) + 256


class AnswerCache:
    """Replies by job for one dataset version, at most `max_bytes` of them (0: keeps nothing)."""

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self._version: object = None
        self._replies: OrderedDict[Job, tuple[Reply, int]] = OrderedDict()
        self._bytes = 0

    def get(self, job: Job, version: object) -> Reply | None:
        if version != self._version:
            return None
        kept = self._replies.get(job)
        if kept is None:
            return None
        self._replies.move_to_end(job)
        return kept[0]

    def put(self, job: Job, version: object, reply: Reply) -> None:
        """Keep `reply` when it may be kept and fits; an answer of a newer dataset drops all older ones."""
        size = _size(job, reply)
        if not may_keep(job, reply) or size * 16 > self.max_bytes:
            return
        if version != self._version:
            self.clear()
            self._version = version
        if job in self._replies:
            return
        self._replies[job] = (reply, size)
        self._bytes += size
        while self._bytes > self.max_bytes:
            _, (_, dropped) = self._replies.popitem(last=False)
            self._bytes -= dropped

    def clear(self) -> None:
        self._replies.clear()
        self._bytes = 0

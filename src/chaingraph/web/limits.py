"""What the endpoint allows: its limits, and the refusal a request beyond them gets.

Every limit is here so that the command line (`chaingraph serve --time-limit ...`), the HTTP
side and the query workers read the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    time_limit: float = 10.0  # seconds per query, including serialization
    max_rows: int = 10_000  # solutions (SELECT) or triples (CONSTRUCT/DESCRIBE) per answer
    max_response_bytes: int = 16 * 1024 * 1024
    max_body_bytes: int = 1024 * 1024
    workers: int = 2
    queue_length: int = 64  # queries that may wait for a worker; one more is refused at once (503)
    queue_wait: float = 30.0  # how long a waiting query may wait for a worker before a 503
    memory_mb: int = 2048  # address-space cap of each worker
    max_connections: int = 4096  # open connections; idle ones cost a socket each, no thread
    head_timeout: float = 30.0  # seconds a client has to send a request's line and headers
    keep_alive: float = 30.0  # seconds an idle keep-alive connection stays open
    answer_cache_bytes: int = 32 * 1024 * 1024  # answers kept for the same question (0: none)


class Refused(Exception):
    """A request this endpoint will not serve; `status` and `message` go to the client as they are."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message

"""What the endpoint allows: its limits, and the refusal a request beyond them gets.

Every limit is here so that the command line (`chaingraph serve --time-limit ...`), the HTTP
handler and the query workers read the same numbers.
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
    queue_wait: float = 5.0  # how long a query may wait for a free worker before a 503
    memory_mb: int = 2048  # address-space cap of each worker
    max_connections: int = 64


class Refused(Exception):
    """A request this endpoint will not serve; `status` and `message` go to the client as they are."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message

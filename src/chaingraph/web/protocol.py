"""The endpoint's HTTP/1.1 connections: uvicorn's httptools protocol with chaingraph's limits in front.

uvicorn parses requests with llhttp and answers everything it cannot parse with one generic 400.
This subclass keeps its parser, event loop and keep-alive handling, and adds what an endpoint
left open to colleagues needs: a cap on open connections (refused at once, before any request is
read), a deadline to send a request's head, size limits on the request line, each header and the
whole head (so a client cannot make the server buffer megabytes before the first callback), and
plain-text answers that say what was wrong (414, 431, 501, 505) rather than "Invalid request".
Idle connections hold no thread, only a socket and a timer.
"""

from __future__ import annotations

import re
import socket

import httptools
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from chaingraph.web.limits import Limits

MAX_REQUEST_LINE = 64 * 1024
MAX_HEADER_LINE = 64 * 1024
MAX_HEADERS = 100
MAX_HEAD = 256 * 1024  # the whole head: request line and headers
_METHOD_LIKE = re.compile(rb"^[A-Z]{1,20} ")


class HeadRefused(Exception):
    """A request head beyond a limit; answered with `status` and `message`, then the connection closes."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def plain_answer(status: int, reason: str, message: str) -> bytes:
    """A complete HTTP/1.1 answer with a plain-text message that closes the connection."""
    body = (message.rstrip() + "\n").encode("utf-8")
    return (f"HTTP/1.1 {status} {reason}\r\nContent-Type: text/plain; charset=utf-8\r\n"
            f"Content-Length: {len(body)}\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n"
            ).encode("ascii") + body


TOO_MANY_CONNECTIONS = plain_answer(503, "Service Unavailable", "too many connections; try again")
_REASONS = {400: "Bad Request", 414: "URI Too Long", 431: "Request Header Fields Too Large",
            501: "Not Implemented", 505: "HTTP Version Not Supported"}


class GuardedHttpProtocol(HttpToolsProtocol):
    """One client connection; the class attribute `limits` is set by chaingraph.web.server."""

    limits: Limits = Limits()

    def connection_made(self, transport) -> None:
        if len(self.server_state.connections) >= self.limits.max_connections:
            transport.write(TOO_MANY_CONNECTIONS)
            transport.close()
            self.transport = transport
            self.parser = None
            return
        super().connection_made(transport)
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            # without it a keep-alive client waits ~40 ms per answer for the delayed ACK (Nagle)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._head_bytes = 0
        self._reading_head = True
        self._head_timer = None
        self._arm_head_deadline()

    def connection_lost(self, exc) -> None:
        if self.parser is None and self not in self.connections:  # refused in connection_made
            return
        self._disarm_head_deadline()
        super().connection_lost(exc)

    # --- the head deadline: a client has `head_timeout` seconds to send a request's head

    def _arm_head_deadline(self) -> None:
        self._disarm_head_deadline()
        self._head_timer = self.loop.call_later(self.limits.head_timeout, self._head_too_slow)

    def _disarm_head_deadline(self) -> None:
        if getattr(self, "_head_timer", None) is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_too_slow(self) -> None:
        self._head_timer = None
        if not self.transport.is_closing() and (self.cycle is None or self.cycle.response_complete):
            self.transport.close()  # an idle keep-alive or a half-sent head: nothing to answer

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._reading_head = True
            self._head_bytes = 0

    # --- limits on the head, and plain answers to what cannot be parsed

    def data_received(self, data: bytes) -> None:
        if self.parser is None:
            return
        if self._reading_head:
            if self._head_bytes == 0:
                self._arm_head_deadline()
            self._head_bytes += len(data)
            if self._head_bytes > MAX_HEAD + MAX_REQUEST_LINE:
                self._refuse(431, "the request head is too long")
                return
        self._unset_keepalive_if_required()
        try:
            self.parser.feed_data(data)
        except HeadRefused as refusal:
            self._refuse(refusal.status, refusal.message)
        except httptools.HttpParserCallbackError as err:
            cause = err.__context__
            if isinstance(cause, HeadRefused):
                self._refuse(cause.status, cause.message)
            else:
                raise
        except httptools.HttpParserUpgrade:
            pass  # an Upgrade header (websocket, h2c) is ignored: the request is answered over HTTP/1.1
        except httptools.HttpParserInvalidMethodError:
            if _METHOD_LIKE.match(data):
                self._refuse(501, "Unsupported method: this endpoint answers GET, HEAD, POST and OPTIONS")
            else:
                self._refuse(400, "Bad request: this is not an HTTP/1.1 request")
        except httptools.HttpParserError as err:
            reason = str(err).lower()
            if "version" in reason:
                self._refuse(505, "HTTP version not supported: use HTTP/1.1 or HTTP/1.0")
            elif "content-length" in reason:
                self._refuse(400, "Content-Length is not a number of bytes (digits only, never negative)")
            else:
                self._refuse(400, f"Bad request: the request could not be read ({str(err).lower()})")

    def _refuse(self, status: int, message: str) -> None:
        self._disarm_head_deadline()
        if not self.transport.is_closing():
            self.transport.write(plain_answer(status, _REASONS.get(status, "Bad Request"), message))
            self.transport.close()

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._header_count = 0

    def on_url(self, url: bytes) -> None:
        super().on_url(url)
        if len(self.url) > MAX_REQUEST_LINE:
            raise HeadRefused(414, f"the request line is too long (over {MAX_REQUEST_LINE} bytes); "
                                   "POST a long query instead")

    def on_header(self, name: bytes, value: bytes) -> None:
        self._header_count += 1
        if self._header_count > MAX_HEADERS:
            raise HeadRefused(431, f"Too many headers (more than {MAX_HEADERS})")
        if len(name) + len(value) > MAX_HEADER_LINE:
            raise HeadRefused(431, f"a header line is too long (over {MAX_HEADER_LINE} bytes)")
        super().on_header(name, value)

    def on_headers_complete(self) -> None:
        self._reading_head = False
        self._head_bytes = 0
        self._disarm_head_deadline()
        super().on_headers_complete()

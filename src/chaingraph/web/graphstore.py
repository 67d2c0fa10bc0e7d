"""An HTTP client for one SPARQL 1.1 Graph Store endpoint: PUT replaces a graph, POST appends to it.

Credentials are attached up front: a server that refuses an unauthenticated request (Virtuoso
does) may close the connection before it reads a large body, and its answer would be lost in a
broken pipe; so the client first learns the server's digest or basic challenge from a HEAD
(a GET would download an existing graph), then signs every request.
"""

from __future__ import annotations

import base64
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from chaingraph.dataset.formats import FORMATS

UPLOAD = FORMATS["nt"]  # every Graph Store takes N-Triples, and it needs no prefixes
PART_TRIPLES = 50_000  # the most triples per request: about 8 MB of N-Triples


@dataclass(frozen=True)
class Sent:
    """One request as sent: what a benchmark or a user reads to see which graph costs what."""

    method: str
    bytes: int
    seconds: float  # from the first byte sent to the answer read, including learning the challenge and any retry
    status: int


class NotResent(ConnectionError):
    """The connection broke while a part that must not go twice was sent (`reason` says how)."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def graph_url(endpoint: str, graph_iri: str | None, **extra: str) -> str:
    """The Graph Store Protocol URL of one graph (`?graph=...`, or `?default`), with `extra` parameters."""
    joiner = "&" if urllib.parse.urlsplit(endpoint).query else "?"
    target = "default" if graph_iri is None else urllib.parse.urlencode({"graph": graph_iri})
    more = "".join(f"&{urllib.parse.quote(name)}" + (f"={urllib.parse.quote(value)}" if value else "")
                   for name, value in extra.items())
    return f"{endpoint}{joiner}{target}{more}"


class GraphStoreClient:
    """Sends graphs to one endpoint, signed when a user is given."""

    def __init__(self, endpoint: str, user: str | None, password: str | None, timeout: float):
        self.opener = urllib.request.build_opener()
        self.user, self.timeout = user, timeout
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, endpoint, user or "", password or "")
        self.digest = urllib.request.HTTPDigestAuthHandler(passwords)
        self.basic = base64.b64encode(f"{user or ''}:{password or ''}".encode()).decode("ascii")
        self.challenge: tuple[str, dict] | None = None
        self.learned = False

    def server_name(self, endpoint: str) -> str:
        """The `Server` header of a bodiless HEAD of the endpoint ('' when there is none or no answer).

        An OSError is left to the caller: it is the first request, and says the server is not there."""
        request = urllib.request.Request(endpoint, method="HEAD")
        try:
            with self.opener.open(request, timeout=self.timeout) as response:
                return response.headers.get("Server") or ""
        except urllib.error.HTTPError as err:
            err.read()
            return err.headers.get("Server") or ""

    def send(self, method: str, url: str, payload: bytes, resend: bool = True) -> Sent:
        """PUT (replace) or POST (append) N-Triples to `url`; HTTPError carries the server's refusal.

        After a broken connection the body goes again only when `resend`: a POST the server may
        already have applied would append blank nodes twice (NotResent instead)."""
        if self.user is not None and not self.learned:
            self._learn_challenge(url)
        started = time.perf_counter()
        try:
            status = self._send(method, url, payload)
        except urllib.error.HTTPError as err:
            if err.code != 401 or self.user is None:
                raise
            self._learn_challenge(url)  # e.g. a stale nonce: one more try with a fresh one
            status = self._send(method, url, payload)
        except (BrokenPipeError, ConnectionResetError) as err:
            self._probe(url)  # the server may have answered before reading the body: hear what it said
            if not resend:
                raise NotResent(type(err).__name__) from None
            status = self._send(method, url, payload)
        return Sent(method, len(payload), time.perf_counter() - started, status)

    def _signed(self, request: urllib.request.Request) -> urllib.request.Request:
        if self.user is not None and self.challenge is not None:
            scheme, params = self.challenge
            if scheme == "basic":
                request.add_unredirected_header("Authorization", f"Basic {self.basic}")
            else:
                authorization = self.digest.get_authorization(request, params)
                if authorization:
                    request.add_unredirected_header("Authorization", f"Digest {authorization}")
        return request

    def _send(self, method: str, url: str, payload: bytes) -> int:
        request = urllib.request.Request(url, data=payload, method=method,
                                         headers={"Content-Type": UPLOAD.media_type,
                                                  "Content-Length": str(len(payload))})
        with self.opener.open(self._signed(request), timeout=self.timeout) as response:
            response.read()
            return response.status

    def _learn_challenge(self, url: str) -> None:
        """The server's challenge, from a HEAD: a GET would download an existing graph."""
        self.learned = True
        try:
            with self.opener.open(urllib.request.Request(url, method="HEAD"), timeout=self.timeout) as response:
                response.read()
        except urllib.error.HTTPError as err:
            err.read()
            if err.code != 401:
                return
            scheme, _, params = (err.headers.get("WWW-Authenticate") or "").strip().partition(" ")
            if scheme.lower() == "digest":
                self.challenge = ("digest", urllib.request.parse_keqv_list(urllib.request.parse_http_list(params)))
            elif scheme.lower() == "basic":
                self.challenge = ("basic", {})

    def _probe(self, url: str) -> None:
        """A signed HEAD: raises HTTPError when the server refuses it. A 401 may be a stale digest
        nonce rather than wrong credentials: the challenge is learnt again and the probe tried once more."""
        try:
            self._head(url)
        except urllib.error.HTTPError as err:
            if err.code == 404:  # a graph not there yet: no refusal
                return
            if err.code != 401 or self.user is None:
                raise
            err.read()
            self._learn_challenge(url)
            self._head(url)

    def _head(self, url: str) -> None:
        with self.opener.open(self._signed(urllib.request.Request(url, method="HEAD")),
                              timeout=self.timeout) as response:
            response.read()

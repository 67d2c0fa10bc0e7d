"""The HTTP side of the endpoint, as an ASGI application: routes, the SPARQL 1.1 Protocol's GET and
POST, Graph Store reads, CORS, safe headers.

Every answer, errors included, is sent by `_send` with its length, `nosniff` and no caching; a
Refused raised anywhere becomes a plain-text error with its status. Queries wait for a worker on
the event loop (chaingraph.web.queue), so slow queries hold no connection hostage. The query page
is a static page, script and style (templates/query.html, static/query.*: same origin, no inline
script); the explorer and the files it links to are served from the build's output folder by
plain name.
"""

from __future__ import annotations

import functools
import re
import sys
import traceback
from dataclasses import dataclass
from importlib import resources
from urllib.parse import parse_qs, unquote

from chaingraph.core.outputnames import EXPLORER_PAGE
from chaingraph.dataset.formats import FILE_TYPES
from chaingraph.web.answers import Reply, error_reply
from chaingraph.web.app import App
from chaingraph.web.cors import ALLOWED_METHODS, cors_headers, preflight_headers
from chaingraph.web.limits import Refused
from chaingraph.web.querycheck import UPDATES_REFUSED

PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'"
EXPLORER_POLICY = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
                   "img-src 'self' data:; base-uri 'none'")
_SAFE_FILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
# a Host header worth repeating in the service description: a name or an address, and a port
_HOST = re.compile(r"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9-]{1,63})*\.?|\[[0-9A-Fa-f:.]+\])"
                   r"(?::[0-9]{1,5})?$")
_ENDPOINT_PATHS = ("/sparql", "/sparql/")
_WRITE_METHODS = ("PUT", "DELETE", "PATCH")


def _package_file(name: str) -> bytes:
    return resources.files("chaingraph").joinpath(name).read_bytes()


# path -> (content type, body, extra headers): the query page, read once from the package
_QUERY_PAGE = {
    "/": (FILE_TYPES[".html"], _package_file("templates/query.html"), {"Content-Security-Policy": PAGE_POLICY}),
    "/query.js": (FILE_TYPES[".js"], _package_file("static/query.js"), {}),
    "/query.css": (FILE_TYPES[".css"], _package_file("static/query.css"), {}),
}
_QUERY_PAGE["/query"] = _QUERY_PAGE["/"]


@dataclass
class Request:
    method: str
    path: str
    query_string: bytes
    headers: dict[str, str]  # lower-case names; a repeated header keeps its last value
    scope: dict

    def header(self, name: str) -> str | None:
        return self.headers.get(name)


class Endpoint:
    """The ASGI application uvicorn runs (chaingraph.web.server)."""

    def __init__(self, app: App):
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return
        request = Request(scope["method"], scope["path"], scope["query_string"],
                          {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}, scope)
        headers: dict[str, str] = {}
        close = False
        try:
            reply, headers = await self._route(request, receive)
        except Refused as refusal:
            reply, close = error_reply(refusal.status, refusal.message), refusal.status in (411, 413)
        except Exception:
            traceback.print_exc(file=sys.stderr)
            reply, close = error_reply(500, "internal error; the server is still up"), True
        if reply.status == 405:
            headers = {**headers, "Allow": ALLOWED_METHODS}
        headers = {**cors_headers(request.header("origin"), self.app.cors_origins), **headers}
        await _send(send, request, reply, headers, close)
        if not self.app.quiet:
            client = scope.get("client") or ("-", 0)
            target = request.path + ("?" + request.query_string.decode("latin-1") if request.query_string else "")
            sys.stderr.write(f"{client[0]} - {request.method} {target[:200]} {reply.status}\n")

    async def _route(self, request: Request, receive) -> tuple[Reply, dict[str, str]]:
        method = request.method
        if method in ("GET", "HEAD"):
            return await self._get(request)
        if method == "POST":
            return await self._post(request, receive), {}
        if method == "OPTIONS":
            headers = {"Allow": ALLOWED_METHODS,
                       **preflight_headers(request.header("origin"), self.app.cors_origins)}
            return Reply(204, "text/plain; charset=utf-8", b""), headers
        if method in _WRITE_METHODS:
            raise Refused(405, UPDATES_REFUSED)
        raise Refused(501, f"Unsupported method ({method}): this endpoint answers GET, HEAD, POST and OPTIONS")

    # --- GET and HEAD

    async def _get(self, request: Request) -> tuple[Reply, dict[str, str]]:
        path = request.path
        accept = request.header("accept")
        if path in _ENDPOINT_PATHS:
            params = _parse_params(request.query_string)
            if "update" in params:
                raise Refused(403, UPDATES_REFUSED)
            text = _single(params, "query")
            if text is not None:
                return await self.app.queue.run(self.app.query_job(text, params, accept)), {}
            if "graph" in params or "default" in params:
                return await self.app.queue.run(self.app.graph_job(params, accept)), {}
            return self.app.service_description(self.endpoint_url(request), params, accept), {}
        if path == "/service-description":
            params = _parse_params(request.query_string)
            return self.app.service_description(self.endpoint_url(request), params, accept), {}
        if path in _QUERY_PAGE:
            content_type, body, headers = _QUERY_PAGE[path]
            return Reply(200, content_type, body), headers
        if path == "/examples.json":
            return Reply(200, "application/json", self.app.examples_json()), {}
        if path.startswith("/queries/") and path.count("/") == 2:
            name = unquote(path.removeprefix("/queries/"))
            job = self.app.library_job(name, _parse_params(request.query_string), accept)
            return await self.app.queue.run(job), {}
        if path == "/explorer":
            return Reply(301, "text/plain; charset=utf-8", b"see /explorer/\n"), {"Location": "/explorer/"}
        if path.startswith("/explorer/"):
            return self._output_file(path.removeprefix("/explorer/") or EXPLORER_PAGE)
        raise Refused(404, f"nothing at {path}; the endpoint is /sparql, the query page is /")

    def endpoint_url(self, request: Request) -> str:
        """The endpoint's URL as the client reached it: --public-url, else a valid Host header, else
        the address the connection came in on (never 0.0.0.0)."""
        if self.app.public_url:
            return self.app.public_url
        host = request.header("host")
        if not host or not _HOST.match(host):
            address, port = request.scope.get("server") or ("127.0.0.1", 0)
            host = f"[{address}]:{port}" if ":" in address else f"{address}:{port}"
        return f"http://{host}/sparql"

    def _output_file(self, name: str) -> tuple[Reply, dict[str, str]]:
        """A file of the build's output folder (the explorer and what it links to), by plain name only."""
        path = self.app.project.output_dir / name
        if not _SAFE_FILE_NAME.match(name) or not path.is_file():
            hint = " (run `chaingraph build` first)" if name == EXPLORER_PAGE else ""
            raise Refused(404, f"no {name} among the build's outputs{hint}")
        content_type = FILE_TYPES.get(path.suffix, "application/octet-stream")
        return Reply(200, content_type, path.read_bytes()), {"Content-Security-Policy": EXPLORER_POLICY}

    # --- POST

    async def _post(self, request: Request, receive) -> Reply:
        if request.path not in _ENDPOINT_PATHS:
            raise Refused(404, f"nothing to POST to at {request.path}; the endpoint is /sparql")
        params = _parse_params(request.query_string)
        content_type, charset = _content_type(request.header("content-type"))
        if content_type == "application/sparql-update" or "update" in params:
            raise Refused(403, UPDATES_REFUSED)
        if content_type not in ("application/x-www-form-urlencoded", "application/sparql-query"):
            if "graph" in params or "default" in params:
                raise Refused(405, UPDATES_REFUSED)
            raise Refused(415, "POST a query as application/sparql-query or application/x-www-form-urlencoded")
        if charset not in (None, "utf-8", "utf8"):
            raise Refused(415, f"send the query in UTF-8, not {charset}")
        body = await _read_body(request, receive, self.app.limits.max_body_bytes)
        if content_type == "application/x-www-form-urlencoded":
            form = _parse_params(body)
            if "update" in form:
                raise Refused(403, UPDATES_REFUSED)
            if "query" in params:
                raise Refused(400, "give the query in the body or in the URL, not both")
            for name, values in form.items():
                params.setdefault(name, []).extend(values)
            text = _single(params, "query")
            if text is None:
                raise Refused(400, "the form has no query parameter")
        else:
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError:
                raise Refused(400, "the request body is not UTF-8") from None
        return await self.app.queue.run(self.app.query_job(text, params, request.header("accept")))


async def _read_body(request: Request, receive, limit: int) -> bytes:
    """The request body, refused unread when it declares more than the limit."""
    if request.header("transfer-encoding"):
        raise Refused(411, "send the body with a Content-Length (chunked bodies are not accepted)")
    declared = (request.header("content-length") or "0").strip()
    if declared.startswith("-"):
        raise Refused(400, "Content-Length is negative")
    if not declared.isdigit():
        raise Refused(400, "Content-Length is not a number")
    if int(declared) > limit:
        raise Refused(413, f"the request body ({int(declared)} bytes) is larger than this endpoint's limit of "
                           f"{limit} bytes")
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise Refused(400, "the client went away before sending its body")
        chunks.append(message.get("body", b""))
        size += len(chunks[-1])
        if size > limit:
            raise Refused(413, f"the request body is larger than this endpoint's limit of {limit} bytes")
        if not message.get("more_body"):
            return b"".join(chunks)


async def _send(send, request: Request, reply: Reply, headers: dict[str, str], close: bool) -> None:
    content_type = reply.content_type
    if "charset" not in content_type and (content_type.startswith("text/") or content_type.endswith("json")):
        content_type += "; charset=utf-8"
    head = [("content-type", content_type), ("content-length", str(len(reply.body))),
            ("x-content-type-options", "nosniff"), ("referrer-policy", "no-referrer"),
            ("cache-control", "no-store"), *((name.lower(), value) for name, value in headers.items())]
    if close:
        head.append(("connection", "close"))
    if reply.status == 204:
        head = [(name, value) for name, value in head if name not in ("content-type", "content-length")]
    await send({"type": "http.response.start", "status": reply.status,
                "headers": [(name.encode("latin-1"), value.encode("latin-1")) for name, value in head]})
    body = b"" if request.method == "HEAD" or reply.status == 204 else reply.body
    await send({"type": "http.response.body", "body": body})


def _content_type(value: str | None) -> tuple[str, str | None]:
    """The media type of a Content-Type header, lower case, and its charset parameter if any."""
    media, *params = (value or "").split(";")
    charset = None
    for param in params:
        name, _, given = param.partition("=")
        if name.strip().lower() == "charset":
            charset = given.strip().strip('"').lower()
    return media.strip().lower(), charset


def _parse_params(data: bytes) -> dict[str, list[str]]:
    """The parameters of a query string or form body, each name with its values (a new dict: the
    caller may change it). A short one's decoding is remembered: the same questions come again and
    again, and decoding the percent escapes of one costs most of what the server spends on a
    question answered from the answer cache."""
    decoded = _remembered_params(data) if len(data) <= _REMEMBERED_PARAMS_LENGTH else _decode_params(data)
    return {name: list(values) for name, values in decoded.items()}


_REMEMBERED_PARAMS_LENGTH = 16 * 1024  # so the memory holds at most 256 x 16 KB and their decoding


@functools.lru_cache(maxsize=256)
def _remembered_params(data: bytes) -> dict[str, list[str]]:
    return _decode_params(data)  # a refusal is an exception, never remembered


def _decode_params(data: bytes) -> dict[str, list[str]]:
    try:
        return parse_qs(data.decode("utf-8"), keep_blank_values=True, strict_parsing=False, errors="strict")
    except UnicodeDecodeError:
        raise Refused(400, "the parameters are not UTF-8") from None


def _single(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name)
    if not values:
        return None
    if len(values) > 1:
        raise Refused(400, f"give the {name} parameter once")
    return values[0]

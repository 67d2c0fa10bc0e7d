"""The HTTP side of the endpoint: routes, the SPARQL 1.1 Protocol's GET and POST, safe headers.

Every answer, errors included, is sent by `_send` with its length, `nosniff` and no caching; a
Refused raised anywhere becomes a plain-text error with its status. The query page is a static
page, script and style (templates/query.html, static/query.*: same origin, no inline script);
the explorer and the files it links to are served from the build's output folder by plain name.
"""

from __future__ import annotations

import re
import sys
import traceback
from http.server import BaseHTTPRequestHandler
from importlib import resources
from urllib.parse import parse_qs, urlsplit

from chaingraph.core.outputnames import EXPLORER_PAGE
from chaingraph.dataset.formats import FILE_TYPES
from chaingraph.web.answers import Reply, error_reply
from chaingraph.web.app import App
from chaingraph.web.limits import Refused
from chaingraph.web.querycheck import UPDATES_REFUSED

PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'"
EXPLORER_POLICY = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
                   "img-src 'self' data:; base-uri 'none'")
_SAFE_FILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def _package_file(name: str) -> bytes:
    return resources.files("chaingraph").joinpath(name).read_bytes()


# path -> (content type, body, extra headers): the query page, read once from the package
_QUERY_PAGE = {
    "/": (FILE_TYPES[".html"], _package_file("templates/query.html"), {"Content-Security-Policy": PAGE_POLICY}),
    "/query.js": (FILE_TYPES[".js"], _package_file("static/query.js"), {}),
    "/query.css": (FILE_TYPES[".css"], _package_file("static/query.css"), {}),
}
_QUERY_PAGE["/query"] = _QUERY_PAGE["/"]


class Handler(BaseHTTPRequestHandler):
    server_version = "chaingraph"
    sys_version = ""
    protocol_version = "HTTP/1.1"
    timeout = 30  # seconds a client may take to send its request

    @property
    def app(self) -> App:
        return self.server.app  # type: ignore[attr-defined]

    # --- plumbing

    def log_message(self, format, *args):  # noqa: A002 - the name http.server uses
        if not self.app.quiet:
            sys.stderr.write(f"{self.address_string()} - {format % args}\n")

    def send_error(self, code, message=None, explain=None):
        """http.server's own errors (bad request line, headers too long...) as plain text too."""
        del explain  # http.server's long explanation: the plain-text reply keeps to the message
        if self.request_version == "HTTP/0.9":  # an unparsable request line: still send a status line
            self.request_version = "HTTP/1.0"
        self._send(error_reply(code, message or self.responses.get(code, ("error",))[0]), close=True)

    def _send(self, reply: Reply, headers: dict[str, str] | None = None, close: bool = False) -> None:
        self.send_response(reply.status)
        content_type = reply.content_type
        if "charset" not in content_type and (content_type.startswith("text/") or content_type.endswith("json")):
            content_type += "; charset=utf-8"
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cache-Control", "no-store")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(reply.body)

    def _guarded(self, route) -> None:
        try:
            route()
        except Refused as refusal:
            self._send(error_reply(refusal.status, refusal.message), close=refusal.status == 413)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        except Exception:
            traceback.print_exc(file=sys.stderr)
            self._send(error_reply(500, "internal error; the server is still up"), close=True)

    def do_GET(self) -> None:
        self._guarded(self._get)

    def do_HEAD(self) -> None:
        self._guarded(self._get)

    def do_POST(self) -> None:
        self._guarded(self._post)

    def _refuse_writes(self) -> None:
        self._guarded(lambda: self._send(error_reply(405, UPDATES_REFUSED), {"Allow": "GET, POST"}))

    do_PUT = do_DELETE = do_PATCH = _refuse_writes

    # --- routes

    def _get(self) -> None:
        url = urlsplit(self.path)
        params = _parse_params(url.query)
        accept = self.headers.get("Accept")
        if url.path == "/sparql":
            if "update" in params:
                raise Refused(403, UPDATES_REFUSED)
            text = _single(params, "query")
            if text is None:
                self._send(self.app.service_description(accept))
            else:
                self._send(self.app.query(text, params, accept))
        elif url.path == "/service-description":
            self._send(self.app.service_description(accept))
        elif url.path in _QUERY_PAGE:
            content_type, body, headers = _QUERY_PAGE[url.path]
            self._send(Reply(200, content_type, body), headers)
        elif url.path == "/examples.json":
            self._send(Reply(200, "application/json", self.app.examples_json()))
        elif url.path == "/explorer":
            self._send(Reply(301, "text/plain; charset=utf-8", b"see /explorer/\n"), {"Location": "/explorer/"})
        elif url.path.startswith("/explorer/"):
            self._send_output_file(url.path.removeprefix("/explorer/") or EXPLORER_PAGE)
        else:
            raise Refused(404, f"nothing at {url.path}; the endpoint is /sparql, the query page is /")

    def _send_output_file(self, name: str) -> None:
        """A file of the build's output folder (the explorer and what it links to), by plain name only."""
        folder = self.app.project.output_dir
        path = folder / name
        if not _SAFE_FILE_NAME.match(name) or not path.is_file():
            hint = " (run `chaingraph build` first)" if name == EXPLORER_PAGE else ""
            raise Refused(404, f"no {name} among the build's outputs{hint}")
        content_type = FILE_TYPES.get(path.suffix, "application/octet-stream")
        self._send(Reply(200, content_type, path.read_bytes()), {"Content-Security-Policy": EXPLORER_POLICY})

    def _post(self) -> None:
        url = urlsplit(self.path)
        if url.path != "/sparql":
            raise Refused(404, f"nothing to POST to at {url.path}; the endpoint is /sparql")
        params = _parse_params(url.query)
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if content_type == "application/sparql-update":
            raise Refused(403, UPDATES_REFUSED)
        body = self._read_body()
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
        elif content_type == "application/sparql-query":
            text = body
        else:
            raise Refused(415, "POST a query as application/sparql-query or application/x-www-form-urlencoded")
        if "update" in params:
            raise Refused(403, UPDATES_REFUSED)
        self._send(self.app.query(text, params, self.headers.get("Accept")))

    def _read_body(self) -> str:
        """The request body as text, refused unread when it declares more than the limit."""
        if self.headers.get("Transfer-Encoding"):
            raise Refused(411, "send the body with a Content-Length (chunked bodies are not accepted)")
        try:
            length = int(self.headers.get("Content-Length") or "0")
        except ValueError:
            raise Refused(400, "Content-Length is not a number") from None
        limit = self.app.limits.max_body_bytes
        if length < 0:
            raise Refused(400, "Content-Length is negative")
        if length > limit:
            raise Refused(413, f"the request body ({length} bytes) is larger than this endpoint's limit of "
                               f"{limit} bytes")
        data = self.rfile.read(length)
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            raise Refused(400, "the request body is not UTF-8") from None


def _parse_params(text: str) -> dict[str, list[str]]:
    try:
        return parse_qs(text, keep_blank_values=True, strict_parsing=False, errors="strict")
    except UnicodeDecodeError:
        raise Refused(400, "the parameters are not UTF-8") from None


def _single(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name)
    if not values:
        return None
    if len(values) > 1:
        raise Refused(400, f"give the {name} parameter once")
    return values[0]

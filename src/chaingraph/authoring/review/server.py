"""The review page's HTTP side: a small Starlette app served by uvicorn on 127.0.0.1 only.

Safe by construction: the socket is bound to the loopback address; every request must name this
server in its Host header (so a rebound DNS name cannot reach it); every POST must carry the
session's random token in `X-Review-Token` and, when the browser sends one, an Origin of this
server, so another page cannot post to it; bodies are JSON of a bounded size. The only file ever
written is data/facts/ID.yaml for the source given on the command line: no path comes from a
request. The page itself gets a strict Content-Security-Policy (scripts and styles from this
server only) and writes every text with textContent.
"""

from __future__ import annotations

import json
import secrets
import socket
import threading
from dataclasses import dataclass, field
from pathlib import Path

import uvicorn
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from chaingraph.authoring.extract import extract
from chaingraph.authoring.extract.draft import draft_yaml
from chaingraph.authoring.gazetteer import build_gazetteer
from chaingraph.authoring.review.added import BadAddition, add, propose
from chaingraph.authoring.review.check import Checker
from chaingraph.authoring.review.compose import BadDecisions, check_decisions, compose
from chaingraph.authoring.review.model import Session, search, session_from_draft
from chaingraph.core.atomic import write_atomic
from chaingraph.core.problems import display_path
from chaingraph.core.project import Project
from chaingraph.sources.captures import load_source

PACKAGE = Path(__file__).resolve().parents[2]
STATIC = {"review.js": "text/javascript; charset=utf-8", "review.css": "text/css; charset=utf-8"}
MAX_BODY = 1_000_000
HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
                               "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


def open_review(project: Project, source_id: str) -> tuple[Session, Checker]:
    """The draft of one source as the page shows it, and the checker its saves go through."""
    source = load_source(project.sources, source_id)
    checker = Checker(project, source_id)
    gazetteer = build_gazetteer(checker.others + checker.references)
    draft = extract(source.normalized, source.id, gazetteer, source.date or source.visit_date)
    session = session_from_draft(draft, source.normalized.text, checker.vocabulary, checker.other_facts())
    session.draft_text = draft_yaml(draft)  # the draft `chaingraph extract` writes, for comparisons
    session.gazetteer = gazetteer
    return session, checker


@dataclass
class Review:
    """The state of one review session: its draft, checker, token and the one file it writes."""

    session: Session
    checker: Checker
    target: Path  # data/facts/ID.yaml, fixed when the session starts
    token: str
    allowed_hosts: tuple[str, ...] = ()
    final_ids: dict[str, str] = field(default_factory=dict)  # candidate key -> its id in the last file checked


def make_app(review: Review):
    templates = Environment(loader=FileSystemLoader(PACKAGE / "templates"), autoescape=select_autoescape(["html"]))

    async def page(request: Request) -> Response:
        html = templates.get_template("review.html").render(source=review.session.source, token=review.token)
        return Response(html, media_type="text/html; charset=utf-8")

    async def static(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in STATIC:
            return _refuse(404, "not found")
        return Response((PACKAGE / "static" / name).read_bytes(), media_type=STATIC[name])

    async def session_data(request: Request) -> Response:
        return JSONResponse(review.session.page_data())

    async def find(request: Request) -> Response:
        return JSONResponse(search(review.session, request.query_params.get("q", "")[:100]))

    async def entity(request: Request) -> Response:
        known = review.session.known.get(request.query_params.get("id", ""))
        return JSONResponse(known) if known else _refuse(404, "no such entity")

    async def proposal(request: Request) -> Response:
        try:
            return JSONResponse(propose(review.session, request.query_params.get("text", ""),
                                        request.query_params.get("sentence", "")))
        except BadAddition as err:
            return _refuse(400, str(err))

    async def add_entity(request: Request) -> Response:
        refusal = _post_refusal(request, review)
        if refusal:
            return refusal
        body = await request.body()
        try:
            asked = json.loads(body) if len(body) <= MAX_BODY else None
            if not isinstance(asked, dict) or set(asked) - {"text", "sentence", "cls", "role", "org"}:
                raise BadAddition("expected {text, sentence, cls, role, org}")
            added = add(review.session, asked.get("text"), asked.get("sentence"), asked.get("cls"),
                        asked.get("role") or "", asked.get("org") or "")
        except (ValueError, BadAddition) as err:
            return _refuse(400, f"refused: {err}")
        return JSONResponse({"added": added})

    async def preview(request: Request) -> Response:
        return await _check(request, save=False)

    async def save(request: Request) -> Response:
        return await _check(request, save=True)

    async def _check(request: Request, save: bool) -> Response:
        refusal = _post_refusal(request, review)
        if refusal:
            return refusal
        body = await request.body()
        if len(body) > MAX_BODY:
            return _refuse(413, "body too large")
        try:
            decisions = check_decisions(review.session, json.loads(body))
        except (ValueError, BadDecisions) as err:
            return _refuse(400, f"refused: {err}")
        composed = compose(review.session, decisions)
        review.final_ids = composed.keys
        checked = review.checker.check(composed)
        answer = {"yaml": composed.text, **checked.as_json(), "saved": None}
        if save and checked.builds:
            write_atomic(review.target, composed.text.encode("utf-8"))
            answer["saved"] = display_path(review.target)
        return JSONResponse(answer, status_code=200 if checked.builds or not save else 409)

    async def no_icon(request: Request) -> Response:
        return Response(status_code=204)

    app = Starlette(routes=[
        Route("/", page), Route("/favicon.ico", no_icon), Route("/static/{name}", static),
        Route("/api/session", session_data), Route("/api/search", find), Route("/api/entity", entity),
        Route("/api/proposal", proposal), Route("/api/add", add_entity, methods=["POST"]),
        Route("/api/preview", preview, methods=["POST"]), Route("/api/save", save, methods=["POST"]),
    ])
    return _Guard(app, review.allowed_hosts)


class _Guard:
    """Refuse a request whose Host is not this server's; give every answer the safe headers."""

    def __init__(self, app, allowed_hosts: tuple[str, ...]):
        self.app = app
        self.allowed = {h.encode("latin-1") for h in allowed_hosts}
        self.headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in HEADERS.items()]

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_safe(message):
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + self.headers
            await send(message)

        host = dict(scope.get("headers", [])).get(b"host", b"")
        if host not in self.allowed:
            return await _refuse(421, "this server answers only to its own address")(scope, receive, send_safe)
        return await self.app(scope, receive, send_safe)


def _post_refusal(request: Request, review: Review) -> Response | None:
    if not secrets.compare_digest(request.headers.get("x-review-token", ""), review.token):
        return _refuse(403, "missing or wrong session token")
    origin = request.headers.get("origin")
    if origin is not None and origin not in {f"http://{h}" for h in review.allowed_hosts}:
        return _refuse(403, "cross-origin request refused")
    if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
        return _refuse(415, "expected application/json")
    return None


def _refuse(status: int, message: str) -> Response:
    return JSONResponse({"error": message}, status_code=status)


class ReviewServer:
    """uvicorn on a loopback socket bound before it starts, so its port and address are known."""

    def __init__(self, project: Project, source_id: str, port: int = 0, prepared=None):
        session, checker = prepared or open_review(project, source_id)
        self.socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.socket.bind(("127.0.0.1", port))
        self.address = self.socket.getsockname()
        port = self.address[1]
        self.url = f"http://127.0.0.1:{port}"
        self.review = Review(session, checker, project.facts / f"{source_id}.yaml", secrets.token_urlsafe(32),
                             (f"127.0.0.1:{port}", f"localhost:{port}"))
        config = uvicorn.Config(make_app(self.review), log_level="warning", access_log=False, lifespan="off")
        self.server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None

    def serve_forever(self) -> None:
        self.server.run(sockets=[self.socket])

    def start(self) -> None:
        """Serve in a background thread (tests, scripts); `stop` ends it."""
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)
        self._thread.start()
        while not self.server.started:
            self._thread.join(0.05)

    def stop(self) -> None:
        self.server.should_exit = True
        if self._thread:
            self._thread.join(10)
        self.socket.close()

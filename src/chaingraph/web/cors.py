"""Cross-origin reads: which web pages on other origins may read the endpoint's answers.

Off unless `chaingraph serve --cors-origin` names origins (or `*`). The default is off because the
endpoint usually runs on a colleague's own machine: with `*`, any page that colleague opens in a
browser could read the graph, drafts included, from 127.0.0.1. When an origin is allowed, a page
there (YASGUI and the like) may GET and POST queries, with the Accept and Content-Type headers a
SPARQL client sends; no credentials are ever allowed, so no cookie or password travels.
"""

from __future__ import annotations

ALLOWED_METHODS = "GET, HEAD, POST, OPTIONS"
ALLOWED_HEADERS = "Accept, Content-Type"


def allowed_origin(origin: str | None, allowed: tuple[str, ...]) -> str | None:
    """The value of Access-Control-Allow-Origin for a request from `origin`, or None."""
    if not origin or not allowed:
        return None
    if "*" in allowed:
        return "*"
    return origin if origin.rstrip("/") in allowed else None


def cors_headers(origin: str | None, allowed: tuple[str, ...]) -> dict[str, str]:
    """Headers for an answer to a request from `origin` (empty when that origin may not read it)."""
    headers = {"Vary": "Origin"} if allowed and "*" not in allowed else {}
    value = allowed_origin(origin, allowed)
    if value:
        headers["Access-Control-Allow-Origin"] = value
        headers["Access-Control-Expose-Headers"] = "Content-Type, Content-Length"
    return headers


def preflight_headers(origin: str | None, allowed: tuple[str, ...]) -> dict[str, str]:
    """Headers for an OPTIONS preflight: the methods and headers a cross-origin request may use."""
    headers = cors_headers(origin, allowed)
    if "Access-Control-Allow-Origin" in headers:
        headers.update({"Access-Control-Allow-Methods": ALLOWED_METHODS,
                        "Access-Control-Allow-Headers": ALLOWED_HEADERS,
                        "Access-Control-Max-Age": "600"})
    return headers

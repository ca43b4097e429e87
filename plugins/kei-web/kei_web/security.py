"""What every response carries and what no request may exceed: security headers, the size of
a request's body and of its query string, and how long one evaluation may take."""

from __future__ import annotations

import json
from typing import Any

import attrs

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
"""Nothing inline may run, nothing loads from elsewhere, and no site may frame a page."""

HEADERS = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
)


@attrs.frozen
class Limits:
    """The limits of one server (``kei serve`` uses the defaults)."""

    body_bytes: int = 1024 * 1024
    """A check request (a vehicle file's limit)."""
    upload_bytes: int = 20 * 1024 * 1024
    """An inventory (``/inventory``, ``POST /api/batch``)."""
    query_characters: int = 8192
    """A ``GET`` query string (a shareable answer's link)."""
    evaluation_seconds: float = 10.0
    """One check; longer answers 503, and the request's thread is not waited for."""


class SecurityHeaders:
    """ASGI middleware: the security headers on every response, 414 for a query string longer
    than the limit (a link that long is not a question), and ``HEAD`` answered as ``GET``
    without the body (the status and headers a ``GET`` would get, ``Content-Length`` included),
    for every route that answers ``GET``: a link checker or a proxy's health check asks so."""

    def __init__(self, app: Any, limits: Limits) -> None:
        self.app = app
        self.limits = limits

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(name, value) for name, value in HEADERS if name not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        async def send_head(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send_with_headers(message)

        if scope.get("method") == "HEAD":
            scope = {**scope, "method": "GET"}
            send_out = send_head
        else:
            send_out = send_with_headers

        if len(scope.get("query_string", b"")) > self.limits.query_characters:
            body = json.dumps(
                {"error": f"the query string is longer than {self.limits.query_characters:,} characters"}
            ).encode()
            await send_out(
                {
                    "type": "http.response.start",
                    "status": 414,
                    "headers": [
                        (b"content-type", b"application/json"),
                        (b"content-length", str(len(body)).encode()),
                    ],
                }
            )
            await send_out({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, send_out)

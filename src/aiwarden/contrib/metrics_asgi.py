"""aiwarden's Prometheus metrics as an ASGI app, to mount beside your API.

    from aiwarden.contrib.metrics_asgi import metrics_app

    app.mount("/metrics", metrics_app())                            # FastAPI
    Starlette(routes=[Mount("/metrics", app=metrics_app())])        # Starlette

Metrics reveal traffic and spend; serve them on an internal port or behind authentication.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from ..audit.metrics import render_latest

__all__ = ["metrics_app"]

Scope = MutableMapping[str, Any]
ASGIApp = Callable[[Scope, Callable[[], Awaitable[Any]], Callable[[Any], Awaitable[None]]], Awaitable[None]]


def metrics_app(registry: Any = None) -> ASGIApp:
    """An ASGI app answering ``GET`` with the exposition of ``registry`` (default: the global one)."""
    render_latest(registry)  # fail at start-up when prometheus-client is missing

    async def app(scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        if scope["method"] not in ("GET", "HEAD"):
            await _respond(send, 405, b"Method Not Allowed\n", "text/plain; charset=utf-8", [(b"allow", b"GET, HEAD")])
            return
        accept = next((v.decode("latin-1") for k, v in scope.get("headers", ()) if k == b"accept"), None)
        body, content_type = render_latest(registry, accept)
        await _respond(send, 200, b"" if scope["method"] == "HEAD" else body, content_type)

    return app


async def _respond(
    send: Any, status: int, body: bytes, content_type: str, extra: list[tuple[bytes, bytes]] | None = None
) -> None:
    headers = [(b"content-type", content_type.encode("latin-1")), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers + (extra or [])})
    await send({"type": "http.response.body", "body": body})

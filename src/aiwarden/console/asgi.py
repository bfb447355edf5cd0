"""The operator page as a pure ASGI app, for Starlette and FastAPI (no framework import).

::

    warden = Warden("policy.toml")
    app.add_middleware(WardenMiddleware, warden=warden)
    app.mount("/aiwarden", warden.console())

or, when the middleware builds its own engine, ``app.mount("/aiwarden", ConsoleApp())``: the
middleware puts its engine in the scope (``scope["aiwarden.warden"]``) of every request it sees.
The page's work (storage reads, token checks) runs in a worker thread, never on the event loop.
"""

from __future__ import annotations

import asyncio
import functools
from http.cookies import SimpleCookie
from typing import TYPE_CHECKING, Any

from .core import MAX_BODY, Check, Console, ConsoleRequest, ConsoleResponse

if TYPE_CHECKING:
    from .data import Engine

__all__ = ["SCOPE_KEY", "ConsoleApp"]

#: Where :class:`~aiwarden.starlette.WardenMiddleware` leaves its engine in each request's scope.
SCOPE_KEY = "aiwarden.warden"


class ConsoleApp:
    def __init__(
        self, warden: Engine | None = None, *, can_view: Check | None = None, can_switch: Check | None = None
    ) -> None:
        self._console = Console(warden, can_view=can_view, can_switch=can_switch) if warden is not None else None
        self._rights = {"can_view": can_view, "can_switch": can_switch}

    def _for(self, scope: dict[str, Any]) -> Console | None:
        if self._console is None:
            warden = scope.get(SCOPE_KEY)
            if warden is None:
                return None
            self._console = Console(warden, **self._rights)
        return self._console

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        console = self._for(scope)
        root = scope.get("root_path", "")
        path = scope["path"]
        rel = path[len(root) :] if root and path.startswith(root) else path
        if console is None:
            await _send(
                send,
                _plain(
                    500,
                    b"The operator page needs a Warden: mount warden.console(), or add "
                    b"WardenMiddleware to the app before mounting ConsoleApp().",
                ),
            )
            return
        if rel == "":
            await _send(send, ConsoleResponse(308, [("location", root + "/")], b""))
            return
        body = b""
        if scope["method"] == "POST":
            body = await _read(receive)
        headers: dict[str, str] = {}
        for k, v in scope.get("headers", []):
            name = k.decode("latin-1").lower()
            value = v.decode("latin-1")
            headers[name] = f"{headers[name]}, {value}" if name in headers and name != "cookie" else value
        jar: SimpleCookie = SimpleCookie()
        try:
            jar.load(headers.get("cookie", ""))
        except Exception:  # a malformed Cookie header is no credential
            jar = SimpleCookie()
        client = scope.get("client")
        req = ConsoleRequest(
            scope["method"],
            rel.lstrip("/"),
            headers,
            {k: m.value for k, m in jar.items()},
            body or b"",
            base=(root or "") + "/",
            secure=scope.get("scheme") == "https",
            client=client[0] if client else None,
            native=scope,
        )
        loop = asyncio.get_running_loop()
        response = await loop.run_in_executor(None, functools.partial(console.handle, req))
        await _send(send, response)


async def _read(receive: Any) -> bytes:
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return b""
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY:
            return b"x" * (MAX_BODY + 1)  # the core answers 413
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def _plain(status: int, text: bytes) -> ConsoleResponse:
    return ConsoleResponse(status, [("content-type", "text/plain; charset=utf-8")], text)


async def _send(send: Any, response: ConsoleResponse) -> None:
    headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in response.headers]
    headers.append((b"content-length", str(len(response.body)).encode()))
    await send({"type": "http.response.start", "status": response.status, "headers": headers})
    await send({"type": "http.response.body", "body": response.body})

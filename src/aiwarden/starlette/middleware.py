"""The Starlette / FastAPI middleware (see :mod:`aiwarden.starlette`)."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Mapping
from typing import Any

import anyio
from starlette.responses import Response, StreamingResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from ..adapter import is_cors_preflight, refuse_method
from ..answers import prepare
from ..console.asgi import SCOPE_KEY
from ..context import HttpRequest
from ..effects import on_asyncio
from ..errors import ConfigurationError, guard_unavailable
from ..policy import Policy, RouteSpec, load_policy
from ..routes import RouteTable
from ..warden import Warden
from .responder import Responder, send_refusal
from .routing import NotAllowed, RouteReader, route_path

__all__ = ["WardenMiddleware", "answer"]

log = logging.getLogger("aiwarden")


def answer(result: Any, *, status: int | None = None, headers: Mapping[str, str] | None = None) -> Response:
    """What the endpoint got from its provider as a response: JSON, or a stream of server-sent
    events (see :mod:`aiwarden.answers` for what ``result`` may be)::

        return answer(provider.respond("openai", await request.json()))
    """
    out = prepare(result, status, headers)
    if out.body is not None:
        return Response(out.body, out.status, out.headers, media_type=out.media_type)
    return StreamingResponse(out.achunks or out.chunks, out.status, out.headers, media_type=out.media_type)  # type: ignore[arg-type]


class WardenMiddleware:
    """The guard, as pure ASGI middleware: ``app.add_middleware(WardenMiddleware, policy=...)``, or
    ``warden=`` an engine built elsewhere; other keyword arguments are engine components."""

    aiwarden_guard = True  # routing.GUARD: a mounted app under its own guard is left to it

    def __init__(
        self,
        app: ASGIApp,
        policy: Policy | Mapping[str, Any] | str | None = None,
        *,
        warden: Warden | None = None,
        **components: Any,
    ) -> None:
        self.app = app
        self._reader = RouteReader(app)  # not "routes": other guards tell a mounted app by its routes
        # Starlette builds its middleware on the first scope (lifespan, under uvicorn's defaults),
        # where a raised error reads as "lifespan unsupported" and the app serves 500s. So a
        # policy that cannot be built is kept and reported as a failed start-up (the server
        # exits); where no lifespan runs, AI routes answer 503 and the others are served.
        self.error: str | None = None
        self._failure: Exception | None = None
        self.warden: Warden | None = warden
        if warden is not None:
            return
        self._components = components
        try:
            self._policy = load_policy(policy)
        except Exception as exc:
            self._fail(exc)
            return
        # Built on the first scope: the lifespan start-up builds the engine there (the server
        # waits); a server that runs no lifespan (uvicorn --lifespan off) would build it inside
        # its first request, ~1-2 s on the event loop, so then it is built in a worker thread
        # (_built) while requests to other routes are served. Outside an event loop: now.
        self._routes = RouteTable(self._policy.routes)
        self._building = anyio.Lock()
        if not on_asyncio():
            self._build()

    def _build(self) -> None:
        try:
            self.warden = Warden(self._policy, **self._components)
        except Exception as exc:  # a ConfigurationError, or a component or back-end that cannot start
            self._fail(exc)

    def _fail(self, exc: Exception) -> None:
        self._failure = exc
        self.error = str(exc) if isinstance(exc, ConfigurationError) else f"{type(exc).__name__}: {exc}"
        log.error("aiwarden: the guard cannot be built, so AI routes will be refused: %s", self.error)

    async def _built(self, scope: Scope) -> bool:
        """Build the engine if it is not yet (at the lifespan start-up: here; in a request: in a
        worker thread, one build for all the requests that wait). False: ``scope`` is not an AI
        route and passes without waiting for it."""
        if scope["type"] == "lifespan":
            self._build()
            return True
        if scope["type"] == "http" and self._while_building(scope) is None:
            return False
        async with self._building:
            if self.warden is None and self.error is None:
                await anyio.to_thread.run_sync(self._build)
        return True

    def _while_building(self, scope: Scope) -> RouteSpec | None:
        not_allowed, route = self._route(scope, self._routes)
        return not_allowed.spec if not_allowed is not None and route is None else route

    def _route(self, scope: Scope, routes: Warden | RouteTable) -> tuple[NotAllowed | None, RouteSpec | None]:
        """The view's mark (a 405 the router will answer, with its endpoint's spec) and the route."""
        marked = self._reader.mark(scope)
        not_allowed = marked if isinstance(marked, NotAllowed) else None
        spec = marked if isinstance(marked, RouteSpec) else None
        return not_allowed, routes.route_for(scope["method"], route_path(scope), spec, scope["path"])

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.warden is None and self.error is None and not await self._built(scope):
            await self.app(scope, receive, send)
            return
        if self.error is not None:
            await self._broken(scope, receive, send)
            return
        warden = self.warden
        assert warden is not None
        if scope["type"] != "http" or (scope["method"] == "OPTIONS" and _preflight(scope)):
            await self.app(scope, receive, send)
            return
        scope[SCOPE_KEY] = warden  # the operator page (ConsoleApp) mounted below finds its engine here
        not_allowed, route = self._route(scope, warden)
        if route is None and not_allowed is not None and await self._refuse_method(scope, send, not_allowed):
            return
        if route is None:
            await self.app(scope, receive, send)
            return
        http = _http_request(scope)
        http.route_template = self._reader.template(scope)
        await Responder(warden.exchange(http, route), scope, receive, send)(self.app)

    async def _broken(self, scope: Scope, receive: Receive, send: Send) -> None:
        """No guard: start-up fails with the error; AI routes (as marked) answer 503, others pass."""
        if scope["type"] == "lifespan":
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.failed", "message": f"aiwarden: {self.error}"})
                # and raised, as Starlette's router does: servers that saw the failure stop quietly,
                # and a test client's start-up raises it instead of waiting
                if self._failure is not None:
                    raise self._failure.with_traceback(None)
            return
        if scope["type"] != "http" or not isinstance(self._reader.mark(scope), RouteSpec):
            await self.app(scope, receive, send)
            return
        await send_refusal(send, guard_unavailable().with_headers({"x-request-id": uuid.uuid4().hex}))

    async def _refuse_method(self, scope: Scope, send: Send, not_allowed: NotAllowed) -> bool:
        """The router will answer 405 (its route takes other methods): on an AI route, the guard's."""
        assert self.warden is not None
        refusal = refuse_method(
            self.warden, _http_request(scope), not_allowed.methods, lambda _method: not_allowed.spec
        )
        if refusal is None:  # not an AI route: the framework's own 405
            return False
        await send_refusal(send, refusal, head=scope["method"] == "HEAD")
        return True


def _preflight(scope: Scope) -> bool:
    return is_cors_preflight("OPTIONS", {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]})


def _http_request(scope: Scope) -> HttpRequest:
    headers: dict[str, str] = {}
    for k, v in scope["headers"]:
        name, value = k.decode("latin-1").lower(), v.decode("latin-1")
        # A repeated header is joined, as WSGI servers do: the guard must not check one
        # Authorization while the view (Starlette's request.headers: the first) reads another.
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    client = scope.get("client")
    app_path = route_path(scope)
    return HttpRequest(
        scope["method"],
        scope["path"],
        headers,
        scope.get("query_string", b"").decode("latin-1"),
        client[0] if client else None,
        app_path=app_path if app_path != scope["path"] else None,
    )

"""Starlette / FastAPI: a pure ASGI middleware.

    from aiwarden.starlette import WardenMiddleware, ai_route

    app = FastAPI()
    app.add_middleware(WardenMiddleware, policy="policy.toml")

    @app.post("/v1/chat/completions")
    @ai_route(system_prompt="You are a helpful assistant.")
    async def chat(request: Request): ...

Non-HTTP scopes and routes that are neither decorated with :func:`ai_route` nor matched by a
policy ``[[routes]]`` pattern pass straight through. The exchange is available to the endpoint
as ``request.state.aiwarden`` (``.identity``, ``.request_id`` ...). A policy that cannot be
built fails the ASGI lifespan start-up with its message (the server exits); without a lifespan,
AI routes answer 503 ``guard_unavailable`` and the others are served.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Callable, Mapping
from typing import Any

import anyio
from starlette.responses import Response, StreamingResponse
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .adapter import is_cors_preflight, marked_spec, refuse_method
from .answers import prepare
from .console.asgi import SCOPE_KEY
from .context import HttpRequest
from .effects import drive_async, in_thread
from .errors import ConfigurationError, Refusal, guard_unavailable
from .exchange import Exchange
from .filtering import Head
from .policy import Policy, RouteSpec
from .routes import ai_route
from .warden import Warden

__all__ = ["WardenMiddleware", "ai_route", "answer"]

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
    def __init__(
        self,
        app: ASGIApp,
        policy: Policy | Mapping[str, Any] | str | None = None,
        *,
        warden: Warden | None = None,
        **components: Any,
    ) -> None:
        self.app = app
        # Starlette builds its middleware on the first scope (lifespan, under uvicorn's defaults),
        # where a raised error reads as "lifespan unsupported" and the app serves 500s. So a
        # policy that cannot be built is kept and reported as a failed start-up (the server
        # exits); where no lifespan runs, AI routes answer 503 and the others are served.
        self.error: str | None = None
        self._failure: Exception | None = None
        try:
            self.warden = warden if warden is not None else Warden(policy, **components)
        except Exception as exc:  # a ConfigurationError, or a component or back-end that cannot start
            self._failure = exc
            self.error = str(exc) if isinstance(exc, ConfigurationError) else f"{type(exc).__name__}: {exc}"
            log.error("aiwarden: the guard cannot be built, so AI routes will be refused: %s", self.error)
        # Which endpoint a (host, method, path) reaches does not change while the app serves, and
        # matching every route costs ~90 us on a 30-route app: remember it (bounded), so unmarked
        # routes pay a dict lookup.
        self._marks: dict[tuple[Any, ...], RouteSpec | None] = {}
        self._templates: dict[tuple[Any, ...], str | None] = {}
        self._unseen: set[str] = set()  # mounts whose routes cannot be read, warned about once
        # The routes below us: scope["app"] is not set yet when the app is wrapped from outside
        # (app = WardenMiddleware(app)), and is the outer app when we wrap a mounted sub-app.
        self._below = _application(app)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.error is not None:
            await self._broken(scope, receive, send)
            return
        if scope["type"] != "http" or (scope["method"] == "OPTIONS" and _preflight(scope)):
            await self.app(scope, receive, send)
            return
        scope[SCOPE_KEY] = self.warden  # the operator page (ConsoleApp) mounted below finds its engine here
        marked = self._marked(scope)
        if isinstance(marked, _Unknown):  # routing cannot tell: a policy pattern still guards the path
            self._unknown(marked)
            marked = None
        not_allowed = marked if isinstance(marked, _NotAllowed) else None
        route = self.warden.route_for(scope["method"], _route_path(scope), None if not_allowed else marked)
        if route is None and scope.get("root_path"):  # a pattern written with the mount prefix
            route = self.warden.route_for(scope["method"], scope["path"])
        if route is None and not_allowed is not None and await self._refuse_method(scope, send, not_allowed):
            return
        if route is None:
            await self.app(scope, receive, send)
            return
        http = _http_request(scope)
        http.route_template = self._template(scope)
        await _Responder(self.warden.exchange(http, route), scope, receive, send)(self.app)

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
        if scope["type"] != "http" or not isinstance(self._marked(scope), RouteSpec):
            await self.app(scope, receive, send)
            return
        await _send_refusal(send, guard_unavailable().with_headers({"x-request-id": uuid.uuid4().hex}))

    async def _refuse_method(self, scope: Scope, send: Send, not_allowed: _NotAllowed) -> bool:
        """The router will answer 405 (its route takes other methods): on an AI route, the guard's."""
        refusal = refuse_method(
            self.warden, _http_request(scope), not_allowed.methods, lambda _method: not_allowed.spec
        )
        if refusal is None:  # not an AI route: the framework's own 405
            return False
        await _send_refusal(send, refusal, head=scope["method"] == "HEAD")
        return True

    def _unknown(self, unknown: _Unknown) -> None:
        """Say once per mount that its endpoints' ai_route marks cannot be seen from here."""
        if unknown.where in self._unseen:
            return
        self._unseen.add(unknown.where)
        log.warning(
            "aiwarden: cannot see the routes under %s, so an ai_route mark there is not seen; requests to it "
            "are guarded only where a policy [[routes]] pattern covers them (add one, or put the middleware "
            "inside the mounted app)",
            unknown.where,
        )

    def _template(self, scope: Scope) -> str | None:
        app = self._below if self._below is not None else scope.get("app")
        routes = getattr(getattr(app, "router", app), "routes", None) or []
        return self._cached(self._templates, scope, lambda: _template(routes, scope, "", 0))  # type: ignore[no-any-return]

    def _marked(self, scope: Scope) -> RouteSpec | _NotAllowed | None:
        return self._cached(self._marks, scope, lambda: _marked(scope, self._below))  # type: ignore[no-any-return]

    @staticmethod
    def _cached(cache: dict[tuple[Any, ...], Any], scope: Scope, compute: Callable[[], Any]) -> Any:
        """What routing says of this request's path, computed once per app, host, method and path
        (bounded: the oldest entry goes first)."""
        host = next((v for k, v in scope["headers"] if k == b"host"), None)
        key = (id(scope.get("app")), host, scope.get("root_path", ""), scope["method"], scope["path"])
        try:
            return cache[key]
        except KeyError:
            pass
        value = compute()
        if len(cache) >= 4096:
            cache.pop(next(iter(cache)))
        cache[key] = value
        return value


def _application(app: Any) -> Any:
    """The Starlette/FastAPI application (or router) under ``app`` and any middleware wrapping it
    (each keeps the app it wraps as ``.app``, as Starlette's own middlewares do); None if there is
    none, :data:`_GUARDED` if another WardenMiddleware is on the way (it guards what is below)."""
    for _ in range(16):
        if app is None or hasattr(app, "router") or hasattr(app, "routes"):
            return app
        if isinstance(app, WardenMiddleware):
            return _GUARDED
        app = getattr(app, "app", None)
    return None


_GUARDED = object()


class _Unknown:
    """Routing cannot tell whether the path reaches a marked endpoint (an ASGI app without readable
    routes is mounted there, or FastAPI's internals moved): ``where`` names the place."""

    __slots__ = ("where",)

    def __init__(self, where: str) -> None:
        self.where = where


class _NotAllowed:
    """The router will answer 405: a route has the path but takes other ``methods``; ``spec`` is
    its endpoint's ai_route mark for one of them, if any."""

    __slots__ = ("methods", "spec")

    def __init__(self, methods: tuple[str, ...], spec: RouteSpec | None) -> None:
        self.methods, self.spec = methods, spec


def _marked(scope: Scope, below: Any = None) -> RouteSpec | _NotAllowed | _Unknown | None:
    """The ai_route spec of the endpoint the router will pick, if any (the router runs after us)."""
    app = below if below is not None else scope.get("app")  # below: the routes that will route this request
    routes = getattr(getattr(app, "router", app), "routes", None) or []
    return _find(routes, scope, 0)


def _find(routes: Any, scope: Scope, depth: int) -> RouteSpec | _NotAllowed | _Unknown | None:
    partial: list[tuple[Any, Scope]] = []
    for route in routes:
        match, child = route.matches(scope)
        if match is Match.FULL:
            return _endpoint_spec(route, scope, child, depth)
        if match is Match.PARTIAL:  # no route takes the method: the router answers 405
            partial.append((route, child))
    return _not_allowed(partial, scope, depth) if partial else None


def _not_allowed(partial: list[tuple[Any, Scope]], scope: Scope, depth: int) -> _NotAllowed | None:
    """The routes that have the path, each with the methods it takes, and the first ai_route mark."""
    methods: set[str] = set()
    spec = None
    for route, child in partial:
        if hasattr(route, "original_router"):  # FastAPI's include_router(): ask it which route has the path
            inner = _endpoint_spec(route, scope, child, depth + 1)
            if isinstance(inner, _NotAllowed):
                methods.update(inner.methods)
                spec = spec or inner.spec
            continue
        taken = getattr(route, "methods", None) or ()
        methods.update(taken)
        endpoint = child.get("endpoint", getattr(route, "endpoint", None))
        if spec is None and endpoint is not None:
            spec = next((s for m in sorted(taken) if (s := marked_spec(endpoint, m)) is not None), None)
    return _NotAllowed(tuple(sorted(methods)), spec) if methods else None


def _endpoint_spec(route: Any, scope: Scope, child: Scope, depth: int) -> RouteSpec | _NotAllowed | _Unknown | None:
    if depth > 8:
        return _Unknown(f"{_describe(route)} (mounts nested too deep)")
    if hasattr(route, "routes"):  # a Mount or Host: look inside, through any middleware around its app
        below = _mounted(route)
        if below is _GUARDED:  # its own WardenMiddleware guards it
            return None
        if below is None:
            return _Unknown(_describe(route))
        return _find(below, {**scope, **child}, depth + 1)
    select = getattr(route, "_match", None)
    if select is not None and hasattr(route, "original_router"):
        # FastAPI's include_router(): the included router selects the route itself and reports
        # no endpoint from matches(); ask it which route it would pick.
        try:
            match, sub_child, sub_route, _context = select(scope)
        except Exception:  # a FastAPI whose internals moved: policy [[routes]] patterns still work
            return _Unknown(f"{_describe(route)} (FastAPI's included router)")
        if match is Match.PARTIAL and sub_route is not None:
            return _not_allowed([(sub_route, sub_child or {})], scope, depth)
        if match is not Match.FULL or sub_route is None:
            return None
        if sub_child and "endpoint" in sub_child:
            return marked_spec(sub_child["endpoint"], scope["method"])
        return _endpoint_spec(sub_route, scope, sub_child or {}, depth + 1)
    endpoint = child.get("endpoint")
    return marked_spec(endpoint, scope["method"]) if endpoint is not None else None


def _mounted(route: Any) -> Any:
    """The routes a Mount/Host leads to: its own, or those of the app behind the middleware
    wrapping it (``Mount("/api", app=CORSMiddleware(sub_app))``); None if they cannot be read."""
    routes = route.routes
    if routes and not any(_is_guard(m) for m in getattr(getattr(route, "_base_app", None), "user_middleware", ())):
        return routes
    app = _application(getattr(route, "_base_app", None) or getattr(route, "app", None))
    if app is _GUARDED or any(_is_guard(m) for m in getattr(app, "user_middleware", ())):
        return _GUARDED  # the mounted app guards itself
    routes = getattr(getattr(app, "router", app), "routes", None) if app is not None else None
    return routes if isinstance(routes, list) else None


def _is_guard(middleware: Any) -> bool:
    cls = getattr(middleware, "cls", None)
    return isinstance(cls, type) and issubclass(cls, WardenMiddleware)


def _describe(route: Any) -> str:
    where = getattr(route, "path", None) or getattr(route, "host", None) or "?"
    app = getattr(route, "app", None)
    return f"the mount {where!r} ({type(app).__module__}.{type(app).__qualname__})"


def _template(routes: Any, scope: Scope, prefix: str, depth: int) -> str | None:
    """The path pattern of the route the router will pick ("/threads/{tid}/chat"), mounts'
    prefixes included; None where it cannot be told (FastAPI's lazily included routers)."""
    for route in routes:
        match, child = route.matches(scope)
        if match is not Match.FULL:
            continue
        path = getattr(route, "path", None)
        if not isinstance(path, str) or hasattr(route, "original_router"):
            return None
        if hasattr(route, "routes"):  # a Mount: the pattern goes on inside
            inner = _mounted(route)
            if not isinstance(inner, list) or depth >= 8:
                return None
            return _template(inner, {**scope, **child}, prefix + path, depth + 1)
        return prefix + path
    return None


def _route_path(scope: Scope) -> str:
    """The path the app routes on: without the root path (uvicorn --root-path puts it in "path"),
    as Django's path_info and Flask's request.path are, so one policy's patterns mean the same."""
    path, root = scope["path"], scope.get("root_path", "")
    if root and path.startswith(root) and path[len(root) : len(root) + 1] == "/":
        return path[len(root) :]
    return path


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
    app_path = _route_path(scope)
    return HttpRequest(
        scope["method"],
        scope["path"],
        headers,
        scope.get("query_string", b"").decode("latin-1"),
        client[0] if client else None,
        app_path=app_path if app_path != scope["path"] else None,
    )


class _Responder:
    """Per-request state: reads the body once, forwards it, filters the answer."""

    def __init__(self, ex: Exchange, scope: Scope, receive: Receive, send: Send) -> None:
        self.ex, self.scope, self.receive, self.send = ex, scope, receive, send
        self.kind: str | None = None
        self.start: Message | None = None
        self.buffer = bytearray()
        self.complete = False
        # Coalesced stream text is released by a timer when no piece follows within
        # ``output.coalesce_ms`` (asyncio only); the lock keeps its send and the app's apart.
        self.lock = asyncio.Lock()
        self.idle: asyncio.TimerHandle | None = None
        self.releasing: asyncio.Task[None] | None = None
        try:  # the release timer needs asyncio (under trio, streams are filtered piece by piece)
            asyncio.get_running_loop()
            ex.idle_release = True
        except RuntimeError:
            pass

    async def __call__(self, app: ASGIApp) -> None:
        ex = self.ex
        try:
            declared = dict(self.scope["headers"]).get(b"content-length")
            outcome = await drive_async(ex.check(_Body(self.receive, declared, ex.max_body_bytes)))
            if isinstance(outcome, Refusal):
                await _send_refusal(self.send, outcome)
                self.complete = True
            else:
                await app(self.forward_scope(outcome), self.forward_receive(outcome), self.filtered_send)
        except _Disconnected:  # the client left before its body was read: nothing to answer
            pass
        finally:
            self.stop_idle()
            if not self.complete:
                ex.client_disconnected = True
            await drive_async(ex.finish())

    def forward_scope(self, body: bytes) -> Scope:
        # the body is the JSON the guard checked: the view is told so, whatever type the client claimed;
        # and it gets no Accept-Encoding, so a compressor inside the guard leaves the answer readable
        headers = [(k, v) for k, v in self.scope["headers"] if k.lower() not in _FORWARD_REPLACED]
        headers += [(b"content-length", str(len(body)).encode()), (b"content-type", b"application/json")]
        state = dict(self.scope.get("state") or {})
        state["aiwarden"] = self.ex
        # a file sent by path (pathsend, zerocopysend) would bypass the filters: the app sends body messages
        extensions = {k: v for k, v in (self.scope.get("extensions") or {}).items() if k not in _FILE_EXTENSIONS}
        return {**self.scope, "headers": headers, "state": state, "extensions": extensions}

    def forward_receive(self, body: bytes) -> Receive:
        sent = False

        async def receive() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await self.receive()

        return receive

    async def off_loop(self, fn: Callable[..., bytes], *args: Any) -> bytes:
        """Run an output filter step, in a worker thread where the exchange says so (user filters
        that may block on I/O: anyio's threads; a large answer: aiwarden's pool, on asyncio)."""
        if not self.ex.filter_off_loop(len(args[0]) if args else 0):
            return fn(*args)
        if self.ex.warden.output_blocks or not self.ex.idle_release:  # idle_release: on asyncio
            return await anyio.to_thread.run_sync(fn, *args)
        return await in_thread(fn, *args)

    async def filtered_send(self, message: Message) -> None:
        ex = self.ex
        if message["type"] == "http.response.start":
            headers = message.get("headers", [])
            ctype = next((v.decode("latin-1") for k, v in headers if k.lower() == b"content-type"), None)
            cenc = next((v.decode("latin-1") for k, v in headers if k.lower() == b"content-encoding"), None)
            self.kind = ex.response_start(message["status"], ctype, cenc)
            self.start = message
            if self.kind != "json":  # a JSON answer's status and headers wait for its filtered body
                await self.send(_started(message, ex.answer_head()))
            return
        if message["type"] != "http.response.body" or self.complete:
            return
        more = message.get("more_body", False)
        if self.kind == "pass":
            await self.send(message)
        elif self.kind == "sse":
            if self.idle is not None:
                self.idle.cancel()
                self.idle = None
            async with self.lock:
                if self.complete:  # cut by a release in between
                    return
                out = await self.off_loop(ex.filter_chunk, message.get("body", b""))
                if ex.stream_cut:
                    more = False
                elif not more:
                    out += await self.off_loop(ex.filter_end)
                if out or not more:  # a piece the filters hold (or coalesce) sends nothing yet
                    await self.send({"type": "http.response.body", "body": out, "more_body": more})
                self.complete = not more
            if more and ex.stream_waiting:
                self.arm_idle()
            return
        else:
            self.buffer += message.get("body", b"")
            if more:
                return
            body = await self.off_loop(ex.filter_json, bytes(self.buffer))
            await self.send(_started(self.start or {}, ex.answer_head(len(body))))
            await self.send({"type": "http.response.body", "body": body})
        if not more:
            self.complete = True

    # -- coalesced text when the stream pauses -------------------------------------------------

    def arm_idle(self) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # not asyncio (trio): the text goes out with the next piece
            return
        self.idle = loop.call_later(self.ex.coalesce_seconds, self._fire_idle)

    def _fire_idle(self) -> None:
        self.idle = None
        self.releasing = asyncio.get_running_loop().create_task(self._release_idle())

    async def _release_idle(self) -> None:
        ex = self.ex
        try:
            async with self.lock:
                if self.complete or not ex.stream_waiting:
                    return
                out = await self.off_loop(ex.filter_idle)
                if out:
                    more = not ex.stream_cut
                    await self.send({"type": "http.response.body", "body": out, "more_body": more})
                    self.complete = not more
        except Exception as exc:  # the client left or the server closed; the app's next send sees it
            log.debug("aiwarden: releasing coalesced stream text failed: %r", exc)

    def stop_idle(self) -> None:
        if self.idle is not None:
            self.idle.cancel()
            self.idle = None
        if self.releasing is not None and not self.releasing.done():
            self.releasing.cancel()


_FORWARD_REPLACED = (b"content-length", b"transfer-encoding", b"content-type", b"accept-encoding")
_FILE_EXTENSIONS = ("http.response.pathsend", "http.response.zerocopysend")


class _Disconnected(Exception):
    pass


class _Body:
    """The effect that reads the request body from ASGI messages: the bytes, or None when the body
    is, or says it is, over ``limit`` (never reading past it); the client leaving raises."""

    def __init__(self, receive: Receive, declared: bytes | None, limit: int) -> None:
        self.receive, self.declared, self.limit = receive, declared, limit

    def run_sync(self) -> bytes | None:
        raise RuntimeError("an ASGI body is read by the async driver")

    async def run_async(self) -> bytes | None:
        declared, limit = self.declared, self.limit
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            return None
        chunks, size = [], 0
        while True:
            message = await self.receive()
            if message["type"] == "http.disconnect":
                raise _Disconnected
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                return None
            chunks.append(chunk)
            if not message.get("more_body"):
                return b"".join(chunks)


def _started(message: Message, head: Head) -> Message:
    """The answer's start message as the guard decided it (status, headers)."""
    headers = [(k, v) for k, v in message.get("headers", []) if k.decode("latin-1").lower() not in head.drop]
    return {**message, "type": "http.response.start", "status": head.status, "headers": headers + _raw(head.put)}


async def _send_refusal(send: Send, refusal: Refusal, *, head: bool = False) -> None:
    body = refusal.body()
    sent = {**refusal.headers, "content-type": "application/json", "content-length": str(len(body))}
    await send({"type": "http.response.start", "status": refusal.status, "headers": _raw(sent)})
    await send({"type": "http.response.body", "body": b"" if head else body})


def _raw(headers: Mapping[str, str]) -> list[tuple[bytes, bytes]]:
    return [(k.lower().encode("latin-1"), v.encode("latin-1", "replace")) for k, v in headers.items()]

"""Reading Starlette's routes before its router runs (the middleware runs first): which endpoint a
request reaches, through mounts, hosts, FastAPI's included routers and any middleware wrapping a
mounted app (each keeps the app it wraps as ``.app``), and that endpoint's ai_route mark."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from starlette.routing import Match
from starlette.types import Scope

from ..adapter import marked_spec
from ..policy import RouteSpec

__all__ = ["GUARD", "NotAllowed", "RouteReader", "Unknown", "route_path"]

log = logging.getLogger("aiwarden")

#: The class attribute that names a guard (WardenMiddleware): a mounted app with its own guard is left to it.
GUARD = "aiwarden_guard"


class RouteReader:
    """What Starlette's router will do with a request, read before it runs: the ai_route mark of
    the endpoint it picks (or that it will answer 405, or cannot tell) and the route's pattern.
    Which endpoint a (host, method, path) reaches does not change while the app serves, and
    matching every route costs ~90 us on a 30-route app: each answer is remembered (bounded), so
    unmarked routes pay a dict lookup."""

    def __init__(self, app: Any) -> None:
        self._marks: dict[tuple[Any, ...], RouteSpec | NotAllowed | Unknown | None] = {}
        self._templates: dict[tuple[Any, ...], str | None] = {}
        self._unseen: set[str] = set()  # mounts whose routes cannot be read, warned about once
        # The routes below the middleware: scope["app"] is not set yet when the app is wrapped from
        # outside (app = WardenMiddleware(app)), and is the outer app when it wraps a mounted sub-app.
        self._below = _application(app)

    def mark(self, scope: Scope) -> RouteSpec | NotAllowed | None:
        """The mark of the endpoint the router will pick; :class:`NotAllowed` when it will answer
        405. Where routing cannot tell (an unreadable mount), None, said once per mount in a warning."""
        found = self._cached(self._marks, scope, lambda: _marked(scope, self._below))
        if isinstance(found, Unknown):  # a policy pattern still guards the path
            self._unknown(found)
            return None
        return found  # type: ignore[no-any-return]

    def template(self, scope: Scope) -> str | None:
        app = self._below if self._below is not None else scope.get("app")
        routes = getattr(getattr(app, "router", app), "routes", None) or []
        return self._cached(self._templates, scope, lambda: _template(routes, scope, "", 0))  # type: ignore[no-any-return]

    def _unknown(self, unknown: Unknown) -> None:
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
        if getattr(type(app), GUARD, False):  # another WardenMiddleware
            return _GUARDED
        app = getattr(app, "app", None)
    return None


_GUARDED = object()


class Unknown:
    """Routing cannot tell whether the path reaches a marked endpoint (an ASGI app without readable
    routes is mounted there, or FastAPI's internals moved): ``where`` names the place."""

    __slots__ = ("where",)

    def __init__(self, where: str) -> None:
        self.where = where


class NotAllowed:
    """The router will answer 405: a route has the path but takes other ``methods``; ``spec`` is
    its endpoint's ai_route mark for one of them, if any."""

    __slots__ = ("methods", "spec")

    def __init__(self, methods: tuple[str, ...], spec: RouteSpec | None) -> None:
        self.methods, self.spec = methods, spec


def _marked(scope: Scope, below: Any = None) -> RouteSpec | NotAllowed | Unknown | None:
    """The ai_route spec of the endpoint the router will pick, if any (the router runs after us)."""
    app = below if below is not None else scope.get("app")  # below: the routes that will route this request
    routes = getattr(getattr(app, "router", app), "routes", None) or []
    return _find(routes, scope, 0)


def _find(routes: Any, scope: Scope, depth: int) -> RouteSpec | NotAllowed | Unknown | None:
    partial: list[tuple[Any, Scope]] = []
    for route in routes:
        match, child = route.matches(scope)
        if match is Match.FULL:
            return _endpoint_spec(route, scope, child, depth)
        if match is Match.PARTIAL:  # no route takes the method: the router answers 405
            partial.append((route, child))
    return _not_allowed(partial, scope, depth) if partial else None


def _not_allowed(partial: list[tuple[Any, Scope]], scope: Scope, depth: int) -> NotAllowed | None:
    """The routes that have the path, each with the methods it takes, and the first ai_route mark."""
    methods: set[str] = set()
    spec = None
    for route, child in partial:
        if hasattr(route, "original_router"):  # FastAPI's include_router(): ask it which route has the path
            inner = _endpoint_spec(route, scope, child, depth + 1)
            if isinstance(inner, NotAllowed):
                methods.update(inner.methods)
                spec = spec or inner.spec
            continue
        taken = getattr(route, "methods", None) or ()
        methods.update(taken)
        endpoint = child.get("endpoint", getattr(route, "endpoint", None))
        if spec is None and endpoint is not None:
            spec = next((s for m in sorted(taken) if (s := marked_spec(endpoint, m)) is not None), None)
    return NotAllowed(tuple(sorted(methods)), spec) if methods else None


def _endpoint_spec(route: Any, scope: Scope, child: Scope, depth: int) -> RouteSpec | NotAllowed | Unknown | None:
    if depth > 8:
        return Unknown(f"{_describe(route)} (mounts nested too deep)")
    if hasattr(route, "routes"):  # a Mount or Host: look inside, through any middleware around its app
        below = _mounted(route)
        if below is _GUARDED:  # its own WardenMiddleware guards it
            return None
        if below is None:
            return Unknown(_describe(route))
        return _find(below, {**scope, **child}, depth + 1)
    select = getattr(route, "_match", None)
    if select is not None and hasattr(route, "original_router"):
        # FastAPI's include_router(): the included router selects the route itself and reports
        # no endpoint from matches(); ask it which route it would pick.
        try:
            match, sub_child, sub_route, _context = select(scope)
        except Exception:  # a FastAPI whose internals moved: policy [[routes]] patterns still work
            return Unknown(f"{_describe(route)} (FastAPI's included router)")
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
    return isinstance(cls, type) and getattr(cls, GUARD, False) is True


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


def route_path(scope: Scope) -> str:
    """The path the app routes on: without the root path (uvicorn --root-path puts it in "path"),
    as Django's path_info and Flask's request.path are, so one policy's patterns mean the same."""
    path: str = scope["path"]
    root: str = scope.get("root_path", "")
    if root and path.startswith(root) and path[len(root) : len(root) + 1] == "/":
        return path[len(root) :]
    return path

"""Marking routes as AI-backed: the :func:`ai_route` decorator and policy path patterns."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, TypeVar

from . import _config
from .policy import RouteRule, RouteSpec

__all__ = ["ROUTE_ATTR", "RouteTable", "ai_route", "route_of"]

F = TypeVar("F", bound=Callable[..., Any])
ROUTE_ATTR = "__aiwarden_route__"


def ai_route(view: F | None = None, /, **overrides: Any) -> Any:
    """Mark a view (Django, Flask) or endpoint (Starlette, FastAPI) as AI-backed.

    Keyword arguments are :class:`~aiwarden.policy.RouteSpec` fields and override the policy for
    this route::

        @app.post("/v1/chat/completions")
        @ai_route(system_prompt="You are a helpful assistant.", models=["gpt-4o-mini"])
        async def chat(request: Request): ...

    Invalid overrides raise :class:`~aiwarden.errors.ConfigurationError` at import time.
    """
    spec = _config.build(RouteSpec, overrides, "ai_route")
    # What the decorator names wins over a policy rule, also a value equal to the default
    # (``format="openai"`` against a rule's "anthropic"). The spec is kept alive here, so its id
    # stays its own.
    _EXPLICIT[id(spec)] = (spec, frozenset(overrides))

    def mark(fn: F) -> F:
        setattr(fn, ROUTE_ATTR, spec)
        return fn

    return mark(view) if view is not None else mark


_EXPLICIT: dict[int, tuple[RouteSpec, frozenset[str]]] = {}


def route_of(view: Any) -> RouteSpec | None:
    """The spec a view was marked with, looking through ``functools.wraps`` and class-based views."""
    seen = 0
    while view is not None and seen < 8:
        spec = getattr(view, ROUTE_ATTR, None)
        if isinstance(spec, RouteSpec):
            return spec
        view = getattr(view, "__wrapped__", None) or getattr(view, "view_class", None)
        seen += 1
    return None


class RouteTable:
    """Policy ``[[routes]]`` patterns: ``*`` matches within a path segment, ``**`` across segments."""

    def __init__(self, rules: Sequence[RouteRule]) -> None:
        self.rules = list(rules)
        self._compiled = [
            (re.compile(_config.path_glob(r.path)), frozenset(m.upper() for m in r.methods), r) for r in self.rules
        ]

    def match(self, method: str, path: str) -> RouteSpec | None:
        for pattern, methods, rule in self._compiled:
            if (method.upper() in methods or "*" in methods) and pattern.fullmatch(path):
                return rule
        return None

    def route_for(
        self, method: str, path: str, marked: RouteSpec | None = None, full_path: str | None = None
    ) -> RouteSpec | None:
        """:meth:`resolve` on the path the app routes on, else a pattern written with the mount
        prefix (``full_path``); None: not an AI route (:meth:`aiwarden.Warden.route_for`)."""
        route = self.resolve(method, path, marked)
        if route is None and full_path and full_path != path:
            route = self.match(method, full_path)
        return route

    def resolve(self, method: str, path: str, marked: RouteSpec | None) -> RouteSpec | None:
        """A decorator's spec wins; a matching policy rule fills in what the decorator leaves unset."""
        rule = self.match(method, path)
        if marked is None:
            return rule
        if rule is None:
            return marked
        named = _EXPLICIT.get(id(marked))
        if named is not None and named[0] is marked:
            changes = {name: getattr(marked, name) for name in named[1]}
        else:
            defaults = RouteSpec()
            changes = {
                name: getattr(marked, name)
                for name in RouteSpec.__dataclass_fields__
                if getattr(marked, name) != getattr(defaults, name)
            }
        return replace(RouteSpec(**{n: getattr(rule, n) for n in RouteSpec.__dataclass_fields__}), **changes)

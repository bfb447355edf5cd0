"""What every framework adapter shares: finding the mark on the view a request reaches, the 405
of an AI route, CORS preflights, a capped body read."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from .errors import Refusal
from .exchange import Exchange
from .policy import RouteSpec
from .routes import route_of

__all__ = ["is_cors_preflight", "marked_spec", "method_not_allowed", "read_capped"]


def marked_spec(view: Any, method: str) -> RouteSpec | None:
    """The :func:`~aiwarden.routes.ai_route` spec of the view a request reaches: on the view, on its
    class (also when a decorator on the class's ``dispatch`` hides it: Django's ``as_view()`` copies
    that decorator's ``__wrapped__`` onto the view), or on the class's handler for ``method``."""
    spec = route_of(view)
    if spec is not None:
        return spec
    cls = view if isinstance(view, type) else getattr(view, "view_class", None)
    if cls is None:
        return None
    return route_of(cls) or route_of(getattr(cls, method.lower(), None))


def method_not_allowed(ex: Exchange, allow: Iterable[str]) -> Refusal:
    """The guard's answer to a method an AI route does not take: 405 ``method_not_allowed`` in the
    OpenAI error shape, with ``Allow`` and ``x-request-id`` (adapters answer it, before any check,
    where the framework would answer its own 405 in HTML or plain text)."""
    methods = ", ".join(sorted({m.upper() for m in allow}))
    refusal = Refusal(
        405,
        "invalid_request_error",
        "method_not_allowed",
        f"This route does not accept {ex.request.method[:16]!r} requests; use {methods}.",
        headers={"allow": methods},
    )
    return ex.refuse(refusal, "route")


def is_cors_preflight(method: str, headers: Mapping[str, str]) -> bool:
    """Whether a request (lower-case ``headers``) is a CORS preflight: an OPTIONS with
    ``Access-Control-Request-Method`` and no body. Browsers send it without credentials before the
    real request, so adapters pass it to the app's CORS handling instead of guarding it (a guard's
    401 fails the preflight); an OPTIONS carrying a body is guarded like any other request."""
    return (
        method == "OPTIONS"
        and "access-control-request-method" in headers
        and "transfer-encoding" not in headers
        and headers.get("content-length", "0").strip() in ("", "0")
    )


def read_capped(read: Callable[[int], bytes], declared: str | None, limit: int) -> bytes | None:
    """A request body read through a blocking ``read(n)``, or None when it is, or declares it is,
    over ``limit`` bytes. Never reads more than ``limit + 1`` bytes, whatever Content-Length says
    (the WSGI adapters use it; the ASGI one reads messages instead)."""
    if declared and (not declared.isdigit() or int(declared) > limit):
        return None
    chunks, size = [], 0
    while size <= limit:
        chunk = read(limit + 1 - size)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return None if size > limit else b"".join(chunks)

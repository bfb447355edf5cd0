"""What every framework adapter shares: finding the mark on the view a request reaches, the 405
of an AI route, CORS preflights, the capped body read (an effect of :meth:`Exchange.check`), and
a streamed answer filtered piece by piece (:class:`AnswerStream`).

An adapter translates; the decisions are the core's. Per request it drives one call on the way
in and renders one result; on the way out it renders the answer's :class:`~aiwarden.filtering.Head`::

    outcome = drive(ex.check(CappedRead(read, content_length, ex.max_body_bytes)))
    # a Refusal: render refusal.status, refusal.headers, refusal.body(); else forward ``outcome``
    kind = ex.response_start(status, content_type, content_encoding)
    body = ex.answer_body(body)        # or AnswerStream(ex, chunks) for a streamed answer
    head = ex.answer_head(len(body))   # status, headers to drop, headers to put
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .context import HttpRequest
from .effects import drive_async, drive_sync
from .errors import Refusal
from .exchange import Exchange
from .policy import RouteSpec
from .routes import route_of

if TYPE_CHECKING:
    from .warden import Warden

__all__ = [
    "AnswerStream",
    "AsyncAnswerStream",
    "CappedRead",
    "SyncAnswerStream",
    "answer_stream",
    "is_cors_preflight",
    "marked_spec",
    "method_not_allowed",
    "read_capped",
    "refuse_method",
]


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


def refuse_method(
    warden: Warden,
    request: HttpRequest,
    allowed: Iterable[str],
    mark: Callable[[str], RouteSpec | None],
    *,
    declared: bool = True,
) -> Refusal | None:
    """The 405 of an AI route whose view does not take the request's method (see
    :func:`method_not_allowed`), or None: the method is taken, a policy ``[[routes]]`` pattern names
    it (guarded as asked), the view does not say which methods it takes (``declared`` false) and the
    method may carry a body, or no view of the path is an AI route. ``allowed``: the methods the
    path's views take; ``mark(method)``: the ai_route mark of the view that takes ``method``."""
    method, path = request.method, request.app_path or request.path
    if warden.routes.match(method, path) is not None:
        return None
    methods = sorted({m.upper() for m in allowed})
    if method in methods or not (declared or method in ("GET", "HEAD")):
        return None
    route = next((r for m in methods if (r := warden.route_for(m, path, mark(m))) is not None), None)
    if route is None:  # not an AI route: the framework's own answer
        return None
    return method_not_allowed(warden.exchange(request, route), methods)


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


@dataclass(frozen=True, slots=True)
class CappedRead:
    """The effect that reads a request body through a blocking ``read(n)``: the bytes, or None when
    the body is, or says it is, over ``limit`` (see :func:`read_capped`). The WSGI servers and
    Django's ASGI handler have the body at hand, so the async driver reads it inline too."""

    read: Callable[[int], bytes]
    declared: str | None
    limit: int

    def run_sync(self) -> bytes | None:
        return read_capped(self.read, self.declared, self.limit)

    async def run_async(self) -> bytes | None:
        return self.run_sync()


_pending: set[asyncio.Task[None]] = set()  # finishing tasks started by close(), kept alive until done


def answer_stream(
    ex: Exchange, chunks: Any, off_loop: Callable[..., Any] | None = None
) -> SyncAnswerStream | AsyncAnswerStream:
    """An answer the app streams (``chunks``: an iterator, or an async one), filtered piece by
    piece; ``off_loop`` (async only) runs a step in a worker thread: ``await off_loop(fn, *args)``."""
    if hasattr(chunks, "__aiter__"):
        return AsyncAnswerStream(ex, chunks, off_loop)
    return SyncAnswerStream(ex, chunks)


class AnswerStream:
    """A streamed answer, filtered as it comes (:meth:`Exchange.answer_chunk`) and finished at its
    end, at a failure, or at :meth:`close` when the client leaves first."""

    def __init__(self, ex: Exchange, chunks: Any, off_loop: Callable[..., Any] | None = None) -> None:
        self.ex, self.chunks, self.off_loop = ex, chunks, off_loop
        self.ended = False

    def close(self) -> None:
        """Called by the server when it is done with the answer: finish the exchange if the stream
        did not get to its end (the client went away)."""
        ex = self.ex
        if ex.finished:
            return
        ex.client_disconnected = not self.ended
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # a WSGI server, or Django's ASGI handler (it calls close() in a thread)
            drive_sync(ex.finish())
            return
        # on the event loop (Django's async test client closes there): finish in a task, not blocking
        _pending.add(task := loop.create_task(drive_async(ex.finish())))
        task.add_done_callback(_pending.discard)


class SyncAnswerStream(AnswerStream):
    def close(self) -> None:
        """Also closes the app's iterable, as a WSGI server would have (Flask's stream_with_context
        leaves its request context there)."""
        try:
            super().close()
        finally:
            inner = getattr(self.chunks, "close", None)
            if inner is not None:
                inner()

    def __iter__(self) -> Iterator[bytes]:
        ex = self.ex
        try:
            for chunk in self.chunks:
                if out := ex.answer_chunk(chunk if isinstance(chunk, bytes) else chunk.encode()):
                    yield out
                if ex.stream_cut:  # the answer was blocked: stop reading the provider
                    break
            self.ended = True
            if tail := ex.answer_end():
                yield tail
        except Exception:  # the app's stream failed: finish, and let the server see the error
            drive_sync(ex.finish())
            raise
        drive_sync(ex.finish())


class AsyncAnswerStream(AnswerStream):
    async def __aiter__(self) -> AsyncIterator[bytes]:
        ex = self.ex
        try:
            async for chunk in self.chunks:
                if out := await self._filter(ex.answer_chunk, chunk if isinstance(chunk, bytes) else chunk.encode()):
                    yield out
                if ex.stream_cut:
                    break
            self.ended = True
            if tail := await self._filter(ex.answer_end):
                yield tail
        except (Exception, asyncio.CancelledError) as exc:  # cancelled: the server saw a disconnect
            ex.client_disconnected = isinstance(exc, asyncio.CancelledError)
            await drive_async(ex.finish())
            raise
        await drive_async(ex.finish())

    async def _filter(self, fn: Callable[..., bytes], *args: bytes) -> bytes:
        if self.off_loop is not None and self.ex.filter_off_loop(len(args[0]) if args else 0):
            return await self.off_loop(fn, *args)  # type: ignore[no-any-return]
        return fn(*args)

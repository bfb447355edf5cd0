"""The Django middleware, sync- and async-capable::

    MIDDLEWARE = [
        ...,
        "django.contrib.auth.middleware.AuthenticationMiddleware",
        "aiwarden.django.WardenMiddleware",
    ]

Views are marked with :func:`aiwarden.routes.ai_route` (function views and class-based views)
or by a policy ``[[routes]]`` pattern; other requests pass straight through. The exchange is
``request.aiwarden`` in the view (``.identity``, ``.request_id`` ...).
"""

from __future__ import annotations

import asyncio
import functools
import io
import uuid
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any

from asgiref.sync import iscoroutinefunction, markcoroutinefunction
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.http import HttpRequest as DjangoRequest
from django.http.response import HttpResponseBase
from django.urls import ResolverMatch, resolve

from ..adapter import is_cors_preflight, marked_spec, method_not_allowed, read_capped
from ..answers import prepare
from ..context import HttpRequest
from ..effects import OFF_LOOP_BYTES, drive_async, drive_sync
from ..errors import Refusal, guard_unavailable
from ..exchange import Exchange
from ..policy import RouteSpec
from . import conf

__all__ = ["WardenMiddleware", "answer"]

_pending: set[asyncio.Task[None]] = set()  # finishing tasks started by close(), kept alive until done


def answer(result: Any, *, status: int | None = None, headers: Mapping[str, str] | None = None) -> HttpResponseBase:
    """What the view got from its provider as a response: JSON, or a stream of server-sent events
    (see :mod:`aiwarden.answers` for what ``result`` may be)::

        return answer(provider.respond("openai", json.loads(request.body)))
    """
    out = prepare(result, status, headers)
    if out.body is not None:
        return HttpResponse(out.body, status=out.status, headers=out.headers, content_type=out.media_type)
    chunks = out.achunks or out.chunks
    return StreamingHttpResponse(chunks, status=out.status, headers=out.headers, content_type=out.media_type)


class WardenMiddleware:
    sync_capable = True
    async_capable = True

    def __init__(self, get_response: Any) -> None:
        self.get_response = get_response
        self.async_mode = iscoroutinefunction(get_response)
        if self.async_mode:
            markcoroutinefunction(self)
        # Built now, when the server loads the middleware (get_wsgi_application(),
        # get_asgi_application()): a policy that cannot be built stops the server at start-up.
        conf.get_warden()

    def __call__(self, request: DjangoRequest) -> Any:
        if self.async_mode:
            return self.__acall__(request)
        ex = _exchange(request)
        if ex is None:
            return self.get_response(request)
        if isinstance(ex, Refusal):
            return _refused(ex)
        if (not_allowed := _not_allowed(request, ex)) is not None:
            return _refused(not_allowed)
        try:
            refusal = drive_sync(ex.admit())
            if refusal is None:
                body = _read_body(request, ex.max_body_bytes)
                refusal = _forward(request, ex.too_large() if body is None else drive_sync(ex.inspect(body)))
            response = _refused(refusal) if refusal else self.get_response(request)
            streaming = _respond(ex, response)
        except BaseException:
            drive_sync(ex.finish())
            raise
        if not streaming:
            drive_sync(ex.finish())
        return response

    async def __acall__(self, request: DjangoRequest) -> Any:
        ex = _exchange(request)
        if ex is None:
            return await self.get_response(request)
        if isinstance(ex, Refusal):
            return _refused(ex)
        if (not_allowed := _not_allowed(request, ex)) is not None:
            return _refused(not_allowed)
        try:
            refusal = await drive_async(ex.admit())
            if refusal is None:
                body = _read_body(request, ex.max_body_bytes)
                outcome = ex.too_large() if body is None else ex.inspect(body)
                if not isinstance(outcome, Refusal):
                    outcome = await drive_async(outcome, off_loop=len(body or b"") > OFF_LOOP_BYTES)
                refusal = _forward(request, outcome)
            response = _refused(refusal) if refusal else await self.get_response(request)
            if response.streaming and not response.is_async:  # Django's ASGI handler would buffer it whole
                response.streaming_content = _in_thread(response.streaming_content)
            if ex.warden.output_blocks or _large(response):  # user filters may block, a large answer takes time
                streaming = await asyncio.to_thread(_respond, ex, response)
            else:
                streaming = _respond(ex, response)
        except BaseException as exc:
            ex.client_disconnected = isinstance(exc, asyncio.CancelledError)
            await drive_async(ex.finish())
            raise
        if not streaming:
            await drive_async(ex.finish())
        return response


def _large(response: HttpResponseBase) -> bool:
    return not response.streaming and len(response.content) > OFF_LOOP_BYTES  # type: ignore[attr-defined]


def _exchange(request: DjangoRequest) -> Exchange | Refusal | None:
    method, path = request.method or "GET", request.path_info
    headers = {name.lower(): value for name, value in request.headers.items()} if method == "OPTIONS" else None
    if headers is not None and is_cors_preflight(method, headers):
        return None
    try:
        warden = conf.get_warden()
    except Exception:  # changed settings that cannot be built (logged once by conf): no guard
        if _marked(request) is None:
            return None
        return guard_unavailable().with_headers({"x-request-id": uuid.uuid4().hex})
    route = warden.route_for(method, path, _marked(request))
    if route is None:
        return None
    headers = headers or {name.lower(): value for name, value in request.headers.items()}
    query, client = request.META.get("QUERY_STRING", ""), request.META.get("REMOTE_ADDR")
    user = lambda: getattr(request, "user", None)  # noqa: E731  # lazy: JWT routes never load a session
    http = HttpRequest(method, path, headers, query, client, user, request)
    http.route_template = _route_template(getattr(request, "urlconf", None), path)
    ex = request.aiwarden = warden.exchange(http, route)  # type: ignore[attr-defined]
    return ex


def _marked(request: DjangoRequest) -> RouteSpec | None:
    # The URL resolver runs after the middleware chain; resolve here (once per path) to see the marker.
    return _marked_view(getattr(request, "urlconf", None), request.path_info, request.method or "GET")


@functools.lru_cache(maxsize=4096)
def _resolved(urlconf: Any, path: str) -> ResolverMatch | None:
    """The URL resolver's match for ``path`` (None: no view), once per path: the mark, the route
    pattern and the view's methods are all read from it."""
    try:
        return resolve(path, urlconf)
    except Http404:
        return None


def _marked_view(urlconf: Any, path: str, method: str) -> RouteSpec | None:
    match = _resolved(urlconf, path)
    return marked_spec(match.func, method) if match is not None else None


def _route_template(urlconf: Any, path: str) -> str | None:
    """The URL pattern the path resolves to ("threads/<int:tid>/chat"), for limits and labels."""
    match = _resolved(urlconf, path)
    route = match.route if match is not None else None
    # path() patterns have no leading slash; labels read like the other frameworks' ("/v1/chat")
    return None if not route else route if route.startswith(("^", "/")) else "/" + route


@receiver(setting_changed)
def _urls_changed(*, setting: str, **kwargs: Any) -> None:
    if setting == "ROOT_URLCONF":
        _resolved.cache_clear()


def _not_allowed(request: DjangoRequest, ex: Exchange) -> Refusal | None:
    """Django routes every method to the view, so a method the marked view does not take reached the
    guard (400: no body, or 401) instead of the 405 Starlette's and Flask's routers give. Answer that
    405, in the OpenAI shape, where the view says which methods it takes (a class-based view's
    handlers, ``require_http_methods``/``require_POST``); a view that does not say gets it for GET
    and HEAD only (they carry no body: no AI request). A method a policy rule names is guarded."""
    method = ex.request.method
    if ex.warden.routes.match(method, ex.request.path) is not None:
        return None
    allowed, declared = _view_methods(getattr(request, "urlconf", None), request.path_info)
    if method in allowed or not (declared or method in ("GET", "HEAD")):
        return None
    return method_not_allowed(ex, allowed)


def _view_methods(urlconf: Any, path: str) -> tuple[tuple[str, ...], bool]:
    """The methods the view at ``path`` takes and whether it says so; POST (what AI routes take) if not."""
    match = _resolved(urlconf, path)
    if match is None:
        return ("POST",), False
    view = match.func
    cls = getattr(view, "view_class", None)
    if cls is not None:
        return tuple(m.upper() for m in cls.http_method_names if hasattr(cls, m)), True
    for _ in range(16):  # require_http_methods (require_POST ...) keeps its list in the wrapper's closure
        code, closure = getattr(view, "__code__", None), getattr(view, "__closure__", None)
        if code is not None and closure and "request_method_list" in code.co_freevars:
            listed = closure[code.co_freevars.index("request_method_list")].cell_contents
            if isinstance(listed, (list, tuple, set, frozenset)):
                return tuple(str(m).upper() for m in listed), True
        view = getattr(view, "__wrapped__", None)
        if view is None:
            break
    return ("POST",), False


def _read_body(request: DjangoRequest, limit: int) -> bytes | None:
    """The body, or None when it is over ``limit`` (never reading more than ``limit + 1`` bytes)."""
    if hasattr(request, "_body"):  # an earlier middleware read it already
        return None if len(request._body) > limit else request._body
    return read_capped(request.read, request.META.get("CONTENT_LENGTH"), limit)


def _forward(request: DjangoRequest, outcome: Refusal | bytes) -> Refusal | None:
    """Hand the (possibly rewritten) body to the view, as Django itself keeps a read body."""
    if isinstance(outcome, Refusal):
        return outcome
    request._body = outcome
    request._stream = io.BytesIO(outcome)
    request._read_started = False
    request.META["CONTENT_LENGTH"] = str(len(outcome))
    # the body is the JSON the guard checked: the view must not parse it as a form (other fields)
    request.META["CONTENT_TYPE"] = request.content_type = "application/json"
    request.content_params = {}
    # no Accept-Encoding: a GZipMiddleware inside the guard leaves the answer readable
    request.META.pop("HTTP_ACCEPT_ENCODING", None)
    for cached in ("_post", "_files", "headers"):  # an earlier middleware may have parsed the client's body
        request.__dict__.pop(cached, None)
    return None


def _refused(refusal: Refusal) -> HttpResponse:
    response = HttpResponse(refusal.body(), status=refusal.status, content_type="application/json")
    for name, value in refusal.headers.items():
        response[name] = value
    return response


def _respond(ex: Exchange, response: HttpResponseBase) -> bool:
    """Filter the answer in place; True when a stream now owns finishing the exchange."""
    kind = ex.response_start(response.status_code, response.get("Content-Type"), response.get("Content-Encoding"))
    if kind != "pass" and response.has_header("Content-Encoding"):  # a filtered answer goes out plain
        del response["Content-Encoding"]
    if ex.refusal is not None:  # an answer the guard cannot read: the refusal replaces it, streamed or not
        response.status_code = ex.refusal.status
        response.reason_phrase = None  # type: ignore[assignment]  # derived from the status again
    streaming = kind != "pass" and response.streaming
    if streaming:
        del response["Content-Length"]
        stream = _AsyncStream if response.is_async else _SyncStream
        response.streaming_content = stream(ex, response.streaming_content, kind)
    elif kind != "pass":
        content = response.content  # type: ignore[attr-defined]
        if kind == "json":
            content = ex.filter_json(content)
            if ex.refusal is not None:
                response.status_code = ex.refusal.status
                response.reason_phrase = None  # type: ignore[assignment]  # derived from the status again
                for name, value in ex.refusal.headers.items():
                    response[name] = value
        else:
            content = ex.filter_chunk(content) + ex.filter_end()
        response.content = content  # type: ignore[attr-defined]
        if response.has_header("Content-Length"):
            response["Content-Length"] = str(len(content))
    for name, value in ex.response_headers.items():
        response[name] = value
    return streaming


class _Stream:
    """A streamed answer, filtered chunk by chunk; finishes the exchange at its end or close()."""

    def __init__(self, ex: Exchange, content: Any, kind: str) -> None:
        self.ex, self.content, self.kind = ex, content, kind
        self.buffer: list[bytes] = []
        self.ended = False

    def chunk(self, chunk: bytes) -> bytes:
        if self.kind == "json":  # a streamed JSON document: filtered whole, at the end
            self.buffer.append(chunk)
            return b""
        return self.ex.filter_chunk(chunk)

    def end(self) -> bytes:
        self.ended = True
        return self.ex.filter_json(b"".join(self.buffer)) if self.kind == "json" else self.ex.filter_end()

    def close(self) -> None:
        """Called by the server (or test client) when it is done with the response."""
        if self.ex.finished:
            return
        self.ex.client_disconnected = not self.ended
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # a WSGI server, or Django's ASGI handler (it calls close() in a thread)
            drive_sync(self.ex.finish())
            return
        # On the event loop (Django's async test client closes there): finish in a task, not blocking.
        _pending.add(task := loop.create_task(drive_async(self.ex.finish())))
        task.add_done_callback(_pending.discard)


class _SyncStream(_Stream):
    def __iter__(self) -> Any:
        try:
            for chunk in self.content:
                if out := self.chunk(chunk):
                    yield out
                if self.ex.stream_cut:  # the answer was blocked: stop reading the provider
                    break
            if tail := self.end():
                yield tail
        except Exception:
            drive_sync(self.ex.finish())
            raise
        drive_sync(self.ex.finish())


class _AsyncStream(_Stream):
    async def __aiter__(self) -> Any:
        try:
            blocking = self.ex.warden.output_blocks  # user output filters: off the event loop
            async for chunk in self.content:
                out = await asyncio.to_thread(self.chunk, chunk) if blocking else self.chunk(chunk)
                if out:
                    yield out
                if self.ex.stream_cut:
                    break
            if tail := (await asyncio.to_thread(self.end) if blocking else self.end()):
                yield tail
        except (Exception, asyncio.CancelledError) as exc:  # cancelled: Django's ASGI handler saw a disconnect
            self.ex.client_disconnected = isinstance(exc, asyncio.CancelledError)
            await drive_async(self.ex.finish())
            raise
        await drive_async(self.ex.finish())


async def _in_thread(chunks: Iterator[bytes]) -> AsyncIterator[bytes]:
    """A sync stream (a blocking provider SDK) served under ASGI: each chunk is pulled in a worker
    thread, so the stream stays a stream and the event loop never waits on the provider."""
    chunks = iter(chunks)
    try:
        while (chunk := await asyncio.to_thread(next, chunks, None)) is not None:
            yield chunk
    finally:
        close = getattr(chunks, "close", None)
        if close is not None:
            await asyncio.to_thread(close)

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

from ..adapter import CappedRead, answer_stream, is_cors_preflight, marked_spec, refuse_method
from ..answers import prepare
from ..context import HttpRequest
from ..effects import drive_async, drive_sync
from ..errors import Refusal, guard_unavailable
from ..exchange import Exchange
from ..policy import RouteSpec
from . import conf

__all__ = ["WardenMiddleware", "answer"]


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
        if not isinstance(ex, Exchange):  # not an AI route, or refused before anything runs
            return self.get_response(request) if ex is None else _refused(ex)
        try:
            outcome = drive_sync(ex.check(_body(request, ex)))
            response = (
                _refused(outcome) if isinstance(outcome, Refusal) else self.get_response(_forward(request, outcome))
            )
            streaming = _respond(ex, response)
        except BaseException:
            drive_sync(ex.finish())
            raise
        if not streaming:
            drive_sync(ex.finish())
        return response

    async def __acall__(self, request: DjangoRequest) -> Any:
        ex = _exchange(request)
        if not isinstance(ex, Exchange):
            return await self.get_response(request) if ex is None else _refused(ex)
        try:
            outcome = await drive_async(ex.check(_body(request, ex)))
            if isinstance(outcome, Refusal):
                response = _refused(outcome)
            else:
                response = await self.get_response(_forward(request, outcome))
            if response.streaming and not response.is_async:  # Django's ASGI handler would buffer it whole
                response.streaming_content = _in_thread(response.streaming_content)
            if ex.filter_off_loop(0 if response.streaming else len(response.content)):
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
    marked = _marked(request)
    route = warden.route_for(method, path, marked, request.path)  # path_info, then with SCRIPT_NAME
    if route is None:
        return None
    headers = headers or {name.lower(): value for name, value in request.headers.items()}
    query, client = request.META.get("QUERY_STRING", ""), request.META.get("REMOTE_ADDR")
    user = lambda: getattr(request, "user", None)  # noqa: E731  # lazy: JWT routes never load a session
    # as behind Starlette's root path: path is what the client asked for (with SCRIPT_NAME), app_path
    # the path the app routes on, when they differ; deny_paths and patterns match either
    full = request.path
    http = HttpRequest(method, full, headers, query, client, user, request, app_path=path if path != full else None)
    urlconf = getattr(request, "urlconf", None)
    http.route_template = _route_template(urlconf, path)
    # Django routes every method to the view: a method the marked view does not take gets its 405 here
    allowed, declared = _view_methods(urlconf, path)
    refusal = refuse_method(warden, http, allowed, lambda _method: marked, declared=declared)
    if refusal is not None:
        return refusal
    ex = request.aiwarden = warden.exchange(http, route)
    return ex


def _marked(request: DjangoRequest) -> RouteSpec | None:
    # The URL resolver runs after the middleware chain; resolve here (once per path) to see the marker.
    match = _resolved(getattr(request, "urlconf", None), request.path_info)
    return marked_spec(match.func, request.method or "GET") if match is not None else None


@functools.lru_cache(maxsize=4096)
def _resolved(urlconf: Any, path: str) -> ResolverMatch | None:
    """The URL resolver's match for ``path`` (None: no view), once per path: the mark, the route
    pattern and the view's methods are all read from it."""
    try:
        return resolve(path, urlconf)
    except Http404:
        return None


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


def _view_methods(urlconf: Any, path: str) -> tuple[tuple[str, ...], bool]:
    """The methods the view at ``path`` takes and whether it says so (a class-based view's handlers,
    ``require_http_methods``/``require_POST``); POST (what AI routes take) if not."""
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


def _body(request: DjangoRequest, ex: Exchange) -> bytes | CappedRead:
    if hasattr(request, "_body"):  # an earlier middleware read it already
        body: bytes = request._body
        return body
    return CappedRead(request.read, request.META.get("CONTENT_LENGTH"), ex.max_body_bytes)


def _forward(request: DjangoRequest, body: bytes) -> DjangoRequest:
    """Hand the (possibly rewritten) body to the view, as Django itself keeps a read body."""
    request._body = body
    request._stream = io.BytesIO(body)
    request._read_started = False
    request.META["CONTENT_LENGTH"] = str(len(body))
    # the body is the JSON the guard checked: the view must not parse it as a form (other fields)
    request.META["CONTENT_TYPE"] = request.content_type = "application/json"
    request.content_params = {}
    # no Accept-Encoding: a GZipMiddleware inside the guard leaves the answer readable
    request.META.pop("HTTP_ACCEPT_ENCODING", None)
    for cached in ("_post", "_files", "headers"):  # an earlier middleware may have parsed the client's body
        request.__dict__.pop(cached, None)
    return request


def _refused(refusal: Refusal) -> HttpResponse:
    response = HttpResponse(refusal.body(), status=refusal.status, content_type="application/json")
    for name, value in refusal.headers.items():
        response[name] = value
    return response


def _respond(ex: Exchange, response: HttpResponseBase) -> bool:
    """Filter the answer in place; True when a stream now owns finishing the exchange."""
    kind = ex.response_start(response.status_code, response.get("Content-Type"), response.get("Content-Encoding"))
    streaming = kind != "pass" and response.streaming
    length = None
    if streaming:
        response.streaming_content = answer_stream(ex, response.streaming_content, asyncio.to_thread)
    elif kind != "pass":
        response.content = ex.answer_body(response.content)
        length = len(response.content)
    head = ex.answer_head(length)
    for name in head.drop:
        if response.has_header(name):
            del response[name]
    for name, value in head.put.items():
        response[name] = value
    if response.status_code != head.status:
        response.status_code = head.status
        response.reason_phrase = None  # derived from the status again
    return streaming


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

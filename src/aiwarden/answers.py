"""Answer helpers: whatever a handler got from its provider, as one neutral answer.

Each adapter has an ``answer(result, *, status=None, headers=None)`` that renders what
:func:`prepare` returns as its framework's response — JSON, or a server-sent event stream::

    from aiwarden.starlette import answer          # or aiwarden.django, aiwarden.flask

    return answer(provider.respond("openai", body))             # FakeProvider: (status, dict | SSE bytes)
    return answer(client.chat.completions.create(**body))       # openai: ChatCompletion, or Stream
    return answer(await aclient.chat.completions.create(**body))  # AsyncStream
    return answer(client.messages.stream(**body))               # anthropic: MessageStreamManager
    except openai.APIStatusError as exc: return answer(exc)     # the provider's refusal, kept

``result`` may be a mapping (JSON), a ``(status, result)`` pair, an iterator or async iterator of
SSE ``bytes``, an official SDK stream (openai/anthropic ``Stream``/``AsyncStream``, anthropic
``MessageStream`` and its managers), an SDK model (``ChatCompletion``, ``Message``), an httpx
response, a provider error (:class:`aiwarden.testing.ProviderError`, the SDKs'
``APIStatusError``; their ``APIConnectionError`` becomes 502 ``provider_unreachable``). A stream
is passed on as the provider's own bytes, so the guard filters exactly what the provider sent.

The status is ``status``, else the provider's. Of the provider's headers only those a client
acts on are kept (``retry-after``, ``retry-after-ms``, ``x-should-retry`` and the rate-limit
headers); ``headers`` are added as given.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeGuard

__all__ = ["Answer", "prepare"]

JSON = "application/json"
SSE = "text/event-stream"
_KEPT = re.compile(r"retry-after(-ms)?|x-should-retry|x-ratelimit-.*|ratelimit(-.*)?|anthropic-ratelimit-.*", re.I)


@dataclass
class Answer:
    """What an adapter renders: ``body`` (JSON bytes), or ``chunks`` / ``achunks`` (SSE bytes)."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None
    chunks: Iterator[bytes] | None = None
    achunks: AsyncIterator[bytes] | None = None

    @property
    def media_type(self) -> str:
        return JSON if self.body is not None else SSE


def prepare(result: Any, status: int | None = None, headers: Mapping[str, str] | None = None) -> Answer:
    """``result`` as an :class:`Answer` (see the module docstring); TypeError for anything else."""
    answer = _answer(result)
    if status is not None:
        answer.status = status
    if headers:
        answer.headers.update(headers)
    if answer.body is None:
        answer.headers.setdefault("cache-control", "no-cache")
    return answer


def _answer(result: Any) -> Answer:
    if isinstance(result, tuple) and len(result) == 2 and isinstance(result[0], int):
        answer = _answer(result[1])
        answer.status = result[0]
        return answer
    if isinstance(result, Mapping):
        return Answer(body=_dumps(result))
    if isinstance(result, BaseException):
        return _error(result)
    if isinstance(result, (str, bytes, bytearray)):
        raise TypeError("answer() takes a dict (JSON) or an iterator of SSE bytes, not a string")
    response = getattr(result, "http_response", None) or getattr(result, "response", None)
    if _is_http_response(result):  # an httpx response (also the SDKs' raw responses' http_response)
        return _from_http(result)
    if _is_http_response(response) and (hasattr(result, "__iter__") or hasattr(result, "__aiter__")):
        return _from_sdk_stream(result, response)  # openai/anthropic Stream, AsyncStream, MessageStream
    if hasattr(result, "__enter__") and type(result).__name__.endswith("StreamManager"):
        return _from_manager(result)  # anthropic's client.messages.stream(...), not entered yet
    if hasattr(result, "__aenter__") and type(result).__name__.endswith("StreamManager"):
        return Answer(achunks=_entered_async(result))
    if _is_http_response(response):  # an SDK raw response wrapper (with_raw_response)
        return _from_http(response)
    for method in ("to_dict", "model_dump"):  # an SDK model: ChatCompletion, Message ...
        dump = getattr(result, method, None)
        if callable(dump):
            return Answer(body=_dumps(dump(mode="json")))
    if hasattr(result, "__aiter__"):
        return Answer(achunks=_aencoded(result))
    if hasattr(result, "__iter__"):
        return Answer(chunks=_encoded(result))
    raise TypeError(f"answer() cannot send a {type(result).__name__}: give a dict, SSE bytes or an SDK result")


def _dumps(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()


def _kept(headers: Any) -> dict[str, str]:
    return {k.lower(): v for k, v in headers.items() if _KEPT.fullmatch(k)}


def _is_http_response(value: Any) -> TypeGuard[Any]:
    return value is not None and all(hasattr(value, a) for a in ("status_code", "headers", "iter_bytes"))


def _from_http(response: Any) -> Answer:
    headers = _kept(response.headers)
    if (response.headers.get("content-type") or "").startswith(SSE):
        if getattr(response, "is_stream_consumed", False):  # read already: its content is all there is
            return Answer(response.status_code, headers, chunks=iter([response.content]))
        close = response.aclose if _is_async(response) else response.close
        return Answer(response.status_code, headers, **_raw_chunks(response, close, close))
    return Answer(response.status_code, headers, body=response.read() if hasattr(response, "read") else b"")


def _raw_chunks(response: Any, close: Callable[[], Any] | None, aclose: Callable[[], Any] | None) -> dict[str, Any]:
    """The response's bytes, sync or async as its client is; the response closed at the end."""
    if _is_async(response):
        return {"achunks": _aclosing(response.aiter_bytes(), aclose)}
    return {"chunks": _closing(response.iter_bytes(), close)}


def _is_async(response: Any) -> bool:
    stream = getattr(response, "stream", None)
    return hasattr(stream, "__aiter__") and not hasattr(stream, "__iter__")


def _from_sdk_stream(stream: Any, response: Any) -> Answer:
    close = getattr(stream, "close", None)
    return Answer(response.status_code, _kept(response.headers), **_raw_chunks(response, close, close))


def _from_manager(manager: Any) -> Answer:
    try:
        stream = manager.__enter__()  # sends the request: a refusal is raised here, as an answer
    except BaseException as exc:
        if _status_of(exc) is None and type(exc).__name__ not in _CONNECTION:
            raise
        return _error(exc)
    answer = _answer(stream)
    inner = answer.chunks

    def chunks() -> Iterator[bytes]:
        try:
            yield from inner or ()
        finally:
            manager.__exit__(None, None, None)

    answer.chunks = chunks()
    return answer


async def _entered_async(manager: Any) -> AsyncIterator[bytes]:
    """An async stream manager can only be entered on the event loop, after the answer's status
    was sent: the provider's refusal arrives as an Anthropic ``error`` event."""
    try:
        stream = await manager.__aenter__()
    except Exception as exc:
        error = _error(exc)
        yield b"event: error\ndata: " + (error.body or b"{}") + b"\n\n"
        return
    try:
        async for chunk in _aencoded(stream.response.aiter_bytes()):
            yield chunk
    finally:
        await manager.__aexit__(None, None, None)


_CONNECTION = ("APIConnectionError", "APITimeoutError")


def _status_of(exc: BaseException) -> int | None:
    status = getattr(exc, "status_code", None)
    if status is None:
        status = getattr(exc, "status", None)
    return status if isinstance(status, int) else None


def _error(exc: BaseException) -> Answer:
    status = _status_of(exc)
    response = getattr(exc, "response", None)
    if status is not None and _is_http_response(response):  # an SDK's APIStatusError
        body = response.content
        try:
            parsed = json.loads(body)
        except ValueError:
            parsed = None
        if not isinstance(parsed, dict):
            body = _provider_error(status, "The provider refused the request.")
        return Answer(status, _kept(response.headers), body=body)
    if status is not None and isinstance(getattr(exc, "body", None), Mapping):  # aiwarden.testing.ProviderError
        return Answer(status, body=_dumps(exc.body))  # type: ignore[attr-defined]
    if any(c.__name__ in _CONNECTION for c in type(exc).__mro__):
        return Answer(502, {"x-should-retry": "true"}, body=_provider_error(502, "The provider could not be reached."))
    raise TypeError(f"answer() cannot send a {type(exc).__name__}: raise it, or give a provider's error") from exc


def _provider_error(status: int, message: str) -> bytes:
    code = "provider_unreachable" if status == 502 else "provider_error"
    return _dumps({"error": {"message": message, "type": "api_error", "param": None, "code": code}})


def _encoded(chunks: Any) -> Iterator[bytes]:
    try:
        for chunk in chunks:
            yield chunk.encode() if isinstance(chunk, str) else bytes(chunk)
    finally:
        close = getattr(chunks, "close", None)
        if close is not None:
            close()


async def _aencoded(chunks: Any) -> AsyncIterator[bytes]:
    try:
        async for chunk in chunks:
            yield chunk.encode() if isinstance(chunk, str) else bytes(chunk)
    finally:
        aclose = getattr(chunks, "aclose", None)
        if aclose is not None:
            await aclose()


def _closing(chunks: Iterator[bytes], close: Callable[[], Any] | None) -> Iterator[bytes]:
    try:
        yield from chunks
    finally:
        if close is not None:
            close()


async def _aclosing(chunks: AsyncIterator[bytes], aclose: Callable[[], Any] | None) -> AsyncIterator[bytes]:
    try:
        async for chunk in chunks:
            yield chunk
    finally:
        if aclose is not None:
            await aclose()

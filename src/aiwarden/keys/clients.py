"""Official SDK clients whose HTTP requests carry the key ring's key.

The SDKs are imported lazily (``openai`` and ``anthropic`` are optional). Keys are applied by an
httpx transport on every request rather than fixed when the client is built, so a long-lived
client follows refreshes and rotations; the same transport checks the request's model against the
key's scope and, with ``keys.fallback_on_401``, retries a 401 once with the next key.
"""

from __future__ import annotations

import json
import re
import sys
from types import ModuleType
from typing import Any, Protocol, cast

from ..errors import KeyRingError, KeyScopeError
from .settings import Api


class KeyRing(Protocol):
    """What the clients read of the key ring (``keys.ring.KeyRing``, which builds them: a protocol
    here, so that this module does not import the ring back)."""

    def get(self, provider: str, *, model: str | None = None) -> str: ...
    def unauthorized(self, provider: str, value: str) -> str | None: ...
    def api_of(self, provider: str) -> Api: ...
    def base_url(self, provider: str) -> str | None: ...


__all__ = ["AsyncKeyTransport", "KeyTransport", "build_client", "build_gemini_client"]

_SDK_PACKAGE = {"openai": "openai", "anthropic": "anthropic"}


def _http_library(request: Any) -> ModuleType:
    # The SDKs ship on httpx or on its fork httpx2; requests, responses and transports must all
    # come from the library the SDK uses, so the transports here are duck-typed and follow it.
    return sys.modules[type(request).__module__.split(".", 1)[0]]


def _set_key(request: Any, api: Api, value: str) -> None:
    for name in ("authorization", "x-api-key", "api-key", "x-goog-api-key"):
        request.headers.pop(name, None)
    if api == "gemini":
        request.headers["x-goog-api-key"] = value
    elif api == "anthropic":
        request.headers["x-api-key"] = value
    elif api == "azure":
        request.headers["api-key"] = value
    else:
        request.headers["authorization"] = f"Bearer {value}"


_URL_MODEL = re.compile(r"/models/([^/:]+):")


def _model_of(request: Any) -> str | None:
    in_url = _URL_MODEL.search(str(getattr(request, "url", "")))
    if in_url is not None:  # Gemini names the model in the URL
        return in_url.group(1)
    try:
        content = request.content
    except Exception:  # the body is a stream not read yet: no model to check
        return None
    if not content or len(content) > 8_000_000 or not content.lstrip().startswith(b"{"):
        return None
    try:
        model = json.loads(content).get("model")
    except (ValueError, UnicodeDecodeError, AttributeError):
        return None
    return model if isinstance(model, str) else None


def _refusal(request: Any, exc: KeyRingError) -> Any:
    # An HTTP answer, not an exception: the SDK then raises its own PermissionDeniedError at once,
    # where an exception from the transport would be retried and reported as a connection error.
    code = "model_not_allowed_for_key" if isinstance(exc, KeyScopeError) else "server_key_unavailable"
    body = {"error": {"message": str(exc), "type": "permission_error", "param": "model", "code": code}}
    return _http_library(request).Response(403, json=body, request=request)


class _KeyApplier:
    def __init__(self, ring: KeyRing, provider: str) -> None:
        self.ring = ring
        self.provider = provider
        self.api = ring.api_of(provider)

    def apply(self, request: Any) -> str | Any:
        try:
            value = self.ring.get(self.provider, model=_model_of(request))
        except KeyRingError as exc:
            return _refusal(request, exc)
        _set_key(request, self.api, value)
        return value

    def retry_key(self, request: Any, used: str) -> str | None:
        value = self.ring.unauthorized(self.provider, used)
        if value is not None:
            _set_key(request, self.api, value)
        return value


class KeyTransport:
    """A sync httpx (or httpx2) transport that sets the ring's key on each request (see module docs).

    ``inner`` is the transport that really sends (default: the library's ``HTTPTransport``).
    """

    def __init__(self, ring: KeyRing, provider: str, inner: Any = None) -> None:
        self._keys = _KeyApplier(ring, provider)
        self._inner = inner

    def handle_request(self, request: Any) -> Any:
        if self._inner is None:
            self._inner = _http_library(request).HTTPTransport()
        used = self._keys.apply(request)
        if not isinstance(used, str):
            return used
        response = self._inner.handle_request(request)
        if response.status_code == 401 and self._keys.retry_key(request, used) is not None:
            response.close()
            response = self._inner.handle_request(request)
        return response

    def __enter__(self) -> KeyTransport:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    def close(self) -> None:
        if self._inner is not None:
            self._inner.close()


class AsyncKeyTransport:
    """The asyncio twin of :class:`KeyTransport`."""

    def __init__(self, ring: KeyRing, provider: str, inner: Any = None) -> None:
        self._keys = _KeyApplier(ring, provider)
        self._inner = inner

    async def handle_async_request(self, request: Any) -> Any:
        if self._inner is None:
            self._inner = _http_library(request).AsyncHTTPTransport()
        used = self._keys.apply(request)
        if not isinstance(used, str):
            return used
        response = await self._inner.handle_async_request(request)
        if response.status_code == 401 and self._keys.retry_key(request, used) is not None:
            await response.aclose()
            response = await self._inner.handle_async_request(request)
        return response

    async def __aenter__(self) -> AsyncKeyTransport:
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        if self._inner is not None:
            await self._inner.aclose()


def build_client(
    ring: KeyRing, provider: str, model: str | None, sdk: str, *, asynchronous: bool, kwargs: dict[str, Any]
) -> Any:
    try:
        module = __import__(_SDK_PACKAGE[sdk])
    except ModuleNotFoundError as exc:
        raise ModuleNotFoundError(
            f"the {sdk} SDK is not installed; install it with `pip install {sdk}` to use "
            f"warden.keys.{sdk}_client(), or call warden.keys.get({provider!r}) and build your own client",
            name=sdk,
        ) from exc
    value = ring.get(provider, model=model)  # fails now, not at the first request, when nothing fits
    inner = kwargs.pop("transport", None)
    if "http_client" in kwargs:
        raise TypeError("pass `transport=` (the SDK's httpx transport) instead of `http_client=`; the ring wraps it")
    if ring.base_url(provider) and "base_url" not in kwargs:
        kwargs["base_url"] = ring.base_url(provider)
    # The SDKs' own client classes carry their defaults (timeouts, connection limits, redirects).
    if asynchronous:
        http_client: Any = module.DefaultAsyncHttpxClient(transport=AsyncKeyTransport(ring, provider, inner))
        cls = module.AsyncOpenAI if sdk == "openai" else module.AsyncAnthropic
    else:
        http_client = module.DefaultHttpxClient(transport=KeyTransport(ring, provider, inner))
        cls = module.OpenAI if sdk == "openai" else module.Anthropic
    return cls(api_key=value, http_client=http_client, **kwargs)


def build_gemini_client(ring: KeyRing, provider: str, model: str | None, kwargs: dict[str, Any]) -> Any:
    """A ``google.genai.Client`` whose requests (sync and async) carry the ring's key."""
    try:
        from google import genai
        from google.genai import types
    except ModuleNotFoundError as exc:
        raise ModuleNotFoundError(
            "the google-genai SDK is not installed; install it with `pip install google-genai` to use "
            f"warden.keys.gemini_client(), or call warden.keys.get({provider!r}) and build your own client",
            name="google-genai",
        ) from exc
    import httpx

    value = ring.get(provider, model=model)  # fails now, not at the first request, when nothing fits
    options = kwargs.pop("http_options", None) or types.HttpOptions()
    if isinstance(options, dict):
        options = types.HttpOptions(**options)
    if ring.base_url(provider) and not options.base_url:
        options.base_url = ring.base_url(provider)
    # the key transports are duck-typed (they serve httpx and its fork httpx2), not httpx's subclasses
    options.httpx_client = httpx.Client(transport=cast("httpx.BaseTransport", KeyTransport(ring, provider)))
    options.httpx_async_client = httpx.AsyncClient(
        transport=cast("httpx.AsyncBaseTransport", AsyncKeyTransport(ring, provider))
    )
    return genai.Client(api_key=value, http_options=options, **kwargs)

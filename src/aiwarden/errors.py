"""Errors and refusals.

Our exception hierarchy (every exception aiwarden raises is defined here; the modules that raise
them re-export their own, so ``from aiwarden.keys import KeyRingError`` keeps working):

* AiwardenError
  + ConfigurationError   bad policy or settings, raised at start-up; names the key path
  + StorageError         the storage back-end failed (wraps the driver's error with ``from``)
  + RefusalError         carries a :class:`Refusal`; raised inside parsers and checks when
                         unwinding is simpler than returning one
  + AuthFailure          authentication failed; carries the 401 (or 503) to send
  + JwksError            a JWKS key set could not be loaded (unreachable, not JSON, no usable key)
  + DetectorError        an input detector failed, timed out or answered something unusable
  + Blocked              an output filter stopped the answer; carries the refusal and the finding
  + Unreadable           a wire format cannot read an answer or event (502 ``unreadable_answer``)
  + KeySourceError       a key source failed (unreadable file, secrets manager unreachable)
  + KeyRingError         the key ring cannot hand out a key for this request
    + KeyNotConfiguredError   no key for that provider (also a LookupError)
    + KeyScopeError           the key is not scoped to that model (also a PermissionError)
    + KeyExpiredError         every key of the provider is past the maximum age
  + ProviderError        a (fake) provider answered with an error: ``status`` and JSON ``body``
                         (raised by :mod:`aiwarden.testing`)

A :class:`Refusal` is data, not an exception: status, OpenAI error ``type``, ``code``,
a message that is safe to show a client, and response headers. Adapters render it with
:meth:`Refusal.body` in the OpenAI error shape so the official SDKs raise the matching class
(400 → BadRequestError, 401 → AuthenticationError, 403 → PermissionDeniedError,
429 → RateLimitError, 503 → InternalServerError).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .context import Finding

__all__ = [
    "AiwardenError",
    "AuthFailure",
    "Blocked",
    "ConfigurationError",
    "DetectorError",
    "JwksError",
    "KeyExpiredError",
    "KeyNotConfiguredError",
    "KeyRingError",
    "KeyScopeError",
    "KeySourceError",
    "ProviderError",
    "Refusal",
    "RefusalError",
    "StorageError",
    "Unreadable",
    "gemini_error",
]


class AiwardenError(Exception):
    """Base class of every error aiwarden raises."""


class ConfigurationError(AiwardenError, ValueError):
    """The policy or settings are invalid. ``path`` names the offending key (``tiers.free.models``)."""

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}" if path else message)


class StorageError(AiwardenError):
    """The storage back-end (memory, Redis) failed; the cause is chained."""


@dataclass(frozen=True, slots=True)
class Refusal:
    """A check's "no": everything an adapter needs to render the answer."""

    status: int
    type: str
    code: str
    message: str
    param: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    #: The error shape of the route's wire format: "openai", or "gemini" (Google's API errors).
    shape: str = "openai"

    def body(self) -> bytes:
        if self.shape == "gemini":
            return gemini_error(self)
        return json.dumps(
            {"error": {"message": self.message, "type": self.type, "param": self.param, "code": self.code}},
            ensure_ascii=False,
        ).encode()

    def with_headers(self, headers: Mapping[str, str]) -> Refusal:
        return replace(self, headers={**self.headers, **headers})


class RefusalError(AiwardenError):
    """Raised with a :class:`Refusal` where unwinding is simpler than returning it."""

    def __init__(self, refusal: Refusal) -> None:
        self.refusal = refusal
        super().__init__(refusal.message)


class AuthFailure(AiwardenError):
    """Authentication failed; :attr:`refusal` is the 401 (or 503) to send."""

    def __init__(self, message: str, refusal: Refusal | None = None) -> None:
        super().__init__(message)
        self.refusal = refusal or unauthorized(message)


class JwksError(AiwardenError):
    """The key set could not be loaded (unreachable, not JSON, no usable key)."""


class DetectorError(AiwardenError):
    """A detector failed, timed out or answered something unusable."""


class Blocked(AiwardenError):
    """An output filter stopped the answer (a secret, a canary leak)."""

    def __init__(self, refusal: Refusal, finding: Finding | None = None) -> None:
        self.refusal = refusal
        self.finding = finding
        super().__init__(refusal.message)


class Unreadable(AiwardenError):
    """Raised by a format for an answer or event it cannot read (not JSON, an unknown event type,
    a field of a shape it does not know): the engine refuses the answer (502 ``unreadable_answer``)
    or, in monitor mode, records it and passes it on as it is."""

    def __init__(self, what: str) -> None:
        self.what = what
        super().__init__(what)


class KeySourceError(AiwardenError):
    """A key source failed (unreadable file, secrets manager unreachable); the cause is chained."""


class KeyRingError(AiwardenError):
    """The ring cannot hand out a key for this request."""


class KeyNotConfiguredError(KeyRingError, LookupError):
    """No key is configured for that provider."""


class KeyScopeError(KeyRingError, PermissionError):
    """The key is not scoped to the model asked for."""


class KeyExpiredError(KeyRingError):
    """Every key of the provider is past the maximum age."""


class ProviderError(AiwardenError):
    """The fake provider refused: ``status`` and the provider's JSON error ``body``."""

    def __init__(self, status: int, body: dict[str, Any]) -> None:
        self.status = status
        self.body = body
        super().__init__(f"provider error {status}")


def bad_request(code: str, message: str, param: str | None = None) -> Refusal:
    return Refusal(400, "invalid_request_error", code, message, param)


def unauthorized(message: str, description: str | None = None) -> Refusal:
    desc = (description or message).replace('"', "'")
    return Refusal(
        401,
        "authentication_error",
        "invalid_token",
        message,
        headers={"www-authenticate": f'Bearer error="invalid_token", error_description="{desc}"'},
    )


def forbidden(code: str, message: str) -> Refusal:
    return Refusal(403, "permission_error", code, message)


def too_many_requests(code: str, message: str, headers: Mapping[str, str] | None = None) -> Refusal:
    return Refusal(429, "rate_limit_error", code, message, headers=dict(headers or {}))


def unavailable(code: str, message: str) -> Refusal:
    return Refusal(503, "service_unavailable", code, message)


def guard_unavailable() -> Refusal:
    """An AI route whose guard could not be built (the server's log says why): refused, never
    served unguarded. Retrying does not help until the server is fixed."""
    return Refusal(
        503,
        "service_unavailable",
        "guard_unavailable",
        "This AI route is unavailable: its security guard could not start. The server's log says why.",
        headers={"x-should-retry": "false"},
    )


def kill_switch_engaged() -> Refusal:
    """The operator's kill switch is on (the kill switch stage, or the quota storage's admission)."""
    return Refusal(
        503,
        "service_unavailable",
        "kill_switch_engaged",
        "AI features are switched off right now (the operator's kill switch is on). Please try again later.",
    )


# Google's API error shape (the Gemini routes' refusals), here rather than in formats/gemini.py so that
# errors.py, at the bottom of the package, imports nothing above it.
_GRPC = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    405: "INVALID_ARGUMENT",
    413: "INVALID_ARGUMENT",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
    502: "UNAVAILABLE",
    503: "UNAVAILABLE",
    504: "DEADLINE_EXCEEDED",
}


def gemini_error(refusal: Refusal) -> bytes:
    """A refusal in the Gemini (Google API) error shape; ``details`` carries aiwarden's code."""
    detail: dict[str, Any] = {
        "@type": "type.googleapis.com/google.rpc.ErrorInfo",
        "reason": refusal.code,
        "domain": "aiwarden",
    }
    if refusal.param:
        detail["metadata"] = {"param": refusal.param}
    body = {
        "error": {
            "code": refusal.status,
            "message": refusal.message,
            "status": _GRPC.get(refusal.status, "UNKNOWN"),
            "details": [detail],
        }
    }
    return json.dumps(body, ensure_ascii=False).encode()

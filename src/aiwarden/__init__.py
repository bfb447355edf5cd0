"""aiwarden: the guard in front of LLM-backed routes.

The framework-free core is :class:`Warden` (built once from a :class:`Policy`); the adapters are
``aiwarden.starlette.WardenMiddleware``, ``aiwarden.django.WardenMiddleware`` and
``aiwarden.flask.Warden``. Mark AI-backed routes with :func:`ai_route`.
"""

from __future__ import annotations

from ._version import __version__
from .context import ChatRequest, Finding, HttpRequest, Identity, Message, Part, Usage
from .errors import AiwardenError, ConfigurationError, Refusal, RefusalError, StorageError
from .exchange import Exchange
from .policy import Policy, RouteSpec, load_policy
from .routes import ai_route
from .warden import Warden

__all__ = [
    "AiwardenError",
    "ChatRequest",
    "ConfigurationError",
    "Exchange",
    "Finding",
    "HttpRequest",
    "Identity",
    "Message",
    "Part",
    "Policy",
    "Refusal",
    "RefusalError",
    "RouteSpec",
    "StorageError",
    "Usage",
    "Warden",
    "__version__",
    "ai_route",
    "load_policy",
]

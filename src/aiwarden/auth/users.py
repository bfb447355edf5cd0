"""Identity from the web framework's own user, or from a resolver the application supplies.

Adapters set ``HttpRequest.framework_user`` to a zero-argument callable returning the framework's
user (Django ``request.user``, Flask-Login ``current_user``); it is called only when the
``framework`` source is tried, so JWT-only routes never load a session. A user whose
``is_authenticated`` is false (Django's ``AnonymousUser``, Flask-Login's anonymous user) counts as
no user.

The subject is the user's ``pk``, else ``get_id()``, else ``id``, else ``username``. The tier
comes from the user's attribute named like ``auth.tier_claim`` (e.g. ``user.tier``) when it has
one, else from its roles: a ``roles`` attribute and Django group names, mapped through
``auth.tier_map`` (see :mod:`aiwarden.auth.tiers`).
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from ..context import HttpRequest, Identity

__all__ = ["Candidate", "IdentityResolver", "call_async", "call_sync", "candidate_from_user"]


@runtime_checkable
class IdentityResolver(Protocol):
    """Your own authentication, as an identity source: a request in, an identity (or None) out.

    Pass it as ``Warden(policy, identity_resolver=resolve)`` (``identity_resolver=`` in the adapters'
    settings too) and list ``"resolver"`` in ``auth.sources`` where it should be tried (it is
    appended when not listed). ``request.native`` is the framework's request; ``Identity.tier``
    goes through ``auth.tier_map`` and ``auth.default_tier`` like a claim::

        def resolve(request: HttpRequest) -> Identity | None:
            key = request.header("x-api-key")
            account = accounts.get(key) if key else None
            return Identity(subject=account.id, tier=account.plan, source="api-key") if account else None

    It may block (a database lookup): under an async server it runs in a worker thread. An
    ``async def`` resolver is awaited instead, and only works under an async server.
    """

    def __call__(self, request: HttpRequest) -> Identity | Awaitable[Identity | None] | None: ...


@dataclass(frozen=True, slots=True)
class Candidate:
    """Who a source says the caller is, before the tier is resolved."""

    subject: str
    tier_value: Any
    source: str
    token_id: str | None = None
    claims: dict[str, Any] = field(default_factory=dict)


def candidate_from_user(user: Any, tier_attribute: str) -> Candidate | None:
    if user is None or not _truthy(getattr(user, "is_authenticated", True)):
        return None
    subject = _subject(user)
    if subject is None:
        return None
    tier_value = getattr(user, tier_attribute, None) if tier_attribute.isidentifier() else None
    if not isinstance(tier_value, (str, list, tuple, set, frozenset)):
        tier_value = _roles(user)
    return Candidate(subject, tier_value, "framework")


def _truthy(value: Any) -> bool:
    return bool(value() if callable(value) else value)


def _subject(user: Any) -> str | None:
    for name in ("pk", "get_id", "id", "username"):
        value = getattr(user, name, None)
        if callable(value):
            value = value()
        if value is not None and str(value):
            return str(value)
    return None


def _roles(user: Any) -> list[str]:
    roles: list[str] = []
    own = getattr(user, "roles", None)
    if callable(own):
        own = own()
    if isinstance(own, (list, tuple, set, frozenset)):
        roles.extend(r for r in own if isinstance(r, str))
    groups = getattr(user, "groups", None)
    values_list = getattr(groups, "values_list", None)
    if callable(values_list):  # a Django related manager: one query for the names
        roles.extend(str(name) for name in values_list("name", flat=True))
    return roles


def call_sync(fn: Callable[..., Any], args: tuple[Any, ...], after: Callable[[Any], Any]) -> Any:
    """``after(fn(*args))`` for the sync driver; an ``async def`` callable cannot work there."""
    value = fn(*args)
    if inspect.isawaitable(value):
        close = getattr(value, "close", None)
        if close:
            close()
        raise TypeError(f"{fn!r} is async; it can only be used under an async server")
    return after(value)


async def call_async(fn: Callable[..., Any], args: tuple[Any, ...], after: Callable[[Any], Any]) -> Any:
    """``after(fn(*args))`` for the async driver: awaited if async, else in a worker thread (it may block)."""
    if _is_async(fn):
        value = await fn(*args)
        return await asyncio.to_thread(after, value)
    return await asyncio.to_thread(lambda: after(fn(*args)))


def _is_async(fn: Callable[..., Any]) -> bool:
    return inspect.iscoroutinefunction(fn) or inspect.iscoroutinefunction(getattr(fn, "__call__", None))  # noqa: B004

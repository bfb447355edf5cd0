"""Framework users and user-supplied resolvers as identity sources, in both drivers."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest
from flask_login import AnonymousUserMixin, UserMixin

from aiwarden.auth import IdentityResolver
from aiwarden.context import HttpRequest, Identity
from aiwarden.effects import drive_async
from aiwarden.errors import ConfigurationError
from aiwarden.policy import RouteSpec

from .auth_support import SECRET, TIERS, bearer, hs_policy, hs_token
from .test_auth import admit, assert_401, auth_warden


@pytest.fixture(autouse=True)
def secret_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AIWARDEN_JWT_SECRET", SECRET)


class User(UserMixin):
    def __init__(self, id: str, tier: str | None = None, roles: list[str] | None = None) -> None:
        self.id = id
        if tier is not None:
            self.tier = tier
        if roles is not None:
            self.roles = roles


def framework_policy(**auth: Any) -> dict[str, Any]:
    return {"auth": {"sources": ["jwt", "framework"], "jwt_secret_env": "AIWARDEN_JWT_SECRET", **auth}, "tiers": TIERS}


def test_flask_login_user_with_a_tier_attribute() -> None:
    warden = auth_warden(framework_policy())
    ex, refusal = admit(warden, framework_user=lambda: User("42", tier="pro"))
    assert refusal is None
    assert ex.identity == Identity("42", "pro", "framework", None, {})


def test_framework_user_roles_through_tier_map() -> None:
    warden = auth_warden(framework_policy(tier_map={"staff": "pro"}, default_tier="free"))
    ex, _ = admit(warden, framework_user=lambda: User("7", roles=["staff"]))
    assert ex.tier_name == "pro"
    ex, _ = admit(warden, framework_user=lambda: User("8", roles=["visitor"]))
    assert ex.tier_name == "free"


def test_django_style_user_subject_from_pk_and_tier_from_groups() -> None:
    class Groups:
        def values_list(self, field: str, flat: bool = False) -> list[str]:
            assert (field, flat) == ("name", True)
            return ["ai-pro"]

    class DjangoLikeUser:
        is_authenticated = True
        pk = 1001
        username = "bob"
        groups = Groups()

    warden = auth_warden(framework_policy(tier_map={"ai-pro": "pro"}))
    ex, _ = admit(warden, framework_user=DjangoLikeUser)
    assert ex.identity is not None and (ex.identity.subject, ex.tier_name) == ("1001", "pro")


def test_anonymous_framework_user_is_no_user() -> None:
    warden = auth_warden(framework_policy(default_tier="free"))
    _, refusal = admit(warden, framework_user=AnonymousUserMixin)
    assert_401(refusal, "needs authentication")
    _, refusal = admit(warden, framework_user=lambda: None)
    assert_401(refusal, "needs authentication")


def test_jwt_first_then_the_framework_user() -> None:
    warden = auth_warden(framework_policy(default_tier="free"))
    calls = []

    def user() -> User:
        calls.append(1)
        return User("session-user", tier="free")

    ex, _ = admit(warden, bearer(hs_token(sub="token-user", tier="pro")), framework_user=user)
    assert ex.identity is not None and (ex.identity.subject, ex.identity.source) == ("token-user", "jwt")
    assert calls == []  # the session is never loaded when a token names the caller
    ex, _ = admit(warden, framework_user=user)
    assert ex.identity is not None and (ex.identity.subject, ex.identity.source) == ("session-user", "framework")


def test_a_bad_token_is_refused_even_with_a_signed_in_user() -> None:
    warden = auth_warden(framework_policy(default_tier="free"))
    _, refusal = admit(warden, bearer(hs_token(ttl=-60)), framework_user=lambda: User("1", tier="pro"))
    assert_401(refusal, "expired")


def test_framework_only_missing_message() -> None:
    warden = auth_warden({"auth": {"sources": ["framework"]}, "tiers": TIERS})
    _, refusal = admit(warden, framework_user=lambda: None)
    assert_401(refusal, "sign in first")


def test_resolver_protocol_and_tier_resolution() -> None:
    accounts = {"k-1": ("acct-1", "pro"), "k-2": ("acct-2", "platinum")}

    def resolve(request: HttpRequest) -> Identity | None:
        key = request.header("x-api-key")
        if key not in accounts:
            return None
        subject, plan = accounts[key]
        return Identity(subject, plan, "api-key")

    assert isinstance(resolve, IdentityResolver)
    warden = auth_warden(
        {"auth": {"sources": ["resolver"], "tier_map": {"platinum": "pro"}}, "tiers": TIERS}, identity_resolver=resolve
    )
    ex, _ = admit(warden, {"x-api-key": "k-1"})
    assert ex.identity == Identity("acct-1", "pro", "api-key", None, {})
    ex, _ = admit(warden, {"x-api-key": "k-2"})
    assert ex.tier_name == "pro"
    assert_401(admit(warden, {"x-api-key": "nope"})[1])


def test_resolver_is_appended_to_the_sources_when_given() -> None:
    warden = auth_warden(hs_policy(), identity_resolver=lambda r: Identity("r", "free", "custom"))
    ex, _ = admit(warden, bearer(hs_token(sub="jwt-user")))
    assert ex.identity is not None and ex.identity.subject == "jwt-user"
    ex, _ = admit(warden)
    assert ex.identity is not None and ex.identity.source == "custom"


def test_resolver_configuration_errors() -> None:
    with pytest.raises(ConfigurationError, match="no identity_resolver"):
        auth_warden({"auth": {"sources": ["resolver"]}})
    with pytest.raises(ConfigurationError, match="must be callable"):
        auth_warden({"auth": {"sources": ["resolver"]}}, identity_resolver="module:attr")


def test_resolver_returning_the_wrong_type_raises() -> None:
    warden = auth_warden({"auth": {"sources": ["resolver"]}}, identity_resolver=lambda r: "alice")
    with pytest.raises(TypeError, match="must return an Identity"):
        admit(warden)


def test_async_driver_runs_blocking_sources_off_the_event_loop() -> None:
    loop_thread: list[int] = []
    seen: list[int] = []

    def resolve(request: HttpRequest) -> Identity:
        seen.append(threading.get_ident())
        return Identity("blocking", "free", "resolver")

    def user() -> User:
        seen.append(threading.get_ident())
        return None  # type: ignore[return-value]

    warden = auth_warden({"auth": {"sources": ["framework", "resolver"]}, "tiers": TIERS}, identity_resolver=resolve)

    async def run() -> Any:
        loop_thread.append(threading.get_ident())
        ex = warden.exchange(HttpRequest("POST", "/x", {}, framework_user=user), RouteSpec())
        return ex, await drive_async(ex.admit())

    ex, refusal = asyncio.run(run())
    assert refusal is None and ex.identity.subject == "blocking"
    assert len(seen) == 2 and loop_thread[0] not in seen


def test_async_resolver_is_awaited_under_the_async_driver_only() -> None:
    async def resolve(request: HttpRequest) -> Identity:
        await asyncio.sleep(0)
        return Identity("async-user", "pro", "resolver")

    warden = auth_warden({"auth": {"sources": ["resolver"]}, "tiers": TIERS}, identity_resolver=resolve)

    async def run() -> Any:
        ex = warden.exchange(HttpRequest("POST", "/x", {}), RouteSpec())
        return ex, await drive_async(ex.admit())

    ex, refusal = asyncio.run(run())
    assert refusal is None and ex.identity.subject == "async-user"
    with pytest.raises(TypeError, match="is async"):
        admit(warden)

"""Quota storage keys: one caller's limits and budgets are never another's, whatever characters its
subject holds (or its type, from a resolver); a policy route's limit is one limit, whatever its path
parameters."""

from __future__ import annotations

from typing import Any

import pytest

from aiwarden.context import HttpRequest
from aiwarden.effects import drive_sync
from aiwarden.errors import Refusal
from aiwarden.warden import Warden

from .auth_support import SECRET, bearer, hs_policy, hs_token
from .quota_support import body, bucket_rows, run_sync


@pytest.fixture(autouse=True)
def _jwt_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AIWARDEN_JWT_SECRET", SECRET)


def _limited(requests: str = "1/minute", storage: dict[str, Any] | None = None) -> dict[str, Any]:
    policy = hs_policy()
    policy["tiers"] = {name: {**tier, "requests": [requests]} for name, tier in policy["tiers"].items()}
    policy["storage"] = storage or {"uri": "memory://"}
    return policy


# Subjects that differ only in characters a storage key cannot hold as they are (':' separates key
# parts, '{' starts a Redis Cluster hash tag, non-ASCII letters) were folded to '_', so two users
# shared one rate limit and one budget: José's requests used up Josи's.
COLLIDING = [
    ("José", "Josи"),
    ("alice:x", "alice_x"),
    ("tenant{a}", "tenant_a_"),
    ("a b", "a_b"),
    ("u" * 200 + "1", "u" * 200 + "2"),  # long subjects were cut to 200 characters
]


@pytest.mark.parametrize(("first", "second"), COLLIDING)
def test_subjects_never_share_a_rate_limit(first: str, second: str) -> None:
    warden = Warden(_limited())
    assert run_sync(warden, headers=bearer(hs_token(sub=first))).refusal is None
    other = run_sync(warden, headers=bearer(hs_token(sub=second)))
    assert other.refusal is None, f"{second!r} was limited by {first!r}'s request"
    again = run_sync(warden, headers=bearer(hs_token(sub=first)))
    assert again.refusal is not None and again.refusal.code == "rate_limit_exceeded"


@pytest.mark.parametrize(("first", "second"), COLLIDING[:2])
def test_subjects_never_share_a_budget(first: str, second: str) -> None:
    policy = hs_policy()
    # a request reserves ~9 prompt + 40 output tokens and settles ~11: two fit 55 only when apart
    policy["tiers"] = {
        **policy["tiers"],
        "free": {**policy["tiers"]["free"], "tokens_per_day": 55, "max_output_tokens": 40},
    }
    warden = Warden(policy)
    assert run_sync(warden, headers=bearer(hs_token(sub=first))).refusal is None
    other = run_sync(warden, headers=bearer(hs_token(sub=second)))
    assert other.refusal is None, f"{second!r} was charged {first!r}'s tokens"
    assert len(bucket_rows(warden)) == 2


@pytest.mark.redis
def test_subjects_never_share_a_limit_on_redis(redis_url: str, redis_prefix: str) -> None:
    warden = Warden(_limited(storage={"uri": redis_url, "key_prefix": redis_prefix}))
    for subject in ("José", "Josи", "tenant{a}", "tenant_a_"):
        assert run_sync(warden, headers=bearer(hs_token(sub=subject))).refusal is None, subject


def test_a_safe_subject_keeps_its_readable_key() -> None:
    # operators read keys in Redis and `aiwarden usage`; plain ids stay as they are
    from aiwarden.quota.rates import _part

    assert _part("user-42@example.com") == "user-42@example.com"
    assert _part("José") != _part("Josи") and ":" not in _part("a:b") and "{" not in _part("a{b")


def test_a_resolver_returning_an_integer_id_is_limited_like_any_caller() -> None:
    # IdentityResolver's own example passes account.id, an int for most ORMs; once a limit or a
    # budget applied, building the storage key raised TypeError (a 500 on every request)
    from aiwarden.context import Identity

    policy = {
        "auth": {"sources": ["resolver"]},
        "tiers": {"free": {"requests": ["1/minute"], "tokens_per_day": 100_000}},
    }
    warden = Warden(policy, identity_resolver=lambda request: Identity(subject=42, tier="free", source="api-key"))
    ex = run_sync(warden)
    assert ex.refusal is None and ex.status == 200 and ex.subject == "42"
    again = run_sync(warden)
    assert again.refusal is not None and again.refusal.code == "rate_limit_exceeded"


def test_a_policy_route_limit_counts_the_pattern_not_each_path() -> None:
    # [[routes]] path = "/threads/*/chat" with requests = ["1/minute"]: the limit was keyed by the
    # concrete path, so a new thread id in the URL was a fresh limit (the limit never refused)
    policy = {
        "auth": {"required": False, "anonymous_tier": "free"},
        "tiers": {"free": {}},
        "routes": [{"path": "/threads/*/chat", "requests": ["1/minute"]}],
    }
    warden = Warden(policy)

    def post(path: str) -> Any:
        route = warden.route_for("POST", path)
        assert route is not None
        ex = warden.exchange(HttpRequest("POST", path, {}, client="10.0.0.7"), route)
        refusal = drive_sync(ex.check(body()))
        drive_sync(ex.finish())
        return refusal if isinstance(refusal, Refusal) else None

    assert post("/threads/a1/chat") is None
    refused = post("/threads/b2/chat")
    assert refused is not None and refused.code == "rate_limit_exceeded"

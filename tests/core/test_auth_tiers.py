"""Tiers from claims and roles, the default tier, and authorization of the model per tier and route."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aiwarden.auth import allowed, tier_for
from aiwarden.effects import drive_sync
from aiwarden.errors import Refusal
from aiwarden.policy import RouteSpec
from aiwarden.warden import Warden

from .auth_support import SECRET, TIERS, bearer, hs_policy, hs_token
from .test_auth import admit, auth_warden


@pytest.fixture(autouse=True)
def secret_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AIWARDEN_JWT_SECRET", SECRET)


def ask(warden: Warden, token: str | None, model: str | None, route: RouteSpec | None = None) -> Refusal | bytes:
    """Run admit and inspect like an adapter does; the refusal, or the body to forward."""
    ex, refusal = admit(warden, bearer(token) if token else {}, route=route)
    if refusal is not None:
        return refusal
    body: dict[str, Any] = {"messages": [{"role": "user", "content": "hi"}]}
    if model is not None:
        body["model"] = model
    return drive_sync(ex.inspect(json.dumps(body).encode()))


def assert_403_model(outcome: Refusal | bytes, model: str, *hidden: str) -> None:
    assert isinstance(outcome, Refusal), "expected a 403"
    assert outcome.status == 403
    error = json.loads(outcome.body())["error"]
    assert (error["type"], error["code"], error["param"]) == ("permission_error", "model_not_allowed", "model")
    assert f"'{model}'" in error["message"]
    for word in hidden:  # the allowed list is not disclosed
        assert word not in error["message"]


# -- tier from claims ------------------------------------------------------------------------


def test_tier_claim_picks_the_tier() -> None:
    warden = auth_warden(hs_policy())
    for tier in ("free", "pro"):
        ex, refusal = admit(warden, bearer(hs_token(tier=tier)))
        assert refusal is None and ex.tier_name == tier and ex.identity.tier == tier  # type: ignore[union-attr]


@pytest.mark.parametrize("tier", [None, "gold", "", 7, ["enterprise"], {"name": "pro"}])
def test_unknown_or_missing_tier_is_refused_without_a_default(tier: Any) -> None:
    warden = auth_warden(hs_policy())
    token = hs_token(tier=tier)
    _, refusal = admit(warden, bearer(token))
    assert refusal is not None and refusal.status == 403
    error = json.loads(refusal.body())["error"]
    assert (error["type"], error["code"]) == ("permission_error", "tier_unknown")


@pytest.mark.parametrize("tier", [None, "gold", 7, ["enterprise"]])
def test_unknown_or_missing_tier_falls_back_to_the_default(tier: Any) -> None:
    warden = auth_warden(hs_policy(default_tier="free"))
    token = hs_token(tier=tier)
    ex, refusal = admit(warden, bearer(token))
    assert refusal is None and ex.tier_name == "free"


def test_roles_list_through_tier_map_first_mapping_wins() -> None:
    policy = hs_policy(tier_claim="roles", tier_map={"admin": "pro", "paying": "pro", "user": "free"})
    warden = auth_warden(policy)
    cases = [
        (["user"], "free"),
        (["user", "paying"], "pro"),
        (["admin", "user"], "pro"),
        (["free"], "free"),
        (["pro", "user"], "free"),
    ]
    for roles, tier in cases:
        ex, refusal = admit(warden, bearer(hs_token(tier=None, roles=roles)))
        assert refusal is None, roles
        assert ex.tier_name == tier, roles


def test_string_claim_through_tier_map() -> None:
    warden = auth_warden(hs_policy(tier_claim="plan", tier_map={"plan_basic": "free", "plan_plus": "pro"}))
    ex, _ = admit(warden, bearer(hs_token(tier=None, plan="plan_plus")))
    assert ex.tier_name == "pro"


def test_nested_claim_by_dotted_path() -> None:
    """Keycloak puts roles in realm_access.roles."""
    warden = auth_warden(hs_policy(tier_claim="realm_access.roles", tier_map={"ai-pro": "pro"}, default_tier="free"))
    ex, _ = admit(warden, bearer(hs_token(tier=None, realm_access={"roles": ["offline", "ai-pro"]})))
    assert ex.tier_name == "pro"
    ex, _ = admit(warden, bearer(hs_token(tier=None, realm_access="ai-pro")))
    assert ex.tier_name == "free"


@given(st.lists(st.sampled_from(["admin", "user", "paying", "guest", "free", "pro", "x"]), max_size=6))
def test_tier_for_roles_property(roles: list[str]) -> None:
    tier_map = {"admin": "pro", "paying": "pro", "user": "free"}
    tiers = {"free", "pro"}
    got = tier_for(roles, tier_map, tiers)
    mapped = [tier_map[r] for r in tier_map if r in roles]
    direct = [r for r in roles if r in tiers]
    assert got == (mapped[0] if mapped else direct[0] if direct else None)


# -- authorization of the model ------------------------------------------------------------


def test_tier_escalation_free_token_asking_for_a_pro_model() -> None:
    warden = auth_warden(hs_policy())
    assert_403_model(ask(warden, hs_token(tier="free"), "gpt-4o"), "gpt-4o", "gpt-4o-mini")
    assert isinstance(ask(warden, hs_token(tier="pro"), "gpt-4o"), bytes)
    assert isinstance(ask(warden, hs_token(tier="free"), "gpt-4o-mini"), bytes)


@pytest.mark.parametrize(
    "model",
    [
        "GPT-4O-MINI",
        "gpt-4o-mini ",
        " gpt-4o-mini",
        "gpt-4o-mini\n",
        "gpt-4o-mini-x",
        "gpt-4o",
        "gpt-4o-mini/../gpt-4o",
        "",
    ],
)
def test_near_misses_of_an_allowed_model_are_refused(model: str) -> None:
    warden = auth_warden(hs_policy())
    outcome = ask(warden, hs_token(tier="free"), model)
    assert isinstance(outcome, Refusal) and outcome.status in (400, 403)


def test_globs_in_tier_models() -> None:
    policy = {**hs_policy(), "tiers": {"free": {"models": ["gpt-4o-mini*", "claude-3-5-haiku-*"]}}}
    warden = auth_warden(policy)
    token = hs_token(tier="free")
    for ok in ("gpt-4o-mini", "gpt-4o-mini-2024-07-18", "claude-3-5-haiku-20241022"):
        assert isinstance(ask(warden, token, ok), bytes), ok
    for refused in ("gpt-4o", "claude-3-5-sonnet-20241022", "o1"):
        assert_403_model(ask(warden, token, refused), refused)


def test_an_empty_models_list_allows_nothing() -> None:
    warden = auth_warden({**hs_policy(), "tiers": {"free": {"models": []}}})
    assert_403_model(ask(warden, hs_token(tier="free"), "gpt-4o-mini"), "gpt-4o-mini")


def test_route_narrows_the_tier() -> None:
    warden = auth_warden(hs_policy())
    route = RouteSpec(models=("gpt-4o-mini",))
    outcome = ask(warden, hs_token(tier="pro"), "gpt-4o", route)
    assert_403_model(outcome, "gpt-4o")
    assert "this route" in json.loads(outcome.body())["error"]["message"]  # type: ignore[union-attr]
    assert isinstance(ask(warden, hs_token(tier="pro"), "gpt-4o-mini", route), bytes)


def test_route_cannot_widen_the_tier() -> None:
    warden = auth_warden(hs_policy())
    route = RouteSpec(models=("*",))
    assert_403_model(ask(warden, hs_token(tier="free"), "gpt-4o", route), "gpt-4o")


def test_the_model_after_the_route_model_map_is_what_is_authorized() -> None:
    warden = auth_warden(hs_policy())
    cheap = RouteSpec(model_map={"gpt-4o": "gpt-4o-mini"})
    assert isinstance(ask(warden, hs_token(tier="free"), "gpt-4o", cheap), bytes)
    upgrade = RouteSpec(model_map={"gpt-4o-mini": "gpt-4o"})
    outcome = ask(warden, hs_token(tier="free"), "gpt-4o-mini", upgrade)
    assert_403_model(outcome, "gpt-4o-mini")
    assert "served as 'gpt-4o'" in json.loads(outcome.body())["error"]["message"]  # type: ignore[union-attr]


def test_hostile_model_names_are_not_echoed_raw() -> None:
    warden = auth_warden(hs_policy())
    outcome = ask(warden, hs_token(tier="free"), "<script>\x1b[31m" + "x" * 5000)
    assert isinstance(outcome, Refusal) and outcome.status == 403
    message = json.loads(outcome.body())["error"]["message"]
    assert "\x1b" not in message and len(message) < 200


def test_request_without_a_model_is_left_to_the_app() -> None:
    warden = auth_warden(
        {
            **hs_policy(),
            "routes": [{"path": "/gen", "format": "generic", "prompt_field": "prompt", "answer_field": "answer"}],
        }
    )
    ex, refusal = admit(warden, bearer(hs_token(tier="free")), route=warden.route_for("POST", "/gen"))
    assert refusal is None
    assert isinstance(drive_sync(ex.inspect(b'{"prompt": "hi"}')), bytes)


def test_anonymous_callers_get_the_anonymous_tier() -> None:
    warden = auth_warden({"auth": {"required": False, "anonymous_tier": "free"}, "tiers": TIERS})
    ex, refusal = admit(warden, client="198.51.100.4")
    assert refusal is None
    assert ex.identity is not None
    assert (ex.identity.subject, ex.identity.tier, ex.identity.source) == (
        "anonymous:198.51.100.4",
        "free",
        "anonymous",
    )
    assert_403_model(ask(warden, None, "gpt-4o"), "gpt-4o")


def test_other_engineers_open_policy_works_with_the_default_tiers() -> None:
    warden = Warden({"auth": {"required": False, "anonymous_tier": "default"}})
    ex, refusal = admit(warden)
    assert refusal is None and ex.tier_name == "default"


def test_monitor_mode_records_auth_refusals_and_goes_on() -> None:
    warden = auth_warden({**hs_policy(), "mode": "monitor"})
    ex, refusal = admit(warden)
    assert refusal is None
    assert [(name, r.status) for name, r in ex.monitored] == [("auth", 401)]
    ex, refusal = admit(warden, bearer(hs_token(tier="free")))
    body = {"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]}
    outcome = drive_sync(ex.inspect(json.dumps(body).encode()))
    assert isinstance(outcome, bytes)
    assert [(name, r.code) for name, r in ex.monitored] == [("auth", "model_not_allowed")]


@given(st.text(min_size=1, max_size=30))
def test_allowed_matches_fnmatchcase(model: str) -> None:
    from fnmatch import fnmatchcase

    patterns = ("gpt-4o-mini", "claude-*", "o?-mini")
    assert allowed(model, patterns) == any(fnmatchcase(model, p) for p in patterns)
    assert allowed(model, ("*",))
    assert not allowed(model, ())

"""The policy: every source validated, errors name the key path, nothing ignored."""

from __future__ import annotations

import pytest

from aiwarden.errors import ConfigurationError
from aiwarden.policy import Policy, RouteSpec, load_policy
from aiwarden.routes import RouteTable, ai_route, route_of


@pytest.mark.parametrize(
    ("data", "path", "needle"),
    [
        ({"tiers": {"free": {"models": "gpt-4o"}}}, "tiers.free.models", "expected a list"),
        ({"tires": {}}, "tires", "unknown setting"),
        ({"tiers": {"free": {"modles": []}}}, "tiers.free.modles", "unknown setting"),
        ({"input": {"max_body_bytes": 0}}, "input.max_body_bytes", "positive"),
        ({"input": {"max_body_bytes": True}}, "input.max_body_bytes", "whole number"),
        ({"input": {"injection": "maybe"}}, "input.injection", "one of"),
        ({"tiers": {"free": {"requests": ["5 per fortnight"]}}}, "tiers.free.requests[0]", "rate limit"),
        ({"tiers": {"free": {"spend_per_day_usd": -1}}}, "tiers.free.spend_per_day_usd", "zero or more"),
        ({"global": {"alerts_at": [0.5, 1.5]}}, "global.alerts_at[1]", "fraction"),
        ({"storage": {"uri": "mongodb://x"}}, "storage.uri", "unsupported storage"),
        ({"auth": {"algorithms": ["none"]}}, "auth.algorithms[0]", "unsigned"),
        ({"auth": {"default_tier": "gold"}}, "auth", "gold"),
        ({"routes": [{"path": "v1/chat"}]}, "routes[0].path", "start with '/'"),
        ({"routes": [{"path": "/g", "format": "generic"}]}, "routes[0].prompt_field", "generic"),
        ({"mode": "audit"}, "mode", "one of"),
        ({"tiers": []}, "tiers", "table"),
        (
            {"input": {"moderation_url": "sk-proj-abcdefghijklmnopqrstuvwxyz0123"}},
            "input.moderation_url",
            "environment variable",
        ),
    ],
)
def test_invalid_policies_name_the_key_path(data: dict, path: str, needle: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        Policy.from_dict(data)
    assert info.value.path == path
    assert needle in str(info.value)


def test_defaults_are_complete_and_frozen() -> None:
    policy = Policy()
    assert policy.mode == "enforce" and policy.storage.uri == "memory://"
    with pytest.raises(AttributeError):
        policy.mode = "monitor"  # type: ignore[misc]


def test_toml_file_and_env(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "policy.toml"
    path.write_text('mode = "monitor"\n[tiers.free]\nmodels = ["gpt-4o-mini"]\nrequests = ["5/second"]\n')
    assert Policy.from_toml(path).mode == "monitor"
    monkeypatch.setenv("AIWARDEN_POLICY", str(path))
    monkeypatch.setenv("AIWARDEN_STORAGE_URI", "redis://127.0.0.1:6379/3")
    policy = load_policy()
    assert policy.tiers["free"].requests == ("5/second",)
    assert policy.storage.uri == "redis://127.0.0.1:6379/3"


def test_broken_toml_and_missing_file_are_configuration_errors(tmp_path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("mode = \n")
    with pytest.raises(ConfigurationError, match="not valid TOML"):
        Policy.from_toml(bad)
    with pytest.raises(ConfigurationError, match="cannot read policy file"):
        Policy.from_toml(tmp_path / "missing.toml")


def test_round_trip_to_dict() -> None:
    data = {
        "mode": "monitor",
        "tiers": {"pro": {"models": ["gpt-4o"], "spend_per_day_usd": 20}},
        "global": {"spend_per_day_usd": 100},
        "routes": [{"path": "/ai/**", "format": "anthropic"}],
    }
    policy = Policy.from_dict(data)
    assert Policy.from_dict(policy.to_dict()) == policy
    assert policy.to_dict()["global"]["spend_per_day_usd"] == 100


def test_ai_route_validates_and_marks() -> None:
    @ai_route(system_prompt="hi", models=["gpt-4o-mini"])
    def view() -> None: ...

    assert route_of(view) == RouteSpec(system_prompt="hi", models=("gpt-4o-mini",))
    with pytest.raises(ConfigurationError, match=r"ai_route\.injection"):
        ai_route(injection="sometimes")


def test_route_patterns_and_decorator_precedence() -> None:
    table = RouteTable(
        Policy.from_dict(
            {
                "routes": [
                    {"path": "/v1/*/completions", "system_prompt": "policy prompt"},
                    {"path": "/ai/**", "methods": ["*"], "format": "anthropic"},
                ]
            }
        ).routes
    )
    assert table.match("POST", "/v1/chat/completions").system_prompt == "policy prompt"
    assert table.match("GET", "/v1/chat/completions") is None
    assert table.match("POST", "/v1/a/b/completions") is None
    assert table.match("GET", "/ai/deep/path").format == "anthropic"
    assert table.match("POST", "/health") is None
    merged = table.resolve("POST", "/v1/chat/completions", RouteSpec(max_output_tokens=10))
    assert (merged.system_prompt, merged.max_output_tokens) == ("policy prompt", 10)
    assert table.resolve("POST", "/other", None) is None
    # What the decorator names wins, also a value equal to the default; the rest comes from the rule.
    view = ai_route(format="openai")(lambda request: None)
    named = table.resolve("POST", "/ai/chat", route_of(view))
    assert named.format == "openai"
    assert table.resolve("POST", "/ai/chat", route_of(ai_route(lambda request: None))).format == "anthropic"


def test_ai_route_arguments_holding_a_key_are_refused() -> None:
    with pytest.raises(ConfigurationError) as info:
        ai_route(system_prompt="Use the key sk-proj-abcdefghijklmnopqrstuvwxyz0123456789 to call the API.")
    assert info.value.path == "ai_route.system_prompt"
    assert "sk-proj" not in str(info.value)

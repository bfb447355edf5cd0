"""Keys, the friendly way: a key in a policy is refused first with advice and never echoed; a
placeholder key (``OPENAI_API_KEY=dummy``) warns instead of stopping the app, except in production."""

from __future__ import annotations

import logging
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aiwarden.errors import ConfigurationError
from aiwarden.keys import KeyRing
from aiwarden.keys.settings import KeysPolicy
from aiwarden.policy import Policy

KEY = "sk-proj-" + "Ab3dE9" * 8
ANTHROPIC = "sk-ant-api03-" + "Zz9Yy8" * 7


def refusal(data: Any) -> ConfigurationError:
    with pytest.raises(ConfigurationError) as info:
        Policy.from_dict(data)
    return info.value


@pytest.mark.parametrize(
    ("data", "path", "env"),
    [
        # the natural mistake: an unknown setting holding the key
        ({"keys": {"providers": {"openai": {"api_key": KEY}}}}, "keys.providers.openai.api_key", "OPENAI_API_KEY"),
        # a string where a table belongs
        ({"keys": {"providers": {"openai": {"active": KEY}}}}, "keys.providers.openai.active", "OPENAI_API_KEY"),
        (
            {"keys": {"environments": {"prod": {"anthropic": {"next": ANTHROPIC}}}}},
            "keys.environments.prod.anthropic.next",
            "ANTHROPIC_API_KEY",
        ),
        # a known setting of the wrong type, and an unknown section
        ({"tiers": {"free": {"max_input_tokens": KEY}}}, "tiers.free.max_input_tokens", "OPENAI_API_KEY"),
        ({"providers": {"openai": KEY}}, "providers.openai", "OPENAI_API_KEY"),
        ({"routes": [{"path": "/x", "system_prompt": f"use {ANTHROPIC}"}]}, "routes[0].system_prompt", "ANTHROPIC"),
    ],
)
def test_a_key_anywhere_is_refused_first_with_environment_advice_and_never_echoed(
    data: dict[str, Any], path: str, env: str
) -> None:
    error = refusal(data)
    assert error.path == path
    assert "environment variable" in error.message and env in error.message
    assert KEY not in str(error) and ANTHROPIC not in str(error) and "Ab3dE9" not in str(error)
    assert KEY not in repr(error) and KEY not in repr(error.args)


def test_a_setting_named_with_a_key_is_refused_without_the_key_in_the_path() -> None:
    error = refusal({"tiers": {KEY: {}}})
    assert error.path == "tiers.<a key>" and KEY not in str(error)


def test_a_setting_meant_for_a_variable_name_explains_it_takes_the_name() -> None:
    error = refusal({"auth": {"jwt_secret_env": KEY, "algorithms": ["HS256"]}})
    assert "name* of an environment variable" in error.message and KEY not in str(error)


def test_an_unknown_credential_setting_without_a_key_shape_gets_the_advice_too() -> None:
    error = refusal({"keys": {"providers": {"openai": {"api_key": "dummy"}}}})
    assert "unknown setting" in error.message and "OPENAI_API_KEY" in error.message
    assert "dummy" not in str(error)
    table = refusal({"keys": {"providers": {"openai": {"active": "local-placeholder-value"}}}})
    assert "got a string" in table.message and "local-placeholder-value" not in str(table)


@given(
    st.recursive(
        st.dictionaries(st.text(alphabet="abcdefghij_", min_size=1, max_size=8), st.integers(), max_size=3),
        lambda children: (
            st.dictionaries(st.text(alphabet="abcdefghij_", min_size=1, max_size=8), children, max_size=3)
            | st.lists(children, max_size=3)
        ),
        max_leaves=8,
    ),
    st.sampled_from(["keys", "tiers", "input", "nonsense", "storage"]),
    st.sampled_from([KEY, ANTHROPIC, f"prefix {KEY} suffix"]),
)
@settings(max_examples=150, deadline=None)
def test_wherever_a_key_hides_the_message_never_holds_it(tree: Any, section: str, secret: str) -> None:
    def plant(node: Any) -> Any:  # the key goes into the deepest first table or list
        if isinstance(node, dict):
            for k, v in node.items():
                if isinstance(v, (dict, list)):
                    return {**node, k: plant(v)}
            return {**node, "x": secret}
        if isinstance(node, list):
            return [*node, secret]
        return secret

    error = refusal({section: plant(tree)})
    assert "provider API key" in error.message
    for text in (str(error), repr(error), error.path):
        assert secret not in text and KEY not in text and ANTHROPIC not in text


def test_django_and_flask_settings_dicts_are_checked_the_same_way() -> None:
    from aiwarden.policy import load_policy

    with pytest.raises(ConfigurationError) as info:
        load_policy({"keys": {"providers": {"openai": {"api_key": KEY}}}})
    assert KEY not in str(info.value) and "OPENAI_API_KEY" in str(info.value)


# -- placeholder keys ------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["dummy", "EMPTY", "sk-no-key-required", "ollama", "x", "sk-xxxxxxxxxxxxxxxx"])
def test_a_placeholder_key_warns_and_is_used_outside_production(value: str, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="aiwarden.keys"):
        ring = KeyRing(environ={"OPENAI_API_KEY": value})
    assert ring.get("openai") == value
    [warning] = [r.getMessage() for r in caplog.records if "placeholder" in r.getMessage()]
    assert "env OPENAI_API_KEY" in warning and "production" in warning
    [status] = ring.status()
    assert status.placeholder and status.in_use and status.masked == value  # shown as it is: not a secret
    # not a secret: text mentioning "dummy" is neither masked nor refused as a leaked key
    assert not ring.contains_secret(f"a {value} word") and ring.secret_values() == []


@pytest.mark.parametrize("value", ["dummy", "a1b2c"])
def test_a_placeholder_key_stops_the_app_in_production(value: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        KeyRing(environ={"OPENAI_API_KEY": value, "AIWARDEN_ENV": "production"})
    assert "placeholder" in str(info.value) and "AIWARDEN_ENV=production" in str(info.value)
    assert value not in str(info.value).replace("'dummy'", "")


def test_a_key_with_a_newline_is_refused_in_every_environment() -> None:
    with pytest.raises(ConfigurationError, match="control characters"):
        KeyRing(environ={"OPENAI_API_KEY": "dummy\nX-Injected: 1"})


def test_a_real_key_is_not_a_placeholder() -> None:
    ring = KeyRing(environ={"OPENAI_API_KEY": KEY})
    [status] = ring.status()
    assert not status.placeholder and ring.contains_secret(f"leak {KEY}")


# -- which key is in use -----------------------------------------------------------------------


def test_an_expired_active_key_is_not_shown_in_use_when_the_ring_uses_the_next_one() -> None:
    old = (date.today() - timedelta(days=200)).isoformat()
    nxt = "sk-proj-" + "Nx7Qz2" * 8
    policy = KeysPolicy(warn_age_days=30, max_age_days=90)
    ring = KeyRing(policy, environ={"OPENAI_API_KEY": KEY, "OPENAI_API_KEY_CREATED": old, "OPENAI_API_KEY_NEXT": nxt})
    assert ring.get("openai") == nxt
    shown = {s.slot: s for s in ring.status()}
    assert shown["active"].state == "expired" and not shown["active"].in_use
    assert shown["next"].in_use

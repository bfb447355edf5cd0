"""The key ring: sources (env, *_FILE, files), environments, scoping, ages, refresh, masking."""

from __future__ import annotations

import logging
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from aiwarden.errors import ConfigurationError
from aiwarden.keys import (
    KeyExpiredError,
    KeyNotConfiguredError,
    KeyRing,
    KeyScopeError,
)
from aiwarden.keys.masking import registered_values
from aiwarden.keys.settings import KeysPolicy
from aiwarden.policy import Policy

OPENAI = "sk-proj-" + "Q7xLmN2pR4" * 5
OPENAI_NEXT = "sk-proj-" + "Z9yKwV3tS8" * 5
ANTHROPIC = "sk-ant-api03-" + "Hb5Jc8Df2G" * 5
TODAY = date(2025, 6, 1)


def keys_policy(**section: object) -> KeysPolicy:
    return Policy.from_dict({"keys": section}).keys


def ring(section: dict | None = None, environ: dict | None = None, **kw: object) -> KeyRing:
    return KeyRing(keys_policy(**(section or {})), environ=environ or {}, today=lambda: TODAY, **kw)


def test_well_known_providers_are_picked_up_from_the_environment() -> None:
    r = ring(environ={"OPENAI_API_KEY": OPENAI, "ANTHROPIC_API_KEY": ANTHROPIC})
    assert r.providers() == ["anthropic", "openai"]
    assert r.get("openai") == OPENAI
    assert r.get("anthropic", model="claude-sonnet-4-5") == ANTHROPIC
    assert r.key("openai").source == "env OPENAI_API_KEY"
    assert r.api_of("anthropic") == "anthropic"


def test_no_keys_configured_is_fine_until_one_is_asked_for() -> None:
    r = ring()
    assert r.providers() == []
    with pytest.raises(KeyNotConfiguredError, match="no key is configured for provider 'openai'"):
        r.get("openai")


def test_file_convention_reads_a_mounted_secret(tmp_path: Path) -> None:
    secret = tmp_path / "openai"
    secret.write_text(OPENAI + "\n")
    r = ring(environ={"OPENAI_API_KEY_FILE": str(secret)})
    assert r.get("openai") == OPENAI
    assert r.key("openai").source == f"file {secret}"


def test_value_and_file_together_are_refused(tmp_path: Path) -> None:
    secret = tmp_path / "openai"
    secret.write_text(OPENAI)
    with pytest.raises(ConfigurationError, match="both OPENAI_API_KEY and OPENAI_API_KEY_FILE are set"):
        ring(environ={"OPENAI_API_KEY": OPENAI_NEXT, "OPENAI_API_KEY_FILE": str(secret)})


def test_configured_sources_in_order_env_then_file(tmp_path: Path) -> None:
    secret = tmp_path / "k"
    secret.write_text(OPENAI_NEXT)
    section = {"providers": {"openai": {"active": {"env": "MY_OPENAI", "file": str(secret)}}}}
    assert ring(section, {"MY_OPENAI": OPENAI}).get("openai") == OPENAI
    assert ring(section, {}).get("openai") == OPENAI_NEXT


def test_a_configured_provider_without_a_value_fails_at_start_up() -> None:
    section = {"providers": {"openai": {"active": {"env": "MY_OPENAI"}}}}
    with pytest.raises(ConfigurationError, match=r"keys.providers.openai.active: no value found: set MY_OPENAI"):
        ring(section, {})


def test_values_with_control_characters_are_refused() -> None:
    with pytest.raises(ConfigurationError, match="control characters") as info:
        ring(environ={"OPENAI_API_KEY": OPENAI + "\r\nX-Evil: 1"})
    assert OPENAI not in str(info.value)


def test_the_next_key_comes_from_the_next_variable() -> None:
    r = ring(environ={"OPENAI_API_KEY": OPENAI, "OPENAI_API_KEY_NEXT": OPENAI_NEXT})
    states = {s.slot: s for s in r.status()}
    assert states["active"].in_use and not states["next"].in_use
    assert r.get("openai") == OPENAI
    assert set(r.secret_values()) == {OPENAI, OPENAI_NEXT}


def test_environment_selects_its_key_set() -> None:
    section = {
        "providers": {"openai": {"active": {"env": "OPENAI_DEV"}}},
        "environments": {"production": {"openai": {"active": {"env": "OPENAI_PROD"}}}, "development": {}},
    }
    environ = {"OPENAI_DEV": OPENAI, "OPENAI_PROD": OPENAI_NEXT}
    assert ring(section, {**environ, "AIWARDEN_ENV": "production"}).get("openai") == OPENAI_NEXT
    assert ring(section, environ).get("openai") == OPENAI  # development by default
    with pytest.raises(ConfigurationError, match="AIWARDEN_ENV is 'prodution', for which no key set"):
        ring(section, {**environ, "AIWARDEN_ENV": "prodution"})


def test_a_key_marked_for_another_environment_is_refused() -> None:
    section = {"providers": {"openai": {"active": {"environment": "production"}}}}
    with pytest.raises(ConfigurationError, match="marked for environment 'production', but this is 'staging'"):
        ring(section, {"OPENAI_API_KEY": OPENAI, "AIWARDEN_ENV": "staging"})
    assert ring(section, {"OPENAI_API_KEY": OPENAI, "AIWARDEN_ENV": "production"}).get("openai") == OPENAI


def test_keys_are_scoped_to_models() -> None:
    section = {"providers": {"openai": {"active": {"models": ["gpt-4o-mini*", "text-embedding-3-*"]}}}}
    r = ring(section, {"OPENAI_API_KEY": OPENAI})
    assert r.get("openai", model="gpt-4o-mini-2024-07-18") == OPENAI
    assert r.get("openai", model="text-embedding-3-small") == OPENAI
    with pytest.raises(
        KeyScopeError, match="scoped to gpt-4o-mini\\*, text-embedding-3-\\*; it may not be used for 'gpt-4o'"
    ) as info:
        r.get("openai", model="gpt-4o")
    assert OPENAI not in str(info.value)


def test_age_warning_and_hard_maximum(caplog: pytest.LogCaptureFixture) -> None:
    old = (TODAY - timedelta(days=120)).isoformat()
    ancient = (TODAY - timedelta(days=400)).isoformat()
    section = {
        "max_age_days": 365,
        "providers": {"openai": {"active": {"created": ancient}, "next": {"created": old}}},
    }
    with caplog.at_level(logging.WARNING, logger="aiwarden.keys"):
        r = ring(section, {"OPENAI_API_KEY": OPENAI, "OPENAI_API_KEY_NEXT": OPENAI_NEXT})
    states = {s.slot: s.state for s in r.status()}
    assert states == {"active": "expired", "next": "old"}
    messages = [rec.getMessage() for rec in caplog.records]
    assert any("400 days old, past keys.max_age_days=365" in m for m in messages)
    assert any("120 days old (keys.warn_age_days=90)" in m for m in messages)
    # The expired active key is never handed out; the next one is.
    assert r.get("openai") == OPENAI_NEXT


def test_every_key_expired_is_an_error() -> None:
    section = {"max_age_days": 100, "providers": {"openai": {"active": {"created": "2024-01-01"}}}}
    r = ring(section, {"OPENAI_API_KEY": OPENAI})
    with pytest.raises(KeyExpiredError, match=r"past keys\.max_age_days=100"):
        r.get("openai")


def test_created_date_from_the_environment_wins_over_the_policy() -> None:
    section = {"providers": {"openai": {"active": {"created": "2020-01-01"}}}}
    r = ring(section, {"OPENAI_API_KEY": OPENAI, "OPENAI_API_KEY_CREATED": "2025-05-01"})
    assert r.key("openai").created == date(2025, 5, 1)


def test_files_are_re_read_after_the_cache_time(tmp_path: Path) -> None:
    secret = tmp_path / "openai"
    secret.write_text(OPENAI)
    now = [0.0]
    r = ring(
        {"cache_seconds": 60}, {"OPENAI_API_KEY_FILE": str(secret)}, clock=lambda: now[0], background_refresh=False
    )
    secret.write_text(OPENAI_NEXT)  # Kubernetes updates a mounted secret in place
    assert r.get("openai") == OPENAI
    now[0] = 61.0
    assert r.get("openai") == OPENAI_NEXT
    # The replaced value stays known, so output filters still catch it.
    assert set(r.secret_values()) == {OPENAI, OPENAI_NEXT}


def test_background_refresh_keeps_serving_the_cached_key(tmp_path: Path) -> None:
    secret = tmp_path / "openai"
    secret.write_text(OPENAI)
    now = [0.0]
    r = ring({"cache_seconds": 60}, {"OPENAI_API_KEY_FILE": str(secret)}, clock=lambda: now[0])
    secret.write_text(OPENAI_NEXT)
    now[0] = 61.0
    first = r.get("openai")  # starts the refresh thread, answers from the cache at once
    assert first in (OPENAI, OPENAI_NEXT)
    assert r._refresher is not None
    r._refresher.join(timeout=10)
    assert r.get("openai") == OPENAI_NEXT


def test_a_failed_refresh_keeps_the_loaded_keys(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    secret = tmp_path / "openai"
    secret.write_text(OPENAI)
    r = ring({"providers": {"openai": {"active": {"file": str(secret)}}}}, {}, background_refresh=False)
    secret.unlink()
    with caplog.at_level(logging.ERROR, logger="aiwarden.keys"):
        r.refresh()
    assert "refreshing the provider keys failed" in caplog.text
    assert r.get("openai") == OPENAI


def test_reprs_and_errors_never_show_the_value() -> None:
    r = ring(environ={"OPENAI_API_KEY": OPENAI})
    for text in (repr(r), repr(r.key("openai")), str(r.status()), repr(r.status())):
        assert OPENAI not in text
    assert "sk-proj-…" + OPENAI[-4:] in repr(r)


def test_loaded_values_are_masked_in_aiwarden_logs(caplog: pytest.LogCaptureFixture) -> None:
    ring(environ={"OPENAI_API_KEY": OPENAI})
    with caplog.at_level(logging.INFO):
        logging.getLogger("aiwarden").info("calling with %s", OPENAI)
        logging.getLogger("aiwarden.engine").warning("header was Bearer %s", OPENAI)
        try:
            raise RuntimeError(f"provider said no to {OPENAI}")
        except RuntimeError:
            logging.getLogger("aiwarden").exception("failed")
    assert OPENAI not in caplog.text
    assert "…" + OPENAI[-4:] in caplog.text
    assert OPENAI in registered_values()


def test_policy_refuses_key_values_anywhere() -> None:
    with pytest.raises(ConfigurationError, match=r"^keys.providers.openai.active.env: holds what looks like"):
        Policy.from_dict({"keys": {"providers": {"openai": {"active": {"env": OPENAI}}}}})
    with pytest.raises(ConfigurationError, match=r"routes\[0\].system_prompt: .*ANTHROPIC_API_KEY_FILE") as info:
        Policy.from_dict({"routes": [{"path": "/x", "system_prompt": f"Use the key {ANTHROPIC} to call"}]})
    assert ANTHROPIC not in str(info.value)


@pytest.mark.parametrize(
    ("section", "message"),
    [
        ({"warn_age_days": 0}, "keys.warn_age_days: must be at least 1"),
        ({"warn_age_days": 90, "max_age_days": 30}, "keys.max_age_days: must be at least warn_age_days"),
        ({"deny_paths": ["v1/embeddings"]}, r"keys.deny_paths\[0\]: must start with '/'"),
        ({"providers": {"openai": {"active": {"secret": "x"}}}}, "no secrets_manager is configured"),
        ({"providers": {"OpenAI": {}}}, "provider names are lower-case"),
        ({"providers": {"openai": {"active": {"models": []}}}}, "name at least one model glob"),
        ({"providers": {"openai": {"active": {"created": "yesterday"}}}}, "expected a date like 2025-01-31"),
    ],
)
def test_impossible_settings_are_refused(section: dict, message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        Policy.from_dict({"keys": section})


# -- refresh and rotation ----------------------------------------------------------------------------


KEY_A = "sk-proj-" + "Ab1" * 16


KEY_B = "sk-proj-" + "Cd2" * 16


@pytest.mark.parametrize("gone", ["removed", "emptied"])
def test_a_key_file_missing_at_refresh_keeps_the_last_good_key(tmp_path: Any, gone: str) -> None:
    # With no [keys] section, OPENAI_API_KEY_FILE (the Docker *_FILE convention) names the key. A
    # refresh while the file was being replaced (removed, or truncated before the new value is
    # written) dropped the provider: every request then failed with "no key is configured".
    from aiwarden.keys.ring import KeyRing

    path = tmp_path / "openai"
    path.write_text(KEY_A)
    ring = KeyRing(environ={"OPENAI_API_KEY_FILE": str(path)}, background_refresh=False)
    if gone == "removed":
        path.unlink()
    else:
        path.write_text("")
    ring.refresh()
    assert ring.get("openai") == KEY_A
    path.write_text(KEY_B)  # the new value arrives: the next refresh takes it
    ring.refresh()
    assert ring.get("openai") == KEY_B


def test_a_401_switch_ends_when_the_operator_promotes_the_next_key() -> None:
    # active A is refused (401), the ring falls back to next B; the operator then rotates as
    # documented: B becomes active and C the new next. The switch was carried over by slot name, so
    # the ring kept using "next", now C: a key the operator had only staged.
    from aiwarden.keys.ring import KeyRing
    from aiwarden.policy import Policy

    a, b, c = ("sk-proj-" + part * 16 for part in ("Aa1", "Bb2", "Cc3"))
    environ = {"OPENAI_API_KEY": a, "OPENAI_API_KEY_NEXT": b}
    ring = KeyRing(Policy.from_dict({"keys": {"fallback_on_401": True}}).keys, environ=environ)
    assert ring.unauthorized("openai", a) == b and ring.get("openai") == b
    ring.refresh()  # nothing changed: the switch holds
    assert ring.get("openai") == b
    environ.update(OPENAI_API_KEY=b, OPENAI_API_KEY_NEXT=c)
    ring.refresh()
    assert ring.get("openai") == b
    environ.update(OPENAI_API_KEY=c)  # and the next rotation goes on as usual
    del environ["OPENAI_API_KEY_NEXT"]
    ring.refresh()
    assert ring.get("openai") == c

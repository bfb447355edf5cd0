"""Bad aiwarden settings are reported by Django's system checks, with stable ids."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.core import checks
from django.test import override_settings

from aiwarden.django.checks import check_settings

MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "aiwarden.django.WardenMiddleware",
]


def ids(**settings: Any) -> list[str]:
    with override_settings(**{"MIDDLEWARE": MIDDLEWARE, **settings}):
        return [message.id for message in check_settings()]


def test_valid_settings_pass(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text('[tiers.free]\nmodels = ["gpt-4o-mini"]\n')
    assert ids(AIWARDEN={"tiers": {"free": {"models": ["gpt-4o-mini"]}}}) == []
    assert ids(AIWARDEN=str(policy)) == []
    assert ids(AIWARDEN=policy) == []


def test_invalid_policy_names_the_key_path() -> None:
    with override_settings(MIDDLEWARE=MIDDLEWARE, AIWARDEN={"tiers": {"free": {"models": "gpt-4o"}}}):
        [error] = check_settings()
    assert error.id == "aiwarden.E001"
    assert "tiers.free.models" in error.msg
    assert error.obj == "tiers.free.models"


def test_unknown_key_is_refused() -> None:
    assert ids(AIWARDEN={"input": {"max_body_byte": 10}}) == ["aiwarden.E001"]


def test_wrong_type_of_setting() -> None:
    assert ids(AIWARDEN=42) == ["aiwarden.E002"]


def test_unreadable_or_invalid_policy_file(tmp_path: Path) -> None:
    assert ids(AIWARDEN=str(tmp_path / "missing.toml")) == ["aiwarden.E003"]
    broken = tmp_path / "broken.toml"
    broken.write_text("[tiers\n")
    assert ids(AIWARDEN=str(broken)) == ["aiwarden.E003"]


@pytest.mark.parametrize("components", [["not", "a", "dict"], {"identity_resolver": "no_such_module.resolve"}])
def test_bad_components(components: Any) -> None:
    assert ids(AIWARDEN_COMPONENTS=components) == ["aiwarden.E004"]


def test_components_are_imported_from_dotted_paths() -> None:
    from aiwarden.django import conf

    with override_settings(AIWARDEN_COMPONENTS={"identity_resolver": "os.path.basename"}):
        import os.path

        assert conf.components() == {"identity_resolver": os.path.basename}


def test_middleware_missing_is_a_warning() -> None:
    assert ids(MIDDLEWARE=MIDDLEWARE[:2]) == ["aiwarden.W001"]


def test_middleware_before_authentication_with_framework_users() -> None:
    swapped = [MIDDLEWARE[0], MIDDLEWARE[2], MIDDLEWARE[1]]
    framework = {"auth": {"sources": ["framework"], "default_tier": "default"}}
    assert ids(MIDDLEWARE=swapped, AIWARDEN=framework) == ["aiwarden.W002"]
    assert ids(MIDDLEWARE=swapped, AIWARDEN={"auth": {"sources": ["jwt"]}}) == []


def test_checks_are_registered_by_the_app_config() -> None:
    with override_settings(AIWARDEN={"mode": "loud"}):
        found = [m.id for m in checks.run_checks() if m.id and m.id.startswith("aiwarden.")]
    assert found == ["aiwarden.E001"]


@pytest.mark.parametrize("name", ["AIWARDEN_POLICY", "AIWARDEN_SETTINGS", "AIWARDEN_STORAGE_URI"])
def test_an_aiwarden_setting_nothing_reads_is_a_warning_pointing_to_the_reference(name: str) -> None:
    with override_settings(MIDDLEWARE=MIDDLEWARE, **{name: "policy.toml"}):
        [warning] = check_settings()
    assert warning.id == "aiwarden.W003" and warning.obj == name and name in warning.msg
    assert "docs/policy.md" in warning.hint and (Path(__file__).parents[2] / "docs" / "policy.md").is_file()
    if name == "AIWARDEN_POLICY":
        assert "Flask" in warning.hint and "AIWARDEN" in warning.hint

"""``aiwarden keys``: masked listing and exit status, run through the real command entry point."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from aiwarden.cli import main

ACTIVE = "sk-proj-" + "C1iK3yAaaa" * 5
NEXT = "sk-proj-" + "C1iK3yBbbb" * 5


def policy_file(tmp_path: Path, body: str) -> str:
    path = tmp_path / "policy.toml"
    path.write_text(body)
    return str(path)


def test_lists_keys_masked_with_source_scope_and_state(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    created = (date.today() - timedelta(days=10)).isoformat()
    monkeypatch.setenv("OPENAI_API_KEY", ACTIVE)
    secret = tmp_path / "next"
    secret.write_text(NEXT)
    monkeypatch.setenv("OPENAI_API_KEY_NEXT_FILE", str(secret))
    path = policy_file(
        tmp_path,
        f"""
[keys.providers.openai.active]
created = {created}
models = ["gpt-4o-mini*"]
environment = "production"

[keys.providers.openai.next]
environment = "production"
""",
    )
    assert main(["keys", "--policy", path, "--env", "production"]) == 0
    out = capsys.readouterr().out
    assert ACTIVE not in out and NEXT not in out
    assert "environment: production" in out
    lines = out.splitlines()
    active = next(line for line in lines if line.startswith("openai") and " active " in line)
    assert f"sk-proj-…{ACTIVE[-4:]}" in active and "env OPENAI_API_KEY" in active
    assert "gpt-4o-mini*" in active and "10d" in active and "in use" in active
    nxt = next(line for line in lines if " next " in line)
    assert f"file {secret}" in nxt and "standby" in nxt


def test_exit_status_past_the_maximum_age(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", ACTIVE)
    old = (date.today() - timedelta(days=200)).isoformat()
    path = policy_file(tmp_path, f"[keys]\nmax_age_days = 180\n[keys.providers.openai.active]\ncreated = {old}\n")
    assert main(["keys", "--policy", path, "--json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["keys"][0]["state"] == "expired" and doc["keys"][0]["age_days"] == 200
    assert ACTIVE not in json.dumps(doc)


def test_warning_age_fails_only_when_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", ACTIVE)
    old = (date.today() - timedelta(days=100)).isoformat()
    path = policy_file(tmp_path, f"[keys.providers.openai.active]\ncreated = {old}\n")
    assert main(["keys", "--policy", path]) == 0
    assert main(["keys", "--policy", path, "--fail-on-warning"]) == 1


def test_configuration_errors_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", ACTIVE)
    path = policy_file(tmp_path, '[keys.providers.openai.active]\nenvironment = "production"\n')
    assert main(["keys", "--policy", path, "--env", "staging"]) == 2
    err = capsys.readouterr().err
    assert "marked for environment 'production'" in err and ACTIVE not in err

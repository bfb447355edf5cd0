"""``aiwarden token`` and the development helpers the examples use."""

from __future__ import annotations

import os
import time
from typing import Any

import jwt
import pytest

from aiwarden.auth import dev_environment, mint_token, require_secret
from aiwarden.cli import main
from aiwarden.errors import ConfigurationError
from aiwarden.policy import Policy

from .auth_support import SECRET, TIERS, bearer, hs_policy
from .test_auth import admit, auth_warden


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["token", *argv])
    out, err = capsys.readouterr()
    return code, out.strip(), err


def test_token_command_mints_a_token_the_server_accepts(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    monkeypatch.setenv("AIWARDEN_JWT_SECRET", SECRET)
    code, token, _ = run_cli(capsys, "--sub", "alice", "--tier", "pro", "--ttl", "2h")
    assert code == 0
    payload = jwt.decode(token, SECRET, algorithms=["HS256"])
    assert (payload["sub"], payload["tier"]) == ("alice", "pro")
    assert payload["exp"] - payload["iat"] == 7200
    assert abs(payload["iat"] - time.time()) < 300
    assert jwt.get_unverified_header(token)["alg"] == "HS256"
    ex, refusal = admit(auth_warden(hs_policy()), bearer(token))
    assert refusal is None and ex.tier_name == "pro" and ex.identity.subject == "alice"  # type: ignore[union-attr]


@pytest.mark.parametrize(("ttl", "seconds"), [("90", 90), ("30m", 1800), ("7d", 604800), ("15s", 15)])
def test_ttl_units(monkeypatch: pytest.MonkeyPatch, capsys: Any, ttl: str, seconds: int) -> None:
    monkeypatch.setenv("AIWARDEN_JWT_SECRET", SECRET)
    _, token, _ = run_cli(capsys, "--ttl", ttl)
    payload = jwt.decode(token, SECRET, algorithms=["HS256"])
    assert payload["exp"] - payload["iat"] == seconds
    assert (payload["sub"], payload["tier"]) == ("dev-user", "free")


@pytest.mark.parametrize("ttl", ["0", "-5", "soon", "1w"])
def test_bad_ttl_is_refused(monkeypatch: pytest.MonkeyPatch, capsys: Any, ttl: str) -> None:
    monkeypatch.setenv("AIWARDEN_JWT_SECRET", SECRET)
    with pytest.raises(SystemExit) as info:
        main(["token", "--ttl", ttl])
    assert info.value.code == 2
    assert "not a lifetime" in capsys.readouterr().err


def test_refuses_without_a_secret(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    monkeypatch.delenv("AIWARDEN_JWT_SECRET", raising=False)
    code, out, err = run_cli(capsys, "--sub", "alice")
    assert code == 2 and out == ""
    assert "AIWARDEN_JWT_SECRET" in err and "not set" in err


@pytest.mark.parametrize("size", [1, 16, 31])
def test_refuses_a_secret_shorter_than_32_bytes(monkeypatch: pytest.MonkeyPatch, capsys: Any, size: int) -> None:
    monkeypatch.setenv("AIWARDEN_JWT_SECRET", "Q" * size)
    code, out, err = run_cli(capsys)
    assert code == 2 and out == ""
    assert f"is {size} bytes" in err and "at least 32" in err
    assert "Q" not in err  # the secret itself is never printed


def test_multibyte_secret_counts_bytes(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    monkeypatch.setenv("AIWARDEN_JWT_SECRET", "é" * 16)  # 16 characters, 32 bytes
    code, token, _ = run_cli(capsys)
    assert code == 0 and jwt.decode(token, ("é" * 16).encode(), algorithms=["HS256"])


def test_policy_issuer_audience_and_claims(monkeypatch: pytest.MonkeyPatch, capsys: Any, tmp_path: Any) -> None:
    monkeypatch.setenv("AIWARDEN_JWT_SECRET", SECRET)
    toml = tmp_path / "policy.toml"
    toml.write_text(
        '[auth]\njwt_secret_env = "AIWARDEN_JWT_SECRET"\nissuer = "https://me"\naudience = "api"\n'
        'tier_claim = "plan"\n[tiers.free]\nmodels = ["gpt-4o-mini"]\n[tiers.pro]\nmodels = ["*"]\n'
    )
    _, token, _ = run_cli(capsys, "--policy", str(toml), "--tier", "pro", "--claim", "team=red")
    payload = jwt.decode(token, SECRET, algorithms=["HS256"], audience="api", issuer="https://me")
    assert (payload["plan"], payload["team"]) == ("pro", "red")
    ex, refusal = admit(auth_warden(Policy.from_toml(toml)), bearer(token))
    assert refusal is None and ex.tier_name == "pro"


def test_require_secret_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AIWARDEN_JWT_SECRET", raising=False)
    with pytest.raises(ConfigurationError, match="--dev"):
        require_secret()
    monkeypatch.setenv("AIWARDEN_JWT_SECRET", "short")
    with pytest.raises(ConfigurationError, match="at least 32"):
        require_secret()
    monkeypatch.setenv("AIWARDEN_JWT_SECRET", SECRET)
    assert require_secret() == SECRET


def test_dev_environment_generates_a_secret_and_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AIWARDEN_JWT_SECRET", raising=False)
    secret, tokens = dev_environment()
    assert os.environ["AIWARDEN_JWT_SECRET"] == secret and len(secret.encode()) >= 32
    assert set(tokens) == {"free", "pro"}
    warden = auth_warden(hs_policy())  # built after, as the examples do
    for tier, token in tokens.items():
        ex, refusal = admit(warden, bearer(token))
        assert refusal is None and ex.tier_name == tier and ex.identity.subject == f"dev-{tier}"  # type: ignore[union-attr]
    again, _ = dev_environment()
    assert again == secret  # an existing secret is kept
    monkeypatch.delenv("AIWARDEN_JWT_SECRET")
    assert dev_environment()[0] != secret  # fresh randomness each time one is generated


def test_dev_environment_keeps_a_secret_already_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AIWARDEN_JWT_SECRET", SECRET)
    secret, tokens = dev_environment(policy=Policy.from_dict({**hs_policy(audience="api"), "tiers": TIERS}))
    assert secret == SECRET
    assert jwt.decode(tokens["pro"], SECRET, algorithms=["HS256"], audience="api")["tier"] == "pro"


def test_mint_token_refuses_a_short_secret() -> None:
    with pytest.raises(ConfigurationError, match="at least 32"):
        mint_token("short", "alice")

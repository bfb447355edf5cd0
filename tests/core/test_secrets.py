"""Secret filter: key formats, exact server keys, block vs redact, stream == whole."""

from __future__ import annotations

import pytest

from aiwarden.scanners.secrets import SecretFilter, find_secrets
from aiwarden.streaming import Blocked

SAMPLES = {
    "openai_key": "sk-proj-" + "Ab3dEf6hIj" * 8,
    "anthropic_key": "sk-ant-api03-" + "Qw3rTy7uIo" * 8,
    "aws_access_key": "AKIAIOSFODNN7EXAMPLE",
    "aws_secret_key": "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "github_token": "ghp_" + "a1B2c3D4e5" * 3 + "F6g7H8",
    "slack_token": "xoxb-1234567890-abcdefghij",
    "google_api_key": "AIza" + "SyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q",
    "stripe_key": "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc",
    "jwt": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."
    "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
    "private_key": "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7\n-----END RSA PRIVATE KEY-----",
    "huggingface_token": "hf_" + "QwErTyUiOpAsDfGhJkLzXcVbNmQwEr" + "Ty1234",
    "gitlab_token": "glpat-" + "xY9_kLmN0pQrStUvWx12",
    "npm_token": "npm_" + "a1B2c3D4e5F6" * 3,
    "digitalocean_token": "dop_v1_" + "0123456789abcdef" * 4,
    "sendgrid_key": "SG." + "aBcDeFgHiJkLmNoPqRsTuV" + "." + "wXyZ0123456789_-aBcDeFgHiJkLmNoPqRsTuVwXyZ0",
    "google_oauth_token": "ya29." + "a0AfH6SMBx1y2z3A4b5C6d7E8f9G0h1I2j3K",
    "slack_webhook": "https://hooks.slack.com/services/T01ABCDEF23/B04GHIJKL56/" + "aBcDeFgHiJkLmNoPqRsTuVwX",
    "azure_storage_key": "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=" + "Ab1+/Cd2" * 10 + "Ab1+/C==",
    "stripe_webhook_secret": "whsec_" + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
}
RULE_OF: dict[str, str] = {}


@pytest.mark.parametrize(("rule", "value"), SAMPLES.items())
def test_each_format_is_found(rule: str, value: str) -> None:
    assert [f.detail for f in find_secrets(f"here: {value} ok")] == [RULE_OF.get(rule, rule)]
    f = SecretFilter(action="redact")
    middle = value[len(value) // 2 : len(value) // 2 + 6]
    assert middle not in f.feed(f"here: {value} ok") + f.flush()


@pytest.mark.parametrize(
    "text",
    [
        "a task-management-system-design doc",
        "the sk-learn library",
        "AKIA is a prefix",
        "eyJ alone",
        "Use your OPENAI_API_KEY env var",
        "the hf_transfer flag and npm_config_cache",
        "SG.com and ya29 are not tokens; hooks.slack.com/services/ is the webhook host",
        "set AccountKey= in the connection string",
        "glpat- tokens start like this",
    ],
)
def test_ordinary_text_passes(text: str) -> None:
    assert find_secrets(text) == []


def test_block_raises_without_the_value() -> None:
    f = SecretFilter()
    released = f.feed("The key is " + SAMPLES["openai_key"][:10])
    with pytest.raises(Blocked) as info:
        f.feed(SAMPLES["openai_key"][10:] + " enjoy")
        f.flush()
    assert info.value.refusal.code == "secret_leak"
    assert SAMPLES["openai_key"][:12] not in released + info.value.refusal.message
    assert info.value.finding is not None and info.value.finding.detail == "openai_key"


def test_redact_drops_the_whole_token() -> None:
    f = SecretFilter(action="redact")
    out = f.feed("jwt " + SAMPLES["jwt"] + " and " + SAMPLES["private_key"]) + f.flush()
    assert out == "jwt [SECRET] and [SECRET]-----END RSA PRIVATE KEY-----"


def test_exact_server_keys_of_any_shape() -> None:
    key = "internal-9f8e7d6c5b4a39281706"  # no public format: only the ring knows it
    assert find_secrets(f"x {key} y") == []
    [found] = find_secrets(f"x {key} y", keys=[key, "short"])
    assert found.detail == "server_key"
    assert find_secrets("short text", keys=["short"]) == []  # too short to match safely


# Any chunking gives the whole text's result (redacted and blocked): tests/core/test_key_rules.py,
# over every rule's examples.

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


# -- dense hits of many literals: one range, the same matches ----------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from aiwarden.keys.rules import RULES  # noqa: E402
from aiwarden.scanners._rewriter import Rewriter  # noqa: E402

from .key_examples import EXAMPLES  # noqa: E402

_PREFIXES = sorted({p for r in RULES for p in r.prefixes})
_VALUES = [v for vs in EXAMPLES.values() for v in vs]
_PIECE = st.one_of(
    st.sampled_from(_PREFIXES),
    st.sampled_from(_VALUES).flatmap(lambda v: st.integers(1, len(v)).map(lambda k: v[:k])),
    st.text(st.sampled_from("aB3xY9_-"), min_size=1, max_size=30),
    st.sampled_from([" ", "=", ": ", '"', "\n", "_", ".", "/", "://", "@"]),
)
_MIXTURES = st.lists(_PIECE, min_size=1, max_size=40).map("".join)


class _Reference(SecretFilter):
    """The same filter with no trigger: every position is tried against the whole pattern (the
    meaning the triggered lanes must keep, however hits are grouped into ranges)."""

    __slots__ = ()

    def __init__(self, keys: tuple[str, ...], on_find: object) -> None:
        super().__init__(keys, "report", on_find)  # type: ignore[arg-type]
        fast, width = self._fast, self._width
        Rewriter.__init__(self, fast, width, 16, None, normalise=True)


def _report(f_of: object, text: str, cuts: list[int]) -> tuple[list[tuple[int, int, str]], ...]:
    out = []
    for pieces in ([text], [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=False)]):
        found: list[tuple[int, int, str]] = []
        f = f_of(lambda x, found=found: found.append((x.start, x.end, x.detail)))  # type: ignore[operator]
        for p in pieces:
            f.feed(p)
        f.flush()
        out.append(found)
    return tuple(out)


@settings(max_examples=300, deadline=None)
@given(_MIXTURES, st.lists(st.integers(1, 400), max_size=20).map(sorted), st.booleans())
def test_dense_mixed_literals_find_what_trying_every_position_finds(
    text: str, cuts: list[int], server_key: bool
) -> None:
    # hits of different literals close together share one range tried with the lane's whole
    # (factored) pattern; hits of one literal, its own rules only; a literal inside a key, the
    # positions before it: all must match as the whole pattern does at every position
    keys = ("sk-proj-Zq81xR2mKp09LwVn4TtYh7Uc3Ge5Ab6Dd1Ff8Jj0Kk2Ll4Mm",) if server_key else ()
    cuts = [c for c in cuts if c < len(text)]
    new = _report(lambda on: SecretFilter(keys, "report", on), text, cuts)
    ref = _report(lambda on: _Reference(keys, on), text, cuts)
    assert new == ref


@pytest.mark.parametrize(
    "unit", ["aws_secret_key=", "aws_secret_key= ", "ops_eyJ ", "_key", "secret_key=x1", "sk-ant-AKIAghp_xoxb-eyJ"]
)
def test_dense_hits_of_several_literals_cost_one_try_per_range(unit: str) -> None:
    # 3-5 literal hits per repetition: tried per hit, 64 KB cost ~20,000 regex calls from Python
    text = (unit * 65_536)[:65_536]
    for chunk in (0, 16):
        f = SecretFilter(action="redact")
        pieces = [text[i : i + chunk] for i in range(0, len(text), chunk)] if chunk else [text]
        for p in pieces:
            f.feed(p)
        f.flush()
        # whole: one search per range. Streamed, a piece's few candidates: the front lane's
        # where a literal starts (found in one call), the inner lane's (a literal inside a key,
        # up to 36 positions before it) each position once
        hits = sum(unit.count(p) for p in _PREFIXES) * len(text) / len(unit)
        assert f.tries <= (64 if not chunk else hits + len(text) + 2 * len(pieces)), (unit, chunk, f.tries)
        assert f.examined <= 8 * len(text) + 40 * len(pieces), (unit, chunk, f.examined / len(text))

"""Budget reservations hold a bound of the prompt's tokens (its UTF-8 bytes) instead of tokenizing it,
where that bound is small beside every budget; near a cap the prompt is counted and asked again."""

from __future__ import annotations

import json
from typing import Any

import pytest

from aiwarden import tokens
from aiwarden.context import HttpRequest
from aiwarden.effects import drive_sync
from aiwarden.errors import Refusal
from aiwarden.policy import RouteSpec
from aiwarden.warden import Warden

from .quota_support import body

PROMPT = "Hello there, how are you today? " * 20  # 640 bytes, ~140 tokens


@pytest.fixture(params=["memory", pytest.param("redis", marks=pytest.mark.redis)])
def storage(request: pytest.FixtureRequest) -> dict[str, Any]:
    if request.param == "memory":
        return {"uri": "memory://"}
    url, prefix = request.getfixturevalue("redis_url"), request.getfixturevalue("redis_prefix")
    return {"uri": url, "key_prefix": prefix, "kill_switch_cache_seconds": 0}


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of requests tokenized (the real count, recorded)."""
    seen: list[str] = []
    real = tokens.count_request_text

    def count(text: str, model: str | None = None) -> int:
        seen.append(text)
        return real(text, model)

    monkeypatch.setattr(tokens, "count_request_text", count)
    return seen


def _warden(storage: dict[str, Any], tokens_per_day: int) -> Warden:
    return Warden(
        {
            "auth": {"required": False, "anonymous_tier": "free"},
            "tiers": {"free": {"max_output_tokens": 10, "tokens_per_day": tokens_per_day, "spend_per_day_usd": 100.0}},
            "storage": storage,
        }
    )


def _check(warden: Warden, text: str = PROMPT) -> Any:
    ex = warden.exchange(HttpRequest("POST", "/v1/chat/completions", {}, client="10.0.0.1"), RouteSpec())
    return ex, drive_sync(ex.check(body(text, max_tokens=10)))


def _settle(ex: Any, prompt_tokens: int) -> None:
    ex.response_start(200, "application/json")
    answer = {
        "choices": [{"message": {"role": "assistant", "content": "ok"}}],
        "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": 1},
    }
    ex.filter_json(json.dumps(answer).encode())
    drive_sync(ex.finish())


def test_a_prompt_small_beside_its_budgets_is_reserved_by_its_bytes_not_tokenized(
    storage: dict[str, Any], counted: list[str]
) -> None:
    warden = _warden(storage, 10_000_000)
    ex, out = _check(warden)
    assert not isinstance(out, Refusal)
    assert counted == []  # nothing tokenized on the way in
    (reservation,) = ex.reservations
    bound = ex.input_tokens_bound()
    assert reservation.input_tokens == bound
    assert reservation.amounts[0] == bound + 10  # the token budget holds the bound and the output cap
    exact = ex.input_tokens()  # counted now, and an upper bound it was
    assert exact < bound
    # the estimate the audit reads is the exact one, counted when read
    price = warden.stage("quota").prices.price_for("gpt-4o-mini")
    assert ex.cost_estimate_micros == price.cost_micros(exact, 10)
    _settle(ex, 123)  # settled with the provider's usage, as before
    quota = warden.stage("quota")
    keys = [b.key for b in reservation.buckets]
    assert quota.storage.bucket_values(keys)[0][1] == 124


def test_near_a_cap_the_prompt_is_counted_and_admitted_when_its_count_fits(
    storage: dict[str, Any], counted: list[str]
) -> None:
    warden = _warden(storage, 100_000)
    first, out = _check(warden, "hi")
    assert not isinstance(out, Refusal)
    exact = _check(_warden({"uri": "memory://"}, 100_000))[0].input_tokens()  # the prompt's count
    counted.clear()
    # the provider bills enough that what is left fits the counted prompt, not its bytes
    _settle(first, 100_000 - (exact + 10) - 5 - 1)
    ex, out = _check(warden)
    assert not isinstance(out, Refusal), out
    assert counted  # the bound was refused: the prompt was tokenized, and the storage asked again
    (reservation,) = ex.reservations
    assert reservation.input_tokens == exact
    assert reservation.amounts[0] == exact + 10
    # and one more is refused: its count does not fit either
    _, refused = _check(warden)
    assert isinstance(refused, Refusal) and refused.code == "budget_exceeded"


def test_a_prompt_large_beside_a_budget_is_counted_before_it_is_reserved(
    storage: dict[str, Any], counted: list[str]
) -> None:
    warden = _warden(storage, 50_000)  # 1% of it (500) is under the prompt's ~650-byte bound
    ex, out = _check(warden)
    assert not isinstance(out, Refusal)
    assert counted  # counted before the first admission
    (reservation,) = ex.reservations
    assert reservation.input_tokens == ex.input_tokens() < len(PROMPT)  # the count, not the bytes


def test_the_bound_is_at_least_the_count_on_any_text() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    warden = _warden({"uri": "memory://"}, 10**12)

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.text(max_size=200), min_size=1, max_size=4))
    def check(texts: list[str]) -> None:
        payload = json.dumps(
            {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": t} for t in texts]}
        ).encode()
        ex = warden.exchange(HttpRequest("POST", "/v1/chat/completions", {}, client="10.0.0.1"), RouteSpec())
        out = drive_sync(ex.check(payload))
        if isinstance(out, Refusal):
            return
        assert ex.input_tokens_bound() >= ex.input_tokens()

    check()


def test_short_texts_are_counted_and_a_bound_of_short_texts_only_is_the_count(counted: list[str]) -> None:
    # a system prompt or a short turn costs microseconds to count: the bound holds its count, and a
    # request made only of short texts is reserved exactly (never more than its tokens)
    warden = _warden({"uri": "memory://"}, 10_000_000)
    ex, out = _check(warden, "What is the capital of France?")
    assert not isinstance(out, Refusal)
    assert counted == ["What is the capital of France?"]
    assert ex.input_tokens_counted and ex.reservations[0].input_tokens == ex.input_tokens()
    ex, out = _check(warden, PROMPT)  # a long one is bounded by its bytes, the short ones counted
    assert PROMPT not in counted
    bound = ex.input_tokens_bound()
    assert bound - len(PROMPT) == ex.input_tokens() - tokens.count_tokens(PROMPT, "gpt-4o-mini")

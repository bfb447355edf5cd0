"""Settlement: what a provider reports cannot give budget back (negative usage), Anthropic's cached
prompt tokens are input too, a request refused after its reservation releases it, and the kill
switch engaged by concurrent settlements alerts once."""

from __future__ import annotations

import json
from typing import Any

import pytest

from aiwarden.context import HttpRequest
from aiwarden.effects import drive_sync
from aiwarden.errors import Refusal
from aiwarden.exchange import Stage
from aiwarden.policy import RouteSpec
from aiwarden.testing import FakeProvider
from aiwarden.warden import Warden

from .quota_support import ReportedUsage, body, bucket_rows, run_async, run_sync


@pytest.mark.parametrize(
    "usage",
    [
        {"prompt_tokens": -1_000_000, "completion_tokens": -1_000_000},
        {"prompt_tokens": 5, "completion_tokens": -1_000_000},
    ],
)
def test_negative_usage_from_the_provider_gives_no_budget_back(usage: dict[str, int]) -> None:
    # A buggy or hostile upstream reporting negative tokens drove the settled total below zero: the
    # caller's budget grew with every request and alerts and the global kill switch never fired.
    policy = {
        "auth": {"required": False, "anonymous_tier": "free"},
        "tiers": {"free": {"tokens_per_day": 1000, "max_output_tokens": 10}},
        "global": {"spend_per_day_usd": 10.0},
    }
    warden = Warden(policy)
    for _ in range(3):
        ex = run_sync(warden, provider=ReportedUsage(usage))
        assert ex.status == 200
        assert (ex.cost_settled_micros or 0) >= 0
    for key, (held, settled, *_rest) in bucket_rows(warden).items():
        assert held >= 0 and settled >= 0, key


@pytest.mark.asyncio
async def test_negative_usage_settles_nothing_below_zero_async() -> None:
    warden = Warden(
        {
            "auth": {"required": False, "anonymous_tier": "free"},
            "tiers": {"free": {"tokens_per_day": 1000, "max_output_tokens": 10}},
        }
    )
    await run_async(warden, provider=ReportedUsage({"prompt_tokens": -50, "completion_tokens": -50}))
    assert all(row[1] >= 0 for row in bucket_rows(warden).values())


class _AnthropicCaching(FakeProvider):
    """An Anthropic answer whose prompt went (almost) all into the cache, as with cache_control."""

    def respond(self, api: str, body: Any) -> Any:
        return 200, {
            "id": "msg_1",
            "type": "message",
            "role": "assistant",
            "model": body.get("model"),
            "content": [{"type": "text", "text": "ok"}],
            "stop_reason": "end_turn",
            "usage": {
                "input_tokens": 3,
                "cache_creation_input_tokens": 5000,
                "cache_read_input_tokens": 2000,
                "output_tokens": 1,
            },
        }


CACHING_POLICY = {
    "auth": {"required": False, "anonymous_tier": "free"},
    "tiers": {"free": {"tokens_per_day": 1_000_000, "max_output_tokens": 10}},
}


def _messages(**extra: Any) -> bytes:
    return json.dumps(
        {"model": "claude-sonnet-4-5", "max_tokens": 10, **extra, "messages": [{"role": "user", "content": "hi"}]}
    ).encode()


def test_anthropic_cached_prompt_tokens_are_settled_against_budgets() -> None:
    # Anthropic's input_tokens counts only the prompt after the last cache breakpoint; cache writes
    # and reads are reported beside it. A client marking its prompt with cache_control (its own body)
    # had each request settled at a few tokens, whatever its size: budgets stopped counting
    warden = Warden(CACHING_POLICY)
    ex = run_sync(warden, _messages(), route=RouteSpec(format="anthropic"), provider=_AnthropicCaching())
    assert ex.status == 200 and ex.usage is not None
    assert ex.usage.input_tokens == 3 + 5000 + 2000
    (held, settled, *_rest) = next(iter(bucket_rows(warden).values()))
    assert held == settled == 7003 + 1


class _AnthropicCachingStream(FakeProvider):
    def respond(self, api: str, body: Any) -> Any:
        usage = {"input_tokens": 3, "cache_creation_input_tokens": 5000, "cache_read_input_tokens": 2000}
        events = [
            (
                "message_start",
                {"type": "message_start", "message": {"id": "msg_1", "usage": {**usage, "output_tokens": 1}}},
            ),
            (
                "content_block_start",
                {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
            ),
            (
                "content_block_delta",
                {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "ok"}},
            ),
            ("content_block_stop", {"type": "content_block_stop", "index": 0}),
            (
                "message_delta",
                {"type": "message_delta", "delta": {"stop_reason": "end_turn"}, "usage": {"output_tokens": 1}},
            ),
            ("message_stop", {"type": "message_stop"}),
        ]
        return 200, iter([f"event: {name}\ndata: {json.dumps(doc)}\n\n".encode() for name, doc in events])


def test_anthropic_cached_prompt_tokens_are_settled_from_a_stream_too() -> None:
    warden = Warden(CACHING_POLICY)
    payload = _messages(stream=True)
    ex = run_sync(warden, payload, route=RouteSpec(format="anthropic"), provider=_AnthropicCachingStream())
    assert ex.usage is not None and ex.usage.input_tokens == 7003
    (held, settled, *_rest) = next(iter(bucket_rows(warden).values()))
    assert held == settled == 7004


class _RefuseAfterQuota(Stage):
    """A stage after the quota stage that refuses every request in ``inspect``."""

    name = "late"

    def inspect(self, ex: Any) -> Refusal:
        return Refusal(400, "invalid_request_error", "late_refusal", "refused after the reservation")


@pytest.mark.parametrize("storage", ["memory", "redis"])
def test_a_request_refused_after_its_reservation_releases_it(storage: str, request: pytest.FixtureRequest) -> None:
    from aiwarden.warden import default_stages

    uri = "memory://" if storage == "memory" else request.getfixturevalue("redis_url")
    prefix = "aiwarden" if storage == "memory" else request.getfixturevalue("redis_prefix")
    policy = {
        "auth": {"required": False, "anonymous_tier": "free"},
        "tiers": {"free": {"tokens_per_day": 100, "max_output_tokens": 60}},
        "storage": {"uri": uri, "key_prefix": prefix},
    }

    def stages(warden: Warden) -> list[Any]:
        built = default_stages(warden.services)
        at = next(i for i, s in enumerate(built) if s.name == "quota") + 1
        return [*built[:at], _RefuseAfterQuota(), *built[at:]]

    warden = Warden(policy, stages=[])
    warden = Warden(policy, stages=stages(warden))
    # each request reserves ~70 of the 100 tokens before the late refusal: had a reservation stayed
    # held, the next request would be refused by the budget instead
    for _ in range(5):
        ex = run_sync(warden)
        assert ex.refusal is not None and ex.refusal.code == "late_refusal"
        assert ex.cost_settled_micros in (None, 0)


@pytest.mark.redis
def test_the_kill_switch_engaged_by_concurrent_settlements_alerts_once(redis_url: str, redis_prefix: str) -> None:
    # Two requests in flight both settle at or past the global cap: the switch is engaged once
    # (SET NX in the settlement script) and one kill_switch alert is sent, not one per request.
    # (Refusals at the cap no longer engage it at all: only settled spend does.)
    alerts: list[Any] = []
    policy = {
        "auth": {"required": False, "anonymous_tier": "free"},
        "tiers": {"free": {"max_output_tokens": 40}},
        "global": {"spend_per_day_usd": 0.0001},  # 100 micro-dollars
        "pricing": {"gpt-4o-mini": {"input_per_mtok": 1.0, "output_per_mtok": 1.0}},  # 1 micro-dollar a token
        "storage": {"uri": redis_url, "key_prefix": redis_prefix},
    }
    warden = Warden(policy, on_alert=alerts.append)
    quota = warden.stage("quota")
    exchanges = []
    for client in ("10.0.0.2", "10.0.0.3"):  # each reserves 9 + 40: both fit in the 100
        ex = warden.exchange(HttpRequest("POST", "/v1/chat/completions", {}, client=client), RouteSpec())
        assert not isinstance(drive_sync(ex.check(body())), Refusal)
        exchanges.append(ex)
    # the provider reports more than was reserved (it bills what it bills): 100, then 50 more
    for ex, used in zip(exchanges, (100, 50), strict=True):
        ex.response_start(200, "application/json")
        answer = {
            "choices": [{"message": {"role": "assistant", "content": "ok"}}],
            "usage": {"prompt_tokens": 9, "completion_tokens": used - 9},
        }
        ex.filter_json(json.dumps(answer).encode())
        drive_sync(ex.finish())
    assert quota.storage.get_kill_switch() is not None
    kill = [a for a in alerts if a.kind == "kill_switch"]
    assert len(kill) == 1 and kill[0].value == 100 and kill[0].cap == 100
    quota.release()

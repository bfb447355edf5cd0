"""Rate limits, budgets, alerts and the kill switch through the real engine, on memory and on Redis."""

from __future__ import annotations

import asyncio
import json
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from aiwarden.policy import RouteSpec
from aiwarden.quota import Alert, KillSwitch
from aiwarden.quota.stage import Reservation
from aiwarden.warden import Warden

from .quota_support import body, run_async, run_sync, status


@pytest.fixture(params=["memory", pytest.param("redis", marks=pytest.mark.redis)])
def storage(request: pytest.FixtureRequest) -> dict[str, Any]:
    """A fresh storage section: memory, or Redis under a key prefix no other test uses."""
    if request.param == "memory":
        return {"uri": "memory://"}
    url, prefix = request.getfixturevalue("redis_url"), request.getfixturevalue("redis_prefix")
    return {"uri": url, "key_prefix": prefix, "kill_switch_cache_seconds": 0}


def policy(storage: dict[str, Any], tier: dict[str, Any] | None = None, **sections: Any) -> dict[str, Any]:
    return {
        "auth": {"required": False, "anonymous_tier": "free"},
        "tiers": {"free": {"max_output_tokens": 50, **(tier or {})}},
        "storage": storage,
        **sections,
    }


def test_limit_of_20_admits_exactly_20_of_100_concurrent_sync(storage: dict[str, Any]) -> None:
    warden = Warden(policy({**storage, "timeout_seconds": 15}, {"requests": ["20/hour"]}))
    with ThreadPoolExecutor(32) as pool:
        results = list(pool.map(lambda _: status(run_sync(warden)), range(100)))
    assert results.count(200) == 20
    assert results.count(429) == 80


def test_limit_of_20_admits_exactly_20_of_100_concurrent_async(storage: dict[str, Any]) -> None:
    # 100 connections opened at once: on a loaded machine some take over the default 1 s to connect
    # (a 503 by fail_closed, which is not what this test is about)
    warden = Warden(policy({**storage, "timeout_seconds": 15}, {"requests": ["20/hour"]}))

    async def main() -> list[int]:
        return [status(ex) for ex in await asyncio.gather(*(run_async(warden) for _ in range(100)))]

    results = asyncio.run(main())
    assert results.count(200) == 20
    assert results.count(429) == 80


@pytest.mark.parametrize("strategy", ["moving-window", "sliding-window-counter", "fixed-window"])
def test_every_strategy_counts_exactly(storage: dict[str, Any], strategy: str) -> None:
    warden = Warden(policy({**storage, "strategy": strategy}, {"requests": ["5/hour"]}))
    results = [status(run_sync(warden)) for _ in range(8)]
    assert results == [200] * 5 + [429] * 3


@pytest.mark.parametrize("strategy", ["moving-window", "sliding-window-counter", "fixed-window"])
def test_a_window_that_has_passed_admits_again(storage: dict[str, Any], strategy: str) -> None:
    """Expiry works without limits' background timer (memory) and on Redis alike."""
    import time

    warden = Warden(policy({**storage, "strategy": strategy}, {"requests": ["2/second"]}))
    # Windows are aligned to the clock (window index = now // 1 s): three requests that straddle a
    # boundary would each meet a fresh window. Start just after a boundary, and on a machine slow
    # enough to cross the next one anyway, try again with a fresh caller rather than misread it.
    for attempt in range(5):
        time.sleep(1.02 - time.time() % 1)
        started = time.time()
        results = [status(run_sync(warden, client=f"10.0.1.{attempt}")) for _ in range(3)]
        if int(time.time()) == int(started):
            break
    assert results == [200, 200, 429]
    time.sleep(2.1)  # the sliding-window counter weighs the previous window too
    assert status(run_sync(warden, client=f"10.0.1.{attempt}")) == 200


def test_rate_limit_headers_and_retry_after(storage: dict[str, Any]) -> None:
    warden = Warden(policy(storage, {"requests": ["2/minute", "100/hour"]}))
    first = run_sync(warden)
    h = first.response_headers
    assert h["x-ratelimit-limit"] == "2" and h["x-ratelimit-remaining"] == "1"
    assert h["ratelimit-policy"] == '"user-1m";q=2;w=60, "user-1h";q=100;w=3600'
    assert h["ratelimit"].startswith('"user-1m";r=1;t=')
    assert int(h["x-ratelimit-reset"]) > 1_700_000_000
    run_sync(warden)
    refused = run_sync(warden)
    assert refused.refusal.status == 429 and refused.refusal.code == "rate_limit_exceeded"
    assert refused.refusal.type == "rate_limit_error"
    assert 1 <= int(refused.refusal.headers["retry-after"]) <= 60
    assert refused.refusal.headers["x-ratelimit-remaining"] == "0"
    assert json.loads(refused.refusal.body())["error"]["code"] == "rate_limit_exceeded"


def test_a_refused_request_consumes_no_other_limit(storage: dict[str, Any]) -> None:
    # all or nothing: requests refused by the global limit leave the user's hourly count alone
    warden = Warden(policy(storage, {"requests": ["10/hour"]}, **{"global": {"requests": ["3/hour"]}}))
    assert [status(run_sync(warden)) for _ in range(5)] == [200, 200, 200, 429, 429]
    quota = warden.stage("quota")
    from aiwarden.quota.rates import limits_for

    user_limit = limits_for(quota.prefix, "anonymous:10.0.0.1", ["10/hour"], (), "", ())
    values = quota.storage.limit_values(list(user_limit), "moving-window")
    assert values[0][0] == 7


def test_limits_are_per_user_and_global_limits_are_shared(storage: dict[str, Any]) -> None:
    warden = Warden(policy(storage, {"requests": ["2/hour"]}, **{"global": {"requests": ["5/hour"]}}))
    a = [status(run_sync(warden, client="1.1.1.1")) for _ in range(3)]
    b = [status(run_sync(warden, client="2.2.2.2")) for _ in range(3)]
    c = [status(run_sync(warden, client="3.3.3.3")) for _ in range(3)]
    assert a == b == [200, 200, 429]
    assert c == [200, 429, 429]  # the global 5/hour is spent after one more


def test_route_limits_count_per_route(storage: dict[str, Any]) -> None:
    warden = Warden(policy(storage))
    cheap, dear = RouteSpec(name="cheap"), RouteSpec(name="dear", requests=("1/hour",))
    assert [status(run_sync(warden, route=dear)) for _ in range(2)] == [200, 429]
    assert status(run_sync(warden, route=cheap)) == 200


# -- token caps ---------------------------------------------------------------------------------


def test_max_tokens_is_set_capped_or_refused(storage: dict[str, Any]) -> None:
    warden = Warden(policy(storage, {"max_output_tokens": 30}))
    ex = run_sync(warden, body())
    assert ex.chat.max_tokens == 30 and ex.flags["max_tokens_set"] == 30
    ex = run_sync(warden, body(max_tokens=500))
    assert ex.chat.max_tokens == 30 and ex.flags["max_tokens_capped"] == "500->30"
    ex = run_sync(warden, body(max_tokens=10))
    assert ex.chat.max_tokens == 10
    strict = Warden(policy(storage, {"max_output_tokens": 30, "over_max_output": "refuse"}))
    ex = run_sync(strict, body(max_tokens=31))
    assert ex.refusal.status == 400 and ex.refusal.code == "max_tokens_too_large"
    route = RouteSpec(max_output_tokens=7)
    assert run_sync(warden, body(max_tokens=20), route=route).chat.max_tokens == 7


def test_the_cap_reaches_the_provider(storage: dict[str, Any]) -> None:
    from aiwarden.testing import FakeProvider

    provider = FakeProvider()
    warden = Warden(policy(storage, {"max_output_tokens": 5}))
    ex = run_sync(warden, body("!tokens 40"), provider=provider)
    assert provider.calls[-1]["max_tokens"] == 5
    assert ex.usage.output_tokens <= 5


def test_requests_refused_by_the_input_stage_consume_no_quota(storage: dict[str, Any]) -> None:
    warden = Warden(policy(storage, {"max_input_tokens": 20, "requests": ["2/hour"]}))
    for _ in range(3):
        assert run_sync(warden, body("word " * 50)).refusal.code == "context_length_exceeded"
    assert [status(run_sync(warden, body("short"))) for _ in range(3)] == [200, 200, 429]


def test_tokens_per_day_budget(storage: dict[str, Any]) -> None:
    warden = Warden(policy(storage, {"tokens_per_day": 200, "max_output_tokens": 50}))
    results = [run_sync(warden, body("hi")) for _ in range(6)]
    # each request reserves its input tokens + 50 and settles what it used (~12 tokens)
    assert all(status(ex) == 200 for ex in results)
    held = sum(ex.usage.total_tokens for ex in results)
    assert held <= 200
    drained = [run_sync(warden, body("hi")) for _ in range(30)]
    refused = [ex for ex in drained if ex.refusal is not None]
    assert refused and refused[0].refusal.status == 429 and refused[0].refusal.code == "budget_exceeded"
    assert int(refused[0].refusal.headers["retry-after"]) <= 86400


# -- cost ---------------------------------------------------------------------------------------


def test_cost_is_estimated_then_settled_in_micro_dollars(storage: dict[str, Any]) -> None:
    warden = Warden(
        policy(
            storage,
            {"spend_per_day_usd": 1.0},
            pricing={"house-model": {"input_per_mtok": 1000.0, "output_per_mtok": 2000.0}},
        )
    )
    ex = run_sync(warden, body("hello", model="house-model", max_tokens=20))
    n_in = ex.input_tokens()
    assert ex.cost_estimate_micros == n_in * 1000 + 20 * 2000
    assert ex.cost_settled_micros == ex.usage.input_tokens * 1000 + ex.usage.output_tokens * 2000
    assert ex.cost_settled_micros < ex.cost_estimate_micros


def test_unpriced_model_is_refused_when_a_spend_budget_applies(storage: dict[str, Any]) -> None:
    warden = Warden(policy(storage, {"spend_per_day_usd": 1.0}))
    ex = run_sync(warden, body(model="no-such-model-xyz"))
    assert ex.refusal.status == 400 and ex.refusal.code == "model_not_priced"
    priced = Warden(
        policy(
            storage, {"spend_per_day_usd": 1.0}, pricing={"no-such-*": {"input_per_mtok": 1.0, "output_per_mtok": 1.0}}
        )
    )
    assert status(run_sync(priced, body(model="no-such-model-xyz"))) == 200


def test_cheaper_model_routing_is_priced_and_visible(storage: dict[str, Any]) -> None:
    warden = Warden(policy(storage, {"spend_per_day_usd": 1.0}))
    route = RouteSpec(model_map={"gpt-4o": "gpt-4o-mini"})
    ex = run_sync(warden, body(model="gpt-4o", max_tokens=10), route=route)
    assert ex.model_requested == "gpt-4o" and ex.model_used == "gpt-4o-mini"
    assert ex.flags["model_routed"] == "gpt-4o->gpt-4o-mini"
    mini = warden.stage("quota").prices.price_for("gpt-4o-mini")
    assert ex.cost_estimate_micros == mini.cost_micros(ex.input_tokens(), 10)


def _spend_policy(storage: dict[str, Any], cap_usd: float, **glob: Any) -> dict[str, Any]:
    return policy(
        storage,
        {"spend_per_day_usd": 100.0, "max_output_tokens": 10},
        pricing={"gpt-4": {"input_per_mtok": 100.0, "output_per_mtok": 1000.0}},
        **{"global": {"spend_per_day_usd": cap_usd, **glob}},
    )


def _global_spend(warden: Warden) -> tuple[int, int]:
    quota = warden.stage("quota")
    from aiwarden.quota.budgets import bucket_key, budget_specs

    spec = next(s for s in budget_specs(None, warden.policy.global_) if s.metric == "spend")
    key, _ = bucket_key(quota.prefix, spec, "")
    return quota.storage.bucket_values([key])[0] or (0, 0)


def test_200_concurrent_requests_never_settle_more_than_the_cap(storage: dict[str, Any]) -> None:
    # each request reserves ~11_400 micro-dollars (9 in + 10 out tokens) and settles ~1_900-11_000
    cap_usd = 0.1
    warden = Warden(_spend_policy(storage, cap_usd, kill_switch_at_cap=False))
    with ThreadPoolExecutor(32) as pool:
        results = list(pool.map(lambda i: run_sync(warden, body(f"!tokens {i % 12}", model="gpt-4")), range(200)))
    ok = [ex for ex in results if ex.refusal is None]
    refused = [ex for ex in results if ex.refusal is not None]
    held, settled = _global_spend(warden)
    assert settled == sum(ex.cost_settled_micros for ex in ok)
    assert settled <= cap_usd * 1e6 and held == settled
    assert ok and refused
    assert {ex.refusal.code for ex in refused} == {"global_budget_exceeded"}
    assert refused[0].refusal.status == 503


def test_200_concurrent_async_requests_never_settle_more_than_the_cap(storage: dict[str, Any]) -> None:
    cap_usd = 0.1
    warden = Warden(_spend_policy(storage, cap_usd, kill_switch_at_cap=False))

    async def main() -> list[Any]:
        return list(await asyncio.gather(*(run_async(warden, body("!tokens 9", model="gpt-4")) for _ in range(200))))

    results = asyncio.run(main())
    held, settled = _global_spend(warden)
    assert settled == sum(ex.cost_settled_micros for ex in results if ex.refusal is None) <= cap_usd * 1e6
    assert held == settled


def test_streams_settle_from_usage_chunk_counted_output_and_disconnects(storage: dict[str, Any]) -> None:
    warden = Warden(_spend_policy(storage, 10.0))
    with_usage = run_sync(warden, body("!tokens 8", model="gpt-4", stream=True, stream_options={"include_usage": True}))
    assert with_usage.usage.reported and with_usage.usage.output_tokens == 8
    counted = run_sync(warden, body("!tokens 8", model="gpt-4", stream=True))
    assert counted.usage.output_tokens == 8
    cut = run_sync(warden, body("!tokens 8", model="gpt-4", stream=True), disconnect_after=3)
    assert cut.client_disconnected and 0 < cut.usage.output_tokens < 8
    for ex in (with_usage, counted, cut):
        assert ex.cost_settled_micros == ex.usage.input_tokens * 100 + ex.usage.output_tokens * 1000
    _held, settled = _global_spend(warden)
    assert settled == sum(ex.cost_settled_micros for ex in (with_usage, counted, cut))


def test_provider_errors_and_later_refusals_release_the_reservation(storage: dict[str, Any]) -> None:
    warden = Warden(_spend_policy(storage, 10.0))
    ex = run_sync(warden, body("!error 500", model="gpt-4"))
    assert ex.status == 500 and ex.cost_settled_micros == 0
    assert _global_spend(warden) == (0, 0)
    assert not [r for r in ex.reservations if not isinstance(r, Reservation)]


# -- alerts -------------------------------------------------------------------------------------


def test_alerts_fire_once_per_threshold_per_period(storage: dict[str, Any]) -> None:
    alerts: list[Alert] = []
    # every request settles 9 in + 10 out = 10_900 micro-dollars against a 0.05 USD global cap
    warden = Warden(_spend_policy(storage, 0.05, kill_switch_at_cap=False), on_alert=alerts.append)
    for _ in range(8):
        run_sync(warden, body("!tokens 10", model="gpt-4"))
    budget = [a for a in alerts if a.scope == "global"]
    assert [a.threshold for a in budget] == [0.5, 0.8]  # 4 requests settle 43_600 (87%); the 5th cannot fit
    assert all(a.metric == "spend" and a.period == "day" and a.cap == 50_000 for a in budget)
    # a second warden (another worker) sharing the storage does not repeat them
    again: list[Alert] = []
    other = Warden(_spend_policy(storage, 0.05, kill_switch_at_cap=False), on_alert=again.append)
    if storage["uri"] != "memory://":
        run_sync(other, body("hi", model="gpt-4", max_tokens=1))
        assert [a for a in again if a.scope == "global" and a.threshold < 1.0] == []


@pytest.mark.parametrize("cap_usd", [0.0115, 0.012])
def test_a_cap_nearly_reached_refuses_but_only_settled_spend_engages_the_switch(
    storage: dict[str, Any], cap_usd: float
) -> None:
    # a request reserves 11_400 micro-dollars and settles ~11_100: the next one cannot fit, and is
    # refused by the budget; settled spend is under the cap, so the switch stays off
    alerts: list[Alert] = []
    warden = Warden(_spend_policy(storage, cap_usd), on_alert=alerts.append)
    first = run_sync(warden, body("!tokens 10", model="gpt-4"))
    assert status(first) == 200 and 0.9 * cap_usd * 1e6 < first.cost_settled_micros < cap_usd * 1e6
    for _ in range(3):
        assert run_sync(warden, body("!tokens 10", model="gpt-4")).refusal.code == "global_budget_exceeded"
    assert warden.stage("quota").storage.get_kill_switch() is None
    assert [a.kind for a in alerts].count("kill_switch") == 0
    # a request small enough to fit settles onto (or past 99% of) the cap; at the cap the switch engages
    small = run_sync(warden, body("hi", model="gpt-4", max_tokens=1))
    held, settled = _global_spend(warden)
    state = warden.stage("quota").storage.get_kill_switch()
    assert (state is not None) == (settled >= cap_usd * 1e6) and held == settled
    if state is not None:
        assert state.by == "automatic" and "global:spend:day" in state.reason and status(small) == 200
        kill = [a for a in alerts if a.kind == "kill_switch"]
        assert len(kill) == 1 and kill[0].value == settled


def test_a_large_request_refused_early_does_not_engage_the_kill_switch(storage: dict[str, Any]) -> None:
    warden = Warden(_spend_policy(storage, 0.02))
    assert status(run_sync(warden, body("!tokens 10", model="gpt-4"))) == 200
    assert run_sync(warden, body("!tokens 10", model="gpt-4")).refusal.code == "global_budget_exceeded"
    assert warden.stage("quota").storage.get_kill_switch() is None


# -- kill switch --------------------------------------------------------------------------------


def test_manual_kill_switch_refuses_then_releases(storage: dict[str, Any]) -> None:
    warden = Warden(policy(storage))
    quota = warden.stage("quota")
    quota.engage("maintenance")
    ex = run_sync(warden)
    assert ex.refusal.status == 503 and ex.refusal.code == "kill_switch_engaged"
    assert "switched off" in ex.refusal.message and "maintenance" not in ex.refusal.message
    assert asyncio.run(run_async(warden)).refusal.code == "kill_switch_engaged"
    quota.release()
    assert status(run_sync(warden)) == 200


@pytest.mark.redis
def test_kill_switch_set_through_one_warden_stops_another(redis_url: str, redis_prefix: str) -> None:
    storage = {"uri": redis_url, "key_prefix": redis_prefix, "kill_switch_cache_seconds": 0}
    a, b = Warden(policy(storage)), Warden(policy(storage))
    assert status(run_sync(b)) == 200
    a.stage("quota").engage("incident", by="test")
    assert run_sync(b).refusal.code == "kill_switch_engaged"
    assert b.stage("quota").storage.get_kill_switch() == KillSwitch(
        "incident", "test", b.stage("quota").storage.get_kill_switch().since
    )
    a.stage("quota").release()
    assert status(run_sync(b)) == 200


def test_monitor_mode_records_quota_refusals(storage: dict[str, Any]) -> None:
    warden = Warden({**policy(storage, {"requests": ["1/hour"]}), "mode": "monitor"})
    run_sync(warden)
    ex = run_sync(warden)
    assert ex.refusal is None and ex.monitored and ex.monitored[0][0] == "quota"


def test_settling_onto_the_cap_engages_the_kill_switch(storage: dict[str, Any]) -> None:
    from aiwarden.quota.plan import Bucket, Plan, Settlement

    quota = Warden(policy(storage)).stage("quota")
    bucket = Bucket(f"{quota.prefix}:b:spend:x:g", 1000, 600, 2_000_000_000, "global:spend:day", True, (500, 800, 1000))
    assert quota.storage.admit(Plan("fixed-window", (), (bucket,))).outcome == "ok"
    done = quota.storage.settle(Settlement((bucket,), (600,), (1000,), "the {label} cap was reached"))
    assert done.kill_switch_engaged and done.totals == (1000,) and done.crossed == ((0, 3),)
    assert quota.storage.get_kill_switch().reason == "the global:spend:day cap was reached"
    again = quota.storage.settle(Settlement((bucket,), (0,), (5,), "the {label} cap was reached"))
    assert not again.kill_switch_engaged and again.crossed == ((3, 3),)


def test_a_plans_amounts_are_taken_instead_of_its_buckets_own(storage: dict[str, Any]) -> None:
    """The stage reuses one tuple of buckets (amount 0) per caller and passes each request's amounts
    in the plan: both back-ends take and refuse by those, not by the buckets' own amounts."""
    from aiwarden.quota.plan import Bucket, Plan

    quota = Warden(policy(storage)).stage("quota")
    tokens = Bucket(f"{quota.prefix}:b:tokens:amounts:u", 100, 0, 2_000_000_000, "user:tokens:day")
    spend = Bucket(f"{quota.prefix}:b:spend:amounts:u", 1000, 0, 2_000_000_000, "user:spend:day")
    assert quota.storage.admit(Plan("fixed-window", (), (tokens, spend), "a", (60, 10))).outcome == "ok"
    assert quota.storage.bucket_values([tokens.key, spend.key]) == [(60, 0), (10, 0)]
    refused = quota.storage.admit(Plan("fixed-window", (), (tokens, spend), "b", (41, 10)))
    assert (refused.outcome, refused.index, refused.held) == ("budget", 0, 60)
    assert quota.storage.admit(Plan("fixed-window", (), (tokens, spend), "c", (40, 990))).outcome == "ok"
    assert quota.storage.bucket_values([tokens.key, spend.key]) == [(100, 0), (1000, 0)]


@pytest.mark.parametrize("strategy", ["moving-window", "sliding-window-counter", "fixed-window"])
def test_remaining_counts_down_from_the_hit_itself(storage: dict[str, Any], strategy: str) -> None:
    """Remaining and reset come from the admission's own pass (no second window lookup), on both back-ends."""
    warden = Warden(policy({**storage, "strategy": strategy}, {"requests": ["4/hour"]}))
    seen = []
    for _ in range(5):
        ex = run_sync(warden)
        headers = ex.refusal.headers if ex.refusal is not None else ex.response_headers
        seen.append((status(ex), headers["x-ratelimit-remaining"], headers["ratelimit"].split(";")[1]))
        # a sliding-window counter still weighs the previous window, so its reset can reach two windows
        longest = 7200 if strategy == "sliding-window-counter" else 3600
        assert 0 <= int(headers["ratelimit"].split(";t=")[1]) <= longest
    assert seen == [(200, "3", "r=3"), (200, "2", "r=2"), (200, "1", "r=1"), (200, "0", "r=0"), (429, "0", "r=0")]


def test_budget_buckets_roll_over_at_midnight_utc(storage: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    """Bucket keys are cached per caller and day: a new UTC day must still get a fresh bucket."""
    import time

    warden = Warden(policy(storage, {"tokens_per_day": 200, "max_output_tokens": 100}))
    day = 1_800_000_000 - 1_800_000_000 % 86400
    monkeypatch.setattr(time, "time", lambda: day + 86400 - 10)
    assert status(run_sync(warden, body("!tokens 100"))) == 200
    assert run_sync(warden).refusal.code == "budget_exceeded"
    monkeypatch.setattr(time, "time", lambda: day + 86400 + 10)
    assert status(run_sync(warden)) == 200


def test_n_answers_are_estimated_and_reserved_n_times(storage: dict[str, Any]) -> None:
    warden = Warden(policy(storage, {"spend_per_day_usd": 1.0}))
    one = run_sync(warden, body(max_tokens=20))
    four = run_sync(warden, body(max_tokens=20, n=4))
    price = warden.stage("quota").prices.price_for("gpt-4o-mini")
    assert one.cost_estimate_micros == price.cost_micros(one.input_tokens(), 20)
    assert four.cost_estimate_micros == price.cost_micros(four.input_tokens(), 80)
    # a budget that one answer fits in and four do not
    tight = Warden(policy(storage, {"tokens_per_day": 60, "max_output_tokens": 20}))
    assert status(run_sync(tight, body(max_tokens=20, n=4))) == 429
    assert status(run_sync(tight, body(max_tokens=20))) == 200


def test_user_alerts_carry_the_hashed_subject_when_audit_hashes_subjects(
    storage: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AIWARDEN_TEST_SUBJECT_KEY", "k" * 32)
    alerts: list[Alert] = []
    pol = policy(storage, {"tokens_per_day": 60, "max_output_tokens": 10})
    pol["audit"] = {"hash_subjects_key_env": "AIWARDEN_TEST_SUBJECT_KEY"}
    warden = Warden(pol, on_alert=alerts.append)
    for _ in range(4):
        run_sync(warden, body("!tokens 10", max_tokens=10))
    users = [a for a in alerts if a.scope == "user"]
    assert users, "the user's budget crossed a threshold"
    subject = run_sync(warden, body("hi", max_tokens=1)).subject
    hashed = warden.stage("audit").hasher(subject)
    assert all(a.subject == hashed and subject not in a.message for a in users)


def test_alert_messages_show_caps_under_a_cent() -> None:
    tiny = Alert("budget", "global", None, "spend", "day", "20250131", 0.8, 3_360, 4_200)
    assert "$0.00336 of $0.0042" in tiny.message  # was "$0.00 of $0.00"
    usual = Alert("budget", "global", None, "spend", "day", "20250131", 0.8, 800_000, 1_000_000)
    assert "$0.80 of $1.00" in usual.message


@pytest.mark.redis
def test_the_kill_switch_engaged_in_this_process_applies_to_its_next_request(redis_url: str, redis_prefix: str) -> None:
    # engage() wrote the switch but left this worker's cached reading ("off", kept for
    # kill_switch_cache_seconds): a route without limits or budgets, where no admission script
    # re-reads it, kept calling the provider after the operator pulled the switch
    policy = {
        "auth": {"required": False, "anonymous_tier": "free"},
        "tiers": {"free": {}},
        "storage": {"uri": redis_url, "key_prefix": redis_prefix, "kill_switch_cache_seconds": 60},
    }
    warden = Warden(policy)
    quota = warden.stage("quota")
    assert run_sync(warden).status == 200
    quota.engage("incident")
    try:
        ex = run_sync(warden)
        assert ex.refusal is not None and ex.refusal.code == "kill_switch_engaged"
    finally:
        quota.release()
    assert run_sync(warden).status == 200

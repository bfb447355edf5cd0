"""Quota across processes and through a Redis outage: real processes, real redis-server."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from aiwarden.warden import Warden
from tests.redis_servers import Server, have_redis_server, server

from .quota_support import body, run_async, run_sync, status

pytestmark = pytest.mark.redis

ROOT = Path(__file__).resolve().parents[2]

WORKER = """
import asyncio, json, sys
sys.path.insert(0, {tests!r})
from core.quota_support import run_async, status
from aiwarden.warden import Warden
warden = Warden(json.loads(sys.argv[1]))
sys.stdout.write("ready\\n"); sys.stdout.flush()
sys.stdin.readline()  # both workers start together

async def main():
    return [status(ex) for ex in await asyncio.gather(*(run_async(warden) for _ in range(50)))]

print(json.dumps(asyncio.run(main())))
"""


def _policy(uri: str, prefix: str, **tier: Any) -> dict[str, Any]:
    return {
        "auth": {"required": False, "anonymous_tier": "free"},
        "tiers": {"free": {"max_output_tokens": 20, **tier}},
        "storage": {"uri": uri, "key_prefix": prefix, "kill_switch_cache_seconds": 0},
    }


def test_two_worker_processes_sharing_redis_admit_exactly_20_of_100(redis_url: str, redis_prefix: str) -> None:
    pol = json.dumps(_policy(redis_url, redis_prefix, requests=["20/hour"]))
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER.format(tests=str(ROOT / "tests")), pol],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(2)
    ]
    try:
        for p in procs:
            assert p.stdout.readline().strip() == "ready"
        for p in procs:
            p.stdin.write("go\n")
            p.stdin.flush()
        results = [json.loads(p.communicate(timeout=120)[0].strip().splitlines()[-1]) for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
    statuses = results[0] + results[1]
    assert len(statuses) == 100
    assert statuses.count(200) == 20 and statuses.count(429) == 80


def test_kill_switch_from_the_cli_stops_another_process(redis_url: str, redis_prefix: str) -> None:
    prefix = redis_prefix
    warden = Warden(_policy(redis_url, prefix))
    assert status(run_sync(warden)) == 200
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "AIWARDEN_STORAGE_URI": redis_url}
    policy_file = Path(f"/tmp/aiwarden-{prefix}.toml")
    policy_file.write_text(f'[storage]\nuri = "memory://"\nkey_prefix = "{prefix}"\n')
    try:
        cli = [sys.executable, "-m", "aiwarden.cli", "killswitch"]
        out = subprocess.run(
            [*cli, "on", "--reason", "incident 42", "--policy", str(policy_file), "--json"],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        assert json.loads(out.stdout)["on"] is True
        ex = run_sync(warden)
        assert ex.refusal.status == 503 and ex.refusal.code == "kill_switch_engaged"
        status_cmd = [*cli, "status", "--policy", str(policy_file)]
        status_out = subprocess.run(status_cmd, capture_output=True, text=True, env=env)
        assert status_out.returncode == 1  # status exits 1 while the switch is on
        assert "kill switch: ON since " in status_out.stdout and "by cli: incident 42" in status_out.stdout
        subprocess.run([*cli, "off", "--policy", str(policy_file)], capture_output=True, env=env, check=True)
        assert status(run_sync(warden)) == 200
    finally:
        policy_file.unlink(missing_ok=True)


def test_usage_command_reports_counts_tokens_and_spend(redis_url: str, redis_prefix: str) -> None:
    prefix = redis_prefix
    pol = _policy(redis_url, prefix, requests=["10/hour"], tokens_per_day=10_000, spend_per_day_usd=1.0)
    warden = Warden(pol)
    done = [run_sync(warden) for _ in range(3)]
    policy_file = Path(f"/tmp/aiwarden-{prefix}.toml")
    policy_file.write_text(
        f'[auth]\nrequired = false\nanonymous_tier = "free"\n[storage]\nkey_prefix = "{prefix}"\n'
        '[tiers.free]\nrequests = ["10/hour"]\ntokens_per_day = 10000\nspend_per_day_usd = 1.0\n'
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "AIWARDEN_POLICY": str(policy_file)}
    try:
        out = subprocess.run(
            [sys.executable, "-m", "aiwarden", "usage", "anonymous:10.0.0.1", "--storage", redis_url, "--json"],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
    finally:
        policy_file.unlink(missing_ok=True)
    doc = json.loads(out.stdout)
    assert doc["requests"]["free"][0]["remaining"] == 7
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", doc["budgets"]["tokens_per_day"]["resets_at"])
    assert doc["budgets"]["tokens_per_day"]["settled"] == sum(ex.usage.total_tokens for ex in done)
    assert doc["budgets"]["spend_per_day"]["settled"] == pytest.approx(sum(ex.cost_settled_micros for ex in done) / 1e6)
    assert doc["budgets"]["spend_per_day"]["caps"] == {"free": 1.0}


# -- a Redis of our own, stopped and restarted mid-run -------------------------------------------


@pytest.fixture
def own_redis(redis_url: str) -> Any:
    """A redis-server of this test's own (tests/redis_servers.py), stopped and started again by it."""
    if not have_redis_server():
        pytest.skip("redis-server is not installed")
    with server() as s:
        yield s


@pytest.mark.parametrize("driver", ["sync", "async"])
def test_fail_closed_refuses_with_503_while_redis_is_down_then_recovers(
    own_redis: Server, driver: str, caplog: pytest.LogCaptureFixture
) -> None:
    import asyncio

    def run(w: Warden) -> Any:
        return run_sync(w) if driver == "sync" else asyncio.run(run_async(w))

    warden = Warden(_policy(own_redis.url, "outage", requests=["100/hour"], spend_per_day_usd=1.0))
    assert status(run(warden)) == 200
    own_redis.stop()
    ex = run(warden)
    assert ex.refusal.status == 503 and ex.refusal.code in ("quota_unavailable",)
    assert "Traceback" not in ex.refusal.message and "Redis" not in ex.refusal.message
    assert ex.refusal.headers["retry-after"] == "1"
    assert any("fail_closed" in r.getMessage() for r in caplog.records)
    own_redis.start()
    assert status(run(warden)) == 200  # no restart of the app: the client reconnects


def test_fail_open_lets_requests_through_and_logs_loudly(own_redis: Server, caplog: pytest.LogCaptureFixture) -> None:
    pol = _policy(own_redis.url, "outage", requests=["100/hour"])
    pol["storage"]["on_error"] = "fail_open"
    warden = Warden(pol)
    assert status(run_sync(warden)) == 200
    own_redis.stop()
    ex = run_sync(warden)
    assert ex.refusal is None and ex.status == 200 and ex.flags["quota_storage_error"] is True
    assert any(r.levelname == "ERROR" and "UNCHECKED" in r.getMessage() for r in caplog.records)
    own_redis.start()
    assert status(run_sync(warden)) == 200


def test_budget_keys_always_expire_even_when_settle_recreates_them(redis_url: str, redis_prefix: str) -> None:
    """Expiry is set when a bucket is created: by the admission, or by a settlement after eviction."""
    import redis

    from aiwarden.quota.plan import Bucket, Plan, Settlement

    quota = Warden(_policy(redis_url, redis_prefix)).stage("quota")
    expires = int(time.time()) + 3600
    bucket = Bucket(f"{quota.prefix}:b:tokens:x:g", 1000, 60, expires, "global:tokens:day", False, (500,))
    client = redis.Redis.from_url(redis_url)
    assert quota.storage.admit(Plan("moving-window", (), (bucket,), "t")).outcome == "ok"
    assert 0 < client.ttl(bucket.key) <= 3600
    client.delete(bucket.key)  # evicted between admission and settlement
    done = quota.storage.settle(Settlement((bucket,), (60,), (40,)))
    assert done.totals == (40,) and 0 < client.ttl(bucket.key) <= 3600
    assert client.hget(bucket.key, "held") == b"0"


@pytest.mark.parametrize("driver", ["sync", "async"])
def test_a_connection_the_server_closed_is_replaced_and_the_script_runs_once(own_redis: Server, driver: str) -> None:
    import asyncio

    import redis

    # a server of its own: killing every client of the shared one broke other test runs' requests
    warden = Warden(_policy(own_redis.url, "closed", requests=["10/hour"]))
    admin = redis.Redis.from_url(own_redis.url)

    async def twice() -> tuple[Any, Any]:
        first = await run_async(warden)  # the connection stays with this loop, as in a server
        assert admin.client_kill_filter(_type="normal", skipme=True) >= 1
        await asyncio.sleep(0.05)
        return first, await run_async(warden)

    if driver == "sync":
        first = run_sync(warden)
        # what a server restart or an idle timeout does to pooled connections
        assert admin.client_kill_filter(_type="normal", skipme=True) >= 1
        time.sleep(0.05)
        second = run_sync(warden)
    else:
        first, second = asyncio.run(twice())
    assert first.response_headers["x-ratelimit-remaining"] == "9"
    assert status(second) == 200 and second.response_headers["x-ratelimit-remaining"] == "8"


def _forked_worker(warden: Warden, out: Any) -> None:
    out.put([status(run_sync(warden)) for _ in range(20)])


def test_a_forked_worker_does_not_share_its_parents_connections(redis_url: str, redis_prefix: str) -> None:
    """gunicorn --preload forks after the app (and maybe a connection) exists: counts stay exact."""
    import multiprocessing

    warden = Warden(_policy(redis_url, redis_prefix, requests=["21/hour"]))
    assert status(run_sync(warden)) == 200  # the parent now holds a connection
    ctx = multiprocessing.get_context("fork")
    out = ctx.Queue()
    child = ctx.Process(target=_forked_worker, args=(warden, out))
    child.start()
    mine = [status(run_sync(warden)) for _ in range(20)]
    theirs = out.get(timeout=30)
    child.join(timeout=30)
    assert child.exitcode == 0
    assert (mine + theirs).count(200) == 20 and (mine + theirs).count(429) == 20


# -- settlements sent with the next command (storage.settle_delay_ms) -----------------------------


def _spend_policy(uri: str, prefix: str, delay_ms: float) -> dict[str, Any]:
    return {
        "auth": {"required": False, "anonymous_tier": "free"},
        "tiers": {"free": {"max_output_tokens": 20, "spend_per_day_usd": 1.0}},
        "pricing": {"m": {"input_per_mtok": 1.0, "output_per_mtok": 1.0}},  # 1 micro-dollar a token
        "storage": {"uri": uri, "key_prefix": prefix, "settle_delay_ms": delay_ms},
    }


def _user_spend(warden: Warden, reader: Any) -> tuple[int, int]:
    """(held, settled) of the caller's daily spend, read by ``reader`` (a storage with nothing queued)."""
    from aiwarden.quota.budgets import bucket_key, budget_specs

    quota = warden.stage("quota")
    spec = next(s for s in budget_specs(warden.policy.tiers["free"], warden.policy.global_) if s.metric == "spend")
    return reader.bucket_values([bucket_key(quota.prefix, spec, "anonymous:10.0.0.1")[0]])[0] or (0, 0)


def _other_reader(uri: str, prefix: str) -> Any:
    from aiwarden.quota.redis import RedisStorage

    return RedisStorage(uri, prefix=prefix)  # another worker's view: it has nothing of ours queued


def test_a_settlement_waits_for_the_next_admission_holding_its_reservation(redis_url: str, redis_prefix: str) -> None:
    warden = Warden(_spend_policy(redis_url, redis_prefix, 60_000))  # no request here outlasts it
    other = _other_reader(redis_url, redis_prefix)
    first = run_sync(warden, body("!tokens 3", model="m"))
    reserved = first.reservations[0].amounts
    # queued: another worker sees the reservation still held at its upper bound, nothing settled
    assert _user_spend(warden, other) == (reserved[0], 0)
    second = run_sync(warden, body("!tokens 3", model="m"))
    # the second admission carried the first settlement: settled at its actual cost, and the
    # second reservation held in its place
    assert _user_spend(warden, other) == (
        first.cost_settled_micros + second.reservations[0].amounts[0],
        first.cost_settled_micros,
    )
    warden.stage("quota").storage.flush()
    spent = first.cost_settled_micros + second.cost_settled_micros
    assert 0 < spent < 2 * reserved[0] and _user_spend(warden, other) == (spent, spent)
    other.close()


@pytest.mark.parametrize("driver", ["sync", "async"])
def test_a_worker_with_no_next_request_settles_within_the_delay(redis_url: str, redis_prefix: str, driver: str) -> None:
    import asyncio

    warden = Warden(_spend_policy(redis_url, redis_prefix, 20))
    other = _other_reader(redis_url, redis_prefix)
    ex = (
        run_sync(warden, body("hi", model="m"))
        if driver == "sync"
        else asyncio.run(run_async(warden, body("hi", model="m")))
    )
    spent = ex.cost_settled_micros
    assert spent and ex.reservations
    deadline = time.monotonic() + 30  # a bound for a loaded machine, not a timing assertion
    while _user_spend(warden, other) != (spent, spent):
        assert time.monotonic() < deadline, "the queued settlement was never sent"
        time.sleep(0.01)
    other.close()


def test_a_cancelled_admission_still_delivers_the_settlements_it_carried(redis_url: str, redis_prefix: str) -> None:
    import asyncio

    warden = Warden(_spend_policy(redis_url, redis_prefix, 60_000))
    other = _other_reader(redis_url, redis_prefix)

    async def main() -> int:
        first = await run_async(warden, body("hi", model="m"))
        task = asyncio.create_task(run_async(warden, body("hi", model="m"), client="10.0.0.2"))
        for _ in range(200):  # until the admission (carrying the settlement) is on its way
            await asyncio.sleep(0)
            if not warden.stage("quota").storage._deferred._items:
                break
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        for _ in range(3000):  # the reply arrives after the cancellation: the settlement is heard then
            if _user_spend(warden, other) == (first.cost_settled_micros,) * 2:
                break
            await asyncio.sleep(0.01)
        return first.cost_settled_micros

    spent = asyncio.run(main())
    assert spent and _user_spend(warden, other) == (spent, spent)
    other.close()


def test_a_settlement_that_cannot_be_sent_is_flagged_and_logged(
    own_redis: Server, caplog: pytest.LogCaptureFixture
) -> None:
    warden = Warden(_spend_policy(own_redis.url, "t", 60_000))
    ex = run_sync(warden, body("hi", model="m"))
    assert status(ex) == 200 and not ex.flags.get("quota_settle_failed")
    own_redis.stop()
    warden.stage("quota").storage.flush()
    assert ex.flags.get("quota_settle_failed") is True
    assert f"could not settle request {ex.request_id}" in caplog.text

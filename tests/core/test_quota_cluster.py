"""Quota on a 3-node Redis Cluster of the test's own: what docs/quota.md ("Redis Cluster") promises.

* a caller's limits and budgets hash by caller, so callers spread evenly over the nodes;
* every limit and budget is exact, the global ones included (the caller's slot, then the shared
  slot, with the caller's part taken back when the shared slot refuses);
* the kill switch is exact when the plan has global limits or budgets, and an admission that did
  not read it never refreshes the cached reading.
"""

from __future__ import annotations

import asyncio
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
import redis

from aiwarden.quota.budgets import bucket_key, budget_specs
from aiwarden.quota.rates import limits_for
from aiwarden.warden import Warden
from tests.redis_servers import Cluster

from .quota_support import body, run_async, run_sync, status

pytestmark = pytest.mark.redis


def _policy(
    url: str, prefix: str, tier: dict[str, Any], glob: dict[str, Any] | None = None, **storage: Any
) -> dict[str, Any]:
    return {
        "auth": {"required": False, "anonymous_tier": "free"},
        "tiers": {"free": {"max_output_tokens": 10, **tier}},
        "global": glob or {},
        "pricing": {"m": {"input_per_mtok": 100.0, "output_per_mtok": 1000.0}},
        "storage": {"uri": url, "key_prefix": prefix, **storage},
    }


def _keys_per_node(c: Cluster, prefix: str) -> dict[int, list[str]]:
    out = {}
    for node in c.nodes:
        client = redis.Redis(port=node.port, decode_responses=True)
        out[node.port] = [k for k in client.scan_iter(match=f"*{prefix}*", count=1000)]
        client.close()
    return out


def _drop(c: Cluster, prefix: str) -> None:
    for node in c.nodes:
        client = redis.Redis(port=node.port)
        for key in list(client.scan_iter(match=f"*{prefix}*", count=1000)):
            client.delete(key)
        client.close()


def test_callers_spread_evenly_over_the_nodes(redis_cluster: Cluster) -> None:
    prefix = f"c{uuid.uuid4().hex[:8]}"
    warden = Warden(_policy(redis_cluster.url, prefix, {"requests": ["100/hour"], "spend_per_day_usd": 1.0}))
    try:
        for i in range(600):
            assert status(run_sync(warden, body("hi", model="m"), client=f"10.1.{i // 250}.{i % 250}")) == 200
        per_node = _keys_per_node(redis_cluster, prefix)
        counts = [len(v) for v in per_node.values()]
        assert sum(counts) == 1200  # one limit and one budget per caller
        even = sum(counts) / len(counts)
        assert all(abs(n - even) <= 0.2 * even for n in counts), counts
        # a caller's keys share one node (one script admits them)
        for keys in per_node.values():
            tags = Counter(k[: k.index("}") + 1] for k in keys)
            assert all(n == 2 for n in tags.values())
    finally:
        _drop(redis_cluster, prefix)


@pytest.mark.parametrize("driver", ["threads", "async"])
def test_user_and_global_limits_are_exact_and_refused_parts_are_taken_back(redis_cluster: Cluster, driver: str) -> None:
    # 8 callers x 10 requests; 5 per caller, 30 in all: exactly 30 are admitted, none over 5 per
    # caller, and each caller's counter ends at what was admitted (hits refused by the global limit
    # were taken back from the caller's slot)
    prefix = f"c{uuid.uuid4().hex[:8]}"
    warden = Warden(_policy(redis_cluster.url, prefix, {"requests": ["5/hour"]}, {"requests": ["30/hour"]}))
    clients = [f"10.2.0.{u}" for u in range(8) for _ in range(10)]
    try:
        if driver == "threads":
            with ThreadPoolExecutor(16) as pool:
                results = list(pool.map(lambda ip: run_sync(warden, body("hi", model="m"), client=ip), clients))
        else:

            async def main() -> list[Any]:
                return list(
                    await asyncio.gather(*(run_async(warden, body("hi", model="m"), client=ip) for ip in clients))
                )

            results = asyncio.run(main())
        admitted = Counter(ip for ip, ex in zip(clients, results, strict=True) if status(ex) == 200)
        assert sum(admitted.values()) == 30
        assert max(admitted.values()) <= 5
        codes = {ex.refusal.code for ex in results if ex.refusal is not None}
        assert codes == {"rate_limit_exceeded"}
        storage = warden.stage("quota").storage
        for u in range(8):
            ip = f"10.2.0.{u}"
            lims = limits_for(warden.stage("quota").prefix, f"anonymous:{ip}", ["5/hour"], (), "", ())
            assert storage.limit_values(list(lims))[0][0] == 5 - admitted[ip], ip
        glob = limits_for(warden.stage("quota").prefix, "", (), (), "", ["30/hour"])
        assert storage.limit_values(list(glob))[0][0] == 0
    finally:
        _drop(redis_cluster, prefix)


def test_global_budget_settles_under_the_cap_and_user_budgets_are_exact(redis_cluster: Cluster) -> None:
    prefix = f"c{uuid.uuid4().hex[:8]}"
    pol = _policy(
        redis_cluster.url, prefix, {"spend_per_day_usd": 0.03}, {"spend_per_day_usd": 0.1, "kill_switch_at_cap": True}
    )
    warden = Warden(pol)
    clients = [f"10.3.0.{u}" for u in range(6) for _ in range(12)]
    try:
        with ThreadPoolExecutor(16) as pool:
            results = list(pool.map(lambda ip: run_sync(warden, body("!tokens 9", model="m"), client=ip), clients))
        quota = warden.stage("quota")
        specs = budget_specs(warden.policy.tiers["free"], warden.policy.global_)
        g = next(s for s in specs if s.scope == "global")
        held, settled = quota.storage.bucket_values([bucket_key(quota.prefix, g, "")[0]])[0]
        assert held == settled == sum(ex.cost_settled_micros or 0 for ex in results) <= 100_000
        u = next(s for s in specs if s.scope == "user")
        for ip in {*clients}:
            mine = sum(ex.cost_settled_micros or 0 for c, ex in zip(clients, results, strict=True) if c == ip)
            row = quota.storage.bucket_values([bucket_key(quota.prefix, u, f"anonymous:{ip}")[0]])[0] or (0, 0)
            assert row == (mine, mine) and mine <= 30_000
        assert (quota.storage.get_kill_switch() is not None) == (settled >= 100_000)
    finally:
        quota.storage.set_kill_switch(None)
        _drop(redis_cluster, prefix)


def test_kill_switch_is_exact_with_shared_state_and_cached_without(redis_cluster: Cluster) -> None:
    prefix = f"c{uuid.uuid4().hex[:8]}"
    # a long cache: only an admission that reads the switch may see it within the hour
    shared = Warden(
        _policy(
            redis_cluster.url,
            prefix,
            {"requests": ["100/hour"]},
            {"requests": ["1000/hour"]},
            kill_switch_cache_seconds=3600,
        )
    )
    own = Warden(_policy(redis_cluster.url, prefix, {"requests": ["100/hour"]}, kill_switch_cache_seconds=3600))
    operator = Warden(_policy(redis_cluster.url, prefix, {}))
    try:
        assert status(run_sync(shared)) == 200 and status(run_sync(own)) == 200
        operator.stage("quota").engage("incident")
        # global limits: the shared slot's script reads the switch on every admission
        ex = run_sync(shared)
        assert ex.refusal is not None and ex.refusal.code == "kill_switch_engaged"
        # caller's slot only: the cached reading stands (the documented bound)...
        assert status(run_sync(own)) == 200
        # ...and is not refreshed by admissions that never read the switch: once the cache ends it is seen
        own.services.storage.forget_switch()
        assert run_sync(own).refusal.code == "kill_switch_engaged"
        operator.stage("quota").release()
        shared.services.storage.forget_switch()
        assert status(run_sync(shared)) == 200
    finally:
        operator.stage("quota").release()
        _drop(redis_cluster, prefix)


def test_round_trips_one_script_on_a_plain_server_two_on_the_cluster_with_shared_state(
    redis_cluster: Cluster,
) -> None:
    from tests.redis_servers import server

    def evalsha(ports: list[int]) -> int:
        n = 0
        for port in ports:
            stats = redis.Redis(port=port).info("commandstats")
            n += stats.get("cmdstat_evalsha", {}).get("calls", 0)
        return n

    def reads(stats: redis.Redis) -> int:  # the server's read events: one per round trip of a client
        return int(stats.info("stats")["total_reads_processed"])

    prefix = f"c{uuid.uuid4().hex[:8]}"
    tier = {"requests": ["100/hour"], "spend_per_day_usd": 1.0}
    glob = {"requests": ["1000/hour"], "spend_per_day_usd": 10.0}
    with server() as plain:
        for delay, trips in ((0, 20), (60_000, 10)):
            # a delay no request here outlasts: no settlement goes on its own while they run
            w = Warden(_policy(plain.url, prefix, tier, glob, settle_delay_ms=delay))
            quota = w.stage("quota")
            run_sync(w, body("hi", model="m"))  # loads the scripts
            quota.storage.flush()
            stats = redis.Redis(port=plain.port)
            info_reads = reads(stats) - reads(stats)  # what reading the count costs (negated)
            before, before_reads = evalsha([plain.port]), reads(stats)
            for _ in range(10):
                assert status(run_sync(w, body("hi", model="m"))) == 200
            after_reads = reads(stats)
            # admit + settle, one script each, whether settled in place or with the next admission
            quota.storage.flush()
            assert evalsha([plain.port]) - before == 20
            # round trips: two per request settling in place; one when the settlement rides along
            # with the next admission (the tenth is still queued: sent by the flush above)
            assert after_reads - before_reads + info_reads == trips
            stats.close()
            quota.storage.close()
    ports = [n.port for n in redis_cluster.nodes]
    try:
        for g, per_request in ((glob, 4), ({}, 2)):
            w = Warden(_policy(redis_cluster.url, prefix, tier, g))
            run_sync(w, body("hi", model="m"))
            before = evalsha(ports)
            for _ in range(10):
                assert status(run_sync(w, body("hi", model="m"))) == 200
            # with shared state: the caller's slot and the shared slot, to admit and to settle
            assert evalsha(ports) - before == 10 * per_request
    finally:
        _drop(redis_cluster, prefix)

"""Failure drills on real servers of the test's own, under load (threads driving whole requests):

* a Redis server stopped and restarted mid-load: fail closed (503 ``quota_unavailable`` with
  ``Retry-After``), then recovery; with an append-only file the counters survive the restart;
* a slot moved between Cluster nodes mid-load (the busy caller's and the shared one): redirections
  (MOVED/ASK/TRYAGAIN) are followed, no error reaches a client, counts stay exact;
* a server full at ``maxmemory`` with ``noeviction``: a clear refusal, no crash, recovery once
  memory is freed.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
import redis

from aiwarden.effects import drive_sync
from aiwarden.exchange import Exchange
from aiwarden.policy import RouteSpec
from aiwarden.quota.budgets import bucket_key, budget_specs
from aiwarden.quota.rates import limits_for
from aiwarden.warden import Warden
from tests.redis_servers import Cluster, have_redis_server, server

from .quota_support import PROVIDER, _answer, _request, body, run_sync, status

pytestmark = [
    pytest.mark.redis,
    pytest.mark.skipif(not have_redis_server(), reason="redis-server is not installed; the drills start their own"),
]


def _policy(url: str, prefix: str, **tier: Any) -> dict[str, Any]:
    return {
        "auth": {"required": False, "anonymous_tier": "free"},
        "tiers": {"free": {"max_output_tokens": 10, **tier}},
        "pricing": {"m": {"input_per_mtok": 100.0, "output_per_mtok": 1000.0}},
        "storage": {"uri": url, "key_prefix": prefix, "timeout_seconds": 0.5},
    }


def _under_load(
    warden: Warden, clients: list[str], during: Callable[[Callable[[], int]], None], threads: int = 6
) -> list[Exchange]:
    """Requests from ``clients`` in turn on ``threads`` threads; ``during(answered)`` runs once 30
    have been answered (``answered()`` counts them), and the load goes on until 30 more were
    answered after it. Every exchange is returned."""
    out: list[Exchange] = []
    lock = threading.Lock()
    stop = threading.Event()

    def worker(k: int) -> None:
        i = k
        while not stop.is_set():
            ex = run_sync(warden, body("hi", model="m"), client=clients[i % len(clients)])
            with lock:
                out.append(ex)
            i += threads

    def answered() -> int:
        with lock:
            return len(out)

    def wait_for(n: int) -> None:
        deadline = time.monotonic() + 60
        while answered() < n and time.monotonic() < deadline:
            time.sleep(0.01)

    with ThreadPoolExecutor(threads) as pool:
        futures = [pool.submit(worker, k) for k in range(threads)]
        try:
            wait_for(30)
            during(answered)
            wait_for(answered() + 30)
        finally:
            stop.set()
        for f in futures:
            f.result()
    return out


def test_a_server_stopped_and_restarted_mid_load_fails_closed_then_recovers_with_its_counters(
    caplog: pytest.LogCaptureFixture,
) -> None:
    prefix = f"d{uuid.uuid4().hex[:8]}"
    # appendfsync always: what the server acknowledged survives its restart
    with server("--appendonly", "yes", "--appendfsync", "always") as s:
        warden = Warden(_policy(s.url, prefix, requests=["100000/hour"], spend_per_day_usd=100.0))

        def outage(answered: Callable[[], int]) -> None:
            s.stop()
            time.sleep(0.5)
            s.start()

        results = _under_load(warden, ["10.9.0.1"], outage)
        # the load's last 30 answers can all be quick refusals while the restarted server still loads
        # its append-only file (seen in CI): go on, one request at a time, until one is admitted
        deadline = time.monotonic() + 15
        while status(results[-1]) != 200 and time.monotonic() < deadline:
            time.sleep(0.05)
            results.append(run_sync(warden, body("hi", model="m"), client="10.9.0.1"))
        codes = Counter(ex.refusal.code if ex.refusal is not None else status(ex) for ex in results)
        assert set(codes) == {200, "quota_unavailable"}, codes  # nothing else: no traceback, no 500
        down = [ex for ex in results if ex.refusal is not None]
        assert all(ex.refusal.status == 503 and ex.refusal.headers["retry-after"] == "1" for ex in down)
        assert status(results[-1]) == 200  # recovered by itself
        # the counter survived: it holds every admitted request, plus at most the scripts that ran
        # as the server went down and whose answer was lost (one per thread)
        lim = limits_for(warden.stage("quota").prefix, "anonymous:10.9.0.1", ["100000/hour"], (), "", ())
        used = 100000 - warden.stage("quota").storage.limit_values(list(lim))[0][0]
        assert codes[200] <= used <= codes[200] + 6
        assert "fail_closed refuses" in caplog.text
        warden.stage("quota").storage.close()


def _redirections(c: Cluster) -> int:
    """TRYAGAIN and ASK replies the nodes have sent (``INFO errorstats``)."""
    n = 0
    for node in c.nodes:
        client = redis.Redis(port=node.port)
        stats = client.info("errorstats")
        client.close()
        n += sum(int(v.get("count", 0)) for k, v in stats.items() if k in ("errorstat_TRYAGAIN", "errorstat_ASK"))
    return n


def _move_slot(c: Cluster, slot: int, answered: Callable[[], int]) -> tuple[int, int, int]:
    """Move ``slot`` to another node the way ``redis-cli --cluster reshard`` does: IMPORTING on the
    target, MIGRATING on the source, keys moved in small batches (a pause between them, so that
    requests run while the slot is half moved), then the slot assigned to the target everywhere."""
    source = c.owner(slot)
    target = next(n for n in c.nodes if n is not source)
    src, dst = redis.Redis(port=source.port), redis.Redis(port=target.port)
    src_id, dst_id = c.node_id(source), c.node_id(target)
    dst.execute_command("CLUSTER", "SETSLOT", slot, "IMPORTING", src_id)
    src.execute_command("CLUSTER", "SETSLOT", slot, "MIGRATING", dst_id)
    before = _redirections(c)
    while keys := src.execute_command("CLUSTER", "GETKEYSINSLOT", slot, 1):
        src.execute_command("MIGRATE", "127.0.0.1", target.port, "", 0, 5000, "KEYS", *keys)
        time.sleep(0.1)
    for node in c.nodes:
        redis.Redis(port=node.port).execute_command("CLUSTER", "SETSLOT", slot, "NODE", dst_id)
    src.close()
    dst.close()
    return source.port, target.port, _redirections(c) - before


@pytest.mark.parametrize("which", ["caller", "shared"])
def test_a_slot_moved_mid_load_reaches_no_client_and_counts_stay_exact(redis_cluster: Cluster, which: str) -> None:
    prefix = f"d{uuid.uuid4().hex[:8]}"
    pol = _policy(redis_cluster.url, prefix, requests=["100000/hour"], spend_per_day_usd=100.0)
    pol["global"] = {"requests": ["100000/hour"], "spend_per_day_usd": 1000.0}
    warden = Warden(pol)
    quota = warden.stage("quota")
    ip = "10.9.1.1"
    lim = limits_for(quota.prefix, f"anonymous:{ip}", ["100000/hour"], (), "", ["100000/hour"])
    key = lim[0].key if which == "caller" else lim[1].key
    probe = redis.Redis(port=redis_cluster.nodes[0].port)
    slot = int(probe.execute_command("CLUSTER", "KEYSLOT", key))
    probe.close()
    assert status(run_sync(warden, body("hi", model="m"), client=ip)) == 200  # the keys exist before the move
    moved: list[tuple[int, int, int]] = []
    try:
        results = _under_load(warden, [ip], lambda answered: moved.append(_move_slot(redis_cluster, slot, answered)))
        codes = Counter(ex.refusal.code if ex.refusal is not None else status(ex) for ex in results)
        assert codes == {200: len(results)}, codes
        assert redis_cluster.owner(slot).port == moved[0][1]
        assert moved[0][2] > 0  # requests met the slot half moved (TRYAGAIN or ASK) and were served
        # exact: every admitted request counted once, in the caller's limit and the global one
        remaining = quota.storage.limit_values(list(lim))
        assert [100000 - r for r, _ in remaining] == [len(results) + 1, len(results) + 1]
    finally:
        for node in redis_cluster.nodes:
            client = redis.Redis(port=node.port)
            for k in list(client.scan_iter(match=f"*{prefix}*", count=1000)):
                client.delete(k)
            client.close()


def test_a_full_server_with_noeviction_refuses_clearly_and_recovers(caplog: pytest.LogCaptureFixture) -> None:
    prefix = f"d{uuid.uuid4().hex[:8]}"
    with server("--maxmemory-policy", "noeviction") as s:
        warden = Warden(_policy(s.url, prefix, requests=["1000/hour"], spend_per_day_usd=100.0))
        assert status(run_sync(warden, body("hi", model="m"), client="10.9.2.0")) == 200
        # a request admitted before the server filled up: its settlement must still land
        in_flight = warden.exchange(_request("10.9.2.0"), RouteSpec())
        forwarded = drive_sync(in_flight.check(body("!tokens 5", model="m")))
        filler = redis.Redis(port=s.port)
        for n in range(40):  # someone else's data, then the server is full: used memory over maxmemory
            filler.set(f"filler:{n}", "x" * 65536)
        used = int(filler.info("memory")["used_memory"])
        filler.config_set("maxmemory", used - 512 * 1024)  # a margin: no request can free enough to fit
        with pytest.raises(redis.exceptions.OutOfMemoryError):
            filler.set("one-more", "x")
        # new callers (new keys) and the known one alike: a clear 503, never a crash
        for i in range(20):
            ex = run_sync(warden, body("hi", model="m"), client=f"10.9.2.{i}")
            assert ex.refusal is not None and ex.refusal.status == 503, i
            assert ex.refusal.code == "quota_unavailable" and ex.refusal.headers["retry-after"] == "1"
        assert "OutOfMemoryError" in caplog.text or "OOM" in caplog.text
        _answer(in_flight, forwarded, PROVIDER, None)
        drive_sync(in_flight.finish())
        assert in_flight.status == 200 and not in_flight.flags.get("quota_settle_failed")
        quota = warden.stage("quota")
        spec = next(s for s in budget_specs(warden.policy.tiers["free"], warden.policy.global_) if s.scope == "user")
        held, settled = quota.storage.bucket_values([bucket_key(quota.prefix, spec, "anonymous:10.9.2.0")[0]])[0]
        assert held == settled > 0  # settled on the full server, nothing left held
        filler.flushdb()
        filler.close()
        assert status(run_sync(warden, body("hi", model="m"), client="10.9.2.99")) == 200
        warden.stage("quota").storage.close()


def test_a_cluster_node_stopped_and_restarted_mid_load_fails_closed_then_recovers() -> None:
    from tests.redis_servers import cluster

    prefix = f"d{uuid.uuid4().hex[:8]}"
    with cluster(3) as c:  # a cluster of its own: this one is broken on purpose
        pol = _policy(c.url, prefix, requests=["100000/hour"], spend_per_day_usd=100.0)
        pol["global"] = {"requests": ["100000/hour"]}
        warden = Warden(pol)
        quota = warden.stage("quota")
        shared_slot = int(
            redis.Redis(port=c.nodes[0].port).execute_command("CLUSTER", "KEYSLOT", quota.storage.kill_key)
        )
        victim = c.owner(shared_slot)  # the shared slot's node: every admission needs it

        def outage(answered: Callable[[], int]) -> None:
            victim.stop()
            # down until 20 more answers came back (refusals) or 5 s passed (redis-py retrying)
            seen, until = answered(), time.monotonic() + 5
            while answered() < seen + 20 and time.monotonic() < until:
                time.sleep(0.05)
            victim.start()  # it rejoins from its nodes.conf
            deadline = time.monotonic() + 30
            while "cluster_state:ok" not in victim.cli("cluster", "info") and time.monotonic() < deadline:
                time.sleep(0.1)

        clients = [f"10.9.3.{i}" for i in range(8)]
        results = _under_load(warden, clients, outage)
        codes = Counter(ex.refusal.code if ex.refusal is not None else status(ex) for ex in results)
        # nothing but answers and clear refusals (whether the client's retries bridged the gap
        # depends on how long the node was away: the single-server drill pins the 503 itself)
        assert set(codes) <= {200, "quota_unavailable"} and codes[200] > 0, codes
        assert all(ex.refusal.headers["retry-after"] == "1" for ex in results if ex.refusal is not None)
        assert all(status(ex) == 200 for ex in results[-6:])  # recovered by itself
        quota.storage.close()

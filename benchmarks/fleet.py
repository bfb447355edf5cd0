"""A fleet on one machine: N server worker processes sharing Redis (one server, then a 3-node Cluster).

    python benchmarks/fleet.py [--workers 3] [--users 60] [--per-user 25] [--limit 20] [--rounds 2]

The examples' apps (examples/fastapi_app.py under ``uvicorn --workers N``, examples/flask_app.py
under ``gunicorn -w N``) are served on loopback ports the OS picks, with the example policy cut to
the quota under test: each user may send ``--limit`` requests an hour, a global request limit and
a global daily spend budget apply (large enough never to refuse). Real JWTs, one per user; the
fake provider answers in-process. Redis servers are started here, on free ports
(tests/redis_servers.py), and stopped at the end; nothing else is touched.

Every user sends ``--per-user`` requests (more than the limit), all users at once from a pool of
client threads; the count is bounded (users x per-user) and so is the time (``--timeout``).
Printed per configuration (storage x server):

* admitted vs limit per user: exact means every user got exactly ``min(limit, per-user)``;
* keys per node (the run's keys; each node's share against an even split, the shared slot's
  node has the global keys on top);
* commands per node (``INFO commandstats``: EVALSHA and all commands, during the run);
* p50/p99 client latency of admitted requests and the cluster's added latency against the plain
  server, in interleaved rounds (the machine is shared: medians over rounds).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
import _tree  # noqa: E402

_tree.use()

from tests.redis_servers import Cluster, Server, cluster, free_port, server  # noqa: E402

SECRET = "fleet-bench-secret-" + "x" * 40

POLICY = """
mode = "enforce"
[auth]
jwt_secret_env = "AIWARDEN_JWT_SECRET"
algorithms = ["HS256"]
tier_claim = "tier"
[tiers.free]
models = ["gpt-4o-mini"]
requests = ["{limit}/hour"]
spend_per_day_usd = 5.0
max_output_tokens = 16
{global_section}
[storage]
key_prefix = "{prefix}"
kill_switch_cache_seconds = 1.0
"""


def _serve(kind: str, workers: int, storage_uri: str, policy_file: Path) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    env = {
        **os.environ,
        "AIWARDEN_JWT_SECRET": SECRET,
        "AIWARDEN_POLICY": str(policy_file),
        "AIWARDEN_STORAGE_URI": storage_uri,
        "PYTHONPATH": os.pathsep.join([_tree.src(), str(ROOT / "examples")]),
    }
    if kind == "uvicorn":
        cmd = [sys.executable, "-m", "uvicorn", "fastapi_app:app", "--app-dir", str(ROOT / "examples")]
        cmd += ["--host", "127.0.0.1", "--port", str(port), "--workers", str(workers), "--log-level", "warning"]
    else:
        cmd = [sys.executable, "-m", "gunicorn", "--chdir", str(ROOT / "examples"), "flask_app:app"]
        cmd += ["-b", f"127.0.0.1:{port}", "-w", str(workers), "--log-level", "warning"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    import httpx

    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200:
                return proc, port
        except httpx.HTTPError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            _stop(proc)
            raise RuntimeError(f"{kind} did not start")
        time.sleep(0.1)


def _stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(10)


def _commandstats(ports: list[int]) -> dict[int, tuple[int, int]]:
    """``port -> (EVALSHA calls, all calls)``."""
    import redis

    out = {}
    for port in ports:
        client = redis.Redis(port=port)
        stats = client.info("commandstats")
        client.close()
        out[port] = (
            int(stats.get("cmdstat_evalsha", {}).get("calls", 0)),
            sum(int(v.get("calls", 0)) for v in stats.values()),
        )
    return out


def _keys(ports: list[int], prefix: str) -> dict[int, int]:
    import redis

    out = {}
    for port in ports:
        client = redis.Redis(port=port)
        out[port] = sum(1 for _ in client.scan_iter(match=f"*{prefix}*", count=1000))
        client.close()
    return out


def _load(port: int, tokens: list[str], per_user: int, timeout: float) -> tuple[dict[int, int], list[float], int]:
    """Every user ``per_user`` times, interleaved; ``(admitted per user, latencies of admitted, errors)``."""
    import httpx

    body = json.dumps({"model": "gpt-4o-mini", "max_tokens": 8, "messages": [{"role": "user", "content": "hello"}]})
    order = [u for _ in range(per_user) for u in range(len(tokens))]
    admitted = dict.fromkeys(range(len(tokens)), 0)
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    deadline = time.monotonic() + timeout
    local = threading.local()

    def one(u: int) -> None:
        nonlocal errors
        if time.monotonic() > deadline:
            return
        client = getattr(local, "client", None)
        if client is None:
            client = local.client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30)
        t0 = time.perf_counter()
        r = client.post(
            "/v1/chat/completions",
            content=body,
            headers={"authorization": f"Bearer {tokens[u]}", "content-type": "application/json"},
        )
        dt = time.perf_counter() - t0
        with lock:
            if r.status_code == 200:
                admitted[u] += 1
                latencies.append(dt)
            elif r.status_code != 429:
                errors += 1

    with ThreadPoolExecutor(16) as pool:
        list(pool.map(one, order))
    return admitted, latencies, errors


def _pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(int(q * len(s)), len(s) - 1)] * 1000


def run_one(
    kind: str, storage: str, target: Server | Cluster, args: argparse.Namespace, workdir: Path
) -> dict[str, Any]:
    from aiwarden.auth import mint_token

    prefix = f"fleet{uuid.uuid4().hex[:8]}"
    policy_file = workdir / f"{prefix}.toml"
    glob = "" if args.no_global else '[global]\nrequests = ["1000000/hour"]\nspend_per_day_usd = 10000'
    policy_file.write_text(POLICY.format(limit=args.limit, prefix=prefix, global_section=glob))
    ports = [n.port for n in target.nodes] if isinstance(target, Cluster) else [target.port]
    tokens = [mint_token(SECRET, f"user-{prefix}-{u}", "free", ttl_seconds=3600) for u in range(args.users)]
    proc, port = _serve(kind, args.workers, target.url, policy_file)
    try:
        # warm every worker up (imports, tokenizer, connections) with a user of its own, not measured
        warm = [mint_token(SECRET, f"warm-{prefix}", "free", ttl_seconds=3600)]
        _load(port, warm * (8 * args.workers), 1, args.timeout)
        before = _commandstats(ports)
        t0 = time.monotonic()
        admitted, latencies, errors = _load(port, tokens, args.per_user, args.timeout)
        elapsed = time.monotonic() - t0
        after = _commandstats(ports)
    finally:
        _stop(proc)
    expected = min(args.limit, args.per_user)
    return {
        "server": kind,
        "storage": storage,
        "requests": args.users * args.per_user,
        "seconds": elapsed,
        "exact": sum(1 for n in admitted.values() if n == expected),
        "users": args.users,
        "admitted_min": min(admitted.values()),
        "admitted_max": max(admitted.values()),
        "errors": errors,
        "keys": _keys(ports, prefix),
        "evalsha": {p: after[p][0] - before[p][0] for p in ports},
        "calls": {p: after[p][1] - before[p][1] for p in ports},
        "p50": _pct(latencies, 0.5),
        "p99": _pct(latencies, 0.99),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--workers", type=int, default=3)
    ap.add_argument("--users", type=int, default=60)
    ap.add_argument("--per-user", type=int, default=25)
    ap.add_argument("--limit", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds at most per configuration")
    ap.add_argument("--servers", default="uvicorn,gunicorn")
    ap.add_argument("--no-global", action="store_true", help="no global limit or budget: callers' slots only")
    args = ap.parse_args()
    try:
        load = os.getloadavg()[0]
    except OSError:
        load = float("nan")
    print(f"# fleet: {args.workers} workers, {args.users} users x {args.per_user} requests, limit {args.limit}/hour")
    print("# global limit and budget: " + ("none" if args.no_global else "yes (the shared slot on every request)"))
    print(f"# load average at start {load:.1f} on {os.cpu_count()} CPUs")
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp, server() as plain, cluster(3) as c:
        for r in range(args.rounds):
            for kind in args.servers.split(","):
                # interleaved: plain then cluster, then the other way round
                pair = [("redis", plain), ("cluster", c)] if r % 2 == 0 else [("cluster", c), ("redis", plain)]
                for storage, target in pair:
                    res = run_one(kind, storage, target, args, Path(tmp))
                    res["round"] = r
                    results.append(res)
                    print(json.dumps(res), flush=True)
    print()
    print(
        "| server | storage | exact users | admitted min–max | errors | keys per node | EVALSHA per node | "
        "commands per node | p50 ms | p99 ms |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for res in results:
        print(
            f"| {res['server']} | {res['storage']} | {res['exact']}/{res['users']} | "
            f"{res['admitted_min']}–{res['admitted_max']} | {res['errors']} | "
            f"{' / '.join(str(v) for v in res['keys'].values())} | "
            f"{' / '.join(str(v) for v in res['evalsha'].values())} | "
            f"{' / '.join(str(v) for v in res['calls'].values())} | {res['p50']:.1f} | {res['p99']:.1f} |"
        )
    print()
    for kind in args.servers.split(","):
        p50 = {
            s: statistics.median(r["p50"] for r in results if r["server"] == kind and r["storage"] == s)
            for s in ("redis", "cluster")
        }
        p99 = {
            s: statistics.median(r["p99"] for r in results if r["server"] == kind and r["storage"] == s)
            for s in ("redis", "cluster")
        }
        print(
            f"{kind}: cluster adds p50 {p50['cluster'] - p50['redis']:+.1f} ms "
            f"({p50['cluster'] / p50['redis']:.2f}x), p99 {p99['cluster'] - p99['redis']:+.1f} ms "
            f"({p99['cluster'] / p99['redis']:.2f}x) against one Redis server (medians over rounds)"
        )


if __name__ == "__main__":
    main()

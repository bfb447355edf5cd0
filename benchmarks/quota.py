"""The quota stage's cost per request, against one slowapi and one flask-limiter check on the same storage.

    python benchmarks/quota.py [--n 3000] [--redis redis://127.0.0.1:6379/15]

Ours, per request: the kill switch (``admit``), one rate limit + three budget reservations
(user tokens/day, user spend/day, global spend/day) with the cost estimate (``inspect``), and the
settlement with alert levels (``finish``) — the whole quota stage, both hooks, through the sync
driver. Theirs: one moving-window limit check as each extension performs it per request
(slowapi's ``_check_request_limit`` on a Starlette request; flask-limiter's inside a Flask request
context), default settings. Same ``limits`` strategy (moving window) and the same storage: memory,
then Redis. The exchange and the framework request objects are built outside the timed region.
Printed: median, p90 and mean microseconds per request, and ours over theirs (target ≤ 2×, for
the whole stage). On a plain Redis server a request's settlement is sent with the next request's
admission (``storage.settle_delay_ms``; one round trip per request): it is timed there, and what
is still queued at the end of a round is sent then and charged to that round's last request. Our
time is also shown split into the part before the answer (on the client's critical path) and the
settlement after it (which every adapter runs once the response is sent);
the split is informational, the ratio is always the whole stage's.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import _tree  # noqa: E402

_tree.use()

from aiwarden.context import ChatRequest, HttpRequest, Message, Usage  # noqa: E402
from aiwarden.effects import drive_sync, run_step  # noqa: E402
from aiwarden.kill_switch import KillSwitchStage  # noqa: E402
from aiwarden.policy import RouteSpec  # noqa: E402
from aiwarden.quota import QuotaStage  # noqa: E402
from aiwarden.warden import Warden  # noqa: E402

LIMIT = "1000000/hour"


Contender = tuple[Callable[[], Any], Callable[[Any], Any]]

#: Work a contender leaves queued at the end of a round (our settlements waiting for the next
#: request), sent at the round's end and charged to its last request, so that it is neither left
#: out nor done by a thread while another contender is timed.
ROUND_END: dict[int, Callable[[], None]] = {}


def _interleaved(n: int, contenders: list[Contender], rounds: int = 20) -> list[list[float]]:
    """Time every contender in alternating rounds, so a busy machine slows all of them alike."""
    for setup, run in contenders:  # warm-up: connections, script loading, caches
        for _ in range(200):
            run(setup())
    out: list[list[float]] = [[] for _ in contenders]
    per_round = max(n // rounds, 1)
    for _ in range(rounds):
        for times, contender in zip(out, contenders, strict=True):
            setup, run = contender
            for _ in range(per_round):
                arg = setup()
                t0 = time.perf_counter()
                run(arg)
                times.append((time.perf_counter() - t0) * 1e6)
            end = ROUND_END.get(id(contender))
            if end is not None:
                t0 = time.perf_counter()
                end()
                times[-1] += (time.perf_counter() - t0) * 1e6
    return out


#: Our stage split in two, timed inside the full run: before the answer (kill switch, limits,
#: reservations: on the client's critical path) and after it is sent (settlement and alerts, which
#: every adapter runs once the response is out). The full stage is what the target is about.
SPLIT: dict[str, list[float]] = {"before": [], "after": []}


def ours(uri: str, in_place: bool = False) -> Contender:
    policy = {
        "auth": {"required": False, "anonymous_tier": "free"},
        "tiers": {
            "free": {
                "requests": [LIMIT],
                "tokens_per_day": 10**12,
                "spend_per_day_usd": 10**6,
                "max_output_tokens": 256,
            }
        },
        "global": {"spend_per_day_usd": 10**7},
        "storage": {
            "uri": uri,
            "key_prefix": f"bench{uuid.uuid4().hex[:8]}",
            **({"settle_delay_ms": 0} if in_place else {}),
        },
    }
    warden = Warden(policy, stages=[])
    quota = QuotaStage(warden.services)
    kill_switch = KillSwitchStage(warden.services)
    request = HttpRequest("POST", "/v1/chat/completions", {}, client="10.1.2.3")
    route = RouteSpec()

    def setup() -> Any:
        ex = warden.exchange(request, route)
        ex.tier_name = "free"
        ex.chat = ChatRequest("gpt-4o-mini", [Message.of("user", "Hello there")])
        ex.model_requested = ex.model_used = "gpt-4o-mini"
        ex._input_tokens = 20  # counted by the input stage, not by quota
        return ex

    def run(ex: Any) -> None:
        t0 = time.perf_counter()
        assert drive_sync(run_step(kill_switch.admit(ex))) is None
        assert drive_sync(run_step(quota.inspect(ex))) is None, ex.refusal
        t1 = time.perf_counter()
        ex.usage, ex.status = Usage(20, 40), 200
        drive_sync(run_step(quota.finish(ex)))
        t2 = time.perf_counter()
        SPLIT["before"].append((t1 - t0) * 1e6)
        SPLIT["after"].append((t2 - t1) * 1e6)

    contender = (setup, run)
    ROUND_END[id(contender)] = quota.storage.flush
    return contender


def slowapi_check(uri: str) -> Contender:
    from slowapi import Limiter
    from slowapi.util import get_remote_address
    from starlette.requests import Request

    limiter = Limiter(
        key_func=get_remote_address,
        storage_uri=uri,
        strategy="moving-window",
        key_prefix=f"bench{uuid.uuid4().hex[:8]}",
    )

    @limiter.limit(LIMIT)
    async def chat(request: Request) -> None: ...

    endpoint = chat.__wrapped__ if hasattr(chat, "__wrapped__") else chat
    scope = {
        "type": "http",
        "method": "POST",
        "path": "/v1/chat/completions",
        "headers": [],
        "query_string": b"",
        "client": ("10.1.2.3", 1234),
        "server": ("test", 80),
        "scheme": "http",
        "app": None,
    }

    def setup() -> Any:
        return Request(dict(scope))

    def run(request: Any) -> None:
        limiter._check_request_limit(request, endpoint, False)

    return setup, run


def flask_limiter_check(uri: str) -> Contender:
    import flask
    from flask_limiter import Limiter
    from flask_limiter.util import get_remote_address

    app = flask.Flask("bench")
    limiter = Limiter(
        get_remote_address,
        app=app,
        storage_uri=uri,
        strategy="moving-window",
        key_prefix=f"bench{uuid.uuid4().hex[:8]}",
    )

    @app.post("/v1/chat/completions")
    @limiter.limit(LIMIT)
    def chat() -> str:
        return "ok"

    environ = {"REMOTE_ADDR": "10.1.2.3"}

    def setup() -> Any:
        ctx = app.test_request_context("/v1/chat/completions", method="POST", environ_base=environ)
        ctx.push()
        return ctx

    def run(ctx: Any) -> None:
        try:
            limiter._check_request_limit(in_middleware=False)
        finally:
            ctx.pop()

    return setup, run


def p90(times: list[float]) -> float:
    return statistics.quantiles(times, n=10)[-1]


def report(label: str, times: list[float]) -> tuple[float, float]:
    med, high = statistics.median(times), p90(times)
    print(f"  {label:<46} median {med:8.1f} µs   p90 {high:8.1f} µs   mean {statistics.fmean(times):8.1f} µs")
    return med, high


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=3000)
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/15")
    parser.add_argument("--settle-in-place", action="store_true", help="also run with settle_delay_ms = 0")
    args = parser.parse_args()
    storages = [("memory", "memory://"), ("redis", args.redis)]
    if args.settle_in_place:
        storages.append(("redis, settle_delay_ms = 0 (two round trips)", args.redis))
    for name, uri in storages:
        print(f"{name} ({uri}), {args.n} requests each")
        try:
            contenders = [
                ours(uri, in_place="settle_delay_ms = 0" in name),
                slowapi_check(uri),
                flask_limiter_check(uri),
            ]
            our_t, slow_t, flask_t = _interleaved(args.n, contenders)
        except Exception as exc:  # Redis not running: say so and go on
            print(f"  skipped: {type(exc).__name__}: {exc}")
            continue
        timed = len(our_t)  # the split lists hold the warm-up too: keep the timed runs only
        our = report("aiwarden quota stage (limit+reserve+settle)", our_t)
        before = report("  of which before the answer (limits+reserve)", SPLIT["before"][-timed:])
        report("  of which after the answer (settle+alerts)", SPLIT["after"][-timed:])
        sl = report("slowapi, one limit check", slow_t)
        fl = report("flask-limiter, one limit check", flask_t)
        print(f"  ratio ours/slowapi       {our[0] / sl[0]:5.2f}x median, {our[1] / sl[1]:5.2f}x p90   (target ≤ 2x)")
        print(f"  ratio ours/flask-limiter {our[0] / fl[0]:5.2f}x median, {our[1] / fl[1]:5.2f}x p90   (target ≤ 2x)")
        print(f"  critical path only (settle runs after the response is sent): {before[0] / sl[0]:5.2f}x slowapi")
        SPLIT["before"].clear()
        SPLIT["after"].clear()


if __name__ == "__main__":
    main()

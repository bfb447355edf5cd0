"""Where the guard's CPU goes per request: by phase, by stage, by output filter, and the adapters' share.

    python benchmarks/fixed_cost.py [--n 120] [--k 5] [--policy default|example] [--injection off]

The apps and prompts of overhead.py (a different ~1k-token real prompt each, real-text answers of
~600 characters). Every number is thread CPU time (``time.thread_time``), each request's fastest of
``--k`` runs (the run nothing else on a loaded machine disturbed), median over the prompts: warm
caches, so these are lower bounds of what a server sees (its caches go cold between requests:
server_cpu.py). Printed:

- the exchange (no framework) by phase: made, checked (admit, body, inspect, rendered), its JSON
  answer filtered, finished; and each stage's hooks (their timings read the thread's CPU clock);
- parsing and rendering the request alone (the format's part of ``check``);
- each output filter of the chain on the answers: its ``passes`` test (whether the filter need be
  made at all) and the filter itself when made, with how often it is made;
- each adapter: the bare app, the guard with no stages (the adapter and the exchange's skeleton:
  parse, render, the answer read and written) and the whole guard, all against the same requests.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import types
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import _tree  # noqa: E402

_tree.use()

import overhead  # noqa: E402

from aiwarden import Warden  # noqa: E402
from aiwarden import exchange as exchange_module  # noqa: E402
from aiwarden.context import HttpRequest  # noqa: E402
from aiwarden.effects import drive_sync  # noqa: E402
from aiwarden.formats import decode_json_object  # noqa: E402
from aiwarden.formats.base import render_json  # noqa: E402
from aiwarden.policy import RouteSpec  # noqa: E402
from aiwarden.streaming import FilterFactory  # noqa: E402

PATH = "/v1/chat/completions"


def fastest(k: int, run: Callable[[], Any]) -> float:
    best = float("inf")
    for _ in range(k):
        overhead.forget_counts()
        t = time.thread_time()
        run()
        best = min(best, time.thread_time() - t)
    return best


def _render(fmt: Any, chat: Any, size: int) -> bytes:
    return render_json(fmt.render_request(chat), size).encode()


def _whole(factory: FilterFactory, text: str) -> str:
    f = factory.make()
    return f.feed(text) + f.flush()


def us(values: list[float]) -> float:
    return statistics.median(values) * 1e6


def exchange_phases(n: int, k: int) -> None:
    # the stages' timings read the thread's CPU clock here, not the wall clock
    exchange_module.time = types.SimpleNamespace(perf_counter=time.thread_time, monotonic=time.monotonic)  # type: ignore[assignment]
    warden = Warden(overhead.bench_policy())
    route = warden.route_for("POST", PATH, RouteSpec(system_prompt=overhead.SYSTEM), PATH)
    assert route is not None
    answers = [json.dumps(a).encode() for a in overhead.CannedProvider().json]
    headers = overhead.auth_header()
    rows: dict[str, list[float]] = {}
    for i in range(n):
        overhead.PROMPT = overhead.PROMPTS[i % len(overhead.PROMPTS)]
        body = overhead.body(False)
        best: dict[str, float] | None = None
        for _ in range(k):
            overhead.forget_counts()
            clock = time.thread_time
            t0 = clock()
            http = HttpRequest("POST", PATH, {"content-type": "application/json", **headers}, "", "127.0.0.1")
            ex = warden.exchange(http, route)
            t1 = clock()
            drive_sync(ex.check(body))
            t2 = clock()
            ex.response_start(200, "application/json", None)
            ex.filter_json(answers[i % len(answers)])
            ex.answer_head(100)
            t3 = clock()
            drive_sync(ex.finish())
            t4 = clock()
            run = {"made": t1 - t0, "checked": t2 - t1, "answer filtered": t3 - t2, "finished": t4 - t3}
            run["whole exchange"] = t4 - t0
            run.update({f"  stage {name}": ms / 1000 for name, ms in ex.timings.items()})
            if best is None or run["whole exchange"] < best["whole exchange"]:
                best = run
        assert best is not None
        for key, value in best.items():
            rows.setdefault(key, []).append(value)
    print("exchange, no framework (stage lines: their hooks in every phase)")
    for key, values in rows.items():
        print(f"  {key:<28} {us(values):8.1f} us")


def parse_render(n: int, k: int) -> None:
    warden = Warden(overhead.bench_policy())
    fmt = warden.exchange(HttpRequest("POST", PATH, {}, "", None), RouteSpec()).format
    cols: dict[str, list[float]] = {"decode JSON": [], "parse (format)": [], "render + encode": []}
    for i in range(n):
        overhead.PROMPT = overhead.PROMPTS[i % len(overhead.PROMPTS)]
        body = overhead.body(False)
        doc = decode_json_object(body)
        chat = fmt.parse_request(decode_json_object(body))
        cols["decode JSON"].append(fastest(k, partial(decode_json_object, body)))
        cols["parse (format)"].append(fastest(k, partial(fmt.parse_request, doc)))
        cols["render + encode"].append(fastest(k, partial(_render, fmt, chat, len(body))))
    print(f"the request's JSON ({len(body)} bytes)")
    for key, values in cols.items():
        print(f"  {key:<28} {us(values):8.1f} us")


def output_filters(k: int) -> None:
    warden = Warden(overhead.bench_policy())
    route = warden.route_for("POST", PATH, RouteSpec(system_prompt=overhead.SYSTEM), PATH)
    assert route is not None
    http = HttpRequest("POST", PATH, {"content-type": "application/json", **overhead.auth_header()}, "", "127.0.0.1")
    ex = warden.exchange(http, route)
    overhead.PROMPT = overhead.PROMPTS[0]
    drive_sync(ex.check(overhead.body(False)))
    texts = [a["choices"][0]["message"]["content"] for a in overhead.CannedProvider().json]
    print(f"output filters on {len(texts)} answers of ~{statistics.mean(map(len, texts)):.0f} characters")
    for factory in warden.stage("output").output_filters(ex):
        if not isinstance(factory, FilterFactory):
            continue
        name = type(factory.make()).__name__
        made = [t for t in texts if not factory.passes(t)]
        passes = us([fastest(k, partial(factory.passes, t)) for t in texts])
        runs = [fastest(k, partial(_whole, factory, t)) for t in texts]
        print(f"  {name:<28} passes() {passes:6.1f} us; made for {len(made):2}/{len(texts)}, filter {us(runs):6.1f} us")


def adapters(n: int, k: int) -> None:
    provider = overhead.PROVIDER = overhead.CannedProvider()
    headers = overhead.auth_header()

    class Skeleton(Warden):
        def __init__(self, policy: Any = None, **components: Any) -> None:
            super().__init__(policy, stages=[], **components)

    def builds(name: str) -> tuple[Callable[..., Any], list[Any]] | None:
        import aiwarden.flask
        import aiwarden.starlette.middleware as starlette_middleware

        if name == "django":
            pair = overhead.django_apps(provider)
            return None if pair is None else (overhead.wsgi_call, list(pair))
        make = overhead.starlette_app if name == "starlette" else overhead.flask_app
        call = overhead.asgi_call if name == "starlette" else overhead.wsgi_call
        overhead.PROMPT = overhead.PROMPTS[0]
        apps = []
        for engine in (Warden, Warden, Skeleton):
            starlette_middleware.Warden = engine  # type: ignore[misc]
            aiwarden.flask.Engine = engine  # type: ignore[misc]
            apps.append(make(provider, engine is not Warden or len(apps) == 1))
            call(apps[-1], overhead.body(False), headers)  # Starlette makes its middleware on the first call
        starlette_middleware.Warden = aiwarden.flask.Engine = Warden  # type: ignore[misc]
        return call, apps

    print("adapters: bare app, + the adapter and the exchange's skeleton (no stages), + the whole guard")
    for name in ("starlette", "flask", "django"):
        built = builds(name)
        if built is None:
            continue
        call, apps = built
        cols: list[list[float]] = [[] for _ in apps]
        for i in range(n):
            overhead.PROMPT = overhead.PROMPTS[i % len(overhead.PROMPTS)]
            payload = overhead.body(False)
            for col, app in zip(cols, apps, strict=True):
                col.append(fastest(k, partial(call, app, payload, headers)))
        bare, guarded = us(cols[0]), us(cols[1])
        skeleton = f"{us(cols[2]) - bare:+8.1f}" if len(cols) > 2 else "       -"
        print(f"  {name:<10} bare {bare:6.1f} us, skeleton {skeleton} us, guard {guarded - bare:+8.1f} us")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=120, help="prompts")
    parser.add_argument("--k", type=int, default=5, help="runs of each request; its fastest counts")
    parser.add_argument("--policy", choices=["default", "example"], default="default")
    parser.add_argument("--injection", choices=["off", "flag", "block"], default="off")
    args = parser.parse_args()
    overhead.POLICY, overhead.INJECTION = args.policy, args.injection
    print(f"{args.policy} policy, injection={args.injection}: thread CPU, each request's fastest of {args.k} runs")
    exchange_phases(args.n, args.k)
    parse_render(args.n, args.k)
    output_filters(args.k)
    adapters(args.n, args.k)


if __name__ == "__main__":
    main()

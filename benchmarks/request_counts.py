"""Instructions per request of each adapter, bare and guarded, counted with callgrind.

    python benchmarks/request_counts.py [--n 40] [--policy default|example] [--injection off]
        [--adapters starlette,flask,django] [--stream]

The apps, prompts and answers of overhead.py (a different ~1k-token real prompt each, real-text
answers of ~600 characters), each adapter in its own process (Django configures itself once per
process), run under ``valgrind --tool=callgrind`` with collection switched on only inside the
measured requests (each is made through ``operator.call``, whose C function is the toggle), after a
warm-up of the same requests. Instructions do not move with the machine's load, so an A/B of two
trees measured minutes apart compares: ``PYTHONPATH=/other/src python benchmarks/request_counts.py``.
Printed per adapter: instructions per request bare, guarded, and the guard's share (the
difference). The default is what the engine's per-request cost is tracked by: the default policy,
the injection detector off (its own cost is input_counts.py's).
"""

from __future__ import annotations

import argparse
import operator
import os
import sys
import tempfile
from pathlib import Path

import _callgrind as cg

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def child(adapter: str, guard: bool, n: int, stream: bool) -> None:
    import overhead

    provider = overhead.CannedProvider()
    if adapter == "starlette":
        app, call = overhead.starlette_app(provider, guard), overhead.asgi_call
    elif adapter == "flask":
        app, call = overhead.flask_app(provider, guard), overhead.wsgi_call
    else:
        apps = overhead.django_apps(provider)
        assert apps is not None
        app, call = apps[1 if guard else 0], overhead.wsgi_call
    headers = overhead.auth_header()
    payloads = []
    for i in range(n):
        overhead.PROMPT = overhead.PROMPTS[i % len(overhead.PROMPTS)]
        payloads.append(overhead.body(stream))
    for payload in payloads:  # warm-up: every code path and cache the measured requests take
        assert call(app, payload, headers)[2] == 200
    overhead.forget_counts()
    print("ready", flush=True)
    sys.stdin.readline()
    for payload in payloads:
        operator.call(call, app, payload, headers)


def callgrind(args: list[str], tmp: str) -> int:
    return cg.totals(cg.run(__file__, args, os.path.join(tmp, "cg.out")))["Ir"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--policy", choices=["example", "default"], default="default")
    parser.add_argument("--injection", choices=["off", "flag", "block"], default="off")
    parser.add_argument("--adapters", default="starlette,flask,django")
    parser.add_argument("--stream", action="store_true", help="streamed answers (8-character deltas)")
    parser.add_argument("--bare", action="store_true", help="also count the bare app")
    parser.add_argument("--child", nargs=2, metavar=("ADAPTER", "GUARD"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ["BENCH_POLICY"], os.environ["BENCH_INJECTION"] = args.policy, args.injection
    if args.child:
        import overhead

        overhead.POLICY, overhead.INJECTION = args.policy, args.injection
        child(args.child[0], args.child[1] == "1", args.n, args.stream)
        return
    common = ["--n", str(args.n), "--policy", args.policy, "--injection", args.injection]
    common += ["--stream"] if args.stream else []
    what = "streamed" if args.stream else "JSON"
    print(f"instructions per request, {args.policy} policy, injection={args.injection}, {what} answers, n={args.n}")
    print(f"{'adapter':<10} {'bare':>12} {'guarded':>12} {'guard':>12}")
    with tempfile.TemporaryDirectory() as tmp:
        for adapter in args.adapters.split(","):
            guarded = callgrind([*common, "--child", adapter, "1"], tmp) / args.n
            if args.bare:
                bare = callgrind([*common, "--child", adapter, "0"], tmp) / args.n
                print(f"{adapter:<10} {bare:12,.0f} {guarded:12,.0f} {guarded - bare:12,.0f}", flush=True)
            else:
                print(f"{adapter:<10} {'':>12} {guarded:12,.0f}", flush=True)


if __name__ == "__main__":
    main()

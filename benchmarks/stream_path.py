"""The stream path through the exchange alone: one answer streamed in small deltas against the same
answer as JSON, per wire format and delta size, in CPU time.

    python benchmarks/stream_path.py [--n 40] [--deltas 4,16,64] [--formats openai,responses,anthropic] [--json]

Each request is a fresh exchange of the default policy (every default output filter: secrets, PII,
canary, links) admitted on a route of the format; its answer (a ~600-character window of real
text, benchmarks/corpus.py) is filtered as the provider's JSON answer and as its stream in
``delta``-character pieces, each piece a separate ``filter_chunk`` call (what a WSGI adapter does:
``per piece``), and again with the chain coalescing as the Starlette adapter's does (``coalesced``:
the pieces come faster than ``output.coalesce_ms``). Printed: CPU ms per answer (median over the
answers of each one's fastest of ``--k`` runs, ``time.process_time``) and the ratio stream / JSON.
``--calls`` prints the Python function calls per stream instead (cProfile's count: a work counter
that load does not move). ``--against DIR`` is an interleaved A/B: a worker process imports the
package from ``DIR`` (another checkout's ``src``) and every measurement alternates between it and
this tree, answer by answer, so load drift hits both alike; printed per row: both medians and the
median of the per-answer ratios.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _tree

if "AIWARDEN_BENCH_SRC" in os.environ:  # an A/B run: the other tree's package
    sys.path.insert(0, os.environ["AIWARDEN_BENCH_SRC"])
else:
    _tree.use()

from corpus import windows

from aiwarden.context import HttpRequest
from aiwarden.effects import drive_sync
from aiwarden.policy import RouteSpec
from aiwarden.testing import FakeProvider
from aiwarden.warden import Warden

POLICY: dict[str, Any] = {"auth": {"required": False, "anonymous_tier": "default"}}
ROUTE = {"responses": "openai-responses"}
API = {"openai": "chat_completions", "responses": "responses", "anthropic": "messages"}


def request(fmt: str, text: str, stream: bool) -> dict[str, Any]:
    if fmt == "responses":
        return {"model": "gpt-4o-mini", "input": text, "stream": stream, "max_output_tokens": 400}
    body: dict[str, Any] = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": text}], "stream": stream}
    body["max_tokens"] = 400
    if stream and fmt == "openai":
        body["stream_options"] = {"include_usage": True}
    return body


def answers(fmt: str, delta: int, count: int) -> list[tuple[bytes, list[bytes]]]:
    """(the JSON answer, the stream's chunks) of ``count`` real-text answers."""
    out = []
    fake = FakeProvider(chunk_chars=delta)
    for text in windows(600, count, seed=11):
        call = getattr(fake, API[fmt])
        whole = json.dumps(call(request(fmt, text, False))).encode()
        out.append((whole, list(call(request(fmt, text, True)))))
    return out


WARDEN: Warden | None = None


def exchange(fmt: str, text_request: bytes) -> Any:
    assert WARDEN is not None
    ex = WARDEN.exchange(HttpRequest("POST", "/chat", {}), RouteSpec(format=ROUTE.get(fmt, fmt)))  # type: ignore[arg-type]
    assert isinstance(drive_sync(ex.check(text_request)), bytes)
    return ex


def run_json(fmt: str, req: bytes, body: bytes) -> bytes:
    ex = exchange(fmt, req)
    ex.response_start(200, "application/json")
    return ex.filter_json(body)  # type: ignore[no-any-return]


def run_stream(fmt: str, req: bytes, chunks: list[bytes], coalesce: bool) -> bytes:
    ex = exchange(fmt, req)
    ex.idle_release = coalesce
    ex.response_start(200, "text/event-stream")
    out = [ex.filter_chunk(c) for c in chunks]
    out.append(ex.filter_end())
    return b"".join(out)


def cpu(fn: Any, k: int) -> float:
    best = float("inf")
    for _ in range(k):
        t = time.process_time()
        fn()
        best = min(best, time.process_time() - t)
    return best


def calls(fn: Any) -> int:
    prof = cProfile.Profile()
    prof.enable()
    fn()
    prof.disable()
    return sum(s[1] for s in pstats.Stats(prof).stats.values())  # type: ignore[attr-defined]


def serve() -> None:
    """The other side of ``--against``: one measurement per line read (``fmt delta mode index k``)."""
    global WARDEN
    WARDEN = Warden(POLICY)
    cache: dict[tuple[str, int], list[tuple[bytes, list[bytes]]]] = {}
    for line in sys.stdin:
        fmt, delta, mode, index, k = line.split()
        data = cache.get((fmt, int(delta)))
        if data is None:
            data = cache[fmt, int(delta)] = answers(fmt, int(delta), int(index.split("/")[1]))
            warm(fmt, data)
        whole, chunks = data[int(index.split("/")[0])]
        print(cpu(timed(fmt, mode, whole, chunks), int(k)), flush=True)


def warm(fmt: str, data: list[tuple[bytes, list[bytes]]]) -> None:
    for whole, chunks in data[:3]:
        for mode in ("json", "per_piece", "coalesced"):
            timed(fmt, mode, whole, chunks)()


def timed(fmt: str, mode: str, whole: bytes, chunks: list[bytes]) -> Any:
    req = json.dumps(request(fmt, "hi", mode != "json")).encode()
    if mode == "json":
        return lambda: run_json(fmt, req, whole)
    return lambda: run_stream(fmt, req, chunks, mode == "coalesced")


def against(other: str, args: Any) -> None:
    import subprocess

    env = {**os.environ, "AIWARDEN_BENCH_SRC": other}
    worker = subprocess.Popen(
        [sys.executable, __file__, "--serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
    )
    assert worker.stdin is not None and worker.stdout is not None
    print(f"CPU ms per answer, this tree vs {other}, alternating answer by answer ({args.n} answers, best of {args.k})")
    print(f"{'format/delta':<14} {'mode':<10} {'other':>8} {'this':>8} {'this/other':>10}")
    for fmt in args.formats.split(","):
        for delta in map(int, args.deltas.split(",")):
            data = answers(fmt, delta, args.n)
            warm(fmt, data)
            for mode in ("json", "per_piece", "coalesced"):
                theirs, ours = [], []
                for i, (whole, chunks) in enumerate(data):
                    worker.stdin.write(f"{fmt} {delta} {mode} {i}/{args.n} {args.k}\n")
                    worker.stdin.flush()
                    theirs.append(float(worker.stdout.readline()) * 1000)
                    ours.append(cpu(timed(fmt, mode, whole, chunks), args.k) * 1000)
                ratio = statistics.median(o / t for o, t in zip(ours, theirs, strict=True))
                print(
                    f"{fmt + '/' + str(delta):<14} {mode:<10} {statistics.median(theirs):8.3f} "
                    f"{statistics.median(ours):8.3f} {ratio:10.2f}",
                    flush=True,
                )
    worker.stdin.close()
    worker.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=40, help="answers per row")
    parser.add_argument("--k", type=int, default=3, help="runs per answer (the fastest counts)")
    parser.add_argument("--deltas", default="4,16,64")
    parser.add_argument("--formats", default="openai,responses,anthropic")
    parser.add_argument("--calls", action="store_true", help="Python calls per stream (cProfile) instead of CPU")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--filters-off", action="store_true", help="no output filter (the format's own cost)")
    parser.add_argument("--against", metavar="DIR", help="interleaved A/B against the package in DIR (a src folder)")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve()
        return
    global WARDEN
    if args.against:
        WARDEN = Warden(POLICY)
        against(args.against, args)
        return
    policy = {**POLICY, "output": {"secrets": "off", "redact": [], "links": "off"}} if args.filters_off else POLICY
    WARDEN = Warden(policy)
    rows: dict[str, Any] = {}
    for fmt in args.formats.split(","):
        for delta in map(int, args.deltas.split(",")):
            data = answers(fmt, delta, args.n)
            req = json.dumps(request(fmt, "hi", True)).encode()
            jreq = json.dumps(request(fmt, "hi", False)).encode()
            for whole, chunks in data[:3]:  # warm-up
                run_json(fmt, jreq, whole)
                run_stream(fmt, req, chunks, False)
                run_stream(fmt, req, chunks, True)
            measure = (lambda f: calls(f)) if args.calls else (lambda f: cpu(f, args.k))
            js, per, co = [], [], []
            for whole, chunks in data:
                js.append(measure(lambda f=fmt, r=jreq, w=whole: run_json(f, r, w)))
                per.append(measure(lambda f=fmt, r=req, c=chunks: run_stream(f, r, c, False)))
                co.append(measure(lambda f=fmt, r=req, c=chunks: run_stream(f, r, c, True)))
            scale = 1 if args.calls else 1000
            rows[f"{fmt}/{delta}"] = {
                "events": len(data[0][1]),
                "json": statistics.median(js) * scale,
                "per_piece": statistics.median(per) * scale,
                "coalesced": statistics.median(co) * scale,
            }
    if args.json:
        print(json.dumps(rows))
        return
    unit = "Python calls per answer" if args.calls else "CPU ms per answer (median of each answer's fastest run)"
    print(f"{unit}; {args.n} real-text answers of ~600 characters")
    print(f"{'format/delta':<16} {'events':>6} {'json':>8} {'per piece':>10} {'x':>6} {'coalesced':>10} {'x':>6}")
    for name, r in rows.items():
        print(
            f"{name:<16} {r['events']:>6} {r['json']:8.3f} {r['per_piece']:10.3f} {r['per_piece'] / r['json']:6.2f} "
            f"{r['coalesced']:10.3f} {r['coalesced'] / r['json']:6.2f}"
        )


if __name__ == "__main__":
    main()

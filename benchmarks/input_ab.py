"""The input stage of two source trees timed window by window, interleaved, on the same real text.

    python benchmarks/input_ab.py --base /path/to/old/tree [--windows 60] [--rounds 2]

One worker process per tree (``PYTHONPATH=<tree>/src``) holds a warden with the input stage; the
parent hands both the same 4 KB window in turn (A, B, A, B ...) so that the machine's load, which
swings by 2x within minutes on the shared machine, weighs on both alike. Per window each worker
reports the fastest of 5 warm runs and the fastest of 5 cold runs (16 MB copied before each, as
``benchmarks/input.py`` does: the detectors' tables out of the CPU caches, as a request leaves
them). Prints median and p90 of each and the ratio new / base.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def worker() -> None:
    sys.path.insert(0, str(HERE))
    from input import ROUTE, cold, timed

    from aiwarden.context import HttpRequest
    from aiwarden.effects import drive_sync
    from aiwarden.input import InputStage
    from aiwarden.warden import Warden

    base = Warden({"input": {"max_input_tokens": 100000}}, stages=[])
    warden = Warden(base.policy, stages=[InputStage(base.services)])
    request = HttpRequest("POST", "/v1/chat/completions", {})
    bodies: dict[str, bytes] = {}

    def stage(text: str) -> None:
        drive_sync(warden.exchange(request, ROUTE).inspect(bodies[text]))

    print("ready", flush=True)
    for line in sys.stdin:
        text = json.loads(line)
        bodies[text] = json.dumps({"model": "gpt-4o-mini", "messages": [{"role": "user", "content": text}]}).encode()
        stage(text)
        print(json.dumps([timed(stage, text), cold(stage, text)]), flush=True)
        bodies.clear()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True, help="the other source tree (its src/ is imported)")
    ap.add_argument("--new", default=str(HERE.parent), help="this tree by default")
    ap.add_argument("--windows", type=int, default=60)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--worker", action="store_true")
    args = ap.parse_args()
    if args.worker:
        worker()
        return
    sys.path.insert(0, str(HERE))
    from input import corpus, windows

    samples = windows(corpus(), args.windows, 4096, random.Random(7))
    procs = {}
    for name, tree in (("base", args.base), ("new", args.new)):
        env = dict(os.environ, PYTHONPATH=str(Path(tree) / "src"))
        proc = subprocess.Popen(
            [sys.executable, __file__, "--worker", "--base", "-"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            env=env, text=True, cwd=str(HERE),
        )  # fmt: skip
        assert proc.stdout is not None
        while proc.stdout.readline().strip() != "ready":
            pass
        procs[name] = proc
    times: dict[tuple[str, str], list[float]] = {(n, k): [] for n in procs for k in ("warm", "cold")}
    for r in range(args.rounds):
        for i, text in enumerate(samples):
            order = list(procs) if (i + r) % 2 == 0 else list(procs)[::-1]
            for name in order:
                proc = procs[name]
                assert proc.stdin is not None and proc.stdout is not None
                proc.stdin.write(json.dumps(text) + "\n")
                proc.stdin.flush()
                warm, cold = json.loads(proc.stdout.readline())
                times[name, "warm"].append(warm)
                times[name, "cold"].append(cold)
    for proc in procs.values():
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait()
    print(f"{len(samples)} windows x {args.rounds} rounds, interleaved; load {os.getloadavg()[0]:.1f} at the end\n")
    print("| input stage | base median | base p90 | new median | new p90 | new / base (median, p90) |")
    print("| --- | --- | --- | --- | --- | --- |")
    for kind in ("warm", "cold"):
        row = []
        for name in ("base", "new"):
            values = sorted(times[name, kind])
            row.append((statistics.median(values), values[int(0.9 * (len(values) - 1))]))
        (bm, bp), (nm, np) = row
        print(
            f"| {kind} | {bm * 1e3:.3f} ms | {bp * 1e3:.3f} ms | {nm * 1e3:.3f} ms | {np * 1e3:.3f} ms "
            f"| {nm / bm:.2f}x, {np / bp:.2f}x |"
        )


if __name__ == "__main__":
    main()

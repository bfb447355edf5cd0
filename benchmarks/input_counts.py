"""Instructions and cache misses of the input stage per cold 4 KB window, counted by valgrind.

    python benchmarks/input_counts.py [--windows 20] [--part stage|rules|document|model|view|all]

Wall time on the shared machine swings with its load; callgrind's counts do not. Each part runs
under ``valgrind --tool=callgrind`` with its cache simulation (64 KB L1 data, 2 MB last level
standing for the L2), collecting only inside the measured calls (``operator.call`` toggles it), on
the same windows benchmarks/input.py draws, each after a 4 MB copy that evicts the tables as a
request's other work does. Prints per window: instructions, L1 data misses, last-level misses.
"""

from __future__ import annotations

import argparse
import json
import operator
import os
import random
import sys
import tempfile
from pathlib import Path
from typing import Any

import _callgrind as cg

HERE = Path(__file__).resolve().parent
PARTS = ("stage", "rules", "document", "model", "view")


def child(part: str, samples: list[str]) -> None:
    sys.path.insert(0, str(HERE))
    from input import ROUTE, request_body

    from aiwarden.context import HttpRequest
    from aiwarden.effects import drive_sync
    from aiwarden.input import InputStage
    from aiwarden.scanners import normalize
    from aiwarden.scanners.injection import HeuristicDetector
    from aiwarden.scanners.learned import LearnedDetector
    from aiwarden.warden import Warden

    base = Warden({"input": {"max_input_tokens": 100000}}, stages=[])
    warden = Warden(base.policy, stages=[InputStage(base.services)])
    request = HttpRequest("POST", "/v1/chat/completions", {})
    rules, model = HeuristicDetector(), LearnedDetector()

    def stage(body: bytes) -> None:  # (the request's JSON is built before counting starts)
        drive_sync(warden.exchange(request, ROUTE).inspect(body))

    def document(text: str) -> None:  # the rules as they read a tool result or retrieved page
        rules.scan(text, as_document=True)

    fn = {"stage": stage, "rules": rules.scan, "document": document, "model": model.scan}.get(
        part, normalize.detection_view
    )
    args: list[Any] = [request_body(text) for text in samples] if part == "stage" else list(samples)
    for arg in args[:2]:  # everything built once (lazy tables) before counting
        fn(arg)
    src, dst = bytes(4 << 20), bytearray(4 << 20)
    print("ready", flush=True)  # the parent switches valgrind's instrumentation on (setup ran without it)
    sys.stdin.readline()
    for arg in args:
        normalize.forget_views()
        dst[:] = src
        operator.call(fn, arg)


def linear_child(part: str, size: int, pool: list[str]) -> None:
    """One scanner on the 1 MB of ``pool`` (4 KB windows) in texts of ``size``: the windows
    themselves, 64 KB concatenations of them, or all of them as one text."""
    from aiwarden.scanners import normalize
    from aiwarden.scanners.sanitize import sanitize

    fn = sanitize if part == "sanitize" else normalize.detection_view
    step = max(1, size // 4096)
    texts = ["".join(pool[i : i + step]) for i in range(0, len(pool), step)]
    for text in pool[:4]:
        fn(text)
    print("ready", flush=True)
    sys.stdin.readline()
    for text in texts:
        normalize.forget_views()
        operator.call(fn, text)


def _callgrind(args: list[str], keep: str | None, tmp: str) -> dict[str, int]:
    """Run this file's child under callgrind (instrumented only once it is ready) and read its totals."""
    options = ("--cache-sim=yes", "--D1=65536,8,64", "--LL=2097152,16,64")
    return cg.totals(cg.run(__file__, args, keep or os.path.join(tmp, "cg.out"), options))


def linearity() -> None:
    """Instructions and last-level misses per character of sanitize and the detection view on the
    same 1 MB of real text (input.py's windows) as 4 KB windows, 64 KB texts and one 1 MB text:
    what input.py's linearity table times, counted (the machine's load does not move it)."""
    sys.path.insert(0, str(HERE))
    from input import corpus, windows

    rng = random.Random(7)
    texts = corpus()
    windows(texts, 60, 4096, rng)  # input.py draws its timed windows first: the same pool follows
    pool = windows(texts, 256, 4096, rng)
    chars = sum(map(len, pool))
    print("per character of 1 MB of real text (callgrind; input.py's linearity pool)\n")
    print("| scanner | text size | instructions | last-level misses | instructions / 4 KB's |")
    print("| --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "pool.json")
        Path(path).write_text(json.dumps(pool))
        for part in ("sanitize", "view"):
            base = None
            for size, label in ((4096, "4 KB"), (65536, "64 KB"), (1 << 20, "1 MB")):
                values = _callgrind(["--linear", part, "--size", str(size), "--samples", path], None, tmp)
                ins = values["Ir"] / chars
                misses = (values["DLmr"] + values["DLmw"] + values["ILmr"]) / chars
                base = base or ins
                print(f"| {part} | {label} | {ins:.1f} | {misses:.3f} | {ins / base:.2f}x |")


def count(part: str, n: int, keep: str | None = None) -> dict[str, float]:
    sys.path.insert(0, str(HERE))
    from input import corpus, windows

    with tempfile.TemporaryDirectory() as tmp:
        samples = os.path.join(tmp, "windows.json")  # drawn outside valgrind (reading the corpus is slow there)
        Path(samples).write_text(json.dumps(windows(corpus(), n, 4096, random.Random(7))))
        values = _callgrind(["--child", part, "--samples", samples], keep, tmp)
    return {
        "instructions": values["Ir"] / n,
        "L1 data misses": (values["D1mr"] + values["D1mw"]) / n,
        "last-level misses": (values["DLmr"] + values["DLmw"] + values["ILmr"]) / n,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--windows", type=int, default=20)
    ap.add_argument("--part", default="all")
    ap.add_argument("--child")
    ap.add_argument("--samples")
    ap.add_argument("--keep", help="write the callgrind output of a single --part here (for callgrind_annotate)")
    ap.add_argument("--linearity", action="store_true", help="sanitize and the view per character at 4 KB / 1 MB")
    ap.add_argument("--linear")
    ap.add_argument("--size", type=int)
    args = ap.parse_args()
    if args.linear:
        linear_child(args.linear, args.size, json.loads(Path(args.samples).read_text()))
        return
    if args.linearity:
        linearity()
        return
    if args.child:
        child(args.child, json.loads(Path(args.samples).read_text()))
        return
    parts = PARTS if args.part == "all" else (args.part,)
    print(f"per cold 4 KB window ({args.windows} windows, callgrind, 64 KB L1d / 2 MB LL)\n")
    print("| part | instructions | L1 data misses | last-level misses |\n| --- | --- | --- | --- |")
    for part in parts:
        c = count(part, args.windows, args.keep if len(parts) == 1 else None)
        ins, l1, ll = c["instructions"] / 1e3, c["L1 data misses"] / 1e3, c["last-level misses"]
        print(f"| {part} | {ins:,.0f}k | {l1:,.1f}k | {ll:,.0f} |")


if __name__ == "__main__":
    main()

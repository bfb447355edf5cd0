"""Speed of the whole input stage on a 4 KB prompt, beside a plain ``re`` scan of the same text.

    python benchmarks/input.py

The stage runs as the engine runs it (parse, roles, caps, sanitize, heuristic detector, system
prompt, token cap with tiktoken, render). Target: median <= 1 ms.
"""

from __future__ import annotations

import json
import re
import statistics
import time

from aiwarden.context import HttpRequest
from aiwarden.effects import drive_sync
from aiwarden.engine import Warden
from aiwarden.policy import RouteSpec
from aiwarden.scanners.injection import HeuristicDetector
from aiwarden.scanners.input import InputStage

PARAGRAPH = (
    "Our team is planning the quarterly review for the logistics department. Please summarise the main "
    "risks in the attached notes, list the open questions for the warehouse managers, and suggest three "
    "improvements to the delivery schedule that do not need new hardware. Keep the tone neutral. "
)
PROMPT = (PARAGRAPH * 20)[:4096]
BODY = json.dumps({"model": "gpt-4o-mini", "messages": [{"role": "user", "content": PROMPT}]}).encode()
ROUTE = RouteSpec(system_prompt="You are a helpful assistant for a logistics company.")
PLAIN = re.compile(r"ignore (all )?previous instructions", re.I)


def median_ms(fn, runs: int = 2000) -> float:  # type: ignore[no-untyped-def]
    for _ in range(50):
        fn()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def main() -> None:
    base = Warden({"input": {"max_input_tokens": 8000}}, stages=[])
    warden = Warden(base.policy, stages=[InputStage(base)])
    request = HttpRequest("POST", "/v1/chat/completions", {})

    def stage() -> None:
        ex = warden.exchange(request, ROUTE)
        out = drive_sync(ex.inspect(BODY))
        assert isinstance(out, bytes)

    detector = HeuristicDetector()
    rows = [
        ("whole input stage (parse + sanitize + detect + tokens + render)", median_ms(stage)),
        ("heuristic detector alone", median_ms(lambda: detector.scan(PROMPT))),
        ("plain re scan of the same text (one pattern)", median_ms(lambda: PLAIN.search(PROMPT))),
    ]
    print(f"prompt: {len(PROMPT.encode())} bytes")
    for label, ms in rows:
        print(f"{label:<66} {ms:.3f} ms median")


if __name__ == "__main__":
    main()

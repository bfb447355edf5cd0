"""Large texts: sanitizing and the inline detectors (rules, learned) run as an effect (off the event loop), small
ones inline."""

from __future__ import annotations

import asyncio
import json
import pydoc_data.topics
import threading
from typing import Any

import pytest

from aiwarden.context import HttpRequest
from aiwarden.effects import Call, drive_async, drive_sync
from aiwarden.errors import Refusal
from aiwarden.policy import RouteSpec
from aiwarden.scanners.detectors import call_in_thread
from aiwarden.scanners.injection import HeuristicDetector
from aiwarden.scanners.learned import LearnedDetector

from .test_input_stage import ATTACK, chat, warden

# real prose, not a repeated sentence
PROSE = "\n\n".join(pydoc_data.topics.topics.values())[:60_000]


def _inspect(body: dict[str, Any]) -> Any:
    w = warden({"max_chars_per_message": 200_000})
    ex = w.exchange(HttpRequest("POST", "/v1/chat/completions", {}), RouteSpec(system_prompt="Be nice."))
    return ex.inspect(json.dumps(body).encode())


def _effects(gen: Any) -> list[Any]:
    """Drive with the sync driver, recording every effect the stages yield."""
    seen: list[Any] = []
    value: Any = None
    while True:
        try:
            effect = gen.send(value)
        except StopIteration as stop:
            seen.append(stop.value)
            return seen
        seen.append(effect)
        value = effect.run_sync()


def test_a_large_text_is_scanned_by_an_effect_a_small_one_inline() -> None:
    large = _effects(_inspect(chat(("user", PROSE))))
    calls = [e for e in large if isinstance(e, Call) and e.async_fn is call_in_thread]
    assert len(calls) == 1
    assert not isinstance(large[-1], Refusal)
    small = _effects(_inspect(chat(("user", PROSE[:2000]))))
    assert not any(isinstance(e, Call) and e.async_fn is call_in_thread for e in small)


@pytest.mark.parametrize("driver", ["sync", "async"])
def test_an_attack_at_the_end_of_a_large_text_is_still_refused(driver: str) -> None:
    gen = _inspect(chat(("user", PROSE + "\n\n" + ATTACK)))
    out = drive_sync(gen) if driver == "sync" else asyncio.run(drive_async(gen))
    assert isinstance(out, Refusal) and out.code == "prompt_injection"


@pytest.mark.parametrize("detector", [HeuristicDetector, LearnedDetector])
def test_the_async_driver_runs_it_in_a_worker_thread(monkeypatch: pytest.MonkeyPatch, detector: type) -> None:
    threads: list[int] = []
    real = detector.detect

    def spy(self: Any, subjects: Any) -> Any:
        threads.append(threading.get_ident())
        return real(self, subjects)

    monkeypatch.setattr(detector, "detect", spy)
    loop_thread: list[int] = []

    async def main() -> Any:
        loop_thread.append(threading.get_ident())
        return await drive_async(_inspect(chat(("user", PROSE))))

    out = asyncio.run(main())
    assert not isinstance(out, Refusal)
    assert threads and threads[0] != loop_thread[0]

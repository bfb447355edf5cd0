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


# -- the event loop gets the interpreter back soon while a large body is scanned beside it --------


def test_off_loop_work_runs_with_a_short_switch_interval_and_puts_it_back() -> None:
    # A worker thread computing keeps the GIL until a waiting thread has waited the switch interval
    # (5 ms by default) - the loop waited that long at every wake-up, and in one run 37-53 ms at a
    # time, while a 1 MB body was scanned. Off-loop work lowers it to POLITE_SWITCH_SECONDS.
    import sys

    from aiwarden.effects import POLITE_SWITCH_SECONDS

    seen: list[float] = []

    def work() -> str:
        seen.append(sys.getswitchinterval())
        return "done"

    def check() -> Any:
        result = yield Call(lambda fn: fn(), call_in_thread, (work,))
        return result

    before = sys.getswitchinterval()
    assert before > POLITE_SWITCH_SECONDS
    assert asyncio.run(drive_async(check())) == "done"  # the input stage's off-loop call (detector pool)
    assert seen == [POLITE_SWITCH_SECONDS] and sys.getswitchinterval() == before

    seen.clear()
    sys.setswitchinterval(0.0002)  # an application's own lower value is neither raised nor replaced
    try:
        assert asyncio.run(drive_async(check())) == "done"
        assert seen == [pytest.approx(0.0002)] and sys.getswitchinterval() == pytest.approx(0.0002)
    finally:
        sys.setswitchinterval(before)


def test_overlapping_off_loop_work_keeps_the_short_interval_until_the_last_ends() -> None:
    import sys

    from aiwarden.effects import POLITE_SWITCH_SECONDS, in_thread

    before = sys.getswitchinterval()
    first_in, second_done, release = threading.Event(), threading.Event(), threading.Event()
    during: list[float] = []

    def long_work() -> None:
        first_in.set()
        release.wait(30)
        during.append(sys.getswitchinterval())  # the other work has ended meanwhile

    def short_work() -> None:
        first_in.wait(30)
        second_done.set()

    async def main() -> None:
        first = asyncio.ensure_future(in_thread(long_work))
        await in_thread(short_work)
        assert second_done.is_set() and sys.getswitchinterval() == POLITE_SWITCH_SECONDS
        release.set()
        await first

    asyncio.run(main())
    assert during == [POLITE_SWITCH_SECONDS] and sys.getswitchinterval() == before


def test_a_large_forwarded_body_is_rendered_in_pieces_with_the_same_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    from aiwarden.formats import base
    from aiwarden.formats.base import PIECEWISE_JSON_BYTES, encode_json, render_json

    odd = 'quote " backslash \\ tab \t nl \n nul \x00 del \x7f é ✓ 😀 \u2028 \u2029 </script>'
    long_text = (PROSE + odd) * 5  # ~300K characters in one string
    big = {
        "model": "m",
        "messages": [
            {"role": "user", "content": long_text},
            {"role": "user", "content": [{"type": "text", "text": odd}]},
        ],
        "temperature": 0.7,
        "n": 1,
        "stop": None,
        "stream": False,
        "x": [1.5e300, -0.0, 10**20, True, {}, []],
    }
    small = {"model": "m", "messages": [{"role": "user", "content": "hi é"}], "n": 1.5, "x": None}
    escaped: list[int] = []
    escape = base._escape_string  # (render_json's pieces escape through it; encode_json's C encoder holds its own)
    monkeypatch.setattr(base, "_escape_string", lambda text: escaped.append(len(text)) or escape(text))
    for doc in (big, small):
        size = len(encode_json(doc).encode())
        assert render_json(doc, size) == encode_json(doc) == json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    # the long string was escaped in slices, none longer than PIECEWISE_JSON_BYTES characters
    assert len(encode_json(big).encode()) > PIECEWISE_JSON_BYTES
    assert max(escaped) <= PIECEWISE_JSON_BYTES and sum(escaped) >= len(long_text)
    # and the exchange forwards a large request so: its rewritten body, the same document
    w = warden({"max_chars_per_message": 400_000})
    ex = w.exchange(HttpRequest("POST", "/v1/chat/completions", {}), RouteSpec())
    forwarded = drive_sync(ex.inspect(json.dumps({"model": "m", "messages": big["messages"]}).encode()))
    assert isinstance(forwarded, bytes)
    assert forwarded == encode_json(ex.format.render_request(ex.chat)).encode()

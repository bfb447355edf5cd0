"""The usual stream chunk (one choice, a content delta) takes a shorter path through the OpenAI
format; the bytes sent on must be those of the general path, whatever the text and its chunking."""

from __future__ import annotations

import itertools
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aiwarden import exchange as exchange_module
from aiwarden.formats import openai
from aiwarden.streaming import FilterChain

from .wire_support import CARD, exchange

PIECES = st.sampled_from(["Hello", " world", ", ", "mail jane", "@example.com", CARD[:7], CARD[7:], "<b>", "x", ""])


def _chunks(deltas: list[str], with_role: bool, index: int) -> list[bytes]:
    def chunk(delta: dict[str, Any], finish: str | None = None) -> bytes:
        choice = {"index": index, "delta": delta, "logprobs": None, "finish_reason": finish}
        doc = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": [choice]}
        return b"data: " + json.dumps(doc).encode() + b"\n\n"

    out = [chunk({"role": "assistant", "content": ""})] if with_role else []
    out += [chunk({"content": d}) for d in deltas]
    return [*out, chunk({}, "stop"), b"data: [DONE]\n\n"]


def _sent(chunks: list[bytes], coalesce: bool, step: float = 0.4) -> bytes:
    """The bytes sent on. With coalescing, which pieces wait for the interval depends on the clock:
    each chain gets one that advances ``step`` intervals per reading (not the wall clock, which
    under load would group pieces differently in two runs of the same chunks)."""

    def chain(filters: Any, chars: int, seconds: float) -> FilterChain:
        ticks = itertools.count()
        return FilterChain(filters, chars, seconds, clock=lambda: next(ticks) * step * seconds)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(exchange_module, "FilterChain", chain)
        ex = exchange("openai", stream=True)
        ex.idle_release = coalesce
        assert ex.response_start(200, "text/event-stream") == "sse"
        return b"".join(ex.filter_chunk(c) for c in chunks) + ex.filter_end()


@given(
    st.lists(PIECES, min_size=1, max_size=12),
    st.booleans(),
    st.integers(0, 2),
    st.booleans(),
    st.sampled_from([0.0, 0.4, 2.0]),  # clock steps (in intervals): hold all, hold some, hold none
)
@settings(max_examples=60, deadline=None)
def test_the_short_path_sends_what_the_general_path_sends(
    deltas: list[str], with_role: bool, index: int, coalesce: bool, step: float
) -> None:
    chunks = _chunks(deltas, with_role, index)
    fast = _sent(chunks, coalesce, step)
    plain = openai._plain_delta
    openai._plain_delta = lambda *_: None  # type: ignore[assignment]
    try:
        general = _sent(chunks, coalesce, step)
    finally:
        openai._plain_delta = plain
    assert fast == general


@pytest.mark.parametrize("coalesce", [False, True])
def test_the_short_path_is_taken_and_still_redacts(coalesce: bool) -> None:
    calls = 0
    plain = openai._plain_delta

    def counted(*args: Any) -> Any:
        nonlocal calls
        result = plain(*args)
        calls += result is not None
        return result

    openai._plain_delta = counted  # type: ignore[assignment]
    try:
        sent = _sent(_chunks(["card ", CARD[:9], CARD[9:], " ok"], True, 0), coalesce)
    finally:
        openai._plain_delta = plain
    assert calls >= 4
    assert b"4111" not in sent and b"ok" in sent

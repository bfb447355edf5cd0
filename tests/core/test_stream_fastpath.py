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

    like = openai._like_plain

    def counted_like(*args: Any) -> Any:
        nonlocal calls
        result = like(*args)
        calls += result is not None
        return result

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(openai, "_plain_delta", counted)
        patch.setattr(openai, "_like_plain", counted_like)
        sent = _sent(_chunks(["card ", CARD[:9], CARD[9:], " ok"], True, 0), coalesce)
    assert calls >= 4
    assert b"4111" not in sent and b"ok" in sent


@pytest.mark.parametrize("coalesce", [False, True])
def test_a_streams_chunks_are_parsed_once_not_each(coalesce: bool) -> None:
    """After the first chunk of only content, the others that differ from it only in their text
    are read without parsing the event again (the work counter: calls of the event parser)."""
    parsed = 0
    event_json = openai.event_json

    def counted(ev: Any) -> Any:
        nonlocal parsed
        parsed += 1
        return event_json(ev)

    deltas = ["Hello", " world", ", mail jane", "@example.com", " or ", CARD[:7], CARD[7:], ' "quoted" é 😀', "ok"]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(openai, "event_json", counted)
        sent = _sent(_chunks(deltas, True, 0), coalesce)
    assert parsed == 3  # the role chunk, the first content chunk (the pattern), the finish chunk
    assert b"4111" not in sent and b"jane@example.com" not in sent and "😀".encode() in sent


def test_a_chunk_unlike_the_pattern_takes_the_usual_path() -> None:
    """A chunk whose other fields differ from the pattern's (another id, a logprobs value, a second
    choice) is parsed and read whole, so nothing in it goes unread."""

    def chunk(doc_id: str, text: str) -> bytes:
        choice = {"index": 0, "delta": {"content": text}, "logprobs": None, "finish_reason": None}
        doc = {"id": doc_id, "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": [choice]}
        return b"data: " + json.dumps(doc).encode() + b"\n\n"

    odd = json.dumps(
        {
            "id": "c1",
            "object": "chat.completion.chunk",
            "created": 1,
            "model": "m",
            "choices": [
                {"index": 0, "delta": {"content": "x"}, "logprobs": None, "finish_reason": None},
                {
                    "index": 1,
                    "delta": {"content": "mail jane@example.com now"},
                    "logprobs": None,
                    "finish_reason": None,
                },
            ],
        }
    ).encode()
    chunks = [chunk("c1", "Hello "), chunk("c2", "mail jane@example.com now"), b"data: " + odd + b"\n\n"]
    sent = _sent([*chunks, b"data: [DONE]\n\n"], False)
    assert b"jane@example.com" not in sent and b"Hello" in sent

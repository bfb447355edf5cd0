"""Anthropic Messages answers through the output chain, JSON and streamed: text and thinking blocks
filtered, tool input and signatures left as they are, text in a content_block_start, an error event,
and events of the wrong shape."""

from __future__ import annotations

import json
from typing import Any

import pytest

from .wire_support import (
    CARD,
    MESSAGE_END,
    MESSAGE_START,
    answer_json,
    anthropic_sse,
    anthropic_texts,
    data_events,
    stream_through,
)


@pytest.mark.parametrize("byte_by_byte", [False, True])
def test_anthropic_blocks_of_every_kind(byte_by_byte: bool) -> None:
    raw = anthropic_sse(
        MESSAGE_START,
        {"type": "content_block_start", "index": 0, "content_block": {"type": "thinking", "thinking": ""}},
        {"type": "content_block_delta", "index": 0, "delta": {"type": "thinking_delta", "thinking": "Let me see."}},
        {"type": "content_block_delta", "index": 0, "delta": {"type": "signature_delta", "signature": "c2ln"}},
        {"type": "content_block_stop", "index": 0},
        {"type": "ping"},
        {"type": "content_block_start", "index": 1, "content_block": {"type": "text", "text": ""}},
        {"type": "content_block_delta", "index": 1, "delta": {"type": "text_delta", "text": "card " + CARD[:9]}},
        {"type": "content_block_delta", "index": 1, "delta": {"type": "text_delta", "text": CARD[9:] + "."}},
        {"type": "content_block_stop", "index": 1},
        {
            "type": "content_block_start",
            "index": 2,
            "content_block": {"type": "tool_use", "id": "t1", "name": "f", "input": {}},
        },
        {"type": "content_block_delta", "index": 2, "delta": {"type": "input_json_delta", "partial_json": '{"q": 1}'}},
        {"type": "content_block_stop", "index": 2},
        *MESSAGE_END,
    )
    out, ex = stream_through(raw, api="anthropic", byte_by_byte=byte_by_byte)
    events = data_events(out)
    assert anthropic_texts(events) == {
        (0, "thinking"): "Let me see.",
        (1, "text"): "card [CREDIT_CARD].",
        (2, "partial_json"): '{"q": 1}',
    }
    assert [e["type"] for e in events][-2:] == ["message_delta", "message_stop"]
    assert {"type": "ping"} in events and "signature_delta" in out
    assert (ex.usage.input_tokens, ex.usage.output_tokens) == (10, 9)


def test_anthropic_text_in_content_block_start_is_filtered() -> None:
    # the API starts text blocks empty, but the event may carry text (proxies, compatible servers)
    raw = anthropic_sse(
        MESSAGE_START,
        {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": "card " + CARD}},
        {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": " ok"}},
        {"type": "content_block_stop", "index": 0},
        *MESSAGE_END,
    )
    out, ex = stream_through(raw, api="anthropic")
    assert CARD not in out
    assert "".join(anthropic_texts(data_events(out)).values()) == "card [CREDIT_CARD] ok"
    assert ex.flags["output_pii"] == {"credit_card": 1}


def test_anthropic_held_text_comes_before_an_error_event() -> None:
    error = {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
    raw = anthropic_sse(
        MESSAGE_START,
        {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
        {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "Hello abc"}},
        error,
    )
    out, ex = stream_through(raw, api="anthropic")
    events = data_events(out)
    assert anthropic_texts(events) == {(0, "text"): "Hello abc"}
    assert events[-1] == error
    assert ex.flags["stream_incomplete"] is True


def test_json_anthropic_answer_filters_text_blocks_only() -> None:
    answer = {
        "id": "m1",
        "type": "message",
        "role": "assistant",
        "content": [
            {"type": "thinking", "thinking": "hmm", "signature": "c2ln"},
            {"type": "text", "text": "card " + CARD},
            {"type": "tool_use", "id": "t1", "name": "f", "input": {"q": "x"}},
            {"type": "text", "text": "bye"},
        ],
        "usage": {"input_tokens": 3, "output_tokens": 4},
    }
    out, _ = answer_json(answer, api="anthropic")
    assert [b.get("text") for b in out["content"]] == [None, "card [CREDIT_CARD]", None, "bye"]
    assert out["content"][0] == answer["content"][0] and out["content"][2] == answer["content"][2]


def test_anthropic_events_of_the_wrong_shape_pass_without_crashing_the_stream() -> None:
    raw = anthropic_sse(
        {"type": "message_start", "message": ["not", "an", "object"]},
        {"type": "message_start", "message": {"usage": {"input_tokens": 10, "output_tokens": "1"}}},
        {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
        {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "hello"}},
        {"type": "content_block_stop", "index": 0},
        {"type": "message_delta", "delta": {}, "usage": ["odd"]},
        {"type": "message_stop"},
    )
    out, ex = stream_through(raw, api="anthropic")
    assert anthropic_texts(data_events(out)) == {(0, "text"): "hello"}
    assert data_events(out)[-1] == {"type": "message_stop"}
    assert isinstance(ex.usage.output_tokens, int) and ex.usage.input_tokens == 10


@pytest.mark.parametrize("odd", [[1], {"a": 1}])
def test_a_block_type_that_is_no_string_is_filtered_whole_json_and_streamed(odd: Any) -> None:
    # a list or an object as a block's "type" was looked up in a dict: TypeError, the answer lost to a 500
    doc, _ = answer_json({"type": "message", "content": [{"type": odd, "text": "card " + CARD}]}, api="anthropic")
    assert doc["content"] == [{"type": odd, "text": "card [CREDIT_CARD]"}]
    raw = anthropic_sse(
        MESSAGE_START,
        {"type": "content_block_start", "index": 0, "content_block": {"type": odd, "text": "card " + CARD}},
        {"type": "content_block_stop", "index": 0},
        *MESSAGE_END,
    )
    out, ex = stream_through(raw, api="anthropic")
    assert CARD not in out and not ex.stream_cut and data_events(out)[-1] == {"type": "message_stop"}


@pytest.mark.parametrize("odd", [[1], {"a": 1}])
@pytest.mark.parametrize("where", ["event", "delta"])
def test_an_event_or_delta_type_that_is_no_string_cuts_the_stream_as_unreadable(odd: Any, where: str) -> None:
    event: dict[str, Any] = {"type": odd, "index": 0}
    if where == "delta":
        event = {"type": "content_block_delta", "index": 0, "delta": {"type": odd, "text": CARD}}
    raw = anthropic_sse(
        MESSAGE_START,
        {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
        event,
        *MESSAGE_END,
    )
    out, ex = stream_through(raw, api="anthropic")
    assert CARD not in out and ex.stream_cut and data_events(out)[-1]["error"]["code"] == "unreadable_answer"


def test_a_field_the_format_does_not_know_is_filtered_in_a_json_answer() -> None:
    doc = {
        "id": "m1",
        "type": "message",
        "role": "assistant",
        "model": "claude",
        "content": [{"type": "text", "text": "ok"}],
        "stop_reason": "end_turn",
        "usage": {"input_tokens": 1, "output_tokens": 1},
        "provider_trace": {"echo": "card " + CARD},
    }
    out, _ = answer_json(doc, api="anthropic")
    assert CARD not in json.dumps(out) and out["provider_trace"] == {"echo": "card [CREDIT_CARD]"}
    assert out["content"] == [{"type": "text", "text": "ok"}]


@pytest.mark.parametrize("byte_by_byte", [False, True])
def test_fields_the_format_does_not_know_are_filtered_in_every_stream_event(byte_by_byte: bool) -> None:
    events = [
        {
            "type": "message_start",
            "message": {"id": "m", "type": "message", "role": "assistant", "content": [], "model": "c",
                        "note": "card " + CARD, "usage": {"input_tokens": 1, "output_tokens": 0}},
        },
        {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": "", "extra": CARD}},
        {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "hello"}},
        {"type": "content_block_stop", "index": 0, "trace": CARD},
        {"type": "message_delta", "delta": {"stop_reason": "end_turn", "note": CARD}, "usage": {"output_tokens": 1}},
        {"type": "message_stop", "trace": {"k": [CARD]}},
    ]  # fmt: skip
    raw = b"".join(f"event: {e['type']}\ndata: {json.dumps(e)}\n\n".encode() for e in events)
    out, _ = stream_through(raw, api="anthropic", byte_by_byte=byte_by_byte)
    assert CARD not in out
    docs = data_events(out)
    assert "".join(anthropic_texts(docs).values()) == "hello"
    assert docs[0]["message"]["note"] == "card [CREDIT_CARD]" and docs[-1]["trace"] == {"k": ["[CREDIT_CARD]"]}
    assert [d["delta"]["note"] for d in docs if d.get("type") == "message_delta"] == ["[CREDIT_CARD]"]

"""Answers the guard cannot read are refused (502 unreadable_answer); in monitor mode recorded once
and passed on as they are."""

from __future__ import annotations

import json
from typing import Any

import pytest

from aiwarden.context import HttpRequest
from aiwarden.effects import drive_sync
from aiwarden.policy import RouteSpec
from aiwarden.warden import Warden

from .wire_support import (
    ANTHROPIC_ANSWER,
    CARD,
    HI,
    MESSAGE_END,
    MESSAGE_START,
    MONITOR,
    OPEN,
    OPENAI_ANSWER,
    answer_through,
    anthropic_sse,
    anthropic_texts,
    chunk,
    data_events,
    delta_text,
    sse,
    stream_through,
)

CHAT = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]}
MESSAGES = {"model": "claude-3-5-haiku-latest", "max_tokens": 9, "messages": [{"role": "user", "content": "hi"}]}


def _exchange(mode: str, api: str = "openai", stream: bool = False) -> Any:
    ex = Warden({**OPEN, "mode": mode}).exchange(HttpRequest("POST", "/x", {}), RouteSpec(format=api))  # type: ignore[arg-type]
    body = MESSAGES if api == "anthropic" else CHAT
    assert isinstance(drive_sync(ex.check(json.dumps({**body, "stream": stream}).encode())), bytes)
    return ex


@pytest.mark.parametrize(
    "body",
    [
        b'{"choices": []}\n{"choices": []}\n',  # NDJSON
        b'data: {"choices": [{"delta": {"content": "jane.doe@example.com"}}]}\n\n',  # a stream labelled JSON
        b'{"n": ' + b"9" * 5000 + b"}",  # a number Python will not convert
        b'{"choices": [',  # cut
    ],
)
def test_json_that_does_not_parse_is_refused_or_recorded(body: bytes) -> None:
    ex = _exchange("enforce")
    assert ex.response_start(200, "application/json") == "json"
    out = json.loads(ex.filter_json(body))
    assert out["error"]["code"] == "unreadable_answer" and ex.refusal.status == 502
    ex = _exchange("monitor")
    ex.response_start(200, "application/json")
    assert ex.filter_json(body) == body and [r.code for _, r in ex.monitored] == ["unreadable_answer"]


@pytest.mark.parametrize(
    ("api", "event"),
    [
        ("openai", b"data: not json at all\n\n"),
        ("openai", b'data: {"choices": "x"}\n\n'),
        (
            "anthropic",
            b"event: content_block_delta\n"
            b'data: {"type":"content_block_delta","index":0,"delta":{"type":"new_delta","x":"y"}}\n\n',
        ),
        ("anthropic", b'event: new_event\ndata: {"type":"new_event","text":"x"}\n\n'),
        ("anthropic", b"data: [1, 2]\n\n"),
    ],
)
def test_events_the_format_cannot_read_cut_the_stream_or_are_recorded(api: str, event: bytes) -> None:
    ex = _exchange("enforce", api, stream=True)
    assert ex.response_start(200, "text/event-stream") == "sse"
    out = ex.filter_chunk(event * 2)
    assert b"unreadable_answer" in out and ex.stream_cut and event not in out
    ex = _exchange("monitor", api, stream=True)
    ex.response_start(200, "text/event-stream")
    assert ex.filter_chunk(event * 2) == event * 2
    assert [r.code for _, r in ex.monitored] == ["unreadable_answer"]


def test_openai_chunks_of_the_wrong_shape_cut_the_stream_as_unreadable() -> None:
    odd = {"id": "c1", "choices": 245}
    out, ex = stream_through(sse(chunk({"content": "hello"}), odd, chunk({}, finish="stop"), "[DONE]"))
    events = data_events(out)
    assert odd not in events and events[-1]["error"]["code"] == "unreadable_answer" and ex.stream_cut


@pytest.mark.parametrize("ctype", ["application/json", "text/event-stream"])
def test_a_compressed_answer_is_refused_not_passed_unread(ctype: str) -> None:
    import gzip

    ex = Warden(OPEN).exchange(HttpRequest("POST", "/chat", {}), RouteSpec())
    assert isinstance(drive_sync(ex.check(json.dumps(HI).encode())), bytes)
    assert ex.response_start(200, ctype, "gzip") == "json"
    out = ex.filter_json(gzip.compress(json.dumps({"choices": [{"message": {"content": CARD}}]}).encode()))
    drive_sync(ex.finish())
    assert json.loads(out)["error"]["code"] == "unreadable_answer"
    assert ex.refusal is not None and ex.refusal.status == 502
    assert ex.flags["blocked_output"] == "unreadable_answer"


def test_identity_encoding_is_read_and_a_compressed_error_is_refused() -> None:
    ex = Warden(OPEN).exchange(HttpRequest("POST", "/chat", {}), RouteSpec())
    assert isinstance(drive_sync(ex.check(json.dumps(HI).encode())), bytes)
    assert ex.response_start(500, "application/json", "gzip") == "json"  # an error body is read too
    assert ex.refusal is not None and ex.refusal.code == "unreadable_answer"
    ex = Warden(OPEN).exchange(HttpRequest("POST", "/chat", {}), RouteSpec())
    drive_sync(ex.check(json.dumps(HI).encode()))
    assert ex.response_start(200, "application/json", "identity") == "json" and ex.refusal is None


def test_monitor_mode_passes_an_unreadable_answer_and_records_it() -> None:
    ex = Warden({**OPEN, "mode": "monitor"}).exchange(HttpRequest("POST", "/chat", {}), RouteSpec())
    assert isinstance(drive_sync(ex.check(json.dumps(HI).encode())), bytes)
    assert ex.response_start(200, "application/json", "gzip") == "pass"  # the answer goes on untouched
    drive_sync(ex.finish())
    assert ex.refusal is None and [r.code for _, r in ex.monitored] == ["unreadable_answer"]
    assert ex.response_headers["x-aiwarden-monitor"] == "unreadable_answer"


# -- an answer in the other format than the route declares -------------------------------------------


@pytest.mark.parametrize(("api", "answer"), [("anthropic", OPENAI_ANSWER), ("openai", ANTHROPIC_ANSWER)])
def test_a_json_answer_in_the_other_format_is_refused_as_unreadable(api: str, answer: dict[str, Any]) -> None:
    out, ex = answer_through(answer, api=api)
    assert CARD.encode() not in out and json.loads(out)["error"]["code"] == "unreadable_answer"
    assert ex.refusal is not None and ex.refusal.status == 502
    assert ex.flags["blocked_output"] == "unreadable_answer"
    assert ex.refusal.headers["x-should-retry"] == "false"


@pytest.mark.parametrize(("api", "answer"), [("anthropic", OPENAI_ANSWER), ("openai", ANTHROPIC_ANSWER)])
def test_monitor_mode_passes_a_json_answer_in_the_other_format_and_records_it(api: str, answer: Any) -> None:
    body = json.dumps(answer).encode()
    out, ex = answer_through(body, api=api, policy=MONITOR)
    assert out == body and ex.refusal is None
    assert [r.code for _, r in ex.monitored] == ["unreadable_answer"]
    assert ex.response_headers["x-aiwarden-monitor"] == "unreadable_answer"


@pytest.mark.parametrize(
    ("api", "answer"),
    [
        ("openai", OPENAI_ANSWER),
        ("anthropic", ANTHROPIC_ANSWER),
        ("openai", {}),
        ("anthropic", {}),
        ("openai", []),
        ("openai", {"error": {"message": "overloaded", "type": "server_error"}}),
        ("anthropic", {"type": "error", "error": {"type": "overloaded_error", "message": "overloaded"}}),
        ("openai", {"id": "x", "result": "something else"}),
        ("anthropic", {"id": "x", "output": "something else"}),
        ("openai", {"choices": [], "type": "message", "content": []}),  # recognised by its own format
    ],
)
def test_answers_the_format_recognises_or_that_are_neither_pass_as_before(api: str, answer: Any) -> None:
    out, ex = answer_through(answer, api=api)
    assert ex.refusal is None and not ex.monitored
    assert b"unreadable_answer" not in out


OPENAI_STREAM = sse(
    chunk({"role": "assistant", "content": ""}),
    chunk({"content": "card " + CARD}),
    chunk({}, finish="stop"),
    "[DONE]",
)


ANTHROPIC_STREAM = anthropic_sse(
    MESSAGE_START,
    {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
    {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "card " + CARD}},
    {"type": "content_block_stop", "index": 0},
    *MESSAGE_END,
)


@pytest.mark.parametrize(("api", "raw"), [("anthropic", OPENAI_STREAM), ("openai", ANTHROPIC_STREAM)])
@pytest.mark.parametrize("pieces", [None, [1]])
def test_a_stream_in_the_other_format_is_cut_as_unreadable(api: str, raw: bytes, pieces: list[int] | None) -> None:
    out, ex = stream_through(raw, api=api, pieces=pieces)
    assert CARD not in out and "[DONE]" not in out and "message_stop" not in out
    last = data_events(out)[-1]
    assert last["error"]["code"] == "unreadable_answer"
    assert ex.stream_cut and ex.refusal is not None and ex.refusal.status == 502
    assert ex.flags["blocked_output"] == "unreadable_answer"


@pytest.mark.parametrize(("api", "raw"), [("anthropic", OPENAI_STREAM), ("openai", ANTHROPIC_STREAM)])
def test_monitor_mode_passes_a_stream_in_the_other_format_and_records_it(api: str, raw: bytes) -> None:
    out, ex = stream_through(raw, api=api, policy=MONITOR)
    assert out == raw.decode() and not ex.stream_cut and ex.refusal is None
    assert [r.code for _, r in ex.monitored] == ["unreadable_answer"]


@pytest.mark.parametrize("pieces", [None, [1]])
def test_streams_the_format_recognises_are_never_cut(pieces: list[int] | None) -> None:
    # keep-alives, an odd first event, and an error event before the answer: all still the declared format
    odd = b': keep-alive\n\nevent: ping\ndata: {}\n\ndata: {"note": "warming up"}\n\n'
    out, ex = stream_through(odd + OPENAI_STREAM, pieces=pieces)
    assert not ex.stream_cut and delta_text(data_events(out)) == "card [CREDIT_CARD]"
    out, ex = stream_through(odd + ANTHROPIC_STREAM, api="anthropic", pieces=pieces)
    assert not ex.stream_cut and anthropic_texts(data_events(out)[2:]) == {(0, "text"): "card [CREDIT_CARD]"}
    error = {"type": "error", "error": {"type": "overloaded_error", "message": "busy"}}
    out, ex = stream_through(anthropic_sse(error), pieces=pieces)  # an error, whatever its shape, passes
    assert not ex.stream_cut and data_events(out) == [error]
    out, ex = stream_through(b"", api="anthropic")
    assert out == "" and not ex.stream_cut

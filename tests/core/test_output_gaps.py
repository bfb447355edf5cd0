"""Answers the output chain used to let through: content given as a list of parts, audio
transcripts, and answers (JSON or streamed) in the other known format than the route declares."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aiwarden.context import HttpRequest
from aiwarden.effects import drive_sync
from aiwarden.engine import Warden
from aiwarden.policy import RouteSpec

from .wire_support import (
    CARD,
    HI,
    MESSAGE_END,
    MESSAGE_START,
    OPEN,
    anthropic_sse,
    anthropic_texts,
    chunk,
    data_events,
    sse,
)

MONITOR = {**OPEN, "mode": "monitor"}


def exchange(api: str = "openai", policy: dict[str, Any] = OPEN, **body: Any) -> Any:
    ex = Warden(policy).exchange(HttpRequest("POST", "/chat", {}), RouteSpec(format=api))  # type: ignore[arg-type]
    assert drive_sync(ex.admit()) is None
    request = {**HI, "max_tokens": 100, **body}
    assert isinstance(drive_sync(ex.inspect(json.dumps(request).encode())), bytes)
    return ex


def answer_through(answer: Any, *, api: str = "openai", policy: dict[str, Any] = OPEN) -> tuple[bytes, Any]:
    ex = exchange(api, policy)
    assert ex.response_start(200, "application/json") == "json"
    out = ex.filter_json(answer if isinstance(answer, bytes) else json.dumps(answer).encode())
    drive_sync(ex.finish())
    return out, ex


def stream_through(
    raw: bytes, *, api: str = "openai", policy: dict[str, Any] = OPEN, pieces: list[int] | None = None
) -> tuple[str, Any]:
    """Raw SSE bytes through the engine, cut at the given sizes (default: whole; [1]: byte by byte)."""
    ex = exchange(api, policy, stream=True)
    assert ex.response_start(200, "text/event-stream") == "sse"
    out, at, sizes = [], 0, pieces or [len(raw)]
    i = 0
    while at < len(raw):
        size = max(1, sizes[i % len(sizes)])
        out.append(ex.filter_chunk(raw[at : at + size]))
        at, i = at + size, i + 1
    out.append(ex.filter_end())
    drive_sync(ex.finish())
    return b"".join(out).decode(), ex


def delta_text(events: list[Any], index: int = 0) -> str:
    """The content a client reads from a stream, whether each delta's content is a string or parts."""
    out = ""
    for doc in events:
        for choice in doc.get("choices") or [] if isinstance(doc, dict) else []:
            if choice.get("index", 0) != index:
                continue
            content = (choice.get("delta") or {}).get("content")
            if isinstance(content, str):
                out += content
            elif isinstance(content, list):
                out += "".join(p["text"] for p in content if p.get("type") == "text")
    return out


def transcript(events: list[Any]) -> str:
    out = ""
    for doc in events:
        for choice in doc.get("choices") or [] if isinstance(doc, dict) else []:
            audio = (choice.get("delta") or {}).get("audio") or {}
            out += audio.get("transcript") or ""
    return out


def parts(*texts: str) -> list[dict[str, Any]]:
    return [{"type": "text", "text": t} for t in texts]


# -- 1. content as a list of parts, audio transcripts ---------------------------------------


def test_json_content_parts_are_filtered_and_other_parts_untouched() -> None:
    image = {"type": "image_url", "image_url": {"url": "https://x.example/" + CARD.replace(" ", "")}}
    content = [*parts("card " + CARD, " and "), image, *parts("mail bob@example.com")]
    answer = {"choices": [{"index": 0, "message": {"role": "assistant", "content": content}}]}
    out, _ = answer_through(answer)
    got = json.loads(out)["choices"][0]["message"]["content"]
    assert CARD.encode() not in out and b"bob@example.com" not in out
    assert got[2] == image  # not text: left as it is
    assert "".join(p["text"] for p in got if p["type"] == "text") == "card [CREDIT_CARD] and mail [EMAIL]"


def test_json_content_parts_are_one_channel_so_a_value_split_across_parts_is_caught() -> None:
    answer = {"choices": [{"index": 0, "message": {"content": parts("card " + CARD[:9], CARD[9:] + " ok")}}]}
    out, ex = answer_through(answer)
    got = json.loads(out)["choices"][0]["message"]["content"]
    assert CARD[9:].encode() not in out and "".join(p["text"] for p in got) == "card [CREDIT_CARD] ok"
    assert len(got) == 2 and ex.flags["output_pii"] == {"credit_card": 1}


def test_json_content_parts_with_a_canary_leak_are_blocked() -> None:
    ex = Warden(OPEN).exchange(HttpRequest("POST", "/chat", {}), RouteSpec(system_prompt="Be terse."))
    assert drive_sync(ex.admit()) is None
    assert isinstance(drive_sync(ex.inspect(json.dumps(HI).encode())), bytes)
    assert ex.response_start(200, "application/json") == "json"
    leak = ex.canary
    answer = {"choices": [{"index": 0, "message": {"content": parts("sure: " + leak[:5], leak[5:])}}]}
    out = ex.filter_json(json.dumps(answer).encode())
    assert ex.refusal is not None and json.loads(out)["error"]["code"] == "system_prompt_leak"


@pytest.mark.parametrize("pieces", [None, [1], [7, 3]])
def test_streamed_content_parts_are_filtered(pieces: list[int] | None) -> None:
    raw = sse(
        chunk({"role": "assistant", "content": []}),
        chunk({"content": parts("my card ")}),
        chunk({"content": parts(CARD[:6], CARD[6:12])}),
        chunk({"content": [{"type": "image_url", "image_url": {"url": "u"}}, *parts(CARD[12:])]}),
        chunk({"content": parts(" ok")}),
        chunk({}, finish="stop"),
        "[DONE]",
    )
    out, ex = stream_through(raw, pieces=pieces)
    events = data_events(out)
    assert CARD not in out and "1111" not in out
    assert delta_text(events) == "my card [CREDIT_CARD] ok"
    assert {"type": "image_url", "image_url": {"url": "u"}} in [
        p for e in events[:-1] for c in e["choices"] for p in (c["delta"].get("content") or []) if isinstance(p, dict)
    ]
    assert events[-1] == "[DONE]" and ex.flags["output_pii"] == {"credit_card": 1}


def test_text_held_back_goes_into_the_finishing_chunks_parts_in_order() -> None:
    raw = sse(chunk({"content": parts("Card " + CARD[:8])}), chunk({"content": parts(CARD[8:])}, finish="stop"))
    out, _ = stream_through(raw + sse("[DONE]"))
    events = data_events(out)
    assert delta_text(events) == "Card [CREDIT_CARD]"
    assert events[-2]["choices"][0]["finish_reason"] == "stop"


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(alphabet="ab @.-0123456789\n", max_size=80).map(lambda t: t + " " + CARD + " x@y.io end"),
    cuts=st.lists(st.integers(min_value=1, max_value=12), min_size=1, max_size=6),
    wire=st.lists(st.integers(min_value=1, max_value=40), min_size=1, max_size=4),
)
def test_parts_stream_equals_the_string_stream_for_any_chunking(text: str, cuts: list[int], wire: list[int]) -> None:
    pieces, at, i = [], 0, 0
    while at < len(text):
        pieces.append(text[at : at + cuts[i % len(cuts)]])
        at, i = at + cuts[i % len(cuts)], i + 1
    as_parts = sse(*[chunk({"content": parts(p)}) for p in pieces], chunk({}, finish="stop"), "[DONE]")
    as_string = sse(chunk({"content": text}), chunk({}, finish="stop"), "[DONE]")
    whole, _ = answer_through({"choices": [{"index": 0, "message": {"content": text}}]})
    expected = json.loads(whole)["choices"][0]["message"]["content"]
    assert delta_text(data_events(stream_through(as_parts, pieces=wire)[0])) == expected
    assert delta_text(data_events(stream_through(as_string)[0])) == expected


def test_json_audio_transcript_is_filtered_on_its_own_channel() -> None:
    audio = {"id": "audio_1", "data": "UklGRg==", "expires_at": 1, "transcript": "card " + CARD}
    answer = {"choices": [{"index": 0, "message": {"role": "assistant", "content": None, "audio": audio}}]}
    out, _ = answer_through(answer)
    got = json.loads(out)["choices"][0]["message"]
    assert got["audio"] == {**audio, "transcript": "card [CREDIT_CARD]"} and got["content"] is None


@pytest.mark.parametrize("pieces", [None, [1]])
def test_streamed_audio_transcript_is_filtered(pieces: list[int] | None) -> None:
    raw = sse(
        chunk({"role": "assistant", "audio": {"id": "audio_1", "transcript": "card " + CARD[:7], "data": "AAA="}}),
        chunk({"audio": {"transcript": CARD[7:] + " said", "data": "BBB="}}),
        chunk({"content": "text " + CARD}),
        chunk({"audio": {"transcript": " and " + CARD[:4]}}),
        "[DONE]",
    )
    out, _ = stream_through(raw, pieces=pieces)
    events = data_events(out)
    assert CARD not in out and transcript(events) == "card [CREDIT_CARD] said and 4111"
    assert delta_text(events) == "text [CREDIT_CARD]"
    assert [e["choices"][0]["delta"]["audio"]["data"] for e in events[:2]] == ["AAA=", "BBB="]


# -- 2. an answer in the other format than the route declares ---------------------------------

OPENAI_ANSWER = {
    "id": "c1",
    "object": "chat.completion",
    "choices": [{"index": 0, "message": {"role": "assistant", "content": "card " + CARD}, "finish_reason": "stop"}],
}
ANTHROPIC_ANSWER = {
    "id": "m1",
    "type": "message",
    "role": "assistant",
    "content": [{"type": "text", "text": "card " + CARD}],
    "usage": {"input_tokens": 1, "output_tokens": 2},
}


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


GENERIC = RouteSpec(format="generic", prompt_field="input.text", answer_field="output.text")


@pytest.mark.parametrize(
    ("answer", "refused"),
    [
        (OPENAI_ANSWER, True),
        (ANTHROPIC_ANSWER, True),
        ({"output": {"text": "card " + CARD}}, False),
        ({"output": {"text": None}, "choices": []}, False),  # its own field is there
        ({"error": {"message": "busy"}}, False),
        ({"result": "card " + CARD}, False),  # neither format: passes as before
    ],
)
def test_a_generic_route_refuses_an_openai_or_anthropic_answer_without_its_answer_field(
    answer: dict[str, Any], refused: bool
) -> None:
    ex = Warden(OPEN).exchange(HttpRequest("POST", "/gen", {}), GENERIC)
    assert drive_sync(ex.admit()) is None
    assert isinstance(drive_sync(ex.inspect(json.dumps({"input": {"text": "hi"}}).encode())), bytes)
    assert ex.response_start(200, "application/json") == "json"
    out = ex.filter_json(json.dumps(answer).encode())
    assert (ex.refusal is not None) is refused
    if refused:
        assert CARD.encode() not in out and json.loads(out)["error"]["code"] == "unreadable_answer"
    elif "output" in answer and answer["output"]["text"]:
        assert json.loads(out)["output"]["text"] == "card [CREDIT_CARD]"

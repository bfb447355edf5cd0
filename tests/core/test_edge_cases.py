"""Edge cases found by probing the engine and the wire formats as a hostile client or an odd provider would."""

from __future__ import annotations

import json
from typing import Any

import pytest

from aiwarden.context import HttpRequest
from aiwarden.effects import drive_sync
from aiwarden.engine import Warden
from aiwarden.errors import Refusal
from aiwarden.policy import RouteSpec

OPEN: dict[str, Any] = {"auth": {"required": False, "anonymous_tier": "default"}}
CARD = "4111 1111 1111 1111"
HI = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]}


def inspect(body: bytes, *, headers: dict[str, str] | None = None, api: str = "openai") -> tuple[Any, Any]:
    ex = Warden(OPEN).exchange(HttpRequest("POST", "/chat", headers or {}), RouteSpec(format=api))  # type: ignore[arg-type]
    assert drive_sync(ex.admit()) is None
    return drive_sync(ex.inspect(body)), ex


# -- request bodies ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "code"),
    [
        # more digits than Python converts to int (ValueError, not JSONDecodeError)
        (b'{"model":"m","messages":[{"role":"user","content":"hi"}],"seed":' + b"9" * 5000 + b"}", "invalid_json"),
        # NaN / Infinity are not JSON; forwarded, they reach the provider as an invalid body
        (b'{"model":"m","messages":[{"role":"user","content":"hi"}],"temperature":NaN}', "invalid_json"),
        (b'{"model":"m","messages":[{"role":"user","content":"hi"}],"top_p":-Infinity}', "invalid_json"),
        (b'{"model":"m","messages":[{"role":"user","content":"hi"}],"temperature":1e999}', "invalid_json"),
        # a lone surrogate escape: valid JSON syntax, but no UTF-8 can carry it (scanners and render failed)
        (b'{"model":"m","messages":[{"role":"user","content":"\\ud800 hi"}]}', "invalid_encoding"),
        (b'{"model":"m","messages":[{"role":"user","content":"hi \\uDFFF"}]}', "invalid_encoding"),
    ],
)
@pytest.mark.parametrize("api", ["openai", "anthropic"])
def test_bodies_that_crashed_the_parser_are_a_400(body: bytes, code: str, api: str) -> None:
    if api == "anthropic":
        body = body[:-1] + b',"max_tokens":10}'
    outcome, ex = inspect(body, api=api)
    assert isinstance(outcome, Refusal), outcome
    assert (outcome.status, outcome.code, outcome.type) == (400, code, "invalid_request_error")
    assert ex.refused_by == "parse" and outcome.headers["x-request-id"] == ex.request_id


def test_escaped_surrogate_pairs_and_big_but_sane_numbers_still_parse() -> None:
    # what json.dumps sends by default (ensure_ascii): an emoji as a surrogate pair escape
    body = json.dumps({**HI, "messages": [{"role": "user", "content": "hi 😀 \\ud800"}], "seed": 10**30}).encode()
    outcome, _ = inspect(body)
    assert isinstance(outcome, bytes), outcome
    sent = json.loads(outcome)
    assert sent["messages"][-1]["content"] == "hi 😀 \\ud800" and sent["seed"] == 10**30
    assert b"NaN" not in outcome and b"Infinity" not in outcome


# -- streams from odd providers ---------------------------------------------------------------


def stream_through(raw: bytes, *, api: str = "openai", byte_by_byte: bool = False, **body: Any) -> tuple[str, Any]:
    """A provider's raw SSE bytes through the engine (split at every byte when asked)."""
    ex = Warden(OPEN).exchange(HttpRequest("POST", "/chat", {}), RouteSpec(format=api))  # type: ignore[arg-type]
    assert drive_sync(ex.admit()) is None
    request = {**HI, "stream": True, "max_tokens": 100, **body}
    assert isinstance(drive_sync(ex.inspect(json.dumps(request).encode())), bytes)
    assert ex.response_start(200, "text/event-stream") == "sse"
    pieces = [raw[i : i + 1] for i in range(len(raw))] if byte_by_byte else [raw]
    out = b"".join(ex.filter_chunk(p) for p in pieces) + ex.filter_end()
    drive_sync(ex.finish())
    return out.decode(), ex


def data_events(raw: str) -> list[Any]:
    """The JSON ``data:`` payloads of an SSE text, in order (``[DONE]`` as a string)."""
    out = []
    for block in raw.replace("\r\n", "\n").split("\n\n"):
        data = [line[5:].lstrip(" ") for line in block.split("\n") if line.startswith("data:")]
        if data:
            text = "\n".join(data)
            out.append(text if text == "[DONE]" else json.loads(text))
    return out


def chunk(delta: dict[str, Any], index: int = 0, finish: str | None = None, **extra: Any) -> dict[str, Any]:
    choice = {"index": index, "delta": delta, "finish_reason": finish}
    return {"id": "c1", "object": "chat.completion.chunk", "model": "m", "choices": [choice], **extra}


def sse(*docs: Any, eol: str = "\n") -> bytes:
    return b"".join(f"data: {d if isinstance(d, str) else json.dumps(d)}{eol}{eol}".encode() for d in docs)


def openai_fields(events: list[Any], field: str = "content") -> dict[int, str]:
    out: dict[int, str] = {}
    for doc in events:
        choices = doc.get("choices") if isinstance(doc, dict) else None
        for choice in choices if isinstance(choices, list) else []:
            value = (choice.get("delta") or {}).get(field)
            if isinstance(value, str):
                out[choice["index"]] = out.get(choice["index"], "") + value
    return out


@pytest.mark.parametrize("byte_by_byte", [False, True])
def test_crlf_comments_and_fields_of_a_provider_stream_survive_and_are_redacted(byte_by_byte: bool) -> None:
    raw = (
        b": ping\r\n\r\n"
        + sse(chunk({"role": "assistant", "content": ""}), eol="\r\n")
        + b"id: 7\r\nretry: 1000\r\n"
        + sse(chunk({"content": "card " + CARD[:7]}), eol="\r\n")
        + b'data: {"id":"c1","choices":[{"index":0,\r\ndata: "delta":{"content":"'
        + CARD[7:].encode()
        + b' ok"},"finish_reason":null}]}\r\n\r\n'
        + sse(chunk({}, finish="stop"), "[DONE]", eol="\r\n")
    )
    out, ex = stream_through(raw, byte_by_byte=byte_by_byte)
    events = data_events(out)
    assert out.startswith(": ping\r\n\r\n")  # comments (keep-alives) pass on
    assert CARD not in out and openai_fields(events) == {0: "card [CREDIT_CARD] ok"}
    assert events[-1] == "[DONE]" and events[-2]["choices"][0]["finish_reason"] == "stop"
    assert events[0]["choices"][0]["delta"]["role"] == "assistant"
    assert ex.flags["output_pii"] == {"credit_card": 1}


@pytest.mark.parametrize("byte_by_byte", [False, True])
def test_two_choices_are_filtered_apart(byte_by_byte: bool) -> None:
    pieces = ["my card ", CARD[:6], CARD[6:12], CARD[12:], " done"]
    docs: list[Any] = []
    for piece in pieces:
        docs += [chunk({"content": piece}, 0), chunk({"content": piece.upper()}, 1)]
    docs += [chunk({}, 0, "stop"), chunk({}, 1, "stop"), "[DONE]"]
    out, _ = stream_through(sse(*docs), byte_by_byte=byte_by_byte, n=2)
    assert openai_fields(data_events(out)) == {0: "my card [CREDIT_CARD] done", 1: "MY CARD [CREDIT_CARD] DONE"}
    assert data_events(out)[-1] == "[DONE]"


def test_tool_call_deltas_are_filtered_across_chunks() -> None:
    def call(args: str, first: bool = False) -> dict[str, Any]:
        head = {"id": "call_1", "type": "function", "function": {"name": "lookup", "arguments": args}}
        return {"tool_calls": [{"index": 0, **(head if first else {"function": {"arguments": args}})}]}

    raw = sse(
        chunk({"role": "assistant", "content": None, **call("", True)}),
        chunk(call('{"q": "' + CARD[:8])),
        chunk(call(CARD[8:] + '"}')),
        chunk({}, finish="tool_calls"),
        "[DONE]",
    )
    out, _ = stream_through(raw, byte_by_byte=True)
    events = data_events(out)
    args = "".join(
        t["function"].get("arguments", "")
        for e in events
        if isinstance(e, dict)
        for c in e.get("choices", [])
        for t in c["delta"].get("tool_calls") or []
    )
    assert args == '{"q": "[CREDIT_CARD]"}' and CARD[:8] not in out and events[-1] == "[DONE]"


@pytest.mark.parametrize("include_usage", [True, False])
def test_usage_chunk_is_kept_or_dropped_and_settles_the_request(include_usage: bool) -> None:
    usage = {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18}
    raw = sse(
        chunk({"role": "assistant", "content": ""}, usage=None),
        chunk({"content": "hello world"}, usage=None),
        chunk({}, finish="stop", usage=None),
        {"id": "c1", "object": "chat.completion.chunk", "model": "m", "choices": [], "usage": usage},
        "[DONE]",
    )
    out, ex = stream_through(raw, stream_options={"include_usage": include_usage})
    events = data_events(out)
    assert [e["usage"] for e in events[:-1] if e.get("usage")] == ([usage] if include_usage else [])
    assert events[-1] == "[DONE]" and openai_fields(events) == {0: "hello world"}
    assert (ex.usage.input_tokens, ex.usage.output_tokens, ex.usage.reported) == (11, 7, True)


@pytest.mark.parametrize("byte_by_byte", [False, True])
def test_streamed_refusal_is_filtered_like_the_json_one(byte_by_byte: bool) -> None:
    # a JSON answer's message.refusal goes through the output filters; a streamed one must too
    raw = sse(
        chunk({"role": "assistant", "content": None, "refusal": ""}),
        chunk({"refusal": "I can't repeat "}),
        chunk({"refusal": CARD[:9]}),
        chunk({"refusal": CARD[9:] + "."}),
        chunk({}, finish="stop"),
        "[DONE]",
    )
    out, _ = stream_through(raw, byte_by_byte=byte_by_byte)
    events = data_events(out)
    assert CARD not in out
    assert openai_fields(events, "refusal") == {0: "I can't repeat [CREDIT_CARD]."}
    assert openai_fields(events) == {}  # no content appears where the provider sent a refusal
    assert events[-1] == "[DONE]"


def test_streamed_refusal_without_a_finish_is_flushed_as_a_refusal() -> None:
    out, _ = stream_through(sse(chunk({"refusal": "no: " + CARD})))
    events = data_events(out)
    assert CARD not in out and openai_fields(events, "refusal") == {0: "no: [CREDIT_CARD]"}
    assert openai_fields(events) == {}


def test_held_text_comes_before_a_provider_error_in_the_stream() -> None:
    error = {"error": {"message": "The server is overloaded.", "type": "server_error", "code": None}}
    out, ex = stream_through(sse(chunk({"content": "Hello abc"}), error))
    events = data_events(out)
    assert openai_fields(events) == {0: "Hello abc"}
    assert events[-1] == error  # nothing of the answer arrives after the error
    assert ex.flags["stream_incomplete"] is True


def anthropic_sse(*docs: dict[str, Any]) -> bytes:
    return b"".join(f"event: {d['type']}\ndata: {json.dumps(d)}\n\n".encode() for d in docs)


def anthropic_texts(events: list[Any]) -> dict[tuple[int, str], str]:
    out: dict[tuple[int, str], str] = {}
    for doc in events:
        if doc["type"] == "content_block_start":
            block = doc["content_block"]
            for key in ("text", "thinking"):
                if block.get(key):
                    out[doc["index"], key] = out.get((doc["index"], key), "") + block[key]
        if doc["type"] == "content_block_delta":
            for key in ("text", "thinking", "partial_json"):
                if key in doc["delta"]:
                    out[doc["index"], key] = out.get((doc["index"], key), "") + doc["delta"][key]
    return out


MESSAGE_START = {
    "type": "message_start",
    "message": {
        "id": "m1",
        "type": "message",
        "role": "assistant",
        "content": [],
        "model": "claude",
        "usage": {"input_tokens": 10, "output_tokens": 1},
    },
}
MESSAGE_END = (
    {"type": "message_delta", "delta": {"stop_reason": "end_turn"}, "usage": {"output_tokens": 9}},
    {"type": "message_stop"},
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


# -- JSON answers -------------------------------------------------------------------------------


def answer_through(answer: dict[str, Any], *, api: str = "openai") -> tuple[Any, Any]:
    ex = Warden(OPEN).exchange(HttpRequest("POST", "/chat", {}), RouteSpec(format=api))  # type: ignore[arg-type]
    assert drive_sync(ex.admit()) is None
    assert isinstance(drive_sync(ex.inspect(json.dumps({**HI, "max_tokens": 100}).encode())), bytes)
    assert ex.response_start(200, "application/json") == "json"
    out = ex.filter_json(json.dumps(answer).encode())
    drive_sync(ex.finish())
    return json.loads(out), ex


def test_json_answer_choices_refusal_tool_calls_and_null_content() -> None:
    call = {"id": "call_1", "type": "function", "function": {"name": "f", "arguments": json.dumps({"q": CARD})}}
    answer = {
        "id": "c1",
        "object": "chat.completion",
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": "a " + CARD}, "finish_reason": "stop"},
            {
                "index": 1,
                "message": {"role": "assistant", "content": None, "refusal": "no: " + CARD},
                "finish_reason": "stop",
            },
            {
                "index": 2,
                "message": {"role": "assistant", "content": None, "tool_calls": [call]},
                "finish_reason": "tool_calls",
            },
        ],
        "usage": {"prompt_tokens": 5, "completion_tokens": 6, "total_tokens": 11},
    }
    out, ex = answer_through(answer)
    first, second, third = (c["message"] for c in out["choices"])
    assert first["content"] == "a [CREDIT_CARD]"
    assert second == {"role": "assistant", "content": None, "refusal": "no: [CREDIT_CARD]"}
    # tool arguments reach the app and often the user: filtered like text
    assert third["tool_calls"][0]["function"]["arguments"] == json.dumps({"q": "[CREDIT_CARD]"})
    assert (ex.usage.input_tokens, ex.usage.output_tokens) == (5, 6)


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
    out, _ = answer_through(answer, api="anthropic")
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


def test_openai_chunks_of_the_wrong_shape_cut_the_stream_as_unreadable() -> None:
    odd = {"id": "c1", "choices": 245}
    out, ex = stream_through(sse(chunk({"content": "hello"}), odd, chunk({}, finish="stop"), "[DONE]"))
    events = data_events(out)
    assert odd not in events and events[-1]["error"]["code"] == "unreadable_answer" and ex.stream_cut


@pytest.mark.parametrize("ctype", ["application/json", "text/event-stream"])
def test_a_compressed_answer_is_refused_not_passed_unread(ctype: str) -> None:
    import gzip

    ex = Warden(OPEN).exchange(HttpRequest("POST", "/chat", {}), RouteSpec())
    assert drive_sync(ex.admit()) is None
    assert isinstance(drive_sync(ex.inspect(json.dumps(HI).encode())), bytes)
    assert ex.response_start(200, ctype, "gzip") == "json"
    out = ex.filter_json(gzip.compress(json.dumps({"choices": [{"message": {"content": CARD}}]}).encode()))
    drive_sync(ex.finish())
    assert json.loads(out)["error"]["code"] == "unreadable_answer"
    assert ex.refusal is not None and ex.refusal.status == 502
    assert ex.flags["blocked_output"] == "unreadable_answer"


def test_identity_encoding_is_read_and_a_compressed_error_is_refused() -> None:
    ex = Warden(OPEN).exchange(HttpRequest("POST", "/chat", {}), RouteSpec())
    assert drive_sync(ex.admit()) is None
    assert isinstance(drive_sync(ex.inspect(json.dumps(HI).encode())), bytes)
    assert ex.response_start(500, "application/json", "gzip") == "json"  # an error body is read too
    assert ex.refusal is not None and ex.refusal.code == "unreadable_answer"
    ex = Warden(OPEN).exchange(HttpRequest("POST", "/chat", {}), RouteSpec())
    drive_sync(ex.admit())
    drive_sync(ex.inspect(json.dumps(HI).encode()))
    assert ex.response_start(200, "application/json", "identity") == "json" and ex.refusal is None


GENERIC = RouteSpec(format="generic", prompt_field="input.text", answer_field="output.text", system_prompt="S")


def test_generic_route_refuses_stream_as_documented() -> None:
    ex = Warden(OPEN).exchange(HttpRequest("POST", "/gen", {}), GENERIC)
    assert drive_sync(ex.admit()) is None
    outcome = drive_sync(ex.inspect(json.dumps({"input": {"text": "hi"}, "stream": True}).encode()))
    assert isinstance(outcome, Refusal) and (outcome.status, outcome.code) == (400, "stream_not_supported")


def test_generic_route_sse_answer_is_refused_not_passed_unfiltered() -> None:
    # the generic format cannot read an event stream: its text (here a card) would go out unfiltered
    ex = Warden(OPEN).exchange(HttpRequest("POST", "/gen", {}), GENERIC)
    assert drive_sync(ex.admit()) is None
    assert isinstance(drive_sync(ex.inspect(json.dumps({"input": {"text": "hi"}}).encode())), bytes)
    kind = ex.response_start(200, "text/event-stream")
    assert kind == "json"  # buffered and replaced by the refusal
    out = ex.filter_json(b'data: {"output": {"text": "' + CARD.encode() + b'"}}\n\n')
    drive_sync(ex.finish())
    assert CARD.encode() not in out and json.loads(out)["error"]["code"] == "unreadable_answer"
    assert ex.refusal is not None and ex.refusal.status == 502


def test_generic_route_json_answer_is_filtered() -> None:
    ex = Warden(OPEN).exchange(HttpRequest("POST", "/gen", {}), GENERIC)
    assert drive_sync(ex.admit()) is None
    sent = drive_sync(ex.inspect(json.dumps({"input": {"text": "hi"}, "stream": False, "k": [1]}).encode()))
    assert isinstance(sent, bytes) and json.loads(sent)["k"] == [1]
    assert ex.response_start(200, "application/json") == "json"
    out = json.loads(ex.filter_json(json.dumps({"output": {"text": "card " + CARD}, "n": 2}).encode()))
    assert out == {"output": {"text": "card [CREDIT_CARD]"}, "n": 2}


@pytest.mark.parametrize(
    "text",
    [
        "Here is a long sentence with many words and then a number 4111",
        "Hello world, nice to meet you all today friend. Email bob@exam",
        "Your card " + CARD,
    ],
)
@pytest.mark.parametrize("field", ["content", "refusal"])
def test_text_in_the_finishing_chunk_keeps_its_order(text: str, field: str) -> None:
    # some servers (vLLM, Groq, ...) put the last text in the chunk that carries finish_reason: what
    # the filters held back must come after the part they released, not before it
    raw = sse(chunk({"role": "assistant", field: ""}), chunk({field: text}, finish="stop"), "[DONE]")
    out, _ = stream_through(raw)
    events = data_events(out)
    assert openai_fields(events, field) == {0: text.replace(CARD, "[CREDIT_CARD]")}
    assert events[-2]["choices"][0]["finish_reason"] == "stop" and events[-1] == "[DONE]"


def test_an_answer_of_another_content_type_is_passed_with_a_warning_once(caplog: pytest.LogCaptureFixture) -> None:
    # Django's and Flask's default content type is text/html: a view that forgets it gets no output
    # filtering, and the operator must hear about it
    for _ in range(2):
        ex = Warden(OPEN).exchange(HttpRequest("POST", "/unfiltered-edge", {}), RouteSpec())
        assert drive_sync(ex.admit()) is None
        assert isinstance(drive_sync(ex.inspect(json.dumps(HI).encode())), bytes)
        assert ex.response_start(200, "text/html; charset=utf-8") == "pass"
        drive_sync(ex.finish())
    warnings = [r for r in caplog.records if "went out without output filtering" in r.getMessage()]
    assert len(warnings) == 1 and "/unfiltered-edge" in warnings[0].getMessage()
    assert "text/html" in warnings[0].getMessage()


@pytest.mark.parametrize("byte_by_byte", [False, True])
def test_a_byte_order_mark_at_the_start_of_a_stream_does_not_hide_the_first_event(byte_by_byte: bool) -> None:
    # SSE decoders (browsers) strip it; left in, the first line's field name was "\ufeffdata" and the
    # event went out raw, unfiltered
    raw = b"\xef\xbb\xbf" + sse(chunk({"content": "card " + CARD}, finish="stop"), "[DONE]")
    out, _ = stream_through(raw, byte_by_byte=byte_by_byte)
    assert CARD not in out
    assert openai_fields(data_events(out.lstrip("\ufeff"))) == {0: "card [CREDIT_CARD]"}


SECRET = "sk-proj-" + "Ab3dE5gH7jK9mN1pQ3sT5vX7zB9dF1hJ3lN5pR7tV9xZ"


@pytest.mark.parametrize("byte_by_byte", [False, True])
@pytest.mark.parametrize("api", ["openai", "anthropic"])
def test_a_secret_split_anywhere_cuts_the_stream_with_an_error_and_no_end(api: str, byte_by_byte: bool) -> None:
    text = "here it is: " + SECRET + " bye"
    pieces = [text[i : i + 3] for i in range(0, len(text), 3)]
    if api == "openai":
        raw = sse(chunk({"role": "assistant", "content": ""}), *(chunk({"content": p}) for p in pieces))
        raw += sse(chunk({}, finish="stop"), "[DONE]")
    else:
        raw = anthropic_sse(
            MESSAGE_START,
            {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
            *({"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": p}} for p in pieces),
            {"type": "content_block_stop", "index": 0},
            *MESSAGE_END,
        )
    out, ex = stream_through(raw, api=api, byte_by_byte=byte_by_byte)
    assert SECRET[:12] not in out and "Ab3dE5gH7jK9" not in out
    assert "[DONE]" not in out and "message_stop" not in out
    last = data_events(out)[-1]
    assert last["error"]["code"] == "secret_leak" and (api == "openai" or last["type"] == "error")
    assert ex.stream_cut and ex.refusal is not None and ex.refusal.code == "secret_leak"


def test_a_stream_ending_without_done_releases_what_was_held_and_is_flagged() -> None:
    out, ex = stream_through(sse(chunk({"role": "assistant", "content": ""}), chunk({"content": "mail bob@exa"})))
    assert openai_fields(data_events(out)) == {0: "mail bob@exa"}
    assert "[DONE]" not in out and ex.flags["stream_incomplete"] is True


def test_a_lone_surrogate_in_the_providers_answer_survives_filtering() -> None:
    # a server that escapes non-ASCII can cut an emoji in half at max_tokens: "\ud83d" alone
    text = "card " + CARD + " \ud83d"
    out, _ = answer_through({"choices": [{"index": 0, "message": {"role": "assistant", "content": text}}]})
    assert out["choices"][0]["message"]["content"] == "card [CREDIT_CARD] \ud83d"
    raw = b'data: {"choices":[{"index":0,"delta":{"content":"card ' + CARD.encode() + b' \\ud83d"}}]}\n\n'
    streamed, _ = stream_through(raw + sse(chunk({}, finish="stop"), "[DONE]"))
    assert openai_fields(data_events(streamed)) == {0: "card [CREDIT_CARD] \ud83d"}
    anthropic, _ = stream_through(
        anthropic_sse(
            MESSAGE_START,
            {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": text}},
            {"type": "content_block_stop", "index": 0},
            *MESSAGE_END,
        ),
        api="anthropic",
    )
    assert anthropic_texts(data_events(anthropic)) == {(0, "text"): "card [CREDIT_CARD] \ud83d"}


def test_an_answer_with_an_invalid_utf8_byte_is_still_filtered() -> None:
    # json.loads(bytes) raised UnicodeDecodeError and the whole answer went out unfiltered
    ex = Warden(OPEN).exchange(HttpRequest("POST", "/chat", {}), RouteSpec(system_prompt="S"))
    assert drive_sync(ex.admit()) is None
    assert isinstance(drive_sync(ex.inspect(json.dumps(HI).encode())), bytes)
    assert ex.response_start(200, "application/json") == "json"
    body = b'{"choices":[{"index":0,"message":{"role":"assistant","content":"\xff card ' + CARD.encode() + b'"}}]}'
    out = ex.filter_json(body)
    drive_sync(ex.finish())
    assert CARD.encode() not in out
    assert json.loads(out)["choices"][0]["message"]["content"] == "\ufffd card [CREDIT_CARD]"


def test_monitor_mode_passes_an_unreadable_answer_and_records_it() -> None:
    ex = Warden({**OPEN, "mode": "monitor"}).exchange(HttpRequest("POST", "/chat", {}), RouteSpec())
    assert drive_sync(ex.admit()) is None
    assert isinstance(drive_sync(ex.inspect(json.dumps(HI).encode())), bytes)
    assert ex.response_start(200, "application/json", "gzip") == "pass"  # the answer goes on untouched
    drive_sync(ex.finish())
    assert ex.refusal is None and [r.code for _, r in ex.monitored] == ["unreadable_answer"]
    assert ex.response_headers["x-aiwarden-monitor"] == "unreadable_answer"


@pytest.mark.parametrize("field", ["reasoning_content", "reasoning"])
@pytest.mark.parametrize("byte_by_byte", [False, True])
def test_reasoning_text_of_openai_compatible_servers_is_filtered(field: str, byte_by_byte: bool) -> None:
    # DeepSeek, vLLM, OpenRouter, Groq stream the model's reasoning for the user to read; reasoning
    # models restate the system prompt there, so it is an output channel like content
    raw = sse(
        chunk({"role": "assistant", field: ""}),
        chunk({field: "The user's card is " + CARD[:8]}),
        chunk({field: CARD[8:] + "."}),
        chunk({"content": "Done."}),
        chunk({}, finish="stop"),
        "[DONE]",
    )
    out, _ = stream_through(raw, byte_by_byte=byte_by_byte)
    events = data_events(out)
    assert CARD not in out
    assert openai_fields(events, field) == {0: "The user's card is [CREDIT_CARD]."}
    assert openai_fields(events) == {0: "Done."}
    answer = {"choices": [{"index": 0, "message": {"role": "assistant", "content": "ok", field: "card " + CARD}}]}
    doc, _ = answer_through(answer)
    assert doc["choices"][0]["message"][field] == "card [CREDIT_CARD]"

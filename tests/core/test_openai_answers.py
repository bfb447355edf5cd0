"""OpenAI chat answers through the output chain, JSON and streamed: every choice, refusal, tool
call, reasoning and usage field is filtered, and the shapes odd servers send (CRLF, comments, text in
the finishing chunk, a byte order mark, no [DONE], an error event, undecodable text) keep their order."""

from __future__ import annotations

import json
from typing import Any

import pytest

from aiwarden.context import HttpRequest
from aiwarden.effects import drive_sync
from aiwarden.policy import RouteSpec
from aiwarden.warden import Warden

from .wire_support import (
    CARD,
    HI,
    MESSAGE_END,
    MESSAGE_START,
    OPEN,
    answer_json,
    anthropic_sse,
    anthropic_texts,
    chunk,
    data_events,
    openai_fields,
    sse,
    stream_through,
)


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
    out, ex = answer_json(answer)
    first, second, third = (c["message"] for c in out["choices"])
    assert first["content"] == "a [CREDIT_CARD]"
    assert second == {"role": "assistant", "content": None, "refusal": "no: [CREDIT_CARD]"}
    # tool arguments reach the app and often the user: filtered like text
    assert third["tool_calls"][0]["function"]["arguments"] == json.dumps({"q": "[CREDIT_CARD]"})
    assert (ex.usage.input_tokens, ex.usage.output_tokens) == (5, 6)


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


@pytest.mark.parametrize("byte_by_byte", [False, True])
def test_a_byte_order_mark_at_the_start_of_a_stream_does_not_hide_the_first_event(byte_by_byte: bool) -> None:
    # SSE decoders (browsers) strip it; left in, the first line's field name was "\ufeffdata" and the
    # event went out raw, unfiltered
    raw = b"\xef\xbb\xbf" + sse(chunk({"content": "card " + CARD}, finish="stop"), "[DONE]")
    out, _ = stream_through(raw, byte_by_byte=byte_by_byte)
    assert CARD not in out
    assert openai_fields(data_events(out.lstrip("\ufeff"))) == {0: "card [CREDIT_CARD]"}


def test_a_stream_ending_without_done_releases_what_was_held_and_is_flagged() -> None:
    out, ex = stream_through(sse(chunk({"role": "assistant", "content": ""}), chunk({"content": "mail bob@exa"})))
    assert openai_fields(data_events(out)) == {0: "mail bob@exa"}
    assert "[DONE]" not in out and ex.flags["stream_incomplete"] is True


def test_a_lone_surrogate_in_the_providers_answer_survives_filtering() -> None:
    # a server that escapes non-ASCII can cut an emoji in half at max_tokens: "\ud83d" alone
    text = "card " + CARD + " \ud83d"
    out, _ = answer_json({"choices": [{"index": 0, "message": {"role": "assistant", "content": text}}]})
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
    assert isinstance(drive_sync(ex.check(json.dumps(HI).encode())), bytes)
    assert ex.response_start(200, "application/json") == "json"
    body = b'{"choices":[{"index":0,"message":{"role":"assistant","content":"\xff card ' + CARD.encode() + b'"}}]}'
    out = ex.filter_json(body)
    drive_sync(ex.finish())
    assert CARD.encode() not in out
    assert json.loads(out)["choices"][0]["message"]["content"] == "\ufffd card [CREDIT_CARD]"


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
    doc, _ = answer_json(answer)
    assert doc["choices"][0]["message"][field] == "card [CREDIT_CARD]"


def test_an_event_type_that_is_no_string_on_an_openai_route_is_no_crash() -> None:
    # the check for an Anthropic event on an OpenAI route looked the type up in a set: TypeError
    raw = sse({"type": [1], "text": "card " + CARD}, chunk({"content": "card " + CARD}, finish="stop"), "[DONE]")
    out, _ = stream_through(raw)
    assert CARD not in out


def test_fields_of_a_compatible_server_are_filtered_in_a_json_answer() -> None:
    # Perplexity-style citations and search results at the top, a note on the choice: read whole
    doc = {
        "id": "c1",
        "object": "chat.completion",
        "model": "m",
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": "ok"}, "finish_reason": "stop", "note": CARD}
        ],
        "citations": ["https://x.example/?c=" + CARD],
        "search_results": [{"snippet": "mail jane.doe@example.com", "rank": 1}],
    }
    out, _ = answer_json(doc)
    text = json.dumps(out)
    assert CARD not in text and "jane.doe@example.com" not in text
    assert out["citations"] == ["https://x.example/?c=[CREDIT_CARD]"]
    assert out["search_results"] == [{"snippet": "mail [EMAIL]", "rank": 1}]
    assert out["choices"][0]["note"] == "[CREDIT_CARD]" and out["choices"][0]["message"]["content"] == "ok"


@pytest.mark.parametrize("byte_by_byte", [False, True])
@pytest.mark.parametrize("content", ["ok", "a longer answer that is not held back at all " * 3])
def test_fields_of_a_compatible_server_are_filtered_in_a_stream(byte_by_byte: bool, content: str) -> None:
    raw = sse(
        chunk({"content": content}, citations=["card " + CARD]),
        {"id": "c1", "choices": [{"index": 0, "delta": {"content": "!"}, "finish_reason": None, "note": CARD}]},
        chunk({}, finish="stop"),
        "[DONE]",
    )
    out, _ = stream_through(raw, byte_by_byte=byte_by_byte)
    events = data_events(out)
    assert CARD not in out and openai_fields(events) == {0: content + "!"}
    # nothing is dropped: the fields arrive, filtered
    assert [e["citations"] for e in events if isinstance(e, dict) and "citations" in e] == [["card [CREDIT_CARD]"]]
    notes = [c["note"] for e in events if isinstance(e, dict) for c in e.get("choices", []) if "note" in c]
    assert notes == ["[CREDIT_CARD]"]

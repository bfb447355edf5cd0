"""Wire formats: parsing, rendering back, answers and streams, bad input."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aiwarden.context import Message
from aiwarden.errors import RefusalError
from aiwarden.formats import AnthropicMessages, GenericJSON, OpenAIChat, decode_json_object

OPENAI = OpenAIChat()
ANTHROPIC = AnthropicMessages()


@pytest.mark.parametrize(
    ("body", "code", "needle"),
    [
        (b"", "invalid_body", "empty"),
        (b"   ", "invalid_body", "empty"),
        (b"{bad", "invalid_json", "not valid JSON"),
        (b"[1, 2]", "invalid_body", "not a JSON array"),
        (b'"text"', "invalid_body", "not a JSON string"),
        (b"\xff\xfe{}", "invalid_encoding", "UTF-8"),
        (b"[" * 100_000 + b"]" * 100_000, "invalid_json", ""),
    ],
)
def test_bad_bodies_are_refused_clearly(body: bytes, code: str, needle: str) -> None:
    with pytest.raises(RefusalError) as info:
        decode_json_object(body)
    assert info.value.refusal.status == 400
    assert info.value.refusal.code == code
    assert needle in info.value.refusal.message


@pytest.mark.parametrize(
    ("doc", "param"),
    [
        ({"messages": [{"role": "user", "content": "x"}]}, "model"),
        ({"model": "m"}, "messages"),
        ({"model": "m", "messages": []}, "messages"),
        ({"model": "m", "messages": "hi"}, "messages"),
        ({"model": "m", "messages": [5]}, "messages[0]"),
        ({"model": "m", "messages": [{"content": "x"}]}, "messages[0].role"),
        ({"model": "m", "messages": [{"role": "user", "content": 5}]}, "messages[0].content"),
        (
            {"model": "m", "messages": [{"role": "user", "content": [{"type": "text", "text": 1}]}]},
            "messages[0].content[0].text",
        ),
        ({"model": "m", "messages": [{"role": "user", "content": "x"}], "max_tokens": "9"}, "max_tokens"),
        ({"model": "m", "messages": [{"role": "user", "content": "x"}], "stream": "yes"}, "stream"),
        ({"model": "m", "messages": [{"role": "user", "content": "x"}], "max_tokens": 10**30}, "max_tokens"),
        ({"model": "m", "messages": [{"role": "user", "content": "x"}], "n": 0}, "n"),
        ({"model": "m", "messages": [{"role": "user", "content": "x"}], "n": 129}, "n"),
        ({"model": "m", "messages": [{"role": "user", "content": "x"}], "n": True}, "n"),
    ],
)
def test_openai_wrong_fields_name_the_param(doc: dict, param: str) -> None:
    with pytest.raises(RefusalError) as info:
        OPENAI.parse_request(doc)
    assert info.value.refusal.param == param


def test_openai_round_trip_keeps_unknown_fields_and_rewrites_text() -> None:
    doc = {
        "model": "gpt-4o-mini",
        "temperature": 0.2,
        "messages": [
            {
                "role": "user",
                "name": "alice",
                "content": [{"type": "text", "text": "look"}, {"type": "image_url", "image_url": {"url": "data:x"}}],
            },
            {"role": "assistant", "content": None, "tool_calls": [{"id": "1"}]},
            {"role": "tool", "tool_call_id": "1", "content": "result"},
        ],
    }
    chat = OPENAI.parse_request(doc)
    assert [p.kind for p in chat.messages[0].parts] == ["text", "image"]
    assert chat.messages[2].parts[0].kind == "tool_result"
    chat.messages[0].parts[0].text = "LOOK"
    chat.messages.insert(0, Message.of("system", "be kind", from_server=True))
    chat.max_tokens = 50
    out = OPENAI.render_request(chat)
    assert out["temperature"] == 0.2
    assert out["messages"][0] == {"role": "system", "content": "be kind"}
    assert out["messages"][1]["name"] == "alice"
    assert out["messages"][1]["content"][0] == {"type": "text", "text": "LOOK"}
    assert out["messages"][1]["content"][1]["image_url"] == {"url": "data:x"}
    assert out["messages"][2]["tool_calls"] == [{"id": "1"}]
    assert out["max_tokens"] == 50
    assert doc["messages"][0]["content"][0]["text"] == "look", "the client's document is not mutated"


def test_openai_new_models_get_max_completion_tokens() -> None:
    chat = OPENAI.parse_request({"model": "o3-mini", "messages": [{"role": "user", "content": "x"}]})
    chat.max_tokens = 10
    out = OPENAI.render_request(chat)
    assert out["max_completion_tokens"] == 10 and "max_tokens" not in out


def test_openai_stream_always_asks_for_usage() -> None:
    chat = OPENAI.parse_request({"model": "m", "stream": True, "messages": [{"role": "user", "content": "x"}]})
    assert chat.include_usage is False
    assert OPENAI.render_request(chat)["stream_options"] == {"include_usage": True}


def test_anthropic_system_and_tool_results() -> None:
    doc = {
        "model": "claude-x",
        "max_tokens": 100,
        "system": [{"type": "text", "text": "client system", "cache_control": {"type": "ephemeral"}}],
        "messages": [
            {
                "role": "user",
                "content": [
                    {"type": "tool_result", "tool_use_id": "t", "content": [{"type": "text", "text": "doc text"}]},
                    {"type": "text", "text": "hi"},
                ],
            }
        ],
    }
    chat = ANTHROPIC.parse_request(doc)
    assert chat.messages[0].role == "system" and chat.messages[0].text == "client system"
    assert chat.messages[1].parts[0].kind == "tool_result" and chat.messages[1].parts[0].text == "doc text"
    chat.messages[1].parts[0].text = "DOC"
    out = ANTHROPIC.render_request(chat)
    assert out["system"][0]["cache_control"] == {"type": "ephemeral"}
    assert out["messages"][0]["content"][0]["content"][0] == {"type": "text", "text": "DOC"}
    # a server system prompt joins as text
    chat.messages.insert(0, Message.of("system", "server rules", from_server=True))
    assert ANTHROPIC.render_request(chat)["system"] == "server rules\n\nclient system"


def test_generic_format_paths() -> None:
    fmt = GenericJSON("input.prompt", "output.0.text")
    chat = fmt.parse_request({"input": {"prompt": "hello"}, "extra": 1})
    assert chat.messages[0].text == "hello"
    chat.messages[0].parts[0].text = "HELLO"
    assert fmt.render_request(chat) == {"input": {"prompt": "HELLO"}, "extra": 1}
    answer = {"output": [{"text": "a@b.c"}]}
    fmt.map_response(answer, lambda ch, t: t.upper())
    assert answer == {"output": [{"text": "A@B.C"}]}
    with pytest.raises(RefusalError):
        fmt.parse_request({"input": {}})


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=12,
)


@given(json_values)
def test_parsers_never_crash_on_arbitrary_json(value: object) -> None:
    """Any JSON document is either parsed or refused with a 400 — never an unexpected exception."""
    body = json.dumps(value).encode()
    for fmt in (OPENAI, ANTHROPIC, GenericJSON("prompt", "answer")):
        try:
            fmt.parse_request(decode_json_object(body))
        except RefusalError as exc:
            assert exc.refusal.status == 400


@given(
    st.dictionaries(
        st.sampled_from(["model", "messages", "stream", "max_tokens", "system", "stream_options"]),
        json_values,
        max_size=6,
    )
)
def test_parsers_never_crash_on_near_valid_documents(doc: dict) -> None:
    for fmt in (OPENAI, ANTHROPIC):
        try:
            chat = fmt.parse_request(doc)
            fmt.render_request(chat)
        except RefusalError as exc:
            assert exc.refusal.status == 400


def test_openai_n_is_the_number_of_answers_and_counts_are_bounded() -> None:
    doc = {"model": "m", "messages": [{"role": "user", "content": "x"}]}
    assert OPENAI.parse_request(doc).choices == 1
    assert OPENAI.parse_request({**doc, "n": 3}).choices == 3
    assert OPENAI.parse_request({**doc, "max_tokens": 2**31 - 1}).max_tokens == 2**31 - 1
    with pytest.raises(RefusalError) as info:
        ANTHROPIC.parse_request({"model": "m", "max_tokens": 2**31, "messages": [{"role": "user", "content": "x"}]})
    assert "at most 2147483647" in info.value.refusal.message

"""Complete mediation, in every framework: whatever field of the answer the reply sits in (the
fake provider's ``!shape NAME``), JSON or streamed, a planted e-mail, card number, provider key
or the route's canary never reaches the client unfiltered."""

from __future__ import annotations

import json
from typing import Any

import pytest

from aiwarden.testing import ANTHROPIC_SHAPES, OPENAI_SHAPES, RESPONSES_SHAPES, FakeProvider

from .common import chat_body
from .conftest import OPEN_POLICY

CHAT = "/v1/chat/completions"
MESSAGES = "/v1/messages"
EMAIL = "jane.doe@example.com"
CARD = "4111 1111 1111 1111"
SERVER_KEY = "sk-proj-" + "Srv3rK3yAb" * 5

#: what the user sends -> what must not come back
PLANTED = {
    "email": (f"write to {EMAIL} today", ("jane.doe@", "doe@example")),
    "card": (f"card {CARD} ok", ("4111 1111", "1111 1111 1111")),
    "key": ("the key is <KEY> ok", ("Srv3rK3y",)),
    "canary": ("!leak", ("helpful test assistant",)),
}


class KeyProvider(FakeProvider):
    """Answers with the server's own provider key where the user wrote ``<KEY>`` (the guard
    refuses a key in the request, so the provider has to be the one to say it)."""

    def reply(self, system: str, messages: list[dict[str, Any]], model: str, max_tokens: int | None) -> str:
        return super().reply(system, messages, model, max_tokens).replace("<KEY>", SERVER_KEY)


def _client(client_for, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("OPENAI_API_KEY", SERVER_KEY)
    return client_for(OPEN_POLICY, provider=KeyProvider(chunk_chars=3))


def _answer(client: Any, path: str, body: dict[str, Any]) -> str:
    """The answer's raw text, streamed or whole."""
    if body.get("stream"):
        return client.stream(path, json=body)  # type: ignore[no-any-return]
    response = client.post(path, json=body)
    assert response.status_code in (200, 502), response.text
    return response.text  # type: ignore[no-any-return]


def _assert_clean(text: str, planted: str) -> None:
    for needle in PLANTED[planted][1]:
        assert needle not in text, (planted, needle, text[:2000])


@pytest.mark.parametrize("stream", [False, True], ids=["json", "sse"])
@pytest.mark.parametrize("planted", list(PLANTED))
@pytest.mark.parametrize("shape", OPENAI_SHAPES)
def test_openai_answer_fields_never_carry_planted_values(
    client_for, monkeypatch: pytest.MonkeyPatch, shape: str, planted: str, stream: bool
) -> None:
    client = _client(client_for, monkeypatch)
    raw = _answer(client, CHAT, chat_body(f"!shape {shape} {PLANTED[planted][0]}", stream=stream))
    _assert_clean(raw, planted)
    if planted in ("key", "canary"):  # blocked, never redacted
        assert ("secret_leak" if planted == "key" else "system_prompt_leak") in raw
        assert "[DONE]" not in raw


def _anthropic_body(text: str, stream: bool) -> dict[str, Any]:
    return {
        "model": "claude-3-5-haiku-latest",
        "max_tokens": 200,
        "messages": [{"role": "user", "content": text}],
        "stream": stream,
    }


@pytest.mark.parametrize("stream", [False, True], ids=["json", "sse"])
@pytest.mark.parametrize("planted", list(PLANTED))
@pytest.mark.parametrize("shape", ANTHROPIC_SHAPES)
def test_anthropic_answer_fields_never_carry_planted_values(
    client_for, monkeypatch: pytest.MonkeyPatch, shape: str, planted: str, stream: bool
) -> None:
    monkeypatch.setenv("ANTHROPIC_API_KEY", SERVER_KEY)
    client = _client(client_for, monkeypatch)
    raw = _answer(client, MESSAGES, _anthropic_body(f"!shape {shape} {PLANTED[planted][0]}", stream))
    _assert_clean(raw, planted)
    if planted == "key":  # (the shared apps' Anthropic route has no system prompt, so no canary to leak)
        assert "secret_leak" in raw and "message_stop" not in raw


@pytest.mark.parametrize("stream", [False, True], ids=["json", "sse"])
@pytest.mark.parametrize("planted", list(PLANTED))
@pytest.mark.parametrize("shape", RESPONSES_SHAPES)
def test_responses_api_answer_fields_never_carry_planted_values(
    client_for, monkeypatch: pytest.MonkeyPatch, shape: str, planted: str, stream: bool
) -> None:
    client = _client(client_for, monkeypatch)
    body = {"model": "gpt-4o-mini", "input": f"!shape {shape} {PLANTED[planted][0]}", "stream": stream}
    raw = _answer(client, "/v1/responses", body)
    _assert_clean(raw, planted)
    assert "helpful test assistant" not in raw  # the echoed instructions hold the system prompt
    if planted in ("key", "canary"):
        assert ("secret_leak" if planted == "key" else "system_prompt_leak") in raw
        assert "response.completed" not in raw


@pytest.mark.parametrize("stream", [False, True], ids=["json", "sse"])
@pytest.mark.parametrize("planted", list(PLANTED))
def test_legacy_completions_never_carry_planted_values(
    client_for, monkeypatch: pytest.MonkeyPatch, planted: str, stream: bool
) -> None:
    client = _client(client_for, monkeypatch)
    body = {"model": "gpt-3.5-turbo-instruct", "prompt": PLANTED[planted][0], "max_tokens": 200, "stream": stream}
    raw = _answer(client, "/v1/completions", body)
    _assert_clean(raw, planted)
    if planted in ("key", "canary"):
        assert ("secret_leak" if planted == "key" else "system_prompt_leak") in raw and "[DONE]" not in raw


def test_a_value_split_across_two_anthropic_text_blocks_is_caught(client_for, monkeypatch) -> None:
    client = _client(client_for, monkeypatch)
    answer = client.post(MESSAGES, json=_anthropic_body(f"!shape text2 mail {EMAIL} now", False)).json()
    assert "".join(b["text"] for b in answer["content"]) == "mail [EMAIL] now"
    raw = client.stream(MESSAGES, json=_anthropic_body(f"!shape text2 mail {EMAIL} now", True))
    text = "".join(
        json.loads(line[6:])["delta"].get("text", "")
        for line in raw.splitlines()
        if line.startswith("data: ") and '"content_block_delta"' in line
    )
    assert text == "mail [EMAIL] now" and "message_stop" in raw


def test_a_thinking_block_the_filters_change_loses_its_signature(client_for, monkeypatch) -> None:
    client = _client(client_for, monkeypatch)
    answer = client.post(MESSAGES, json=_anthropic_body(f"!shape thinking mail {EMAIL}", False)).json()
    assert answer["content"][0] == {"type": "thinking", "thinking": "mail [EMAIL]", "signature": ""}
    answer = client.post(MESSAGES, json=_anthropic_body("!shape thinking plain thoughts", False)).json()
    assert answer["content"][0]["signature"] == "c2lnbmVk"
    raw = client.stream(MESSAGES, json=_anthropic_body(f"!shape thinking mail {EMAIL}", True))
    assert "signature_delta" not in raw and "[EMAIL]" in raw and "message_stop" in raw
    raw = client.stream(MESSAGES, json=_anthropic_body("!shape thinking plain thoughts", True))
    assert "c2lnbmVk" in raw


def test_a_clean_tool_call_and_its_logprobs_pass_as_they_were(client_for, monkeypatch: pytest.MonkeyPatch) -> None:
    client = _client(client_for, monkeypatch)
    answer = client.post(CHAT, json=chat_body("!shape tool_call weather in Paris")).json()
    call = answer["choices"][0]["message"]["tool_calls"][0]
    assert call["function"] == {"name": "lookup", "arguments": json.dumps({"query": "weather in Paris"})}
    answer = client.post(CHAT, json=chat_body("!shape logprobs weather in Paris")).json()
    tokens = [e["token"] for e in answer["choices"][0]["logprobs"]["content"]]
    assert "".join(tokens) == "weather in Paris"
    raw = client.stream(CHAT, json=chat_body("!shape logprobs weather in Paris", stream=True))
    streamed = [
        e["token"]
        for line in raw.splitlines()
        if line.startswith("data: {")
        for c in json.loads(line[6:]).get("choices") or []
        for e in (c.get("logprobs") or {}).get("content") or []
    ]
    assert "".join(streamed) == "weather in Paris"


def test_logprobs_are_dropped_once_the_filters_change_the_text(client_for, monkeypatch: pytest.MonkeyPatch) -> None:
    client = _client(client_for, monkeypatch)
    answer = client.post(CHAT, json=chat_body(f"!shape logprobs mail {EMAIL} now")).json()
    choice = answer["choices"][0]
    assert choice["logprobs"] is None and "[EMAIL]" in choice["message"]["content"]


def test_text_outside_the_messages_counts_against_the_token_cap(client_for) -> None:
    client = client_for({**OPEN_POLICY, "input": {"max_input_tokens": 8000}})
    params = {"type": "object", "properties": {}}
    tool = {"type": "function", "function": {"name": "f", "description": "word " * 12_000, "parameters": params}}
    response = client.post(CHAT, json={**chat_body("hi"), "tools": [tool]})
    assert response.status_code == 400 and response.json()["error"]["code"] == "context_length_exceeded"
    tool["function"]["description"] = "Looks a word up."
    assert client.post(CHAT, json={**chat_body("hi"), "tools": [tool]}).status_code == 200


def test_a_system_role_in_capitals_is_still_the_system_role(client_for) -> None:
    client = client_for(OPEN_POLICY)
    body = {
        "model": "gpt-4o-mini",
        "messages": [{"role": "SYSTEM", "content": "obey"}, {"role": "user", "content": "hi"}],
    }
    response = client.post(CHAT, json=body)
    assert response.status_code == 400 and response.json()["error"]["code"] == "system_message_not_allowed"

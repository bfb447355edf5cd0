"""The built-in fake provider: the deterministic contract examples and tests rely on."""

from __future__ import annotations

import json

import httpx
import pytest

from aiwarden.testing import FakeProvider, count_tokens


def test_echo_usage_and_max_tokens() -> None:
    provider = FakeProvider()
    status, answer = provider.respond("openai", {"model": "m", "messages": [{"role": "user", "content": "hi you"}]})
    assert status == 200 and answer["choices"][0]["message"]["content"] == "hi you"
    assert answer["usage"]["completion_tokens"] == count_tokens("hi you", "gpt-4")
    _, short = provider.respond(
        "openai", {"model": "m", "max_tokens": 3, "messages": [{"role": "user", "content": "!tokens 50"}]}
    )
    assert count_tokens(short["choices"][0]["message"]["content"], "gpt-4") <= 3


def test_commands() -> None:
    provider = FakeProvider()
    _, leak = provider.respond(
        "anthropic",
        {"model": "c", "max_tokens": 99, "system": "SECRET RULES", "messages": [{"role": "user", "content": "!leak"}]},
    )
    assert leak["content"][0]["text"] == "SECRET RULES"
    _, filler = provider.respond("openai", {"model": "m", "messages": [{"role": "user", "content": "!tokens 40"}]})
    assert 30 <= filler["usage"]["completion_tokens"] <= 40
    status, error = provider.respond("openai", {"model": "m", "messages": [{"role": "user", "content": "!error 503"}]})
    assert status == 503 and error["error"]["type"] == "overloaded_error"


def test_stream_chunks_are_small_and_end_with_done() -> None:
    provider = FakeProvider(chunk_chars=3)
    _, stream = provider.respond(
        "openai", {"model": "m", "stream": True, "messages": [{"role": "user", "content": "abcdefgh"}]}
    )
    events = b"".join(stream).decode().split("\n\n")
    deltas = [json.loads(e[6:])["choices"][0]["delta"].get("content") for e in events if e.startswith("data: {")]
    assert deltas[1:4] == ["abc", "def", "gh"]
    assert events[-2] == "data: [DONE]"


@pytest.mark.anyio
async def test_http_surface_routes_each_api() -> None:
    provider = FakeProvider(valid_keys={"k1"})
    transport = httpx.ASGITransport(app=provider.asgi_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://fake") as client:
        headers = {"authorization": "Bearer k1"}
        moderation = await client.post("/v1/moderations", json={"input": "I will kill the process"}, headers=headers)
        assert moderation.json()["results"][0]["categories"]["violence"] is True
        message = await client.post(
            "/v1/messages",
            headers={"x-api-key": "k1"},
            json={"model": "c", "max_tokens": 9, "messages": [{"role": "user", "content": "yo"}]},
        )
        assert message.json()["type"] == "message"
        chat = await client.post(
            "/v1/chat/completions",
            headers=headers,
            json={"model": "m", "messages": [{"role": "user", "content": "yo"}]},
        )
        assert chat.json()["object"] == "chat.completion"
        denied = await client.post("/v1/chat/completions", headers={"authorization": "Bearer nope"}, json={})
        assert denied.status_code == 401


def test_stream_chunks_carry_openai_padding_and_the_guard_still_reads_them_once() -> None:
    """As the real API does, every chunk carries ``obfuscation`` padding of varying length (off with
    ``stream_options.include_obfuscation: false``); the guard's stream pattern still reads each
    content chunk without parsing it (work counter: the format's event parses)."""
    from aiwarden.formats import openai
    from tests.core.test_stream_patterns import _parsed, _sent

    text = "Hello there, my card is 4111 1111 1111 1111 and mail jane@example.com, thanks " * 3
    request = {"model": "gpt-4o-mini", "stream": True, "stream_options": {"include_usage": True}}
    request["messages"] = [{"role": "user", "content": text}]
    chunks = list(FakeProvider(chunk_chars=4).chat_completions(request))
    docs = [json.loads(c[len(b"data: ") :]) for c in chunks[:-1]]
    pads = [d["obfuscation"] for d in docs]
    assert all(p.isalnum() for p in pads) and len({len(p) for p in pads}) > 5  # every chunk, varied
    assert pads == [
        json.loads(c[6:])["obfuscation"] for c in list(FakeProvider(chunk_chars=4).chat_completions(request))[:-1]
    ]
    plain = {**request, "stream_options": {"include_usage": True, "include_obfuscation": False}}
    assert all(b"obfuscation" not in c for c in FakeProvider(chunk_chars=4).chat_completions(plain))

    parsed, sent = _parsed(openai, lambda: _sent("openai", chunks, False))
    assert parsed == 4  # the role chunk, the first content chunk (the pattern), the finish and usage chunks
    assert b"4111" not in sent and b"jane@example.com" not in sent

"""aiwarden.answers.prepare: what a handler has, as one answer (JSON or SSE, status and headers
kept) — driven with the official SDKs' real objects over a mock transport answered by the
FakeProvider."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from aiwarden.answers import prepare
from aiwarden.testing import FakeProvider, ProviderError

openai = pytest.importorskip("openai")
anthropic = pytest.importorskip("anthropic")


def sdk_http() -> Any:
    import importlib

    return importlib.import_module(openai.DefaultHttpxClient.__mro__[1].__module__.split(".")[0])


def provider_transport(provider: FakeProvider, *, asynchronous: bool = False, **headers: str) -> Any:
    """A transport answered by ``provider``, with the provider-like ``headers`` on every answer."""
    http = sdk_http()
    extra = {"x-ratelimit-remaining-requests": "99", "openai-organization": "org-secret", **headers}

    def handle(request: Any) -> Any:
        body = json.loads(request.content)
        api = "anthropic" if request.url.path.endswith("/messages") else "openai"
        status, result = provider.respond(api, body)
        if isinstance(result, dict):
            return http.Response(status, json=result, headers=extra)
        chunks = list(result)
        if asynchronous:

            async def stream() -> AsyncIterator[bytes]:
                for chunk in chunks:
                    yield chunk

            return http.Response(status, content=stream(), headers={"content-type": "text/event-stream", **extra})
        return http.Response(status, content=iter(chunks), headers={"content-type": "text/event-stream", **extra})

    if asynchronous:

        class Async(http.AsyncBaseTransport):  # type: ignore[misc,name-defined]
            async def handle_async_request(self, request: Any) -> Any:
                await request.aread()
                return handle(request)

        return Async()
    return http.MockTransport(handle)


def _client(cls: Any, provider: FakeProvider, **kwargs: Any) -> Any:
    http = sdk_http()
    asynchronous = cls in (openai.AsyncOpenAI, anthropic.AsyncAnthropic)
    client_cls = http.AsyncClient if asynchronous else http.Client
    transport = provider_transport(provider, asynchronous=asynchronous)
    return cls(
        api_key="sk-test",
        base_url="http://provider.test/v1" if "OpenAI" in cls.__name__ else "http://provider.test",
        http_client=client_cls(transport=transport),
        max_retries=0,
        **kwargs,
    )


CHAT = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Hello there"}]}
MESSAGES = {"model": "claude-haiku-4-5", "max_tokens": 64, "messages": [{"role": "user", "content": "Hello there"}]}


def _sse_text(chunks: Iterator[bytes]) -> str:
    return b"".join(chunks).decode()


def _openai_stream_text(raw: str) -> str:
    out = []
    for line in raw.splitlines():
        if line.startswith("data: {"):
            doc = json.loads(line[6:])
            out += [c["delta"].get("content") or "" for c in doc["choices"]]
    return "".join(out)


def test_a_dict_a_pair_and_sse_iterators() -> None:
    answer = prepare({"a": "é"})
    assert (answer.status, answer.media_type, json.loads(answer.body)) == (200, "application/json", {"a": "é"})
    assert prepare((201, {"a": 1}), headers={"x-mine": "1"}).status == 201
    assert prepare({"a": 1}, status=202, headers={"x-mine": "1"}).headers == {"x-mine": "1"}
    status, stream = FakeProvider().respond("openai", {**CHAT, "stream": True})
    answer = prepare((status, stream))
    assert answer.media_type == "text/event-stream" and answer.headers["cache-control"] == "no-cache"
    assert _openai_stream_text(_sse_text(answer.chunks)) == "Hello there"

    async def chunks() -> AsyncIterator[str]:
        yield "data: 1\n\n"

    async def collect() -> bytes:
        return b"".join([c async for c in prepare(chunks()).achunks])

    assert asyncio.run(collect()) == b"data: 1\n\n"
    with pytest.raises(TypeError):
        prepare("data: 1\n\n")
    with pytest.raises(TypeError):
        prepare(object())


def test_provider_errors_keep_their_status_body_and_retry_headers() -> None:
    answer = prepare(ProviderError(429, {"error": {"message": "slow down", "code": "rate_limit"}}))
    assert answer.status == 429 and json.loads(answer.body)["error"]["code"] == "rate_limit"
    client = _client(openai.OpenAI, FakeProvider())
    with pytest.raises(openai.APIStatusError) as info:
        client.chat.completions.create(**{**CHAT, "messages": [{"role": "user", "content": "!error 429"}]})
    answer = prepare(info.value)
    assert answer.status == 429 and json.loads(answer.body)["error"]
    assert answer.headers == {"x-ratelimit-remaining-requests": "99"}  # kept; the organization is not
    gone = openai.OpenAI(api_key="sk-test", base_url="http://127.0.0.1:9/v1", max_retries=0)
    with pytest.raises(openai.APIConnectionError) as info:
        gone.models.list()
    answer = prepare(info.value)
    assert answer.status == 502 and json.loads(answer.body)["error"]["code"] == "provider_unreachable"
    with pytest.raises(TypeError):
        prepare(ValueError("not a provider's"))


def test_openai_sdk_results_json_and_streams() -> None:
    client = _client(openai.OpenAI, FakeProvider())
    answer = prepare(client.chat.completions.create(**CHAT))
    assert answer.status == 200 and json.loads(answer.body)["choices"][0]["message"]["content"] == "Hello there"
    stream = client.chat.completions.create(**CHAT, stream=True)
    answer = prepare(stream)
    assert answer.headers == {"x-ratelimit-remaining-requests": "99", "cache-control": "no-cache"}
    assert _openai_stream_text(_sse_text(answer.chunks)) == "Hello there"
    assert stream.response.is_closed
    raw = client.chat.completions.with_raw_response.create(**CHAT)
    assert json.loads(prepare(raw).body)["choices"][0]["message"]["content"] == "Hello there"

    async def run() -> str:
        aclient = _client(openai.AsyncOpenAI, FakeProvider())
        answer = prepare(await aclient.chat.completions.create(**CHAT, stream=True))
        assert answer.chunks is None
        return b"".join([c async for c in answer.achunks]).decode()

    assert _openai_stream_text(asyncio.run(run())) == "Hello there"


def _anthropic_text(raw: str) -> str:
    out = []
    for line in raw.splitlines():
        if line.startswith("data: {"):
            doc = json.loads(line[6:])
            if doc.get("type") == "content_block_delta":
                out.append(doc["delta"].get("text", ""))
    return "".join(out)


def test_anthropic_sdk_results_json_streams_and_stream_managers() -> None:
    client = _client(anthropic.Anthropic, FakeProvider())
    answer = prepare(client.messages.create(**MESSAGES))
    assert json.loads(answer.body)["content"][0]["text"] == "Hello there"
    assert _anthropic_text(_sse_text(prepare(client.messages.create(**MESSAGES, stream=True)).chunks)) == "Hello there"
    assert _anthropic_text(_sse_text(prepare(client.messages.stream(**MESSAGES)).chunks)) == "Hello there"
    refused = prepare(client.messages.stream(**{**MESSAGES, "messages": [{"role": "user", "content": "!error 529"}]}))
    assert refused.status == 529 and refused.body

    async def run(text: str) -> str:
        aclient = _client(anthropic.AsyncAnthropic, FakeProvider())
        body = {**MESSAGES, "messages": [{"role": "user", "content": text}]}
        answer = prepare(aclient.messages.stream(**body))
        return b"".join([c async for c in answer.achunks]).decode()

    assert _anthropic_text(asyncio.run(run("Hello there"))) == "Hello there"
    assert "event: error" in asyncio.run(run("!error 529"))

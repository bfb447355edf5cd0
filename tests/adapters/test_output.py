"""Output defences in every framework: streamed redaction, key leak cut, canary, the openai SDK."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import jwt
import openai
import pytest

from aiwarden.testing import FakeProvider
from tests.servers import serve_asgi

from .common import chat_body
from .conftest import OPEN_POLICY

CHAT = "/v1/chat/completions"
OPEN: dict[str, Any] = {"auth": {"required": False, "anonymous_tier": "default"}}
CARD = "4111 1111 1111 1111"
SERVER_KEY = "sk-proj-" + "Srv3rK3yAb" * 5


def deltas(raw: str) -> str:
    out = ""
    for line in raw.splitlines():
        if line.startswith("data: {"):
            for choice in json.loads(line[6:]).get("choices") or []:
                out += (choice.get("delta") or {}).get("content") or ""
    return out


def test_streamed_echo_with_a_card_arrives_redacted(client_for) -> None:
    client = client_for(OPEN, provider=FakeProvider(chunk_chars=3))
    raw = client.stream(CHAT, json=chat_body(f"my card is {CARD} ok", stream=True))
    assert "1111" not in raw
    assert deltas(raw) == "my card is [CREDIT_CARD] ok"
    assert raw.rstrip().endswith("data: [DONE]")


class Leaky(FakeProvider):
    """A provider whose answer contains the server's own key."""

    def reply(self, system: str, messages: list[dict[str, Any]], model: str, max_tokens: int | None) -> str:
        return f"Sure, the key is {SERVER_KEY} — keep it safe."


def test_streamed_answer_with_the_server_key_is_cut(client_for, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", SERVER_KEY)
    client = client_for(OPEN, provider=Leaky(chunk_chars=4))
    raw = client.stream(CHAT, json=chat_body("hi", stream=True))
    assert SERVER_KEY[:12] not in raw and "Srv3rK3y" not in raw
    assert "[DONE]" not in raw
    last = [line for line in raw.splitlines() if line.startswith("data: ")][-1]
    assert json.loads(last[6:])["error"]["code"] == "secret_leak"


def test_leak_command_is_blocked_as_a_canary_leak(client_for) -> None:
    client = client_for(OPEN)
    response = client.post(CHAT, json=chat_body("!leak"))
    assert response.status_code == 502
    assert response.json()["error"]["code"] == "system_prompt_leak"
    assert "helpful test assistant" not in response.text
    raw = client.stream(CHAT, json=chat_body("!leak", stream=True))
    assert "system_prompt_leak" in raw and "helpful test assistant" not in raw and "[DONE]" not in raw


def test_openai_sdk_sees_redaction_and_the_blocked_answer(client_for, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = "output-test-signing-secret-0123456789abcdef"
    monkeypatch.setenv("AIWARDEN_TEST_OUTPUT_JWT", secret)
    client = client_for({"auth": {"jwt_secret_env": "AIWARDEN_TEST_OUTPUT_JWT", "default_tier": "default"}})
    token = jwt.encode({"sub": "sdk-user", "tier": "default", "exp": int(time.time()) + 300}, secret, "HS256")
    http = client.http_client()
    sdk = openai.OpenAI(api_key=token, base_url="http://testserver/v1", http_client=http, max_retries=0)
    answer = sdk.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": f"card {CARD}"}])
    assert answer.choices[0].message.content == "card [CREDIT_CARD]"
    streamed = sdk.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": f"card {CARD}"}], stream=True
    )
    assert "".join(c.choices[0].delta.content or "" for c in streamed if c.choices) == "card [CREDIT_CARD]"
    with pytest.raises(openai.InternalServerError) as info:
        sdk.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "!leak"}])
    assert info.value.status_code == 502


class FakeModeration:
    """An async output check speaking to the fake provider's /v1/moderations over real HTTP
    (the way a user plugs OpenAI's moderation endpoint on the answer)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.loops: set[int] = set()

    async def acheck(self, text: str) -> Any:
        import asyncio

        import httpx

        from aiwarden.context import Finding

        self.loops.add(id(asyncio.get_running_loop()))
        async with httpx.AsyncClient() as client:
            result = (await client.post(self.url, json={"input": text})).json()["results"][0]
        if result["flagged"]:
            category = next(name for name, hit in result["categories"].items() if hit)
            return Finding("moderation", 0, len(text), category)
        return None


@pytest.fixture(scope="module")
def moderation_url() -> Any:
    with serve_asgi(FakeProvider().asgi_app) as base:
        yield f"{base}/v1/moderations"


def test_an_async_output_check_blocks_flagged_answers_json_and_stream(client_for, moderation_url: str) -> None:
    check = FakeModeration(moderation_url)
    client = client_for({"auth": {"required": False, "anonymous_tier": "default"}}, output_filters=[check])
    fine = client.post(CHAT, json=chat_body("The weather is nice today."))
    assert fine.status_code == 200
    assert fine.json()["choices"][0]["message"]["content"] == "The weather is nice today."
    flagged = client.post(CHAT, json=chat_body("Fine start. Then I will kill the process."))
    assert flagged.status_code == 502 and flagged.json()["error"]["code"] == "output_flagged"
    raw = client.stream(CHAT, json=chat_body("Fine start. Then I will kill the process.", stream=True))
    assert "output_flagged" in raw and "kill" not in raw and "[DONE]" not in raw
    assert check.loops  # it really ran (on aiwarden's bridge loop, not the request's)


def test_an_async_output_check_that_fails_lets_the_text_through_and_counts_it(client_for) -> None:
    class Broken:
        async def acheck(self, text: str) -> Any:
            raise ConnectionError("moderation endpoint down")

    client = client_for({"auth": {"required": False, "anonymous_tier": "default"}}, output_filters=[Broken()])
    response = client.post(CHAT, json=chat_body("Hello there."))
    assert response.status_code == 200
    assert response.json()["choices"][0]["message"]["content"] == "Hello there."


HI = json.dumps(chat_body("hi")).encode()


def test_a_blocked_answer_tells_the_sdks_not_to_retry(client_for, monkeypatch: pytest.MonkeyPatch) -> None:
    # a 502 makes the official SDKs retry twice by default: three model calls (and three leaks
    # caught) for one request, unless the answer says x-should-retry: false, which they obey
    import time

    import jwt
    import openai

    secret = "edge-case-signing-secret-0123456789abcdef"
    monkeypatch.setenv("AIWARDEN_TEST_EDGE_JWT", secret)
    client = client_for({"auth": {"jwt_secret_env": "AIWARDEN_TEST_EDGE_JWT", "default_tier": "default"}})
    token = jwt.encode({"sub": "sdk-user", "tier": "default", "exp": int(time.time()) + 300}, secret, "HS256")
    sdk = openai.OpenAI(api_key=token, base_url="http://testserver/v1", http_client=client.http_client())
    with pytest.raises(openai.InternalServerError) as info:
        sdk.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "!leak"}])
    assert info.value.status_code == 502 and info.value.response.headers["x-should-retry"] == "false"
    assert len(client.provider.calls) == 1


def test_starlette_file_answer_on_a_server_with_pathsend_is_sent(tmp_path) -> None:
    # servers with the http.response.pathsend extension (Granian...) get FileResponse as a path, not
    # body messages: the guard dropped that message, so the client got headers and no body
    import asyncio

    from starlette.applications import Starlette
    from starlette.responses import FileResponse
    from starlette.routing import Route

    from aiwarden.starlette import WardenMiddleware, ai_route
    from aiwarden.warden import Warden

    answer = tmp_path / "answer.json"
    answer.write_text(json.dumps({"choices": [{"index": 0, "message": {"content": "card 4111 1111 1111 1111"}}]}))

    @ai_route
    async def chat(request):
        return FileResponse(answer, media_type="application/json")

    app = WardenMiddleware(Starlette(routes=[Route("/chat", chat, methods=["POST"])]), warden=Warden(OPEN_POLICY))
    sent: list[dict] = []
    incoming = [{"type": "http.request", "body": HI, "more_body": False}]

    async def receive() -> dict:
        return incoming.pop(0) if incoming else {"type": "http.disconnect"}

    async def send(message: dict) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.4"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/chat",
        "raw_path": b"/chat",
        "root_path": "",
        "query_string": b"",
        "headers": [(b"host", b"testserver"), (b"content-type", b"application/json")],
        "client": ("127.0.0.1", 1234),
        "server": ("testserver", 80),
        "extensions": {"http.response.pathsend": {}},
    }
    asyncio.run(app(scope, receive, send))
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    assert [m["type"] for m in sent if m["type"].startswith("http.response.p")] == []
    assert json.loads(body)["choices"][0]["message"]["content"] == "card [CREDIT_CARD]"


# -- content as a list of parts ----------------------------------------------------------------------


def _as_parts(doc: dict[str, Any], key: str) -> None:
    for choice in doc.get("choices") or []:
        holder = choice.get(key) or {}
        if isinstance(holder.get("content"), str):
            holder["content"] = [{"type": "text", "text": holder["content"]}]


class PartsProvider(FakeProvider):
    """An OpenAI-compatible server that sends content as a list of text parts (as Mistral does)."""

    def respond(self, api: str, body: Any) -> tuple[int, Any]:
        status, result = super().respond(api, body)
        if api != "openai":
            return status, result
        if isinstance(result, dict):
            _as_parts(result, "message")
            return status, result
        return status, self._parts_stream(result)

    @staticmethod
    def _parts_stream(chunks: Iterator[bytes]) -> Iterator[bytes]:
        for raw in chunks:
            if raw.startswith(b"data: {"):
                doc = json.loads(raw[6:])
                _as_parts(doc, "delta")
                raw = b"data: " + json.dumps(doc).encode() + b"\n\n"
            yield raw


def _texts(raw: str) -> str:
    out = ""
    for line in raw.splitlines():
        if line.startswith("data: {"):
            for choice in json.loads(line[6:]).get("choices") or []:
                content = (choice.get("delta") or {}).get("content")
                if isinstance(content, list):
                    out += "".join(p["text"] for p in content if p.get("type") == "text")
                elif isinstance(content, str):
                    out += content
    return out


def test_content_parts_are_redacted_json_and_streamed(client_for) -> None:
    client = client_for(OPEN_POLICY, provider=PartsProvider(chunk_chars=3))
    response = client.post(CHAT, json=chat_body(f"my card is {CARD} ok"))
    assert response.status_code == 200, response.text
    assert response.json()["choices"][0]["message"]["content"] == [
        {"type": "text", "text": "my card is [CREDIT_CARD] ok"}
    ]
    raw = client.stream(CHAT, json=chat_body(f"my card is {CARD} ok", stream=True))
    assert "1111" not in raw and _texts(raw) == "my card is [CREDIT_CARD] ok"
    assert raw.rstrip().endswith("data: [DONE]")


def test_content_parts_with_the_system_prompt_are_blocked_as_a_leak(client_for) -> None:
    client = client_for(OPEN_POLICY, provider=PartsProvider())
    response = client.post(CHAT, json=chat_body("!leak"))
    assert response.status_code == 502 and response.json()["error"]["code"] == "system_prompt_leak"
    raw = client.stream(CHAT, json=chat_body("!leak", stream=True))
    assert "system_prompt_leak" in raw and "helpful test assistant" not in raw and "[DONE]" not in raw

"""The core contract of every adapter: AI routes guarded, others untouched, bad input → 4xx."""

from __future__ import annotations

import json

import pytest

from .common import SYSTEM_PROMPT, chat_body

CHAT = "/v1/chat/completions"


def _error(response) -> dict:
    body = response.json()
    assert set(body) == {"error"}, body
    assert set(body["error"]) == {"message", "type", "param", "code"}
    assert "Traceback" not in response.text
    return body["error"]


def test_ai_route_answers_through_the_guard(client_for) -> None:
    client = client_for()
    response = client.post(CHAT, json=chat_body("Hello there"))
    assert response.status_code == 200
    assert response.json()["choices"][0]["message"]["content"] == "Hello there"
    assert len(response.headers["x-request-id"]) >= 16
    # the route's system prompt was placed first by the server
    sent = client.provider.calls[-1]["messages"]
    assert sent[0]["role"] == "system" and SYSTEM_PROMPT in sent[0]["content"]


def test_incoming_request_id_is_kept(client_for) -> None:
    response = client_for().post(CHAT, json=chat_body(), headers={"x-request-id": "req-123"})
    assert response.headers["x-request-id"] == "req-123"


def test_unmarked_routes_are_untouched(client_for) -> None:
    client = client_for()
    response = client.get("/health")
    assert response.status_code == 200 and response.json() == {"status": "ok"}
    assert "x-request-id" not in response.headers
    # an unmarked POST takes any body, even one an AI route would refuse
    echoed = client.post("/echo", content=b"\xff not json")
    assert echoed.status_code == 200 and echoed.content == b"\xff not json"


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"{not json", "invalid_json"),
        (b"[1, 2, 3]", "invalid_body"),
        (b"", "invalid_body"),
        (b"\xff\xfe\x00{", "invalid_encoding"),
        (json.dumps({"model": "gpt-4o-mini"}).encode(), "invalid_value"),
        (json.dumps({"model": "gpt-4o-mini", "messages": "hi"}).encode(), "invalid_value"),
        (json.dumps({"model": 5, "messages": [{"role": "user", "content": "x"}]}).encode(), "invalid_value"),
        (json.dumps({"model": "m", "messages": [{"role": "user", "content": {"a": 1}}]}).encode(), "invalid_value"),
    ],
)
def test_bad_input_is_a_clear_400(client_for, content: bytes, code: str) -> None:
    client = client_for()
    response = client.post(CHAT, content=content, headers={"content-type": "application/json"})
    assert client.provider.calls == []  # the view never ran
    assert response.status_code == 400, response.text
    error = _error(response)
    assert error["code"] == code
    assert error["type"] == "invalid_request_error"
    assert response.headers["x-request-id"]


def test_wrong_content_type_is_refused_or_parsed_but_never_500(client_for) -> None:
    client = client_for()
    response = client.post(
        CHAT, content=b"model=gpt&messages=x", headers={"content-type": "application/x-www-form-urlencoded"}
    )
    assert client.provider.calls == []
    assert response.status_code == 400
    assert _error(response)["code"] == "invalid_json"


def test_body_over_the_cap_is_413(client_for) -> None:
    client = client_for({"auth": {"required": False, "anonymous_tier": "default"}, "input": {"max_body_bytes": 2000}})
    big = chat_body("x" * 5000)
    response = client.post(CHAT, json=big)
    assert response.status_code == 413
    assert _error(response)["code"] == "request_too_large"
    assert client.provider.calls == []
    small = client.post(CHAT, json=chat_body("fits"))
    assert small.status_code == 200


def test_stream_survives_the_middleware_in_order_with_done(client_for) -> None:
    client = client_for()
    text = "The quick brown fox jumps over the lazy dog"
    raw = client.stream(CHAT, json=chat_body(text, stream=True, stream_options={"include_usage": True}))
    events = [line[6:] for line in raw.split("\n") if line.startswith("data: ")]
    assert events[-1] == "[DONE]"
    chunks = [json.loads(e) for e in events[:-1]]
    content = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks if c["choices"])
    assert content == text
    usage_chunks = [c for c in chunks if c.get("usage")]
    assert len(usage_chunks) == 1 and usage_chunks[0]["choices"] == []
    assert usage_chunks[0]["usage"]["completion_tokens"] > 0


def test_usage_chunk_not_shown_when_client_did_not_ask(client_for) -> None:
    client = client_for()
    raw = client.stream(CHAT, json=chat_body("hi there", stream=True))
    chunks = [json.loads(line[6:]) for line in raw.split("\n") if line.startswith("data: {")]
    assert not [c for c in chunks if c.get("usage")]
    # ... but the provider was asked for it, so the request can be settled with real usage
    assert client.provider.calls[-1]["stream_options"] == {"include_usage": True}


def test_anthropic_route_json_and_stream(client_for) -> None:
    client = client_for()
    body = {"model": "claude-3-5-haiku-latest", "max_tokens": 64, "messages": [{"role": "user", "content": "Bonjour"}]}
    response = client.post("/v1/messages", json=body)
    assert response.status_code == 200
    assert response.json()["content"][0]["text"] == "Bonjour"
    raw = client.stream("/v1/messages", json={**body, "stream": True})
    deltas = [json.loads(line[6:]) for line in raw.split("\n") if line.startswith("data: ")]
    assert deltas[-1]["type"] == "message_stop"
    assert "".join(d["delta"]["text"] for d in deltas if d["type"] == "content_block_delta") == "Bonjour"


def test_provider_errors_pass_through(client_for) -> None:
    response = client_for().post(CHAT, json=chat_body("!error 429"))
    assert response.status_code == 429
    assert response.json()["error"]["type"] == "rate_limit_error"

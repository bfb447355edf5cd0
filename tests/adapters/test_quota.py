"""Quota through every adapter: 429 with headers, budgets, the kill switch, fail-closed, the SDK."""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import uuid
from collections.abc import Callable
from typing import Any

import pytest

from tests.asgi import http_scope
from tests.core.auth_support import SECRET, hs_policy, hs_token
from tests.core.quota_support import ReportedUsage

from .common import Client, chat_body


def _policy(storage: dict[str, Any] | None = None, **tier: Any) -> dict[str, Any]:
    return {
        "auth": {"required": False, "anonymous_tier": "free"},
        "tiers": {"free": {"max_output_tokens": 32, **tier}},
        "storage": storage or {"uri": "memory://"},
    }


def test_rate_limit_answers_429_with_headers(client_for: Callable[..., Client]) -> None:
    client = client_for(_policy(requests=["2/minute"]))
    first = client.post("/v1/chat/completions", json=chat_body())
    assert first.status_code == 200
    assert first.headers["x-ratelimit-limit"] == "2" and first.headers["x-ratelimit-remaining"] == "1"
    assert first.headers["ratelimit"].startswith('"user-1m";r=1;t=')
    assert first.headers["ratelimit-policy"] == '"user-1m";q=2;w=60'
    client.post("/v1/chat/completions", json=chat_body())
    refused = client.post("/v1/chat/completions", json=chat_body())
    assert refused.status_code == 429
    assert 1 <= int(refused.headers["retry-after"]) <= 60
    assert refused.headers["x-ratelimit-remaining"] == "0"
    assert refused.json()["error"]["code"] == "rate_limit_exceeded"
    assert refused.json()["error"]["type"] == "rate_limit_error"


def test_stream_settles_and_max_tokens_reaches_the_provider(client_for: Callable[..., Client]) -> None:
    client = client_for(_policy(tokens_per_day=100_000, spend_per_day_usd=1.0, max_output_tokens=5))
    text = client.stream("/v1/chat/completions", json=chat_body("!tokens 40", stream=True))
    assert "data: [DONE]" in text
    assert client.provider.calls[-1]["max_tokens"] == 5
    # the caller's daily token bucket (its key names the framework's anonymous client address)
    rows = [row for key, row in client.warden.stage("quota").storage._buckets.items() if ":b:tokens:" in key]
    assert len(rows) == 1
    held, settled = rows[0][0], rows[0][1]
    assert held == settled and 5 < settled <= 100  # settled from the stream's real usage, not the reservation


def test_kill_switch_stops_ai_routes_only(client_for: Callable[..., Client]) -> None:
    client = client_for(_policy())
    client.warden.stage("quota").engage("incident")
    refused = client.post("/v1/chat/completions", json=chat_body())
    assert refused.status_code == 503
    assert refused.json()["error"]["code"] == "kill_switch_engaged"
    assert client.get("/health").status_code == 200
    client.warden.stage("quota").release()
    assert client.post("/v1/chat/completions", json=chat_body()).status_code == 200


def test_budget_exceeded_is_a_429_with_retry_after(client_for: Callable[..., Client]) -> None:
    client = client_for(
        {
            **_policy(spend_per_day_usd=0.00002),
            "pricing": {"gpt-4o-mini": {"input_per_mtok": 1.0, "output_per_mtok": 1.0}},
        }
    )
    statuses = [client.post("/v1/chat/completions", json=chat_body()).status_code for _ in range(3)]
    assert 429 in statuses
    refused = client.post("/v1/chat/completions", json=chat_body())
    assert refused.json()["error"]["code"] == "budget_exceeded" and int(refused.headers["retry-after"]) >= 1


@pytest.mark.redis
def test_fail_closed_without_a_traceback(client_for: Callable[..., Client], redis_url: str) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on: Redis is "down"
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    client = client_for(
        _policy({"uri": f"redis://127.0.0.1:{port}/0", "key_prefix": uuid.uuid4().hex[:8]}, requests=["10/minute"])
    )
    refused = client.post("/v1/chat/completions", json=chat_body())
    assert refused.status_code == 503
    assert refused.json()["error"]["code"] == "quota_unavailable"
    assert "Traceback" not in refused.text and "redis" not in refused.text.lower()
    assert client.get("/health").status_code == 200


def test_openai_sdk_raises_rate_limit_error(
    client_for: Callable[..., Client], framework: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    import jwt

    openai = pytest.importorskip("openai")
    secret = "quota-test-secret-" + "k" * 32
    monkeypatch.setenv("QUOTA_TEST_JWT_SECRET", secret)
    token = jwt.encode({"sub": "sdk-user", "tier": "free", "exp": int(time.time()) + 600}, secret, algorithm="HS256")
    policy = {**_policy(requests=["1/minute"]), "auth": {"jwt_secret_env": "QUOTA_TEST_JWT_SECRET"}}
    client = client_for(policy)
    sdk = openai.OpenAI(api_key=token, base_url="http://testserver/v1", http_client=client.http_client(), max_retries=0)
    sdk.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
    with pytest.raises(openai.RateLimitError) as caught:
        sdk.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
    assert caught.value.status_code == 429
    assert caught.value.response.headers["retry-after"]


CHAT = "/v1/chat/completions"


# -- one caller's limits; settled from what the provider reports and what was sent -------------------


def _jwt_limited(requests: str = "1/minute") -> dict[str, Any]:
    policy = hs_policy()
    policy["tiers"] = {name: {**tier, "requests": [requests]} for name, tier in policy["tiers"].items()}
    return policy


@pytest.mark.parametrize(("first", "second"), [("José", "Josи"), ("acme:alice", "acme_alice")])
def test_callers_whose_ids_differ_in_unsafe_characters_have_their_own_limits(
    client_for: Any, monkeypatch: pytest.MonkeyPatch, first: str, second: str
) -> None:
    monkeypatch.setenv("AIWARDEN_JWT_SECRET", SECRET)
    client = client_for(_jwt_limited())

    def post(sub: str) -> Any:
        return client.post(CHAT, json=chat_body(), headers={"authorization": f"Bearer {hs_token(sub=sub)}"})

    assert post(first).status_code == 200
    assert post(second).status_code == 200  # was 429: the two shared one key
    refused = post(first)
    assert refused.status_code == 429 and refused.json()["error"]["code"] == "rate_limit_exceeded"


def test_negative_usage_from_the_provider_does_not_refill_a_budget(client_for: Any) -> None:
    policy = {
        "auth": {"required": False, "anonymous_tier": "free"},
        "tiers": {"free": {"tokens_per_day": 1000, "max_output_tokens": 10}},
    }
    client = client_for(policy, provider=ReportedUsage({"prompt_tokens": -500, "completion_tokens": -500}))
    for _ in range(2):
        assert client.post(CHAT, json=chat_body()).status_code == 200
    rows = client.warden.stage("quota").storage._buckets
    assert rows and all(held >= 0 and settled >= 0 for held, settled, *_ in rows.values())


STREAM_POLICY: dict[str, Any] = {
    "auth": {"required": False, "anonymous_tier": "free"},
    "tiers": {"free": {"tokens_per_day": 100_000, "max_output_tokens": 200}},
}


STREAM_BODY = json.dumps(
    {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "!tokens 150"}], "stream": True}
).encode()


def _leave_wsgi_stream(app: Any) -> None:
    environ = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": CHAT,
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(STREAM_BODY),
        "wsgi.errors": io.StringIO(),
        "CONTENT_LENGTH": str(len(STREAM_BODY)),
        "CONTENT_TYPE": "application/json",
        "REMOTE_ADDR": "10.1.2.3",
    }
    body = app(environ, lambda status, headers, exc_info=None: None)
    next(iter(body))  # the first piece reaches the client, which then hangs up
    body.close()  # what a WSGI server does when the client is gone


async def _leave_asgi_stream(app: Any) -> None:
    incoming = [{"type": "http.request", "body": STREAM_BODY, "more_body": False}]
    pieces = 0

    async def receive() -> dict[str, Any]:
        if incoming:
            return incoming.pop(0)
        await asyncio.sleep(3600)
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        nonlocal pieces
        if message["type"] == "http.response.body":
            pieces += 1
            if pieces > 1:
                raise OSError("client gone")  # uvicorn's send raises once the client has left

    scope = http_scope(CHAT, STREAM_BODY, client="10.1.2.3")
    with contextlib.suppress(OSError):
        await app(scope, receive, send)


def test_a_stream_the_client_leaves_is_settled(client_for: Any, framework: str) -> None:
    client = client_for(STREAM_POLICY)
    if framework == "starlette":
        asyncio.run(_leave_asgi_stream(client.native.app))
    elif framework == "flask":
        _leave_wsgi_stream(client.native.application)
    else:
        from django.core.handlers.wsgi import WSGIHandler
        from django.test.utils import override_settings

        with override_settings(
            AIWARDEN=client.warden, AIWARDEN_TEST_CLIENT=client, ROOT_URLCONF="tests.adapters.apps_django"
        ):
            _leave_wsgi_stream(WSGIHandler())
    rows = client.warden.stage("quota").storage._buckets
    assert len(rows) == 1
    held, settled, *_ = next(iter(rows.values()))
    # settled from what was counted before the client left: not the reservation (~9 + 200), not 0
    assert held == settled and 0 < settled < 150

"""Quota through every adapter: 429 with headers, budgets, the kill switch, fail-closed, the SDK."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest

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

"""Auth, quota and key edges through every adapter (Starlette, Django, Flask): what a hostile client
or an odd provider sends, and what must come back."""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
from typing import Any

import pytest

from tests.asgi import http_scope
from tests.core.auth_support import SECRET, hs_policy, hs_token
from tests.core.quota_support import ReportedUsage

from .common import chat_body

CHAT = "/v1/chat/completions"


@pytest.fixture(autouse=True)
def secret_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AIWARDEN_JWT_SECRET", SECRET)


def _limited(requests: str = "1/minute") -> dict[str, Any]:
    policy = hs_policy()
    policy["tiers"] = {name: {**tier, "requests": [requests]} for name, tier in policy["tiers"].items()}
    return policy


@pytest.mark.parametrize(("first", "second"), [("José", "Josи"), ("acme:alice", "acme_alice")])
def test_callers_whose_ids_differ_in_unsafe_characters_have_their_own_limits(
    client_for: Any, first: str, second: str
) -> None:
    client = client_for(_limited())

    def post(sub: str) -> Any:
        return client.post(CHAT, json=chat_body(), headers={"authorization": f"Bearer {hs_token(sub=sub)}"})

    assert post(first).status_code == 200
    assert post(second).status_code == 200  # was 429: the two shared one key
    refused = post(first)
    assert refused.status_code == 429 and refused.json()["error"]["code"] == "rate_limit_exceeded"


@pytest.mark.parametrize(
    "value",
    [
        "Bearer   {t}",  # several spaces
        "Bearer {t}   ",  # trailing spaces
        "BEARER {t}",
        "bearer {t}",
    ],
    ids=["spaces", "trailing", "upper", "lower"],
)
def test_bearer_forms_clients_send_are_accepted(client_for: Any, value: str) -> None:
    client = client_for(hs_policy())
    response = client.post(CHAT, json=chat_body(), headers={"authorization": value.format(t=hs_token())})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "value",
    [
        "Bearer\t{t}",  # RFC 9110: one or more SP, no tab
        "Bearer {t} {t}",  # two tokens
        "Token {t}",
        "Bearer",
        "{t}",  # no scheme
    ],
    ids=["tab", "two-tokens", "other-scheme", "scheme-only", "bare-token"],
)
def test_malformed_authorization_is_a_401_that_never_echoes_the_token(client_for: Any, value: str) -> None:
    client = client_for(hs_policy())
    token = hs_token()
    response = client.post(CHAT, json=chat_body(), headers={"authorization": value.format(t=token)})
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "invalid_token"
    assert response.headers["www-authenticate"].startswith('Bearer error="invalid_token"')
    assert token not in response.text and token[-20:] not in response.headers["www-authenticate"]
    assert client.provider.calls == []


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


def test_two_authorization_headers_never_let_an_unchecked_one_through(client_for: Any, framework: str) -> None:
    if framework != "starlette":
        pytest.skip("the WSGI test clients cannot send a header twice")
    client = client_for(hs_policy())
    provider_key = "sk-proj-" + "Zz9" * 16
    headers = [("authorization", f"Bearer {provider_key}"), ("authorization", f"Bearer {hs_token()}")]
    response = client.native.post(CHAT, json=chat_body(), headers=headers)
    assert response.status_code in (400, 401)


# -- pinned: a stream the client leaves is settled from what was sent ----------------------------

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

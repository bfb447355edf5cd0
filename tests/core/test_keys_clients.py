"""SDK clients built by the ring, against the fake provider over HTTP: key injection, model scope,
rotation with a 401 fallback, and keys refreshed under a long-lived client."""

from __future__ import annotations

import asyncio
import importlib
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openai
import pytest

from aiwarden.keys import KeyRing, KeyScopeError
from aiwarden.policy import Policy
from aiwarden.testing import FakeProvider
from tests.servers import serve_asgi

ACTIVE = "sk-proj-" + "Act1veK3yA" * 5
NEXT = "sk-proj-" + "N3xtK3yBbB" * 5
MESSAGES = [{"role": "user", "content": "hello"}]


def ring(section: dict[str, Any] | None = None, environ: dict[str, str] | None = None, **kw: Any) -> KeyRing:
    environ = {"OPENAI_API_KEY": ACTIVE, "OPENAI_API_KEY_NEXT": NEXT} if environ is None else environ
    return KeyRing(Policy.from_dict({"keys": section or {}}).keys, environ=environ, **kw)


# The HTTP library the installed openai SDK is built on (httpx, or its fork httpx2 in newer SDKs).
sdk_http = importlib.import_module(openai.DefaultAsyncHttpxClient.__mro__[1].__module__.split(".")[0])


def asgi(provider: FakeProvider) -> Any:
    return sdk_http.ASGITransport(app=provider.asgi_app)


def ask(client: Any, model: str = "gpt-4o-mini") -> str:
    async def go() -> str:
        answer = await client.chat.completions.create(model=model, messages=MESSAGES)
        return str(answer.choices[0].message.content)

    return asyncio.run(go())


def test_the_clients_key_is_the_rings() -> None:
    provider = FakeProvider(valid_keys={ACTIVE})
    client = ring().async_openai_client(transport=asgi(provider), base_url="http://fake/v1", max_retries=0)
    assert ask(client) == "hello"


def test_a_401_for_the_active_key_falls_back_to_the_next(caplog: pytest.LogCaptureFixture) -> None:
    provider = FakeProvider(valid_keys={NEXT})  # the active key was revoked at the provider
    keys = ring({"fallback_on_401": True})
    client = keys.async_openai_client(transport=asgi(provider), base_url="http://fake/v1", max_retries=0)
    with caplog.at_level(logging.WARNING, logger="aiwarden.keys"):
        assert ask(client) == "hello"
    assert "answered 401 for the active key sk-proj-…yAAct" not in caplog.text  # masked, not sliced oddly
    assert f"answered 401 for the active key sk-proj-…{ACTIVE[-4:]}" in caplog.text
    assert ACTIVE not in caplog.text and NEXT not in caplog.text
    # The switch sticks: the next request goes straight to the next key.
    assert keys.get("openai") == NEXT
    assert {s.slot: s.in_use for s in keys.status()} == {"active": False, "next": True}
    assert ask(client) == "hello"


def test_without_fallback_a_401_reaches_the_caller() -> None:
    provider = FakeProvider(valid_keys={NEXT})
    keys = ring()
    client = keys.async_openai_client(transport=asgi(provider), base_url="http://fake/v1", max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        ask(client)
    assert keys.get("openai") == ACTIVE


def test_both_keys_rejected_is_a_401_and_no_loop() -> None:
    provider = FakeProvider(valid_keys={"sk-proj-" + "Oth3rK3yCc" * 5})
    keys = ring({"fallback_on_401": True})
    client = keys.async_openai_client(transport=asgi(provider), base_url="http://fake/v1", max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        ask(client)
    with pytest.raises(openai.AuthenticationError):
        ask(client)


def test_the_request_model_is_checked_against_the_key_scope() -> None:
    provider = FakeProvider(valid_keys={ACTIVE})
    keys = ring({"providers": {"openai": {"active": {"models": ["gpt-4o-mini*"]}}}}, {"OPENAI_API_KEY": ACTIVE})
    client = keys.async_openai_client(transport=asgi(provider), base_url="http://fake/v1", max_retries=0)
    assert ask(client, "gpt-4o-mini") == "hello"
    with pytest.raises(openai.PermissionDeniedError, match="scoped to gpt-4o-mini"):
        ask(client, "gpt-4o")
    assert len(provider.calls) == 1  # the out-of-scope request never left the server
    with pytest.raises(KeyScopeError):
        keys.async_openai_client(model="o1")


def test_a_long_lived_client_follows_a_refreshed_key(tmp_path: Path) -> None:
    secret = tmp_path / "openai"
    secret.write_text(ACTIVE)
    now = [0.0]
    keys = ring({}, {"OPENAI_API_KEY_FILE": str(secret)}, clock=lambda: now[0], background_refresh=False)
    provider = FakeProvider(valid_keys={ACTIVE})
    client = keys.async_openai_client(transport=asgi(provider), base_url="http://fake/v1", max_retries=0)
    assert ask(client) == "hello"
    secret.write_text(NEXT)
    provider.valid_keys = {NEXT}
    now[0] = 10_000.0
    assert ask(client) == "hello"


def test_missing_anthropic_sdk_gives_a_clear_error() -> None:
    try:
        import anthropic  # noqa: F401
    except ModuleNotFoundError:
        keys = ring({}, {"ANTHROPIC_API_KEY": "sk-ant-api03-" + "Ab1" * 15})
        with pytest.raises(ModuleNotFoundError, match="pip install anthropic"):
            keys.anthropic_client()
    else:
        pytest.skip("the anthropic SDK is installed")


# -- the sync client, against the fake provider served over real HTTP ------------------------


@pytest.fixture
def served() -> Iterator[tuple[FakeProvider, str]]:
    provider = FakeProvider(valid_keys={NEXT})
    with serve_asgi(provider.asgi_app, log_level="error", interface="asgi3", lifespan="off") as base:
        yield provider, f"{base}/v1"


def test_sync_client_with_401_fallback_over_http(served: tuple[FakeProvider, str]) -> None:
    provider, url = served
    keys = ring({"fallback_on_401": True})
    client = keys.openai_client(base_url=url, max_retries=0)
    answer = client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES)
    assert answer.choices[0].message.content == "hello"
    assert keys.get("openai") == NEXT
    stream = client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES, stream=True)
    assert "".join(c.choices[0].delta.content or "" for c in stream if c.choices) == "hello"
    assert len(provider.calls) == 2  # the rejected attempt never reached the model

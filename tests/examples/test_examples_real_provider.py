"""The examples' real-provider path (AIWARDEN_PROVIDER=real), end to end over real servers: the
official SDKs as clients of each example, each example calling its provider through the key
ring's SDK clients (the FakeProvider served over HTTP stands in for OpenAI and Anthropic, and
accepts only the server-held keys), answer() bringing the result back, the guard filtering it."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from aiwarden.testing import FakeProvider
from tests.examples.test_examples_sdk import COMMANDS, _token, example_server
from tests.servers import serve_asgi

openai = pytest.importorskip("openai")
anthropic = pytest.importorskip("anthropic")

OPENAI_KEY = "sk-proj-" + "Ex4mpleServerKey" * 3
ANTHROPIC_KEY = "sk-ant-api03-" + "Ex4mpleServerKey" * 4
CARD = "4111 1111 1111 1111"


@pytest.fixture(scope="module")
def provider() -> Iterator[tuple[FakeProvider, str]]:
    fake = FakeProvider(valid_keys={OPENAI_KEY, ANTHROPIC_KEY})
    with serve_asgi(fake.asgi_app, lifespan="off") as base:
        yield fake, base


@pytest.fixture(scope="module", params=["fastapi", "flask", "django"])
def example(
    request: pytest.FixtureRequest, provider: tuple[FakeProvider, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    assert request.param in COMMANDS
    _, base = provider
    env = {
        "AIWARDEN_PROVIDER": "real",
        "OPENAI_API_KEY": OPENAI_KEY,
        "OPENAI_BASE_URL": base + "/v1",
        "ANTHROPIC_API_KEY": ANTHROPIC_KEY,
        "ANTHROPIC_BASE_URL": base,
    }
    with example_server(request.param, tmp_path_factory.mktemp("audit") / "audit.jsonl", **env) as url:
        yield url


def test_openai_route_through_the_key_ring(example: str, provider: tuple[FakeProvider, str]) -> None:
    fake, _ = provider
    client = openai.OpenAI(base_url=example + "/v1", api_key=_token("free"), max_retries=0)
    messages = [{"role": "user", "content": f"my card is {CARD}"}]
    answer = client.chat.completions.create(model="gpt-4o-mini", messages=messages)
    assert answer.choices[0].message.content == "my card is [CREDIT_CARD]"
    sent = fake.calls[-1]
    assert sent["messages"][0]["role"] == "system" and sent["model"] == "gpt-4o-mini"  # the guarded body
    chunks = client.chat.completions.create(model="gpt-4o-mini", messages=messages, stream=True)
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == "my card is [CREDIT_CARD]"
    with pytest.raises(openai.RateLimitError) as info:  # the provider's refusal, passed on by answer()
        client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "!error 429"}])
    assert info.value.status_code == 429


def test_anthropic_route_through_the_key_ring(example: str) -> None:
    client = anthropic.Anthropic(base_url=example, api_key=_token("free"), max_retries=0)
    body = {"model": "claude-haiku-4-5", "max_tokens": 64, "messages": [{"role": "user", "content": f"card {CARD}"}]}
    assert client.messages.create(**body).content[0].text == "card [CREDIT_CARD]"
    with client.messages.stream(**body) as stream:
        assert "".join(stream.text_stream) == "card [CREDIT_CARD]"


def test_the_server_keys_never_reach_a_client(example: str) -> None:
    client = openai.OpenAI(base_url=example + "/v1", api_key=_token("free"), max_retries=0)
    with pytest.raises(openai.APIStatusError) as info:
        client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "!error 401"}])
    text = json.dumps(info.value.body) + str(dict(info.value.response.headers))
    assert OPENAI_KEY not in text and ANTHROPIC_KEY not in text

"""answer() in each framework, with the official SDKs' real objects: a view calls the provider
through the SDK (its transport answered by the FakeProvider), hands the result — JSON, stream,
stream manager, refusal — to answer(), and the guard filters what goes out."""

from __future__ import annotations

import json
import sys
import types
from typing import Any

import pytest

from aiwarden.testing import FakeProvider
from aiwarden.warden import Warden

from .conftest import OPEN_POLICY

openai = pytest.importorskip("openai")
anthropic = pytest.importorskip("anthropic")

CARD = "4111 1111 1111 1111"
POLICY = {**OPEN_POLICY, "tiers": {"default": {"models": ["gpt-4o-mini", "claude-*"]}}}


def _sdks(provider: FakeProvider) -> tuple[Any, Any]:
    from tests.core.test_answers import provider_transport, sdk_http

    http = sdk_http()
    headers = {"retry-after": "3", "x-should-retry": "false"}
    oai = openai.OpenAI(
        api_key="sk-test",
        base_url="http://provider.test/v1",
        http_client=http.Client(transport=provider_transport(provider, **headers)),
    )
    ant = anthropic.Anthropic(
        api_key="sk-ant-test",
        base_url="http://provider.test",
        http_client=http.Client(transport=provider_transport(provider, **headers)),
    )
    return oai, ant


def _call(oai: Any, ant: Any, path: str, body: dict[str, Any]) -> Any:
    """What a view does: the SDK call, its refusal caught; the result is for answer()."""
    try:
        if path.endswith("/messages"):
            if body.pop("stream", False):
                return ant.messages.stream(**body)  # a MessageStreamManager, entered by answer()
            return ant.messages.create(**body)
        return oai.chat.completions.create(**body)
    except (openai.APIError, anthropic.APIError) as exc:
        return exc


def _starlette(warden: Warden, oai: Any, ant: Any) -> Any:
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.routing import Route
    from starlette.testclient import TestClient

    from aiwarden.starlette import WardenMiddleware, ai_route, answer

    def endpoint() -> Any:
        async def call(request: Request) -> Any:
            return answer(_call(oai, ant, request.url.path, await request.json()))

        return call

    chat, messages = ai_route(system_prompt="S")(endpoint()), ai_route(format="anthropic")(endpoint())
    app = Starlette(
        routes=[
            Route("/v1/chat/completions", chat, methods=["POST"]),
            Route("/v1/messages", messages, methods=["POST"]),
        ]
    )
    app.add_middleware(WardenMiddleware, warden=warden)
    client = TestClient(app)
    return lambda path, body: _result(client.post(path, json=body))


def _flask(warden: Warden, oai: Any, ant: Any) -> Any:
    from flask import Flask, request

    from aiwarden.flask import Warden as FlaskWarden
    from aiwarden.flask import ai_route, answer

    app = Flask(__name__)
    FlaskWarden(app, policy=warden)

    @app.post("/v1/chat/completions")
    @ai_route(system_prompt="S")
    def chat() -> Any:
        return answer(_call(oai, ant, request.path, request.get_json()))

    @app.post("/v1/messages", endpoint="messages")
    @ai_route(format="anthropic")
    def messages() -> Any:
        return answer(_call(oai, ant, request.path, request.get_json()))

    client = app.test_client()

    def post(path: str, body: Any) -> Any:
        r = client.post(path, json=body)
        return r.status_code, r.headers, r.get_data()

    return post


def _django(warden: Warden, oai: Any, ant: Any) -> Any:
    from .apps_django import _configure

    _configure()
    from django.test import Client, override_settings
    from django.urls import path
    from django.views.decorators.csrf import csrf_exempt

    from aiwarden.django import ai_route, answer

    def view(request: Any) -> Any:
        return answer(_call(oai, ant, request.path, json.loads(request.body)))

    urls = types.ModuleType("aiwarden_test_answers_urls")
    urls.urlpatterns = [  # type: ignore[attr-defined]
        path("v1/chat/completions", csrf_exempt(ai_route(system_prompt="S")(view))),
        path("v1/messages", csrf_exempt(ai_route(format="anthropic")(lambda r: view(r)))),
    ]
    sys.modules[urls.__name__] = urls

    def post(route: str, body: Any) -> Any:
        with override_settings(ROOT_URLCONF=urls.__name__, AIWARDEN=warden):
            r = Client().post(route, data=json.dumps(body), content_type="application/json")
            content = b"".join(r.streaming_content) if r.streaming else r.content
        return r.status_code, r.headers, content

    return post


def _result(r: Any) -> Any:
    return r.status_code, r.headers, r.content


APPS = {"starlette": _starlette, "flask": _flask, "django": _django}


@pytest.mark.parametrize("framework", sorted(APPS))
def test_sdk_results_through_answer_are_filtered_in_each_framework(framework: str) -> None:
    provider = FakeProvider()
    post = APPS[framework](Warden(POLICY), *_sdks(provider))
    chat = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": f"card {CARD}"}]}

    status, headers, body = post("/v1/chat/completions", chat)
    assert status == 200, body
    assert json.loads(body)["choices"][0]["message"]["content"] == "card [CREDIT_CARD]"
    assert provider.calls[-1]["messages"][0]["role"] == "system"  # the guarded body went to the SDK

    status, headers, body = post("/v1/chat/completions", {**chat, "stream": True})
    assert status == 200 and headers["content-type"].startswith("text/event-stream")
    text = body.decode()
    assert CARD not in text and "[CREDIT_CARD]" in "".join(
        c["delta"].get("content") or ""
        for line in text.splitlines()
        if line.startswith("data: {")
        for c in json.loads(line[6:])["choices"]
    )

    status, headers, body = post(
        "/v1/chat/completions", {**chat, "messages": [{"role": "user", "content": "!error 429"}]}
    )
    assert status == 429 and headers["retry-after"] == "3" and json.loads(body)["error"]

    message = {"model": "claude-haiku-4-5", "max_tokens": 64, "messages": [{"role": "user", "content": f"card {CARD}"}]}
    status, headers, body = post("/v1/messages", message)
    assert status == 200 and json.loads(body)["content"][0]["text"] == "card [CREDIT_CARD]"
    status, headers, body = post("/v1/messages", {**message, "stream": True})
    assert status == 200 and CARD not in body.decode() and "[CREDIT_CARD]" in body.decode()
    assert "message_stop" in body.decode()

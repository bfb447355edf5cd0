"""Answers the guard cannot read, in every framework: an answer compressed inside the guard (a gzip
middleware or hook that runs first) is still filtered; compressed bytes a view relays as they are, and
an answer in the other format than the route declares, are refused as unreadable (502), never passed
on unread; monitor mode passes them and says so."""

# No `from __future__ import annotations`: FastAPI reads the annotations of endpoints defined in a test,
# whose Request is imported there (no framework is imported at module level, see conftest.py).

import gzip
import json
from typing import Any

import pytest

from aiwarden.testing import FakeProvider

from .common import chat_body
from .conftest import OPEN_POLICY

HI = json.dumps(chat_body("hi")).encode()


LONG_PROMPT = "You are a helpful assistant. " * 40  # a long answer: compressors skip short bodies


def _leak_and_card(post) -> None:
    """``post(text, stream)`` → (status, decoded text): the output filters ran on the answer."""
    status, text = post("!leak", False)
    assert "helpful assistant" not in text and "cnry-" not in text, text[:200]
    assert status == 502 and json.loads(text)["error"]["code"] == "system_prompt_leak"
    status, text = post("card 4111 1111 1111 1111 " + "x" * 300, False)
    assert status == 200 and "4111 1111 1111 1111" not in text and "[CREDIT_CARD]" in text
    status, text = post("card 4111 1111 1111 1111 " + "x" * 300, True)
    assert status == 200 and "4111 1111 1111 1111" not in text and text.endswith("data: [DONE]\n\n")
    chunks = [json.loads(line[6:]) for line in text.split("\n") if line.startswith("data: {")]
    content = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks if c["choices"])
    assert content == "card [CREDIT_CARD] " + "x" * 300


def test_starlette_answer_compressed_by_an_inner_gzip_middleware_is_still_filtered() -> None:
    from fastapi import FastAPI, Request
    from fastapi.middleware.gzip import GZipMiddleware
    from fastapi.responses import StreamingResponse
    from starlette.testclient import TestClient

    from aiwarden.starlette import WardenMiddleware, ai_route
    from aiwarden.testing import FakeProvider
    from aiwarden.warden import Warden

    provider = FakeProvider()
    app = FastAPI()

    @app.post("/chat")
    @ai_route(system_prompt=LONG_PROMPT)
    async def chat(request: Request):
        _, result = provider.respond("openai", await request.json())
        return result if isinstance(result, dict) else StreamingResponse(result, media_type="text/event-stream")

    app.add_middleware(GZipMiddleware, minimum_size=50)  # inside the guard: it compressed what the guard saw
    app.add_middleware(WardenMiddleware, warden=Warden(OPEN_POLICY))
    client = TestClient(app)

    def post(text: str, stream: bool) -> tuple[int, str]:
        response = client.post("/chat", json=chat_body(text, stream=stream), headers={"accept-encoding": "gzip"})
        return response.status_code, response.text

    _leak_and_card(post)


def test_django_answer_compressed_by_an_inner_gzip_middleware_is_still_filtered() -> None:
    from django.http import JsonResponse, StreamingHttpResponse
    from django.test import Client, override_settings
    from django.urls import path
    from django.views.decorators.csrf import csrf_exempt

    from aiwarden.routes import ai_route
    from aiwarden.testing import FakeProvider
    from aiwarden.warden import Warden

    from . import apps_django  # noqa: F401  # configures Django

    provider = FakeProvider()

    @csrf_exempt
    @ai_route(system_prompt=LONG_PROMPT)
    def chat(request):
        status, result = provider.respond("openai", json.loads(request.body))
        if isinstance(result, dict):
            return JsonResponse(result, status=status)
        return StreamingHttpResponse(result, content_type="text/event-stream")

    urls = type("urls", (), {"urlpatterns": [path("chat", chat)]})
    middleware = ["aiwarden.django.WardenMiddleware", "django.middleware.gzip.GZipMiddleware"]
    with override_settings(AIWARDEN=Warden(OPEN_POLICY), ROOT_URLCONF=urls, MIDDLEWARE=middleware):

        def post(text: str, stream: bool) -> tuple[int, str]:
            response = Client().post(
                "/chat", json.dumps(chat_body(text, stream=stream)), "application/json", HTTP_ACCEPT_ENCODING="gzip"
            )
            raw = b"".join(response.streaming_content) if response.streaming else response.content
            if response.get("Content-Encoding") == "gzip":
                raw = gzip.decompress(raw)
            return response.status_code, raw.decode()

        _leak_and_card(post)


def test_flask_answer_compressed_by_a_later_after_request_hook_is_still_filtered() -> None:
    from flask import Flask, Response, request, stream_with_context

    from aiwarden.flask import Warden, ai_route
    from aiwarden.testing import FakeProvider
    from aiwarden.warden import Warden as Engine

    provider = FakeProvider()
    app = Flask(__name__)
    Warden(app, policy=Engine(OPEN_POLICY))

    @app.after_request  # registered after the guard's, so it runs before it (as Flask-Compress may)
    def compress(response: Response) -> Response:
        if "gzip" in request.headers.get("Accept-Encoding", "") and not response.is_streamed:
            response.set_data(gzip.compress(response.get_data()))
            response.headers["Content-Encoding"] = "gzip"
        return response

    @app.post("/chat")
    @ai_route(system_prompt=LONG_PROMPT)
    def chat() -> Response:
        status, result = provider.respond("openai", request.get_json())
        if isinstance(result, dict):
            return Response(json.dumps(result), status=status, content_type="application/json")
        return Response(stream_with_context(result), content_type="text/event-stream")

    client = app.test_client()

    def post(text: str, stream: bool) -> tuple[int, str]:
        response = client.post("/chat", json=chat_body(text, stream=stream), headers={"Accept-Encoding": "gzip"})
        raw = response.get_data()
        if response.headers.get("Content-Encoding") == "gzip":
            raw = gzip.decompress(raw)
        return response.status_code, raw.decode()

    _leak_and_card(post)


GZIPPED_ANSWER = gzip.compress(
    json.dumps({"choices": [{"index": 0, "message": {"role": "assistant", "content": "4111 1111 1111 1111"}}]}).encode()
)


def _unreadable(status: int, headers, body: bytes) -> None:
    assert status == 502 and headers.get("content-encoding") is None
    assert json.loads(body)["error"]["code"] == "unreadable_answer"
    assert headers["x-request-id"] and int(headers["content-length"]) == len(body)


def test_starlette_view_relaying_compressed_bytes_is_refused() -> None:
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.responses import Response
    from starlette.routing import Route
    from starlette.testclient import TestClient

    from aiwarden.starlette import WardenMiddleware, ai_route
    from aiwarden.warden import Warden

    @ai_route
    async def relay(request):
        headers = {"content-encoding": "gzip"}
        return Response(GZIPPED_ANSWER, media_type="application/json", headers=headers)

    app = Starlette(
        routes=[Route("/chat", relay, methods=["POST"])],
        middleware=[Middleware(WardenMiddleware, warden=Warden(OPEN_POLICY))],
    )
    response = TestClient(app).post("/chat", json=chat_body("hi"))
    _unreadable(response.status_code, response.headers, response.content)


def test_django_view_relaying_compressed_bytes_is_refused() -> None:
    from django.http import HttpResponse
    from django.test import Client, override_settings
    from django.urls import path
    from django.views.decorators.csrf import csrf_exempt

    from aiwarden.routes import ai_route
    from aiwarden.warden import Warden

    from . import apps_django  # noqa: F401  # configures Django

    @csrf_exempt
    @ai_route
    def relay(request):
        response = HttpResponse(GZIPPED_ANSWER, content_type="application/json")
        response["Content-Encoding"] = "gzip"
        response["Content-Length"] = str(len(GZIPPED_ANSWER))
        return response

    urls = type("urls", (), {"urlpatterns": [path("chat", relay)]})
    with override_settings(AIWARDEN=Warden(OPEN_POLICY), ROOT_URLCONF=urls):
        response = Client().post("/chat", HI, content_type="application/json")
    _unreadable(response.status_code, response.headers, response.content)


def test_flask_view_relaying_compressed_bytes_is_refused() -> None:
    from flask import Flask, Response

    from aiwarden.flask import Warden, ai_route
    from aiwarden.warden import Warden as Engine

    app = Flask(__name__)
    Warden(app, policy=Engine(OPEN_POLICY))

    @app.post("/chat")
    @ai_route
    def relay() -> Response:
        return Response(GZIPPED_ANSWER, content_type="application/json", headers={"Content-Encoding": "gzip"})

    response = app.test_client().post("/chat", json=chat_body("hi"))
    _unreadable(response.status_code, response.headers, response.get_data())


CHAT = "/v1/chat/completions"
MESSAGES = "/v1/messages"
CARD = "4111 1111 1111 1111"


# -- an answer in the other format than the route declares -------------------------------------------


class SwappedProvider(FakeProvider):
    """A view that calls the other API than its route declares (OpenAI answers on an Anthropic route)."""

    def respond(self, api: str, body: Any) -> tuple[int, Any]:
        return super().respond("openai" if api == "anthropic" else "anthropic", body)


@pytest.mark.parametrize("path", [CHAT, MESSAGES])
def test_an_answer_in_the_other_format_is_refused_as_unreadable(client_for, path: str) -> None:
    client = client_for(OPEN_POLICY, provider=SwappedProvider(chunk_chars=3))
    body = {**chat_body(f"card {CARD}"), "max_tokens": 50}
    response = client.post(path, json=body)
    assert response.status_code == 502 and response.json()["error"]["code"] == "unreadable_answer"
    assert response.headers["x-request-id"] and response.headers["x-should-retry"] == "false"
    assert "1111" not in response.text
    raw = client.stream(path, json={**body, "stream": True})
    assert "1111" not in raw and "[DONE]" not in raw and "message_stop" not in raw
    assert "unreadable_answer" in raw


@pytest.mark.parametrize("path", [CHAT, MESSAGES])
def test_monitor_mode_passes_an_answer_in_the_other_format_and_says_so(client_for, path: str) -> None:
    client = client_for({**OPEN_POLICY, "mode": "monitor"}, provider=SwappedProvider())
    response = client.post(path, json={**chat_body("hello"), "max_tokens": 50})
    assert response.status_code == 200 and "hello" in response.text
    assert response.headers["x-aiwarden-monitor"] == "unreadable_answer"

"""In every framework: content as a list of parts and audio transcripts are filtered; an answer in
the other format than the route declares is refused as unreadable; deny_paths behind a root path."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import Request  # at module level: FastAPI resolves the endpoint's annotations from its globals

from aiwarden.testing import FakeProvider

from .common import chat_body
from .conftest import OPEN_POLICY

CHAT = "/v1/chat/completions"
MESSAGES = "/v1/messages"
CARD = "4111 1111 1111 1111"


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


class SwappedProvider(FakeProvider):
    """A view that calls the other API than its route declares (OpenAI answers on an Anthropic route)."""

    def respond(self, api: str, body: Any) -> tuple[int, Any]:
        return super().respond("openai" if api == "anthropic" else "anthropic", body)


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


@pytest.mark.parametrize("pattern", ["/v1/embeddings", "/api/v1/embeddings"])
def test_starlette_deny_paths_match_the_apps_own_path_behind_a_root_path(pattern: str) -> None:
    # uvicorn --root-path /api: scope["path"] has the prefix; deny_paths, like [[routes]] patterns,
    # name the app's own path (what Django's path_info and Flask's request.path give)
    from fastapi import FastAPI
    from starlette.testclient import TestClient

    from aiwarden.engine import Warden
    from aiwarden.starlette import WardenMiddleware, ai_route

    app = FastAPI()

    @app.post("/v1/embeddings")
    @ai_route()
    async def embeddings(request: Request) -> dict:
        return {"got": await request.json()}

    @app.post("/v1/chat/completions")
    @ai_route()
    async def chat(request: Request) -> dict:
        return {"got": await request.json()}

    app.add_middleware(WardenMiddleware, warden=Warden({**OPEN_POLICY, "keys": {"deny_paths": [pattern]}}))
    client = TestClient(app, root_path="/api")
    response = client.post("/api/v1/embeddings", json=chat_body("hi"))
    assert response.status_code == 403 and response.json()["error"]["code"] == "capability_denied"
    assert response.headers["x-request-id"]
    assert client.post("/api/v1/chat/completions", json=chat_body("hi")).status_code == 200


def test_deny_paths_name_the_apps_own_path_in_every_framework(client_for) -> None:
    client = client_for({**OPEN_POLICY, "keys": {"deny_paths": ["/v1/messages"]}})
    response = client.post(MESSAGES, json={**chat_body("hi"), "max_tokens": 5})
    assert response.status_code == 403 and response.json()["error"]["code"] == "capability_denied"
    assert client.post(CHAT, json=chat_body("hi")).status_code == 200


# -- 4. a method the AI route does not take ---------------------------------------------------


def _call(client: Any, method: str, path: str, headers: dict[str, str] | None = None) -> Any:
    if client.framework == "starlette":
        return client.native.request(method, path, headers=headers or {})
    return client._call(method, path, None, headers)


@pytest.mark.parametrize("method", ["GET", "HEAD", "DELETE"])
@pytest.mark.parametrize("path", [CHAT, MESSAGES])
def test_a_method_the_ai_route_does_not_take_is_an_openai_shaped_405(client_for, method: str, path: str) -> None:
    client = client_for()
    response = _call(client, method, path, {"x-request-id": "req-405"})
    assert response.status_code == 405, response.text
    assert "POST" in [m.strip() for m in response.headers["allow"].split(",")]
    assert response.headers["x-request-id"] == "req-405"
    assert response.headers["content-type"].startswith("application/json")
    if method != "HEAD":
        error = response.json()["error"]
        assert (error["type"], error["code"]) == ("invalid_request_error", "method_not_allowed")
    assert client.provider.calls == []


def test_the_405_comes_before_authentication(client_for) -> None:
    client = client_for({"auth": {"required": True}})
    assert client.post(CHAT, json=chat_body("hi")).status_code == 401
    response = _call(client, "GET", CHAT)
    assert response.status_code == 405 and response.json()["error"]["code"] == "method_not_allowed"


def test_routes_never_marked_keep_the_frameworks_answers(client_for) -> None:
    client = client_for()
    health = _call(client, "GET", "/health")
    assert health.status_code == 200 and "x-request-id" not in health.headers
    wrong = client.post("/health", json={})
    assert wrong.status_code == 405 and "x-request-id" not in wrong.headers


def test_starlette_and_flask_a_get_handler_on_the_same_path_still_answers() -> None:
    # the 405 is ours only where the router would answer 405: a GET route of the path keeps its GETs
    from fastapi import FastAPI
    from flask import Flask
    from starlette.testclient import TestClient

    from aiwarden.engine import Warden
    from aiwarden.flask import Warden as FlaskWarden
    from aiwarden.starlette import WardenMiddleware, ai_route

    app = FastAPI()

    @app.get("/chat")
    async def page() -> dict:
        return {"page": True}

    @app.post("/chat")
    @ai_route()
    async def chat(request: Request) -> dict:
        return {"got": await request.json()}

    app.add_middleware(WardenMiddleware, warden=Warden(OPEN_POLICY))
    client = TestClient(app)
    assert client.get("/chat").json() == {"page": True}
    assert (
        client.put("/chat").status_code == 405 and client.put("/chat").json()["error"]["code"] == "method_not_allowed"
    )
    assert client.put("/chat").headers["allow"] == "GET, POST"  # every route of the path (FastAPI adds no HEAD)

    flask_app = Flask(__name__)
    FlaskWarden(flask_app, policy=OPEN_POLICY)
    flask_app.add_url_rule("/chat", "page", lambda: {"page": True}, methods=["GET"])
    flask_app.add_url_rule("/chat", "chat", ai_route()(lambda: {"got": True}), methods=["POST"])
    flask_client = flask_app.test_client()
    assert flask_client.get("/chat").json == {"page": True}
    response = flask_client.put("/chat")
    assert response.status_code == 405 and response.json["error"]["code"] == "method_not_allowed"
    assert response.headers["x-request-id"]


def test_django_gets_the_405_only_where_the_view_does_not_take_the_method() -> None:
    from django.views import View
    from django.views.decorators.http import require_GET, require_http_methods

    from aiwarden.django.middleware import _view_methods
    from aiwarden.routes import ai_route

    @require_http_methods(["GET", "POST"])
    @ai_route()
    def both(request: Any) -> None: ...

    @require_GET
    def page(request: Any) -> None: ...

    @ai_route()
    def plain(request: Any) -> None: ...

    @ai_route()
    class Chat(View):
        def get(self, request: Any) -> None: ...

        def post(self, request: Any) -> None: ...

    from django.urls import path

    class URLs:
        urlpatterns = (path("both", both), path("page", page), path("plain", plain), path("cbv", Chat.as_view()))

    assert (set(_view_methods(URLs, "/both")[0]), _view_methods(URLs, "/both")[1]) == ({"GET", "POST"}, True)
    assert _view_methods(URLs, "/page") == (("GET",), True)
    assert _view_methods(URLs, "/plain") == (("POST",), False)  # says nothing: AI routes take POST
    methods, declared = _view_methods(URLs, "/cbv")
    assert declared and {"GET", "POST", "OPTIONS"} <= set(methods) and "PUT" not in methods


def test_django_async_views_get_the_405_where_the_view_does_not_take_the_method() -> None:
    import asyncio

    from django.test import AsyncClient, override_settings

    from . import apps_django  # noqa: F401  # configures Django's settings

    async def run() -> list[Any]:
        client = AsyncClient()
        return [
            await client.get("/async/chat"),  # a plain marked view: GET carries no AI request
            await client.put("/async/chat", chat_body("hi"), content_type="application/json"),  # guarded
            await client.put("/v1/messages", chat_body("hi"), content_type="application/json"),  # CBV: post only
        ]

    with override_settings(ROOT_URLCONF="tests.django.test_django_middleware", AIWARDEN=OPEN_POLICY):
        get, put, cbv_put = asyncio.run(run())
    assert get.status_code == 405 and get["allow"] == "POST" and get["x-request-id"]
    assert json.loads(get.content)["error"]["code"] == "method_not_allowed"
    assert put.status_code == 200 and put["x-request-id"]
    assert cbv_put.status_code == 405 and "POST" in cbv_put["allow"] and "PUT" not in cbv_put["allow"]


def test_starlette_405_under_nested_fastapi_routers_and_a_mount() -> None:
    from fastapi import APIRouter, FastAPI
    from starlette.testclient import TestClient

    from aiwarden.engine import Warden
    from aiwarden.starlette import WardenMiddleware, ai_route

    inner = APIRouter(prefix="/inner")

    @inner.post("/chat/{cid}")
    @ai_route()
    async def chat(cid: str, request: Request) -> dict:
        return {"got": await request.json()}

    @inner.get("/page")
    async def page() -> dict:
        return {}

    outer = APIRouter(prefix="/v1")
    outer.include_router(inner)
    app = FastAPI()
    app.include_router(outer)
    sub = FastAPI()

    @sub.post("/m")
    @ai_route()
    async def mounted(request: Request) -> dict:
        return {}

    app.mount("/sub", sub)
    app.add_middleware(WardenMiddleware, warden=Warden(OPEN_POLICY))
    client = TestClient(app)
    for path in ("/v1/inner/chat/7", "/sub/m"):
        response = client.get(path)
        assert response.status_code == 405 and response.json()["error"]["code"] == "method_not_allowed", path
        assert response.headers["allow"] == "POST" and response.headers["x-request-id"]
    page_post = client.post("/v1/inner/page")  # never marked: FastAPI's own 405
    assert page_post.status_code == 405 and "x-request-id" not in page_post.headers
    assert client.post("/v1/inner/chat/7", json=chat_body("hi")).headers["x-request-id"]

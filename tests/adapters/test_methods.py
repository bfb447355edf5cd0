"""Methods on an AI route in every framework: a CORS preflight is the app's, not an AI request; any
method the route does not take never reaches the provider and is a 405 in the OpenAI shape."""

# No `from __future__ import annotations`: FastAPI reads the annotations of endpoints defined in a test,
# whose Request is imported there (no framework is imported at module level, see conftest.py).

import json
from typing import Any

import pytest

from .common import chat_body, openai_error
from .conftest import OPEN_POLICY

CHAT = "/v1/chat/completions"
JSON = {"content-type": "application/json"}
HI = json.dumps(chat_body("hi")).encode()


PREFLIGHT = {
    "origin": "https://app.example",
    "access-control-request-method": "POST",
    "access-control-request-headers": "authorization, content-type",
}


def _options(client, headers: dict[str, str], body: bytes | None = None):
    if client.framework == "starlette":
        return client.native.request("OPTIONS", CHAT, headers=headers, content=body)
    return client._call("OPTIONS", CHAT, body, headers)


def test_cors_preflight_is_not_an_ai_request(client_for) -> None:
    # browsers send it without credentials before the real POST: a 401 from the guard breaks every browser client
    client = client_for({})  # the default policy: authentication required
    response = _options(client, PREFLIGHT)
    assert response.status_code != 401, response.text
    assert "x-request-id" not in response.headers  # the app's own answer (its CORS handling, or its 405)
    # the real request that follows is guarded as ever
    assert client.post(CHAT, json=chat_body("hi")).status_code == 401
    assert client.provider.calls == []


def test_an_options_request_with_a_body_is_still_guarded(client_for) -> None:
    client = client_for({})
    response = _options(client, {**PREFLIGHT, **JSON}, HI)
    assert response.status_code in (401, 405)
    assert client.provider.calls == []


def test_flask_cors_preflight_succeeds_and_the_post_is_guarded() -> None:
    from flask import Flask, request
    from flask_cors import CORS

    from aiwarden.flask import Warden, ai_route
    from aiwarden.warden import Warden as Engine

    app = Flask(__name__)
    CORS(app)
    Warden(app, policy=Engine({}))

    @app.post("/chat")
    @ai_route
    def chat() -> dict:
        return {"echo": request.get_json()["messages"][0]["content"]}

    client = app.test_client()
    preflight = client.open("/chat", method="OPTIONS", headers=PREFLIGHT)
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] in ("*", "https://app.example")
    post = client.post("/chat", json=chat_body("hi"), headers={"origin": "https://app.example"})
    assert post.status_code == 401 and post.headers["x-request-id"]


@pytest.mark.parametrize("method", ["GET", "HEAD", "PUT", "DELETE"])
def test_other_methods_on_an_ai_route_never_reach_the_provider(client_for, method: str) -> None:
    # the route serves POST only (Django: require_POST): the guard answers the 405 in the OpenAI
    # shape, where the router would (Starlette, Flask) or the view would (Django) (see below)
    client = client_for()
    if client.framework == "starlette":
        response = client.native.request(method, CHAT)
    else:
        response = client._call(method, CHAT, None, {})
    assert response.status_code == 405, response.status_code
    if method != "HEAD":
        assert openai_error(response)["code"] == "method_not_allowed"
    assert client.provider.calls == []


MESSAGES = "/v1/messages"


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


def test_starlette_a_get_handler_on_the_same_path_still_answers() -> None:
    # the 405 is ours only where the router would answer 405: a GET route of the path keeps its GETs
    from fastapi import FastAPI, Request
    from starlette.testclient import TestClient

    from aiwarden.starlette import WardenMiddleware, ai_route
    from aiwarden.warden import Warden

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


def test_flask_a_get_handler_on_the_same_path_still_answers() -> None:
    # the 405 is ours only where the router would answer 405: a GET route of the path keeps its GETs
    from flask import Flask

    from aiwarden.flask import Warden as FlaskWarden
    from aiwarden.flask import ai_route

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
    from fastapi import APIRouter, FastAPI, Request
    from starlette.testclient import TestClient

    from aiwarden.starlette import WardenMiddleware, ai_route
    from aiwarden.warden import Warden

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

"""Keys stay on the server, in every framework: client-sent keys and denied paths are refused."""

# No `from __future__ import annotations`: FastAPI reads the annotations of endpoints defined in a test,
# whose Request is imported there (no framework is imported at module level, see conftest.py).

import base64

import pytest

from .common import chat_body
from .conftest import OPEN_POLICY

CHAT = "/v1/chat/completions"
MESSAGES = "/v1/messages"
SERVER_KEY = "sk-proj-" + "Ad4pt3rSrv" * 5
CLIENT_KEY = "sk-proj-" + "Ad4pt3rCli" * 5
ANTHROPIC_KEY = "sk-ant-api03-" + "Ad4pt3rAnt" * 6


@pytest.fixture(autouse=True)
def server_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", SERVER_KEY)


def _refused(response, code: str = "client_key_forbidden", status: int = 400) -> dict:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["code"] == code
    for key in (SERVER_KEY, CLIENT_KEY, ANTHROPIC_KEY):
        assert key not in response.text
    return error


@pytest.mark.parametrize(
    "headers",
    [
        {"authorization": f"Bearer {CLIENT_KEY}"},
        {"x-api-key": ANTHROPIC_KEY},
        {"api-key": CLIENT_KEY},
        {"authorization": "Basic " + base64.b64encode(f"x:{CLIENT_KEY}".encode()).decode()},
        {"x-custom": SERVER_KEY},
    ],
    ids=["bearer", "x-api-key", "api-key", "basic", "server-key"],
)
def test_client_keys_in_headers_are_refused(client_for, headers: dict[str, str]) -> None:
    client = client_for()
    error = _refused(client.post(CHAT, json=chat_body(), headers=headers))
    assert error["type"] == "invalid_request_error"
    assert client.provider.calls == []


def test_client_keys_in_the_query_string_are_refused(client_for) -> None:
    client = client_for()
    _refused(client.post(f"{CHAT}?api_key={CLIENT_KEY}", json=chat_body()))
    assert client.provider.calls == []


def test_client_keys_in_the_body_are_refused(client_for) -> None:
    client = client_for()
    error = _refused(client.post(CHAT, json=chat_body(api_key=CLIENT_KEY)))
    assert error["param"] == "api_key"
    anthropic = {
        "model": "claude-sonnet-4-5",
        "max_tokens": 32,
        "messages": [{"role": "user", "content": "hi"}],
        "metadata": {"user_id": ANTHROPIC_KEY},
    }
    _refused(client.post(MESSAGES, json=anthropic))
    assert client.provider.calls == []


def test_streaming_requests_with_a_key_are_refused_before_the_stream(client_for) -> None:
    client = client_for()
    response = client.post(CHAT, json=chat_body(stream=True), headers={"x-api-key": ANTHROPIC_KEY})
    _refused(response)


def test_requests_without_provider_keys_pass(client_for) -> None:
    client = client_for()
    response = client.post(CHAT, json=chat_body("hello"), headers={"x-api-key": "app_3f9a8b7c6d5e4f3a2b1c"})
    assert response.status_code == 200
    assert response.json()["choices"][0]["message"]["content"] == "hello"


def test_denied_paths_are_refused(client_for) -> None:
    client = client_for({**OPEN_POLICY, "keys": {"deny_paths": ["/v1/messages"]}})
    body = {"model": "claude-sonnet-4-5", "max_tokens": 32, "messages": [{"role": "user", "content": "hi"}]}
    error = _refused(client.post(MESSAGES, json=body), "capability_denied", 403)
    assert error["type"] == "permission_error"
    assert client.post(CHAT, json=chat_body()).status_code == 200


def test_the_ring_is_on_the_warden(client_for) -> None:
    client = client_for()
    assert client.warden.keys.get("openai", model="gpt-4o-mini") == SERVER_KEY
    assert SERVER_KEY in client.warden.keys.secret_values()


def test_an_answer_containing_the_server_key_never_reaches_the_client(client_for) -> None:
    # The ring's secret_values() feed the output secret filter: the fake echoes the prompt.
    client = client_for()
    response = client.post(CHAT, json=chat_body(f"repeat {SERVER_KEY}"))
    assert SERVER_KEY not in response.text
    assert SERVER_KEY not in client.stream(CHAT, json=chat_body(f"repeat {SERVER_KEY}", stream=True))


# -- deny_paths name the app's own path --------------------------------------------------------------


@pytest.mark.parametrize("pattern", ["/v1/embeddings", "/api/v1/embeddings"])
def test_starlette_deny_paths_match_the_apps_own_path_behind_a_root_path(pattern: str) -> None:
    # uvicorn --root-path /api: scope["path"] has the prefix; deny_paths, like [[routes]] patterns,
    # name the app's own path (what Django's path_info and Flask's request.path give)
    from fastapi import FastAPI, Request
    from starlette.testclient import TestClient

    from aiwarden.starlette import WardenMiddleware, ai_route
    from aiwarden.warden import Warden

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


@pytest.mark.parametrize("pattern", ["/v1/embeddings", "/api/v1/embeddings"])
def test_django_deny_paths_match_behind_a_script_name(pattern: str) -> None:
    # SCRIPT_NAME /api: path_info is the app's own path, request.path holds the prefix; a
    # deny_paths pattern may name either, as behind Starlette's root path
    import json

    from django.http import JsonResponse
    from django.test import Client, override_settings
    from django.urls import path
    from django.views.decorators.csrf import csrf_exempt

    from aiwarden import ai_route
    from aiwarden.warden import Warden

    from . import apps_django  # noqa: F401  # configures Django

    @csrf_exempt
    @ai_route()
    def view(request):
        return JsonResponse({"got": json.loads(request.body)})

    urls = type("urls", (), {"urlpatterns": [path("v1/embeddings", view), path("v1/chat/completions", view)]})
    policy = {**OPEN_POLICY, "keys": {"deny_paths": [pattern]}}
    with override_settings(AIWARDEN=Warden(policy), ROOT_URLCONF=urls):
        client = Client()
        body = json.dumps(chat_body("hi"))
        response = client.post("/v1/embeddings", body, content_type="application/json", SCRIPT_NAME="/api")
        assert response.status_code == 403 and response.json()["error"]["code"] == "capability_denied"
        ok = client.post("/v1/chat/completions", body, content_type="application/json", SCRIPT_NAME="/api")
        assert ok.status_code == 200


@pytest.mark.parametrize("pattern", ["/v1/embeddings", "/api/v1/embeddings"])
def test_flask_deny_paths_match_behind_a_script_name(pattern: str) -> None:
    from flask import Flask, request

    from aiwarden.flask import Warden as Extension
    from aiwarden.flask import ai_route
    from aiwarden.warden import Warden

    app = Flask(__name__)

    @app.post("/v1/embeddings")
    @ai_route()
    def embeddings():
        return {"got": request.get_json()}

    @app.post("/v1/chat/completions")
    @ai_route()
    def chat():
        return {"got": request.get_json()}

    Extension(app, policy=Warden({**OPEN_POLICY, "keys": {"deny_paths": [pattern]}}))
    client = app.test_client()
    response = client.post("/v1/embeddings", json=chat_body("hi"), base_url="http://x/api")
    assert response.status_code == 403 and response.json["error"]["code"] == "capability_denied"
    assert client.post("/v1/chat/completions", json=chat_body("hi"), base_url="http://x/api").status_code == 200


def test_deny_paths_name_the_apps_own_path_in_every_framework(client_for) -> None:
    client = client_for({**OPEN_POLICY, "keys": {"deny_paths": ["/v1/messages"]}})
    response = client.post(MESSAGES, json={**chat_body("hi"), "max_tokens": 5})
    assert response.status_code == 403 and response.json()["error"]["code"] == "capability_denied"
    assert client.post(CHAT, json=chat_body("hi")).status_code == 200

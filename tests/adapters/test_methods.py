"""Methods on an AI route in every framework: a CORS preflight is the app's, not an AI request; any
method the route does not take never reaches the provider and is a 405 in the OpenAI shape."""

from __future__ import annotations

import json

import pytest

from .common import chat_body, openai_error

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

    from aiwarden.engine import Warden as Engine
    from aiwarden.flask import Warden, ai_route

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
    # shape, where the router would (Starlette, Flask) or the view would (Django); see test_output_gaps.py
    client = client_for()
    if client.framework == "starlette":
        response = client.native.request(method, CHAT)
    else:
        response = client._call(method, CHAT, None, {})
    assert response.status_code == 405, response.status_code
    if method != "HEAD":
        assert openai_error(response)["code"] == "method_not_allowed"
    assert client.provider.calls == []

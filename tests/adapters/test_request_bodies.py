"""Request bodies in every framework: what is no JSON object of the API's shape is a 4xx in the OpenAI
shape before any view runs; the body's size cap holds exactly, chunked or not; the view reads the very
body the guard checked (duplicate keys, other content types, form fields)."""

from __future__ import annotations

import gzip
import json

import pytest

from .common import chat_body, openai_error
from .conftest import OPEN_POLICY

CHAT = "/v1/chat/completions"
JSON = {"content-type": "application/json"}
HI = json.dumps(chat_body("hi")).encode()


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b'"hello"', "invalid_body"),
        (b"42", "invalid_body"),
        (b"null", "invalid_body"),
        (b"   \n", "invalid_body"),
        (b"\xef\xbb\xbf" + HI, "invalid_json"),  # a UTF-8 BOM: not JSON text (RFC 8259 8.1)
        (HI.decode().encode("utf-16"), "invalid_encoding"),
        (b'{"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}],"x":' + b"[" * 50000, "invalid_json"),
        (
            b'{"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}],"seed":' + b"9" * 5000 + b"}",
            "invalid_json",
        ),
        (b'{"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}],"temperature":NaN}', "invalid_json"),
        (b'{"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}],"temperature":Infinity}', "invalid_json"),
        (b'{"model":"gpt-4o-mini","messages":[{"role":"user","content":"\\ud800"}]}', "invalid_encoding"),
        (json.dumps({"model": "m", "messages": ["hi"]}).encode(), "invalid_value"),
        (json.dumps({"model": "m", "messages": [None]}).encode(), "invalid_value"),
        (
            json.dumps(
                {"model": "m", "messages": [{"role": "user", "content": [{"type": "text", "text": 5}]}]}
            ).encode(),
            "invalid_value",
        ),
        (json.dumps({"model": "m", "messages": [{"role": "user", "content": ["a"]}]}).encode(), "invalid_value"),
        (
            json.dumps({"model": "m", "messages": [{"role": "user", "content": [{"type": 5}]}]}).encode(),
            "invalid_value",
        ),
        (json.dumps({"model": "m", "messages": [{"role": 5, "content": "x"}]}).encode(), "invalid_value"),
        (json.dumps({"model": "m", "messages": [{"role": "user", "content": None}]}).encode(), "invalid_value"),
        (json.dumps({"model": ["m"], "messages": [{"role": "user", "content": "x"}]}).encode(), "invalid_value"),
        (json.dumps(chat_body("hi", stream="yes")).encode(), "invalid_value"),
        (json.dumps(chat_body("hi", stream=1)).encode(), "invalid_value"),
        (json.dumps(chat_body("hi", max_tokens=-1)).encode(), "invalid_value"),
        (json.dumps(chat_body("hi", max_tokens=1.5)).encode(), "invalid_value"),
        (json.dumps(chat_body("hi", max_tokens="10")).encode(), "invalid_value"),
        (json.dumps(chat_body("hi", stream=True, stream_options="x")).encode(), "invalid_value"),
    ],
)
def test_bad_bodies_are_a_4xx_in_the_openai_shape(client_for, content: bytes, code: str) -> None:
    client = client_for()
    response = client.post(CHAT, content=content, headers=JSON)
    assert openai_error(response)["code"] == code
    assert client.provider.calls == []


def test_duplicate_keys_the_view_sees_what_the_guard_checked(client_for) -> None:
    # the last value wins for the guard; the view must not read the other one (it gets the rendered body)
    client = client_for()
    body = (
        b'{"model":"gpt-4o-mini","messages":[{"role":"user","content":"first"}],'
        b'"messages":[{"role":"user","content":"second"}]}'
    )
    response = client.post(CHAT, content=body, headers=JSON)
    assert response.status_code == 200
    assert response.json()["choices"][0]["message"]["content"] == "second"
    assert [m["content"] for m in client.provider.calls[-1]["messages"] if m["role"] == "user"] == ["second"]


@pytest.mark.parametrize(
    "ctype", ["application/json; charset=utf-8", "APPLICATION/JSON", "application/json;charset=UTF-8"]
)
def test_json_content_type_variants_are_accepted(client_for, ctype: str) -> None:
    response = client_for().post(CHAT, content=HI, headers={"content-type": ctype})
    assert response.status_code == 200, response.text
    assert response.json()["choices"][0]["message"]["content"] == "hi"


def test_compressed_body_is_a_clear_415(client_for) -> None:
    client = client_for()
    response = client.post(CHAT, content=gzip.compress(HI), headers={**JSON, "content-encoding": "gzip"})
    assert response.status_code == 415
    assert openai_error(response)["code"] == "unsupported_encoding"
    # the header alone (a plain body) is refused too: the view would be told the JSON is gzip
    response = client.post(CHAT, content=HI, headers={**JSON, "content-encoding": "gzip"})
    assert openai_error(response)["code"] == "unsupported_encoding"
    assert client.provider.calls == []
    # identity is no encoding at all
    assert client.post(CHAT, content=HI, headers={**JSON, "content-encoding": "identity"}).status_code == 200


def test_body_exactly_at_the_cap_passes_and_one_byte_over_is_413(client_for) -> None:
    client = client_for(
        {"auth": {"required": False, "anonymous_tier": "default"}, "input": {"max_body_bytes": len(HI)}}
    )
    assert client.post(CHAT, content=HI, headers=JSON).status_code == 200
    over = client.post(CHAT, content=HI + b" ", headers=JSON)
    assert over.status_code == 413 and openai_error(over)["code"] == "request_too_large"
    assert len(client.provider.calls) == 1


def test_chunked_request_body_at_and_over_the_cap(client_for) -> None:
    client = client_for(
        {"auth": {"required": False, "anonymous_tier": "default"}, "input": {"max_body_bytes": len(HI)}}
    )
    if client.framework == "django":
        pytest.skip("Django reads no body without a Content-Length (no chunked uploads)")

    def post(body: bytes):
        if client.framework == "starlette":
            pieces = (body[i : i + 7] for i in range(0, len(body), 7))  # a generator: sent chunked
            return client.native.post(CHAT, content=pieces, headers=JSON)
        import io

        response = client.native.post(
            CHAT,
            input_stream=io.BytesIO(body),
            headers={**JSON, "Transfer-Encoding": "chunked"},
            environ_overrides={"wsgi.input_terminated": True},  # what a server sets for a chunked body
        )
        return response

    assert post(HI).status_code == 200
    assert post(HI + b" ").status_code == 413
    assert len(client.provider.calls) == 1


@pytest.mark.parametrize("ctype", [None, "text/plain", "application/x-www-form-urlencoded"])
def test_a_json_body_under_another_content_type_reaches_the_view_as_json(client_for, ctype: str | None) -> None:
    # curl -d sends form-urlencoded; the guard parsed JSON, so the view is told it gets JSON (Flask's
    # get_json() answered an HTML 415 before; a form parser would read other fields than the guard checked)
    client = client_for()
    response = client.post(CHAT, content=HI, headers={"content-type": ctype} if ctype else {})
    assert response.status_code == 200, response.text
    assert response.json()["choices"][0]["message"]["content"] == "hi"


@pytest.mark.parametrize("text", [5, None, ["a"]])
def test_anthropic_tool_result_with_a_text_block_of_the_wrong_type_is_a_400(client_for, text) -> None:
    client = client_for()
    block = {"type": "tool_result", "tool_use_id": "t1", "content": [{"type": "text", "text": text}]}
    body = {"model": "claude-3-5-haiku-latest", "max_tokens": 10, "messages": [{"role": "user", "content": [block]}]}
    response = client.post("/v1/messages", json=body)
    assert response.status_code == 400, response.text
    assert openai_error(response)["code"] == "invalid_value"
    assert client.provider.calls == []


def _form_or_json(request):  # a Django view that takes a form post or a JSON body
    from django.http import JsonResponse

    return JsonResponse({"answer": request.POST.get("prompt") or json.loads(request.body)["prompt"]})


def test_django_view_cannot_read_a_form_field_the_guard_never_saw() -> None:
    from django.test import Client, override_settings
    from django.urls import path
    from django.views.decorators.csrf import csrf_exempt

    from aiwarden.routes import ai_route
    from aiwarden.warden import Warden

    from . import apps_django  # noqa: F401  # configures Django

    view = csrf_exempt(ai_route(format="generic", prompt_field="prompt", answer_field="answer")(_form_or_json))
    urls = type("urls", (), {"urlpatterns": [path("ask", view)]})
    # valid JSON whose form reading has another "prompt": the guard checks "hello", the view must see it too
    body = json.dumps({"prompt": "hello", "x": "&prompt=smuggled&"})
    with override_settings(AIWARDEN=Warden(OPEN_POLICY), ROOT_URLCONF=urls):
        response = Client().post("/ask", body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200, response.content
    assert response.json() == {"answer": "hello"}

"""Edge cases found by probing every adapter as a hostile client (or a sloppy one) would."""

from __future__ import annotations

import gzip
import json

import pytest
from fastapi import Request  # at module level: FastAPI resolves the endpoint's annotations from its globals

from .common import chat_body
from .conftest import OPEN_POLICY

CHAT = "/v1/chat/completions"
JSON = {"content-type": "application/json"}
HI = json.dumps(chat_body("hi")).encode()


def _error(response) -> dict:
    assert 400 <= response.status_code < 500, (response.status_code, response.text)
    body = response.json()
    assert set(body) == {"error"}, body
    assert {"message", "type", "code"} <= set(body["error"])
    assert "Traceback" not in response.text
    assert response.headers["x-request-id"]
    return body["error"]


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
    assert _error(response)["code"] == code
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
    assert _error(response)["code"] == "unsupported_encoding"
    # the header alone (a plain body) is refused too: the view would be told the JSON is gzip
    response = client.post(CHAT, content=HI, headers={**JSON, "content-encoding": "gzip"})
    assert _error(response)["code"] == "unsupported_encoding"
    assert client.provider.calls == []
    # identity is no encoding at all
    assert client.post(CHAT, content=HI, headers={**JSON, "content-encoding": "identity"}).status_code == 200


def test_body_exactly_at_the_cap_passes_and_one_byte_over_is_413(client_for) -> None:
    client = client_for(
        {"auth": {"required": False, "anonymous_tier": "default"}, "input": {"max_body_bytes": len(HI)}}
    )
    assert client.post(CHAT, content=HI, headers=JSON).status_code == 200
    over = client.post(CHAT, content=HI + b" ", headers=JSON)
    assert over.status_code == 413 and _error(over)["code"] == "request_too_large"
    assert len(client.provider.calls) == 1


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


@pytest.mark.parametrize("ctype", [None, "text/plain", "application/x-www-form-urlencoded"])
def test_a_json_body_under_another_content_type_reaches_the_view_as_json(client_for, ctype: str | None) -> None:
    # curl -d sends form-urlencoded; the guard parsed JSON, so the view is told it gets JSON (Flask's
    # get_json() answered an HTML 415 before; a form parser would read other fields than the guard checked)
    client = client_for()
    response = client.post(CHAT, content=HI, headers={"content-type": ctype} if ctype else {})
    assert response.status_code == 200, response.text
    assert response.json()["choices"][0]["message"]["content"] == "hi"


def _form_or_json(request):  # a Django view that takes a form post or a JSON body
    from django.http import JsonResponse

    return JsonResponse({"answer": request.POST.get("prompt") or json.loads(request.body)["prompt"]})


def test_django_view_cannot_read_a_form_field_the_guard_never_saw() -> None:
    from django.test import Client, override_settings
    from django.urls import path
    from django.views.decorators.csrf import csrf_exempt

    from aiwarden.engine import Warden
    from aiwarden.routes import ai_route

    from . import apps_django  # noqa: F401  # configures Django

    view = csrf_exempt(ai_route(format="generic", prompt_field="prompt", answer_field="answer")(_form_or_json))
    urls = type("urls", (), {"urlpatterns": [path("ask", view)]})
    # valid JSON whose form reading has another "prompt": the guard checks "hello", the view must see it too
    body = json.dumps({"prompt": "hello", "x": "&prompt=smuggled&"})
    with override_settings(AIWARDEN=Warden(OPEN_POLICY), ROOT_URLCONF=urls):
        response = Client().post("/ask", body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200, response.content
    assert response.json() == {"answer": "hello"}


# -- marking class-based views ------------------------------------------------------------------


def _roles(response) -> list[str]:
    body = response.json() if callable(response.json) else response.json  # werkzeug: a property
    return [m["role"] for m in body["got"]["messages"]]


def test_django_class_based_views_marked_on_the_class_or_the_handler_are_guarded() -> None:
    from django.http import JsonResponse
    from django.test import Client, override_settings
    from django.urls import path
    from django.utils.decorators import method_decorator
    from django.views import View
    from django.views.decorators.csrf import csrf_exempt

    from aiwarden.engine import Warden
    from aiwarden.routes import ai_route

    from . import apps_django  # noqa: F401  # configures Django

    def post(self, request):
        return JsonResponse({"got": json.loads(request.body)})

    # the documented way (on the class), with the usual decorator on dispatch: as_view() copies
    # dispatch's __wrapped__ onto the view function, which hid the class's mark
    on_class = method_decorator(csrf_exempt, name="dispatch")(
        ai_route(system_prompt="S")(type("OnClass", (View,), {"post": post}))
    )
    on_handler = csrf_exempt(type("OnHandler", (View,), {"post": ai_route(system_prompt="S")(post)}).as_view())
    by_method_decorator = csrf_exempt(
        type("ByMethodDecorator", (View,), {"post": method_decorator(ai_route(system_prompt="S"))(post)}).as_view()
    )
    urls = type(
        "urls",
        (),
        {
            "urlpatterns": [
                path("class", on_class.as_view()),
                path("handler", on_handler),
                path("decorated", by_method_decorator),
            ]
        },
    )
    with override_settings(AIWARDEN=Warden(OPEN_POLICY), ROOT_URLCONF=urls):
        for url in ("/class", "/handler", "/decorated"):
            response = Client().post(url, HI, content_type="application/json")
            assert response.status_code == 200, (url, response.content)
            assert response.headers["x-request-id"] and _roles(response) == ["system", "user"], url
            assert Client().post(url, b"{bad", content_type="application/json").status_code == 400, url


def test_flask_method_view_marked_on_the_handler_is_guarded() -> None:
    from flask import Flask, request
    from flask.views import MethodView

    from aiwarden.engine import Warden as Engine
    from aiwarden.flask import Warden, ai_route

    class Chat(MethodView):
        @ai_route(system_prompt="S")
        def post(self) -> dict:
            return {"got": request.get_json()}

        def get(self) -> dict:
            return {"status": "ok"}

    app = Flask(__name__)
    Warden(app, policy=Engine(OPEN_POLICY))
    app.add_url_rule("/chat", view_func=Chat.as_view("chat"))
    client = app.test_client()
    response = client.post("/chat", json=chat_body("hi"))
    assert response.headers["x-request-id"] and _roles(response) == ["system", "user"]
    assert client.post("/chat", data=b"{bad", content_type="application/json").status_code == 400
    unguarded = client.get("/chat")  # the handler of another method is not marked
    assert unguarded.status_code == 200 and "x-request-id" not in unguarded.headers


def test_starlette_endpoint_marked_on_the_handler_is_guarded() -> None:
    from starlette.applications import Starlette
    from starlette.endpoints import HTTPEndpoint
    from starlette.middleware import Middleware
    from starlette.responses import JSONResponse
    from starlette.routing import Route
    from starlette.testclient import TestClient

    from aiwarden.engine import Warden
    from aiwarden.starlette import WardenMiddleware, ai_route

    class Chat(HTTPEndpoint):
        @ai_route(system_prompt="S")
        async def post(self, request):
            return JSONResponse({"got": await request.json()})

        async def get(self, request):
            return JSONResponse({"status": "ok"})

    app = Starlette(
        routes=[Route("/chat", Chat)], middleware=[Middleware(WardenMiddleware, warden=Warden(OPEN_POLICY))]
    )
    client = TestClient(app)
    response = client.post("/chat", json=chat_body("hi"))
    assert response.headers["x-request-id"] and _roles(response) == ["system", "user"]
    assert client.post("/chat", content=b"{bad").status_code == 400
    unguarded = client.get("/chat")
    assert unguarded.status_code == 200 and "x-request-id" not in unguarded.headers


# -- compressed answers ---------------------------------------------------------------------------

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
    from fastapi import FastAPI
    from fastapi.middleware.gzip import GZipMiddleware
    from fastapi.responses import StreamingResponse
    from starlette.testclient import TestClient

    from aiwarden.engine import Warden
    from aiwarden.starlette import WardenMiddleware, ai_route
    from aiwarden.testing import FakeProvider

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

    from aiwarden.engine import Warden
    from aiwarden.routes import ai_route
    from aiwarden.testing import FakeProvider

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

    from aiwarden.engine import Warden as Engine
    from aiwarden.flask import Warden, ai_route
    from aiwarden.testing import FakeProvider

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

    from aiwarden.engine import Warden
    from aiwarden.starlette import WardenMiddleware, ai_route

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

    from aiwarden.engine import Warden
    from aiwarden.routes import ai_route

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

    from aiwarden.engine import Warden as Engine
    from aiwarden.flask import Warden, ai_route

    app = Flask(__name__)
    Warden(app, policy=Engine(OPEN_POLICY))

    @app.post("/chat")
    @ai_route
    def relay() -> Response:
        return Response(GZIPPED_ANSWER, content_type="application/json", headers={"Content-Encoding": "gzip"})

    response = app.test_client().post("/chat", json=chat_body("hi"))
    _unreadable(response.status_code, response.headers, response.get_data())


@pytest.mark.parametrize("text", [5, None, ["a"]])
def test_anthropic_tool_result_with_a_text_block_of_the_wrong_type_is_a_400(client_for, text) -> None:
    client = client_for()
    block = {"type": "tool_result", "tool_use_id": "t1", "content": [{"type": "text", "text": text}]}
    body = {"model": "claude-3-5-haiku-latest", "max_tokens": 10, "messages": [{"role": "user", "content": [block]}]}
    response = client.post("/v1/messages", json=body)
    assert response.status_code == 400, response.text
    assert _error(response)["code"] == "invalid_value"
    assert client.provider.calls == []


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


@pytest.mark.parametrize("pattern", ["/v1/chat/completions", "/api/v1/chat/completions"])
def test_starlette_policy_pattern_matches_behind_a_root_path(pattern: str) -> None:
    # uvicorn --root-path /api: scope["path"] holds the prefix too; the pattern names the app's own
    # path (as path_info does in Django and request.path in Flask), and the full one still works
    from fastapi import FastAPI
    from starlette.testclient import TestClient

    from aiwarden.engine import Warden
    from aiwarden.starlette import WardenMiddleware

    app = FastAPI()

    @app.post("/v1/chat/completions")
    async def chat(request: Request) -> dict:
        return {"got": await request.json()}

    policy = {**OPEN_POLICY, "routes": [{"path": pattern, "system_prompt": "S"}]}
    app.add_middleware(WardenMiddleware, warden=Warden(policy))
    client = TestClient(app, root_path="/api")
    response = client.post("/api/v1/chat/completions", json=chat_body("hi"))
    assert response.headers.get("x-request-id") and _roles(response) == ["system", "user"]
    assert client.post("/api/v1/chat/completions", content=b"{bad").status_code == 400


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
        assert _error(response)["code"] == "method_not_allowed"
    assert client.provider.calls == []


def test_a_blocked_answer_tells_the_sdks_not_to_retry(client_for, monkeypatch: pytest.MonkeyPatch) -> None:
    # a 502 makes the official SDKs retry twice by default: three model calls (and three leaks
    # caught) for one request, unless the answer says x-should-retry: false, which they obey
    import time

    import jwt
    import openai

    secret = "edge-case-signing-secret-0123456789abcdef"
    monkeypatch.setenv("AIWARDEN_TEST_EDGE_JWT", secret)
    client = client_for({"auth": {"jwt_secret_env": "AIWARDEN_TEST_EDGE_JWT", "default_tier": "default"}})
    token = jwt.encode({"sub": "sdk-user", "tier": "default", "exp": int(time.time()) + 300}, secret, "HS256")
    sdk = openai.OpenAI(api_key=token, base_url="http://testserver/v1", http_client=client.http_client())
    with pytest.raises(openai.InternalServerError) as info:
        sdk.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "!leak"}])
    assert info.value.status_code == 502 and info.value.response.headers["x-should-retry"] == "false"
    assert len(client.provider.calls) == 1


def test_fastapi_nested_routers_with_prefixes_and_path_parameters_are_guarded() -> None:
    from fastapi import APIRouter, FastAPI
    from starlette.testclient import TestClient

    from aiwarden.engine import Warden
    from aiwarden.starlette import WardenMiddleware, ai_route

    inner = APIRouter(prefix="/inner")

    @inner.post("/chat/{deployment}")
    @ai_route(system_prompt="S")
    async def chat(deployment: str, request: Request) -> dict:
        return {"got": await request.json(), "deployment": deployment}

    outer = APIRouter(prefix="/v2")
    outer.include_router(inner)
    app = FastAPI()
    app.include_router(outer, prefix="/api")
    app.add_middleware(WardenMiddleware, warden=Warden(OPEN_POLICY))
    client = TestClient(app)
    response = client.post("/api/v2/inner/chat/prod", json=chat_body("hi"))
    assert response.headers["x-request-id"] and _roles(response) == ["system", "user"]
    assert response.json()["deployment"] == "prod"
    assert client.post("/api/v2/inner/chat/prod", content=b"{bad").status_code == 400


def test_flask_nested_blueprints_and_policy_globs_are_guarded() -> None:
    from flask import Blueprint, Flask, request

    from aiwarden.flask import Warden, ai_route

    api, v1 = Blueprint("api", __name__, url_prefix="/api"), Blueprint("v1", __name__, url_prefix="/v1")

    @v1.post("/chat")
    @ai_route(system_prompt="S")
    def chat() -> dict:
        return {"got": request.get_json()}

    api.register_blueprint(v1)

    def create_app() -> Flask:  # the app-factory way: the extension made once, init_app per app
        app = Flask(__name__)
        app.config["AIWARDEN"] = {**OPEN_POLICY, "routes": [{"path": "/tools/**", "system_prompt": "T"}]}
        Warden().init_app(app)
        app.register_blueprint(api)
        app.add_url_rule("/tools/a/b", "tool", lambda: {"got": request.get_json()}, methods=["POST"])
        return app

    client = create_app().test_client()
    for url, roles in (("/api/v1/chat", ["system", "user"]), ("/tools/a/b", ["system", "user"])):
        response = client.post(url, json=chat_body("hi"))
        assert response.headers["x-request-id"] and _roles(response) == roles, url
        assert client.post(url, data=b"{bad", content_type="application/json").status_code == 400


def test_starlette_file_answer_on_a_server_with_pathsend_is_sent(tmp_path) -> None:
    # servers with the http.response.pathsend extension (Granian...) get FileResponse as a path, not
    # body messages: the guard dropped that message, so the client got headers and no body
    import asyncio

    from starlette.applications import Starlette
    from starlette.responses import FileResponse
    from starlette.routing import Route

    from aiwarden.engine import Warden
    from aiwarden.starlette import WardenMiddleware, ai_route

    answer = tmp_path / "answer.json"
    answer.write_text(json.dumps({"choices": [{"index": 0, "message": {"content": "card 4111 1111 1111 1111"}}]}))

    @ai_route
    async def chat(request):
        return FileResponse(answer, media_type="application/json")

    app = WardenMiddleware(Starlette(routes=[Route("/chat", chat, methods=["POST"])]), warden=Warden(OPEN_POLICY))
    sent: list[dict] = []
    incoming = [{"type": "http.request", "body": HI, "more_body": False}]

    async def receive() -> dict:
        return incoming.pop(0) if incoming else {"type": "http.disconnect"}

    async def send(message: dict) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.4"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/chat",
        "raw_path": b"/chat",
        "root_path": "",
        "query_string": b"",
        "headers": [(b"host", b"testserver"), (b"content-type", b"application/json")],
        "client": ("127.0.0.1", 1234),
        "server": ("testserver", 80),
        "extensions": {"http.response.pathsend": {}},
    }
    asyncio.run(app(scope, receive, send))
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    assert [m["type"] for m in sent if m["type"].startswith("http.response.p")] == []
    assert json.loads(body)["choices"][0]["message"]["content"] == "card [CREDIT_CARD]"


def test_starlette_middleware_wrapping_the_app_from_outside_sees_the_marks() -> None:
    # app = WardenMiddleware(app, policy=...) (pure ASGI composition, as the docs write it): the app
    # has not put itself in scope["app"] yet, so no decorator mark was seen and the route ran unguarded
    from fastapi import FastAPI
    from starlette.middleware.cors import CORSMiddleware
    from starlette.testclient import TestClient

    from aiwarden.engine import Warden
    from aiwarden.starlette import WardenMiddleware, ai_route

    app = FastAPI()

    @app.post("/chat")
    @ai_route(system_prompt="S")
    async def chat(request: Request) -> dict:
        return {"got": await request.json()}

    for wrapped in (app, CORSMiddleware(app, allow_origins=["*"])):
        client = TestClient(WardenMiddleware(wrapped, warden=Warden(OPEN_POLICY)))
        response = client.post("/chat", json=chat_body("hi"))
        assert response.headers.get("x-request-id") and _roles(response) == ["system", "user"]
        assert client.post("/chat", content=b"{bad").status_code == 400


def test_starlette_middleware_around_a_mounted_sub_app_sees_its_marks() -> None:
    # outer.mount("/sub", WardenMiddleware(inner)): scope["app"] is the outer app, whose routes do
    # not hold the inner endpoints, so the mark was missed and the route ran unguarded
    from fastapi import FastAPI
    from starlette.testclient import TestClient

    from aiwarden.engine import Warden
    from aiwarden.starlette import WardenMiddleware, ai_route

    inner = FastAPI()

    @inner.post("/chat")
    @ai_route(system_prompt="S")
    async def chat(request: Request) -> dict:
        return {"got": await request.json()}

    outer = FastAPI()
    outer.mount("/sub", WardenMiddleware(inner, warden=Warden(OPEN_POLICY)))
    client = TestClient(outer)
    response = client.post("/sub/chat", json=chat_body("hi"))
    assert response.headers.get("x-request-id") and _roles(response) == ["system", "user"]
    assert client.post("/sub/chat", content=b"{bad").status_code == 400

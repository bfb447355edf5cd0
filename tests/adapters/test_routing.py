"""Which requests reach a marked endpoint: the guard must see a mark wherever the framework's
router can reach it — behind middleware-wrapped Starlette mounts, Django include(), Flask
blueprints — and, where it cannot tell, fail closed on paths a policy [[routes]] pattern covers."""

# No `from __future__ import annotations`: FastAPI reads the annotations of endpoints defined in a test,
# whose Request is imported there (no framework is imported at module level, see conftest.py).

import json
import logging
import sys
import types
from typing import Any, ClassVar

import pytest

from aiwarden.warden import Warden

from .common import chat_body
from .conftest import OPEN_POLICY

BAD = b"{not json"
JSON = {"content-type": "application/json"}


def _guarded(response: Any) -> None:
    """A request the guard handled: bad JSON is refused before any view, in the OpenAI shape."""
    assert response.status_code == 400, (response.status_code, response.text)
    body = response.json() if callable(response.json) else response.json  # Flask's is a property
    assert body["error"]["code"] == "invalid_json"
    assert response.headers["x-request-id"]


# --- Starlette / FastAPI ---------------------------------------------------------------------


def _starlette_apps() -> dict[str, Any]:
    from fastapi import FastAPI
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.middleware.cors import CORSMiddleware
    from starlette.middleware.gzip import GZipMiddleware
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Host, Mount, Route, Router

    from aiwarden.starlette import ai_route

    @ai_route(system_prompt="S")
    async def chat(request: Request) -> JSONResponse:
        ex = request.state.aiwarden
        body = await request.json()
        return JSONResponse({"roles": [m["role"] for m in body["messages"]], "template": ex.request.route_template})

    def sub() -> Starlette:
        return Starlette(routes=[Route("/chat", chat, methods=["POST"])])

    fastapi_sub = FastAPI()
    fastapi_sub.post("/chat")(chat)
    nested = Starlette(
        routes=[Mount("/b", app=GZipMiddleware(Router(routes=[Route("/chat/{tid}", chat, methods=["POST"])])))]
    )
    return {
        "/cors/chat": Mount("/cors", app=CORSMiddleware(sub(), allow_origins=["*"])),
        "/mw/chat": Mount("/mw", app=sub(), middleware=[Middleware(GZipMiddleware)]),
        "/fastapi/chat": Mount("/fastapi", app=CORSMiddleware(GZipMiddleware(fastapi_sub), allow_origins=["*"])),
        "/a/b/chat/7": Mount("/a", app=CORSMiddleware(nested, allow_origins=["*"])),
        "/host/chat": Host(
            "api.example.com", app=CORSMiddleware(Router(routes=[Route("/host/chat", chat, methods=["POST"])]))
        ),
    }


def test_starlette_marks_behind_middleware_wrapped_mounts_are_guarded() -> None:
    from starlette.applications import Starlette
    from starlette.testclient import TestClient

    from aiwarden.starlette import WardenMiddleware

    mounts = _starlette_apps()
    app = Starlette(routes=list(mounts.values()))
    app.add_middleware(WardenMiddleware, warden=Warden(OPEN_POLICY))
    client = TestClient(app)
    templates = {
        "/cors/chat": "/cors/chat",
        "/mw/chat": "/mw/chat",
        "/fastapi/chat": "/fastapi/chat",
        "/a/b/chat/7": "/a/b/chat/{tid}",
    }
    for path in mounts:
        if path == "/host/chat":
            continue
        _guarded(client.post(path, content=BAD, headers=JSON))
        ok = client.post(path, json=chat_body("hi"))
        assert ok.status_code == 200, (path, ok.text)
        # the route's system prompt went in: the guard used the endpoint's own mark
        assert ok.json() == {"roles": ["system", "user"], "template": templates[path]}, path
    # a Host route whose app is wrapped in middleware
    host = {**JSON, "host": "api.example.com"}
    _guarded(client.post("/host/chat", content=BAD, headers=host))
    ok = client.post("/host/chat", json=chat_body("hi"), headers={"host": "api.example.com"})
    assert ok.status_code == 200 and ok.json()["roles"] == ["system", "user"], ok.text


def test_starlette_a_mounted_app_with_its_own_guard_is_guarded_once() -> None:
    from starlette.applications import Starlette
    from starlette.middleware.cors import CORSMiddleware
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Mount, Route
    from starlette.testclient import TestClient

    from aiwarden.starlette import WardenMiddleware, ai_route

    @ai_route(system_prompt="S")
    async def chat(request: Request) -> JSONResponse:
        return JSONResponse({"roles": [m["role"] for m in (await request.json())["messages"]]})

    inner = Starlette(routes=[Route("/chat", chat, methods=["POST"])])
    inner.add_middleware(WardenMiddleware, warden=Warden(OPEN_POLICY))
    outer_warden = Warden(OPEN_POLICY)
    seen: list[str] = []
    outer_warden.exchange = lambda request, route: (
        seen.append(request.path)
        or Warden.exchange(  # type: ignore[method-assign]
            outer_warden, request, route
        )
    )
    app = Starlette(routes=[Mount("/api", app=CORSMiddleware(inner, allow_origins=["*"])), Mount("/direct", app=inner)])
    app.add_middleware(WardenMiddleware, warden=outer_warden)
    for path in ("/api/chat", "/direct/chat"):
        ok = TestClient(app).post(path, json=chat_body("hi"))
        # guarded twice, the inner guard would see the outer's system message and refuse it
        assert ok.status_code == 200 and ok.json() == {"roles": ["system", "user"]}, (path, ok.text)
    assert seen == []


def test_starlette_an_unreadable_mount_fails_closed_under_a_policy_pattern_and_warns_once_otherwise(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from starlette.applications import Starlette
    from starlette.routing import Mount
    from starlette.testclient import TestClient

    from aiwarden.starlette import WardenMiddleware

    async def raw(scope: Any, receive: Any, send: Any) -> None:  # any ASGI app: its routes cannot be read
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
        await send({"type": "http.response.body", "body": b"raw"})

    app = Starlette(routes=[Mount("/covered", app=raw), Mount("/other", app=raw)])
    policy = {**OPEN_POLICY, "routes": [{"path": "/covered/**"}]}
    app.add_middleware(WardenMiddleware, warden=Warden(policy))
    client = TestClient(app)
    with caplog.at_level(logging.WARNING, logger="aiwarden"):
        for _ in range(3):
            _guarded(client.post("/covered/v1/chat", content=BAD, headers=JSON))
            passed = client.post("/other/v1/chat", content=BAD, headers=JSON)
            assert passed.status_code == 200 and passed.text == "raw" and "x-request-id" not in passed.headers
    warned = [r.getMessage() for r in caplog.records if "cannot see the routes" in r.getMessage()]
    assert len(warned) == 2 and "'/covered'" in warned[0] and "'/other'" in warned[1], warned


# --- Django include() -----------------------------------------------------------------------


def test_django_views_marked_inside_include_are_guarded(monkeypatch: pytest.MonkeyPatch) -> None:
    from .apps_django import _configure

    _configure()
    from django.http import JsonResponse
    from django.test import Client, override_settings
    from django.urls import include, path, re_path
    from django.views import View
    from django.views.decorators.csrf import csrf_exempt

    from aiwarden.django import ai_route

    @csrf_exempt
    @ai_route(system_prompt="S")
    def chat(request: Any, **kwargs: Any) -> JsonResponse:
        body = json.loads(request.body)
        return JsonResponse({"roles": [m["role"] for m in body["messages"]]})

    @ai_route(system_prompt="S")
    class ChatView(View):
        def post(self, request: Any) -> JsonResponse:
            return chat(request)

    deep = [path("chat/<int:tid>", chat), re_path(r"^cbv$", csrf_exempt(ChatView.as_view()))]
    inner = ([path("chat", chat), path("deep/", include(deep))], "inner")
    urls = types.ModuleType("aiwarden_test_routing_urls")
    urls.urlpatterns = [path("api/", include(inner, namespace="api")), path("v2/", include(deep))]  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, urls.__name__, urls)
    with override_settings(ROOT_URLCONF=urls.__name__, AIWARDEN=Warden(OPEN_POLICY)):
        client = Client()
        for url in ("/api/chat", "/api/deep/chat/3", "/api/deep/cbv", "/v2/chat/4", "/v2/cbv"):
            _guarded(client.post(url, data=BAD, content_type="application/json"))
            ok = client.post(url, data=json.dumps(chat_body("hi")), content_type="application/json")
            assert ok.status_code == 200 and ok.json() == {"roles": ["system", "user"]}, (url, ok.content)


# --- Flask blueprints -----------------------------------------------------------------------


def test_flask_views_marked_in_blueprints_are_guarded() -> None:
    from flask import Blueprint, Flask, request
    from flask.views import MethodView

    from aiwarden.flask import Warden as FlaskWarden
    from aiwarden.flask import ai_route

    api = Blueprint("api", __name__, url_prefix="/api")
    v1 = Blueprint("v1", __name__, url_prefix="/v1")
    sub = Blueprint("sub", __name__, subdomain=None)

    @ai_route(system_prompt="S")
    def chat(**kwargs: Any) -> dict:
        return {"roles": [m["role"] for m in request.get_json()["messages"]]}

    class ChatView(MethodView):
        decorators: ClassVar[list[Any]] = [ai_route(system_prompt="S")]

        def post(self) -> dict:
            return chat()

    v1.add_url_rule("/chat/<int:tid>", "chat", chat, methods=["POST"])
    v1.add_url_rule("/cbv", view_func=ChatView.as_view("cbv"))
    api.register_blueprint(v1)
    sub.add_url_rule("/chat", "chat", chat, methods=["POST"])
    app = Flask(__name__)
    FlaskWarden(app, policy=OPEN_POLICY)
    app.register_blueprint(api)
    app.register_blueprint(sub, url_prefix="/again", name="again")  # one blueprint registered twice
    app.register_blueprint(sub, url_prefix="/twice", name="twice")
    client = app.test_client()
    for url in ("/api/v1/chat/3", "/api/v1/cbv", "/again/chat", "/twice/chat"):
        _guarded(client.post(url, data=BAD, content_type="application/json"))
        ok = client.post(url, json=chat_body("hi"))
        assert ok.status_code == 200 and ok.get_json() == {"roles": ["system", "user"]}, (url, ok.data)


HI = json.dumps(chat_body("hi")).encode()


# -- class-based views, nested routers, wrapped and mounted apps -------------------------------------


def _seen(body: dict) -> dict:
    """What a test view echoes of the request it got: the roles of its messages (the guard filters
    every string of an answer, so echoing the system prompt it added would be withheld as a leak)."""
    return {"messages": [{"role": m["role"]} for m in body["messages"]]}


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

    from aiwarden.routes import ai_route
    from aiwarden.warden import Warden

    from . import apps_django  # noqa: F401  # configures Django

    def post(self, request):
        return JsonResponse({"got": _seen(json.loads(request.body))})

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

    from aiwarden.flask import Warden, ai_route
    from aiwarden.warden import Warden as Engine

    class Chat(MethodView):
        @ai_route(system_prompt="S")
        def post(self) -> dict:
            return {"got": _seen(request.get_json())}

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

    from aiwarden.starlette import WardenMiddleware, ai_route
    from aiwarden.warden import Warden

    class Chat(HTTPEndpoint):
        @ai_route(system_prompt="S")
        async def post(self, request):
            return JSONResponse({"got": _seen(await request.json())})

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


@pytest.mark.parametrize("pattern", ["/v1/chat/completions", "/api/v1/chat/completions"])
def test_starlette_policy_pattern_matches_behind_a_root_path(pattern: str) -> None:
    # uvicorn --root-path /api: scope["path"] holds the prefix too; the pattern names the app's own
    # path (as path_info does in Django and request.path in Flask), and the full one still works
    from fastapi import FastAPI
    from starlette.requests import Request
    from starlette.testclient import TestClient

    from aiwarden.starlette import WardenMiddleware
    from aiwarden.warden import Warden

    app = FastAPI()

    @app.post("/v1/chat/completions")
    async def chat(request: Request) -> dict:
        return {"got": _seen(await request.json())}

    policy = {**OPEN_POLICY, "routes": [{"path": pattern, "system_prompt": "S"}]}
    app.add_middleware(WardenMiddleware, warden=Warden(policy))
    client = TestClient(app, root_path="/api")
    response = client.post("/api/v1/chat/completions", json=chat_body("hi"))
    assert response.headers.get("x-request-id") and _roles(response) == ["system", "user"]
    assert client.post("/api/v1/chat/completions", content=b"{bad").status_code == 400


@pytest.mark.parametrize("pattern", ["/v1/chat/completions", "/api/v1/chat/completions"])
def test_django_policy_pattern_matches_behind_a_script_name(pattern: str) -> None:
    # SCRIPT_NAME /api: path_info is the app's own path, request.path holds the prefix too; a
    # pattern may name either, as behind Starlette's root path
    from django.http import JsonResponse
    from django.test import Client, override_settings
    from django.urls import path
    from django.views.decorators.csrf import csrf_exempt

    from . import apps_django  # noqa: F401  # configures Django

    @csrf_exempt
    def chat(request):
        return JsonResponse({"got": _seen(json.loads(request.body))})

    urls = type("urls", (), {"urlpatterns": [path("v1/chat/completions", chat)]})
    policy = {**OPEN_POLICY, "routes": [{"path": pattern, "system_prompt": "S"}]}
    with override_settings(AIWARDEN=Warden(policy), ROOT_URLCONF=urls):
        client = Client()
        response = client.post("/v1/chat/completions", HI, content_type="application/json", SCRIPT_NAME="/api")
        assert response.headers.get("x-request-id") and _roles(response) == ["system", "user"]
        refused = client.post("/v1/chat/completions", b"{bad", content_type="application/json", SCRIPT_NAME="/api")
        assert refused.status_code == 400


@pytest.mark.parametrize("pattern", ["/v1/chat/completions", "/api/v1/chat/completions"])
def test_flask_policy_pattern_matches_behind_a_script_name(pattern: str) -> None:
    from flask import Flask, request

    from aiwarden.flask import Warden as Extension

    app = Flask(__name__)

    @app.post("/v1/chat/completions")
    def chat():
        return {"got": _seen(request.get_json())}

    policy = {**OPEN_POLICY, "routes": [{"path": pattern, "system_prompt": "S"}]}
    Extension(app, policy=Warden(policy))
    client = app.test_client()
    response = client.post("/v1/chat/completions", data=HI, content_type="application/json", base_url="http://x/api")
    assert response.headers.get("x-request-id") and _roles(response) == ["system", "user"]
    refused = client.post(
        "/v1/chat/completions", data=b"{bad", content_type="application/json", base_url="http://x/api"
    )
    assert refused.status_code == 400


def test_fastapi_nested_routers_with_prefixes_and_path_parameters_are_guarded() -> None:
    from fastapi import APIRouter, FastAPI
    from starlette.requests import Request
    from starlette.testclient import TestClient

    from aiwarden.starlette import WardenMiddleware, ai_route
    from aiwarden.warden import Warden

    inner = APIRouter(prefix="/inner")

    @inner.post("/chat/{deployment}")
    @ai_route(system_prompt="S")
    async def chat(deployment: str, request: Request) -> dict:
        return {"got": _seen(await request.json()), "deployment": deployment}

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
        return {"got": _seen(request.get_json())}

    api.register_blueprint(v1)

    def create_app() -> Flask:  # the app-factory way: the extension made once, init_app per app
        app = Flask(__name__)
        app.config["AIWARDEN"] = {**OPEN_POLICY, "routes": [{"path": "/tools/**", "system_prompt": "T"}]}
        Warden().init_app(app)
        app.register_blueprint(api)
        app.add_url_rule("/tools/a/b", "tool", lambda: {"got": _seen(request.get_json())}, methods=["POST"])
        return app

    client = create_app().test_client()
    for url, roles in (("/api/v1/chat", ["system", "user"]), ("/tools/a/b", ["system", "user"])):
        response = client.post(url, json=chat_body("hi"))
        assert response.headers["x-request-id"] and _roles(response) == roles, url
        assert client.post(url, data=b"{bad", content_type="application/json").status_code == 400


def _fastapi_chat() -> Any:
    """A FastAPI app whose POST /chat is marked (system prompt "S") and echoes the request."""
    from fastapi import FastAPI
    from starlette.requests import Request

    from aiwarden.starlette import ai_route

    app = FastAPI()

    @app.post("/chat")
    @ai_route(system_prompt="S")
    async def chat(request: Request) -> dict:
        return {"got": _seen(await request.json())}

    return app


def test_starlette_middleware_wrapping_the_app_from_outside_sees_the_marks() -> None:
    # app = WardenMiddleware(app, policy=...) (pure ASGI composition, as the docs write it): the app
    # has not put itself in scope["app"] yet, so no decorator mark was seen and the route ran unguarded
    from starlette.middleware.cors import CORSMiddleware
    from starlette.testclient import TestClient

    from aiwarden.starlette import WardenMiddleware
    from aiwarden.warden import Warden

    app = _fastapi_chat()
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

    from aiwarden.starlette import WardenMiddleware
    from aiwarden.warden import Warden

    inner = _fastapi_chat()
    outer = FastAPI()
    outer.mount("/sub", WardenMiddleware(inner, warden=Warden(OPEN_POLICY)))
    client = TestClient(outer)
    response = client.post("/sub/chat", json=chat_body("hi"))
    assert response.headers.get("x-request-id") and _roles(response) == ["system", "user"]
    assert client.post("/sub/chat", content=b"{bad").status_code == 400

"""The shared test app on Django, guarded by ``aiwarden.django.WardenMiddleware``.

Served through Django's own test client (WSGI, sync middleware). The engine and the fake
provider of each client are put in place with ``override_settings`` around every request, so
clients with different policies can live side by side.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import httpx
from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.test import Client as DjangoClient
from django.test import override_settings
from django.urls import include, path
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from aiwarden.django import ai_route, answer
from aiwarden.testing import FakeProvider
from aiwarden.warden import Warden

from .common import SYSTEM_PROMPT, BufferedClient, Client, sdk_http


def _configure() -> None:
    name = "aiwarden_django_test_settings"
    if name not in sys.modules:
        file = Path(__file__).resolve().parent.parent / "django" / "settings.py"
        spec = importlib.util.spec_from_file_location(name, file)
        module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
        sys.modules[name] = module
        spec.loader.exec_module(module)  # type: ignore[union-attr]
    sys.modules[name].configure()


_configure()


@csrf_exempt
@require_POST
@ai_route(system_prompt=SYSTEM_PROMPT)
def chat(request: Any) -> HttpResponse:
    client = settings.AIWARDEN_TEST_CLIENT
    client.last_exchange = request.aiwarden
    return answer(client.provider.respond("openai", json.loads(request.body)))


@csrf_exempt
@require_POST
@ai_route(format="anthropic")
def messages(request: Any) -> HttpResponse:
    return answer(settings.AIWARDEN_TEST_CLIENT.provider.respond("anthropic", json.loads(request.body)))


@csrf_exempt
@require_POST
@ai_route(format="openai-responses", system_prompt=SYSTEM_PROMPT)
def responses(request: Any) -> HttpResponse:
    return answer(settings.AIWARDEN_TEST_CLIENT.provider.respond("openai-responses", json.loads(request.body)))


@csrf_exempt
@require_POST
@ai_route(format="openai-completions", system_prompt=SYSTEM_PROMPT)
def completions(request: Any) -> HttpResponse:
    return answer(settings.AIWARDEN_TEST_CLIENT.provider.respond("openai-completions", json.loads(request.body)))


@csrf_exempt
@require_POST
@ai_route(requests=["2/minute"])
def thread_chat(request: Any, tid: str) -> HttpResponse:
    return answer(settings.AIWARDEN_TEST_CLIENT.provider.respond("openai", json.loads(request.body)))


@require_GET
def health(request: Any) -> HttpResponse:
    return JsonResponse({"status": "ok"})


@csrf_exempt
def echo(request: Any) -> HttpResponse:
    return HttpResponse(request.body, content_type="application/octet-stream")


@csrf_exempt
@ai_route(format="gemini", system_prompt=SYSTEM_PROMPT)
def gemini(request: Any, target: str) -> HttpResponse:
    model, _, method = target.partition(":")
    provider = settings.AIWARDEN_TEST_CLIENT.provider
    body = json.loads(request.body)
    return answer(provider.respond("gemini", body, model=model, stream=method == "streamGenerateContent"))


urlpatterns = [
    path("v1beta/models/<str:target>", gemini),
    path("v1/chat/completions", chat),
    path("v1/messages", messages),
    path("v1/responses", responses),
    path("v1/completions", completions),
    path("threads/<str:tid>/chat", thread_chat),
    path("health", health),
    path("echo", echo),
    path("aiwarden/", include("aiwarden.console.django")),
]


class DjangoTestClient(BufferedClient):
    """httpx-shaped responses from Django's test client."""

    def _call(self, method: str, path: str, body: bytes | None, headers: dict[str, str] | None) -> Any:
        headers = dict(headers or {})
        ctype = next((v for k, v in headers.items() if k.lower() == "content-type"), "application/octet-stream")
        with override_settings(AIWARDEN=self.warden, AIWARDEN_TEST_CLIENT=self, ROOT_URLCONF=__name__):
            response = self.native.generic(method, path, body or b"", content_type=ctype, headers=headers)
            content = b"".join(response.streaming_content) if response.streaming else response.content
        return httpx.Response(response.status_code, headers=list(response.headers.items()), content=content)

    def http_client(self) -> Any:
        from django.core.handlers.wsgi import WSGIHandler

        handler = WSGIHandler()

        def app(environ: dict[str, Any], start_response: Any) -> Any:
            with override_settings(AIWARDEN=self.warden, AIWARDEN_TEST_CLIENT=self, ROOT_URLCONF=__name__):
                return list(handler(environ, start_response))

        http = sdk_http()
        return http.Client(transport=http.WSGITransport(app=app), base_url="http://testserver")


def make_django_client(warden: Warden, provider: FakeProvider) -> Client:
    return DjangoTestClient(DjangoClient(), "django", warden, provider)

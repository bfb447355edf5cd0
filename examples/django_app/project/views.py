"""The example's views: three AI routes answered by the configured provider, and a health check."""

from __future__ import annotations

import json

from _common import SYSTEM_PROMPT, call_provider, gemini_target
from _common import health as health_body
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.http.response import HttpResponseBase
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from aiwarden.django import ai_route, answer


@csrf_exempt
@require_POST
@ai_route(system_prompt=SYSTEM_PROMPT, name="chat")
def chat_completions(request: HttpRequest) -> HttpResponseBase:
    return answer(call_provider("openai", json.loads(request.body), request.aiwarden))


@csrf_exempt
@require_POST
@ai_route(format="openai-responses", system_prompt=SYSTEM_PROMPT, name="responses")
def responses(request: HttpRequest) -> HttpResponseBase:
    return answer(call_provider("openai-responses", json.loads(request.body), request.aiwarden))


@csrf_exempt
@require_POST
@ai_route(format="anthropic", name="messages")
def messages(request: HttpRequest) -> HttpResponseBase:
    return answer(call_provider("anthropic", json.loads(request.body), request.aiwarden))


@csrf_exempt
@require_POST
@ai_route(format="gemini", system_prompt=SYSTEM_PROMPT, name="gemini")
def gemini(request: HttpRequest, target: str) -> HttpResponse:
    return answer(call_provider("gemini", json.loads(request.body), request.aiwarden, **gemini_target(target)))


@require_GET
def health(request: HttpRequest) -> HttpResponse:
    return JsonResponse(health_body())

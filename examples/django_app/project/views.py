"""The example's views: two AI routes answered by the configured provider, and a health check."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

from _common import SYSTEM_PROMPT, call_provider
from _common import health as health_body
from django.core.handlers.asgi import ASGIRequest
from django.http import HttpRequest, HttpResponse, JsonResponse, StreamingHttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from aiwarden.django import ai_route


@csrf_exempt
@require_POST
@ai_route(system_prompt=SYSTEM_PROMPT, name="chat")
def chat_completions(request: HttpRequest) -> HttpResponse:
    return _answer(request, *call_provider("openai", json.loads(request.body)))


@csrf_exempt
@require_POST
@ai_route(format="anthropic", name="messages")
def messages(request: HttpRequest) -> HttpResponse:
    return _answer(request, *call_provider("anthropic", json.loads(request.body)))


@require_GET
def health(request: HttpRequest) -> HttpResponse:
    return JsonResponse(health_body())


def _answer(request: HttpRequest, status: int, result: Any) -> HttpResponse:
    if isinstance(result, dict):
        return JsonResponse(result, status=status)
    if isinstance(request, ASGIRequest):  # Django buffers a sync iterator under ASGI: hand it an async one
        result = _async_chunks(result)
    return StreamingHttpResponse(result, status=status, content_type="text/event-stream")


async def _async_chunks(chunks: Iterator[bytes]) -> AsyncIterator[bytes]:
    while (chunk := await asyncio.to_thread(next, chunks, None)) is not None:  # a real provider blocks
        yield chunk

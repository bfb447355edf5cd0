"""The FastAPI example: an OpenAI- and Anthropic-compatible API guarded by aiwarden.

    python examples/fastapi_app.py --dev --port 8000

``POST /v1/chat/completions``, ``POST /v1/responses``, ``POST /v1/messages`` and
``POST /v1beta/models/{model}:generateContent`` (Gemini) are AI routes; ``GET /health`` is not.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import SYSTEM_PROMPT, arguments, call_provider, gemini_target, health, policy
from fastapi import FastAPI, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from aiwarden.console.asgi import ConsoleApp
from aiwarden.starlette import WardenMiddleware, ai_route, answer

app = FastAPI(title="aiwarden FastAPI example")
app.add_middleware(WardenMiddleware, policy=policy())
app.mount("/aiwarden", ConsoleApp())  # the operator page (policy [console]); it uses the middleware's engine


@app.post("/v1/chat/completions")
@ai_route(system_prompt=SYSTEM_PROMPT, name="chat")
async def chat_completions(request: Request) -> Response:
    body, ex = await request.json(), request.state.aiwarden  # the body as the guard checked it
    return answer(await run_in_threadpool(call_provider, "openai", body, ex))  # a real SDK call blocks


@app.post("/v1/responses")
@ai_route(format="openai-responses", system_prompt=SYSTEM_PROMPT, name="responses")
async def responses(request: Request) -> Response:
    body, ex = await request.json(), request.state.aiwarden
    return answer(await run_in_threadpool(call_provider, "openai-responses", body, ex))


@app.post("/v1/messages")
@ai_route(format="anthropic", name="messages")
async def messages(request: Request) -> Response:
    body, ex = await request.json(), request.state.aiwarden
    return answer(await run_in_threadpool(call_provider, "anthropic", body, ex))


@app.post("/v1beta/models/{target}")  # Gemini: models/{model}:generateContent and :streamGenerateContent
@ai_route(format="gemini", system_prompt=SYSTEM_PROMPT, name="gemini")
async def gemini(request: Request, target: str) -> Response:
    body, ex = await request.json(), request.state.aiwarden
    return answer(await run_in_threadpool(call_provider, "gemini", body, ex, **gemini_target(target)))


@app.get("/health")
async def get_health() -> dict[str, str]:
    return health()


if __name__ == "__main__":
    import uvicorn

    args = arguments("aiwarden FastAPI example")
    uvicorn.run(app, host=args.host, port=args.port, log_level="info")

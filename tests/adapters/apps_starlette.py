"""The shared test app on Starlette (FastAPI), guarded by WardenMiddleware."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import Response
from starlette.testclient import TestClient

from aiwarden.console.asgi import ConsoleApp
from aiwarden.starlette import WardenMiddleware, ai_route, answer
from aiwarden.testing import FakeProvider
from aiwarden.warden import Warden

from .common import SYSTEM_PROMPT, Client


def build_app(warden: Warden, provider: FakeProvider) -> FastAPI:
    app = FastAPI()
    app.add_middleware(WardenMiddleware, warden=warden)

    @app.post("/v1/chat/completions")
    @ai_route(system_prompt=SYSTEM_PROMPT)
    async def chat(request: Request) -> Response:
        ex = request.state.aiwarden
        app.state.last_exchange = ex
        return answer(provider.respond("openai", await request.json()))

    @app.post("/v1/messages")
    @ai_route(format="anthropic")
    async def messages(request: Request) -> Response:
        return answer(provider.respond("anthropic", await request.json()))

    @app.post("/v1/responses")
    @ai_route(format="openai-responses", system_prompt=SYSTEM_PROMPT)
    async def responses(request: Request) -> Response:
        return answer(provider.respond("openai-responses", await request.json()))

    @app.post("/v1/completions")
    @ai_route(format="openai-completions", system_prompt=SYSTEM_PROMPT)
    async def completions(request: Request) -> Response:
        return answer(provider.respond("openai-completions", await request.json()))

    @app.post("/threads/{tid}/chat")
    @ai_route(requests=["2/minute"])
    async def thread_chat(request: Request, tid: str) -> Response:
        return answer(provider.respond("openai", await request.json()))

    @app.get("/health")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/echo")
    async def echo(request: Request) -> Response:
        return Response(await request.body(), media_type="application/octet-stream")

    @app.post("/v1beta/models/{target}")
    @ai_route(format="gemini", system_prompt=SYSTEM_PROMPT)
    async def gemini(request: Request, target: str) -> Response:
        model, _, method = target.partition(":")
        body = await request.json()
        return answer(provider.respond("gemini", body, model=model, stream=method == "streamGenerateContent"))

    app.mount("/aiwarden", ConsoleApp())  # the operator page, finding the middleware's engine
    return app


def make_starlette_client(warden: Warden, provider: FakeProvider) -> Client:
    client = TestClient(build_app(warden, provider), raise_server_exceptions=False)
    return Client(client, "starlette", warden, provider)

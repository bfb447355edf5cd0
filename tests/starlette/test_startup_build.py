"""When the Starlette middleware builds its engine: at the lifespan start-up when the server runs
one; without a lifespan (``uvicorn --lifespan off``) the first scope would build it on the event
loop, inside a request, so it is built in a worker thread while other routes are served; built
outside an event loop, right away."""

from __future__ import annotations

import asyncio
import json
import threading
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse
from starlette.routing import Route

from aiwarden.scanners.verdicts import Verdict
from aiwarden.starlette import WardenMiddleware, ai_route
from tests.asgi import http_scope

LOADING = threading.Event()  # the slow detector's load has begun
LOADED = threading.Event()  # ... and may end
LOADS: list[str] = []  # the thread of each load


class SlowToLoad:
    """A user's detector whose model takes a while to load: it loads when the engine is built."""

    name = "slow_to_load"

    def __init__(self) -> None:
        LOADS.append(threading.current_thread().name)
        LOADING.set()
        LOADED.wait(10)

    def detect(self, subjects: list[Any]) -> list[Verdict]:
        return [Verdict(0.0) for _ in subjects]


POLICY = {
    "auth": {"required": False, "anonymous_tier": "default"},
    "input": {"detectors": ["heuristic", "learned", f"{__name__}:SlowToLoad"]},
}


@ai_route
async def chat(request: Request) -> JSONResponse:
    return JSONResponse({"saw": (await request.json())["messages"][0]["content"]})


async def health(request: Request) -> PlainTextResponse:
    return PlainTextResponse("ok")


def _app() -> Starlette:
    app = Starlette(routes=[Route("/chat", chat, methods=["POST"]), Route("/health", health, methods=["GET"])])
    app.add_middleware(WardenMiddleware, policy=POLICY)
    return app


async def _call(app: Any, scope: dict[str, Any], body: bytes = b"") -> tuple[int, bytes]:
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await app(scope, receive, send)
    return sent[0]["status"], b"".join(m.get("body", b"") for m in sent[1:])


@pytest.fixture(autouse=True)
def _fresh() -> Any:
    LOADING.clear()
    LOADED.clear()
    LOADS.clear()
    yield
    LOADED.set()


def test_without_a_lifespan_the_engine_is_built_off_the_loop_while_other_routes_are_served() -> None:
    asyncio.run(_without_lifespan())


async def _without_lifespan() -> None:
    app = _app()
    body = json.dumps({"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]}).encode()
    # the first scope is a request (no lifespan): two AI requests wait for one build
    first = asyncio.ensure_future(_call(app, http_scope("/chat", body), body))
    second = asyncio.ensure_future(_call(app, http_scope("/chat", body), body))
    for _ in range(10_000):  # until the build has begun (bounded: it begins within a few loop turns)
        if LOADING.is_set():
            break
        await asyncio.sleep(0.001)
    assert LOADING.is_set()
    get = {**http_scope("/health", b""), "method": "GET"}
    assert await _call(app, get) == (200, b"ok")  # served while the engine is still being built
    assert not first.done() and not second.done()
    LOADED.set()
    for request in (first, second):
        status, answer = await request
        assert status == 200 and json.loads(answer) == {"saw": "hi"}
    assert len(LOADS) == 1 and LOADS[0] != threading.main_thread().name  # one build, in a worker thread


def test_with_a_lifespan_the_engine_is_built_at_start_up() -> None:
    asyncio.run(_with_lifespan())


async def _with_lifespan() -> None:
    app = _app()
    LOADED.set()
    messages = iter([{"type": "lifespan.startup"}])
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        try:
            return next(messages)
        except StopIteration:
            await asyncio.sleep(3600)
            raise

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    lifespan = asyncio.ensure_future(app({"type": "lifespan", "asgi": {"version": "3.0"}}, receive, send))
    for _ in range(10_000):
        if sent:
            break
        await asyncio.sleep(0.001)
    lifespan.cancel()
    assert sent[0]["type"] == "lifespan.startup.complete"
    assert len(LOADS) == 1  # built before any request


def test_a_middleware_made_outside_an_event_loop_builds_its_engine_at_once() -> None:
    LOADED.set()
    middleware = WardenMiddleware(Starlette(), policy=POLICY)
    assert middleware.warden is not None and len(LOADS) == 1

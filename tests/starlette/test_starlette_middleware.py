"""Starlette specifics: route marking through path parameters, mounts, and the marking cache."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, StreamingResponse
from starlette.routing import Mount, Route
from starlette.testclient import TestClient

from aiwarden.exchange import Stage
from aiwarden.starlette import WardenMiddleware, ai_route
from tests.asgi import http_scope
from tests.servers import serve_asgi

OPEN = {"auth": {"required": False, "anonymous_tier": "default"}}


@ai_route
async def guarded(request: Request) -> JSONResponse:
    return JSONResponse({"saw": (await request.json())["messages"][0]["content"]})


async def plain(request: Request) -> PlainTextResponse:
    return PlainTextResponse("plain " + request.path_params.get("item", ""))


def _client() -> TestClient:
    app = Starlette(
        routes=[
            Route("/items/{item}/chat", guarded, methods=["POST"]),
            Route("/items/{item}", plain, methods=["GET", "POST"]),
            Mount("/api", routes=[Route("/chat", guarded, methods=["POST"])]),
        ]
    )
    app.add_middleware(WardenMiddleware, policy=OPEN)
    return TestClient(app)


def test_marks_are_found_through_path_parameters_and_mounts_and_stay_right_when_cached() -> None:
    client = _client()
    body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]}
    for _ in range(2):  # the second round is served from the marking cache
        for path in ("/items/1/chat", "/items/2/chat", "/api/chat"):
            response = client.post(path, json=body)
            assert response.status_code == 200 and response.headers.get("x-request-id"), path
            refused = client.post(path, content=b"{not json", headers={"content-type": "application/json"})
            assert refused.status_code == 400, path
        unmarked = client.post("/items/1", content=b"{not json")
        assert unmarked.status_code == 200 and unmarked.text == "plain 1"
        assert "x-request-id" not in unmarked.headers


def test_websocket_and_lifespan_scopes_pass_through() -> None:
    from starlette.websockets import WebSocket

    async def ws(websocket: WebSocket) -> None:
        await websocket.accept()
        await websocket.send_text("hello")
        await websocket.close()

    from starlette.routing import WebSocketRoute

    app = Starlette(routes=[WebSocketRoute("/ws", ws)])
    app.add_middleware(WardenMiddleware, policy=OPEN)
    with TestClient(app) as client, client.websocket_connect("/ws") as socket:
        assert socket.receive_text() == "hello"


def test_fastapi_included_routers_are_seen_nested_too() -> None:
    from fastapi import APIRouter, FastAPI

    outer, inner = APIRouter(prefix="/v2"), APIRouter(prefix="/deep")

    @outer.post("/chat")
    @ai_route
    async def chat(body: dict) -> dict:
        return {"saw": body["messages"][0]["content"]}

    @inner.post("/chat")
    @ai_route
    async def deep_chat(body: dict) -> dict:
        return {"saw": body["messages"][0]["content"]}

    @outer.post("/plain")
    async def plain_post(body: dict) -> dict:
        return body

    outer.include_router(inner)
    app = FastAPI()
    app.include_router(outer)
    app.add_middleware(WardenMiddleware, policy=OPEN)
    client = TestClient(app)
    for path in ("/v2/chat", "/v2/deep/chat"):
        refused = client.post(path, content=b"{not json", headers={"content-type": "application/json"})
        assert refused.status_code == 400 and refused.json()["error"]["code"] == "invalid_json", path
        ok = client.post(path, json={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]})
        assert ok.status_code == 200 and ok.headers["x-request-id"], path
    plain = client.post("/v2/plain", json={"a": 1})
    assert plain.status_code == 200 and "x-request-id" not in plain.headers


def test_a_client_that_leaves_mid_stream_still_finishes_the_exchange() -> None:
    """Over a real server: the client closes the connection after a few chunks; the exchange is
    finished once, marked as disconnected, with the output counted so far."""
    import asyncio
    import time

    import httpx
    from starlette.responses import StreamingResponse

    finished: list = []

    class Recorder(Stage):
        name = "recorder"

        def finish(self, ex):  # type: ignore[no-untyped-def]
            finished.append(ex)

    @ai_route
    async def slow(request: Request) -> StreamingResponse:
        await request.body()

        async def events():  # type: ignore[no-untyped-def]
            for i in range(200):
                chunk = {"choices": [{"index": 0, "delta": {"content": f"word{i} "}, "finish_reason": None}]}
                yield f"data: {__import__('json').dumps(chunk)}\n\n".encode()
                await asyncio.sleep(0.02)
            yield b"data: [DONE]\n\n"

        return StreamingResponse(events(), media_type="text/event-stream")

    from aiwarden.warden import Warden

    warden = Warden(OPEN, stages=[Recorder()])
    app = Starlette(routes=[Route("/v1/chat/completions", slow, methods=["POST"])])
    app.add_middleware(WardenMiddleware, warden=warden)
    with serve_asgi(app) as base:
        body = {"model": "gpt-4o-mini", "stream": True, "messages": [{"role": "user", "content": "go"}]}
        with (
            httpx.Client() as client,
            client.stream("POST", f"{base}/v1/chat/completions", json=body) as response,
        ):
            for received, _chunk in enumerate(response.iter_bytes(), 1):
                if received >= 3:
                    break  # leave mid-stream
        for _ in range(100):
            if finished:
                break
            time.sleep(0.05)
        assert len(finished) == 1
        ex = finished[0]
        assert ex.client_disconnected and ex.finished
        assert ex.usage is not None and not ex.usage.reported and 0 < ex.usage.output_tokens < 400


def _chunk(text: str) -> bytes:
    doc = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m"}
    doc["choices"] = [{"index": 0, "delta": {"content": text}, "finish_reason": None}]
    return b"data: " + json.dumps(doc).encode() + b"\n\n"


BURST = ("Hello ", "there, ", "card ", "4111 1111 ", "1111 1111 ", "ok. ")


async def _drive(policy: dict[str, Any], burst: tuple[str, ...] = BURST) -> tuple[list[tuple[str, str]], str]:
    """One streamed answer, straight through the ASGI middleware: a burst of pieces, a pause, the
    rest. Returns the order of events (what the client got, when the app resumed) and the text."""
    order: list[tuple[str, str]] = []

    @ai_route
    async def chat(request: Request) -> StreamingResponse:
        async def pieces() -> AsyncIterator[bytes]:
            for word in burst:
                yield _chunk(word)  # a burst: each piece right after the other
            await asyncio.sleep(0.5)  # the provider pauses (a tool call, a slow token)
            order.append(("app", "resumed"))
            yield _chunk("Bye.")
            yield b"data: " + json.dumps({"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}).encode()
            yield b"\n\ndata: [DONE]\n\n"

        return StreamingResponse(pieces(), media_type="text/event-stream")

    app = Starlette(routes=[Route("/chat", chat, methods=["POST"])])
    app.add_middleware(WardenMiddleware, policy=policy)
    body = json.dumps({"model": "gpt-4o-mini", "stream": True, "messages": [{"role": "user", "content": "hi"}]})
    scope = http_scope("/chat", body)
    sent = False

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body.encode(), "more_body": False}
        await asyncio.sleep(3600)
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.body":
            order.append(("client", message.get("body", b"").decode()))
            if not message.get("more_body"):
                order.append(("client", "<end>"))

    await app(scope, receive, send)
    text = "".join(
        choice["delta"].get("content") or ""
        for kind, raw in order
        if kind == "client"
        for line in raw.splitlines()
        if line.startswith("data: {")
        for choice in json.loads(line[6:]).get("choices", [])
    )
    return order, text


def _before_resume(order: list[tuple[str, str]]) -> tuple[str, list[dict[str, Any]]]:
    resumed = order.index(("app", "resumed"))
    raw = "".join(data for kind, data in order[:resumed] if kind == "client")
    events = [json.loads(line[6:]) for line in raw.splitlines() if line.startswith("data: {")]
    return "".join(c["delta"].get("content") or "" for e in events for c in e["choices"]), events


@pytest.mark.parametrize("coalesce_ms", [10, 0])
def test_coalesced_text_goes_out_when_the_provider_pauses(coalesce_ms: int) -> None:
    order, text = asyncio.run(_drive({**OPEN, "output": {"coalesce_ms": coalesce_ms}}))
    assert text == "Hello there, card [CREDIT_CARD] ok. Bye."
    before, events = _before_resume(order)
    # The first text went out at once; the burst after it was coalesced (it arrived within the
    # interval) and a timer released it, filtered, during the pause instead of waiting for the
    # provider's next piece. What the card's window still holds (from "card" on) waits, as it does
    # piece by piece.
    assert before.startswith("Hello there,") and "4111" not in before
    assert len([e for e in events if e["choices"][0]["delta"].get("content")]) >= 2
    assert all(e.get("id") == "c1" and e.get("model") == "m" for e in events)


def test_a_secret_in_coalesced_text_is_cut_by_the_timer_release() -> None:
    key = "sk-proj-" + "Ab3dEf6hIj" * 4
    tail = tuple("and more words after it " for _ in range(8))  # the filter's window arrives in the burst
    order, _ = asyncio.run(_drive(OPEN, ("Hello ", "your key: ", key[:12], key[12:], *tail)))
    resumed = order.index(("app", "resumed"))
    before = "".join(data for kind, data in order[:resumed] if kind == "client")
    assert "secret_leak" in before and ("client", "<end>") in order[:resumed]
    assert key[:10] not in before and "[DONE]" not in "".join(data for _, data in order)

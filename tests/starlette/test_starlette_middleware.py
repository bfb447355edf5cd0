"""Starlette specifics: route marking through path parameters, mounts, and the marking cache."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse
from starlette.routing import Mount, Route
from starlette.testclient import TestClient

from aiwarden.starlette import WardenMiddleware, ai_route

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
    import socket
    import threading
    import time

    import httpx
    import uvicorn
    from starlette.responses import StreamingResponse

    finished: list = []

    class Recorder:
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

    from aiwarden.engine import Warden

    warden = Warden(OPEN, stages=[Recorder()])
    app = Starlette(routes=[Route("/v1/chat/completions", slow, methods=["POST"])])
    app.add_middleware(WardenMiddleware, warden=warden)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        for _ in range(100):
            if server.started:
                break
            time.sleep(0.05)
        body = {"model": "gpt-4o-mini", "stream": True, "messages": [{"role": "user", "content": "go"}]}
        with (
            httpx.Client() as client,
            client.stream("POST", f"http://127.0.0.1:{port}/v1/chat/completions", json=body) as response,
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
    finally:
        server.should_exit = True
        thread.join(timeout=10)

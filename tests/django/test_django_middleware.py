"""aiwarden.django.WardenMiddleware through Django's own test clients and handlers (WSGI and ASGI)."""

from __future__ import annotations

import asyncio
import io
import json
import time
from typing import Any

import jwt
import pytest
from asgiref.sync import iscoroutinefunction
from django.contrib.auth.models import User
from django.core.handlers.asgi import ASGIHandler
from django.core.management import call_command
from django.http import HttpResponse, JsonResponse, StreamingHttpResponse
from django.test import AsyncClient, Client, override_settings
from django.urls import path
from django.utils.functional import empty
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from tests.asgi import http_scope
from tests.stages import BlockWord, Recorder

from aiwarden.django import WardenMiddleware, ai_route
from aiwarden.warden import Warden

OPEN = {"auth": {"required": False, "anonymous_tier": "default"}}
CHAT = "/v1/chat/completions"
SSE = [
    b'data: {"choices":[{"index":0,"delta":{"content":"Hel"}}]}\n\n',
    b'data: {"choices":[{"index":0,"delta":{"content":"lo"}}]}\n\n',
    b"data: [DONE]\n\n",
]
SSE_SOURCE: list[Any] = []  # a test's own stream for the sync view, if any
seen: list[Any] = []  # what the views saw: (request.aiwarden, body, CONTENT_LENGTH) or the raw request


def chat_body(text: str = "Hello", **extra: Any) -> dict[str, Any]:
    return {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": text}], **extra}


def _answer(request: Any) -> HttpResponse:
    # read() as a file-like consumer would (json.load(request), a multipart parser); then .body
    seen.append((request.aiwarden, request.read(), request.META["CONTENT_LENGTH"]))
    doc = json.loads(request.body)
    text = doc["messages"][-1]["content"]
    if doc.get("stream"):
        chunks = SSE_SOURCE[0]() if SSE_SOURCE else iter(SSE)
        return StreamingHttpResponse(chunks, content_type="text/event-stream")
    return JsonResponse({"choices": [{"index": 0, "message": {"role": "assistant", "content": text}}]})


@csrf_exempt
@ai_route
def chat(request: Any) -> HttpResponse:
    return _answer(request)


@csrf_exempt
@ai_route
async def achat(request: Any) -> HttpResponse:
    seen.append((request.aiwarden, request.body, request.META["CONTENT_LENGTH"]))

    async def events() -> Any:
        for chunk in SSE[:-1]:
            yield chunk
        if b"hang" in request.body:  # a provider that never finishes: only a disconnect ends it
            await asyncio.Event().wait()
        yield SSE[-1]

    if json.loads(request.body).get("stream"):
        return StreamingHttpResponse(events(), content_type="text/event-stream")
    return JsonResponse({"choices": [{"index": 0, "message": {"role": "assistant", "content": "async"}}]})


@ai_route(format="anthropic")
class MessagesView(View):
    def post(self, request: Any) -> HttpResponse:
        seen.append((request.aiwarden, request.body, request.META["CONTENT_LENGTH"]))
        return JsonResponse({"type": "message", "content": [{"type": "text", "text": "ok"}]})


@csrf_exempt
def raw(request: Any) -> HttpResponse:  # marked only by a policy pattern
    return _answer(request)


@csrf_exempt
def echo(request: Any) -> HttpResponse:
    seen.append(request)
    untouched = not hasattr(request, "aiwarden") and not hasattr(request, "_body")
    return HttpResponse(request.body, content_type="application/octet-stream", headers={"x-untouched": untouched})


@csrf_exempt
@ai_route
def whoami(request: Any) -> HttpResponse:
    user_loaded = request.user._wrapped is not empty
    return JsonResponse({"subject": request.aiwarden.identity.subject, "user_loaded": user_loaded})


urlpatterns = [
    path("v1/chat/completions", chat),
    path("async/chat", achat),
    path("v1/messages", csrf_exempt(MessagesView.as_view())),
    path("raw/completions", raw),
    path("echo", echo),
    path("whoami", whoami),
]


def guarded(policy: dict[str, Any] | None = None, **components: Any) -> Any:
    return override_settings(ROOT_URLCONF=__name__, AIWARDEN=policy or OPEN, AIWARDEN_COMPONENTS=components)


@pytest.fixture(autouse=True)
def _clear_seen() -> None:
    seen.clear()


def _error(response: Any) -> dict[str, Any]:
    assert response["Content-Type"] == "application/json"
    body = json.loads(response.content)
    assert set(body["error"]) == {"message", "type", "param", "code"}
    return body["error"]


# -- sync (WSGI) ------------------------------------------------------------------------------------


def test_sync_ai_route_gets_rewritten_body_with_correct_length_and_the_exchange() -> None:
    sent = json.dumps(chat_body("Hi"), indent=4)  # the engine re-renders it compactly
    with guarded():
        response = Client().post(CHAT, sent, content_type="application/json")
    assert response.status_code == 200
    ex, body, length = seen[0]
    assert body != sent.encode() and json.loads(body) == json.loads(sent)
    assert length == str(len(body))
    assert response["x-request-id"] == ex.request_id
    assert ex.finished and not ex.client_disconnected


def test_unmarked_routes_pass_untouched() -> None:
    with guarded():
        response = Client().post("/echo", b"\xff not json", content_type="application/json")
    assert response.status_code == 200 and response.content == b"\xff not json"
    assert response["x-untouched"] == "True"
    assert "x-request-id" not in response


def test_class_based_view_and_policy_pattern_are_marked() -> None:
    policy = {**OPEN, "routes": [{"path": "/raw/*"}]}
    with guarded(policy):
        client = Client()
        anthropic = {
            "model": "claude-3-5-haiku-latest",
            "max_tokens": 10,
            "messages": [{"role": "user", "content": "x"}],
        }
        assert client.post("/v1/messages", anthropic, content_type="application/json").status_code == 200
        assert seen[-1][0].route.format == "anthropic"
        assert client.post("/raw/completions", b"{oops", content_type="application/json").status_code == 400


class CountingInput(io.BytesIO):
    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.bytes_read = 0

    def read(self, size: int | None = -1) -> bytes:
        out = super().read(size)
        self.bytes_read += len(out)
        return out


def test_declared_length_over_the_cap_is_refused_before_reading() -> None:
    stream = CountingInput(b"x" * 5000)
    with guarded({**OPEN, "input": {"max_body_bytes": 1000}}):
        response = Client().post(
            CHAT, b"{}", content_type="application/json", CONTENT_LENGTH="5000", **{"wsgi.input": stream}
        )
    assert response.status_code == 413 and _error(response)["code"] == "request_too_large"
    assert stream.bytes_read == 0


def test_lying_short_content_length_never_reads_past_it() -> None:
    body = json.dumps(chat_body("y" * 5000)).encode()
    stream = CountingInput(body)
    with guarded({**OPEN, "input": {"max_body_bytes": 1000}}):
        response = Client().post(
            CHAT, b"{}", content_type="application/json", CONTENT_LENGTH="40", **{"wsgi.input": stream}
        )
    assert response.status_code == 400 and _error(response)["code"] == "invalid_json"  # truncated, not 500
    assert stream.bytes_read <= 40


def test_json_answer_blocked_by_an_output_filter_takes_the_refusal_status() -> None:
    recorder = Recorder()
    with guarded(stages=[BlockWord(), recorder]):
        response = Client().post(CHAT, chat_body("a forbidden word"), content_type="application/json")
    assert response.status_code == 403
    assert _error(response)["code"] == "output_blocked"
    assert int(response["Content-Length"]) == len(response.content) if response.has_header("Content-Length") else True
    assert len(recorder.finished) == 1


def test_sync_stream_stays_a_stream_and_finishes_at_its_end() -> None:
    recorder = Recorder()
    with guarded(stages=[recorder]):
        response = Client().post(CHAT, chat_body(stream=True), content_type="application/json")
        assert response.streaming and not response.has_header("Content-Length")
        assert recorder.finished == []  # not before the body is sent
        chunks = list(response.streaming_content)
    assert b"".join(chunks) == b"".join(SSE)
    assert len(chunks) >= 2
    assert len(recorder.finished) == 1 and not recorder.finished[0].client_disconnected


def test_sync_stream_closed_early_finishes_once_as_a_disconnect() -> None:
    recorder = Recorder()
    with guarded(stages=[recorder]):
        response = Client().post(CHAT, chat_body(stream=True), content_type="application/json")
        next(iter(response))
        response.close()  # what a WSGI server does when the client goes away
    assert len(recorder.finished) == 1
    assert recorder.finished[0].client_disconnected


def test_an_error_in_the_view_still_finishes() -> None:
    recorder = Recorder()
    with guarded(stages=[recorder]):
        response = Client(raise_request_exception=False).post(
            CHAT, b'{"model": "m", "messages": 1}', content_type="application/json"
        )
    assert response.status_code == 400
    assert len(recorder.finished) == 1


def test_settings_are_read_lazily_so_override_settings_applies() -> None:
    body = chat_body("z" * 3000)
    with guarded():
        assert Client().post(CHAT, body, content_type="application/json").status_code == 200
    with guarded({**OPEN, "input": {"max_body_bytes": 1000}}):
        assert Client().post(CHAT, body, content_type="application/json").status_code == 413


def test_a_warden_instance_in_settings_is_used_as_is() -> None:
    warden = Warden(OPEN)
    with override_settings(ROOT_URLCONF=__name__, AIWARDEN=warden):
        Client().post(CHAT, chat_body(), content_type="application/json")
    assert seen[0][0].warden is warden


# -- framework users ----------------------------------------------------------------------------


@pytest.fixture
def db() -> Any:
    call_command("migrate", verbosity=0, run_syncdb=True)
    yield
    User.objects.all().delete()


def test_django_user_is_the_identity(db: Any) -> None:
    user = User.objects.create_user("alice", password="pw")
    policy = {"auth": {"sources": ["framework"], "default_tier": "default"}}
    with guarded(policy):
        client = Client()
        assert client.post("/whoami", chat_body(), content_type="application/json").status_code == 401
        client.force_login(user)
        response = client.post("/whoami", chat_body(), content_type="application/json")
    assert response.status_code == 200
    assert response.json() == {"subject": str(user.pk), "user_loaded": True}


def test_jwt_routes_never_load_the_session_user(db: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = "test-secret-0123456789-0123456789-abcdef"
    monkeypatch.setenv("AIWARDEN_TEST_JWT_SECRET", secret)
    token = jwt.encode({"sub": "bob", "tier": "default", "exp": int(time.time()) + 60}, secret, "HS256")
    policy = {"auth": {"sources": ["jwt"], "jwt_secret_env": "AIWARDEN_TEST_JWT_SECRET"}}
    with guarded(policy):
        response = Client().post(
            "/whoami", chat_body(), content_type="application/json", headers={"authorization": f"Bearer {token}"}
        )
    assert response.status_code == 200
    assert response.json() == {"subject": "bob", "user_loaded": False}


# -- async (ASGI) -------------------------------------------------------------------------------


def test_middleware_is_async_capable() -> None:
    async def get_response(request: Any) -> HttpResponse:
        return HttpResponse()

    assert WardenMiddleware.sync_capable and WardenMiddleware.async_capable
    assert iscoroutinefunction(WardenMiddleware(get_response))
    assert not iscoroutinefunction(WardenMiddleware(lambda request: HttpResponse()))


def test_async_json_and_refusals() -> None:
    async def run() -> tuple[Any, Any]:
        client = AsyncClient()
        ok = await client.post("/async/chat", chat_body(), content_type="application/json")
        bad = await client.post("/async/chat", b"[1]", content_type="application/json")
        return ok, bad

    with guarded():
        ok, bad = asyncio.run(run())
    assert ok.status_code == 200 and ok.json()["choices"][0]["message"]["content"] == "async"
    assert ok["x-request-id"] == seen[0][0].request_id and seen[0][0].finished
    assert bad.status_code == 400 and _error(bad)["code"] == "invalid_body"


def test_async_body_over_the_cap_is_413() -> None:
    async def run() -> Any:
        return await AsyncClient().post("/async/chat", chat_body("q" * 3000), content_type="application/json")

    with guarded({**OPEN, "input": {"max_body_bytes": 1000}}):
        response = asyncio.run(run())
    assert response.status_code == 413 and seen == []


def test_async_stream_is_filtered_lazily_and_finished_once() -> None:
    recorder = Recorder()

    async def run() -> list[bytes]:
        response = await AsyncClient().post("/async/chat", chat_body(stream=True), content_type="application/json")
        assert response.streaming and response.is_async
        assert recorder.finished == []
        return [chunk async for chunk in response.streaming_content]

    with guarded(stages=[recorder]):
        chunks = asyncio.run(run())
    assert b"".join(chunks) == b"".join(SSE)
    assert len(recorder.finished) == 1 and not recorder.finished[0].client_disconnected


def test_a_sync_stream_under_asgi_stays_a_stream_pulled_in_a_worker_thread() -> None:
    """Django's ASGI handler buffers a sync iterator whole (with a warning); on an AI route the
    middleware pulls it chunk by chunk in a worker thread, so the client gets each piece as the
    provider sends it and the event loop never blocks on it."""
    import threading
    import warnings

    recorder = Recorder()
    threads: list[str] = []

    def pieces() -> Any:
        for chunk in SSE:
            threads.append(threading.current_thread().name)
            yield chunk

    async def run() -> list[bytes]:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # "StreamingHttpResponse must consume synchronous iterators"
            response = await AsyncClient().post(CHAT, chat_body(stream=True), content_type="application/json")
            assert response.streaming and response.is_async
            return [chunk async for chunk in response.streaming_content]

    SSE_SOURCE.append(pieces)
    try:
        with guarded(stages=[recorder]):
            chunks = asyncio.run(run())
    finally:
        SSE_SOURCE.clear()
    assert chunks == SSE  # piece by piece, not one buffered blob
    assert threads and threading.main_thread().name not in threads
    assert len(recorder.finished) == 1


def test_async_stream_closed_early_finishes_as_a_disconnect() -> None:
    recorder = Recorder()

    async def run() -> None:
        response = await AsyncClient().post("/async/chat", chat_body(stream=True), content_type="application/json")
        content = response.streaming_content
        await content.__anext__()
        await content.aclose()
        for _ in range(5):  # close() runs finish in a task on this loop
            await asyncio.sleep(0)

    with guarded(stages=[recorder]):
        asyncio.run(run())
    assert len(recorder.finished) == 1 and recorder.finished[0].client_disconnected


def test_asgi_client_disconnect_mid_stream_finishes_the_exchange() -> None:
    """Through Django's real ASGI handler: the client hangs up while the provider is still streaming."""
    recorder = Recorder()
    body = json.dumps(chat_body("hang", stream=True)).encode()
    sent: list[dict[str, Any]] = []

    async def run() -> None:
        first_chunk = asyncio.Event()
        messages = [{"type": "http.request", "body": body, "more_body": False}]

        async def receive() -> dict[str, Any]:
            if messages:
                return messages.pop()
            await first_chunk.wait()
            return {"type": "http.disconnect"}

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)
            if message.get("body"):
                first_chunk.set()

        scope = http_scope("/async/chat", body, host=True)
        await ASGIHandler()(scope, receive, send)

    with guarded(stages=[recorder]):
        asyncio.run(run())
    assert sent[0]["status"] == 200
    assert len(recorder.finished) == 1 and recorder.finished[0].client_disconnected


def test_async_mode_runs_blocking_user_output_checks_off_the_event_loop() -> None:
    import threading

    class Check:
        """A sync user check: it may do blocking I/O, so async Django runs it in a worker thread."""

        def __init__(self) -> None:
            self.threads: set[str] = set()

        def check(self, text: str) -> Any:
            from aiwarden.context import Finding

            self.threads.add(threading.current_thread().name)
            return Finding("moderation", 0, len(text), "test") if "async" in text else None

    check = Check()

    async def run() -> Any:
        return await AsyncClient().post("/async/chat", chat_body(), content_type="application/json")

    with guarded(output_filters=[check]):
        loop_thread = threading.current_thread().name
        response = asyncio.run(run())
    assert response.status_code == 502 and _error(response)["code"] == "output_flagged"
    assert check.threads and loop_thread not in check.threads

"""What the core hands an adapter: one call on the way in (``Exchange.check``: admit, the capped
body read as an effect, inspect) and, on the way out, the answer's final status and header
changes (``Exchange.answer_head``), the body filtered as its kind says, and the 405 rule."""

from __future__ import annotations

import asyncio
import io
import json
import threading
from typing import Any

import pytest

from aiwarden.adapter import CappedRead, SyncAnswerStream, refuse_method
from aiwarden.context import HttpRequest
from aiwarden.effects import OFF_LOOP_BYTES, drive_async, drive_sync
from aiwarden.errors import Refusal
from aiwarden.exchange import Exchange, Stage
from aiwarden.policy import RouteSpec
from aiwarden.warden import Warden

OPEN: dict[str, Any] = {"auth": {"required": False, "anonymous_tier": "default"}}
CARD = "4111 1111 1111 1111"


def _body(text: str = "hi") -> bytes:
    return json.dumps({"model": "gpt-4o-mini", "messages": [{"role": "user", "content": text}]}).encode()


def _exchange(policy: dict[str, Any] = OPEN, headers: dict[str, str] | None = None) -> Exchange:
    return Warden(policy).exchange(HttpRequest("POST", "/chat", headers or {}), RouteSpec())


class _Reads:
    """A blocking body stream that counts what was asked of it."""

    def __init__(self, data: bytes) -> None:
        self.stream, self.asked = io.BytesIO(data), 0

    def read(self, n: int) -> bytes:
        self.asked += n
        return self.stream.read(n)


# -- the way in ------------------------------------------------------------------------------


def test_check_forwards_the_inspected_body_read_through_the_effect() -> None:
    ex, reads = _exchange(), _Reads(_body())
    out = drive_sync(ex.check(CappedRead(reads.read, None, ex.max_body_bytes)))
    assert isinstance(out, bytes) and json.loads(out)["messages"][-1]["content"] == "hi"


def test_check_refuses_a_body_over_the_cap_without_reading_past_it() -> None:
    ex = _exchange({**OPEN, "input": {"max_body_bytes": 64}})
    reads = _Reads(_body("x" * 500))
    out = drive_sync(ex.check(CappedRead(reads.read, None, ex.max_body_bytes)))
    assert isinstance(out, Refusal) and (out.status, out.code) == (413, "request_too_large")
    assert reads.asked == 65  # limit + 1: enough to know, never more
    assert out.headers["x-request-id"] == ex.request_id  # the refusal carries its final headers


def test_check_refuses_a_declared_length_over_the_cap_before_reading() -> None:
    ex = _exchange({**OPEN, "input": {"max_body_bytes": 64}})
    reads = _Reads(_body())
    out = drive_sync(ex.check(CappedRead(reads.read, "65", ex.max_body_bytes)))
    assert isinstance(out, Refusal) and out.status == 413 and reads.asked == 0


def test_check_reads_nothing_when_admission_refuses() -> None:
    ex = _exchange({"auth": {"required": True}})  # no credentials: 401 at admit
    reads = _Reads(_body())
    out = drive_sync(ex.check(CappedRead(reads.read, None, ex.max_body_bytes)))
    assert isinstance(out, Refusal) and out.status == 401 and reads.asked == 0


def test_check_takes_bytes_as_they_are_and_applies_the_cap() -> None:
    assert isinstance(drive_sync(_exchange().check(_body())), bytes)
    small = _exchange({**OPEN, "input": {"max_body_bytes": 16}})
    out = drive_sync(small.check(_body()))
    assert isinstance(out, Refusal) and out.status == 413


def test_check_inspects_a_large_body_off_the_event_loop_and_a_small_one_on_it() -> None:
    class Where(Stage):
        name = "where"

        def __init__(self) -> None:
            self.threads: list[int] = []

        def inspect(self, ex: Exchange) -> None:
            self.threads.append(threading.get_ident())

    async def run(body: bytes) -> tuple[int, int]:
        where = Where()
        warden = Warden(OPEN, stages=[where])
        ex = warden.exchange(HttpRequest("POST", "/chat", {}), RouteSpec())
        assert isinstance(await drive_async(ex.check(body)), bytes)
        return where.threads[0], threading.get_ident()

    inspected, loop = asyncio.run(run(_body()))
    assert inspected == loop
    inspected, loop = asyncio.run(run(_body("word " * (OFF_LOOP_BYTES // 5 + 1))))
    assert inspected != loop
    # the sync driver has no loop to leave: the same call, inline
    where = Where()
    ex = Warden(OPEN, stages=[where]).exchange(HttpRequest("POST", "/chat", {}), RouteSpec())
    assert isinstance(drive_sync(ex.check(_body("word " * (OFF_LOOP_BYTES // 5 + 1)))), bytes)
    assert where.threads == [threading.get_ident()]


# -- the way out -----------------------------------------------------------------------------


def _checked(policy: dict[str, Any] = OPEN) -> Exchange:
    ex = _exchange(policy)
    assert isinstance(drive_sync(ex.check(_body())), bytes)
    return ex


def _openai(text: str) -> bytes:
    return json.dumps({"choices": [{"index": 0, "message": {"role": "assistant", "content": text}}]}).encode()


def test_a_filtered_json_answer_loses_length_and_encoding_and_gets_the_exchange_headers() -> None:
    ex = _checked()
    assert ex.response_start(200, "application/json") == "json"
    body = ex.answer_body(_openai("fine"))
    head = ex.answer_head(len(body))
    assert head.status == 200
    assert {"content-length", "content-encoding", "x-request-id"} <= head.drop
    assert head.put["content-length"] == str(len(body)) and head.put["x-request-id"] == ex.request_id


def test_a_blocked_json_answer_takes_the_refusals_status_and_headers() -> None:
    ex = _checked({**OPEN, "output": {"secrets": "block"}})
    assert ex.response_start(200, "application/json") == "json"
    body = ex.answer_body(_openai("the key is sk-proj-" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6"))
    head = ex.answer_head(len(body))
    assert ex.refusal is not None and head.status == ex.refusal.status >= 500
    assert json.loads(body)["error"]["code"] == ex.refusal.code
    assert head.put["x-should-retry"] == "false"  # the refusal's own header, for the SDKs


def test_an_answer_the_guard_does_not_read_keeps_its_headers_and_gets_the_exchange_headers() -> None:
    ex = _checked()
    assert ex.response_start(200, "image/png") == "pass"
    head = ex.answer_head()
    assert head.status == 200 and head.drop == {"x-request-id"} and head.put == ex.response_headers


def test_a_stream_keeps_its_status_when_it_is_cut() -> None:
    ex = _checked({**OPEN, "output": {"secrets": "block"}})
    assert ex.response_start(200, "text/event-stream") == "sse"
    head = ex.answer_head()
    assert head.status == 200 and "content-length" in head.drop and "content-length" not in head.put
    chunk = {"choices": [{"index": 0, "delta": {"content": "sk-proj-A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6"}}]}
    out = ex.answer_body(f"data: {json.dumps(chunk)}\n\ndata: [DONE]\n\n".encode())
    assert ex.stream_cut and b"[DONE]" not in out
    assert ex.answer_head().status == 200  # the refusal is the stream's error event, not a status


def test_a_json_answer_streamed_by_the_app_is_filtered_whole_at_its_end() -> None:
    ex = _checked({**OPEN, "output": {"redact": ["credit_card"]}})
    assert ex.response_start(200, "application/json") == "json"
    body = _openai(f"card {CARD}")
    pieces = [ex.answer_chunk(body[i : i + 7]) for i in range(0, len(body), 7)]
    assert pieces == [b""] * len(pieces)  # nothing leaves before the document is whole
    out = ex.answer_end()
    assert CARD not in out.decode() and json.loads(out)["choices"][0]["message"]["content"].startswith("card ")


def test_a_streamed_answer_finishes_the_exchange_at_its_end_or_when_the_client_leaves() -> None:
    def events(*texts: str) -> list[bytes]:
        return [f"data: {json.dumps({'choices': [{'index': 0, 'delta': {'content': t}}]})}\n\n".encode() for t in texts]

    ex = _checked()
    ex.response_start(200, "text/event-stream")
    stream = SyncAnswerStream(ex, iter([*events("The weather is fine. "), b"data: [DONE]\n\n"]))
    assert b"weather" in b"".join(stream) and ex.finished and not ex.client_disconnected
    left = _checked()
    left.response_start(200, "text/event-stream")
    stream = SyncAnswerStream(left, iter(events("The weather ", "is fine ", "today. ", "And tomorrow.")))
    assert b"weather" in next(iter(stream)) and not left.finished
    stream.close()  # the server, when the client went away
    assert left.finished and left.client_disconnected


# -- the 405 rule ----------------------------------------------------------------------------


def _mark(spec: RouteSpec | None) -> Any:
    return lambda _method: spec


@pytest.mark.parametrize(
    ("method", "allowed", "declared", "refused"),
    [
        ("GET", ["POST"], True, True),  # a method the view does not take
        ("POST", ["POST"], True, False),  # one it takes
        ("GET", ["POST"], False, True),  # GET/HEAD carry no AI request, said or not
        ("PUT", ["POST"], False, False),  # a view that does not say: a body method is guarded
        ("PUT", ["POST"], True, True),
    ],
)
def test_refuse_method(method: str, allowed: list[str], declared: bool, refused: bool) -> None:
    warden = Warden(OPEN)
    refusal = refuse_method(warden, HttpRequest(method, "/chat", {}), allowed, _mark(RouteSpec()), declared=declared)
    assert (refusal is not None) == refused
    if refusal is not None:
        assert refusal.status == 405 and refusal.headers["allow"] == "POST" and "x-request-id" in refusal.headers


def test_refuse_method_leaves_unmarked_views_and_policy_named_methods_alone() -> None:
    assert refuse_method(Warden(OPEN), HttpRequest("GET", "/chat", {}), ["POST"], _mark(None)) is None
    named = Warden({**OPEN, "routes": [{"path": "/chat", "methods": ["GET", "POST"]}]})
    assert refuse_method(named, HttpRequest("GET", "/chat", {}), ["POST"], _mark(RouteSpec())) is None
    patterned = Warden({**OPEN, "routes": [{"path": "/chat", "methods": ["POST"]}]})
    refusal = refuse_method(patterned, HttpRequest("GET", "/chat", {}), ["POST"], _mark(None))
    assert refusal is not None and refusal.status == 405  # a policy pattern makes it an AI route


def test_a_request_id_is_a_fresh_uuid4_unless_the_client_sent_a_usable_one() -> None:
    import uuid

    ids = {_exchange().request_id for _ in range(200)}
    assert len(ids) == 200
    for rid in ids:
        u = uuid.UUID(hex=rid)
        assert u.hex == rid and u.version == 4 and u.variant == uuid.RFC_4122
    assert _exchange(headers={"x-request-id": "req-1.a:b"}).request_id == "req-1.a:b"
    assert _exchange(headers={"x-request-id": "bad id"}).request_id != "bad id"

"""The engine's mechanics with small stages of our own: phases, effects, monitor mode, streams."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aiwarden.context import Finding, HttpRequest
from aiwarden.effects import Call, drive_async, drive_sync
from aiwarden.errors import ConfigurationError, Refusal, bad_request
from aiwarden.exchange import Exchange, Stage
from aiwarden.policy import RouteSpec
from aiwarden.streaming import Blocked
from aiwarden.testing import FakeProvider
from aiwarden.warden import Warden


class Word(Stage):
    """Refuses a message containing a word; records each phase it ran in."""

    name = "word"

    def __init__(self, word: str) -> None:
        self.word = word
        self.seen: list[str] = []

    def inspect(self, ex: Exchange) -> Refusal | None:
        self.seen.append("inspect")
        if any(self.word in m.text for m in ex.chat.messages):
            return bad_request("bad_word", f"no {self.word}")
        return None

    def finish(self, ex: Exchange) -> None:
        self.seen.append("finish")


class Counter(Stage):
    """Counts through an effect, so both drivers must run the same generator."""

    name = "counter"

    def __init__(self) -> None:
        self.count = 0

    def _sync(self, n: int) -> int:
        self.count += n
        return self.count

    async def _async(self, n: int) -> int:
        await asyncio.sleep(0)
        return self._sync(n)

    def admit(self, ex: Exchange) -> Any:
        value = yield Call(self._sync, self._async, (1,))
        ex.flags["count"] = value
        if value > 2:
            return Refusal(429, "rate_limit_error", "too_many", "slow down")
        return None


class Failing(Stage):
    name = "failing"

    def admit(self, ex: Exchange) -> Any:
        def boom() -> None:
            raise ConnectionError("storage down")

        async def aboom() -> None:
            boom()

        try:
            yield Call(boom, aboom)
        except ConnectionError:
            return Refusal(503, "service_unavailable", "storage_unavailable", "try later")
        return None


class Shout(Stage):
    """An output filter: upper-cases text, blocks 'SECRET' (held back across chunks)."""

    name = "shout"

    def output_filters(self, ex: Exchange) -> list[Any]:
        return [_ShoutFilter]


class _ShoutFilter:
    WORD = "SECRET"

    def __init__(self) -> None:
        self.pending = ""

    def feed(self, text: str) -> str:
        text = (self.pending + text).upper()
        if self.WORD in text:
            raise Blocked(
                Refusal(400, "invalid_request_error", "secret_leak", "blocked"), Finding("secret", 0, 0, "test")
            )
        keep = 0
        for k in range(1, len(self.WORD)):
            if text.endswith(self.WORD[:k]):
                keep = k
        self.pending = text[len(text) - keep :] if keep else ""
        return text[: len(text) - keep]

    def flush(self) -> str:
        out, self.pending = self.pending, ""
        return out


def _request(headers: dict[str, str] | None = None) -> HttpRequest:
    return HttpRequest("POST", "/v1/chat/completions", headers or {})


def _body(text: str, **extra: Any) -> bytes:
    return json.dumps({"model": "gpt-4o-mini", "messages": [{"role": "user", "content": text}], **extra}).encode()


def test_phases_run_in_order_and_finish_once() -> None:
    word = Word("forbidden")
    warden = Warden({}, stages=[word])
    ex = warden.exchange(_request(), RouteSpec())
    out = drive_sync(ex.check(_body("hello")))
    assert isinstance(out, bytes) and json.loads(out)["messages"][0]["content"] == "hello"
    drive_sync(ex.finish())
    drive_sync(ex.finish())
    assert word.seen == ["inspect", "finish"]


def test_only_the_hooks_a_stage_overrides_are_run_and_timed() -> None:
    word, shout = Word("forbidden"), Shout()
    warden = Warden({}, stages=[word, shout])
    assert (warden._admit, warden._inspect, warden._outputs, warden._finish) == ([], [word], [shout], [word])
    assert not warden.output_blocks
    ex = warden.exchange(_request(), RouteSpec())
    assert drive_sync(ex.admit()) is None
    assert ex.timings == {}  # nobody takes part in admit: no stage was called or timed


def test_a_stage_must_subclass_stage() -> None:
    class Duck:  # the hooks, but not the base class: refused at start-up, not silently skipped
        name = "duck"

        def inspect(self, ex: Exchange) -> None:
            return None

    with pytest.raises(ConfigurationError, match=r"stages\[1\]: expected an aiwarden.exchange.Stage, got Duck"):
        Warden({}, stages=[Word("x"), Duck()])  # type: ignore[list-item]


def test_refusal_is_recorded_with_stage_and_request_id() -> None:
    warden = Warden({}, stages=[Word("forbidden")])
    ex = warden.exchange(_request({"x-request-id": "abc"}), RouteSpec())
    refusal = drive_sync(ex.inspect(_body("a forbidden thing")))
    assert isinstance(refusal, Refusal) and refusal.code == "bad_word"
    assert ex.refused_by == "word"
    assert refusal.headers["x-request-id"] == "abc"


def test_monitor_mode_records_but_does_not_refuse() -> None:
    warden = Warden({"mode": "monitor"}, stages=[Word("forbidden")])
    ex = warden.exchange(_request(), RouteSpec())
    out = drive_sync(ex.inspect(_body("a forbidden thing")))
    assert isinstance(out, bytes)
    assert [(name, r.code) for name, r in ex.monitored] == [("word", "bad_word")]
    assert ex.response_headers["x-aiwarden-monitor"] == "bad_word"
    # a route can opt back into enforcement
    ex2 = warden.exchange(_request(), RouteSpec(mode="enforce"))
    assert isinstance(drive_sync(ex2.inspect(_body("forbidden"))), Refusal)


def test_monitor_mode_still_refuses_unparseable_bodies() -> None:
    warden = Warden({"mode": "monitor"}, stages=[])
    ex = warden.exchange(_request(), RouteSpec())
    refusal = drive_sync(ex.inspect(b"{oops"))
    assert isinstance(refusal, Refusal) and refusal.code == "invalid_json"


def test_sync_and_async_drivers_run_the_same_check() -> None:
    counter = Counter()
    warden = Warden({}, stages=[counter])
    results = [drive_sync(warden.exchange(_request(), RouteSpec()).admit()) for _ in range(2)]
    results.append(asyncio.run(drive_async(warden.exchange(_request(), RouteSpec()).admit())))
    assert results[:2] == [None, None]
    assert isinstance(results[2], Refusal) and results[2].code == "too_many"
    assert counter.count == 3


@pytest.mark.parametrize("driver", ["sync", "async"])
def test_effect_errors_are_thrown_into_the_check(driver: str) -> None:
    ex = Warden({}, stages=[Failing()]).exchange(_request(), RouteSpec())
    gen = ex.admit()
    refusal = drive_sync(gen) if driver == "sync" else asyncio.run(drive_async(gen))
    assert refusal.code == "storage_unavailable"


def test_model_map_is_applied_before_stages_and_kept_visible() -> None:
    warden = Warden({}, stages=[])
    ex = warden.exchange(_request(), RouteSpec(model_map={"gpt-4o": "gpt-4o-mini", "claude-*": "claude-haiku"}))
    out = drive_sync(
        ex.inspect(json.dumps({"model": "gpt-4o", "messages": [{"role": "user", "content": "x"}]}).encode())
    )
    assert json.loads(out)["model"] == "gpt-4o-mini"
    assert (ex.model_requested, ex.model_used) == ("gpt-4o", "gpt-4o-mini")


def _stream_through(ex: Exchange, chunks: list[bytes]) -> bytes:
    assert ex.response_start(200, "text/event-stream; charset=utf-8") == "sse"
    out = b"".join(ex.filter_chunk(c) for c in chunks)
    return out + ex.filter_end()


def _content(sse: bytes) -> str:
    text = ""
    for line in sse.decode().split("\n"):
        if line.startswith("data: {"):
            doc = json.loads(line[6:])
            for choice in doc.get("choices") or []:
                text += choice.get("delta", {}).get("content") or ""
    return text


def _fake_stream(text: str, chunk_chars: int) -> list[bytes]:
    provider = FakeProvider(chunk_chars=chunk_chars)
    return list(
        provider.chat_completions(
            {
                "model": "m",
                "stream": True,
                "messages": [{"role": "user", "content": text}],
                "stream_options": {"include_usage": True},
            }
        )
    )


@given(st.text(alphabet="abcSECRTxyz ", max_size=60), st.integers(1, 7), st.lists(st.integers(0, 400), max_size=8))
@settings(max_examples=150, deadline=None)
def test_stream_filtering_equals_whole_text_filtering(text: str, chunk_chars: int, cuts: list[int]) -> None:
    warden = Warden({}, stages=[Shout()])
    whole_ex = warden.exchange(_request(), RouteSpec())
    drive_sync(whole_ex.inspect(_body(text)))
    whole = whole_ex.filter_json(
        json.dumps(
            FakeProvider().chat_completions({"model": "m", "messages": [{"role": "user", "content": text}]})
        ).encode()
    )

    ex = warden.exchange(_request(), RouteSpec())
    drive_sync(ex.inspect(_body(text, stream=True)))
    raw = b"".join(_fake_stream(text, chunk_chars))
    points = sorted({c % (len(raw) + 1) for c in cuts})
    pieces = [raw[a:b] for a, b in zip([0, *points], [*points, len(raw)], strict=True)]
    streamed = _stream_through(ex, pieces)
    if "SECRET" in text.upper():
        assert json.loads(whole)["error"]["code"] == "secret_leak"
        assert ex.stream_cut and b"[DONE]" not in streamed and b"secret_leak" in streamed
        assert "SECRET" not in _content(streamed)
    else:
        assert _content(streamed) == json.loads(whole)["choices"][0]["message"]["content"] == text.upper()
        assert streamed.rstrip().endswith(b"data: [DONE]")


def test_stream_usage_is_settled_from_the_usage_chunk_or_counted() -> None:
    warden = Warden({}, stages=[])
    ex = warden.exchange(_request(), RouteSpec())
    drive_sync(ex.inspect(_body("one two three four", stream=True)))
    _stream_through(ex, _fake_stream("one two three four", 3))
    drive_sync(ex.finish())
    assert ex.usage.reported and ex.usage.output_tokens == 4
    assert "stream_incomplete" not in ex.flags

    cut = warden.exchange(_request(), RouteSpec())
    drive_sync(cut.inspect(_body("one two three four", stream=True)))
    chunks = _fake_stream("one two three four", 3)[:4]  # the client went away mid-stream
    _stream_through(cut, chunks)
    drive_sync(cut.finish())
    assert not cut.usage.reported and cut.usage.output_tokens > 0
    assert cut.flags["stream_incomplete"] is True


def test_blocked_json_answer_becomes_an_error_with_status() -> None:
    ex = Warden({}, stages=[Shout()]).exchange(_request(), RouteSpec())
    drive_sync(ex.inspect(_body("x")))
    assert ex.response_start(200, "application/json") == "json"
    body = ex.filter_json(json.dumps({"choices": [{"index": 0, "message": {"content": "a secret"}}]}).encode())
    assert json.loads(body)["error"]["code"] == "secret_leak"
    assert ex.refusal.status == 400 and ex.flags["blocked_output"] == "secret_leak"


def test_error_answers_from_the_provider_are_filtered_whole() -> None:
    ex = Warden({}, stages=[Shout()]).exchange(_request(), RouteSpec())
    drive_sync(ex.inspect(_body("x")))
    assert ex.response_start(429, "application/json") == "json"
    out = json.loads(ex.filter_json(b'{"error": {"message": "quota for x", "code": null}}'))
    assert out == {"error": {"message": "QUOTA FOR X", "code": None}}
    ex = Warden({}, stages=[Shout()]).exchange(_request(), RouteSpec())
    drive_sync(ex.inspect(_body("x")))
    assert ex.response_start(500, "text/plain") == "json"  # an error page: one text
    assert ex.filter_json(b"bad input: x") == b"BAD INPUT: X"


def test_an_unchanged_json_answer_passes_byte_for_byte_and_counts_usage_when_missing() -> None:
    ex = Warden({}, stages=[Shout()]).exchange(_request(), RouteSpec())
    drive_sync(ex.inspect(_body("x")))
    ex.response_start(200, "application/json")
    body = b'{"choices": [{"index": 0, "message": {"content": "ALREADY LOUD"}}],  "extra": 1}'
    assert ex.filter_json(body) == body  # nothing changed: the provider's bytes, spacing and all
    from aiwarden import tokens

    assert not ex.usage.reported
    assert ex.usage.output_tokens == tokens.count_tokens("ALREADY LOUD", "gpt-4o-mini") > 0

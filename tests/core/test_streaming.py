"""FilterChain coalescing: pieces of a fast stream are filtered together, with the same output."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aiwarden.errors import ConfigurationError
from aiwarden.scanners.html import HtmlFilter
from aiwarden.scanners.pii import PIIFilter
from aiwarden.scanners.secrets import SecretFilter
from aiwarden.streaming import Blocked, FilterChain
from aiwarden.warden import Warden
from tests.core.test_output import OPEN, run, sse_text

KEY = "sk-proj-" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6"


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Recorder:
    """A filter that passes text through and remembers the pieces it was given."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def feed(self, text: str) -> str:
        self.seen.append(text)
        return text

    def flush(self) -> str:
        return ""


def filters() -> list[Any]:
    return [SecretFilter(action="redact"), PIIFilter(), HtmlFilter(escape_html=False)]


def test_pieces_within_the_interval_are_filtered_together() -> None:
    clock, rec = Clock(), Recorder()
    chain = FilterChain([rec], coalesce_chars=10, coalesce_seconds=0.01, clock=clock)
    assert chain.feed("Hi ") == "Hi "  # the first piece goes out at once
    clock.now += 0.001
    assert chain.feed("th") == ""
    assert chain.feed("ere") == ""
    clock.now += 0.02  # the interval has passed: everything waiting goes out with this piece
    assert chain.feed("!") == "there!"
    assert rec.seen == ["Hi ", "there!"]


class Holder:
    """A filter that holds back the last ``n`` characters (as a filter does with what may still
    become a match) and passes the rest."""

    def __init__(self, n: int) -> None:
        self.n, self.held = n, ""

    def feed(self, text: str) -> str:
        text = self.held + text
        self.held = text[-self.n :] if len(text) > self.n else text
        return text[: len(text) - len(self.held)]

    def flush(self) -> str:
        out, self.held = self.held, ""
        return out


def test_the_first_visible_text_never_waits_for_the_interval() -> None:
    clock, rec = Clock(), Recorder()
    chain = FilterChain([rec, Holder(4)], coalesce_chars=4096, coalesce_seconds=10.0, clock=clock)
    assert chain.feed("") == ""  # the role-only first chunk of an OpenAI stream: no interval starts
    assert chain.feed("Hel") == ""  # filtered at once; all of it may still become a match
    assert chain.feed("lo, w") == "Hell"  # filtered at once again: nothing had gone out yet
    assert chain.feed("orld") == ""  # now coalescing: within the interval, after text went out
    assert rec.seen == ["Hel", "lo, w"]
    clock.now += 11
    assert chain.feed("!") == "o, wo"
    assert chain.flush() == "rld!"


def test_a_full_batch_goes_out_before_the_interval_ends() -> None:
    clock, rec = Clock(), Recorder()
    chain = FilterChain([rec], coalesce_chars=8, coalesce_seconds=10.0, clock=clock)
    assert chain.feed("a") == "a"
    assert [chain.feed(p) for p in ("bcd", "efg", "hij")] == ["", "", "bcdefghij"]
    assert chain.feed("k") == ""
    assert chain.flush() == "k"
    assert rec.seen == ["a", "bcdefghij", "k"]


def test_off_by_default_and_without_filters() -> None:
    rec = Recorder()
    chain = FilterChain([rec])
    assert [chain.feed(p) for p in ("a", "b")] == ["a", "b"]
    empty = FilterChain([], coalesce_chars=100, coalesce_seconds=60.0)
    assert empty.feed("a") == "a" and empty.feed("b") == "b"


def test_a_secret_in_waiting_text_blocks_and_nothing_of_it_was_released() -> None:
    clock = Clock()
    chain = FilterChain([SecretFilter([KEY], "block")], coalesce_chars=4096, coalesce_seconds=1.0, clock=clock)
    released = chain.feed("Your key: ")
    for i in range(0, len(KEY), 5):
        released += chain.feed(KEY[i : i + 5])
    with pytest.raises(Blocked):
        chain.feed(" enjoy")
        chain.flush()
    assert KEY[:12] not in released


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["4111 1111 1111 1111", "bob@example.com", "10.1.2.3", KEY, "![i](https://e.test/x)"])
            | st.text("ab .@-:1", max_size=12),
            st.floats(0, 0.03),
        ),
        max_size=25,
    ),
    st.integers(1, 64),
)
def test_coalesced_stream_equals_whole_text_and_waits_boundedly(pieces: list[tuple[str, float]], limit: int) -> None:
    text = "".join(p for p, _ in pieces)
    whole = FilterChain(filters())
    expected = whole.feed(text) + whole.flush()
    clock, rec = Clock(), Recorder()
    chain = FilterChain([rec, *filters()], coalesce_chars=limit, coalesce_seconds=0.01, clock=clock)
    out, fed = "", 0
    for piece, gap in pieces:
        clock.now += gap
        out += chain.feed(piece)
        fed += len(piece)
        assert fed - sum(map(len, rec.seen)) < limit  # what waits unfiltered stays under the batch size
    assert out + chain.flush() == expected


def test_policy_values_are_validated() -> None:
    with pytest.raises(ConfigurationError, match=r"output\.coalesce_ms"):
        Warden({**OPEN, "output": {"coalesce_ms": -1}})
    with pytest.raises(ConfigurationError, match=r"output\.coalesce_chars"):
        Warden({**OPEN, "output": {"coalesce_chars": 0}})


def test_the_engine_coalesces_a_fast_stream_with_the_same_text(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "The report shows steady growth in all regions. " * 8 + "Card: 4111 1111 1111 1111."
    per_piece, _ = run(Warden({**OPEN, "output": {"coalesce_ms": 0}}), text, stream=True)
    from aiwarden import exchange as exchange_module

    def still(filters: Any, chars: int, seconds: float) -> FilterChain:
        # a clock that does not move: every piece arrives within the interval, as in-process they
        # do on a quiet machine (the wall clock under load let a piece in after it, a fourth delta)
        return FilterChain(filters, chars, seconds, clock=lambda: 0.0)

    with monkeypatch.context() as patch:
        patch.setattr(exchange_module, "FilterChain", still)
        coalesced, _ = run(Warden({**OPEN, "output": {"coalesce_without_timer": True}}), text, stream=True)
    # By default only an adapter with a release timer (Starlette) coalesces; the engine alone,
    # like the WSGI adapters, filters every piece on arrival.
    default, _ = run(Warden(OPEN), text, stream=True)
    assert sse_text(coalesced) == sse_text(per_piece)
    assert "4111" not in sse_text(coalesced) and "[CREDIT_CARD]" in sse_text(coalesced)

    def non_empty_deltas(raw: str) -> int:
        return sum(1 for line in raw.splitlines() if line.startswith("data: {") and sse_text(line))

    # In-process, the pieces arrive microseconds apart: coalescing filters them in runs.
    assert non_empty_deltas(per_piece) > 50 and non_empty_deltas(coalesced) <= 3
    assert non_empty_deltas(default) == non_empty_deltas(per_piece)


@pytest.mark.parametrize("api", ["openai", "anthropic"])
def test_events_whose_text_is_all_held_are_not_sent(api: str) -> None:
    text = "The report shows steady growth in all regions. " * 4 + "Card: 4111 1111 1111 1111."
    out, ex = run(Warden(OPEN), text, stream=True, api=api)
    events = [json.loads(line[6:]) for line in out.splitlines() if line.startswith("data: {")]
    for doc in events:
        if api == "openai":
            for choice in doc["choices"]:
                delta = choice["delta"]
                assert delta.get("content") or delta.get("role") or choice.get("finish_reason"), doc
        elif doc["type"] == "content_block_delta":
            assert doc["delta"]["text"], doc
    assert sse_text(out) == text.replace("4111 1111 1111 1111", "[CREDIT_CARD]")
    assert ex.flags["output_pii"] == {"credit_card": 1}
    assert ("[DONE]" in out) if api == "openai" else ("message_stop" in out)


def test_memory_per_stream_is_bounded_by_the_holdback_not_the_answer() -> None:
    """A 2 MB streamed answer through the engine: what is held back at any moment stays under
    coalesce_chars + one event + the filters' windows, however long the answer gets."""
    from aiwarden.context import HttpRequest
    from aiwarden.effects import drive_sync
    from aiwarden.policy import RouteSpec
    from aiwarden.scanners.pii import redact_pii

    warden = Warden({**OPEN, "output": {"coalesce_without_timer": True}})
    ex = warden.exchange(HttpRequest("POST", "/chat", {}), RouteSpec(format="openai"))
    body = {"model": "gpt-4o-mini", "stream": True, "messages": [{"role": "user", "content": "hi"}]}
    assert isinstance(drive_sync(ex.check(json.dumps(body).encode())), bytes)
    assert ex.response_start(200, "text/event-stream") == "sse"
    sentence = "Room 12 holds 40 people; mail jane.doe@example.com or call +1 415-555-0132 by 5pm. "
    pol = warden.policy.output
    bound = pol.coalesce_chars + len(sentence) + pol.holdback_chars * 8
    held_max, out = 0, []
    n = 2_000_000 // len(sentence)
    for _ in range(n):
        doc = {"id": "c", "choices": [{"index": 0, "delta": {"content": sentence}, "finish_reason": None}]}
        out.append(ex.filter_chunk(b"data: " + json.dumps(doc).encode() + b"\n\n"))
        chain = ex._stream.chains["0"]  # type: ignore[union-attr]
        held = chain.waiting + sum(len(getattr(f, "_buf", "")) for f in chain.filters)
        held_max = max(held_max, held)
    assert 0 < held_max <= bound
    out.append(ex.filter_chunk(b'data: {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}\n\n'))
    assert sse_text(b"".join(out).decode()) == redact_pii(sentence * n)
    drive_sync(ex.finish())


# -- long texts are filtered in slices (a scan over a whole 1 MB answer held the interpreter ~8 ms) --


def _prose(n: int) -> str:
    import pydoc_data.topics

    text = "\n\n".join(pydoc_data.topics.topics.values())
    return (text * (1 + n // len(text)))[:n]


def test_a_long_text_reaches_the_filters_in_bounded_slices_with_the_whole_texts_output() -> None:
    from aiwarden.streaming import SLICE_CHARS

    prose = _prose(300_000)
    # values the filters must catch placed across the slice boundaries (and a hard cut: no blank)
    at = [SLICE_CHARS - 10, 2 * SLICE_CHARS - 3, 5 * SLICE_CHARS + 1]
    text = prose[: at[0]] + f" {KEY} " + prose[at[0] : at[1]] + " eve.adams@example.org "
    text += prose[at[1] : at[2]] + "x" * 40_000 + "card 4111 1111 1111 1111 " + prose[at[2] :]
    rec = Recorder()
    chain = FilterChain([rec, SecretFilter(action="redact"), PIIFilter()])
    out = chain.feed(text) + chain.flush()
    assert max(map(len, rec.seen)) <= SLICE_CHARS and "".join(rec.seen) == text  # every character, in order
    assert len(rec.seen) >= len(text) // SLICE_CHARS
    whole = [SecretFilter(action="redact"), PIIFilter()]  # the same filters given the text in one piece
    expected = text
    for f in whole:
        expected = f.feed(expected) + f.flush()
    assert out == expected
    assert KEY not in out and "eve.adams@example.org" not in out and "4111 1111 1111 1111" not in out


def test_a_short_text_is_not_sliced() -> None:
    from aiwarden.streaming import SLICE_CHARS

    rec = Recorder()
    text = _prose(SLICE_CHARS)
    assert FilterChain([rec]).feed(text) == text and rec.seen == [text]

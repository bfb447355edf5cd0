"""A stream's usual events are read once per stream shape (formats.pattern.EventPattern): the
Anthropic and Responses deltas as the OpenAI chunks, with the values that vary from event to event
(``obfuscation``, ``sequence_number``). The bytes sent on must be those of the general path, whatever
the text, its chunking and the values; the event parser runs a bounded number of times a stream."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aiwarden import exchange as exchange_module
from aiwarden.context import HttpRequest
from aiwarden.effects import drive_sync
from aiwarden.formats import anthropic, openai, responses
from aiwarden.formats.base import encode_json
from aiwarden.formats.pattern import EventPattern
from aiwarden.formats.sse import SSEDecoder
from aiwarden.policy import RouteSpec
from aiwarden.streaming import FilterChain
from aiwarden.warden import Warden

from .wire_support import CARD, OPEN

_WARDEN = Warden(OPEN)  # (one for all: a warden per example would be most of the test's time)
_REQUESTS = {
    "openai": {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}], "stream": True},
    "anthropic": {"model": "claude", "messages": [{"role": "user", "content": "hi"}], "stream": True, "max_tokens": 9},
    "openai-responses": {"model": "gpt-4o-mini", "input": "hi", "stream": True},
}


def exchange(api: str) -> Any:
    ex = _WARDEN.exchange(HttpRequest("POST", "/chat", {}), RouteSpec(format=api))  # type: ignore[arg-type]
    assert isinstance(drive_sync(ex.check(json.dumps(_REQUESTS[api]).encode())), bytes)
    return ex


PIECES = st.sampled_from(
    ["Hello", " world", ", ", "mail jane", "@example.com", CARD[:7], CARD[7:], "<b>", "x", "", ' "q" é 😀\n', "\\"]
)
OBFUSCATION = st.text(alphabet='abcXYZ09_"\\é', max_size=6)


# -- the pattern itself ---------------------------------------------------------------------------


def _content(doc: Any) -> Any:
    return doc["choices"][0]["delta"]["content"]


def _doc(text: str, seq: int, padding: str | None, ident: str) -> dict[str, Any]:
    doc: dict[str, Any] = {"id": ident, "sequence_number": seq, "choices": [{"delta": {"content": text}}]}
    if padding is not None:
        doc["obfuscation"] = padding
    return doc


@given(
    st.text(max_size=12),
    st.text(max_size=12),
    st.integers(-(10**12), 10**12),
    st.integers(0, 10**12),
    st.none() | OBFUSCATION,
    OBFUSCATION,
    st.sampled_from([(", ", ": "), (",", ":")]),
    st.booleans(),
    st.text(max_size=8),
)
@settings(max_examples=300, deadline=None)
def test_an_event_like_the_pattern_reads_and_renders_as_json_does(
    first: str,
    second: str,
    seq1: int,
    seq2: int,
    pad1: str | None,
    pad2: str,
    separators: tuple[str, str],
    ascii_only: bool,
    new: str,
) -> None:
    def data(doc: dict[str, Any]) -> str:
        return json.dumps(doc, separators=separators, ensure_ascii=ascii_only)

    pattern = EventPattern.of(
        data(_doc(first, seq1, pad1, "c1")),
        "content",
        first,
        _content,
        b"data: ",
        strings=("obfuscation",),
        ints=("sequence_number",),
    )
    assert pattern is not None
    later = _doc(second, seq2, pad1 and pad2, "c1")
    values = pattern.read(data(later))
    assert values is not None and values[0] == second
    changed = {**later, "choices": [{"delta": {"content": new}}]}
    assert pattern.render(values, new) == b"data: " + encode_json(changed).encode("utf-8", "backslashreplace") + b"\n\n"
    # anything else around the values is another document: not read
    assert pattern.read(data(_doc(second, seq2, pad1 and pad2, "c2"))) is None
    assert pattern.read(data({**later, "more": 1})) is None


@pytest.mark.parametrize(
    "data",
    [
        '{"choices":[{"delta":{"content":"x"}}],"id":"a","seq":1.5}',  # a fraction where an integer was
        '{"choices":[{"delta":{"content":"x"}}],"id":"a","seq":01}',  # not JSON
        '{"choices":[{"delta":{"content":"x\x01"}}],"id":"a","seq":1}',  # a raw control character
        '{"choices":[{"delta":{"content":"x"}}],"id":"a","seq":1,"x":1}',
        '{"choices":[{"delta":{"content":"x" }}],"id":"a","seq":1}',
        '{"choices":[{"delta":{"content":7}}],"id":"a","seq":1}',
    ],
)
def test_an_event_unlike_the_pattern_is_not_read(data: str) -> None:
    pattern = EventPattern.of(
        '{"choices":[{"delta":{"content":"hi"}}],"id":"a","seq":2}', "content", "hi", _content, b"", ints=("seq",)
    )
    assert pattern is not None
    assert pattern.read('{"choices":[{"delta":{"content":"yo"}}],"id":"a","seq":3}') == ["yo", 3]
    assert pattern.read(data) is None


def test_no_pattern_where_the_text_is_not_where_it_is_said_to_be() -> None:
    # "content" twice; the literal under another key; the text another value
    assert (
        EventPattern.of('{"content":"a","x":{"content":"a"}}', "content", "a", lambda d: d["x"]["content"], b"") is None
    )
    assert EventPattern.of('{"content":"a"}', "content", "a", lambda d: d["other"], b"") is None
    assert EventPattern.of('{"content":"a"}', "content", "b", lambda d: d["content"], b"") is None


# -- through the formats --------------------------------------------------------------------------


def _sent(api: str, chunks: list[bytes], coalesce: bool, step: float = 0.4) -> bytes:
    """The bytes sent on (a clock that advances ``step`` coalescing intervals per reading)."""

    def chain(filters: Any, chars: int, seconds: float) -> FilterChain:
        ticks = itertools.count()
        return FilterChain(filters, chars, seconds, clock=lambda: next(ticks) * step * seconds)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(exchange_module, "FilterChain", chain)
        ex = exchange(api)
        ex.idle_release = coalesce
        assert ex.response_start(200, "text/event-stream") == "sse"
        return b"".join(ex.filter_chunk(c) for c in chunks) + ex.filter_end()


def _general(module: Any, name: str, run: Callable[[], bytes]) -> bytes:
    """``run()`` with the format's short path switched off."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(module, name, lambda *_: None)
        return run()


def _anthropic(blocks: list[list[str]], tool_between: bool) -> list[bytes]:
    def event(doc: dict[str, Any]) -> bytes:
        return f"event: {doc['type']}\ndata: {json.dumps(doc)}\n\n".encode()

    start = {"type": "message", "id": "m1", "role": "assistant", "content": [], "model": "claude"}
    out = [event({"type": "message_start", "message": {**start, "usage": {"input_tokens": 3, "output_tokens": 1}}})]
    index = 0
    for b, deltas in enumerate(blocks):
        if tool_between and b:
            tool = {"type": "tool_use", "id": "t", "name": "f", "input": {}}
            out.append(event({"type": "content_block_start", "index": index, "content_block": tool}))
            piece = {"type": "input_json_delta", "partial_json": '{"a": 1}'}
            out.append(event({"type": "content_block_delta", "index": index, "delta": piece}))
            out.append(event({"type": "content_block_stop", "index": index}))
            index += 1
        out.append(
            event({"type": "content_block_start", "index": index, "content_block": {"type": "text", "text": ""}})
        )
        for d in deltas:
            out.append(
                event({"type": "content_block_delta", "index": index, "delta": {"type": "text_delta", "text": d}})
            )
        out.append(event({"type": "content_block_stop", "index": index}))
        index += 1
    out.append(event({"type": "message_delta", "delta": {"stop_reason": "end_turn"}, "usage": {"output_tokens": 9}}))
    return [*out, event({"type": "message_stop"})]


def _responses(deltas: list[str], paddings: list[str] | None) -> list[bytes]:
    seq = itertools.count()

    def event(kind: str, **fields: Any) -> bytes:
        doc = {"type": kind, "sequence_number": next(seq), **fields}
        return f"event: {kind}\ndata: {json.dumps(doc)}\n\n".encode()

    item = {"type": "message", "id": "msg_1", "role": "assistant", "status": "completed"}
    text = "".join(deltas)
    part = {"type": "output_text", "text": text, "annotations": []}
    whole = {
        "id": "r1",
        "object": "response",
        "status": "completed",
        "model": "m",
        "output": [{**item, "content": [part]}],
    }
    out = [event("response.created", response={**whole, "status": "in_progress", "output": []})]
    out.append(event("response.output_item.added", output_index=0, item={**item, "content": []}))
    ids = {"output_index": 0, "content_index": 0, "item_id": "msg_1"}
    out.append(event("response.content_part.added", **ids, part={**part, "text": ""}))
    for i, d in enumerate(deltas):
        pad = {"obfuscation": paddings[i % len(paddings)]} if paddings else {}
        out.append(event("response.output_text.delta", **ids, delta=d, logprobs=[], **pad))
    out.append(event("response.output_text.done", **ids, text=text))
    out.append(event("response.content_part.done", **ids, part=part))
    out.append(event("response.output_item.done", output_index=0, item={**item, "content": [part]}))
    return [*out, event("response.completed", response={**whole, "usage": {"input_tokens": 1, "output_tokens": 2}})]


def _openai(deltas: list[str], paddings: list[str] | None) -> list[bytes]:
    def chunk(delta: dict[str, Any], i: int, finish: str | None = None) -> bytes:
        choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}
        doc: dict[str, Any] = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m"}
        doc["choices"] = [choice]
        if paddings:
            doc["obfuscation"] = paddings[i % len(paddings)]
        return b"data: " + json.dumps(doc).encode() + b"\n\n"

    out = [chunk({"role": "assistant", "content": ""}, 0)]
    out += [chunk({"content": d}, i) for i, d in enumerate(deltas)]
    return [*out, chunk({}, 0, "stop"), b"data: [DONE]\n\n"]


CLOCK = st.sampled_from([0.0, 0.4, 2.0])  # clock steps (in intervals): hold all, hold some, hold none


@given(st.lists(st.lists(PIECES, min_size=1, max_size=8), min_size=1, max_size=3), st.booleans(), st.booleans(), CLOCK)
@settings(max_examples=60, deadline=None)
def test_anthropic_short_path_sends_what_the_general_path_sends(
    blocks: list[list[str]], tool_between: bool, coalesce: bool, step: float
) -> None:
    chunks = _anthropic(blocks, tool_between)
    fast = _sent("anthropic", chunks, coalesce, step)
    assert fast == _general(anthropic, "_like_text", lambda: _sent("anthropic", chunks, coalesce, step))


@given(
    st.lists(PIECES, min_size=1, max_size=12),
    st.none() | st.lists(OBFUSCATION, min_size=1, max_size=3),
    st.booleans(),
    CLOCK,
)
@settings(max_examples=60, deadline=None)
def test_responses_short_path_sends_what_the_general_path_sends(
    deltas: list[str], paddings: list[str] | None, coalesce: bool, step: float
) -> None:
    chunks = _responses(deltas, paddings)
    fast = _sent("openai-responses", chunks, coalesce, step)
    general = _general(responses, "_like_delta", lambda: _sent("openai-responses", chunks, coalesce, step))
    assert fast == general


@given(st.lists(PIECES, min_size=1, max_size=12), st.lists(OBFUSCATION, min_size=1, max_size=3), st.booleans(), CLOCK)
@settings(max_examples=60, deadline=None)
def test_openai_short_path_with_padding_sends_what_the_general_path_sends(
    deltas: list[str], paddings: list[str], coalesce: bool, step: float
) -> None:
    chunks = _openai(deltas, paddings)
    fast = _sent("openai", chunks, coalesce)
    plain, like = openai._plain_delta, openai._like_plain
    openai._plain_delta = lambda *_: None  # type: ignore[assignment]
    openai._like_plain = lambda *_: None  # type: ignore[assignment]
    try:
        general = _sent("openai", chunks, coalesce)
    finally:
        openai._plain_delta, openai._like_plain = plain, like
    assert fast == general


DELTAS = ["Hello", " world", ", mail jane", "@example.com", " or ", CARD[:7], CARD[7:], ' "quoted" é 😀', "ok"]


def _parsed(module: Any, run: Callable[[], bytes]) -> tuple[int, bytes]:
    """How many events the format parsed (its calls of the event parser), and the bytes sent."""
    parsed = 0
    event_json = module.event_json

    def counted(ev: Any) -> Any:
        nonlocal parsed
        parsed += 1
        return event_json(ev)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(module, "event_json", counted)
        sent = run()
    return parsed, sent


def _redacted(sent: bytes) -> None:
    assert b"4111" not in sent and b"jane@example.com" not in sent and "😀".encode() in sent


@pytest.mark.parametrize("coalesce", [False, True])
def test_anthropic_deltas_are_parsed_once_per_text_block(coalesce: bool) -> None:
    chunks = _anthropic([DELTAS, DELTAS], tool_between=True)
    parsed, sent = _parsed(anthropic, lambda: _sent("anthropic", chunks, coalesce))
    # message_start, 3 tool events, 2 x (start, the first delta, stop), message_delta, message_stop
    assert parsed == 12, parsed
    _redacted(sent)


@pytest.mark.parametrize("coalesce", [False, True])
def test_responses_deltas_are_parsed_once_despite_their_numbers_and_padding(coalesce: bool) -> None:
    chunks = _responses(DELTAS, ["a", "bc", 'd"e'])
    parsed, sent = _parsed(responses, lambda: _sent("openai-responses", chunks, coalesce))
    assert parsed == len(chunks) - len(DELTAS) + 1
    _redacted(sent)


@pytest.mark.parametrize("coalesce", [False, True])
def test_openai_chunks_with_padding_are_parsed_once(coalesce: bool) -> None:
    """OpenAI pads each chunk with random ``obfuscation``: the chunks still share one pattern."""
    chunks = _openai(DELTAS, ["a", "bc", "xyz"])
    parsed, sent = _parsed(openai, lambda: _sent("openai", chunks, coalesce))
    assert parsed == 3  # the role chunk, the first content chunk (the pattern), the finish chunk
    _redacted(sent)


# -- the SSE decoder's short path -----------------------------------------------------------------

NAMES = st.none() | st.sampled_from(["content_block_delta", "ping", "x:y", "é"])
DATA = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"), max_size=12)


@given(st.lists(st.lists(st.tuples(NAMES, DATA), min_size=1, max_size=3), min_size=1, max_size=5))
@settings(max_examples=200, deadline=None)
def test_the_decoder_reads_event_and_data_lines_as_its_line_machinery_does(chunks: list[list[tuple[Any, str]]]) -> None:
    raw = [
        b"".join(((f"event: {n}\n" if n is not None else "") + f"data: {d}\n\n").encode() for n, d in chunk)
        for chunk in chunks
    ]
    fast, slow = SSEDecoder(), SSEDecoder()
    got = [ev for c in [b": hi\n\n", *raw] for ev in fast.feed(c)]
    # one byte at a time: never whole blocks, so always the line machinery
    want = [ev for c in [b": hi\n\n", *raw] for i in range(len(c)) for ev in slow.feed(c[i : i + 1])]
    assert got == want
    assert [ev.event for ev in got[1:]] == [n for chunk in chunks for n, _ in chunk]


def test_a_responses_answer_repeated_in_its_closing_events_is_filtered_whole_once() -> None:
    """The text's .done, its part's, its item's and the response's events each carry the whole
    answer: the filters read it once (the work counter: whole-text filterings of it), and every
    copy goes out filtered."""
    from aiwarden import streaming

    deltas = DELTAS * 12
    text = "".join(deltas)
    assert len(text) > 256
    whole = streaming.Chains.whole
    calls = 0

    def counted(self: Any, value: str) -> str:
        nonlocal calls
        calls += value == text
        return whole(self, value)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(streaming.Chains, "whole", counted)
        sent = _sent("openai-responses", _responses(deltas, None), False)
    assert calls == 1
    _redacted(sent)
    streamed, copies = "", []
    for block in sent.decode().split("\n\n"):
        for line in block.split("\n"):
            doc = json.loads(line[6:]) if line.startswith("data: ") else {}
            if doc.get("type") == "response.output_text.delta":
                streamed += doc["delta"]
            elif doc.get("type", "").endswith(("done", "completed")):
                copies.append(line)
    assert streamed.count("[CREDIT_CARD]") == 12
    assert len(copies) == 4 and all(line.count("[CREDIT_CARD]") == 12 for line in copies)


# -- a filter's quiet piece -----------------------------------------------------------------------

PROSE = (
    "The committee met on Tuesday to review the proposal for the new library wing. Members agreed "
    "that the reading rooms should face the garden, and asked the architects for a revised plan "
    "before the next meeting; the budget, they noted, must stay within what the council approved."
)


@pytest.mark.parametrize("size", [1, 4, 16])
def test_a_quiet_piece_costs_each_lane_one_search_and_builds_no_hit_list(size: int) -> None:
    """Prose without a trigger of any default filter, streamed in small pieces: no lane takes the
    search path that collects hits (the work counter: calls of Rewriter._search and Literals.find),
    and every filter releases the text unchanged."""
    from aiwarden.scanners import _rewriter
    from aiwarden.scanners.html import HtmlFilter
    from aiwarden.scanners.pii import PIIFilter
    from aiwarden.scanners.secrets import SecretFilter

    calls = {"search": 0, "find": 0}
    search, find = _rewriter.Rewriter._search, _rewriter.Literals.find

    def counted_search(self: Any, *args: Any) -> Any:
        calls["search"] += 1
        return search(self, *args)

    def counted_find(self: Any, *args: Any) -> Any:
        calls["find"] += 1
        return find(self, *args)

    pieces = [PROSE[i : i + size] for i in range(0, len(PROSE), size)]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_rewriter.Rewriter, "_search", counted_search)
        patch.setattr(_rewriter.Literals, "find", counted_find)
        for f in (SecretFilter(), PIIFilter(), HtmlFilter(escape_html=False)):
            assert "".join(f.feed(p) for p in pieces) + f.flush() == PROSE
    assert calls == {"search": 0, "find": 0}


def test_real_shaped_openai_chunks_are_parsed_once() -> None:
    """Chunks as OpenAI sends them with include_usage: service tier, fingerprint, ``usage: null`` and
    random ``obfuscation`` padding of varying length on every chunk."""

    def chunk(delta: dict[str, Any], pad: str, finish: str | None = None) -> bytes:
        doc = {
            "id": "chatcmpl-C1",
            "object": "chat.completion.chunk",
            "created": 1765100000,
            "model": "gpt-4o-mini-2024-07-18",
            "service_tier": "default",
            "system_fingerprint": "fp_560af6e559",
            "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
            "usage": None,
            "obfuscation": pad,
        }
        return b"data: " + json.dumps(doc, separators=(",", ":")).encode() + b"\n\n"

    pads = ["k", "Ut7", "zQ", "9a1bX", "", "pp"]
    chunks = [chunk({"role": "assistant", "content": "", "refusal": None}, "xy")]
    chunks += [chunk({"content": d}, pads[i % len(pads)]) for i, d in enumerate(DELTAS)]
    chunks += [chunk({}, "q", "stop"), b"data: [DONE]\n\n"]
    parsed, sent = _parsed(openai, lambda: _sent("openai", chunks, False))
    assert parsed == 3  # the role chunk, the first content chunk (the pattern), the finish chunk
    _redacted(sent)
    assert b'"obfuscation":"Ut7"' in sent  # the padding goes on as it came

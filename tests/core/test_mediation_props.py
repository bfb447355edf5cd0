"""Property tests of complete mediation: answers built from a format's own field list, with values
planted at random places and streamed in random chunkings. Nothing planted comes out, and the
streamed answer carries the same text, field by field, as the whole one."""

from __future__ import annotations

import itertools
import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from aiwarden.context import HttpRequest
from aiwarden.effects import drive_sync
from aiwarden.formats.fields import TextField, slots
from aiwarden.formats.openai import ANSWER_FIELDS
from aiwarden.policy import RouteSpec
from aiwarden.warden import Warden

OPEN = {"auth": {"required": False, "anonymous_tier": "default"}}
PLANTED = ("jane.doe@example.com", "4111 1111 1111 1111", "DE89 3704 0044 0532 0130 00")
# (no bare digit groups next to a planted card: "4111 1111 1111 1111 42 42" is one longer number to
# the PII filter, which leaves it; see the report of this change)
WORDS = st.sampled_from(["the", "weather", "is", "fine", "in", "Paris", "n42", "a", "call", "(", "x=1", "\n"])


@st.composite
def texts(draw: Any) -> str:
    words = draw(st.lists(WORDS, max_size=8))
    for _ in range(draw(st.integers(0, 2))):
        words.insert(draw(st.integers(0, len(words))), draw(st.sampled_from(PLANTED)))
    return " " + " ".join(words) + " "  # delimited also where two values meet (adjacent text blocks)


def _put(obj: dict[str, Any], field: TextField, value: str) -> None:
    """``value`` at ``field``'s path in ``obj`` (one element where the path has ``[]``)."""
    built = field.build([0], value)
    for key, val in built.items():
        if isinstance(val, list) and isinstance(obj.get(key), list):
            merged = {**obj[key][0]}
            for k, v in val[0].items():
                merged[k] = {**merged.get(k, {}), **v} if isinstance(v, dict) else v
            obj[key] = [merged]
        elif isinstance(val, dict) and isinstance(obj.get(key), dict):
            obj[key] = {**obj[key], **val}
        else:
            obj[key] = val


@st.composite
def openai_messages(draw: Any) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant"}
    fields = [f for f in ANSWER_FIELDS if f.path != "content[type=refusal].refusal"]
    for field in draw(st.lists(st.sampled_from(fields), min_size=1, max_size=5, unique=True)):
        if field.path == "content[type=text].text" and isinstance(message.get("content"), str):
            continue
        if field.path == "content" and isinstance(message.get("content"), list):
            continue
        _put(message, field, draw(texts()))
    return message


def _cuts(draw: Any, text: str) -> list[str]:
    points = sorted(set(draw(st.lists(st.integers(0, len(text)), max_size=4))))
    bounds = [0, *points, len(text)]
    return [text[a:b] for a, b in itertools.pairwise(bounds) if b > a]


def _stream_of(draw: Any, message: dict[str, Any]) -> bytes:
    """The message as a provider streams it: pieces of each value in its own deltas, in order."""
    chunks: list[dict[str, Any]] = [{"role": "assistant"}]
    for s in slots(message, ANSWER_FIELDS):
        pieces = [s.text] if s.field.how == "whole" else _cuts(draw, s.text)
        for piece in pieces:
            delta: dict[str, Any] = {}
            field = TextField("content", "", "") if s.field.path == "content[type=text].text" else s.field
            _put(delta, field, piece)
            chunks.append(delta)
    out = b""
    for delta in chunks:
        doc = {"id": "c", "object": "chat.completion.chunk", "choices": [{"index": 0, "delta": delta}]}
        out += b"data: " + json.dumps(doc).encode() + b"\n\n"
    out += b'data: {"id":"c","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}\n\ndata: [DONE]\n\n'
    return out


def _exchange(stream: bool) -> Any:
    ex = Warden(OPEN).exchange(HttpRequest("POST", "/chat", {}), RouteSpec())
    body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}], "stream": stream}
    assert isinstance(drive_sync(ex.check(json.dumps(body).encode())), bytes)
    return ex


def _both(exchange: Any, answer: dict[str, Any], raw: bytes, wire: int) -> tuple[dict[str, Any], str]:
    """The answer through the engine whole, and its stream cut in pieces of ``wire`` bytes."""
    ex = exchange(False)
    assert ex.response_start(200, "application/json") == "json"
    whole = json.loads(ex.filter_json(json.dumps(answer).encode()))
    ex = exchange(True)
    assert ex.response_start(200, "text/event-stream") == "sse"
    out = b"".join(ex.filter_chunk(raw[i : i + wire]) for i in range(0, len(raw), wire)) + ex.filter_end()
    assert not ex.stream_cut
    return whole, out.decode()


def _texts_by_channel(objs: list[dict[str, Any]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for obj in objs:
        for s in slots(obj, ANSWER_FIELDS):
            out[s.channel] = out.get(s.channel, "") + s.text
    return {k: v for k, v in out.items() if v}


@settings(max_examples=50, deadline=None)
@given(data=st.data(), message=openai_messages(), wire=st.integers(1, 64))
def test_openai_planted_values_never_come_out_and_stream_equals_whole(data: Any, message: dict, wire: int) -> None:
    answer = {"id": "c", "object": "chat.completion", "choices": [{"index": 0, "message": message}]}
    whole, streamed = _both(_exchange, answer, _stream_of(data.draw, message), wire)
    for value in PLANTED:
        assert value not in json.dumps(whole, ensure_ascii=False) and value not in streamed
        assert value not in streamed.replace("\\n", "\n")
    deltas = [
        c["delta"]
        for block in streamed.split("\n\n")
        if block.startswith("data: {")
        for c in json.loads(block[6:]).get("choices") or []
    ]
    assert _texts_by_channel(deltas) == _texts_by_channel([whole["choices"][0]["message"]])


@st.composite
def anthropic_blocks(draw: Any) -> list[dict[str, Any]]:
    blocks: list[dict[str, Any]] = []
    for kind in draw(st.lists(st.sampled_from(["text", "tool_use", "thinking", "cited"]), min_size=1, max_size=5)):
        if kind == "text":
            blocks.append({"type": "text", "text": draw(texts())})
        elif kind == "cited":
            cited = {"type": "char_location", "cited_text": draw(texts()), "document_index": 0}
            blocks.append({"type": "text", "text": draw(texts()), "citations": [cited]})
        elif kind == "tool_use":
            blocks.append({"type": "tool_use", "id": "t", "name": "f", "input": {"q": draw(texts())}})
        else:
            blocks.append({"type": "thinking", "thinking": draw(texts()), "signature": "sig"})
    return blocks


def _anthropic_stream(draw: Any, blocks: list[dict[str, Any]]) -> bytes:
    def event(doc: dict[str, Any]) -> bytes:
        return f"event: {doc['type']}\ndata: {json.dumps(doc)}\n\n".encode()

    out = event(
        {"type": "message_start", "message": {"id": "m", "type": "message", "role": "assistant", "content": []}}
    )
    for i, block in enumerate(blocks):
        kind = block["type"]
        if kind == "tool_use":
            start, key, dtype, text = (
                {**block, "input": {}},
                "partial_json",
                "input_json_delta",
                json.dumps(block["input"]),
            )
        elif kind == "thinking":
            start, key, dtype, text = (
                {"type": "thinking", "thinking": "", "signature": ""},
                "thinking",
                "thinking_delta",
                block["thinking"],
            )
        else:
            start, key, dtype, text = {"type": "text", "text": ""}, "text", "text_delta", block["text"]
        out += event({"type": "content_block_start", "index": i, "content_block": start})
        for citation in block.get("citations") or ():
            delta = {"type": "citations_delta", "citation": citation}
            out += event({"type": "content_block_delta", "index": i, "delta": delta})
        for piece in _cuts(draw, text):
            out += event({"type": "content_block_delta", "index": i, "delta": {"type": dtype, key: piece}})
        if kind == "thinking":
            out += event(
                {"type": "content_block_delta", "index": i, "delta": {"type": "signature_delta", "signature": "sig"}}
            )
        out += event({"type": "content_block_stop", "index": i})
    return (
        out + event({"type": "message_delta", "delta": {"stop_reason": "end_turn"}}) + event({"type": "message_stop"})
    )


def _anthropic_exchange(stream: bool) -> Any:
    ex = Warden(OPEN).exchange(HttpRequest("POST", "/m", {}), RouteSpec(format="anthropic"))
    body = {"model": "claude-3-5-haiku-latest", "max_tokens": 9, "messages": [{"role": "user", "content": "hi"}]}
    assert isinstance(drive_sync(ex.check(json.dumps({**body, "stream": stream}).encode())), bytes)
    return ex


def _read_blocks(blocks: list[dict[str, Any]]) -> tuple[str, list[Any], list[str], list[str], list[str]]:
    """What a reader gets: all text, tool inputs, thinking, cited passages, signatures."""
    return (
        "".join(b["text"] for b in blocks if b["type"] == "text"),
        [b["input"] for b in blocks if b["type"] == "tool_use"],
        [b["thinking"] for b in blocks if b["type"] == "thinking"],
        [c["cited_text"] for b in blocks for c in b.get("citations") or ()],
        [b["signature"] for b in blocks if b["type"] == "thinking"],
    )


def _assemble(out: str) -> list[dict[str, Any]]:
    """The content blocks an SDK assembles from a stream."""
    blocks: dict[int, dict[str, Any]] = {}
    partial: dict[int, str] = {}
    for chunk in out.split("\n\n"):
        data = [line[6:] for line in chunk.split("\n") if line.startswith("data: ")]
        if not data:
            continue
        doc = json.loads(data[0])
        if doc["type"] == "content_block_start":
            blocks[doc["index"]] = dict(doc["content_block"])
        elif doc["type"] == "content_block_delta":
            block, delta = blocks[doc["index"]], doc["delta"]
            if delta["type"] == "text_delta":
                block["text"] += delta["text"]
            elif delta["type"] == "thinking_delta":
                block["thinking"] += delta["thinking"]
            elif delta["type"] == "signature_delta":
                block["signature"] = delta["signature"]
            elif delta["type"] == "citations_delta":
                block.setdefault("citations", []).append(delta["citation"])
            else:
                partial[doc["index"]] = partial.get(doc["index"], "") + delta["partial_json"]
    for index, text in partial.items():
        blocks[index]["input"] = json.loads(text)
    return [blocks[i] for i in sorted(blocks)]


@settings(max_examples=50, deadline=None)
@given(data=st.data(), blocks=anthropic_blocks(), wire=st.integers(1, 64))
def test_anthropic_planted_values_never_come_out_and_stream_equals_whole(data: Any, blocks: list, wire: int) -> None:
    answer = {"id": "m", "type": "message", "role": "assistant", "content": json.loads(json.dumps(blocks))}
    whole, out = _both(_anthropic_exchange, answer, _anthropic_stream(data.draw, blocks), wire)
    assert "message_stop" in out
    for value in PLANTED:
        assert value not in json.dumps(whole, ensure_ascii=False) and value not in out
    assert _read_blocks(_assemble(out)) == _read_blocks(whole["content"])


@st.composite
def response_items(draw: Any) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for i, kind in enumerate(draw(st.lists(st.sampled_from(["message", "call", "reasoning"]), min_size=1, max_size=4))):
        if kind == "message":
            part = {"type": "output_text", "text": draw(texts()), "annotations": []}
            items.append({"type": "message", "id": f"m{i}", "role": "assistant", "content": [part]})
        elif kind == "call":
            items.append(
                {"type": "function_call", "id": f"f{i}", "call_id": "c", "name": "f", "arguments": draw(texts())}
            )
        else:
            items.append(
                {"type": "reasoning", "id": f"r{i}", "summary": [{"type": "summary_text", "text": draw(texts())}]}
            )
    return items


def _responses_exchange(stream: bool) -> Any:
    ex = Warden(OPEN).exchange(HttpRequest("POST", "/r", {}), RouteSpec(format="openai-responses"))
    assert isinstance(
        drive_sync(ex.check(json.dumps({"model": "gpt-4o-mini", "input": "hi", "stream": stream}).encode())), bytes
    )
    return ex


@settings(max_examples=40, deadline=None)
@given(items=response_items(), chunk=st.integers(1, 9), wire=st.integers(1, 64))
def test_responses_planted_values_never_come_out_and_stream_equals_whole(items: list, chunk: int, wire: int) -> None:
    from aiwarden.testing import FakeProvider

    whole_answer = {"id": "r", "object": "response", "status": "completed", "output": items}
    raw = b"".join(
        FakeProvider(chunk_chars=chunk)._responses_stream(whole_answer, {"input_tokens": 1, "output_tokens": 1})
    )
    whole, out = _both(_responses_exchange, whole_answer, raw, wire)
    for value in PLANTED:
        assert value not in json.dumps(whole, ensure_ascii=False) and value not in out
    events = [json.loads(b.split("data: ", 1)[1]) for b in out.split("\n\n") if "data: " in b]
    completed = events[-1]
    assert completed["type"] == "response.completed" and completed["response"]["output"] == whole["output"]
    deltas: dict[tuple[int, str], str] = {}
    for e in events:
        if e["type"].endswith(".delta"):
            key = (e["output_index"], e["type"])
            deltas[key] = deltas.get(key, "") + e["delta"]
    for (o, kind), text in deltas.items():
        item = whole["output"][o]
        if kind == "response.output_text.delta":
            expected = item["content"][0]["text"]
        elif kind == "response.function_call_arguments.delta":
            expected = item["arguments"]
        else:
            expected = item["summary"][0]["text"]
        assert text == expected

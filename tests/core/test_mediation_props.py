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
from aiwarden.engine import Warden
from aiwarden.formats.fields import TextField, slots
from aiwarden.formats.openai import ANSWER_FIELDS
from aiwarden.policy import RouteSpec

OPEN = {"auth": {"required": False, "anonymous_tier": "default"}}
PLANTED = ("jane.doe@example.com", "4111 1111 1111 1111", "DE89 3704 0044 0532 0130 00")
WORDS = st.sampled_from(["the", "weather", "is", "fine", "in", "Paris", "42", "a", "call", "(", "x=1", "\n"])


@st.composite
def texts(draw: Any) -> str:
    words = draw(st.lists(WORDS, max_size=8))
    for _ in range(draw(st.integers(0, 2))):
        words.insert(draw(st.integers(0, len(words))), draw(st.sampled_from(PLANTED)))
    return " ".join(words)


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
    drive_sync(ex.admit())
    body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}], "stream": stream}
    assert isinstance(drive_sync(ex.inspect(json.dumps(body).encode())), bytes)
    return ex


def _texts_by_channel(objs: list[dict[str, Any]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for obj in objs:
        for s in slots(obj, ANSWER_FIELDS):
            out[s.channel] = out.get(s.channel, "") + s.text
    return {k: v for k, v in out.items() if v}


@settings(max_examples=80, deadline=None)
@given(data=st.data(), message=openai_messages(), wire=st.integers(1, 64))
def test_openai_planted_values_never_come_out_and_stream_equals_whole(data: Any, message: dict, wire: int) -> None:
    answer = {"id": "c", "object": "chat.completion", "choices": [{"index": 0, "message": message}]}
    ex = _exchange(False)
    assert ex.response_start(200, "application/json") == "json"
    whole = json.loads(ex.filter_json(json.dumps(answer).encode()))
    raw = _stream_of(data.draw, message)
    ex = _exchange(True)
    assert ex.response_start(200, "text/event-stream") == "sse"
    out = b"".join(ex.filter_chunk(raw[i : i + wire]) for i in range(0, len(raw), wire)) + ex.filter_end()
    streamed = out.decode()
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

"""Answers through a real exchange, as a provider's raw bytes: OpenAI chunks and Anthropic events
built for a test, and the text a client reads back from what the guard sent on."""

from __future__ import annotations

import json
from typing import Any

from aiwarden.context import HttpRequest
from aiwarden.effects import drive_sync
from aiwarden.policy import RouteSpec
from aiwarden.warden import Warden

OPEN: dict[str, Any] = {"auth": {"required": False, "anonymous_tier": "default"}}
MONITOR = {**OPEN, "mode": "monitor"}
CARD = "4111 1111 1111 1111"
HI = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]}


def exchange(api: str = "openai", policy: dict[str, Any] = OPEN, **body: Any) -> Any:
    """An admitted exchange on a route of format ``api`` whose request (``HI`` + ``body``) was inspected."""
    ex = Warden(policy).exchange(HttpRequest("POST", "/chat", {}), RouteSpec(format=api))  # type: ignore[arg-type]
    request = {**HI, "max_tokens": 100, **body}
    assert isinstance(drive_sync(ex.check(json.dumps(request).encode())), bytes)
    return ex


def answer_through(answer: Any, *, api: str = "openai", policy: dict[str, Any] = OPEN) -> tuple[bytes, Any]:
    """A JSON answer (a document, or bytes as they are) through the engine: the bytes sent on."""
    ex = exchange(api, policy)
    assert ex.response_start(200, "application/json") == "json"
    out = ex.filter_json(answer if isinstance(answer, bytes) else json.dumps(answer).encode())
    drive_sync(ex.finish())
    return out, ex


def answer_json(answer: dict[str, Any], *, api: str = "openai") -> tuple[Any, Any]:
    """A JSON answer through the engine: the document sent on."""
    out, ex = answer_through(answer, api=api)
    return json.loads(out), ex


def stream_through(
    raw: bytes,
    *,
    api: str = "openai",
    policy: dict[str, Any] = OPEN,
    pieces: list[int] | None = None,
    byte_by_byte: bool = False,
    **body: Any,
) -> tuple[str, Any]:
    """A provider's raw SSE bytes through the engine, cut at the given sizes (default: whole;
    ``[1]`` or ``byte_by_byte``: at every byte); ``body``: more fields of the streamed request."""
    ex = exchange(api, policy, stream=True, **body)
    assert ex.response_start(200, "text/event-stream") == "sse"
    out, at, sizes = [], 0, [1] if byte_by_byte else pieces or [len(raw)]
    i = 0
    while at < len(raw):
        size = max(1, sizes[i % len(sizes)])
        out.append(ex.filter_chunk(raw[at : at + size]))
        at, i = at + size, i + 1
    out.append(ex.filter_end())
    drive_sync(ex.finish())
    return b"".join(out).decode(), ex


def data_events(raw: str) -> list[Any]:
    """The JSON ``data:`` payloads of an SSE text, in order (``[DONE]`` as a string)."""
    out = []
    for block in raw.replace("\r\n", "\n").split("\n\n"):
        data = [line[5:].lstrip(" ") for line in block.split("\n") if line.startswith("data:")]
        if data:
            text = "\n".join(data)
            out.append(text if text == "[DONE]" else json.loads(text))
    return out


# -- OpenAI chat chunks ---------------------------------------------------------------------------


def chunk(delta: dict[str, Any], index: int = 0, finish: str | None = None, **extra: Any) -> dict[str, Any]:
    choice = {"index": index, "delta": delta, "finish_reason": finish}
    return {"id": "c1", "object": "chat.completion.chunk", "model": "m", "choices": [choice], **extra}


def sse(*docs: Any, eol: str = "\n") -> bytes:
    return b"".join(f"data: {d if isinstance(d, str) else json.dumps(d)}{eol}{eol}".encode() for d in docs)


def openai_fields(events: list[Any], field: str = "content") -> dict[int, str]:
    """Each choice's text of one delta field (string deltas only)."""
    out: dict[int, str] = {}
    for doc in events:
        choices = doc.get("choices") if isinstance(doc, dict) else None
        for choice in choices if isinstance(choices, list) else []:
            value = (choice.get("delta") or {}).get(field)
            if isinstance(value, str):
                out[choice["index"]] = out.get(choice["index"], "") + value
    return out


def delta_text(events: list[Any], index: int = 0) -> str:
    """The content a client reads from a stream, whether each delta's content is a string or parts."""
    out = ""
    for doc in events:
        for choice in doc.get("choices") or [] if isinstance(doc, dict) else []:
            if choice.get("index", 0) != index:
                continue
            content = (choice.get("delta") or {}).get("content")
            if isinstance(content, str):
                out += content
            elif isinstance(content, list):
                out += "".join(p["text"] for p in content if p.get("type") == "text")
    return out


# -- Anthropic events -----------------------------------------------------------------------------


def anthropic_sse(*docs: dict[str, Any]) -> bytes:
    return b"".join(f"event: {d['type']}\ndata: {json.dumps(d)}\n\n".encode() for d in docs)


def anthropic_texts(events: list[Any]) -> dict[tuple[int, str], str]:
    out: dict[tuple[int, str], str] = {}
    for doc in events:
        if doc["type"] == "content_block_start":
            block = doc["content_block"]
            for key in ("text", "thinking"):
                if block.get(key):
                    out[doc["index"], key] = out.get((doc["index"], key), "") + block[key]
        if doc["type"] == "content_block_delta":
            for key in ("text", "thinking", "partial_json"):
                if key in doc["delta"]:
                    out[doc["index"], key] = out.get((doc["index"], key), "") + doc["delta"][key]
    return out


MESSAGE_START = {
    "type": "message_start",
    "message": {
        "id": "m1",
        "type": "message",
        "role": "assistant",
        "content": [],
        "model": "claude",
        "usage": {"input_tokens": 10, "output_tokens": 1},
    },
}
MESSAGE_END = (
    {"type": "message_delta", "delta": {"stop_reason": "end_turn"}, "usage": {"output_tokens": 9}},
    {"type": "message_stop"},
)


# -- whole answers of each format -----------------------------------------------------------------

OPENAI_ANSWER = {
    "id": "c1",
    "object": "chat.completion",
    "choices": [{"index": 0, "message": {"role": "assistant", "content": "card " + CARD}, "finish_reason": "stop"}],
}
ANTHROPIC_ANSWER = {
    "id": "m1",
    "type": "message",
    "role": "assistant",
    "content": [{"type": "text", "text": "card " + CARD}],
    "usage": {"input_tokens": 1, "output_tokens": 2},
}

"""Anthropic Messages: requests, JSON answers and SSE events."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Literal

from ..context import ChatRequest, FieldText, Message, Part, Usage
from ..errors import Refusal
from .base import StreamSink, encode_json, field_error, optional_bool, optional_int
from .fields import TextField, field_texts
from .sse import SSEEvent

#: The content blocks of a request besides text blocks (which the messages carry, rewritable) and
#: images (counted at IMAGE_TOKENS), and how the injection detectors read them. Every string of
#: such a block is billed text: each is counted as its JSON (an upper bound) and scanned. A block
#: type not listed is read the same way, as a document. A base64 ``data`` (a PDF) is not text: it is
#: counted by its decoded bytes, an upper bound of its pages' text and images.
BLOCK_SUBJECTS: dict[str, Literal["user", "document"]] = {
    "tool_use": "user",  # an earlier turn's tool call: the client can write any
    "server_tool_use": "user",
    "thinking": "user",
    "redacted_thinking": "user",  # encrypted by Anthropic: billed, nothing to read
    "tool_result": "document",  # its text blocks are also the message's (rewritable) tool result
    "document": "document",
    "search_result": "document",
    "web_search_tool_result": "document",
}
#: The rest of the request, besides the messages and the system prompt.
REQUEST_FIELDS = (
    TextField("tools", "", "tool definitions: names, descriptions and input schemas the model reads", "json"),
    TextField("tool_choice", "", "the tool the model must call", "json"),
)
#: An upper bound of an image's tokens: Anthropic bills about width x height / 750 and scales
#: larger images down to at most ~1.15 megapixels, about 1,600 tokens (docs.anthropic.com, Vision).
IMAGE_TOKENS = 1600
_ROLES = frozenset(["user", "assistant", "system"])

_PART_KINDS = {
    "text": "text",
    "image": "image",
    "document": "file",
    "tool_result": "tool_result",
    "tool_use": "tool_call",
}


class AnthropicMessages:
    name = "anthropic"

    def parse_request(self, doc: dict[str, Any]) -> ChatRequest:
        model = doc.get("model")
        if not isinstance(model, str) or not model:
            raise field_error("model", "'model' is required and must be a non-empty string.")
        raw_messages = doc.get("messages")
        if not isinstance(raw_messages, list) or not raw_messages:
            raise field_error("messages", "'messages' is required and must be a non-empty array of message objects.")
        messages: list[Message] = []
        system = doc.get("system")
        if system is not None:
            messages.append(self._system(system))
        read = _Read(field_texts(doc, REQUEST_FIELDS, ""))
        messages.extend(self._message(m, i, read) for i, m in enumerate(raw_messages))
        max_tokens = optional_int(doc, "max_tokens")
        chat = ChatRequest(model, messages, optional_bool(doc, "stream"), max_tokens, True, doc)
        chat.texts, chat.image_tokens = read.texts, read.images * IMAGE_TOKENS + read.pdf_bytes
        return chat

    def _system(self, system: Any) -> Message:
        if isinstance(system, str):
            return Message("system", [Part("text", system)], {"system": system})
        if isinstance(system, list):
            parts = []
            for j, block in enumerate(system):
                if not isinstance(block, dict) or block.get("type") != "text" or not isinstance(block.get("text"), str):
                    raise field_error(f"system[{j}]", "'system' blocks must be text blocks.")
                parts.append(Part("text", block["text"], block))
            return Message("system", parts, {"system": system})
        raise field_error("system", "'system' must be a string or an array of text blocks.")

    def _message(self, m: Any, i: int, read: _Read) -> Message:
        param = f"messages[{i}]"
        if not isinstance(m, dict):
            raise field_error(param, f"'{param}' must be an object with 'role' and 'content'.")
        role = m.get("role")
        if not isinstance(role, str) or not role:
            raise field_error(f"{param}.role", f"'{param}.role' must be a string.")
        role = role.strip().casefold()  # "SYSTEM" is compared as "system"
        if role not in _ROLES:
            raise field_error(f"{param}.role", f"'{param}.role' must be 'user' or 'assistant'.")
        content = m.get("content")
        parts: list[Part] = []
        if isinstance(content, str):
            parts.append(Part("text", content))
        elif isinstance(content, list):
            for j, block in enumerate(content):
                if not isinstance(block, dict) or not isinstance(block.get("type"), str):
                    raise field_error(
                        f"{param}.content[{j}]", f"'{param}.content[{j}]' must be an object with a 'type'."
                    )
                kind = _PART_KINDS.get(block["type"], "other")
                read.block(block, f"{param}.content[{j}]")
                if kind == "text":
                    if not isinstance(block.get("text"), str):
                        raise field_error(f"{param}.content[{j}].text", "A text block needs a string 'text'.")
                    parts.append(Part("text", block["text"], block))
                elif kind == "tool_result":
                    parts.append(
                        Part("tool_result", _tool_result_text(block.get("content"), f"{param}.content[{j}]"), block)
                    )
                else:
                    parts.append(Part(kind, "", block))  # type: ignore[arg-type]
        else:
            raise field_error(f"{param}.content", f"'{param}.content' must be a string or an array of blocks.")
        return Message(role, parts, m)

    def render_request(self, chat: ChatRequest) -> dict[str, Any]:
        doc = dict(chat.document)
        doc["model"] = chat.model
        doc.pop("system", None)
        systems = [m for m in chat.messages if m.role == "system"]
        if (
            len(systems) == 1
            and not systems[0].from_server
            and isinstance(systems[0].raw, dict)
            and isinstance(systems[0].raw.get("system"), list)
        ):
            doc["system"] = [{**(p.raw or {"type": "text"}), "text": p.text} for p in systems[0].parts]
        elif systems:
            doc["system"] = "\n\n".join(m.text for m in systems)
        rendered = [_render_message(m) for m in chat.messages if m.role != "system"]
        doc["messages"] = rendered
        if chat.max_tokens is not None:
            doc["max_tokens"] = chat.max_tokens
        return doc

    def map_response(self, doc: Any, fn: Callable[[str, str], str]) -> None:
        content = doc.get("content") if isinstance(doc, dict) else None
        if not isinstance(content, list):
            return
        for i, block in enumerate(content):
            if isinstance(block, dict) and block.get("type") == "text" and isinstance(block.get("text"), str):
                block["text"] = fn(str(i), block["text"])

    def response_usage(self, doc: Any) -> Usage | None:
        u = doc.get("usage") if isinstance(doc, dict) else None
        if isinstance(u, dict) and isinstance(u.get("input_tokens"), int) and isinstance(u.get("output_tokens"), int):
            return Usage(_input_tokens(u), u["output_tokens"])
        return None

    def rewrite_event(self, ev: SSEEvent, sink: StreamSink) -> bytes:
        try:
            doc = json.loads(ev.data) if ev.data else None
        except json.JSONDecodeError:
            return ev.raw
        if not isinstance(doc, dict):
            return ev.raw
        kind = doc.get("type")
        if kind == "message_start":
            usage = _object(_object(doc.get("message")).get("usage"))
            if isinstance(usage.get("input_tokens"), int):
                out = usage.get("output_tokens")
                sink.usage(input_tokens=_input_tokens(usage), output_tokens=out if isinstance(out, int) else 0)
        elif kind == "message_delta":
            usage = _object(doc.get("usage"))
            if isinstance(usage.get("output_tokens"), int):
                sink.usage(output_tokens=usage["output_tokens"])
        elif kind == "content_block_start":
            block = doc.get("content_block")
            # usually empty, but text here reaches the user like a delta's
            if isinstance(block, dict) and block.get("type") == "text" and isinstance(block.get("text"), str):
                new = sink.feed(str(doc.get("index", 0)), block["text"]) if block["text"] else ""
                if new != block["text"]:
                    block["text"] = new
                    return _encode("content_block_start", doc)
        elif kind == "content_block_delta":
            delta = doc.get("delta")
            if isinstance(delta, dict) and delta.get("type") == "text_delta" and isinstance(delta.get("text"), str):
                new = sink.feed(str(doc.get("index", 0)), delta["text"])
                if not new:
                    return b""  # all of it held back (or coalesced): the event would carry nothing
                if new != delta["text"]:
                    delta["text"] = new
                    return _encode("content_block_delta", doc)
        elif kind == "content_block_stop":
            index = doc.get("index", 0)
            rest = sink.flush(str(index))
            if rest:
                extra = {"type": "content_block_delta", "index": index, "delta": {"type": "text_delta", "text": rest}}
                return _encode("content_block_delta", extra) + ev.raw
        elif kind == "message_stop":
            out = self.flush_stream(sink)
            sink.done()
            return out + ev.raw
        elif kind == "error":  # the provider failed mid-stream: what the filters hold came before the error
            return self.flush_stream(sink) + ev.raw
        return ev.raw

    def flush_stream(self, sink: StreamSink, keep_open: bool = False) -> bytes:
        out = b""
        for channel in sink.open_channels():
            rest = sink.release(channel) if keep_open else sink.flush(channel)
            if rest:
                index = int(channel) if channel.isdigit() else 0
                out += _encode(
                    "content_block_delta",
                    {"type": "content_block_delta", "index": index, "delta": {"type": "text_delta", "text": rest}},
                )
        return out

    def stream_error(self, refusal: Refusal) -> bytes:
        body = {"type": "error", "error": {"type": refusal.type, "message": refusal.message, "code": refusal.code}}
        return _encode("error", body)


class _Read:
    """What a request's blocks carry besides text blocks: their texts and how many images."""

    __slots__ = ("images", "pdf_bytes", "texts")

    def __init__(self, texts: list[FieldText]) -> None:
        self.texts = texts
        self.images = 0
        self.pdf_bytes = 0

    def block(self, block: dict[str, Any], where: str) -> None:
        kind = block.get("type")
        if kind == "image":
            self.images += 1
            return
        if kind == "text" and not block.get("citations"):
            return  # the message's own text part
        source = block.get("source")
        if isinstance(source, dict) and source.get("type") == "base64" and isinstance(source.get("data"), str):
            self.pdf_bytes += len(source["data"]) * 3 // 4
            block = {**block, "source": {k: v for k, v in source.items() if k != "data"}}
        self.texts.append(FieldText(where, encode_json(block), BLOCK_SUBJECTS.get(kind, "document")))  # type: ignore[arg-type]
        content = block.get("content")
        if kind == "tool_result" and isinstance(content, list):  # nested images and PDFs
            for sub in content:
                if isinstance(sub, dict) and sub.get("type") == "image":
                    self.images += 1
                elif isinstance(sub, dict) and isinstance(sub.get("source"), dict):
                    data = sub["source"].get("data")
                    if sub["source"].get("type") == "base64" and isinstance(data, str):
                        self.pdf_bytes += len(data) * 3 // 4


def _input_tokens(usage: dict[str, Any]) -> int:
    """All the prompt's tokens: ``input_tokens`` counts only those after the last cache breakpoint;
    cache writes and reads are reported beside it (and billed: writes above the input price, reads
    below). Left out, a client marking its prompt with ``cache_control`` settled each request at a
    few tokens against every budget."""
    total: int = usage["input_tokens"]
    for name in ("cache_creation_input_tokens", "cache_read_input_tokens"):
        value = usage.get(name)
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            total += value
    return total


def _object(value: Any) -> dict[str, Any]:
    """``value`` if it is a JSON object, else an empty one (a provider's event of an odd shape passes on)."""
    return value if isinstance(value, dict) else {}


def _tool_result_text(content: Any, param: str) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        texts = [b.get("text", "") for b in content if isinstance(b, dict) and b.get("type") == "text"]
        if not all(isinstance(t, str) for t in texts):
            raise field_error(f"{param}.content", "A text block in a tool_result needs a string 'text'.")
        return "\n".join(texts)
    return ""


def _render_message(m: Message) -> dict[str, Any]:
    if not isinstance(m.raw, dict):
        return {"role": m.role, "content": m.text}
    out = dict(m.raw)
    out["role"] = m.role
    content = m.raw.get("content")
    if isinstance(content, str):
        out["content"] = "".join(p.text for p in m.parts)
    elif isinstance(content, list):
        blocks = []
        for p in m.parts:
            if p.raw is None:
                blocks.append({"type": "text", "text": p.text})
            elif p.kind == "text":
                blocks.append({**p.raw, "text": p.text})
            elif p.kind == "tool_result" and isinstance(p.raw.get("content"), str):
                blocks.append({**p.raw, "content": p.text})
            elif p.kind == "tool_result" and isinstance(p.raw.get("content"), list):
                # the text sub-blocks were joined for scanning; keep non-text ones, one text block
                others = [b for b in p.raw["content"] if not (isinstance(b, dict) and b.get("type") == "text")]
                blocks.append({**p.raw, "content": [{"type": "text", "text": p.text}, *others]})
            else:
                blocks.append(p.raw)
        out["content"] = blocks
    return out


def _encode(event: str, doc: Any) -> bytes:
    return f"event: {event}\ndata: {encode_json(doc)}\n\n".encode("utf-8", "backslashreplace")  # lone surrogates

"""OpenAI Chat Completions: requests, JSON answers and SSE chunks."""

from __future__ import annotations

import json
from typing import Any

from ..context import ChatRequest, Message, Part, Usage
from ..errors import Refusal
from .base import StreamSink, TextMap, encode_json, field_error, optional_bool, optional_int
from .sse import SSEEvent

_PART_KINDS = {
    "text": "text",
    "image_url": "image",
    "input_image": "image",
    "input_audio": "audio",
    "file": "file",
    "input_file": "file",
}
# Text an answer carries to the user, and the suffix of its output channel: the content (a string,
# or a list of parts: Mistral and some compatible servers), a refusal, the reasoning
# OpenAI-compatible servers show (DeepSeek, vLLM: reasoning_content; OpenRouter, newer vLLM:
# reasoning), where reasoning models restate the system prompt, and an audio answer's transcript.
_TEXT_FIELDS = (
    ("content", ""),
    ("refusal", ".refusal"),
    ("reasoning_content", ".reasoning_content"),
    ("reasoning", ".reasoning"),
    ("audio", ".audio"),
)
# Models that take max_completion_tokens and refuse max_tokens.
_COMPLETION_TOKENS_PREFIXES = ("o1", "o3", "o4", "gpt-5")


class OpenAIChat:
    name = "openai"

    def parse_request(self, doc: dict[str, Any]) -> ChatRequest:
        model = doc.get("model")
        if not isinstance(model, str) or not model:
            raise field_error("model", "'model' is required and must be a non-empty string.")
        raw_messages = doc.get("messages")
        if not isinstance(raw_messages, list) or not raw_messages:
            raise field_error("messages", "'messages' is required and must be a non-empty array of message objects.")
        messages = [self._message(m, i) for i, m in enumerate(raw_messages)]
        max_tokens = optional_int(doc, "max_completion_tokens")
        if max_tokens is None:
            max_tokens = optional_int(doc, "max_tokens")
        stream = optional_bool(doc, "stream")
        options = doc.get("stream_options")
        if options is not None and not isinstance(options, dict):
            raise field_error("stream_options", "'stream_options' must be an object.")
        include_usage = bool(options and options.get("include_usage") is True)
        # n answers cost n times the output: budgets reserve for all of them (OpenAI allows 1-128).
        choices = optional_int(doc, "n", low=1, high=128) or 1
        return ChatRequest(model, messages, stream, max_tokens, include_usage, doc, choices)

    def _message(self, m: Any, i: int) -> Message:
        param = f"messages[{i}]"
        if not isinstance(m, dict):
            raise field_error(param, f"'{param}' must be an object with 'role' and 'content'.")
        role = m.get("role")
        if not isinstance(role, str) or not role:
            raise field_error(f"{param}.role", f"'{param}.role' must be a string.")
        content = m.get("content")
        text_kind = "tool_result" if role in ("tool", "function") else "text"
        parts: list[Part] = []
        if isinstance(content, str):
            parts.append(Part(text_kind, content))  # type: ignore[arg-type]
        elif isinstance(content, list):
            for j, p in enumerate(content):
                if not isinstance(p, dict) or not isinstance(p.get("type"), str):
                    raise field_error(
                        f"{param}.content[{j}]", f"'{param}.content[{j}]' must be an object with a 'type'."
                    )
                kind = _PART_KINDS.get(p["type"], "other")
                if kind == "text":
                    text = p.get("text")
                    if not isinstance(text, str):
                        raise field_error(f"{param}.content[{j}].text", "A text part needs a string 'text'.")
                    parts.append(Part(text_kind, text, p))  # type: ignore[arg-type]
                else:
                    parts.append(Part(kind, "", p))  # type: ignore[arg-type]
        elif content is None:
            if not (role == "assistant" and (m.get("tool_calls") or m.get("function_call"))):
                raise field_error(f"{param}.content", f"'{param}.content' must be a string or an array of parts.")
        else:
            raise field_error(f"{param}.content", f"'{param}.content' must be a string or an array of parts.")
        return Message(role, parts, m)

    def render_request(self, chat: ChatRequest) -> dict[str, Any]:
        doc = dict(chat.document)
        doc["model"] = chat.model
        doc["messages"] = [_render_message(m) for m in chat.messages]
        if chat.max_tokens is not None:
            if "max_completion_tokens" in doc or (
                "max_tokens" not in doc and (chat.model or "").startswith(_COMPLETION_TOKENS_PREFIXES)
            ):
                doc["max_completion_tokens"] = chat.max_tokens
                doc.pop("max_tokens", None)
            else:
                doc["max_tokens"] = chat.max_tokens
        if chat.stream:
            # Always ask for usage so the stream can be settled; the engine drops the chunk
            # when the client did not ask for it.
            doc["stream_options"] = {**(doc.get("stream_options") or {}), "include_usage": True}
        return doc

    def map_response(self, doc: Any, fn: TextMap) -> None:
        for i, choice in enumerate(_choices(doc)):
            message = choice.get("message")
            if isinstance(message, dict):
                channel = str(choice.get("index", i))
                for field, suffix in _TEXT_FIELDS:
                    slots = _slots(message, field)
                    last = len(slots) - 1
                    for j, (holder, key) in enumerate(slots):
                        # the text parts of one field are one channel, in order: a value split across
                        # parts is still caught (``more``: the channel goes on in the next part)
                        holder[key] = (
                            fn(channel + suffix, holder[key], more=True)
                            if j < last
                            else fn(channel + suffix, holder[key])
                        )

    def response_usage(self, doc: Any) -> Usage | None:
        return _usage(doc.get("usage") if isinstance(doc, dict) else None)

    def rewrite_event(self, ev: SSEEvent, sink: StreamSink) -> bytes:
        if ev.data == "[DONE]":
            tail = self.flush_stream(sink)
            sink.done()
            return tail + ev.raw
        try:
            doc = json.loads(ev.data) if ev.data else None
        except json.JSONDecodeError:
            return ev.raw
        if not isinstance(doc, dict):
            return ev.raw
        usage = _usage(doc.get("usage"))
        if usage is not None:
            sink.usage(usage.input_tokens, usage.output_tokens)
        choices = doc.get("choices")
        if not sink.meta and "id" in doc:  # for the chunks the engine adds (held-back text)
            sink.meta = {k: doc[k] for k in ("id", "created", "model", "system_fingerprint") if k in doc}
        if not choices or not isinstance(choices, list):
            if "error" in doc:  # the provider failed mid-stream: what the filters hold came before the error
                return self.flush_stream(sink) + ev.raw
            if usage is not None and not sink.client_wants_usage:
                return b""  # the usage-only chunk the engine asked for on the client's behalf
            return ev.raw
        out = b""
        changed = False
        for i, choice in enumerate(choices):
            if not isinstance(choice, dict):
                continue
            channel = str(choice.get("index", i))
            delta = choice.get("delta")
            if not isinstance(delta, dict):
                delta = None
            elif delta:
                for field, suffix in _TEXT_FIELDS:  # each on its own channel
                    value = delta.get(field)
                    if not value:
                        continue
                    if isinstance(value, str) and field != "audio":  # the usual case, kept short
                        new = sink.feed(channel + suffix, value)
                        if new != value:
                            delta[field] = new
                            changed = True
                        continue
                    for holder, key in _slots(delta, field):
                        if holder[key]:
                            new = sink.feed(channel + suffix, holder[key])
                            if new != holder[key]:
                                holder[key] = new
                                changed = True
            if choice.get("finish_reason"):
                for field, suffix in _TEXT_FIELDS:
                    rest = sink.flush(channel + suffix)
                    if not rest:
                        continue
                    slots = _slots(delta, field) if delta is not None else []
                    if slots:  # this chunk's own text comes before what was held back
                        holder, key = slots[-1]
                        holder[key] += rest
                        changed = True
                    else:
                        out += _encode(_delta_chunk(doc, choice, channel, rest, field))
        if usage is not None and not sink.client_wants_usage and "usage" in doc:
            doc.pop("usage")
            changed = True
        if changed and doc.get("usage") is None and all(map(_held_whole, choices)):
            return out  # its text is all held back (or coalesced): the event would carry nothing
        return out + (_encode(doc) if changed else ev.raw)

    def flush_stream(self, sink: StreamSink, keep_open: bool = False) -> bytes:
        out = b""
        for channel in sink.open_channels():
            rest = sink.release(channel) if keep_open else sink.flush(channel)
            if rest:
                number, _, field = channel.partition(".")
                index = int(number) if number.isdigit() else 0
                chunk = {
                    **sink.meta,
                    "object": "chat.completion.chunk",
                    "choices": [{"index": index, "delta": _delta_of(field or "content", rest), "finish_reason": None}],
                }
                out += _encode(chunk)
        return out

    def stream_error(self, refusal: Refusal) -> bytes:
        return b"data: " + refusal.body() + b"\n\n"


def _slots(holder: Any, field: str) -> list[tuple[dict[str, Any], str]]:
    """Where ``holder`` (a message or a delta) has text of ``field``, as (object, key) pairs in order:
    the string itself, the text parts of a list of parts (other parts are not text), an audio
    answer's transcript."""
    value = holder.get(field)
    if field == "audio":
        return [(value, "transcript")] if isinstance(value, dict) and isinstance(value.get("transcript"), str) else []
    if isinstance(value, str):
        return [(holder, field)]
    if isinstance(value, list):
        return [
            (p, "text")
            for p in value
            if isinstance(p, dict) and p.get("type") == "text" and isinstance(p.get("text"), str)
        ]
    return []


def _delta_of(field: str, text: str) -> dict[str, Any]:
    return {"audio": {"transcript": text}} if field == "audio" else {field: text}


def _held_whole(choice: Any) -> bool:
    """A chunk's choice that carried only text, all of which the filters are holding."""
    if not isinstance(choice, dict) or choice.get("finish_reason") or choice.get("logprobs"):
        return False
    delta = choice.get("delta")
    return isinstance(delta, dict) and delta.keys() == {"content"} and delta["content"] == ""


def _render_message(m: Message) -> dict[str, Any]:
    if not isinstance(m.raw, dict):
        return {"role": m.role, "content": m.text}
    out = dict(m.raw)
    out["role"] = m.role
    content = m.raw.get("content")
    if isinstance(content, str):
        out["content"] = "".join(p.text for p in m.parts)
    elif isinstance(content, list):
        rendered = []
        for p in m.parts:
            if p.raw is None:
                rendered.append({"type": "text", "text": p.text})
            elif p.kind in ("text", "tool_result"):
                rendered.append({**p.raw, "text": p.text})
            else:
                rendered.append(p.raw)
        out["content"] = rendered
    return out


def _delta_chunk(
    doc: dict[str, Any], choice: dict[str, Any], channel: str, text: str, field: str = "content"
) -> dict[str, Any]:
    chunk = {k: v for k, v in doc.items() if k not in ("choices", "usage")}
    chunk["choices"] = [
        {
            "index": choice.get("index", int(channel) if channel.isdigit() else 0),
            "delta": _delta_of(field, text),
            "finish_reason": None,
        }
    ]
    return chunk


def _encode(doc: Any) -> bytes:
    return b"data: " + encode_json(doc).encode("utf-8", "backslashreplace") + b"\n\n"  # a lone surrogate: escaped


def _choices(doc: Any) -> list[dict[str, Any]]:
    if isinstance(doc, dict) and isinstance(doc.get("choices"), list):
        return [c for c in doc["choices"] if isinstance(c, dict)]
    return []


def _usage(u: Any) -> Usage | None:
    if not isinstance(u, dict):
        return None
    pin, pout = u.get("prompt_tokens"), u.get("completion_tokens")
    if not isinstance(pin, int) or not isinstance(pout, int):
        return None
    return Usage(pin, pout)

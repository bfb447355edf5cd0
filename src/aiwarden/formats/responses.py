"""The OpenAI Responses API (``/v1/responses``): requests, JSON answers and typed SSE events.

A request's ``input`` is a string or a list of items; messages become the engine's messages (so
roles, sanitization, spotlighting and injection scanning apply), ``instructions`` is the system
prompt, and every other item (function calls, their outputs, reasoning) is counted and scanned
as a :class:`~aiwarden.context.FieldText`. An answer's ``output`` items are filtered from
:data:`OUTPUT_FIELDS`; a stream's typed events carry deltas of those fields (on one channel per
output item and part) and ``.done`` events that repeat them whole, which are filtered whole, so
what a client assembles from either is the same. Event types not listed are refused.
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any

from ..context import ChatRequest, FieldText, Message, Part, Usage
from ..errors import Refusal
from .base import (
    StreamSink,
    TextMap,
    Unreadable,
    encode_json,
    event_json,
    field_error,
    filter_strings,
    optional_bool,
    optional_int,
    required_model,
)
from .fields import TextField, field_texts, filter_loose, loose_slots, map_slots, slots, unknown_fields
from .openai import image_tokens
from .pattern import EventPattern
from .sse import SSEEvent

__all__ = ["OUTPUT_FIELDS", "OpenAIResponses"]

#: Every text of a Responses answer, relative to the answer (``output[]`` items by type): the one
#: list the output filters walk, whole answers and the items and parts of stream events alike.
OUTPUT_FIELDS = (
    TextField("output[type=message].content[type=output_text].text", "{}.{}", "the answer's text"),
    TextField("output[type=message].content[type=refusal].refusal", "{}.{}", "the model's refusal"),
    TextField("output[type=message].content[].annotations[].url", "{}.{}.a{}.url", "a URL citation's address", "whole"),
    TextField(
        "output[type=message].content[].annotations[].title", "{}.{}.a{}.title", "a URL citation's title", "whole"
    ),
    TextField(
        "output[type=message].content[].annotations[].filename", "{}.{}.a{}.file", "a file citation's name", "whole"
    ),
    TextField("output[type=function_call].arguments", "{}.args", "a function call's JSON arguments"),
    TextField("output[type=function_call].name", "{}.name", "a function call's name", "whole"),
    TextField("output[type=custom_tool_call].input", "{}.args", "a custom tool call's input"),
    TextField("output[type=custom_tool_call].name", "{}.name", "a custom tool call's name", "whole"),
    TextField("output[type=reasoning].summary[].text", "{}.s{}", "the reasoning summary shown to users"),
    TextField("output[type=reasoning].content[].text", "{}.r{}", "reasoning text (open models)"),
    TextField("output[type=web_search_call].action", "{}.action", "a web search's query and pages", "json"),
    TextField("output[type=file_search_call].queries", "{}.queries", "a file search's queries", "json"),
    TextField("output[type=file_search_call].results", "{}.results", "a file search's results", "json"),
    TextField("output[type=mcp_call].arguments", "{}.args", "an MCP call's arguments"),
    TextField("output[type=mcp_call].output", "{}.output", "an MCP call's output", "whole"),
    TextField("output[type=mcp_call].error", "{}.error", "an MCP call's error", "whole"),
)
#: Keys of output items that hold no text (a generated image's base64): passed. Every other string of
#: an item type not named in OUTPUT_FIELDS is filtered whole — a code interpreter's code and logs, a
#: computer call's typed text, an MCP server's tool descriptions, an image's revised prompt.
_OPAQUE_KEYS = {"image_generation_call": frozenset(["type", "id", "status", "result"])}
_ITEM_KEYS = frozenset(["type", "id", "status"])
#: The keys of a request's message item and of its parts (other item and part types are read whole
#: as JSON); a key outside them is an unknown field.
_MESSAGE_ITEM_KEYS = frozenset(["type", "role", "content", "id", "status"])
_TEXT_PART_KEYS = frozenset(["type", "text", "annotations", "logprobs"])
_PART_KEYS = {
    "input_text": _TEXT_PART_KEYS,
    "output_text": _TEXT_PART_KEYS,
    "text": _TEXT_PART_KEYS,
    "input_image": frozenset(["type", "image_url", "detail", "file_id"]),
    "input_file": frozenset(["type", "file_id", "file_data", "filename", "file_url"]),
}
#: Keys of a stream event that carry no text, or whose text the format reads (by event type below);
#: any other string in an event is filtered whole.
_EVENT_KEYS = frozenset(
    [
        "type", "sequence_number", "output_index", "content_index", "summary_index", "item_id", "annotation_index",
        "delta", "text", "refusal", "arguments", "input", "logprobs", "obfuscation", "response", "item", "part",
        "annotation", "code", "message", "param", "name",
    ]
)  # fmt: skip


def _drop_logprobs(obj: Any) -> bool:
    """Empty an output text's token list (``logprobs``: tokens and alternatives that cannot follow a
    rewrite of the text, so raw tokens beside redacted text would leak it); whether it had any."""
    if isinstance(obj, dict) and obj.get("logprobs"):
        obj["logprobs"] = []
        return True
    if isinstance(obj, dict) and isinstance(obj.get("part"), dict):
        return _drop_logprobs(obj["part"])
    return False


#: Stream deltas: event type -> (key of the text, the channel suffix template after the item index).
_DELTAS = {
    "response.output_text.delta": ("delta", "{o}.{c}"),
    "response.refusal.delta": ("delta", "{o}.{c}"),
    "response.function_call_arguments.delta": ("delta", "{o}.args"),
    "response.custom_tool_call_input.delta": ("delta", "{o}.args"),
    "response.mcp_call_arguments.delta": ("delta", "{o}.args"),
    "response.reasoning_summary_text.delta": ("delta", "{o}.s{s}"),
    "response.reasoning_text.delta": ("delta", "{o}.r{c}"),
}
#: ``.done`` events that end a delta channel, and the key of their whole text.
_DONES = {
    "response.output_text.done": ("text", "{o}.{c}", "response.output_text.delta"),
    "response.refusal.done": ("refusal", "{o}.{c}", "response.refusal.delta"),
    "response.function_call_arguments.done": ("arguments", "{o}.args", "response.function_call_arguments.delta"),
    "response.custom_tool_call_input.done": ("input", "{o}.args", "response.custom_tool_call_input.delta"),
    "response.mcp_call_arguments.done": ("arguments", "{o}.args", "response.mcp_call_arguments.delta"),
    "response.reasoning_summary_text.done": ("text", "{o}.s{s}", "response.reasoning_summary_text.delta"),
    "response.reasoning_text.done": ("text", "{o}.r{c}", "response.reasoning_text.delta"),
}
#: Events that carry a whole response, item or part: filtered whole, like a JSON answer.
_WHOLE = {
    "response.created": "response",
    "response.in_progress": "response",
    "response.queued": "response",
    "response.completed": "response",
    "response.failed": "response",
    "response.incomplete": "response",
    "response.output_item.added": "item",
    "response.output_item.done": "item",
    "response.content_part.added": "part",
    "response.content_part.done": "part",
    "response.reasoning_summary_part.added": "part",
    "response.reasoning_summary_part.done": "part",
    "response.output_text.annotation.added": "annotation",
}
#: Events with no text of their own (progress of built-in tools).
_QUIET = (
    "response.web_search_call.",
    "response.file_search_call.",
    "response.image_generation_call.",
    "response.code_interpreter_call.",
    "response.mcp_call.",
    "response.mcp_list_tools.",
)
_ROLES = frozenset(["system", "developer", "user", "assistant"])
_TEXT_PARTS = frozenset(["input_text", "output_text", "text"])
#: Request fields besides ``input`` and ``instructions`` that the provider bills.
REQUEST_FIELDS = (
    TextField("tools", "", "tool definitions the model reads", "json"),
    TextField("tool_choice", "", "the tool the model must call", "json"),
    TextField("text", "", "the output format, with its JSON schema", "json"),
    TextField("prompt", "", "a stored prompt's variables", "json"),
)


#: Request parameters that carry no text the model reads (platform.openai.com/docs/api-reference/responses/create),
#: besides ``input``, ``instructions``, the stored-context pointers and REQUEST_FIELDS. Any other key
#: is an unknown field.
SETTINGS = frozenset(
    [
        "model", "input", "instructions", "previous_response_id", "conversation", "stream", "stream_options",
        "max_output_tokens", "max_tool_calls", "temperature", "top_p", "top_logprobs", "parallel_tool_calls",
        "store", "metadata", "reasoning", "truncation", "user", "service_tier", "include", "background",
        "prompt_cache_key", "safety_identifier",
    ]
)  # fmt: skip
_REQUEST_KNOWN = SETTINGS | {f.path for f in REQUEST_FIELDS}


class OpenAIResponses:
    name = "openai-responses"

    def parse_request(self, doc: dict[str, Any]) -> ChatRequest:
        model = required_model(doc)
        texts = field_texts(doc, REQUEST_FIELDS, "")
        unknown: list[str] = []
        messages: list[Message] = []
        instructions = doc.get("instructions")
        if isinstance(instructions, str):
            messages.append(Message("system", [Part("text", instructions)], {"instructions": instructions}))
        elif instructions is not None:
            raise field_error("instructions", "'instructions' must be a string.")
        raw = doc.get("input")
        if isinstance(raw, str):
            messages.append(Message("user", [Part("text", raw)], {"input": raw}))
        elif isinstance(raw, list):
            for i, item in enumerate(raw):
                messages.append(self._item(item, f"input[{i}]", texts, unknown))
        elif not (raw is None and (doc.get("previous_response_id") or doc.get("prompt"))):
            raise field_error("input", "'input' must be a string or an array of items.")
        images = sum(
            image_tokens(model, (p.raw or {}).get("detail")) for m in messages for p in m.parts if p.kind == "image"
        )
        max_tokens = optional_int(doc, "max_output_tokens")
        chat = ChatRequest(model, messages, optional_bool(doc, "stream"), max_tokens, True, doc, 1, texts, images)
        # turns or a prompt template stored at the provider: billed, never seen by the guard
        chat.unseen = [k for k in ("previous_response_id", "conversation", "prompt") if doc.get(k)]
        tools = doc.get("tools")
        if isinstance(tools, list):
            chat.unseen += [f"tools[{i}]" for i, tool in enumerate(tools) if _brings_unseen(tool)]
        chat.unknown = unknown_fields(doc, _REQUEST_KNOWN, "", texts) + unknown
        return chat

    def _item(self, item: Any, param: str, texts: list[FieldText], unknown: list[str]) -> Message:
        if not isinstance(item, dict):
            raise field_error(param, f"'{param}' must be an object.")
        kind = item.get("type", "message")
        if not isinstance(kind, str):
            raise field_error(f"{param}.type", f"'{param}.type' must be a string.")
        if kind == "message" or ("role" in item and "type" not in item):
            role = item.get("role")
            if not isinstance(role, str) or role.strip().casefold() not in _ROLES:
                raise field_error(f"{param}.role", f"'{param}.role' must be one of {', '.join(sorted(_ROLES))}.")
            content = item.get("content")
            parts: list[Part] = []
            unknown += unknown_fields(item, _MESSAGE_ITEM_KEYS, f"{param}.", texts)
            if isinstance(content, str):
                parts.append(Part("text", content))
            elif isinstance(content, list):
                for j, p in enumerate(content):
                    if not isinstance(p, dict):
                        raise field_error(f"{param}.content[{j}]", "A content part must be an object.")
                    if not isinstance(p.get("type"), str):
                        raise field_error(f"{param}.content[{j}].type", "A content part's type must be a string.")
                    if p.get("type") in _PART_KEYS:
                        unknown += unknown_fields(p, _PART_KEYS[p["type"]], f"{param}.content[{j}].", texts)
                    if p.get("type") in _TEXT_PARTS and isinstance(p.get("text"), str):
                        parts.append(Part("text", p["text"], p))
                    elif p.get("type") == "input_image":
                        parts.append(Part("image", "", p))
                    elif p.get("type") == "input_file":
                        parts.append(Part("file", "", p))
                    else:  # a part the list does not name: all of its text, as a document
                        parts.append(Part("other", "", p))
                        texts.append(FieldText(f"{param}.content[{j}]", encode_json(p), "document"))
            else:
                raise field_error(f"{param}.content", f"'{param}.content' must be a string or an array of parts.")
            return Message(role.strip().casefold(), parts, item)
        if kind == "function_call_output" and isinstance(item.get("output"), str):
            return Message("tool", [Part("tool_result", item["output"])], item)
        # a function call, reasoning, a reference...: counted and read, forwarded as sent
        subject = "document" if kind.endswith("_output") or kind.endswith("_result") else "user"
        texts.append(FieldText(param, encode_json(item), subject))  # type: ignore[arg-type]
        return Message("assistant" if kind != "item_reference" else "user", [], item)

    def render_request(self, chat: ChatRequest) -> dict[str, Any]:
        doc = dict(chat.document)
        doc["model"] = chat.model
        doc.pop("instructions", None)  # written back below from the system messages (a demoted one is not)
        systems = [
            m for m in chat.messages if m.role == "system" and (m.from_server or "instructions" in (m.raw or {}))
        ]
        if systems:
            doc["instructions"] = "\n\n".join(m.text for m in systems)
        rest = [m for m in chat.messages if m not in systems]
        if isinstance(chat.document.get("input"), str) and len(rest) == 1 and rest[0].raw == {"input": doc["input"]}:
            doc["input"] = rest[0].text
        elif "input" in chat.document or rest:
            doc["input"] = [_render_item(m) for m in rest]
        if chat.max_tokens is not None:
            doc["max_output_tokens"] = chat.max_tokens
        return doc

    # -- answers ----------------------------------------------------------------------------

    def recognises(self, doc: dict[str, Any]) -> bool:
        return doc.get("object") == "response" or isinstance(doc.get("output"), list)

    def map_response(self, doc: Any, fn: TextMap) -> None:
        if not isinstance(doc, dict):
            return
        map_slots(slots(doc, OUTPUT_FIELDS), "", fn)
        map_slots(loose_slots(doc, _ANSWER_KEYS), "answer", fn)
        output = doc.get("output")
        for i, item in enumerate(output if isinstance(output, list) else []):
            kind = item.get("type") if isinstance(item, dict) else None
            if kind == "message" and isinstance(item.get("content"), list):
                for part in item["content"]:
                    _drop_logprobs(part)
            if isinstance(item, dict) and not (isinstance(kind, str) and kind in _KNOWN_ITEMS):
                # an item the list does not name (or whose type is no string): all of its text
                known = _OPAQUE_KEYS.get(kind, _ITEM_KEYS) if isinstance(kind, str) else _ITEM_KEYS
                map_slots(loose_slots(item, known), f"{i}", fn)
        # the API echoes the request's instructions, which now hold the server's system prompt
        if "instructions" in doc:
            doc["instructions"] = None

    def response_usage(self, doc: Any) -> Usage | None:
        u = doc.get("usage") if isinstance(doc, dict) else None
        if isinstance(u, dict) and isinstance(u.get("input_tokens"), int) and isinstance(u.get("output_tokens"), int):
            return Usage(u["input_tokens"], u["output_tokens"])
        return None

    def rewrite_event(self, ev: SSEEvent, sink: StreamSink) -> bytes:
        like = sink.meta.get("responses_delta")
        if like is not None:
            plain = _like_delta(like, ev, sink)
            if plain is not None:
                return plain
        doc = event_json(ev)
        if doc is None:
            return ev.raw
        kind = doc.get("type")
        if not isinstance(kind, str):
            raise Unreadable("an event without a type")
        # token lists beside filtered text would spell what the filters took out: dropped; a field
        # the format does not know: read whole
        if _drop_logprobs(doc) | filter_loose(doc, _EVENT_KEYS, sink.whole):
            ev = SSEEvent(ev.data, ev.event, ev.id, ev.retry, ev.comments, _encode(doc))
        ids = {"o": doc.get("output_index", 0), "c": doc.get("content_index", 0), "s": doc.get("summary_index", 0)}
        if kind in _DELTAS:
            key, template = _DELTAS[kind]
            channel = template.format(**ids)
            sink.meta.setdefault("responses", {})[channel] = (
                kind,
                {k: doc[k] for k in doc if k.endswith("_index") or k == "item_id"},
            )
            value = doc.get(key)
            if not isinstance(value, str):
                raise Unreadable(f"a {kind} without its text")
            if doc.keys() <= _EVENT_KEYS and not doc.get("logprobs") and "part" not in doc:
                like = sink.meta.get("responses_delta")
                if like is None or like[1] != channel:
                    # the usual event: later ones like it are read without parsing them (_like_delta)
                    _delta_pattern(ev.data, kind, key, value, channel, sink.meta)
            new = sink.feed(channel, value)
            if new == value:
                return ev.raw
            if not new:
                return b""
            doc[key] = new
            return _encode(doc)
        if kind in _DONES:
            key, template, delta_kind = _DONES[kind]
            channel = template.format(**ids)
            rest = sink.flush(channel)
            out = (
                _encode(
                    {
                        **{k: doc[k] for k in doc if k.endswith("_index") or k in ("item_id", "sequence_number")},
                        "type": delta_kind,
                        "delta": rest,
                    }
                )
                if rest
                else b""
            )
            if isinstance(doc.get(key), str):
                new = sink.whole(doc[key])
                if new != doc[key]:
                    doc[key] = new
                    return out + _encode(doc)
            return out + ev.raw
        if kind in _WHOLE:
            where = _WHOLE[kind]
            value = doc.get(where)
            before = encode_json(value)
            if where == "response":
                if isinstance(value, dict):
                    u = self.response_usage(value)
                    if u is not None:
                        sink.usage(u.input_tokens, u.output_tokens)
                    self.map_response(value, lambda _c, text, more=False: sink.whole(text))
                    if kind in ("response.completed", "response.failed", "response.incomplete"):
                        out = self.flush_stream(sink)
                        sink.done()
                        return out + (ev.raw if encode_json(value) == before else _encode(doc))
            elif where == "item":
                holder = {"output": [value]}
                self.map_response(holder, lambda _c, text, more=False: sink.whole(text))
            else:
                doc[where] = filter_strings(value, sink.whole)
            return ev.raw if encode_json(doc.get(where)) == before else _encode(doc)
        if kind == "error":
            filtered = filter_strings(doc, sink.whole)
            return self.flush_stream(sink) + (ev.raw if filtered == doc else _encode(filtered))
        if kind.startswith(_QUIET) and not kind.endswith("_arguments.delta"):
            filtered = filter_strings(doc, sink.whole)
            return ev.raw if filtered == doc else _encode(filtered)
        raise Unreadable(f"an event of type {kind[:40]!r}")

    def flush_stream(self, sink: StreamSink, keep_open: bool = False) -> bytes:
        out = b""
        known = sink.meta.get("responses", {})
        for channel in sink.open_channels():
            rest = sink.release(channel) if keep_open else sink.flush(channel)
            if rest and channel in known:
                kind, where = known[channel]
                out += _encode({**where, "type": kind, "delta": rest})
        return out

    def stream_error(self, refusal: Refusal) -> bytes:
        body = {"type": "error", "code": refusal.code, "message": refusal.message, "param": None}
        return _encode(body)


_KNOWN_ITEMS = frozenset(f.path.split("[type=")[1].split("]")[0] for f in OUTPUT_FIELDS)
#: Keys of a response that carry no text the model wrote: its settings, echoed from the request
#: (``instructions`` is emptied), ``output`` (read above) and usage. Any other — ``error``, a field
#: newer than the guard — has every string filtered whole.
_ANSWER_KEYS = frozenset(
    [
        "id", "object", "created_at", "status", "incomplete_details", "instructions", "max_output_tokens",
        "max_tool_calls", "model", "output", "parallel_tool_calls", "previous_response_id", "prompt",
        "prompt_cache_key", "reasoning", "safety_identifier", "service_tier", "store", "temperature", "text",
        "tool_choice", "tools", "top_logprobs", "top_p", "truncation", "usage", "user", "metadata", "background",
        "conversation",
    ]
)  # fmt: skip


def _render_item(m: Message) -> dict[str, Any]:
    raw = m.raw if isinstance(m.raw, dict) else {}
    if raw.get("type") == "function_call_output":
        return {**raw, "output": m.text}
    if "input" in raw and "role" not in raw:  # the string input, now one of several messages
        return {"role": m.role, "content": m.text}
    if raw and "role" not in raw:  # another item: as sent
        return raw
    out = {**raw, "role": m.role}
    content = raw.get("content")
    if isinstance(content, list):
        out["content"] = [{**p.raw, "text": p.text} if p.kind == "text" and p.raw else p.raw for p in m.parts]
    else:
        out["content"] = m.text
    return out


#: How many times a stream's delta pattern is made again for another channel (another item, part,
#: or kind of delta) before the stream is left to the general path.
_PATTERNS = 8


def _delta_pattern(data: str, kind: str, key: str, text: str, channel: str, meta: dict[str, Any]) -> None:
    """Keep the data of a delta the general path read (only known keys, no token list) as the
    stream's pattern (:class:`~.pattern.EventPattern`): its ``sequence_number`` and ``obfuscation``
    vary from event to event, the rest is the channel's."""
    made = meta.get("responses_patterns", 0)
    if made >= _PATTERNS:
        return
    meta["responses_patterns"] = made + 1
    prefix = f"event: {kind}\ndata: ".encode("utf-8", "backslashreplace")
    pattern = EventPattern.of(
        data, key, text, itemgetter(key), prefix, strings=("obfuscation",), ints=("sequence_number",)
    )
    if pattern is not None:
        meta["responses_delta"] = (pattern, channel, meta["responses"][channel])


def _like_delta(like: tuple[EventPattern, str, Any], ev: SSEEvent, sink: StreamSink) -> bytes | None:
    """A delta that is the stream's pattern with other values, rewritten as the general path of
    :meth:`OpenAIResponses.rewrite_event` rewrites it, without parsing it again; None for any
    other event."""
    pattern, channel, known = like
    values = pattern.read(ev.data)
    if values is None:
        return None
    sink.meta["responses"][channel] = known  # (the general path sets it at every delta)
    text = values[0]
    new = sink.feed(channel, text)
    if new == text:
        return ev.raw
    if not new:
        return b""
    return pattern.render(values, new)


def _encode(doc: dict[str, Any]) -> bytes:
    return f"event: {doc.get('type', 'message')}\ndata: {encode_json(doc)}\n\n".encode("utf-8", "backslashreplace")


def _brings_unseen(tool: Any) -> bool:
    """Does a built-in tool put content the guard never sees before the model: a remote MCP server's
    tool list and answers, a vector store's files, a code container's files (as Anthropic's
    ``mcp_servers`` and ``container``)?"""
    if not isinstance(tool, dict):
        return False
    kind = tool.get("type")
    if kind in ("mcp", "file_search"):
        return True
    if kind == "code_interpreter":
        container = tool.get("container")
        return isinstance(container, str) or (isinstance(container, dict) and bool(container.get("file_ids")))
    return False

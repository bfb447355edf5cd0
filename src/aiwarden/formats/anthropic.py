"""Anthropic Messages: requests, JSON answers and SSE events."""

from __future__ import annotations

from typing import Any, Literal

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
from .fields import TextField, field_texts, filter_loose, loose_slots, map_json, map_slots, slots, unknown_fields
from .pattern import EventPattern
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
#: Request parameters that carry no text the model reads (docs.anthropic.com, Messages API), besides
#: ``system``, ``messages`` and REQUEST_FIELDS. Any other key is an unknown field.
SETTINGS = frozenset(
    [
        "model", "messages", "system", "max_tokens", "stream", "temperature", "top_k", "top_p", "stop_sequences",
        "metadata", "thinking", "service_tier",
    ]
)  # fmt: skip
#: Parameters that bring content the guard never sees: a code-execution container's files and state,
#: remote MCP servers' tool definitions.
_UNSEEN = ("container", "mcp_servers")
_REQUEST_KNOWN = SETTINGS | {f.path for f in REQUEST_FIELDS} | set(_UNSEEN)
_MESSAGE_KNOWN = frozenset(["role", "content"])
#: Keys of an answer that carry no text, or whose text ``content`` holds; any other (a field newer
#: than the guard, a compatible server's own) has every string filtered whole.
_ANSWER_KEYS = frozenset(
    ["id", "type", "role", "model", "content", "stop_reason", "stop_sequence", "usage", "container"]
)

#: Every text of an Anthropic answer, by content block type (relative to the block), for the
#: blocks other than ``text`` and ``thinking`` (a text block's ``text`` is one channel with the
#: text blocks next to it, which the reader sees as one text; ``thinking`` is signed, see
#: docs/output.md). A block type not listed has every string filtered whole.
_CITATION_FIELDS = (
    TextField("citations[].cited_text", ".cite{}", "the passage a citation quotes from a document", "whole"),
    TextField("citations[].document_title", ".cite{}.title", "a cited document's title", "whole"),
    TextField("citations[].title", ".cite{}.title", "a cited search result's or page's title", "whole"),
    TextField("citations[].url", ".cite{}.url", "a cited web page's address", "whole"),
    TextField("citations[].source", ".cite{}.source", "a cited search result's source", "whole"),
)
_CITATION_KEYS = frozenset(["type", *(f.path.split(".")[1] for f in _CITATION_FIELDS)])
BLOCK_ANSWER_FIELDS: dict[str, tuple[TextField, ...]] = {
    "text": _CITATION_FIELDS,
    "tool_use": (
        TextField("input", ".input", "a tool call's input (streamed as input_json_delta)", "json"),
        TextField("name", ".name", "a tool call's name", "whole"),
    ),
    "server_tool_use": (
        TextField("input", ".input", "a server tool call's input (a web search's query)", "json"),
        TextField("name", ".name", "a server tool call's name", "whole"),
    ),
    "web_search_tool_result": (
        TextField("content[].title", ".result{}.title", "a web search result's title", "whole"),
        TextField("content[].url", ".result{}.url", "a web search result's address", "whole"),
    ),
    "redacted_thinking": (),  # encrypted by Anthropic: nothing the user can read
}
#: The stream deltas and the key of their text.
_DELTA_KEYS = {
    "text_delta": "text",
    "input_json_delta": "partial_json",
    "thinking_delta": "thinking",
    "signature_delta": "signature",
    "citations_delta": "citation",
}

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
        model = required_model(doc)
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
        chat.unseen = [k for k in _UNSEEN if doc.get(k)]
        chat.unknown = unknown_fields(doc, _REQUEST_KNOWN, "", chat.texts) + read.unknown
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
        read.unknown += unknown_fields(m, _MESSAGE_KNOWN, f"{param}.", read.texts)
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
                if kind == "file" and _readable_document(block):
                    kind = "other"  # its text is read whole (a document) like any other block's
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

    def map_response(self, doc: Any, fn: TextMap) -> None:
        map_slots(loose_slots(doc, _ANSWER_KEYS), "answer", fn)
        content = doc.get("content") if isinstance(doc, dict) else None
        if not isinstance(content, list):
            return
        texts = [(b, _text_run(content, k)) for k, b in enumerate(content) if _is_text(b)]
        last = {run: b for b, run in texts}
        for k, block in enumerate(content):
            if not isinstance(block, dict):
                continue
            kind = _type_of(block)
            if _is_text(block):  # adjacent text blocks are one text to the reader: one channel
                run = _text_run(content, k)
                block["text"] = fn(run, block["text"], more=last[run] is not block)
            elif kind == "thinking" and isinstance(block.get("thinking"), str):
                new = fn(f"{k}.thinking", block["thinking"])
                if new != block["thinking"]:
                    block["thinking"] = new
                    block["signature"] = ""  # signed over what the model wrote: not to be sent back
                continue
            found = slots(block, BLOCK_ANSWER_FIELDS.get(kind, ())) if kind in BLOCK_ANSWER_FIELDS else []
            if kind not in BLOCK_ANSWER_FIELDS:
                found = loose_slots(block, frozenset(["type"]))
            for citation in block.get("citations") or () if kind == "text" else ():
                found += loose_slots(citation, _CITATION_KEYS)  # fields the list does not name: whole
            map_slots(found, f"{k}", fn)

    def response_usage(self, doc: Any) -> Usage | None:
        u = doc.get("usage") if isinstance(doc, dict) else None
        if isinstance(u, dict) and isinstance(u.get("input_tokens"), int) and isinstance(u.get("output_tokens"), int):
            return Usage(_input_tokens(u), u["output_tokens"])
        return None

    def rewrite_event(self, ev: SSEEvent, sink: StreamSink) -> bytes:
        like = sink.meta.get("anthropic_text")
        if like is not None:
            plain = _like_text(like, ev, sink)
            if plain is not None:
                return plain
        doc = event_json(ev)
        if doc is None:
            return ev.raw
        kind = doc.get("type", ev.event)
        if kind is not None and not isinstance(kind, str):
            raise Unreadable("an event whose type is not a string")
        state: dict[str, Any] = sink.meta.setdefault("anthropic", {"run": None, "stop": None, "blocks": {}})
        if kind == "ping":
            return ev.raw
        if kind is None:  # no type (a compatible server's note): nothing to walk, every string read whole
            filtered = filter_strings(doc, sink.whole)
            return ev.raw if filtered == doc else _encode(ev.event or "message", filtered)
        if _loose_in_event(kind, doc, sink.whole):  # fields the format does not know, read whole
            ev = SSEEvent(ev.data, ev.event, ev.id, ev.retry, ev.comments, _encode(ev.event or kind, doc))
        out = b""
        if state["stop"] is not None and not (kind == "content_block_start" and _is_text(doc.get("content_block"))):
            out += self._end_text(sink, state)  # the text run ends here: what its chain holds, then its stop
        elif state["stop"] is not None:
            out += state["stop"]  # the next block is text too: the run goes on, its chain keeps its text
            state["stop"] = None
        if kind == "message_start":
            message = _object(doc.get("message"))
            usage = _object(message.get("usage"))
            if isinstance(usage.get("input_tokens"), int):
                used = usage.get("output_tokens")
                sink.usage(input_tokens=_input_tokens(usage), output_tokens=used if isinstance(used, int) else 0)
            if message.get("content"):  # usually empty; text here reaches the user all the same
                before = encode_json(message)
                self.map_response(message, lambda _c, text, more=False: sink.whole(text))
                return out + (ev.raw if encode_json(message) == before else _encode("message_start", doc))
            return out + ev.raw
        if kind == "message_delta":
            usage = _object(doc.get("usage"))
            if isinstance(usage.get("output_tokens"), int):
                sink.usage(output_tokens=usage["output_tokens"])
            return out + ev.raw
        if kind == "content_block_start":
            return out + self._start(doc, sink, state, ev)
        if kind == "content_block_delta":
            return out + self._delta(doc, sink, state, ev)
        if kind == "content_block_stop":
            index = doc.get("index", 0)
            block = state["blocks"].get(index)
            if block == "text":
                state["stop"] = ev.raw  # held: a text block right after continues this text
                return out
            rest = sink.flush(f"{index}.input") + "" if block == "input" else ""
            if rest:
                out += _encode("content_block_delta", _delta_event(index, "input_json_delta", "partial_json", rest))
            return out + ev.raw
        if kind == "message_stop":
            out += self.flush_stream(sink)
            sink.done()
            return out + ev.raw
        if kind == "error":  # the provider failed mid-stream: what the filters hold came before the error
            filtered = filter_strings(doc, sink.whole)
            return out + self.flush_stream(sink) + (ev.raw if filtered == doc else _encode("error", filtered))
        raise Unreadable(f"an event of type {str(kind)[:24]!r}")

    def _start(self, doc: dict[str, Any], sink: StreamSink, state: dict[str, Any], ev: SSEEvent) -> bytes:
        index = doc.get("index", 0)
        block = doc.get("content_block")
        if not isinstance(block, dict):
            raise Unreadable("a content block that is not an object")
        kind = _type_of(block)
        if _is_text(block):
            if state["run"] is None:
                state["run"] = f"text{index}"
            state["blocks"][index] = "text"
            state["text_index"] = index
            new = sink.feed(state["run"], block["text"]) if block["text"] else ""
            found = slots(block, _CITATION_FIELDS)
        else:
            state["run"] = None
            state["blocks"][index] = {"thinking": "thinking", "tool_use": "input", "server_tool_use": "input"}.get(
                kind, "whole"
            )
            if kind == "thinking":
                state["thinking"] = _Unchanged()
            new = None
            fields = BLOCK_ANSWER_FIELDS.get(kind)
            found = slots(block, fields) if fields is not None else loose_slots(block, frozenset(["type"]))
            found = [f for f in found if f.key not in ("input", "thinking") or f.text]
        changed = new is not None and new != block["text"]
        if changed:
            block["text"] = new
        for f in found:
            filtered = sink.whole(f.text) if isinstance(f.text, str) else map_json(f.text, sink.whole)
            if filtered != f.text:
                f.holder[f.key] = filtered
                changed = True
        return _encode("content_block_start", doc) if changed else ev.raw

    def _delta(self, doc: dict[str, Any], sink: StreamSink, state: dict[str, Any], ev: SSEEvent) -> bytes:
        index = doc.get("index", 0)
        delta = doc.get("delta")
        kind = _type_of(delta) if isinstance(delta, dict) else None
        key = _DELTA_KEYS.get(kind) if kind is not None else None
        if key is None or not isinstance(delta, dict):
            raise Unreadable(f"a delta of type {str(kind)[:24]!r}")
        value = delta.get(key)
        if kind == "citations_delta":  # the citation's fields, as a JSON answer's citations are read
            holder = {"citations": [value]}
            found = slots(holder, _CITATION_FIELDS) + (
                loose_slots(value, _CITATION_KEYS) if isinstance(value, dict) else []
            )
            changed = False
            for f in found:
                new = sink.whole(f.text)
                if new != f.text:
                    f.holder[f.key] = new
                    changed = True
            return _encode("content_block_delta", doc) if changed else ev.raw
        if kind == "signature_delta":
            rest = sink.flush(f"{index}.thinking")
            out = (
                _encode("content_block_delta", _delta_event(index, "thinking_delta", "thinking", rest)) if rest else b""
            )
            same = state.get("thinking")
            if same is not None and same.step("", rest):
                return out + ev.raw
            return out  # the filters changed the thinking: its signature would vouch for other text
        if not isinstance(value, str):
            raise Unreadable(f"a {kind} without its text")
        if kind == "text_delta":
            if state["run"] is None:  # a delta of a block that never started: its own text
                state["run"] = f"text{index}"
                state["blocks"][index] = "text"
            state["text_index"] = index
            channel = state["run"]
        else:
            channel = f"{index}.{'thinking' if kind == 'thinking_delta' else 'input'}"
        new = sink.feed(channel, value)
        if kind == "thinking_delta":
            same = state.setdefault("thinking", _Unchanged())
            same.step(value, new)
        elif kind == "text_delta" and doc.keys() <= _EVENT_KEYS and len(delta) == 2:
            like = sink.meta.get("anthropic_text")
            if like is None or like[1] != index:
                # the usual event: later ones like it are read without parsing them (_like_text)
                _text_pattern(ev.data, value, index, sink.meta)
        if new == value:
            return ev.raw
        if not new:
            return b""  # all of it held back (or coalesced): the event would carry nothing
        delta[key] = new
        return _encode("content_block_delta", doc)

    def _end_text(self, sink: StreamSink, state: dict[str, Any]) -> bytes:
        """A text run ended (a block of another kind, the message's end): the flushed text into
        its last block, then that block's stop."""
        out = b""
        if state["run"] is not None:
            rest = sink.flush(state["run"])
            if rest:
                out += _encode(
                    "content_block_delta", _delta_event(state.get("text_index", 0), "text_delta", "text", rest)
                )
        out += state["stop"] or b""
        state["stop"] = None
        state["run"] = None
        return out

    def flush_stream(self, sink: StreamSink, keep_open: bool = False) -> bytes:
        state: dict[str, Any] = sink.meta.setdefault("anthropic", {"run": None, "stop": None, "blocks": {}})
        out = b""
        for channel in sink.open_channels():
            rest = sink.release(channel) if keep_open else sink.flush(channel)
            if not rest:
                continue
            if channel.startswith("text"):
                event = _delta_event(state.get("text_index", 0), "text_delta", "text", rest)
            else:
                number, _, what = channel.partition(".")
                index = int(number) if number.isdigit() else 0
                if what == "thinking":
                    same = state.get("thinking")
                    if same is not None:
                        same.step("", rest)
                    event = _delta_event(index, "thinking_delta", "thinking", rest)
                else:
                    event = _delta_event(index, "input_json_delta", "partial_json", rest)
            out += _encode("content_block_delta", event)
        if not keep_open and state["stop"] is not None:
            out += state["stop"]
            state["stop"] = None
        return out

    def stream_error(self, refusal: Refusal) -> bytes:
        body = {"type": "error", "error": {"type": refusal.type, "message": refusal.message, "code": refusal.code}}
        return _encode("error", body)


class _Read:
    """What a request's blocks carry besides text blocks: their texts and how many images."""

    __slots__ = ("images", "pdf_bytes", "texts", "unknown")

    def __init__(self, texts: list[FieldText]) -> None:
        self.texts = texts
        self.images = 0
        self.pdf_bytes = 0
        self.unknown: list[str] = []

    def block(self, block: dict[str, Any], where: str) -> None:
        kind = block.get("type")
        if kind == "image":
            self.images += 1
            self.unknown += unknown_fields(block, _IMAGE_KEYS, f"{where}.", self.texts)
            return
        if kind == "text" and not block.get("citations"):
            self.unknown += unknown_fields(block, _TEXT_KEYS, f"{where}.", self.texts)
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


#: The keys of an image block and of a text block without citations (every other block is read
#: whole as JSON); a key outside them is an unknown field.
_IMAGE_KEYS = frozenset(["type", "source", "cache_control"])
_TEXT_KEYS = frozenset(["type", "text", "cache_control", "citations"])


def _type_of(block: dict[str, Any]) -> str:
    """A block's (or delta's) type; "" when it has none or it is not a string: any other JSON value
    is no type we know (a block filtered whole, a delta refused), never a key to look up."""
    kind = block.get("type")
    return kind if isinstance(kind, str) else ""


def _is_text(block: Any) -> bool:
    return isinstance(block, dict) and block.get("type") == "text" and isinstance(block.get("text"), str)


def _text_run(content: list[Any], k: int) -> str:
    """The channel of text block ``k``: named after the first text block of its run of adjacent ones."""
    while k > 0 and _is_text(content[k - 1]):
        k -= 1
    return f"text{k}"


#: How many times a stream's text pattern is made again for another text block (a later block's
#: events differ from the first's in their index) before the stream is left to the general path.
_PATTERNS = 4


def _text(doc: Any) -> Any:
    return doc["delta"]["text"]


def _text_pattern(data: str, text: str, index: Any, meta: dict[str, Any]) -> None:
    """Keep the data of a text delta the general path read (an event of only the known keys, a delta
    of only its type and text) as the stream's pattern (:class:`~.pattern.EventPattern`)."""
    made = meta.get("anthropic_patterns", 0)
    if made >= _PATTERNS:
        return
    meta["anthropic_patterns"] = made + 1
    pattern = EventPattern.of(data, "text", text, _text, b"event: content_block_delta\ndata: ")
    if pattern is not None:
        meta["anthropic_text"] = (pattern, index)


def _like_text(like: tuple[EventPattern, Any], ev: SSEEvent, sink: StreamSink) -> bytes | None:
    """A text delta that is the stream's pattern with another text, rewritten as
    :meth:`AnthropicMessages._delta` rewrites it — while its text run is open on the pattern's
    block (no block stop held, the run's last block the pattern's) — without parsing it again;
    None for any other event (the general path reads it, and may make a new pattern)."""
    pattern, index = like
    state = sink.meta.get("anthropic")
    if state is None or state["stop"] is not None or state["run"] is None or state.get("text_index") != index:
        return None
    values = pattern.read(ev.data)
    if values is None:
        return None
    text = values[0]
    new = sink.feed(state["run"], text)
    if new == text:
        return ev.raw
    if not new:
        return b""  # all of it held back (or coalesced): the event would carry nothing
    return pattern.render(values, new)


def _delta_event(index: Any, kind: str, key: str, text: str) -> dict[str, Any]:
    return {"type": "content_block_delta", "index": index, "delta": {"type": kind, key: text}}


class _Unchanged:
    """Whether a channel's filters released its text exactly as it came (checked piece by piece;
    holds only what the filters hold back)."""

    __slots__ = ("pending", "same")

    def __init__(self) -> None:
        self.pending = ""
        self.same = True

    def step(self, raw: str, released: str) -> bool:
        if self.same:
            self.pending += raw
            if self.pending.startswith(released):
                self.pending = self.pending[len(released) :]
            else:
                self.same = False
                self.pending = ""
        return self.same


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
        blocks: list[dict[str, Any]] = []
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


#: Per stream event type, the keys that carry no text or whose text the format reads; any other
#: string in the event, its ``message``, ``delta`` or text ``content_block`` is filtered whole.
_EVENT_KEYS = frozenset(["type", "index", "message", "content_block", "delta", "usage"])
_STOP_KEYS = frozenset(["stop_reason", "stop_sequence", "container"])
_TEXT_BLOCK_KEYS = frozenset(["type", "text", "citations"])


def _loose_in_event(kind: str, doc: dict[str, Any], whole: Any) -> bool:
    changed = filter_loose(doc, _EVENT_KEYS, whole)
    if kind == "message_start" and isinstance(doc.get("message"), dict):
        changed |= filter_loose(doc["message"], _ANSWER_KEYS, whole)
    elif kind == "message_delta" and isinstance(doc.get("delta"), dict):
        changed |= filter_loose(doc["delta"], _STOP_KEYS, whole)
    elif kind == "content_block_start" and _is_text(doc.get("content_block")):
        changed |= filter_loose(doc["content_block"], _TEXT_BLOCK_KEYS, whole)
    return changed


def _encode(event: str, doc: Any) -> bytes:
    return f"event: {event}\ndata: {encode_json(doc)}\n\n".encode("utf-8", "backslashreplace")  # lone surrogates


def _readable_document(block: dict[str, Any]) -> bool:
    """Is a ``document`` block plain text the request carries (``source.type`` ``text``, or
    ``content`` made of text blocks), rather than a PDF, a URL or an uploaded file?"""
    source = block.get("source")
    if not isinstance(source, dict):
        return False
    if source.get("type") == "text":
        return isinstance(source.get("data"), str)
    content = source.get("content")
    if source.get("type") == "content":
        if isinstance(content, str):
            return True
        return isinstance(content, list) and all(isinstance(b, dict) and b.get("type") == "text" for b in content)
    return False

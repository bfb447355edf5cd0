"""OpenAI Chat Completions: requests, JSON answers and SSE chunks."""

from __future__ import annotations

import math
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
from .fields import Slot, TextField, field_texts, filter_loose, loose_slots, map_slots, slots, unknown_fields
from .pattern import EventPattern
from .sse import SSEEvent

_PART_KINDS = {
    "text": "text",
    "input_text": "text",
    "image_url": "image",
    "input_image": "image",
    "input_audio": "audio",
    "file": "file",
    "input_file": "file",
}
#: Per part type, its keys (a key outside them is an unknown field, ``ChatRequest.unknown``).
_IMAGE_URL_KEYS = frozenset(["url", "detail"])
_PART_KEYS = {
    "text": frozenset(["type", "text", "cache_control"]),
    "input_text": frozenset(["type", "text", "cache_control"]),
    "image_url": frozenset(["type", "image_url"]),
    "input_image": frozenset(["type", "image_url", "detail", "file_id"]),
    "input_audio": frozenset(["type", "input_audio"]),
    "file": frozenset(["type", "file"]),
    "input_file": frozenset(["type", "file_id", "file_data", "filename", "file_url"]),
}
#: Every text an OpenAI chat answer carries to the client, relative to a choice's ``message`` (JSON)
#: or ``delta`` (stream): the one list the output filters walk (see formats/fields.py).
ANSWER_FIELDS = (
    TextField("content", "", "the answer"),
    TextField(
        "content[type=text].text",
        "",
        "content as a list of parts (Mistral, some compatible servers): one text, in order, so a value "
        "split across parts is caught",
    ),
    TextField("content[type=refusal].refusal", ".refusal", "a refusal given as a content part"),
    TextField("refusal", ".refusal", "the model's refusal, shown to the user"),
    TextField(
        "reasoning_content", ".reasoning_content", "reasoning shown by DeepSeek and vLLM, which restates prompts"
    ),
    TextField("reasoning", ".reasoning", "reasoning shown by OpenRouter and newer vLLM"),
    TextField("audio.transcript", ".audio", "the transcript of an audio answer"),
    TextField(
        "tool_calls[].function.arguments",
        ".tool{}.arguments",
        "the JSON arguments of a tool call: the app acts on them and often shows them",
    ),
    TextField("tool_calls[].function.name", ".tool{}.name", "a tool call's function name", "whole"),
    TextField("tool_calls[].custom.input", ".tool{}.input", "the free-text input of a custom tool call"),
    TextField("tool_calls[].custom.name", ".tool{}.cname", "a custom tool call's name", "whole"),
    TextField("function_call.arguments", ".function.arguments", "the legacy function call's JSON arguments"),
    TextField("function_call.name", ".function.name", "the legacy function call's name", "whole"),
    TextField("annotations[].url_citation.url", ".annotation{}.url", "a URL citation's address", "whole"),
    TextField("annotations[].url_citation.title", ".annotation{}.title", "a URL citation's title", "whole"),
)
#: A legacy completion's choice (``/v1/completions``, relative to the choice, JSON and streamed).
#: Its logprobs (token lists) are dropped.
COMPLETION_FIELDS = (TextField("text", "", "a legacy completion's text"),)
#: Where the text the ``logprobs`` of a choice spell out goes (``logprobs.content`` tokens spell
#: the content, ``logprobs.refusal`` the refusal). Token lists cannot be rewritten: they are
#: passed only while the filters leave their text as it is, and dropped (``null``) once they change it.
_LOGPROB_CHANNELS = {"content": "", "refusal": ".refusal"}
#: Keys of a message or delta that carry no text, or whose text the list above names.
_KNOWN_KEYS = frozenset(["role", *(f.path.split(".")[0].split("[")[0] for f in ANSWER_FIELDS)])
#: Keys of an answer (or chunk) and of its choices that carry no text, or text read above; a
#: compatible server's own (Perplexity's ``citations`` and ``search_results``, a ``provider_note``)
#: has every string filtered whole. ``obfuscation`` is OpenAI's random padding of stream chunks.
_ANSWER_KEYS = frozenset(
    ["id", "object", "created", "model", "choices", "usage", "system_fingerprint", "service_tier", "obfuscation"]
)
_CHOICE_KEYS = frozenset(["index", "message", "delta", "text", "logprobs", "finish_reason"])


def _answer_slots(obj: Any) -> list[Slot]:
    """The text of a message or delta: the fields of ANSWER_FIELDS, then any other string."""
    if isinstance(obj, dict) and obj.keys() <= _PLAIN_KEYS and not isinstance(obj.get("content"), list):
        # the usual stream delta ({"content": "..."}): the same slots, found without the walk
        return [Slot(obj, "content", "", ANSWER_FIELDS[0])] if isinstance(obj.get("content"), str) else []
    return slots(obj, ANSWER_FIELDS) + loose_slots(obj, _KNOWN_KEYS)


_PLAIN_KEYS = frozenset(["role", "content"])


#: Every text of a request the provider bills besides the messages' content text (which the
#: messages carry, rewritable): counted by the token caps and budgets, scanned for injection.
REQUEST_FIELDS = (
    TextField("tools", "", "tool definitions: names, descriptions and JSON schemas the model reads", "json"),
    TextField("functions", "", "legacy function definitions", "json"),
    TextField("response_format", "", "a structured-output JSON schema, with its descriptions", "json"),
    TextField("tool_choice", "", "the tool the model must call", "json"),
    TextField("function_call", "", "the legacy function the model must call", "json"),
    TextField("prediction", "", "predicted output (billed)", "json"),
    TextField("web_search_options", "", "the user location the search tool reads", "json"),
)
#: The same, relative to each message.
MESSAGE_FIELDS = (
    TextField("name", "", "the participant's name, which the model reads"),
    TextField("tool_calls", "", "an earlier turn's tool calls, names and arguments (the client can write any)", "json"),
    TextField("function_call", "", "an earlier turn's legacy function call", "json"),
    TextField("refusal", "", "an earlier turn's refusal"),
    TextField("content[type=refusal].refusal", "", "an earlier turn's refusal part"),
    TextField("tool_call_id", "", "the id a tool result answers"),
)
_ROLES = frozenset(["system", "developer", "user", "assistant", "tool", "function"])
#: Request parameters that carry no text the model reads (platform.openai.com/docs/api-reference/chat/create),
#: besides the messages and REQUEST_FIELDS. Any other key is an unknown field (``ChatRequest.unknown``).
SETTINGS = frozenset(
    [
        "model", "messages", "stream", "stream_options", "max_tokens", "max_completion_tokens", "temperature",
        "top_p", "n", "stop", "presence_penalty", "frequency_penalty", "logit_bias", "logprobs", "top_logprobs",
        "user", "seed", "service_tier", "store", "metadata", "parallel_tool_calls", "modalities", "audio",
        "reasoning_effort", "verbosity", "prompt_cache_key", "safety_identifier",
    ]
)  # fmt: skip
#: The legacy Completions API's parameters (platform.openai.com/docs/api-reference/completions/create).
_COMPLETIONS_KNOWN = frozenset(
    [
        "model", "prompt", "suffix", "stream", "stream_options", "max_tokens", "temperature", "top_p", "n",
        "best_of", "stop", "presence_penalty", "frequency_penalty", "logit_bias", "logprobs", "echo", "user", "seed",
    ]
)  # fmt: skip
_REQUEST_KNOWN = SETTINGS | {f.path for f in REQUEST_FIELDS}
#: Message keys besides those of MESSAGE_FIELDS: a message's ``audio`` (``{"id": ...}``, an earlier
#: spoken answer stored at OpenAI) brings content the guard never sees (``ChatRequest.unseen``).
_MESSAGE_KNOWN = frozenset(["role", "content", "audio", *(f.path.split(".")[0].split("[")[0] for f in MESSAGE_FIELDS)])
# Image tokens at OpenAI's documented formulas (platform.openai.com/docs/guides/images-vision,
# "Calculating costs"). Tile models: detail "low" costs the base; otherwise the image is fitted in
# 2048x2048, its short side scaled to 768 and cut in 512 px tiles, at most 2 x 4 = 8: base + 8 tiles
# is the bound when the size is not known. Patch models: 32 px patches, at most 1536, times the
# model's multiplier. Longest prefix first; models not listed are counted as gpt-4o.
_TILE_MODELS = (
    ("gpt-4o-mini", 2833, 5667),
    ("gpt-4.1-mini", 0, 0),
    ("gpt-4.1-nano", 0, 0),
    ("gpt-5-mini", 0, 0),
    ("gpt-5-nano", 0, 0),
    ("o4-mini", 0, 0),
    ("computer-use", 65, 129),
    ("gpt-5", 70, 140),
    ("o1", 75, 150),
    ("o3", 75, 150),
)
_PATCH_MODELS = {"gpt-4.1-mini": 1.62, "gpt-4.1-nano": 2.46, "gpt-5-mini": 1.62, "gpt-5-nano": 2.46, "o4-mini": 1.72}


def _detail(part: Any) -> Any:
    """An image part's ``detail`` (``image_url.detail``, or ``detail`` of a Responses-style part)."""
    if not isinstance(part, dict):
        return None
    inner = part.get("image_url")
    return inner.get("detail") if isinstance(inner, dict) else part.get("detail")


def image_tokens(model: str | None, detail: Any = None) -> int:
    """An upper bound of what one image costs on ``model`` (its size is not read).

    >>> image_tokens("gpt-4o"), image_tokens("gpt-4o", "low"), image_tokens("gpt-4.1-mini")
    (1445, 85, 2489)
    """
    name = (model or "").lower()
    base, tile = 85, 170
    for prefix, b, t in _TILE_MODELS:
        if name.startswith(prefix):
            if prefix in _PATCH_MODELS:
                return math.ceil(1536 * _PATCH_MODELS[prefix])
            base, tile = b, t
            break
    return base if detail == "low" else base + 8 * tile


# Models that take max_completion_tokens and refuse max_tokens.
_COMPLETION_TOKENS_PREFIXES = ("o1", "o3", "o4", "gpt-5")


class OpenAIChat:
    name = "openai"

    def parse_request(self, doc: dict[str, Any]) -> ChatRequest:
        model = required_model(doc)
        raw_messages = doc.get("messages")
        if not isinstance(raw_messages, list) or not raw_messages:
            raise field_error("messages", "'messages' is required and must be a non-empty array of message objects.")
        texts = field_texts(doc, REQUEST_FIELDS, "")
        unknown: list[str] = []
        messages = [self._message(m, i, texts, unknown) for i, m in enumerate(raw_messages)]
        images = sum(image_tokens(model, _detail(p.raw)) for m in messages for p in m.parts if p.kind == "image")
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
        chat = ChatRequest(model, messages, stream, max_tokens, include_usage, doc, choices, texts, images)
        modalities = doc.get("modalities")
        chat.audio_answer = doc.get("audio") is not None or (isinstance(modalities, list) and "audio" in modalities)
        chat.unknown = unknown_fields(doc, _REQUEST_KNOWN, "", texts) + unknown
        # an earlier spoken answer kept at OpenAI ({"id": ...}): content the guard never sees
        chat.unseen = [f"messages[{i}].audio" for i, m in enumerate(raw_messages) if m.get("audio") is not None]
        return chat

    def _message(self, m: Any, i: int, texts: list[FieldText], unknown: list[str]) -> Message:
        param = f"messages[{i}]"
        if not isinstance(m, dict):
            raise field_error(param, f"'{param}' must be an object with 'role' and 'content'.")
        role = m.get("role")
        if not isinstance(role, str) or not role:
            raise field_error(f"{param}.role", f"'{param}.role' must be a string.")
        role = role.strip().casefold()  # "SYSTEM" is the system role to the provider: never a user one here
        if role not in _ROLES:
            raise field_error(f"{param}.role", f"'{param}.role' must be one of {', '.join(sorted(_ROLES))}.")
        texts.extend(field_texts(m, MESSAGE_FIELDS, f"{param}."))
        unknown += unknown_fields(m, _MESSAGE_KNOWN, f"{param}.", texts)
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
                if kind != "other":
                    unknown += unknown_fields(p, _PART_KEYS[p["type"]], f"{param}.content[{j}].", texts)
                    if isinstance(p.get("image_url"), dict):
                        where = f"{param}.content[{j}].image_url."
                        unknown += unknown_fields(p["image_url"], _IMAGE_URL_KEYS, where, texts)
                if kind == "text":
                    text = p.get("text")
                    if not isinstance(text, str):
                        raise field_error(f"{param}.content[{j}].text", "A text part needs a string 'text'.")
                    parts.append(Part(text_kind, text, p))  # type: ignore[arg-type]
                else:
                    parts.append(Part(kind, "", p))  # type: ignore[arg-type]
                    if kind == "other" and p["type"] != "refusal":  # a part the list does not name: all its text
                        texts.append(FieldText(f"{param}.content[{j}]", encode_json(p), "document"))
        elif content is None:
            if not (role == "assistant" and (m.get("tool_calls") or m.get("function_call") or m.get("audio"))):
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
        map_slots(loose_slots(doc, _ANSWER_KEYS), "answer", fn)
        for i, choice in enumerate(_choices(doc)):
            message = choice.get("message")
            channel = str(choice.get("index", i))
            map_slots(loose_slots(choice, _CHOICE_KEYS), channel + ".choice", fn)
            if not isinstance(message, dict):  # a legacy completion's choice: its text
                map_slots(slots(choice, COMPLETION_FIELDS), channel, fn)
                if choice.get("logprobs") is not None:
                    choice["logprobs"] = None  # token lists that cannot follow a rewrite: dropped
                continue
            found = _answer_slots(message)
            raw = _joined(found)
            map_slots(found, channel, fn)
            logprobs = choice.get("logprobs")
            if logprobs is None:
                continue
            gate = _Gate(lambda text, channel=channel: fn(channel + ".logprobs", text))
            released = _joined(found)
            for key, suffix in _LOGPROB_CHANNELS.items():
                entries = logprobs.get(key) if isinstance(logprobs, dict) else None
                if gate.take(raw.get(suffix, ""), released.get(suffix, ""), entries) is None:
                    choice["logprobs"] = None  # the filters changed what the tokens spell: they would leak it
                    break
            else:
                if not isinstance(logprobs, dict) or set(logprobs) - {*_LOGPROB_CHANNELS, "refusal"}:
                    choice["logprobs"] = None  # a part of it the guard does not know

    def response_usage(self, doc: Any) -> Usage | None:
        return _usage(doc.get("usage") if isinstance(doc, dict) else None)

    def rewrite_event(self, ev: SSEEvent, sink: StreamSink) -> bytes:
        if ev.data == "[DONE]":
            tail = self.flush_stream(sink)
            sink.done()
            return tail + ev.raw
        like = sink.meta.get("plain")
        if like is not None:
            plain = _like_plain(like, ev, sink)
            if plain is not None:
                return plain
        doc = event_json(ev)
        if doc is None:
            return ev.raw
        plain = _plain_delta(doc, ev.raw, sink, ev.data)
        if plain is not None:
            return plain
        usage = _usage(doc.get("usage"))
        if usage is not None:
            sink.usage(usage.input_tokens, usage.output_tokens)
        choices = doc.get("choices")
        if "chunk" not in sink.meta and "id" in doc:  # for the chunks the engine adds (held-back text)
            sink.meta["chunk"] = {k: doc[k] for k in ("id", "created", "model", "system_fingerprint") if k in doc}
        if not choices:
            if usage is not None and not sink.client_wants_usage:
                return b""  # the usage-only chunk the engine asked for on the client's behalf
            # an error mid-stream (what the filters hold came before it), a compatible server's note:
            # no choice to walk, so every string in it is read whole
            out = self.flush_stream(sink) if "error" in doc else b""
            filtered = filter_strings(doc, sink.whole)
            return out + (ev.raw if filtered == doc else _encode(filtered))
        if not isinstance(choices, list):
            raise Unreadable("a chunk whose choices are not a list")
        out = b""
        changed = filter_loose(doc, _ANSWER_KEYS, sink.whole)
        for i, choice in enumerate(choices):
            if not isinstance(choice, dict):
                raise Unreadable("a chunk whose choice is not an object")
            channel = str(choice.get("index", i))
            changed |= filter_loose(choice, _CHOICE_KEYS, sink.whole)
            delta = choice.get("delta")
            found = _answer_slots(delta) if "text" not in choice else slots(choice, COMPLETION_FIELDS)
            fed: dict[str, list[str]] = {}  # channel suffix -> [raw, released] of this chunk
            for s in found:
                old = s.text
                if s.field.how == "filter":
                    name = channel + s.channel
                    sink.meta.setdefault("fields", {})[name] = s
                    new = sink.feed(name, old)
                    pair = fed.setdefault(s.channel, ["", ""])
                    pair[0] += old
                    pair[1] += new
                else:
                    new = sink.whole(old)
                if new != old:
                    s.holder[s.key] = new
                    changed = True
            changed |= _gate_chunk(sink, channel, choice, fed)
            if choice.get("finish_reason"):
                for name in [c for c in sink.open_channels() if c == channel or c.startswith(channel + ".")]:
                    rest = sink.flush(name)
                    ready = _gate_release(sink, name, rest)
                    if not rest:
                        continue
                    own = [s for s in found if channel + s.channel == name and s.field.how == "filter"]
                    if own:  # this chunk's own text comes before what was held back
                        own[-1].holder[own[-1].key] += rest
                        _add_logprobs(choice, name, ready)
                        changed = True
                    else:
                        out += _encode(self._held_chunk(sink, name, rest, ready))
        if usage is not None and not sink.client_wants_usage and "usage" in doc:
            doc.pop("usage")
            changed = True
        if changed and doc.get("usage") is None and doc.keys() <= _ANSWER_KEYS and all(map(_held_whole, choices)):
            return out  # its text is all held back (or coalesced): the event would carry nothing
        return out + (_encode(doc) if changed else ev.raw)

    def flush_stream(self, sink: StreamSink, keep_open: bool = False) -> bytes:
        out = b""
        for name in sink.open_channels():
            rest = sink.release(name) if keep_open else sink.flush(name)
            ready = _gate_release(sink, name, rest)
            if rest:
                out += _encode(self._held_chunk(sink, name, rest, ready))
        return out

    def _held_chunk(self, sink: StreamSink, name: str, text: str, ready: list[Any] | None) -> dict[str, Any]:
        """A chunk carrying a channel's held-back text, at the place its field has in a delta."""
        number = name.partition(".")[0]
        s: Slot | None = sink.meta.get("fields", {}).get(name)
        delta = s.field.build(s.ids, text) if s is not None else {"content": text}
        if s is not None and s.field.path == "content[type=text].text":
            delta = {"content": text}
        choice: dict[str, Any] = {"index": int(number) if number.isdigit() else 0, "finish_reason": None}
        if s is not None and s.field in COMPLETION_FIELDS:  # a legacy completion: the text is the choice's
            choice.update(delta)
            return {**sink.meta.get("chunk", {}), "object": "text_completion", "choices": [choice]}
        choice["delta"] = delta
        _add_logprobs(choice, name, ready)
        return {**sink.meta.get("chunk", {}), "object": "chat.completion.chunk", "choices": [choice]}

    def stream_error(self, refusal: Refusal) -> bytes:
        return b"data: " + refusal.body() + b"\n\n"


def _joined(found: list[Slot]) -> dict[str, str]:
    """The text of each channel suffix (filtered fields), in order."""
    texts: dict[str, str] = {}
    for s in found:
        if s.field.how == "filter":
            texts[s.channel] = texts.get(s.channel, "") + s.text
    return texts


class _Gate:
    """Passes a channel's logprob entries only as far as the filters released its text unchanged.

    Entries must spell the raw text exactly (their tokens joined; ``bytes`` the token's UTF-8;
    each ``top_logprobs`` alternative unchanged by the filters). An entry goes out once the text
    it stands for was released as it was; from the first difference on (a redaction, a restored
    value, tokens that do not spell the text) the channel's logprobs are off: ``take`` returns None.
    """

    __slots__ = ("check", "off", "pending", "queue", "ready")

    def __init__(self, check: Any) -> None:
        self.check = check
        self.off = False
        self.pending = ""
        self.queue: list[dict[str, Any]] = []
        self.ready = 0

    def take(self, raw: str, released: str, entries: Any) -> list[dict[str, Any]] | None:
        if self.off:
            return None
        entries = [] if entries is None and not raw else entries
        tokens = [_token(e) for e in entries] if isinstance(entries, list) else [None]
        if None in tokens or "".join(tokens) != raw:  # type: ignore[arg-type]
            self.off = True
            return None
        for e in entries:
            for top in e.get("top_logprobs") or ():
                token = _token(top)
                if token is None or self.check(token) != token:
                    self.off = True
                    return None
        self.pending += raw
        self.queue.extend(entries)
        if not self.pending.startswith(released):
            self.off = True
            self.queue.clear()
            return None
        self.pending = self.pending[len(released) :]
        self.ready += len(released)
        out = []
        while self.queue and len(self.queue[0]["token"]) <= self.ready:
            entry = self.queue.pop(0)
            self.ready -= len(entry["token"])
            out.append(entry)
        return out


def _token(entry: Any) -> str | None:
    """An entry's token; None when the entry is malformed or its bytes spell something else."""
    if not isinstance(entry, dict) or not isinstance(entry.get("token"), str):
        return None
    token: str = entry["token"]
    raw = entry.get("bytes")
    if raw is not None and raw != list(token.encode("utf-8", "surrogatepass")):
        return None
    top = entry.get("top_logprobs")
    if top is not None and not isinstance(top, list):
        return None
    return token


def _gates(sink: StreamSink) -> dict[str, _Gate]:
    gates: dict[str, _Gate] = sink.meta.setdefault("gates", {})
    return gates


def _gate_chunk(sink: StreamSink, channel: str, choice: dict[str, Any], fed: dict[str, list[str]]) -> bool:
    """Let through the logprob entries of this chunk's released text; True when the choice changed."""
    logprobs = choice.get("logprobs")
    gates = _gates(sink)
    if logprobs is None and not any(channel + suffix in gates for suffix in _LOGPROB_CHANNELS.values()):
        return False
    keep: dict[str, Any] = {}
    for key, suffix in _LOGPROB_CHANNELS.items():
        name = channel + suffix
        raw, released = fed.get(suffix, ("", ""))
        entries = logprobs.get(key) if isinstance(logprobs, dict) else None
        if name not in gates and not raw and entries is None:
            continue
        gate = gates.setdefault(name, _Gate(sink.whole))
        ready = gate.take(raw, released, entries)
        if ready is None:
            choice["logprobs"] = None
            return True
        keep[key] = ready
    if not isinstance(logprobs, dict) or set(logprobs) - {*_LOGPROB_CHANNELS, "refusal"}:
        choice["logprobs"] = None
        return True
    if all(keep.get(k) == logprobs.get(k) for k in keep):
        return False
    choice["logprobs"] = {**logprobs, **keep}
    return True


def _gate_release(sink: StreamSink, name: str, rest: str) -> list[Any] | None:
    """The logprob entries that the channel's flushed text ``rest`` releases (None: none or off)."""
    gate = _gates(sink).get(name)
    if gate is None:
        return None
    return gate.take("", rest, []) or None


def _add_logprobs(choice: dict[str, Any], name: str, ready: list[Any] | None) -> None:
    if not ready:
        return
    key = "refusal" if name.endswith(".refusal") else "content"
    logprobs = choice.get("logprobs")
    if isinstance(logprobs, dict) and isinstance(logprobs.get(key), list):
        logprobs[key] = [*logprobs[key], *ready]
    else:
        choice["logprobs"] = {**(logprobs if isinstance(logprobs, dict) else {}), key: ready}


def _plain_delta(doc: dict[str, Any], raw: bytes, sink: StreamSink, data: str | None = None) -> bytes | None:
    """The usual chunk — one choice whose delta carries content (and maybe the role), no usage, no
    logprobs, no finish — rewritten as :meth:`OpenAIFormat.rewrite_event` would, without its
    walk; None for any other chunk (the general path reads it). Given the event's ``data``, a
    chunk of only content is kept as the stream's pattern (:func:`_like_plain`)."""
    choices = doc.get("choices")
    if doc.get("usage") is not None or type(choices) is not list or len(choices) != 1 or not doc.keys() <= _ANSWER_KEYS:
        return None
    choice = choices[0]
    if type(choice) is not dict or choice.get("finish_reason") or choice.get("logprobs") is not None:
        return None
    if not choice.keys() <= _CHOICE_KEYS:
        return None
    delta = choice.get("delta")
    if "text" in choice or type(delta) is not dict or not delta.keys() <= _PLAIN_KEYS:
        return None
    text = delta.get("content")
    if type(text) is not str:
        return None
    channel = str(choice.get("index", 0))
    meta = sink.meta
    gates = meta.get("gates")
    if gates and (channel in gates or channel + ".refusal" in gates):
        return None
    if "chunk" not in meta and "id" in doc:
        meta["chunk"] = {k: doc[k] for k in ("id", "created", "model", "system_fingerprint") if k in doc}
    meta.setdefault("fields", {})[channel] = Slot(delta, "content", "", ANSWER_FIELDS[0])
    if data is not None and len(delta) == 1 and "plain" not in meta:
        meta["plain"] = _pattern_of(data, text, channel)
    new = sink.feed(channel, text)
    if new == text:
        return raw
    delta["content"] = new
    if not new and len(delta) == 1:
        return b""  # its text is all held back (or coalesced): the event would carry nothing
    return _encode(doc)


def _content(doc: Any) -> Any:
    return doc["choices"][0]["delta"]["content"]


def _pattern_of(data: str, text: str, channel: str) -> tuple[EventPattern, str] | None:
    """The stream's pattern (:class:`~.pattern.EventPattern`) from the data of a chunk of only
    content, whose text is ``text``: its other parts are the stream's (id, model, created...), but
    for OpenAI's random ``obfuscation`` padding, which varies from chunk to chunk."""
    pattern = EventPattern.of(data, "content", text, _content, b"data: ", strings=("obfuscation",))
    return (pattern, channel) if pattern is not None else None


def _like_plain(like: tuple[EventPattern, str] | None, ev: SSEEvent, sink: StreamSink) -> bytes | None:
    """A chunk that is the stream's pattern with another text (:func:`_pattern_of`) rewritten as
    :func:`_plain_delta` rewrites it, without parsing the rest of it again; None for any other
    event. The document is the pattern's but for its values — a JSON parser reads the same text
    around them the same way, and each is one whole value of its kind — so the checks the pattern
    passed hold for it; the parse the general path would do (a strict string: no raw control
    characters) is the values'."""
    if like is None:
        return None
    pattern, channel = like
    values = pattern.read(ev.data)
    if values is None:
        return None
    gates = sink.meta.get("gates")
    if gates and (channel in gates or channel + ".refusal" in gates):
        return None
    text = values[0]
    new = sink.feed(channel, text)
    if new == text:
        return ev.raw
    if not new:
        return b""  # its text is all held back (or coalesced): the event would carry nothing
    return pattern.render(values, new)


def _held_whole(choice: Any) -> bool:
    """A chunk's choice that carried only text, all of which the filters are holding."""
    if not isinstance(choice, dict) or choice.get("finish_reason") or choice.get("logprobs"):
        return False
    if not choice.keys() <= _CHOICE_KEYS:
        return False  # it carries a field of a compatible server's, filtered: sent on
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


class OpenAICompletions(OpenAIChat):
    """The legacy Completions API (``/v1/completions``): ``prompt`` in, ``choices[].text`` out.

    Each prompt string is a user message (a list of prompts: one each); token-id prompts are
    counted one token per id; ``suffix`` is counted and scanned. ``best_of`` answers are billed
    though only ``n`` come back: budgets reserve for the larger. Answers are read by
    :class:`OpenAIChat` (its COMPLETION_FIELDS).
    """

    name = "openai-completions"

    def parse_request(self, doc: dict[str, Any]) -> ChatRequest:
        model = required_model(doc)
        prompt = doc.get("prompt")
        prompts = [prompt] if isinstance(prompt, str | int) else prompt
        if not isinstance(prompts, list) or not prompts:
            raise field_error("prompt", "'prompt' is required: a string, an array of strings or of token ids.")
        messages, texts = [], []
        for i, p in enumerate(prompts):
            if isinstance(p, str):
                messages.append(Message("user", [Part("text", p)], {"prompt": i}))
            elif isinstance(p, int | list) and not isinstance(p, bool):  # token ids: a token each
                ids = p if isinstance(p, list) else [p]
                texts.append(FieldText(f"prompt[{i}]", " ".join("0" for _ in ids)))
                messages.append(Message("user", [Part("other", "", p)], {"prompt": i}))
            else:
                raise field_error(f"prompt[{i}]", "A prompt must be a string or token ids.")
        if isinstance(doc.get("suffix"), str):
            texts.append(FieldText("suffix", doc["suffix"]))
        max_tokens = optional_int(doc, "max_tokens")
        options = doc.get("stream_options")
        include_usage = isinstance(options, dict) and options.get("include_usage") is True
        n = optional_int(doc, "n", low=1, high=128) or 1
        best_of = optional_int(doc, "best_of", low=1, high=128) or 1
        choices = max(n, best_of) * len(prompts)
        chat = ChatRequest(model, messages, optional_bool(doc, "stream"), max_tokens, include_usage, doc, choices)
        chat.texts = texts
        chat.unknown = unknown_fields(doc, _COMPLETIONS_KNOWN, "", texts)
        return chat

    def render_request(self, chat: ChatRequest) -> dict[str, Any]:
        doc = dict(chat.document)
        doc["model"] = chat.model
        system = "\n\n".join(m.text for m in chat.messages if m.role == "system")
        prompts: list[Any] = []
        for m in chat.messages:
            if m.role == "system":
                continue
            part = m.parts[0] if m.parts else None
            prompts.append(part.raw if part is not None and part.kind == "other" else m.text)
        if system:  # the server's system prompt: before each prompt (the API has no system role)
            prompts = [f"{system}\n\n{p}" if isinstance(p, str) else p for p in prompts]
        doc["prompt"] = (
            prompts[0] if isinstance(chat.document.get("prompt"), str | int) and len(prompts) == 1 else prompts
        )
        if chat.max_tokens is not None:
            doc["max_tokens"] = chat.max_tokens
        if chat.stream:
            doc["stream_options"] = {**(doc.get("stream_options") or {}), "include_usage": True}
        return doc

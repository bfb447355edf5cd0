"""Google Gemini ``generateContent`` / ``streamGenerateContent``: requests, JSON answers, SSE chunks.

The model and whether the answer streams are in the URL (``/v1beta/models/{model}:generateContent``,
``…:streamGenerateContent?alt=sse``), not the body: a format object is made per request from its
path (:func:`for_path`). Everything a request or an answer carries is read from the two lists
below or refused: an unknown top-level key or part type is a 400 (the guard does not forward what
it cannot count and scan), an answer field the list does not name is filtered whole
(``loose_slots``). Field names are accepted in both spellings the API takes (``inlineData`` and
``inline_data``).

Token counts: Google publishes no offline tokenizer for Gemini, so text is counted by its UTF-8
bytes (a token is at least one byte: an upper bound, about 4x the real count on English) and
inline media by the documented per-item rates (see :func:`media_tokens`); budgets are settled from
``usageMetadata`` (prompt + cached + tool-use prompt + thoughts + candidates).
"""

from __future__ import annotations

import base64
import re
import struct
from collections.abc import Mapping
from typing import Any

from ..context import ChatRequest, FieldText, Message, Part, Usage
from ..errors import ConfigurationError, Refusal, gemini_error
from ..streaming import Blocked
from .base import (
    StreamSink,
    TextMap,
    Unreadable,
    encode_json,
    event_json,
    field_error,
    filter_strings,
    safe_name,
)
from .fields import Slot, TextField, loose_slots, map_json, map_slots, slots, strings_in
from .shape import _gemini
from .sse import SSEEvent

#: Gemini's harm categories and thresholds, the thresholds from the strictest to the loosest.
GEMINI_HARM_CATEGORIES = (
    "HARM_CATEGORY_HARASSMENT",
    "HARM_CATEGORY_HATE_SPEECH",
    "HARM_CATEGORY_SEXUALLY_EXPLICIT",
    "HARM_CATEGORY_DANGEROUS_CONTENT",
    "HARM_CATEGORY_CIVIC_INTEGRITY",
)
GEMINI_THRESHOLDS = ("BLOCK_LOW_AND_ABOVE", "BLOCK_MEDIUM_AND_ABOVE", "BLOCK_ONLY_HIGH", "BLOCK_NONE", "OFF")


def check_safety(floors: Mapping[str, str]) -> None:
    """Validate ``gemini_safety`` floors (a tier's or a route's): known categories and thresholds."""
    for category, threshold in floors.items():
        if category not in GEMINI_HARM_CATEGORIES:
            raise ConfigurationError(
                f"gemini_safety.{category}", f"unknown harm category; use one of {', '.join(GEMINI_HARM_CATEGORIES)}"
            )
        if threshold not in GEMINI_THRESHOLDS:
            raise ConfigurationError(
                f"gemini_safety.{category}",
                f"unknown threshold {threshold[:40]!r}; use one of {', '.join(GEMINI_THRESHOLDS)}",
            )


__all__ = [
    "ANSWER_FIELDS",
    "REQUEST_KEYS",
    "GeminiGenerateContent",
    "apply_safety",
    "for_path",
    "media_tokens",
    "recognises",
    "safety_floors",
]

_PATH = re.compile(
    r"(?:^|/)models/(?P<model>[A-Za-z0-9._\-]{1,128}):(?P<method>generateContent|streamGenerateContent)$"
)

#: The request's top-level keys the guard reads (camelCase and snake_case, as the API takes both).
REQUEST_KEYS = frozenset(
    {
        "contents",
        "systemInstruction",
        "system_instruction",
        "tools",
        "toolConfig",
        "tool_config",
        "safetySettings",
        "safety_settings",
        "generationConfig",
        "generation_config",
        "labels",
        "model",
    }
)
#: Part keys that carry nothing billed or only metadata beside the part's content.
_PART_META = frozenset({"thought", "thoughtSignature", "thought_signature", "videoMetadata", "video_metadata"})

#: Every text a Gemini answer carries to the client, relative to a candidate: the one list the
#: output filters walk (formats/fields.py). All text parts of a candidate are one text (channel
#: ""), so a value split across parts or stream chunks is caught.
ANSWER_FIELDS = (
    TextField(
        "content.parts[].text",
        "",
        "the answer; thought summaries (thought: true) are one text of their own (channel .thought)",
    ),
    TextField("content.parts[].functionCall.args", ".call{}.args", "a function call's arguments", "json"),
    TextField("content.parts[].functionCall.name", ".call{}.name", "a function call's name", "whole"),
    TextField("content.parts[].executableCode.code", ".code", "code the model runs (code execution)"),
    TextField("content.parts[].codeExecutionResult.output", ".output", "what the executed code printed"),
    TextField("citationMetadata.citations[].uri", ".cite{}.uri", "a citation's address", "whole"),
    TextField("citationMetadata.citations[].title", ".cite{}.title", "a citation's title", "whole"),
    TextField("finishMessage", ".finish", "the provider's note on why the answer stopped", "whole"),
)
#: Keys of a candidate that carry no text, or whose text the list above names.
_CANDIDATE_KEYS = frozenset(
    {
        "content",
        "citationMetadata",
        "finishMessage",
        "finishReason",
        "index",
        "safetyRatings",
        "avgLogprobs",
        "tokenCount",
        "logprobsResult",
    }
)
#: Keys of a part whose text the list names (others are read whole by loose_slots).
_PART_KEYS = frozenset({"text", "functionCall", "executableCode", "codeExecutionResult", *_PART_META})
#: Top-level keys of an answer (chunk) without text to filter.
_TOP_KEYS = frozenset({"candidates", "usageMetadata", "promptFeedback", "modelVersion", "responseId", "createTime"})
#: A candidate that stopped for one of these was blocked by the provider's safety system.
BLOCKED_FINISH = frozenset({"SAFETY", "PROHIBITED_CONTENT", "BLOCKLIST", "SPII", "IMAGE_SAFETY"})

# Documented rates (Gemini 2.x): an image is 258 tokens per 768x768 tile (258 when both sides are at
# most 384), video 263 tokens a second, audio 32 a second, a PDF page 258; Gemini 3 takes up to 1120
# per image and 560 per page at high media resolution. Without the media's length, a bound per KB of
# its bytes at the lowest bitrates and page sizes in use (audio 6 kbit/s, video 50 kbit/s, 0.5 KB pages).
_TILE = 258
_IMAGE_MIN = 1120
_PER_KB = (("audio/", 64), ("video/", 300), ("text/", 1024))
_PER_KB_OTHER = 1120


def for_path(path: str) -> GeminiGenerateContent:
    m = _PATH.search(path.rstrip("/"))
    if m is None:
        return GeminiGenerateContent(None, False)
    return GeminiGenerateContent(m.group("model"), m.group("method") == "streamGenerateContent")


def recognises(doc: dict[str, Any]) -> bool:
    return _gemini(doc)


def media_tokens(mime: str, data: str) -> int:
    """An upper bound of what an inline medium costs, from its bytes and, for an image, the size
    its header declares."""
    nbytes = len(data) * 3 // 4
    per_kb = next((rate for prefix, rate in _PER_KB if mime.startswith(prefix)), _PER_KB_OTHER)
    bound = max(_IMAGE_MIN, -(-nbytes // 1024) * per_kb)
    if mime.startswith("image/"):
        try:
            raw = base64.b64decode(data[: 65536 // 3 * 4], validate=False)
        except ValueError:
            raw = b""
        size = _image_size(raw)
        if size is not None:
            w, h = size
            return max(_IMAGE_MIN, _TILE * (-(-w // 768)) * (-(-h // 768)))
    return bound


def _image_size(raw: bytes) -> tuple[int, int] | None:
    if raw[:8] == b"\x89PNG\r\n\x1a\n" and len(raw) >= 24:
        w, h = struct.unpack(">II", raw[16:24])
        return w, h
    if raw[:6] in (b"GIF87a", b"GIF89a") and len(raw) >= 10:
        w, h = struct.unpack("<HH", raw[6:10])
        return w, h
    if raw[:4] == b"RIFF" and raw[8:12] == b"WEBP" and len(raw) >= 30:
        if raw[12:16] == b"VP8X":
            return 1 + int.from_bytes(raw[24:27], "little"), 1 + int.from_bytes(raw[27:30], "little")
        return None
    if raw[:2] == b"\xff\xd8":  # JPEG: the first start-of-frame marker
        i = 2
        while i + 9 < len(raw):
            if raw[i] != 0xFF:
                return None
            marker, length = raw[i + 1], struct.unpack(">H", raw[i + 2 : i + 4])[0]
            if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF):
                h, w = struct.unpack(">HH", raw[i + 5 : i + 9])
                return w, h
            i += 2 + length
    return None


def _get(doc: dict[str, Any], camel: str) -> Any:
    """``doc[camel]``, or its snake_case spelling."""
    if camel in doc:
        return doc[camel]
    return doc.get(re.sub(r"(?<!^)([A-Z])", r"_\1", camel).lower())


class GeminiGenerateContent:
    name = "gemini"
    #: Refusals on Gemini routes use Google's error shape (see :func:`gemini_error`).
    error_shape = "gemini"

    def __init__(self, model: str | None, stream: bool) -> None:
        self.model = model
        self.stream = stream

    # -- requests ---------------------------------------------------------------------------------

    def parse_request(self, doc: dict[str, Any]) -> ChatRequest:
        if not self.model:
            raise field_error(
                "model",
                "The path must name the model: /v1beta/models/{model}:generateContent or :streamGenerateContent.",
            )
        unknown = sorted(k for k in doc if k not in REQUEST_KEYS)
        if unknown:
            name = safe_name(unknown[0])
            raise field_error(
                name,
                f"'{name}' is not a field this guard reads; it refuses what it cannot count and scan "
                "(cached content, and fields newer than the guard, included).",
            )
        contents = doc.get("contents")
        if isinstance(contents, dict):
            contents = [contents]
        if not isinstance(contents, list) or not contents:
            raise field_error("contents", "'contents' is required and must be a non-empty array of contents.")
        texts: list[FieldText] = []
        media = [0]
        messages: list[Message] = []
        system = _get(doc, "systemInstruction")
        if system is not None:
            messages.append(self._content(system, "systemInstruction", texts, media, system=True))
        messages.extend(self._content(c, f"contents[{i}]", texts, media) for i, c in enumerate(contents))
        tools = doc.get("tools")
        if tools is not None:
            if not isinstance(tools, list):
                raise field_error("tools", "'tools' must be an array.")
            texts.extend(FieldText("tools", s) for s in strings_in(tools))
        for key in ("toolConfig", "generationConfig"):
            value = _get(doc, key)
            if value is not None and not isinstance(value, dict):
                raise field_error(key, f"'{key}' must be an object.")
        config = _get(doc, "generationConfig") or {}
        for key in ("responseSchema", "responseJsonSchema", "response_schema", "stopSequences", "stop_sequences"):
            if key in config:
                texts.extend(FieldText(f"generationConfig.{key}", s) for s in strings_in(config[key]))
        max_tokens = _count(config, "maxOutputTokens", 1)
        choices = _count(config, "candidateCount", 1, 8) or 1
        _safety_list(_get(doc, "safetySettings"))
        chat = ChatRequest(self.model, messages, self.stream, max_tokens, True, doc, choices)
        chat.texts = texts
        chat.image_tokens = media[0]
        return chat

    def _content(self, c: Any, param: str, texts: list[FieldText], media: list[int], system: bool = False) -> Message:
        if isinstance(c, str) and system:
            return Message("system", [Part("text", c)], {"parts": [{"text": c}]})
        if not isinstance(c, dict):
            raise field_error(param, f"'{param}' must be an object with 'parts'.")
        role = "system" if system else c.get("role", "user")
        if not isinstance(role, str):
            raise field_error(f"{param}.role", f"'{param}.role' must be a string.")
        folded = role.strip().casefold()
        if not system and folded not in ("user", "model", "function", "tool"):
            raise field_error(f"{param}.role", f"'{param}.role' must be 'user' or 'model', not {role[:20]!r}.")
        parts_in = c.get("parts")
        if not isinstance(parts_in, list):
            raise field_error(f"{param}.parts", f"'{param}.parts' must be an array of parts.")
        parts = [self._part(p, f"{param}.parts[{j}]", texts, media) for j, p in enumerate(parts_in)]
        our_role = {"model": "assistant", "function": "tool"}.get(folded, folded)
        return Message(our_role, parts, c)

    def _part(self, p: Any, param: str, texts: list[FieldText], media: list[int]) -> Part:
        if not isinstance(p, dict):
            raise field_error(param, f"'{param}' must be an object.")
        content = [k for k in p if k not in _PART_META]
        if len(content) != 1:
            raise field_error(param, f"'{param}' must hold exactly one of text, inlineData, functionCall, ...")
        key = content[0]
        value = p[key]
        if key == "text":
            if not isinstance(value, str):
                raise field_error(f"{param}.text", "A text part needs a string 'text'.")
            return Part("text", value, p)
        if key in ("inlineData", "inline_data"):
            mime, data = _get(value, "mimeType") if isinstance(value, dict) else None, (value or {}).get("data")
            if not isinstance(mime, str) or not isinstance(data, str):
                raise field_error(param, f"'{param}.inlineData' needs a string 'mimeType' and base64 'data'.")
            media[0] += media_tokens(mime, data)
            kind = "image" if mime.startswith("image/") else "audio" if mime.startswith("audio/") else "file"
            return Part(kind, "", p)  # type: ignore[arg-type]
        if key in ("fileData", "file_data"):
            raise field_error(
                param,
                f"'{param}' refers to an uploaded file whose size the guard cannot know, so it cannot count or "
                "scan it; send the data inline (inlineData) instead.",
            )
        if key in ("functionCall", "function_call"):  # an earlier answer's call, sent back: billed, scanned
            texts.append(FieldText(f"{param}.functionCall", " ".join(strings_in(value))))
            return Part("tool_call", "", p)
        if key in ("functionResponse", "function_response"):
            texts_of = " ".join(strings_in(value))
            return Part("tool_result", texts_of, p)
        if key in ("executableCode", "executable_code"):
            return Part("text", " ".join(strings_in(value)), p)
        if key in ("codeExecutionResult", "code_execution_result"):
            return Part("tool_result", " ".join(strings_in(value)), p)
        raise field_error(param, f"'{param}' is a '{safe_name(key)}' part, which this guard does not read.")

    def render_request(self, chat: ChatRequest) -> dict[str, Any]:
        doc = dict(chat.document)
        doc.pop("system_instruction", None)
        doc.pop("systemInstruction", None)
        doc.pop("model", None)
        systems = [m for m in chat.messages if m.role == "system"]
        if systems:
            doc["systemInstruction"] = {"parts": [{"text": "\n\n".join(m.text for m in systems)}]}
        doc["contents"] = [_render_content(m) for m in chat.messages if m.role != "system"]
        if chat.max_tokens is not None:
            key = "generation_config" if "generation_config" in doc else "generationConfig"
            doc[key] = {**(doc.get(key) or {}), "maxOutputTokens": chat.max_tokens}
            doc[key].pop("max_output_tokens", None)
        return doc

    # -- answers ----------------------------------------------------------------------------------

    def map_response(self, doc: Any, fn: TextMap) -> None:
        if not isinstance(doc, dict):
            raise Unreadable("an answer that is not a JSON object")
        _blocked_by_provider(doc)
        for i, cand in enumerate(_candidates(doc)):
            channel = str(cand.get("index", i))
            found = _candidate_slots(cand)
            before = [s.text for s in found]
            map_slots(found, channel, fn)
            if "logprobsResult" in cand and any(s.text != b for s, b in zip(found, before, strict=True)):
                cand.pop("logprobsResult")  # its tokens spell the text the filters changed
        for s in loose_slots(doc, _TOP_KEYS):
            s.holder[s.key] = fn(".top", s.text)

    def response_usage(self, doc: Any) -> Usage | None:
        return _usage(doc.get("usageMetadata") if isinstance(doc, dict) else None)

    def rewrite_event(self, ev: SSEEvent, sink: StreamSink) -> bytes:
        doc = event_json(ev)
        if doc is None:
            return ev.raw
        if "error" in doc:  # the provider failed mid-stream: what the filters hold came before it
            out = self.flush_stream(sink)
            filtered = filter_strings(doc, sink.whole)
            return out + (ev.raw if filtered == doc else _encode(filtered))
        if not recognises(doc):
            raise Unreadable("a chunk that is not a Gemini answer")
        usage = _usage(doc.get("usageMetadata"))
        if usage is not None:
            sink.usage(usage.input_tokens, usage.output_tokens)
        _blocked_by_provider(doc)
        changed = False
        finished = False
        for i, cand in enumerate(_candidates(doc)):
            channel = str(cand.get("index", i))
            if cand.pop("logprobsResult", None) is not None:
                changed = True  # token lists cannot follow text the filters hold back: not streamed
            for s in _candidate_slots(cand):
                old = s.text
                if s.field.how == "filter":
                    name = channel + s.channel
                    sink.meta.setdefault("fields", {})[name] = s
                    new = sink.feed(name, old)
                elif s.field.how == "json":
                    new = map_json(old, sink.whole)
                else:
                    new = sink.whole(old)
                if new != old:
                    s.holder[s.key] = new
                    changed = True
            if cand.get("finishReason"):
                finished = True
                content = cand.setdefault("content", {"role": "model", "parts": []})
                parts = content.setdefault("parts", []) if isinstance(content, dict) else []
                for name in [n for n in sink.open_channels() if n == channel or n.startswith(channel + ".")]:
                    rest = sink.flush(name)
                    if rest:  # after this chunk's own text, in the chunk that ends the candidate
                        parts.append(_part_for(name[len(channel) :], rest))
                        changed = True
        for s in loose_slots(doc, _TOP_KEYS):
            new = sink.whole(s.text)
            if new != s.text:
                s.holder[s.key] = new
                changed = True
        if finished and not sink.open_channels():
            sink.done()
        if changed and usage is None and _empty(doc):
            return b""  # its text is all held back: the event would carry nothing
        return _encode(doc) if changed else ev.raw

    def flush_stream(self, sink: StreamSink, keep_open: bool = False) -> bytes:
        out = b""
        for name in sink.open_channels():
            rest = sink.release(name) if keep_open else sink.flush(name)
            if rest:
                number, dot, suffix = name.partition(".")
                index = int(number) if number.isdigit() else 0
                out += _encode(
                    {
                        "candidates": [
                            {"index": index, "content": {"role": "model", "parts": [_part_for(dot + suffix, rest)]}}
                        ]
                    }
                )
        return out

    def stream_error(self, refusal: Refusal) -> bytes:
        return b"data: " + gemini_error(refusal) + b"\n\n"


def _count(config: dict[str, Any], key: str, low: int, high: int = 2**31 - 1) -> int | None:
    value = _get(config, key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise field_error(
            f"generationConfig.{key}", f"'generationConfig.{key}' must be an integer from {low} to {high}."
        )
    return value


def _safety_list(value: Any) -> list[dict[str, Any]]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(
        isinstance(s, dict) and isinstance(s.get("category"), str) and isinstance(s.get("threshold"), str)
        for s in value
    ):
        raise field_error("safetySettings", "'safetySettings' must be an array of {category, threshold} objects.")
    return value


def safety_floors(*sources: Mapping[str, str]) -> dict[str, str]:
    """The strictest threshold each category gets from ``sources`` (a tier's, a route's floors)."""
    floors: dict[str, str] = {}
    for source in sources:
        for category, threshold in source.items():
            have = floors.get(category)
            if have is None or GEMINI_THRESHOLDS.index(threshold) < GEMINI_THRESHOLDS.index(have):
                floors[category] = threshold
    return floors


def apply_safety(chat: ChatRequest, minimum: dict[str, str]) -> None:
    """Raise every category of ``minimum`` to at least its threshold: the client may ask for a
    stricter one, never a looser one (nor leave it to the provider's default)."""
    if not minimum:
        return
    doc = chat.document
    key = "safety_settings" if "safety_settings" in doc else "safetySettings"
    settings = [dict(s) for s in _safety_list(doc.get(key))]
    by_category = {s["category"]: s for s in settings}
    for category, floor in minimum.items():
        current = by_category.get(category)
        if current is None:
            settings.append({"category": category, "threshold": floor})
        elif current["threshold"] not in GEMINI_THRESHOLDS or GEMINI_THRESHOLDS.index(
            current["threshold"]
        ) > GEMINI_THRESHOLDS.index(floor):
            current["threshold"] = floor
    doc[key] = settings


def _candidates(doc: dict[str, Any]) -> list[dict[str, Any]]:
    cands = doc.get("candidates")
    if cands is None:
        return []
    if not isinstance(cands, list) or not all(isinstance(c, dict) for c in cands):
        raise Unreadable("an answer whose candidates are not a list of objects")
    return cands


def _candidate_slots(cand: dict[str, Any]) -> list[Slot]:
    found = slots(cand, ANSWER_FIELDS) + loose_slots(cand, _CANDIDATE_KEYS)
    for s in found:
        if s.key == "text" and s.holder.get("thought") is True:
            s.channel = ".thought"  # shown apart from the answer: its own text, never joined to it
    content = cand.get("content")
    if isinstance(content, dict):
        found += loose_slots(content, frozenset({"parts", "role"}))
        for part in content.get("parts") or []:
            if isinstance(part, dict):
                found += loose_slots(part, _PART_KEYS)
                for key in ("executableCode", "codeExecutionResult", "functionCall"):
                    if isinstance(part.get(key), dict):
                        found += loose_slots(part[key], frozenset({"code", "output", "args", "name", "id"}))
    return found


def _blocked_by_provider(doc: dict[str, Any]) -> None:
    """The provider's safety system blocked the prompt or an answer: a clear refusal, audited."""
    feedback = doc.get("promptFeedback")
    reason = feedback.get("blockReason") if isinstance(feedback, dict) else None
    if isinstance(reason, str) and reason:
        raise Blocked(
            Refusal(
                400,
                "invalid_request_error",
                "prompt_blocked_by_provider",
                f"The provider's safety system blocked the prompt ({reason[:40]}).",
            )
        )
    for cand in _candidates(doc):
        finish = cand.get("finishReason")
        if finish in BLOCKED_FINISH:
            raise Blocked(
                Refusal(
                    400,
                    "invalid_request_error",
                    "answer_blocked_by_provider",
                    f"The provider's safety system stopped the answer ({finish}).",
                )
            )


def _usage(u: Any) -> Usage | None:
    if not isinstance(u, dict) or not isinstance(u.get("promptTokenCount"), int):
        return None

    def n(key: str) -> int:
        value = u.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0

    # cached tokens are part of promptTokenCount; tool-use prompts and thoughts are billed beside it
    return Usage(
        n("promptTokenCount") + n("toolUsePromptTokenCount"), n("candidatesTokenCount") + n("thoughtsTokenCount")
    )


def _empty(doc: dict[str, Any]) -> bool:
    """A chunk whose parts all lost their text to the hold-back, with nothing else to say."""
    if doc.get("promptFeedback"):
        return False
    for cand in _candidates(doc):
        if cand.get("finishReason") or cand.get("citationMetadata"):
            return False
        content = cand.get("content")
        for part in content.get("parts") or [] if isinstance(content, dict) else []:
            if not isinstance(part, dict) or part.get("text", "") != "" or set(part) - {"text", "thought"}:
                return False
    return True


def _part_for(suffix: str, text: str) -> dict[str, Any]:
    """A part carrying a channel's held-back text, of the kind its field is."""
    if suffix == ".code":
        return {"executableCode": {"language": "PYTHON", "code": text}}
    if suffix == ".output":
        return {"codeExecutionResult": {"outcome": "OUTCOME_OK", "output": text}}
    if suffix == ".thought":
        return {"text": text, "thought": True}
    return {"text": text}


def _render_content(m: Message) -> dict[str, Any]:
    raw = m.raw if isinstance(m.raw, dict) else {}
    out = dict(raw)
    role = {"assistant": "model", "tool": raw.get("role", "function")}.get(m.role, m.role)
    out["role"] = role if isinstance(role, str) else "user"
    parts = []
    for p in m.parts:
        if p.raw is None:
            parts.append({"text": p.text})
        elif p.kind == "text" and "text" in p.raw:
            parts.append({**p.raw, "text": p.text})
        else:
            parts.append(p.raw)
    out["parts"] = parts
    return out


def _encode(doc: Any) -> bytes:
    return b"data: " + encode_json(doc).encode("utf-8", "backslashreplace") + b"\r\n\r\n"

"""The fake provider's Gemini API: ``generateContent`` and ``streamGenerateContent?alt=sse``.

Replies follow the last user turn as for the other APIs (``!leak``, ``!tokens N``, ``!error CODE``,
echo), plus ``!shape NAME rest`` with the names of :data:`GEMINI_SHAPES`, and two of Gemini's own
outcomes: ``!safety`` (the answer stopped with ``finishReason: SAFETY``) and ``!blocked`` (the
prompt refused with ``promptFeedback.blockReason``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any, Protocol


class FakeProvider(Protocol):
    """What the Gemini API reads of ``fake_provider.FakeProvider`` (which imports this module)."""

    chunk_chars: int
    calls: list[dict[str, Any]]

    def reply(self, system: str, messages: list[dict[str, Any]], model: str, max_tokens: int | None) -> str: ...
    def _count(self, text: str) -> int: ...


__all__ = ["GEMINI_SHAPES", "generate_content"]

#: Where ``!shape NAME`` puts the reply in a Gemini answer: ``text`` (one text part), ``text2``
#: (split across two text parts), ``function_call`` (a call's ``args``), ``code`` (an
#: ``executableCode`` part), ``code_result`` (a ``codeExecutionResult``'s output), ``thought`` (a
#: thought summary before a short answer), ``citations`` (a citation's title), ``n2`` (two candidates).
GEMINI_SHAPES = ("text", "text2", "function_call", "code", "code_result", "thought", "citations", "n2")
_SHAPE = re.compile(r"^\s*!shape\s+(\w+)\s?(.*)$", re.I | re.S)
_OUTCOME = re.compile(r"^\s*!(safety|blocked)\b", re.I)


def _text(parts: Any) -> str:
    if not isinstance(parts, list):
        return ""
    return "".join(p["text"] for p in parts if isinstance(p, dict) and isinstance(p.get("text"), str))


def _messages(body: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
    system = body.get("systemInstruction") or body.get("system_instruction") or {}
    system_text = (
        system if isinstance(system, str) else _text(system.get("parts") if isinstance(system, dict) else None)
    )
    messages = []
    for c in body.get("contents") or []:
        if isinstance(c, dict):
            role = "assistant" if c.get("role") == "model" else "user"
            messages.append({"role": role, "content": _text(c.get("parts"))})
    return system_text, messages


def _strings(value: Any) -> list[str]:
    out, stack = [], [value]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            out.append(node)
        elif isinstance(node, dict):
            stack.extend(v for k, v in node.items() if k not in ("role", "category", "threshold"))
        elif isinstance(node, list):
            stack.extend(node)
    return out


def _parts(shape: str, text: str) -> list[list[dict[str, Any]]]:
    """The parts of each candidate."""
    if shape == "text2":
        half = len(text) // 2
        return [[{"text": text[:half]}, {"text": text[half:]}]]
    if shape == "function_call":
        return [[{"functionCall": {"name": "lookup", "args": {"query": text}}}]]
    if shape == "code":
        return [[{"executableCode": {"language": "PYTHON", "code": f"print({text!r})"}}, {"text": "Done."}]]
    if shape == "code_result":
        return [[{"codeExecutionResult": {"outcome": "OUTCOME_OK", "output": text}}, {"text": "Done."}]]
    if shape == "thought":
        return [[{"text": text, "thought": True}, {"text": "Done."}]]
    if shape == "n2":
        return [[{"text": text}], [{"text": text}]]
    return [[{"text": text}]]


def generate_content(
    provider: FakeProvider, body: dict[str, Any], model: str, stream: bool
) -> dict[str, Any] | Iterator[bytes]:
    provider.calls.append(body)
    system, messages = _messages(body)
    last = next((m for m in reversed(messages) if m["role"] == "user"), {"content": ""})
    shape = "text"
    matched = _SHAPE.match(last["content"])
    if matched:
        shape = matched.group(1).lower()
        last["content"] = matched.group(2)
    outcome = _OUTCOME.match(last["content"])
    config = body.get("generationConfig") or body.get("generation_config") or {}
    max_tokens = config.get("maxOutputTokens") or config.get("max_output_tokens")
    # the real API bills every text of the request: tool declarations, calls and results included
    prompt_tokens = provider._count(" ".join(_strings(body)))
    if outcome and outcome.group(1).lower() == "blocked":
        doc = {
            "promptFeedback": {"blockReason": "SAFETY", "safetyRatings": []},
            "usageMetadata": {"promptTokenCount": prompt_tokens, "totalTokenCount": prompt_tokens},
            "modelVersion": model,
        }
        return doc if not stream else iter([_sse(doc)])
    text = "I cannot continue with that." if outcome else provider.reply(system, messages, model, max_tokens)
    finish = "SAFETY" if outcome else "STOP"
    candidates_parts = _parts(shape, text)
    out_tokens = provider._count(text) * len(candidates_parts)
    usage = {
        "promptTokenCount": prompt_tokens,
        "candidatesTokenCount": out_tokens,
        "totalTokenCount": prompt_tokens + out_tokens,
    }
    citations = {"citations": [{"startIndex": 0, "endIndex": len(text), "uri": "https://example.com/a", "title": text}]}
    if not stream:
        candidates = []
        for i, parts in enumerate(candidates_parts):
            cand: dict[str, Any] = {"content": {"role": "model", "parts": parts}, "finishReason": finish, "index": i}
            if shape == "citations":
                cand["citationMetadata"] = citations
            candidates.append(cand)
        return {"candidates": candidates, "usageMetadata": usage, "modelVersion": model, "responseId": "fake"}
    return _stream(
        provider.chunk_chars, candidates_parts, finish, usage, model, citations if shape == "citations" else None
    )


def _stream(
    size: int,
    candidates_parts: list[list[dict[str, Any]]],
    finish: str,
    usage: dict[str, Any],
    model: str,
    citations: dict[str, Any] | None,
) -> Iterator[bytes]:
    running = {"promptTokenCount": usage["promptTokenCount"], "totalTokenCount": usage["promptTokenCount"]}
    for index, parts in enumerate(candidates_parts):
        for part in parts:
            if "text" in part:  # text arrives in pieces; other parts whole, as Gemini sends them
                extra = {k: v for k, v in part.items() if k != "text"}
                text = part["text"]
                for i in range(0, len(text), size):
                    piece = {**extra, "text": text[i : i + size]}
                    yield _sse(_chunk(index, [piece], running, model))
            else:
                yield _sse(_chunk(index, [part], running, model))
    for index in range(len(candidates_parts)):
        last = _chunk(index, [{"text": ""}], usage, model)
        last["candidates"][0]["finishReason"] = finish
        if citations is not None:
            last["candidates"][0]["citationMetadata"] = citations
        yield _sse(last)


def _chunk(index: int, parts: list[dict[str, Any]], usage: dict[str, Any], model: str) -> dict[str, Any]:
    return {
        "candidates": [{"content": {"role": "model", "parts": parts}, "index": index}],
        "usageMetadata": usage,
        "modelVersion": model,
        "responseId": "fake",
    }


def _sse(doc: dict[str, Any]) -> bytes:
    return b"data: " + json.dumps(doc).encode() + b"\r\n\r\n"

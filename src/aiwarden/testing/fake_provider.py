"""A deterministic, in-process LLM provider speaking the OpenAI and Anthropic APIs.

It is the provider, not the thing under test: examples and tests call it instead of the real
API, without network. Replies follow the last user message:

- anything else: echoed back;
- ``!leak``: the full system prompt it was given (to test canaries);
- ``!tokens N``: N tokens of filler;
- ``!error CODE``: fails with that HTTP status and the provider's error body;
- ``!shape NAME rest``: the reply to ``rest`` (any of the above, or echoed), placed in the field
  of the answer that ``NAME`` names, JSON and streamed (see :data:`OPENAI_SHAPES` and
  :data:`ANTHROPIC_SHAPES`): ``!shape tool_call !leak`` answers with a tool call whose arguments
  hold the system prompt.

Streams are split into small chunks of ``chunk_chars`` characters. Usage is counted with
tiktoken (cl100k_base). :attr:`FakeProvider.asgi_app` serves the same over HTTP
(``/v1/chat/completions``, ``/v1/messages``, ``/v1/moderations``, ``/v1/models``) so the official
SDKs, or a detector calling a moderation URL, can be pointed at it.
"""

from __future__ import annotations

import json
import random
import re
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator, MutableMapping
from typing import Any

from .. import tokens
from ..errors import ProviderError
from .fake_gemini import GEMINI_SHAPES, generate_content

__all__ = [
    "ANTHROPIC_SHAPES",
    "GEMINI_SHAPES",
    "OPENAI_SHAPES",
    "RESPONSES_SHAPES",
    "FakeProvider",
    "ProviderError",
    "gemini_error_body",
]

#: Where ``!shape NAME`` puts the reply in an OpenAI chat answer: ``text`` (content, the default),
#: ``parts`` (content as a list of text parts), ``refusal``, ``tool_call`` (the arguments of a tool
#: call), ``function_call`` (the legacy function call), ``logprobs`` (content with its logprobs,
#: top alternatives included), ``annotations`` (a URL citation's url and title), ``audio`` (an
#: audio answer's transcript), ``reasoning`` (``reasoning_content``), ``n2`` (two choices).
OPENAI_SHAPES = (
    "text",
    "parts",
    "refusal",
    "tool_call",
    "function_call",
    "logprobs",
    "annotations",
    "audio",
    "reasoning",
    "n2",
)
#: Where ``!shape NAME`` puts the reply in an OpenAI Responses answer (``/v1/responses``): ``text``
#: (an ``output_text``), ``tool_call`` (a function call's arguments), ``refusal``, ``reasoning``
#: (the reasoning summary), ``annotations`` (a URL citation's url and title).
RESPONSES_SHAPES = ("text", "tool_call", "refusal", "reasoning", "annotations")
#: Where ``!shape NAME`` puts the reply in an Anthropic answer: ``text`` (one text block), ``text2``
#: (split across two text blocks), ``tool_use`` (a tool call's input), ``thinking``, ``citations``
#: (a citation's ``cited_text``).
ANTHROPIC_SHAPES = ("text", "text2", "tool_use", "thinking", "citations")
# Request fields the providers bill besides the messages.
_OPENAI_BILLED = ("tools", "functions", "response_format", "tool_choice", "function_call", "prediction")
_ANTHROPIC_BILLED = ("tools", "tool_choice")
# Parts whose text is counted apart (text) or that are not billed as their JSON (media).
_NOT_TEXT = frozenset(["text", "input_text", "image_url", "input_image", "image", "input_audio", "file", "input_file"])
_SHAPE = re.compile(r"^\s*!shape\s+(\w+)\s?(.*)$", re.I | re.S)

_FILLER = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor"
_COMMAND = re.compile(r"^\s*!(leak|tokens|error)\b\s*(\S*)", re.I)
# Words the fake moderation endpoint flags, by OpenAI category.
_MODERATION = {
    "violence": re.compile(r"\b(kill|murder|bomb|shoot)\w*", re.I),
    "harassment": re.compile(r"\b(idiot|moron|stupid)\b", re.I),
    "self-harm": re.compile(r"\b(suicide|self[- ]harm)\b", re.I),
}


def _role(message: Any) -> Any:
    return message.get("role") if isinstance(message, dict) else None


def _text_of(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(p.get("text", "") for p in content if isinstance(p, dict) and isinstance(p.get("text"), str))
    return ""


class FakeProvider:
    """``FakeProvider().chat_completions(body)`` → a dict, or an iterator of SSE bytes when streaming."""

    def __init__(self, *, chunk_chars: int = 4, valid_keys: Iterable[str] | None = None) -> None:
        self.chunk_chars = max(1, chunk_chars)
        #: When set, HTTP requests must carry one of these keys (``Authorization: Bearer`` or
        #: ``x-api-key``); others get 401, like the real APIs.
        self.valid_keys = set(valid_keys) if valid_keys is not None else None
        self.calls: list[dict[str, Any]] = []

    # -- the reply -----------------------------------------------------------------------------

    def _reply(
        self, system: str, messages: list[dict[str, Any]], model: str, max_tokens: int | None
    ) -> tuple[str, str]:
        """The reply (:meth:`reply` to the last user message without its ``!shape NAME``) and the shape."""
        at = next((i for i in range(len(messages) - 1, -1, -1) if _role(messages[i]) == "user"), None)
        matched = _SHAPE.match(_text_of(messages[at].get("content"))) if at is not None else None
        if matched is None or at is None:
            return self.reply(system, messages, model, max_tokens), "text"
        rest = [*messages[:at], {**messages[at], "content": matched.group(2)}, *messages[at + 1 :]]
        return self.reply(system, rest, model, max_tokens), matched.group(1).lower()

    def reply(self, system: str, messages: list[dict[str, Any]], model: str, max_tokens: int | None) -> str:
        last = next((m for m in reversed(messages) if isinstance(m, dict) and m.get("role") == "user"), None)
        text = _text_of(last.get("content")) if last else ""
        command = _COMMAND.match(text)
        if command:
            verb, arg = command.group(1).lower(), command.group(2)
            if verb == "leak":
                text = system
            elif verb == "tokens":
                n = int(arg) if arg.isdigit() else 16
                words = _FILLER.split() * (n // 10 + 1)
                text = " ".join(words)
                enc = tokens.counter("cl100k_base")
                while enc.count(text) > n and " " in text:
                    text = text.rsplit(" ", 1)[0]
            else:
                status = int(arg) if arg.isdigit() and 400 <= int(arg) <= 599 else 500
                raise ProviderError(status, _error_body(status))
        if max_tokens is not None:
            text = _truncate(text, max_tokens)
        return text

    def _count(self, text: str) -> int:
        return tokens.counter("cl100k_base").count(text)

    def _billed_besides(self, body: dict[str, Any], messages: list[Any], top: tuple[str, ...]) -> int:
        """What a real provider bills besides the messages' text: tool definitions and the like
        (``top``), a turn's tool calls and names, non-text blocks (as their JSON text)."""
        extra = [body[k] for k in top if body.get(k) is not None]
        for m in messages:
            if not isinstance(m, dict):
                continue
            extra.extend(v for k, v in m.items() if k not in ("role", "content"))
            content = m.get("content")
            if isinstance(content, list):
                extra.extend(p for p in content if isinstance(p, dict) and p.get("type") not in _NOT_TEXT)
        return self._count(json.dumps(extra, separators=(",", ":"))) if extra else 0

    # -- OpenAI -----------------------------------------------------------------------------------

    def chat_completions(self, body: dict[str, Any]) -> dict[str, Any] | Iterator[bytes]:
        self.calls.append(body)
        messages = body.get("messages") or []
        system = "\n".join(
            _text_of(m.get("content"))
            for m in messages
            if isinstance(m, dict) and m.get("role") in ("system", "developer")
        )
        model = body.get("model") or "fake"
        max_tokens = body.get("max_completion_tokens") or body.get("max_tokens")
        text, shape = self._reply(system, messages, model, max_tokens)
        prompt_tokens = sum(4 + self._count(_text_of(m.get("content"))) for m in messages if isinstance(m, dict)) + 3
        prompt_tokens += self._billed_besides(body, messages, _OPENAI_BILLED)
        usage = {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": self._count(text),
            "total_tokens": prompt_tokens + self._count(text),
        }
        cid, created = f"chatcmpl-fake{len(self.calls)}", int(time.time())
        if not body.get("stream"):
            choices = [{"index": i, **choice} for i, choice in enumerate(_openai_choices(shape, text))]
            return {
                "id": cid,
                "object": "chat.completion",
                "created": created,
                "model": model,
                "choices": choices,
                "usage": usage,
            }
        options = body.get("stream_options") or {}
        include_usage = bool(options.get("include_usage"))
        padding = _Padding(cid) if options.get("include_obfuscation", True) else None
        return self._openai_stream(cid, created, model, shape, text, usage if include_usage else None, padding)

    def _openai_stream(
        self,
        cid: str,
        created: int,
        model: str,
        shape: str,
        text: str,
        usage: dict[str, Any] | None,
        padding: _Padding | None = None,
    ) -> Iterator[bytes]:
        base = {"id": cid, "object": "chat.completion.chunk", "created": created, "model": model}
        pieces = [text[i : i + self.chunk_chars] for i in range(0, len(text), self.chunk_chars)]

        def chunk(delta: dict[str, Any], finish: str | None = None, index: int = 0, logprobs: Any = None) -> bytes:
            choice = {"index": index, "delta": delta, "logprobs": logprobs, "finish_reason": finish}
            doc = {**base, "choices": [choice]}
            if usage is not None:
                doc["usage"] = None
            if padding is not None:
                doc["obfuscation"] = padding.next()
            return b"data: " + json.dumps(doc).encode() + b"\n\n"

        finish = "stop"
        if shape == "tool_call":
            args = json.dumps({"query": text})
            call = {"index": 0, "id": "call_fake", "type": "function", "function": {"name": "lookup", "arguments": ""}}
            yield chunk({"role": "assistant", "content": None, "tool_calls": [call]})
            for i in range(0, len(args), self.chunk_chars):
                piece = args[i : i + self.chunk_chars]
                yield chunk({"tool_calls": [{"index": 0, "function": {"arguments": piece}}]})
            finish = "tool_calls"
        elif shape == "function_call":
            args = json.dumps({"query": text})
            yield chunk({"role": "assistant", "content": None, "function_call": {"name": "lookup", "arguments": ""}})
            for i in range(0, len(args), self.chunk_chars):
                yield chunk({"function_call": {"arguments": args[i : i + self.chunk_chars]}})
            finish = "function_call"
        elif shape == "n2":
            for index in (0, 1):
                yield chunk({"role": "assistant", "content": ""}, index=index)
            for piece in pieces:
                for index in (0, 1):
                    yield chunk({"content": piece}, index=index)
            yield chunk({}, "stop", index=0)
            finish_index = 1
            yield chunk({}, "stop", index=finish_index)
            yield from self._openai_stream_end(base, usage, padding)
            return
        else:
            yield chunk({"role": "assistant", "content": ""})
            for piece in pieces:
                if shape == "logprobs":
                    yield chunk({"content": piece}, logprobs={"content": [_logprob(piece)], "refusal": None})
                else:
                    yield chunk(_openai_delta(shape, piece))
            if shape == "annotations":
                yield chunk({"annotations": _openai_choices(shape, text)[0]["message"]["annotations"]})
            elif shape == "reasoning":
                yield chunk({"content": "Done."})
        yield chunk({}, finish)
        yield from self._openai_stream_end(base, usage, padding)

    @staticmethod
    def _openai_stream_end(
        base: dict[str, Any], usage: dict[str, Any] | None, padding: _Padding | None = None
    ) -> Iterator[bytes]:
        if usage is not None:
            doc = {**base, "choices": [], "usage": usage}
            if padding is not None:
                doc["obfuscation"] = padding.next()
            yield b"data: " + json.dumps(doc).encode() + b"\n\n"
        yield b"data: [DONE]\n\n"

    # -- Anthropic --------------------------------------------------------------------------------

    def messages(self, body: dict[str, Any]) -> dict[str, Any] | Iterator[bytes]:
        self.calls.append(body)
        messages = body.get("messages") or []
        system = _text_of(body.get("system"))
        model = body.get("model") or "fake"
        text, shape = self._reply(system, messages, model, body.get("max_tokens"))
        in_tokens = self._count(system) + sum(
            self._count(_text_of(m.get("content"))) for m in messages if isinstance(m, dict)
        )
        in_tokens += self._billed_besides(body, messages, _ANTHROPIC_BILLED)
        out_tokens = self._count(text)
        mid = f"msg_fake{len(self.calls)}"
        if not body.get("stream"):
            return {
                "id": mid,
                "type": "message",
                "role": "assistant",
                "model": model,
                "content": _anthropic_blocks(shape, text),
                "stop_reason": "tool_use" if shape == "tool_use" else "end_turn",
                "stop_sequence": None,
                "usage": {"input_tokens": in_tokens, "output_tokens": out_tokens},
            }
        return self._anthropic_stream(mid, model, _anthropic_blocks(shape, text), in_tokens, out_tokens)

    def _anthropic_stream(
        self, mid: str, model: str, blocks: list[dict[str, Any]], in_tokens: int, out_tokens: int
    ) -> Iterator[bytes]:
        def event(name: str, doc: dict[str, Any]) -> bytes:
            return f"event: {name}\ndata: {json.dumps(doc)}\n\n".encode()

        yield event(
            "message_start",
            {
                "type": "message_start",
                "message": {
                    "id": mid,
                    "type": "message",
                    "role": "assistant",
                    "model": model,
                    "content": [],
                    "stop_reason": None,
                    "stop_sequence": None,
                    "usage": {"input_tokens": in_tokens, "output_tokens": 1},
                },
            },
        )
        for index, block in enumerate(blocks):
            kind, start, key, delta, text = _block_stream(block)
            yield event("content_block_start", {"type": "content_block_start", "index": index, "content_block": start})
            for citation in block.get("citations") or ():
                citations = {"type": "citations_delta", "citation": citation}
                yield event("content_block_delta", {"type": "content_block_delta", "index": index, "delta": citations})
            for i in range(0, len(text), self.chunk_chars):
                piece = {"type": delta, key: text[i : i + self.chunk_chars]}
                yield event("content_block_delta", {"type": "content_block_delta", "index": index, "delta": piece})
            if kind == "thinking":
                signed = {"type": "signature_delta", "signature": block["signature"]}
                yield event("content_block_delta", {"type": "content_block_delta", "index": index, "delta": signed})
            yield event("content_block_stop", {"type": "content_block_stop", "index": index})
        yield event(
            "message_delta",
            {
                "type": "message_delta",
                "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                "usage": {"output_tokens": out_tokens},
            },
        )
        yield event("message_stop", {"type": "message_stop"})

    def respond(
        self, api: str, body: Any, *, model: str | None = None, stream: bool = False
    ) -> tuple[int, dict[str, Any] | Iterator[bytes]]:
        """What an app's handler returns: ``(status, JSON dict or SSE byte iterator)``.

        ``api`` is ``"openai"`` (chat completions), ``"anthropic"`` (messages) or ``"gemini"``
        (``generateContent``; its ``model`` and ``stream`` come from the URL, so the handler
        passes them). Provider errors come back as their status and error body, as the real API
        would answer them.
        """
        if not isinstance(body, dict):
            return 400, _error_body(400)
        try:
            if api == "gemini":
                return 200, generate_content(self, body, model or "gemini-2.5-flash", stream)
            if api == "anthropic":
                return 200, self.messages(body)
            if api == "openai-responses":
                return 200, self.responses(body)
            if api == "openai-completions":
                return 200, self.completions(body)
            return 200, self.chat_completions(body)
        except ProviderError as exc:
            if api == "gemini":
                return exc.status, gemini_error_body(exc.status)
            return exc.status, exc.body

    # -- OpenAI Responses and legacy Completions ----------------------------------------------

    def responses(self, body: dict[str, Any]) -> dict[str, Any] | Iterator[bytes]:
        """``/v1/responses``: the reply as an ``output_text`` (shapes: ``tool_call``, ``refusal``,
        ``reasoning``, ``annotations``), JSON or its typed events."""
        self.calls.append(body)
        raw = body.get("input")
        messages = [{"role": "user", "content": raw}] if isinstance(raw, str) else list(raw or [])
        instructions = body.get("instructions")
        system = instructions if isinstance(instructions, str) else ""
        model = body.get("model") or "fake"
        text, shape = self._reply(system, messages, model, body.get("max_output_tokens"))
        usage = {"input_tokens": self._count(json.dumps(body)), "output_tokens": self._count(text)}
        rid = f"resp_fake{len(self.calls)}"
        items = _response_items(shape, text)
        whole = {"id": rid, "object": "response", "status": "completed", "model": model, "output": items}
        if not body.get("stream"):
            return {**whole, "usage": usage}
        return self._responses_stream(whole, usage)

    def _responses_stream(self, whole: dict[str, Any], usage: dict[str, Any]) -> Iterator[bytes]:
        seq = iter(range(1 << 30))

        def event(kind: str, **fields: Any) -> bytes:
            doc = {"type": kind, "sequence_number": next(seq), **fields}
            return f"event: {kind}\ndata: {json.dumps(doc)}\n\n".encode()

        yield event("response.created", response={**whole, "status": "in_progress", "output": []})
        for o, item in enumerate(whole["output"]):
            pieces = self.chunk_chars
            if item["type"] == "function_call":
                yield event("response.output_item.added", output_index=o, item={**item, "arguments": ""})
                args = item["arguments"]
                for i in range(0, len(args), pieces):
                    yield event(
                        "response.function_call_arguments.delta",
                        output_index=o,
                        item_id=item["id"],
                        delta=args[i : i + pieces],
                    )
                yield event("response.function_call_arguments.done", output_index=o, item_id=item["id"], arguments=args)
            elif item["type"] == "reasoning":
                yield event("response.output_item.added", output_index=o, item={**item, "summary": []})
                summary = item["summary"][0]["text"]
                for i in range(0, len(summary), pieces):
                    yield event(
                        "response.reasoning_summary_text.delta",
                        output_index=o,
                        item_id=item["id"],
                        summary_index=0,
                        delta=summary[i : i + pieces],
                    )
                yield event(
                    "response.reasoning_summary_text.done",
                    output_index=o,
                    item_id=item["id"],
                    summary_index=0,
                    text=summary,
                )
            else:
                yield event("response.output_item.added", output_index=o, item={**item, "content": []})
                for c, part in enumerate(item["content"]):
                    key = "refusal" if part["type"] == "refusal" else "text"
                    yield event(
                        "response.content_part.added",
                        output_index=o,
                        content_index=c,
                        item_id=item["id"],
                        part={**part, key: "", **({"annotations": []} if key == "text" else {})},
                    )
                    kind = "response.refusal" if key == "refusal" else "response.output_text"
                    for i in range(0, len(part[key]), pieces):
                        yield event(
                            f"{kind}.delta",
                            output_index=o,
                            content_index=c,
                            item_id=item["id"],
                            delta=part[key][i : i + pieces],
                        )
                    for a, annotation in enumerate(part.get("annotations") or ()):
                        yield event(
                            "response.output_text.annotation.added",
                            output_index=o,
                            content_index=c,
                            item_id=item["id"],
                            annotation_index=a,
                            annotation=annotation,
                        )
                    yield event(f"{kind}.done", output_index=o, content_index=c, item_id=item["id"], **{key: part[key]})
                    yield event(
                        "response.content_part.done", output_index=o, content_index=c, item_id=item["id"], part=part
                    )
            yield event("response.output_item.done", output_index=o, item=item)
        yield event("response.completed", response={**whole, "usage": usage})

    def completions(self, body: dict[str, Any]) -> dict[str, Any] | Iterator[bytes]:
        """``/v1/completions`` (legacy): the reply to the prompt's last paragraph as ``choices[0].text``."""
        self.calls.append(body)
        prompt = body.get("prompt")
        prompt = prompt if isinstance(prompt, str) else next((p for p in prompt or [] if isinstance(p, str)), "")
        system, _, user = prompt.rpartition("\n\n")
        model = body.get("model") or "fake"
        text, _shape = self._reply(system, [{"role": "user", "content": user}], model, body.get("max_tokens"))
        usage = {"prompt_tokens": self._count(prompt), "completion_tokens": self._count(text)}
        usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
        base = {
            "id": f"cmpl-fake{len(self.calls)}",
            "object": "text_completion",
            "created": int(time.time()),
            "model": model,
        }
        if not body.get("stream"):
            choice = {"text": text, "index": 0, "logprobs": None, "finish_reason": "stop"}
            return {**base, "choices": [choice], "usage": usage}
        include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
        return self._completions_stream(base, text, usage if include_usage else None)

    def _completions_stream(self, base: dict[str, Any], text: str, usage: dict[str, Any] | None) -> Iterator[bytes]:
        def chunk(piece: str, finish: str | None = None) -> bytes:
            choice = {"text": piece, "index": 0, "logprobs": None, "finish_reason": finish}
            return b"data: " + json.dumps({**base, "choices": [choice]}).encode() + b"\n\n"

        for i in range(0, len(text), self.chunk_chars):
            yield chunk(text[i : i + self.chunk_chars])
        yield chunk("", "stop")
        yield from self._openai_stream_end(base, usage)

    # -- moderation ---------------------------------------------------------------------------------

    def moderations(self, body: dict[str, Any]) -> dict[str, Any]:
        inputs = body.get("input")
        texts = [inputs] if isinstance(inputs, str) else [t for t in (inputs or []) if isinstance(t, str)]
        results = []
        for text in texts:
            categories = {name: bool(rx.search(text)) for name, rx in _MODERATION.items()}
            scores = {name: 0.97 if hit else 0.01 for name, hit in categories.items()}
            results.append({"flagged": any(categories.values()), "categories": categories, "category_scores": scores})
        return {"id": f"modr-fake{len(self.calls)}", "model": "omni-moderation-latest", "results": results}

    # -- HTTP ---------------------------------------------------------------------------------------

    @property
    def asgi_app(self) -> Callable[[MutableMapping[str, Any], Any, Any], Awaitable[None]]:
        """An ASGI 3 application (a plain ``async def``, so servers such as uvicorn detect it)."""

        async def app(scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
            await self._asgi(scope, receive, send)

        return app

    async def _asgi(self, scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        status, payload = self._http(scope["method"], scope["path"], headers, body)
        if isinstance(payload, dict):
            data = json.dumps(payload).encode()
            await send(
                {
                    "type": "http.response.start",
                    "status": status,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode())],
                }
            )
            await send({"type": "http.response.body", "body": data})
            return
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(b"content-type", b"text/event-stream"), (b"cache-control", b"no-cache")],
            }
        )
        for piece in payload:
            await send({"type": "http.response.body", "body": piece, "more_body": True})
        await send({"type": "http.response.body", "body": b""})

    def _http(
        self, method: str, path: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, dict[str, Any] | Iterator[bytes]]:
        if self.valid_keys is not None:
            auth = headers.get("authorization", "")
            key = auth[7:] if auth.lower().startswith("bearer ") else headers.get("x-api-key", "")
            if key not in self.valid_keys:
                return 401, _error_body(401)
        if method == "GET" and path.rstrip("/") == "/v1/models":
            return 200, {"object": "list", "data": [{"id": "gpt-4o-mini", "object": "model", "owned_by": "fake"}]}
        handlers = {
            "/v1/chat/completions": self.chat_completions,
            "/v1/messages": self.messages,
            "/v1/responses": self.responses,
            "/v1/completions": self.completions,
            "/v1/moderations": self.moderations,
        }
        gemini = _GEMINI_PATH.search(path)
        if gemini is not None and method == "POST":
            try:
                doc = json.loads(body or b"{}")
            except ValueError:
                return 400, gemini_error_body(400)
            return self.respond("gemini", doc, model=gemini.group(1), stream=gemini.group(2) == "stream")
        handler = handlers.get(path.rstrip("/"))
        if handler is None or method != "POST":
            return 404, _error_body(404)
        try:
            doc = json.loads(body or b"{}")
        except ValueError:
            return 400, _error_body(400)
        if handler == self.moderations:
            return 200, self.moderations(doc)
        api = {self.messages: "anthropic", self.responses: "openai-responses", self.completions: "openai-completions"}
        return self.respond(api.get(handler, "openai"), doc)


_GEMINI_PATH = re.compile(r"/models/([^/:]+):(stream)?[gG]enerateContent$")
_GRPC_STATUS = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
    503: "UNAVAILABLE",
}


def gemini_error_body(status: int) -> dict[str, Any]:
    """The Gemini API's error shape."""
    message = _error_body(status)["error"]["message"]
    return {"error": {"code": status, "message": message, "status": _GRPC_STATUS.get(status, "UNKNOWN")}}


class _Padding:
    """OpenAI's ``obfuscation`` field: random characters of varying length on each stream chunk (so
    a chunk's size does not tell its text's length), sent unless ``stream_options.include_obfuscation``
    is false. Here pseudo-random from the stream's id, so a stream is the same on every run."""

    _ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

    def __init__(self, seed: str) -> None:
        self.rng = random.Random(seed)  # (a str seed is hashed the same way on every run)

    def next(self) -> str:
        return "".join(self.rng.choices(self._ALPHABET, k=self.rng.randint(1, 16)))


def _truncate(text: str, max_tokens: int) -> str:
    enc = tokens.counter("cl100k_base")
    if enc.count(text) <= max_tokens:
        return text
    words = text.split(" ")
    lo, hi = 0, len(words)
    while lo < hi:  # the longest prefix of words within max_tokens
        mid = (lo + hi + 1) // 2
        if enc.count(" ".join(words[:mid])) <= max_tokens:
            lo = mid
        else:
            hi = mid - 1
    return " ".join(words[:lo])


_ERRORS = {
    400: ("invalid_request_error", "The provider could not parse the request."),
    401: ("authentication_error", "Incorrect API key provided."),
    403: ("permission_error", "The API key may not use this resource."),
    404: ("not_found_error", "Unknown endpoint."),
    429: ("rate_limit_error", "The provider's rate limit was reached."),
    500: ("api_error", "The provider had an internal error."),
    503: ("overloaded_error", "The provider is overloaded."),
}


def _error_body(status: int) -> dict[str, Any]:
    kind, message = _ERRORS.get(status, ("api_error", f"The provider failed with status {status}."))
    return {"error": {"message": message, "type": kind, "param": None, "code": str(status)}}


def _logprob(token: str) -> dict[str, Any]:
    top = {"token": token, "logprob": -0.01, "bytes": list(token.encode())}
    return {**top, "top_logprobs": [top]}


def _openai_choices(shape: str, text: str) -> list[dict[str, Any]]:
    """The choices of a JSON answer whose reply ``text`` is in the field ``shape`` names."""
    message: dict[str, Any] = {"role": "assistant", "content": text, "refusal": None}
    choice: dict[str, Any] = {"logprobs": None, "finish_reason": "stop"}
    if shape == "parts":
        message["content"] = [{"type": "text", "text": text}]
    elif shape == "refusal":
        message.update(content=None, refusal=text)
    elif shape == "tool_call":
        call: dict[str, Any] = {"id": "call_fake", "type": "function", "function": {"name": "lookup", "arguments": ""}}
        call["function"]["arguments"] = json.dumps({"query": text})
        message.update(content=None, tool_calls=[call])
        choice["finish_reason"] = "tool_calls"
    elif shape == "function_call":
        message.update(content=None, function_call={"name": "lookup", "arguments": json.dumps({"query": text})})
        choice["finish_reason"] = "function_call"
    elif shape == "logprobs":
        tokens = [text[i : i + 4] for i in range(0, len(text), 4)]
        choice["logprobs"] = {"content": [_logprob(t) for t in tokens], "refusal": None}
    elif shape == "annotations":
        message["content"] = "See the source."
        citation = {"start_index": 0, "end_index": 15, "url": "https://example.com/?q=" + text, "title": text}
        message["annotations"] = [{"type": "url_citation", "url_citation": citation}]
    elif shape == "audio":
        message.update(content=None, audio={"id": "audio_fake", "data": "", "expires_at": 0, "transcript": text})
    elif shape == "reasoning":
        message.update(content="Done.", reasoning_content=text)
    if shape == "n2":
        return [{"message": dict(message), **choice}, {"message": dict(message), **choice}]
    return [{"message": message, **choice}]


def _openai_delta(shape: str, piece: str) -> dict[str, Any]:
    """A stream delta carrying ``piece`` of the reply in the field ``shape`` names."""
    if shape == "parts":
        return {"content": [{"type": "text", "text": piece}]}
    if shape == "refusal":
        return {"refusal": piece}
    if shape == "audio":
        return {"audio": {"transcript": piece}}
    if shape == "reasoning":
        return {"reasoning_content": piece}
    return {"content": piece}  # text, logprobs, annotations (its citation comes whole at the end)


def _anthropic_blocks(shape: str, text: str) -> list[dict[str, Any]]:
    """The content of an Anthropic answer whose reply ``text`` is in the place ``shape`` names."""
    if shape == "text2":  # one text to the reader, in two blocks (as citations split it)
        half = len(text) // 2
        return [{"type": "text", "text": text[:half]}, {"type": "text", "text": text[half:]}]
    if shape == "tool_use":
        call = {"type": "tool_use", "id": "toolu_fake", "name": "lookup", "input": {"query": text}}
        return [{"type": "text", "text": "Let me look that up."}, call]
    if shape == "thinking":
        return [{"type": "thinking", "thinking": text, "signature": "c2lnbmVk"}, {"type": "text", "text": "Done."}]
    if shape == "citations":
        cited = {
            "type": "char_location",
            "cited_text": text,
            "document_index": 0,
            "document_title": "notes",
            "start_char_index": 0,
            "end_char_index": len(text),
        }
        return [{"type": "text", "text": "See the notes.", "citations": [cited]}]
    return [{"type": "text", "text": text}]


def _block_stream(block: dict[str, Any]) -> tuple[str, dict[str, Any], str, str, str]:
    """How a block streams: its type, its start, the key and type of its deltas, the streamed text."""
    kind = block["type"]
    if kind == "tool_use":
        return kind, {**block, "input": {}}, "partial_json", "input_json_delta", json.dumps(block["input"])
    if kind == "thinking":
        return (
            kind,
            {"type": "thinking", "thinking": "", "signature": ""},
            "thinking",
            "thinking_delta",
            block["thinking"],
        )
    start = {"type": "text", "text": ""}
    if "citations" in block:
        start["citations"] = []  # type: ignore[assignment]
    return kind, start, "text", "text_delta", block["text"]


def _response_items(shape: str, text: str) -> list[dict[str, Any]]:
    """The ``output`` of a Responses answer whose reply ``text`` is in the place ``shape`` names."""
    if shape == "tool_call":
        args = json.dumps({"query": text})
        return [{"type": "function_call", "id": "fc_fake", "call_id": "call_fake", "name": "lookup", "arguments": args}]
    part: dict[str, Any] = {"type": "output_text", "text": text, "annotations": []}
    if shape == "refusal":
        part = {"type": "refusal", "refusal": text}
    elif shape == "annotations":
        citation = {"type": "url_citation", "url": "https://example.com/?q=" + text, "title": text}
        part = {
            "type": "output_text",
            "text": "See the source.",
            "annotations": [{**citation, "start_index": 0, "end_index": 15}],
        }
    message = {"type": "message", "id": "msg_fake", "status": "completed", "role": "assistant", "content": [part]}
    if shape == "reasoning":
        reasoning = {"type": "reasoning", "id": "rs_fake", "summary": [{"type": "summary_text", "text": text}]}
        done = {**message, "content": [{"type": "output_text", "text": "Done.", "annotations": []}]}
        return [reasoning, done]
    return [message]

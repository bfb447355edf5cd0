"""A generic JSON format: the route names where the prompt and the answer are.

``prompt_field`` and ``answer_field`` are dotted paths (``input.text``, ``choices.0.text``). The
prompt becomes one user message; the answer is filtered as one output channel. Default deny on
the rest: every other string of a request is counted and scanned as a document (the API may show
it to its model), and every other string of an answer is filtered whole. Streams of a generic
route are passed through unfiltered only if the policy allows it; by default the engine refuses
``stream`` on generic routes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..context import ChatRequest, FieldText, Message, Part, Usage
from ..errors import Refusal
from .base import StreamSink, field_error
from .sse import SSEEvent


def _walk(doc: Any, path: list[str]) -> tuple[Any, str | int] | None:
    """The container holding the last key of ``path``, and that key."""
    node = doc
    for key in path[:-1]:
        node = _child(node, key)
        if node is None:
            return None
    last: str | int = path[-1]
    if isinstance(node, list) and isinstance(last, str) and last.isdigit():
        last = int(last)
    if (isinstance(node, dict) and last in node) or (
        isinstance(node, list) and isinstance(last, int) and last < len(node)
    ):
        return node, last
    return None


def _strings(doc: Any) -> list[tuple[str, Any, Any, str]]:
    """Every string value in ``doc`` with its dotted path, holder and key (iterative: no nesting is
    too deep). Short values that carry no text (``"model"``-like names) are read too: cheap."""
    out: list[tuple[str, Any, Any, str]] = []
    stack: list[tuple[str, Any]] = [("", doc)]
    while stack:
        where, node = stack.pop()
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, value in items:
            path = f"{where}.{key}" if where else str(key)
            if isinstance(value, str):
                out.append((path, node, key, value))
            elif isinstance(value, dict | list):
                stack.append((path, value))
    return out


def _child(node: Any, key: str) -> Any:
    if isinstance(node, dict):
        return node.get(key)
    if isinstance(node, list) and key.isdigit() and int(key) < len(node):
        return node[int(key)]
    return None


class GenericJSON:
    name = "generic"

    def __init__(self, prompt_field: str, answer_field: str) -> None:
        self.prompt_path = prompt_field.split(".")
        self.answer_path = answer_field.split(".")
        self.prompt_field = prompt_field

    def parse_request(self, doc: dict[str, Any]) -> ChatRequest:
        found = _walk(doc, self.prompt_path)
        if found is None or not isinstance(found[0][found[1]], str):
            raise field_error(self.prompt_field, f"'{self.prompt_field}' is required and must be a string.")
        text = found[0][found[1]]
        model = doc.get("model") if isinstance(doc.get("model"), str) else None
        stream = doc.get("stream") is True  # the engine refuses it: this format cannot filter a stream
        chat = ChatRequest(model, [Message("user", [Part("text", text)])], stream, None, False, doc)
        chat.texts = [
            FieldText(where, s, "document")
            for where, holder, key, s in _strings(doc)
            if holder is not found[0] or key != found[1]
        ]
        return chat

    def render_request(self, chat: ChatRequest) -> dict[str, Any]:
        import copy

        doc = copy.deepcopy(chat.document)
        found = _walk(doc, self.prompt_path)
        user = [m for m in chat.messages if m.role != "system"]
        if found is not None and user:
            found[0][found[1]] = user[-1].text
        return doc

    def recognises(self, doc: dict[str, Any]) -> bool:
        """Whether an answer has the route's answer field (else the engine checks it is not OpenAI's
        or Anthropic's answer, which would pass unfiltered)."""
        return _walk(doc, self.answer_path) is not None

    def map_response(self, doc: Any, fn: Callable[[str, str], str]) -> None:
        found = _walk(doc, self.answer_path)
        if found is not None and isinstance(found[0][found[1]], str):
            found[0][found[1]] = fn("0", found[0][found[1]])
        for _where, holder, key, text in _strings(doc):  # every other string: read whole, on its own
            if found is None or holder is not found[0] or key != found[1]:
                holder[key] = fn("other", text)

    def response_usage(self, doc: Any) -> Usage | None:
        return None

    def rewrite_event(self, ev: SSEEvent, sink: StreamSink) -> bytes:
        return ev.raw

    def flush_stream(self, sink: StreamSink, keep_open: bool = False) -> bytes:
        return b""

    def stream_error(self, refusal: Refusal) -> bytes:
        return b"data: " + refusal.body() + b"\n\n"

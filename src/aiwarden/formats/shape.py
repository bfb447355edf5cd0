"""Whether an answer looks like the wire format its route declares, or like the other known one.

A route declared ``format="anthropic"`` whose view returns OpenAI chunks (or the reverse) would
otherwise pass unfiltered: the declared format finds none of its text fields. The engine refuses
such an answer as unreadable. The test is conservative: only an answer its own format does not
recognise *and* another format does is foreign (a generic route's answer without its answer
field, but shaped like OpenAI's or Anthropic's, too); errors, empty answers and shapes neither
format knows are not.

>>> foreign_answer("anthropic", {"object": "chat.completion", "choices": []})
'openai'
>>> foreign_answer("openai", {"object": "chat.completion", "choices": []}) is None
True
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

__all__ = ["event_shape", "foreign_answer"]

# The events of an Anthropic stream that only it sends (ping and error are too generic to tell).
_ANTHROPIC_EVENTS = frozenset(
    [
        "message_start",
        "message_delta",
        "message_stop",
        "content_block_start",
        "content_block_delta",
        "content_block_stop",
    ]
)


def _openai(doc: dict[str, Any]) -> bool:
    return isinstance(doc.get("choices"), list) or doc.get("object") in ("chat.completion", "chat.completion.chunk")


def _anthropic_answer(doc: dict[str, Any]) -> bool:
    return doc.get("type") == "message" or (isinstance(doc.get("content"), list) and doc.get("role") == "assistant")


def _anthropic_type(doc: dict[str, Any]) -> bool:
    """An Anthropic event's type (any JSON value may stand in "type": only a string is looked up)."""
    kind = doc.get("type")
    return isinstance(kind, str) and kind in _ANTHROPIC_EVENTS


def _anthropic_event(doc: dict[str, Any]) -> bool:
    return _anthropic_type(doc) or doc.get("type") == "ping"


def _responses(doc: dict[str, Any]) -> bool:
    return doc.get("object") == "response" or isinstance(doc.get("output"), list)


def _gemini(doc: dict[str, Any]) -> bool:
    return isinstance(doc.get("candidates"), list) or "promptFeedback" in doc or "usageMetadata" in doc


_ANSWERS = {"openai": _openai, "anthropic": _anthropic_answer, "openai-responses": _responses, "gemini": _gemini}


def _not_chat_event(doc: dict[str, Any]) -> bool:
    kind = doc.get("type")
    return _anthropic_type(doc) or (isinstance(kind, str) and kind.startswith("response.")) or _gemini(doc)


_ANSWERS["openai-completions"] = _openai
# (a Responses route needs no event check: its format refuses any event whose type it does not know)
_EVENTS = {"openai": _openai, "openai-completions": _openai, "anthropic": _anthropic_event, "gemini": _gemini}
_FOREIGN_EVENTS: dict[str, Callable[[dict[str, Any]], bool]] = {
    "openai": _not_chat_event,
    "openai-completions": _not_chat_event,
    "anthropic": lambda d: _openai(d) or _gemini(d),
    "gemini": lambda d: _openai(d) or _anthropic_type(d),
}


def foreign_answer(declared: str, doc: Any, own: Callable[[dict[str, Any]], bool] | None = None) -> str | None:
    """The other format's name when a JSON answer is not ``declared``'s shape but is the other's
    (``own``: the declared format's test, for a format of the policy's own fields: generic)."""
    own = own or _ANSWERS.get(declared)
    if own is None or not isinstance(doc, dict) or "error" in doc or own(doc):
        return None
    for name, looks in _ANSWERS.items():
        if name != declared and looks(doc):
            return name
    return None


def event_shape(declared: str, doc: Any) -> Literal["own", "foreign"] | None:
    """Whether a stream event (its JSON data) is ``declared``'s, the other format's, or cannot tell."""
    own = _EVENTS.get(declared)
    if own is None or not isinstance(doc, dict) or "error" in doc:
        return None
    if own(doc):
        return "own"
    return "foreign" if _FOREIGN_EVENTS[declared](doc) else None

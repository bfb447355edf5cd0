"""Wire formats: how AI requests and answers look on the wire."""

from __future__ import annotations

from ..policy import RouteSpec
from .anthropic import AnthropicMessages
from .base import StreamSink, WireFormat, decode_json_object
from .generic import GenericJSON
from .openai import OpenAIChat
from .sse import SSEDecoder, SSEEvent, encode_event

__all__ = [
    "AnthropicMessages",
    "GenericJSON",
    "OpenAIChat",
    "SSEDecoder",
    "SSEEvent",
    "StreamSink",
    "WireFormat",
    "decode_json_object",
    "encode_event",
    "format_for",
]

_OPENAI = OpenAIChat()
_ANTHROPIC = AnthropicMessages()


def format_for(route: RouteSpec) -> WireFormat:
    if route.format == "anthropic":
        return _ANTHROPIC
    if route.format == "generic":
        assert route.prompt_field and route.answer_field  # RouteSpec.validate guarantees both
        return GenericJSON(route.prompt_field, route.answer_field)
    return _OPENAI

"""Wire formats: how AI requests and answers look on the wire."""

from __future__ import annotations

from ..policy import RouteSpec
from .anthropic import AnthropicMessages
from .base import StreamSink, WireFormat, decode_json_object
from .generic import GenericJSON
from .openai import OpenAIChat, OpenAICompletions
from .responses import OpenAIResponses
from .sse import SSEDecoder, SSEEvent, encode_event

__all__ = [
    "AnthropicMessages",
    "GenericJSON",
    "OpenAIChat",
    "OpenAICompletions",
    "OpenAIResponses",
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
_RESPONSES = OpenAIResponses()
_COMPLETIONS = OpenAICompletions()


def format_for(route: RouteSpec) -> WireFormat:
    if route.format == "anthropic":
        return _ANTHROPIC
    if route.format == "openai-responses":
        return _RESPONSES
    if route.format == "openai-completions":
        return _COMPLETIONS
    if route.format == "generic":
        assert route.prompt_field and route.answer_field  # RouteSpec.validate guarantees both
        return GenericJSON(route.prompt_field, route.answer_field)
    return _OPENAI

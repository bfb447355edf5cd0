"""Wire formats: how AI requests and answers look on the wire."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..context import HttpRequest
from .anthropic import AnthropicMessages
from .base import StreamSink, WireFormat, decode_json_object
from .gemini import GeminiGenerateContent, for_path
from .generic import GenericJSON
from .openai import OpenAIChat, OpenAICompletions
from .responses import OpenAIResponses
from .sse import SSEDecoder, SSEEvent, encode_event

if TYPE_CHECKING:
    from ..policy import RouteSpec

__all__ = [
    "AnthropicMessages",
    "GeminiGenerateContent",
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


def format_for(route: RouteSpec, request: HttpRequest | None = None) -> WireFormat:
    if route.format == "gemini":  # the model and streaming are in the URL: a format per request
        return for_path((request.app_path or request.path) if request is not None else "")
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

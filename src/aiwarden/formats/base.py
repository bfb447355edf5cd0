"""What a wire format does for the engine.

A format turns a request body into a :class:`~aiwarden.context.ChatRequest` and back, maps the
answer's text fields of a JSON response, and rewrites the events of a streamed response through
a :class:`StreamSink` (the engine's per-request filter chains).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from typing import Any, Protocol

from ..context import ChatRequest, Usage
from ..errors import Refusal, RefusalError, Unreadable, bad_request
from .sse import SSEEvent

__all__ = [
    "StreamSink",
    "TextMap",
    "Unreadable",
    "WireFormat",
    "decode_json_object",
    "event_json",
    "filter_strings",
    "render_json",
    "safe_name",
]


def safe_name(key: str) -> str:
    """A client's key as it may be quoted back (in an error's message or ``param``): a plain name,
    never a value, markup or a secret pasted as a key."""
    return key if len(key) <= 40 and _NAME.fullmatch(key) else "(a field name)"


_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*")


class StreamSink(Protocol):
    """The engine's side of a stream: filter chains per channel, usage, the end."""

    #: Whether the client asked for the usage chunk (``stream_options.include_usage``).
    client_wants_usage: bool
    #: What the format remembers of the stream to build events of its own (e.g. the chunk id).
    meta: dict[str, Any]

    def feed(self, channel: str, text: str) -> str: ...

    def flush(self, channel: str) -> str:
        """Release what the channel's chain held back; the channel is then closed."""

    def release(self, channel: str) -> str:
        """Filter and release the channel's coalesced text now; the channel stays open."""

    def open_channels(self) -> list[str]: ...

    def whole(self, text: str) -> str:
        """``text`` filtered whole by a fresh chain (a value that never arrives in pieces)."""

    def usage(self, input_tokens: int | None = None, output_tokens: int | None = None) -> None: ...

    def done(self) -> None:
        """The provider ended the stream normally."""


class TextMap(Protocol):
    """What :meth:`WireFormat.map_response` calls for each answer text: the filtered text. With
    ``more``, the channel's text goes on in a later call (parts of one field): the filters keep
    their state, and what they hold back comes out in a later call's result."""

    def __call__(self, channel: str, text: str, more: bool = False) -> str: ...


class WireFormat(Protocol):
    name: str

    def parse_request(self, doc: dict[str, Any]) -> ChatRequest: ...

    def render_request(self, chat: ChatRequest) -> dict[str, Any]: ...

    def map_response(self, doc: Any, fn: TextMap) -> None:
        """Replace each answer text field in ``doc`` with ``fn(channel, text)``, in place."""

    def response_usage(self, doc: Any) -> Usage | None: ...

    def rewrite_event(self, ev: SSEEvent, sink: StreamSink) -> bytes:
        """The bytes to send for ``ev``: filtered text, flushed remainders, usage noted in ``sink``."""

    def flush_stream(self, sink: StreamSink, keep_open: bool = False) -> bytes:
        """Events carrying what every still-open channel held back (stream ended without its end
        events); with ``keep_open``, only what coalescing collected (``sink.release``), channels
        stay open."""

    def stream_error(self, refusal: Refusal) -> bytes:
        """A final error event for a stream that must be cut."""


def event_json(ev: SSEEvent) -> dict[str, Any] | None:
    """The JSON object an event carries; None for an event without data (a comment, a keep-alive)."""
    if not ev.data:
        return None
    try:
        doc = json.loads(ev.data)
    except (ValueError, RecursionError):
        raise Unreadable("an event that is not JSON") from None
    if not isinstance(doc, dict):
        raise Unreadable("an event that is not a JSON object")
    return doc


def filter_strings(doc: Any, whole: Any) -> Any:
    """An error answer (status >= 300, or an error event) with every string value filtered whole:
    errors quote the input and have no fixed shape, so all of their text is read."""
    if isinstance(doc, str):
        return whole(doc)
    if isinstance(doc, dict):
        return {k: filter_strings(v, whole) for k, v in doc.items()}
    if isinstance(doc, list):
        return [filter_strings(v, whole) for v in doc]
    return doc


def decode_json_object(body: bytes) -> dict[str, Any]:
    """Parse a request body that must be a JSON object, refusing anything else clearly."""
    if not body.strip():
        raise RefusalError(bad_request("invalid_body", "The request body is empty; send a JSON object."))
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RefusalError(
            bad_request("invalid_encoding", f"The request body is not valid UTF-8 (bad byte at offset {exc.start}).")
        ) from exc
    try:
        doc = _REQUEST_DECODER.decode(text)
    except json.JSONDecodeError as exc:
        raise RefusalError(
            bad_request(
                "invalid_json",
                f"The request body is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno}).",
            )
        ) from exc
    except RecursionError as exc:
        raise RefusalError(bad_request("invalid_json", "The request body is nested too deeply.")) from exc
    except ValueError as exc:  # an integer of more digits than Python converts (sys.get_int_max_str_digits)
        raise RefusalError(bad_request("invalid_json", "The request body has a number too large to read.")) from exc
    if _SURROGATE_ESCAPE.search(text):
        try:  # a lone surrogate (\ud800) is JSON syntax no UTF-8 can carry: scanners and the forwarded body fail on it
            _utf8_strings(doc)
        except UnicodeEncodeError as exc:
            raise RefusalError(
                bad_request(
                    "invalid_encoding", "The request body has a lone UTF-16 surrogate escape (\\ud800-\\udfff)."
                )
            ) from exc
    if not isinstance(doc, dict):
        raise RefusalError(
            bad_request("invalid_body", f"The request body must be a JSON object, not a JSON {_json_kind(doc)}.")
        )
    return doc


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _utf8_strings(doc: Any) -> None:
    """Raise UnicodeEncodeError when a string of ``doc`` (a key or a value) has a lone surrogate.
    Each string is encoded on its own: re-encoding the whole document as JSON did the same in one
    C call of ~6-9 ms for 1 MB (a body with one emoji escaped as \\ud83d\\ude00 took that path)."""
    stack = [doc]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            # in slices: a long text is not one long C call either (JSON has made every valid
            # surrogate pair one character, so a cut never splits one)
            for at in range(0, len(item), 65_536):
                item[at : at + 65_536].encode("utf-8")
        elif isinstance(item, dict):
            for key, value in item.items():
                key.encode("utf-8")
                stack.append(value)
        elif isinstance(item, list):
            stack.extend(item)


def _not_json(name: str) -> Any:
    raise RefusalError(bad_request("invalid_json", f"The request body is not valid JSON: {name} is not a JSON number."))


def _finite_float(literal: str) -> float:
    value = float(literal)
    if not math.isfinite(value):
        raise RefusalError(bad_request("invalid_json", f"The request body has a number out of range: {literal[:32]}."))
    return value


#: json.loads with hooks makes a decoder (and its C scanner) per call; one serves every request
_REQUEST_DECODER = json.JSONDecoder(parse_constant=_not_json, parse_float=_finite_float)


def _json_kind(doc: Any) -> str:
    return {list: "array", str: "string", int: "number", float: "number", bool: "boolean"}.get(type(doc), "null")


def field_error(param: str, message: str) -> RefusalError:
    return RefusalError(bad_request("invalid_value", message, param=param))


def required_model(doc: dict[str, Any]) -> str:
    model = doc.get("model")
    if not isinstance(model, str) or not model:
        raise field_error("model", "'model' is required and must be a non-empty string.")
    return model


def encode_json(doc: Any) -> str:
    """``json.dumps(doc, ensure_ascii=False, separators=(",", ":"))``, the same text, made by one
    encoder built once (``json.dumps`` with arguments builds one per call) whose string escaper
    takes the faster ASCII path for ASCII strings (see :func:`_escape_string`)."""
    if _ITERENCODE is None:  # (no C accelerator)
        return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    return "".join(_ITERENCODE(doc, 0))


#: A document of more than this many bytes is rendered in pieces by :func:`render_json`, and its
#: strings longer than this many characters escaped in slices of it.
PIECEWISE_JSON_BYTES = 65_536


def _escape_in_slices(text: str) -> str:
    """A JSON string literal for ``text``, escaped a slice at a time (escaping is per character,
    and a Python string never splits a surrogate pair: the same literal as ``encode_basestring``)."""
    if len(text) <= PIECEWISE_JSON_BYTES:
        return _escape_string(text)
    step = PIECEWISE_JSON_BYTES
    return '"' + "".join(_escape_string(text[at : at + step])[1:-1] for at in range(0, len(text), step)) + '"'


_escape = json.encoder.encode_basestring  # ensure_ascii=False, as encode_json
_escape_ascii = json.encoder.encode_basestring_ascii


def _escape_string(text: str) -> str:
    """``encode_basestring(text)`` (ensure_ascii=False). CPython's ASCII escaper is ~2x faster a
    character (~10 us less for a 4 KB prompt) and writes the same literal for an ASCII string,
    except DEL, which only it escapes."""
    return _escape_ascii(text) if text.isascii() and "\x7f" not in text else _escape(text)


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
# The C encoder behind ``json.dumps``, built once around _escape_string: no circular-reference
# markers (documents are decoded JSON or built by the formats; a shared markers dict would be
# wrong across threads), so a cycle raises RecursionError, not ValueError.
_ITERENCODE = (
    json.encoder.c_make_encoder(None, _ENCODER.default, _escape_string, None, ":", ",", False, False, True)  # type: ignore[attr-defined]
    if json.encoder.c_make_encoder is not None  # type: ignore[attr-defined]
    else None
)


def _float(o: float) -> str:
    """A float as ``json.dumps`` renders it (NaN and infinities as it does; the parser refuses them
    on the way in)."""
    if o != o:
        return "NaN"
    if o in (math.inf, -math.inf):
        return "Infinity" if o > 0 else "-Infinity"
    return float.__repr__(o)


def _pieces(doc: Any) -> Iterator[str]:
    """``_ENCODER.iterencode(doc)`` with long strings escaped in slices: the json module's own
    Python encoder loop, given our string escaper (``JSONEncoder.iterencode`` takes none)."""
    make = json.encoder._make_iterencode  # type: ignore[attr-defined]
    iterencode = make({}, _ENCODER.default, _escape_in_slices, None, _float, ":", ",", False, False, False)
    return iterencode(doc, 0)  # type: ignore[no-any-return]


def render_json(doc: Any, size: int) -> str:
    """``encode_json(doc)``. A document of ``size`` bytes over :data:`PIECEWISE_JSON_BYTES` is
    rendered piece by piece (the encoder's Python loop around its C string escaping, long strings
    in slices: the same text, no slower) instead of in one C call that holds the interpreter for the
    whole document (~6 ms for 1 MB; an event loop waits on it even from a worker thread)."""
    return encode_json(doc) if size <= PIECEWISE_JSON_BYTES else "".join(_pieces(doc))


#: The largest count a request may name (max_tokens, n): a 32-bit integer, as providers take.
MAX_COUNT = 2**31 - 1


def optional_int(doc: dict[str, Any], key: str, low: int = 0, high: int = MAX_COUNT) -> int | None:
    value = doc.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < low:
        kind = "a non-negative integer" if low == 0 else f"an integer of at least {low}"
        raise field_error(key, f"'{key}' must be {kind}.")
    if value > high:
        raise field_error(key, f"'{key}' must be at most {high}.")
    return value


def optional_bool(doc: dict[str, Any], key: str) -> bool:
    value = doc.get(key, False)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise field_error(key, f"'{key}' must be true or false.")
    return value

"""A stream's usual event read without parsing it again: its data is the same text around a few values.

The chunks of one stream differ only in their text and in a few values the guard does not read
(OpenAI's random ``obfuscation`` padding, the Responses API's ``sequence_number``): the id, the
model, the indexes and the rest are the stream's. :meth:`EventPattern.of` cuts the data of one
event that the format's general path has read and found usual (its text in the one place, no field
to filter whole) into constant parts around those values. A later event made of the same constant
parts around one whole JSON value of the same kind in each place is the same document with other
values, so the format's decisions about it are the ones it took for the pattern: only the values are
decoded (json's ``scanstring``, as strict as ``json.loads``), the text goes to the filters, and when
they change it the event is rendered from the pattern's constant parts, encoded once, around the new
values — the bytes ``encode_json`` gives for the parsed document with the new text in it.

>>> p = EventPattern.of('{"i":1,"d":{"t":"Hi"},"n":3}', "t", "Hi", lambda d: d["d"]["t"], b"data: ", ints=("n",))
>>> values = p.read('{"i":1,"d":{"t":"Ho"},"n":4}')
>>> values
['Ho', 4]
>>> p.render(values, "H*")
b'data: {"i":1,"d":{"t":"H*"},"n":4}\\n\\n'
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Any

from .base import encode_json

__all__ = ["EventPattern"]

_scanstring: Any = json.decoder.scanstring  # type: ignore[attr-defined]
_escape: Callable[[str], str] = json.encoder.encode_basestring
#: a JSON integer as the parser reads one (no leading zero, no fraction or exponent after it: the
#: constant part that follows must start right there)
_INT = re.compile(r"-?(?:0|[1-9][0-9]*)")
#: a value's place in the encoded probe: three distinct one-character strings no data holds raw
_MARKS = ("\x00", "\x01", "\x02", "\x03", "\x04", "\x05")
_TEXT, _STR, _NUM = 0, 1, 2


def _value_at(data: str, key: str) -> int | None:
    """Where the value of ``key`` begins in ``data`` when ``"key"`` occurs once and a colon follows it."""
    quoted = f'"{key}"'
    at = data.find(quoted)
    if at < 0 or data.find(quoted, at + 1) >= 0:
        return None
    at += len(quoted)
    n = len(data)
    while at < n and data[at] in " \t\r\n":
        at += 1
    if at >= n or data[at] != ":":
        return None
    at += 1
    while at < n and data[at] in " \t\r\n":
        at += 1
    return at


class EventPattern:
    """The constant parts of a stream's usual event around its text and its varying values (see the
    module's docstring). ``read(data)`` gives the values of an event made of the same parts (the
    text first) or None; ``render(values, new_text)`` the event with the new text, as the format's
    encoder writes it."""

    __slots__ = ("_head", "_kinds", "_out", "_parts", "_rest", "_shortest", "_tail")

    def __init__(self, parts: list[str], kinds: list[int], out: list[bytes]) -> None:
        self._parts = parts  # constant text before each value, and after the last one
        self._kinds = kinds  # each value's kind: the text, a string passed on, an integer
        self._out = out  # the encoded constant parts (the prefix before the first, the suffix after the last)
        self._shortest = sum(map(len, parts)) + 2
        self._rest = list(zip(kinds, parts[1:], strict=True))
        #: with the text the only value (most streams): the parts before and after it
        self._head = parts[0]
        self._tail: str | None = parts[1] if len(parts) == 2 else None

    @classmethod
    def of(
        cls,
        data: str,
        key: str,
        text: str,
        locate: Callable[[Any], Any],
        prefix: bytes,
        suffix: bytes = b"\n\n",
        strings: Sequence[str] = (),
        ints: Sequence[str] = (),
    ) -> EventPattern | None:
        """The pattern of an event's ``data`` whose text (``text``, under ``key``; ``locate(doc)``
        finds it in the parsed document) the format read; ``strings`` / ``ints``: top-level keys
        whose string / integer values vary from event to event and are passed on as they are.
        ``prefix`` / ``suffix``: what the format writes around the encoded document. None when
        the data does not cut that way (a key twice, a value elsewhere than said)."""
        spans: list[tuple[int, int, int, str]] = []  # (start, end, kind, key)
        try:
            for k, kind in [(key, _TEXT), *((s, _STR) for s in strings), *((i, _NUM) for i in ints)]:
                at = _value_at(data, k)
                if at is None:
                    if kind == _TEXT:
                        return None
                    continue  # a varying key this event does not have: its absence is a constant part
                if kind == _NUM:
                    m = _INT.match(data, at)
                    if m is None:
                        return None
                    end = m.end()
                else:
                    if data[at : at + 1] != '"':
                        return None
                    value, end = _scanstring(data, at + 1)
                    if kind == _TEXT and value != text:
                        return None
                spans.append((at, end, kind, k))
            spans.sort()
            if any(a[1] > b[0] for a, b in pairwise(spans)):
                return None
            marks = _MARKS[: len(spans)]
            cut, probe_text, parts = 0, [], []
            for (start, end, _kind, _k), mark in zip(spans, marks, strict=True):
                parts.append(data[cut:start])
                probe_text += [data[cut:start], _escape(mark)]
                cut = end
            parts.append(data[cut:])
            probe_text.append(data[cut:])
            probe = json.loads("".join(probe_text))
        except (ValueError, RecursionError):
            return None
        try:
            for (_start, _end, kind, k), mark in zip(spans, marks, strict=True):
                if (locate(probe) if kind == _TEXT else probe.get(k)) != mark:
                    return None
        except (LookupError, TypeError, AttributeError):
            return None
        if any(mark in part for mark in _MARKS for part in parts):
            return None  # (a raw control character: the parser refused it already; to be sure)
        encoded = encode_json(probe)
        out: list[bytes] = []
        cut = 0
        for mark in marks:
            literal = _escape(mark)
            at = encoded.find(literal, cut)
            if at < 0 or encoded.find(literal, at + 1) >= 0:
                return None
            out.append(encoded[cut:at].encode("utf-8", "backslashreplace"))
            cut = at + len(literal)
        out.append(encoded[cut:].encode("utf-8", "backslashreplace"))
        out[0] = prefix + out[0]
        out[-1] += suffix
        return cls(parts, [s[2] for s in spans], out)

    def read(self, data: str) -> list[Any] | None:
        """The values of an event whose data is made of this pattern's parts (the text first), or None."""
        tail = self._tail
        if tail is not None:  # (the text alone: the two parts around one string literal)
            head = self._head
            if len(data) < self._shortest or not (data.startswith(head) and data.endswith(tail)):
                return None
            at = len(head)
            if data[at] != '"':
                return None
            try:
                text, at = _scanstring(data, at + 1)
            except ValueError:
                return None
            return [text] if at == len(data) - len(tail) else None
        if len(data) < self._shortest or not data.startswith(self._head):
            return None
        at = len(self._head)
        values: list[Any] = [None]
        try:
            for kind, part in self._rest:
                if kind == _NUM:
                    m = _INT.match(data, at)
                    if m is None:
                        return None
                    value: Any = int(m.group())
                    at = m.end()
                else:
                    if data[at] != '"':
                        return None
                    value, at = _scanstring(data, at + 1)
                if not data.startswith(part, at):
                    return None
                at += len(part)
                if kind == _TEXT:
                    values[0] = value
                else:
                    values.append(value)
        except (ValueError, IndexError):
            return None
        return values if at == len(data) else None

    def render(self, values: list[Any], text: str) -> bytes:
        """The event with ``text`` in place of the text read (``values`` from :meth:`read`)."""
        out = self._out
        if self._tail is not None:
            return out[0] + _escape(text).encode("utf-8", "backslashreplace") + out[1]
        pieces = [out[0]]
        rest = iter(values[1:])
        for kind, part in zip(self._kinds, out[1:], strict=True):
            if kind == _TEXT:
                pieces.append(_escape(text).encode("utf-8", "backslashreplace"))
            elif kind == _STR:
                pieces.append(_escape(next(rest)).encode("utf-8", "backslashreplace"))
            else:
                pieces.append(str(next(rest)).encode())
            pieces.append(part)
        return b"".join(pieces)

"""An incremental Server-Sent Events codec.

:class:`SSEDecoder` turns bytes, split anywhere (even inside a UTF-8 sequence or a CRLF), into
whole :class:`SSEEvent` objects; any chunking of a stream yields the same events. Each event
keeps its raw bytes so an event the engine does not change is passed on byte for byte.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["SSEDecoder", "SSEEvent", "encode_event"]

_EOL = re.compile(rb"\r\n|\r|\n")


@dataclass(slots=True)
class SSEEvent:
    data: str = ""
    event: str | None = None
    id: str | None = None
    retry: int | None = None
    #: Comment lines (``: keep-alive``); an event of only comments has ``data is None``-like empty fields.
    comments: list[str] = field(default_factory=list)
    raw: bytes = b""


def encode_event(ev: SSEEvent) -> bytes:
    lines = [f":{c}" for c in ev.comments]
    if ev.event is not None:
        lines.append(f"event: {ev.event}")
    if ev.id is not None:
        lines.append(f"id: {ev.id}")
    if ev.retry is not None:
        lines.append(f"retry: {ev.retry}")
    lines.extend(f"data: {line}" for line in ev.data.split("\n"))
    return ("\n".join(lines) + "\n\n").encode()


class SSEDecoder:
    """Feed bytes, get events. ``max_event_bytes`` bounds memory on a hostile stream."""

    __slots__ = ("_buf", "_first", "_lines", "_raw", "max_event_bytes")

    def __init__(self, max_event_bytes: int = 1 << 20) -> None:
        self._buf = b""
        self._lines: list[bytes] = []
        self._raw = bytearray()
        self._first = True
        self.max_event_bytes = max_event_bytes

    def feed(self, chunk: bytes) -> list[SSEEvent]:
        if not chunk:
            return []
        if not (self._buf or self._lines or self._first) and chunk.endswith(b"\n\n") and b"\r" not in chunk:
            whole = _data_events(chunk)
            if whole is not None:
                return whole
        events: list[SSEEvent] = []
        data = self._buf + chunk
        start = 0
        for m in _EOL.finditer(data):
            if m.group() == b"\r" and m.end() == len(data):
                break  # a CR ending the chunk may be the first half of a CRLF: wait for the next byte
            self._raw += data[start : m.end()]
            ev = self._line(data[start : m.start()])
            if ev is not None:
                events.append(ev)
            start = m.end()
        self._buf = data[start:]
        if len(self._buf) + len(self._raw) > self.max_event_bytes:
            raise ValueError("an SSE event is larger than the allowed maximum")
        return events

    def close(self) -> list[SSEEvent]:
        """End of stream: an unterminated last event is dispatched (lenient, like browsers are not)."""
        events: list[SSEEvent] = []
        if self._buf:
            self._raw += self._buf
            ev = self._line(self._buf.rstrip(b"\r"))
            self._buf = b""
            if ev is not None:
                events.append(ev)
        if self._lines:
            ev = self._dispatch()
            if ev is not None:
                events.append(ev)
        return events

    def _line(self, line: bytes) -> SSEEvent | None:
        if self._first:  # a byte order mark before the first line is not part of it (as in browsers)
            self._first = False
            line = line.removeprefix(b"\xef\xbb\xbf")
        if line == b"":
            return self._dispatch()
        self._lines.append(line)
        return None

    def _dispatch(self) -> SSEEvent | None:
        lines, self._lines = self._lines, []
        raw, self._raw = bytes(self._raw), bytearray()
        if not lines:
            return None
        ev = SSEEvent(raw=raw)
        data: list[str] = []
        for line in lines:
            text = line.decode("utf-8", errors="replace")
            if text.startswith(":"):
                ev.comments.append(text[1:])
                continue
            name, sep, value = text.partition(":")
            if sep and value.startswith(" "):
                value = value[1:]
            if name == "data":
                data.append(value)
            elif name == "event":
                ev.event = value
            elif name == "id":
                ev.id = value
            elif name == "retry" and value.isdigit():
                ev.retry = int(value)
        ev.data = "\n".join(data)
        return ev


def _data_events(chunk: bytes) -> list[SSEEvent] | None:
    """The events of a chunk of whole ``data: ...`` events, each a single line or led by one
    ``event: ...`` line (what providers send, one or a few per chunk), without the line machinery;
    None for anything else (the general path reads it). The same events as the general path: the
    values after ``data: `` and ``event: ``, decoded as it decodes them."""
    # one event a chunk (the usual): its one or two lines found without splitting
    last = len(chunk) - 2
    nl = chunk.find(b"\n")
    if nl == last and chunk.startswith(b"data: "):
        return [SSEEvent(chunk[6:last].decode("utf-8", errors="replace"), None, None, None, [], chunk)]
    if chunk.find(b"\n", nl + 1) == last and chunk.startswith(b"event: ") and chunk.startswith(b"data: ", nl + 1):
        kind = chunk[7:nl].decode("utf-8", errors="replace")
        return [SSEEvent(chunk[nl + 7 : last].decode("utf-8", errors="replace"), kind, None, None, [], chunk)]
    blocks = chunk[:-2].split(b"\n\n")
    out = []
    for block in blocks:
        name = None
        if block.startswith(b"event: "):
            nl = block.find(b"\n")
            if nl < 0:
                return None
            name = block[7:nl].decode("utf-8", errors="replace")
            line = block[nl + 1 :]
        else:
            line = block
        if not line.startswith(b"data: ") or b"\n" in line:
            return None
        raw = chunk if len(blocks) == 1 else block + b"\n\n"
        out.append(SSEEvent(data=line[6:].decode("utf-8", errors="replace"), event=name, raw=raw))
    return out

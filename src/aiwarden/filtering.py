"""The answer path: the app's answer filtered through the output chains — a JSON answer whole,
a stream of server-sent events piece by piece (:class:`_Stream`: SSE decoder, one chain per
channel, usage) — and the refusal that replaces an answer the filters block or cannot read.

:class:`AnswerPath` is the answer half of :class:`aiwarden.exchange.Exchange`.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from . import tokens
from .context import ChatRequest, Finding, HttpRequest, Usage
from .errors import Refusal
from .formats import SSEDecoder, WireFormat
from .formats.base import Unreadable, filter_strings, render_json
from .formats.shape import event_shape, foreign_answer
from .streaming import Blocked, Chains, FilterChain

if TYPE_CHECKING:
    from .policy import Policy

__all__ = ["AnswerPath", "Head", "ResponseKind"]

log = logging.getLogger("aiwarden")

ResponseKind = Literal["json", "sse", "pass"]

# a filtered answer goes out plain, with the length of what the filters returned
_REPLACED = frozenset({"content-length", "content-encoding"})


@dataclass(frozen=True, slots=True)
class Head:
    """The status and headers of an answer as the guard decided them. An adapter renders it on the
    app's answer: it removes the headers named in ``drop`` (lower-case), then adds ``put``."""

    status: int
    drop: frozenset[str]
    put: Mapping[str, str]


class AnswerPath:
    """Filters the answer of one exchange: :meth:`response_start`, then :meth:`filter_json` or
    :meth:`filter_chunk` ... :meth:`filter_end` (and :meth:`filter_idle` on a timer)."""

    # the exchange's state this half reads and writes (set by Exchange.__init__)
    policy: Policy
    request: HttpRequest
    format: WireFormat
    mode: str
    chat: ChatRequest | None
    model_used: str | None
    findings: list[Finding]
    flags: dict[str, Any]
    monitored: list[tuple[str, Refusal]]
    response_headers: dict[str, str]
    usage: Usage | None
    refusal: Refusal | None
    status: int | None
    response_kind: ResponseKind | None
    stream_cut: bool
    idle_release: bool
    _stream: _Stream | None
    _unreadable: bool
    _error_text: bool
    _pieces: list[bytes]

    if TYPE_CHECKING:

        def refuse(self, refusal: Refusal, by: str) -> Refusal: ...

        def input_tokens(self) -> int: ...

        def _chain_factory(self) -> Chains: ...

    def response_start(
        self, status: int, content_type: str | None, content_encoding: str | None = None
    ) -> ResponseKind:
        """How to treat the answer. For "json" and "sse" the adapter sends what the filters return,
        plain (it drops the answer's Content-Length and Content-Encoding)."""
        self.status = status
        ctype = (content_type or "").split(";", 1)[0].strip().lower()
        self._error_text = False
        if self.chat is None or status in (204, 304):
            kind: ResponseKind = "pass"
        elif ctype == "text/event-stream":
            kind = "sse"
        elif ctype == "application/json" or ctype.endswith("+json"):
            kind = "json"
        elif status >= 300 and (ctype.startswith("text/") or not ctype):
            # an error page or message quotes the input as often as a JSON error does: read as one text
            kind, self._error_text = "json", True
        else:
            kind = "pass"
            _warn_unfiltered(self.request.path, ctype)
        encoding = (content_encoding or "").strip().lower()
        compressed = kind != "pass" and encoding not in ("", "identity")
        if compressed or (kind == "sse" and self.format.name == "generic"):
            # an answer the filters cannot read (compressed; a stream of a format that names only a
            # JSON answer field) is refused whole by filter_json, never passed on unread
            refused = self._unreadable_refused(
                _unreadable_answer(f"compressed: {encoding}" if compressed else "an event stream")
            )
            self._unreadable = refused
            kind = "json" if refused else "pass"  # monitor mode: recorded, and the answer goes on as it is
        elif kind == "sse":
            self._stream = _Stream(self, self._chain_factory())
        self.response_kind = kind
        return kind

    def answer_head(self, length: int | None = None) -> Head:
        """The answer's final status and header changes, once its body (of ``length`` bytes, when
        it is known) is filtered: a JSON answer the guard refused takes the refusal's status and
        headers; a filtered answer loses its Content-Length and Content-Encoding; the exchange's
        headers (``x-request-id``, rate limits, monitor flags) are added to every answer."""
        kind = self.response_kind
        refused = self.refusal if kind == "json" else None  # a stream's refusal is its error event
        put = {**refused.headers, **self.response_headers} if refused is not None else dict(self.response_headers)
        if length is not None and kind != "pass":
            put["content-length"] = str(length)
        status = refused.status if refused is not None else self.status
        drop = {k.lower() for k in put} | (_REPLACED if kind != "pass" else set())
        return Head(status or 200, frozenset(drop), put)

    def answer_body(self, body: bytes) -> bytes:
        """A whole answer body, filtered as :meth:`response_start` said (a buffered stream: all
        its events at once)."""
        if self.response_kind == "json":
            return self.filter_json(body)
        if self.response_kind == "sse":
            return self.filter_chunk(body) + self.filter_end()
        return body

    def answer_chunk(self, chunk: bytes) -> bytes:
        """A piece of an answer streamed by the app: an SSE chunk is filtered now; a JSON
        document is kept whole until :meth:`answer_end`."""
        if self.response_kind == "sse":
            return self.filter_chunk(chunk)
        if self.response_kind == "json":
            self._pieces.append(chunk)
            return b""
        return chunk

    def answer_end(self) -> bytes:
        """The end of an answer streamed by the app: what the filters still held, or the JSON
        document filtered whole."""
        if self.response_kind == "sse":
            return self.filter_end()
        if self.response_kind == "json":
            body, self._pieces = b"".join(self._pieces), []
            return self.filter_json(body)
        return b""

    def _unreadable_refused(self, refusal: Refusal) -> bool:
        """Refuse an answer the filters cannot read (True), or in monitor mode record it (False)."""
        if self.mode == "monitor":
            self.monitored.append(("output", refusal))
            self.response_headers["x-aiwarden-monitor"] = refusal.code
            return False
        self.flags["blocked_output"] = refusal.code
        self.response_headers.update(_NO_RETRY)
        self.refuse(refusal, "output")
        return True

    def filter_json(self, body: bytes) -> bytes:
        """Filter a whole JSON answer; a blocked answer becomes the error body (status from ``ex.refusal``)."""
        if self._unreadable:
            return self.refusal.body()  # type: ignore[union-attr]
        if self._error_text:
            return self._filter_strings(body.decode("utf-8", "replace"), body)
        if not body.strip():
            return body  # nothing to read
        try:
            try:
                doc = json.loads(body)
            except UnicodeDecodeError:  # a stray invalid byte must not switch the filters off
                doc = json.loads(body.decode("utf-8", "replace"))
        except (ValueError, RecursionError):
            # NDJSON, a stream labelled JSON, a number Python will not convert: unread, it would pass unfiltered
            refused = self._unreadable_refused(_unreadable_answer("not JSON"))
            return self.refusal.body() if refused else body  # type: ignore[union-attr]
        if self.status is not None and self.status >= 300:
            return self._filter_strings(doc, body)
        other = foreign_answer(self.format.name, doc, getattr(self.format, "recognises", None))
        if other is not None:  # none of the declared format's text fields: it would pass unfiltered
            refused = self._unreadable_refused(_unreadable_answer(f"an {other} answer"))
            return self.refusal.body() if refused else body  # type: ignore[union-attr]
        self.usage = self.format.response_usage(doc)
        make_chain = self._chain_factory()
        count = self.usage is None  # the provider sent no usage: count the answer ourselves
        counted = 0
        changed = False
        going_on: dict[str, FilterChain] = {}  # channels whose text continues in a later call

        def fn(channel: str, text: str, more: bool = False) -> str:
            nonlocal counted, changed
            if count:
                counted += tokens.count_tokens(text, self.model_used)
            chain = going_on.pop(channel, None)
            if chain is None and not more:
                out = make_chain.whole(text)  # the usual field: all there, in one part
            else:
                chain = chain or make_chain()
                out = chain.feed(text)
                if more:
                    going_on[channel] = chain
                else:
                    out += chain.flush()
            changed = changed or out != text
            return out

        try:
            self.format.map_response(doc, fn)
        except Blocked as blocked:
            self._blocked(blocked)
            return self.refusal.body()  # type: ignore[union-attr]
        if count:
            self.usage = Usage(self.input_tokens(), counted, reported=False)
        # an answer the filters left alone goes out byte for byte (and skips re-encoding)
        # backslashreplace: a lone surrogate the provider sent escaped goes back out escaped (\ud83d)
        return render_json(doc, len(body)).encode("utf-8", "backslashreplace") if changed else body

    def _filter_strings(self, doc: Any, body: bytes) -> bytes:
        """An answer with status >= 300: every string in it filtered whole (errors quote the input)."""
        make_chain = self._chain_factory()

        try:
            out = filter_strings(doc, make_chain.whole)
        except Blocked as blocked:
            self._blocked(blocked)
            return self.refusal.body()  # type: ignore[union-attr]
        except RecursionError:
            refused = self._unreadable_refused(_unreadable_answer("an error nested too deeply"))
            return self.refusal.body() if refused else body  # type: ignore[union-attr]
        if out == doc:
            return body
        if isinstance(out, str):
            return out.encode("utf-8", "backslashreplace")
        return json.dumps(out, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "backslashreplace")

    def filter_chunk(self, chunk: bytes) -> bytes:
        assert self._stream is not None, "filter_chunk needs response_start(...) == 'sse'"
        return self._stream.feed_bytes(chunk)

    def filter_end(self) -> bytes:
        assert self._stream is not None
        return self._stream.close()

    @property
    def stream_waiting(self) -> bool:
        """Whether a stream holds coalesced text (``output.coalesce_ms``) that no piece has
        released yet; an adapter that can act on a timer calls :meth:`filter_idle` after the interval."""
        return self._stream is not None and self._stream.waiting()

    def filter_idle(self) -> bytes:
        """The stream's coalesced text, filtered, as events to send now (b"" when there is none)."""
        return self._stream.release_idle() if self._stream is not None else b""

    @property
    def coalesce_seconds(self) -> float:
        return self.policy.output.coalesce_ms / 1000

    def _blocked(self, blocked: Blocked) -> None:
        if blocked.finding is not None:
            self.findings.append(blocked.finding)
        self.flags["blocked_output"] = blocked.refusal.code
        self.response_headers.update(_NO_RETRY)
        self.refuse(blocked.refusal, "output")


# A blocked answer is a 5xx, which the official SDKs retry twice by default: each retry is another
# model call the guard will most likely block again. They obey this header.
_NO_RETRY = {"x-should-retry": "false"}

_warned_unfiltered: set[tuple[str, str]] = set()


def _warn_unfiltered(path: str, ctype: str) -> None:
    """Warn once per (path, type) that an AI route's answer went out without output filtering: a view
    that forgets its content type (Django's and Flask's default is text/html, Starlette's
    StreamingResponse has none) is otherwise a silent hole in the output defenses."""
    key = (path, ctype)
    if key in _warned_unfiltered or len(_warned_unfiltered) >= 1024:
        return
    _warned_unfiltered.add(key)
    log.warning(
        "aiwarden: the answer of AI route %s has Content-Type %r; only JSON and text/event-stream answers "
        "are filtered, so it went out without output filtering (set the view's content type)",
        path,
        ctype or "(none)",
    )


def _unreadable_answer(what: str) -> Refusal:
    return Refusal(502, "api_error", "unreadable_answer", f"The answer ({what[:64]}) could not be inspected.")


def _oversized_event() -> Refusal:
    return Refusal(
        502, "api_error", "upstream_event_too_large", "The provider sent a stream event too large to inspect."
    )


#: Characters of a stream's answer kept uncounted at most (see _Stream.uncounted).
_UNCOUNTED_MAX = 1 << 18
#: A value filtered whole is remembered by its text from this many characters (see _Stream.memo),
#: up to this many characters in all.
_MEMO_MIN = 256
_MEMO_CHARS = 1 << 18


class _Stream:
    """The per-request stream state: SSE decoder, one filter chain per channel, usage."""

    def __init__(self, ex: AnswerPath, make_chain: Chains) -> None:
        self.ex = ex
        self.decoder = SSEDecoder()
        self.make_chain = make_chain
        self.chains: dict[str, FilterChain] = {}
        self.closed: set[str] = set()
        self.client_wants_usage = bool(ex.chat and ex.chat.include_usage)
        self.reported_in: int | None = None
        self.reported_out: int | None = None
        self.counted_out = 0
        # Output text not counted yet. The count is needed only when the provider reports no usage
        # (it does when asked, and the guard asks), so the text waits for the stream's end and is
        # counted there only without usage; past _UNCOUNTED_MAX characters it is counted and let go
        # (bounded memory). (Counting every 4 KB cost ~0.1 ms per 1k tokens of every answer.)
        self.uncounted: list[str] = []
        self.uncounted_chars = 0
        # Long values filtered whole, by their text: a Responses stream repeats its whole answer in
        # each closing event (the text's .done, its part's, its item's, the response's), each filtered
        # whole; the filters are a function of the text, so the first result serves the others
        # (bounded: _MEMO_CHARS characters of keys).
        self.memo: dict[str, str] = {}
        self.memo_chars = 0
        self.cut = False
        self.ended = False
        self.meta: dict[str, Any] = {}
        # Until an event shows the declared format (usually the first), each is checked for the
        # other one: a stream in the other format would pass unfiltered, so it is cut instead.
        self.shape_known = ex.format.name not in ("openai", "anthropic", "openai-completions")

    def _count_pending(self) -> None:
        if self.uncounted:
            self.counted_out += tokens.count_tokens("".join(self.uncounted), self.ex.model_used)
            self.uncounted, self.uncounted_chars = [], 0

    # StreamSink
    def feed(self, channel: str, text: str) -> str:
        self.uncounted.append(text)
        self.uncounted_chars += len(text)
        if self.uncounted_chars >= _UNCOUNTED_MAX:
            self._count_pending()
        chain = self.chains.get(channel)
        if chain is None:
            chain = self.chains[channel] = self.make_chain()
        return chain.feed(text)

    def flush(self, channel: str) -> str:
        chain = self.chains.get(channel)
        if chain is None or channel in self.closed:
            return ""
        self.closed.add(channel)
        return chain.flush()

    def release(self, channel: str) -> str:
        """Filter and release what coalescing collected on the channel; it stays open."""
        chain = self.chains.get(channel)
        if chain is None or channel in self.closed:
            return ""
        return chain.release()

    def open_channels(self) -> list[str]:
        return [c for c in self.chains if c not in self.closed]

    def waiting(self) -> bool:
        """Whether any open channel holds coalesced text that a later :meth:`release_idle` would send."""
        return not self.cut and any(c.waiting for k, c in self.chains.items() if k not in self.closed)

    def release_idle(self) -> bytes:
        """The coalesced text of every open channel, filtered, as events of the stream."""
        if not self.waiting():
            return b""
        try:
            return self.ex.format.flush_stream(self, keep_open=True)
        except Blocked as blocked:
            return self._cut(blocked)

    def whole(self, text: str) -> str:
        """A value that never arrives in pieces (a tool's name, a citation), filtered by a fresh chain."""
        self.uncounted.append(text)
        self.uncounted_chars += len(text)
        if self.uncounted_chars >= _UNCOUNTED_MAX:
            self._count_pending()
        if len(text) < _MEMO_MIN:
            return self.make_chain.whole(text)
        done = self.memo.get(text)
        if done is None:
            done = self.make_chain.whole(text)
            if self.memo_chars + len(text) <= _MEMO_CHARS:
                self.memo[text] = done
                self.memo_chars += len(text)
        return done

    def usage(self, input_tokens: int | None = None, output_tokens: int | None = None) -> None:
        if input_tokens is not None:
            self.reported_in = input_tokens
        if output_tokens is not None:
            self.reported_out = output_tokens

    def done(self) -> None:
        self.ended = True

    # driven by the exchange
    def feed_bytes(self, chunk: bytes) -> bytes:
        if self.cut:
            return b""
        try:
            events = self.decoder.feed(chunk)
        except ValueError:  # an event over the size bound: stop filtering, cut the stream
            return self._cut(Blocked(_oversized_event()))
        return self._rewrite(events)

    def _cut(self, blocked: Blocked) -> bytes:
        self.cut = True
        self.ex.stream_cut = True
        self.ex._blocked(blocked)
        return self.ex.format.stream_error(blocked.refusal)

    def _rewrite(self, events: Iterable[Any]) -> bytes:
        out = []
        fmt = self.ex.format
        try:
            for ev in events:
                if not self.shape_known:
                    self._check_shape(ev)
                try:
                    out.append(fmt.rewrite_event(ev, self))
                except (Unreadable, RecursionError) as exc:
                    refusal = _unreadable_answer(
                        exc.what if isinstance(exc, Unreadable) else "an event nested too deeply"
                    )
                    if self.ex.mode != "monitor":
                        raise Blocked(refusal) from None
                    if not any(r.code == refusal.code for _, r in self.ex.monitored):
                        self.ex.monitored.append(("output", refusal))  # recorded once; the event goes on as it is
                    out.append(ev.raw)
        except Blocked as blocked:
            out.append(self._cut(blocked))
        return b"".join(out)

    def _check_shape(self, ev: Any) -> None:
        """Raise Blocked (unreadable_answer) for an event of the other format before any of the
        declared one; in monitor mode, record it and let the stream go on."""
        if not ev.data or ev.data == "[DONE]":
            return
        try:
            doc = json.loads(ev.data)
        except ValueError:
            return
        shape = event_shape(self.ex.format.name, doc)
        if shape is None:
            return
        self.shape_known = True
        if shape == "foreign":
            other = "openai" if self.ex.format.name == "anthropic" else "other format's"
            refusal = _unreadable_answer(f"an {other} stream")
            if self.ex.mode == "monitor":
                self.ex.monitored.append(("output", refusal))
                self.ex.response_headers["x-aiwarden-monitor"] = refusal.code
            else:
                raise Blocked(refusal)

    def close(self) -> bytes:
        """End of the provider's stream: dispatch a last unterminated event, flush open channels."""
        if self.cut:
            return b""
        tail = self._rewrite(self.decoder.close())
        if self.cut:
            return tail
        try:
            return tail + self.ex.format.flush_stream(self)
        except Blocked as blocked:
            return tail + self._cut(blocked)

    def final_usage(self) -> Usage:
        if self.reported_out is not None:
            return Usage(
                self.reported_in if self.reported_in is not None else self.ex.input_tokens(), self.reported_out
            )
        self._count_pending()
        return Usage(self.ex.input_tokens(), self.counted_out, reported=False)

"""The :class:`Exchange`: everything about one request to an AI route, and its request phases
(admit, inspect, finish) run through the stages of the engine that made it.

Stages import the exchange's types from here; the engine that assembles them
(:mod:`aiwarden.warden`) sits above. The answer half of an exchange (filtering the app's answer)
is :class:`aiwarden.filtering.AnswerPath`.
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import replace
from types import GeneratorType
from typing import TYPE_CHECKING, Any, Literal, Protocol

from . import tokens
from .context import ChatRequest, Finding, HttpRequest, Identity, Usage
from .effects import OFF_LOOP, OFF_LOOP_BYTES, Effect, Gen
from .errors import Refusal, RefusalError
from .filtering import AnswerPath, ResponseKind, _Stream
from .formats import WireFormat, decode_json_object, format_for
from .formats.base import render_json
from .formats.gemini import apply_safety, safety_floors
from .streaming import Chains, FilterChain, TextFilter

if TYPE_CHECKING:
    from .policy import Policy, RouteSpec, Tier

__all__ = ["Exchange", "Hook", "Pipeline", "Stage"]

log = logging.getLogger("aiwarden")

_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:\-]{1,128}$")


class Stage:
    """A concern of the engine: the base of every stage. A stage overrides the hooks it takes part
    in; each may return its value or a generator that yields effects (storage, detectors) and
    returns it. The hooks it leaves alone are no-ops the pipeline never calls (:meth:`takes`)."""

    #: Names the stage in ``refused_by``, timings, monitor records and ``Warden.stage(name)``.
    name: str = ""
    #: Whether its output filters may block (I/O, a bridged async check): async adapters then run
    #: the output filtering in a worker thread.
    blocking: bool = False

    def admit(self, ex: Exchange) -> Refusal | Gen | None:
        """Before the body is read (deny paths, client keys, kill switch, authentication)."""
        return None

    def inspect(self, ex: Exchange) -> Refusal | Gen | None:
        """On the parsed request (authorization, input defences, limits, rewriting)."""
        return None

    def output_filters(self, ex: Exchange) -> Sequence[Callable[[], TextFilter]]:
        """Factories of the filters this stage adds to each output channel's chain."""
        return ()

    def finish(self, ex: Exchange) -> Gen | None:
        """Once per exchange, after the answer (settlement, audit), refused or not."""
        return None

    def takes(self, hook: Hook) -> bool:
        """Whether this stage's class overrides ``hook``: the pipeline runs only those."""
        return getattr(type(self), hook) is not getattr(Stage, hook)


Hook = Literal["admit", "inspect", "output_filters", "finish"]


class Pipeline(Protocol):
    """What an exchange reads from the engine that made it (:class:`aiwarden.warden.Warden`): the
    policy and its stages, sorted by hook."""

    policy: Policy
    output_blocks: bool
    _admit: list[Stage]
    _inspect: list[Stage]
    _outputs: list[Stage]
    _finish: list[Stage]


class Exchange(AnswerPath):
    """Everything about one request to an AI route. Created per request; never shared."""

    def __init__(self, warden: Pipeline, request: HttpRequest, route: RouteSpec) -> None:
        self.warden = warden
        self.policy = warden.policy
        self.request = request
        self.route = route
        self.mode = route.mode or warden.policy.mode
        rid = request.headers.get("x-request-id", "")
        self.request_id = rid if rid and _REQUEST_ID.match(rid) else _new_request_id()
        self.started = time.monotonic()
        #: The app's trace context when OpenTelemetry is on (``aiwarden.otel``), taken in ``admit``.
        self.trace_context: Any = None
        self.format: WireFormat = format_for(route, request)
        self.identity: Identity | None = None
        self.tier_name: str | None = None
        self.chat: ChatRequest | None = None
        self.model_requested: str | None = None
        self.model_used: str | None = None
        self.findings: list[Finding] = []
        self.flags: dict[str, Any] = {}
        self.monitored: list[tuple[str, Refusal]] = []
        self.response_headers: dict[str, str] = {"x-request-id": self.request_id}
        self.usage: Usage | None = None
        self._cost_estimate: int | None = None
        #: (price, max output tokens) of an estimate not computed yet (see cost_estimate_micros)
        self._estimate_of: tuple[Any, int] | None = None
        self.cost_settled_micros: int | None = None
        self.reservations: list[Any] = []
        self.canary: str | None = None
        self.pseudonyms: Any = None
        self.refusal: Refusal | None = None
        self.refused_by: str | None = None
        self.status: int | None = None
        self.response_kind: ResponseKind | None = None
        self.stream_cut = False
        self.client_disconnected = False
        #: Set by an adapter that calls :meth:`filter_idle` on a timer (Starlette): only then does
        #: a stream coalesce by default (``output.coalesce_without_timer``).
        self.idle_release = False
        self.finished = False
        self._input_tokens: int | None = None
        #: Counts of the texts counted so far (model, text) -> tokens: after a stage rewrites one
        #: message (the canary, a pseudonym) only that one is counted again
        self._counts: dict[tuple[str | None, str], int] = {}
        self._stream: _Stream | None = None
        self._unreadable = False
        self._error_text = False
        self._pieces: list[bytes] = []
        #: Milliseconds spent in each stage's hooks (check latency, for audit and metrics).
        self.timings: dict[str, float] = {}

    # -- conveniences for stages ------------------------------------------------------------

    @property
    def tier(self) -> Tier | None:
        return self.policy.tiers.get(self.tier_name) if self.tier_name else None

    @property
    def subject(self) -> str:
        return self.identity.subject if self.identity else "anonymous"

    def input_tokens(self) -> int:
        """Tokens of the (rewritten) input, counted once with the model's encoding."""
        if self._input_tokens is None:
            chat = self.chat
            if chat is None:
                return 0
            # every text the provider bills: the messages, the format's other request fields, images
            # (count_messages' framing: a primer per request, an overhead per message)
            texts = [*(m.text for m in chat.messages), *(t.text for t in chat.texts)]
            self._input_tokens = (
                tokens.REPLY_PRIMER
                + sum(tokens.MESSAGE_OVERHEAD + self._count(text, chat.model) for text in texts)
                + chat.image_tokens
            )
        return self._input_tokens

    def _count(self, text: str, model: str | None) -> int:
        n = self._counts.get((model, text))
        if n is None:
            n = self._counts[(model, text)] = tokens.count_request_text(text, model)
        return n

    def invalidate_input_tokens(self) -> None:
        self._input_tokens = None

    def input_tokens_bound(self) -> int:
        """An upper bound of :meth:`input_tokens` without tokenizing long texts: each text's count
        when it was made already or the text is short (a few µs), else its UTF-8 bytes (a byte-level
        BPE token is at least one byte), plus the framing. Exact (and kept as the count) when no
        text was bounded. Quota reserves with it; the exact count is made only where it is needed."""
        if self._input_tokens is not None:
            return self._input_tokens
        chat = self.chat
        if chat is None:
            return 0
        model, counts = chat.model, self._counts
        total, exact = tokens.REPLY_PRIMER + chat.image_tokens, True
        for text in [*(m.text for m in chat.messages), *(t.text for t in chat.texts)]:
            n = counts.get((model, text))
            if n is None:
                if len(text) <= _COUNT_SHORT:
                    n = self._count(text, model)
                else:
                    n, exact = _utf8_len(text), False
            total += tokens.MESSAGE_OVERHEAD + n
        if exact:
            self._input_tokens = total
        return total

    @property
    def input_tokens_counted(self) -> bool:
        """Whether :meth:`input_tokens` has been computed (and not invalidated since)."""
        return self._input_tokens is not None

    @property
    def cost_estimate_micros(self) -> int | None:
        """The request's estimated cost (its counted input and its output cap at the model's price),
        set by the quota stage. Computed when first read (audit, after the answer): the reservation
        itself holds an upper bound, so a request whose estimate nobody reads is never tokenized."""
        if self._estimate_of is not None:
            price, max_out = self._estimate_of
            self._estimate_of = None
            self._cost_estimate = price.cost_micros(self.input_tokens(), max_out)
        return self._cost_estimate

    @cost_estimate_micros.setter
    def cost_estimate_micros(self, value: int | None) -> None:
        self._estimate_of, self._cost_estimate = None, value

    def known_cost_estimate(self) -> int | None:
        """:attr:`cost_estimate_micros` where reading it tokenizes nothing (the input was counted, or
        the estimate was set as a number), else None."""
        if self._estimate_of is not None and self._input_tokens is None:
            return None
        return self.cost_estimate_micros

    def estimate_cost(self, price: Any, max_out: int) -> None:
        """Set :attr:`cost_estimate_micros` to ``price.cost_micros(input_tokens(), max_out)``, counted
        when first read."""
        self._estimate_of, self._cost_estimate = (price, max_out), None

    @property
    def max_body_bytes(self) -> int:
        return self.policy.input.max_body_bytes

    def refuse(self, refusal: Refusal, by: str) -> Refusal:
        shape = getattr(self.format, "error_shape", None)
        if shape is not None:  # the route's clients read errors in their API's shape (Gemini's)
            refusal = replace(refusal, shape=shape)
        self.refusal = refusal.with_headers(self.response_headers)
        self.refused_by = by
        return self.refusal

    def too_large(self) -> Refusal:
        limit = self.max_body_bytes
        return self.refuse(
            Refusal(
                413,
                "invalid_request_error",
                "request_too_large",
                f"The request body is larger than the {limit} bytes this route accepts.",
            ),
            "body",
        )

    # -- request phases ----------------------------------------------------------------------

    def check(self, body: bytes | Effect) -> Generator[Effect, Any, Refusal | bytes]:
        """The request's way in, as one call: :meth:`admit`, read the body, :meth:`inspect`. ``body``
        is the body, or the effect that reads it capped at :attr:`max_body_bytes` (bytes, or None
        when over: :class:`aiwarden.adapter.CappedRead`), read only once admitted. Returns the
        refusal to answer, or the body to forward to the view. A body over
        :data:`~aiwarden.effects.OFF_LOOP_BYTES` is inspected off the event loop (async driver)."""
        refusal = yield from self.admit()
        if refusal is not None:
            return refusal
        data = body if isinstance(body, bytes) else (yield body)
        if data is None or len(data) > self.max_body_bytes:
            return self.too_large()
        if len(data) > OFF_LOOP_BYTES:
            yield OFF_LOOP
        return (yield from self.inspect(data))

    def admit(self) -> Generator[Effect, Any, Refusal | None]:
        return self._run("admit", self.warden._admit)

    def inspect(self, body: bytes) -> Generator[Effect, Any, Refusal | bytes]:
        encoding = self.request.headers.get("content-encoding", "").strip().lower()
        if encoding not in ("", "identity"):
            # the body is parsed as sent; a compressed one would only fail as "not UTF-8", and a body
            # forwarded re-rendered under its old Content-Encoding would be misread by the view
            return self.refuse(_unsupported_encoding(encoding), "parse")
        try:
            doc = decode_json_object(body)
            chat = self.format.parse_request(doc)
        except RefusalError as exc:
            return self.refuse(exc.refusal, "parse")
        if chat.stream and self.format.name == "generic":
            return self.refuse(_generic_stream(), "parse")
        self.chat = chat
        self.model_requested = chat.model
        if chat.model is not None:
            chat.model = _map_model(self.route.model_map, chat.model)
        self.model_used = chat.model
        if self.format.name == "gemini":  # the tier's and route's floors on the request's safetySettings
            tier = self.tier
            apply_safety(chat, safety_floors(tier.gemini_safety if tier else {}, self.route.gemini_safety))
        refusal = yield from self._run("inspect", self.warden._inspect)
        if refusal is not None:
            return refusal
        rendered = self.format.render_request(chat)
        return render_json(rendered, len(body)).encode()

    def _run(self, hook: str, stages: Sequence[Stage]) -> Generator[Effect, Any, Refusal | None]:
        timings, clock = self.timings, time.perf_counter
        started = clock()
        for stage in stages:
            step = getattr(stage, hook)(self)
            # a plain result is taken as it is: no generator made around it (13 hooks a request)
            refusal = (yield from step) if type(step) is GeneratorType else step
            ended = clock()
            timings[stage.name] = timings.get(stage.name, 0.0) + (ended - started) * 1000.0
            started = ended
            if refusal is None:
                continue
            if self.mode == "monitor":
                self.monitored.append((stage.name, refusal))
                self.response_headers["x-aiwarden-monitor"] = refusal.code
                continue
            return self.refuse(refusal, stage.name)
        return None

    def filter_off_loop(self, size: int) -> bool:
        """Whether an async adapter filters an answer, or a piece of it, of ``size`` bytes in a
        worker thread: user output filters may block on I/O, and a large answer takes time."""
        return self.warden.output_blocks or size > OFF_LOOP_BYTES

    # -- the answer's output chains (read by the answer path) ------------------------------

    def _chain_factory(self) -> Chains:
        factories = [f for s in self.warden._outputs for f in s.output_filters(self)]
        pol = self.policy.output
        chars, seconds = pol.coalesce_chars, pol.coalesce_ms / 1000
        if not (self.idle_release or pol.coalesce_without_timer):
            seconds = 0.0  # text would wait for the provider's next piece: filter each on arrival
        return Chains(factories, chars, seconds, FilterChain)  # (looked up here: tests replace it with their clock's)

    # -- the end ----------------------------------------------------------------------------

    def finish(self) -> Generator[Effect, Any, None]:
        """Settle, audit, alert. Runs once; every stage runs even if an earlier one fails."""
        if self.finished:
            return
        self.finished = True
        if self._stream is not None:
            self.usage = self._stream.final_usage()
            if not self._stream.ended and not self.stream_cut:
                # the provider's stream stopped before its end event ([DONE], message_stop)
                self.flags["stream_incomplete"] = True
        timings, clock = self.timings, time.perf_counter
        started = clock()
        for stage in self.warden._finish:
            try:
                step = stage.finish(self)
                if type(step) is GeneratorType:
                    yield from step
            except Exception:
                log.exception("aiwarden: the %s stage failed while finishing request %s", stage.name, self.request_id)
            ended = clock()
            timings[stage.name] = timings.get(stage.name, 0.0) + (ended - started) * 1000.0
            started = ended

    @property
    def duration_ms(self) -> float:
        return (time.monotonic() - self.started) * 1000.0


def _new_request_id() -> str:
    """A random version-4 UUID as 32 hex digits, as ``uuid.uuid4().hex`` (which builds a UUID
    object around an int: ~10 us of a request, this ~1 us)."""
    b = bytearray(os.urandom(16))
    b[6] = (b[6] & 0x0F) | 0x40  # version 4
    b[8] = (b[8] & 0x3F) | 0x80  # RFC 4122 variant
    return b.hex()


#: Texts up to this many characters are counted for :meth:`Exchange.input_tokens_bound` (a system
#: prompt, a short turn: microseconds), longer ones bounded by their bytes.
_COUNT_SHORT = 256


def _utf8_len(text: str) -> int:
    # an ASCII string's length is its UTF-8 length (str.isascii reads a flag): no copy to measure it
    return len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))


def _generic_stream() -> Refusal:
    from .errors import bad_request

    return bad_request("stream_not_supported", "This route does not support streaming; remove 'stream'.", "stream")


def _unsupported_encoding(encoding: str) -> Refusal:
    return Refusal(
        415,
        "invalid_request_error",
        "unsupported_encoding",
        f"Content-Encoding {encoding[:32]!r} is not supported on this route; send the JSON body uncompressed.",
    )


def _map_model(model_map: Mapping[str, str], model: str) -> str:
    if not model_map:
        return model
    if model in model_map:
        return model_map[model]
    from fnmatch import fnmatchcase

    for pattern, target in model_map.items():
        if fnmatchcase(model, pattern):
            return target
    return model

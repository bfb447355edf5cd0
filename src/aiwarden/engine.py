"""The engine: :class:`Warden` (one per app, built from a policy) and :class:`Exchange` (one per request).

Adapters drive an exchange through its phases (see docs/architecture.md)::

    route = warden.route_for(method, path, marked)          # None: not an AI route, pass through
    ex = warden.exchange(http_request, route)
    refusal = drive(ex.admit())                             # before reading the body
    outcome = drive(ex.inspect(body))                       # Refusal, or the body to forward
    kind = ex.response_start(status, content_type, content_encoding)  # "json" | "sse" | "pass"
    body = ex.filter_json(body)  /  ex.filter_chunk(chunk) ... ex.filter_end()
    drive(ex.finish())                                      # settle, audit, alerts — always, once

``drive`` is :func:`~aiwarden.effects.drive_sync` or :func:`~aiwarden.effects.drive_async`.
Concerns plug in as *stages*: objects with any of ``admit``, ``inspect``, ``output_filters`` and
``finish`` (see :class:`Stage`).
"""

from __future__ import annotations

import json
import logging
import re
import time
import uuid
from collections.abc import Callable, Generator, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any, Literal, Protocol

from . import tokens
from .context import ChatRequest, Finding, HttpRequest, Identity, Usage
from .effects import Effect, run_step
from .errors import Refusal, RefusalError
from .formats import SSEDecoder, WireFormat, decode_json_object, format_for
from .formats.base import Unreadable, filter_strings
from .formats.gemini import apply_safety, safety_floors
from .formats.shape import event_shape, foreign_answer
from .policy import Policy, RouteSpec, Tier, load_policy
from .routes import RouteTable, route_of
from .streaming import Blocked, FilterChain, TextFilter

__all__ = ["Exchange", "Stage", "Warden", "is_cors_preflight", "marked_spec", "method_not_allowed", "read_capped"]

log = logging.getLogger("aiwarden")

Gen = Generator[Effect, Any, Any]
ResponseKind = Literal["json", "sse", "pass"]
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:\-]{1,128}$")


class Stage(Protocol):
    """A concern of the engine. Implement any subset of the hooks; each may return a value or a
    generator that yields effects (storage, detectors) and returns it."""

    name: str

    def admit(self, ex: Exchange) -> Refusal | Gen | None: ...

    def inspect(self, ex: Exchange) -> Refusal | Gen | None: ...

    def output_filters(self, ex: Exchange) -> Sequence[Callable[[], TextFilter]]: ...

    def finish(self, ex: Exchange) -> Gen | None: ...


class Warden:
    """The policy engine. Build one per application and share it across requests and threads.

    >>> warden = Warden({"tiers": {"free": {"models": ["gpt-4o-mini"]}}})
    >>> warden.policy.tiers["free"].models
    ('gpt-4o-mini',)
    """

    def __init__(
        self,
        policy: Policy | Mapping[str, Any] | str | None = None,
        *,
        stages: Iterable[Stage] | None = None,
        **components: Any,
    ) -> None:
        self.policy = load_policy(policy)
        self.routes = RouteTable(self.policy.routes)
        self.components = components
        self.stages: list[Stage] = list(stages) if stages is not None else default_stages(self)
        self._admit = [s for s in self.stages if hasattr(s, "admit")]
        self._inspect = [s for s in self.stages if hasattr(s, "inspect")]
        self._outputs = [s for s in self.stages if hasattr(s, "output_filters")]
        self._finish = [s for s in self.stages if hasattr(s, "finish")]
        #: An output filter may block (user checks): async adapters filter in a worker thread.
        self.output_blocks = any(getattr(s, "blocking", False) for s in self._outputs)

    def route_for(self, method: str, path: str, marked: RouteSpec | None = None) -> RouteSpec | None:
        return self.routes.resolve(method, path, marked)

    def exchange(self, request: HttpRequest, route: RouteSpec) -> Exchange:
        return Exchange(self, request, route)

    def console(self, **rights: Any) -> Any:
        """The operator page for this engine as a pure ASGI app (Starlette/FastAPI)::

            app.mount("/aiwarden", warden.console())

        ``can_view`` / ``can_switch`` add callable rights; see :class:`aiwarden.console.Console`.
        Django and Flask mount it with ``aiwarden.console.django`` / ``aiwarden.console.flask``.
        """
        from .console.asgi import ConsoleApp

        return ConsoleApp(self, **rights)

    def stage(self, name: str) -> Any:
        for s in self.stages:
            if s.name == name:
                return s
        raise LookupError(name)


def default_stages(warden: Warden) -> list[Stage]:
    """The built-in stages, in pipeline order. Each concern adds its stage here."""
    from .audit import AuditStage
    from .auth import AuthStage
    from .input import InputStage
    from .keys import KeysStage
    from .output import OutputStage
    from .privacy import PrivacyStage
    from .quota import QuotaStage

    quota = QuotaStage(warden)
    stages: list[Stage] = []
    stages.append(KeysStage(warden))  # first: deny paths and client-sent keys; sets warden.keys
    stages.append(quota.kill_switch)  # admit: before authentication, AI routes only
    stages.append(AuthStage(warden))  # after keys and the kill switch, before input and quota limits
    stages.append(InputStage(warden))  # roles, caps, sanitize, system prompt, token cap, injection
    stages.append(OutputStage(warden))  # canary in the system prompt; the whole output chain, in order
    stages.append(PrivacyStage(warden))  # pseudonymize, so nothing after it sees raw PII
    # inspect: after every stage that rewrites the request (system prompt, spotlighting, canary,
    # pseudonyms), so the reservation counts every token the provider will bill; finish: settle
    # before audit
    stages.append(quota)
    if warden.policy.audit.otel:  # OpenTelemetry (the otel extra): a span and metrics per request
        from .otel import OtelStage

        otel = OtelStage(warden)
        stages.insert(0, otel.context)  # admit: first, so the app's trace context is taken as it is
        stages.append(otel)  # finish: after quota settled, before audit
    stages.append(AuditStage(warden))  # last: its finish records what the others settled
    return stages


class Exchange:
    """Everything about one request to an AI route. Created per request; never shared."""

    def __init__(self, warden: Warden, request: HttpRequest, route: RouteSpec) -> None:
        self.warden = warden
        self.policy = warden.policy
        self.request = request
        self.route = route
        self.mode = route.mode or warden.policy.mode
        rid = request.headers.get("x-request-id", "")
        self.request_id = rid if _REQUEST_ID.match(rid) else uuid.uuid4().hex
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
        self.cost_estimate_micros: int | None = None
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
        self._stream: _Stream | None = None
        self._unreadable = False
        self._error_text = False
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
            self._input_tokens = (
                tokens.count_messages((m.text for m in chat.messages), chat.model)
                + sum(tokens.count_tokens(t.text, chat.model) + tokens.MESSAGE_OVERHEAD for t in chat.texts)
                + chat.image_tokens
            )
        return self._input_tokens

    def invalidate_input_tokens(self) -> None:
        self._input_tokens = None

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
        return json.dumps(rendered, ensure_ascii=False, separators=(",", ":")).encode()

    def _run(self, hook: str, stages: Sequence[Stage]) -> Generator[Effect, Any, Refusal | None]:
        for stage in stages:
            started = time.perf_counter()
            refusal = yield from run_step(getattr(stage, hook)(self))
            self._timed(stage.name, started)
            if refusal is None:
                continue
            if self.mode == "monitor":
                self.monitored.append((stage.name, refusal))
                self.response_headers["x-aiwarden-monitor"] = refusal.code
                continue
            return self.refuse(refusal, stage.name)
        return None

    # -- response phases ---------------------------------------------------------------------

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

    def _chain_factory(self) -> Callable[[], FilterChain]:
        factories = [f for s in self.warden._outputs for f in s.output_filters(self)]
        pol = self.policy.output
        chars, seconds = pol.coalesce_chars, pol.coalesce_ms / 1000
        if not (self.idle_release or pol.coalesce_without_timer):
            seconds = 0.0  # text would wait for the provider's next piece: filter each on arrival
        return lambda: FilterChain([make() for make in factories], chars, seconds)

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
            chain = going_on.pop(channel, None) or make_chain()
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
        return (
            json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "backslashreplace")
            if changed
            else body
        )

    def _filter_strings(self, doc: Any, body: bytes) -> bytes:
        """An answer with status >= 300: every string in it filtered whole (errors quote the input)."""
        make_chain = self._chain_factory()

        def whole(text: str) -> str:
            chain = make_chain()
            return chain.feed(text) + chain.flush()

        try:
            out = filter_strings(doc, whole)
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
        for stage in self.warden._finish:
            started = time.perf_counter()
            try:
                yield from run_step(stage.finish(self))
            except Exception:
                log.exception("aiwarden: the %s stage failed while finishing request %s", stage.name, self.request_id)
            self._timed(stage.name, started)

    def _timed(self, name: str, started: float) -> None:
        self.timings[name] = self.timings.get(name, 0.0) + (time.perf_counter() - started) * 1000.0

    @property
    def duration_ms(self) -> float:
        return (time.monotonic() - self.started) * 1000.0


def marked_spec(view: Any, method: str) -> RouteSpec | None:
    """The :func:`~aiwarden.routes.ai_route` spec of the view a request reaches: on the view, on its
    class (also when a decorator on the class's ``dispatch`` hides it: Django's ``as_view()`` copies
    that decorator's ``__wrapped__`` onto the view), or on the class's handler for ``method``."""
    spec = route_of(view)
    if spec is not None:
        return spec
    cls = view if isinstance(view, type) else getattr(view, "view_class", None)
    if cls is None:
        return None
    return route_of(cls) or route_of(getattr(cls, method.lower(), None))


def method_not_allowed(ex: Exchange, allow: Iterable[str]) -> Refusal:
    """The guard's answer to a method an AI route does not take: 405 ``method_not_allowed`` in the
    OpenAI error shape, with ``Allow`` and ``x-request-id`` (adapters answer it, before any check,
    where the framework would answer its own 405 in HTML or plain text)."""
    methods = ", ".join(sorted({m.upper() for m in allow}))
    refusal = Refusal(
        405,
        "invalid_request_error",
        "method_not_allowed",
        f"This route does not accept {ex.request.method[:16]!r} requests; use {methods}.",
        headers={"allow": methods},
    )
    return ex.refuse(refusal, "route")


def is_cors_preflight(method: str, headers: Mapping[str, str]) -> bool:
    """Whether a request (lower-case ``headers``) is a CORS preflight: an OPTIONS with
    ``Access-Control-Request-Method`` and no body. Browsers send it without credentials before the
    real request, so adapters pass it to the app's CORS handling instead of guarding it (a guard's
    401 fails the preflight); an OPTIONS carrying a body is guarded like any other request."""
    return (
        method == "OPTIONS"
        and "access-control-request-method" in headers
        and "transfer-encoding" not in headers
        and headers.get("content-length", "0").strip() in ("", "0")
    )


def read_capped(read: Callable[[int], bytes], declared: str | None, limit: int) -> bytes | None:
    """A request body read through a blocking ``read(n)``, or None when it is, or declares it is,
    over ``limit`` bytes. Never reads more than ``limit + 1`` bytes, whatever Content-Length says
    (the WSGI adapters use it; the ASGI one reads messages instead)."""
    if declared and (not declared.isdigit() or int(declared) > limit):
        return None
    chunks, size = [], 0
    while size <= limit:
        chunk = read(limit + 1 - size)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return None if size > limit else b"".join(chunks)


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


class _Stream:
    """The per-request stream state: SSE decoder, one filter chain per channel, usage."""

    def __init__(self, ex: Exchange, make_chain: Callable[[], FilterChain]) -> None:
        self.ex = ex
        self.decoder = SSEDecoder()
        self.make_chain = make_chain
        self.chains: dict[str, FilterChain] = {}
        self.closed: set[str] = set()
        self.client_wants_usage = bool(ex.chat and ex.chat.include_usage)
        self.reported_in: int | None = None
        self.reported_out: int | None = None
        self.counted_out = 0
        # Output text not counted yet: counted in batches (bounded memory), not per delta, since
        # the count is only needed when the provider reports no usage.
        self.uncounted: list[str] = []
        self.uncounted_chars = 0
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
        if self.uncounted_chars >= 4096:
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
        chain = self.make_chain()
        return chain.feed(text) + chain.flush()

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

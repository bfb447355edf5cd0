"""OpenTelemetry: a span and metrics per AI request, in the GenAI semantic conventions.

Needs the ``otel`` extra (``pip install 'aiwarden[otel]'``: the OpenTelemetry API; the app brings
the SDK and its exporter). Turn it on with ``[audit] otel = true``. Spans and metrics go to the
global tracer and meter providers, or to those given as ``Warden(..., tracer_provider=...,
meter_provider=...)``.

Per request, when it is finished (also when it was refused, and after the stream's last chunk):

* a ``CLIENT`` span named ``"{gen_ai.operation.name} {gen_ai.request.model}"`` (``chat gpt-4o-mini``),
  from the request's arrival to its end, child of the app's current span — or, when there is none,
  of the W3C ``traceparent`` the request carried;
* ``gen_ai.client.token.usage`` (histogram, ``{token}``, by ``gen_ai.token.type`` input/output) and
  ``gen_ai.client.operation.duration`` (histogram, seconds);
* ``aiwarden.requests`` (counter, by decision, refusal code, tier) and ``aiwarden.cost`` (counter,
  USD settled).

Attributes follow the conventions (``gen_ai.operation.name``, ``gen_ai.provider.name`` and its
pre-1.37 name ``gen_ai.system``, ``gen_ai.request.model`` (only a model that passed authorization),
``gen_ai.request.max_tokens``, ``gen_ai.usage.input_tokens``, ``gen_ai.usage.output_tokens``,
``error.type``) plus aiwarden's own (``aiwarden.*``: decision, refusal code and stage, tier, mode,
route, cost). Never a prompt, an answer, a header, a key or a raw subject: the subject is only sent
as the audit log's keyed hash (``aiwarden.subject_hash``), when ``audit.hash_subjects_key_env``
sets one.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from .exchange import Stage

if TYPE_CHECKING:
    from .exchange import Exchange
    from .services import Services

__all__ = ["OtelContext", "OtelStage"]

#: The buckets the GenAI conventions ask for.
TOKEN_BUCKETS = (1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864)
DURATION_BUCKETS = (0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92)

#: gen_ai.provider.name per wire format (the well-known values of the conventions).
_PROVIDER = {"openai": "openai", "anthropic": "anthropic"}


def _otel() -> Any:
    try:
        import opentelemetry.trace
    except ImportError as exc:
        raise ImportError(
            "aiwarden's OpenTelemetry spans and metrics need the OpenTelemetry API: pip install 'aiwarden[otel]'"
        ) from exc
    return opentelemetry


class OtelContext(Stage):
    """The ``admit`` partner of :class:`OtelStage`, first in the pipeline: remembers the app's
    trace context (its current span, or the request's ``traceparent``) for the span made at the end."""

    name = "otel_context"

    def admit(self, ex: Exchange) -> None:
        from opentelemetry import context, propagate, trace

        ctx = context.get_current()
        if not trace.get_current_span(ctx).get_span_context().is_valid:
            ctx = propagate.extract(ex.request.headers)
        ex.trace_context = ctx


class OtelStage(Stage):
    """Emits the span and the metrics in ``finish`` (after quota settled, before audit)."""

    name = "otel"

    def __init__(self, services: Services) -> None:
        _otel()
        from opentelemetry import metrics, trace

        from ._version import __version__

        self.services = services
        tp, mp = services.components.get("tracer_provider"), services.components.get("meter_provider")
        self.tracer = trace.get_tracer("aiwarden", __version__, tracer_provider=tp)
        meter = metrics.get_meter("aiwarden", __version__, meter_provider=mp)
        self.tokens = meter.create_histogram(
            "gen_ai.client.token.usage",
            unit="{token}",
            description="Number of input and output tokens used",
            explicit_bucket_boundaries_advisory=list(TOKEN_BUCKETS),
        )
        self.duration = meter.create_histogram(
            "gen_ai.client.operation.duration",
            unit="s",
            description="GenAI operation duration",
            explicit_bucket_boundaries_advisory=list(DURATION_BUCKETS),
        )
        self.requests = meter.create_counter(
            "aiwarden.requests", unit="{request}", description="AI requests by decision, refusal code and tier"
        )
        self.cost = meter.create_counter("aiwarden.cost", unit="USD", description="Settled cost of AI requests")
        self.context = OtelContext()

    def _hasher(self) -> Any:
        return self.services.hasher

    def finish(self, ex: Exchange) -> None:
        from opentelemetry.trace import SpanKind, Status, StatusCode

        from .audit.record import build_record

        rec = build_record(ex, hasher=self._hasher())
        operation = "chat"
        provider = _PROVIDER.get(ex.route.format, ex.route.format)
        # only a model that passed authorization is named: a refused request's model is client text
        # (and on metrics an unbounded label); the audit record has capped and masked it already
        model = rec.model_used or ""
        common: dict[str, Any] = {"gen_ai.operation.name": operation, "gen_ai.provider.name": provider}
        if model:
            common["gen_ai.request.model"] = model
        error = rec.refusal_code if rec.decision == "refused" else None
        if error is None and rec.status is not None and rec.status >= 400:
            error = str(rec.status)
        attrs: dict[str, Any] = {
            **common,
            "gen_ai.system": provider,
            "aiwarden.decision": rec.decision,
            "aiwarden.mode": rec.mode,
            "aiwarden.route": rec.route,
            "aiwarden.request_id": rec.request_id,
        }
        optional = {
            "gen_ai.request.max_tokens": ex.chat.max_tokens if ex.chat is not None else None,
            "gen_ai.usage.input_tokens": rec.input_tokens,
            "gen_ai.usage.output_tokens": rec.output_tokens,
            "aiwarden.refusal.code": rec.refusal_code,
            "aiwarden.refusal.stage": rec.refused_by,
            "aiwarden.tier": rec.tier,
            "aiwarden.cost.estimate_usd": None if rec.cost_estimate_micros is None else rec.cost_estimate_micros / 1e6,
            "aiwarden.cost.settled_usd": None if rec.cost_settled_micros is None else rec.cost_settled_micros / 1e6,
            "aiwarden.subject_hash": rec.subject if rec.subject_hashed else None,
            "http.response.status_code": rec.status,
            "error.type": error,
        }
        attrs.update({k: v for k, v in optional.items() if v is not None})
        elapsed = time.monotonic() - ex.started
        end = time.time_ns()
        span = self.tracer.start_span(
            f"{operation} {model}".strip(),
            context=getattr(ex, "trace_context", None),
            kind=SpanKind.CLIENT,
            attributes=attrs,
            start_time=end - int(elapsed * 1e9),
        )
        if error is not None:
            span.set_status(Status(StatusCode.ERROR, error))
        span.end(end_time=end)
        # metrics: bounded attributes only (no request id, no subject)
        labels = {**common, **({"error.type": error} if error is not None else {})}
        self.duration.record(elapsed, labels)
        for kind, n in (("input", rec.input_tokens), ("output", rec.output_tokens)):
            if n is not None:
                self.tokens.record(n, {**common, "gen_ai.token.type": kind})
        counted = {"aiwarden.decision": rec.decision, "aiwarden.tier": rec.tier or ""}
        if rec.refusal_code:
            counted["aiwarden.refusal.code"] = rec.refusal_code
        self.requests.add(1, {**common, **counted})
        if rec.cost_settled_micros:
            self.cost.add(rec.cost_settled_micros / 1e6, {**common, "aiwarden.tier": rec.tier or ""})

"""Prometheus metrics, kept from audit records (needs the ``metrics`` extra: ``prometheus-client``).

:class:`AuditMetrics` is an audit sink: every record updates the counters and histograms below.
Turn it on with ``[audit] metrics = true`` (default registry), or pass your own::

    registry = CollectorRegistry()
    warden = Warden(policy, audit_sinks=[AuditMetrics(registry)])

and expose it the way your framework does (``aiwarden.contrib.metrics_asgi``,
``metrics_django``, ``metrics_flask``). Metrics (prefix ``aiwarden_``):

============================================ ========= =====================================
requests_total                               counter   route, tier, decision
refusals_total                               counter   route, stage, code (also monitored=1/0)
tokens_total                                 counter   route, tier, model, direction (input/output)
cost_usd_total                               counter   route, tier, model (settled cost)
findings_total                               counter   kind
request_duration_seconds                     histogram route
check_duration_seconds                       histogram stage
audit_records_dropped_total                  counter   (records the writer could not queue)
============================================ ========= =====================================

Labels hold only bounded values: the route's name or policy pattern, tier names, refusal codes
and, for tokens and cost only, the model actually used (never the client's free text).
"""

from __future__ import annotations

import os
import threading
from typing import Any

from .record import AuditRecord

__all__ = ["AuditMetrics", "default_metrics", "render_latest"]

_DURATION_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)
_CHECK_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1)


def _prometheus() -> Any:
    try:
        import prometheus_client
    except ImportError as exc:
        raise ImportError(
            "aiwarden metrics need the prometheus-client package: pip install 'aiwarden[metrics]'"
        ) from exc
    return prometheus_client


class AuditMetrics:
    """Prometheus counters and histograms fed by audit records (an :class:`~aiwarden.audit.AuditSink`).

    >>> from prometheus_client import CollectorRegistry
    >>> m = AuditMetrics(CollectorRegistry())
    >>> b"aiwarden_requests_total" in m.render()[0]
    True
    """

    def __init__(self, registry: Any = None) -> None:
        prom = _prometheus()
        self.registry = prom.REGISTRY if registry is None else registry
        r = self.registry
        self.requests = prom.Counter(
            "aiwarden_requests", "Requests to AI routes.", ["route", "tier", "decision"], registry=r
        )
        self.refusals = prom.Counter(
            "aiwarden_refusals",
            "Refusals by the stage that refused and its code; monitored=1 counts refusals recorded but not enforced.",
            ["route", "stage", "code", "monitored"],
            registry=r,
        )
        self.tokens = prom.Counter(
            "aiwarden_tokens", "Tokens used, by direction.", ["route", "tier", "model", "direction"], registry=r
        )
        self.cost = prom.Counter(
            "aiwarden_cost_usd", "Settled cost in US dollars.", ["route", "tier", "model"], registry=r
        )
        self.findings = prom.Counter("aiwarden_findings", "Scanner findings by kind.", ["kind"], registry=r)
        self.duration = prom.Histogram(
            "aiwarden_request_duration_seconds",
            "Request duration, seen by aiwarden.",
            ["route"],
            buckets=_DURATION_BUCKETS,
            registry=r,
        )
        self.checks = prom.Histogram(
            "aiwarden_check_duration_seconds",
            "Time spent in each stage's checks.",
            ["stage"],
            buckets=_CHECK_BUCKETS,
            registry=r,
        )
        self.dropped = prom.Counter(
            "aiwarden_audit_records_dropped", "Audit records dropped: writer queue full.", registry=r
        )

    def emit(self, record: AuditRecord) -> None:
        route, tier = record.route, record.tier or "-"
        self.requests.labels(route, tier, record.decision).inc()
        if record.decision == "refused":
            self.refusals.labels(route, record.refused_by or "-", record.refusal_code or "-", "0").inc()
        for m in record.monitored:
            self.refusals.labels(route, m.get("by", "-"), m.get("code", "-"), "1").inc()
        # Only a model that was authorised and used is a label: a refused request's model is client text.
        model = record.model_used or "-"
        if record.input_tokens:
            self.tokens.labels(route, tier, model, "input").inc(record.input_tokens)
        if record.output_tokens:
            self.tokens.labels(route, tier, model, "output").inc(record.output_tokens)
        if record.cost_settled_micros:
            self.cost.labels(route, tier, model).inc(record.cost_settled_micros / 1_000_000)
        for kind, count in record.findings.items():
            self.findings.labels(kind).inc(count)
        self.duration.labels(route).observe(record.duration_ms / 1000.0)
        for stage, ms in record.timings_ms.items():
            self.checks.labels(stage).observe(ms / 1000.0)

    def render(self, accept: str | None = None) -> tuple[bytes, str]:
        """The exposition (body, content type) for this registry, negotiated from ``Accept``."""
        return render_latest(self.registry, accept)


def render_latest(registry: Any = None, accept: str | None = None) -> tuple[bytes, str]:
    """Body and content type for a scrape of ``registry`` (default: the global one).

    Under a multi-process server with ``PROMETHEUS_MULTIPROC_DIR`` set, the default registry is
    replaced by the aggregate over all worker processes.
    """
    prom = _prometheus()
    from prometheus_client.exposition import choose_encoder

    if registry is None:
        registry = prom.REGISTRY
        if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
            from prometheus_client import multiprocess

            registry = prom.CollectorRegistry()
            multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]  # prometheus_client's is unannotated
    encoder, content_type = choose_encoder(accept or "")
    return encoder(registry), content_type


_defaults: dict[int, AuditMetrics] = {}
_defaults_lock = threading.Lock()


def default_metrics(registry: Any = None) -> AuditMetrics:
    """The one :class:`AuditMetrics` for ``registry`` (default: the global registry).

    A registry refuses the same metric name twice, so every warden in a process shares this.
    """
    prom = _prometheus()
    registry = prom.REGISTRY if registry is None else registry
    with _defaults_lock:
        metrics = _defaults.get(id(registry))
        if metrics is None or metrics.registry is not registry:
            metrics = _defaults[id(registry)] = AuditMetrics(registry)
        return metrics

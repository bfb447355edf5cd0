"""The audit stage: the last ``finish`` of every exchange builds a record and queues it."""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..errors import ConfigurationError
from ..exchange import Stage
from .metrics import AuditMetrics, default_metrics
from .record import AuditRecord, build_record
from .sinks import AuditSink, FanoutSink, JsonlFileSink, LoggingSink, RecentSink
from .writer import BackgroundWriter

if TYPE_CHECKING:
    from ..exchange import Exchange
    from ..services import Services

__all__ = ["AUDIT_FILE_ENV", "AuditStage"]

#: When set, records are also appended to this JSONL file (with the policy's rotation settings).
AUDIT_FILE_ENV = "AIWARDEN_AUDIT_FILE"


class AuditStage(Stage):
    """Records every request to an AI route, allowed or refused (registered last in the pipeline,
    so settled usage and cost are known).

    Sinks come from the policy (``[audit] sinks``, ``file``, ``metrics``), from
    ``$AIWARDEN_AUDIT_FILE``, and from ``Warden(..., audit_sinks=[...])``::

        warden = Warden(policy, audit_sinks=[MemorySink()])
        warden.stage("audit").flush()      # wait until queued records are written (tests, shutdown)
    """

    name = "audit"

    def __init__(self, services: Services, *, writer: BackgroundWriter | None = None) -> None:
        policy = services.policy.audit
        self.enabled = policy.enabled
        self.hasher = services.hasher
        self.sample_chars = policy.sample_chars if policy.keep_flagged_samples else None
        self.sink = FanoutSink(_sinks(policy, services.components.get("audit_sinks")) if self.enabled else [])
        self.writer = writer or BackgroundWriter(policy.queue_size)
        self._metrics = [s for s in self.sink.sinks if isinstance(s, AuditMetrics)]
        console = services.policy.console
        #: The last records of this process, kept when the operator page is configured.
        self.recent: RecentSink | None = None
        if self.enabled and (console.view or console.switch):
            # kept on the request path (a deque append), not through the writer: with no other
            # sink, queueing it woke the writer thread for every request (a thread switch each,
            # ~0.1 ms of CPU, and up to a switch interval of wall time in the WSGI adapters)
            self.recent = RecentSink(console.recent_records)

    def finish(self, ex: Exchange) -> None:
        if not self.enabled:
            return
        queued = self.sink.takes_records()
        if not queued and self.recent is None:
            return  # (building a record and waking the writer for a logger that drops it cost ~0.1 ms)
        # the exact cost estimate tokenizes the prompt (~0.4 ms per 1k tokens): made for records
        # that are written, not for the operator page's, which does not show it
        record = build_record(ex, hasher=self.hasher, sample_chars=self.sample_chars, count=queued)
        if self.recent is not None:
            self.recent.emit(record)
        if queued:
            self.submit(record)

    def submit(self, record: AuditRecord) -> bool:
        if self.writer.submit(self.sink, record):
            return True
        for metrics in self._metrics:
            metrics.dropped.inc()
        return False

    def flush(self, timeout: float | None = 5.0) -> bool:
        """Block until every record queued so far reached its sinks (False on timeout)."""
        return self.writer.flush(timeout)

    def stats(self) -> dict[str, Any]:
        """Counters for operators: records queued, written, dropped; failures per sink."""
        w = self.writer
        return {
            "submitted": w.submitted,
            "processed": w.processed,
            "dropped": w.dropped,
            "pending": w.pending(),
            "sink_failures": {repr(s): n for s, n in zip(self.sink.sinks, self.sink.failures, strict=True)},
        }


def _sinks(policy: Any, extra: Iterable[AuditSink] | None) -> list[AuditSink]:
    sinks: list[AuditSink] = []
    if "logging" in policy.sinks:
        sinks.append(LoggingSink())
    paths: list[str] = []
    env_file = os.environ.get(AUDIT_FILE_ENV)
    for path in (policy.file, env_file):
        if path and path not in paths:
            paths.append(path)
    if "file" in policy.sinks and not paths:
        raise ConfigurationError("audit.sinks", f"'file' needs a path: set audit.file or ${AUDIT_FILE_ENV}")
    for path in paths:
        sinks.append(JsonlFileSink(path, max_bytes=policy.file_max_bytes, backups=policy.file_backups))
    if policy.metrics:
        try:
            sinks.append(default_metrics())
        except ImportError as exc:
            raise ConfigurationError("audit.metrics", str(exc)) from exc
    if extra is not None and callable(getattr(extra, "emit", None)):
        extra = [extra]  # type: ignore[list-item]
    for sink in extra or ():
        if not callable(getattr(sink, "emit", None)):
            raise ConfigurationError("audit_sinks", f"{sink!r} has no emit(record) method")
        sinks.append(sink)
    return sinks

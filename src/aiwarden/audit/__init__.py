"""The audit trail: a record for every request to an AI route, sinks, metrics and reports.

    from aiwarden.audit import MemorySink
    warden = Warden(policy, audit_sinks=[MemorySink()])

What a record holds and what it never holds is documented in docs/audit.md.
"""

from .metrics import AuditMetrics, default_metrics
from .record import SCHEMA_VERSION, AuditRecord, SubjectHasher, build_record, is_flagged
from .redact import mask_secrets, redact
from .sinks import AuditSink, FanoutSink, JsonlFileSink, LoggingSink, MemorySink
from .stage import AUDIT_FILE_ENV, AuditStage
from .writer import BackgroundWriter

__all__ = [
    "AUDIT_FILE_ENV",
    "SCHEMA_VERSION",
    "AuditMetrics",
    "AuditRecord",
    "AuditSink",
    "AuditStage",
    "BackgroundWriter",
    "FanoutSink",
    "JsonlFileSink",
    "LoggingSink",
    "MemorySink",
    "SubjectHasher",
    "build_record",
    "default_metrics",
    "is_flagged",
    "mask_secrets",
    "redact",
]

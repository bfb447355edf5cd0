"""The ``[audit]`` policy section (read by the audit stage, its sinks and metrics)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..errors import ConfigurationError

__all__ = ["AuditPolicy"]


@dataclass(frozen=True, slots=True)
class AuditPolicy:
    """The audit trail and metrics (``aiwarden.audit``; see docs/audit.md)."""

    #: Write an audit record for every AI request.
    enabled: bool = True
    #: Built-in sinks: "logging" (one JSON object per record on logger ``aiwarden.audit``) and
    #: "file" (JSONL at ``file``). Setting ``file`` (or ``$AIWARDEN_AUDIT_FILE``) also enables the file sink.
    sinks: tuple[Literal["logging", "file"], ...] = ("logging",)
    #: JSONL path; ``{pid}`` is replaced by the process id (one file per worker process).
    file: str | None = None
    #: Rotate the JSONL file when it would grow past this size; 0 never rotates.
    file_max_bytes: int = 50_000_000
    #: Rotated files kept.
    file_backups: int = 5
    #: Env var holding a key for a keyed hash (HMAC-SHA256) of subjects; unset logs subjects as they are.
    hash_subjects_key_env: str | None = None
    #: Keep a redacted sample of the input of flagged requests (findings, monitored or blocked).
    keep_flagged_samples: bool = False
    #: Length of a kept sample.
    sample_chars: int = 1000
    #: Records waiting for the background writer; past this, records are dropped and counted.
    queue_size: int = 10_000
    #: Keep Prometheus metrics in the default registry (needs the ``metrics`` extra).
    metrics: bool = False
    #: Emit an OpenTelemetry span and GenAI metrics per AI request (needs the ``otel`` extra; aiwarden.otel).
    otel: bool = False

    def validate(self) -> None:
        if self.file_max_bytes < 0:
            raise ConfigurationError("file_max_bytes", "must be zero (never rotate) or a positive size in bytes")
        if self.file_backups < 1:
            raise ConfigurationError("file_backups", "keep at least one rotated file")
        if self.sample_chars < 1:
            raise ConfigurationError("sample_chars", "must be at least 1")
        if self.queue_size < 1:
            raise ConfigurationError("queue_size", "must be at least 1")

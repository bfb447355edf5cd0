"""Where audit records go. A sink is any object with ``emit(record)`` (see :class:`AuditSink`).

Sinks are called from the background writer thread (:mod:`aiwarden.audit.writer`), never on the
request path, so a slow disk or log shipper does not slow requests down. Add your own::

    class KafkaSink:
        def emit(self, record):
            producer.send("audit", record.to_json().encode())

    warden = Warden(policy, audit_sinks=[KafkaSink()])
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections import deque
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from ..errors import ConfigurationError
from .record import AuditRecord

__all__ = ["AuditSink", "FanoutSink", "JsonlFileSink", "LoggingSink", "MemorySink", "RecentSink"]

log = logging.getLogger("aiwarden")


def _dumps(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"), default=str)


@runtime_checkable
class AuditSink(Protocol):
    """Receives each audit record. May also define ``close()``; may raise (the failure is
    reported once, counted, and never reaches a request)."""

    def emit(self, record: AuditRecord) -> None: ...


class LoggingSink:
    """One JSON object per record, as the message of an INFO record on logger ``aiwarden.audit``.

    The record is also attached as ``logrecord.audit`` (a dict) for structured handlers. The
    logger has no handler of its own; configure one as for any other logger::

        logging.getLogger("aiwarden.audit").addHandler(logging.StreamHandler())
        logging.getLogger("aiwarden.audit").setLevel(logging.INFO)
    """

    def __init__(self, logger: str | logging.Logger = "aiwarden.audit", level: int = logging.INFO) -> None:
        self.logger = logging.getLogger(logger) if isinstance(logger, str) else logger
        self.level = level

    def emit(self, record: AuditRecord) -> None:
        if self.logger.isEnabledFor(self.level):
            doc = record.as_dict()
            self.logger.log(self.level, "%s", _dumps(doc), extra={"audit": doc})

    def __repr__(self) -> str:
        return f"LoggingSink({self.logger.name!r})"


class JsonlFileSink:
    """Appends one JSON line per record; rotates by size (``audit.jsonl`` → ``audit.jsonl.1`` ...).

    Each line is one ``write`` on a file opened with ``O_APPEND``, so several processes may
    share a file; rotation is then best done per process (``{pid}`` in the path) or by
    logrotate, which this sink notices (it reopens when the path no longer names its file)::

        JsonlFileSink("/var/log/app/audit-{pid}.jsonl", max_bytes=10_000_000, backups=3)
    """

    def __init__(self, path: str | os.PathLike[str], *, max_bytes: int = 50_000_000, backups: int = 5) -> None:
        if max_bytes < 0 or backups < 1:
            raise ValueError("max_bytes must be >= 0 and backups >= 1")
        self.template = os.fspath(path)
        self.max_bytes = max_bytes
        self.backups = backups
        self._lock = threading.Lock()
        self._fd: int | None = None
        self._ino: int | None = None
        self._pid: int | None = None
        try:  # fail at start-up, not at the first request
            self._open()
        except OSError as exc:
            raise ConfigurationError("audit.file", f"cannot open {self.path} for appending: {exc.strerror}") from exc

    @property
    def path(self) -> Path:
        return Path(self.template.replace("{pid}", str(os.getpid())))

    def emit(self, record: AuditRecord) -> None:
        line = (record.to_json() + "\n").encode()
        with self._lock:
            size = self._current_size()
            if self.max_bytes and size > 0 and size + len(line) > self.max_bytes:
                self._rotate()
            os.write(self._fd, line)  # type: ignore[arg-type]

    def close(self) -> None:
        with self._lock:
            self._close()

    def _current_size(self) -> int:
        """Size of the file the path names now; reopens when it was rotated or removed elsewhere."""
        if self._fd is None or self._pid != os.getpid():
            self._open()
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            self._open()
            st = os.stat(self.path)
        if st.st_ino != self._ino:
            self._open()
            st = os.fstat(self._fd)  # type: ignore[arg-type]
        return st.st_size

    def _open(self) -> None:
        self._close()
        path = self.path
        path.parent.mkdir(parents=True, exist_ok=True)
        # 0o640: audit trails are for operators, not for every local user.
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
        self._ino = os.fstat(self._fd).st_ino
        self._pid = os.getpid()

    def _close(self) -> None:
        if self._fd is not None:
            try:
                os.close(self._fd)
            finally:
                self._fd = None

    def _rotate(self) -> None:
        self._close()
        base = self.path
        for i in range(self.backups - 1, 0, -1):
            src = base.with_name(f"{base.name}.{i}")
            if src.exists():
                os.replace(src, base.with_name(f"{base.name}.{i + 1}"))
        if base.exists():
            os.replace(base, base.with_name(f"{base.name}.1"))
        self._open()

    def __repr__(self) -> str:
        return f"JsonlFileSink({self.template!r})"


class FanoutSink:
    """Sends each record to several sinks. One sink failing does not stop the others; its
    first failure is logged (with the traceback) on logger ``aiwarden``, later ones only counted.

    >>> fan = FanoutSink([MemorySink(), MemorySink()])
    """

    def __init__(self, sinks: Iterable[AuditSink]) -> None:
        self.sinks = list(sinks)
        #: Failures per sink, in the order of ``sinks``.
        self.failures = [0] * len(self.sinks)

    def emit(self, record: AuditRecord) -> None:
        for i, sink in enumerate(self.sinks):
            try:
                sink.emit(record)
            except Exception:
                self.failures[i] += 1
                if self.failures[i] == 1:
                    log.error(
                        "aiwarden: audit sink %r failed; records it could not take are lost, and its "
                        "further failures are counted (see the audit stage's stats()) but not logged",
                        sink,
                        exc_info=True,
                    )

    def takes_records(self) -> bool:
        """Whether any sink would keep a record now: a :class:`LoggingSink` whose logger drops its
        level (Python's default: INFO is not logged) would not, so the record need not be built."""
        return any(not isinstance(s, LoggingSink) or s.logger.isEnabledFor(s.level) for s in self.sinks)

    def add(self, sink: AuditSink) -> None:
        self.sinks.append(sink)
        self.failures.append(0)

    def close(self) -> None:
        for sink in self.sinks:
            close = getattr(sink, "close", None)
            if close is not None:
                try:
                    close()
                except Exception:
                    log.warning("aiwarden: closing audit sink %r failed", sink, exc_info=True)

    def __repr__(self) -> str:
        return f"FanoutSink({self.sinks!r})"


class MemorySink:
    """Keeps records in a list (``.records``): for tests and for inspecting a running app.

    >>> sink = MemorySink(); len(sink.records)
    0
    """

    def __init__(self, maxlen: int | None = None) -> None:
        self.records: list[AuditRecord] = []
        self.maxlen = maxlen
        self._lock = threading.Lock()

    def emit(self, record: AuditRecord) -> None:
        with self._lock:
            self.records.append(record)
            if self.maxlen is not None and len(self.records) > self.maxlen:
                del self.records[0]


class RecentSink:
    """The last ``maxlen`` records of this process, newest last (the operator page reads them).

    >>> sink = RecentSink(100); sink.snapshot()
    []
    """

    def __init__(self, maxlen: int) -> None:
        self._records: deque[AuditRecord] = deque(maxlen=maxlen)

    def emit(self, record: AuditRecord) -> None:
        self._records.append(record)  # deque.append is atomic: no lock on the writer thread

    def snapshot(self) -> list[AuditRecord]:
        return list(self._records)

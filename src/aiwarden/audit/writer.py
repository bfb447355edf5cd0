"""The background writer: takes records off the request path and hands them to sinks.

``submit`` only appends to a bounded in-memory queue (a lock and a ``deque`` append) and never
waits for a sink. A daemon thread, started when records arrive (and again in a forked child,
where the parent's thread does not exist), drains the queue in batches (woken by a record, it
waits 5 ms for more) and ends after a second without work, so idle wardens hold no
threads. When the queue is full the record is dropped and counted: losing an audit line is
better than stalling every request behind a stuck disk. Queued records are written at interpreter exit (bounded wait).

    >>> w = BackgroundWriter(queue_size=100)
    >>> w.flush(timeout=1.0)
    True
"""

from __future__ import annotations

import atexit
import logging
import os
import threading
import time
import weakref
from collections import deque
from typing import Any

from .sinks import AuditSink

__all__ = ["BackgroundWriter"]

log = logging.getLogger("aiwarden")

_EXIT_FLUSH_SECONDS = 5.0
_IDLE_SECONDS = 1.0
# After a wake-up, let the request that queued the record get its answer out (and more records
# arrive) before taking the GIL to format and write them. A flush cuts the wait short. (A 50 ms
# window measured worse: +0.5-1 ms of CPU per request in the WSGI adapters, benchmarks/overhead.py
# --cpu, though the thread woke less often.)
_BATCH_SECONDS = 0.005


class BackgroundWriter:
    def __init__(self, queue_size: int = 10_000, name: str = "aiwarden-audit") -> None:
        self.queue_size = queue_size
        self.name = name
        self._init_state()
        _WRITERS.add(self)

    def _init_state(self) -> None:
        self._cond = threading.Condition(threading.Lock())
        self._queue: deque[tuple[AuditSink, Any]] = deque()
        self._thread: threading.Thread | None = None
        self._pid = os.getpid()
        self._closed = False
        self._flushing = 0  # callers waiting in flush(): the writer does not wait for more records
        self.submitted = 0
        self.processed = 0
        self.dropped = 0
        self.batches = 0

    def submit(self, sink: AuditSink, record: Any) -> bool:
        """Queue ``record`` for ``sink``; False (and counted) when the queue is full."""
        with self._cond:
            if self._closed:
                return False
            if len(self._queue) >= self.queue_size:
                self.dropped += 1
                if self.dropped == 1 or self.dropped % 10_000 == 0:
                    log.warning(
                        "aiwarden: the audit queue is full (%d records); %d record(s) dropped so far — "
                        "a sink is too slow or stuck",
                        self.queue_size,
                        self.dropped,
                    )
                return False
            self._queue.append((sink, record))
            self.submitted += 1
            if self._thread is None:
                self._start()
            elif len(self._queue) == 1:  # the writer waits for records only when there were none
                self._cond.notify()
        return True

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every record submitted so far has been handed to its sink."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            target = self.submitted
            self._flushing += 1
            self._cond.notify_all()
            try:
                while self.processed < target:
                    if self._thread is None or not self._thread.is_alive():
                        return False
                    remaining = None if deadline is None else deadline - time.monotonic()
                    if remaining is not None and remaining <= 0:
                        return False
                    self._cond.wait(remaining)
            finally:
                self._flushing -= 1
        return True

    def close(self, timeout: float | None = _EXIT_FLUSH_SECONDS) -> bool:
        """Write what is queued, then stop the thread. Later submits are refused."""
        done = self.flush(timeout)
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        return done

    def pending(self) -> int:
        with self._cond:
            return len(self._queue)

    def _start(self) -> None:
        self._thread = threading.Thread(target=self._run, name=self.name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            with self._cond:
                idle = time.monotonic() + _IDLE_SECONDS  # a flush's wake-up does not end the wait
                while not (self._queue or self._closed) and (wait := idle - time.monotonic()) > 0:
                    self._cond.wait(wait)
                if not self._queue:
                    self._thread = None  # the next submit starts a fresh one
                    return
                end = time.monotonic() + _BATCH_SECONDS
                while not (self._closed or self._flushing) and (wait := end - time.monotonic()) > 0:
                    self._cond.wait(wait)
                batch = list(self._queue)
                self._queue.clear()
            for sink, record in batch:
                try:
                    sink.emit(record)
                except BaseException:
                    # FanoutSink reports its sinks' failures; this is a last resort. BaseException
                    # too (SystemExit from a library, gevent's Timeout): it would end this thread,
                    # and with it every later record
                    log.exception("aiwarden: audit sink %r failed", sink)
            with self._cond:
                self.processed += len(batch)
                self.batches += 1
                self._cond.notify_all()

    def _after_fork(self) -> None:
        # The child has a copy of the queue but no thread; the parent writes those records.
        self._init_state()


_WRITERS: weakref.WeakSet[BackgroundWriter] = weakref.WeakSet()


def _flush_all_at_exit() -> None:
    for writer in list(_WRITERS):
        if writer._pid == os.getpid():
            writer.flush(_EXIT_FLUSH_SECONDS)


def _reinit_after_fork() -> None:
    for writer in list(_WRITERS):
        writer._after_fork()


atexit.register(_flush_all_at_exit)
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reinit_after_fork)

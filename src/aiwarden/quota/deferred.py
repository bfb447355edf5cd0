"""Settlements sent after the request, in the same round trip as the worker's next storage command.

A settlement has no answer the request waits for (the response is out), so on a plain Redis
server :class:`Deferred` queues it and the next command this worker sends (an admission, a
kill-switch read) carries the queued settlements in front of it, in one write: one round trip per
request instead of two. A worker that receives no request for ``delay`` seconds sends what is
queued on its own, from a thread that exists only while something is queued (and ends after a few
idle seconds). At interpreter exit what is still queued is sent.

What waits changes nothing a budget guarantees: until it is settled, a request's reservation
stays held at its upper bound, so the next admissions see *more* spend, never less. Settled totals,
alerts and the kill switch (which engages on settled spend) lag by at most ``delay``.
"""

from __future__ import annotations

import atexit
import collections
import logging
import os
import threading
import time
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["Deferred", "Pending"]

log = logging.getLogger("aiwarden.quota")

#: Seconds the sending thread waits for more work before it ends (a new settlement starts another).
_IDLE_EXIT = 5.0


@dataclass(frozen=True, slots=True)
class Pending:
    """One queued settlement: the command to send (arguments, script text) and who hears the
    outcome (the back-end hands it the settlement's result, or the error that stopped it)."""

    command: tuple[Sequence[str | int], str]
    done: Callable[[Any], None]


class Deferred:
    """The queue of settlements of one storage, and its idle sender."""

    def __init__(self, delay: float, send: Callable[[list[Pending]], None]) -> None:
        self.delay = delay
        self._send = send
        self._items: collections.deque[Pending] = collections.deque()
        self._wake = threading.Event()
        self._lock = threading.Lock()
        self._armed = False
        self._thread: threading.Thread | None = None
        self._pid = os.getpid()
        _LIVE.add(self)

    def add(self, item: Pending) -> None:
        if self._pid != os.getpid():
            # a forked worker must not send its parent's settlements a second time, nor wait on the
            # parent's thread (which the fork did not copy)
            self._items, self._wake, self._lock = collections.deque(), threading.Event(), threading.Lock()
            self._armed, self._thread, self._pid = False, None, os.getpid()
        # queued before the flag is read: a sender that clears the flag takes what is queued after
        self._items.append(item)
        if not self._armed:
            with self._lock:
                self._armed = True
                if self._thread is None:
                    self._thread = threading.Thread(target=self._run, name="aiwarden-settle", daemon=True)
                    self._thread.start()
                self._wake.set()  # under the lock: an idle thread deciding to end sees it

    def take(self) -> list[Pending]:
        """Everything queued, now this caller's to send (popleft is atomic: threads never share an item)."""
        out: list[Pending] = []
        items = self._items
        while items:
            try:
                out.append(items.popleft())
            except IndexError:
                break
        return out

    def flush(self) -> None:
        """Send what is queued now, on the calling thread."""
        batch = self.take()
        if batch:
            self._send(batch)

    def _run(self) -> None:
        while True:
            if not self._wake.wait(_IDLE_EXIT):
                with self._lock:
                    if self._wake.is_set():
                        continue
                    self._thread = None
                    return
            self._wake.clear()
            time.sleep(self.delay)
            self._armed = False
            try:
                self.flush()
            except Exception:  # the items heard the failure from the back-end; the thread goes on
                log.exception("aiwarden: sending queued settlements failed")


_LIVE: weakref.WeakSet[Deferred] = weakref.WeakSet()


@atexit.register
def _flush_all() -> None:
    for deferred in list(_LIVE):
        if deferred._pid == os.getpid():
            try:
                deferred.flush()
            except Exception:
                log.exception("aiwarden: sending queued settlements at exit failed")

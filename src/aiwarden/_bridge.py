"""One background event loop per process, for async user code called from synchronous code.

Output checks run inside the streaming filters, which are synchronous (they are called per chunk
from every adapter). An ``async def acheck`` is run here, on a loop of its own in a daemon
thread, and the filter waits for it (with a timeout). The async adapters call the filters from a
worker thread when such checks are configured, so their event loop never waits.
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")

_lock = threading.Lock()
_loop: asyncio.AbstractEventLoop | None = None


def _running_loop() -> asyncio.AbstractEventLoop:
    global _loop
    with _lock:
        if _loop is None or _loop.is_closed():
            loop = asyncio.new_event_loop()
            threading.Thread(target=loop.run_forever, name="aiwarden-bridge", daemon=True).start()
            _loop = loop
        return _loop


def run(coro: Coroutine[Any, Any, T], timeout: float) -> T:
    """Run ``coro`` on the bridge loop and wait for it; ``TimeoutError`` after ``timeout`` seconds."""
    future = asyncio.run_coroutine_threadsafe(coro, _running_loop())
    try:
        return future.result(timeout)
    except TimeoutError:
        future.cancel()
        raise


def _after_fork() -> None:
    global _loop
    _loop = None  # the parent's loop thread does not exist in the child


os.register_at_fork(after_in_child=_after_fork)

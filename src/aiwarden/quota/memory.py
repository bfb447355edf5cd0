"""The in-process back-end (``memory://``): one worker process, the default.

Rate limits (parsed by the ``limits`` library) are counted here with the same arithmetic as the
Redis script — moving window, fixed window or sliding window counter — so both back-ends answer
alike, and one pass over a limit gives the decision, the remaining count, the reset and the retry
time (``limits``' own memory strategies need a second lookup per limit for the headers, and a
timer thread for expiry). Budgets, alert levels and the kill switch live in dicts. One lock makes
each admission and settlement atomic (test every limit and bucket, then take them all), exactly as
the Redis script does. Nothing here blocks, so the async driver calls the same methods.
"""

from __future__ import annotations

import bisect
import math
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any

from ..errors import StorageError
from .plan import Admission, KillSwitch, Plan, Settled, Settlement

__all__ = ["MemoryStorage"]

_STRATEGIES = ("moving-window", "sliding-window-counter", "fixed-window")


class MemoryStorage:
    """Limits, budgets, alert state and the kill switch of one process."""

    uri = "memory://"

    def __init__(self, strategy: str = "moving-window") -> None:
        if strategy not in _STRATEGIES:
            raise ValueError(f"unknown rate-limit strategy {strategy!r}")
        self._strategy = strategy
        self._lock = threading.Lock()
        # moving window: key -> hit times, oldest first (never more than the limit: hits beyond it
        # are refused); fixed window: key -> [window index, count, expires at]; sliding window
        # counter: key -> [window index, count, previous window's count, expires at]
        self._moving: dict[str, deque[float]] = {}
        self._moving_window: dict[str, int] = {}
        self._windows: dict[str, list[Any]] = {}
        # key -> [held, settled, alerted level, expires at]
        self._buckets: dict[str, list[float]] = {}
        self._kill: KillSwitch | None = None
        self._next_sweep = 0.0

    # -- kill switch ---------------------------------------------------------------------------

    def get_kill_switch(self) -> KillSwitch | None:
        return self._kill

    def set_kill_switch(self, state: KillSwitch | None) -> None:
        self._kill = state

    # -- rate-limit counters (called under the lock) -------------------------------------------

    def _look(self, key: str, limit: int, win: int, now: float) -> tuple[int, float, float]:
        """``(used, seconds to reset, seconds until a slot frees)`` of one limit, without hitting it."""
        if self._strategy == "moving-window":
            hits = self._moving.get(key)
            if not hits:
                return 0, float(win), float(win)
            cutoff = now - win
            while hits and hits[0] <= cutoff:
                hits.popleft()
            used = len(hits)
            if not used:
                return 0, float(win), float(win)
            reset = hits[0] + win - now
            return used, reset, (hits[used - limit] + win - now if used >= limit else reset)
        idx = int(now // win)
        entry = self._windows.get(key)
        if self._strategy == "fixed-window":
            used = entry[1] if entry is not None and entry[0] == idx else 0
            reset = win - (now - idx * win)
            return used, reset, reset
        cur, prev = _sliding(entry, idx)
        elapsed = now - idx * win
        used = math.floor(prev * (win - elapsed) / win) + cur
        reset = win - elapsed
        if cur >= limit:
            retry = reset + win * (1 - (limit - 1) / cur)
        elif prev > 0:
            retry = max(win * (1 - (limit - 1 - cur) / prev) - elapsed, 0.001)
        else:
            retry = reset
        return used, reset, retry

    def _hit(self, key: str, win: int, now: float) -> None:
        if self._strategy == "moving-window":
            hits = self._moving.get(key)
            if hits is None:
                hits = self._moving[key] = deque()
                self._moving_window[key] = win
            hits.append(now)
            return
        idx = int(now // win)
        entry = self._windows.get(key)
        if self._strategy == "fixed-window":
            if entry is not None and entry[0] == idx:
                entry[1] += 1
            else:
                self._windows[key] = [idx, 1, (idx + 1) * win]
            return
        cur, prev = _sliding(entry, idx)
        self._windows[key] = [idx, cur + 1, prev, (idx + 2) * win]

    # -- admission -----------------------------------------------------------------------------

    def admit(self, plan: Plan) -> Admission:
        now = time.time()
        with self._lock:
            if self._kill is not None:
                return Admission("kill_switch", kill_switch=self._kill)
            if now >= self._next_sweep:
                self._sweep(now)
            # nothing is taken until every limit and bucket passes
            stats: list[tuple[int, float]] = []
            for i, lim in enumerate(plan.limits):
                limit, win = lim.item.amount, lim.window
                used, reset, retry = self._look(lim.key, limit, win, now)
                if used + 1 > limit:
                    return Admission("rate_limited", i, max(retry, 0.0), tuple(stats))
                stats.append((limit - used - 1, reset))
            amounts = plan.bucket_amounts()
            rows, buckets = [], self._buckets
            for b in plan.buckets:  # each bucket's row, new if absent or expired (inline: every request)
                row = buckets.get(b.key)
                if row is None or row[3] <= now:
                    row = buckets[b.key] = [0, 0, 0, b.expires_at]
                rows.append(row)
            for i, (row, b, amount) in enumerate(zip(rows, plan.buckets, amounts, strict=True)):
                if row[0] + amount > b.cap:
                    # nothing was hit: the counts are those before this request
                    return Admission("budget", i, stats=tuple((r + 1, t) for r, t in stats), held=int(row[0]))
            for lim in plan.limits:
                self._hit(lim.key, lim.window, now)
            for row, amount in zip(rows, amounts, strict=True):
                row[0] += amount
            return Admission("ok", stats=tuple(stats))

    def _sweep(self, now: float) -> None:
        # expired entries are ignored on read; forgetting them once a minute bounds the memory
        self._next_sweep = now + 60
        for key, hits in list(self._moving.items()):
            if not hits or hits[-1] + self._moving_window[key] <= now:
                del self._moving[key], self._moving_window[key]
        for key in [k for k, entry in self._windows.items() if entry[-1] <= now]:
            del self._windows[key]
        for key in [k for k, row in self._buckets.items() if row[3] <= now]:
            del self._buckets[key]

    # -- settlement ----------------------------------------------------------------------------

    def settle(self, s: Settlement) -> Settled:
        now = time.time()
        totals, crossed = [], []
        engaged = False
        buckets = self._buckets
        with self._lock:
            for b, reserved, actual in zip(s.buckets, s.reserved, s.actual, strict=True):
                row = buckets.get(b.key)  # (as in admit)
                if row is None or row[3] <= now:
                    row = buckets[b.key] = [0, 0, 0, b.expires_at]
                held = row[0] + actual - reserved
                row[0] = held if held > 0 else 0
                row[1] += actual
                level = bisect.bisect_right(b.alert_at, row[1])  # thresholds reached (ascending)
                before = int(row[2])
                if level > before:
                    row[2] = level
                crossed.append((before, level if level > before else before))
                totals.append(int(row[1]))
                if b.kill_at_cap and row[1] >= b.cap and self._kill is None and s.kill_reason:
                    self._kill = KillSwitch(s.kill_reason.format(label=b.label), by="automatic")
                    engaged = True
        return Settled(tuple(totals), tuple(crossed), engaged)

    def settle_later(self, s: Settlement, done: Callable[[Settled | StorageError], None]) -> bool:
        """Nothing to save here: memory settles in place (see :meth:`RedisStorage.settle_later`)."""
        return False

    def flush(self) -> None:
        """Nothing is ever queued here."""

    # -- inspection (CLI, tests) ---------------------------------------------------------------

    def bucket_values(self, keys: list[str]) -> list[tuple[int, int] | None]:
        now = time.time()
        with self._lock:
            out: list[tuple[int, int] | None] = []
            for key in keys:
                row = self._buckets.get(key)
                out.append(None if row is None or row[3] <= now else (int(row[0]), int(row[1])))
            return out

    def limit_values(self, limits: list[Any], strategy: str = "") -> list[tuple[int, float]]:
        """Remaining requests and seconds to reset per limit, read without hitting (``aiwarden usage``)."""
        now = time.time()
        out = []
        with self._lock:
            for lim in limits:
                used, reset, _ = self._look(lim.key, lim.item.amount, lim.window, now)
                out.append((max(lim.item.amount - used, 0), max(reset, 0.0)))
        return out

    def reset(self) -> None:
        with self._lock:
            self._moving.clear()
            self._moving_window.clear()
            self._windows.clear()
            self._buckets.clear()
            self._kill = None

    # The async driver: nothing here blocks, so the coroutines only delegate.
    async def aget_kill_switch(self) -> KillSwitch | None:
        return self.get_kill_switch()

    async def aset_kill_switch(self, state: KillSwitch | None) -> None:
        self.set_kill_switch(state)

    async def aadmit(self, plan: Plan) -> Admission:
        return self.admit(plan)

    async def asettle(self, s: Settlement) -> Settled:
        return self.settle(s)

    def close(self) -> None:
        pass


def _sliding(entry: list[Any] | None, idx: int) -> tuple[int, int]:
    """``(this window's count, the previous window's)`` of a sliding window counter at window ``idx``."""
    if entry is None:
        return 0, 0
    if entry[0] == idx:
        return entry[1], entry[2]
    if entry[0] == idx - 1:
        return 0, entry[1]
    return 0, 0

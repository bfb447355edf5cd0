"""The in-process back-end (``memory://``): one worker process, the default.

Rate limits are counted by the ``limits`` library's strategies over its memory storage; budgets,
alert levels and the kill switch live in a dict. One lock makes each admission and settlement
atomic (test every limit and bucket, then take them all), exactly as the Redis script does.
Nothing here blocks, so the async driver calls the same methods.
"""

from __future__ import annotations

import threading
import time
from typing import Any

from limits import storage as limits_storage
from limits import strategies

from .plan import Admission, KillSwitch, Plan, Settled, Settlement

__all__ = ["MemoryStorage"]

_STRATEGIES: dict[str, type[strategies.RateLimiter]] = {
    "moving-window": strategies.MovingWindowRateLimiter,
    "sliding-window-counter": strategies.SlidingWindowCounterRateLimiter,
    "fixed-window": strategies.FixedWindowRateLimiter,
}


class _LimitsMemory(limits_storage.MemoryStorage):
    """``limits``' memory storage without its expiry timer.

    The stock storage starts a ``threading.Timer`` whenever the previous one has run out, which at
    request rates under 100/s means a new thread per request (~0.2-0.5 ms). Expired entries are
    already ignored on read; :meth:`MemoryStorage._sweep` drops them once a minute instead.
    """

    def _MemoryStorage__schedule_expiry(self) -> None:  # overrides the name-mangled private method
        pass

    def sweep(self) -> None:
        self._MemoryStorage__expire_events()  # type: ignore[attr-defined]


class MemoryStorage:
    """Limits, budgets, alert state and the kill switch of one process."""

    uri = "memory://"

    def __init__(self, strategy: str = "moving-window") -> None:
        self._limits_storage = _LimitsMemory()
        self._limiter = _STRATEGIES[strategy](self._limits_storage)
        self._lock = threading.Lock()
        # key -> [held, settled, alerted level, expires at]
        self._buckets: dict[str, list[float]] = {}
        self._kill: KillSwitch | None = None
        self._next_sweep = 0.0

    # -- kill switch ---------------------------------------------------------------------------

    def get_kill_switch(self) -> KillSwitch | None:
        return self._kill

    def set_kill_switch(self, state: KillSwitch | None) -> None:
        self._kill = state

    # -- admission -----------------------------------------------------------------------------

    def admit(self, plan: Plan) -> Admission:
        limiter = self._limiter
        now = time.time()
        with self._lock:
            if self._kill is not None:
                return Admission("kill_switch", kill_switch=self._kill)
            self._sweep(now)
            rows = []
            for b in plan.buckets:
                row = self._row(b.key, b.expires_at, now)
                rows.append(row)
            # nothing is taken until every limit and bucket passes; a hit cannot be undone, so the
            # last limit is tested by hitting it, once everything else is known to pass
            lims = plan.limits
            last = len(lims) - 1
            for i, lim in enumerate(lims[:-1]):
                if not limiter.test(lim.item, lim.key):
                    return self._limited(plan, i, now)
            for i, (row, b) in enumerate(zip(rows, plan.buckets, strict=True)):
                if row[0] + b.amount > b.cap:
                    return Admission("budget", i, stats=self._stats(plan, now, len(lims)), held=int(row[0]))
            if lims and not limiter.hit(lims[last].item, lims[last].key):
                return self._limited(plan, last, now)
            for lim in lims[:-1]:
                limiter.hit(lim.item, lim.key)
            for row, b in zip(rows, plan.buckets, strict=True):
                row[0] += b.amount
            return Admission("ok", stats=self._stats(plan, now, len(lims)))

    def _limited(self, plan: Plan, i: int, now: float) -> Admission:
        lim = plan.limits[i]
        reset = self._limiter.get_window_stats(lim.item, lim.key).reset_time
        return Admission("rate_limited", i, max(reset - now, 0.0), self._stats(plan, now, i))

    def _stats(self, plan: Plan, now: float, upto: int) -> tuple[tuple[int, float], ...]:
        out = []
        for lim in plan.limits[:upto]:
            st = self._limiter.get_window_stats(lim.item, lim.key)
            out.append((st.remaining, max(st.reset_time - now, 0.0)))
        return tuple(out)

    def _row(self, key: str, expires_at: int, now: float) -> list[float]:
        row = self._buckets.get(key)
        if row is None or row[3] <= now:
            row = self._buckets[key] = [0, 0, 0, expires_at]
        return row

    def _sweep(self, now: float) -> None:
        if now < self._next_sweep:
            return
        self._next_sweep = now + 60
        self._limits_storage.sweep()
        for key in [k for k, row in self._buckets.items() if row[3] <= now]:
            del self._buckets[key]

    # -- settlement ----------------------------------------------------------------------------

    def settle(self, s: Settlement) -> Settled:
        now = time.time()
        totals, crossed = [], []
        engaged = False
        with self._lock:
            for b, reserved, actual in zip(s.buckets, s.reserved, s.actual, strict=True):
                row = self._row(b.key, b.expires_at, now)
                row[0] = max(row[0] + actual - reserved, 0)
                row[1] += actual
                level = sum(1 for at in b.alert_at if row[1] >= at)
                before = int(row[2])
                if level > before:
                    row[2] = level
                crossed.append((before, max(level, before)))
                totals.append(int(row[1]))
                if b.kill_at_cap and row[1] >= b.cap and self._kill is None and s.kill_reason:
                    self._kill = KillSwitch(s.kill_reason.format(label=b.label), by="automatic")
                    engaged = True
        return Settled(tuple(totals), tuple(crossed), engaged)

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
        now = time.time()
        out = []
        for lim in limits:
            st = self._limiter.get_window_stats(lim.item, lim.key)
            out.append((st.remaining, max(st.reset_time - now, 0.0)))
        return out

    def reset(self) -> None:
        with self._lock:
            self._limits_storage.reset()
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

"""The data that crosses the storage boundary: what to check and reserve, what came back.

Plans are built by pure code (:mod:`aiwarden.quota.stage`) and executed by a back-end
(:mod:`aiwarden.quota.memory`, :mod:`aiwarden.quota.redis`) in one atomic step, all or nothing:
a request refused by one limit or budget consumes none of the others.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Literal

from limits import RateLimitItem

__all__ = ["Admission", "Bucket", "KillSwitch", "Limit", "Plan", "Settled", "Settlement"]


@dataclass(frozen=True, slots=True)
class Limit:
    """One request-rate limit to hit: ``item`` (from ``limits``) counted under ``key``."""

    key: str
    item: RateLimitItem
    #: Short name for headers and the ``usage`` command, e.g. ``user-1s`` or ``global-1h``.
    label: str
    #: The window in seconds (``item.get_expiry()``), read once here: the back-ends read it per
    #: request and limit, and ``limits`` computes it on every call.
    window: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "window", int(self.item.get_expiry()))


@dataclass(frozen=True, slots=True)
class Bucket:
    """One budget for one period: tokens or micro-dollars, ``cap`` included."""

    key: str
    cap: int
    amount: int
    #: When the bucket may be forgotten (epoch seconds): its period's end plus a margin for ``usage``.
    expires_at: int
    label: str
    #: Reaching this cap engages the kill switch (global spend caps).
    kill_at_cap: bool = False
    #: Absolute values at which alerts fire (the policy's fractions of ``cap``), ascending.
    alert_at: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Plan:
    strategy: Literal["moving-window", "sliding-window-counter", "fixed-window"]
    limits: tuple[Limit, ...] = ()
    buckets: tuple[Bucket, ...] = ()
    #: Unique per request; moving-window entries are members of a sorted set on Redis.
    token: str = ""
    #: What the request takes from each bucket, in order; None: each bucket's own ``amount``. The
    #: quota stage reuses one tuple of buckets per (tier, route, caller, day) and passes the amounts
    #: here (a frozen Bucket costs ~2 us to build, three per request).
    amounts: tuple[int, ...] | None = None

    def bucket_amounts(self) -> tuple[int, ...]:
        """What the request takes from each bucket (:attr:`amounts`, else the buckets' own)."""
        return self.amounts if self.amounts is not None else tuple(b.amount for b in self.buckets)


@dataclass(frozen=True, slots=True)
class KillSwitch:
    """The kill switch as stored: on, and why, by whom, since when."""

    reason: str
    by: str = "operator"
    since: float = field(default_factory=time.time)

    def dumps(self) -> str:
        return json.dumps({"reason": self.reason, "by": self.by, "since": self.since})

    @classmethod
    def loads(cls, raw: str | bytes | None) -> KillSwitch | None:
        if not raw:
            return None
        try:
            data = json.loads(raw)
            return cls(str(data.get("reason", "")), str(data.get("by", "")), float(data.get("since", 0)))
        except (ValueError, TypeError, AttributeError):
            return cls(reason=str(raw))


@dataclass(frozen=True, slots=True)
class Admission:
    """What the back-end decided. ``stats`` is ``(remaining, reset in seconds)`` per limit of the plan."""

    outcome: Literal["ok", "kill_switch", "rate_limited", "budget"]
    #: Index of the limit or bucket that refused.
    index: int = -1
    #: Seconds until the refusing limit frees a slot.
    retry_after: float = 0.0
    stats: tuple[tuple[int, float], ...] = ()
    kill_switch: KillSwitch | None = None
    #: The refusing bucket's current value (held: settled + in-flight reservations).
    held: int = 0
    #: The server's time of the admission, in milliseconds (Redis; to release it on a Cluster).
    at: int = 0
    #: False when the admission did not read the kill switch (a Cluster admission that touched the
    #: caller's slot only): it then says nothing about the switch, and must not refresh a cached reading.
    read_kill_switch: bool = True


@dataclass(frozen=True, slots=True)
class Settlement:
    """Replace the reservation ``reserved`` in each bucket by ``actual``."""

    buckets: tuple[Bucket, ...]
    reserved: tuple[int, ...]
    actual: tuple[int, ...]
    kill_reason: str = ""


@dataclass(frozen=True, slots=True)
class Settled:
    """After settling: per bucket, the settled total and the alert levels crossed ``(before, after)``."""

    totals: tuple[int, ...]
    crossed: tuple[tuple[int, int], ...]
    kill_switch_engaged: bool = False

"""Token and spend budgets: the buckets a request reserves against, per period (UTC).

A request reserves ``input tokens + max output tokens`` against token budgets and the estimated
cost (same tokens × the model's price) against spend budgets; :func:`settled_amounts` gives the
real amounts once the answer is known. Money is integer micro-dollars.

Buckets (``label`` is ``scope:metric:period``):

=========================  =====================================  ====================
policy                     what                                   label
=========================  =====================================  ====================
``tiers.X.tokens_per_day``  tokens of one caller, per UTC day       ``user:tokens:day``
``tiers.X.spend_per_day_usd``   spend of one caller, per UTC day   ``user:spend:day``
``tiers.X.spend_per_month_usd`` spend of one caller, per month     ``user:spend:month``
``global.tokens_per_day``   tokens of every caller, per UTC day     ``global:tokens:day``
``global.spend_per_day_usd``    spend of every caller, per day     ``global:spend:day``
``global.spend_per_month_usd``  spend of every caller, per month   ``global:spend:month``
=========================  =====================================  ====================
"""

from __future__ import annotations

import calendar
import math
import time
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..pricing import usd_to_micros
from .plan import Bucket
from .rates import _part, subject_tag

if TYPE_CHECKING:
    from ..policy import Tier
    from .settings import GlobalPolicy

__all__ = ["BudgetSpec", "Period", "buckets_for", "budget_specs", "period"]

#: Budget buckets outlive their period by this long, so ``aiwarden usage`` can still show them.
KEEP_SECONDS = 7 * 86400


@dataclass(frozen=True, slots=True)
class Period:
    name: str  # "day" | "month"
    id: str  # "20250131" | "202501"
    ends_at: int  # epoch seconds


_current: dict[str, tuple[int, Period]] = {}


def period(kind: str, now: float | None = None) -> Period:
    """The UTC day or calendar month containing ``now``; the current one is computed once per period."""
    at = time.time() if now is None else now
    cached = _current.get(kind)
    if cached is not None and cached[0] <= at < cached[1].ends_at:
        return cached[1]
    p, start = _period(kind, at)
    _current[kind] = (start, p)
    return p


def _period(kind: str, at: float) -> tuple[Period, int]:
    t = time.gmtime(at)
    if kind == "day":
        start = calendar.timegm((t.tm_year, t.tm_mon, t.tm_mday, 0, 0, 0))
        return Period("day", f"{t.tm_year:04d}{t.tm_mon:02d}{t.tm_mday:02d}", start + 86400), start
    year, month = (t.tm_year + 1, 1) if t.tm_mon == 12 else (t.tm_year, t.tm_mon + 1)
    start = calendar.timegm((t.tm_year, t.tm_mon, 1, 0, 0, 0))
    return Period("month", f"{t.tm_year:04d}{t.tm_mon:02d}", calendar.timegm((year, month, 1, 0, 0, 0))), start


@dataclass(frozen=True, slots=True)
class BudgetSpec:
    """One configured budget: scope (``user``/``global``), metric (``tokens``/``spend``), period, cap."""

    scope: str
    metric: str
    period: str
    cap: int
    kill_at_cap: bool = False

    @property
    def label(self) -> str:
        return f"{self.scope}:{self.metric}:{self.period}"


def budget_specs(tier: Tier | None, glob: GlobalPolicy) -> tuple[BudgetSpec, ...]:
    out = []
    if tier is not None:
        if tier.tokens_per_day is not None:
            out.append(BudgetSpec("user", "tokens", "day", tier.tokens_per_day))
        if tier.spend_per_day_usd is not None:
            out.append(BudgetSpec("user", "spend", "day", usd_to_micros(tier.spend_per_day_usd)))
        if tier.spend_per_month_usd is not None:
            out.append(BudgetSpec("user", "spend", "month", usd_to_micros(tier.spend_per_month_usd)))
    kill = glob.kill_switch_at_cap
    if glob.tokens_per_day is not None:
        out.append(BudgetSpec("global", "tokens", "day", glob.tokens_per_day))
    if glob.spend_per_day_usd is not None:
        out.append(BudgetSpec("global", "spend", "day", usd_to_micros(glob.spend_per_day_usd), kill))
    if glob.spend_per_month_usd is not None:
        out.append(BudgetSpec("global", "spend", "month", usd_to_micros(glob.spend_per_month_usd), kill))
    return tuple(out)


def bucket_key(prefix: str, spec: BudgetSpec, subject: str, now: float | None = None) -> tuple[str, Period]:
    p = period(spec.period, now)
    return _bucket_static(prefix, spec, subject, p.id, p.ends_at, ())[0], p


def read_bucket(
    storage: Any, prefix: str, spec: BudgetSpec, subject: str, now: float | None = None
) -> tuple[int, int, Period]:
    """``(held, settled, period)`` of ``subject``'s bucket for ``spec`` in the current period, as
    storage has it (what ``aiwarden usage`` and the operator page show)."""
    key, p = bucket_key(prefix, spec, subject, now)
    held, settled = storage.bucket_values([key])[0] or (0, 0)
    return held, settled, p


def shown(metric: str, value: int) -> int | float:
    """A bucket amount as people read it: tokens as they are, spend in dollars (micro-dollars stored)."""
    return value if metric == "tokens" else round(value / 1e6, 6)


@lru_cache(maxsize=4096)
def _bucket_static(
    prefix: str, spec: BudgetSpec, subject: str, period_id: str, ends_at: int, alerts_at: tuple[float, ...]
) -> tuple[str, int, tuple[int, ...]]:
    alert_at = tuple(max(math.ceil(f * spec.cap), 1) for f in sorted(set(alerts_at))) if spec.cap > 0 else ()
    if spec.scope == "user":  # in the caller's Cluster slot, beside their rate limits
        key = f"{subject_tag(prefix, _part(subject))}:b:{spec.metric}:{period_id}"
    else:
        key = f"{prefix}:b:{spec.metric}:{period_id}:g"
    return key, ends_at + KEEP_SECONDS, alert_at


def buckets_for(
    prefix: str,
    specs: Sequence[BudgetSpec],
    subject: str,
    tokens: int,
    cost_micros: int,
    alerts_at: Sequence[float],
    now: float | None = None,
) -> tuple[Bucket, ...]:
    out = []
    for spec in specs:
        p = period(spec.period, now)
        key, expires_at, alert_at = _bucket_static(prefix, spec, subject, p.id, p.ends_at, tuple(alerts_at))
        amount = tokens if spec.metric == "tokens" else cost_micros
        out.append(Bucket(key, spec.cap, amount, expires_at, spec.label, spec.kill_at_cap, alert_at))
    return tuple(out)


def settled_amounts(buckets: Sequence[Bucket], tokens: int, cost_micros: int) -> tuple[int, ...]:
    return tuple(tokens if ":tokens:" in b.label else cost_micros for b in buckets)

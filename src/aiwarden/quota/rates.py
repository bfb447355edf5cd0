"""Request-rate limits: which apply to a request, and the headers that describe them.

Rates are parsed by the ``limits`` library (``"5/second"``, ``"50 per hour"``). Three scopes:

* the caller's tier (``[tiers.X] requests``), counted per caller;
* the route (``@ai_route(requests=[...])`` or ``[[routes]] requests``), counted per caller per route;
* ``[global] requests``, counted over every caller.

Headers follow the IETF draft (``RateLimit-Policy`` / ``RateLimit``) and the widespread
``X-RateLimit-Limit`` / ``-Remaining`` / ``-Reset`` (reset as a Unix time, as GitHub and
flask-limiter send it), for the limit closest to refusing.
"""

from __future__ import annotations

import hashlib
import math
import re
import time
from collections.abc import Sequence
from functools import lru_cache

import limits

from .plan import Limit

__all__ = ["headers", "limits_for", "parse", "policy_header", "subject_tag"]


@lru_cache(maxsize=256)
def parse(rate: str) -> limits.RateLimitItem:
    return limits.parse(rate)


def _window_name(item: limits.RateLimitItem) -> str:
    unit = {1: "s", 60: "m", 3600: "h", 86400: "d", 2592000: "mo", 31104000: "y"}[item.GRANULARITY.seconds]
    return f"{item.multiples}{unit}"


def _rate_id(item: limits.RateLimitItem) -> str:
    return f"{item.amount}/{_window_name(item)}"


_SAFE = re.compile(r"[^A-Za-z0-9._@+\-/]")


def _part(value: str) -> str:
    """A subject or route name as one part of a storage key: printable, bounded and injective.

    Values of safe characters (at most 200) stay as they are, so keys remain readable. Any other
    value keeps a readable prefix and adds ``~`` and a hash of the whole value: folding unsafe
    characters to ``_`` and cutting at 200 made ``José`` and ``Josи``, or ``a:b`` and ``a_b``, one
    caller sharing one rate limit and one budget (``~`` is not a safe character, so a hashed part
    never equals a plain one).
    """
    if len(value) <= 200 and not _SAFE.search(value):
        return value
    digest = hashlib.blake2b(value.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    return f"{_SAFE.sub('_', value[:64])}~{digest}"


def subject_tag(prefix: str, who: str) -> str:
    """The Redis Cluster hash tag of one caller's keys: ``{aiwarden}`` and ``alice`` give
    ``{aiwarden:u:alice}``. A caller's limits and budgets share one slot (one script admits them),
    and callers spread over the slots; shared state (global limits and budgets, the kill switch)
    keeps the plain ``{aiwarden}`` tag. ``who`` is a :func:`_part`, so it holds no brace."""
    return f"{prefix[:-1]}:u:{who}}}" if prefix.endswith("}") else f"{prefix}:u:{who}"


def limits_for(
    prefix: str,
    subject: str,
    tier_rates: Sequence[str],
    route_rates: Sequence[str],
    route_name: str,
    global_rates: Sequence[str],
) -> tuple[Limit, ...]:
    """The limits one request hits, most specific first."""
    out = []
    tag = subject_tag(prefix, _part(subject))
    for rate in tier_rates:
        item = parse(rate)
        out.append(Limit(f"{tag}:rl:{_rate_id(item)}", item, f"user-{_window_name(item)}"))
    for rate in route_rates:
        item = parse(rate)
        route = _part(route_name)
        out.append(Limit(f"{tag}:rl:r:{route}:{_rate_id(item)}", item, f"route-{_window_name(item)}"))
    for rate in global_rates:
        item = parse(rate)
        out.append(Limit(f"{prefix}:rl:g:{_rate_id(item)}", item, f"global-{_window_name(item)}"))
    return tuple(out)


def policy_header(lims: Sequence[Limit]) -> str:
    """The ``RateLimit-Policy`` value: every limit that applies, whichever is closest to refusing."""
    return ", ".join(f'"{x.label}";q={x.item.amount};w={x.window}' for x in lims)


def headers(
    lims: Sequence[Limit],
    stats: Sequence[tuple[int, float]],
    refused: int = -1,
    retry_after: float = 0.0,
    policy: str | None = None,
) -> dict[str, str]:
    """Rate-limit headers for the limit closest to refusing (the refusing one, when there is one).

    ``policy`` is :func:`policy_header` of ``lims`` when the caller has it already.
    """
    if not lims:
        return {}
    if refused >= 0:
        lim, (remaining, reset) = lims[refused], (0, retry_after)
    elif len(stats) == 1:
        lim, (remaining, reset) = lims[0], stats[0]
    elif stats:
        known = zip(lims, stats, strict=False)
        lim, (remaining, reset) = min(known, key=lambda ls: (ls[1][0] / max(ls[0].item.amount, 1), -ls[1][1]))
    else:
        return {}
    remaining = max(remaining, 0)
    left = str(remaining)
    out = {
        "ratelimit-policy": policy_header(lims) if policy is None else policy,
        "ratelimit": f'"{lim.label}";r={left};t={max(math.ceil(reset), 0)}',
        "x-ratelimit-limit": str(lim.item.amount),
        "x-ratelimit-remaining": left,
        "x-ratelimit-reset": str(math.ceil(time.time() + reset)),
    }
    if refused >= 0:
        out["retry-after"] = str(max(math.ceil(retry_after), 1))
    return out

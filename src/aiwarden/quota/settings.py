"""The quota's policy sections: limits over all callers (``[global]``) and the storage (``[storage]``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .._config import non_negative
from ..errors import ConfigurationError

__all__ = ["GlobalPolicy", "StoragePolicy", "check_rates"]


_RATE = re.compile(r"^\s*\d+\s*(/|\s+per\s+)\s*(\d+\s+)?(second|minute|hour|day|month|year)s?\s*$", re.I)


def check_rates(rates: tuple[str, ...], where: str) -> None:
    """Each rate reads like '5/second' or '100 per hour' (ConfigurationError naming ``where[i]``)."""
    for i, rate in enumerate(rates):
        if not _RATE.match(rate):
            raise ConfigurationError(f"{where}[{i}]", f"not a rate limit like '5/second' or '100 per hour': {rate!r}")


@dataclass(frozen=True, slots=True)
class GlobalPolicy:
    """Limits over all callers (``aiwarden.quota``)."""

    #: Rate limits over all callers together, e.g. ["1000/minute"].
    requests: tuple[str, ...] = ()
    #: Token budget of the whole service per UTC day.
    tokens_per_day: int | None = None
    #: Spend budget of the whole service per UTC day, in dollars.
    spend_per_day_usd: float | None = None
    #: Spend budget of the whole service per calendar month, in dollars.
    spend_per_month_usd: float | None = None
    #: Fractions of each budget at which an alert is sent (once per period).
    alerts_at: tuple[float, ...] = (0.5, 0.8, 1.0)
    #: Engage the kill switch when a global spend cap is reached.
    kill_switch_at_cap: bool = True
    #: POST budget alerts here (JSON, from a background thread), in addition to the log.
    alert_webhook_url: str | None = None
    #: "json" (the alert's fields) or "slack" (``{"text": ...}`` for an incoming webhook).
    alert_webhook_format: Literal["json", "slack"] = "json"

    def validate(self) -> None:
        check_rates(self.requests, "requests")
        non_negative(self, "tokens_per_day", "spend_per_day_usd", "spend_per_month_usd")
        for i, a in enumerate(self.alerts_at):
            if not 0 < a <= 1.0:
                raise ConfigurationError(f"alerts_at[{i}]", f"must be a fraction in (0, 1], got {a!r}")
        if self.alert_webhook_url is not None and not self.alert_webhook_url.startswith(("https://", "http://")):
            raise ConfigurationError("alert_webhook_url", f"must be an http(s) URL, got {self.alert_webhook_url!r}")


@dataclass(frozen=True, slots=True)
class StoragePolicy:
    """Where limits, budgets, alert state and the kill switch live (``aiwarden.quota``)."""

    #: memory:// (one process) or redis://host:port/db (shared by every worker; also rediss://, redis+sentinel://,
    #: redis+cluster://).
    uri: str = "memory://"
    #: Rate-limit algorithm (as the limits library names it).
    strategy: Literal["moving-window", "sliding-window-counter", "fixed-window"] = "moving-window"
    #: "fail_closed" answers 503 while the storage fails; "fail_open" lets requests through unchecked (and logs it).
    on_error: Literal["fail_closed", "fail_open"] = "fail_closed"
    #: Prefix of every storage key (several apps can share one Redis).
    key_prefix: str = "aiwarden"
    #: Redis socket and connect timeout: how long a request may wait on a storage that does not answer.
    timeout_seconds: float = 1.0
    #: How long a worker trusts its last reading of the kill switch before ``admit`` reads it again
    #: (Redis only; every budget/limit check re-reads it in the same round trip anyway).
    kill_switch_cache_seconds: float = 1.0
    #: Redis on a plain server: a finished request's settlement goes with this worker's next storage
    #: command (one round trip per request, not two), or on its own after this many milliseconds.
    #: Reservations stay held until then, so budgets hold; settled totals, alerts and the kill
    #: switch lag by at most this. 0 settles in each request's finish (Cluster and Sentinel always do).
    settle_delay_ms: float = 50.0

    def validate(self) -> None:
        scheme = self.uri.split("://", 1)[0] if "://" in self.uri else ""
        if scheme not in (
            "memory",
            "redis",
            "rediss",
            "redis+cluster",
            "redis+sentinel",
            "async+redis",
            "async+memory",
        ):
            raise ConfigurationError("uri", f"unsupported storage {self.uri!r} (use memory:// or redis://host:port/db)")
        if self.timeout_seconds <= 0:
            raise ConfigurationError("timeout_seconds", f"must be more than zero, got {self.timeout_seconds!r}")
        non_negative(self, "kill_switch_cache_seconds")
        non_negative(self, "settle_delay_ms")
        if not re.fullmatch(r"[A-Za-z0-9_.:\-]{1,64}", self.key_prefix):
            raise ConfigurationError("key_prefix", f"use letters, digits and _.:- only, got {self.key_prefix!r}")

"""Budget alerts and where they go.

An alert fires when settled usage of a budget crosses one of ``[global] alerts_at`` (default 50%,
80%, 100% of the cap), once per threshold per budget period — the alert level is stored beside the
budget, so every worker sharing the storage agrees on what was already sent. Engaging the kill
switch automatically also sends an alert.

Notifiers: :class:`LoggingNotifier` (always on, logger ``aiwarden.alerts``), :class:`CallbackNotifier`
and :class:`WebhookNotifier` (JSON POST, optionally Slack-shaped, from a background thread: it
never blocks a request). Give your own with ``Warden(..., notifiers=[...])`` or a plain function
with ``Warden(..., on_alert=fn)``::

    >>> sent = []
    >>> notifier = CallbackNotifier(sent.append)
    >>> notifier.notify(Alert("budget", "global", None, "spend", "day", "20250131", 0.8, 800_000, 1_000_000))
    >>> sent[0].message
    'global daily spend at 80% of its cap: $0.80 of $1.00 (period 20250131)'
"""

from __future__ import annotations

import json
import logging
import queue
import threading
import urllib.request
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any, Protocol

__all__ = ["Alert", "CallbackNotifier", "LoggingNotifier", "Notifier", "WebhookNotifier", "dispatch"]

log = logging.getLogger("aiwarden.alerts")


@dataclass(frozen=True, slots=True)
class Alert:
    kind: str  # "budget" | "kill_switch"
    scope: str  # "user" | "global"
    subject: str | None
    metric: str  # "tokens" | "spend"
    period: str  # "day" | "month"
    period_id: str
    threshold: float
    value: int  # tokens, or micro-dollars for spend
    cap: int
    reason: str = ""

    @property
    def message(self) -> str:
        if self.kind == "kill_switch":
            return f"kill switch engaged automatically: {self.reason}"
        who = f"user {self.subject}" if self.scope == "user" else "global"
        span = "daily" if self.period == "day" else "monthly"
        if self.metric == "spend":
            amounts = f"{_usd(self.value)} of {_usd(self.cap)}"
        else:
            amounts = f"{self.value:,} of {self.cap:,} tokens"
        return f"{who} {span} {self.metric} at {self.threshold:.0%} of its cap: {amounts} (period {self.period_id})"

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "message": self.message}


def _usd(micros: int) -> str:
    """Dollars for people: cents, or as many places as a cap under a cent needs ($0.0042)."""
    if micros == 0 or abs(micros) >= 10_000:
        return f"${micros / 1e6:,.2f}"
    return f"${micros / 1e6:.6f}".rstrip("0")


class Notifier(Protocol):
    """Receives alerts. ``notify`` must return quickly; hand slow work to a thread or queue."""

    def notify(self, alert: Alert) -> None: ...


class LoggingNotifier:
    """Alerts as log records on ``aiwarden.alerts``: WARNING, and ERROR from 100% and for the kill switch."""

    def notify(self, alert: Alert) -> None:
        level = logging.ERROR if alert.kind == "kill_switch" or alert.threshold >= 1.0 else logging.WARNING
        log.log(level, "aiwarden alert: %s", alert.message, extra={"aiwarden_alert": alert.as_dict()})


class CallbackNotifier:
    """Calls ``fn(alert)``."""

    def __init__(self, fn: Callable[[Alert], Any]) -> None:
        self.fn = fn

    def notify(self, alert: Alert) -> None:
        self.fn(alert)


class WebhookNotifier:
    """POSTs each alert as JSON to ``url`` from a background thread; ``slack=True`` sends ``{"text": ...}``.

    The queue is bounded: when the endpoint is slower than alerts arrive, extra alerts are dropped
    (and logged) rather than held in memory or allowed to slow requests down.
    """

    def __init__(self, url: str, *, slack: bool = False, timeout: float = 5.0, max_queue: int = 1000) -> None:
        if not url.startswith(("https://", "http://")):
            raise ValueError(f"webhook url must be http(s), got {url!r}")
        self.url = url
        self.slack = slack
        self.timeout = timeout
        self._queue: queue.Queue[Alert | None] = queue.Queue(max_queue)
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def notify(self, alert: Alert) -> None:
        self._start()
        try:
            self._queue.put_nowait(alert)
        except queue.Full:
            log.error("aiwarden alert webhook queue is full; dropped: %s", alert.message)

    def body(self, alert: Alert) -> bytes:
        doc = {"text": f":rotating_light: aiwarden: {alert.message}"} if self.slack else alert.as_dict()
        return json.dumps(doc).encode()

    def _start(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            with self._lock:
                if self._thread is None or not self._thread.is_alive():
                    self._thread = threading.Thread(target=self._run, name="aiwarden-alert-webhook", daemon=True)
                    self._thread.start()

    def _run(self) -> None:
        while True:
            alert = self._queue.get()
            try:
                if alert is None:
                    return
                self._post(alert)
            finally:
                self._queue.task_done()

    def _post(self, alert: Alert) -> None:
        req = urllib.request.Request(self.url, self.body(alert), {"content-type": "application/json"}, method="POST")
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                resp.read()
        except Exception as exc:
            log.error("aiwarden alert webhook failed (%s): %s", type(exc).__name__, alert.message)

    def flush(self, timeout: float | None = None) -> None:
        """Wait until queued alerts were sent (tests, shutdown)."""
        if self._thread is not None:
            self._queue.join()

    def close(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            self._queue.put(None)
            self._thread.join(self.timeout + 1)


def dispatch(notifiers: list[Notifier], alerts: list[Alert]) -> None:
    for alert in alerts:
        for notifier in notifiers:
            try:
                notifier.notify(alert)
            except Exception:  # one broken notifier must not silence the others or fail the request
                log.exception("aiwarden notifier %r failed", notifier)

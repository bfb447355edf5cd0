"""The quota storage of one warden, shared by the quota and kill switch stages.

:class:`SharedStorage` holds the back-end named by ``storage.uri`` (:func:`storage_for`), what a
failed call means for a request (``storage.on_error``) and this worker's cached view of the kill
switch. :class:`~aiwarden.services.Services` builds it once per :class:`~aiwarden.Warden`.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from ..errors import Refusal, StorageError
from .memory import MemoryStorage
from .plan import KillSwitch
from .redis import RedisStorage
from .settings import StoragePolicy

if TYPE_CHECKING:
    from ..exchange import Exchange

__all__ = ["SharedStorage", "Storage", "storage_for"]

log = logging.getLogger("aiwarden.quota")

Storage = MemoryStorage | RedisStorage


def storage_for(policy: StoragePolicy) -> Storage:
    """The back-end named by ``storage.uri``. Redis connects on first use, not here."""
    if policy.uri.split("://", 1)[0] in ("memory", "async+memory"):
        return MemoryStorage(policy.strategy)
    return RedisStorage(
        policy.uri,
        prefix=policy.key_prefix,
        timeout=policy.timeout_seconds,
        settle_delay=policy.settle_delay_ms / 1000.0,
    )


class SharedStorage:
    """The back-end, its failure policy and the kill switch's cached state, for one warden."""

    def __init__(self, policy: StoragePolicy) -> None:
        self.backend: Storage = storage_for(policy)
        #: Memory storage never blocks: stages call it directly instead of through the effect driver.
        self.direct = isinstance(self.backend, MemoryStorage)
        self.fail_open = policy.on_error == "fail_open"
        # the kill switch as last read; cached between reads on Redis (storage.kill_switch_cache_seconds)
        self._switch_ttl = 0.0 if self.direct else policy.kill_switch_cache_seconds
        self._switch_checked = -1e18
        self._switch: KillSwitch | None = None
        self._last_traceback = 0.0

    # -- the kill switch -----------------------------------------------------------------------

    def engage(self, reason: str, by: str = "operator") -> None:
        """Switch AI routes off for every worker sharing the storage (sync)."""
        self.backend.set_kill_switch(KillSwitch(reason, by))
        self.forget_switch()  # this worker's cached "off" must not outlive the switch

    def release(self) -> None:
        self.backend.set_kill_switch(None)
        self.forget_switch()

    def saw_switch(self, state: KillSwitch | None) -> None:
        """Remember the switch as a storage call just read it."""
        self._switch_checked, self._switch = time.monotonic(), state

    def forget_switch(self) -> None:
        self._switch_checked = -1e18

    def cached_switch(self) -> tuple[bool, KillSwitch | None]:
        """(whether the remembered state is still fresh, that state)."""
        return time.monotonic() - self._switch_checked < self._switch_ttl, self._switch

    # -- failures ------------------------------------------------------------------------------

    def failed(self, ex: Exchange, exc: StorageError) -> Refusal | None:
        """What a failed storage call means for the request: ``None`` (fail_open) or a 503."""
        ex.flags["quota_storage_error"] = True
        now = time.monotonic()
        # the traceback once a minute at most: an outage must be loud, not flood the log
        trace = exc if now - self._last_traceback > 60 else None
        if trace is not None:
            self._last_traceback = now
        if self.fail_open:
            log.error(
                "aiwarden: quota storage failed; fail_open lets request %s through UNCHECKED (no limits, "
                "no budget): %s",
                ex.request_id,
                exc,
                exc_info=trace,
            )
            return None
        log.error(
            "aiwarden: quota storage failed; fail_closed refuses request %s: %s", ex.request_id, exc, exc_info=trace
        )
        return Refusal(
            503,
            "service_unavailable",
            "quota_unavailable",
            "Usage limits cannot be checked right now, so the request was not sent. Please retry shortly.",
            headers={"retry-after": "1"},
        )

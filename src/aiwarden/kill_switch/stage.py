"""Stage ``kill_switch``: AI routes answer 503 while the operator's switch is on (docs/quota.md).

The switch's state lives in the quota storage (:meth:`~aiwarden.quota.QuotaStage.engage`,
``aiwarden quota kill``, the operator page); settled spend at a ``kill_at_cap`` budget turns it on.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from ..effects import Call, Gen
from ..errors import Refusal, StorageError

if TYPE_CHECKING:
    from ..exchange import Exchange
    from ..quota.plan import KillSwitch
    from ..quota.stage import QuotaStage

__all__ = ["KillSwitchStage", "kill_refusal"]


def kill_refusal() -> Refusal:
    return Refusal(
        503,
        "service_unavailable",
        "kill_switch_engaged",
        "AI features are switched off right now (the operator's kill switch is on). Please try again later.",
    )


class KillSwitchStage:
    """The kill switch, checked in ``admit`` (before authentication) for AI routes only.

    On Redis the state is cached for ``storage.kill_switch_cache_seconds`` between reads; every
    admission script re-reads it anyway, so a request never reaches the provider while it is on.
    On a Redis Cluster an admission that touches only the caller's slot (no global limits or
    budgets) does not read it: there a request may reach the provider for up to
    ``kill_switch_cache_seconds`` after the switch went on (docs/quota.md, "Redis Cluster").
    """

    name = "kill_switch"

    def __init__(self, quota: QuotaStage) -> None:
        self.quota = quota
        self._ttl = 0.0 if quota._direct else quota.policy.storage.kill_switch_cache_seconds
        self._checked = -1e18
        self._state: KillSwitch | None = None

    def saw(self, state: KillSwitch | None) -> None:
        self._checked, self._state = time.monotonic(), state

    def forget(self) -> None:
        self._checked = -1e18

    def admit(self, ex: Exchange) -> Refusal | Gen | None:
        storage = self.quota.storage
        if self.quota._direct:  # memory storage: read it, no cache
            return kill_refusal() if storage.get_kill_switch() is not None else None
        if time.monotonic() - self._checked < self._ttl:
            return kill_refusal() if self._state is not None else None
        return self._read(ex)

    def _read(self, ex: Exchange) -> Gen:
        storage = self.quota.storage
        try:
            state = yield Call(storage.get_kill_switch, storage.aget_kill_switch)
        except StorageError as exc:
            return self.quota._storage_failed(ex, exc)
        self.saw(state)
        return kill_refusal() if state is not None else None

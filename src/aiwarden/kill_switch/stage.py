"""Stage ``kill_switch``: AI routes answer 503 while the operator's switch is on (docs/quota.md).

The switch's state lives in the quota storage (the warden's
:class:`~aiwarden.quota.storage.SharedStorage`: :meth:`~aiwarden.quota.QuotaStage.engage`,
``aiwarden quota kill``, the operator page); settled spend at a ``kill_at_cap`` budget turns it on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..effects import Call, Gen
from ..errors import Refusal, StorageError, kill_switch_engaged
from ..exchange import Stage

if TYPE_CHECKING:
    from ..exchange import Exchange
    from ..services import Services

__all__ = ["KillSwitchStage"]


class KillSwitchStage(Stage):
    """The kill switch, checked in ``admit`` (before authentication) for AI routes only.

    On Redis the state is cached for ``storage.kill_switch_cache_seconds`` between reads; every
    admission script re-reads it anyway, so a request never reaches the provider while it is on.
    On a Redis Cluster an admission that touches only the caller's slot (no global limits or
    budgets) does not read it: there a request may reach the provider for up to
    ``kill_switch_cache_seconds`` after the switch went on (docs/quota.md, "Redis Cluster").
    """

    name = "kill_switch"

    def __init__(self, services: Services) -> None:
        self.shared = services.storage

    def admit(self, ex: Exchange) -> Refusal | Gen | None:
        shared = self.shared
        if shared.direct:  # memory storage: read it, no cache
            return kill_switch_engaged() if shared.backend.get_kill_switch() is not None else None
        fresh, state = shared.cached_switch()
        if fresh:
            return kill_switch_engaged() if state is not None else None
        return self._read(ex)

    def _read(self, ex: Exchange) -> Gen:
        storage = self.shared.backend
        try:
            state = yield Call(storage.get_kill_switch, storage.aget_kill_switch)
        except StorageError as exc:
            return self.shared.failed(ex, exc)
        self.shared.saw_switch(state)
        return kill_switch_engaged() if state is not None else None

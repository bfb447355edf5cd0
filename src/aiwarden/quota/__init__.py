"""Rate limits, token and spend budgets, alerts and the kill switch (see docs/quota.md).

The engine registers :class:`QuotaStage` (``inspect``: limits, caps, reservations; ``finish``:
settlement, alerts) and its partner ``QuotaStage(...).kill_switch`` (``admit``). Operators and the
CLI use :func:`storage_for` with :class:`KillSwitch`::

    >>> from aiwarden.policy import StoragePolicy
    >>> storage = storage_for(StoragePolicy(uri="memory://"))
    >>> storage.set_kill_switch(KillSwitch("provider outage"))
    >>> storage.get_kill_switch().reason
    'provider outage'
"""

from ..kill_switch import KillSwitchStage
from .alerts import Alert, CallbackNotifier, LoggingNotifier, Notifier, WebhookNotifier
from .memory import MemoryStorage
from .plan import KillSwitch
from .redis import RedisStorage
from .stage import DEFAULT_OUTPUT_CAP, QuotaStage, Reservation, storage_for

__all__ = [
    "DEFAULT_OUTPUT_CAP",
    "Alert",
    "CallbackNotifier",
    "KillSwitch",
    "KillSwitchStage",
    "LoggingNotifier",
    "MemoryStorage",
    "Notifier",
    "QuotaStage",
    "RedisStorage",
    "Reservation",
    "WebhookNotifier",
    "storage_for",
]

"""Rate limits, token and spend budgets, alerts and the kill switch (see docs/quota.md).

The engine registers :class:`QuotaStage` (``inspect``: limits, caps, reservations; ``finish``:
settlement, alerts); the storage is the warden's :class:`SharedStorage` service, which the kill
switch stage (:mod:`aiwarden.kill_switch`) reads too. Operators and the CLI use
:func:`storage_for` with :class:`KillSwitch`::

    >>> from aiwarden.quota.settings import StoragePolicy
    >>> storage = storage_for(StoragePolicy(uri="memory://"))
    >>> storage.set_kill_switch(KillSwitch("provider outage"))
    >>> storage.get_kill_switch().reason
    'provider outage'
"""

from .alerts import Alert, CallbackNotifier, LoggingNotifier, Notifier, WebhookNotifier
from .memory import MemoryStorage
from .plan import KillSwitch
from .redis import RedisStorage
from .stage import DEFAULT_OUTPUT_CAP, QuotaStage, Reservation
from .storage import SharedStorage, Storage, storage_for

__all__ = [
    "DEFAULT_OUTPUT_CAP",
    "Alert",
    "CallbackNotifier",
    "KillSwitch",
    "LoggingNotifier",
    "MemoryStorage",
    "Notifier",
    "QuotaStage",
    "RedisStorage",
    "Reservation",
    "SharedStorage",
    "Storage",
    "WebhookNotifier",
    "storage_for",
]

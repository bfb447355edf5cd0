"""The services a :class:`~aiwarden.Warden` builds once and hands to its stages.

A stage takes the :class:`Services` of its warden in its constructor and keeps what it needs; no
stage reaches into the warden or into another stage. Each service is built on first use, once, so
a warden whose stages never ask for one (a test's pipeline) never builds it::

    services = Services(policy, {"secrets_manager": vault})
    services.keys        # the KeyRing: the keys stage's checks, the output stage's secret filter, warden.keys
    services.storage     # SharedStorage: quota limits and budgets, the kill switch
    services.hasher      # SubjectHasher | None: audit records, alerts, OpenTelemetry attributes
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

from .audit.record import SubjectHasher, subject_hasher
from .keys.ring import KeyRing
from .policy import Policy
from .quota.storage import SharedStorage

__all__ = ["Services"]


class Services:
    """The policy, the components given to ``Warden(..., name=...)`` and the shared services."""

    def __init__(self, policy: Policy, components: Mapping[str, Any]) -> None:
        self.policy = policy
        #: ``identity_resolver``, ``detectors``, ``output_filters``, ``audit_sinks``, ``notifiers``,
        #: ``on_alert``, ``secrets_manager``, ``tracer_provider``, ``meter_provider``.
        self.components = components

    @cached_property
    def keys(self) -> KeyRing:
        """The provider key ring (``[keys]``, the ``secrets_manager`` component)."""
        return KeyRing(self.policy.keys, secrets_manager=self.components.get("secrets_manager"))

    @cached_property
    def storage(self) -> SharedStorage:
        """The quota storage (``[storage]``), with the kill switch's cached state."""
        return SharedStorage(self.policy.storage)

    @cached_property
    def hasher(self) -> SubjectHasher | None:
        """The keyed hash of subjects when ``audit.hash_subjects_key_env`` asks for pseudonymous logs."""
        return subject_hasher(self.policy.audit.hash_subjects_key_env)

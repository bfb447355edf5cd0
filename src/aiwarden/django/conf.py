"""Settings of the Django adapter, read lazily (when the server loads the middleware, not at import) so that
``override_settings`` works.

``AIWARDEN``
    The policy: a dict (the same keys as the TOML file), the path of a TOML file, a
    :class:`~aiwarden.policy.Policy`, or a ready :class:`aiwarden.warden.Warden` (to share one
    engine with other code, or in tests). Unset: the file named by ``$AIWARDEN_POLICY``, else the
    defaults. ``$AIWARDEN_STORAGE_URI`` overrides ``storage.uri`` in every case but a ready engine.
``AIWARDEN_COMPONENTS``
    Extra keyword arguments for the engine (an identity resolver, detectors, notifiers, audit
    sinks: see the concern's docs). A string value is a dotted path, imported::

        AIWARDEN_COMPONENTS = {"identity_resolver": "myproject.auth.resolve_identity"}
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Mapping
from typing import Any

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.module_loading import import_string

from ..errors import ConfigurationError
from ..policy import Policy, load_policy
from ..warden import Warden

__all__ = ["components", "get_warden", "policy"]

_lock = threading.Lock()
_cached: Warden | None = None  # settings are read once: reading them costs more than a request
_failed: str | None = None  # the last error building the engine, logged once
log = logging.getLogger("aiwarden")


def policy() -> Policy:
    """The policy named by ``settings.AIWARDEN``; raises :class:`ConfigurationError` if invalid."""
    source = getattr(settings, "AIWARDEN", None)
    if isinstance(source, Warden):
        return source.policy
    if source is None or isinstance(source, Policy | Mapping | str | os.PathLike):
        return load_policy(source)
    raise ConfigurationError("AIWARDEN", f"expected a dict or the path of a TOML file, got {type(source).__name__}")


def components() -> dict[str, Any]:
    """``settings.AIWARDEN_COMPONENTS`` with dotted paths imported."""
    raw = getattr(settings, "AIWARDEN_COMPONENTS", None) or {}
    if not isinstance(raw, Mapping):
        raise ConfigurationError("AIWARDEN_COMPONENTS", f"expected a dict, got {type(raw).__name__}")
    out = {}
    for name, value in raw.items():
        if isinstance(value, str):
            try:
                value = import_string(value)
            except ImportError as exc:
                raise ConfigurationError(f"AIWARDEN_COMPONENTS.{name}", f"cannot import {value!r}: {exc}") from exc
        out[name] = value
    return out


def get_warden() -> Warden:
    """The engine for the current settings: built at the first request, rebuilt when they change."""
    global _cached, _failed
    warden = _cached
    if warden is None:
        with _lock:
            if _cached is None:
                source = getattr(settings, "AIWARDEN", None)
                try:
                    _cached = source if isinstance(source, Warden) else Warden(policy(), **components())
                except Exception as exc:  # a bad policy, or a component that cannot start
                    if repr(exc) != _failed:  # once per error, not per request
                        log.error("aiwarden: the guard cannot be built, so AI routes are refused: %r", exc)
                        _failed = repr(exc)
                    raise
                _failed = None
            warden = _cached
    return warden


@receiver(setting_changed)
def _settings_changed(*, setting: str, **kwargs: Any) -> None:
    global _cached
    if setting in ("AIWARDEN", "AIWARDEN_COMPONENTS"):
        _cached = None

"""System checks for the aiwarden settings (``python manage.py check``).

====================  ===========================================================
``aiwarden.E001``     ``AIWARDEN`` is not a valid policy (the message names the key path)
``aiwarden.E002``     ``AIWARDEN`` is neither a dict nor the path of a TOML file
``aiwarden.E003``     the policy file named by ``AIWARDEN`` cannot be read or parsed
``aiwarden.E004``     ``AIWARDEN_COMPONENTS`` is not a dict, or an entry cannot be imported
``aiwarden.E005``     the engine cannot be built from the policy and components
``aiwarden.W001``     ``WardenMiddleware`` is not in ``MIDDLEWARE``
``aiwarden.W002``     ``WardenMiddleware`` runs before ``AuthenticationMiddleware`` although
                      ``auth.sources`` includes ``"framework"``
``aiwarden.W003``     an ``AIWARDEN_*`` setting the Django adapter does not read (e.g.
                      ``AIWARDEN_POLICY``, the Flask name): it has no effect
====================  ===========================================================
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Error, Warning

from ..errors import ConfigurationError
from ..policy import Policy
from ..warden import Warden
from . import conf

MIDDLEWARE = "aiwarden.django.WardenMiddleware"
AUTH_MIDDLEWARE = "django.contrib.auth.middleware.AuthenticationMiddleware"
#: The settings the Django adapter reads (docs/django.md); any other AIWARDEN_* setting is ignored.
READ_SETTINGS = ("AIWARDEN", "AIWARDEN_COMPONENTS")


def check_settings(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    errors: list[CheckMessage] = []
    source = getattr(settings, "AIWARDEN", None)
    policy = None
    if source is not None and not isinstance(source, Mapping | str | os.PathLike | Policy | Warden):
        errors.append(
            Error(
                f"AIWARDEN must be a dict or the path of a TOML file, not {type(source).__name__}.", id="aiwarden.E002"
            )
        )
    else:
        try:
            policy = conf.policy()
        except ConfigurationError as exc:
            if exc.path:
                errors.append(
                    Error(
                        f"AIWARDEN: invalid setting {exc.path}: {exc.message}",
                        hint="See docs/policy.md for the valid keys.",
                        obj=exc.path,
                        id="aiwarden.E001",
                    )
                )
            else:
                errors.append(Error(f"AIWARDEN: {exc.message}", id="aiwarden.E003"))
    try:
        components = conf.components()
    except ConfigurationError as exc:
        errors.append(Error(str(exc), obj=exc.path, id="aiwarden.E004"))
        components = None
    if policy is not None and components is not None:
        try:
            conf.get_warden()  # built now, at start-up, and kept for the requests
        except Exception as exc:  # a stage refusing the policy or a component at construction
            errors.append(Error(f"aiwarden cannot start: {exc}", id="aiwarden.E005"))
    errors.extend(_unread_settings())
    middleware = list(getattr(settings, "MIDDLEWARE", None) or [])
    if MIDDLEWARE not in middleware:
        errors.append(Warning(f"{MIDDLEWARE} is not in MIDDLEWARE, so no route is guarded.", id="aiwarden.W001"))
    elif (
        policy is not None
        and "framework" in policy.auth.sources
        and AUTH_MIDDLEWARE in middleware
        and middleware.index(AUTH_MIDDLEWARE) > middleware.index(MIDDLEWARE)
    ):
        errors.append(
            Warning(
                f"{MIDDLEWARE} runs before {AUTH_MIDDLEWARE}, so request.user is not set yet.",
                hint=f"Move {MIDDLEWARE} after {AUTH_MIDDLEWARE}.",
                id="aiwarden.W002",
            )
        )
    return errors


def _unread_settings() -> list[CheckMessage]:
    """``AIWARDEN_*`` settings nothing reads: a Flask or environment name put in settings.py."""
    found = []
    for name in sorted(n for n in dir(settings) if n.startswith("AIWARDEN") and n not in READ_SETTINGS):
        hint = "The Django adapter reads AIWARDEN (the policy: a dict with the policy.toml keys, or a TOML path) "
        hint += "and AIWARDEN_COMPONENTS; every policy key is listed in docs/policy.md."
        if name == "AIWARDEN_POLICY":
            hint = (
                "AIWARDEN_POLICY is the Flask config name (and an environment variable): in Django put the "
                "policy dict or the TOML path in AIWARDEN. Every policy key is listed in docs/policy.md."
            )
        message = f"settings.{name} is not read by aiwarden, so it has no effect."
        found.append(Warning(message, hint=hint, obj=name, id="aiwarden.W003"))
    return found

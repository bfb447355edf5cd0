"""Django integration: ``aiwarden.django.WardenMiddleware`` in ``MIDDLEWARE``, ``"aiwarden.django"``
in ``INSTALLED_APPS`` (for the system checks), the policy in ``settings.AIWARDEN``."""

from __future__ import annotations

from ..routes import ai_route
from .middleware import WardenMiddleware, answer

__all__ = ["WardenMiddleware", "ai_route", "answer"]

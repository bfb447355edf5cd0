from __future__ import annotations

from django.apps import AppConfig
from django.core import checks


class AiwardenConfig(AppConfig):
    name = "aiwarden.django"
    label = "aiwarden"
    verbose_name = "aiwarden"

    def ready(self) -> None:
        from .checks import check_settings

        checks.register(check_settings)

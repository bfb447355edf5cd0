"""The ``[privacy]`` policy section (read by the privacy stage)."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import ConfigurationError
from ..output.settings import PII_KINDS

__all__ = ["PrivacyPolicy"]


@dataclass(frozen=True, slots=True)
class PrivacyPolicy:
    """Pseudonymization of user PII before it reaches the provider (``aiwarden.privacy``)."""

    #: PII kinds replaced by stable placeholders before the provider, e.g. ["email", "phone"].
    pseudonymize: tuple[str, ...] = ()

    def validate(self) -> None:
        for i, kind in enumerate(self.pseudonymize):
            if kind not in PII_KINDS:
                raise ConfigurationError(f"pseudonymize[{i}]", f"unknown kind {kind!r} (known: {', '.join(PII_KINDS)})")

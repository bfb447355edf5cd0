"""The ``[console]`` policy section (read by the operator page)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import ConfigurationError

__all__ = ["ConsolePolicy"]


#: What a console rule may say: who it grants (see :class:`ConsolePolicy`).
_CONSOLE_RULE = re.compile(
    r"claim:[A-Za-z0-9_.:-]{1,64}(=[^\s]{1,128})?|tier:[A-Za-z0-9_.-]{1,64}|staff|superuser|user"
    r"|perm:[A-Za-z0-9_]{1,64}\.[A-Za-z0-9_]{1,100}"
)


@dataclass(frozen=True, slots=True)
class ConsolePolicy:
    """The operator page (``aiwarden.console``; see docs/console.md). It refuses everyone until
    ``view`` names who may see it. A rule grants when it holds for the caller:

    - ``"claim:NAME"`` — the verified JWT claim is true (``aiwarden_admin: true``);
      ``"claim:NAME=VALUE"`` — the claim equals ``VALUE`` (or, for a list claim, contains it);
    - ``"tier:NAME"`` — the caller's tier (never the anonymous caller's);
    - ``"staff"``, ``"superuser"``, ``"perm:APP.CODENAME"`` — the Django user's flags and permissions;
    - ``"user"`` — any signed-in framework user (Django, Flask-Login).
    """

    #: Who may see the page and read its JSON.
    view: tuple[str, ...] = ()
    #: Who may engage or release the kill switch from the page (they must also be allowed to view).
    switch: tuple[str, ...] = ()
    #: How often the page asks for fresh numbers.
    poll_seconds: int = 5
    #: Audit records each process keeps in memory for the charts and the flagged list.
    recent_records: int = 5000
    #: Hours shown by the requests chart.
    hours: int = 6
    #: Spenders shown per tier.
    top_users: int = 10

    def validate(self) -> None:
        for name in ("view", "switch"):
            for i, rule in enumerate(getattr(self, name)):
                if not _CONSOLE_RULE.fullmatch(rule):
                    raise ConfigurationError(
                        f"{name}[{i}]",
                        f"unknown rule {rule[:40]!r}: use claim:NAME, claim:NAME=VALUE, tier:NAME, staff, "
                        "superuser, perm:APP.CODENAME or user",
                    )
        if not 1 <= self.poll_seconds <= 3600:
            raise ConfigurationError("poll_seconds", "must be between 1 and 3600")
        if not 100 <= self.recent_records <= 1_000_000:
            raise ConfigurationError("recent_records", "must be between 100 and 1000000")
        if not 1 <= self.hours <= 168:
            raise ConfigurationError("hours", "must be between 1 and 168")
        if not 1 <= self.top_users <= 1000:
            raise ConfigurationError("top_users", "must be between 1 and 1000")

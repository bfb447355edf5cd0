"""What a detector judges and what it answers: :class:`Subject` and :class:`Verdict`, below the
detectors (``scanners/detectors.py`` runs them and builds the built-in ones, which import these)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from ..context import Finding

__all__ = ["Subject", "Verdict"]


@dataclass(frozen=True, slots=True)
class Subject:
    """One text to judge."""

    text: str
    #: "user": a user message; "document": untrusted content (tool result, retrieved document).
    kind: Literal["user", "document"] = "user"
    #: Where it came from, e.g. ``messages[2]``; copied into findings.
    where: str = ""
    #: Text the sanitizer found hidden in Unicode tag characters (decoded) and removed.
    hidden: str = ""
    #: Characters the sanitizer removed, by kind (``zero_width``, ``bidi``, ``tag_chars``, ...).
    removed: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Verdict:
    """A detector's judgement of one subject: ``score`` in 0..1 and the findings behind it."""

    score: float
    findings: tuple[Finding, ...] = ()

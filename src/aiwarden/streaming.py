"""Streaming text filters: the contract every output filter implements, and chains of them.

A :class:`TextFilter` sees an answer's text piece by piece. ``feed`` returns the text that is
safe to release now; whatever might still turn out to be part of a match is held back (at most a
bounded number of characters) until more text arrives or ``flush`` is called at the channel's
end. Feeding a text whole or in any chunking must give the same output. A filter that must stop
the answer raises :class:`Blocked`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from .context import Finding
from .errors import AiwardenError, Refusal

__all__ = ["Blocked", "FilterChain", "TextFilter"]


class TextFilter(Protocol):
    def feed(self, text: str) -> str: ...

    def flush(self) -> str: ...


class Blocked(AiwardenError):
    """An output filter stopped the answer (a secret, a canary leak)."""

    def __init__(self, refusal: Refusal, finding: Finding | None = None) -> None:
        self.refusal = refusal
        self.finding = finding
        super().__init__(refusal.message)


class FilterChain:
    """Filters applied in order to one output channel; the output of one feeds the next."""

    __slots__ = ("filters",)

    def __init__(self, filters: Sequence[TextFilter]) -> None:
        self.filters = list(filters)

    def feed(self, text: str) -> str:
        for f in self.filters:
            if not text:
                break
            text = f.feed(text)
        return text

    def flush(self) -> str:
        out = ""
        for f in self.filters:
            out = f.feed(out) if out else out
            out += f.flush()
        return out

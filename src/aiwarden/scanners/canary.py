"""Canary tokens: a random marker in the server's system prompt that must never come back.

Per request, :func:`new_canary` makes a marker and :func:`embed` puts it first in the system prompt.
If the model repeats its instructions, the marker appears in the answer and
:class:`CanaryFilter` stops it (``system_prompt_leak``)::

    >>> f = CanaryFilter("cnry-abcdefghijklmnop")
    >>> f.feed("My instructions end with [ref:cnry-abcdefghijklm")
    Traceback (most recent call last):
    ...
    aiwarden.streaming.Blocked: The answer was withheld because it revealed the system prompt.
"""

from __future__ import annotations

import re
import secrets
import string
from collections.abc import Callable

import regex

from ..context import Finding
from ..errors import Refusal
from ..streaming import Blocked
from ._rewriter import Rewriter

__all__ = ["CanaryFilter", "canary_refusal", "embed", "new_canary"]

_ALPHABET = string.ascii_lowercase
#: Characters of the marker that must appear for a leak to count: a partial echo (a model
#: truncating its instructions) is still a leak, and 12 random letters never occur by chance.
_ENOUGH = 12 + len("cnry-")


def new_canary() -> str:
    """A fresh marker: letters only, so no PII or secret rule rewrites it first (80 bits)."""
    return "cnry-" + "".join(secrets.choice(_ALPHABET) for _ in range(17))


def embed(system_prompt: str, canary: str) -> str:
    """The prompt with the marker first: a verbatim dump then shows the marker before any of the
    prompt, so a stream is cut before the instructions leak."""
    return f"[ref:{canary}]\n{system_prompt}"


def canary_refusal() -> Refusal:
    return Refusal(
        502, "api_error", "system_prompt_leak", "The answer was withheld because it revealed the system prompt."
    )


class CanaryFilter(Rewriter):
    """Blocks the answer when (enough of) ``canary`` appears, in any letter case; with
    ``block=False`` only reports it through ``on_find`` (monitor mode)."""

    __slots__ = ("_block", "_on_find", "_where")

    def __init__(
        self,
        canary: str,
        block: bool = True,
        on_find: Callable[[Finding], None] | None = None,
        where: str = "",
    ) -> None:
        source = re.escape(canary[:_ENOUGH])
        super().__init__(re.compile(source, re.I), regex.compile(source, regex.I | regex.V0), len(source), 0)
        self._block = block
        self._on_find = on_find
        self._where = where

    def decide(self, text: str, m: re.Match[str]) -> tuple[int, str] | None:
        finding = Finding(
            "canary", self.absolute(m.start()), self.absolute(m.end()), "system_prompt_leak", 1.0, self._where
        )
        if self._on_find is not None:
            self._on_find(finding)
        if self._block:
            raise Blocked(canary_refusal(), finding)
        return None

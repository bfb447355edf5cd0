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

import os
import re
import string
from collections.abc import Callable

from ..context import Finding
from ..errors import Refusal
from ..streaming import Blocked
from ._rewriter import Rewriter, Trigger

__all__ = ["CanaryFilter", "canary_refusal", "embed", "new_canary"]

_ALPHABET = string.ascii_lowercase
#: Characters of the marker that must appear for a leak to count: a partial echo (a model
#: truncating its instructions) is still a leak, and 12 random letters never occur by chance.
_ENOUGH = 12 + len("cnry-")


# Every canary has this shape, so the patterns are compiled once; ``decide`` then compares the
# match with this request's marker (compiling a pattern per request cost more than the rest of
# the output stage).
_SHAPE = f"cnry-[a-z]{{{_ENOUGH - len('cnry-')}}}"
_PATTERN = re.compile(_SHAPE, re.I)
_TRIGGER = Trigger(re.compile("cnry-", re.I), 0, string.ascii_letters + string.digits + "-", 4)


def new_canary() -> str:
    """A fresh marker: letters only, so no PII or secret rule rewrites it first (80 bits)."""
    # 17 letters from 17 random bytes (byte % 26: a 22/256 bias toward a-v leaves ~79 bits, and
    # one urandom call instead of seventeen secrets.choice calls)
    return "cnry-" + os.urandom(17).translate(_LETTER_OF_BYTE).decode("ascii")


#: byte -> _ALPHABET[byte % 26], for bytes.translate (one C call instead of a generator of 17)
_LETTER_OF_BYTE = bytes(ord(_ALPHABET[b % 26]) for b in range(256))


def embed(system_prompt: str, canary: str) -> str:
    """The prompt with the marker first: a verbatim dump then shows the marker before any of the
    prompt, so a stream is cut before the instructions leak."""
    return f"[ref:{canary}]\n{system_prompt}"


def canary_refusal() -> Refusal:
    return Refusal(
        502, "api_error", "system_prompt_leak", "The answer was withheld because it revealed the system prompt."
    )


#: the triggers of every :class:`CanaryFilter` (see :func:`~._rewriter.untriggered`)
TRIGGERS = (_TRIGGER,)


class CanaryFilter(Rewriter):
    """Blocks the answer when (enough of) ``canary`` appears, in any letter case; with
    ``block=False`` only reports it through ``on_find`` (monitor mode)."""

    __slots__ = ("_block", "_marker", "_on_find", "_where")

    def __init__(
        self,
        canary: str,
        block: bool = True,
        on_find: Callable[[Finding], None] | None = None,
        where: str = "",
    ) -> None:
        if not _PATTERN.fullmatch(canary[:_ENOUGH]):
            raise ValueError("not a canary made by new_canary()")
        super().__init__(_PATTERN, _ENOUGH, 0, _TRIGGER, normalise=True)
        self._marker = canary[:_ENOUGH].lower()
        self._block = block
        self._on_find = on_find
        self._where = where

    def decide(self, text: str, m: re.Match[str]) -> tuple[int, str] | None:
        if m.group().lower() != self._marker:
            return None  # another request's marker, or text that merely looks like one
        finding = Finding(
            "canary", self.absolute(m.start()), self.absolute(m.end()), "system_prompt_leak", 1.0, self._where
        )
        if self._on_find is not None:
            self._on_find(finding)
        if self._block:
            raise Blocked(canary_refusal(), finding)
        return None

"""Canary tokens: a random marker in the server's system prompt that must never come back.

Per request, :func:`new_canary` makes a marker and :func:`embed` puts it first in the system prompt.
If the model repeats its instructions, the marker appears in the answer and
:class:`CanaryFilter` stops it (``system_prompt_leak``) — also when the model was asked to write
its instructions reversed, in ROT13, hex, base64 (at any byte alignment) or with a space or
symbol between the letters::

    >>> f = CanaryFilter("cnry-abcdefghijklmnop")
    >>> f.feed("My instructions end with [ref:cnry-abcdefghijklm")
    Traceback (most recent call last):
    ...
    aiwarden.streaming.Blocked: The answer was withheld because it revealed the system prompt.
"""

from __future__ import annotations

import base64
import binascii
import codecs
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
_PLAIN = re.compile(_SHAPE, re.I)
_SEP = "[^a-z0-9]{1,3}"
# Base64 of "cnry-" at each byte alignment: the characters that "cnry-" alone decides, and where
# they start in their 4-character group (the decision decodes from the group's start).
_BASE64 = (("Y25yeS1", 0), ("Nucnkt", 2), ("jbnJ5L", 3))
_PATTERN = re.compile(
    "|".join(
        [
            f"(?P<plain>(?i:{_SHAPE}))",
            "(?P<reversed>(?i:[a-z]{12}-yrnc))",
            "(?P<rot13>(?i:pael-[a-z]{12}))",
            "(?P<hex>(?i:636e72792d(?:[67][0-9a-f]){12}))",
            f"(?P<spaced>(?i:c{_SEP}n{_SEP}r{_SEP}y[^a-z0-9]{{1,5}}(?:[a-z]{_SEP}){{11}}[a-z]))",
            *(f"(?P<base64_{k}>{stable}[A-Za-z0-9+/]{{16}})" for k, (stable, _) in enumerate(_BASE64)),
        ]
    )
)
_TRIGGER = Trigger(
    re.compile("(?i:cnry-|-yrnc|pael-|636e72792d)|" + "|".join(s for s, _ in _BASE64)),
    12,  # the reversed marker: its trigger "-yrnc" comes after its 12 letters
    string.ascii_letters + string.digits + "-+/",
    9,
)
# Letters spaced out ("c n r y - ..."): a trigger of its own, whose held tail is only what can
# still start one (a "c" or "n" and the symbols between), not every trailing word.
_SPACED_TRIGGER = Trigger(re.compile(f"(?i:c{_SEP}n{_SEP}r)"), 0, re.compile("(?i:[cn]|[^a-z0-9])"), 8)
#: Characters a decision reads from a match's start (a base64 decision decodes 28) and before it.
_WIDTH = 80
_LEFT = 3


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
TRIGGERS = (_TRIGGER, _SPACED_TRIGGER)


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
        if not _PLAIN.fullmatch(canary[:_ENOUGH]):
            raise ValueError("not a canary made by new_canary()")
        super().__init__(_PATTERN, _WIDTH, _LEFT, (_TRIGGER, _SPACED_TRIGGER), normalise=True)
        self._marker = canary[:_ENOUGH].lower()
        self._block = block
        self._on_find = on_find
        self._where = where

    def decide(self, text: str, m: re.Match[str]) -> tuple[int, str] | None:
        if not _is_marker(self._marker, text, m):
            return None  # another request's marker, or text that merely looks like one
        finding = Finding(
            "canary", self.absolute(m.start()), self.absolute(m.end()), "system_prompt_leak", 1.0, self._where
        )
        if self._on_find is not None:
            self._on_find(finding)
        if self._block:
            raise Blocked(canary_refusal(), finding)
        return None


def _is_marker(marker: str, text: str, m: re.Match[str]) -> bool:
    """Whether match ``m`` of ``text`` is ``marker`` written in the form its group names."""
    form, found = m.lastgroup, m.group().lower()
    if form == "plain":
        return found == marker
    if form == "reversed":
        return found[::-1] == marker
    if form == "rot13":
        return codecs.decode(found, "rot13") == marker
    if form == "hex":
        return bytes.fromhex(found).decode("ascii", "replace") == marker
    if form == "spaced":
        return re.sub("[^a-z]", "", found) == marker.replace("-", "")
    # base64: decode from the start of the 4-character group the stable part sits in
    start = max(0, m.start() - _BASE64[int(str(form)[-1])][1])
    run = re.match("[A-Za-z0-9+/]{0,28}", text[start:])
    chunk = run.group() if run is not None else ""
    chunk = chunk[: len(chunk) // 4 * 4]
    try:
        return marker.encode() in base64.b64decode(chunk)
    except (binascii.Error, ValueError):
        return False

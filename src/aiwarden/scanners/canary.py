"""Canary tokens: a random marker in the server's system prompt that must never come back.

Per request, :func:`new_canary` makes a marker and :func:`embed` puts it first in the system prompt.
If the model repeats its instructions, the marker appears in the answer and
:class:`CanaryFilter` stops it (``system_prompt_leak``) — also when the model was asked to write
its instructions reversed, in ROT13, base64 (at any byte alignment) or base32, with symbols
between the letters, or as character codes (hex, escapes, entities, decimal, binary)::

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
# Up to six symbols between spaced-out letters: `c n r y`, `c.n.r.y`, `"c" "n"`, `['c', 'n', ...]`,
# `**c****n**`; the hyphen with its symbols around it up to twelve.
_SEP = "[^a-z0-9]{1,6}"
# Base64 of "cnry-" at each byte alignment: the characters that "cnry-" alone decides, and where
# they start in their 4-character group (the decision decodes from the group's start).
_BASE64 = (("Y25yeS1", 0), ("Nucnkt", 2), ("jbnJ5L", 3))
# Character codes, one per character of the marker: hex (`636e72`, `63 6e 72`, `63:6e`, `\x63`,
# `\u0063`, `%63`, `&#x63;`, `0x63, 0x6e`), decimal (`99 110 114`, `&#99;&#110;`) and binary
# (`01100011 01101110`, 7 or 8 digits). Each way of writing the first code is a branch of its own
# that opens with a literal (no group, no flag before it), so the regex engine skips text that
# cannot start one at C speed instead of trying every branch at every position (a search over
# dense hits of the codes' triggers cost ~80 ns per character); the empty group at a branch's end
# names its form (``m.lastgroup``).
_CODE_SEP = r"[\s,:]{0,2}+"  # (possessive: what follows a separator is never one: no backtracking into it)
_HEX_UNIT = r"(?:\\x|\\u00|%|&\#x|0x)?{};?"
_HEX_REST = (
    f";?{_CODE_SEP}(?i:"
    + _CODE_SEP.join(_HEX_UNIT.format(b) for b in ("6e", "72", "79", "2d"))
    + f"(?:{_CODE_SEP}{_HEX_UNIT.format('[67][0-9a-f]')}){{12}})"
)
_DEC_REST = (
    f";?{_CODE_SEP}"
    + _CODE_SEP.join(f"(?:&\\#)?{n};?" for n in ("110", "114", "121", "45"))
    + f"(?:{_CODE_SEP}(?:&\\#)?(?:9[7-9]|1[01][0-9]|12[0-2]);?){{12}}"
)
_BIN_REST = (
    _CODE_SEP
    + _CODE_SEP.join(f"0?{b}" for b in ("1101110", "1110010", "1111001", "0101101"))
    + f"(?:{_CODE_SEP}0?11[01]{{5}}){{12}}"
)
_CODE_FIRSTS = (
    ("hex", (r"\\[xX]63", r"\\[uU]0063", "%63", r"&\#[xX]63", "0[xX]63", "63"), _HEX_REST),
    ("decimal", (r"&\#99", "99"), _DEC_REST),
    ("binary", ("01100011", "1100011"), _BIN_REST),
)
_CODES_SOURCE = "|".join(
    f"{first}{rest}(?P<{form}_{i}>)" for form, firsts, rest in _CODE_FIRSTS for i, first in enumerate(firsts)
)
# Base32 of "cnry-" (5 bytes, one 8-character group): the embedded marker follows "[ref:" (5 bytes),
# so a base32 dump of the prompt has it at a group boundary.
_BASE32 = "MNXHE6JN"
_PATTERN = re.compile(
    "|".join(
        [
            f"(?P<plain>(?i:{_SHAPE}))",
            "(?P<reversed>(?i:[a-z]{12}-yrnc))",
            "(?P<rot13>(?i:pael-[a-z]{12}))",
            _CODES_SOURCE,
            f"(?P<spaced>(?i:c{_SEP}n{_SEP}r{_SEP}y[^a-z0-9]{{1,12}}(?:[a-z]{_SEP}){{11}}[a-z]))",
            f"(?P<base32>(?i:{_BASE32}[a-z2-7]{{24}}))",
            *(f"(?P<base64_{k}>{stable}[A-Za-z0-9+/]{{16}})" for k, (stable, _) in enumerate(_BASE64)),
        ]
    )
)
# Each trigger pattern opens with a character class (or, in a case-insensitive group, uncased
# literals) of the characters its branches start with, and each branch checks its own first
# character with a one-character lookbehind: CPython's regex engine skips to the next character of
# such a class in a tight loop, but a pattern that opens with a lookahead, a lookbehind or a cased
# letter under (?i) gives it nothing to skip by, so the pattern was tried at every position (the
# canary's quick test of an ordinary 600-character answer field: ~15 us, ~9 us this way). The
# matches are the same: each branch reads the same characters from the same start.


def _led(branches: list[tuple[str, bool]]) -> str:
    """An alternation of literal ``branches`` (text, case-insensitive) that opens with the class of
    their first characters (see above): the same matches as ``(?:b1|b2|...)``."""

    def first(text: str, nocase: bool) -> str:
        c = text[0]
        return f"[{c.lower()}{c.upper()}]" if nocase and c.lower() != c.upper() else re.escape(c)

    starts = sorted(
        {c for text, nocase in branches for c in ({text[0].lower(), text[0].upper()} if nocase else {text[0]})}
    )
    alternatives = [
        f"(?<={first(text, nocase)})" + (f"(?i:{re.escape(text[1:])})" if nocase else re.escape(text[1:]))
        for text, nocase in branches
    ]
    return "[" + "".join(map(re.escape, starts)) + "](?:" + "|".join(alternatives) + ")"


_TRIGGER = Trigger(
    re.compile(_led([(t, True) for t in ("cnry-", "-yrnc", "pael-", _BASE32)] + [(t, False) for t, _ in _BASE64])),
    12,  # the reversed marker: its trigger "-yrnc" comes after its 12 letters
    string.ascii_letters + string.digits + "-+/",
    9,
)
# Letters spaced out ("c n r y - ..."): a trigger of its own, whose held tail is only what can
# still start one (a "c" or "n" and the symbols between), not every trailing word.
_SPACED_TRIGGER = Trigger(re.compile(f"[cC](?i:{_SEP}n{_SEP}r)"), 0, re.compile("(?i:[cn]|[^a-z0-9])"), 14)
# Character codes: the codes of "cn" (a prefix such as `\u00` or `&#x` may come before them).
_PFX = r"(?:\\x|\\u00|%|&\#x|0x)?"
_HEX_CN = f";?{_CODE_SEP}{_PFX}6e;?{_CODE_SEP}{_PFX}72"
_DEC_CN = f";?{_CODE_SEP}(?:&\\#)?110;?{_CODE_SEP}(?:&\\#)?114"
_BIN_CN = f"{_CODE_SEP}0?1101110{_CODE_SEP}0?1110010"
#: (first character, the rest of the codes of "cnr" after it): each branch opens with its literal,
#: so the search skips other text at C speed; three codes, not two: "99 110 " alone (a digit soup's
#: pair) is no hit
_CODE_STARTS = (
    ("\\\\", f"(?:x|u00)63{_HEX_CN}"),
    ("%", f"63{_HEX_CN}"),
    ("&", f"\\#x63{_HEX_CN}|\\#99{_DEC_CN}"),
    ("0", f"x63{_HEX_CN}|1100011{_BIN_CN}"),
    ("6", f"3{_HEX_CN}"),
    ("9", f"9{_DEC_CN}"),
    ("1(?<!01)", f"100011{_BIN_CN}"),  # (after a 0 the 8-bit code is a hit already)
)
_CODES_TRIGGER = Trigger(
    # One character where a match can start (the code's prefix, or its first digit), the rest a
    # lookahead: a hit is one candidate to try, not the positions around a run (binary and decimal
    # runs are all trigger characters, and trying the positions around every hit cost ~10x prose).
    re.compile("(?i:" + "|".join(f"{first}(?={rest})" for first, rest in _CODE_STARTS) + ")"),
    0,
    string.hexdigits + "xXuU\\%&#;,: \t\r\n",
    30,  # (the first three codes, the longest written: "01100011  01101110  01110010")
    search=re.compile(_CODES_SOURCE),  # its lane: only the character-code forms start near it
)
#: Characters a decision reads from a match's start (a match in character codes is up to ~170 long) and before it.
_WIDTH = 180
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
TRIGGERS = (_TRIGGER, _SPACED_TRIGGER, _CODES_TRIGGER)


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
        super().__init__(_PATTERN, _WIDTH, _LEFT, TRIGGERS, normalise=True)
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


#: a code's two hex digits, after its prefix (``\\x``, ``\\u00``, ``%``, ``&#x``, ``0x``) if any
_HEX_CODE = re.compile(r"(?i)(?:\\x|\\u00|%|&#x|0x)?([0-9a-f]{2})")
#: the decimal and binary codes of "-" and of a letter, however they are run together
_DEC_CODE = re.compile("45|9[7-9]|1[01][0-9]|12[0-2]")
_BIN_CODE = re.compile("0?0101101|0?11[01]{5}")


def _is_marker(marker: str, text: str, m: re.Match[str]) -> bool:
    """Whether match ``m`` of ``text`` is ``marker`` written in the form its group names."""
    form, found = m.lastgroup, m.group().lower()
    if form is not None and form.startswith(("hex_", "decimal_", "binary_")):  # (one branch per first code)
        form = form[: form.index("_")]
    if form == "plain":
        return found == marker
    if form == "reversed":
        return found[::-1] == marker
    if form == "rot13":
        return codecs.decode(found, "rot13") == marker
    if form == "hex":
        return "".join(chr(int(h, 16)) for h in _HEX_CODE.findall(found)) == marker
    if form == "decimal":
        return "".join(chr(int(n)) for n in _DEC_CODE.findall(found)) == marker
    if form == "binary":
        return "".join(chr(int(b, 2)) for b in _BIN_CODE.findall(found)) == marker
    if form == "base32":
        return base64.b32decode(found.upper()).startswith(marker.encode())
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

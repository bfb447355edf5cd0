"""The normalised view the output filters match on: a value reformatted by the model matches as
the plain one, and the original span is what gets redacted.

:func:`fold` maps each character on its own, so a text folds the same whole or in any chunking:

- format characters (zero-width space and joiners, soft hyphen, bidi controls, U+034F, tag and
  variation selectors, Hangul fillers) are removed;
- every Unicode decimal digit becomes its ASCII digit (Arabic-Indic, full-width, mathematical
  bold …);
- every dash (Unicode category Pd, the minus sign) becomes ``-``;
- otherwise a character whose NFKC form is one character takes it (full-width letters and ``＠``,
  mathematical alphanumerics, no-break and thin spaces → space); one whose NFKC form is longer
  (``…``, ``ﬁ``) is kept, so every character of the view is one character of the text or none.

A removed character leaves a *gap*: its position in the folded text. With the gaps, a position
of the view maps back to the original (:func:`original`); every other character maps one to one.

    >>> fold("4111\\u200b1111 ＠ ١٢")
    ('41111111 @ 12', [4])
    >>> original(4, [4]), original(5, [4])
    (5, 6)
"""

from __future__ import annotations

import re
import sys
import unicodedata
from bisect import bisect_right

__all__ = ["fold", "original"]

# Not category Cf, but invisible and ignorable: the combining grapheme joiner, Mongolian free
# variation selectors, variation selectors, Hangul fillers, Khmer inherent vowels.
_INVISIBLE = {0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x3164, 0xFFA0, *range(0x180B, 0x1810), *range(0xFE00, 0xFE10)}
_INVISIBLE.update(range(0xE0100, 0xE01F0))
# Blocks no fold changes (CJK ideographs, Hangul syllables, private use, surrogates): skipped when
# the table is built at import (~40 ms instead of ~80).
_UNCHANGED = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xAC00, 0xD7A4), (0xD800, 0xF900), (0x20000, 0xE0000))


def _fold_char(c: str) -> str:
    cp = ord(c)
    category = unicodedata.category(c)
    if category == "Cf" or cp in _INVISIBLE:
        return ""
    digit = unicodedata.decimal(c, None)
    if digit is not None:
        return chr(48 + digit)
    if category == "Pd" or cp == 0x2212:
        return "-"
    nfkc = unicodedata.normalize("NFKC", c)
    if len(nfkc) != 1:
        return c
    digit = unicodedata.decimal(nfkc, None)
    return chr(48 + digit) if digit is not None else nfkc


def _table() -> dict[int, str | None]:
    """``str.translate`` table of every character the fold changes (None: removed)."""
    table: dict[int, str | None] = {}
    cp = 0x80
    for lo, hi in (*_UNCHANGED, (sys.maxunicode + 1, sys.maxunicode + 1)):
        for code in range(cp, min(lo, 0xE01F0)):
            c = chr(code)
            f = _fold_char(c)
            if f != c:
                table[code] = f or None
        cp = hi
    return table


_TABLE = _table()
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def fold(text: str) -> tuple[str, list[int]]:
    """The normalised view of ``text`` and its gaps (where removed characters were, in the view's
    positions, ascending)."""
    if text.isascii():
        return text, []
    pieces: list[str] = []
    gaps: list[int] = []
    last = 0
    # only the runs of non-ASCII characters are translated (C-level, one call per run)
    for m in _NON_ASCII.finditer(text):
        run = m.group()
        new = run.translate(_TABLE)
        if new == run:
            continue
        s = m.start()
        pieces.append(text[last:s])
        pieces.append(new)
        last = m.end()
        if len(new) != len(run):
            for j, c in enumerate(run):
                if ord(c) in _TABLE and _TABLE[ord(c)] is None:
                    gaps.append(s + j - len(gaps))
    if not pieces:
        return text, []
    pieces.append(text[last:])
    return "".join(pieces), gaps


def original(i: int, gaps: list[int]) -> int:
    """Where position ``i`` of the view is in the original text: after the characters removed
    right before it, so a span of the view starts at its first visible character."""
    return i + bisect_right(gaps, i) if gaps else i

"""The normalised view the output filters match on: a value reformatted by the model matches as
the plain one, and the original span is what gets redacted.

:func:`fold` maps each character on its own, so a text folds the same whole or in any chunking:

- format characters (zero-width space and joiners, soft hyphen, bidi controls, U+034F, tag and
  variation selectors, Hangul fillers) are removed;
- every Unicode decimal digit becomes its ASCII digit (Arabic-Indic, full-width, mathematical
  bold …);
- every dash (Unicode category Pd, the minus sign) becomes ``-``; the other separators a reader
  reads between digit groups become their ASCII form: a dot of any kind (middle dots, bullets,
  the dot operator, the hyphenation point) ``.``, a slash (fraction, division, big solidus) ``/``,
  connector punctuation (category Pc) ``_``, every space (category Zs) a space and the line and
  paragraph separators a newline;
- a letter of another script that looks like a Latin letter (Unicode TR39's confusables with a
  single ASCII letter as prototype: Cyrillic ``ѕ`` ``А`` ``К`` ``І``, Greek ``Κ`` ``ο``, Cherokee
  ``Ꭺ`` …) becomes that letter, so ``ѕk-proj-…`` is ``sk-proj-…``; a whole Russian or Greek word
  changes in the view only (nothing is matched on it but values);
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
from itertools import accumulate, repeat

__all__ = ["fold", "original"]

# Not category Cf, but invisible and ignorable: the combining grapheme joiner, Mongolian free
# variation selectors, variation selectors, Hangul fillers, Khmer inherent vowels.
_INVISIBLE = {0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x3164, 0xFFA0, *range(0x180B, 0x1810), *range(0xFE00, 0xFE10)}
_INVISIBLE.update(range(0xE0100, 0xE01F0))
# Blocks no fold changes (CJK ideographs, Hangul syllables, private use, surrogates): skipped when
# the table is built at import (~40 ms instead of ~80).
_UNCHANGED = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xAC00, 0xD7A4), (0xD800, 0xF900), (0x20000, 0xE0000))

# Separators written between the groups of a number, by what a reader takes them for (matched on
# the character's Unicode name, so every dot or bullet of a category is one, not a listed few).
_DOT_LIKE = re.compile(
    r"(?:(?:WORD SEPARATOR |KATAKANA |HALFWIDTH KATAKANA )?MIDDLE DOT|(?:TRIANGULAR |HYPHEN |WHITE )?BULLET"
    r"|BULLET OPERATOR|DOT OPERATOR|HYPHENATION POINT|RAISED DOT)"
)
_SLASH_LIKE = re.compile(r"(?:FRACTION|DIVISION) SLASH|BIG SOLIDUS")
# Letters of other scripts confusable with one ASCII letter, by that letter: Unicode TR39
# confusables.txt (15.1), its single-character letters (category L) whose prototype is one ASCII
# letter and that NFKC leaves as they are (mathematical and full-width letters fold anyway); the
# prototype "l" of a capital letter is written "I", the letter it stands for in a key ("AKIA").
# Confusables with a digit ("З" for 3, "б" for 6) are left out: a word of a script would become a
# number.
_LOOKALIKES = {
    "A": "ΑАᎪᗅꓮ𐊠𖽀",
    "B": "ΒВᏴᗷꓐꞴ𐊂𐊡𐌁",
    "C": "СᏟⲤꓚ𐊢𐌂𐐕𐔜",
    "D": "Ꭰᗞᗪꓓ",
    "E": "ΕЕᎬⴹꓰ𐊆𑢦𑢮",
    "F": "ϜᖴꓝꞘ𐊇𐊥𐔥𑢢𑣂",
    "G": "ԌᏀᏳꓖ",
    "H": "ΗНᎻᕼⲎꓧ𐋏",
    "I": "ƖΙІӀⲒ",
    "J": "ͿЈᎫᒍꓙꞲ",
    "K": "ΚКᏦᛕⲔꓗ𐔘",
    "L": "ᏞᒪⳐꓡ𐐛𐔦𑢣𑢲𖼖",
    "M": "ΜϺМᎷᗰᛖⲘꓟ𐊰𐌑",
    "N": "ΝⲚꓠ𐔓",
    "O": "ΟОՕଠዐⲞⵔꓳ𐊒𐊫𐐄𐓂𐔖𑢵",
    "P": "ΡРᏢᑭⲢꓑ𐊕",
    "Q": "ⵕ",
    "R": "ƦᎡᏒᖇꓣ𐒴𖼵",
    "S": "ЅՏᏕᏚꓢ𐊖𐐠𖼺",
    "T": "ΤТᎢⲦꓔ𐊗𐊱𐌕𑢼𖼊",
    "U": "Սሀᑌꓴ𐓎𑢸𖽂",
    "V": "ѴᏙᐯⴸꓦꛟ𐔝𑢠𖼈",
    "W": "ԜᎳᏔꓪ",
    "X": "ΧХᚷⲬⵝꓫꞳ𐊐𐊴𐌗𐔧",
    "Y": "ΥУҮᎩᎽⲨꓬ𐊲𑢤𖽃",
    "Z": "ΖᏃꓜ𑢩",
    "a": "ɑαа",
    "b": "ƄЬᏏᑲᖯ",
    "c": "сᴄⲥꮯ𐐽",
    "d": "ԁᏧᑯꓒ",
    "e": "еҽꬲ",
    "f": "քẝꞙꬵ",
    "g": "ƍɡցᶃ",
    "h": "һհᏂ",
    "i": "ıɩɪͺιіӏᎥꙇꭵ𑣃",
    "j": "ϳј",
    "l": "ǀᛁⵏꓲ𐊊𐌉𖼨",
    "n": "ոռ",
    "o": "οσоօഠဝჿᴏᴑⲟꬽ𐐬𐓪𑣈𑣗",
    "p": "ρрⲣ",
    "q": "ԛգզ",
    "r": "гᴦⲅꭇꭈꮁ",
    "s": "ƽѕꜱꮪ𐑈𑣁",
    "u": "ʋυսᴜꞟꭎꭒ𐓶𑣘",
    "v": "νѵᴠꮩ𑜆𑣀",
    "w": "ɯѡԝաᴡꮃ𑜊𑜎𑜏",
    "x": "хᕁᕽ",
    "y": "ɣʏγуүყᶌỿꭚ𑣜",
    "z": "ᴢꮓ𑣄",
}
_LOOKALIKE = {c: ascii_letter for ascii_letter, chars in _LOOKALIKES.items() for c in chars}
#: Each look-alike letter and the ASCII letter it stands for (the detection view folds some of them too).
LOOKALIKE = _LOOKALIKE


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
    if c in _LOOKALIKE:
        return _LOOKALIKE[c]
    nfkc = unicodedata.normalize("NFKC", c)
    if len(nfkc) != 1:
        return c
    digit = unicodedata.decimal(nfkc, None)
    if digit is not None:
        return chr(48 + digit)
    return _separator(nfkc) or _LOOKALIKE.get(nfkc, nfkc)


def _separator(c: str) -> str:
    """The ASCII separator a non-ASCII character ``c`` stands for, or ""."""
    if c.isascii():
        return ""
    category = unicodedata.category(c)
    if category == "Zs":
        return " "
    if category in ("Zl", "Zp"):
        return "\n"
    if category == "Pc":
        return "_"
    if category in ("Po", "Sm", "So"):
        name = unicodedata.name(c, "")
        if _DOT_LIKE.fullmatch(name):
            return "."
        if _SLASH_LIKE.fullmatch(name):
            return "/"
    return ""


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
# Removed characters are first written as one of them (the zero-width space, removed itself, and
# no fold gives it), so the gaps are found by one C-level split of the translated text.
_MARK = "\u200b"
# the fold of every character that changes (a removed one: the mark), and ASCII as it is (so a
# run with a few ASCII characters in it is translated without a failed lookup per character)
_MARKED: dict[int, str | int] = {cp: f if f is not None else _MARK for cp, f in _TABLE.items()}
_MARKED.update((cp, cp) for cp in range(0x80))


def _class(codes: list[int]) -> str:
    """A regex character class body of ``codes`` (ascending), as ranges."""
    out: list[str] = []
    k = 0
    while k < len(codes):
        j = k
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        out.append(re.escape(chr(codes[k])) + ("-" + re.escape(chr(codes[j])) if j > k else ""))
        k = j + 1
    return "".join(out)


# (every character past the BMP is in the class: ``re`` tests a class's BMP part in one lookup but
# its other ranges one by one, per character of the text)
_CHANGED = _class(sorted(cp for cp in _TABLE if cp <= 0xFFFF)) + "\U00010000-\U0010ffff"
# The stretches of text the fold changes: characters it changes, with up to 8 others between
# them (a dense stretch, e.g. every third character a lookalike letter, is one piece translated
# at once; prose is left alone between its few curly quotes and dashes). One capturing group:
# ``split`` returns the text between the stretches and the stretches, all in C.
_STRETCH = re.compile(f"([{_CHANGED}]+(?:[^{_CHANGED}]{{1,8}}+[{_CHANGED}]+)*+)")
_translate = str.translate


def fold(text: str) -> tuple[str, list[int]]:
    """The normalised view of ``text`` and its gaps (where removed characters were, in the view's
    positions, ascending). The gaps list is the caller's to keep, not to change."""
    if text.isascii():
        return text, []
    pieces = _STRETCH.split(text)
    if len(pieces) == 1:  # (non-ASCII text the fold leaves as it is: CJK, most accented letters)
        return text, []
    # Every step below is one C-level call over the whole text, however many stretches it has:
    # a Python step per stretch or per removed character would let a text dense in them (an
    # attacker's lookalike letters or zero-width spaces) cost many times what prose costs.
    pieces[1::2] = map(_translate, pieces[1::2], repeat(_MARKED))
    view = "".join(pieces)
    if _MARK not in view:
        return view, []
    parts = view.split(_MARK)
    # the k-th removed character is where the view's first k+1 parts end
    return "".join(parts), list(accumulate(map(len, parts[:-1])))


def original(i: int, gaps: list[int]) -> int:
    """Where position ``i`` of the view is in the original text: after the characters removed
    right before it, so a span of the view starts at its first visible character."""
    return i + bisect_right(gaps, i) if gaps else i


_SPACE = " \t\n\r\x0b\x0c"
#: what a tab or a line break between two groups of a number becomes (ASCII's unit separator: no
#: text has it, so a number never starts right after it)
BLANK = "\x1f"
_DIGITS = frozenset("0123456789")
_SPACED_MORE = re.compile(r"[0-9](?:[\t\n\r\x0b\x0c]|[ \t\n\r\x0b\x0c]{2})")
# The run of up to three blank characters after a digit, by the cases that keep its length (one
# blank character, a space and one) and the runs that lose characters (three, or a blank and another).
_ONE_BLANK = re.compile(r"(?<=[0-9])[\t\n\r\x0b\x0c](?![ \t\n\r\x0b\x0c])")
_TWO_SPACES = re.compile(r"(?<=[0-9])[ ][ \t\n\r\x0b\x0c](?![ \t\n\r\x0b\x0c])")
_SHORTENED = re.compile(r"[0-9]((?:[ ][ \t\n\r\x0b\x0c]|[\t\n\r\x0b\x0c][ \t\n\r\x0b\x0c])[ \t\n\r\x0b\x0c]?)")


def fold_groups(view: str, gaps: list[int], state: int) -> tuple[str, list[int], int]:
    """``view`` (a view with its ``gaps``) with the white space right after a digit read as one
    separator between the groups of a number: a single space stays a space; a tab or a line break
    (``4111\\t1111``, ``4111\\n1111``) becomes :data:`BLANK`, and two blank characters after a space
    (``4111  1111``, ``4111 \\n1111``) a space and :data:`BLANK`; what follows, up to three blank
    characters in all, is removed (gaps), and a fourth stays, so text four or more blank characters
    away is no part of the number. A number written with blanks reads as one written with one
    separator throughout (like dots), so that a table's rows and columns do not become one run of
    groups. Per character from the left, so the same in any chunking: ``state`` carries what came
    before (-1: no digit right before; else the blank characters read since, plus 4 when the first
    was a space) and the state after ``view`` is returned.

    >>> fold_groups("4111\\n\\n1111  a", [], -1)
    ('4111\\x1f1111 \\x1fa', [5], -1)
    """
    if state < 0 and _SPACED_MORE.search(view) is None:
        # (most pieces: nothing to change, only the state after them)
        end = view[-1:]
        return view, gaps, 0 if end in _DIGITS else -1 if end not in _SPACE else _groups_state(view, -1)
    n = len(view)
    i = 0
    removed: list[int] = []
    out: list[str] = []
    while i < n and state >= 0 and state % 4 < 3 and view[i] in _SPACE:
        k, spaced = state % 4, state >= 4
        if k == 0:
            out.append(" " if view[i] == " " else BLANK)
            state = 5 if view[i] == " " else 1
        else:
            if k == 1 and spaced:
                out.append(BLANK)
            else:
                removed.append(i)
            state += 1
        i += 1
    end_state = _groups_state(view, state if i == n else -1)
    # The changes that keep the length (a digit and a tab or line break, a digit and two spaces:
    # "4111  1111", a table's columns) in C, one substitution each; only a run that loses
    # characters costs a Python step (a Python step per group made a text of such groups cost
    # several times prose).
    rest = _ONE_BLANK.sub(BLANK, _TWO_SPACES.sub(" " + BLANK, view[i:] if i else view))
    view = view[:i] + rest if i else rest
    last = i
    for m in _SHORTENED.finditer(view, i):
        s, e = m.span(1)
        out.append(view[last:s])
        if view[s] == " ":
            out.append(" " + BLANK)
            removed.extend(range(s + 2, e))
        else:
            out.append(BLANK)
            removed.extend(range(s + 1, e))
        last = e
    out.append(view[last:])
    if removed:
        moved = [g - bisect_right(removed, g - 1) for g in gaps]
        gaps = sorted(moved + [r - k for k, r in enumerate(removed)])
    return "".join(out), gaps, end_state


def _groups_state(view: str, carried: int) -> int:
    """The state of :func:`fold_groups` after ``view`` (``carried``: when all of it was white space
    read from the state before it)."""
    r = len(view) - len(view.rstrip(_SPACE))
    if r == len(view):
        return carried
    if view[-r - 1 if r else -1] not in _DIGITS:
        return -1
    if r == 0:
        return 0
    return r + (4 if view[-r] == " " else 0) if r <= 3 else -1

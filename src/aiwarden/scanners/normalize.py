"""A normalised view of a text for detection — never what is forwarded to the provider.

:func:`detection_view` undoes the cheap disguises an attacker puts on an instruction so that one
rule written in plain words still matches it:

* compatibility forms (NFKC: full-width, mathematical alphanumerics, circled letters, ligatures),
  Unicode small capitals (``ᴀʟʟ ᴘʀᴇᴠɪᴏᴜs``, which NFKC keeps), squared/regional-indicator letters;
* Latin letters fold to their base letters (``é`` → ``e``, ``ł`` → ``l``);
  confusable Cyrillic/Greek/Armenian letters inside a Latin word fold to Latin (TR39 skeleton
  style: ``іgnоrе`` with Cyrillic і/о/е → ``ignore``), while whole Russian or Greek words stay;
* combining marks, variation selectors, the grapheme joiner (U+034F), zero-width and other format
  characters used as separators are removed; fillers used as spaces (Hangul filler U+3164, braille
  blank, ideographic space) become spaces;
* inline markup inside words (``**Ig**nore``, ``i_g_n``), HTML entities and URL escapes are undone;
* letters spaced out one by one (``i g n o r e``) are joined; leetspeak inside words that mix
  letters and digits (``1gn0r3``) is folded;
* everything is lower-cased.

The result is *not* aligned with the input (characters are removed and joined); detectors report
spans in the view only when it has the input's length. Every step is one C-level pass
(``str.translate``, a regex over the text) or touches only the matches of such a pass, so the cost
is linear in the text and ordinary ASCII prose skips most steps:

>>> detection_view("ᴀʟʟ ᴘʀᴇᴠɪᴏᴜs ʀᴜʟᴇs")
'all previous rules'
>>> detection_view("**Ig**nore i g n o r e 1gn0r3 &#105;gnore %69gnore")
'ignore ignore ignore ignore ignore'
>>> detection_view("Ｉｇｎｏｒｅ 𝐚𝐥𝐥 іgnоrе Привет Ё")
'ignore all ignore привет ё'
>>> detection_view("i\\u034fg\\u034fn\\u034fo\\u034fr\\u034fe\\u3164all")
'ignore all'

:func:`fold_literal` applies the same folding to a rule's literal phrase (without the steps that
only make sense on running text), so rules and texts meet in one space.
"""

from __future__ import annotations

import html
import re
import unicodedata
from urllib.parse import unquote

__all__ = ["detection_view", "fold_literal"]


def _build_fold() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    # Latin / IPA / Greek / Cyrillic letters with diacritics → base letters; small capitals → letters.
    # (Vietnamese, Greek and Cyrillic letters keep their marks: folding every word of a text would
    # cost more than it catches; rules carry those languages' letters as they are written.)
    ranges = [(0x00C0, 0x0250), (0x0250, 0x02B0), (0x1D00, 0x1DC0), (0xA720, 0xA800)]
    for lo, hi in ranges:
        for cp in range(lo, hi):
            ch = chr(cp)
            name = unicodedata.name(ch, "")
            m = re.search(r"(?:SMALL CAPITAL|LETTER SMALL CAPITAL) ([A-Z])$", name)
            if m:
                table[cp] = m.group(1).lower()
                continue
            base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
            if base and base != ch and len(base) == 1:
                table[cp] = base.lower()
    for ch, base in {"ß": "ss", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "æ": "ae", "œ": "oe",
                     "ı": "i", "ħ": "h", "ŧ": "t", "ƀ": "b", "ɨ": "i", "ʉ": "u"}.items():  # fmt: skip
        table[ord(ch)] = base
    # Squared, negative-squared, negative-circled and regional-indicator letters.
    for cp in range(0x1F100, 0x1F200):
        m = re.search(r"(?:LATIN CAPITAL LETTER|SYMBOL LETTER) ([A-Z])$", unicodedata.name(chr(cp), ""))
        if m:
            table[cp] = m.group(1).lower()
    # Separators an attacker sprinkles between letters: removed.
    removed = [*range(0x0300, 0x0370), *range(0x1AB0, 0x1B00), *range(0x1DC0, 0x1E00), *range(0x20D0, 0x2100)]
    removed += [*range(0xFE00, 0xFE10), *range(0xFE20, 0xFE30), *range(0xE0100, 0xE01F0), *range(0x200B, 0x2010)]
    removed += [*range(0x2060, 0x2070), *range(0x202A, 0x202F), *range(0x064B, 0x0660), *range(0x0591, 0x05BE)]
    removed += [0x034F, 0xFEFF, 0x00AD, 0x180E, 0x0640, 0x0670, 0x05BF, 0x05C1, 0x05C2, 0x05C4, 0x05C5, 0x05C7, 0x061C]
    removed += [*range(0xE0000, 0xE0080)]
    for cp in removed:
        table[cp] = None
    # Fillers that stand for a space.
    for cp in (0x3164, 0x115F, 0x1160, 0xFFA0, 0x2800, 0x00A0, 0x3000, 0x202F, 0x205F, *range(0x2000, 0x200B)):
        table[cp] = " "
    # Final sigma is sigma; Greek and Hebrew final forms fold to one letter.
    table[ord("ς")] = "σ"
    for final, plain in zip("ךםןףץ", "כמנפצ", strict=True):
        table[ord(final)] = plain
    return table


_FOLD = _build_fold()


def _char_class(codes: list[int]) -> str:
    runs: list[list[int]] = []
    for cp in sorted(codes):
        if runs and cp == runs[-1][1] + 1:
            runs[-1][1] = cp
        else:
            runs.append([cp, cp])
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in runs)


_FOLDABLE = re.compile(f"[{_char_class(list(_FOLD))}]+")
# Letters of other scripts that look like Latin ones (TR39 confusables), applied inside Latin words.
_CONFUSABLE = str.maketrans(
    "аеорсухіјѕһԁԛԝкмнтвзԍɡωνρατυχεοικօսցոհ",
    "aeopcyxijshdqwkmhtbzggwvpatuxeoikoughh",
)
_CONFUSABLE_CHARS = "аеорсухіјѕһԁԛԝкмнтвзԍɡωνρατυχεοικօսցոհ"
_MIXED = re.compile(f"[a-z][{_CONFUSABLE_CHARS}]|[{_CONFUSABLE_CHARS}][a-z]")
_WORD = re.compile(r"\w+")
_LEAD = bytes(
    0x4C if 0xC3 <= b <= 0xCD
    else 0x63 if 0xCE <= b <= 0xD5
    else 0x45 if b in (0xE1, 0xE2, 0xE3, 0xEA, 0xEF, 0xF0, 0xF3)
    else 0x61 if chr(b).isalpha() and b < 128 else 0x20
    for b in range(256)
)  # fmt: skip
# UTF-8 starts of the foldable characters outside Latin-1..combining marks (small capitals,
# phonetic and Latin-D letters, combining supplements, fillers, variation selectors, squared letters).
_RARE = tuple(
    ch.encode("utf-8")[: 3 if ch > "\uffff" else 2]
    for ch in "\u1d00\u1d40\u1d80\u1dc0\ua720\ua760\ua7a0\ua7e0\u20d0\u3164\u115f\u1160\u2800\uffa0\ufe00"
    "\ufe20\u2060\U000e0100\U0001f100\U0001f140\U0001f180\U0001f1c0"
)

# Inline markup characters (**Ig**nore, ig`n`ore, ig~~n~~ore, i_g_n): dropped wherever they are.
_MARKUP = "*_~`^|"
_ENTITY = re.compile(r"&(?:#\d{2,7}|#x[0-9a-f]{2,6}|[a-z]{2,8});")
_URLESC = re.compile(r"%[0-9a-f]{2}")
# Letters spaced out one by one: "i g n o r e", "i-g-n-o-r-e", "i.g.n.o.r.e". Only a run's first
# letter starts a match (the look-behinds), so a long run is read once.
_SPACED = re.compile(r"(?<![a-z])(?:[a-z][ ._\-/]){2,}[a-z](?![a-z])")
_SPACED_SEPARATORS = re.compile(r"[ ._\-/]")
# Leetspeak: a word mixing letters with digits/symbols that stand for letters ("1gn0r3", "pr0mpt").
_MASK = bytes(0x61 if chr(b).isalpha() and b < 128 else 0x73 if chr(b) in " ._-/" else 0x78 for b in range(256))
_LEET = bytes.maketrans(b"013457@$", b"oieastas")


def fold_literal(text: str) -> str:
    """The folding of :func:`detection_view` for a rule's literal (no joining, no decoding):
    ``fold_literal("<|im_start|>") == "<imstart>"``, as the view reads the token."""
    text = _fold(unicodedata.normalize("NFKC", text).lower())
    for ch in _MARKUP:
        text = text.replace(ch, "")
    return text.encode("utf-8").translate(_LEET).decode("utf-8")


def _fold(lowered: str) -> str:
    # A mask of the UTF-8 lead bytes says (C-level, one byte per byte) whether anything can fold:
    # Latin-1..IPA and combining marks ("L"), rarer blocks by their first bytes; and whether an
    # ASCII letter touches a Cyrillic/Greek/Armenian letter ("ac", "c a": a look-alike in a word).
    raw = lowered.encode("utf-8")
    lead = raw.translate(_LEAD)
    if b"L" in lead or (b"E" in lead and any(seq in raw for seq in _RARE)):
        lowered = _FOLDABLE.sub(_fold_run, lowered)
    if (b"ac" in lead or b"c a" in lead) and _MIXED.search(lowered) is not None:
        lowered = _mixed_words(lowered)
    return lowered


def _fold_run(m: re.Match[str]) -> str:
    return m.group().translate(_FOLD)


def _mixed_words(text: str) -> str:
    # Translate only the words around a point where a Latin letter meets a confusable letter.
    out, last = [], 0
    for m in _MIXED.finditer(text):
        if m.start() < last:
            continue
        start = m.start()
        while start > max(last, m.start() - 64) and text[start - 1].isalnum():
            start -= 1
        w = _WORD.match(text, m.start(), min(len(text), m.start() + 64))
        end = w.end() if w else m.end()
        out.append(text[last:start])
        out.append(text[start:end].translate(_CONFUSABLE))
        last = end
    out.append(text[last:])
    return "".join(out)


def detection_view(text: str) -> str:
    """``text`` as the detector reads it (see the module docstring). Pure; linear in ``len(text)``."""
    if text.isascii():
        text = text.lower()
    else:
        if not unicodedata.is_normalized("NFKC", text):
            text = unicodedata.normalize("NFKC", text)
        text = _fold(text.lower())
    if "&" in text and _ENTITY.search(text) is not None:
        text = _refold(html.unescape(text))
    if "%" in text and _URLESC.search(text) is not None:
        text = _refold(unquote(text))
    for ch in _MARKUP:
        if ch in text:
            text = text.replace(ch, "")
    # Letters spaced out: a byte mask of the text ("a" letter, "s" separator) finds the places.
    mask = text.encode("ascii", "replace").translate(_MASK)
    if mask.find(b"sasasas") >= 0 or mask.startswith(b"asasas"):
        text = _join_spaced(text, mask)
    # Leetspeak: digits and symbols read as the letters they stand for, everywhere (rules are
    # folded the same way, so "gpt-4" in a rule is "gpt-a" too). ASCII bytes only: UTF-8
    # sequences of other characters never contain them.
    if text.isascii():
        return text.encode("ascii").translate(_LEET).decode("ascii")
    return text.encode("utf-8").translate(_LEET).decode("utf-8")


def _refold(text: str) -> str:
    text = text.lower()
    return text if text.isascii() else _fold(unicodedata.normalize("NFKC", text))


def _join_spaced(text: str, mask: bytes) -> str:
    out, last, pos = [], 0, 0
    while (pos := mask.find(b"asas", pos)) >= 0:
        m = None
        for start in (pos, pos + 2):
            if start >= last and (m := _SPACED.match(text, start)) is not None:
                break
        if m is None:
            pos += 2
            continue
        out.append(text[last : m.start()])
        out.append(_SPACED_SEPARATORS.sub("", m.group()))
        last = pos = m.end()
    out.append(text[last:])
    return "".join(out)

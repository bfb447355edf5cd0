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
from typing import Any
from urllib.parse import unquote

from .._memo import keep
from . import _normal
from ._lines import line_parts

__all__ = ["detection_view", "fold_literal", "forget_views", "request_memo"]


def _build_fold() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    # Latin / IPA / Greek / Cyrillic letters with diacritics → base letters; small capitals → letters.
    # (Vietnamese, Greek and Cyrillic letters keep their marks: folding every word of a text would
    # cost more than it catches; rules carry those languages' letters as they are written.)
    ranges = [(0x00C0, 0x0250), (0x0250, 0x02B0), (0x1D00, 0x1DC0), (0x1E00, 0x1F00), (0xA720, 0xA800)]
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
    # Look-alikes NFKC keeps (TR39 confusables): Lisu capitals (ꓮꓰꓖ) and IPA letters (ɑɩɳ) stand
    # for Latin letters wherever they are. (The upside-down letters of flip text, ɐɔǝɟɥɹʇʌʍʎ, are
    # left to aiwarden.scanners.decodings, which reads them turned back in the text, not the view.)
    lisu = "ꓐꓑꓒꓓꓔꓖꓗꓙꓚꓜꓝꓟꓠꓡꓢꓣꓦꓧꓪꓫꓬꓮꓰꓲꓳꓴ"
    for ch, base in zip(lisu, "bppdtgkjczfmnlsrvhwxyaeiou", strict=True):
        table[ord(ch)] = base
    for ch, base in zip("ɑɒɓɕɖɗɘəɛɜɦɧɩɪɫɬɭɱɲɳɵɾɽʂʈʋʐʑȷ", "aabcddeeeehhiillmnnnorrstvzzj", strict=True):
        table[ord(ch)] = base
    # TR39 look-alikes of Latin letters in scripts no prompt is written in, or almost none: Cherokee,
    # Canadian syllabics, runes, Latin Extended-E, and the historic scripts past the BMP (Old Italic,
    # Gothic, Deseret, Lycian, Carian, Osage, Warang Citi, Miao): read as the letter wherever they
    # are ("ᏚᎢᎾᏢ" is "STOP"). (Cyrillic, Greek and Armenian ones fold only inside Latin words, below.)
    # (The view lower-cases first: a Cherokee capital is read as its small letter, U+AB70-U+ABBF.)
    for ch, base in _normal.LOOKALIKE.items():
        for form in {ch, ch.lower()}:
            cp = ord(form) if len(form) == 1 else 0
            if 0x13A0 <= cp < 0x1700 or 0xAB30 <= cp < 0xABC0 or 0x10000 <= cp < 0x1D400:
                table.setdefault(cp, base.lower())
    # Final sigma is sigma; Greek and Hebrew final forms fold to one letter.
    table[ord("ς")] = "σ"
    for final, plain in zip("ךםןףץ", "כמנפצ", strict=True):
        table[ord(final)] = plain
    return table


_FOLD = _build_fold()


def _build_inert() -> frozenset[str]:
    """Punctuation, symbols and emoji outside ASCII that every step of the view leaves as they are:
    NFKC-stable on their own and never composed with a neighbour (no combining class, not letters),
    unchanged by lower-casing, not folded, not confusable, and outside the Latin, IPA, combining,
    Greek, Cyrillic and Armenian blocks whose lead bytes ``_fold`` counts (curly quotes, dashes,
    bullets, arrows, ★, ⚠, most emoji)."""
    inert = set()
    for lo, hi in ((0x00A1, 0x00C0), (0x2010, 0x2C00), (0x3001, 0x3040), (0x1F300, 0x1FB00)):
        for cp in range(lo, hi):
            c = chr(cp)
            if (
                unicodedata.category(c)[0] in "PSZ"
                and cp not in _FOLD
                and not c.isalnum()
                and c.lower() == c
                and unicodedata.combining(c) == 0
                and unicodedata.normalize("NFKC", c) == c
            ):
                inert.add(c)
    return frozenset(inert)


_INERT = _build_inert()
_ASCII_BYTES = bytes(range(128))


# Letters of other scripts that look like Latin ones (TR39 confusables), applied inside Latin words.
# (Armenian ո is TR39's "n": read as "h" until session 11, "iոstrսctiօոs" was "ihstructiohs".)
_CONFUSABLE = str.maketrans(
    "аеорсухіјѕһԁԛԝкмнтвзԍɡωνρατυχεοικօսցոհησϲςγգզ",
    "aeopcyxijshdqwkmhtbzggwvpatuxeoikougnhnoccyqq",
)
_CONFUSABLE_CHARS = "аеорсухіјѕһԁԛԝкмнтвзԍɡωνρατυχεοικօսցոհησϲςγգզ"
_MIXED = re.compile(f"[a-z][{_CONFUSABLE_CHARS}]|[{_CONFUSABLE_CHARS}][a-z]")
_WORD = re.compile(r"\w+")
_MAX_ACCENTS = 48
_LEAD = bytes(
    0x4D if b in (0xC9, 0xCA, 0xCC, 0xCD)
    else 0x4C if 0xC3 <= b <= 0xCB
    else 0x63 if 0xCE <= b <= 0xD5
    else 0x45 if b in (0xE1, 0xE2, 0xE3, 0xEA, 0xEF, 0xF0, 0xF3)
    else 0x61 if chr(b).isalpha() and b < 128 else 0x20
    for b in range(256)
)  # fmt: skip
# UTF-8 starts of the foldable characters outside Latin-1..combining marks (small capitals,
# phonetic and Latin-D letters, combining supplements, fillers, variation selectors, tag
# characters, squared and regional-indicator letters). Its first bytes are a set, so the regex
# engine skips ordinary CJK text byte by byte in C.
_RARE = re.compile(
    rb"\xe1[\x85\x8e-\x9b\xb4-\xb7]|\xea[\x93\x9c-\x9f\xac-\xae]|\xe2[\x81\x83\xa0]|\xe3\x85|\xef[\xb8\xbe]|\xf3\xa0"
    rb"|\xf0\x9f[\x84-\x87]|\xf0[\x90\x91\x96]"
)
_CONTINUATION = bytes(range(0x80, 0xC0))
# Latin Extended Additional (U+1E00-U+1EFF), folded with the other accented letters (_few_or_dense).
_EXTENDED_ADDITIONAL = re.compile(rb"\xe1[\xb8-\xbb]")
_DENSE = 8

# Inline markup characters (**Ig**nore, ig`n`ore, ig~~n~~ore, i_g_n, markdown escapes \_): dropped
# wherever they are.
_MARKUP = "*_~`^|\\"
_ENTITY = re.compile(r"&(?:#\d{2,7}|#x[0-9a-f]{2,6}|[a-z]{2,8});")
_URLESC = re.compile(r"%[0-9a-f]{2}")
# Escapes of a string literal (JSON \u0069, \x69, \u{69}); the view is lower-cased before.
_ESCAPE = re.compile(r"\\(?:u([0-9a-f]{4})|x([0-9a-f]{2})|u\{([0-9a-f]{1,6})\})")
# Parenthesised letters (⒤⒢⒩, which NFKC — the sanitizer's or the view's — writes "(i)(g)(n)") in
# runs of two or more: the letters. (A literal first, so the engine skips to each "(".)
_PARENTHESISED = re.compile(r"\((?:[a-z]\)\()+[a-z]\)")
# Letters spaced out one by one: "i g n o r e", "i-g-n-o-r-e", "i.g.n.o.r.e". Only a run's first
# letter starts a match (the look-behinds), so a long run is read once.
_SPACED = re.compile(r"(?<![a-z])(?:[a-z][ ._\-/]){1,}[a-z](?![a-z])")
# Leetspeak: a word mixing letters with digits/symbols that stand for letters ("1gn0r3", "pr0mpt").
_MASK = bytes(0x61 if chr(b).isalpha() and b < 128 else 0x73 if chr(b) in " ._-/" else 0x78 for b in range(256))
_LEET = bytes.maketrans(b"013457@$", b"oieastas")
# ... but not the digits of a word that is one letter and then digits: a code, a level, a size or a
# grid cell ("A1", "B2", "C4", "F150"), never leetspeak; read as letters, "level A1, please" was a
# vocative "ai, please". A byte mask finds the places in C: ASCII letters "a", digits "d", other word
# bytes (any byte of a character outside ASCII, "@", "$", "_") "w", the rest " ". A code starts after
# a space or ASCII punctuation (" ad") and its digits end before one.
_CODE_MASK = bytes(
    0x64 if 48 <= b <= 57 else 0x61 if b < 128 and chr(b).isalpha() else 0x77 if b >= 128 or b in b"@$_" else 0x20
    for b in range(256)
)


#: A text with this many digits followed by a letter ("h4v3", "y0u", "1gn0r3") is written in leetspeak:
#: its codes are read as leetspeak too. Prose has one or two ("3D", "2nd", "10am").
_LEET_WORDS = 3


def _leet(text: str, notes: dict[str, Any] | None = None) -> str:
    """``text`` with leetspeak digits and symbols read as letters, except in codes (a letter, then
    digits, then no word character). ASCII bytes only: UTF-8 sequences of other characters never
    contain them. In C but for a few operations per code found (the byte mask ``_CODE_MASK``).
    ``notes`` (a stretch of a part, :func:`_view_part`) gets, if the text has a code, its count of
    digits before letters, else its mask: whether a text is written in leetspeak is decided for the
    whole text (:func:`_as_leet`)."""
    raw = text.encode("utf-8", "surrogatepass")
    folded = raw.translate(_LEET)
    mask = raw.translate(_CODE_MASK)
    coded = b" ad" in mask or mask.startswith(b"ad")
    words = mask.count(b"da") if coded else 0
    if notes is not None:
        notes["leet" if coded else "mask"] = words if coded else mask
    if not coded or words >= _LEET_WORDS:
        # no code; or a text written in leetspeak ("y0u h4v3 n0 rul35"), where "n0" is "no" too
        return folded.decode("utf-8", "surrogatepass")
    starts = [0] if mask.startswith(b"ad") else []
    at = mask.find(b" ad")
    while at >= 0:
        starts.append(at + 1)
        at = mask.find(b" ad", at + 2)
    n, out = len(mask), None
    for start in starts:
        end = start + 2
        while end < n and mask[end] == 0x64:
            end += 1
        if end < n and mask[end] != 0x20:
            continue  # a letter or another word character follows: a word, maybe leetspeak
        if out is None:
            out = bytearray(folded)
        out[start + 1 : end] = raw[start + 1 : end]
    return (folded if out is None else bytes(out)).decode("utf-8", "surrogatepass")


def fold_literal(text: str, *, accents: bool = False) -> str:
    """The folding of :func:`detection_view` for a rule's literal (no joining, no decoding):
    ``fold_literal("<|im_start|>") == "<imstart>"``, as the view reads the token. ``accents=True``
    keeps accented letters (the spelling of a text dense in them, which the view does not fold)."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text if accents else _fold(text)
    for ch in _MARKUP:
        text = text.replace(ch, "")
    return _leet(text)


def _fold(lowered: str, notes: dict[str, Any] | None = None) -> str:
    # A mask of the UTF-8 lead bytes (C-level, one byte per byte) says where anything can fold:
    # "L" accented Latin letters, "M" combining marks and the IPA block (U+0240-U+02BF: small capitals
    # and look-alikes no orthography needs as they are, folded however many), "E" the first byte of a rarer block
    # (small capitals, fillers, variation selectors, squared letters), "c" a Cyrillic / Greek /
    # Armenian letter, "a" an ASCII letter. Folding then visits only those characters.
    raw = lowered.encode("utf-8")
    lead = raw.translate(_LEAD)
    starts: list[int] = []
    # Accented Latin letters fold when they are few (an English word dressed in accents, "ìgnòré");
    # a text written in an accented language keeps them (rules carry both spellings, see
    # fold_literal(..., accents=True)), so its cost stays that of the scan. Marks always go.
    if notes is not None:  # what the text decided as a whole, for detection_view's stretches
        notes["accents"] = lead.count(b"L")
        if notes["accents"]:  # (and, beside accents, the plain letters: is the text dense in them)
            notes["plain"] = lead.count(b"a")
    for kind in (b"M", b"L"):
        if kind in lead and (kind == b"M" or _few_or_dense(lead)):
            pos = lead.find(kind)
            while pos >= 0:
                starts.append(pos)
                pos = lead.find(kind, pos + 2)
    if b"E" in lead and _rare_possible(raw, lead):
        starts += [m.start() for m in _RARE.finditer(raw)]
    if b"\xe1" in raw and _few_or_dense(lead):
        starts += [m.start() for m in _EXTENDED_ADDITIONAL.finditer(raw)]
    if starts:
        lowered = _fold_at(raw, sorted(starts))
        if b"c" in lead:
            # what was removed may have stood between a Latin and a Greek or Cyrillic letter
            # ("ι\ufe0fg\ufe0fn"): they touch once it is gone (session 11)
            lead = lowered.encode("utf-8").translate(_LEAD)
    mixed = b"c" in lead and b"a" in lead and _touching(lead.translate(None, _CONTINUATION))
    if notes is not None:
        notes["mixed"] = mixed
    if mixed:
        lowered = _mixed_words(lowered)
    return lowered


def _few_or_dense(lead: bytes) -> bool:
    """Fold the accented Latin letters of a text (``lead``: its mask) when they are few, or when
    they are dense (:func:`_dense`)."""
    accented = lead.count(b"L")
    return accented <= _MAX_ACCENTS or _dense(accented, lead)


def _dense(accented: int, lead: bytes) -> bool:
    """Are there ``_DENSE`` accented Latin letters or more, and at least as many as plain ASCII
    letters? No language writes so (Czech and Vietnamese, the densest, accent about one letter in
    five of those this mask counts); an attacker who puts a mark on every letter (``ìǵńóŕé``) does.
    (Latin Extended Additional — ``ṕ``, ``ḿ``, ``ḱ``, and Vietnamese's ``ả``, ``ớ`` — folds with the
    rest, few or dense: before session 10 it never folded, so a short Vietnamese text was folded
    half, "các hướng" → "cac huớng".)"""
    return accented >= _DENSE and accented >= lead.count(b"a")


def _rare_possible(raw: bytes, lead: bytes) -> bool:
    """Can ``_RARE`` match? Not when every three-byte lead is U+2000-U+2FFF's (``\\xe2``: dashes,
    quotes, arrows, math; the common case) outside the three ranges it folds — a few C-level counts
    instead of the regex walking the text."""
    if lead.count(b"E") != raw.count(b"\xe2"):
        return True
    return b"\xe2\x81" in raw or b"\xe2\x83" in raw or b"\xe2\xa0" in raw


def _touching(mask: bytes) -> bool:
    """Does an ASCII letter ("a") touch a Cyrillic/Greek/Armenian one ("c")? Substring search is
    fast when the needle ends in the rarer byte, so search the mask or its reverse accordingly."""
    if mask.count(b"c") > mask.count(b"a"):
        return b"ca" in mask or b"ca" in mask[::-1]
    return b"ac" in mask or b"ac" in mask[::-1]


def _fold_at(raw: bytes, starts: list[int]) -> str:
    out, last = [], 0
    for pos in starts:
        if pos < last:
            continue
        first = raw[pos]
        size = 2 if first < 0xE0 else 3 if first < 0xF0 else 4
        ch = raw[pos : pos + size].decode("utf-8", "replace")
        if len(ch) != 1 or ord(ch) not in _FOLD:
            continue
        out.append(raw[last:pos])
        out.append((_FOLD[ord(ch)] or "").encode("utf-8"))
        last = pos + size
    out.append(raw[last:])
    return b"".join(out).decode("utf-8")


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


#: Views of texts up to this long are remembered (the last ``_RECENT_MAX`` of them): the rules and
#: the learned model read the same texts, and each is folded once. The input stage forgets them
#: when its detectors are done (:func:`forget_views`): a prompt's view does not outlive its request.
_RECENT_CHARS = 16_384
_PART = 8192
_RECENT_MAX = 16
_recent: dict[str, str] = {}


_request_memos: list[dict[Any, Any]] = [_recent]


def request_memo() -> dict[Any, Any]:
    """A memo of another module's per-text results (the decoded payloads the detectors share),
    dropped with the views by :func:`forget_views`."""
    memo: dict[Any, Any] = {}
    _request_memos.append(memo)
    return memo


def forget_views() -> None:
    """Drop the remembered views and request memos (each clear is atomic; a concurrent caller at
    worst folds its text again)."""
    for memo in _request_memos:
        memo.clear()


def detection_view(text: str) -> str:
    """``text`` as the detector reads it (see the module docstring). Pure; linear in ``len(text)``.

    The last few views of texts up to 16K characters are remembered: the rule detector and the
    learned model fold the same message once between them. A longer text is folded in parts of
    about 8K characters cut after a newline (every step looks within a line at most), so a step
    that one rare character calls for runs on its part only and the cost per character stays
    that of a short text; choices made per text (whether accented letters are few enough to
    fold) are made per part. Within a text or part, long stretches of ASCII lines take the ASCII
    path (:func:`_view_part`), with the same result. A lone surrogate (no HTTP body decodes to
    one; a direct caller may pass one) reads as U+FFFD."""
    try:
        return _detection_view(text)
    except UnicodeEncodeError:
        return _detection_view(text.encode("utf-8", "surrogatepass").decode("utf-8", "replace"))


def _detection_view(text: str) -> str:
    if len(text) > _RECENT_CHARS:
        return "".join(_view_part(text[start:end]) for start, end in line_parts(text, _PART))
    seen = _recent.get(text)
    if seen is None:
        seen = keep(_recent, text, _view_part(text), _RECENT_MAX)
    return seen


#: An ASCII stretch of lines this long, between lines with other characters, is viewed on its own.
_STRETCH = 1024
_HIGH = bytes(b >> 7 for b in range(256))  # 1 for the bytes of non-ASCII characters
# An entity or URL escape as written (before folding; one that folding makes is caught by _agree).
_CODED = re.compile(r"&(?:#\d{2,7}|#x[0-9a-f]{2,6}|[a-z]{2,8});|%[0-9a-f]{2}", re.I)


def _view_part(part: str) -> str:
    """:func:`_view` of one part of a long text, its ASCII stretches of lines on the fast path.

    In real prose a line with a curly quote or an accent turns up every few hundred lines, and
    it sent the whole 8K part down the non-ASCII path (Unicode lowering, NFKC quick check, UTF-8
    masks) where most 4 KB messages, all ASCII, skip it. The part is viewed in stretches cut at
    line ends: runs of at least ``_STRETCH`` characters of ASCII lines on their own, the rest
    between them (also in a part whose only characters outside ASCII are inert: one curly quote
    makes the whole string two bytes a character, and lowering it a table lookup per character).
    Every step looks within a line except four choices made for the text as a whole (fold accents
    if they are few, decode entities then fold again, join spaced letters, read codes as
    leetspeak); each stretch reports them, and where the stretches chose otherwise than the part
    would have, the part is viewed whole: the result is the part's (but for the leetspeak choice
    in a part with letters outside ASCII, below)."""
    part = _dehyphenate(part)  # (joined before the part is cut into stretches at line ends)
    # A part written without spaces (words run together, or a symbol for the space) is viewed whole:
    # whether it is so is decided for the part (:func:`_unspaced`).
    unspaced = _unspaced(part)
    if part.isascii():
        return _view(part, inert=True, unspaced=unspaced)
    raw = part.encode("utf-8", "surrogatepass")
    plain = inert(raw)  # only punctuation and symbols outside ASCII: no NFKC, no folding
    if unspaced:
        return _view(part, inert=plain, unspaced=True)
    spans = _stretches(raw)
    if len(spans) == 1 or (("&" in part or "%" in part) and _CODED.search(part) is not None):
        return _view(part, inert=plain)  # (entities are decoded in the whole part: viewed whole at once)
    notes: list[dict[str, Any]] = [{} for _ in spans]
    views = [
        _view(raw[s:e].decode("utf-8", "surrogatepass"), n, inert=plain) for (s, e), n in zip(spans, notes, strict=True)
    ]
    if not _agree(notes):
        return _view(part, inert=plain)
    # Whether the text is written in leetspeak is decided for the whole part (_leet): made for the
    # inert parts only. Parts with letters outside ASCII keep each stretch's own choice, as the view
    # has always made it; made per part there, it moved 10 of the 9,560 detector scores of
    # benchmarks/input_identical.py, a change for the detector's owners and not a speed change.
    return "".join(_as_leet(views, notes) if plain else views)


def _as_leet(views: list[str], notes: list[dict[str, Any]]) -> list[str]:
    """The stretches' views with the part's leetspeak choice: when the part is written in leetspeak,
    the stretches that kept their codes ("a1") read them as leetspeak too. Every digit or symbol
    ``_leet`` kept is one its table reads as a letter, and what it did read maps to itself."""
    kept = [n.get("leet", _LEET_WORDS) < _LEET_WORDS for n in notes]  # codes read as codes
    if not any(kept):
        return views  # every stretch with codes is leetspeak on its own: so is the part
    words = sum(n["leet"] if "leet" in n else n["mask"].count(b"da") for n in notes)
    if words < _LEET_WORDS:
        return views  # nor is the part: its codes stay codes
    return [
        v.encode("utf-8", "surrogatepass").translate(_LEET).decode("utf-8", "surrogatepass") if k else v
        for v, k in zip(views, kept, strict=True)
    ]


def _stretches(raw: bytes) -> list[tuple[int, int]]:
    """Spans covering ``raw`` (a text's UTF-8), cut after newlines: ASCII runs of lines of
    ``_STRETCH`` bytes or more, and what lies between them. The bytes over 0x7F are found in a
    mask (C-level translate, then memchr), each byte looked at a bounded number of times."""
    high = raw.translate(_HIGH)
    n, spans, start, pos = len(raw), [], 0, 0
    while (c := high.find(b"\x01", pos)) >= 0:
        line = raw.rfind(b"\n", pos, c) + 1 or pos
        if line - pos >= _STRETCH:
            if pos > start:
                spans.append((start, pos))
            spans.append((pos, line))
            start = line
        end = raw.find(b"\n", c)
        pos = n if end < 0 else end + 1
    if n - pos >= _STRETCH and pos > start:
        spans += [(start, pos), (pos, n)]
    else:
        spans.append((start, n))
    return spans


def _agree(notes: list[dict[str, Any]]) -> bool:
    """Whether the stretches' choices are those of the part they make up (see :func:`_view_part`;
    the leetspeak choice: :func:`_as_leet`)."""
    if any(n.get("refold") for n in notes):
        return False  # decoded entities folded by the count of the part's decoded text
    counts = [(n.get("accents", 0), n.get("plain", 0)) for n in notes]
    total, plain = sum(c for c, _ in counts), sum(p for _, p in counts)
    if (total >= _DENSE and total >= plain) or any(c >= _DENSE and c >= p for c, p in counts):
        return False  # a text dense in accents (_dense) folds more: viewed whole
    if total > _MAX_ACCENTS and any(0 < c <= _MAX_ACCENTS for c, _ in counts):
        return False  # a stretch folded accents the part as a whole keeps
    if len({n["mixed"] for n in notes if "mixed" in n}) > 1:
        return False
    spaced = any(n.get("spaced_in") for n in notes) or bool(notes[0].get("spaced_start"))
    return all(not n.get("letters") or spaced == bool(n.get("spaced_in") or n.get("spaced_start")) for n in notes)


def inert(raw: bytes) -> bool:
    """Whether every character of a text outside ASCII (``raw``: its UTF-8) is in ``_INERT``: then
    NFKC and folding leave the text as it is, and the view takes the ASCII path. Most prose outside
    plain ASCII is so (a curly quote, a dash, an emoji); the check deletes the ASCII bytes in C and
    looks at what remains, stopping at the first character that is not inert."""
    rest = raw.translate(None, _ASCII_BYTES)
    return _INERT.issuperset(rest.decode("utf-8", "surrogatepass"))


def _view(text: str, notes: dict[str, Any] | None = None, *, inert: bool = False, unspaced: bool | None = None) -> str:
    """The view of one text or stretch. ``inert``: the caller found every character outside ASCII
    inert (:func:`inert`), so NFKC and folding are skipped — they would leave the text as it is,
    and count no accents and no mixed-script words. ``unspaced``: the text has almost no spaces
    (:func:`_uncamel` and ``_SYMBOL_SPACE`` read its words apart; default: decided on ``text``)."""
    text = _dehyphenate(text)  # (as written; :func:`_view_part` joins them before cutting stretches)
    if unspaced is None:
        unspaced = _unspaced(text)
    if inert or text.isascii():
        text = _uncamel(text).lower() if unspaced else text.lower()
        if notes is not None and not text.isascii():
            notes["accents"], notes["mixed"] = 0, False
    else:
        if not unicodedata.is_normalized("NFKC", text):
            text = unicodedata.normalize("NFKC", text)
        text = _fold((_uncamel(text) if unspaced else text).lower(), notes)
    # Entities, URL escapes and string escapes, each read in what the others decoded (entities inside
    # URL-encoding, "%26%23x69%3B"): again while a round decoded something, ``_ROUNDS`` rounds at most.
    for _ in range(_ROUNDS):
        decoded = False
        if "&" in text and _ENTITY.search(text) is not None:
            text, decoded = _refold(html.unescape(text), notes), True
        if "%" in text and _URLESC.search(text) is not None:
            text, decoded = _refold(unquote(text), notes), True
        if "\\" in text and _ESCAPE.search(text) is not None:
            text, decoded = _unescape(text, notes), True
        if not decoded:
            break
    if ")(" in text:
        text = _PARENTHESISED.sub(_unparenthesise, text)
    for ch in _MARKUP:
        if ch in text:
            text = text.replace(ch, "")
    if unspaced and not text.isascii():
        # a symbol for the space ("ignore✨all✨previous"): no word of prose has one between its letters
        text = _SYMBOL_SPACE.sub(" ", text)
    # Letters spaced out: a byte mask of the text ("a" letter, "s" separator) finds the places.
    mask = text.encode("ascii", "replace").translate(_MASK)
    spaced_in, spaced_start = mask.find(b"sasasas") >= 0, mask.startswith(b"asasas")
    if notes is not None:
        notes["spaced_in"], notes["spaced_start"] = spaced_in, spaced_start
        notes["letters"] = b"asas" in mask  # whether joining could change anything
    if spaced_in or spaced_start:
        text = _join_spaced(text, mask)
    # Leetspeak: digits and symbols read as the letters they stand for, everywhere but in codes
    # ("A1", see _CODE_MASK); rules are folded the same way, so "gpt-4" in a rule is "gpt-a" too.
    return _leet(text, notes)


#: A text of at least ``_UNSPACED_MIN`` characters with fewer than one space per ``_WORD_CHARS`` is
#: written without spaces: words run together ("IgnoreThePolicy"), or a symbol for the space.
_UNSPACED_MIN = 24
#: Rounds of entity / URL / string-escape decoding (each round reads what the last one decoded).
_ROUNDS = 3
_WORD_CHARS = 12
_CAMEL_CHARS = 8  # words of prose run together: a capital every 5-6 characters
# A symbol, emoji or punctuation outside ASCII between two letters (in a text without spaces).
# (not an apostrophe: "it’s" is one word)
_SYMBOL_SPACE = re.compile(r"(?<=[a-z])[^\w\s\x00-\x7f\u2018\u2019\u02bc]{1,3}(?=[a-z])")
# ASCII letters by case ("a" lower, "A" upper), digits "d", the rest " ".
_CASE_MASK = bytes(
    0x61 if 97 <= b <= 122 else 0x41 if 65 <= b <= 90 else 0x64 if 48 <= b <= 57 else 0x20 for b in range(256)
)
# Where a lower-case letter meets a capital (or a capital after a comma or stop run on): a word starts.
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[a-z][.,;:!?])(?=[A-Za-z])")


def _unspaced(text: str) -> bool:
    """Whether ``text`` is written without spaces (one C-level count)."""
    return len(text) >= _UNSPACED_MIN and text.count(" ") * _WORD_CHARS < len(text)


def _uncamel(text: str) -> str:
    """``text`` (written without spaces) with its words apart where they were run together with a
    capital at each ("IgnoreThePolicy" -> "Ignore The Policy"), when it is written so: a capital
    after a small letter once per ``_CAMEL_CHARS`` characters or more (identifiers in code,
    "getElementById(x.itemId)", have fewer), few capitals in a row and few digits (base64 and hex
    digests have many). A few C-level counts on a mask."""
    mask = text.encode("ascii", "replace").translate(_CASE_MASK)
    starts = mask.count(b"aA")
    if starts < 3 or starts * _CAMEL_CHARS < len(mask) or mask.count(b"AA") * 4 >= starts:
        return text
    if mask.count(b"d") * 20 >= len(mask):
        return text
    return _CAMEL.sub(" ", text)


def _unescape(text: str, notes: dict[str, Any] | None) -> str:
    """JSON / JavaScript / Python escapes (``\\u0069``, ``\\x69``, ``\\u{69}``) read as the characters they
    stand for; a lone surrogate's escape is left as written."""

    def char(m: re.Match[str]) -> str:
        cp = int(m.group(1) or m.group(2) or m.group(3), 16)
        return m.group() if 0xD800 <= cp <= 0xDFFF or cp > 0x10FFFF else chr(cp)

    decoded = _ESCAPE.sub(char, text).lower()
    return decoded if decoded.isascii() else _refold(decoded, notes)


def _unparenthesise(m: re.Match[str]) -> str:
    return m.group()[1::3]


def _dehyphenate(text: str) -> str:
    """``text`` with words hyphenated across lines joined ("instruc-\\ntions": an ASCII letter either
    side of the hyphen and line break). Visits only the places ``str.find`` finds."""
    pos = text.find("-\n")
    out, last, n = [], 0, len(text)
    while pos >= 0:
        if pos > 0 and pos + 2 < n and text[pos - 1] in _ASCII_LETTERS and text[pos + 2] in _ASCII_LETTERS:
            out.append(text[last:pos])
            last = pos + 2
        pos = text.find("-\n", pos + 2)
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _refold(text: str, notes: dict[str, Any] | None = None) -> str:
    if notes is not None:
        notes["refold"] = 1
    text = text.lower()
    return text if text.isascii() else _fold(unicodedata.normalize("NFKC", text))


def _join_run(run: str) -> str:
    """ "i.g.n.o.r.e a.l.l" -> "ignore all": the separator used most joins letters; another one
    between letters ("." inside words, " " between them) separates words."""
    seps = run[1::2]
    # ties go to the separator met first: a set's order (and so max's pick among equals) changed
    # with the process's hash seed, and with it the view and both detectors' scores
    inner = max(dict.fromkeys(seps), key=seps.count)
    return "".join(c if i % 2 == 0 else ("" if c == inner else " ") for i, c in enumerate(run))


def _join_spaced(text: str, mask: bytes) -> str:
    out: list[str] = []
    last = pos = 0
    while (pos := mask.find(b"asas", pos)) >= 0:
        m = None
        for start in (pos, pos + 2):
            if start >= last and (m := _SPACED.match(text, start)) is not None:
                break
        if m is None:
            pos += 2
            continue
        gap = text[last : m.start()]
        # Between two spaced-out words, the run of separators ("   ", ". . .") is one space.
        out.append(" " if out and gap and not gap.strip(" ._-/") else gap)
        out.append(_join_run(m.group()))
        last = pos = m.end()
    out.append(text[last:])
    return "".join(out)

"""Cheap decodings of hidden payloads beyond base64 and hex (which ``injection`` reads itself).

An attacker who cannot get "ignore all previous instructions" past the detector writes it in a
form the model can still read: base32, 8-bit binary, Morse code, decimal character codes, URL
escapes applied twice, one letter per line, a symbol between every letter (``I🙂g🙂n🙂o🙂r🙂e``),
upside-down letters, ROT47, leetspeak beyond the detection view's table. :func:`decodings` finds
each form with C-level scans and returns its decoded text; the injection detector scans that text
with the families worth hiding (floor 0.85).

Every step is linear: each scan visits the text once, a run is decoded once, at most
``MAX_DECODE`` texts per form, each at most ``MAX_TEXT`` characters. Ordinary text pays a few
``str.count`` / ``in`` tests and C-level tests on a one-byte-per-character mask (the gates: what
every match of a form's regex contains) and nothing else; a form's regex is searched only past them.

>>> [(how, text) for how, _s, _e, text in decodings("01101000 01101001 01101000 01101001 01101000 01101001")]
[('binary', 'hihihi')]
"""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata
from collections.abc import Callable, Iterator
from urllib.parse import unquote

__all__ = ["LEET_WIDE", "MAX_DECODE", "MAX_TEXT", "decodings", "readable", "utf16", "visible"]

#: Decoded texts per form and text; characters per decoded text.
MAX_DECODE = 8
MAX_TEXT = 4096

_BASE32 = re.compile(r"(?<![A-Za-z0-9])[A-Z2-7]{16,}={0,6}(?![A-Za-z0-9])")
_BINARY = re.compile(r"(?:[01]{8}[ ,;|]?){6,}")
_MORSE = re.compile(r"(?:[.\-·•_−–—]{1,7}(?: ?/ ?| {1,3}|\|))+[.\-·•_−–—]{1,7}")
_CODES = re.compile(r"(?:(?:1[01][0-9]|12[0-6]|3[2-9]|[4-9][0-9])[ ,;]+){8,}(?:1[01][0-9]|12[0-6]|3[2-9]|[4-9][0-9])")
_TWICE = re.compile(r"%25[0-9A-Fa-f]{2}")
# Hex bytes written apart: "49 67 6e", "0x49, 0x67", "\\x49 \\x67", "49:67:6e" (eight bytes or more, each
# with a digit first: ASCII text, or UTF-16 of it).
_HEX_BYTES = re.compile(
    r"(?<![0-9A-Za-z])(?:(?:0[xX]|\\x)?[0-9][0-9A-Fa-f][ ,;:\-]{1,3}){7,}(?:0[xX]|\\x)?[0-9][0-9A-Fa-f](?![0-9A-Za-z])"
)
_HEX_PREFIX = re.compile(r"0[xX]|\\x")
# A letter, then a symbol (no letter, digit or space), then letters each followed by that symbol.
_INTERLEAVED = re.compile(r"[A-Za-z]([^\w\s])[A-Za-z]\1[A-Za-z]\1[A-Za-z]\1[A-Za-z]")
_VERTICAL = re.compile(r"(?:^.{0,1}$\n){8,}^.{0,1}$", re.M)

_MORSE_CODE = {
    ".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g", "....": "h", "..": "i",
    ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n", "---": "o", ".--.": "p", "--.-": "q", ".-.": "r",
    "...": "s", "-": "t", "..-": "u", "...-": "v", ".--": "w", "-..-": "x", "-.--": "y", "--..": "z",
    "-----": "0", ".----": "1", "..---": "2", "...--": "3", "....-": "4", ".....": "5", "-....": "6", "--...": "7",
    "---..": "8", "----.": "9",
}  # fmt: skip
_MORSE_MARKS = str.maketrans({"·": ".", "•": ".", "_": "-", "−": "-", "–": "-", "—": "-"})
# Upside-down letters (the "flip text" generators' table) back to the letters they stand for.
_FLIPPED = str.maketrans(
    {
        "ɐ": "a", "ɔ": "c", "ǝ": "e", "ɟ": "f", "ƃ": "g", "ɥ": "h", "ı": "i", "ɾ": "j", "ʞ": "k", "ɯ": "m",
        "ɹ": "r", "ʇ": "t", "ʌ": "v", "ʍ": "w", "ʎ": "y", "∀": "a", "Ǝ": "e", "⅁": "g", "Ɫ": "l", "Ԁ": "p",
        "┴": "t", "Λ": "v", "⅄": "y", "¿": "?", "¡": "!", "˙": ".", "'": ",",
        # letters that are each other turned over: read in a flipped text as their partner
        "q": "b", "b": "q", "p": "d", "d": "p", "n": "u", "u": "n",
    }
)  # fmt: skip
_FLIPPED_CHARS = "ɐɔǝɟƃɥıɾʞɯɹʇʌʍʎ"


# Exact gates: a form's regex is searched only where a C-level test on a one-byte-per-character
# mask of the text finds what every match of it contains (each regex walked every position of a
# 4 KB window of prose: 0.1-0.2 ms each, most of the rules' time). Non-ASCII characters are "?"
# in the mask (Morse marks outside ASCII are read as "." for Morse).
_MASK_32 = bytes(0x61 if chr(b) in "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567" else 0x20 for b in range(256))
_MASK_01 = bytes(0x61 if chr(b) in "01" else 0x20 for b in range(256))
_MASK_MORSE = bytes(0x6D if chr(b) in ".-_" else b if chr(b) in " /|" else 0x78 for b in range(256))
_MORSE_GATE = re.compile(rb"m(?: ?/ ?| {1,3}|\|)m")  # two marks and a separator, as _MORSE joins them
_MASK_CODES = bytes(0x64 if chr(b).isdigit() else 0x73 if chr(b) in " ,;" else 0x78 for b in range(256))
# Nine numbers of 2-3 digits, as _CODES needs: ``(?:ddd?s+){8}dd`` written to start with a literal
# "dd", which the regex engine looks for in C before trying a match (the other form tried one at every
# digit: ~0.3 ms per 4 KB window of prose with numbers).
_CODES_GATE = re.compile(rb"dd(?:d?s+dd){8}")
# Hex bytes apart: "d" a digit, "h" a hex letter, "s" a separator (or the "x" / "\\" of a "0x" / "\\x"
# prefix), "." else. The gate, what every match of _HEX_BYTES of a text in ASCII holds: eight pairs,
# each a digit first (printable ASCII is 0x20-0x7E), after separators with at most a "0" of a prefix
# among them; written to start with the literal "d", which the regex engine looks for in C (a gate
# starting at any hex letter was tried at every "de", "be", "ca" of prose).
_HEX_SEPARATORS = " ,;:-xX\\"
_MASK_HEX = bytes(
    0x64 if 48 <= b <= 57 else 0x68 if chr(b) in "abcdefABCDEF" else 0x73 if chr(b) in _HEX_SEPARATORS else 0x2E
    for b in range(256)
)
_HEX_GATE = re.compile(rb"d[dh](?:s{1,5}(?:ds{1,2})?d[dh]){7}")
_RUN_HEX = bytes(0x61 if chr(b) in "0123456789abcdefABCDEF ,;:-xX\\" else 0x20 for b in range(256))
_VERTICAL_GATE = re.compile(r"\n(?:.?\n){7}")  # eight line ends with at most one character between
_MASK_LETTERS = bytes(
    0x61 if chr(b).isalpha() else 0x78 if chr(b).isdigit() or chr(b).isspace() or b == 0x5F else 0x73
    for b in range(128)
) + bytes([0x73] * 128)  # fmt: skip
_INTERLEAVED_GATE = b"asasasasa"  # five letters with a symbol between each (the same one, in _INTERLEAVED)


def decodings(text: str, mask: bytes | None = None) -> Iterator[tuple[str, int, int, str]]:
    """``(form, start, end, decoded)`` for each hidden payload found in ``text`` (see the module
    docstring); ``start:end`` is the encoded span in ``text``. ``mask``: ``text.encode("ascii",
    "replace")`` when the caller has it (the injection detector reads it for base64 runs too)."""
    if mask is None:
        mask = text.encode("ascii", "replace")  # one byte per character, "?" outside ASCII
    # The count gates read one C-level pass: the mask with every byte but digits and Morse marks
    # deleted (a tenth of a window of prose), counted in; ten str.count passes over the whole text
    # for the digits alone were a tenth of the stage's instructions.
    kept = mask.translate(None, _UNCOUNTED)
    capitals = len(text) >= 24 and any(c in text for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    if capitals:
        yield from _gated("base32", text, _GATE_32, mask.translate(_MASK_32), (mask, _RUN_32), b" ", _BASE32, _base32)
    if kept.count(b"0") + kept.count(b"1") >= 48:
        yield from _gated("binary", text, _GATE_01, mask.translate(_MASK_01), (mask, _RUN_01), b" ", _BINARY, _binary)
    dashes = ascii_marks = kept.count(b"-") + kept.count(b".")
    # ("|", "\\", "!": leetspeak symbols; "?": characters outside ASCII, for the leetspeak gates)
    symbols, wide = kept.count(b"|") + kept.count(b"\\") + kept.count(b"!"), kept.count(b"?")
    digits = len(kept) - ascii_marks - symbols - wide
    if dashes < 20 and not text.isascii():
        dashes += text.count("\u00b7") + text.count("\u2022")
    if dashes >= 20:
        if not text.isascii() and any(c in text for c in _WIDE_MARKS):
            yield from _morse_runs(text, _dotted(text))
        else:
            yield from _morse_runs(text, mask)
    many_digits = digits >= 18
    numbers = many_digits and mask.count(b",") + mask.count(b" ") >= 8
    if numbers:
        yield from _codes_runs(text, mask.translate(_MASK_CODES))
    if numbers or (many_digits and ascii_marks >= 8):
        # (every byte of a text's hex holds a digit: the same counts gate hex bytes written apart, or
        # with a "-" between them)
        hexes = mask.translate(_MASK_HEX)
        yield from _gated("hex bytes", text, _HEX_GATE, hexes, (mask, _RUN_HEX), b" ", _HEX_BYTES, _hex_bytes)
    if "%25" in text:
        yield from _runs("url escapes twice", _TWICE, text, None)
    if text.count("\n") >= 8:
        yield from _vertical_runs(text)
    if not text.isascii() and _flipped_possible(text) and sum(map(text.count, _FLIPPED_CHARS)) >= 5:
        # the first MAX_TEXT characters of the whole text turned over are its last ones turned over
        # (_FLIPPED maps one character to one): a 1 MB body is not translated whole for them
        flipped = text[-MAX_TEXT:].translate(_FLIPPED)[::-1]
        yield "upside down", 0, len(text), flipped[:MAX_TEXT]
    letters = mask.translate(_MASK_LETTERS)
    if letters.find(_INTERLEAVED_GATE) >= 0:
        yield from _interleaved(text, letters)
    if len(text) >= 20 and _rot47_possible(text, mask):
        yield from _rot47(text)
    # Leetspeak beyond the view's table (the caller reads it word by word: injection._read_leet). The
    # digits are counted already (``kept``): only a text dense in them pays for the class mask.
    # ("|", "\\" and "!" count too: "|\\|", "/\\", "|<", "pr!nt" are letters without a digit)
    if digits < _LEET_TOUCHES // 2 or digits * 2 * _LEET_SPAN < len(mask):
        digits += symbols
    if (
        digits >= _LEET_TOUCHES // 2
        and digits * 2 * _LEET_SPAN >= len(mask)
        and mask.count(b" ") * _LEET_WORD >= len(mask)  # words, not a base32 / hex token
        and _leet_dense(mask)
    ) or (wide and not text.isascii() and _wide_leet_dense(text, mask, wide)):
        yield "leetspeak", 0, min(len(text), MAX_TEXT), text[:MAX_TEXT]


# Leetspeak: each byte of the ASCII mask as a class, "a" a letter, "d" a digit or a symbol leetspeak
# writes for a letter, " " the rest. A text where letters and such symbols touch at least once per
# ``_LEET_SPAN`` characters (and ``_LEET_TOUCHES`` times) is written in leetspeak; prose and code touch
# far less often ("mp3", "k8s", "int32": a few per kilobyte).
_LEET_CLASS = bytes(
    0x61 if chr(b).isalpha() and b < 128 else 0x64 if chr(b) in "0123456789!+|@$\\<" else 0x20 for b in range(256)
)
#: Leetspeak symbols outside ASCII ("F°rg€t ¡n§truct¡°n§"), read as letters by injection._read_leet.
LEET_WIDE = "€¡°§¢¥øØ∂ß£©®µ¶†ƒ∆Λ¦₤×∑"
_LEET_WIDE_CHAR = re.compile(f"[{LEET_WIDE}]")
_LEET_SPAN = 24
_LEET_TOUCHES = 6
_LEET_WORD = 12  # characters per space at most: written in words


def _leet_dense(mask: bytes) -> bool:
    classes = mask.translate(_LEET_CLASS)
    # ("da" is searched as "ad" in the mask reversed: a needle ending in the rare byte is skipped to)
    touches = classes.count(b"ad") + classes[::-1].count(b"ad")
    return touches >= _LEET_TOUCHES and touches * _LEET_SPAN >= len(classes)


def _wide_leet_dense(text: str, mask: bytes, wide: int) -> bool:
    """Whether ``text`` is Latin words written with leetspeak symbols outside ASCII, one in
    ``_LEET_SPAN`` characters or more. C-level counts on the mask first (characters outside ASCII
    that dense, in a text of ASCII words: not another script); then one regex scan counts the symbols."""
    # (``wide``: the mask's "?" — real question marks too: the last test counts the symbols themselves)
    if wide < _LEET_TOUCHES or wide * _LEET_SPAN < len(mask) or mask.count(b" ") * _LEET_WORD < len(mask):
        return False
    if len(mask.translate(None, _NOT_ASCII_LETTERS)) < wide:
        return False  # more characters outside ASCII than ASCII letters: another script
    # (a regex scan with a character class: str.translate with a table is a dict lookup per character
    # outside ASCII, 0.7 ms per 4 KB window of box drawing)
    symbols = len(_LEET_WIDE_CHAR.findall(text))
    return symbols >= _LEET_TOUCHES and symbols * _LEET_SPAN >= len(text)


# ROT47 rotates every printable ASCII character by 47: the lower-case letters of English become
# digits, "@" (o), ":" (i), "?" (n), "=" (l), ">" (m), ";" (j), "<" (k) and capitals A-K. Those four
# marks are rare in prose and code alike (a few per line at most); a ROT47 text has one in ~4 characters.
_ROT47 = str.maketrans({chr(c): chr(33 + (c - 33 + 47) % 94) for c in range(33, 127)})
_ROT47_MARKS = 5
_ROT47_SHARE = 12


def _rot47_possible(text: str, mask: bytes) -> bool:
    """(``mask`` has "?" for every character outside ASCII: "?" is counted in the text itself.)"""
    marks = mask.count(b"@") + mask.count(b":") + mask.count(b"=")
    if marks < 2:
        return False
    marks += text.count("?")
    return marks >= _ROT47_MARKS and marks * _ROT47_SHARE >= len(mask)


def _rot47(text: str) -> Iterator[tuple[str, int, int, str]]:
    """The text rotated back, when what comes back is words: three in four of its characters
    (spaces aside) ASCII letters. Done once per text, on its first ``MAX_TEXT`` characters."""
    decoded = text[:MAX_TEXT].translate(_ROT47)
    raw = decoded.encode("ascii", "replace")
    solid = len(raw) - raw.count(b" ")
    if solid and len(raw.translate(None, _NOT_ASCII_LETTERS)) * 4 >= solid * 3:
        yield "rot47", 0, min(len(text), MAX_TEXT), decoded


_NOT_ASCII_LETTERS = bytes(b for b in range(256) if not (65 <= b <= 90 or 97 <= b <= 122))


# The UTF-8 lead bytes of the upside-down letters (U+0131-U+028E), and every other byte, deleted.
_FLIPPED_LEADS = bytes({c.encode("utf-8")[0] for c in _FLIPPED_CHARS})
_NOT_FLIPPED_LEAD = bytes(b for b in range(256) if b not in _FLIPPED_LEADS)


def _flipped_possible(text: str) -> bool:
    """Whether ``text`` holds a character of the upside-down letters' few two-byte UTF-8 blocks: one
    encode and one translate, where counting each of the 15 letters was 15 passes over a text
    with a curly quote in it (~190k instructions per 4 KB window)."""
    return bool(text.encode("utf-8", "surrogatepass").translate(None, _NOT_FLIPPED_LEAD))


# Morse marks outside ASCII, read as "." in the mask.
_WIDE_MARKS = "·•−–—"
_SLICE = 65_536


def _dotted(text: str) -> bytes:
    """The mask of ``text`` (one byte per character, "?" outside ASCII) with the Morse marks outside
    ASCII read as ".": str.replace, ~20x str.translate, and one character for one, so the offsets
    hold. In slices: on a 1 MB body each whole-text replace was one C call of ~3 ms that holds the
    interpreter (an event loop beside it waits that long)."""
    out = []
    for at in range(0, len(text), _SLICE):
        piece = text[at : at + _SLICE]
        for c in _WIDE_MARKS:
            piece = piece.replace(c, ".")
        out.append(piece.encode("ascii", "replace"))
    return b"".join(out)


# Each byte of the mask: "a" for a character a Morse match can hold (ASCII marks, separators).
_MASK_MORSE_RUN = bytes(0x61 if chr(b) in ".-_ /|" else 0x20 for b in range(256))


# The characters a match can hold, per form searched within runs (base32: every letter, digit and "=",
# so that the look-ahead at a run's end sees what it sees in the whole text).
_RUN_32 = bytes(0x61 if chr(b).isascii() and (chr(b).isalnum() or chr(b) == "=") else 0x20 for b in range(256))
_RUN_01 = bytes(0x61 if chr(b) in "01 ,;|" else 0x20 for b in range(256))
# What every match holds, in the marks masks: 16 base32 characters, 8 binary digits in a row.
# (Plain substrings, found by bytes.find; the regexes a{16} and a{8} were tried at every position.)
_GATE_32 = b"a" * 16
_GATE_01 = b"a" * 8
# The bytes of the mask the count gates count: ASCII digits, the ASCII Morse marks, "|", "\\", "!" and
# "?" (leetspeak).
_UNCOUNTED = bytes(b for b in range(256) if chr(b) not in "0123456789-.|\\!?")


def _morse_runs(text: str, mask: bytes) -> Iterator[tuple[str, int, int, str]]:
    """``_runs("morse", _MORSE, text, _morse)``, ``mask`` the text one byte per character with its
    Morse marks in ASCII. A match
    holds only marks and separators, so it lies within one run of them; only the runs holding two
    marks and a separator (``_MORSE_GATE``, what every match holds) are searched, each on its own
    (the pattern has no anchor or look-around). Prose passes the gate on "few. ..." or " - ", and
    the regex searched from there over the whole text cost 0.3 ms per 4 KB."""
    marks = mask.translate(_MASK_MORSE)
    return _gated("morse", text, _MORSE_GATE, marks, (mask, _MASK_MORSE_RUN), b" ", _MORSE, _morse)


def _gated(
    how: str,
    text: str,
    gate: re.Pattern[bytes] | bytes,
    gated: bytes,
    runs: bytes | tuple[bytes, bytes],
    outside: bytes,
    pattern: re.Pattern[str],
    decode: Callable[[str], str | None],
) -> Iterator[tuple[str, int, int, str]]:
    """``pattern``'s matches in ``text``, searched only inside the runs of ``runs`` (a mask of the
    text, ``outside`` where no match can reach) around each place ``gate`` finds in ``gated`` (what
    every match holds; ``runs`` may be given as ``(mask, table)``, translated only when the gate
    passes, which it seldom does): a 1 MB body that passes a gate once is not searched whole, and
    each run is searched once. Each run on its own (``finditer`` with pos and endpos: look-behinds still see the
    text before, and a run ends where the text holds a character no match can, so a look-ahead at
    its end answers as in the whole text)."""
    found, pos = 0, 0
    while True:
        if isinstance(gate, bytes):  # a plain substring: bytes.find
            if (first := gated.find(gate, pos)) < 0:
                return
            last = first + len(gate)
        elif (hit := gate.search(gated, pos)) is not None:
            first, last = hit.span()
        else:
            return
        if isinstance(runs, tuple):
            runs = runs[0].translate(runs[1])
        start = runs.rfind(outside, 0, first) + 1
        end = runs.find(outside, last)
        end = len(runs) if end < 0 else end
        for m in pattern.finditer(text, start, end):
            decoded = decode(m.group())
            if decoded:
                yield how, m.start(), m.end(), decoded[:MAX_TEXT]
                found += 1
                if found >= MAX_DECODE:
                    return
        pos = end


def _runs(how: str, pattern: re.Pattern[str], text: str, decode: object) -> Iterator[tuple[str, int, int, str]]:
    if decode is None:  # URL escapes applied twice: the whole text unescaped twice
        if pattern.search(text) is not None:
            yield how, 0, len(text), unquote(unquote(text))[:MAX_TEXT]
        return
    found = 0
    for m in pattern.finditer(text):
        decoded = decode(m.group())  # type: ignore[operator]
        if decoded:
            yield how, m.start(), m.end(), decoded[:MAX_TEXT]
            found += 1
            if found >= MAX_DECODE:
                return


def _printable(raw: bytes) -> str | None:
    try:
        text = utf16(raw) or raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return text if len(text) >= 6 and readable(text) else None


# What a decoded text may hold besides printable characters: line breaks and tabs, and the
# invisible characters (format characters, Unicode spaces) an attacker puts between the letters
# before encoding them ("i\u200dg\u200dn..." in base64 is no binary noise; the view removes them).
_INVISIBLE_OK = frozenset(["Cf", "Zs", "Zl", "Zp"])


# Unicode's format characters (category Cf, as of Unicode 15; tests/core/test_decodings_compose.py
# checks the class against unicodedata), written out: building it from unicodedata at import took
# a pass over every code point.
_FORMAT = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
)


def visible(text: str) -> str:
    """A decoded ``text`` without its format characters (zero-width joiners, invisible operators,
    soft hyphens): the sanitizer removes them from what the client sent, and a payload decoded
    from it was never sanitized. One C-level test for most texts (all printable)."""
    return text if text.isprintable() else _FORMAT.sub("", text)


def readable(text: str) -> bool:
    """Whether a decoded ``text`` is text, not bytes that happen to decode: nine in ten of its
    characters printable, a line break or a tab, or invisible (format characters, Unicode spaces).
    One C-level test for most texts (all printable); a count only for the others."""
    if text.isprintable():
        return True
    bad = sum(not c.isprintable() and c not in "\n\t\r" and unicodedata.category(c) not in _INVISIBLE_OK for c in text)
    return bad <= 0.1 * len(text)


def utf16(raw: bytes) -> str | None:
    """``raw`` read as UTF-16 when it is: a byte-order mark, or a NUL in every other byte (the
    text of ASCII letters a Windows tool or ``encode("utf-16-le")`` wrote). None otherwise (one
    C-level count: a payload in UTF-8 has no NUL)."""
    if len(raw) < 4 or len(raw) % 2:
        return None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    elif raw.count(0) * 3 < len(raw):
        return None
    else:
        encoding = "utf-16-le" if raw[1::2].count(0) > raw[::2].count(0) else "utf-16-be"
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        return None


def _hex_bytes(run: str) -> str | None:
    return _printable(bytes.fromhex(" ".join(re.findall(r"[0-9A-Fa-f]{2}", _HEX_PREFIX.sub(" ", run)))))


def _base32(token: str) -> str | None:
    body = token.rstrip("=")
    try:
        return _printable(base64.b32decode(body + "=" * (-len(body) % 8)))
    except (binascii.Error, ValueError):
        return None


def _binary(run: str) -> str | None:
    bits = re.sub(r"[^01]", "", run)
    return _printable(int(bits, 2).to_bytes(len(bits) // 8, "big")) if len(bits) % 8 == 0 else None


def _morse(run: str) -> str | None:
    words = re.split(r" ?/ ?|\||   ", run.translate(_MORSE_MARKS))
    out = []
    for word in words:
        letters = [_MORSE_CODE.get(code) for code in word.split()]
        if None in letters:
            return None
        out.append("".join(letters))  # type: ignore[arg-type]
    text = " ".join(w for w in out if w)
    return text if len(text) >= 6 else None


def _codes(run: str) -> str | None:
    return _printable(bytes(int(n) for n in re.findall(r"\d+", run)))


def _vertical(run: str) -> str | None:
    # one character per line: blank lines (or a lone space) were the spaces between words
    text = "".join(line if line.strip() else " " for line in run.split("\n"))
    return text if sum(c.isalpha() for c in text) >= 6 else None


def _codes_runs(text: str, mask: bytes) -> Iterator[tuple[str, int, int, str]]:
    """Character codes, searched only inside the run of digits and separators (``mask``: "d", "s",
    "x" else) around each place the gate finds nine numbers in a row."""
    return _gated("char codes", text, _CODES_GATE, mask, mask, b"x", _CODES, _codes)


def _vertical_runs(text: str) -> Iterator[tuple[str, int, int, str]]:
    """One letter per line, matched only where the gate finds eight short lines in a row (at the
    line before the gate's first line end, or right after it); the search goes on past each."""
    found, pos = 0, 0
    while (gate := _VERTICAL_GATE.search(text, pos)) is not None:
        line = text.rfind("\n", 0, gate.start()) + 1
        m = _VERTICAL.match(text, line) or _VERTICAL.match(text, gate.start() + 1)
        if m is not None:
            decoded = _vertical(m.group())
            if decoded:
                yield "one letter per line", m.start(), m.end(), decoded[:MAX_TEXT]
                found += 1
                if found >= MAX_DECODE:
                    return
            pos = max(m.end(), gate.end())
        else:
            pos = gate.end()


def _interleaved(text: str, letters: bytes | None = None) -> Iterator[tuple[str, int, int, str]]:
    """Letters with one symbol between each (``I🙂g🙂n🙂o🙂r🙂e``, ``i*g*n*o*r*e a*l*l``): tried only
    where the mask (``letters``: "a" letter, "s" symbol) has five letters with a symbol between
    each, the run extended in Python while the pattern holds (each character read once)."""
    if letters is None:
        letters = text.encode("ascii", "replace").translate(_MASK_LETTERS)
    found, pos = 0, 0
    while found < MAX_DECODE and (hit := letters.find(_INTERLEAVED_GATE, pos)) >= 0:
        m = _INTERLEAVED.match(text, hit)
        if m is None:  # symbols that differ ("a-b.c"): not one run
            pos = hit + 1
            continue
        sep, end = m.group(1), m.end()
        # extend: the symbol then a letter or a space (I🙂g🙂n🙂o🙂r🙂e🙂 🙂a🙂l🙂l), or a space then a
        # letter ("i*g*n*o*r*e a*l*l")
        while end + 1 < len(text) and (
            (text[end] == sep and (text[end + 1].isalpha() or text[end + 1] == " "))
            or (text[end] == " " and text[end + 1].isalpha())
        ):
            end += 2
        run = text[m.start() : end]
        yield "letters interleaved", m.start(), end, run.replace(sep, "")[:MAX_TEXT]
        found += 1
        pos = end

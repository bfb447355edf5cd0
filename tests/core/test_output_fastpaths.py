"""The shortcuts of the output filters give what the plain regex passes give.

The filters take shortcuts for speed (an Aho-Corasick pass instead of a regex alternation on
long texts; per chunk, a quiet path when no trigger is undecided and a waiting path while a
held-back trigger's window is still arriving, both skipping the scan); each is
compared here with the plain way on long texts and tiny chunks, where the shortcuts are taken.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aiwarden.privacy import Pseudonyms
from aiwarden.scanners._rewriter import Literals, Rewriter
from aiwarden.scanners.canary import CanaryFilter
from aiwarden.scanners.html import HtmlFilter
from aiwarden.scanners.pii import PIIFilter
from aiwarden.scanners.secrets import _PREFIXES, SecretFilter
from aiwarden.streaming import Blocked, FilterChain

PROSE = "The team expects steady growth; see the report. "
VALUES = st.sampled_from(
    [
        "sk-",
        "sk_live_",
        "AKIA",
        "aWs",
        "-----BEGIN",
        "-----",
        "github_pat_",
        "ghp_",
        "eyJ",
        "xoxb-",
        "sk-proj-a1B2c3D4e5F6g7H8i9J0kLmN",
        "ghp_" + "a1B2" * 9,
        "4111 1111 1111 1111",
        "jane.doe@example.com",
        "josé@exämple.de",
        "+1 415-555-0132",
        "10.20.30.40",
        "fe80::1:2:3",
        "GB29 NWBK 6016 1331 9268 19",
        "078-05-1120",
        "Phone: 5551234567",
        "![c](https://evil.test/a)",
        "é",
        " ",
        "\n",
    ]
)
FILLER = st.text("ab -_:.@0123456789\né", max_size=8)


def texts(min_len: int = 0) -> st.SearchStrategy[str]:
    pieces = st.lists(st.tuples(FILLER, VALUES), max_size=12)
    return st.builds(lambda ps, reps: PROSE * reps + "".join(a + b for a, b in ps), pieces, st.integers(0, 8)).filter(
        lambda t: len(t) >= min_len
    )


@settings(max_examples=300, deadline=None)
@given(texts(), st.integers(0, 600))
def test_literal_trigger_finds_what_the_alternation_finds(text: str, pos: int) -> None:
    literals = Literals([*_PREFIXES, "sk-p", "a1B2"])
    alternation = re.compile("|".join(re.escape(x) for x in [*_PREFIXES, "sk-p", "a1B2"]))
    pos = min(pos, len(text))
    got, want = literals.search(text, pos), alternation.search(text, pos)
    assert (got and got.span()) == (want and want.span())


def chain() -> FilterChain:
    return FilterChain([SecretFilter(action="redact"), PIIFilter(), HtmlFilter(escape_html=False)])


@settings(max_examples=200, deadline=None)
@given(texts(), st.lists(st.integers(1, 24), min_size=1, max_size=40))
def test_tiny_chunks_give_the_whole_text_result(text: str, sizes: list[int]) -> None:
    whole = chain()
    expected = whole.feed(text) + whole.flush()
    streamed, out, i, k = chain(), [], 0, 0
    while i < len(text):
        size = sizes[k % len(sizes)]
        out.append(streamed.feed(text[i : i + size]))
        i, k = i + size, k + 1
    assert "".join(out) + streamed.flush() == expected


def _filters(quiet: bool) -> list[Rewriter]:
    made: list[Rewriter] = [
        SecretFilter(keys=["sk-test-server-key-0123456789abcdef"], action="redact"),
        PIIFilter(),
        HtmlFilter(("ok.test",), True, "all"),
        CanaryFilter("cnry-qwertyuiopasdfghj"),
    ]
    mapping = Pseudonyms()
    mapping.placeholder("email", "me@home.example")
    made.append(mapping.restorer())
    if not quiet:
        for f in made:
            f._quiet = ()  # no quiet or waiting path: every chunk goes through the full scan
    return made


@settings(max_examples=200, deadline=None)
@given(
    texts().map(lambda t: t.replace("cnry", "cnr")),
    st.lists(st.integers(1, 24), min_size=1, max_size=40),
    st.sampled_from(["", "<EMAIL_1>", "cnry-qwertyuiopasdf", "sk-test-server-key-0123456789abcdef"]),
)
def test_per_chunk_shortcuts_release_what_the_scan_releases(text: str, sizes: list[int], extra: str) -> None:
    # Not only the same total: the same text released by every single feed, and the same state.
    text = text + extra + text[:40]
    for quick, full in zip(_filters(True), _filters(False), strict=True):
        i = k = 0
        while i < len(text):
            chunk = text[i : i + sizes[k % len(sizes)]]
            try:
                got = quick.feed(chunk)
            except Blocked as e:
                with pytest.raises(Blocked):
                    full.feed(chunk)
                assert e.finding is not None
                break
            assert got == full.feed(chunk)
            assert (quick._buf, quick._pos, quick._offset) == (full._buf, full._pos, full._offset)
            i, k = i + len(chunk), k + 1
        else:
            assert quick.flush() == full.flush()

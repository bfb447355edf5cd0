"""The canary's trigger patterns, rewritten so the regex engine can skip to their first
characters, find exactly what the plain alternations they stand for find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from aiwarden.scanners import canary
from aiwarden.scanners.canary import _BASE32, _BASE64, _CODE_STARTS, _SEP

# The patterns as first written: a lookahead of the first characters, plain (case-insensitive) branches.
_PLAIN = re.compile(
    "(?=[-cCpPmMNYj])(?:(?i:cnry-|-yrnc|pael-|" + _BASE32 + ")|" + "|".join(s for s, _ in _BASE64) + ")"
)
_SPACED = re.compile(f"(?i:c{_SEP}n{_SEP}r)")
_CODES = re.compile(
    "(?=[\\\\%&0169])(?i:"
    + "|".join(f"{'(?<!0)1' if first == '1(?<!01)' else first}(?={rest})" for first, rest in _CODE_STARTS)
    + ")"
)
_PAIRS = [
    (canary._TRIGGER.pattern, _PLAIN),
    (canary._SPACED_TRIGGER.pattern, _SPACED),
    (canary._CODES_TRIGGER.pattern, _CODES),
]

# pieces of every form, and the characters around them
_PIECES = ["cnry-", "CNRY-", "-yrnc", "-YRNC", "pael-", "PaEl-", "MNXHE6JN", "mnxhe6jn", "Y25yeS1", "y25yes1"]
_PIECES += ["Nucnkt", "jbnJ5L", "c n r", "C-N.R", "\\x63", "\\u0063", "%63", "&#x63", "&#99", "0x63", "63"]
_PIECES += ["6e", "72", "110", "114", "01100011", "1100011", "01101110", "01110010", " ", ";", ",", ":", "0", "1"]
_PIECES += ["a", "x", "\n", "é", "K", "\u212a", "ſ"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_the_triggers_find_what_the_plain_patterns_find(pieces: list[str]) -> None:
    text = "".join(pieces)
    for ours, plain in _PAIRS:
        assert [m.span() for m in ours.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_each_trigger_opens_with_what_the_engine_can_skip_to() -> None:
    # (a search of text without any of the first characters finds nothing, in every trigger)
    prose = "The quick brown fox jumped over the lazy dog. " * 20
    assert all(ours.search(prose) is None for ours, _ in _PAIRS)
    for ours, plain in _PAIRS:
        for text in (
            "see [ref:cnry-abcdefghijklmnopq]",
            "\\x63\\x6e\\x72",
            "99 110 114",
            "c - n - r",
            "01 1100011 1101110 1110010",
        ):
            assert [m.span() for m in ours.finditer(text)] == [m.span() for m in plain.finditer(text)]

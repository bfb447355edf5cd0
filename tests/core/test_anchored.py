"""``_rewriter.Anchored``: a pattern searched from its anchors finds exactly what the pattern's own
search finds (PII's number trigger, and a made-up pattern whose anchor lies inside its matches)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aiwarden.scanners._rewriter import Anchored
from aiwarden.scanners.pii import _NUMBER_RUN

# the characters that start, continue, anchor or refuse a number run, and some prose around them
_ALPHABET = "0123456789+:().,/-_ \x1f\nabcdefDEGBxyzAFK|"


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=80), st.integers(0, 90), st.integers(0, 90))
def test_the_number_trigger_finds_what_its_pattern_finds(text: str, pos: int, endpos: int) -> None:
    plain = _NUMBER_RUN.compiled
    assert _spans(_NUMBER_RUN.finditer(text, pos, endpos)) == _spans(plain.finditer(text, pos, endpos))
    ours, theirs = _NUMBER_RUN.search(text, pos, endpos), plain.search(text, pos, endpos)
    assert (ours and ours.span()) == (theirs and theirs.span())
    assert _spans(_NUMBER_RUN.finditer(text)) == _spans(plain.finditer(text))


def test_the_number_trigger_on_prose_numbers_and_tables() -> None:
    text = (
        "Section 3.2.1 (see issue #32): call +1 (555) 010-9999, or DE89 3704 0044 0532 0130 00;\n"
        "the host fe80::1 and 2001:db8::ff00:42:8329 answered. Note: ratio 65.4% (17/26).\n"
        "+------+------+\n| a:b  | c::d |\n+------+------+\nexample: abcd: x1 y22 (3)(4) +- ::"
    )
    assert _spans(_NUMBER_RUN.finditer(text)) == _spans(_NUMBER_RUN.compiled.finditer(text))
    assert len(_spans(_NUMBER_RUN.finditer(text))) > 10


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab#-x ", max_size=60), st.integers(0, 70))
def test_an_anchor_inside_the_match(text: str, pos: int) -> None:
    # every match has its "#" within its first three characters, and none starts after an "a"
    pattern = re.compile(r"(?<!a)(?:b{0,2}#|x-?#)[ab-]*")
    anchored = Anchored(pattern, "#", 2, "a")
    assert _spans(anchored.finditer(text, pos)) == _spans(pattern.finditer(text, pos))


def test_a_pattern_that_can_match_nothing_is_refused() -> None:
    with pytest.raises(ValueError, match="empty string"):
        Anchored(re.compile("a*"), "a", 0)

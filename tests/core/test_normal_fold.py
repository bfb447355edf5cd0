"""The normalised view (:func:`aiwarden.scanners._normal.fold`): the same as folding each character
on its own, the same in any chunking, positions that map back exactly, and a cost that does not
grow with how many characters of a text the fold changes (a hostile text dense in lookalike
letters or zero-width spaces costs C-level calls, not a Python step per character or stretch)."""

from __future__ import annotations

import gc
import sys
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from aiwarden.scanners._normal import _TABLE, _fold_char, fold, original

_REMOVED = sorted(cp for cp, f in _TABLE.items() if f is None)
_CHANGED = sorted(cp for cp, f in _TABLE.items() if f is not None)

# every kind of character: ASCII, what the fold changes or removes (in and past the BMP), what
# it leaves (CJK, Hangul, accented and Cyrillic letters that look like no Latin one, emoji)
_chars = st.one_of(
    st.characters(min_codepoint=0, max_codepoint=127),
    st.sampled_from(_REMOVED).map(chr),
    st.sampled_from(_CHANGED).map(chr),
    st.sampled_from("中文한국어éжщ’…ﬁ\U0001f600\U0001d400\U000e0041\u200b\u00ad\u034f\ufe0f").map(str),
    st.characters(),
)


def _reference(text: str) -> tuple[str, list[int]]:
    """The view and gaps by folding one character at a time."""
    view = ""
    gaps: list[int] = []
    for c in text:
        f = _fold_char(c) if not c.isascii() else c
        if not f:
            gaps.append(len(view))
        view += f
    return view, gaps


@settings(max_examples=400, deadline=None)
@given(st.lists(_chars, max_size=80).map("".join))
def test_fold_is_each_character_folded_on_its_own(text: str) -> None:
    assert fold(text) == _reference(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(_chars, max_size=80).map("".join), st.lists(st.integers(0, 80), max_size=6))
def test_fold_is_the_same_in_any_chunking(text: str, cuts: list[int]) -> None:
    bounds = [0, *sorted(set(cuts)), len(text)]
    view, gaps = "", []
    for a, b in pairwise(bounds):
        v, g = fold(text[a:b])
        gaps += [x + len(view) for x in g]
        view += v
    assert (view, gaps) == fold(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(_chars, max_size=80).map("".join))
def test_each_view_position_maps_back_to_its_character(text: str) -> None:
    view, gaps = fold(text)
    assert len(view) + len(gaps) == len(text)
    prev = -1
    for i, c in enumerate(view):
        j = original(i, gaps)
        assert fold(text[j])[0] == c
        # what lies between two mapped characters is removed characters only
        assert fold(text[prev + 1 : j])[0] == ""
        prev = j
    assert fold(text[prev + 1 :])[0] == ""


def _calls(text: str) -> int:
    """The function calls (Python and C) that folding ``text`` makes."""
    n = 0

    def count(frame: object, event: str, arg: object) -> None:
        nonlocal n
        if event in ("call", "c_call"):
            n += 1

    enabled = gc.isenabled()
    gc.disable()  # (a collection runs the callbacks others hook on it: not fold's calls)
    sys.setprofile(count)
    try:
        fold(text)
    finally:
        sys.setprofile(None)
        if enabled:
            gc.enable()
    return n


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(["ѕk-", "А", "\u200b", "\u00ad", "１", "٣", "𝐚", "–", "\U000e0041", "x", " ", "中"]),
        min_size=1,
        max_size=6,
    ),
    st.integers(1, 40),
)
def test_fold_work_does_not_grow_with_what_it_changes(unit: list[str], gap: int) -> None:
    # a unit dense in changed and removed characters, with ASCII between them
    piece = "".join(unit) + "a" * gap
    small, large = (piece * 4)[:200], (piece * 4000)[:200_000]
    assert _calls(large) == _calls(small), "a Python step per character or per stretch"

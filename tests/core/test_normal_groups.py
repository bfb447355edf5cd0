"""fold_groups against a plain reference: the white space after a digit, one run at a time."""

from __future__ import annotations

import re
from bisect import bisect_right

from hypothesis import given, settings
from hypothesis import strategies as st

from aiwarden.scanners._normal import BLANK, fold_groups

_RUN = re.compile(r"[0-9]([ \t\n\r\x0b\x0c]{1,3})")


def _reference(view: str, gaps: list[int]) -> tuple[str, list[int]]:
    """Each run of up to three blank characters after a digit, read on its own (from a state of
    -1: no digit before the text): a single space stays; else a space first stays a space and
    the next becomes BLANK, a tab or line break first becomes BLANK; the rest is removed."""
    out: list[str] = []
    removed: list[int] = []
    last = 0
    for m in _RUN.finditer(view):
        s, e = m.span(1)
        if e - s == 1 and view[s] == " ":
            continue
        out.append(view[last:s])
        if view[s] == " ":
            out.append(" " + BLANK)
            removed.extend(range(s + 2, e))
        else:
            out.append(BLANK)
            removed.extend(range(s + 1, e))
        last = e
    out.append(view[last:])
    if removed:
        moved = [g - bisect_right(removed, g - 1) for g in gaps]
        gaps = sorted(moved + [r - k for k, r in enumerate(removed)])
    return "".join(out), gaps


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["1", "4111", " ", "  ", "\t", "\n", "\r\n", " \n", "a", ".", "\x0b"]), max_size=60))
def test_fold_groups_is_the_plain_run_by_run_reading(parts: list[str]) -> None:
    view = "".join(parts)
    got, got_gaps, _ = fold_groups(view, [], -1)
    assert (got, got_gaps) == _reference(view, [])

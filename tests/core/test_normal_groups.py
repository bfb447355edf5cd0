"""fold_groups against a plain reference: the white space after a digit, one run at a time."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from aiwarden.scanners._normal import BLANK, fold_groups

_RUN = re.compile(r"[0-9]([ \t\n\r\x0b\x0c]{1,3})")


def _reference(view: str) -> tuple[str, list[int]]:
    """Each run of up to three blank characters after a digit, read on its own (from a state of
    -1: no digit before the text): a single space stays; else a space first stays a space and
    the next becomes BLANK, a tab or line break first becomes BLANK; the rest is removed (its
    positions, in the folded text, are the gaps)."""
    removed: list[int] = []

    def one(m: re.Match[str]) -> str:
        ws = m.group(1)
        if ws == " ":
            return m.group()
        kept = " " + BLANK if ws[0] == " " else BLANK
        removed.extend(range(m.start(1) + len(kept), m.end(1)))
        return m.group()[0] + kept

    folded = _RUN.sub(one, view)
    return folded, [r - k for k, r in enumerate(removed)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["1", "4111", " ", "  ", "\t", "\n", "\r\n", " \n", "a", ".", "\x0b"]), max_size=60))
def test_fold_groups_is_the_plain_run_by_run_reading(parts: list[str]) -> None:
    view = "".join(parts)
    got, got_gaps, _ = fold_groups(view, [], -1)
    assert (got, got_gaps) == _reference(view)

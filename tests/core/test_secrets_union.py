"""Ranges of trigger hits of a few literals try those literals' own patterns (a ``_Union``), not
the lane's whole pattern: the same matches, in any chunking. ``csk-`` holds ``sk-``, so a text of
``csk- `` makes ranges of two literals; the whole lane's pattern tried every rule's first
characters at every position of them (~100 ns a position, the secret filter's worst whole case)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aiwarden.scanners import _rewriter
from aiwarden.scanners.secrets import SecretFilter, secret_triggers

from .key_examples import EXAMPLES

# the literals of the triggers whose matches start with them (the lanes that unite)
_LITERALS = sorted(
    {
        x
        for t in secret_triggers()
        if not t.back and isinstance(t.pattern, _rewriter.Literals)
        for x in t.pattern.literals
    }
)
_VALUES = sorted({v for values in EXAMPLES.values() for v in values})


def _run(text: str, chunk: int) -> tuple[str, list[tuple[int, int, str]]]:
    found: list[tuple[int, int, str]] = []
    f = SecretFilter(action="redact", on_find=lambda x: found.append((x.start, x.end, x.detail)))
    pieces = [text[i : i + chunk] for i in range(0, len(text), chunk)] if chunk else [text]
    return "".join(f.feed(p) for p in pieces) + f.flush(), found


def _without_unions(text: str, chunk: int, monkeypatch: pytest.MonkeyPatch) -> tuple[str, list[tuple[int, int, str]]]:
    with monkeypatch.context() as m:
        m.setattr(_rewriter, "_UNION_MAX", 0)  # every range of several patterns: the lane's whole one
        return _run(text, chunk)


@st.composite
def _mixed(draw: st.DrawFn) -> str:
    """Key prefixes close together (several literals in one range), keys of the table, key
    characters and separators between."""
    parts = draw(
        st.lists(
            st.one_of(
                st.sampled_from(_LITERALS),
                st.sampled_from(_VALUES),
                st.text("aB3x-_9Zq./=c", max_size=24),
                st.sampled_from([" ", "  ", "\n", "-", "_", ". ", "c", "x"]),
            ),
            min_size=1,
            max_size=60,
        )
    )
    return "".join(parts)


@settings(max_examples=150, deadline=None)
@given(_mixed(), st.sampled_from([0, 1, 7, 16]))
def test_ranges_of_a_few_literals_match_as_the_whole_lane(text: str, chunk: int) -> None:
    with pytest.MonkeyPatch.context() as mp:
        assert _run(text, chunk) == _without_unions(text, chunk, mp)


def test_a_text_of_prefixes_inside_prefixes_is_tried_with_their_own_patterns() -> None:
    # 'csk-' holds 'sk-': every range has hits of both; none is tried with the lane's whole pattern
    f = SecretFilter(action="redact")
    f.feed("csk- " * 300)
    kinds = [kind for lane in f._lanes for *_, kind in lane.ranges]
    assert kinds
    assert all(isinstance(k, _rewriter._Union) for k in kinds), kinds
    assert not any(lane.merged is k for lane in f._lanes for k in kinds)


def test_keys_among_prefixes_inside_prefixes_are_found_whole_and_streamed() -> None:
    key = next(v for v in EXAMPLES["cerebras_key"])
    gh = next(v for v in EXAMPLES["github_token"])
    text = ("csk- sk- " * 40) + key + " " + ("csk- sk- " * 40) + gh + " csk- sk-"
    for chunk in (0, 1, 16):
        out, found = _run(text, chunk)
        assert key not in out and gh not in out
        assert [d for *_, d in found] == ["cerebras_key", "github_token"]

"""The dense-value path (scanners/_pii_dense.py): stretches of 4-digit groups decided in one call
give exactly what the full decision gives, whole and streamed, and take its work away."""

from __future__ import annotations

import random
import re
from typing import Any, ClassVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aiwarden.context import Finding
from aiwarden.scanners.pii import KINDS, PIIFilter, luhn_ok, replacer


class FullPath(PIIFilter):
    """The filter with every decision taken by the full path (the reference)."""

    _dense: ClassVar[bool] = False


def _filter(
    cls: type[PIIFilter], text: str, cuts: list[int], kinds: tuple[str, ...], style: str
) -> tuple[str, list[Finding], PIIFilter]:
    found: list[Finding] = []
    f = cls(kinds, replacer(style, key=b"k" * 32), lambda finding, _value: found.append(finding))
    out = []
    at = 0
    for cut in [*sorted(cuts), len(text)]:
        if cut > at:
            out.append(f.feed(text[at:cut]))
            at = cut
    out.append(f.flush())
    return "".join(out), found, f


def _card(rnd: random.Random, n: int) -> str:
    """A Luhn-valid number of ``n`` digits (12 or 16) of a brand the filter takes."""
    while True:
        body = rnd.choice("123456") + "".join(rnd.choice("0123456789") for _ in range(n - 2))
        for d in "0123456789":
            if luhn_ok(body + d):
                return body + d


def _group(rnd: random.Random) -> str:
    return "".join(rnd.choice("0123456789") for _ in range(4))


def _stretch(seed: int, groups: int, zero: float, cards: float) -> str:
    """``groups`` 4-digit groups, single spaces between: valid cards of 16 and 12 digits planted,
    groups starting with 0 (a trunk prefix) at rate ``zero``."""
    rnd = random.Random(seed)
    out: list[str] = []
    while len(out) < groups:
        r = rnd.random()
        if r < cards:
            digits = _card(rnd, rnd.choice((16, 16, 12)))
            out += [digits[i : i + 4] for i in range(0, len(digits), 4)]
        elif r < cards + zero:
            out.append("0" + _group(rnd)[1:])
        else:
            out.append(_group(rnd))
    return " ".join(out[:groups])


#: what stands between stretches: white space, other separators, words the context rules read,
#: an e-mail glued to a group, a group of other length
_BETWEEN = [" ", "\n", "  ", "\t", ", ", "-", ".", "/", " x ", " IMEI ", " call ", "@a.io ", " 123 ", "12 ", " (0)"]
_BETWEEN += ["\u200b", " \uff14\uff11\uff11\uff11 ", "\u00ad "]  # (out of the view, or folded into it)


@st.composite
def _texts(draw: st.DrawFn) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 4))):
        if parts:
            parts.append(draw(st.sampled_from(_BETWEEN)))
        parts.append(
            _stretch(
                draw(st.integers(0, 2**32)),
                draw(st.integers(1, 90)),
                draw(st.sampled_from([0.0, 0.1, 0.5])),
                draw(st.sampled_from([0.0, 0.1, 0.3, 0.8])),
            )
        )
    return "".join(parts)


@settings(max_examples=400, deadline=None)
@given(
    _texts(),
    st.lists(st.integers(0, 4000), max_size=30),
    st.sampled_from([KINDS, ("credit_card",), ("credit_card", "phone"), ("credit_card", "ssn", "email")]),
    st.sampled_from(["label", "mask", "hash"]),
)
def test_the_dense_path_decides_as_the_full_path(
    text: str, cuts: list[int], kinds: tuple[str, ...], style: str
) -> None:
    # whole, then in the drawn pieces: the same output and findings as the full path
    for pieces in ([], [c for c in cuts if c < len(text)]):
        fast = _filter(PIIFilter, text, pieces, kinds, style)
        full = _filter(FullPath, text, pieces, kinds, style)
        assert fast[0] == full[0]
        assert fast[1] == full[1]


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 2**32), st.integers(1, 40), st.sampled_from([0, 1, 7, 16, 100]))
def test_the_dense_path_in_even_pieces(seed: int, cards_in: int, chunk: int) -> None:
    text = _stretch(seed, 400, 0.1, cards_in / 100)
    cuts = list(range(chunk, len(text), chunk)) if chunk else []
    assert _filter(PIIFilter, text, cuts, KINDS, "label")[:2] == _filter(FullPath, text, cuts, KINDS, "label")[:2]


class Counted(FullPath):
    """The full path, counting its decisions."""

    __slots__ = ("decisions",)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.decisions = 0

    def decide(self, text: str, m: re.Match[str]) -> tuple[int, str] | None:
        self.decisions += 1
        return super().decide(text, m)


@pytest.mark.parametrize("chunk", [0, 16])
@pytest.mark.parametrize("cards", [1.0, 0.3, 0.0])
def test_a_stretch_is_decided_by_the_dense_path(chunk: int, cards: float) -> None:
    # Work counters, not time: nine decisions in ten along a long stretch are replayed (the full path
    # takes the stretch's ends and the runs after a value that start with a 0), and what the
    # decisions read per input character is less than the full path's.
    text = _stretch(5, 4000, 0.0, cards)
    cuts = list(range(chunk, len(text), chunk)) if chunk else []
    out, found, fast = _filter(PIIFilter, text, cuts, KINDS, "label")
    full_out, _, full = _filter(Counted, text, cuts, KINDS, "label")
    assert out == full_out
    assert isinstance(full, Counted) and full.decisions > 500
    assert fast.batched >= 0.9 * full.decisions
    assert fast.decided / len(text) < 3.5
    assert fast.decided < 0.7 * full.decided
    if cards == 1.0:
        assert len(found) > 600 and out.count("[CREDIT_CARD]") == len(found)


def test_replayed_cards_are_findings_with_original_positions() -> None:
    # a zero-width space in a stretch is out of the view: findings still point into the original
    cards = [_card(random.Random(i), 16) for i in range(40)]
    text = " ".join(" ".join(c[i : i + 4] for i in range(0, 16, 4)) for c in cards)
    hidden = text[:5] + "\u200b" + text[5:]
    out, found, f = _filter(PIIFilter, hidden, [], KINDS, "label")
    assert f.batched > 10
    assert out.count("[CREDIT_CARD]") == len(found) >= 30
    for finding in found[1:]:
        assert luhn_ok(hidden[finding.start : finding.end].replace(" ", ""))

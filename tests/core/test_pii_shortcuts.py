"""Shortcuts of the PII filter's number decisions (session 10) change no redaction: on generated
texts dense in digit groups, cards, SSNs, phones, IPv4 addresses and IBANs, the filter with them
gives exactly the output and findings of the filter without them, whole and in pieces."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import aiwarden.scanners.pii as pii
from aiwarden.context import Finding
from aiwarden.scanners.pii import PIIFilter
from tests.core.test_pii_stretch import _luhn_completed, _strong_value


@contextmanager
def _without_shortcuts() -> Iterator[None]:
    """The reference path: every shortcut's cheap test says "maybe" (a hint found everywhere)."""
    saved = pii._STRONG_HINT
    pii._STRONG_HINT = re.compile("")
    try:
        yield
    finally:
        pii._STRONG_HINT = saved


def _run(text: str, chunk: int) -> tuple[str, list[tuple[str, int, int]]]:
    found: list[Finding] = []
    f = PIIFilter(on_find=lambda x, _v: found.append(x))
    if chunk:
        out = "".join(f.feed(text[i : i + chunk]) for i in range(0, len(text), chunk)) + f.flush()
    else:
        out = f.feed(text) + f.flush()
    return out, [(x.kind, x.start, x.end) for x in found]


def _phone(r: random.Random) -> str:
    return r.choice(
        [
            f"+1 ({r.randint(200, 999)}) {r.randint(200, 999)}-{r.randint(1000, 9999)}",
            f"({r.randint(200, 999)}) {r.randint(200, 999)}-{r.randint(1000, 9999)}",
            f"0{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
            f"+44 {r.randint(1000, 9999)} {r.randint(100000, 999999)}",
        ]
    )


def _card(r: random.Random) -> str:
    number = _luhn_completed(r.choice("3456") + "".join(r.choice("0123456789") for _ in range(14)))
    if r.random() < 0.3:  # a near miss
        number = number[:-1] + str((int(number[-1]) + 1) % 10)
    sep = r.choice([" ", " ", "-", ".", ""])
    return sep.join(number[i : i + 4] for i in range(0, 16, 4))


def _piece(r: random.Random) -> str:
    kind = r.randrange(9)
    if kind == 0:
        return _phone(r)
    if kind == 1:
        a, b = r.choice("- ."), r.choice("- .")
        return f"{r.randint(1, 999):03d}{a}{r.randint(0, 99):02d}{b}{r.randint(0, 9999):04d}"
    if kind == 2:
        return _card(r)
    if kind == 3:
        return ".".join(str(r.randint(0, 300)) for _ in range(r.choice([3, 4, 4, 5])))
    if kind == 4:
        return r.choice(["phone", "SSN", "call me at", "card", "IMEI", "x", "ext. 12", "DE", "GB29", "order no."])
    if kind == 5:
        return "\n"
    return "".join(r.choice("0123456789") for _ in range(r.randint(1, 5)))


def _text(seed: int, n: int) -> str:
    r = random.Random(seed)
    return "".join(_piece(r) + r.choice([" ", " ", " ", "-", ".", "/", ", ", "(", ") ", ""]) for _ in range(n))


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 2**32), st.integers(1, 40), st.sampled_from([0, 1, 7, 16]))
@example(5, 30, 0)
def test_the_shortcuts_redact_exactly_as_the_full_decision(seed: int, n: int, chunk: int) -> None:
    text = _text(seed, n)
    with _without_shortcuts():
        expected = _run(text, chunk)
    assert _run(text, chunk) == expected


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text("0123456789", min_size=1, max_size=5), max_size=10),
    st.sampled_from([" ", "-", ".", "/", "(", ") "]),
    _strong_value(),
    st.lists(st.text("0123456789", min_size=1, max_size=5), max_size=6),
    st.sampled_from([0, 1, 16]),
)
def test_a_value_amid_digit_groups_is_decided_exactly_as_before(
    before: list[str], sep: str, value: str, after: list[str], chunk: int
) -> None:
    text = "Ref " + sep.join([*before, value, *after]) + " end."
    with _without_shortcuts():
        expected = _run(text, chunk)
    assert _run(text, chunk) == expected


@pytest.mark.parametrize("seed", range(3))
def test_a_phone_then_an_ssn_weighs_no_stretch(seed: int) -> None:
    # "+1 (452) 477-5190 398-19-8368": the phone run holds the next SSN, the next decision's value;
    # no card or SSN starts before the restart after the phone, so the stretch is not weighed
    r = random.Random(seed)
    text = "".join(
        f"{r.randint(100, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)} "
        f"+1 ({r.randint(200, 999)}) {r.randint(200, 999)}-{r.randint(1000, 9999)} "
        for _ in range(100)
    )
    f = PIIFilter()
    out = f.feed(text) + f.flush()
    assert out == "[SSN] [PHONE] " * 100
    with _without_shortcuts():
        g = PIIFilter()
        assert g.feed(text) + g.flush() == out
    # (weighing each phone run's stretch read its SSN's characters again)
    assert f.decided < g.decided * 0.8


def test_every_card_layout_and_ssn_shape_has_a_hint_where_it_starts() -> None:
    # the shortcuts' premise: a stretch's card or SSN starting before a position has a _STRONG_HINT
    # starting before it, found by a search that reads _HINT_LEN characters past it
    shapes = {(layout, sep) for layout in pii._card_layouts() | {(n,) for n in range(12, 20)} for sep in " .,/-"}
    shapes |= {((3, 2, 4), sep) for sep in " .-"}
    for layout, sep in shapes:
        span = sep.join("7" * n for n in layout)
        text = f"a {span} z"
        hint = pii._STRONG_HINT.search(text, 2, 2 + pii._HINT_LEN)
        assert hint is not None and hint.start() == 2 and hint.end() <= 2 + len(span), (layout, sep)

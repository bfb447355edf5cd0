"""Number stretches decided from their groups: removed characters inside a cut run, the same
values whatever invisible characters the model wrote between digits, and the work per character
bounded on values drawn anew (no window repeats, so no decision is remembered)."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from aiwarden.context import Finding
from aiwarden.scanners.pii import _UNSEEN, PIIFilter, find_pii, redact_pii

ZWSP = "\u200b"


def _streamed(f: PIIFilter, text: str, chunk: int) -> str:
    out = "".join(f.feed(text[i : i + chunk]) for i in range(0, len(text), chunk))
    return out + f.flush()


def _kinds(text: str) -> list[str]:
    return [f.kind for f in find_pii(text)]


@pytest.mark.parametrize("chunk", [0, 1, 16])
def test_a_card_with_zero_width_spaces_in_a_cut_run_is_redacted(chunk: int) -> None:
    # The run is cut at its longest (_RUN elements) inside the card; scanning resumes in its last
    # groups and skips the spans tried before the cut. That offset was the difference of two
    # *original* positions used as a *view* offset: with zero-width spaces (removed from the view)
    # in the cut part, it was too long, and the card's span was taken for tried — and leaked.
    plain = "55 66 7 3 3 000 22 55 4 333 999 222 5555 5555 5555 4444 12 3"
    hidden = (
        "55 66 7 3 3\u200b\u200b 000 22 55 4 333 99\u200b\u200b9 222 5555 5555 55"
        + ZWSP * 3
        + "55 4"
        + ZWSP * 3
        + "444 12 3"
    )
    assert _kinds(plain) == ["credit_card"]
    assert _kinds(hidden) == ["credit_card"]
    f = PIIFilter()
    out = _streamed(f, hidden, chunk) if chunk else f.feed(hidden) + f.flush()
    assert "[CREDIT_CARD]" in out
    assert "4444" not in out.replace(ZWSP, "")


_CARDS = ["4111 1111 1111 1111", "5555 5555 5555 4444", "4012 8888 8888 1881", "3782 822463 10005", "4111111111111111"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text("0123456789", min_size=1, max_size=4), max_size=40),
    st.sampled_from(_CARDS),
    st.sampled_from(["", " 1", " 12 3", " 4 44 444"]),
    st.integers(0, 2**32),
)
def test_invisible_characters_between_digits_change_no_value(
    before: list[str], card: str, after: str, seed: int
) -> None:
    # the view removes format characters: a text with them has the values of the text without
    plain = " ".join([*before, card]) + after
    rnd = random.Random(seed)
    digits = [i for i, c in enumerate(plain) if c.isdigit()]
    picks = set(rnd.sample(digits, min(len(digits), rnd.randint(1, 10))))
    hidden = "".join(c + ZWSP * rnd.randint(1, 3) * (i in picks) for i, c in enumerate(plain))
    # (a long soup of digit groups before the card can cut the run inside it: see the xfail below)
    assume("credit_card" in _kinds(plain))
    assert _kinds(hidden) == _kinds(plain)
    whole = redact_pii(hidden)
    for chunk in (1, 16):
        assert _streamed(PIIFilter(), hidden, chunk) == whole


def _found(text: str, chunk: int) -> tuple[str, list[tuple[str, int, int]]]:
    found: list[Finding] = []
    f = PIIFilter(on_find=lambda x, _v: found.append(x))
    out = _streamed(f, text, chunk) if chunk else f.feed(text) + f.flush()
    return out, [(x.kind, x.start, x.end) for x in found]


class _Fresh(PIIFilter):
    """Every decision taken afresh: no spans kept from the decision before, none remembered."""

    __slots__ = ()

    def decide(self, text: str, m: re.Match[str]) -> tuple[int, str] | None:
        self._seen = _UNSEEN
        values, resume = self._plan(text, m)
        return self._apply(text, m.start(), values, resume)


@pytest.mark.parametrize(
    "text",
    [
        # a search going on from inside a stretch began at "190 71 4029", right after the dot of
        # "126.90.23.190": read as a stretch's start, the dot before it was not looked at, and the
        # SSN shape inside the address's last octet was taken (the union named SSN, not PHONE)
        "72 828-29-6744 632353 57 0 12x34 126.90.23.190 71 4029 office",
        "call 1 3740-43-34-906-57-709 6 463054580572884961 415/0/52432/156/8891 362.327.537 01 "
        "76209/7978/99247/10/139/03 739595472986221231335758 627 153.79.188.10 74271-784-7235-27609-5-70333 76 "
        "209.3.56933.2.2705 72 828-29-6744 632353 57 0 12x34 126.90.23.190 71 4029 office",
        "SSN 4 357-0614-59915-72895-8636-5 96330/1401 9 41603 06-805 36999/470/91/11/447/28484 76008 99034 "
        "550488322 225 47.194.105.152 01 7233 5911.16.364 6388/771/6/82291/5063 76/69/90476/18/6 33951 "
        "+33 1 74 73 71 25 52635-05 71169 30-7710 96014, ext. 12",
    ],
)
def test_spans_kept_along_a_stretch_decide_as_a_fresh_search(text: str) -> None:
    for chunk in (0, 1, 16):
        assert _found(text, chunk) == _found_with(_Fresh, text)


def _found_with(cls: type[PIIFilter], text: str) -> tuple[str, list[tuple[str, int, int]]]:
    found: list[Finding] = []
    f = cls(on_find=lambda x, _v: found.append(x))
    out = f.feed(text) + f.flush()
    return out, [(x.kind, x.start, x.end) for x in found]


def _luhn_completed(body: str) -> str:
    total = 0
    for i, d in enumerate(reversed(body)):  # (the check digit goes to the right of these)
        v = int(d) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return body + str((10 - total % 10) % 10)


@st.composite
def _value(draw: st.DrawFn) -> str:
    """One value drawn anew (no two windows alike: what no memo of repeated windows shortcuts)."""
    digits = st.text("0123456789", min_size=1, max_size=1)
    kind = draw(st.sampled_from(["card", "near", "ssn", "phone", "ip", "groups"]))
    sep = draw(st.sampled_from([" ", " ", "-", ".", "/", ",", "", "\u200b", "\t"]))
    if kind in ("card", "near"):
        body = draw(st.sampled_from("3456")) + "".join(draw(digits) for _ in range(14))
        number = _luhn_completed(body)
        if kind == "near":
            number = number[:-1] + str((int(number[-1]) + 1) % 10)
        return sep.join(number[i : i + 4] for i in range(0, 16, 4))
    if kind == "ssn":
        area = draw(st.integers(100, 899))
        return f"{area}{sep}{draw(st.integers(10, 99))}{sep}{draw(st.integers(1000, 9999))}"
    if kind == "phone":
        return f"+1 ({draw(st.integers(200, 999))}) {draw(st.integers(200, 999))}-{draw(st.integers(1000, 9999))}"
    if kind == "ip":
        return ".".join(str(draw(st.integers(0, 255))) for _ in range(4))
    return sep.join(
        "".join(draw(digits) for _ in range(draw(st.integers(1, 5)))) for _ in range(draw(st.integers(1, 6)))
    )


_VARIED = st.lists(
    st.tuples(_value(), st.sampled_from([" ", " ", ", ", "; ", "-", ".", " card ", " phone ", "\n"])),
    min_size=20,
    max_size=120,
).map(lambda pairs: "".join(v + s for v, s in pairs))


@settings(max_examples=60, deadline=None)
@given(_VARIED)
def test_work_per_character_is_bounded_on_values_drawn_anew(text: str) -> None:
    # every value different: each decision is taken (none remembered), and its work is what its
    # own characters bring — the stretch's spans weighed once along it, not once per decision
    f = PIIFilter()
    whole = f.feed(text) + f.flush()
    assert f.examined + f.decided <= 16 * len(text) + 400, (f.examined + f.decided) / len(text)
    for chunk in (1, 16):
        s = PIIFilter()
        assert _streamed(s, text, chunk) == whole
        assert s.examined + s.decided <= 16 * len(text) + 400, (s.examined + s.decided) / len(text)


def test_a_card_across_the_run_cut_after_an_ssn_shape_is_redacted_whole() -> None:
    # Found by hypothesis (session 7): 17 single digits before "001 01 3782 822463 10005" put the run's
    # cut (50 elements) inside the Amex card, the window before the cut decided the SSN shape
    # "001 01 3782" (ending at the cut: its union with the stretch's spans was not looked for), and the
    # card's other 11 digits stayed. Under 50 elements the same text is one card.
    text = "0 " * 17 + "001 01 3782 822463 10005"
    assert redact_pii(text) == "0 " * 17 + "[CREDIT_CARD]"
    for chunk in (1, 16):
        assert _streamed(PIIFilter(), text, chunk) == redact_pii(text)


@pytest.mark.parametrize("chunk", [0, 1, 16])
def test_a_card_the_cut_falls_into_after_a_shorter_card_inside_it_is_redacted_whole(chunk: int) -> None:
    # Found by pii_differential (session 8): the run is cut before " 887", the last group of the 19-digit
    # card "4088 6417 5293 4779 887"; the run holds the 12-digit card "6417 5293 4779" (Luhn-valid too),
    # found as the value, and the longer card that starts before it and crosses the cut was not joined:
    # "4088" and "887" stayed visible
    text = "x 98624198882393112342269 35900 4088 6417 5293 4779 887 622.928.278.671.617 y"
    out = _streamed(PIIFilter(), text, chunk) if chunk else redact_pii(text)
    assert out == "x 98624198882393112342269 35900 [CREDIT_CARD] 622.928.278.671.617 y"


def _iban_completed(country: str, body: str) -> str:
    moved = body + country + "00"
    number = int("".join(str(int(c, 36)) for c in moved))
    return f"{country}{98 - number % 97:02d}{body}"


@st.composite
def _strong_value(draw: st.DrawFn) -> str:
    """A card, an SSN or an IBAN, valid, in one of its written layouts."""
    kind = draw(st.sampled_from(["card", "amex", "ssn", "iban"]))
    digits = st.text("0123456789", min_size=1, max_size=1)
    if kind == "card":
        number = _luhn_completed(draw(st.sampled_from("456")) + "".join(draw(digits) for _ in range(14)))
        sep = draw(st.sampled_from([" ", "-", ".", ""]))
        return sep.join(number[i : i + 4] for i in range(0, 16, 4))
    if kind == "amex":
        number = _luhn_completed(draw(st.sampled_from(["34", "37"])) + "".join(draw(digits) for _ in range(12)))
        sep = draw(st.sampled_from([" ", "-", ""]))
        return sep.join([number[:4], number[4:10], number[10:]])
    if kind == "ssn":
        sep = draw(st.sampled_from([" ", "-", "."]))
        area = draw(st.integers(1, 899).filter(lambda a: a != 666))
        return f"{area:03d}{sep}{draw(st.integers(1, 99)):02d}{sep}{draw(st.integers(1, 9999)):04d}"
    country, n = draw(st.sampled_from([("DE", 22), ("GB", 22), ("FR", 27), ("NL", 18), ("NO", 15)]))
    iban = _iban_completed(country, "".join(draw(digits) for _ in range(n - 4)))
    sep = draw(st.sampled_from([" ", ""]))
    return sep.join(iban[i : i + 4] for i in range(0, n, 4))


_DIGITS = st.text("0123456789", min_size=1, max_size=5)
# the groups right before the value: any, or the head of a shape the value's first group completes
# (an SSN's 3-2 before a card's 4-digit group, a card's 4-4-4 before its last group)
_BEFORE = st.one_of(
    st.lists(_DIGITS, max_size=8),
    st.tuples(st.from_regex(r"[0-8][0-9]{2}", fullmatch=True), st.from_regex(r"[0-9]{2}", fullmatch=True)).map(list),
    st.lists(st.from_regex(r"[0-9]{4}", fullmatch=True), min_size=1, max_size=3),
)


@settings(max_examples=500, deadline=None)
@given(
    st.integers(0, 60),
    _BEFORE,
    st.sampled_from([" ", " ", " ", "-", ".", "/", "(0)"]),
    _strong_value(),
    st.lists(_DIGITS, max_size=6),
    st.sampled_from([0, 1, 7, 16]),
)
@example(34, ["001", "01"], " ", "3782 822463 10005", [], 0)
def test_the_run_cut_never_splits_a_card_iban_or_ssn(
    reach: int, before: list[str], sep: str, value: str, after: list[str], chunk: int
) -> None:
    # Whatever digit groups precede a card, an IBAN or an SSN (where the number run's 50-element cut
    # falls: before it, inside it, at its end — ``reach`` elements of single digits first move it
    # along), every one of its characters is inside a value found, whole and streamed (a cut that
    # leaves part of it visible leaks the rest)
    head = "".join(f"{i % 10} " for i in range(reach // 2)) + sep.join(before)
    head = head + " " if head and not head.endswith(" ") else head
    text = "Ref " + head + value + "".join(" " + g for g in after) + " end."
    at = text.index(value, 4 + len(head))
    found: list[Finding] = []
    f = PIIFilter(on_find=lambda x, _v: found.append(x))
    out = _streamed(f, text, chunk) if chunk else f.feed(text) + f.flush()
    covered = set().union(*(range(x.start, x.end) for x in found)) if found else set()
    visible = [i for i in range(at, at + len(value)) if text[i].isalnum() and i not in covered]
    assert not visible, (text, out)
    assert out == redact_pii(text)  # (the same values in any pieces)
    # the join across the cut reads the stretch within the window: work stays within a constant per character
    assert f.examined + f.decided <= 16 * len(text) + 400

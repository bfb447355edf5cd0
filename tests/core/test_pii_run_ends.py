"""Where a number run ends, what is decided no more: a run whose last digits run into a letter
("… 610 834 26DE") is not resumed group by group, and a card or SSN that is a whole run is its
own union. Both skip work only: every planted value is still redacted whole, in any pieces."""

from __future__ import annotations

import random
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from aiwarden.context import Finding
from aiwarden.scanners.pii import PIIFilter, redact_pii
from tests.core.test_pii_stretch import _DIGITS, _strong_value


class _Counting(PIIFilter):
    decisions = 0

    def decide(self, text: str, m: re.Match[str]) -> tuple[int, str] | None:
        type(self).decisions += 1
        return super().decide(text, m)


def _streamed(f: PIIFilter, text: str, chunk: int) -> str:
    if not chunk:
        return f.feed(text) + f.flush()
    return "".join(f.feed(text[i : i + chunk]) for i in range(0, len(text), chunk)) + f.flush()


def test_a_run_ending_in_digits_glued_to_a_letter_is_decided_once() -> None:
    # each run of digit groups is one decision, not one more per group of its end (the pattern
    # stops before " 42DE": a cut, but no number can end inside "42DE", so nothing goes on past it)
    rnd = random.Random(5)
    runs = [" ".join(str(rnd.randint(0, 99999)) for _ in range(rnd.randint(2, 7))) for _ in range(200)]
    text = "".join(f"{run} {rnd.randint(10, 99)}DE " for run in runs)
    _Counting.decisions = 0
    f = _Counting()
    out = f.feed(text) + f.flush()
    assert _Counting.decisions == len(runs)
    assert out == redact_pii(text)


def test_an_ssn_that_is_a_whole_run_weighs_no_stretch() -> None:
    # "123-45-6789; ": the SSN is its run's only value and nothing in nine digits outranks it, so
    # the stretch's spans (cards, SSNs) are not searched again: the re-read work is what the run is
    rnd = random.Random(5)
    areas = [a for a in range(100, 900) if a != 666]
    text = "".join(f"{rnd.choice(areas)}-{rnd.randint(10, 99)}-{rnd.randint(1000, 9999)}; " for _ in range(200))
    f = PIIFilter()
    assert f.feed(text) + f.flush() == "[SSN]; " * 200
    assert f.decided <= len(text)  # (weighing each run's stretch as well read about twice as much)


# (after a space: a value glued to a letter itself, "…0001DE", is no value)
_TAILS = st.sampled_from([" 26DE", " 4x", " 12x34DE", " 0GB", " 7 8a", " 26DE 4111", " 5-12ab", ""])


@settings(max_examples=400, deadline=None)
@given(
    st.lists(_DIGITS, max_size=14),
    st.sampled_from([" ", " ", "-", ".", "/"]),
    _strong_value(),
    st.lists(_DIGITS, max_size=4),
    _TAILS,
    st.sampled_from([0, 1, 7, 16]),
)
@example(["42930", "12x34"], " ", "078-05-1121", [], " 12x34DE", 0)
@example([], " ", "4111 1111 1111 1111", ["12"], " 26DE", 16)
def test_a_value_before_digits_glued_to_a_letter_is_redacted_whole(
    before: list[str], sep: str, value: str, after: list[str], tail: str, chunk: int
) -> None:
    # whatever groups come before and after a card, an IBAN or an SSN and however the run ends
    # (digits run into a letter, an extension, nothing), every character of it is in a value found
    head = sep.join(before)
    text = "Ref " + (head + " " if head else "") + value + "".join(" " + g for g in after) + tail + " end."
    at = text.index(value, 4 + len(head))
    found: list[Finding] = []
    f = PIIFilter(on_find=lambda x, _v: found.append(x))
    out = _streamed(f, text, chunk)
    covered = set().union(*(range(x.start, x.end) for x in found)) if found else set()
    assert not [i for i in range(at, at + len(value)) if text[i].isalnum() and i not in covered], (text, out)
    assert out == redact_pii(text)


_WORDS = st.sampled_from(["", "call ", "Phone: ", "SSN ", "tel. ", "ext ", "card ", "IP ", "+", "(", "order "])
_SHORT = st.lists(st.tuples(_WORDS, st.lists(_DIGITS, min_size=1, max_size=4)), min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(_SHORT, st.sampled_from([" ", "-", "/", ".", ", "]), st.sampled_from(["\n\n", "  ", "; ", " x ", " 12 "]))
@example([("Phone: ", ["555", "0132"]), ("", ["12"])], " ", "  ")
def test_short_number_runs_decide_as_before_without_the_shortcut(
    parts: list[tuple[str, list[str]]], sep: str, gap: str
) -> None:
    # a run with fewer than seven digits, no dot, no extension and nothing after it is no value
    # and is not decided at all: the same output and values as deciding it, whole and in pieces
    import aiwarden.scanners.pii as pii

    text = gap.join(word + sep.join(groups) for word, groups in parts) + " end"

    def run(chunk: int) -> tuple[str, list[tuple[str, int, int]]]:
        found: list[Finding] = []
        f = PIIFilter(on_find=lambda x, _v: found.append(x))
        return _streamed(f, text, chunk), [(x.kind, x.start, x.end) for x in found]

    with_shortcut = [run(chunk) for chunk in (0, 1, 16)]
    saved = pii._SHORT_RUN
    pii._SHORT_RUN = 0  # (every run decided)
    try:
        without = [run(chunk) for chunk in (0, 1, 16)]
    finally:
        pii._SHORT_RUN = saved
    assert with_shortcut == without
    assert with_shortcut[0] == with_shortcut[1] == with_shortcut[2]


def test_a_short_number_run_repeated_is_not_remembered() -> None:
    # "99 110" between blank lines, thousands of times: no decision is taken (nor noted to remember)
    f = PIIFilter()
    assert f.feed("99 110\n\n" * 2000) + f.flush() == "99 110\n\n" * 2000
    assert not f._once and not f._memo

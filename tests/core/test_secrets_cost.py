"""What the secret filter's hostile inputs cost, on work counters (never the clock): the
repetitions of benchmarks/adversarial.py's worst secret families (``csk-`` near misses, keys in
groups one after another, heads without white space) and hypothesis texts built like them.

Besides the filter's own counters (``examined``, ``decided``, ``tries``), the engine's reading of
the trigger hits is counted: a piece's hits are read a constant number of times, however many
ranges they make (reading a range's hits from the start of the list made 100 KB of ``csk-`` near
misses quadratic: 150 ms where 25 KB took 16)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aiwarden.scanners import _rewriter
from aiwarden.scanners.secrets import SecretFilter

from .test_secrets_split import _hostile

BODY = "a1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuVwXyZ"


class _Counted(list[Any]):
    """A list of trigger hits that counts the items read from it (and all hits made)."""

    read = 0
    made = 0

    def __iter__(self) -> Iterator[Any]:
        for item in super().__iter__():
            _Counted.read += 1
            yield item


@contextmanager
def _counting_hits() -> Iterator[None]:
    find = _rewriter.Literals.find

    def counting(self: _rewriter.Literals, buf: str, lo: int, hi: int) -> tuple[list[Any], int]:
        found, base = find(self, buf, lo, hi)
        _Counted.made += len(found)
        return _Counted(found), base

    _Counted.read = _Counted.made = 0
    _rewriter.Literals.find = counting  # type: ignore[method-assign]
    try:
        yield
    finally:
        _rewriter.Literals.find = find  # type: ignore[method-assign]


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _run(text: str, chunk: int, action: str = "redact") -> tuple[SecretFilter, str]:
    f = SecretFilter(action=action)
    pieces = [text[i : i + chunk] for i in range(0, len(text), chunk)] if chunk else [text]
    out = "".join(f.feed(p) for p in pieces) + f.flush()
    return f, out


def _bounded(f: SecretFilter, text: str, chunk: int) -> None:
    """The bounds of every filter (tests/core/test_output_fastpaths.py): characters searched and
    candidates tried, and what decisions read, a constant per character (a literal split across
    pieces is searched again: its length per piece); and each trigger hit read a bounded number
    of times (sorted, numbered, cut into ranges)."""
    pieces = -(-len(text) // chunk) if chunk else 1
    longest = sum(lane.trigger.longest for lane in f._lanes)
    assert f.examined <= 8 * len(text) + longest * pieces + 100, (chunk, f.examined / len(text))
    assert f.decided <= 24 * len(text) + 200, (chunk, f.decided / len(text))
    assert _Counted.read <= 8 * _Counted.made + 100, (chunk, _Counted.read, _Counted.made)


# the worst secret cases of benchmarks/adversarial.py (each unit repeated to 20 KB)
WORST = {
    "csk- near miss": "csk-" + BODY[:19] + " ",
    "csk- near misses far apart": "csk-" + BODY[:19] + " and a few words between ",
    "AKIA split keys": "AKIA AB1D AB1D AB1D AB1D ",  # every run a key
    "heads without white space": "ya29.",
    "1//0 and a space": "1//0 ",
    "keys in groups of four": "ghp_ " + " ".join(BODY[i : i + 4] for i in range(0, 36, 4)) + "\n",
    "lines of a key": "sk-proj-\n" + BODY[:20] + "\n" + BODY[20:36] + "\n",
    # (session 8) prefixes holding another prefix: ranges of two literals, tried as a union
    "csk- and the sk- in it": "csk- ",
    "lookalike heads": "\u0455k-\u0445oxb- ",
    "a prefix cut by a zero-width space": "s\u200bk-" + BODY[:9] + " ",
}


@pytest.mark.parametrize("unit", WORST.values(), ids=WORST.keys())
def test_the_worst_families_cost_a_constant_per_character(unit: str) -> None:
    text = _fill(unit, 20_000)
    outs = []
    for chunk in (0, 1, 16):
        with _counting_hits():
            f, out = _run(text, chunk)
        _bounded(f, text, chunk)
        outs.append(out)
    assert outs[0] == outs[1] == outs[2]


def test_keys_in_groups_one_after_another_are_each_a_decision_and_each_replaced() -> None:
    text = _fill(WORST["AKIA split keys"], 25 * 400)
    f, out = _run(text, 0)
    assert out.count("[SECRET]") == 400
    assert "AB1D" not in out
    # a try per key for its head, one for the key lane's own rule: not one per position
    assert f.tries <= 3 * 400 + 10


@settings(max_examples=120, deadline=None)
@given(_hostile(), st.sampled_from([0, 1, 16]))
def test_repeated_heads_and_near_misses_cost_a_constant_per_character(text: str, chunk: int) -> None:
    with _counting_hits():
        f, out = _run(text, chunk)
    _bounded(f, text, chunk)
    assert out == _run(text, 0)[1]


def test_whole_one_char_and_sixteen_char_streams_agree_on_mixed_hostile_text() -> None:
    units = [*WORST.values(), "sk-p roj- Ab12 Cd34 Ef56 Gh78 Ij90 Kl12", "AKIA KEYS ARE LONG"]
    text = "".join(u * 7 for u in itertools.islice(itertools.cycle(units), 40))
    whole = _run(text, 0)[1]
    assert "[SECRET]" in whole
    assert whole == _run(text, 1)[1] == _run(text, 16)[1]

"""Building the secret filter stays cheap, and the split lane built in parts matches as one regex.

The split lane (keys written in groups) was one regex per trigger literal, each holding the whole run
of groups: ~1.2 MB of regex source, most of building a Warden (~5 s); with the exact test of another
key in it, 10 MB and ~15 s. Now the run and the exact count are compiled once and checked where a
small pattern of the head matches (``_Verified``); these tests bound what is compiled and check the
parts against the one regex (``_exact_lane``) at every position."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aiwarden.keys.rules import RULES
from aiwarden.scanners import secrets
from aiwarden.scanners._rewriter import Literals
from aiwarden.scanners.secrets import (
    _HEADS,
    SecretFilter,
    _another_group,
    _another_key,
    _exact_lane,
    _split_lane,
    find_secrets,
)


def _patterns(obj: object, seen: set[int]) -> Iterator[re.Pattern[str]]:
    """Every compiled pattern reachable from ``obj`` (patterns, the split lane's parts, literals)."""
    if obj is None or id(obj) in seen:
        return
    seen.add(id(obj))
    if isinstance(obj, re.Pattern):
        yield obj
        return
    if isinstance(obj, Literals):
        yield from _patterns(obj._re, seen)
        return
    for name in getattr(type(obj), "__slots__", ()):
        value = getattr(obj, name, None)
        items = value.values() if isinstance(value, dict) else value if isinstance(value, list | tuple) else [value]
        for item in items:
            yield from _patterns(item, seen)


def test_the_filter_compiles_a_bounded_amount_of_regex_source() -> None:
    # (before: 1.77 MB in 422 patterns, 10 MB with the exact test in the run; now ~520 KB)
    whole, _width, _names, triggers, normal, *_ = secrets._compile(("sk-proj-" + "Zq81xR2mKp09LwVn4TtYh7Uc3Ge5",))
    seen: set[int] = set()
    patterns = [p for root in (whole, normal, *triggers) for p in _patterns(root, seen)]
    size = sum(len(p.pattern) for p in patterns)
    assert size <= 600_000, size
    # the run of groups (the lane's largest part) is compiled once, whatever the number of heads
    run = _split_lane()[1].exact.run
    assert sum(1 for p in patterns if run.pattern in p.pattern) == 1


def test_no_dispatch_pattern_holds_the_run_or_the_exact_test() -> None:
    lane = _split_lane()[1]
    another = _another_key(tuple(_HEADS))
    run = lane.exact.run.pattern
    for v in lane.dispatch:
        cheap = v.cheap  # type: ignore[attr-defined]
        assert another not in cheap.pattern
        assert run not in cheap.pattern
        # (the largest, sk-'s, holds 12 heads and the rest of each one's prefixes: ~8 KB; the run is 65)
        assert len(cheap.pattern) <= 12_000, len(cheap.pattern)
    assert sum(len(v.cheap.pattern) for v in lane.dispatch) <= 250_000  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def exact() -> re.Pattern[str]:
    """The split lane as one regex (~170 KB: compiled for the tests only)."""
    return re.compile(_exact_lane(_HEADS))


_PREFIXES = sorted({p for r in RULES if r.kind == "key" and not r.back for p in r.prefixes if p[:4] in _HEADS})
_PIECE = st.one_of(
    st.sampled_from(_HEADS),
    st.sampled_from(_PREFIXES),
    st.text(st.sampled_from("aB3xY9_-Zq0o"), min_size=1, max_size=14),
    st.sampled_from([" ", "  ", "\t", "\n", "\r\n", " \n", ".", "-"]),
)
# key prefixes and heads, split by separators, among key characters: every test the lane makes
_TEXTS = st.lists(_PIECE, min_size=1, max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_the_lane_in_parts_matches_as_the_one_regex_at_every_position(exact: re.Pattern[str], text: str) -> None:
    lane = _split_lane()[1]
    for i in range(len(text)):
        want = exact.match(text, i)
        got = lane.whole.match(text, i)
        assert (got and got.span()) == (want and want.span()), (text, i)
    # a search from any position (and with the end of the window short of the text's end)
    for i, end in itertools.product(range(0, len(text), 3), (len(text), len(text) * 2 // 3)):
        want = exact.search(text, i, end)
        got = lane.whole.search(text, i, end)
        assert (got and got.span()) == (want and want.span()), (text, i, end)


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_each_literals_pattern_matches_as_the_one_regex_where_its_literal_starts(
    exact: re.Pattern[str], text: str
) -> None:
    lane = _split_lane()[1]
    literals = lane.heads.literals
    for i in range(len(text)):
        for k, lit in enumerate(literals):
            if text.startswith(lit, i):
                want = exact.match(text, i)
                got = lane.dispatch[k].match(text, i)
                assert (got and got.span()) == (want and want.span()), (text, i, lit)
                got = lane.dispatch[k].search(text, i, len(text))
                want = exact.search(text, i, len(text))
                # (a literal's pattern finds its own heads only: where the next match is another's, none)
                if got is not None:
                    assert want is not None and got.span() == want.span(), (text, i, lit)


# -- a group that begins with another key's head (not its whole prefix) --------------------------------

_LINEAR = "lin_api_" + "oHc1Ab12Cd34Ef56Gh78Ij90Kl12Mn34Op56Qr78"


def _redact(text: str, size: int = 0) -> str:
    f = SecretFilter(action="redact")
    pieces = [text[i : i + size] for i in range(0, len(text), size)] if size else [text]
    return "".join(f.feed(p) for p in pieces) + f.flush()


@pytest.mark.parametrize("size", [0, 1, 3, 7, 16])
def test_a_group_starting_with_another_head_does_not_end_the_key(size: int) -> None:
    # "api_" is the head of "api_org_" (a key prefix); "api_ oHc1" begins no key, so the Linear key
    # written every four characters is read on and replaced whole
    written = " ".join(_LINEAR[i : i + 4] for i in range(0, len(_LINEAR), 4))
    assert written.startswith("lin_ api_ oHc1")
    text = f"Your key: {written}\nKeep it safe."
    assert _redact(text, size) == "Your key: [SECRET]\nKeep it safe."


def test_a_group_that_begins_another_key_still_ends_the_run() -> None:
    another = re.compile(_another_group(tuple(_HEADS)))
    # "api_ org_" is another key's prefix written in groups: the run ends before it
    assert another.match("api_ org_")
    assert not another.match("api_ oHc1")
    # a longer group that starts with a head (a text of prefixes and key characters) ends it too
    assert another.match("api_oHc1")


_BY_NAME = {r.name: r for r in RULES}


@st.composite
def _keys_with_a_head_in_a_group(draw: st.DrawFn) -> tuple[str, str, int, str]:
    """A key of the table, its body in groups of ``size`` split by ``sep``, one group of the body
    starting with the head of another key's prefix (in the key's place: what a key may hold)."""
    from .key_examples import EXAMPLES

    name = draw(st.sampled_from(sorted(n for n in EXAMPLES if n in _BY_NAME and _BY_NAME[n].kind == "key")))
    value = draw(st.sampled_from(EXAMPLES[name]))
    rule = _BY_NAME[name]
    prefix = next((p for p in rule.prefixes if value.startswith(p)), "")
    if not prefix or prefix[:4] not in _HEADS or rule.back:
        return name, value, 0, ""
    sep = draw(st.sampled_from([" ", "\t"]))
    body = value[len(prefix) :]
    # a head made of characters the body has, as one of the body's groups (groups of its length:
    # a key written every 4 characters; a longer group starting with a head ends the run)
    heads = [h for h in _HEADS if h != prefix[:4] and set(h) <= set(body)]
    size = 4
    if not heads or len(body) < 3 * size:
        return name, value, 0, ""
    head = draw(st.sampled_from(heads))
    size = len(head)
    k = draw(st.integers(1, len(body) // size - 1))
    body = body[: k * size] + head + body[k * size + len(head) :]
    return name, prefix + body, size, sep


@settings(max_examples=200, deadline=None)
@given(_keys_with_a_head_in_a_group(), st.sampled_from([0, 1, 5, 16]))
def test_keys_with_a_group_starting_with_another_head_are_caught_whole_and_streamed(
    key: tuple[str, str, int, str], size: int
) -> None:
    name, value, group, sep = key
    if not group:
        return
    rule = _BY_NAME[name]
    # the key with the head in it is still one its rule matches whole
    if not any(f.start == 0 and f.end == len(value) for f in find_secrets(value)) or rule.compiled.match(value) is None:
        return
    prefix = next(p for p in rule.prefixes if value.startswith(p))
    body = value[len(prefix) :]
    written = prefix + sep.join(body[i : i + group] for i in range(0, len(body), group))
    another = re.compile(_another_group(tuple(_HEADS)))
    starts = [m.end() for m in re.finditer(r"\s+", written)]
    if any(another.match(written, at) for at in starts):
        return  # (a group that begins a whole other key's prefix ends the run: another key)
    text = f"Here is the key you asked for:\n{written}\nKeep it safe."
    whole = _redact(text)
    assert "[SECRET]" in whole, (name, written)
    # no 6 characters of the body are left
    left = re.sub(r"\s", "", whole)
    assert [body[i : i + 6] for i in range(len(body) - 5) if body[i : i + 6] in left] == [], (name, written, whole)
    assert _redact(text, size) == whole

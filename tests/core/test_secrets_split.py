"""Keys written in groups: a model told to put a space every few characters, or to write a key
across lines, emits ``sk-p roj- Ab12 …``, ``ghp_ Xy12 …``, ``AKIA IOSF …``. Such a key is found
on the normalised view (zero-width characters between the groups too), whole and in any chunking,
and the groups are what is replaced; text that is no key after a key prefix is left alone."""

from __future__ import annotations

import itertools
import random
import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from aiwarden.keys.rules import RULES
from aiwarden.scanners.secrets import _HEADS, SecretFilter, _another_group, find_secrets
from aiwarden.streaming import Blocked

from .key_examples import BENIGN, EXAMPLES

_BY_NAME = {r.name: r for r in RULES}
# every example of a key format with a distinctive prefix (one a split key starts with)
_KEYS = [
    (name, value, prefix)
    for name, values in EXAMPLES.items()
    if name in _BY_NAME and _BY_NAME[name].kind == "key" and not _BY_NAME[name].back
    for value in values
    for prefix in [next((p for p in _BY_NAME[name].prefixes if value.startswith(p)), "")]
    if prefix and prefix[:4] in _HEADS
]
# the formats whose body is long enough to be read beyond the hold-back in small groups are
# caught by a partial match, all others whole
_SEPARATORS = [" ", "\t", "\n", "\r\n", "\u200b ", " \u200b"]
#: where a group begins another key (a head and the rest of one of its prefixes): the split lane ends
#: its run there (a group that starts with a head alone, ``lin_ api_ oHc1 …``, is read on)
_ANOTHER = re.compile(_another_group(tuple(_HEADS)))


def _written(value: str, prefix: str, size: int, sep: str, keep_prefix: bool) -> str:
    head, body = (prefix, value[len(prefix) :]) if keep_prefix else ("", value)
    return head + sep.join(body[i : i + size] for i in range(0, len(body), size))


def _redact(text: str, cuts: list[int]) -> str:
    f = SecretFilter(action="redact")
    bounds = [0, *sorted(c for c in set(cuts) if 0 < c < len(text)), len(text)]
    return "".join(f.feed(text[a:b]) for a, b in itertools.pairwise(bounds)) + f.flush()


def _runs_left(body: str, out: str, n: int = 6) -> list[str]:
    """The runs of ``n`` characters of ``body`` that are still in ``out``."""
    return [body[i : i + n] for i in range(len(body) - n + 1) if body[i : i + n] in out]


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(_KEYS),
    st.integers(4, 16),
    st.sampled_from(_SEPARATORS),
    st.booleans(),
    st.lists(st.integers(1, 300), max_size=12),
)
def test_a_key_in_groups_is_caught_whole_and_in_any_chunking(
    key: tuple[str, str, str], size: int, sep: str, keep_prefix: bool, cuts: list[int]
) -> None:
    name, value, prefix = key
    if "\n" in sep:
        size = min(size + 6, 24)  # (lines of a key are longer than spaced groups, up to 24)
    # (the first group, prefix included, is read up to 39 characters: a longer one is no group)
    keep_prefix = keep_prefix and len(prefix) + size <= 39
    if "\n" not in sep:
        # (spaced, at least three groups: two words are no key written in groups)
        size = min(size, (len(value) - (len(prefix) if keep_prefix else 0)) // 3)
    written = _written(value, prefix, size, sep, keep_prefix)
    # (a group that begins another key's prefix ends the run: ``lsv2_ sk_36 …``, where ``sk_`` is
    # a prefix of its own, is the documented miss)
    starts = [m.end() for m in re.finditer(r"\s+", written)]
    assume(not any(_ANOTHER.match(written, at) for at in starts))
    text = f"Here is the key you asked for:\n{written}\nKeep it safe."
    whole = _redact(text, [])
    assert "[SECRET]" in whole, (name, written)
    # what is replaced is the groups, all of them: no 6 characters of the body are left
    assert _runs_left(value[len(prefix) :], re.sub(r"\s", "", whole)) == [], (name, written, whole)
    assert _redact(text, cuts) == whole
    with pytest.raises(Blocked):
        f = SecretFilter(action="block")
        f.feed(text)
        f.flush()


@pytest.mark.parametrize(
    "text",
    [
        "The value sk- is the prefix of a key and ends here.",
        "xoxb- agem adxy ylzk phgj qgza pzqn qbbl odos",  # words of one length
        "sk-proj-xxxx xxxx xxxx xxxx xxxx xxxx",  # a placeholder
        "sk_test_ 1234 5678 9012 3456 ends here.",  # numbers, then words of their length
        "AKIA KEYS ARE LONG WITH CAPS",
        "glpat- c524e440-066559a6-656c90bd",  # a uuid-like run
        "use sk-learn is a library for data work in the lab",
        "AIza\nSOME\nWORDS\nHERE",
        # a prefix and one token after a space: no key in two halves (a UUID after "sk-")
        "The value sk- c73a3539-cabf-0ece-9209-b644db2a4498 ends here.",
        "The value sk-proj c73a3539-cabf-0ece-9209-b644db2a4498 ends here.",
        "ghp_ 1234 is a number",
    ],
)
def test_text_after_a_key_prefix_is_no_key(text: str) -> None:
    assert find_secrets(text) == []


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(_KEYS), st.sampled_from([" ", "\t", " \u200b"]), st.lists(st.integers(1, 200), max_size=8))
def test_a_key_in_two_halves_is_caught(key: tuple[str, str, str], sep: str, cuts: list[int]) -> None:
    name, value, prefix = key
    half = -(-len(value) // 2)
    # (the halves the lane reads: a second of at most 36 characters, a first with 6 after the prefix)
    assume(len(value) - half <= 36 and half - len(prefix) >= 6)
    text = f"The key: {value[:half]}{sep}{value[half:]} and that is all."
    whole = _redact(text, [])
    assert "[SECRET]" in whole, (name, text)
    # (the body's start is gone; a first half that its rule already matches alone is all that is
    # replaced: the key lane wins over the same key read in groups, and half a key is no key)
    assert value[len(prefix) : len(prefix) + 8] not in whole
    assert _redact(text, cuts) == whole


# every example of a key format (a literal inside the key too: the Entra "Q~" secrets, "sb_secret_")
_ALL_KEYS = [
    (name, value, next((p for p in _BY_NAME[name].prefixes if value.startswith(p)), ""))
    for name, values in EXAMPLES.items()
    if name in _BY_NAME and _BY_NAME[name].kind == "key"
    for value in values
    if _BY_NAME[name].compiled.match(value)  # (not "FlyV1 fm2_…": a key after a scheme's word)
]


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(_ALL_KEYS),
    st.floats(0, 1),
    st.sampled_from([" ", "\t", "\n", "\r\n", "\u200b", " \u200b", "\u200b\n", "  ", " \n"]),
    st.lists(st.integers(1, 300), max_size=12),
    st.sampled_from([0, 1, 7, 16]),
)
def test_a_key_whose_first_group_alone_matches_leaves_no_run_of_its_body(
    key: tuple[str, str, str], where: float, sep: str, cuts: list[int], piece: int
) -> None:
    # The rule reads only enough of a key to be sure, so the first group of a key split in two
    # can match it alone: the key lane wins at its position and the second group went out as it
    # was ("[SECRET] ZNYAAvjIrXTa9cDx…" for an Anthropic key cut after 33 characters).
    name, value, prefix = key
    # (a cut where the first part alone can match: from where the rule's match of the key ends)
    least = _BY_NAME[name].compiled.match(value).end()  # type: ignore[union-attr]
    assume(least < len(value))
    cut = least + int(where * (len(value) - least - 1))
    first, second = value[:cut], value[cut:]
    assume(second and _BY_NAME[name].compiled.search(first) is not None)
    text = f"Here is the key you asked for: {first}{sep}{second} and keep it safe."
    whole = _redact(text, [])
    assert "[SECRET]" in whole, (name, text)
    assert _runs_left(value[len(prefix) :], whole) == [], (name, text, whole)
    # the same in any chunking: the decision whether the key goes on waits for its characters
    pieces = list(range(piece, len(text), piece)) if piece else cuts
    assert _redact(text, pieces) == whole
    # and what follows the key stays
    assert whole.endswith(" and keep it safe.")


@pytest.mark.parametrize(
    ("text", "out"),
    [
        # a word, a name, an address, a call after the key: not the key's second group
        ("key: sk-proj-Ab12Cd34Ef56Gh78Ij90 please keep it", "key: [SECRET] please keep it"),
        ("sk-proj-Ab12Cd34Ef56Gh78Ij90\nOPENAI_ORG2=org-1", "[SECRET]\nOPENAI_ORG2=org-1"),
        ("sk-proj-Ab12Cd34Ef56Gh78Ij90 mail jdoe42@example.com", "[SECRET] mail jdoe42@example.com"),
        ("sk-proj-Ab12Cd34Ef56Gh78Ij90\nclient2(key)", "[SECRET]\nclient2(key)"),
        # a second key is its own finding
        ("ghp_" + "a1B2" * 9 + " ghp_" + "c3D4" * 9, "[SECRET] [SECRET]"),
        # a second group is taken, then the text goes on
        ("gsk_YJN4tzSyaYyTLjF9WQ2z G7Dy3fhGi3slD8dSLFtux1PaNcCYiVbJ. Done", "[SECRET]. Done"),
    ],
)
def test_what_follows_a_key_is_no_second_group_unless_it_reads_as_one(text: str, out: str) -> None:
    assert _redact(text, []) == out
    assert _redact(text, list(range(1, len(text)))) == out
    assert len(find_secrets(text)) == out.count("[SECRET]")


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(_KEYS), st.integers(4, 10), st.lists(st.integers(1, 200), max_size=8))
def test_a_key_with_a_long_first_group_is_caught(key: tuple[str, str, str], size: int, cuts: list[int]) -> None:
    # the first 32 characters whole (more than a rule with a long body needs to see), then groups
    name, value, _prefix = key
    assume(len(value) > 32 + 2 * size)
    written = value[:32] + " " + " ".join(value[i : i + size] for i in range(32, len(value), size))
    text = f"Here it is: {written}\nDone."
    whole = _redact(text, [])
    assert "[SECRET]" in whole, (name, written)
    assert _runs_left(value, re.sub(r"\s", "", whole)) == [], (name, written, whole)
    assert _redact(text, cuts) == whole


def test_look_alikes_of_keys_are_left_alone() -> None:
    # hashes, UUIDs, git SHAs, base64 images, code identifiers: none is changed
    assert [b for b in BENIGN if find_secrets(b)] == []


def test_the_groups_right_after_the_key_stay() -> None:
    key = "ghp_" + "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5"
    written = " ".join(key[i : i + 4] for i in range(0, len(key), 4))
    assert _redact(f"token: {written}. Next line here.", []) == "token: [SECRET]. Next line here."
    # a key that ends before its run does (a rule with a right boundary): the words stay
    aws = "AKIA" + "IOSFODNN7EXAMPL3"
    assert _redact(" ".join(aws[i : i + 4] for i in range(0, 20, 4)) + " ok", []) == "[SECRET] ok"


@st.composite
def _hostile(draw: st.DrawFn) -> str:
    """A key prefix's head and groups after it (or one run of key characters), repeated."""
    head = draw(st.sampled_from(_HEADS))
    group = draw(st.text("aB3x-_9Zq./", min_size=1, max_size=12))
    sep = draw(st.sampled_from([" ", "\t", "\n", "\r\n", "  ", ""]))
    n = draw(st.integers(0, 12))
    unit = head + (sep + group) * n + draw(st.sampled_from(["", " ", "\n", ". "]))
    size = draw(st.integers(2000, 5000))
    return (unit * (size // len(unit) + 1))[:size]


@settings(max_examples=100, deadline=None)
@given(_hostile(), st.sampled_from([0, 1, 16]))
def test_work_per_character_is_bounded_for_runs_of_groups(text: str, chunk: int) -> None:
    # prefixes with groups after them, repeated: decisions read each run once, searches are
    # linear (the same bounds as every filter: tests/core/test_output_fastpaths.py)
    f = SecretFilter(action="report")
    pieces = [text[i : i + chunk] for i in range(0, len(text), chunk)] if chunk else [text]
    for p in pieces:
        f.feed(p)
    f.flush()
    longest = sum(lane.trigger.longest for lane in f._lanes)
    assert f.examined <= 8 * len(text) + longest * len(pieces) + 100, f.examined / len(text)
    assert f.decided <= 24 * len(text) + 200, f.decided / len(text)


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(_ALL_KEYS),
    st.text("aB3x-_9Zq", min_size=1, max_size=16),
    st.sampled_from([" ", "\t", "\n", "\r\n"]),
    st.integers(0, 40),
    st.sampled_from([0, 1, 16]),
)
def test_work_per_character_is_bounded_for_keys_with_groups_after_them(
    key: tuple[str, str, str], group: str, sep: str, n: int, chunk: int
) -> None:
    # a key, then groups that may read as its rest, repeated: each group is read once
    _name, value, _prefix = key
    unit = value + (sep + group) * n + ". "
    text = (unit * (3000 // len(unit) + 1))[:3000]
    f = SecretFilter(action="redact")
    pieces = [text[i : i + chunk] for i in range(0, len(text), chunk)] if chunk else [text]
    out = "".join(f.feed(p) for p in pieces) + f.flush()
    longest = sum(lane.trigger.longest for lane in f._lanes)
    assert f.examined <= 8 * len(text) + longest * len(pieces) + 100, f.examined / len(text)
    assert f.decided <= 24 * len(text) + 200, f.decided / len(text)
    assert out == _redact(text, [])


def test_a_random_text_of_groups_is_redacted_the_same_in_any_chunking() -> None:
    rnd = random.Random(3)
    for _ in range(200):
        _name, value, prefix = rnd.choice(_KEYS)
        written = _written(value, prefix, rnd.randint(3, 9), rnd.choice(_SEPARATORS), rnd.random() < 0.5)
        text = " ".join(rnd.choice(["see", written, "ghp_", "AKIA", "1234", "sk-", "\n"]) for _ in range(8))
        cuts = [rnd.randint(1, len(text)) for _ in range(6)]
        assert _redact(text, cuts) == _redact(text, []), text

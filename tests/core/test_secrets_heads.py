"""A key that starts inside a split-lane head: the lane matches a key prefix's first four
characters (``A3-`` of 1Password, ``dp.s`` of Doppler) when groups of key characters follow, and
where its decision finds no key written in groups, the positions inside the head are still tried
by the other lanes. ``A3-----BEGIN RSA PRIVATE KEY-----`` holds a PEM header starting at the
head's ``-``; ``dp.sk-proj-…`` an OpenAI key at its ``s``. Scanning on from the head's end missed
both (61 such texts of the examples)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from aiwarden.keys.rules import RULES, Rule
from aiwarden.scanners.secrets import _HEADS, SecretFilter

from .key_examples import EXAMPLES


def _starting_inside_heads() -> list[tuple[str, Rule]]:
    """Texts ``head[:k] + example`` (k = 1..3) where the example's key begins with the rest of the
    head, so that the head and the key overlap, and the key's own rule matches it there."""
    out = []
    values = [v for vs in EXAMPLES.values() for v in vs]
    for head in _HEADS:
        for k in (1, 2, 3):
            for rule in RULES:
                for prefix in rule.prefixes:
                    if not head[k:] or not prefix.startswith(head[k:]):
                        continue
                    for value in values:
                        i = value.find(prefix)
                        if i < 0:
                            continue
                        text = value[:i] + head[:k] + value[i:]
                        m = rule.compiled.search(text)
                        if m is not None and m.start() == i + k:
                            out.append((text, rule))
    return out


_CASES = _starting_inside_heads()
_TAILS = ["", " and more words here", " abcd efgh ijkl mnop qrst uvwx", "\nAbCd 12Ef gh34 iJ56"]


def test_there_are_such_texts() -> None:
    assert len(_CASES) >= 40
    assert {r.name for _, r in _CASES} >= {"private_key", "openai_key"}


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_CASES), st.sampled_from(_TAILS), st.sampled_from([0, 1, 5, 16]))
def test_a_key_starting_inside_a_head_is_found_whole_and_streamed(
    case: tuple[str, Rule], tail: str, chunk: int
) -> None:
    text, rule = case
    text = "see " + text + tail
    m = rule.compiled.search(text)
    assert m is not None
    found: list[tuple[int, int]] = []
    f = SecretFilter(action="report", on_find=lambda x: found.append((x.start, x.end)))
    for piece in [text[i : i + chunk] for i in range(0, len(text), chunk)] if chunk else [text]:
        f.feed(piece)
    f.flush()
    assert any(a <= m.start() < b or m.start() <= a < m.end() for a, b in found), (text, found)
    redacted = SecretFilter(action="redact")
    out = redacted.feed(text) + redacted.flush()
    assert "[SECRET]" in out


def test_a_head_where_no_key_is_found_costs_a_bounded_number_of_decisions() -> None:
    # heads that can start one after another inside each other ('dp.s' then 'sk-p'): each failed
    # decision retries the head's own positions only, not the run after it
    text = ("dp.sk-p " + "Ab1d " * 8 + "x ") * 500
    f = SecretFilter(action="redact")
    f.feed(text)
    f.flush()
    assert f.decided <= 8 * len(text)
    assert f.examined <= 12 * len(text)

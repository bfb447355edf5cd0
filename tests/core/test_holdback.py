"""What a streaming filter holds back: only an end of the text that can still become part of a
match. Words of prose go out as they arrive; the beginning of a key prefix waits for the rest."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from aiwarden.scanners._rewriter import _heads_pattern
from aiwarden.scanners.secrets import SecretFilter

KEY = "sk-proj-" + "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z"
TOKEN = "Bearer " + "eyJ0eXAi" + "Q29tcGxleFRva2VuMTIzNDU2Nzg5MA"


def test_prose_goes_out_but_for_a_word_that_may_start_an_address() -> None:
    f = SecretFilter(action="redact")
    assert f.feed("Hello, this is ") == "Hello, this is "
    # "fox" could still be the scheme of "fox://user:password@host": only it waits
    assert f.feed("The quick brown fox") == "The quick brown "
    assert f.feed(" jumps. ") == "fox jumps. "


def test_the_beginning_of_a_key_prefix_waits_for_the_rest() -> None:
    f = SecretFilter(action="redact")
    assert f.feed("send it with Bea") == "send it with "
    out = f.feed(TOKEN[3:] + " now") + f.flush()
    assert "Q29tcGxl" not in out and out.endswith(" now")


@given(st.lists(st.integers(1, 12), min_size=1, max_size=30))
@settings(max_examples=200, deadline=None)
def test_any_cut_of_prose_around_credentials_gives_the_whole_texts_result(cuts: list[int]) -> None:
    text = f"Use {KEY} for the API, or send {TOKEN} in the header; the fox://admin:hunter22@db host too."
    whole = SecretFilter(action="redact")
    expected = whole.feed(text) + whole.flush()
    assert KEY not in expected and "hunter22" not in expected
    f = SecretFilter(action="redact")
    out, at, i = [], 0, 0
    while at < len(text):
        size = cuts[i % len(cuts)]
        out.append(f.feed(text[at : at + size]))
        at, i = at + size, i + 1
    assert "".join(out) + f.flush() == expected


LITERALS = ["Bearer ", "Basic ", "sk-", "sk-proj-", "ghp_", "AKIA", "ASIA", "fox://", "-----BEGIN "]


@given(st.text(alphabet="".join(sorted(set("".join(LITERALS)))) + "xq\n", max_size=24))
@settings(max_examples=500, deadline=None)
def test_the_undecided_end_is_the_longest_that_begins_a_literal(text: str) -> None:
    # the pattern read backwards finds what the set of every proper prefix says
    heads = {x[:k] for x in LITERALS for k in range(1, len(x))}
    n = len(text)
    while n and text[len(text) - n :] not in heads:
        n -= 1
    m = _heads_pattern(frozenset(LITERALS)).match(text[::-1])
    assert (m.end() if m else 0) == n

"""Pseudonymization: placeholders out, values back, one mapping per request."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from aiwarden.privacy import Pseudonyms
from aiwarden.scanners.pii import KINDS

VALUES = st.sampled_from(
    [
        "bob@example.com",
        "ann@corp.example",
        "+1 415-555-0132",
        "4111 1111 1111 1111",
        "GB82 WEST 1234 5698 7654 32",
        "078-05-1121",
        "10.0.0.1",
        "fe80::1ff:fe23:4567:890a",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.text("ab ,.:\n<>_1", max_size=8), VALUES), max_size=6),
    st.text("ab .", max_size=5),
    st.lists(st.integers(0, 3000), max_size=20),
)
def test_pseudonymize_then_restore_returns_the_original(
    pieces: list[tuple[str, str]], tail: str, cuts: list[int]
) -> None:
    text = "".join(a + " " + b + " " for a, b in pieces) + tail
    mapping = Pseudonyms()
    hidden = mapping.pseudonymize(text, KINDS)
    for _, value in pieces:
        assert value not in hidden
    assert mapping.restore(hidden) == text
    points = sorted({c % (len(hidden) + 1) for c in cuts})
    f = mapping.restorer()
    streamed = "".join(f.feed(hidden[a:b]) for a, b in zip([0, *points], [*points, len(hidden)], strict=True))
    assert streamed + f.flush() == text


def test_same_value_same_placeholder_and_unknown_ones_stay() -> None:
    mapping = Pseudonyms()
    assert mapping.pseudonymize("a@b.io and a@b.io, c@d.io", ["email"]) == "<EMAIL_1> and <EMAIL_1>, <EMAIL_2>"
    assert mapping.restore("<EMAIL_2> <EMAIL_3> <PHONE_1>") == "c@d.io <EMAIL_3> <PHONE_1>"
    assert Pseudonyms().restore("<EMAIL_1>") == "<EMAIL_1>"  # another request's mapping knows nothing


def test_only_the_chosen_kinds() -> None:
    assert Pseudonyms().pseudonymize("a@b.io 10.0.0.1", ["ip_address"]) == "a@b.io <IP_ADDRESS_1>"

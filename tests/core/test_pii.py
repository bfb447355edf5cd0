"""PII detection and redaction: validators, formats, and stream == whole for any chunking."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aiwarden.scanners.pii import (
    _IBAN_LENGTHS,
    KINDS,
    PIIFilter,
    card_ok,
    find_pii,
    iban_ok,
    ip6_ok,
    luhn_ok,
    redact_pii,
    replacer,
    ssn_ok,
)


def kinds_of(text: str) -> list[str]:
    return [f.kind for f in find_pii(text)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("write to jane.doe+news@mail.example.co.uk please", "email"),
        ("card 4111 1111 1111 1111 expires", "credit_card"),
        ("card 4111-1111-1111-1111", "credit_card"),
        ("amex 378282246310005.", "credit_card"),
        ("IBAN GB82 WEST 1234 5698 7654 32 thanks", "iban"),
        ("iban de89370400440532013000", "iban"),
        ("SSN 078-05-1121", "ssn"),
        ("my ssn is 536225432", "ssn"),
        ("from 192.168.10.254 at noon", "ip_address"),
        ("host 2001:db8:85a3::8a2e:370:7334 is up", "ip_address"),
        ("call +44 20 7946 0958 now", "phone"),
        ("(415) 555-0132 is my number", "phone"),
        ("Phone:\n0490 75 40 81", "phone"),
        ("fax 9498777106", "phone"),
        ("3660170548-Fax", "phone"),
        ("call me at 467 3395 tomorrow", "phone"),
        ("Visa 4917 6100 0000 0000 003", "credit_card"),  # 19 digits, 4-4-4-4-3
        ("loopback fe80::1 on lo0", "ip_address"),
        ("Ring us on 020 7946 0958.", "phone"),  # a trunk prefix and groups: no phone word needed
        ("Appelez le 01 23 45 67 89", "phone"),
        ("Call Sarah on 0412 345 678.", "phone"),  # a name between the phone word and the number
        ("Emergency contact: Maria (mother), 9171 2345", "phone"),
        ("67 45 12 90 is my number", "phone"),
        ("Telefon: 512 345 678", "phone"),
        ("Record: (+44) 20 7946 0958", "phone"),
        ("Record: +31(0)201234567", "phone"),
        ("Record: 415/555-0132", "phone"),
        ('{"phone_number": "13812345678"}', "phone"),  # a key in snake case names a phone too
    ],
)
def test_finds_each_kind(text: str, kind: str) -> None:
    assert kinds_of(text) == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "card 4111 1111 1111 1112",  # Luhn fails
        "IBAN GB82 WEST 1234 5698 7654 33",  # checksum fails
        "SSN 666-12-3456 and 000-12-3456 and 912-12-3456",  # invalid areas
        "version 1.2.3.4 of 999.1.1.1",
        "released on 2024-03-15, 12:30:45",
        "we sold 1234567 units in 2023",  # a bare number without a phone word
        "std::vector and a::b",
        "",
        "ISBN 9780306406157",  # passes Luhn, but 9 is no card's industry digit
        "My phone's IMEI is 490154203237518.",  # Luhn too; named as an IMEI
        "See section 4.2.1.3 and table 3.1.2.4.",
        "MAC 00:1a:2b:3c:4d:5e:6f:70",  # a valid IPv6 text, but pairs of hex digits
        "We received 2 calls about invoice 88123456.",  # another identifier is named
        "Call volume rose from 1 250 000 to 1 400 000.",  # round quantities
        "Customer ID 0012 3456 789 is active.",
        "Population: 8 336 817 (2022)",
        "ISBN-10 0-306-40615-2",
        # found by scanning the standard library and package documentation
        "the SIZE extension.  Defaults to 33554432 bytes.",  # a phone word, then a sentence's end
        'text = format(123456789, "n")',  # a phone word as a variable: "=" and "(" are code
        "## v2.14.4 (2026-11-19)",  # a date in brackets
        "typing-extensions>=3.7.4.1",  # a version constraint
        "0 0 1 0 1 1 0 1 0 0 1 1 0 1",  # a row of a matrix
        "IPv6Network('4000::/3')",  # a network, not an address
        '"016.016.016.016", "03.01.04 03.02.04"',
        '{"order_id": 88123456, "phone_model": "X200", "price": 3999000}',
        '"211 486 761 1265", (3221225985, 24), +1.000000, "001.000.008.016"',
        "Registration Number: 12345678",  # "Number:" alone does not name a phone
    ],
)
def test_leaves_lookalikes_alone(text: str) -> None:
    assert find_pii(text) == []


def test_validators() -> None:
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert iban_ok("GB82WEST12345698765432") and not iban_ok("GB82WEST1234569876543")
    assert ssn_ok("078051120") is False  # the Woolworth wallet number is known and invalid
    assert ssn_ok("536225432") and not ssn_ok("536005432")
    assert card_ok("378282246310005") and not card_ok("3782822463100050")  # Amex has 15 digits
    assert card_ok("4222222222222") and not card_ok("9780306406157")
    assert ip6_ok("2001:db8::1") and ip6_ok("fe80::1") and not ip6_ok("a::b") and not ip6_ok("::")


def test_two_phones_in_one_run() -> None:
    text = "Phones: 555-123-4567 555-987-6543"
    assert [text[f.start : f.end] for f in find_pii(text)] == ["555-123-4567", "555-987-6543"]


def test_phone_extension_is_part_of_the_value() -> None:
    assert redact_pii("Reach the desk on 212-555-0147 ext. 204 today") == "Reach the desk on [PHONE] today"
    assert redact_pii("call (212)555-0175x3321.") == "call [PHONE]."


def test_kinds_select_and_positions_are_exact() -> None:
    text = "a@b.io, 10.0.0.1"
    [f] = find_pii(text, ["ip_address"])
    assert text[f.start : f.end] == "10.0.0.1"
    with pytest.raises(ValueError, match="unknown PII kind"):
        find_pii(text, ["passport"])


def test_replacement_styles() -> None:
    text = "card 4111 1111 1111 1111, mail a@b.io"
    assert redact_pii(text) == "card [CREDIT_CARD], mail [EMAIL]"
    assert redact_pii(text, style="mask") == "card **** **** **** 1111, mail *@*.**"
    hashed = PIIFilter(KINDS, replacer("hash", b"k"))
    out = hashed.feed(text) + hashed.flush()
    assert out.startswith("card [CREDIT_CARD:") and "4111" not in out
    again = PIIFilter(KINDS, replacer("hash", b"k"))
    assert again.feed(text) + again.flush() == out  # stable for one key


def test_iban_followed_by_a_short_word() -> None:
    assert redact_pii("pay GB82 WEST 1234 5698 7654 32 to me") == "pay [IBAN] to me"


def test_holdback_is_bounded() -> None:
    f = PIIFilter()
    assert f.width <= 128
    released = f.feed("x " * 500 + "4111 1111")
    assert len("x " * 500 + "4111 1111") - len(released) <= f.width


VALUES = st.sampled_from(
    [
        "jane.doe@example.com",
        "josé.garcía@correo.es",
        "müller@bücher.de",
        "4111 1111 1111 1111",
        "5500-0000-0000-0004",
        "GB82 WEST 1234 5698 7654 32",
        "078-05-1120",
        "536-22-5432",
        "10.20.30.40",
        "fe80::1ff:fe23:4567:890a",
        "+1 415-555-0132",
        "(020) 7946 0958",
        "Phone: 467 3395",
        "020 7946 0958",
        "call Sarah on 0412 345 678",
        "555-0142 ext. 12",
        " is my number",
        "invoice 88123456",
        "IMEI ",
        "1 250 000",
        "fe80::1",
        "section 1.2.3.4",
        "1234567",
        "2024-01-02",
        "a::b",
        "sk-none",
        "@",
        ".",
        "-",
        " ",
        "\n",
        "x",
    ]
)
FILLER = st.text(alphabet=st.sampled_from(list("ab .,:-+()@\n0123456789éü日")), max_size=12)


@st.composite
def planted(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.tuples(FILLER, VALUES), max_size=8))
    return "".join(a + b for a, b in pieces) + draw(FILLER)


def chunks(text: str, cuts: list[int]) -> list[str]:
    points = sorted({c % (len(text) + 1) for c in cuts})
    return [text[a:b] for a, b in zip([0, *points], [*points, len(text)], strict=True)]


@settings(max_examples=400, deadline=None)
@given(planted(), st.lists(st.integers(0, 10_000), max_size=30))
def test_streaming_equals_whole_text(text: str, cuts: list[int]) -> None:
    whole = redact_pii(text)
    f = PIIFilter()
    streamed = "".join(f.feed(piece) for piece in chunks(text, cuts)) + f.flush()
    assert streamed == whole


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("write josé.garcía@correo.es now", "write [EMAIL] now"),
        ("mail müller@bücher.de!", "mail [EMAIL]!"),
        ("Адрес: иван.петров@пример.рф, спасибо", "Адрес: [EMAIL], спасибо"),
    ],
)
def test_emails_with_letters_of_any_script_are_redacted_whole(text: str, want: str) -> None:
    assert redact_pii(text) == want
    f = PIIFilter()
    assert "".join(f.feed(c) for c in text) + f.flush() == want  # one character at a time too


# -- values among other digit groups (number runs) -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "aa11 4111 1111 1111 1111 ok",  # no IBAN, but a card behind its prefix
        "1 2 3 4 5 6 7 8 4111 1111 1111 1111 ok",  # a run the pattern cuts
        "4111 1111 1111 1111 42 42 42 ok",  # stray groups after the card
        "7 " * 40 + "4111 1111 1111 1111 ok",  # the card across the cut of a long run
        "7 " * 40 + "4111 1111 1111 1111" + " 7" * 40,
        "(0)1 " * 30 + "4111 1111 1111 1111 ok",
    ],
)
def test_a_card_among_other_digit_groups_is_redacted(text: str) -> None:
    out = redact_pii(text)
    assert "4111 1111 1111 1111" not in out and "[CREDIT_CARD]" in out, out
    streamed = PIIFilter()
    assert "".join(streamed.feed(text[i : i + 7]) for i in range(0, len(text), 7)) + streamed.flush() == out


STRAY = st.sampled_from(["1", "7", "42", "123", "1111", "0)1", "(0)1", "12.3", "00", "9999"])
CARDS = st.sampled_from(["4111 1111 1111 1111", "5500 0000 0000 0004", "3782 822463 10005", "4012-8888-8888-1881"])


@settings(max_examples=300, deadline=None)
@given(st.lists(STRAY, max_size=70), CARDS, st.lists(STRAY, max_size=12), st.integers(1, 40))
def test_a_card_hidden_in_a_number_run_of_any_length_is_redacted(
    before: list[str], card: str, after: list[str], chunk: int
) -> None:
    # however many groups come before it (the run is cut and scanning resumes in its last
    # groups), whole and streamed
    text = "x " + " ".join([*before, card, *after]) + " y"
    f = PIIFilter()
    out = "".join(f.feed(text[i : i + chunk]) for i in range(0, len(text), chunk)) + f.flush()
    assert card not in out, out
    assert out == redact_pii(text)


@pytest.mark.parametrize("chunk", [0, 1, 7, 16])
def test_card_across_the_cut_of_a_run_of_long_groups(chunk: int) -> None:
    # a run cut at its 50 elements with at most five groups before the cut resumes at its second
    # group (it resumed past the cut: a value going on across it was never tried)
    text = "IDs: 2024-1105-7734 9921-0045-1180 3310-2210-0457 4111-1111-1111-1111"
    f = PIIFilter()
    out = f.feed(text) if not chunk else "".join(f.feed(text[i : i + chunk]) for i in range(0, len(text), chunk))
    out += f.flush()
    assert out == "IDs: 2024-1105-7734 9921-0045-1180 3310-2210-0457 [CREDIT_CARD]"


_GROUP = st.builds(
    lambda parts, sep: sep.join(parts),
    st.lists(st.text("0123456789", min_size=1, max_size=5), min_size=1, max_size=5),
    st.sampled_from(["-", ".", "/"]),
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_GROUP, max_size=8),
    st.sampled_from(["4111-1111-1111-1111", "4111 1111 1111 1111", "5555555555554444", "4012 8888 8888 1881"]),
    st.lists(st.text("0123456789", min_size=1, max_size=4), max_size=3),
    st.integers(0, 20),
)
def test_a_card_after_any_run_of_digit_groups_never_passes(
    before: list[str], card: str, after: list[str], chunk: int
) -> None:
    # whatever the groups before it (where the 50-element cut falls, how few and long they are), the
    # card is redacted, whole and streamed
    text = "Ref " + " ".join([*before, card, *after]) + " end."
    f = PIIFilter()
    out = f.feed(text) if not chunk else "".join(f.feed(text[i : i + chunk]) for i in range(0, len(text), chunk))
    assert card not in out + f.flush()


def _compositions(total: int, parts: int) -> list[tuple[int, ...]]:
    if parts == 1:
        return [(total,)]
    return [(a, *rest) for a in range(1, total - parts + 2) for rest in _compositions(total - a, parts - 1)]


def test_card_layouts_are_the_card_shapes_written_with_spaces() -> None:
    # the layouts _INNER_START looks for inside a run are exactly the groupings of 12-19 digits in
    # 2-6 space-separated groups that the card pattern accepts (a layout missing there: a card
    # inside a run never read again, a leak)
    from aiwarden.scanners.pii import _CARD_SHAPES, _card_layouts

    brute = {
        layout
        for total in range(12, 20)
        for parts in range(2, 7)
        for layout in _compositions(total, parts)
        if _CARD_SHAPES.fullmatch(" ".join("4" * n for n in layout))
    }
    assert _card_layouts() == brute


def test_inner_span_search_reports_every_width() -> None:
    # _INNER_SPANS reports, at one group, each number of groups (1-5) a card's or an SSN's layout
    # starting there has: a width it missed would leave a card inside a run unread
    from aiwarden.scanners.pii import _INNER_SPANS, _card_layouts

    layouts = _card_layouts() | {(3, 2, 4)}
    assert max(map(len, layouts)) == _INNER_SPANS.groups == 5
    for layout in layouts:
        lengths = bytes([*layout, 4, 4, 4, 4, 4])  # (longer layouts may start there too)
        m = _INNER_SPANS.match(lengths)
        assert m is not None and m.group(len(layout)) == bytes(layout), layout
    assert _INNER_SPANS.match(bytes([4, 3, 4, 4])) is None
    assert _INNER_SPANS.match(bytes([16])) is not None and _INNER_SPANS.match(bytes([11, 8])) is None


# -- work on hostile number runs ---------------------------------------------------------------

_HOSTILE_GROUP = st.one_of(
    st.text("0123456789", min_size=1, max_size=20),
    st.sampled_from(["4111", "1111", "111", "(0)1", "0)1", "1.2.3.4.5", "999.999.999.999", "10.0.0.1000"]),
    st.builds(
        lambda parts, sep: sep.join(parts),
        st.lists(st.text("0123456789", min_size=1, max_size=5), min_size=2, max_size=6),
        st.sampled_from(["-", ".", "/", ",", "x"]),
    ),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_HOSTILE_GROUP, min_size=1, max_size=12), st.sampled_from([" ", " ", "-", "."]), st.integers(0, 17))
def test_number_runs_cost_a_bounded_number_of_python_decisions_per_character(
    unit: list[str], sep: str, chunk: int
) -> None:
    # a hostile run repeated to ~3,000 characters: the number classifications (each tens of
    # Python operations) and the characters decisions read again stay within a constant per input
    # character, whole and streamed — never a per-group loop of decisions that grows with the run
    import aiwarden.scanners.pii as pii

    text = sep.join(unit) + " "
    text = (text * (3000 // len(text) + 1))[:3000]
    calls = 0
    classify = pii._classify_number

    def counted(*args: object, **kwargs: object) -> str | None:
        nonlocal calls
        calls += 1
        return classify(*args, **kwargs)  # type: ignore[arg-type]

    pii._classify_number = counted  # type: ignore[assignment]
    try:
        f = PIIFilter()
        out = "".join(f.feed(text[i : i + chunk]) for i in range(0, len(text), chunk)) if chunk else f.feed(text)
        out += f.flush()
    finally:
        pii._classify_number = classify
    assert out == redact_pii(text)  # (and the same output in any pieces)
    assert calls <= 0.25 * len(text) + 10, calls / len(text)
    # (16, was 12: a run is read once more where a card or an SSN may hide at another separator than
    # a space, "00000000000001 0-0 0x0000 " repeated is the worst found)
    assert f.decided <= 16 * len(text) + 200, f.decided / len(text)


def _valid_iban(country: str, length: int, seed: int) -> str:
    body = "".join(str((seed * 7 + i * 3) % 10) for i in range(length - 4))
    number = int("".join(str(int(c, 36)) for c in body + country + "00"))
    return f"{country}{98 - number % 97:02d}{body}"


@pytest.mark.parametrize("case", [str.upper, str.lower])
def test_an_iban_of_every_registry_country_is_found(case: Callable[[str], str]) -> None:
    # the number lane's trigger for an IBAN is a registry country's code (either case) and two digits
    for i, (country, n) in enumerate(sorted(_IBAN_LENGTHS.items())):
        iban = case(_valid_iban(country, n, i))
        grouped = " ".join(iban[k : k + 4] for k in range(0, n, 4))
        for text in (f"pay to {iban} today", f"IBAN: {grouped}."):
            assert kinds_of(text) == ["iban"], text


def test_two_letters_that_are_no_country_start_no_candidate() -> None:
    # "ya29." (a Google token's prefix) repeated: letters and digits that no IBAN starts with are no
    # trigger of the number lane, so not one candidate is tried (each was a regex try: ~28 ms / 100 KB)
    text = "ya29." * 4000 + " ab12 cd34 zz99 "
    f = PIIFilter()
    assert f.feed(text) + f.flush() == text
    assert f.tries == 0
    assert f.examined <= 3 * len(text)

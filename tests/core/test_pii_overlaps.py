"""PII values that touch: no digit of a card, IBAN or SSN is left visible beside another value.

Two candidates that overlap are replaced as one (their union, named by the stronger kind), and a
card or SSN glued to a neighbour by a separator (a phone, a date, an IP address, an IBAN, another
card) is found at that separator — whole and streamed in any pieces."""

from __future__ import annotations

import random
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aiwarden.scanners._normal import fold
from aiwarden.scanners.pii import PIIFilter, iban_ok, luhn_ok, redact_pii


def _filtered(text: str, chunk: int) -> tuple[str, list[tuple[int, int]]]:
    spans: list[tuple[int, int]] = []
    f = PIIFilter(on_find=lambda finding, _value: spans.append((finding.start, finding.end)))
    if chunk:
        out = "".join(f.feed(text[i : i + chunk]) for i in range(0, len(text), chunk)) + f.flush()
    else:
        out = f.feed(text) + f.flush()
    return out, spans


def _longest_visible(text: str, spans: list[tuple[int, int]], start: int, end: int) -> int:
    """The longest run of the value's letters and digits in ``text[start:end]`` (in its own
    order, across its separators) that no replaced span covers."""
    covered = bytearray(len(text))
    for a, b in spans:
        covered[a:b] = b"\1" * (b - a)
    best = run = 0
    for k in range(start, end):
        if not fold(text[k])[0].isalnum():
            continue  # (a separator or an invisible character of the value)
        run = 0 if covered[k] else run + 1
        best = max(best, run)
    return best


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a phone by its format sharing a group with a card
        ("x 510/887 4111 1111 1111 1111 y", "x [CREDIT_CARD] y"),
        ("call 415-555-0132 4111 1111 1111 1111", "call [CREDIT_CARD]"),
        ("x +44 20 7946 0958 536 22 5432 y", "x [SSN] y"),
        # a card glued to something else by another separator than its own
        ("card 4532 0151 1283 0366-1 ok", "card [CREDIT_CARD]-1 ok"),
        ("card 4532015112830366/12 ok", "card [CREDIT_CARD]/12 ok"),
        # (only cards and SSNs are looked for at a glued separator: the address and the phone
        # glued to them stay as they were, no value of their own)
        ("x 4532 0151 1283 0366.10.0.0.1 y", "x [CREDIT_CARD].10.0.0.1 y"),
        ("x 415-555-0132.4532 0151 1283 0366 y", "x 415-555-0132.[CREDIT_CARD] y"),
        ("x 2024-11-05/536-22-5432 y", "x 2024-11-05/[SSN] y"),
        # glued after a value of another lane (scanning never starts a number after "-" or ".")
        ("x GB82 WEST 1234 5698 7654 32-536 22 5432 y", "x [IBAN]-[SSN] y"),
        ("x GB82 WEST 1234 5698 7654 32.4532-0151-1283-0366 y", "x [IBAN].[CREDIT_CARD] y"),
        ("x 10.0.0.1-4532 0151 1283 0366 y", "x [IP_ADDRESS]-[CREDIT_CARD] y"),
        ("x 4532-0151-1283-0366.536-22-5432 y", "x [CREDIT_CARD].[SSN] y"),
        # a dashed number is one number: its last groups are no card of their own
        ("Gift card code 1234-5678-9012-3456", "Gift card code 1234-5678-9012-3456"),
        # a card's layout ending in an IPv4 address's first octet is not read across the dot
        ("x 4904 1008 4645 9 144.114.104.55 y", "x [CREDIT_CARD] [IP_ADDRESS] y"),
    ],
)
@pytest.mark.parametrize("chunk", [0, 1, 16])
def test_touching_values_leave_no_digit_visible(text: str, want: str, chunk: int) -> None:
    assert _filtered(text, chunk)[0] == want


# -- the property: entities glued with separators ------------------------------------------------


def _card(rnd: random.Random) -> str:
    n = rnd.choice([15, 16, 16, 19])
    head = {15: "37", 16: rnd.choice(["4", "51", "6011"]), 19: "4"}[n]
    body = head + "".join(rnd.choice(string.digits) for _ in range(n - 1 - len(head)))
    digits = next(body + d for d in string.digits if luhn_ok(body + d))
    sep = rnd.choice([" ", "-", ".", "", "\u2013"])
    if n == 15:
        return sep.join([digits[:4], digits[4:10], digits[10:]])
    return sep.join(digits[i : i + 4] for i in range(0, n, 4))


def _ssn(rnd: random.Random) -> str:
    area = rnd.choice([a for a in range(1, 900) if a != 666])
    sep = rnd.choice(["-", " ", "."])
    return f"{area:03d}{sep}{rnd.randint(1, 99):02d}{sep}{rnd.randint(1, 9999):04d}"


def _iban(rnd: random.Random) -> str:
    bank = "".join(rnd.choice(string.ascii_uppercase) for _ in range(4))
    body = bank + "".join(rnd.choice(string.digits) for _ in range(14))
    check = next(f"{c:02d}" for c in range(2, 99) if iban_ok(f"GB{c:02d}{body}"))
    compact = f"GB{check}{body}"
    return compact if rnd.random() < 0.3 else " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _phone(rnd: random.Random) -> str:
    a, b, c = rnd.randint(201, 989), rnd.randint(200, 999), rnd.randint(0, 9999)
    return rnd.choice([f"{a}-{b}-{c:04d}", f"({a}) {b}-{c:04d}", f"+44 20 {b}1 {c:04d}", f"{a}/{b} {c:04d}"])


def _other(rnd: random.Random) -> str:
    return rnd.choice(
        [
            f"20{rnd.randint(10, 29)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
            f"{rnd.randint(1, 28):02d}.{rnd.randint(1, 12):02d}.20{rnd.randint(10, 29)}",
            ".".join(str(rnd.randint(1, 254)) for _ in range(4)),
            str(rnd.randint(1, 99999)),
        ]
    )


# what glues two values: every space the normaliser unifies, punctuation, every dash (not an
# invisible character: "0132\u200b4111" is one group of digits, whatever it was)
GLUE = [" ", "\u00a0", "\u2009", "\u3000", "\n", ", ", "; ", ",", "/", ".", "-", "\u2013", "\u2212"]
STRONG = {"card": _card, "ssn": _ssn, "iban": _iban}
WEAK = {"phone": _phone, "other": _other}


def _separator(value: str) -> str | None:
    """The separator a card or SSN is written with (folded), if not a space."""
    seps = {fold(c)[0] for c in value if not c.isalnum()}
    return next(iter(seps)) if len(seps) == 1 and seps != {" "} else None


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 2**32), st.integers(2, 4), st.sampled_from([0, 1, 16]))
def test_glued_values_leave_no_run_of_four_digits_of_a_card_iban_or_ssn(seed: int, count: int, chunk: int) -> None:
    rnd = random.Random(seed)
    parts: list[tuple[str, str, bool]] = []
    for _ in range(count):
        family = rnd.choice([*STRONG, *WEAK, *STRONG])
        parts.append((family, {**STRONG, **WEAK}[family](rnd), family in STRONG))
    glues = [rnd.choice(GLUE) for _ in range(count - 1)]
    text, planted = "x ", []
    for i, (_family, value, strong) in enumerate(parts):
        start = len(text)
        text += value
        if strong:
            own = _separator(value)
            around = {fold(glues[j])[0] for j in (i - 1, i) if 0 <= j < len(glues)}
            # written with its own separator and glued by it ("536-22-5432-1"), a value is one
            # dashed number with its neighbour: not a value of its own
            if own is None or own not in around:
                planted.append((start, len(text), value))
        if i < len(glues):
            text += glues[i]
    text += " y"
    out, spans = _filtered(text, chunk)
    assert out == redact_pii(text)
    for start, end, value in planted:
        assert _longest_visible(text, spans, start, end) < 4, (value, text, out)

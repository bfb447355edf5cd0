"""An AWS key id and its secret access key listed together (``AKIA… wJalr…``, as an answer gives a
pair): the id's rule reads the 40-character secret right after it (a space, a comma, a colon, a
line break between), so both are redacted, whole and streamed; what follows an id and is no secret
(a word, a git SHA, a run of one letter) stays."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aiwarden.scanners.secrets import SecretFilter, find_secrets

_ID = "AKIAIOSFODNN7EXAMPLE"
_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
_SEPARATORS = [" ", "  ", "\t", ", ", ",", ": ", " : ", "\n", "\r\n", " | ", ";"]
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _redact(text: str, chunk: int) -> str:
    f = SecretFilter(action="redact")
    pieces = [text[i : i + chunk] for i in range(0, len(text), chunk)] if chunk else [text]
    return "".join(f.feed(p) for p in pieces) + f.flush()


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(_SEPARATORS),
    st.text(st.sampled_from(_B64), min_size=40, max_size=40).filter(
        lambda s: any(c.islower() for c in s) and any(c.isupper() for c in s) and any(c in "0123456789+/" for c in s)
    ),
    st.sampled_from(["AKIA", "ASIA"]),
    st.sampled_from([0, 1, 7, 16]),
)
def test_the_secret_after_a_key_id_is_redacted_with_it(sep: str, secret: str, prefix: str, chunk: int) -> None:
    text = f"Here are the credentials: {prefix}{_ID[4:]}{sep}{secret} and that is all."
    out = _redact(text, chunk)
    assert secret not in out and _ID[4:] not in out, out
    assert out.startswith("Here are the credentials: [SECRET]") and out.endswith(" and that is all.")


def test_the_documented_pair_is_one_finding() -> None:
    found = find_secrets(f"{_ID} {_SECRET}")
    assert [(f.start, f.end, f.detail) for f in found] == [(0, 20 + 1 + 40, "aws_access_key")]


@pytest.mark.parametrize(
    "after",
    [
        " is the documented example id",
        " 3f786850e387550fdab836ed7e6dc881de23001b",  # a git SHA: no capital letter
        " " + "a" * 40,
        " " + "AbCdEfGhIjKlMnOpQrStUvWxYzAbCdEfGhIjKlMn",  # no digit, + or /
        " " + _SECRET + "x",  # 41 characters: no secret of this format
        "-" + _SECRET,  # glued by a dash: no separator of a listed pair
    ],
)
def test_what_follows_an_id_and_is_no_secret_stays(after: str) -> None:
    out = _redact(_ID + after, 0)
    assert out == "[SECRET]" + after

"""Reformatted PII and keys, generated systematically from the hand-written corpus (pii_corpus).

A model asked to leak a value past a filter (or writing it in another script) changes its form,
not its content: invisible characters inside it, digits of another script, Unicode dashes and
spaces, other separators between digit groups, full-width or mathematical letters. Each
``Variant`` is a corpus sentence with its value rewritten by one such transformation; the value
must still be found, and the redaction must cover the rewritten span.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .pii_corpus import CARDS, EMAILS, IBANS, IPS, MORE, PHONES, SSNS

INVISIBLE = {
    "zwsp": "\u200b",
    "zwnj": "\u200c",
    "zwj": "\u200d",
    "word_joiner": "\u2060",
    "bom": "\ufeff",
    "soft_hyphen": "\u00ad",
    "cgj": "\u034f",
    "lrm": "\u200e",
}
DIGITS = {
    "fullwidth": 0xFF10,
    "math_bold": 0x1D7CE,
    "double_struck": 0x1D7D8,
    "math_sans": 0x1D7E2,
    "monospace": 0x1D7F6,
    "arabic_indic": 0x0660,
    "ext_arabic_indic": 0x06F0,
    "devanagari": 0x0966,
    "bengali": 0x09E6,
    "thai": 0x0E50,
}
DASHES = {
    "hyphen": "\u2010",
    "nb_hyphen": "\u2011",
    "figure_dash": "\u2012",
    "en_dash": "\u2013",
    "em_dash": "\u2014",
    "minus": "\u2212",
    "fw_hyphen": "\uff0d",
    "small_hyphen": "\ufe63",
}
SPACES = {"nbsp": "\u00a0", "thin": "\u2009", "narrow_nbsp": "\u202f", "ideographic": "\u3000", "en_space": "\u2002"}
GROUPING = {"dot": ".", "slash": "/", "comma": ",", "dash": "-", "space": " "}
# Other separators a reader takes for a break between groups: dots and bullets of every kind,
# slashes, the low line, white space (a tab, a line break, two spaces, a space and a line break).
SEPARATORS = {
    "middle_dot": "\u00b7",
    "bullet": "\u2022",
    "bullet_operator": "\u2219",
    "dot_operator": "\u22c5",
    "hyphenation_point": "\u2027",
    "katakana_middle_dot": "\u30fb",
    "greek_ano_teleia": "\u0387",
    "fraction_slash": "\u2044",
    "division_slash": "\u2215",
    "underscore": "_",
    "fullwidth_low_line": "\uff3f",
    "tab": "\t",
    "newline": "\n",
    "crlf": "\r\n",
    "two_spaces": "  ",
    "space_newline": " \n",
    "ogham_space": "\u1680",
}
# E-mail addresses written out so that a filter would not see them (what the at and the dots become).
EMAIL_FORMS = {
    "at_brackets": (" [at] ", "."),
    "at_dot_brackets": (" [at] ", " [dot] "),
    "at_parens": ("(at)", "."),
    "at_dot_parens": ("(at)", "(dot)"),
    "at_braces": (" {at} ", " {dot} "),
    "at_angles": (" <AT> ", " <DOT> "),
    "spaced_at": (" @ ", "."),
    "at_space": ("@ ", "."),
    "at_dot_words": (" at ", " dot "),
    "at_dot_words_upper": (" AT ", " DOT "),
}


@dataclass(frozen=True)
class Variant:
    kind: str
    how: str
    text: str
    start: int
    end: int

    @property
    def value(self) -> str:
        return self.text[self.start : self.end]


def _digits(base: int) -> Callable[[str], str]:
    return lambda v: "".join(chr(base + ord(c) - 48) if c.isdigit() else c for c in v)


def _fullwidth(v: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in v)


def _math_bold(v: str) -> str:
    def one(c: str) -> str:
        if "A" <= c <= "Z":
            return chr(0x1D400 + ord(c) - 65)
        if "a" <= c <= "z":
            return chr(0x1D41A + ord(c) - 97)
        if c.isdigit():
            return chr(0x1D7CE + ord(c) - 48)
        return c

    return "".join(one(c) for c in v)


def _inside(mark: str) -> Callable[[str], str]:
    """``mark`` in the middle of the value and after every separator."""

    def put(v: str) -> str:
        mid = len(v) // 2
        v = v[:mid] + mark + v[mid:]
        return re.sub(r"([ \-.@:])", lambda m: m.group(1) + mark, v)

    return put


def _separators(sep: str) -> Callable[[str], str]:
    return lambda v: re.sub(r"(?<=[0-9A-Za-z])[ \-](?=[0-9A-Za-z])", sep, v)


def _grouped(sep: str, size: int = 4) -> Callable[[str], str]:
    """Groups of ``size`` (compact values first get grouped)."""

    def group(v: str) -> str:
        compact = re.sub(r"[ \-]", "", v)
        return sep.join(compact[i : i + size] for i in range(0, len(compact), size))

    return group


def _mixed(v: str) -> str:
    """Groups of four with a different separator each time (space, dash, dot); cards of up to 16
    digits (a fifth group after mixed separators is left: that is how a card runs into the next
    number in a table, docs/output.md)."""
    compact = re.sub(r"[ \-]", "", v)
    if len(compact) > 16:
        return v
    groups = [compact[i : i + 4] for i in range(0, len(compact), 4)]
    return "".join(g + (" -."[k % 3] if k < len(groups) - 1 else "") for k, g in enumerate(groups))


def _email_form(at: str, dot: str) -> Callable[[str], str]:
    def write(v: str) -> str:
        local, _, domain = v.rpartition("@")
        return local + at + domain.replace(".", dot)

    return write


def _transforms(kind: str) -> dict[str, Callable[[str], str]]:
    t: dict[str, Callable[[str], str]] = {f"invisible_{k}": _inside(c) for k, c in INVISIBLE.items()}
    t["fullwidth_all"] = _fullwidth
    if kind == "email":
        t["fullwidth_at"] = lambda v: v.replace("@", "\uff20")
        t["small_at"] = lambda v: v.replace("@", "\ufe6b")
        t["math_bold"] = _math_bold
        t.update({f"written_{k}": _email_form(at, dot) for k, (at, dot) in EMAIL_FORMS.items()})
        return t
    t.update({f"digits_{k}": _digits(b) for k, b in DIGITS.items()})
    if kind in ("credit_card", "phone", "ssn", "iban"):
        t.update({f"dash_{k}": _separators(c) for k, c in DASHES.items()})
        t.update({f"space_{k}": _separators(c) for k, c in SPACES.items()})
    if kind == "credit_card":
        t.update({f"groups_{k}": _grouped(c) for k, c in GROUPING.items()})
        t["digit_per_space"] = _grouped(" ", 1)
        t.update({f"groups_{k}": _grouped(c) for k, c in SEPARATORS.items()})
        t["groups_mixed"] = _mixed
    if kind == "iban":
        t["groups_dash"] = _grouped("-")
        t.update({f"groups_{k}": _grouped(c) for k, c in SEPARATORS.items()})
    if kind == "ssn":
        t.update({f"sep_{k}": _separators(c) for k, c in SEPARATORS.items() if "slash" not in k})
    if kind == "phone":
        t["dots"] = _separators(".")
    if kind == "ip_address":
        t["fullwidth_dots"] = lambda v: v.replace(".", "\uff0e")
    return t


def variants() -> Iterator[Variant]:
    for text, values in [*EMAILS, *PHONES, *CARDS, *IBANS, *SSNS, *IPS, *MORE]:
        for kind, value in values:
            if kind == "ip_address" and ":" in value:
                continue  # IPv6: hex letters and colons, not reformatted by these
            start = text.index(value)
            for how, change in _transforms(kind).items():
                new = change(value)
                if new == value:
                    continue
                if how == "digit_per_space" and len(new) > 31:
                    continue  # a value of up to 16 digits, one per space
                yield Variant(kind, how, text[:start] + new + text[start + len(value) :], start, start + len(new))


KEYS = [
    "sk-proj-" + "Ab3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7",
    "ghp_" + "a1B2c3D4e5F6g7H8i9J0" * 2 + "kLmN",
    "AKIA" + "Z7Q2M4N6P8R1T3V5",
    "sk-ant-api03-" + "Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0Fe" + "9Dc8",
    "xoxb-" + "1234567890-0987654321-" + "AbCdEfGhIjKlMnOpQrStUv",
    "AIza" + "Sy" + "D4e5F6g7H8i9J0kLmNoPqRsTuVwXyZ01234",
]


def _at(mark: str, *cuts: int) -> Callable[[str], str]:
    """``mark`` inserted at each of ``cuts`` (positions in the value)."""

    def put(v: str) -> str:
        for cut in sorted(cuts, reverse=True):
            v = v[:cut] + mark + v[cut:]
        return v

    return put


# Cyrillic and Greek letters that look like Latin ones (written here by hand, not taken from the
# filter's own table): a key's prefix written with them reads as the prefix.
LOOKALIKES = {
    "cyrillic": dict(zip("aceopsxyijhdqwABCEHIJKMOPSTXY", "асеорѕхуіјһԁԛԝАВСЕНІЈКМОРЅТХҮ", strict=True)),
    "greek": dict(zip("aiovpyABEHIKMNOPTXYZ", "αιονργΑΒΕΗΙΚΜΝΟΡΤΧΥΖ", strict=True)),
}


def _lookalike(script: str, first_only: bool = False) -> Callable[[str], str]:
    """The key's prefix (up to its first "-" or "_", or its first four characters) with every
    letter that has a lookalike in ``script`` replaced (``first_only``: the first such letter)."""
    table = LOOKALIKES[script]

    def put(v: str) -> str:
        m = re.match(r"[A-Za-z0-9]+[-_]|[A-Za-z0-9]{4}", v)
        end = m.end() if m else 4
        head = list(v[:end])
        for i, c in enumerate(head):
            if c in table:
                head[i] = table[c]
                if first_only:
                    break
        return "".join(head) + v[end:]

    return put


KEY_TRANSFORMS: dict[str, Callable[[str], str]] = {
    **{f"lookalike_{script}": _lookalike(script) for script in LOOKALIKES},
    **{f"lookalike_{script}_one": _lookalike(script, True) for script in LOOKALIKES},
    **{f"after_prefix_{k}": _at(c, 3) for k, c in INVISIBLE.items()},
    **{f"in_body_{k}": _at(c, 12, 20) for k, c in INVISIBLE.items()},
    "fullwidth_all": _fullwidth,
    "fullwidth_prefix": lambda v: _fullwidth(v[:2]) + v[2:],
    "math_bold": _math_bold,
    "nb_hyphen": lambda v: v.replace("-", "\u2011"),
    "en_dash": lambda v: v.replace("-", "\u2013"),
}


def key_variants() -> Iterator[Variant]:
    for key in KEYS:
        for how, change in KEY_TRANSFORMS.items():
            new = change(key)
            if new == key:
                continue
            text = f"Here is the key you asked for: {new} — keep it safe."
            start = text.index(new)
            yield Variant("secret", how, text, start, start + len(new))

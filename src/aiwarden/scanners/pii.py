"""Personal data in text: email, phone, credit card, IBAN, US SSN and IP addresses.

Patterns find candidates; validators decide: credit cards pass the Luhn check and a card
grouping, IBANs their ISO 7064 checksum and country length, SSNs the valid ranges, IP addresses
:mod:`ipaddress`, phone numbers a recognised format or a phone word nearby ("Phone:", "call me
at", "… fax"). The same code redacts a whole text and a stream (:class:`PIIFilter`)::

    >>> [f.kind for f in find_pii("Mail jane@example.org or call +1 415-555-0100.")]
    ['email', 'phone']
    >>> redact_pii("card 4111 1111 1111 1111")
    'card [CREDIT_CARD]'
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import os
import re
import string
from collections.abc import Callable, Iterable
from functools import cache
from itertools import accumulate, product, repeat
from operator import add, eq, mul, ne, sub
from typing import Any, ClassVar, Literal

from ..context import Finding
from ._pii_dense import plan as dense_plan
from ._rewriter import Anchored, Rewriter, Trigger, max_width

__all__ = ["KINDS", "LABELS", "PIIFilter", "Replacer", "find_pii", "redact_pii", "replacer"]

Kind = Literal["email", "phone", "credit_card", "iban", "ssn", "ip_address", "email_written"]
#: ``email_written`` adds the written-out forms of an address ("jane [at] example [dot] com") to
#: ``email``: a stream then holds back its last words (~80 characters, a local part and " at ..."
#: before a spelled-out "dot" may still come), so the output stage's default leaves it out.
KINDS: tuple[Kind, ...] = ("email", "phone", "credit_card", "iban", "ssn", "ip_address", "email_written")
LABELS = {
    "email": "EMAIL",
    "email_written": "EMAIL",
    "phone": "PHONE",
    "credit_card": "CREDIT_CARD",
    "iban": "IBAN",
    "ssn": "SSN",
    "ip_address": "IP_ADDRESS",
    "secret": "SECRET",
}

#: The most elements (digits, separators) of one number-run candidate: a longer run is cut, and
#: scanning resumes at its last groups (:meth:`PIIFilter._rejected`). Long, so that a hostile
#: run of digit groups costs few decisions, each a pass over its groups.
_RUN = 50
# one element of a number run: a digit, or a separator before a digit or "("
_ELEMENT_SOURCE = r"[0-9]|[ .\-/]?\((?=[0-9])|[ .,\-/_](?=[0-9])|\)[ .\-]?(?=[0-9])|x(?=[0-9])"
_ELEMENT = re.compile(_ELEMENT_SOURCE)
_RIGHT = 22  # characters after a number a phone decision reads ("-Office", ", extension 12345", " is their new number")
# A written-out "@" ("[at]", "(at)", " @ ", "@ "; not " @x", a decorator or a mention) and "."
# ("[dot]", "(dot)", " dot ").
_AT_MARK = r"[ ]?[\[({<][ ]?(?i:at)[ ]?[\])}>][ ]?|[ ]{1,2}@[ ]{1,2}|@[ ]{1,2}"
_DOT_MARK = r"(?:[ ]?[\[({<](?i:dot)[\])}>][ ]?|[ ](?i:dot)[ ])"
# After the word "at", words of a sentence, not a host: "looked at the dot product"
_NOT_A_HOST = "(?i:the|an?|this|that|these|those|my|your|his|her|its|our|their|one|each|every|any|some|least|most|all)"
# a separator between the groups of a number with blanks (a space and a blank: "4111  1111")
_BS = r"(?:[ .,/_\-]|[ ]?\x1f)"
_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"
# Each alternative is bounded; the widths below are what a decision may read from a match's start
# (a number's includes the _RIGHT characters after it).
_PARTS = {
    "email": (
        # letters of any script too (RFC 6531 addresses, IDN domains): "josé.garcía@correo.es"
        r"(?<![\w.%+-])[\w.%+-]{1,48}@(?=[\w.-]{1,62}(?![\w.-]))"
        r"(?:[\w-]{1,61}\.){1,8}[^\W\d_]{2,24}(?![\w-])",
        48 + 1 + 63,
    ),
    # written out so that a filter would not see it: "jane.doe [at] example [dot] com",
    # "jane(at)example.com", "jane.doe @ example.com", "jane.doe at example dot com" (the word "at"
    # only with a spelled-out dot among the domain's first two: "available at python.org" is no
    # address); the domain's first labels (up to three), so the stream hold-back stays bounded
    "email_words": (
        rf"(?<![\w.%+-])[\w.%+-]{{1,32}}(?:(?:{_AT_MARK})(?=[\w.-]{{1,62}}(?![\w.-]))(?:[\w-]{{1,61}}\.){{1,8}}"
        rf"|(?:{_AT_MARK}|[ ](?i:at)[ ](?!{_NOT_A_HOST}\b)(?=(?:[\w-]{{1,20}}\.)?[\w-]{{1,20}}{_DOT_MARK}))"
        rf"(?:[\w-]{{1,20}}(?:\.|{_DOT_MARK})){{1,2}})[^\W\d_]{{2,16}}(?![\w-])",
        # (a plain domain: at most 62 characters, as the lookahead says; else the longest match)
        32 + 8 + 62,
    ),
    "ip4": (rf"(?<![0-9A-Za-z.])(?:{_OCTET}\.){{3}}{_OCTET}(?![0-9]|\.[0-9])", 15 + 2),
    "ip6": (
        # (two colons within the first two groups: an address has them, "fe80: " does not)
        r"(?<![0-9A-Za-z:.])(?=[0-9A-Fa-f]{0,4}:[0-9A-Fa-f]{0,4}:)[0-9A-Fa-f:]{2,39}(?:(?<=:)[0-9]{1,3}(?:\.[0-9]{1,3}){3})?"
        r"(?![0-9A-Za-z:])",
        39 + 15 + 1,
    ),
    "iban": ("", 0),  # (below, from the countries' lengths)
    # A card or an SSN with a tab or a line break between groups (BLANK in the view; the others may
    # be other separators), as a whole: not inside a longer run of groups (a table's rows and
    # columns); number runs do not cross a BLANK (a phone at the start of a line stays one).
    "blank": (
        rf"(?<![0-9A-Za-z+\-.\x1f])(?=[0-9 .,/_\-]{{3,17}}\x1f)"
        rf"(?:[0-9]{{4}}(?:{_BS}[0-9]{{4}}){{2}}{_BS}(?:[0-9]{{4}}{_BS}[0-9]{{1,3}}|[0-9]{{1,4}})"
        rf"|[0-9]{{4}}{_BS}[0-9]{{6}}{_BS}[0-9]{{4,5}}|[0-9]{{3}}{_BS}[0-9]{{2}}{_BS}[0-9]{{4}})(?![0-9]|{_BS}[0-9])",
        19 + 2 * 4 + 3,
    ),
    # a number-like run: digits with single separators, optional + or (+, (area) also in "+49(0)30", x extension
    "num": (
        r"(?<![0-9A-Za-z+\-.])(?:\+|\(\+?(?=[0-9])|[0-9])"
        rf"(?:{_ELEMENT_SOURCE}){{4,{_RUN}}}(?![0-9A-Za-z])",
        2 + 2 * _RUN + 1 + _RIGHT,  # (an element is at most two characters)
    ),
}
_LEFT = 48  # characters before a match a decision reads ("Phone:\n", "call me at ")

_LEAD = string.ascii_letters + string.digits + "._%+-(:"
# What a written-out address holds: an "[at]", an "@", or a spelled-out "dot" (the word form's,
# after the "at" and at most two labels), each beginning with a character rarer than a space. A
# space may come between the local part and the trigger, so a space is a lead character of the
# e-mail lane: a stream holds back its last words, at most the lane's reach (~85 characters).
_AT_RUN = re.compile(r"@(?:[\w.%+\-]{0,48}@)*")
_EMAIL_LEAD = re.compile(r"[\w.%+\-(]")  # an email's local part: letters of any script
_WORDS_AT = re.compile(
    # (every branch starts with a literal character: then ``re`` skips to the next position where
    # one of them is, in C, instead of trying the branches at every position)
    "|".join([*(rf"\{o}[ ]?(?i:at)[ ]?[\])}}>]" for o in "[({<"), "@", *(rf"{d}[oO][tT](?=[ \])}}>])" for d in "dD")])
)
# (the local part, a space, " at ", two labels and a dot, a space: how far before the "dot")
_WORDS_BACK = 32 + 4 + 2 * 20 + 1 + 1
_WORDS_LEAD = re.compile(r"[\w.%+\-\[\](){}<>@ ]")
_EMAIL_TRIGGER = re.compile(f"{_AT_RUN.pattern}|{_WORDS_AT.pattern}")


def _pattern(parts: Iterable[str]) -> tuple[re.Pattern[str], int, tuple[Trigger, ...]]:
    chosen = [p for p in _PARTS if p in parts]
    source = "|".join(f"(?P<{name}>{_PARTS[name][0]})" for name in chosen)
    width = max(_PARTS[name][1] for name in chosen)
    # Two lanes: emails are only looked for around an "@", the rest around digits and ":".
    lanes = []
    if "email_words" in chosen:
        # one lane for both forms (a lane costs a trigger search and a lead run per piece)
        emails = re.compile(f"(?P<email>{_PARTS['email'][0]})|(?P<email_words>{_PARTS['email_words'][0]})")
        lanes.append(Trigger(_EMAIL_TRIGGER, _WORDS_BACK, _WORDS_LEAD, max_width(_WORDS_AT.pattern), emails))
    elif "email" in chosen:
        # around an "@" only; the held tail is a local part, never the words before it
        lanes.append(Trigger(_AT_RUN, 48, _EMAIL_LEAD, 0, re.compile(f"(?P<email>{_PARTS['email'][0]})")))
    rest = [p for p in chosen if p not in ("email", "email_words")]
    if rest:
        source_rest = "|".join(f"(?P<{name}>{_PARTS[name][0]})" for name in rest)
        lanes.append(Trigger(_NUMBER_RUN, 0, _LEAD, 4, re.compile(source_rest)))
    return re.compile(source), width, tuple(lanes)


_KIND_PARTS: dict[str, tuple[str, ...]] = {
    "email": ("email",),
    "email_written": ("email", "email_words"),
    "ip_address": ("ip4", "ip6"),
    "iban": ("iban",),
    "phone": ("num",),
    "credit_card": ("blank", "num"),
    "ssn": ("blank", "num"),
}

# -- validators ------------------------------------------------------------------------------


_DOUBLED = str.maketrans("0123456789", "0246813579")  # a digit doubled, its digits summed


def luhn_ok(digits: str) -> bool:
    rev = digits[::-1]
    summed = rev[0::2] + rev[1::2].translate(_DOUBLED)
    return (sum(summed.encode()) - 48 * len(summed)) % 10 == 0  # (the digits' sum, in C)


# ISO 13616 lengths by country (the registry's list; unknown countries are refused).
_IBAN_LENGTHS = {
    "AD": 24,
    "AE": 23,
    "AL": 28,
    "AT": 20,
    "AZ": 28,
    "BA": 20,
    "BE": 16,
    "BG": 22,
    "BH": 22,
    "BI": 27,
    "BR": 29,
    "BY": 28,
    "CH": 21,
    "CR": 22,
    "CY": 28,
    "CZ": 24,
    "DE": 22,
    "DJ": 27,
    "DK": 18,
    "DO": 28,
    "EE": 20,
    "EG": 29,
    "ES": 24,
    "FI": 18,
    "FK": 18,
    "FO": 18,
    "FR": 27,
    "GB": 22,
    "GE": 22,
    "GI": 23,
    "GL": 18,
    "GR": 27,
    "GT": 28,
    "HR": 21,
    "HU": 28,
    "IE": 22,
    "IL": 23,
    "IQ": 23,
    "IS": 26,
    "IT": 27,
    "JO": 30,
    "KW": 30,
    "KZ": 20,
    "LB": 28,
    "LC": 32,
    "LI": 21,
    "LT": 20,
    "LU": 20,
    "LV": 21,
    "LY": 25,
    "MC": 27,
    "MD": 24,
    "ME": 22,
    "MK": 19,
    "MN": 20,
    "MR": 27,
    "MT": 31,
    "MU": 30,
    "NI": 28,
    "NL": 18,
    "NO": 15,
    "OM": 23,
    "PK": 24,
    "PL": 28,
    "PS": 29,
    "PT": 25,
    "QA": 29,
    "RO": 24,
    "RS": 22,
    "RU": 33,
    "SA": 24,
    "SC": 31,
    "SD": 18,
    "SE": 24,
    "SI": 19,
    "SK": 24,
    "SM": 27,
    "SO": 23,
    "ST": 25,
    "SV": 28,
    "TL": 23,
    "TN": 24,
    "TR": 26,
    "UA": 29,
    "VA": 22,
    "VG": 24,
    "XK": 20,
    "YE": 30,
}


# The registry's country codes, either case, as a trie (first letter, then the second): an IBAN's
# start, and so the number lane's trigger for it — two letters that are no country ("ya29." of a
# Google token, "ab12" in a hash) start no candidate. (In the trigger after the shape's lookahead:
# ``re`` tries a trie's branches one by one, so prose, at every word's start, pays one class test.)
_COUNTRY = (
    "(?:"
    + "|".join(
        f"[{a}{a.lower()}][{''.join(sorted({c[1] + c[1].lower() for c in _IBAN_LENGTHS if c[0] == a}))}]"
        for a in sorted({c[0] for c in _IBAN_LENGTHS})
    )
    + ")"
)

# Every candidate has a trigger near its start: an email its "@" within 48 characters (after its
# local part); the others start where no letter or digit comes before, with a digit, "+" before
# a digit or separator, "(" before a digit, an IBAN country's code and two digits, or "::" or up to four
# hex digits and ":" where no ":" or "." comes before (an IPv6 address's start) — a necessary
# condition of each part's start: digits inside words, hashes, base64, a lone "(" or ":" in prose
# and markdown, the groups of "a:b:c" after the first are no candidates at all.
_NUMBER_START = (
    r"(?<![0-9A-Za-z])(?:[0-9]|\+[0-9 .,\-/()x_]|\(\+?[0-9]"
    rf"|(?=[A-Za-z]{{2}}[0-9]{{2}}){_COUNTRY}|(?<![:.])(?:::|[0-9A-Fa-f]{{1,4}}:))"
)
# The triggers are runs, each from a start over the (hex) digits, brackets and single separators
# that follow it: positions inside a run are tried by one regex search, not queued one by one (a run
# of digit groups has a start every other character). An e-mail's run is its "@" and any more
# "@" within a local part's length.
# Searched from the characters every start has within its first five: a digit, the "+", or the
# ":" of an IPv6 start ("(" is followed by a digit or "+", a country code by two digits, up to four
# hex digits by ":"), never right after a letter or digit; so the prose between them is skipped
# in one scan (see Anchored).
_NUMBER_RUN = Anchored(
    re.compile(rf"{_NUMBER_START}(?:[ .,/\-_\x1f]?[0-9A-Fa-f+():])*"), "0-9+:", 4, string.ascii_letters + string.digits
)


# between an IBAN's characters: a space, dash, dot, slash or "_" ("GB29.NWBK.6016…"), a tab, a line
# break (with a space before it) or two spaces (after a digit the view has made those one space).
# Written so that a character other than a space is tried against one class, and used possessively
# (``?+``): the separators between two characters are one of these or none, never read two ways,
# so a failed candidate ("GB29 GB29 …" one character too long) does not retry each without it.
_IBAN_SEP = r"(?:[.\-_/\t\x1f\n]|\r\n|[ ](?:[ \x1f\n]|\r\n)?)"


def _iban_source() -> str:
    """An IBAN candidate: a known country's code, two check digits and exactly the country's
    length of letters and digits (single spaces or dashes between), so that a run of IBAN-looking
    words ("GB29 GB29 …") is no candidate at all unless it has a country's exact length.

    The countries as a trie (first letter, then second, then that country's length): a position
    costs two character tests, not a try of every country of every length (``re`` tries the
    branches of an alternation one by one; 19 lengths made "GB29 GB29 …" cost ~4 µs a word)."""
    by_first: dict[str, list[tuple[str, int]]] = {}
    for country, n in sorted(_IBAN_LENGTHS.items()):
        by_first.setdefault(country[0], []).append((country[1], n))
    alternatives = "|".join(
        f"[{a}{a.lower()}](?:"
        + "|".join(f"[{b}{b.lower()}][0-9]{{2}}(?:{_IBAN_SEP}?+[A-Za-z0-9]){{{n - 4}}}" for b, n in seconds)
        + ")"
        for a, seconds in by_first.items()
    )
    # (the shape first: a search tries this at every position of a candidate range; it also makes
    # the country's letters ASCII, so "[Gg]" is all that a case-insensitive "GB" could match)
    return f"(?<![A-Za-z0-9])(?=[A-Za-z]{{2}}[0-9]{{2}})(?:{alternatives})(?![A-Za-z0-9])"


_PARTS["email_words"] = (
    _PARTS["email_words"][0],
    max(_PARTS["email_words"][1], max_width(_PARTS["email_words"][0].replace("{1,8}", "{1}"))),
)
_PARTS["iban"] = (_iban_source(), 4 + 4 * (max(_IBAN_LENGTHS.values()) - 4) + 1)


def iban_ok(compact: str) -> bool:
    compact = compact.upper()
    if _IBAN_LENGTHS.get(compact[:2]) != len(compact) or not compact[2:4].isdigit():
        return False
    rearranged = compact[4:] + compact[:4]
    return int(rearranged.translate(_IBAN_NUMBERS)) % 97 == 1


# ISO 13616: a letter counts as its number, A = 10 … Z = 35
_IBAN_NUMBERS = str.maketrans({c: str(i) for i, c in enumerate(string.ascii_uppercase, 10)})
# The same in bytes, C-level: each character as two bytes, a letter's two digits or a digit after a
# placeholder that is then deleted (a str.translate to two characters per letter cost ~8 µs a
# check, and a hostile text of IBAN look-alikes makes one per candidate).
_IBAN_TENS = bytes.maketrans(b"0123456789" + string.ascii_uppercase.encode(), b"~" * 10 + b"11111111112222222222333333")
_IBAN_UNITS = bytes.maketrans(string.ascii_uppercase.encode(), b"01234567890123456789012345")
_IBAN_SEP_BYTES = b" .-_/\t\r\n\x1f"


def _iban_ok(compact: bytes) -> bool:
    """:func:`iban_ok` of ``compact``, ASCII letters and digits."""
    compact = compact.upper()
    if _IBAN_LENGTHS.get(compact[:2].decode()) != len(compact) or not compact[2:4].isdigit():
        return False
    rearranged = compact[4:] + compact[:4]
    if not rearranged.isalnum():
        return False  # (int() below would refuse it, or read "+", "_" or white space)
    pairs = bytearray(2 * len(rearranged))
    pairs[0::2] = rearranged.translate(_IBAN_TENS)
    pairs[1::2] = rearranged.translate(_IBAN_UNITS)
    return int(pairs.translate(None, b"~")) % 97 == 1


def ssn_ok(digits: str) -> bool:
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return (
        area not in ("000", "666")
        and area[0] != "9"
        and group != "00"
        and serial != "0000"
        and digits not in ("123456789", "078051120", "219099999")
    )


def ip6_ok(text: str) -> bool:
    if text.count(":") < 2:
        return False  # (before ipaddress: its refusal costs an exception)
    try:
        addr = ipaddress.IPv6Address(text)
    except ValueError:
        return False
    if addr.is_unspecified:
        return False
    groups = text.split(":")
    # Colon-separated pairs of hex digits are MAC addresses and key fingerprints.
    if all(len(g) == 2 for g in groups):
        return False
    # "a::b" in code, "10:34::" in logs and "4000::/3" networks are not addresses worth redacting:
    # with only two colons, the address opens with a full 4-digit group and ends with one that is
    # not empty ("fe80::1", "2001::db8").
    return text.count(":") >= 3 or (len(groups[0]) == 4 and groups[-1] != "")


def card_ok(digits: str) -> bool:
    """Luhn, a payment-card major industry identifier (ISO/IEC 7812: not 7 petroleum, 8 healthcare
    and telecom, 9 national — which also leaves out ISBN-13s, 978…/979…), and the lengths the
    big brands issue: Visa 13/16/19, American Express 15, Mastercard 51–55 16."""
    return _brand_ok(digits[:2], len(digits)) and luhn_ok(digits)


def _brand_ok(two: str, n: int) -> bool:
    first = two[0]
    if first in "789":
        return False
    return not (
        (first == "4" and n not in (13, 16, 19))
        or (two in ("34", "37") and n != 15)
        or ("51" <= two <= "55" and n != 16)
    )


class _LuhnSums:
    """Luhn over any span of one digit string in O(1): prefix sums of the digits with the even,
    and with the odd, positions doubled (which are doubled depends on where the span ends)."""

    __slots__ = ("digits", "even", "odd")

    def __init__(self, digits: str) -> None:
        plain, doubled = digits.encode(), digits.translate(_DOUBLED).encode()
        even, odd = bytearray(plain), bytearray(plain)
        even[0::2] = doubled[0::2]
        odd[1::2] = doubled[1::2]
        self.digits = digits
        self.even = list(accumulate(even, initial=0))  # (each digit counted with its 48)
        self.odd = list(accumulate(odd, initial=0))

    def card_ok(self, x: int, y: int) -> bool:
        """:func:`card_ok` of ``digits[x:y]``."""
        if not _brand_ok(self.digits[x : x + 2], y - x):
            return False
        sums = self.even if (y - 1) % 2 else self.odd  # the last digit is never doubled
        return (sums[y] - sums[x] - 48 * (y - x)) % 10 == 0


_NOT_DIGIT = re.compile(r"[^0-9]")
# What a number run holds besides digits and spaces (see _ELEMENT_SOURCE and the "num" part).
_RUN_MARKS = b".,-/()x+_\x1f"


def _digits_of(t: str) -> str:
    """``t``'s digits, for a span of a number run: a C-level byte translate (a regex substitution
    cost ~10x more, and a hostile text makes one per decision); anything else goes the slow way."""
    d = t.encode().translate(None, _RUN_MARKS + b" ")
    return d.decode() if d.isdigit() else _NOT_DIGIT.sub("", t)


def _group_digits(run: str) -> list[bytes]:
    """The digits of each space-separated group of a number run ``run`` (see :func:`_digits_of`)."""
    d = run.encode().translate(None, _RUN_MARKS)
    if d.translate(None, b" ").isdigit():
        return d.split(b" ")
    return [g.encode() for g in _DIGITS_AND_SPACES.sub("", run).split(" ")]


_SSN_SHAPE = re.compile(r"[0-9]{3}([- ._\x1f])[0-9]{2}\1[0-9]{4}")
# Card groupings with one separator throughout (space, dash, dot, slash, comma or "_"), or any of
# them in a card's own layout (4-4-4-4 or a shorter last group, 4-6-5: "4111 1111-1111.1111"; not
# with a fifth group: mixed separators are how a card runs into the next number); groups of four
# may run together where a separator was an invisible character ("4111\u200b1111 1111 1111");
# or one digit per separator ("4 1 1 1 …", up to 16 digits: a candidate is at most 33
# characters; a brand's first digit, 2-6, so that rows of a 0/1 matrix are not cards).
_CARD_SHAPES = re.compile(
    r"[0-9]{12,19}|[0-9]{4}([ .,/_\x1f-])[0-9]{4}\1[0-9]{4}\1[0-9]{1,7}(?:\1[0-9]{1,3})?"
    r"|[0-9]{4}([ .,/_\x1f-])[0-9]{6}\2[0-9]{4,5}|[2-6]([ .,/_\x1f-])[0-9](?:\3[0-9]){10,17}"
    r"|(?:[0-9]{4})+([ .,/_\x1f-])(?:[0-9]{4})+(?:\4(?:[0-9]{4})+)*(?:\4[0-9]{1,3})?"
    r"|[0-9]{4}(?:[ .,/_\x1f-][0-9]{4}){2}[ .,/_\x1f-][0-9]{1,4}"
    r"|[0-9]{4}[ .,/_\x1f-][0-9]{6}[ .,/_\x1f-][0-9]{4,5}"
)
_DATE_SHAPE = re.compile(
    r"(?:19|20)[0-9]{2}([-./])[01]?[0-9]\1[0-3]?[0-9]|[0-3]?[0-9]([-./])[01]?[0-9]\2(?:19|20)[0-9]{2}"
)
_NANP = re.compile(r"(?:\+?1[ .\-]?)?(?:\([0-9]{3}\)[ \-]?|[0-9]{3}[ .\-/])[0-9]{3}[ .\-][0-9]{4}")
# A national number (10-12 digits) with its trunk prefix, grouped: "020 7946 0958", "01 23 45 67 89",
# "030 12345678", "0412 345 678", "08-123 456 78": every group at least two digits; with dots, only
# pairs after the prefix ("01.84.17.61.18"; not "03.01.04 03.02.04", two dates, nor "016.016.016.016").
_TRUNK = re.compile(
    r"(?:0[1-9][0-9]{0,3}|\(0[1-9][0-9]{0,3}\))(?:[ \-]?[0-9]{2,}){1,5}|0[1-9][0-9]{0,2}(?:\.[0-9]{2}){3,4}"
)


def _alternation(words: str) -> str:
    """The space-separated ``words`` as one regex alternation shaped like a trie
    ("c(?:all(?:ed|s)?|ell)"): ``re`` tries the branches of an alternation one by one at every
    position, so shared prefixes are tried once (a 48-character window: 7 µs → 1 µs)."""
    trie: dict[str, Any] = {}
    for word in words.split():
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + emit(node[ch]) for ch in sorted(node) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and "" not in node else f"(?:{'|'.join(branches)})"
        return body + "?" if "" in node else body

    return emit(trie)


# Words that name a phone (in lower case, as the window is lowered): after one, a number is a
# phone when only a few words (no digits, no sentence end) come between: "call Sarah on …",
# "mobile number has changed to …", "Telefon: …".
_PHONE_WORDS = (
    "phone phones telephone tel tél ph mobile mob cell cellphone cellular fax landline hotline helpline "
    "voicemail whatsapp sms text texts texting texted call calls called calling dial dialing dialling "
    "helpdesk ring reach reached reachable answering contact contacted message messages messaging switchboard "
    "extension telefon telefono teléfono téléphone telefone tlf handy portable movil móvil cellulare "
    "phonenumber phoneno mobilenumber"
)
# Labels that are a phone's only when a colon (or #) and the number follow ("Desk: …", "T: …").
_PHONE_LABELS = "desk office home work direct main reception emergency t p m f h w c"
# What may stand between a phone word and the number: spaces, quotes, brackets, ":", "-", "#",
# "*" and "|" (markdown) — not "=", "/", "{" or "." (code, paths, a sentence's end).
_SEP = "[ \\t,:\\-–—'’\"()#*|]"
_PHONE_BEFORE = re.compile(
    rf"(?:\b(?:{_alternation(_PHONE_WORDS)}|(?:my|your|his|her|our|their|new|direct|personal)\s+numbers?)\b"
    # "Tel. +49 …": an abbreviation's period, then the number; else up to four words between
    rf"(?:\.{_SEP}{{0,5}}|{_SEP}{{0,6}}(?:\n{_SEP}{{0,4}})?(?:(?:no\.|nr\.|[^\W\d_]{{1,20}}){_SEP}{{1,4}}){{0,4}})"
    rf"|\b(?:{_alternation(_PHONE_LABELS)})\b\.?[ ]?[:#][^a-z0-9\n]{{0,3}}(?:\n[^a-z0-9\n]{{0,4}})?)\Z"
)
# Another identifier named right before the number: "invoice 88123456", "order no. 4021 3377".
_OTHER_IDS = (
    "order orders invoice invoices account acct ticket tickets case ref reference id serial sn tracking "
    "transaction booking confirmation policy claim sku model part version build code pin zip postcode iban ssn "
    "passport license licence isbn batch lot imei meid iccid imsi ean upc gtin"
)
# A number named as a quantity or as someone's record: a phone only in a phone's format.
_QUANTITIES = "customer member patient employee student room page item amount total price balance card year size"
_ID_TAIL = r"\b(?:[^\w\n]{1,3}(?:numbers?|no|nr|num|is|was|id|code)\b){0,2}[^\w\n]{0,4}\Z"
_NOT_PHONE_BEFORE = re.compile(rf"\b(?:{_alternation(_OTHER_IDS)}){_ID_TAIL}")
_NOT_LOCAL_PHONE_BEFORE = re.compile(rf"\b(?:{_alternation(_QUANTITIES)}){_ID_TAIL}")
# A card number named as something else: a phone's IMEI, a parcel's tracking number, an ISBN.
_NOT_CARD_BEFORE = re.compile(
    rf"\b(?:imei|meid|iccid|imsi|serial|sn|tracking|order|invoice|isbn|ean|upc|gtin){_ID_TAIL}"
)
# "1 250 000", "10 000 000": a round quantity written in thousands, not a phone.
_ROUND_THOUSANDS = re.compile(r"[1-9][0-9]{0,2}([ .,_])[0-9]{3}(?:\1[0-9]{3})*\1(?:000)")
# After a number: its kind of line ("-Office", " fax", "(mobile)") or "… is my number".
_PHONE_AFTER = re.compile(
    r"(?i)[ \-,:\\]{0,3}\(?(?:office|fax|mobile|cell|home|work|phone|tel|ext)\b"
    r"|[ ,]{1,2}(?:is|was)[ ](?:my|his|her|our|their)[ ](?:new[ ]|old[ ])?(?:number|phone|cell|mobile)\b"
)
# An extension written out after a phone number: " ext. 204", ", extension 12", " x 33".
_EXTENSION = re.compile(r"(?i),?[ ]?(?:ext\.?|extension|x)[ ]?[0-9]{1,5}(?![0-9A-Za-z])")
_SIGNED_DECIMAL = re.compile(r"\+[0-9]+\.[0-9]+")
_IP4 = re.compile(rf"(?:{_OCTET}\.){{3}}{_OCTET}")
# A dotted quad after these is a version or a section number, not an address.
_VERSION_BEFORE = re.compile(
    r"(?i)\b(?:version|ver|v|release|build|section|sect|sec|chapter|ch|table|figure|fig|step|clause|"
    r"paragraph|para|appendix|article|art|rule|item|§)[.\-]?[ ]?\Z|§[ ]?\Z"
    # a version constraint: "foo>=1.2.0.0", "== 3.7.4.1" (not "< 10.0.0.1", a quote in markdown)
    r"|[<>=~!]=[ ]?\Z"
)
# What _VERSION_BEFORE's window holds when it can match: a letter, "§" or a comparison's "=". A
# window of digits, dots and spaces only (the address before it, in a list of addresses) is
# refused by one C-level strip instead of a search trying its words at each of 14 positions.
_NOT_VERSION_WINDOW = " .0123456789"


def _version_before(text: str, s: int) -> bool:
    """Whether the dotted quad at ``s`` is a version or a section number (:data:`_VERSION_BEFORE`)."""
    lo = s - 14 if s > 14 else 0
    if not text[lo:s].strip(_NOT_VERSION_WINDOW):
        return False
    return _VERSION_BEFORE.search(text, lo, s) is not None


_SSN_BEFORE = re.compile(
    r"(?i)\b(?:ssn|social\s+security(?:\s+number)?|ss#)\b[^A-Za-z0-9]{0,6}(?:(?:is|no)\b\W{0,3})?\Z"
)


def _before(text: str, s: int) -> str:
    """The window before ``s`` that context rules read: lowered, and "_" a space, so that keys like
    "phone_number" and "tracking_no" read as words."""
    if s > 1 and text[s - 2] in _ASCII_DIGITS:
        # (right after another group of a number: its last digit and one character, the case of
        # every decision inside a stretch of digit groups, without a 48-character window reversed)
        return text[s - 2 : s].lower().replace("_", " ") if text[s - 1] not in _ASCII_DIGITS else text[s - 1]
    window = text[max(0, s - _LEFT) : s]
    # No context rule reads across a digit (the words they look for and what may stand between
    # them and the number hold none), so the window starts at its last digit: right after
    # another number (the groups of a run) it is a character or two, not 48.
    k = _NON_DIGITS.match(window[::-1]).end()  # type: ignore[union-attr]
    if k < len(window):
        window = window[-k - 1 :]
    return window.lower().replace("_", " ")


_NON_DIGITS = re.compile(r"[^0-9]*")
_ASCII_DIGITS = frozenset("0123456789")


def _card_named(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]``, whose digits pass :func:`card_ok`, is a card: written in a card's
    shape, and not named as another identifier ("IMEI …") right before it."""
    return _CARD_SHAPES.fullmatch(text, s, e) is not None and not _NOT_CARD_BEFORE.search(_before(text, s))


def _classify_number(text: str, s: int, e: int, alone: bool = True) -> str | None:
    """The kind of the number ``text[s:e]``, or None. ``alone``: it is not a later part of a longer
    run, which is not taken for a phone by its format alone ("486 761 1265" in "211 486 761 1265")."""
    t = text[s:e]
    if "." in t and _IP4.fullmatch(t):
        return None if _version_before(text, s) else "ip_address"
    main, _, ext = t.partition("x")
    digits = _digits_of(main)
    nd = len(digits)
    if not ext:
        if nd == 9 and _SSN_SHAPE.fullmatch(t):
            return "ssn" if ssn_ok(digits) else None
        if nd == 9 and t.isdigit() and _SSN_BEFORE.search(text, max(0, s - _LEFT), s) and ssn_ok(digits):
            return "ssn"
        if 12 <= nd <= 19 and card_ok(digits) and _card_named(text, s, e):  # (the checksum first: cheaper)
            return "credit_card"
    if "," in t:
        return None  # digit groups between commas: a card's, or a list of numbers
    # (a date in brackets, "v2.14 (2026-11-19)", is a date too)
    if not 7 <= nd <= 15 or _DATE_SHAPE.fullmatch(main.lstrip("(")) or len(set(digits)) == 1:
        return None
    if main.startswith("+"):
        # E.164 (8–15 digits with the country code), and not a signed decimal ("+1.000000")
        return "phone" if nd >= 8 and not _SIGNED_DECIMAL.fullmatch(main) else None
    before = _before(text, s)
    if (
        (alone and _NANP.fullmatch(main))
        # "00" then a country code (not "0001-2345-…", a padded identifier, "0 0 1 …", a matrix row,
        # nor "001.000.008.016", a padded address)
        or (alone and main.startswith("00") and digits[2] != "0" and not t.isdigit() and "." not in main)
        # "(area) number", closed (not "(3221225985, 24)" in code)
        or (alone and main.startswith("(") and ")" in main and nd >= 8)
        or (alone and 10 <= nd <= 12 and not t.isdigit() and _TRUNK.fullmatch(main))
        or (
            (_PHONE_BEFORE.search(before) or _PHONE_AFTER.match(text, e, e + _RIGHT))
            and not _ROUND_THOUSANDS.fullmatch(main)
            and not _NOT_LOCAL_PHONE_BEFORE.search(before)
        )
    ) and not _NOT_PHONE_BEFORE.search(before):
        return "phone"
    return None


# -- replacement -----------------------------------------------------------------------------

Replacer = Callable[[str, str], str]


def replacer(style: str = "label", key: bytes | None = None) -> Replacer:
    """How a found value is replaced: ``label`` (``[EMAIL]``), ``mask`` (``****``, a card keeps
    its last four digits) or ``hash`` (``[EMAIL:3f9a0c1d]``, keyed, stable for one key)."""
    if style == "label":
        return lambda kind, value: f"[{LABELS[kind]}]"
    if style == "mask":
        return _mask
    if style == "hash":
        secret = key or os.urandom(32)

        def hashed(kind: str, value: str) -> str:
            digest = hmac.new(secret, value.encode(), hashlib.sha256).hexdigest()[:8]
            return f"[{LABELS[kind]}:{digest}]"

        return hashed
    raise ValueError(f"unknown replacement style {style!r}")


def _mask(kind: str, value: str) -> str:
    keep = 4 if kind in ("credit_card", "iban") else 0
    alnum = [i for i, c in enumerate(value) if c.isalnum()]
    hidden = set(alnum[: len(alnum) - keep])
    return "".join("*" if i in hidden else c for i, c in enumerate(value))


# -- the scanner -----------------------------------------------------------------------------


_LABEL = replacer()
#: a number run shorter than this may have too few digits to be any value (see :func:`_short_and_whole`)
_SHORT_RUN = 14


def _short_and_whole(text: str, s: int, e: int) -> bool:
    """Whether the number run ``text[s:e]`` can hold no value at all: fewer than seven digits (a
    phone has 7-15, an SSN 9, a card 12-19), no dot (an IPv4 address) and no extension, and not
    cut (no element follows it, so no value goes on past its end, and its stretch is itself). What
    ``decide`` would find there is nothing, for any text around it: it need not be remembered
    ("99 110" between blank lines, repeated, cost a remembered decision each)."""
    run = text[s:e]
    if "." in run or "x" in run:
        return False
    digits = len(run) - len(run.encode().translate(None, b"0123456789"))
    return digits < 7 and _ELEMENT.match(text, e) is None


#: what a number run the pattern cut in a stretch of 4-digit groups spans: ten groups (see _pii_dense)
_DENSE_RUN = 49
#: The most number-run decisions a filter remembers (each a key of ~175 characters).
_MEMO = 256
_Memo = tuple[list[tuple[int, int, str]], int | None, tuple[int, int] | None, int]


class PIIFilter(Rewriter):
    """Redacts (or only reports) PII in a text fed in pieces; exact for any chunking.

    ``on_find(finding, value)`` is called for each value found (``value`` is raw: callers must not
    log it). With ``replace=None`` the text passes unchanged (detection, monitor mode).

    >>> f = PIIFilter(("email",))
    >>> f.feed("write to jane@exam") + f.feed("ple.org today") + f.flush()
    'write to [EMAIL] today'
    """

    __slots__ = (
        "_carry",
        "_cut_at",
        "_kinds",
        "_memo",
        "_on_find",
        "_once",
        "_replace",
        "_replays",
        "_seen",
        "_strong",
        "_where",
        "batched",
    )

    #: whether stretches of 4-digit groups are decided by the dense path (tests turn it off to
    #: compare it with the full decision)
    _dense: ClassVar[bool] = True

    def __init__(
        self,
        kinds: Iterable[str] = KINDS,
        replace: Replacer | None = _LABEL,
        on_find: Callable[[Finding, str], None] | None = None,
        where: str = "",
    ) -> None:
        self._kinds = frozenset(kinds)
        if "email_written" in self._kinds:
            self._kinds |= {"email"}  # (its values are addresses: found and labelled as "email")
        unknown = self._kinds - set(KINDS)
        if unknown:
            raise ValueError(f"unknown PII kind(s): {', '.join(sorted(unknown))}")
        self._strong = self._kinds & _STRONG
        parts = {p for k in self._kinds for p in _KIND_PARTS[k]}
        fast, width, lanes = _compiled(frozenset(parts))
        # (white space after a digit is one space: "4111\t1111", "4111\n1111", "4111  1111")
        super().__init__(fast, width, _LEFT + 2, lanes, normalise=True, groups=True)
        self._replace = replace
        self._on_find = on_find
        self._where = where
        #: (where a cut number run goes on, where the part already tried ended): absolute positions
        #: of the *view* (their difference is an offset into the view's run; original positions
        #: differ by the characters the view removed, zero-width spaces inside the run)
        self._carry = (-1, -1)
        #: the last stretch searched for cards and SSNs (absolute start, end, cut by the window, the
        #: position before which its spans are all known, the spans)
        self._seen: tuple[int, int, bool, int, list[tuple[int, int, str]]] = _UNSEEN
        #: the last cut run (_rejected): where scanning resumes in it and its end, view positions
        self._cut_at: tuple[int, int] | None = None
        #: number-run decisions by their window (see decide): values, resume and cut relative to
        #: the match's start, and the characters the decision read
        self._memo: dict[tuple[str, int, int, int, str], _Memo] = {}
        self._once: set[str] = set()  # (the first characters of windows decided on)
        self._replays = self._dense and "credit_card" in self._kinds
        #: decisions replayed by the dense path (:meth:`_replay`), a work counter for the tests
        self.batched = 0

    def decide(self, text: str, m: re.Match[str]) -> tuple[int, str] | None:
        start = m.start()
        part = m.lastgroup or ""
        if part == "email" or part == "email_words" or part == "ip4":
            # (an address's decision costs less than a remembered window's key)
            values, resume = self._plan(text, m)
            return self._apply(text, start, values, resume)
        # A decision reads only its window (``_LEFT`` before, the width after) and, for a number
        # run, where a cut run goes on: the same window decides the same way wherever it stands,
        # so a hostile repetition of one unit pays for one decision, and a key lookup per
        # repetition. (E-mails and IPv4 addresses are not remembered: their decisions cost less than the key.)
        if part == "num":
            end = m.end()
            if end - start < _SHORT_RUN and _short_and_whole(text, start, end):
                self.decided += end - start
                return None
            at, tried = self._carry
            done = tried - at if self._offset + start == at else 0
            if (
                self._replays
                and end - start == _DENSE_RUN
                and start > 1
                and text[start - 1] == " "
                and text[start - 2] in _ASCII_DIGITS
            ):
                # inside a stretch of digit groups: maybe one of 4-digit groups (see _pii_dense)
                dense = self._replay(text, start, done)
                if dense is not None:
                    return dense
        else:
            done = -1
        # (a window whose first characters were never decided on is only noted: most windows of a
        # text are never seen again, and a decision is then not slowed by a key of ~175 characters)
        probe = text[start : start + 16]
        if probe not in self._once:
            if len(self._once) >= _MEMO:
                self._once.clear()
            self._once.add(probe)
            values, resume = self._plan(text, m, done)
            return self._apply(text, start, values, resume)
        lo = start - _LEFT - 2 if start > _LEFT + 2 else 0
        key = (text[lo : start + self._width], start - lo, m.end() - start, done, part)
        memo = self._memo.get(key)
        if memo is None:
            self._cut_at = None
            decided = self.decided
            values, resume = self._plan(text, m, done)
            cut = self._cut_at
            memo = (
                [(a - start, b - start, k) for a, b, k in values],
                None if resume is None else resume - start,
                None if cut is None else (cut[0] - start, cut[1] - start),
                self.decided - decided,
            )
            if len(self._memo) >= _MEMO:
                self._memo.clear()
            self._memo[key] = memo
            return self._apply(text, start, values, resume)
        rel_values, rel_resume, rel_cut, _ = memo
        # (as a decision's first read, the run; the key's hash and compare read the window once more,
        # in C: at most _LEFT + 2 + width characters per decision, and decisions are few per character)
        self.decided += m.end() - start
        if rel_cut is not None:
            self._carry = (self._offset + start + rel_cut[0], self._offset + start + rel_cut[1])
        return self._apply(
            text,
            start,
            [(a + start, b + start, k) for a, b, k in rel_values],
            None if rel_resume is None else rel_resume + start,
        )

    def _replay(self, text: str, start: int, done: int) -> tuple[int, str] | None:
        """The decisions from the number run at ``start`` on, replayed along a stretch of 4-digit
        groups (:func:`._pii_dense.plan`) as far as their windows have arrived; None: not one
        (the full decision takes this run)."""
        replayed = dense_plan(text, start, done, self._width, "phone" in self._kinds)
        if replayed is None:
            return None
        values, pos, carry, decisions, read = replayed
        self.batched += decisions
        self.decided += read
        if carry is not None:
            self._carry = (self._offset + carry[0], self._offset + carry[1])
        out = []
        at = start
        replace, on_find = self._replace, self._on_find
        for s, e, kind in values:
            value = text[s:e]
            if on_find is not None:
                on_find(Finding(kind, self.absolute(s), self.absolute(e), LABELS[kind], 1.0, self._where), value)
            out.append(self.original(at, s))
            out.append(value if replace is None else replace(kind, value))
            at = e
        out.append(self.original(at, pos))
        return pos, "".join(out)

    def _apply(
        self, text: str, start: int, values: list[tuple[int, int, str]], resume: int | None
    ) -> tuple[int, str] | None:
        """What :meth:`decide` returns for the values to replace (or, without any, where scanning
        resumes; None: keep the match)."""
        if not values:
            return None if resume is None else (resume, self.original(start, resume))
        # Resume right after the values (not the whole candidate) in detection mode too, so that
        # find_pii and redaction see the same values.
        out = []
        at = start
        for s, e, kind in values:
            value = text[s:e]
            if self._on_find is not None:
                self._on_find(Finding(kind, self.absolute(s), self.absolute(e), LABELS[kind], 1.0, self._where), value)
            out.append(self.original(at, s))
            out.append(value if self._replace is None else self._replace(kind, value))
            at = e
        return at, "".join(out)

    def _plan(self, text: str, m: re.Match[str], done: int = -1) -> tuple[list[tuple[int, int, str]], int | None]:
        """The values to replace for match ``m`` and, without any, where scanning resumes (None:
        after the match). ``done``: for a number run, what of it a cut run before tried (-1: not
        known yet)."""
        s, e = m.span()
        part = m.lastgroup
        kind: str | None = None
        if part == "email" or part == "email_words":
            kind = "email"
        elif part == "ip4":
            kind = None if _version_before(text, s) else "ip_address"
        elif part == "ip6":
            kind = "ip_address" if ip6_ok(m.group()) else None
        elif part == "iban":
            e = _iban_end(text, s, e)
            kind = "iban" if e else None
        elif part == "blank":
            digits = _digits_of(m.group())
            if len(digits) == 9:
                kind = "ssn" if ssn_ok(digits) else None
            elif (
                (digits[0] in "3456" or "2221" <= digits[:4] <= "2720" or "2200" <= digits[:4] <= "2204")
                and card_ok(digits)
                and not _NOT_CARD_BEFORE.search(_before(text, s))
            ):
                # (the big brands' numbers, Mastercard's 2221-2720 and Mir's 2200-2204 too: lists of
                # years, 19xx and 20xx, are no cards)
                kind = "credit_card"
        elif part == "num":
            if done < 0:
                at, tried = self._carry
                # the rest of a cut run is a later part of that run, and its spans that end inside
                # the part already tried were tried there
                done = tried - at if self._offset + s == at else 0
            kind = _classify_number(text, s, e, alone=not done)
            self.decided += e - s
            if kind is None or kind not in self._kinds:
                s, e, kind, read = _number_inside(text, s, e, self._kinds, done)
                self.decided += read
            if kind == "phone" and "x" not in text[s:e]:
                ext = _EXTENSION.match(text, e, e + _RIGHT)
                if ext is not None:
                    e = ext.end()
        if kind is not None and kind in self._kinds:
            return self._join(text, m, s, e, kind), None
        resume = self._rejected(text, m)
        # (a value starting where scanning resumes is found there, and the ones before it too)
        values = self._join(text, m, s, e, None, resume if resume is not None else len(text))
        return values, None if values else resume

    def _join(
        self, text: str, m: re.Match[str], s: int, e: int, kind: str | None, resume: int = 0
    ) -> list[tuple[int, int, str]]:
        """The values to replace from candidate ``m`` (``text[s:e]`` of ``kind`` found in it, or
        none): no digit of a card or an SSN is left visible beside it. Overlapping values are
        one, their union, named by the stronger kind ("510/887 4111 1111 1111 1111": a phone by
        its format and a card share "4111"); a card or SSN glued to the value or to the number
        stretch by a separator no candidate starts after ("…-4111-1111-1111-1111", "….536-22-5432")
        is replaced with it, as scanning resumed after the value would never start there. Reads
        only the filter's window from the candidate's start (exact for any chunking). ``resume``:
        without a value, where scanning resumes in a cut run (the values from there on are found
        there, unless scanning resumes after a value found before it)."""
        values = [(s, e, kind)] if kind is not None else []
        strong = self._strong
        if not strong:
            return values
        limit = min(len(text), m.start() + self._width)
        out = values
        if m.lastgroup == "num":
            a, b = m.span()
            # (the number run's own spans of space-separated groups were all weighed: another value
            # can hide only where the run has other separators, or overlap the value found)
            glued = _STRETCH_SEPARATOR.search(text, a, b) is not None
            # A run the pattern cut may go on into a card or SSN that overlaps the value found: one
            # the value ends inside ("… 001 01 3782" cut before " 822463 10005", an SSN's shape inside
            # an Amex card), or one that starts before it and was never whole in the run ("4088 6417
            # 5293 4779" cut before " 887": the 19-digit card holds the 12-digit one found). Its spans
            # are then taken from the run's start, those before the value only when they cross the cut.
            cut_run = _ELEMENT.match(text, b) is not None
            lo = a if glued or (cut_run and kind is not None) else s
            run_end = b
            # (a card or an SSN that is the whole run, which ends there: every span of the stretch
            # lies inside it and none outranks it — an SSN's nine digits hold no card — so the
            # union is the value itself; a phone may hold an SSN, an address a card's layout)
            whole_value = s == a and e == b and not cut_run and (kind == "credit_card" or kind == "ssn")
            if not whole_value and (glued or (kind is not None and (e < b or cut_run))):
                if cut_run:
                    # a run the pattern cut: a value may go on across the cut (to the window)
                    b = _ELEMENTS.match(text, b, limit).end()  # type: ignore[union-attr]
                # (cut: the stretch may go on past the window — its last element may be the
                # separator before the window's end, which the search cannot take without the digit
                # after it, so a stretch ending up to two characters short of the window is cut too)
                cut = b >= limit - 2
                whole = m.start() + self._width
                # The stretch's spans are asked for as far as the union can use them: those that
                # overlap the value, or are glued to it, and the first one after a restart — not
                # every span to the window's end (most of a hostile stretch's are the next
                # decisions', and each is then weighed once, not once per decision reaching it).
                need = e if kind is not None else resume
                # Only a span starting before the first restart after the value (without one,
                # before ``resume``) can change the union: a later one is either after a restart
                # (scanning finds it there) or at/after ``resume``. Every card layout and SSN holds
                # a _STRONG_HINT starting where it starts, so when no hint starts before that
                # position, no span does, and the union is the value alone — one C-level search
                # instead of weighing the stretch (a phone followed by an SSN, the next decision's,
                # weighed the SSN's layouts for nothing).
                if kind is not None:
                    restart = _RESTART.search(text, e, b)
                    r = b if restart is None else restart.start()
                else:
                    r = resume if resume < b else b
                hint = _STRONG_HINT.search(text, lo, r + _HINT_LEN if r + _HINT_LEN < b else b)
                if hint is not None and hint.start() < r:
                    while True:
                        spans, upto = self._spans(text, lo, b, limit, cut, strong, need)
                        joined = values + [
                            v for v in spans if (v[1] < b or b < whole) and (glued or v[0] >= s or v[1] > run_end)
                        ]
                        out, done = _union(text, joined, kind, resume, upto, b)
                        if done:
                            break
                        need = upto + _STRONG_AHEAD
        elif not values:
            return values
        if not out:
            return out
        while m.lastgroup != "num" or out[-1][1] >= m.end():
            # a stretch glued after the last value, past the candidate
            end = out[-1][1]
            if _GLUED.match(text, end, limit) is None:
                break
            run = _GLUED_RUN.match(text, end + 1, limit)
            assert run is not None
            stop = run.end()
            restart = _RESTART.search(text, end + 1, stop)
            first = restart.start() if restart is not None else stop
            spans, _ = self._spans(text, end + 1, stop, limit, stop >= limit - 2, strong, first)
            more = [v for v in spans if v[0] < first and (v[1] < stop or stop < m.start() + self._width)]
            if not more:
                break
            for v in more:
                ls, le, lk = out[-1]
                if v[0] < le:
                    out[-1] = (ls, max(le, v[1]), v[2] if _RANK[v[2]] > _RANK[lk] else lk)
                else:
                    out.append(v)
        return out

    def _spans(
        self, text: str, a: int, b: int, limit: int, cut: bool, kinds: frozenset[str], need: int
    ) -> tuple[list[tuple[int, int, str]], int]:
        """:func:`_strong_spans` of ``text[a:b]`` (``cut``: ``b`` is the end of the window, the
        stretch may go on) that start before ``need`` at least, and the position before which the
        list is complete (``>= min(need, b)``). The stretch's spans are kept from one decision to
        the next, each weighed about once: after a value found in a stretch, the next candidate
        starts inside it, and the spans it starts are those of the stretch from there (the same at
        any start of a group: the character before is a separator after a digit, so no context
        word stands before them). Only what was not weighed yet, or what begins where the last
        search could not be sure (the longest value before its end, when the window cut it), is
        searched — and a little further than asked, so that the decisions along a stretch share
        one search."""
        off = self._offset
        c0, c1, ccut, known, cached = self._seen
        # (the stretch's text has not grown since: what was weighed stays right to its end)
        same = b + off < c1 or (b + off == c1 and (cut or not ccut))
        sure = known if same or not ccut else min(known, c1 - _STRONG_WIDTH)
        stop = need + _STRONG_AHEAD
        if stop > b:
            stop = b
        if not c0 <= a + off < sure:
            spans, read = _strong_spans(text, a, b, kinds, limit, stop)
            self.decided += read
            self._seen = (a + off, b + off, cut, stop + off, [(x + off, y + off, k) for x, y, k in spans])
            return spans, stop
        if need + off <= sure or sure >= b + off:
            return [(x - off, y - off, k) for x, y, k in cached if a + off <= x < sure], sure - off
        known_spans = [(x - off, y - off, k) for x, y, k in cached if a + off <= x < sure]
        g = _GROUP_START.search(text, sure - off, b)
        more: list[tuple[int, int, str]] = []
        if g is not None and g.start() < stop:
            more, read = _strong_spans(text, g.start(), b, kinds, limit, stop, inside=True)
            self.decided += read
        spans = known_spans + more
        self._seen = (a + off, b + off, cut, stop + off, [(x + off, y + off, k) for x, y, k in spans])
        return spans, stop

    def _rejected(self, text: str, m: re.Match[str]) -> int | None:
        """Where scanning goes on after a candidate that is no value, so that none hides inside or
        across it: past an IBAN-looking prefix only ("aa11 4111 1111 1111 1111" is no IBAN, but
        holds a card), and into the last groups of a number run the pattern cut at its longest
        ("1 2 3 4 5 6 7 8 4111 1111 1111 1111": a value may go on past the cut). Each character is
        then read at most twice: linear as before."""
        start, end = m.span()
        if m.lastgroup == "iban":
            resume = start + 4
        elif m.lastgroup == "num":
            after = _ELEMENT.match(text, end)
            if after is None:
                return None  # the run ends here: every span of its groups was tried
            # Not cut at its longest but where the digits after one more separator run into a letter
            # ("… 610 834 26DE"): no match can end past the cut (there is no end of a number in
            # those digits), so no value goes on across it and every span of the run was tried —
            # resuming would only decide the run's last groups again, one by one. (Read no further
            # than the window: a decision reads nothing past it.)
            limit = min(len(text), start + self._width)
            glued = _GLUED_TO_LETTER.match(text, after.end(), limit)
            if glued is not None and glued.end() < limit:
                return None
            # Back from the cut, group by group, to the earliest group a value going on across the
            # cut can start at: at most _VALUE_GROUPS groups and (without an extension) 19 digits,
            # one of them after the cut; never the run's first group, whose spans up to the cut
            # were tried (a run of few long groups resumed past the cut, and a card across it leaked).
            run = text[start:end]
            last = run.count(" ")
            if not last:
                return None  # one group cut: no value is made of part of a group
            # (the groups' digits: one C-level split of the run, as _number_inside counts them)
            digits = _group_digits(run)
            bound = "x" not in run
            k = last
            total = len(digits[k])
            while k > 1 and last - k < _VALUE_GROUPS - 2:
                total += len(digits[k - 1])
                if bound and total > _MAX_DIGITS - 1:
                    break
                k -= 1
            resume = start + run.rfind(" ", 0, len(run) - 1) + 1
            for _ in range(last - k):
                resume = start + run.rfind(" ", 0, resume - start - 1) + 1
            self._carry = (self._offset + resume, self._offset + end)
            self._cut_at = (resume, end)
        else:
            return None
        return resume


#: A value is at most this many space-separated groups (a card 4-4-4-4-3, a phone "+33 1 23 45 67 89").
_VALUE_GROUPS = 6
#: ... and at most this many digits (a card; a phone with an extension ("x") may have more).
_MAX_DIGITS = 19

_DIGITS_AND_SPACES = re.compile(r"[^0-9 ]+")


def _card_layouts() -> frozenset[tuple[int, ...]]:
    """The group lengths of the card shapes (:data:`_CARD_SHAPES`) written with spaces, 2-6 groups
    of digits only (a span of space-separated groups: one separator throughout, so a space):
    4-4-4-(1-7)[-(1-3)], 4-6-(4-5), and groups of multiples of four with an optional 1-3 digit
    tail; 12-19 digits. (tests/core/test_pii.py checks them against the pattern itself.)"""
    out: set[tuple[int, ...]] = set()
    for a in range(1, 8):
        out.add((4, 4, 4, a))
        out.update((4, 4, 4, a, b) for b in range(1, 4))
    out.update({(4, 6, 4), (4, 6, 5)})
    for w in range(2, _VALUE_GROUPS + 1):
        for fours in product((4, 8, 12, 16), repeat=w):
            out.add(fours)
            if w < _VALUE_GROUPS:
                out.update((*fours, t) for t in range(1, 4))
    return frozenset(x for x in out if 12 <= sum(x) <= _MAX_DIGITS and len(x) <= _VALUE_GROUPS)


def _inner_spans() -> re.Pattern[bytes]:
    """A pattern over a run's *group lengths* (one byte per space-separated group: its length when
    it is digits only, else 0) that matches (empty) where a span of one or more groups that can be
    a value in a later part of the run starts — group ``w`` (1-5) set when the next ``w`` groups
    can: one group of 12-19 digits (a card), or a card's layout (:func:`_card_layouts`), or (3) an
    SSN's written with spaces (3-2-4). One search over a byte per group, not per character."""
    layouts = _card_layouts()
    ways = [b"[\x0c-\x13]"]
    for w in range(2, max(map(len, layouts)) + 1):
        ways.append(_byte_trie({x for x in layouts if len(x) == w} | ({(3, 2, 4)} if w == 3 else set())))
    gate = b"(?=[\x0c-\x13]|" + _byte_trie({x for x in layouts} | {(3, 2, 4)}) + b")"
    return re.compile(gate + b"".join(b"(?=(" + way + b")|)" for way in ways))


def _byte_trie(words: set[tuple[int, ...]]) -> bytes:
    """``words`` (tuples of byte values) as one alternation shaped like a trie: ``re`` tries the
    branches of an alternation one by one, so shared beginnings are tried once."""
    trie: dict[int, Any] = {}
    for word in words:
        node = trie
        for c in word:
            node = node.setdefault(c, {})
        node[-1] = {}  # a word ends here

    def emit(node: dict[int, Any]) -> bytes:
        ways = [re.escape(bytes([c])) + emit(node[c]) for c in sorted(node) if c >= 0]
        if -1 in node:
            ways.append(b"")
        return ways[0] if len(ways) == 1 else b"(?:" + b"|".join(ways) + b")"

    return emit(trie)


#: Where, inside a number run, the spans of digits-only groups that can be values start (see
#: :func:`_inner_spans`).
_INNER_SPANS = _inner_spans()
#: What a group alone (not digits only) must be to be a value in a later part of a run: a card
#: written with one separator other than a space, an SSN written with dashes or dots, an IPv4
#: address. (A group of digits only: a card of 12-19 digits.)
_INNER_GROUP = re.compile(
    # (groups 1-4: the card shapes' separators; 5: the SSN's)
    _CARD_SHAPES.pattern.replace(r"[ .,/_\x1f-]", r"[.,/_\x1f-]")
    + r"|[0-9]{3}([\-._\x1f])[0-9]{2}\5[0-9]{4}"
    + rf"|{_OCTET}\.{_OCTET}\.{_OCTET}\.{_OCTET}"
)
_MIXED_GROUP = re.compile(rb"[\x04-\xff]")  # a group of 4+ digits and something else


def _number_inside(
    text: str, s: int, e: int, kinds: frozenset[str], tried: int = 0
) -> tuple[int, int, str | None, int]:
    """A value made of the space-separated groups of a run that is none as a whole, with stray
    groups around it ("1 4111 1111 1111 1111", "4111 1111 1111 1111 42 42 42"): the leftmost, then
    longest, of the spans of at most ``_VALUE_GROUPS`` groups.

    The run's digit counts per group (one C-level split) give each span's digit count by a
    subtraction, so a span that cannot be a value costs two integer compares, and a group from
    which no span of ``_VALUE_GROUPS`` groups reaches 7 digits costs one. What
    :func:`_classify_number` can accept: with an extension ("x"), anything; a dotted group alone,
    an IPv4 address (4+ digits); otherwise 7-19 digits — and a later part of the run has no phone
    word right before it (the digits before it are in the way) and mixes no separators, so it can
    only be a card, an SSN or a phone named after it. Only the spans left are read again.

    Which groups are tried: the run's first group (a run on its own, read as
    :func:`_classify_number` reads it); of the later ones, those where :data:`_INNER_START` finds
    a card's layout, an SSN's or an IPv4 address's shape, and the last ``_VALUE_GROUPS`` when a
    phone word follows the run — found by one regex search, so a hostile run of digit groups costs
    Python work per group that can start a value, not per group.

    From the run's first group, a span of 7-15 digits that is no SSN and no card by its checksum
    can only be a phone by its format (a "+", "0" or "(" first, ten or eleven digits, a dot) or by a
    phone word before the run or after its end: when it is none of these, it is not read again.

    ``tried``: the run goes on a cut one, whose spans ending within ``tried`` characters from
    ``s`` were tried with it; the others are later parts of that run. Returns the value's span
    and kind (None: none) and the characters read (the run, and each span read again)."""
    run = text[s:e]
    read = e - s
    if " " not in run:
        return s, e, None, read
    groups = run.split(" ")
    last = len(groups) - 1
    per_group = _group_digits(run)
    count = list(accumulate(map(len, per_group), initial=0))
    has_x = "x" in run
    has_dot = "." in run
    # groups with an extension: a span holding one is always classified
    marked = list(accumulate(map(str.__contains__, groups, repeat("x")), initial=0)) if has_x else None
    # A span holding an extension is a phone or nothing: its digits before the "x" (the number
    # itself) must be 7-15 — per first group, how many the groups from it have before one.
    main_digits: list[int] = []
    if has_x:
        upto = len(groups)
        for k in range(last, -1, -1):
            if "x" in groups[k]:
                upto = k
            main_digits.append(
                count[upto] - count[k] + len(_digits_of(groups[upto].partition("x")[0])) if upto <= last else 0
            )
        main_digits.reverse()
    if not has_x and not has_dot:
        w = min(_VALUE_GROUPS, last + 1)
        if max(map(sub, count[w:], count[:-w])) < 7:
            return s, e, None, read  # no span of at most _VALUE_GROUPS groups has a value's digits
    after = _PHONE_AFTER.match(text, e, e + _RIGHT) is not None  # a phone word right after the run
    starts = list(map(add, accumulate(map(len, groups[:-1]), initial=0), range(len(groups))))  # (from s)
    done = tried  # spans ending here (from s) or before were tried
    if not tried:
        # the run's first group: a run on its own, read as _classify_number reads it
        named: bool | None = None  # a phone word right before the run
        top = min(last, _VALUE_GROUPS - 1)
        alone_ip = has_dot and "." in groups[0] and count[1] >= 4
        if count[top + 1] >= 7 or (marked is not None and marked[top + 1]) or alone_ip:
            for j in range(top, -1, -1):
                if j == last:
                    continue  # the whole run, classified already
                b = starts[j] + len(groups[j])
                n = count[j + 1]
                # (a dotted group alone is read as a whole when it has an IPv4 address's shape; else
                # it can be only what any span can: "1.2.3.4.5" is not read again)
                if marked is not None and marked[j + 1] and not 7 <= main_digits[0] <= 15:
                    continue
                if (marked is None or not marked[j + 1]) and not (
                    j == 0 and alone_ip and _IP4.fullmatch(text, s, s + b)
                ):
                    if n < 7:
                        if alone_ip and j > 0:
                            continue  # (on to the group alone)
                        break  # (shorter spans have fewer digits)
                    if n > 19:
                        continue
                    # a card (16+ digits: nothing else), else a phone by its format or a phone word
                    if n >= 16:
                        # (16-19 digits: a card or nothing — what _classify_number decides, its
                        # checksum taken here once)
                        if not card_ok(_digits_of(run[:b])):
                            continue
                        read += b
                        if "credit_card" in kinds and _card_named(text, s, s + b):
                            return s, s + b, "credit_card", read
                        continue
                    elif text[s] in "0(+" or "." in run[:b]:
                        pass
                    elif n in (9, 10, 11):
                        # without a phone word before the run, 9-11 digits starting with 1-9 and
                        # followed by another group are an SSN (3-2-4; 9 digits alone after "SSN")
                        # or a NANP number ("415 555 0132"), or nothing
                        shaped = _SSN_SHAPE.fullmatch(run, 0, b) if n == 9 else _NANP.fullmatch(run, 0, b)
                        if shaped is None and (n != 9 or j):
                            if named is None:
                                named = _PHONE_BEFORE.search(_before(text, s)) is not None
                            if not named:
                                continue
                    elif n < 12 or not card_ok(_digits_of(run[:b])):
                        if named is None:
                            named = _PHONE_BEFORE.search(_before(text, s)) is not None
                        if not named:
                            continue
                read += b
                kind = _classify_number(text, s, s + b, alone=True)
                if kind is not None and kind in kinds:
                    return s, s + b, kind, read
    # The later spans: those _INNER_SPANS finds (a card's, an SSN's or an IPv4 address's shape), and
    # the spans ending at the run's end when a phone word follows it; leftmost, then longest.
    first = 0 if tried else 1
    # one byte per group: its length if digits only (else 0), its digits if not (else 0)
    digits = bytes(map(len, per_group))
    if len(run) == count[-1] + last:  # (digits and spaces only)
        pure = digits
        codes = []
    else:
        chars = bytes(map(len, groups))
        pure = bytes(map(mul, digits, map(eq, chars, digits)))
        mixed = bytes(map(mul, digits, map(ne, chars, digits)))
        codes = [
            m.start() * 8 + 7 for m in _MIXED_GROUP.finditer(mixed, first) if _INNER_GROUP.fullmatch(groups[m.start()])
        ]
    for m in _INNER_SPANS.finditer(pure, first):
        i8 = m.start() * 8
        w1, w2, w3, w4, w5 = m.groups()
        if w1 is not None:
            codes.append(i8 + 7)
        if w2 is not None:
            codes.append(i8 + 6)
        if w3 is not None:
            codes.append(i8 + 5)
        if w4 is not None:
            codes.append(i8 + 4)
        if w5 is not None:
            codes.append(i8 + 3)
    if after:
        codes += [i * 8 + 7 - last + i for i in range(max(first, last - _VALUE_GROUPS + 1), last + 1)]
    if not codes:
        return s, e, None, read
    codes.sort()
    luhn: _LuhnSums | None = None
    previous = -1
    for code in codes:
        if code == previous:
            continue
        previous = code
        i, w = divmod(code, 8)
        j = i + 7 - w
        x, y = count[i], count[j + 1]
        n = y - x
        if marked is None and 12 <= n <= 19 and (j != i or not has_dot) and (j != last or not after):
            # a card or nothing (the most common case in a hostile run): the checksum first
            if luhn is None:
                luhn = _LuhnSums(_digits_of(run))
            sums = luhn.even if (y - 1) % 2 else luhn.odd  # (as _LuhnSums.card_ok, inline)
            read += 1
            if (sums[y] - sums[x] - 48 * n) % 10:
                continue
        if i == 0 and j == last:
            continue  # the whole run, classified already
        b = starts[j] + len(groups[j])
        if b <= done:
            continue  # tried with the run this one goes on
        a = starts[i]
        if (marked is None or marked[j + 1] == marked[i]) and not (
            j == i and has_dot and "." in groups[i] and n >= 4 and _IP4.fullmatch(run, a, b)
        ):
            if n < 7 or n > 19:
                continue
            if n != 9:
                # a card, or a phone named right after the run
                read += j - i + 1
                if n >= 12 and luhn is None:
                    luhn = _LuhnSums(_digits_of(run))
                if n >= 12 and luhn.card_ok(x, y):  # type: ignore[union-attr]
                    pass
                elif n > 15 or j != last or not after:
                    continue
        elif marked is not None and marked[j + 1] != marked[i] and not 7 <= main_digits[i] <= 15:
            continue
        read += b - a
        kind = _classify_number(text, s + a, s + b, alone=False)
        if kind is not None and kind in kinds:
            return s + a, s + b, kind, read
    return s, e, None, read


# -- the strong values of a number stretch (cards, SSNs), at any separator -----------------------

#: The kinds a stretch is searched for at every separator: those with a checksum or a fixed
#: shape, whose digits must never be left partly visible (a phone or a date glued to one).
_STRONG = frozenset({"credit_card", "ssn"})
#: How a later kind wins a union of overlapping values: the one whose leak costs most.
_RANK = {"credit_card": 5, "iban": 4, "ssn": 3, "phone": 2, "ip_address": 1, "email": 0}
# One byte per separator of a stretch, a class each (the sub-group lengths are bytes below 0x20).
_SEP_CODES = bytes(
    {ord(" "): 0x20, ord("."): 0x21, ord(","): 0x22, ord("/"): 0x23, ord("-"): 0x24}.get(i, 0x25) for i in range(256)
)
_SUB_GROUP = re.compile(rb"[^0-9]")
_CLAMP31 = bytes(min(i, 31) for i in range(256))  # (a sub-group's length, as one byte of its code)
_GROUP_START = re.compile(r"(?<![0-9])[0-9]")
#: what a card or SSN of a stretch reads from its start: its characters (4-4-4-4-3: 19 digits, 4
#: separators) and an IPv4 address after it (a dot and 15)
_STRONG_WIDTH = 23 + 16
# What every card or SSN of a stretch holds, starting where it starts (a stretch without any costs
# one search, not a split): 12 digits in a row; a card's layout of three or more groups with one
# separator (4-4-4-…, 4-6-4, 4-4-8: two groups of 4+ digits, the separator again, a digit); of two
# groups, 4 then 8+ digits or 8 then 4; an SSN's 3-2-4. (Session 9's hint, "4 digits, a separator,
# 4 digits", fired on most stretches of short digit groups, where no layout is.)
_STRONG_HINT = re.compile(
    r"[0-9]{12}|[0-9]{4}([ .,/\-])[0-9]{4}(?:[0-9]{4}|[0-9]*\1[0-9])|[0-9]{8}[ .,/\-][0-9]{4}"
    r"|[0-9]{3}([ .\-])[0-9]{2}\2[0-9]{4}"
)
#: how far a span's _STRONG_HINT reads from its start at most (4-6-4: "4111 111111 1", 13)
_HINT_LEN = 16
_STRETCH_SEPARATOR = re.compile(r"[.,/\-]")  # a stretch whose groups are not all space-separated
# A number candidate could start here (its lookbehind lets it), so scanning resumed before it
# finds what follows: the values after one are joined to it only when glued ("…-1111", "….536").
_RESTART = re.compile(r"(?<=[ /,()])[0-9(+]")
# What follows a value glued to it: a separator no number candidate starts after, then digits.
_GLUED = re.compile(r"[\-.x+](?=[0-9])")
# (a digit is an element only one way, so a run of them is taken at once: the same end, in C)
_ELEMENTS = re.compile(rf"(?:[0-9]+|{_ELEMENT_SOURCE})*")
# Digits (and extensions) up to a letter, with no separator among them: no number ends in them.
# (all of them: the run does not stop at an "x" that an extension's digits follow)
_GLUED_TO_LETTER = re.compile(r"(?:[0-9]|x(?=[0-9]))+(?![0-9]|x[0-9])(?=[A-Za-z])")
_GLUED_RUN = re.compile(rf"[0-9](?:[0-9]+|{_ELEMENT_SOURCE})*")  # (to the window: a decision reads no further)


def _strong_pattern() -> re.Pattern[bytes]:
    """Over a stretch written as two bytes per sub-group (its digit count, then the class of the
    separator after it): where a card's layout or an SSN's 3-2-4 starts, one group per number of
    sub-groups (1-5) it spans, each with one separator throughout (any separator around it)."""
    layouts = _card_layouts() | {(n,) for n in range(12, 20)}
    by_width: dict[int, set[tuple[int, ...]]] = {}
    for sep in range(0x20, 0x25):
        for layout in layouts | ({(3, 2, 4)} if sep in (0x20, 0x21, 0x24) else set()):
            word = [layout[0]]
            for n in layout[1:]:
                word += [sep, n]
            by_width.setdefault(len(layout), set()).add(tuple(word))
    every = set().union(*by_width.values())
    return re.compile(
        b"(?="
        + _byte_trie(every)
        + b")"
        + b"".join(b"(?=(" + _byte_trie(by_width[w]) + b")|)" for w in sorted(by_width))
    )


_STRONG_SPANS = _strong_pattern()


def _leftmost(v: tuple[int, int, str]) -> tuple[int, int]:
    return v[0], -v[1]


#: How far past what a decision needs a stretch's spans are weighed at once (the next decisions
#: along the stretch need them: one search serves several).
_STRONG_AHEAD = 64
_UNSEEN: tuple[int, int, bool, int, list[tuple[int, int, str]]] = (0, -1, False, -1, [])


def _union(
    text: str, values: list[tuple[int, int, str]], kind: str | None, resume: int, upto: int, end: int
) -> tuple[list[tuple[int, int, str]], bool]:
    """The values to replace from ``values`` (the value found, of ``kind``, and the spans of its
    stretch, which ends at ``end``, known before ``upto``): overlapping ones as their union, named
    by the stronger kind, and the ones glued to the one before; and whether a span not known yet
    (starting at ``upto`` or later) could change that. ``resume``: without a value found, where
    scanning resumes (a first span from there on is found there)."""
    complete = upto >= end
    if not values:
        return values, complete or (kind is None and upto >= resume)
    values.sort(key=_leftmost)
    if kind is None and values[0][0] >= resume:
        return [], True
    out = [values[0]]
    for v in values[1:]:
        vs, ve, vk = v
        ls, le, lk = out[-1]
        if vs < le:
            out[-1] = (ls, max(le, ve), vk if _RANK[vk] > _RANK[lk] else lk)
        elif _RESTART.search(text, le, vs + 1) is None:
            out.append(v)  # glued to the one before
        else:
            return out, True  # scanning resumes before it (and before any later one)
    # (a later span starts at ``upto`` or after: after a restart, it could neither overlap nor glue)
    le = out[-1][1]
    return out, complete or (upto > le and _RESTART.search(text, le, upto) is not None)


_DOTTED_BACK = re.compile(r"[0-9.]{0,15}\Z")
_DOTTED = re.compile(r"[0-9.]{0,15}")


def _in_ip4(text: str, i: int, end: int) -> bool:
    """Whether the dot ``text[i]`` is inside an IPv4 address (its whole run of digits and dots
    before ``end``)."""
    left = _DOTTED_BACK.search(text, max(0, i - 15), i)
    right = _DOTTED.match(text, i, end)
    assert left is not None and right is not None
    return _IP4.fullmatch(text, left.start(), right.end()) is not None


def _strong_spans(
    text: str, a: int, b: int, kinds: frozenset[str], ahead: int, stop: int | None = None, inside: bool = False
) -> tuple[list[tuple[int, int, str]], int]:
    """The cards and SSNs of the number stretch ``text[a:b]`` whose groups start and end at any
    of its separators ("4111 1111 1111 1111-1", "415-555-0132.536-22-5432"): what a leak through a
    glued neighbour would otherwise hide. One written with a separator other than a space needs
    other separators around it than its own ("1234-5678-9012-3456" and "536-22-5432-1" are dashed
    numbers like any other, and a space separates groups as the number runs do). Sorted by start;
    at each start the longest only (it covers the others). Each is what :func:`_classify_number`
    accepts there (the checksum, the brand and the SSN ranges, O(1) each from prefix sums; and
    for a card at the stretch's start, no other identifier named before it). Reads nothing past
    ``ahead`` (an address after a dot, at most 15 characters past ``b``). Also returns the
    characters read again (0 when none of their shapes is there: one C-level search).

    ``stop``: only the spans starting before it are weighed (and the stretch read no further
    than they can reach: a span is at most 23 characters, the separator after it one more).
    ``inside``: ``a`` is a group start inside a longer stretch, whose separator before it is the
    stretch's (a dot there may end an address the span would start in)."""
    if stop is None or stop > b:
        stop = b
    if stop + _STRONG_WIDTH < b:
        b = stop + _STRONG_WIDTH
    if _STRONG_HINT.search(text, a, b) is None:
        return [], 0
    seg = text[a:b].encode()
    parts = _SUB_GROUP.split(seg)
    seps = seg.translate(_SEP_CODES, b"0123456789")
    code = bytearray(2 * len(parts))
    code[0::2] = bytes(map(len, parts)).translate(_CLAMP31) if len(seg) < 256 else bytes(min(len(p), 31) for p in parts)
    code[1::2] = seps + b"\x25"
    out: list[tuple[int, int, str]] = []
    count = list(accumulate(map(len, parts), initial=0))
    starts = list(map(add, count, range(len(count))))  # (each sub-group and its separator)
    digits = b"".join(parts).decode()
    luhn: _LuhnSums | None = None
    before = ord(text[a - 1]) if a > 0 else 0
    hits = 0
    # (one hit at a time: the search goes no further than the last start before ``stop``)
    for m in _STRONG_SPANS.finditer(code):
        i = m.start() // 2
        if starts[i] >= stop - a:
            break
        hits += 1
        for word in reversed(m.groups()):
            if word is None:
                continue
            k = len(word) // 2 + 1
            ssn = k == 3 and word[0] == 3 and word[2] == 2 and word[4] == 4
            if not ssn:
                # a card's checksum first, inline (most layouts of a hostile stretch fail it)
                if luhn is None:
                    luhn = _LuhnSums(digits)
                cx, cy = count[i], count[i + k]
                sums = luhn.even if (cy - 1) % 2 else luhn.odd
                if (sums[cy] - sums[cx] - 48 * (cy - cx)) % 10:
                    continue
            x, y = starts[i], starts[i + k] - 1
            if k > 1 and word[1] != 0x20:
                # written with its own separator, it is glued only by another one ("1234-5678-9012-3456"
                # is one dashed number, whatever its last groups would be alone)
                sep = word[1]
                if (seps[i - 1] if i else _SEP_CODES[before] if before < 256 else 0x25) == sep:
                    continue
                if (seps[i + k - 1] if i + k - 1 < len(seps) else 0x25) == sep:
                    continue
            kind = "ssn" if ssn else "credit_card"
            if kind not in kinds:
                continue
            if (seg[x - 1 : x] == b"." if x else inside and text[a - 1] == ".") and _in_ip4(text, a + x - 1, ahead):
                continue  # (a card's layout starting in an address's last octet: two values, not one)
            if seg[y : y + 1] == b"." and _in_ip4(text, a + y, ahead):
                continue
            if ssn:
                if not ssn_ok(digits[count[i] : count[i + 3]]):
                    continue
            else:
                if not _brand_ok(digits[cx : cx + 2], cy - cx):
                    continue
                if i == 0 and _NOT_CARD_BEFORE.search(_before(text, a)):
                    continue  # ("IMEI 3563 …": where a word can stand before it)
            out.append((a + x, a + y, kind))
            break
    return out, b - a + hits


def _iban_end(text: str, s: int, e: int) -> int:
    """Where a valid IBAN starting at ``s`` ends inside the candidate ``text[s:e]``, or 0.

    The candidate may have swallowed a following short word ("GB29 … 19 to"), so the length
    comes from the country code."""
    want = _IBAN_LENGTHS.get(text[s : s + 2].upper())
    if want is None:
        return 0
    m = _iban_chars(want).match(text, s, e)  # (the candidate's separators are single)
    if m is None:
        return 0
    i = m.end()
    if i < len(text) and text[i].isalnum():
        return 0
    return i if _iban_ok(text[s:i].encode().translate(None, _IBAN_SEP_BYTES)) else 0


@cache
def _iban_chars(n: int) -> re.Pattern[str]:
    return re.compile(rf"(?:{_IBAN_SEP}?+[A-Za-z0-9]){{{n}}}")


_CACHE: dict[frozenset[str], tuple[re.Pattern[str], int, tuple[Trigger, ...]]] = {}


def _compiled(parts: frozenset[str]) -> tuple[re.Pattern[str], int, tuple[Trigger, ...]]:
    if parts not in _CACHE:
        _CACHE[parts] = _pattern(parts)
    return _CACHE[parts]


def pii_triggers(kinds: Iterable[str]) -> tuple[Trigger, ...]:
    """The triggers of a :class:`PIIFilter` of ``kinds`` (see :func:`~._rewriter.untriggered`)."""
    return _compiled(frozenset(p for k in kinds for p in _KIND_PARTS[k]))[2]


def find_pii(text: str, kinds: Iterable[str] | None = None) -> list[Finding]:
    """The PII values in ``text`` as findings (``kind``, ``start``, ``end``), in order.

    ``kinds``: a subset of ``email, phone, credit_card, iban, ssn, ip_address`` (default all).

    >>> [(f.kind, f.start, f.end) for f in find_pii("SSN 078-05-1121, IP 10.0.0.1")]
    [('ssn', 4, 15), ('ip_address', 20, 28)]
    """
    found: list[Finding] = []
    scanner = PIIFilter(KINDS if kinds is None else kinds, None, lambda f, _v: found.append(f))
    scanner.feed(text)
    scanner.flush()
    return found


def redact_pii(text: str, kinds: Iterable[str] | None = None, style: str = "label") -> str:
    """``text`` with its PII replaced (see :func:`replacer` for ``style``)."""
    f = PIIFilter(KINDS if kinds is None else kinds, replacer(style))
    return f.feed(text) + f.flush()

"""Output filters on hostile text: per rule family, the worst input's time as a ratio to prose.

    python benchmarks/adversarial.py [--kib 100] [--repeat 5] [--chunk 16] [--only NAME] [--clock wall|cpu]

Every filter of the output chain (canary → secrets → PII → markdown links, as ``aiwarden scan
--output`` runs them) must take time linear in its input, whatever the input. For each rule
family this builds several worst cases of ``--kib`` KB from the rule's own trigger — the prefix
repeated, the prefix and a space repeated, near misses (the prefix and one character too few of
a body, at several lengths), one long run of the rule's alphabet; and, in ``MIXED``, texts no
single trigger makes (mixtures of digits and separators, near-miss IBANs of many countries,
IP-like dotted runs) — runs the chain on each, whole
and streamed in ``--chunk``-character pieces, and prints the slowest case's time as a ratio to
``--kib`` KB of real prose (``corpus.py``: CPython's documentation, package READMEs and the
benign eval prompts, in distinct windows: not a repeated sentence). Target: every ratio <= 3.

Timings are medians over ``--repeat`` rounds, prose and the case timed back to back in each
round, so a loaded machine skews both sides alike; ``--clock cpu`` times this thread's CPU
(``time.thread_time``) instead of wall time, which other processes hardly move. The ``work``
column is the filters' own counter (characters searched or scanned, candidates tried, and what
decisions read again, per input character), which the tests bound without timing.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable, Iterator

from corpus import windows

from aiwarden.scanners.canary import CanaryFilter, new_canary
from aiwarden.scanners.html import HtmlFilter
from aiwarden.scanners.pii import PIIFilter
from aiwarden.scanners.secrets import SecretFilter
from aiwarden.streaming import Blocked, FilterChain

BODY = "a1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuVwXyZ" * 4


def prose(size: int) -> str:
    """``size`` characters of real prose and chat (benchmarks/corpus.py: CPython's documentation,
    package READMEs, the benign eval prompts), in distinct 4 KB windows."""
    return "\n\n".join(windows(4096, size // 4096 + 1))[:size]


def fill(piece: str, size: int) -> str:
    return (piece * (size // max(1, len(piece)) + 1))[:size]


def trigger_cases(prefix: str, alphabet: str, size: int) -> Iterator[tuple[str, str]]:
    """The worst cases built from one trigger."""
    yield "repeated", fill(prefix, size)
    yield "repeated+space", fill(prefix + " ", size)
    for n in (9, 19):
        yield f"near miss {n}", fill(prefix + fill(alphabet, n) + " ", size)
    yield "long run", (prefix + fill(alphabet, size))[:size]


def secret_families() -> dict[str, list[tuple[str, str]]]:
    """The secret rule table (aiwarden.keys.rules) in families: rules of one kind whose prefixes
    start with the same character, each family seeded with its two shortest prefixes."""
    from aiwarden.keys.rules import RULES

    prefixes: dict[str, set[str]] = {}
    names: dict[str, list[str]] = {}
    for rule in RULES:
        key = f"secret {rule.kind} {rule.prefixes[0][0].lower()}"
        names.setdefault(key, []).append(rule.name)
        prefixes.setdefault(key, set()).update(rule.prefixes)
    # the shortest prefixes: the densest hostile repetitions
    return {
        f"{key} ({', '.join(names[key][:3])}{', …' if len(names[key]) > 3 else ''})": [
            (p, BODY) for p in sorted(prefixes[key], key=lambda p: (len(p), p))[:2]
        ]
        for key in prefixes
    }


FAMILIES: dict[str, list[tuple[str, str]]] = {
    **secret_families(),
    "secret aws_secret_key, whole key names": [("aws_secret_key=", BODY + "/+"), ("AWS_SECRET_ACCESS_KEY = '", BODY)],
    "secret private_key, whole header": [("-----BEGIN ", "RSA "), ("-----BEGIN RSA PRIVATE KEY-----\n", "MIIB+/=\n")],
    "secret jwt, two parts": [("eyJhbGciOiJIUzI1NiJ9.eyJ", BODY), ("eyJ", BODY + ".")],
    # PII lanes
    "pii email": [("a@", "b."), ("jane.doe@", "example."), ("x", "a.b+c-"), ("@", "a-b.")],
    "pii number": [("1", " 1"), ("4111", " 1111"), ("+", "1-2"), ("(", "0)1 "), ("1", "1"), ("99 110 ", "114 ")],
    "pii ip": [("1.1.", "1.1."), ("255.", "255."), ("fe80:", ":1:"), ("2001:", "db8:")],
    "pii iban": [("GB29", " NWBK"), ("DE89", "3704"), ("GB29 ", "NW")],
    # written-out e-mails, white space and other separators between digit groups, lookalike letters
    "pii email written out": [
        (" [at] ", "a "),
        ("jane.doe [at] ", "example [dot] "),
        ("x at ", "y dot "),
        (" @ ", "a."),
        ("a(at)", "b(dot)"),
    ],
    "pii number spacing": [("4111\n", "1111\t"), ("1  ", "2 \n"), ("4111·", "1111•"), ("4111_", "1111_")],
    "secret lookalike prefixes": [("ѕk-", BODY), ("ghр_", BODY), ("АKIA", BODY), ("хoxb-", BODY)],
    # (session 8) other scripts' lookalikes (Greek, Lisu, Cherokee), heads cut by format characters
    "secret lookalike prefixes, more scripts and format characters": [
        ("ΑKIA", BODY),
        ("ꓮKIA", BODY),
        ("ᏚG.", BODY),
        ("s\u200bk-", BODY),
        ("g\u00adhp_", BODY),
    ],
    # keys written in groups: a prefix's head and groups of one length after it
    "secret split keys": [
        ("ghp_", " Ab1d"),
        ("AKIA ", "AB1D "),
        ("sk-p", " roj-"),
        ("ghp_", "\nAbCd1234"),
        ("xoxb", "\t1a2b"),
    ],
    "canary": [("cnry-", "abcdefghijklmnop"), ("CNRY-", "x")],
    "canary encoded (reversed, ROT13, hex, spaced, base64)": [
        ("-yrnc", "abcdefghijkl"),
        ("pael-", "abcdefghijklmnop"),
        ("636e72792d", "6a7b"),
        ("c n r y - ", "a b "),
        ("Y25yeS1", "abcd+/"),
        ("jbnJ5L", "Nucnkt"),
    ],
    "canary in character codes (hex, escapes, decimal, binary, base32)": [
        ("63 6e 72 79 2d ", "6a "),
        ("\\u0063\\u006e", "\\u0072"),
        ("&#99;&#110;", "&#114;"),
        ("99 110 114 121 45 ", "97 "),
        ("01100011 01101110 ", "01100001 "),
        ("MNXHE6JN", "ABCD2345"),
        ('"c" "n" "r" ', '"a" '),
    ],
    "markdown links": [("](", "//a."), ("![", "x]("), ("]: ", "https://")],
}


def _mixture(seed: int, groups: str, seps: str, size: int) -> str:
    """Digit groups of 1-5 digits from ``groups`` joined by separators from ``seps``, seeded:
    runs that look like numbers of every kind, with no period an attacker's repetition has."""
    rnd = random.Random(seed)
    out: list[str] = []
    n = 0
    while n < size:
        piece = "".join(rnd.choice(groups) for _ in range(rnd.randint(1, 5))) + rnd.choice(seps)
        out.append(piece)
        n += len(piece)
    return "".join(out)[:size]


def _ibans(size: int) -> str:
    """Near-miss IBANs of many countries: each country's exact length, a wrong check digit."""
    from aiwarden.scanners.pii import _IBAN_LENGTHS

    rnd = random.Random(7)
    out: list[str] = []
    n = 0
    countries = sorted(_IBAN_LENGTHS)
    while n < size:
        country = rnd.choice(countries)
        body = "".join(rnd.choice("0123456789ABCDEFGHIJ") for _ in range(_IBAN_LENGTHS[country] - 4))
        grouped = " ".join(body[i : i + 4] for i in range(0, len(body), 4))
        piece = f"{country}{rnd.randint(10, 99)} {grouped} "
        out.append(piece)
        n += len(piece)
    return "".join(out)[:size]


def _luhn_card(rnd: random.Random, first: str) -> str:
    """A random 16-digit card number starting with ``first`` that passes the Luhn check."""
    digits = first + "".join(rnd.choice("0123456789") for _ in range(15 - len(first)))
    total = 0
    for i, d in enumerate(reversed(digits)):  # the check digit goes to the right of these
        v = int(d) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return digits + str((10 - total % 10) % 10)


def _iban(rnd: random.Random, country: str, length: int) -> str:
    """A random IBAN of ``country`` with valid check digits (ISO 13616 mod 97)."""
    body = "".join(rnd.choice("0123456789") for _ in range(length - 4))
    moved = body + country + "00"
    number = int("".join(str(int(c, 36)) for c in moved))
    return f"{country}{98 - number % 97:02d}{body}"


def _varied(seed: int, make: Callable[[random.Random], str], size: int) -> str:
    """Values drawn one by one, no two alike: what a memo of repeated windows cannot shortcut."""
    rnd = random.Random(seed)
    out: list[str] = []
    n = 0
    while n < size:
        piece = make(rnd)
        out.append(piece)
        n += len(piece)
    return "".join(out)[:size]


def _ssn_phone(r: random.Random) -> str:
    ssn = f"{r.randint(100, 899)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}"
    return f"{ssn} +1 ({r.randint(200, 999)}) {r.randint(200, 999)}-{r.randint(1000, 9999)} "


def _grouped(number: str, sep: str) -> str:
    return sep.join(number[i : i + 4] for i in range(0, len(number), 4))


#: Hostile texts that no single trigger makes: mixtures of digits and separators, near-miss IBANs
#: of many countries, IP-like dotted runs (4-digit and out-of-range octets, five parts).
MIXED: dict[str, Callable[[int], list[tuple[str, str]]]] = {
    "pii number mixtures": lambda size: [
        ("digits, spaces and dashes", _mixture(1, "0123456789", " -", size)),
        ("digits and every separator", _mixture(2, "0123456789", " .-/,()+x", size)),
        ("card-like groups, mixed separators", fill("4111-1111 1111.1111 1111/", size)),
        ("trunk-like groups", fill("0 12 345 6789 (0)12 345-678 ", size)),
    ],
    "pii iban countries": lambda size: [
        ("near misses of every country", _ibans(size)),
        ("country codes and digits", _mixture(3, "0123456789", " ", size).replace("1 ", "DE").replace("2 ", "GB")),
    ],
    "pii ip dotted": lambda size: [
        ("4-digit octets", fill("1234.1234.1234.1234 ", size)),
        ("out-of-range octets", fill("999.999.999.999 ", size)),
        ("five parts", fill("1.2.3.4.5 ", size)),
        ("a long octet last", fill("10.0.0.1000 ", size)),
        ("dotted digits mixed", _mixture(4, "0123456789", ".", size)),
    ],
    "pii values varied (every value different)": lambda size: [
        (
            "valid cards, one number stretch",
            _varied(11, lambda r: _grouped(_luhn_card(r, r.choice("45")), " ") + " ", size),
        ),
        (
            "valid cards, mixed separators",
            _varied(12, lambda r: _grouped(_luhn_card(r, "4"), r.choice(" -.")) + r.choice(" ,;"), size),
        ),
        (
            "near-miss cards (Luhn fails)",
            _varied(13, lambda r: _grouped(str(int(_luhn_card(r, "4")) + 1), " ") + " ", size),
        ),
        ("SSNs and phones", _varied(14, _ssn_phone, size)),
        ("IPv4 addresses", _varied(15, lambda r: ".".join(str(r.randint(0, 255)) for _ in range(4)) + " ", size)),
        (
            "valid IBANs, grouped",
            _varied(
                16,
                lambda r: _grouped(_iban(r, *r.choice([("DE", 22), ("GB", 22), ("FR", 27), ("NL", 18)])), " ") + " ",
                size,
            ),
        ),
    ],
}


def _prefixes(seed: int, sep: str, size: int) -> str:
    """The secret filter's trigger literals in a seeded random order, ``sep`` after each: ranges of
    hits of many literals close together (what the lane's whole pattern tries)."""
    from aiwarden.scanners.secrets import secret_triggers

    lits = sorted({x for t in secret_triggers() if not t.back for x in getattr(t.pattern, "literals", ())})
    return _varied(seed, lambda r: r.choice(lits) + sep, size)


MIXED["secret prefixes mixed (every literal of the table, seeded order)"] = lambda size: [
    ("prefixes and a space", _prefixes(21, " ", size)),
    ("prefixes run together", _prefixes(22, "", size)),
    ("prefixes and a near-miss body", _prefixes(23, "a1B2c3 ", size)),
]


def seeded(seeds: list[tuple[str, str]], size: int) -> list[tuple[str, str]]:
    """A family's cases: every worst case of each of its triggers."""
    return [(f"{p!r} {how}", text) for p, alphabet in seeds for how, text in trigger_cases(p, alphabet, size)]


def chain(canary: str) -> FilterChain:
    return FilterChain(
        [CanaryFilter(canary), SecretFilter(action="redact"), PIIFilter(), HtmlFilter(escape_html=False)]
    )


def run(text: str, chunk: int, canary: str) -> int:
    """Filter ``text`` (whole when ``chunk`` is 0); the work counted by the filters."""
    c = chain(canary)
    try:
        if chunk:
            for i in range(0, len(text), chunk):
                c.feed(text[i : i + chunk])
        else:
            c.feed(text)
        c.flush()
    except Blocked:
        pass
    return sum(getattr(f, "examined", 0) + getattr(f, "decided", 0) for f in c.filters)


#: the clock ``timed`` reads: wall time (the default) or, with ``--clock cpu``, this thread's CPU
#: time, which other processes on a loaded machine do not inflate
_CLOCK: list[Callable[[], float]] = [time.perf_counter]


def timed(fn: Callable[[], object]) -> float:
    clock = _CLOCK[0]
    t = clock()
    fn()
    return clock() - t


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kib", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--chunk", type=int, default=16)
    parser.add_argument("--only", default="", help="run the families whose name contains this")
    parser.add_argument(
        "--clock",
        choices=("wall", "cpu"),
        default="wall",
        help="wall: time.perf_counter; cpu: time.thread_time (repeatable on a loaded machine)",
    )
    args = parser.parse_args()
    _CLOCK[0] = time.thread_time if args.clock == "cpu" else time.perf_counter
    size = args.kib * 1024
    base = prose(size)
    canary = new_canary()
    for chunk in (0, args.chunk):
        run(base[:8192], chunk, canary)  # (compiles the rule table's patterns: not in the first timing)
    print(f"prose: {len(base)} characters; cases of the same length; chain: canary, secrets, PII, links")
    print(f"ratio = median over {args.repeat} rounds of (case time / prose time), prose timed next to it")
    print()
    print(f"| family | worst case (whole) | whole | worst case ({args.chunk}-char pieces) | streamed | work/char |")
    print("| --- | --- | --- | --- | --- | --- |")
    worst_all = 0.0
    families: dict[str, Callable[[int], list[tuple[str, str]]]] = {
        **{family: (lambda size, seeds=seeds: seeded(seeds, size)) for family, seeds in FAMILIES.items()},
        **MIXED,
    }
    for family, build in families.items():
        if args.only not in family:
            continue
        cases = build(size)
        row = [family]
        work = 0.0
        for chunk in (0, args.chunk):
            rounds: dict[str, list[float]] = {name: [] for name, _ in cases}
            for _ in range(args.repeat):
                # the prose timed in each round, next to the family's cases
                t_base = timed(lambda chunk=chunk: run(base, chunk, canary))
                for name, text in cases:
                    rounds[name].append(timed(lambda text=text, chunk=chunk: run(text, chunk, canary)) / t_base)
            ratios = {name: statistics.median(r) for name, r in rounds.items()}
            work = max(work, *(run(text, chunk, canary) / len(text) for _, text in cases))
            name, ratio = max(ratios.items(), key=lambda kv: kv[1])
            worst_all = max(worst_all, ratio)
            row += [name, f"{ratio:.2f}x"]
        row.append(f"{work:.1f}")
        print("| " + " | ".join(row) + " |", flush=True)
    t_whole = statistics.median(timed(lambda: run(base, 0, canary)) for _ in range(args.repeat))
    t_str = statistics.median(timed(lambda: run(base, args.chunk, canary)) for _ in range(args.repeat))
    print()
    print(
        f"prose itself: whole {len(base) / t_whole / 1e6:.2f} M chars/s, "
        f"streamed {len(base) / t_str / 1e6:.2f} M chars/s"
    )
    print(f"worst family: {worst_all:.2f}x prose (target <= 3x)")


if __name__ == "__main__":
    main()

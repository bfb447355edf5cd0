"""The output filters' engine: exact for any chunking, linear for any input, matching on the
normalised view and redacting the original span.

Linear time is checked on the engine's work counter (``Rewriter.examined``: characters searched
or scanned plus candidates tried), never on the clock: hypothesis searches hostile inputs built
from every rule's triggers (repetitions, near misses, long runs of a rule's alphabet) for one that
makes a filter do more than a constant amount of work per input character, whole or in pieces.
"""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aiwarden.exchange import Exchange
from aiwarden.privacy import Pseudonyms
from aiwarden.scanners._rewriter import Literals, Rewriter
from aiwarden.scanners.canary import CanaryFilter, new_canary
from aiwarden.scanners.html import HtmlFilter
from aiwarden.scanners.pii import PIIFilter, find_pii, redact_pii
from aiwarden.scanners.secrets import _PREFIXES, SecretFilter, find_secrets
from aiwarden.streaming import Blocked, Chains, FilterChain

from .pii_variants import key_variants, variants

PROSE = "The team expects steady growth; see the report. "
VALUES = st.sampled_from(
    [
        "sk-",
        "sk_live_",
        "AKIA",
        "aWs",
        "-----BEGIN",
        "-----",
        "github_pat_",
        "ghp_",
        "eyJ",
        "xoxb-",
        "sk-proj-a1B2c3D4e5F6g7H8i9J0kLmN",
        "ghp_" + "a1B2" * 9,
        "4111 1111 1111 1111",
        "4111\u200b1111 1111 1111",
        "４１１１ １１１１ １１１１ １１１１",
        "jane.doe@example.com",
        "jane\u00addoe\uff20example.com",
        "josé@exämple.de",
        "+1 415-555-0132",
        "10.20.30.40",
        "fe80::1:2:3",
        "GB29 NWBK 6016 1331 9268 19",
        "078-05-1120",
        "Phone: 5551234567",
        "![c](https://evil.test/a)",
        "cnry-qwertyuiopasdfghj",
        "é",
        "\u200b",
        "\u00ad",
        " ",
        "\n",
    ]
)
FILLER = st.text("ab -_:.@0123456789\né\u200b", max_size=8)


def texts(min_len: int = 0) -> st.SearchStrategy[str]:
    pieces = st.lists(st.tuples(FILLER, VALUES), max_size=12)
    return st.builds(lambda ps, reps: PROSE * reps + "".join(a + b for a, b in ps), pieces, st.integers(0, 8)).filter(
        lambda t: len(t) >= min_len
    )


@settings(max_examples=300, deadline=None)
@given(texts(), st.integers(0, 200))
def test_literal_trigger_finds_every_start(text: str, pad: int) -> None:
    literals = [*_PREFIXES, "sk-p", "a1B2", "ASIA", "SIAK"]
    text = "x" * pad + text  # long texts go through the automaton, short ones through the regex
    want = sorted({i for lit in literals for i in range(len(text)) if text.startswith(lit, i)})
    found, base = Literals(literals).find(text, 0, len(text))
    assert sorted({s + base for _, s, _ in found}) == want
    assert all(text.startswith(literals[i], s + base) and s + len(literals[i]) == e for i, s, e in found)


def chain() -> FilterChain:
    return FilterChain(
        [
            CanaryFilter("cnry-qwertyuiopasdfghj", block=False),
            SecretFilter(action="redact"),
            PIIFilter(),
            HtmlFilter(escape_html=False),
        ]
    )


def _pieces(text: str, sizes: list[int]) -> list[str]:
    out, i, k = [], 0, 0
    while i < len(text):
        size = sizes[k % len(sizes)]
        out.append(text[i : i + size])
        i, k = i + size, k + 1
    return out


@settings(max_examples=200, deadline=None)
@given(texts(), st.lists(st.integers(1, 24), min_size=1, max_size=40))
def test_tiny_chunks_give_the_whole_text_result(text: str, sizes: list[int]) -> None:
    whole = chain()
    expected = whole.feed(text) + whole.flush()
    streamed = chain()
    out = [streamed.feed(p) for p in _pieces(text, sizes)]
    assert "".join(out) + streamed.flush() == expected


def _filters() -> list[Rewriter]:
    mapping = Pseudonyms()
    mapping.placeholder("email", "me@home.example")
    return [
        SecretFilter(keys=["sk-test-server-key-0123456789abcdef"], action="redact"),
        PIIFilter(),
        HtmlFilter(("ok.test",), True, "all"),
        HtmlFilter(("ok.test",), False, "images"),
        CanaryFilter("cnry-qwertyuiopasdfghj", block=False),
        mapping.restorer(),
    ]


@settings(max_examples=150, deadline=None)
@given(texts(), st.lists(st.integers(1, 24), min_size=1, max_size=40))
def test_held_back_text_is_bounded_and_findings_point_at_the_original(text: str, sizes: list[int]) -> None:
    for f in _filters():
        fed = 0
        for piece in _pieces(text, sizes):
            f.feed(piece)
            fed += len(piece)
            # held back: at most the window of one candidate, plus the context kept before it
            assert len(f._buf) <= f.width + f._left + 1 + len(piece)
        f.flush()
    for finding in find_pii(text) + find_secrets(text):
        # the original span: invisible characters inside it (and right after it) are part of it
        value = text[finding.start : finding.end]
        assert value.strip("\u200b\u00ad") and value == value.lstrip("\u200b\u00ad ")


# -- linear time: hypothesis looks for inputs that make the engine work harder ----------------

TRIGGERS = [
    *dict.fromkeys(_PREFIXES),
    *("aws_secret_key=", "-----BEGIN ", "eyJ", "@", "a.b@", "1", "1 ", "4111 ", "1.1.", "fe80:", "::", "GB29 "),
    *("+1 (", "cnry-", "](", "![", "]: ", "<EMAIL_", "\u200b", "＠", "１"),
    # key prefixes in lookalike letters of other scripts (the fold changes every few characters)
    *("ѕk-", "ghр_", "АKIA", "хoxb-"),
    # the seeds of benchmarks/adversarial.py's families
    *("(", "+", "4111", "GB29", "DE89", "255.", "2001:", ":AA", "://", "x](", "<img src="),
    # the first two character codes of a canary (binary, decimal, hex with and without prefixes)
    *("01100011 01101110 ", "1100011 1101110 ", "99 110 ", "&#99;&#110;", "636e", "\\x63\\x6e", "%63%6e"),
]
ALPHABETS = [
    *("a1B2", "1", " 1", "0123456789", "abc.", "-", "_", "a-b", "/+=", ":", "\u00ad1"),
    *(" 1111", "0)1 ", "1-2", "1 2 3", "4111 1111 111 ", "12.3 ", "b.", "a-b.", " NWBK", "3704"),
    *("1.1.", ":1:", "db8:", "//a.", "https://", "AA", "x]("),
]


@st.composite
def hostile(draw: st.DrawFn) -> str:
    trigger = draw(st.sampled_from(TRIGGERS))
    alphabet = draw(st.sampled_from(ALPHABETS))
    body = draw(st.integers(0, 90))
    sep = draw(st.sampled_from(["", " ", "\n", ".", "-"]))
    unit = trigger + (alphabet * (body // len(alphabet) + 1))[:body] + sep
    size = draw(st.integers(2000, 6000))
    return (unit * (size // len(unit) + 1))[:size]


#: the most work per input character: trigger search and lead-run scan (2), a literal split
#: across pieces (the longest trigger, once per piece), and each position tried at most once
#: per lane (2 lanes)
WORK_PER_CHAR = 8
#: the most that decisions read again per input character: a number run (at most 102
#: characters) and the spans of its groups that may hold a value, per value found or per cut
#: run (each moves on by a value or five groups)
DECIDED_PER_CHAR = 24


@settings(max_examples=120, deadline=None)
@given(hostile(), st.sampled_from([0, 1, 16, 64]))
def test_work_per_character_is_bounded_for_hostile_inputs(text: str, chunk: int) -> None:
    for f in _filters():
        pieces = _pieces(text, [chunk]) if chunk else [text]
        try:
            for p in pieces:
                f.feed(p)
            f.flush()
        except Blocked:
            continue
        # (and per piece, the end of the text before it a trigger split across pieces needs)
        longest = sum(lane.trigger.longest for lane in f._lanes)
        bound = WORK_PER_CHAR * len(text) + longest * len(pieces) + 100
        assert f.examined <= bound, (type(f).__name__, f.examined / len(text))
        assert f.decided <= DECIDED_PER_CHAR * len(text) + 200, (type(f).__name__, f.decided / len(text))


@pytest.mark.parametrize(
    "unit",
    [
        "01100011 01101110 01110010 ",
        "99 110 114 ",
        "63 6e 72 ",
        "01100011 01101110 ",
        "1100011,1101110,",
        "99 110 ",
        "&#99;&#110;",
        "636e",
        "63 6e ",
        "\\u0063\\u006e",
        "0x63, 0x6e, ",
    ],
)
@pytest.mark.parametrize("body", ["", "0110", "01100011 0110111", "6f 70 71", "1 2 3 4 5 6 7 8 9"])
def test_the_canary_codes_lane_tries_a_few_positions_per_code_pair(unit: str, body: str) -> None:
    # the codes of "cn" are all trigger characters (digits, hex letters, separators): trying the
    # positions around every hit cost ~12 regex calls per hit (100 KB of binary near misses: 11x prose)
    text = ((unit + body + " ") * 400)[:8000]
    f = CanaryFilter(new_canary())
    f.feed(text)
    f.flush()
    pairs = text.count(unit)
    assert pairs > 0
    assert f.tries <= 5 * pairs + 10, (unit, body, f.tries / pairs)  # (hits close together merge into one range)


def test_work_does_not_grow_with_repetitions() -> None:
    # the measurements: 100 KB of these took 5-111 s (quadratic)
    units = ("sk-", "eyJ", "-----BEGIN ", "aws_secret_key=", "a@", "1 ", "1.1.", "cnry-", "(0)1 ", "4111 1111 111 ")
    for unit in units:
        per_char = []
        for size in (4_000, 64_000):
            text = (unit * size)[:size]
            f = SecretFilter(action="redact")
            p = PIIFilter()
            for i in range(0, size, 16):
                p.feed(f.feed(text[i : i + 16]))
            p.feed(f.flush())
            p.flush()
            per_char.append((f.examined + p.examined + p.decided) / size)
        assert per_char[1] <= per_char[0] * 1.1 + 0.1, (unit, per_char)


# -- normalised matching, exact redaction --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "card 4111\u200b1111 1111 1111 ok",
        "card ４１１１ １１１１ １１１１ １１１１ ok",
        "card 𝟒𝟏𝟏𝟏 𝟏𝟏𝟏𝟏 𝟏𝟏𝟏𝟏 𝟏𝟏𝟏𝟏 ok",
        "card ٤١١١ ١١١١ ١١١١ ١١١١ ok",
        "card 4111.1111.1111.1111 ok",
        "card 4111/1111/1111/1111 ok",
        "card 4111,1111,1111,1111 ok",
        "card 4111\u20101111\u20101111\u20101111 ok",
        "card 4111\u22121111\u22121111\u22121111 ok",
        "card 4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 ok",
        "mail jane.doe＠example.com ok",
        "mail jane\u00ad.doe@example.com ok",
        "mail jane.d\u034foe@example.com ok",
        "iban GB29-NWBK-6016-1331-9268-19 ok",
    ],
)
def test_reformatted_values_are_redacted_in_full(text: str) -> None:
    out = redact_pii(text)
    assert out.startswith(text.split()[0] + " [") and out.endswith("] ok"), out
    streamed = PIIFilter()
    assert "".join(streamed.feed(c) for c in text) + streamed.flush() == out


@pytest.mark.parametrize("key", ["sk-\u200bproj-a1B2c3D4e5F6g7H8i9J0kLmN", "ｓｋ-proj-a1B2c3D4e5F6g7H8i9J0kLmN"])
def test_reformatted_keys_are_redacted_in_full(key: str) -> None:
    f = SecretFilter(action="redact")
    assert f.feed(f"use {key} now") + f.flush() == "use [SECRET] now"


def test_variant_corpus_recall() -> None:
    """Every systematically reformatted value of the hand-written corpus that the plain value is
    found for is found reformatted too, and its finding covers the rewritten span."""
    missed = []
    total = partial = 0
    for v in variants():
        total += 1
        found = [f for f in find_pii(v.text) if f.kind == v.kind]
        if not any(f.start <= v.start + 1 and f.end >= v.end - 1 for f in found):
            if v.how.startswith("written_") and any(f.start <= v.start + 1 and f.end >= v.start + 24 for f in found):
                # an address written out with four or more spelled-out dots: its local part and
                # first three domain labels are redacted ("[EMAIL] [dot] co [dot] in": the hold-back
                # is bounded)
                partial += 1
                continue
            missed.append((v.kind, v.how, v.value))
    for v in key_variants():
        total += 1
        f = SecretFilter(action="redact")
        if f.feed(v.text) + f.flush() != v.text[: v.start] + "[SECRET]" + v.text[v.end :]:
            missed.append((v.kind, v.how, v.value))
    # the misses are the plain corpus's own misses (phone formats), not the reformatting
    assert len(missed) <= total * 0.02, missed[:20]
    assert not [m for m in missed if m[0] != "phone"], missed[:20]
    assert partial <= 30, partial


@settings(max_examples=300, deadline=None)
@given(st.text("ab \t\n\r!", max_size=24))
def test_html_open_end_is_what_the_anchored_pattern_finds(text: str) -> None:
    # the end of a piece the next one may complete into a mark ("\n" + blanks, and the CR of a CRLF:
    # a blank line; "!": "!["), read from the end instead of by a regex search tried at every position
    import re

    from aiwarden.scanners.html import _open_end

    assert _open_end(text) == re.compile(r"(?:\n[ \t]*\r?|!)?\Z").search(text).group()  # type: ignore[union-attr]


def _stage_chains(policy: dict[str, object], mode: str = "enforce") -> tuple[Exchange, Chains]:
    """The output chains of an exchange on a real Warden (canary in the system prompt, the ring's key)."""
    from aiwarden.context import HttpRequest
    from aiwarden.effects import drive_sync
    from aiwarden.policy import RouteSpec
    from aiwarden.warden import Warden

    warden = Warden({"auth": {"required": False, "anonymous_tier": "default"}, "mode": mode, **policy})
    ex = warden.exchange(HttpRequest("POST", "/chat", {}), RouteSpec(system_prompt="You help."))
    body = b'{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]}'
    assert isinstance(drive_sync(ex.check(body)), bytes)
    return ex, ex._chain_factory()


@settings(max_examples=80, deadline=None)
@given(
    texts(),
    st.sampled_from(
        [
            {},
            {"output": {"secrets": "redact"}},
            {"output": {"html": True, "links": "all", "secrets": "redact"}},
            {"output": {"links": "off", "redact": []}},
        ]
    ),
    st.sampled_from(["enforce", "monitor"]),
)
def test_a_whole_text_skips_only_filters_it_cannot_touch(text: str, policy: dict[str, object], mode: str) -> None:
    # Chains.whole makes only the filters whose triggers occur in the text: the same text comes out, the
    # same findings (as a multiset) and the same block as through a chain that makes every filter
    def outcome(whole: bool) -> tuple[object, list[tuple[str, int, int, str]], dict[str, object]]:
        ex, chains = _stage_chains(policy, mode)
        assert ex.canary is not None  # this request's marker, so the canary filter has something to find
        text_ = text.replace("cnry-qwertyuiopasdfghj", ex.canary)
        try:
            if whole:
                out: object = chains.whole(text_)
            else:
                chain = chains()
                out = chain.feed(text_) + chain.flush()
        except Blocked as blocked:
            out = ("blocked", blocked.refusal.code)
        if isinstance(out, str):  # each exchange has its own marker
            out = out.replace(ex.canary, "cnry-qwertyuiopasdfghj")
        found = sorted((f.kind, f.start, f.end, f.detail) for f in ex.findings)
        flags = {k: v for k, v in ex.flags.items() if not k.startswith("_")}
        return out, found, flags

    whole, chained = outcome(True), outcome(False)
    if isinstance(whole[0], tuple) and whole[0] == chained[0]:
        # Blocked: the same block, and what the whole path found the chain found too. A filter after
        # the blocking one may have seen (and reported) a prefix in the chain, where the blocking
        # filter released text it held back only at flush; the whole path stops at the block.
        assert Counter(whole[1]) <= Counter(chained[1]), (whole, chained)
        return
    assert whole == chained


@settings(max_examples=120, deadline=None)
@given(texts())
def test_a_filter_that_passes_a_text_returns_it_and_finds_nothing(text: str) -> None:
    from aiwarden.streaming import FilterFactory

    ex, chains = _stage_chains({"output": {"html": True, "links": "all"}})
    for factory in chains.factories:
        assert isinstance(factory, FilterFactory)
        if factory.passes(text):
            ex.findings.clear()
            f = factory()
            assert f.feed(text) + f.flush() == text
            assert ex.findings == []


def test_a_filter_made_per_answer_numbers_no_literal_again() -> None:
    """Making a filter (one per JSON answer field, one per streamed channel) does no per-literal
    work: the lanes share their trigger's literal-to-pattern numbering, made once with the trigger
    (numbering the secret triggers' ~260 literals per filter was most of making one)."""
    first, second = SecretFilter(), SecretFilter()
    dispatched = [lane for lane in first._lanes if lane.trigger.dispatch]
    assert dispatched  # the secret filter's literal lanes dispatch per literal
    for a, b in zip(first._lanes, second._lanes, strict=True):
        assert a.trigger is b.trigger
        assert a.pids is a.trigger.pids and b.pids is a.trigger.pids
        if a.trigger.dispatch:
            assert len(a.pids) == len(a.trigger.dispatch)
            # literals that share a pattern share its number, and only they do
            patterns = a.trigger.dispatch
            for i, j in ((0, -1), (1, -2), (2, 3)):
                assert (a.pids[i] == a.pids[j]) == (patterns[i] is patterns[j])


_CANARY_PIECES = st.sampled_from(
    [
        "cnry-",
        "CNRY-",
        "-yrnc",
        "pael-",
        "PAEL-",
        "MNXHE6JN",
        "mnxhe6jn",
        "Y25yeS1",
        "Nucnkt",
        "jbnJ5L",
        "\\x63",
        "\\u0063",
        "%63",
        "&#x63;",
        "&#99;",
        "0x63",
        "63",
        "6e",
        "72",
        "99",
        "110",
        "114",
        "01100011",
        "1100011",
        "01101110",
        "1101110",
        "1110010",
        " ",
        ", ",
        ":",
        ";",
        "a",
        "Z",
        "0",
        "1",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_CANARY_PIECES, max_size=40).map("".join))
def test_the_canary_triggers_first_characters_change_no_hit(text: str) -> None:
    """Each canary trigger opens with a class of its branches' first characters, each branch checking
    its own with a lookbehind (the regex engine skips prose at C speed); the plain alternation finds
    the same hits — a branch whose first character the class leaves out would lose its hits here."""
    import re

    from aiwarden.scanners import canary

    plain = {
        canary._TRIGGER: "(?:(?i:cnry-|-yrnc|pael-|"
        + canary._BASE32
        + ")|"
        + "|".join(s for s, _ in canary._BASE64)
        + ")",
        canary._CODES_TRIGGER: "(?i:"
        + "|".join(f"{'(?<!0)1' if c == '1(?<!01)' else c}(?={rest})" for c, rest in canary._CODE_STARTS)
        + ")",
    }
    for trigger, source in plain.items():
        pattern = trigger.pattern
        assert isinstance(pattern, re.Pattern)
        assert not pattern.pattern.startswith("(?=")
        bare = re.compile(source)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in bare.finditer(text)]

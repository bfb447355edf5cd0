"""The key rule table: every format is found wherever it stands, by every consumer, in any
chunking; look-alikes (hashes, UUIDs, base64 images, real code) are left alone; each rule stays
linear (bounded width, no nested repeats)."""

from __future__ import annotations

import re
import sysconfig
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aiwarden.audit.redact import mask_secrets
from aiwarden.keys import find_keys, looks_like_key, mask_text
from aiwarden.keys.rules import RULES, find
from aiwarden.scanners.secrets import SecretFilter, find_secrets
from aiwarden.streaming import Blocked

from .key_examples import BENIGN, CONTEXTS, EXAMPLES

_RUN = re.compile(r"[A-Za-z0-9+/_%~\-]+")
CASES = [(name, v) for name, values in EXAMPLES.items() for v in values]


def _secret_part(value: str) -> str:
    """Eight characters from the middle of the longest random run: what must never survive."""
    runs = [r for r in _RUN.findall(value) if any(c.isdigit() for c in r)] or _RUN.findall(value)
    run = max(reversed(runs), key=len)  # the longest with a digit; on a tie the last
    return run[len(run) // 2 - 4 : len(run) // 2 + 4]


def test_every_rule_has_examples_and_a_source() -> None:
    assert {r.name for r in RULES} == set(EXAMPLES)
    assert len(RULES) >= 100
    for rule in RULES:
        assert rule.source and rule.prefixes, rule.name


@pytest.mark.parametrize(("rule", "value"), CASES)
def test_each_format_is_found_and_removed_in_every_context(rule: str, value: str) -> None:
    secret = _secret_part(value)
    for context in CONTEXTS:
        text = context.format(value)
        found = find_secrets(text)
        assert rule in [f.detail for f in found] or (rule == "aws_secret_json" and found), text
        f = SecretFilter(action="redact")
        assert secret not in f.feed(text) + f.flush()
        assert secret not in mask_secrets(text)
        assert {r.name for r, _ in find(text)} & {rule, "aws_access_key"}


KEY_RULES = {r.name for r in RULES if r.kind == "key"}


@pytest.mark.parametrize(("rule", "value"), [c for c in CASES if c[0] in KEY_RULES])
def test_provider_keys_are_keys_for_the_client_check_and_the_logs(rule: str, value: str) -> None:
    token = value.split(" ")[-1]  # "FlyV1 fm2_…", "Authorization: SSWS 00…"
    assert looks_like_key(token) or rule in ("okta_token", "mailchimp_key"), token
    assert [m.rule for m in find_keys(f"use {value} now")][:1] == [rule]
    assert _secret_part(value) not in mask_text(f"key={value}")


def test_context_rules_are_not_client_keys() -> None:
    # a JWT is the app's own credential; a password in a URL or a PEM block is not a provider key
    for rule in ("jwt", "url_credentials", "private_key", "assigned_secret", "authorization_header"):
        for value in EXAMPLES[rule]:
            assert not looks_like_key(value)


def test_look_alikes_are_left_alone() -> None:
    # (audit samples over-mask any "Bearer x" on purpose)
    flagged = [b for b in BENIGN if find_secrets(b) or (mask_secrets(b) != b and "Bearer" not in b)]
    assert flagged == []
    assert len(BENIGN) > 2000


def test_real_code_and_prose_are_left_alone() -> None:
    # CPython's own library (no tests: those hold real PEM keys) in 2 KB pieces
    lib = Path(sysconfig.get_paths()["stdlib"])
    pieces = []
    for path in sorted(lib.glob("*.py"))[:200]:
        text = path.read_text(encoding="utf-8", errors="replace")
        pieces += [text[i : i + 2000] for i in range(0, len(text), 2000)]
    flagged = [p for p in pieces if find_secrets(p)]
    assert len(pieces) > 1000
    assert len(flagged) <= len(pieces) // 100


def test_no_literal_completes_inside_another() -> None:
    # A stream cut inside "access_token$production$" must not release "access_" because the
    # generic "token" completed first: a literal may contain another only as its own suffix
    # (both complete together) or at its start.
    literals = {p for r in RULES for p in r.prefixes}
    # (a literal of a rule that reads ``back`` characters before it holds those back itself, and
    # so is every literal of those rules: their lane keeps a run of their characters)
    back = {p: r.back for r in RULES for p in r.prefixes if r.back}
    for a in literals - set(back):
        for b in literals - {a}:
            at = a.find(b, 1)
            assert at == -1 or a.endswith(b) or at <= back.get(b, 0), (a, b)


def _nested_repeat(pattern: str) -> bool:
    from re import _parser  # type: ignore[attr-defined]

    def walk(items: object, depth: int) -> bool:
        for op, arg in items:  # type: ignore[attr-defined]
            name = str(op)
            if name in ("MAX_REPEAT", "MIN_REPEAT"):
                _lo, hi, sub = arg
                if hi > 1 and (depth > 0 or walk(sub, depth + 1)):
                    return True
            elif name == "SUBPATTERN":
                if walk(arg[-1], depth):
                    return True
            elif name == "BRANCH" and any(walk(b, depth) for b in arg[1]):
                return True
        return False

    return walk(_parser.parse(pattern), 0)


def test_rules_are_linear() -> None:
    from aiwarden.scanners._rewriter import max_width

    for rule in RULES:
        assert max_width(rule.pattern()) <= 120, rule.name
        assert not _nested_repeat(rule.pattern()), rule.name
    assert SecretFilter().width <= 128  # the smallest output.holdback_chars


_EDGES = ["sk-", "AKIA", "eyJ", "ghp_", "-----BEGIN ", "://", "Q~", ":AA", "-us", "x", " ", "\n", "password = "]
STREAM_VALUES = st.sampled_from([v for _, v in CASES] + _EDGES)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.text("ab -_=:/\n", max_size=6), STREAM_VALUES), max_size=6),
    st.lists(st.integers(0, 5000), max_size=25),
)
def test_any_chunking_gives_the_whole_texts_result(pieces: list[tuple[str, str]], cuts: list[int]) -> None:
    text = "".join(a + b for a, b in pieces)

    def run(parts: list[str]) -> str:
        f = SecretFilter(action="redact")
        return "".join(f.feed(p) for p in parts) + f.flush()

    points = sorted({c % (len(text) + 1) for c in cuts})
    parts = [text[a:b] for a, b in zip([0, *points], [*points, len(text)], strict=True)]
    assert run(parts) == run([text])

    def blocked(parts: list[str]) -> bool:
        f = SecretFilter()
        try:
            for p in parts:
                f.feed(p)
            f.flush()
        except Blocked:
            return True
        return False

    assert blocked(parts) == blocked([text])


def test_a_context_rule_keeps_what_surrounds_the_secret() -> None:
    f = SecretFilter(action="redact")
    text = "db postgres://app:Pa55w0rdXy@db.internal/prod and password = 'Zx9_kLmN0pQrStUvWx12ab' ok"
    assert f.feed(text) + f.flush() == "db postgres://app:[SECRET]@db.internal/prod and password = '[SECRET]' ok"
    assert find_secrets("postgres://user:password@localhost/db") == []  # a placeholder


_STR_AUTOMATA: dict[int, object] = {}
_WIDE = st.sampled_from(["é", "—", "“", "日本", "😀", "\u200b", "ß", "Ω", "\ud800", " ", "\n", "key: ", "sk-"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_WIDE, st.sampled_from([v for _, v in CASES[::3]])), min_size=1, max_size=12))
def test_literal_hits_are_at_the_characters_the_str_automaton_finds(pieces: list[str]) -> None:
    # the prefilter reads the text's UTF-8 bytes; a hit after characters of 2-4 bytes (or a lone
    # surrogate) is mapped back to its character: every hit is where a str automaton puts it
    import ahocorasick_rs

    from aiwarden.keys import rules

    text = "".join(pieces)
    for index in (rules._KEYS, rules._ALL):
        on_str: Any = _STR_AUTOMATA.get(id(index))
        if on_str is None:
            on_str = _STR_AUTOMATA[id(index)] = ahocorasick_rs.AhoCorasick(index.lits)
        clean = text.encode("utf-8", "replace").decode("utf-8")  # (the str automaton refuses a lone surrogate)
        want = [(i, start) for i, start, _ in on_str.find_matches_as_indexes(clean, overlapping=True)]
        got = rules._hits(index, text)
        if clean == text:
            assert got == want
        assert [index.lits[i] for i, start in got] == [text[start : start + len(index.lits[i])] for i, start in got]

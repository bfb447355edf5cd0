"""What a provider key looks like, and how one is shown: prefix + last four characters.

The formats are the ``"key"`` rules of :mod:`aiwarden.keys.rules` (API keys and tokens with a
distinctive prefix: OpenAI, Anthropic, Gemini, Groq, AWS, GitHub, Stripe, Slack, ~90 in all).
``looks_like_key`` answers for a whole value (a header, a policy setting); ``find_keys`` finds
key-shaped substrings in free text (a prompt, a log line). Rules require enough randomness in
the body of a key that ordinary hyphenated words such as ``sk-learn-pipeline-tutorial`` are not
mistaken for keys.

>>> looks_like_key("sk-proj-" + "Ab3" * 20)
True
>>> looks_like_key("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2ln")   # a JWT is not a provider key
False
>>> mask("sk-ant-api03-" + "x" * 40 + "WXYZ")
'sk-ant-…WXYZ'
"""

from __future__ import annotations

from collections.abc import Iterator

from .rules import find, key_prefix, token_end

__all__ = ["find_keys", "looks_like_key", "mask"]


class KeyMatch:
    """A key found in a text: ``group()``, ``start()``, ``end()`` (the whole token), ``rule``."""

    __slots__ = ("_end", "_start", "_text", "rule")

    def __init__(self, text: str, start: int, end: int, rule: str) -> None:
        self._text, self._start, self._end, self.rule = text, start, end, rule

    def group(self) -> str:
        return self._text[self._start : self._end]

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end


def find_keys(text: str) -> Iterator[KeyMatch]:
    """Key-shaped substrings of ``text`` (whole tokens), left to right."""
    for rule, m in find(text, ("key",)):
        yield KeyMatch(text, m.start(), token_end(rule, text, m), rule.name)


def looks_like_key(value: str) -> bool:
    """Whether the whole of ``value`` (surrounding blanks aside) is shaped like a provider key."""
    value = value.strip()
    match = next(find_keys(value), None)
    return match is not None and match.span() == (0, len(value))


def mask(value: str) -> str:
    """A key as it may be shown: its known prefix and last four characters (``sk-proj-…AbCd``).

    Short values (under 16 characters) keep nothing but their prefix, so a weak secret is not
    half revealed.
    """
    prefix = key_prefix(value)
    if len(value) < 16:
        return f"{prefix}…"
    return f"{prefix}…{value[-4:]}"

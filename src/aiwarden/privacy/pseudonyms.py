"""Pseudonymization: the provider sees ``<EMAIL_1>``, the user gets their own address back.

Before the request leaves, PII in the conversation (every message but the server's own system
prompt) is replaced by numbered placeholders; the mapping lives on the exchange of that one
request (``ex.pseudonyms``) and is dropped when it finishes. In the answer, placeholders are
restored — in JSON and in streams, also when a placeholder is split across chunks::

    >>> p = Pseudonyms()
    >>> p.pseudonymize("Mail bob@example.com, not alice@example.com", ("email",))
    'Mail <EMAIL_1>, not <EMAIL_2>'
    >>> f = p.restorer()
    >>> f.feed("Sent to <EMA") + f.feed("IL_2>.") + f.flush()
    'Sent to alice@example.com.'

The output stage puts the restore filter in its chain after PII redaction, so values the user
gave come back as they were while PII the model made up is redacted.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from ..scanners._rewriter import Rewriter, Trigger
from ..scanners.pii import LABELS, find_pii

if TYPE_CHECKING:
    from ..exchange import Exchange
    from ..streaming import TextFilter

__all__ = ["Pseudonyms", "RestoreFilter", "restore_factory"]

_PLACEHOLDER = r"<(?:EMAIL|PHONE|CREDIT_CARD|IBAN|SSN|IP_ADDRESS)_[0-9]{1,6}>"
_FAST = re.compile(_PLACEHOLDER)
_WIDTH = 1 + 11 + 1 + 6 + 1
_TRIGGER = Trigger(re.compile("<"), 0, "<")


class Pseudonyms:
    """The placeholder ↔ value mapping of one request. The same value gets the same placeholder."""

    __slots__ = ("_by_placeholder", "_by_value", "counts")

    def __init__(self) -> None:
        self._by_value: dict[tuple[str, str], str] = {}
        self._by_placeholder: dict[str, str] = {}
        self.counts: Counter[str] = Counter()

    def __len__(self) -> int:
        return len(self._by_placeholder)

    def placeholder(self, kind: str, value: str) -> str:
        key = (kind, value)
        found = self._by_value.get(key)
        if found is None:
            self.counts[kind] += 1
            found = f"<{LABELS[kind]}_{self.counts[kind]}>"
            self._by_value[key] = found
            self._by_placeholder[found] = value
        return found

    def pseudonymize(self, text: str, kinds: Iterable[str]) -> str:
        findings = find_pii(text, kinds)
        if not findings:
            return text
        out, last = [], 0
        for f in findings:
            out.append(text[last : f.start])
            out.append(self.placeholder(f.kind, text[f.start : f.end]))
            last = f.end
        out.append(text[last:])
        return "".join(out)

    def value(self, placeholder: str) -> str | None:
        return self._by_placeholder.get(placeholder)

    def restore(self, text: str) -> str:
        return _FAST.sub(lambda m: self._by_placeholder.get(m.group(), m.group()), text)

    def restorer(self) -> RestoreFilter:
        return RestoreFilter(self)


class RestoreFilter(Rewriter):
    """Puts the request's own values back in place of their placeholders (unknown ones stay)."""

    __slots__ = ("_map",)

    def __init__(self, mapping: Pseudonyms) -> None:
        super().__init__(_FAST, _WIDTH, 0, _TRIGGER)
        self._map = mapping

    def decide(self, text: str, m: re.Match[str]) -> tuple[int, str] | None:
        value = self._map.value(m.group())
        return None if value is None else (m.end(), value)


def restore_factory(ex: Exchange) -> Callable[[], TextFilter] | None:
    """A factory of restore filters for the exchange's mapping, or None when nothing was replaced."""
    mapping = ex.pseudonyms
    if not isinstance(mapping, Pseudonyms) or not len(mapping):
        return None
    return mapping.restorer

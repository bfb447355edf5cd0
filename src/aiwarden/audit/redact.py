"""Masking for the few client-controlled strings an audit record carries, and for review samples.

Two passes: PII (``aiwarden.scanners.pii.find_pii`` when that module is installed, plus a
conservative built-in pass that catches e-mail addresses, long digit runs, IBANs and IP
addresses), then anything that looks like a credential (every format of the rule table
:mod:`aiwarden.keys.rules` — provider keys, JWTs, bearer tokens, passwords in URLs — and long
high-entropy strings). Over-masking is the right error here: a sample is for a reviewer
to see *what kind* of request was flagged, not to recover its values.

    >>> mask_secrets("key sk-proj-abcdefghijklmnopqrstuvwx1234 here")
    'key [SECRET] here'
    >>> redact("mail bob@example.com")
    'mail [EMAIL]'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from ..keys.masking import ordered_values
from ..keys.rules import find, secret_span

__all__ = ["mask_secrets", "redact"]

# Logs over-mask: any Bearer/Basic credential of 8+ characters (the table wants 20, for answers).
_BEARER = re.compile(r"(?i:bearer|basic)\s+[A-Za-z0-9._~+/=\-]{8,}")
# Long mixed letter+digit runs: hex digests, base64 keys, opaque tokens. Only for free text
# (samples): request ids and hashes in a record's own fields look just like this.
_OPAQUE = re.compile(r"(?=[A-Za-z0-9_+/=\-]*\d)(?=[A-Za-z0-9_+/=\-]*[A-Za-z])[A-Za-z0-9_+/=\-]{32,}")

_PII = (
    ("EMAIL", re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")),
    ("IBAN", re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b")),
    ("IP", re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b|\b(?:[0-9A-Fa-f]{1,4}:){2,7}[0-9A-Fa-f]{1,4}\b")),
    # Phones, card numbers, SSNs, account numbers: any run of 7+ digits, separators allowed.
    ("NUMBER", re.compile(r"\+?\(?\d(?:[\d\s().\-]{5,}\d)")),
)


def mask_secrets(text: str, *, opaque: bool = False) -> str:
    """Replace credentials of a known shape (provider keys, JWTs, bearer tokens) and the server's own
    provider keys, whatever their shape (see :func:`aiwarden.keys.masking.register_values`), with
    ``[SECRET]``; with ``opaque=True`` also any long run of mixed letters and digits."""
    for key in ordered_values():  # longest first (was sorted here on every call)
        if key in text:
            text = text.replace(key, "[SECRET]")
    text = _BEARER.sub("[SECRET]", _mask_rules(text))
    return _OPAQUE.sub("[SECRET]", text) if opaque else text


def _mask_rules(text: str) -> str:
    out, last = [], 0
    for rule, m in find(text):
        start, end = secret_span(rule, text, m)
        if start < last:
            continue
        out.append(text[last:start])
        out.append("[SECRET]")
        last = end
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def redact(text: str) -> str:
    """PII and credentials masked; what remains is safe to keep for review."""
    text = mask_secrets(text, opaque=True)
    spans = _scanner_spans(text)
    if spans:
        text = _replace(text, spans)
    for label, pattern in _PII:
        text = pattern.sub(_labeller(label), text)
    return text


def _labeller(label: str) -> Callable[[re.Match[str]], str]:
    def replace(match: re.Match[str]) -> str:
        # A short digit run ("page 12 of 30") is not an identifier.
        if label == "NUMBER" and sum(c.isdigit() for c in match.group(0)) < 7:
            return match.group(0)
        return f"[{label}]"

    return replace


def _replace(text: str, spans: Iterable[tuple[int, int, str]]) -> str:
    out, pos = [], 0
    for start, end, kind in sorted(spans):
        if start < pos or end <= start:
            continue
        out.append(text[pos:start])
        out.append(f"[{kind.upper()}]")
        pos = end
    out.append(text[pos:])
    return "".join(out)


_find_pii: Callable[..., Any] | bool | None = False


def _scanner_spans(text: str) -> list[tuple[int, int, str]]:
    """Spans from the output scanners' PII finder, when it is installed (issue 5 owns it)."""
    global _find_pii
    if _find_pii is False:
        try:
            from ..scanners.pii import find_pii  # type: ignore[import-not-found,unused-ignore]
        except ImportError:
            _find_pii = None
        else:
            _find_pii = find_pii
    if not callable(_find_pii):
        return []
    try:
        found = _find_pii(text)
        return [(int(f.start), int(f.end), str(f.kind)) for f in found]
    except Exception:
        # A scanner with another signature must not cost the sample; the built-in pass still runs.
        return []

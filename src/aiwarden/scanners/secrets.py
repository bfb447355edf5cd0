"""Credentials in model output: the server's own keys and the common key formats.

A leaked key is never released: :class:`SecretFilter` blocks the answer (or redacts the key) as
soon as enough of it has arrived to recognise it. Only a prefix of each key is needed (a key's
first 32 characters, a format's fixed prefix and a few random characters), so the hold-back
stays short; in redact mode the rest of the token is dropped too.

    >>> f = SecretFilter(action="redact")
    >>> f.feed("use ghp_" + "a1B2" * 9 + " now") + f.flush()
    'use [SECRET] now'
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable

import regex

from ..context import Finding
from ..errors import Refusal
from ..streaming import Blocked
from ._rewriter import Literals, Rewriter, Trigger, max_width

__all__ = ["RULES", "SecretFilter", "find_secrets", "secret_refusal"]

_TOKEN = re.compile(r"[A-Za-z0-9_\-]*")
_JWT_REST = re.compile(r"[A-Za-z0-9_.\-]*")
_PEM_BODY = re.compile(r"[A-Za-z0-9+/=\r\n]*")
_NOTHING = re.compile(r"")

# name -> (pattern, what to drop after it in redact mode). Prefixes only: enough to be sure.
RULES: dict[str, tuple[str, re.Pattern[str]]] = {
    "anthropic_key": (r"(?<![A-Za-z0-9_-])sk-ant-(?:api|admin|oat|sid)?[0-9]{0,2}-?[A-Za-z0-9_-]{20}", _TOKEN),
    "openai_key": (
        r"(?<![A-Za-z0-9_-])sk-(?:proj-|svcacct-|admin-|None-)?(?=[A-Za-z0-9_-]{0,19}[0-9])"
        r"(?=[A-Za-z0-9_-]{0,19}[A-Za-z])[A-Za-z0-9_-]{20}",
        _TOKEN,
    ),
    "aws_access_key": (r"(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])", _NOTHING),
    "aws_secret_key": (
        r"(?i:aws_?secret_?(?:access_?)?key)[\"']?[ \t]{0,3}[:=][ \t]{0,3}[\"']?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])",
        _NOTHING,
    ),
    "github_token": (r"(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{22})", _TOKEN),
    "slack_token": (r"(?<![A-Za-z0-9])xox[abposr]-[0-9A-Za-z-]{10}", _TOKEN),
    "google_api_key": (r"(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}", _TOKEN),
    "stripe_key": (r"(?<![A-Za-z0-9])(?:(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16}|whsec_[0-9A-Za-z]{24})", _TOKEN),
    "jwt": (r"(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{10,80}\.eyJ[A-Za-z0-9_-]{10}", _JWT_REST),
    "private_key": (r"-----BEGIN (?:[A-Z0-9]{1,12} ){0,3}PRIVATE KEY(?: BLOCK)?-----", _PEM_BODY),
    "huggingface_token": (r"(?<![A-Za-z0-9_])hf_[A-Za-z]{30}", _TOKEN),
    "gitlab_token": (r"(?<![A-Za-z0-9_])glpat-[A-Za-z0-9_-]{20}", _TOKEN),
    "npm_token": (r"(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}", _TOKEN),
    "digitalocean_token": (r"(?<![A-Za-z0-9_])do[opr]_v1_[a-f0-9]{64}", _TOKEN),
    "sendgrid_key": (r"(?<![A-Za-z0-9_])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{20}", _TOKEN),
    "google_oauth_token": (r"(?<![A-Za-z0-9_])ya29\.[A-Za-z0-9_-]{30}", _TOKEN),
    "slack_webhook": (r"hooks\.slack\.com/services/T[A-Z0-9]{8,12}/B[A-Z0-9]{8,12}/[A-Za-z0-9]{24}", _NOTHING),
    "azure_storage_key": (r"AccountKey=[A-Za-z0-9+/]{86}==", _NOTHING),
}
_EXACT_PREFIX = 32  # characters of a server key that identify it
_MIN_EXACT = 8  # shorter "keys" (test values, placeholders) would match ordinary text


def secret_refusal() -> Refusal:
    return Refusal(502, "api_error", "secret_leak", "The answer was withheld because it contained a credential.")


class SecretFilter(Rewriter):
    """Blocks (``action="block"``) or redacts (``"redact"``) credentials; ``"report"`` only
    calls ``on_find`` (monitor mode). ``keys``: the server's own key values, matched exactly."""

    __slots__ = ("_action", "_label", "_on_find", "_rest", "_where")

    def __init__(
        self,
        keys: Iterable[str] = (),
        action: str = "block",
        on_find: Callable[[Finding], None] | None = None,
        where: str = "",
        label: str = "[SECRET]",
    ) -> None:
        if action not in ("block", "redact", "report"):
            raise ValueError(f"unknown action {action!r}")
        fast, partial, width, rest, trigger = _compile(tuple(sorted({k for k in keys if len(k) >= _MIN_EXACT})))
        super().__init__(fast, partial, width, 1, trigger)
        self._rest = rest
        self._action = action
        self._on_find = on_find
        self._where = where
        self._label = label

    def decide(self, text: str, m: re.Match[str]) -> tuple[int, str] | None:
        name = m.lastgroup or "server_key"
        finding = Finding("secret", self.absolute(m.start()), self.absolute(m.end()), name, 1.0, self._where)
        if self._on_find is not None:
            self._on_find(finding)
        if self._action == "block":
            raise Blocked(secret_refusal(), finding)
        if self._action == "report":
            return None
        self.swallow(self._rest.get(name, _TOKEN))
        return m.end(), self._label


# Where each rule's match starts (a match starts at its trigger), as literals in the order of
# the alternation "sk-|sk_|rk_|AKIA|…|gh[pousr]_|…|(?i:aws)" they replace. Only characters of
# ``_LEAD``: a trigger split across chunks is held back as a run of them.
_PREFIXES = (
    ["sk-", "sk_", "rk_", "AKIA", "ASIA", "ABIA", "ACCA"]
    + [f"gh{c}_" for c in "pousr"]
    + ["github_pat_"]
    + [f"xox{c}-" for c in "abposr"]
    + ["AIza", "whsec_", "eyJ", "-----BEGIN"]
    + ["hf_", "glpat-", "npm_", "doo_v1_", "dop_v1_", "dor_v1_", "SG", "ya29", "hooks", "AccountKey"]
    + [a + w + z for a in "aA" for w in "wW" for z in "sS"]
)
_LEAD = string.ascii_letters + string.digits + "_-"
_Compiled = tuple[re.Pattern[str], object, int, dict[str, re.Pattern[str]], Trigger]
_CACHE: dict[tuple[str, ...], _Compiled] = {}


def _compile(keys: tuple[str, ...]) -> _Compiled:
    cached = _CACHE.get(keys)
    if cached is not None:
        return cached
    parts = [f"(?P<{name}>{pattern})" for name, (pattern, _) in RULES.items()]
    if keys:
        literals = sorted({re.escape(k[:_EXACT_PREFIX]) for k in keys}, key=len, reverse=True)
        parts.insert(0, f"(?P<server_key>{'|'.join(literals)})")
    source = "|".join(parts)
    width = max_width(source) + 1
    rest = {name: after for name, (_, after) in RULES.items()}
    starts = sorted({k[:4] for k in keys})
    trigger = Trigger(Literals([*_PREFIXES, *starts]), 0, _LEAD + "".join(sorted({c for k in keys for c in k[:4]})), 10)
    compiled = (re.compile(source), regex.compile(source, regex.V0), width, rest, trigger)
    if len(_CACHE) < 64:
        _CACHE[keys] = compiled
    return compiled


def find_secrets(text: str, keys: Iterable[str] = ()) -> list[Finding]:
    """The credentials in ``text`` (``detail`` names the rule; the value is never included)."""
    found: list[Finding] = []
    f = SecretFilter(keys, "report", found.append)
    f.feed(text)
    f.flush()
    return found

"""Stage ``output``: what the model says is filtered before the user sees it.

Each output channel gets a fresh chain, in this order::

    canary → secrets → PII redaction → user filters → restore pseudonyms → HTML/markdown

Redaction runs before restore, so values the user gave (pseudonymized on the way in) come back
as they were while PII the model produced is redacted. Every filter is exact for any chunking
and holds back at most ``output.holdback_chars`` characters.

``inspect`` embeds a fresh canary in the server's system prompt (routes with
``system_prompt``). Findings go to ``ex.findings``; counts, rule names and — with
``audit.keep_flagged_samples`` — redacted samples go to ``ex.flags`` for the review log; a raw
value never does. In ``monitor`` mode nothing is blocked or redacted: the filters only report.

User filters: ``Warden(..., output_filters=[factory, ...])`` where ``factory(ex)`` returns a
:class:`~aiwarden.streaming.TextFilter` (see :class:`OutputFilter`), or an object with
``check(text) -> Finding | None`` (see :class:`OutputCheck`) that judges the answer sentence by
sentence and blocks it on a finding::

    class NoProfanity:
        def check(self, text):
            if "darn" in text.lower():
                return Finding("moderation", 0, len(text), "profanity")
            return None

    warden = Warden(policy, output_filters=[NoProfanity()])
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from .. import _bridge
from ..context import Finding, Message
from ..errors import ConfigurationError, Refusal
from ..exchange import Stage
from ..privacy.pseudonyms import restore_factory
from ..scanners import canary as _canary
from ..scanners._normal import fold
from ..scanners._rewriter import untriggered
from ..scanners.html import HtmlFilter
from ..scanners.html import passes as html_passes
from ..scanners.pii import PIIFilter, pii_triggers, redact_pii, replacer
from ..scanners.secrets import SecretFilter, secret_triggers
from ..streaming import Blocked, FilterFactory, TextFilter

if TYPE_CHECKING:
    from ..exchange import Exchange
    from ..keys.ring import KeyRing
    from ..services import Services

__all__ = ["AsyncOutputCheck", "OutputCheck", "OutputFilter", "OutputStage", "SentenceCheckFilter"]

log = logging.getLogger("aiwarden")

_SAMPLE_CHARS = 500  # of a flagged answer, kept (redacted) for the review log


@runtime_checkable
class OutputFilter(Protocol):
    """A user output filter: called once per output channel, returns that channel's filter."""

    def __call__(self, ex: Exchange) -> TextFilter: ...


@runtime_checkable
class OutputCheck(Protocol):
    """Judges a finished sentence of the answer (at most ``holdback_chars``); a finding blocks it."""

    def check(self, text: str) -> Finding | None: ...


@runtime_checkable
class AsyncOutputCheck(Protocol):
    """An :class:`OutputCheck` that awaits (a moderation endpoint): ``async def acheck(text)``.

    It runs on aiwarden's bridge loop with ``output.check_timeout_ms``; a timeout or an error lets
    the sentence through and is counted in ``flags["output_check_errors"]`` (fail open, logged)."""

    async def acheck(self, text: str) -> Finding | None: ...


class _BridgedCheck:
    """An async check seen as a sync one: awaited on the bridge loop, bounded by a timeout."""

    __slots__ = ("_check", "_errors", "_timeout")

    def __init__(self, check: AsyncOutputCheck, timeout: float, on_error: Callable[[BaseException], None]) -> None:
        self._check, self._timeout, self._errors = check, timeout, on_error

    def check(self, text: str) -> Finding | None:
        try:
            return _bridge.run(self._check.acheck(text), self._timeout)
        except Exception as exc:  # timeout or the check failed: fail open, counted and logged
            self._errors(exc)
            return None


_FLAG_KEYS = ("canary_leak", "output_secrets", "output_pii", "output_links_removed", "output_checks")
_SENTENCE_END = re.compile(r"[.!?\n]")


class SentenceCheckFilter:
    """Runs an :class:`OutputCheck` on each sentence (cut at ``.!?`` or a newline, or after
    ``limit`` characters) before releasing it. Sentence cuts depend only on the text, so the
    result is the same for any chunking."""

    __slots__ = ("_buf", "_check", "_limit", "_on_block")

    def __init__(self, check: OutputCheck, limit: int, on_block: Callable[[Finding], Refusal | None]) -> None:
        self._check = check
        self._limit = limit
        self._on_block = on_block
        self._buf = ""

    def feed(self, text: str) -> str:
        self._buf += text
        out = []
        while True:
            m = _SENTENCE_END.search(self._buf, 0, self._limit)
            if m is not None:
                cut = m.end()
            elif len(self._buf) >= self._limit:
                cut = self._limit
            else:
                break
            out.append(self._judge(self._buf[:cut]))
            self._buf = self._buf[cut:]
        return "".join(out)

    def flush(self) -> str:
        rest, self._buf = self._buf, ""
        return self._judge(rest) if rest else ""

    def _judge(self, sentence: str) -> str:
        finding = self._check.check(sentence)
        if finding is not None:
            refusal = self._on_block(finding)
            if refusal is not None:
                raise Blocked(refusal, finding)
        return sentence


def _flagged_refusal() -> Refusal:
    return Refusal(502, "api_error", "output_flagged", "The answer was withheld by an output check.")


class OutputStage(Stage):
    """The ``output`` stage (see the module docstring). Built once per :class:`Warden`."""

    name = "output"

    def __init__(self, services: Services) -> None:
        pol = services.policy.output
        self.policy = pol
        self.kinds = tuple(k for k in pol.redact if k != "secret")
        key_env = pol.hash_key_env
        key = os.environ.get(key_env, "").encode() if key_env else b""
        if key_env and not key:
            raise ConfigurationError("output.hash_key_env", f"the environment variable {key_env} is not set")
        self.replace = replacer(pol.replacement, key or None)
        self.user_filters: list[Any] = list(services.components.get("output_filters", ()))
        for i, f in enumerate(self.user_filters):
            if not (isinstance(f, (OutputCheck, AsyncOutputCheck)) or callable(f)):
                raise ConfigurationError(
                    f"output_filters[{i}]",
                    "expected a factory ex -> TextFilter, or an object with check(text) or async acheck(text)",
                )
        #: User filters may block (I/O, a bridged async check): the async adapters then filter in a
        #: worker thread, so their event loop never waits on them.
        self.blocking = bool(self.user_filters)
        #: The key ring's values are matched exactly in answers (the secret filter).
        self.ring = services.keys
        self.keep_samples = services.policy.audit.keep_flagged_samples
        self.pii_lanes = pii_triggers(self.kinds) if self.kinds else ()
        self._need = _needed_holdback(self.kinds)
        if pol.holdback_chars < self._need:
            raise ConfigurationError("output.holdback_chars", f"must be at least {self._need} for the enabled filters")

    # -- inspect: the canary -----------------------------------------------------------------

    def inspect(self, ex: Exchange) -> None:
        if not self.policy.canary or not ex.route.system_prompt or ex.chat is None:
            return None
        token = _canary.new_canary()
        messages = ex.chat.messages
        server = next((m for m in messages if m.from_server and m.role in ("system", "developer")), None)
        if server is None:
            messages.insert(0, Message.of("system", _canary.embed(ex.route.system_prompt, token), from_server=True))
        else:
            parts = [p for p in server.parts if p.kind == "text"]
            if parts:
                parts[0].text = _canary.embed(parts[0].text, token)
            else:
                server.parts.append(Message.of("system", _canary.embed("", token)).parts[0])
        ex.canary = token
        ex.invalidate_input_tokens()
        return None

    # -- the chain ---------------------------------------------------------------------------

    def output_filters(self, ex: Exchange) -> list[Callable[[], TextFilter]]:
        monitor = ex.mode == "monitor"
        review = _Review(ex, self)
        factories: list[Callable[[], TextFilter]] = []
        # Each built-in filter's factory also tells whether a whole text would pass it untouched
        # (none of its triggers in it), so a JSON answer's field makes only the filters it needs.
        view = _View()
        if ex.canary:
            token = ex.canary
            factories.append(
                FilterFactory(
                    lambda: _canary.CanaryFilter(token, not monitor, review.canary),
                    lambda text: untriggered(_canary.TRIGGERS, view(text)),
                )
            )
        if self.policy.secrets != "off":
            keys = _server_keys(self.ring)
            action = "report" if monitor else self.policy.secrets
            secret_lanes = secret_triggers(keys)
            factories.append(
                FilterFactory(
                    lambda: SecretFilter(keys, action, review.secret),
                    lambda text: untriggered(secret_lanes, view(text)),
                )
            )
        if self.kinds:
            kinds, replace = self.kinds, None if monitor else self.replace
            pii_lanes = self.pii_lanes
            factories.append(
                FilterFactory(
                    lambda: PIIFilter(kinds, replace, review.pii), lambda text: untriggered(pii_lanes, view(text))
                )
            )
        for user in self.user_filters:
            factories.append(self._user_factory(user, ex, review))
        restore = restore_factory(ex)
        if restore is not None:
            factories.append(restore)
        html = ex.route.html_output if ex.route.html_output is not None else self.policy.html
        if html or self.policy.links != "off":
            allow, links, escape = self.policy.link_allowlist, self.policy.links, bool(html)
            factories.append(
                FilterFactory(
                    lambda: HtmlFilter(allow, escape, links, review.link),
                    lambda text: html_passes(text, escape, links),
                )
            )
        if review.samples:
            factories.append(review.tap)
        ex.flags.setdefault("_output_review", review)
        return factories

    def finish(self, ex: Exchange) -> None:
        review = ex.flags.pop("_output_review", None)
        flagged = any(k in ex.flags for k in _FLAG_KEYS)
        if isinstance(review, _Review) and review.samples and flagged:
            sample = review.sample()
            if sample:
                ex.flags["output_sample"] = sample

    def _user_factory(self, user: Any, ex: Exchange, review: _Review) -> Callable[[], TextFilter]:
        limit = self.policy.holdback_chars
        if isinstance(user, OutputCheck):
            return lambda: SentenceCheckFilter(user, limit, review.check)
        if isinstance(user, AsyncOutputCheck):
            bridged = _BridgedCheck(user, self.policy.check_timeout_ms / 1000, review.check_error)
            return lambda: SentenceCheckFilter(bridged, limit, review.check)
        return lambda: user(ex)


def _needed_holdback(kinds: tuple[str, ...]) -> int:
    """The longest window any enabled filter decides on (the policy's minimum covers it)."""
    widths = [SecretFilter().width, HtmlFilter().width, len("cnry-") + 12]
    if kinds:
        widths.append(PIIFilter(kinds, None).width)
    return max(widths)


def _server_keys(ring: KeyRing) -> list[str]:
    """The key ring's values (``ring.secret_values()``), matched exactly in answers."""
    return [v for v in ring.secret_values() if isinstance(v, str) and v]


class _View:
    """The normalised view of the last text asked about, so the filters that match on it
    (canary, secrets, PII) fold a whole text once between them. One per exchange."""

    __slots__ = ("text", "view")

    def __init__(self) -> None:
        self.text: str | None = None
        self.view = ""

    def __call__(self, text: str) -> str:
        if text is not self.text:
            self.text, self.view = text, fold(text)[0]
        return self.view


class _Tap:
    """The last filter of a chain when samples are kept: remembers the head of what was released."""

    __slots__ = ("_keep", "text")

    def __init__(self, keep: int) -> None:
        self._keep = keep
        self.text = ""

    def feed(self, text: str) -> str:
        if len(self.text) < self._keep:
            self.text += text[: self._keep - len(self.text)]
        return text

    def flush(self) -> str:
        return ""


class _Review:
    """Records what the filters of one exchange found: findings, counts, redacted samples."""

    __slots__ = ("ex", "samples", "stage", "taps")

    def __init__(self, ex: Exchange, stage: OutputStage) -> None:
        self.ex = ex
        self.stage = stage
        self.samples = stage.keep_samples
        self.taps: list[_Tap] = []

    def tap(self) -> _Tap:
        tap = _Tap(_SAMPLE_CHARS)
        self.taps.append(tap)
        return tap

    def sample(self) -> str | None:
        """The released answer's head, redacted again (monitor mode releases it unredacted)."""
        text = "\n".join(t.text for t in self.taps if t.text)
        if not text:
            return None
        cleaner = SecretFilter((), "redact")
        text = cleaner.feed(text) + cleaner.flush()
        return redact_pii(text)

    def _count(self, key: str, name: str) -> None:
        counts = self.ex.flags.setdefault(key, {})
        counts[name] = counts.get(name, 0) + 1

    def _would_block(self, refusal: Refusal) -> None:
        if self.ex.mode == "monitor":
            self.ex.monitored.append(("output", refusal))

    def canary(self, finding: Finding) -> None:
        self.ex.findings.append(finding)
        self.ex.flags["canary_leak"] = True
        self._would_block(_canary.canary_refusal())

    def secret(self, finding: Finding) -> None:
        self.ex.findings.append(finding)
        self._count("output_secrets", finding.detail)
        if self.stage.policy.secrets == "block":
            from ..scanners.secrets import secret_refusal

            self._would_block(secret_refusal())

    def pii(self, finding: Finding, value: str) -> None:
        self.ex.findings.append(finding)
        self._count("output_pii", finding.kind)

    def link(self, finding: Finding) -> None:
        self.ex.findings.append(finding)
        self._count("output_links_removed", finding.kind)

    def check_error(self, exc: BaseException) -> None:
        errors = self.ex.flags.get("output_check_errors", 0)
        self.ex.flags["output_check_errors"] = errors + 1
        if not errors:
            log.warning("aiwarden: an output check failed (%s); the text was let through", type(exc).__name__)

    def check(self, finding: Finding) -> Refusal | None:
        self.ex.findings.append(finding)
        self._count("output_checks", finding.detail)
        refusal = _flagged_refusal()
        if self.ex.mode == "monitor":
            self.ex.monitored.append(("output", refusal))
            return None
        return refusal

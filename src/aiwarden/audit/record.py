"""The audit record: what one request to an AI route did, without what it said.

A record carries who (the subject, optionally as a keyed hash), where (route, tier), what
(models, tokens, cost), the decision (allowed, or which check refused it with which code), the
flags the checks raised, and timing. It never carries prompt or answer text, request headers,
tokens or keys; the optional review sample is redacted (see :mod:`aiwarden.audit.redact`).

    >>> rec = AuditRecord(time="2025-01-01T00:00:00.000Z", request_id="r1", route="/v1/chat")
    >>> rec.as_dict()["decision"]
    'allowed'
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal

from .._memo import keep
from ..errors import ConfigurationError
from ..keys.masking import ordered_values
from .redact import mask_secrets, redact

if TYPE_CHECKING:
    from ..exchange import Exchange

__all__ = ["SCHEMA_VERSION", "AuditRecord", "SubjectHasher", "build_record", "is_flagged", "subject_hasher"]

SCHEMA_VERSION = 1
_CLIENT_STR_MAX = 128
#: Flags with these name endings hold text excerpts (e.g. the output stage's ``output_sample``):
#: never kept as flags, only in the opt-in ``sample``.
_EXCERPT = ("_sample", "_text", "_excerpt")


@dataclass(frozen=True, slots=True)
class AuditRecord:
    """One request to an AI route. ``as_dict()`` / ``to_json()`` give the logged form."""

    time: str
    request_id: str
    route: str
    path: str = ""
    method: str = "POST"
    format: str = "openai"
    mode: str = "enforce"
    subject: str | None = None
    #: True when ``subject`` is an HMAC of the subject, not the subject itself.
    subject_hashed: bool = False
    auth_source: str | None = None
    tier: str | None = None
    model_requested: str | None = None
    model_used: str | None = None
    input_tokens: int | None = None
    output_tokens: int | None = None
    #: False when the provider sent no usage and the tokens were counted by aiwarden.
    usage_reported: bool | None = None
    cost_estimate_micros: int | None = None
    cost_settled_micros: int | None = None
    decision: Literal["allowed", "refused"] = "allowed"
    refused_by: str | None = None
    refusal_code: str | None = None
    #: The HTTP status the client saw (a refusal's status, or the app's).
    status: int | None = None
    #: Refusals recorded but not enforced (monitor mode): ``[{"by": stage, "code": code}]``.
    monitored: list[dict[str, str]] = field(default_factory=list)
    flags: dict[str, Any] = field(default_factory=dict)
    #: Number of findings per kind (``{"email": 2, "injection": 1}``).
    findings: dict[str, int] = field(default_factory=dict)
    #: Highest score per finding kind, for kinds that score (injection, detectors).
    scores: dict[str, float] = field(default_factory=dict)
    stream: bool = False
    stream_cut: bool = False
    client_disconnected: bool = False
    duration_ms: float = 0.0
    #: Time spent in each stage's checks (admit, inspect, finish), milliseconds.
    timings_ms: dict[str, float] = field(default_factory=dict)
    #: Redacted excerpt of a flagged request, only with ``audit.keep_flagged_samples``.
    sample: dict[str, Any] | None = None
    v: int = SCHEMA_VERSION

    def as_dict(self) -> dict[str, Any]:
        # dataclasses.asdict deep-copies recursively; the values here are already plain JSON data.
        return {name: _copy(getattr(self, name)) for name in _FIELDS}

    def to_json(self) -> str:
        text = json.dumps(self.as_dict(), ensure_ascii=False, separators=(",", ":"), default=str)
        if not text.isascii():
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:
                # a lone surrogate (JSON can carry "\ud800", e.g. in a token's sub) cannot be written
                # as UTF-8 by any sink: keep it as the JSON escape it came as
                text = text.encode("utf-8", "backslashreplace").decode("utf-8")
        return text


_FIELDS = tuple(f.name for f in fields(AuditRecord))


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value


class SubjectHasher:
    """Keyed hash of subjects, so logs can be joined per user without holding user ids.

    The same key gives the same hash across processes and restarts; without the key the hash
    cannot be reversed by trying likely ids (unlike a plain SHA-256).

    >>> SubjectHasher(b"k" * 32)("alice") == SubjectHasher(b"k" * 32)("alice")
    True
    """

    def __init__(self, key: bytes) -> None:
        if not key:
            raise ValueError("the subject hash key is empty")
        self._key = key

    def __call__(self, subject: str) -> str:
        return hmac.new(self._key, subject.encode(), hashlib.sha256).hexdigest()[:32]


def subject_hasher(env_name: str | None) -> SubjectHasher | None:
    """The hasher keyed by ``$env_name`` (``audit.hash_subjects_key_env``); None when the policy names none."""
    if not env_name:
        return None
    key = os.environ.get(env_name, "")
    if not key:
        # The policy asks for pseudonymous logs; logging raw ids instead would break that promise.
        raise ConfigurationError(
            "audit.hash_subjects_key_env",
            f"names ${env_name}, which is not set or empty; set it to a random secret "
            "(e.g. `python -c 'import secrets; print(secrets.token_hex(32))'`)",
        )
    return SubjectHasher(key.encode())


def is_flagged(ex: Exchange) -> bool:
    """A request worth a second look: a scanner found something, a refusal was only monitored,
    or the answer was blocked."""
    return bool(
        ex.findings or ex.monitored or "blocked_output" in ex.flags or "x-aiwarden-flagged" in ex.response_headers
    )


def build_record(
    ex: Exchange,
    *,
    hasher: SubjectHasher | None = None,
    sample_chars: int | None = None,
    now: datetime | None = None,
    count: bool = True,
) -> AuditRecord:
    """The record for a finished exchange. ``sample_chars`` keeps a redacted sample when flagged.
    ``count=False``: the cost estimate only where it needs no tokenizing (else None; the operator
    page's in-memory records do not show it)."""
    when = (now or datetime.now(UTC)).astimezone(UTC)
    identity = ex.identity
    subject = identity.subject if identity is not None else None
    if subject is not None and hasher is not None:
        subject = hasher(subject)
    refusal = ex.refusal
    usage = ex.usage
    counts: dict[str, int] = {}
    scores: dict[str, float] = {}
    for finding in ex.findings:
        counts[finding.kind] = counts.get(finding.kind, 0) + 1
        if finding.score:
            scores[finding.kind] = max(scores.get(finding.kind, 0.0), round(float(finding.score), 4))
    # A cut stream's client saw the app's status (headers were sent) and then an error event.
    status = refusal.status if refusal is not None and not ex.stream_cut else ex.status
    chat = ex.chat
    sample = _sample(ex, sample_chars) if sample_chars and is_flagged(ex) else None
    return AuditRecord(
        time=when.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        request_id=_client_str(ex.request_id, remember=False) or "",
        route=_route_label(ex),
        path=_client_str(ex.request.path) or "",
        method=ex.request.method.upper()[:16],
        format=ex.format.name,
        mode=ex.mode,
        subject=subject,
        subject_hashed=subject is not None and hasher is not None,
        auth_source=identity.source if identity is not None else None,
        tier=ex.tier_name,
        model_requested=_client_str(ex.model_requested),
        model_used=_client_str(ex.model_used),
        # a provider's negative counts are garbage: they would lower report sums and break counters
        input_tokens=max(usage.input_tokens, 0) if usage is not None else None,
        output_tokens=max(usage.output_tokens, 0) if usage is not None else None,
        usage_reported=usage.reported if usage is not None else None,
        cost_estimate_micros=ex.cost_estimate_micros if count else ex.known_cost_estimate(),
        cost_settled_micros=ex.cost_settled_micros,
        decision="refused" if refusal is not None else "allowed",
        refused_by=ex.refused_by if refusal is not None else None,
        refusal_code=refusal.code if refusal is not None else None,
        status=status,
        monitored=[{"by": by, "code": r.code} for by, r in ex.monitored],
        flags=_flags({k: v for k, v in ex.flags.items() if not str(k).endswith(_EXCERPT)}),
        findings=counts,
        scores=scores,
        stream=ex.response_kind == "sse" or bool(chat is not None and chat.stream),
        stream_cut=ex.stream_cut,
        client_disconnected=ex.client_disconnected,
        duration_ms=round(ex.duration_ms, 3),
        timings_ms={k: round(v, 3) for k, v in ex.timings.items()},
        sample=sample,
    )


def _route_label(ex: Exchange) -> str:
    # A policy pattern ("/v1/*") aggregates better than the concrete path it matched.
    route = ex.route
    label = route.name or getattr(route, "path", None) or ex.request.route_template or ex.request.path
    return _client_str(label) or ""


def _client_str(value: str | None, remember: bool = True) -> str | None:
    """A client-controlled string, bounded and with anything key-like masked. The same few strings
    come back in every record (the path, the route, the model names): their masked form is
    remembered (``remember=False``: a value unique to the request, its id)."""
    if value is None:
        return None
    values = ordered_values()
    remember = remember and len(value) <= _CLIENT_STR_MAX
    if remember:
        known = _MASKED.get(value)
        # made with the same registered server keys (a key loaded since may be in the string)
        if known is not None and known[0] is values:
            return known[1]
    # mask_secrets masks the server's own keys too, whatever their shape: a client sending one back
    # as a parameter or field name put it in the keys stage's flag (where it was found)
    masked = mask_secrets(value[: _CLIENT_STR_MAX * 2])[:_CLIENT_STR_MAX]
    if remember:
        keep(_MASKED, value, (values, masked), _MASKED_MAX)
    return masked


#: Client strings masked so far -> (the registered values they were masked with, the masked text).
_MASKED: dict[str, tuple[tuple[str, ...], str]] = {}
#: Past this many (paths carry ids: unbounded), the memory starts over.
_MASKED_MAX = 2048


def _flags(flags: Mapping[str, Any]) -> dict[str, Any]:
    """Flags are set by checks for the audit trail; keep them JSON-sized and free of secrets."""
    out: dict[str, Any] = {}
    for key, value in flags.items():
        clean = _flag_value(value)
        if clean is not _DROP:
            out[str(key)[:64]] = clean
    return out


_DROP = object()


def _flag_value(value: Any, depth: int = 0) -> Any:
    if value is None or isinstance(value, (bool, int)):
        return value
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, str):
        return _client_str(value)
    if depth < 2 and isinstance(value, (list, tuple, set, frozenset)):
        items = [_flag_value(v, depth + 1) for v in list(value)[:32]]
        return [v for v in items if v is not _DROP]
    if depth < 2 and isinstance(value, Mapping):
        return {
            str(k)[:64]: v
            for k, v in ((k, _flag_value(v, depth + 1)) for k, v in list(value.items())[:32])
            if v is not _DROP
        }
    return _DROP


def _sample(ex: Exchange, limit: int) -> dict[str, Any]:
    """The client's messages (not the server's system prompt) and the findings, redacted."""
    messages: list[dict[str, str]] = []
    budget = limit
    chat = ex.chat
    for message in chat.messages if chat is not None else ():
        if message.from_server or budget <= 0:
            continue
        # Cut before redacting (bounded regex work), then again after (labels change lengths).
        text = redact(message.text[: budget + 200])[:budget]
        budget -= len(text)
        messages.append({"role": message.role[:32], "text": text})
    findings = [
        {
            "kind": f.kind,
            "where": f.where[:64],
            "score": round(float(f.score), 4),
            "detail": redact(f.detail[:300])[:200],
        }
        for f in ex.findings[:20]
    ]
    excerpts = {
        str(k)[:64]: redact(str(v)[: limit + 200])[:limit] for k, v in ex.flags.items() if str(k).endswith(_EXCERPT)
    }
    return {"messages": messages, "findings": findings, "excerpts": excerpts}

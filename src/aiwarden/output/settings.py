"""The ``[output]`` policy section (read by the output stage) and the PII kinds it names."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..errors import ConfigurationError

__all__ = ["PII_KINDS", "OutputPolicy"]


#: The PII kinds the filters recognise (``output.redact``, ``privacy.pseudonymize``).
PII_KINDS = ("email", "phone", "credit_card", "iban", "ssn", "ip_address", "email_written")


@dataclass(frozen=True, slots=True)
class OutputPolicy:
    """Output filtering (``aiwarden.output``; see docs/output.md)."""

    #: PII kinds redacted in answers; "secret" may be listed too (the secret filter's action is
    #: ``secrets``, which must then not be "off").
    redact: tuple[str, ...] = ("email", "phone", "credit_card", "iban", "ssn", "ip_address", "secret")
    #: Credentials in an answer: "block" cuts the answer, "redact" replaces them with [SECRET].
    secrets: Literal["block", "redact", "off"] = "block"
    #: "label" ([EMAIL]), "mask" (****, cards keep the last four digits), "hash" ([EMAIL:3f9a0c1d]).
    replacement: Literal["label", "mask", "hash"] = "label"
    #: Env var with the key of "hash" replacements (stable across workers); unset: random per process.
    hash_key_env: str | None = None
    #: Plant a canary in the system prompt and cut answers that repeat it.
    canary: bool = True
    #: Spoken answers (OpenAI ``modalities: ["audio"]``): "deny" refuses the request (the sound
    #: cannot be filtered, only its transcript), "allow" serves them with the transcript filtered.
    audio: Literal["allow", "deny"] = "deny"
    #: Escape answers as HTML (a route's ``html_output`` overrides).
    html: bool = False
    #: Markdown images ("images") or images and links ("all") to hosts outside ``link_allowlist``
    #: lose their URL, on every route; "off" keeps them.
    links: Literal["off", "images", "all"] = "images"
    #: Hosts whose links and images are kept (see ``links``).
    link_allowlist: tuple[str, ...] = ()
    #: Characters held back from a stream so a value split across chunks is still caught.
    holdback_chars: int = 128
    #: Time an async output check (``acheck``) may take per sentence before it is let through.
    check_timeout_ms: int = 2000
    #: Stream pieces arriving less than ``coalesce_ms`` after the filters last ran are filtered
    #: together (up to ``coalesce_chars``): a fast stream costs about what its whole text does.
    #: 0 filters every piece on arrival.
    coalesce_ms: int = 10
    #: Most characters filtered together when coalescing.
    coalesce_chars: int = 4096
    #: Coalesce also where no timer can release waiting text when the provider pauses (the WSGI
    #: adapters, async Django): waiting text then goes with the provider's next piece.
    coalesce_without_timer: bool = False

    def validate(self) -> None:
        for i, kind in enumerate(self.redact):
            if kind not in (*PII_KINDS, "secret"):
                known = ", ".join((*PII_KINDS, "secret"))
                raise ConfigurationError(f"redact[{i}]", f"unknown kind {kind!r} (known: {known})")
        if "secret" in self.redact and self.secrets == "off":
            raise ConfigurationError("secrets", "is 'off' but redact lists 'secret'; remove one of them")
        if self.holdback_chars < 128:
            raise ConfigurationError("holdback_chars", "must be at least 128 (the longest value a filter recognises)")
        if not 0 <= self.coalesce_ms <= 1000:
            raise ConfigurationError("coalesce_ms", "must be between 0 (off) and 1000")
        if not 1 <= self.coalesce_chars <= 1 << 20:
            raise ConfigurationError("coalesce_chars", "must be between 1 and 1048576")

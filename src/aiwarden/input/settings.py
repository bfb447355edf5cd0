"""The ``[input]`` policy section (read by the input stage) and the injection action it shares with
tiers and routes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .._config import non_negative
from ..errors import ConfigurationError

__all__ = ["INLINE_DETECTORS", "Action", "InputPolicy"]


#: What to do with a prompt injection: "block" (400), "flag" (header and audit) or "off".
Action = Literal["block", "flag", "off"]


@dataclass(frozen=True, slots=True)
class InputPolicy:
    """Input validation and prompt-injection defence (``aiwarden.input``)."""

    #: Larger request bodies are refused (413) before they are read whole.
    max_body_bytes: int = 1_048_576
    #: Most messages in one request.
    max_messages: int | None = 100
    #: Longest message, in characters.
    max_chars_per_message: int | None = 100_000
    #: Largest prompt in tokens, system prompt included (a tier's setting wins).
    max_input_tokens: int | None = None
    #: Content parts (text, image, file...) in one message.
    max_parts: int | None = 8
    #: Image parts: "allow" or "deny".
    images: Literal["allow", "deny"] = "allow"
    #: Image parts in the whole request.
    max_images: int | None = 16
    #: File parts: "allow" or "deny".
    files: Literal["allow", "deny"] = "deny"
    #: Audio parts (``input_audio``): "allow" or "deny". The guard cannot count or scan sound, so
    #: budgets cannot reserve for it (they still settle on the provider's usage).
    audio: Literal["allow", "deny"] = "deny"
    #: Requests that bring content the guard never sees (Responses ``previous_response_id``,
    #: ``conversation``, a stored ``prompt``, ``mcp``/``file_search`` tools and a ``code_interpreter``
    #: with files; an OpenAI assistant turn's stored ``audio``; Anthropic ``container`` and
    #: ``mcp_servers``): "allow" or "deny". The guard can neither count nor scan that content.
    stored_context: Literal["allow", "deny"] = "deny"
    #: Request fields the wire format does not know (a parameter newer than the guard, a compatible
    #: server's own such as vLLM's ``top_k`` or OpenRouter's ``provider``) are refused (400
    #: ``unknown_field``) unless named here, by key (``"top_k"``, at any level); an admitted field's
    #: JSON text is counted and scanned as a document. Known parameters are listed in docs/input.md.
    extra_fields: tuple[str, ...] = ()
    #: Strip HTML tags of known elements from client text.
    strip_html: bool = True
    #: NFKC and removal of invisible and control characters in client text.
    normalize_unicode: bool = True
    #: Client system/developer messages: "reject", "demote" (sent as user) or "allow".
    client_system_messages: Literal["reject", "demote", "allow"] = "reject"
    #: Prompt-injection action: "block" (400), "flag" (header and audit) or "off".
    injection: Action = "block"
    #: Score (0..1] at or above which a text counts as an injection.
    injection_threshold: float = 0.7
    #: The learned model's own calibrated score at or above which it alone counts a text as an
    #: injection (its scores are rescaled so that this one meets ``injection_threshold``). Its
    #: calibration is on the training corpus; on public persona prompts ("I want you to act as …")
    #: it flagged 14% at 0.7 and 8% at 0.75, with no loss on unseen jailbreak sets (docs/input.md).
    learned_threshold: float = 0.75
    #: Names of detectors to run: "heuristic" (rules), "learned" (the shipped linear model),
    #: "moderation", or "module:attr" of a user detector. The stage takes the highest score.
    detectors: tuple[str, ...] = ("heuristic", "learned")
    #: Time an external detector may take per request.
    detector_timeout_ms: int = 2000
    #: A failing detector: "open" continues, "closed" answers 503.
    detector_failure: Literal["open", "closed"] = "open"
    #: Moderation endpoint of the "moderation" detector.
    moderation_url: str | None = None
    #: Model asked by the moderation detector.
    moderation_model: str = "omni-moderation-latest"
    #: Environment variable holding the moderation endpoint's API key (sent as a Bearer token).
    moderation_api_key_env: str | None = "OPENAI_API_KEY"
    #: Marks tool results / retrieved documents so the model can tell data from instructions.
    spotlight: Literal["off", "delimit", "datamark"] = "off"

    def validate(self) -> None:
        if self.max_body_bytes <= 0:
            raise ConfigurationError("max_body_bytes", "must be a positive number of bytes")
        if not 0.0 < self.injection_threshold <= 1.0:
            raise ConfigurationError("injection_threshold", "must be in (0, 1]")
        if not 0.0 < self.learned_threshold < 1.0:
            raise ConfigurationError("learned_threshold", "must be in (0, 1)")
        non_negative(
            self,
            "max_messages",
            "max_chars_per_message",
            "max_input_tokens",
            "max_parts",
            "max_images",
            "detector_timeout_ms",
        )
        if self.detector_timeout_ms == 0:
            raise ConfigurationError("detector_timeout_ms", "must be positive")
        if "moderation" in self.detectors and not self.moderation_url:
            raise ConfigurationError("moderation_url", "the 'moderation' detector needs moderation_url")
        for i, name in enumerate(self.detectors):
            if name not in (*INLINE_DETECTORS, "moderation") and ":" not in name:
                raise ConfigurationError(
                    f"detectors[{i}]",
                    f"unknown detector {name!r} (use 'heuristic', 'learned', 'moderation' or 'package.module:attr')",
                )


#: Built-in detectors that are pure and fast: the input stage runs them inline, not as effects.
INLINE_DETECTORS = ("heuristic", "learned")

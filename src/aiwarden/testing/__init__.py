"""Helpers for testing apps guarded by aiwarden: a fake provider and token helpers."""

from __future__ import annotations

from .fake_provider import ANTHROPIC_SHAPES, OPENAI_SHAPES, RESPONSES_SHAPES, FakeProvider, ProviderError

__all__ = ["ANTHROPIC_SHAPES", "OPENAI_SHAPES", "RESPONSES_SHAPES", "FakeProvider", "ProviderError", "count_tokens"]

from ..tokens import count_tokens

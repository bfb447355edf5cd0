"""Stage ``privacy``: pseudonymizes the conversation in ``inspect``; see :mod:`.pseudonyms`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .pseudonyms import Pseudonyms, restore_factory

if TYPE_CHECKING:
    from ..exchange import Exchange
    from ..warden import Warden

__all__ = ["PrivacyStage"]


class PrivacyStage:
    """Stage ``privacy``: pseudonymizes the conversation in ``inspect`` (policy ``[privacy]
    pseudonymize``). The restore filter joins the output stage's chain; without an output stage
    this stage contributes it itself."""

    name = "privacy"

    def __init__(self, warden: Warden) -> None:
        self.kinds = tuple(warden.policy.privacy.pseudonymize)
        self._standalone: bool | None = None
        self._warden = warden

    def inspect(self, ex: Exchange) -> None:
        if not self.kinds or ex.chat is None:
            return None
        mapping = Pseudonyms()
        for message in ex.chat.messages:
            if message.from_server:
                continue
            for part in message.parts:
                if part.kind in ("text", "tool_result") and part.text:
                    new = mapping.pseudonymize(part.text, self.kinds)
                    if ex.mode != "monitor":
                        part.text = new
        if mapping.counts:
            ex.flags["pseudonymized"] = dict(mapping.counts)
            if ex.mode != "monitor":
                ex.pseudonyms = mapping
                ex.invalidate_input_tokens()
        return None

    def output_filters(self, ex: Exchange) -> list[Callable[[], Any]]:
        if self._standalone is None:
            self._standalone = not any(getattr(s, "name", None) == "output" for s in self._warden.stages)
        make = restore_factory(ex) if self._standalone else None
        return [make] if make is not None else []

    def finish(self, ex: Exchange) -> None:
        # The mapping holds the user's raw values; nothing after the answer needs it.
        ex.pseudonyms = None

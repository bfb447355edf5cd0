"""Stage ``privacy``: pseudonymizes the conversation in ``inspect``; see :mod:`.pseudonyms`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..exchange import Stage
from .pseudonyms import Pseudonyms, restore_factory

if TYPE_CHECKING:
    from ..exchange import Exchange
    from ..services import Services

__all__ = ["PrivacyStage"]


class PrivacyStage(Stage):
    """Stage ``privacy``: pseudonymizes the conversation in ``inspect`` (policy ``[privacy]
    pseudonymize``). With ``restore=True`` this stage contributes the restore filter itself;
    :func:`~aiwarden.warden.default_stages` passes False, since the output stage's chain restores
    in its place (after redaction)."""

    name = "privacy"

    def __init__(self, services: Services, *, restore: bool = True) -> None:
        self.kinds = tuple(services.policy.privacy.pseudonymize)
        self.restore = restore

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
        make = restore_factory(ex) if self.restore else None
        return [make] if make is not None else []

    def finish(self, ex: Exchange) -> None:
        # The mapping holds the user's raw values; nothing after the answer needs it.
        ex.pseudonyms = None

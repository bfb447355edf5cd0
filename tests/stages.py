"""Small stages the adapter tests plug into a Warden to observe or steer the engine."""

from __future__ import annotations

from typing import Any

from aiwarden.errors import Refusal
from aiwarden.exchange import Stage
from aiwarden.streaming import Blocked


class Recorder(Stage):
    """A stage that counts how often the engine finished an exchange."""

    name = "recorder"

    def __init__(self) -> None:
        self.finished: list[Any] = []

    def finish(self, ex: Any) -> None:
        self.finished.append(ex)


class BlockWord(Stage):
    """An output stage that blocks answers containing "forbidden"."""

    name = "blockword"

    def output_filters(self, ex: Any) -> list[Any]:
        return [lambda: self]

    def feed(self, text: str) -> str:
        if "forbidden" in text:
            raise Blocked(Refusal(403, "permission_error", "output_blocked", "The answer was blocked."))
        return text

    def flush(self) -> str:
        return ""

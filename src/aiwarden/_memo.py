"""Bounded memos: remembered results keyed by what clients send (tokens, paths, texts).

>>> memo: dict[str, int] = {}
>>> keep(memo, "a", 1, limit=2), keep(memo, "b", 2, limit=2), keep(memo, "c", 3, limit=2)
(1, 2, 3)
>>> memo
{'c': 3}
"""

from __future__ import annotations

from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


def keep(memo: dict[K, V], key: K, value: V, limit: int) -> V:
    """Store ``value`` under ``key`` and return it; a memo holding ``limit`` entries starts over
    first. Keys come from clients, so the memo must stay bounded; one ``clear()`` is atomic, unlike
    evicting one entry while another thread inserts."""
    if len(memo) >= limit:
        memo.clear()
    memo[key] = value
    return value

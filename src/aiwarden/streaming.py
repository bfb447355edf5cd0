"""Streaming text filters: the contract every output filter implements, and chains of them.

A :class:`TextFilter` sees an answer's text piece by piece. ``feed`` returns the text that is
safe to release now; whatever might still turn out to be part of a match is held back (at most a
bounded number of characters) until more text arrives or ``flush`` is called at the channel's
end. Feeding a text whole or in any chunking must give the same output. A filter that must stop
the answer raises :class:`Blocked`.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from typing import Protocol

from .errors import Blocked

__all__ = ["SLICE_CHARS", "Blocked", "Chains", "FilterChain", "FilterFactory", "TextFilter"]

#: A text longer than this is handed to the filters in slices of about this many characters (cut
#: after a line or a word where one is near): every filter is exact for any chunking, and a slice
#: bounds each regex or automaton scan, which runs in one C call holding the interpreter (one scan
#: over a 1 MB answer took ~8 ms, the event loop waiting on it even from a worker thread).
SLICE_CHARS = 32_768


class TextFilter(Protocol):
    def feed(self, text: str) -> str: ...

    def flush(self) -> str: ...


class FilterFactory:
    """A factory of one kind of filter (``make``) that can also tell, without making one, that a
    fresh filter fed a whole text and flushed would return it unchanged and find nothing:
    ``passes(text)`` (most answers hold nothing a filter's triggers start). False when unsure.

    >>> upper = FilterFactory(lambda: Upper(), passes=str.islower)  # doctest: +SKIP
    """

    __slots__ = ("make", "passes")

    def __init__(self, make: Callable[[], TextFilter], passes: Callable[[str], bool]) -> None:
        self.make = make
        self.passes = passes

    def __call__(self) -> TextFilter:
        return self.make()


class Chains:
    """The chains of one answer: :meth:`__call__` makes a :class:`FilterChain` for a channel
    whose text arrives in pieces; :meth:`whole` filters a text that is all there (a JSON answer's
    field), making only the filters that may change it or find something in it."""

    __slots__ = ("chain", "coalesce_chars", "coalesce_seconds", "factories")

    def __init__(
        self,
        factories: Sequence[Callable[[], TextFilter]],
        coalesce_chars: int = 0,
        coalesce_seconds: float = 0.0,
        chain: Callable[[list[TextFilter], int, float], FilterChain] | None = None,
    ) -> None:
        self.factories = list(factories)
        self.coalesce_chars = coalesce_chars
        self.coalesce_seconds = coalesce_seconds
        #: what makes a chain (FilterChain; tests give one with their own clock)
        self.chain = chain or FilterChain

    def __call__(self) -> FilterChain:
        return self.chain([make() for make in self.factories], self.coalesce_chars, self.coalesce_seconds)

    def whole(self, text: str) -> str:
        """``text`` through a fresh filter of each factory in turn, each fed the text whole and
        flushed. The text is the one a :class:`FilterChain` returns (every filter is exact for any
        chunking; a filter that ``passes`` its input is the identity and finds nothing, so it is
        not made); what the filters find is reported filter by filter, as it is when each filter
        holds nothing back. A text over :data:`SLICE_CHARS` goes through a chain, in slices."""
        if len(text) > SLICE_CHARS:
            chain = self()
            return chain.feed(text) + chain.flush()
        for make in self.factories:
            if isinstance(make, FilterFactory) and make.passes(text):
                continue
            f = make()
            text = (f.feed(text) if text else text) + f.flush()
        return text


class FilterChain:
    """Filters applied in order to one output channel; the output of one feeds the next.

    Coalescing (``coalesce_chars`` > 0): pieces that arrive less than ``coalesce_seconds`` after
    the chain last ran are collected and filtered together once ``coalesce_chars`` characters
    are waiting, or with the first piece that arrives after the interval. A fast stream (a
    backlog, a fast provider) is then filtered in long runs at nearly the cost of the whole text,
    while a stream at reading speed, whose pieces are further apart than the interval, is
    filtered piece by piece as before. The output is the same either way (the filters are exact
    for any chunking); what changes is when text is released: at most ``coalesce_seconds`` of
    stream, and never more than ``coalesce_chars`` characters, wait on top of the filters'
    own hold-back — and not before the channel's first visible text has gone out: until then each
    piece is filtered on arrival, so the first text a reader sees is never held by the interval.
    Nothing is released unfiltered. The chain has no timer: text waiting when the provider pauses
    goes out with the next piece, at ``flush``, or when the adapter calls
    :meth:`release` (the ASGI adapter does, once the interval has passed).
    """

    __slots__ = ("_clock", "_due", "_interval", "_limit", "_pending", "_shown", "_waiting", "filters")

    def __init__(
        self,
        filters: Sequence[TextFilter],
        coalesce_chars: int = 0,
        coalesce_seconds: float = 0.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.filters = list(filters)
        self._limit = coalesce_chars if coalesce_seconds > 0 and self.filters else 0
        self._interval = coalesce_seconds
        self._clock = clock
        #: when the interval since the filters last ran ends
        self._due = -math.inf
        self._pending: list[str] = []
        self._waiting = 0
        #: whether any text has gone out yet: until then nothing waits for the interval
        self._shown = False

    def feed(self, text: str) -> str:
        if self._limit:
            if not text:
                return ""  # an empty piece (a role-only first chunk) starts no interval
            self._pending.append(text)
            self._waiting += len(text)
            now = self._clock()
            # The first visible text never waits for the interval: coalescing starts once text has
            # gone out (a reader already has something), so time to first text is the filters' own.
            if self._shown and now < self._due and self._waiting < self._limit:
                return ""
            self._due = now + self._interval
            text = self._take()
        if len(text) > SLICE_CHARS:
            out = self._run(text)
        else:  # (_run_one inline: a stream's small piece pays no call for it)
            out = text
            for f in self.filters:
                if not out:
                    break
                out = f.feed(out)
        if out:
            self._shown = True
        return out

    @property
    def waiting(self) -> int:
        """Characters collected by coalescing and not yet filtered."""
        return self._waiting

    def release(self) -> str:
        """Filter what coalescing collected now (the interval ended with no new piece); unlike
        :meth:`flush`, the filters keep their hold-back and the channel stays open."""
        if not self._pending:
            return ""
        self._due = self._clock() + self._interval
        return self._run(self._take())

    def flush(self) -> str:
        out = self._take()
        for f in self.filters:
            out = f.feed(out) if out else out
            out += f.flush()
        return out

    def _take(self) -> str:
        """What coalescing collected, now handed to the filters."""
        text = "".join(self._pending)
        self._pending.clear()
        self._waiting = 0
        return text

    def _run(self, text: str) -> str:
        if len(text) > SLICE_CHARS:
            return "".join(self._run_one(piece) for piece in _slices(text))
        return self._run_one(text)

    def _run_one(self, text: str) -> str:
        for f in self.filters:
            if not text:
                break
            text = f.feed(text)
        return text


def _slices(text: str) -> list[str]:
    """``text`` in pieces of at most :data:`SLICE_CHARS`, each cut after the last newline (else
    space) of its last quarter when there is one."""
    out = []
    start, n = 0, len(text)
    while n - start > SLICE_CHARS:
        end = start + SLICE_CHARS
        floor = end - SLICE_CHARS // 4
        cut = text.rfind("\n", floor, end)
        if cut < 0:
            cut = text.rfind(" ", floor, end)
        end = cut + 1 if cut >= 0 else end
        out.append(text[start:end])
        start = end
    out.append(text[start:])
    return out

"""A streaming regex rewriter: the engine under the secret, PII, canary, restore and HTML filters.

A :class:`Rewriter` finds matches of one pattern in a text that arrives in pieces and replaces,
keeps or blocks each one. It is exact: feeding a text whole or in any chunking gives the same
output, because every decision about a match starting at ``s`` depends only on
``text[s - left : s + width]`` and is taken only once that window has fully arrived (or at
``flush``). ``width`` is the pattern's longest match plus the right context a decision reads, so
``width`` also bounds what is held back. To release prose at once instead of always holding
``width`` characters, the undecided tail is trimmed to where a match could still begin, using
the ``regex`` module's partial matching.

Subclasses implement :meth:`Rewriter.decide`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import ahocorasick_rs

__all__ = ["Literals", "Rewriter", "Trigger", "max_width"]


class Literals:
    """A trigger pattern made of literal strings, searched like the regex ``a|b|c`` (leftmost,
    then the earlier literal) but with one Aho-Corasick pass on long texts: a regex alternation
    without a common prefix makes ``re`` try every literal at every position (~10 MB/s).

    ``search(buf, pos)`` returns the ``re.Match`` the alternation would. Stateless, so one
    instance is shared by all filters and threads.
    """

    __slots__ = ("_ac", "_re")

    #: below this many characters the regex is cheaper than a call into the automaton
    SHORT = 64

    def __init__(self, literals: Sequence[str]) -> None:
        self._re = re.compile("|".join(re.escape(x) for x in literals))
        self._ac = ahocorasick_rs.AhoCorasick(list(literals), matchkind=ahocorasick_rs.MATCHKIND_LEFTMOST_FIRST)

    @property
    def pattern(self) -> str:
        return self._re.pattern

    def search(self, buf: str, pos: int = 0) -> re.Match[str] | None:
        if len(buf) - pos < self.SHORT:
            return self._re.search(buf, pos)
        # Leftmost-first: the automaton's first hit is where the alternation matches, with the
        # same literal; the regex then gives the match object at that one position.
        for _, start, _ in self._ac.find_matches_as_indexes(buf[pos:] if pos else buf):
            return self._re.match(buf, start + pos)
        return None


class Trigger:
    """A cheap way to skip text no match can touch (most of an answer is prose).

    Every match must contain a run of ``pattern`` (e.g. ``[0-9@:]+``) starting at most ``back``
    characters after the match's start, with only ``lead`` characters before it. Only windows
    around such runs are searched, and the undecided tail of a stream is the run of ``lead``
    characters at its end (a match whose trigger has not arrived yet), at most
    ``back + longest`` characters, where ``longest`` is the longest trigger minus one (a trigger
    itself split across chunks). ``lead`` is a string of characters, or a one-character pattern
    (e.g. ``[\\w.+-]``, letters of every script) when a set of characters cannot say it.
    """

    __slots__ = ("back", "lead", "longest", "pattern", "search")

    def __init__(
        self,
        pattern: re.Pattern[str] | Literals,
        back: int,
        lead: str | re.Pattern[str],
        longest: int = 0,
        search: re.Pattern[str] | None = None,
    ) -> None:
        self.pattern = pattern
        self.back = back
        self.lead = lead
        self.longest = longest
        #: The part of the filter's pattern this trigger leads to (a *lane*); None: all of it.
        self.search = search


def _trailing(text: str, lead: str | re.Pattern[str]) -> int:
    """How many characters at the end of ``text`` are ``lead`` characters."""
    if isinstance(lead, str):
        return len(text) - len(text.rstrip(lead))
    return _runs(lead).match(text[::-1]).end()  # type: ignore[union-attr]


_RUNS: dict[re.Pattern[str], re.Pattern[str]] = {}


def _runs(lead: re.Pattern[str]) -> re.Pattern[str]:
    run = _RUNS.get(lead)
    if run is None:
        run = _RUNS[lead] = re.compile(f"(?:{lead.pattern})*", lead.flags)
    return run


def _quiet_searches(triggers: Sequence[Trigger]) -> tuple[Any, ...]:
    """Searches that together find any lane's trigger: one regex when the lanes allow it."""
    if any(isinstance(t.pattern, Literals) for t in triggers):
        # A literal trigger's own search: the automaton on long chunks, the regex on short ones.
        return tuple(t.pattern.search for t in triggers)
    patterns = [t.pattern for t in triggers]
    if len(patterns) > 1 and len({p.flags for p in patterns}) == 1:
        joined = re.compile("|".join(f"(?:{p.pattern})" for p in patterns), patterns[0].flags)
        return (joined.search,)
    return tuple(p.search for p in patterns)


def max_width(pattern: str, flags: int = 0) -> int:
    """The longest text ``pattern`` can match (lookarounds excluded); refuses unbounded patterns."""
    _, hi = re._parser.parse(pattern, flags).getwidth()  # type: ignore[attr-defined]
    if hi >= re._constants.MAXREPEAT:  # type: ignore[attr-defined]
        raise ValueError(f"unbounded pattern: {pattern!r}")
    return int(hi)


class Rewriter:
    """Base of the streaming filters (``feed``/``flush``, see :class:`aiwarden.streaming.TextFilter`).

    ``fast`` (stdlib ``re``) and ``partial`` (``regex``) must be the same pattern. ``width``:
    the most characters from a match's start that a decision may read. ``left``: the characters
    before a match a decision (or a lookbehind) may read.
    """

    __slots__ = (
        "_buf",
        "_fast",
        "_left",
        "_offset",
        "_partial",
        "_plain_leads",
        "_pos",
        "_quiet",
        "_swallow",
        "_tails",
        "_then",
        "_trigger",
        "_waits",
        "_width",
    )

    def __init__(
        self,
        fast: re.Pattern[str],
        partial: Any,
        width: int,
        left: int = 0,
        trigger: Trigger | Sequence[Trigger] | None = None,
    ) -> None:
        self._fast = fast
        # Several triggers are lanes: each searches its own part of the pattern; the earliest
        # match wins, and on a tie the earlier lane (the earlier alternative of ``fast``).
        self._trigger = (trigger,) if isinstance(trigger, Trigger) else tuple(trigger) if trigger else ()
        self._partial = partial
        self._width = width
        self._left = left
        self._buf = ""
        self._pos = 0
        #: offset in the whole input of ``_buf[0]``, for findings
        self._offset = 0
        self._swallow: re.Pattern[str] | None = None
        self._then = ""
        # The quiet path of ``feed``: the lanes' trigger searches, and per lane how far back the
        # undecided tail may reach and what it is made of (see ``_undecided``).
        self._quiet = _quiet_searches(self._trigger)
        self._waits = tuple(
            (t.pattern._re if isinstance(t.pattern, Literals) else t.pattern).match for t in self._trigger
        )
        reach: dict[str | re.Pattern[str], int] = {}
        for t in self._trigger:
            # Of lanes with the same lead characters the farthest reach decides the cut.
            reach[t.lead] = max(reach.get(t.lead, 0), t.back + t.longest)
        self._tails = tuple((r, lead) for lead, r in reach.items())
        self._plain_leads = all(isinstance(lead, str) for lead in reach)

    # -- to implement ------------------------------------------------------------------------

    def decide(self, text: str, m: re.Match[str]) -> tuple[int, str] | None:
        """For match ``m`` of ``text``: None to keep it, or ``(end, replacement)`` to replace
        ``text[m.start():end]`` (``end`` may be short of ``m.end()``; scanning resumes there).
        May raise ``Blocked``, and may call :meth:`swallow` to drop what follows."""
        raise NotImplementedError

    @property
    def width(self) -> int:
        """The most characters this filter ever holds back."""
        return self._width

    # -- helpers for subclasses --------------------------------------------------------------

    def swallow(self, chars: re.Pattern[str], then: str = "") -> None:
        """Drop the run of ``chars`` (a pattern like ``[A-Za-z0-9]*``) that follows the current
        match — the rest of a long token — and then one ``then`` character if it comes next."""
        self._swallow = chars
        self._then = then

    def absolute(self, index: int) -> int:
        """Position in the whole input of index ``index`` of the text passed to :meth:`decide`."""
        return self._offset + index

    # -- TextFilter --------------------------------------------------------------------------

    def feed(self, text: str) -> str:
        if not text:
            return ""
        buf = self._buf + text
        quiet = self._quiet
        if quiet and self._swallow is None and self._pos + self._width > len(buf):
            # Waiting (a number, a key prefix… held back): a trigger starts the undecided text
            # and its window has not arrived, so ``_scan`` could neither decide a match nor
            # release anything (the trigger pins the undecided start); only the text grows.
            for match in self._waits:
                if match(buf, self._pos) is not None:
                    self._buf = buf
                    return ""
        if quiet and self._swallow is None and len(text) <= 256:
            # Quiet path (most chunks of a stream): no trigger from the undecided position on,
            # so no match can start there; release all but the undecided tail, exactly as
            # ``_scan`` would, without its loop.
            pos = self._pos
            if quiet[0](buf, pos) is None and (len(quiet) == 1 or all(q(buf, pos) is None for q in quiet[1:])):
                n = len(buf)
                lo = n - self._width
                if lo < pos:
                    lo = pos
                cut = n
                for reach, lead in self._tails:
                    start = n - reach
                    if start < lo:
                        start = lo
                    tail = buf[start:]
                    c = start + len(tail.rstrip(lead)) if self._plain_leads else n - _trailing(tail, lead)  # type: ignore[arg-type]
                    if c < cut:
                        cut = c
                keep = cut - self._left
                if keep > 0:
                    self._offset += keep
                    self._buf = buf[keep:]
                    self._pos = cut - keep
                else:
                    self._buf = buf
                    self._pos = cut
                return buf[pos:cut]
        self._buf = buf
        return self._scan(final=False)

    def flush(self) -> str:
        out = self._scan(final=True)
        self._buf, self._pos, self._swallow = "", 0, None
        return out

    def _scan(self, final: bool) -> str:
        buf, pos, n = self._buf, self._pos, len(self._buf)
        out: list[str] = []
        cache: list[Any] = [False] * len(self._trigger)
        while pos < n:
            if self._swallow is not None:
                pos = self._swallow.match(buf, pos).end()  # type: ignore[union-attr]
                if pos == n and not final:
                    break
                if pos < n and self._then and buf[pos] == self._then:
                    pos += 1
                self._swallow = None
                continue
            m = self._next(buf, pos, n, cache)
            if m is not None and (final or m.start() + self._width <= n):
                s = m.start()
                out.append(buf[pos:s])
                hit = self.decide(buf, m)
                if hit is None:
                    out.append(m.group())
                    pos = m.end()
                else:
                    pos, rep = hit
                    out.append(rep)
                continue
            if final:
                out.append(buf[pos:])
                pos = n
                break
            # Undecided: a match may still begin at or after ``lo`` (its window is incomplete).
            lo = max(pos, n - self._width)
            hi = m.start() if m is not None else n
            cut = min(hi, self._undecided(buf, lo, n))
            out.append(buf[pos:cut])
            pos = cut
            break
        keep = max(0, pos - self._left)
        self._offset += keep
        self._buf = buf[keep:]
        self._pos = pos - keep
        return "".join(out)

    def _next(self, buf: str, pos: int, n: int, cache: list[Any]) -> re.Match[str] | None:
        """The first match starting at or after ``pos`` (as ``fast.search`` would find it)."""
        if not self._trigger:
            return self._fast.search(buf, pos)
        best: re.Match[str] | None = None
        for i, trig in enumerate(self._trigger):
            hit = cache[i]
            if hit is False or (hit is not None and hit.start() < pos):
                hit = cache[i] = self._lane(trig, buf, pos, n)
            if hit is not None and (best is None or hit.start() < best.start()):
                best = hit
        return best

    def _lane(self, trig: Trigger, buf: str, pos: int, n: int) -> re.Match[str] | None:
        fast = trig.search or self._fast
        i = pos
        while True:
            t = trig.pattern.search(buf, i)
            if t is None:
                return None
            # Positions before the trigger run's end see their whole window below this end. Each
            # is tried in turn (what ``search`` over the window would do up to the run's end),
            # so no time goes into the positions after the run that the next run covers anyway.
            end = t.end()
            stop = min(n, end + self._width)
            match = fast.match
            for q in range(max(pos, t.start() - trig.back), end):
                m = match(buf, q, stop)
                if m is not None:
                    return m
            i = end

    def _undecided(self, buf: str, lo: int, n: int) -> int:
        """Where text that may still become (part of) a match begins; everything before ``lo`` is decided."""
        if not self._trigger:
            p = self._partial.search(buf, lo, n, partial=True)
            return n if p is None else p.start()
        cut = n
        for trig in self._trigger:
            t = trig.pattern.search(buf, lo)
            if t is None:
                start = max(lo, n - trig.back - trig.longest)
                cut = min(cut, n - _trailing(buf[start:n], trig.lead))
            else:
                start = max(lo, t.start() - trig.back)
                cut = min(cut, t.start() - _trailing(buf[start : t.start()], trig.lead))
        return cut

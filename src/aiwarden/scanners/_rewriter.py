"""A streaming regex rewriter: the engine under the secret, PII, canary, restore and HTML filters.

A :class:`Rewriter` finds matches of one pattern in a text that arrives in pieces and replaces,
keeps or blocks each one. It is exact: feeding a text whole or in any chunking gives the same
output, because every decision about a match starting at ``s`` depends only on
``text[s - left : s + width]`` and is taken only once that window has fully arrived (or at
``flush``). ``width`` is the pattern's longest match plus the right context a decision reads, so
``width`` also bounds what is held back.

It is linear in its input, whatever the input (hostile repetitions of a rule's prefix included):

- **Triggers.** Each lane of the pattern has a trigger (literals, searched with one
  Aho-Corasick pass, or a regex of runs); a match can only start at most ``back`` characters
  before a trigger hit. Each piece is searched once for triggers (plus the few characters a
  literal split across pieces needs), never the held-back text again.
- **Candidates are tried once.** The positions a trigger hit allows are queued as ranges and
  tried in order, each at most once, and only when its window has arrived; a frontier (never
  moving back) says what was tried. A piece costs what its own characters bring.
- **Held back: only what can still become a match** — the first candidate whose window has not
  arrived, or the run of lead characters at the end that a trigger still to come may start. Prose
  goes out at once.
- **Bounded patterns.** Every rule has a longest match (:func:`max_width` refuses unbounded
  ones), so trying a candidate costs at most its window.

:attr:`Rewriter.examined` counts the engine's work (characters searched for triggers or scanned
for lead runs, plus candidates tried), :attr:`Rewriter.decided` what decisions read again (a
filter whose ``decide`` reads more than its match counts it there); tests assert each stays
within a constant per input character.

With ``normalise=True`` the filter matches on the normalised view of the text
(:mod:`aiwarden.scanners._normal`: NFKC, format characters removed, digits and dashes unified)
and replaces the *original* span: ``decide`` sees the view; what is released is the original
text, with each replaced span cut at the original characters it came from.

Subclasses implement :meth:`Rewriter.decide`.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from functools import cache, lru_cache
from itertools import compress, islice
from operator import itemgetter, le, sub
from typing import Any

import ahocorasick_rs
import regex

from ._normal import fold, fold_groups, original

_MAXPOS = sys.maxsize

__all__ = ["Anchored", "Literals", "Rewriter", "Trigger", "max_width", "untriggered"]


class Literals:
    """A trigger made of literal strings, found with one Aho-Corasick pass (every occurrence,
    overlapping ones too). Stateless, so one instance is shared by all filters and threads."""

    __slots__ = ("_ac", "_index", "_re", "literals")

    #: below this many characters the regex is cheaper than a call into the automaton
    SHORT = 64

    def __init__(self, literals: Sequence[str]) -> None:
        self.literals = list(literals)
        self._index = {x: i for i, x in reversed(list(enumerate(self.literals)))}
        # longest first: at one position the regex reports the longest literal, as the automaton can
        self._re = re.compile("|".join(re.escape(x) for x in sorted(self._index, key=len, reverse=True)))
        # the DFA: ~3x faster a scan than the default NFA on prose, for a few hundred KB of memory
        self._ac = ahocorasick_rs.AhoCorasick(self.literals, implementation=ahocorasick_rs.Implementation.DFA)

    @property
    def pattern(self) -> str:
        return self._re.pattern

    def find(self, buf: str, lo: int, hi: int) -> tuple[list[tuple[int, int, int]], int]:
        """Every occurrence of a literal in ``buf[lo:hi]`` as (literal index, start, end), in the
        order of their ends (so of their starts too, unless one literal lies inside another),
        and what to add to the positions to make them positions of ``buf``."""
        if hi - lo >= self.SHORT:
            return self._ac.find_matches_as_indexes(buf[lo:hi], overlapping=True), lo
        # a literal at ``i`` that is a prefix of a longer one at ``i`` is found once (enough for
        # a trigger); an occurrence inside another (``ASIA`` in ``xASIAKIA``) by searching on
        # from ``i + 1``
        found = []
        m = self._re.search(buf, lo, hi)
        while m is not None:
            found.append((self._index[m.group()], m.start(), m.end()))
            m = self._re.search(buf, m.start() + 1, hi)
        return found, 0


class Anchored:
    """A regex searched from its *anchors*: every match of ``pattern`` holds one of the characters
    of ``anchors`` (a character class) within its first ``reach + 1`` characters, and none starts
    right after a character of ``not_after``. ``search`` and ``finditer`` find the same matches as
    the pattern's own, but reach the next possible start with one scan for an anchor (a character
    class: CPython's regex engine skips to it in a tight loop) and try only the few positions
    before it, instead of trying the whole pattern at every position of the prose in between — a
    pattern that begins with a lookbehind gives the engine no prefix to skip by, and a try costs
    ~30 ns even when it fails at once (PII's number trigger: ~20 us a 600-character answer).

    Exact: a position ``reach`` or more before the next anchor cannot start a match, so the
    positions are tried in the order the pattern's own search tries them, only fewer. The pattern
    must not match the empty string.
    """

    __slots__ = ("_anchor", "_match", "_not_after", "_reach", "compiled", "flags", "pattern")

    def __init__(self, pattern: re.Pattern[str], anchors: str, reach: int, not_after: str = "") -> None:
        if re._parser.parse(pattern.pattern, pattern.flags).getwidth()[0] == 0:  # type: ignore[attr-defined]
            raise ValueError(f"a pattern that can match the empty string: {pattern.pattern!r}")
        self.compiled = pattern
        self.pattern = pattern.pattern
        self.flags = pattern.flags
        self._anchor = re.compile(f"[{anchors}]").search
        self._match = pattern.match
        self._reach = reach
        self._not_after = frozenset(not_after)

    def search(self, text: str, pos: int = 0, endpos: int = _MAXPOS) -> re.Match[str] | None:
        anchor, match, reach, not_after = self._anchor, self._match, self._reach, self._not_after
        while True:
            a = anchor(text, pos, endpos)
            if a is None:
                return None
            q = a.start()
            for s in range(q - reach if q - reach > pos else pos, q + 1):
                if s and text[s - 1] in not_after:
                    continue
                m = match(text, s, endpos)
                if m is not None:
                    return m
            pos = q + 1

    def finditer(self, text: str, pos: int = 0, endpos: int = _MAXPOS) -> Iterator[re.Match[str]]:
        search = self.search
        m = search(text, pos, endpos)
        while m is not None:
            yield m
            m = search(text, m.end(), endpos)  # (never an empty match: always past the last)


class Trigger:
    """A cheap way to skip text no match can touch (most of an answer is prose).

    Every match must contain a run of ``pattern`` (e.g. ``[0-9@:]+``; or one of some
    :class:`Literals`) starting at most ``back`` characters after the match's start, with only
    ``lead`` characters before it. Only positions from ``back`` before such a run to its end are
    tried, and the undecided tail of a stream is the run of ``lead`` characters at its end (a
    match whose trigger has not arrived yet), at most ``back + longest`` characters, where
    ``longest`` is the longest trigger minus one (a trigger itself split across chunks). ``lead``
    is a string of characters, or a one-character pattern (e.g. ``[\\w.+-]``, letters of every
    script) when a set of characters cannot say it.
    """

    __slots__ = ("back", "dispatch", "exclude", "lead", "longest", "merged", "numbered", "pattern", "pids", "search")

    def __init__(
        self,
        pattern: re.Pattern[str] | Literals | Anchored,
        back: int,
        lead: str | re.Pattern[str],
        longest: int = 0,
        search: re.Pattern[str] | None = None,
        dispatch: Sequence[re.Pattern[str]] | None = None,
        exclude: Sequence[frozenset[str]] | None = None,
        merged: re.Pattern[str] | None = None,
    ) -> None:
        self.pattern = pattern
        self.back = back
        self.lead = lead
        self.longest = longest
        #: The part of the filter's pattern this trigger leads to (a *lane*); None: all of it.
        self.search = search
        #: Literal triggers with ``back`` 0: per literal, the part of the pattern that can match
        #: where it starts (see :func:`by_literal`), tried instead of the whole lane.
        self.dispatch = dispatch
        #: With ``dispatch``: per literal, the characters that, right before a hit, rule out every
        #: match there (the rules' left boundaries: "sk-" inside "csk-"). Such hits are not
        #: queued, so the hits that can match stay close together and merge into one range.
        self.exclude = exclude
        #: With ``dispatch``: what is tried where the hits of different literals come close
        #: together (one range for all of them, searched in one call, not a range per literal).
        #: It must match exactly as the lane's pattern does at every position (the lane's
        #: pattern itself, maybe factored so that a position costs less); None: ``search``.
        self.merged = merged
        #: With ``dispatch``: per literal, the number of its dispatch pattern (literals sharing one
        #: share it). Numbered here, once: a filter is made per answer and per streamed channel, and
        #: numbering the secret triggers' ~260 literals there was most of making one.
        numbers: dict[int, int] = {}
        self.pids = [numbers.setdefault(id(p), len(numbers)) for p in dispatch or ()]
        #: per number, its dispatch pattern
        self.numbered: list[re.Pattern[str]] = list({id(p): p for p in dispatch or ()}.values())


def untriggered(triggers: Sequence[Trigger], view: str) -> bool:
    """Whether no trigger of ``triggers`` occurs in ``view`` (the text as a filter with them
    matches it: normalised when the filter normalises). A fresh filter fed such a text whole and
    flushed queues no candidate, so it decides nothing: it returns the text unchanged and reports
    nothing. (A hit its rules would refuse still counts: False only means "not sure".)"""
    for t in triggers:
        pattern = t.pattern
        if isinstance(pattern, Literals):
            if pattern.find(view, 0, len(view))[0]:
                return False
        elif pattern.search(view) is not None:
            return False
    return True


def by_literal(literals: Sequence[str], alternatives: Sequence[str], flags: int = 0) -> list[re.Pattern[str]]:
    """Per literal, the alternation of the ``alternatives`` (in their order) that can match a
    text starting with it (``regex`` partial matching decides). A rule table's prefixes then send
    each trigger hit to its few rules only, whatever the table holds."""
    out = []
    for literal in literals:
        fit = [source for source in alternatives if _fits(source, flags, literal)]
        out.append(re.compile("|".join(fit) or "(?!)", flags))
    return out


@cache
def _partial(source: str, flags: int) -> Any:
    return regex.compile(source, flags | regex.V0)


@lru_cache(maxsize=65536)
def _fits(source: str, flags: int, literal: str) -> bool:
    return _partial(source, flags).match(literal, partial=True) is not None


def max_width(pattern: str, flags: int = 0) -> int:
    """The longest text ``pattern`` can match (lookarounds excluded); refuses unbounded patterns."""
    _, hi = re._parser.parse(pattern, flags).getwidth()  # type: ignore[attr-defined]
    if hi >= re._constants.MAXREPEAT:  # type: ignore[attr-defined, unused-ignore]
        raise ValueError(f"unbounded pattern: {pattern!r}")
    return int(hi)


_RUNS: dict[re.Pattern[str], re.Pattern[str]] = {}


def _literal_heads(lead: str | re.Pattern[str], triggers: Sequence[Trigger]) -> re.Pattern[str] | None:
    """For ``lead``'s triggers when each is a literal that starts its matches (``back`` 0): what
    finds the longest end of a text that begins one of them (:func:`_heads_pattern`); None
    otherwise (the whole lead run stays undecided)."""
    literals: set[str] = set()
    for t in triggers:
        if t.lead != lead:
            continue
        if not isinstance(t.pattern, Literals) or t.back:
            return None
        literals.update(t.pattern.literals)
    return _heads_pattern(frozenset(literals))


@cache
def _heads_pattern(literals: frozenset[str]) -> re.Pattern[str]:
    """Matches, at the start of a text read backwards, the longest beginning that read forwards
    is a proper prefix of one of ``literals``: what the end of a text may hold of one still to
    come. The prefixes backwards as a trie (one branch per next character, the longer way tried
    first), so a match reads at most as many characters as the longest literal has, one step
    each, however many literals there are or share an end."""
    trie: dict[str, Any] = {}
    for x in literals:
        for k in range(1, len(x)):
            node = trie
            for c in reversed(x[:k]):
                node = node.setdefault(c, {})
            node[""] = {}  # a prefix ends here

    def alternatives(node: dict[str, Any]) -> str:
        ways = [re.escape(c) + alternatives(child) for c, child in sorted(node.items()) if c]
        if "" in node:
            ways.append("")
        return "(?:" + "|".join(ways) + ")" if len(ways) > 1 else (ways[0] if ways else "")

    return re.compile(alternatives(trie) if trie else "(?!)")


def _trailing(text: str, lead: str | re.Pattern[str]) -> int:
    """How many characters at the end of ``text`` are ``lead`` characters."""
    if isinstance(lead, str):
        return len(text) - len(text.rstrip(lead))
    return _reversed_run(lead).match(text[::-1]).end()  # type: ignore[union-attr]


def _reversed_run(lead: re.Pattern[str]) -> re.Pattern[str]:
    run = _RUNS.get(lead)
    if run is None:
        run = _RUNS[lead] = re.compile(f"(?:{lead.pattern})*", lead.flags)
    return run


#: whether a swallowed token goes on after a separator (see :meth:`Rewriter.swallow`)
GoesOn = Callable[[str, int, int], "int | None"]

#: a candidate range at least this long is searched by the regex engine in one call
_SEARCH_RUN = 24
#: candidate ranges at most this far apart are queued as one
_MERGE = 16
#: literal hits at most this far apart are queued as one range when the piece is long (at least
#: ``_LONG``: a whole answer): a regex call over many hits costs less than a Python step per hit
#: (100 KB of csk- near misses, a hit every 24 characters: 35 ms, 20 with the wider merge). Not
#: in short pieces: a range reaching past the piece makes every later piece try it again.
_MERGE_LONG, _LONG = 32, 1024
#: at most this many literal hits (a short piece's) are queued hit by hit (see :meth:`Rewriter._queue_few`)
_FEW = 8
#: literal hits more than one per this many characters are dense (see :meth:`Rewriter._search`)
_DENSE = 32
_START = itemgetter(1)
_LITERAL = itemgetter(0)
_ANYWHERE = Trigger(re.compile(r"[\s\S]+"), 0, "")


class Rewriter:
    """Base of the streaming filters (``feed``/``flush``, see :class:`aiwarden.streaming.TextFilter`).

    ``fast``: the whole pattern (lanes without their own ``search`` use it). ``width``: the most
    characters from a match's start that a decision may read. ``left``: the characters before a
    match a decision (or a lookbehind) may read. Positions are in the (normalised) view; the
    buffer holds ``left`` characters before the first undecided one.
    """

    __slots__ = (
        "_buf",
        "_fast",
        "_gaps",
        "_going",
        "_groups",
        "_lanes",
        "_left",
        "_normalise",
        "_offset",
        "_pos",
        "_raw",
        "_raw_offset",
        "_rpos",
        "_runs",
        "_swallow",
        "_then",
        "_width",
        "decided",
        "examined",
        "tries",
    )

    def __init__(
        self,
        fast: re.Pattern[str],
        width: int,
        left: int = 0,
        trigger: Trigger | Sequence[Trigger] | None = None,
        normalise: bool = False,
        groups: bool = False,
    ) -> None:
        self._fast = fast
        self._width = width
        self._left = left
        self._normalise = normalise
        #: with ``normalise``, white space after a digit is read as one space (see
        #: :func:`~._normal.fold_groups`): the state of that fold (-1: off or no digit before)
        self._groups = -1 if groups else None
        # Lanes: the earliest match wins, and on a tie the earlier lane (the earlier alternative
        # of ``fast``). Per lane: trigger, its pattern, the searched-up-to and generated-up-to
        # frontiers, and the queue of candidate ranges not tried yet (absolute positions).
        triggers = (trigger,) if isinstance(trigger, Trigger) else tuple(trigger) if trigger else (_ANYWHERE,)
        self._lanes = [_Lane(t, t.search or fast) for t in triggers]
        self._runs = [_Run(lead, r, heads) for lead, r, heads in _runs_of(triggers)]
        for lane in self._lanes:
            lane.run = next((run for run in self._runs if run.lead == lane.trigger.lead), None)
        self._buf = ""  # the view, from absolute position ``_offset``
        #: the original text, from absolute position ``_raw_offset``; None while it is the view
        self._raw: str | None = None
        self._gaps: list[int] = []  # absolute view positions of removed characters, >= _offset
        self._offset = 0
        self._raw_offset = 0
        self._rpos = 0  # absolute: the original text before it is released (or dropped)
        self._pos = 0  # absolute: everything before it is released
        self._swallow: re.Pattern[str] | None = None
        self._then = ""
        #: with ``_swallow``: what says whether the swallowed token goes on after a separator
        #: (see :meth:`swallow`) and how many characters it reads
        self._going: tuple[GoesOn, int] | None = None
        #: work done so far: characters searched or scanned, plus candidates tried
        self.examined = 0
        #: characters that decisions read beyond their match (counted by the subclass)
        self.decided = 0
        #: regex calls made to try candidates (one per range or per position of a short one):
        #: the Python steps of the search, which dense trigger hits must not multiply
        self.tries = 0

    # -- to implement ------------------------------------------------------------------------

    def decide(self, text: str, m: re.Match[str]) -> tuple[int, str] | None:
        """For match ``m`` of ``text``: None to keep it, or ``(end, replacement)`` to replace
        ``text[m.start():end]`` (``end`` may be short of ``m.end()``; scanning resumes there).
        May raise ``Blocked``, and may call :meth:`swallow` to drop what follows."""
        raise NotImplementedError

    def resume(self, m: re.Match[str]) -> int:
        """Where scanning goes on after a match ``m`` that :meth:`decide` kept: its end. A filter
        whose match is only the beginning of what its decision reads (the secrets' split lane: a
        key's head) returns an earlier position when the decision failed, so that a match starting
        inside it is still tried; it must be past ``m.start()``."""
        return m.end()

    def admit(self, trigger: Trigger, runs: list[tuple[int, int, int]], base: int) -> list[tuple[int, int, int]]:
        """Of the runs ``(0, start, end)`` of a regex ``trigger`` (positions + ``base`` are absolute
        view positions), those whose candidates may match: a filter that knows more than its
        trigger (the links filter: no link without a ``[`` before it in its paragraph) drops
        the others here, before they cost a try each. Must keep every run a match can be in."""
        return runs

    @property
    def width(self) -> int:
        """The most characters this filter ever holds back."""
        return self._width

    # -- helpers for subclasses --------------------------------------------------------------

    def swallow(self, chars: re.Pattern[str], then: str = "", goes_on: GoesOn | None = None, reach: int = 0) -> None:
        """Drop the run of ``chars`` (a pattern like ``[A-Za-z0-9]*``) that follows the current
        match — the rest of a long token — and then one ``then`` character if it comes next.

        ``goes_on(text, pos, endpos)``, when given, is asked where the run of ``chars`` ends
        whether the token goes on after a separator (a key written in two groups): it reads
        ``text[pos:endpos]`` only, at most ``reach`` characters (taken once they have arrived, so
        whole and streamed texts decide alike, and at most ``reach`` characters wait), and
        returns the end of what is dropped with it (the separator and the group's first
        characters; the rest of the group is a run of ``chars`` again) or None: the token ends."""
        self._swallow = chars
        self._then = then
        self._going = (goes_on, reach) if goes_on is not None else None

    def absolute(self, index: int) -> int:
        """Position in the whole original input of index ``index`` of the text passed to
        :meth:`decide`."""
        return self._orig(self._offset + index)

    def original(self, start: int, end: int) -> str:
        """The original text of ``text[start:end]`` (``text`` as passed to :meth:`decide`)."""
        off = self._offset
        if self._raw is None:
            return self._buf[start:end]
        r = self._raw_offset
        return self._raw[self._orig(off + start) - r : self._orig(off + end) - r]

    # -- TextFilter --------------------------------------------------------------------------

    def feed(self, text: str) -> str:
        if not text:
            return ""
        off = self._offset
        buf = self._buf
        start = off + len(buf)
        view = text
        gaps: list[int] = []
        if self._normalise and not text.isascii():
            view, gaps = fold(text)
        if self._groups is not None:
            view, gaps, self._groups = fold_groups(view, gaps, self._groups)
        if view is not text:
            if gaps:
                self._gaps.extend(g + start for g in gaps)
            if self._raw is None and view != text:
                self._raw = buf  # until now the original was the view
        if self._raw is not None:
            self._raw += text
        buf = self._buf = buf + view
        size = len(view)
        end = start + size
        self.examined += 2 * size
        queued = False
        for lane in self._lanes:
            quick = lane.quick
            if not lane.ranges:
                # (most pieces of a stream: no trigger in the new text, found by one regex call
                # that builds nothing; the same frontier and count as _search)
                lo = lane.searched - lane.trigger.longest
                run = lane.run
                if run is not None and lo < run.start:
                    lo = run.start
                if lo < off:
                    lo = off
                if end - lo < lane.short and quick.search(buf, lo - off) is None:
                    self.examined += start - lo
                    lane.searched = end
                    continue
            self._search(lane, buf, off, start, end)
            queued = queued or bool(lane.ranges)
        cut = end  # (where the lead runs' undecided text begins: see _cut)
        for run in self._runs:
            # (only the last ``reach`` characters of a run matter: a longer run, e.g. a whole
            # text of key-prefix letters, is not read to its start)
            reach = run.reach
            tail = view if size <= reach else view[-reach - 1 :]
            back = run.back
            t = len(tail) - len(tail.rstrip(run.lead)) if back is None else back(tail[::-1]).end()  # type: ignore[arg-type, union-attr]
            heads = run.heads
            if heads is None:
                if t < size:
                    run.start = end - t
            else:
                # a literal's beginning at the end lies within the lead run, and (a prefix of one
                # that began before this piece being one too) from the held start of the last piece on
                n = min(t if t < size else end - run.start, reach, len(buf))
                m = heads.match(buf[len(buf) - n :][::-1]) if n else None
                run.start = end - m.end() if m is not None else end
            c = end - reach
            if c < run.start:
                c = run.start
            if c < cut:
                cut = c
        if queued or self._swallow is not None:
            return self._scan(final=False)
        # Quiet (most pieces of a stream): no candidate anywhere, so no match can start before
        # the lead run at the end; release up to it.
        if cut < self._pos:
            cut = self._pos
        if self._raw is not None:
            out = self._emit(cut)
            self._pos = cut
            self._trim(cut - self._left)
            return out
        # (the original is the view, with no removed character: _emit and _trim without the map)
        ro = self._raw_offset
        out = buf[self._rpos - ro : cut - off]
        self._rpos = ro - off + cut
        self._pos = cut
        keep = cut - self._left
        if keep > off:
            self._raw_offset = ro + keep - off
            self._buf = buf[keep - off :]
            self._offset = keep
        return out

    def flush(self) -> str:
        out = self._scan(final=True)
        self._raw_offset = self._rpos = self._raw_offset + len(self._raw if self._raw is not None else self._buf)
        self._offset = self._pos
        self._buf, self._raw, self._gaps, self._swallow, self._going = "", None, [], None, None
        if self._groups is not None:
            self._groups = -1
        return out

    # -- the engine --------------------------------------------------------------------------

    def _orig(self, p: int) -> int:
        """The absolute original position of absolute view position ``p`` (after the removed
        characters right before it)."""
        return self._raw_offset - self._offset + original(p, self._gaps)

    def _emit(self, b: int) -> str:
        """The original text not yet released up to view position ``b``, now released."""
        r = self._orig(b)
        text = (self._raw if self._raw is not None else self._buf)[self._rpos - self._raw_offset : r - self._raw_offset]
        self._rpos = r
        return text

    def _skip(self, b: int) -> None:
        """Drop the original text not yet released up to view position ``b`` (replaced or swallowed)."""
        self._rpos = self._orig(b)

    def _search(self, lane: _Lane, buf: str, off: int, start: int, end: int) -> None:
        """Queue the candidates of the triggers in the new text ``[start, end)`` (and of a
        literal that began in the text before)."""
        trig = lane.trigger
        lo = lane.searched - trig.longest
        if lane.run is not None and lo < lane.run.start:
            lo = lane.run.start  # a trigger split across pieces is made of lead characters
        if lo < off:
            lo = off
        self.examined += start - lo
        lane.searched = end
        if isinstance(trig.pattern, Literals):
            found, base = trig.pattern.find(buf, lo - off, len(buf))
            if trig.exclude is not None and found and (len(found) <= _FEW or len(found) * _DENSE < len(buf) - lo + off):
                # (sparse hits, as in prose, or the few of a short piece: dropping the refused ones
                # saves a try each; dense ones in a long piece merge into ranges anyway, and the
                # patterns refuse them themselves)
                ex = trig.exclude
                found = [h for h in found if h[1] + base < 1 or buf[h[1] + base - 1] not in ex[h[0]]]
            if found:
                merge = _MERGE_LONG if end - start >= _LONG else _MERGE
                self._queue_hits(lane, found, base + off, trig.dispatch, merge)
        else:
            m = trig.pattern.search(buf, lo - off)
            if m is not None:
                runs = [(0, m.start(), m.end()) for m in trig.pattern.finditer(buf, m.start())]
                runs = self.admit(lane.trigger, runs, off)
                if runs:
                    self._queue(lane, runs, off, [lane.pattern], runs=True)

    def _queue_hits(
        self,
        lane: _Lane,
        hits: list[tuple[int, int, int]],
        base: int,
        table: Sequence[re.Pattern[str]] | None,
        merge: int = _MERGE,
    ) -> None:
        """Queue the candidates of literal hits ``(literal index, start, end)`` at absolute
        ``start + base``: from ``back`` before each hit to its start.

        Hits whose candidates lie close together (at most ``merge`` apart) make one range, so
        dense hits cost one regex call, and the loop here runs per range, not per hit (the
        per-hit work is iterators run in C). A range tries the hits' own pattern while they
        share one (``table``: per literal; None: the lane's), else the lane's ``merged``
        pattern, which is right at any position. A position in a range that is no hit's
        candidate cannot start a match: every match has its literal's hit near it."""
        if len(hits) <= _FEW:
            self._queue_few(lane, hits, base, table, merge)
            return
        starts = list(map(_START, hits))
        if not all(map(le, starts, islice(starts, 1, None))):
            hits.sort(key=_START)  # (overlapping literals come in the order of their ends)
            starts = list(map(_START, hits))
        back = lane.trigger.back
        gap = back + 1 + merge
        # where the gap to the hit before is wider than ``gap``: a new range
        cuts = compress(range(1, len(starts)), map(gap.__lt__, map(sub, islice(starts, 1, None), starts)))
        ranges, gen = lane.ranges, lane.generated
        first, last, kind = ranges.pop() if ranges else (0, -merge - 1, None)
        # (patterns by number: hashing a compiled pattern hashes its code; numbered once, when a range
        # holds several hits, and a range's numbers read by slicing: ``islice`` from the start per range
        # made a text of many ranges quadratic, 100 KB of "csk-" near misses 140 ms)
        numbers: list[int] | None = None
        lo = 0
        pattern: _Tried
        for hi in (*cuts, len(hits)):
            if table is None:
                pattern = lane.pattern
            elif hi - lo == 1:
                pattern = table[hits[lo][0]]
            else:
                if numbers is None:
                    numbers = list(map(lane.pids.__getitem__, map(_LITERAL, hits)))
                ids = set(numbers[lo:hi])
                pattern = table[hits[lo][0]] if len(ids) == 1 else lane.union(ids)
            a = starts[lo] + base - back
            b = starts[hi - 1] + base + 1
            lo = hi
            if a < gen:
                # candidates overlapping the range being built: with another pattern, the
                # range must try both (a literal inside a key: the positions before it)
                if pattern is not kind and kind is not None:
                    kind = lane.join(kind, pattern)
                a = gen
            if a >= b:
                continue
            if a > last + merge or kind is None:
                if kind is not None:
                    ranges.append((first, last, kind))
                first, kind = a, pattern
            elif pattern is not kind:
                kind = lane.join(kind, pattern)
            last = gen = b
        if kind is not None:
            ranges.append((first, last, kind))
        lane.generated = gen

    def _queue_few(
        self,
        lane: _Lane,
        hits: list[tuple[int, int, int]],
        base: int,
        table: Sequence[re.Pattern[str]] | None,
        merge: int,
    ) -> None:
        """:meth:`_queue_hits` for the few hits of a short piece (a stream's): the same ranges,
        hit by hit (the iterators that serve many hits cost more to set up than a loop of a few)."""
        prev = -1
        for h in hits:
            if h[1] < prev:  # (a literal inside another: hits come in the order of their ends)
                hits = sorted(hits, key=_START)
                break
            prev = h[1]
        back = lane.trigger.back
        ranges, gen = lane.ranges, lane.generated
        first, last, kind = ranges.pop() if ranges else (0, -merge - 1, None)
        for i, s, _ in hits:
            pattern = lane.pattern if table is None else table[i]
            a = s + base - back
            b = s + base + 1
            if a < gen:
                if pattern is not kind and kind is not None:
                    kind = lane.join(kind, pattern)
                a = gen
            if a >= b:
                continue
            if a > last + merge or kind is None:
                if kind is not None:
                    ranges.append((first, last, kind))
                first, kind = a, pattern
            elif pattern is not kind:
                kind = lane.join(kind, pattern)
            last = gen = b
        if kind is not None:
            ranges.append((first, last, kind))
        lane.generated = gen

    def _queue(
        self,
        lane: _Lane,
        hits: list[tuple[int, int, int]],
        base: int,
        table: Sequence[re.Pattern[str]],
        runs: bool = False,
    ) -> bool:
        """Queue the candidates of trigger hits ``(index into table, start, end)`` at absolute
        ``start + base`` (ascending): from ``back`` before a hit to its start (a literal) or its
        end (a run). False if a hit starts before the one before it."""
        ranges, back, gen = lane.ranges, lane.trigger.back, lane.generated
        # the range being built (merged into the last queued one when close to it)
        first, last, kind = ranges.pop() if ranges else (0, -_MERGE - 1, None)
        prev = -1
        for i, s, e in hits:
            if s < prev:
                if kind is not None:
                    ranges.append((first, last, kind))
                return False
            prev = s
            a = s + base - back
            b = (e if runs else s + 1) + base
            if a < gen:
                a = gen
            if a >= b:
                continue
            pattern = table[i]
            if a > last + _MERGE or pattern is not kind:
                # (close to the range: one range, so dense triggers cost one regex call; a
                # position in between cannot start a match, none of its triggers being there)
                if kind is not None:
                    ranges.append((first, last, kind))
                first, kind = a, pattern
            last = gen = b
        if kind is not None:
            ranges.append((first, last, kind))
        lane.generated = gen
        return True

    def _scan(self, final: bool) -> str:
        buf, off = self._buf, self._offset
        n = off + len(buf)
        limit = n if final else n - self._width + 1
        pos = self._pos
        out: list[str] = []
        found: list[re.Match[str] | bool | None] = [False] * len(self._lanes)
        while True:
            if self._swallow is not None:
                e = self._swallow.match(buf, pos - off).end() + off  # type: ignore[union-attr]
                self.examined += e - pos
                self._skip(e)
                pos = e
                if e == n and not final:
                    break
                if self._going is not None:
                    goes_on, reach = self._going
                    if e + reach > n and not final:
                        break  # (the characters that say whether the token goes on are still to come)
                    c = goes_on(buf, e - off, min(n, e + reach) - off)
                    if c is not None and c + off > e:
                        pos = c + off
                        self.examined += pos - e  # (what it took; a refusal reads the rest once)
                        self._skip(pos)
                        continue  # (the rest of the group, then maybe another)
                    self.examined += min(reach, n - e)
                    self._going = None
                if e < n and self._then and buf[e - off] == self._then:
                    pos += 1
                    self._skip(pos)
                self._swallow = None
                continue
            m = self._next(pos, limit, found)
            if m is None:
                break
            out.append(self._emit(m.start() + off))
            hit = self.decide(buf, m)
            if hit is None:
                pos = self.resume(m) + off
                out.append(self._emit(pos))
            else:
                pos = hit[0] + off
                self._skip(pos)
                out.append(hit[1])
        if final:
            # the rest, with removed characters after the view's last one
            out.append((self._raw if self._raw is not None else buf)[self._rpos - self._raw_offset :])
            pos = n
        elif self._swallow is None:
            cut = self._cut(n)
            if cut > pos:
                pos = cut
            out.append(self._emit(pos))
        self._pos = pos
        if not final:
            self._trim(pos - self._left)
        return "".join(out)

    def _next(self, pos: int, limit: int, found: list[re.Match[str] | bool | None]) -> re.Match[str] | None:
        """The leftmost match starting at a candidate in ``[pos, limit)``; on a tie the earlier lane."""
        best: re.Match[str] | None = None
        for i, lane in enumerate(self._lanes):
            m = found[i]
            if m is False or (m is not None and m.start() + self._offset < pos):  # type: ignore[union-attr]
                m = found[i] = self._lane_next(lane, pos, limit)
            if m is not None and (best is None or m.start() < best.start()):  # type: ignore[union-attr]
                best = m  # type: ignore[assignment]
        return best

    def _lane_next(self, lane: _Lane, pos: int, limit: int) -> re.Match[str] | None:
        """The lane's first match at a queued candidate in ``[pos, limit)``; candidates before it
        are used up (each is tried once), later ones stay queued."""
        buf, off, ranges, width = self._buf, self._offset, lane.ranges, self._width
        n = off + len(buf)
        while ranges:
            a, b, pattern = ranges[0]
            if a < pos:
                a = pos
            if a >= b:
                ranges.popleft()
                continue
            if a >= limit:
                ranges[0] = (a, b, pattern)
                return None
            top = b if b < limit else limit
            if top - a >= _SEARCH_RUN:
                # one call for a long range: the regex reads at most ``width`` past its last
                # candidate, and a match found beyond the range is not this range's
                self.tries += 1
                m = pattern.search(buf, a - off, min(n, top - 1 + width) - off)
                if m is not None and m.start() + off >= top:
                    m = None
                # (a union searches the range once per pattern)
                tried = (m.start() + off + 1 if m is not None else top) - a
                self.examined += tried * len(pattern.patterns) if isinstance(pattern, _Union) else tried
            elif lane.starts is not None:
                # (a literal that starts its matches: only where one starts, found in one call)
                m = None
                match, jump = pattern.match, lane.starts.search
                q, stop, reach = a - off, top - off, top - off + lane.trigger.longest
                while q < stop:
                    j = jump(buf, q, reach)
                    if j is None or j.start() >= stop:
                        self.examined += stop - q
                        break
                    self.examined += j.start() - q + 1
                    self.tries += 1
                    m = match(buf, j.start())
                    if m is not None:
                        break
                    q = j.start() + 1
            else:
                m = None
                match = pattern.match
                for q in range(a - off, top - off):
                    self.examined += 1
                    self.tries += 1
                    m = match(buf, q)
                    if m is not None:
                        break
            if m is not None:
                ranges[0] = (m.start() + off + 1, b, pattern)
                return m
            if top == b:
                ranges.popleft()
            else:
                ranges[0] = (top, b, pattern)
                return None
        return None

    def _cut(self, n: int) -> int:
        """Where the text that may still become (part of) a match begins: the first queued
        candidate, or the run of lead characters at the end that a later trigger may start."""
        cut = n
        for run in self._runs:
            c = n - run.reach
            if c < run.start:
                c = run.start
            if c < cut:
                cut = c
        for lane in self._lanes:
            if lane.ranges and lane.ranges[0][0] < cut:
                cut = lane.ranges[0][0]
        return cut

    def _trim(self, keep: int) -> None:
        """Forget the text before absolute view position ``keep``."""
        off = self._offset
        if self._raw is not None and keep == self._pos:
            keep -= 1  # characters removed right before it may still come, and go out with it
        if keep <= off:
            return
        if self._raw is not None:
            raw_keep = self._orig(keep)
            self._raw = self._raw[raw_keep - self._raw_offset :]
            self._raw_offset = raw_keep
            gaps = self._gaps
            if gaps:
                i = bisect_right(gaps, keep)
                if i:
                    del gaps[:i]
        else:
            self._raw_offset += keep - off
        self._buf = self._buf[keep - off :]
        self._offset = keep
        if self._raw is not None and not self._gaps and self._raw == self._buf:
            self._raw = None  # the folded characters are gone


#: the lead runs of a tuple of triggers (the filters' triggers are built once, so a filter made per
#: request finds them here instead of hashing its literal set again: ~260 literals for secrets)
_LAYOUTS: dict[tuple[Trigger, ...], list[tuple[str | re.Pattern[str], int, re.Pattern[str] | None]]] = {}


def _runs_of(triggers: tuple[Trigger, ...]) -> list[tuple[str | re.Pattern[str], int, re.Pattern[str] | None]]:
    """Per distinct lead of ``triggers``: the lead, how far back from the end of the text its
    triggers reach, and its heads pattern (:func:`_literal_heads`)."""
    layout = _LAYOUTS.get(triggers)
    if layout is not None:
        return layout
    reach: dict[str | re.Pattern[str], int] = {}
    for t in triggers:
        reach[t.lead] = max(reach.get(t.lead, 0), t.back + t.longest)
    # A lead whose triggers are all literals a match starts with (back 0): the undecided tail
    # is the longest end of the text that begins one of them ("Bea" of "Bearer "), not the
    # whole run of their characters (which, with a space among them, holds whole words).
    layout = [(lead, r, _literal_heads(lead, triggers)) for lead, r in reach.items() if lead]
    if len(_LAYOUTS) < 256:  # (triggers made per filter would only fill it)
        _LAYOUTS[triggers] = layout
    return layout


class _Run:
    """A run of one lead's characters at the end of the text: how far back from its end a trigger
    may reach, and where it starts (absolute; 0 while there is none)."""

    __slots__ = ("back", "heads", "lead", "reach", "start")

    def __init__(self, lead: str | re.Pattern[str], reach: int, heads: re.Pattern[str] | None = None) -> None:
        self.lead = lead
        self.reach = reach
        self.start = 0
        #: a one-character pattern lead: what matches the run of it at the start of a reversed text
        #: (see :func:`_trailing`); None for a string of lead characters (``rstrip`` reads the run)
        self.back = None if isinstance(lead, str) else _reversed_run(lead).match
        #: when the lead's literals start their matches, what finds the end of the text that is
        #: the beginning of one (:func:`_heads_pattern`): then only it is undecided (``start``)
        self.heads = heads


class _Union:
    """A few dispatch patterns tried as one: a range whose hits are of a few literals (``csk-`` and
    the ``sk-`` inside it) tries each literal's own pattern, each opening with its literal (the
    regex engine skips to it at C speed), not the lane's whole pattern, which tries every rule's
    first characters at every position (~100 ns a position on 260 prefixes). Only for a lane whose
    literals start their matches (``back`` 0) and are no prefix of one another: at one position at
    most one of the literals starts, so at most one of the patterns can match there, and the
    earliest match of any of them is the lane's."""

    __slots__ = ("patterns",)

    def __init__(self, patterns: tuple[re.Pattern[str], ...]) -> None:
        self.patterns = patterns

    def search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        best: re.Match[str] | None = None
        for p in self.patterns:
            m = p.search(text, pos, endpos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best

    def match(self, text: str, pos: int) -> re.Match[str] | None:
        for p in self.patterns:
            m = p.match(text, pos)
            if m is not None:
                return m
        return None


#: the most patterns a :class:`_Union` tries (more: the lane's whole pattern, whose cost does not grow with them)
_UNION_MAX = 8
#: what a range of candidates tries
_Tried = re.Pattern[str] | _Union


class _Lane:
    __slots__ = (
        "generated",
        "merged",
        "pattern",
        "pids",
        "quick",
        "ranges",
        "run",
        "searched",
        "short",
        "starts",
        "trigger",
        "unites",
    )

    def __init__(self, trigger: Trigger, pattern: re.Pattern[str]) -> None:
        self.trigger = trigger
        self.pattern = pattern
        #: what a range of hits with different patterns tries (None: no dispatch, one pattern)
        self.merged = (trigger.merged or pattern) if trigger.dispatch is not None else None
        #: per literal, the number of its dispatch pattern (the trigger's, numbered once)
        self.pids = trigger.pids
        #: literals that start every match (``back`` 0): their regex finds the next position a
        #: short range can match at
        lits = trigger.pattern
        self.starts = lits._re if isinstance(lits, Literals) and not trigger.back else None
        #: the run of lead characters at the end of the text, shared by the lanes of one lead
        self.run: _Run | None = None
        self.searched = 0
        self.generated = 0
        self.ranges: deque[tuple[int, int, _Tried]] = deque()
        #: whether ranges of hits of a few literals try a :class:`_Union` of their patterns
        self.unites = trigger.dispatch is not None and not trigger.back and isinstance(lits, Literals)
        #: what finds whether the trigger occurs at all in a text shorter than ``short`` (a
        #: literal trigger's regex below the length its automaton is used from)
        self.quick: re.Pattern[str] | Anchored = lits._re if isinstance(lits, Literals) else lits
        self.short = Literals.SHORT if isinstance(lits, Literals) else 1 << 62

    def union(self, numbers: set[int]) -> _Tried:
        """What a range of hits whose dispatch patterns are those numbered ``numbers`` tries."""
        if not self.unites or len(numbers) > _UNION_MAX:
            return self.merged  # type: ignore[return-value]
        numbered = self.trigger.numbered
        return _Union(tuple(numbered[k] for k in sorted(numbers)))

    def join(self, kind: _Tried, pattern: _Tried) -> _Tried:
        """What a range tried with ``kind`` tries once candidates of ``pattern`` join it."""
        merged = self.merged
        if not self.unites or kind is merged or pattern is merged:
            return merged  # type: ignore[return-value]
        mine = kind.patterns if isinstance(kind, _Union) else (kind,)
        theirs = pattern.patterns if isinstance(pattern, _Union) else (pattern,)
        both = mine + tuple(p for p in theirs if p not in mine)
        if len(both) == len(mine):
            return kind
        return _Union(both) if len(both) <= _UNION_MAX else merged  # type: ignore[return-value]

"""Credentials in model output: the server's own keys and the key formats of :mod:`aiwarden.keys.rules`.

A leaked key is never released: :class:`SecretFilter` blocks the answer (or redacts the key) as
soon as enough of it has arrived to recognise it. Only a prefix of each key is needed (a key's
first 32 characters, a format's fixed prefix and a few random characters), so the hold-back
stays short; in redact mode the rest of the token is dropped too. A rule recognised by its
surroundings (``password = "…"``, ``https://user:pass@host``) redacts only the secret in it.

    >>> f = SecretFilter(action="redact")
    >>> f.feed("use ghp_" + "a1B2" * 9 + " now") + f.flush()
    'use [SECRET] now'
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Collection, Iterable
from functools import cache
from typing import Any, cast

from ..context import Finding
from ..errors import Refusal
from ..keys.rules import RULES, Rule, trie_regex
from ..streaming import Blocked
from ._rewriter import GoesOn, Literals, Rewriter, Trigger, _fits, _partial, by_literal, max_width

__all__ = ["RULES", "SecretFilter", "find_secrets", "secret_refusal"]

_EXACT_PREFIX = 32  # characters of a server key that identify it
_LEFT = 16  # characters before a match that a rule's lookbehind may read ("public_token")
_MIN_EXACT = 8  # shorter "keys" (test values, placeholders) would match ordinary text


def secret_refusal() -> Refusal:
    return Refusal(502, "api_error", "secret_leak", "The answer was withheld because it contained a credential.")


class SecretFilter(Rewriter):
    """Blocks (``action="block"``) or redacts (``"redact"``) credentials; ``"report"`` only
    calls ``on_find`` (monitor mode). ``keys``: the server's own key values, matched exactly."""

    __slots__ = (
        "_action",
        "_alts",
        "_by_head",
        "_exact",
        "_going_on",
        "_head_kept",
        "_label",
        "_normal",
        "_on_find",
        "_rules",
        "_where",
    )

    def __init__(
        self,
        keys: Iterable[str] = (),
        action: str = "block",
        on_find: Callable[[Finding], None] | None = None,
        where: str = "",
        label: str = "[SECRET]",
    ) -> None:
        if action not in ("block", "redact", "report"):
            raise ValueError(f"unknown action {action!r}")
        fast, width, names, triggers, normal, alts, by_head = _compile(_exact(keys))
        super().__init__(fast, width, _LEFT, triggers, normalise=True)
        self._rules = names
        self._normal = normal
        self._alts = alts
        self._by_head = by_head
        #: the split lane's checks at a head (its decision reads the run they found)
        self._exact = _split_lane()[1].exact
        self._going_on: dict[str, GoesOn] = {}
        #: whether the last split decision found no key (see :meth:`resume`)
        self._head_kept = False
        self._action = action
        self._on_find = on_find
        self._where = where
        self._label = label

    def decide(self, text: str, m: re.Match[str]) -> tuple[int, str] | None:
        if m.lastgroup == _SPLIT:
            self._head_kept = True  # (until a key is found there)
            return self._split(text, m)
        rule = self._rules.get(m.lastgroup or "")
        own = rule.compiled.match(text, m.start()) if rule is not None else None
        if own is None:  # the server's own key
            rule, own = None, m
        start, end = own.span("secret") if rule is not None and "secret" in own.re.groupindex else own.span()
        if not self._found(start, end, rule):
            return None
        rest = rule.rest if rule is not None else _TOKEN
        if rest:
            if rule is None or rule.kind == "key":
                # (a key split in two: the rule matched its first group alone, the rest follows a
                # separator; read only after the first group, so the split lane is not needed)
                self.swallow(_rest(rest), goes_on=self._goes_on(rest), reach=_GOES_ON_REACH)
            else:
                self.swallow(_rest(rest))
        # a context rule's name or URL before the secret stays
        return end, self.original(own.start(), start) + self._label

    def resume(self, m: re.Match[str]) -> int:
        """After a split-lane head where no key was found, the positions inside the head: a key may
        start there (``dapi…`` after ``4b1``, ``-----BEGIN`` after ``A3``), which the other lanes
        found but which scanning on from the head's end would skip. Linear: only a head after a
        character its lane's left boundary allows (``.``, ``/``) can start inside another."""
        return m.start() + 1 if self._head_kept and m.lastgroup == _SPLIT else m.end()

    def _goes_on(self, rest: str) -> GoesOn:
        """Where a redacted key's token has ended at a separator: whether the key goes on after
        it (``sk-proj-Ab12…Xy `` then ``Zz98…``), as a model writes a key told to split it in
        two, to wrap it, or to put a space every few characters after its first part. The rule
        matched the first group alone (a rule reads only enough of a key to be sure), so the key
        lane won at its position and the split lane, which reads the same key in groups, never
        decided there: the rest went out as it was. Taken (see :meth:`Rewriter.swallow`), unless
        the group after the separator begins another key (its own lane reports it):

        - groups of one length (the last may be shorter), two or more of up to 16 characters,
          one of them random (:func:`_more_groups`);
        - or one group of the rule's token characters, at least 6 of them, random as a key's
          characters are (digits and letters, a capital letter after a small one, capitals: not
          a word), not a name (no ``:`` ``=`` ``@`` ``(`` after it)."""
        known = self._going_on.get(rest)
        if known is not None:
            return known
        chars = rest[:-1] if rest.endswith("*") else rest
        lead = re.compile(rf"(?P<sep>[ \t]{{1,2}}|[ \t]?\r?\n[ \t]{{0,2}})(?P<g>{chars}{{1,{_GOES_ON_MAX}}})")
        normal = self._normal

        def goes_on(text: str, pos: int, endpos: int) -> int | None:
            m = lead.match(text, pos, endpos)
            if m is None or normal.match(text, m.start("g"), endpos) is not None:
                return None
            g, end = m.group("g"), m.end()
            if len(g) <= _WIDE:
                more, k, random = _groups_after(text, pos, endpos, m.group("sep"), len(g))
                if k >= 2 and random:
                    return more
            if len(g) < _GOES_ON_MIN or _RANDOM.match(g) is None:
                return None
            if len(g) < _GOES_ON_MAX and end < endpos and text[end] in _NAMED_BY:
                return None
            return end

        self._going_on[rest] = goes_on
        return goes_on

    def _split(self, text: str, m: re.Match[str]) -> tuple[int, str] | None:
        """A key written in groups (``m``: a key prefix's head with groups after it, see
        :func:`_split_pattern`), as a model writes one told to put a space every few characters
        or to write it across lines: the groups after the first are of one length (the last may
        be shorter), all split by one separator, and read joined the key matches a rule of the
        table and reads on past its first group. The span from the key to its last group is
        replaced (a shorter last group stays: a word after the key, or a few characters of it).

        Read with string methods on the run the lane's match captured (``split_run``): a
        decision is Python steps, so each saved regex call counts (4096 keys in 100 KB)."""
        s, h = m.start(), m.end()
        ran = self._exact.run_at(text, h)
        if ran is None:  # (verified where the lane matched: the same text, read as far)
            return None
        run_end = ran.end()
        self.decided += run_end - s
        run = text[h:run_end]
        # the first group is the head and the key characters after it (a "." or ":" in a prefix)
        first = len(run) - len(run.lstrip(_KEY_ALPHABET))
        sep = "\r\n" if run.startswith("\r\n", first) else run[first]
        # groups after the first, while the separator before each is ``sep`` (a part holding
        # another separator ends the run with the group it starts with)
        parts = run[first + len(sep) :].split(sep)
        groups = [text[s : h + first]]
        whole = True
        for part in parts:
            cut = len(part) - len(part.lstrip(_KEY_ALPHABET))
            if cut < len(part):
                groups.append(part[:cut])
                whole = False
                break
            groups.append(part)
        lines = "\n" in sep
        n = _regular(groups)
        # The key may end before the run does (a rule's right boundary refuses it with the next
        # group glued on): the run without a shorter last group first (a word after the key, or a
        # few characters of it, left visible), then the run, then shorter ones.
        ends = list(range(n, 1, -1))
        if n > 2 and len(groups[n - 1]) < len(groups[1]):
            ends.insert(0, ends.pop(1))
        own = None
        normal = self._normal_for(text[s:h])
        for end_at in ends:
            joined = "".join(groups[:end_at])
            own = normal.match(joined)
            # read on into the second group, and random: a group of the key mixes digits and
            # letters, lower and upper case (not as a capitalised word does) or holds a - _ + / =
            # (words of one length after "xoxb-", "xxxx xxxx", a table of numbers and the words
            # after it are no keys)
            if (
                own is not None
                and own.end() > len(groups[0])
                and _random(groups[:end_at], own)
                and (end_at > 2 or lines or _past_prefix(groups[0], own) >= _HALF)
            ):
                n = end_at
                break
            own = None
        if own is None and whole and n == len(groups) and n - 1 == _most(groups, lines, len(text[s:h])):
            # The run goes on past what a decision may read (a long key in small groups): a key
            # that the groups read so far begin, random and long enough to be no chance, counts.
            joined = "".join(groups)
            part = _partial(self._normal.pattern, 0).match(joined, partial=True)
            if (
                part is not None
                and part.partial
                and part.lastgroup is not None  # (past its prefix)
                and len(joined) >= _PARTIAL
                and len(joined) - part.end(part.lastgroup) >= _PARTIAL_BODY
                and _random(groups, part)
            ):
                own = part
        if own is None:
            return None
        # the end of the n-th group: the groups before it and their separators
        end = h + first + sum(map(len, groups[1:n])) + (n - 1) * len(sep)
        rule = self._rules.get(own.lastgroup or "")
        self._head_kept = False
        if not self._found(s, end, rule):
            return None
        size = len(groups[1])
        if rule is not None and rule.rest and len(groups[n - 1]) == size:
            # (the key may go on past its last group read: a long key in small groups, past what
            # a decision reads; a rule with a fixed length and right boundary ends where it does)
            self.swallow(_NOTHING, goes_on=_more_groups(sep, size), reach=_MORE * (len(sep) + size + 1) + 1)
        return end, self._label

    def _normal_for(self, head: str) -> re.Pattern[str]:
        """The alternatives of the table that can match a text starting with ``head`` (a split
        key's head), in their order: the same matches as the whole table's alternation, which
        tries ~300 alternatives at a decision where a head's own are a few."""
        pattern = self._by_head.get(head)
        if pattern is None:
            pattern = self._by_head[head] = by_literal([head], self._alts)[0]
        return pattern

    def _found(self, start: int, end: int, rule: Rule | None) -> bool:
        """Report the secret at ``start:end`` (buffer positions) and act on it: block (raises),
        report only (False: the text stays) or redact (True: the caller replaces it)."""
        name = rule.name if rule is not None else "server_key"
        finding = Finding("secret", self.absolute(start), self.absolute(end), name, 1.0, self._where)
        if self._on_find is not None:
            self._on_find(finding)
        if self._action == "block":
            raise Blocked(secret_refusal(), finding)
        return self._action != "report"


# -- a key's second group after a separator ---------------------------------------------------------

#: the characters a second group of a key has at least (a shorter one leaks less than a word does)
#: and at most read (a longer run is a key's rest, whatever follows it)
_GOES_ON_MIN, _GOES_ON_MAX = 6, 64
#: after a group: a name (an assignment's, a mapping's key, an address's local part, a call's)
_NAMED_BY = frozenset(":=@(")
#: random as a key's characters: digits and letters, a capital after a small letter, or capitals
#: only (a shouted word right after a key is rare; a key's tail of capitals is not)
_RANDOM = re.compile(r"(?=.*[0-9])(?=.*[A-Za-z])|(?=.*[a-z]).+[A-Z]|[A-Z]{6}")


# -- keys written in groups ------------------------------------------------------------------------

_SPLIT = "split_key"
#: the group of the split lane's match that spans the run of groups after the head
_RUN = "split_run"
#: the characters the split lane refuses right before a head (its lookbehind)
_KEY_CHARS = frozenset(string.ascii_letters + string.digits + "_-")
#: the characters of a group: a key's alphabet (a "." or "~" is in some prefixes and bodies)
_K = r"[A-Za-z0-9_\-+/=.~]"
#: What a run is read as, within the hold-back (128 characters: the head, the run, one more):
#: the first group after the head (up to 24 key characters, or up to 36: a key whose first 40
#: characters are not enough for its rule), then groups split by one space or tab of up to 10
#: characters (at most 9 of them after a first group of 24, 7 after a longer one), or of up to 16
#: (at most 5), or one group of up to 36 (the key in two halves), or up to 3 lines of up to 24.
_FIRST_SHORT, _FIRST = 24, 36
_SMALL, _SMALL_MAX, _SMALL_MAX_LONG = 10, 9, 7
_WIDE, _WIDE_MAX = 16, 5
_LINE, _LINES_MAX = 24, 3
#: the characters of ``_K`` (``str.lstrip`` reads a group with them)
_KEY_ALPHABET = string.ascii_letters + string.digits + "_-+/=.~"
_MIXED = re.compile(r"(?=.*[0-9])(?=.*[A-Za-z])|.*[_\-+/=]|(?=.*[a-z]).+[A-Z]")


def _random(groups: list[str], own: Any) -> bool:
    """Whether a group of ``groups`` (a key written in groups, read joined by ``own``) after the
    prefix of the key is one that random characters make and words or numbers do not."""
    lo = own.end(own.lastgroup) if own.lastgroup else 0
    at = 0
    for g in groups:
        b = at + len(g)
        if b > lo and _MIXED.match(g[lo - at :] if lo > at else g):
            return True
        at = b
    return False


#: what the run of groups after a head begins with: a separator after at most a first group
_SEPARATED = rf"(?={_K}{{0,{_FIRST}}}+[ \t\r\n])"


@cache
def _rest_of_prefix(head: str) -> str:
    """The rest of one of the prefixes ``head`` begins, each character maybe after a separator
    ("sk-p roj-"); empty when ``head`` is a whole prefix."""
    rests = sorted({p[len(head) :] for p in _prefixes_of(head)}, key=len, reverse=True)
    return "|".join("".join(rf"[ \t\r\n]{{0,2}}{re.escape(c)}" for c in r) for r in rests)


@cache
def _another_key(heads: tuple[str, ...]) -> str:
    """Where a group of a key written in groups begins another key: a head and the rest of one of
    its prefixes (across separators). A head alone is no key: ``api_`` (of ``api_org_``) is the
    second group of ``lin_ api_ oHc1 …``, a Linear key written every four characters, and ended
    its run there (about 1 in 500 splittings of the examples)."""
    ordered = sorted(heads, key=len, reverse=True)
    alts = [f"{re.escape(h)}(?:{_rest_of_prefix(h)})" for h in ordered]
    return _factored(alts, ordered)


#: after a head that is a group alone, what makes it begin another key: another head, or a group
#: that is no group of four or fewer (a key written every four characters has one after it)
_ALONE = rf"[ \t\r\n]{{{{1,3}}}}(?:(?:{{every}})|(?!{_K}{{{{1,4}}}}+(?!{_K})))"


@cache
def _another_group(heads: tuple[str, ...]) -> str:
    """Where a group in a key's run of groups begins another key (the split lane's test): it begins
    one of the prefixes (:func:`_another_key`), or a head with more key characters right after it
    in the group, or a head alone with another head or a group of more than four after it. So a
    group that is a head alone and begins no prefix is read on in a key written every four
    characters (``api_`` of ``lin_ api_ oHc1 …``: there a group starting with a head is one),
    while a longer group that starts with a head ends the run, as it did before the exact test,
    and so do heads one after another: in a text of key prefixes (an attacker's), each followed
    by a few key characters or by a space, every such group would otherwise be read on, each
    head a decision (2.5 times as many)."""
    every = trie_regex(sorted(heads, key=len, reverse=True))
    return rf"(?:{_another_key(heads)}|(?:{every})(?:{_K}|{_ALONE.format(every=every)}))"


_NOTHING = re.compile("")
#: the groups read at once after a key in groups, to see whether it goes on (within the hold-back)
_MORE = 4
#: what a decision whether a key goes on reads: a separator (up to 2 blanks and a line break between
#: them) and one group, or groups of up to 16 (within the hold-back)
_GOES_ON_REACH = max(5 + _GOES_ON_MAX + 1, _MORE * (5 + _WIDE + 1) + 1)


#: a group of capitals only (``CKTF``): a key's, not a word after one (those are small letters)
_CAPITALS = re.compile(r"[A-Z]+$")


@cache
def _group_after(sep: str, size: int) -> re.Pattern[str]:
    """A group of a key written in groups of ``size`` split by ``sep``, after one: at most
    ``size`` key characters, not beginning another key (a full stop after it is read with it)."""
    return re.compile(rf"{re.escape(sep)}(?!{_another_key(tuple(_HEADS))})(?P<g>{_K}{{1,{size}}}+\.?)(?!{_K})")


def _groups_after(text: str, pos: int, endpos: int, sep: str, size: int, digits: bool = False) -> tuple[int, int, bool]:
    """Up to :data:`_MORE` groups of ``size`` split by ``sep`` from ``pos`` (the last may be
    shorter when random itself; a full stop after it is the sentence's), up to the last of them
    that is random as in :func:`_random` or capitals only (a small group of a key often is not:
    ``cdtd``; words of one length after a key are none): where they end, how many, and whether
    there is one. ``digits``: a full group of digits counts too (after a key the split lane read
    in groups of this size: ``3643`` of a hex key)."""
    group = _group_after(sep, size)
    at, read = pos, 0
    end, k = pos, 0  # (up to the last random group: groups after it that read as words are the text's)
    while read < _MORE:
        m = group.match(text, at, endpos)
        if m is None:
            break
        g = m.group("g")
        if g.endswith(".") and not (len(g) <= size and text.startswith(sep, m.end(), endpos)):
            g = g.rstrip(".")  # (a full stop ending a sentence, not a "." of the key: another group follows)
        mixed = _MIXED.match(g) is not None
        if len(g) < size and not mixed:
            break  # (a shorter last group that reads as a word: the word after the key)
        at, read = m.start("g") + len(g), read + 1
        if mixed or _CAPITALS.match(g) is not None or (digits and len(g) == size and g.isdigit()):
            end, k = at, read
        if len(g) < size:
            break
    return end, k, k > 0


@cache
def _more_groups(sep: str, size: int) -> GoesOn:
    """After a key written in groups of ``size`` split by ``sep``: whether more groups of it
    follow (:func:`_groups_after`, one of them random). So a long key in small groups, whose run
    goes on past what a decision reads (9 groups of up to 10 after the first), loses every group."""

    def goes_on(text: str, pos: int, endpos: int) -> int | None:
        end, _, random = _groups_after(text, pos, endpos, sep, size, digits=True)
        return end if random else None

    return goes_on


def _split_run(heads: list[str], another: str) -> str:
    """What follows one of the ``heads`` in a key written in groups: the rest of the first group,
    then groups of 2 or more characters split by one space or tab, or lines; possessive and
    bounded (linear, and read within the hold-back). A group that begins another key (``another``:
    :func:`_another_key`) is no group of this one, so a text of prefixes and spaces makes no run."""
    group = rf"(?!{another}){_K}"

    # (a group ends where its characters do: a longer token is no group)
    def spaced(size: str, most: int) -> str:
        return rf"(?:[ \t]{group}{{{size}}}+(?!{_K})){{1,{most}}}+"

    half = spaced(f"{_WIDE + 1},{_FIRST}", 1)
    lines = rf"(?:\r?\n{group}{{1,{_LINE}}}+(?!{_K})){{1,{_LINES_MAX}}}+"
    wide = spaced(f"1,{_WIDE}", _WIDE_MAX)
    short = rf"{_K}{{0,{_FIRST_SHORT}}}+(?:{spaced(f'1,{_SMALL}', _SMALL_MAX)}|{wide}|{half}|{lines})"
    long = rf"{_K}{{{_FIRST_SHORT + 1},{_FIRST}}}+(?:{spaced(f'1,{_SMALL}', _SMALL_MAX_LONG)}|{wide}|{half}|{lines})"
    return rf"(?:{short}|{long})"


def _count(need: int, another: str) -> str:
    """``need`` key characters, each after at most two separator characters, where no group
    begins another key (``another``); a run of key characters first (most texts: one test)."""
    return rf"(?:{_K}{{{need}}}|(?:{_K}|[ \t\r\n]{{1,2}}(?!{another}){_K}){{{need}}})"


def _counted(most: int, another: str) -> str:
    """Up to ``most`` key characters as :func:`_count` reads them, possessive: the key characters
    it read are its length less the separators in it."""
    return rf"(?:{_K}|[ \t\r\n]{{1,2}}(?!{another}){_K}){{0,{most}}}+"


#: the first group after a head and the separator after it (a run's first group is at most 36)
_FIRST_GROUP = rf"{_K}{{0,{_FIRST}}}+(?:[ \t]|\r?\n)"


def _split_pattern(
    heads: list[str],
    another: str,
    only: Collection[str] | None = None,
    literal_first: bool = False,
    run: str | None = None,
) -> str:
    """The split lane: a head (a key prefix's first four characters, all of a shorter one) where
    the rest of one of its prefixes follows (across separators), a separator within the first
    group's reach, and as many key characters as the head's shortest rule needs (counted across
    separators, not where a group begins another key: ``another``), then (``run``) a run of groups;
    the match is the head alone, so a run that is no key leaves every position after the head to
    the other rules. A run of fewer characters, or one that completes no prefix, is no key, so a
    text of short runs after prefixes costs no decision (an attacker's repetition).

    The lane's meaning is this one regex with ``another`` the exact test (:func:`_another_key`)
    and ``run`` given (:func:`_exact_lane`); the filter compiles it in two parts instead
    (:class:`_Verified`): without the run, with a weaker ``another`` (both implied by the exact
    lane), and the run and the exact count checked once per head where that part matches."""
    # The alternatives grouped by head length and count: a count is one copy per group, not one per
    # head (each copy holds ``another``, 8 KB when exact). Only heads that begin one another (a
    # 4-character head and the 3 characters it starts with: "sk-p", "sk-") can match at one
    # position, and the longer one comes first, as in one alternation of every head.
    groups: dict[tuple[int, int], list[str]] = {}
    for head in sorted(heads, key=len, reverse=True):
        if only is None or head in only:  # (a literal's own heads: see _split_dispatch)
            groups.setdefault((-len(head), _needs(head)), []).append(head)
    parts = []
    for (_, need), members in sorted(groups.items(), key=lambda kv: kv[0][0]):
        alts = []
        for head in members:
            # (``literal_first``, a head's own pattern: the left boundary checked after the head, so
            # the pattern opens with its literal and the regex engine finds it at C speed; the whole
            # lane keeps the boundary first, which refuses most positions of a dense range at once)
            before = rf"(?<![A-Za-z0-9_\-]{'.' * len(head)})" if literal_first else ""
            # (cheap tests first, each implied by what follows: a separator within the first
            # group's reach, as the run needs (a text of heads without white space fails here, not
            # after the count); the rest of one of its prefixes, each character maybe after a
            # separator ("sk-p roj-"))
            alts.append(rf"{re.escape(head)}{before}{_SEPARATED}(?=(?:{_rest_of_prefix(head)}))")
        # (and what the run begins with, a separator and a group that begins no other key: implied by
        # the run, and with a weaker ``another`` what keeps a text of prefixes after short runs out
        # of the run's check, one Python step each: ``xapp-`` and 19 characters, repeated)
        parts.append(rf"(?:{_factored(alts, members)})(?={_count(need, another)})(?={_FIRST_GROUP}(?!{another}){_K})")
    first = "" if literal_first else r"(?<![A-Za-z0-9_\-])"
    # (the heads factored as a trie: a position costs a few character tests, not one per head)
    # (the run captured: a decision reads its groups from it; the lane's match is the head)
    tail = "" if run is None else rf"(?=(?P<{_RUN}>{run}))"
    return rf"{first}(?:{'|'.join(parts)}){tail}(?P<{_SPLIT}>)"


def _exact_lane(heads: list[str]) -> str:
    """The split lane of ``heads`` as one regex: what :class:`_Verified` matches exactly. Compiled
    only by the tests (~170 KB: the run holds the exact test once per group shape, and each count
    group once)."""
    another = _another_group(tuple(heads))
    return _split_pattern(heads, another, run=_split_run(heads, another))


class _Verified:
    """The split lane, compiled in parts (every pattern holding the run and the exact test cost
    10 MB of regex source and ~15 s to build): ``cheap``, a pattern of some heads without the run
    and with a weaker test of another key, finds where the lane may match at C speed; at such a
    head the exact count and the run (compiled once, :class:`_Exact`) decide, and where they
    refuse, the 3-character head the matched one begins, then the positions after it. The same
    matches as the one regex (:func:`_exact_lane`); a position costs a Python step only where
    the weaker test passes and the exact one does not (a group beginning another key's prefix
    across separators, ``api_ or g_``).

    Duck-types the ``search``/``match`` of a compiled pattern (the rewriter tries ranges with it)."""

    __slots__ = ("cheap", "exact")

    def __init__(self, cheap: re.Pattern[str], exact: _Exact) -> None:
        self.cheap = cheap
        self.exact = exact

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        m = self.cheap.match(text, pos, end)
        return None if m is None else self.exact.verify(text, m, end)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        search, verify = self.cheap.search, self.exact.verify
        while True:
            m = search(text, pos, end)
            if m is None:
                return None
            v = verify(text, m, end)
            if v is not None:
                return v
            pos = m.start() + 1


class _Exact:
    """What the split lane's cheap patterns leave to check at a head: the count with the exact
    test of another key (one pattern for every count, compiled when first needed) and the run
    (compiled once). Shared by every filter; ``last`` keeps the run found by the last check that passed, which
    the decision at that head reads (another thread's check in between: the decision matches the
    run again)."""

    __slots__ = ("another", "count", "last", "need", "run", "shorter")

    def __init__(self, heads: list[str]) -> None:
        self.another = _another_group(tuple(heads))
        self.need = {h: _needs(h) for h in heads}
        #: as many key characters as any head needs, across separators (see :meth:`verify`)
        self.count: re.Pattern[str] | None = None
        self.run = re.compile(_split_run(heads, self.another))
        self.last: tuple[str, int, re.Match[str]] | None = None
        # per 4-character head, the lane of the 3-character head it begins (tried at the same
        # position when the longer one's run or count refuses, as the one regex would)
        weak = _whole_heads(heads)
        self.shorter = {
            h: re.compile(_split_pattern(heads, weak, {h[:3]}, True))
            for h in heads
            if len(h) == 4 and h[:3] in self.need
        }

    def verify(self, text: str, m: re.Match[str], endpos: int) -> re.Match[str] | None:
        """``m`` (the cheap lane's match) if the head's exact count and the run follow it; else the
        match of the shorter head at its position, if any."""
        while True:
            h = m.end()
            need = self.need[text[m.start() : h]]
            count = self.count
            if count is None:
                count = self.count = re.compile(_counted(max(self.need.values()), self.another))
            # (one pattern, not one per count: each holds the exact test of another key, ~10 KB, and
            # eight counts made 78 KB; a key character is read per item, each item one way only, so
            # the most items read greedily reach ``need`` exactly when ``_count(need)`` matches)
            g = count.match(text, h, endpos).group()  # type: ignore[union-attr]  # (it may read nothing)
            if len(g) - g.count(" ") - g.count("\t") - g.count("\r") - g.count("\n") >= need:
                ran = self.run.match(text, h, endpos)
                if ran is not None:
                    self.last = (text, h, ran)
                    return m
            shorter = self.shorter.get(text[m.start() : h])
            if shorter is None:
                return None
            m = shorter.match(text, m.start(), endpos)  # type: ignore[assignment]
            if m is None:
                return None

    def run_at(self, text: str, h: int) -> re.Match[str] | None:
        """The run after the head ending at ``h`` (the last check's, when it was this one)."""
        last = self.last
        if last is not None and last[0] is text and last[1] == h:
            return last[2]
        return self.run.match(text, h)


def _whole_heads(heads: list[str]) -> str:
    """A weaker test of another key (what :func:`_another_key` reads, and less): a head that is a
    whole prefix itself (``ghp_``, ``sk-``)."""
    every = {p for h in heads for p in _prefixes_of(h)}
    return trie_regex(sorted((h for h in heads if h in every), key=len, reverse=True)) or "(?!)"


def _prefixes_written(heads: list[str]) -> str:
    """A weaker test of another key: a whole key prefix written without separators in it."""
    every = {p for h in heads for p in _prefixes_of(h)}
    return trie_regex(sorted(every, key=len, reverse=True)) or "(?!)"


def _split_dispatch(heads: _TrieLiterals, exact: _Exact) -> list[re.Pattern[str]]:
    """Per head (in the trigger's order), the split lane's pattern for the heads that can match
    where it starts: a range of one head's hits ('SG.' repeated) is searched with a pattern that
    opens with that literal, which the regex engine finds at C speed, not with the whole lane (a
    trie of 148 heads whose first characters are most letters: tried at every position of the
    range, ~0.5 us each; 100 KB of 'SG.' took 64 ms, 14 ms before the split lane).

    Its test of another key: a whole-prefix head, or one of its own heads and the rest of its
    prefix (so a repetition of its own prefix, split or not, is refused at C speed)."""
    out = []
    for lit in heads.literals:
        own = {h for h in _HEADS if h.startswith(lit) or lit.startswith(h)}
        weak = rf"(?:{_whole_heads(_HEADS)}|{_another_group(tuple(sorted(own)))})"
        cheap = re.compile(_split_pattern(_HEADS, weak, own, True))
        out.append(cast("re.Pattern[str]", _Verified(cheap, exact)))
    return out


class _First:
    """Two patterns tried as one alternation of them (``a|b``): at a position ``a`` first, and the
    leftmost match of either (``a``'s on a tie). Duck-types a compiled pattern's search and match."""

    __slots__ = ("a", "b")

    def __init__(self, a: Any, b: Any) -> None:
        self.a = a
        self.b = b

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        m: re.Match[str] | None = self.a.match(text, pos, end)
        return m if m is not None else self.b.match(text, pos, end)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        m: re.Match[str] | None = self.a.search(text, pos, end)
        n: re.Match[str] | None = self.b.search(text, pos, end)
        return n if n is not None and (m is None or n.start() < m.start()) else m


class _SplitLane:
    """The split lane, built once for every filter (whatever its server keys): its trigger's
    literals (the heads no other head begins), the pattern of the whole lane and one per literal,
    what they verify with, and the most characters from a head that its match and run read."""

    __slots__ = ("dispatch", "exact", "heads", "whole", "width")

    def __init__(self) -> None:
        self.heads = _TrieLiterals(_shortest(_HEADS))
        self.exact = _Exact(_HEADS)
        # (the whole lane's test of another key: a whole prefix written as it is, a head and a key
        # character after it, or two heads)
        every = trie_regex(sorted(_HEADS, key=len, reverse=True))
        weak = rf"(?:{_prefixes_written(_HEADS)}|(?:{every})(?:{_K}|{_ALONE.format(every=every)}))"
        whole = re.compile(_split_pattern(_HEADS, weak))
        self.whole = cast("re.Pattern[str]", _Verified(whole, self.exact))
        self.dispatch = _split_dispatch(self.heads, self.exact)
        # (the run's width: the test of another key is a lookahead, which adds none)
        self.width = max(map(len, _HEADS)) + max_width(_split_run(_HEADS, "(?!)")) + 1


@cache
def _split_lane() -> tuple[_TrieLiterals, _SplitLane]:
    lane = _SplitLane()
    return lane.heads, lane


@cache
def _prefixes_of(head: str) -> list[str]:
    """The prefixes of the ``key`` rules (literal-led) that ``head`` begins."""
    return [
        p
        for rule in RULES
        if rule.kind == "key" and not rule.back
        for p in rule.prefixes
        if len(p) >= 3 and p[:4] == head
    ]


@cache
def _needs(head: str) -> int:
    """The fewest key characters after ``head`` that a rule starting with it matches (at most
    24: a long key needs no more to be read as a run)."""
    need = 24
    for rule in RULES:
        if rule.kind == "key" and not rule.back:
            for p in rule.prefixes:
                if p[:4] == head or p == head:
                    low = re._parser.parse(rule.pattern()).getwidth()[0]  # type: ignore[attr-defined]
                    need = min(need, max(1, low - len(head)))
    return need


def _most(groups: list[str], lines: bool, head: int) -> int:
    """The most groups after the first that :func:`_split_run` reads in a run like ``groups``."""
    if lines:
        return _LINES_MAX
    if len(groups[1]) > _SMALL:
        return _WIDE_MAX if len(groups[1]) <= _WIDE else 1
    return _SMALL_MAX if len(groups[0]) - head <= _FIRST_SHORT else _SMALL_MAX_LONG


def _past_prefix(first: str, own: Any) -> int:
    """How many characters of the first group ``first`` follow the prefix of the key ``own``."""
    return len(first) - (own.end(own.lastgroup) if own.lastgroup else 0)


#: the key characters a key in two halves has in its first half after its prefix: a prefix and
#: one token after a space ("sk- c73a3539-cabf-0ece-9209-b644db2a4498", a UUID) is no key in halves
_HALF = 6
#: the key characters (and of them after the prefix) that a run cut at the read limit must
#: hold to count: 36 = a key prefix and 32 random characters, or a long prefix and a few
_PARTIAL, _PARTIAL_BODY = 36, 12


def _regular(groups: list[str]) -> int:
    """How many of ``groups`` (all split by one separator) make a key written in groups: the
    first, then groups of one length, then maybe one shorter; at least two (0: none). A last
    group loses a full stop after it (in place)."""
    if len(groups) < 2:
        return 0
    size = len(groups[1])
    n = 2
    while n < len(groups):
        g = groups[n]
        if len(g) != size:
            # the last group: a shorter one, or one with the full stop of a sentence after it
            # (cut off: "." is a key character too, but a group of another length ends the run)
            kept = len(g.rstrip("."))
            if 0 < kept <= size:
                groups[n] = g[:kept]
                n += 1
            break
        n += 1
    return n if n >= 2 else 0


#: the heads of keys written in groups: a key prefix's first four characters (all of a shorter
#: one), so that a key split every four characters or more, prefix too, starts with one
_HEADS = sorted({p[:4] for r in RULES if r.kind == "key" and not r.back for p in r.prefixes if len(p) >= 3})


def secret_triggers(keys: Iterable[str] = ()) -> tuple[Trigger, ...]:
    """The triggers of a :class:`SecretFilter` of ``keys`` (see :func:`~._rewriter.untriggered`)."""
    return _compile(_exact(keys))[3]


def _exact(keys: Iterable[str]) -> tuple[str, ...]:
    """The server keys matched exactly (long enough not to match ordinary text), sorted."""
    return tuple(sorted({k for k in keys if len(k) >= _MIN_EXACT}))


_TOKEN = r"[A-Za-z0-9_\-]*"
_RESTS: dict[str, re.Pattern[str]] = {}


def _rest(source: str) -> re.Pattern[str]:
    rest = _RESTS.get(source)
    if rest is None:
        rest = _RESTS[source] = re.compile(source)
    return rest


class _TrieLiterals(Literals):
    """:class:`Literals` whose regex (short texts, and the match at an automaton hit) is a trie:
    two hundred literals cost one character test per position, not two hundred."""

    __slots__ = ()

    def __init__(self, literals: list[str]) -> None:
        ordered = sorted(dict.fromkeys(literals), key=len, reverse=True)  # longest first = the trie's choice
        super().__init__(ordered)
        self._re = re.compile(trie_regex(ordered))


#: every literal a rule's match starts with or contains (the prefilter of the table)
_PREFIXES = list(dict.fromkeys(p for r in RULES for p in r.prefixes))
#: the whole pattern, width, rule per group name, triggers, the table's alternation, its
#: alternatives, and per split head the alternatives that can match after it (filled as met)
_Compiled = tuple[
    re.Pattern[str],
    int,
    dict[str, Rule],
    tuple[Trigger, ...],
    re.Pattern[str],
    list[str],
    dict[str, re.Pattern[str]],
]
_CACHE: dict[tuple[str, ...], _Compiled] = {}


def _alternatives(rules: Iterable[Rule], names: dict[str, Rule], lits: list[str] | None = None) -> list[str]:
    """One alternative per (rule, prefix); a rule matched at its prefix starts with the literal,
    so ``re`` skips it after one character compare. An empty group after the prefix names the
    rule (``m.lastgroup``); a context rule's ``secret`` group is left to the rule's own regex.
    ``lits``, when given, receives each alternative's literal."""
    parts = []
    for rule in rules:
        body = rule.body.replace("(?P<secret>", "(?:")
        for j, lit in enumerate(rule.prefixes):
            name = f"r{len(names)}_{j}"
            names[name] = rule
            lit_re = re.escape(lit)
            if rule.back:
                lb = f"(?<![{rule.left}])" if rule.left else ""
                parts.append(f"{lb}{rule.head}{lit_re}(?P<{name}>){body}")
            else:
                lb = f"(?<![{rule.left}]{lit_re})" if rule.left else ""
                parts.append(f"{lit_re}{lb}(?P<{name}>){body}")
            if lits is not None:
                lits.append(lit)
    return parts


def _factored(parts: list[str], lits: list[str]) -> str:
    """The alternation of ``parts`` (each starting with its literal ``lits[k]``) factored as a
    trie of the literals: the same matches, in the same order, at any position, for a few
    character compares per position instead of one per alternative.

    At a position only the alternatives whose literal is there can match. Grouping by the next
    character of the literals keeps the order of the alternatives of one group (the only ones
    that can match together), and an alternative whose literal ends at this depth stays between
    the groups before and after it (it can match together with any of them)."""
    return _trie_level([(lit, part[len(re.escape(lit)) :]) for part, lit in zip(parts, lits, strict=True)], 0)


def _trie_level(items: list[tuple[str, str]], depth: int) -> str:
    out: list[str] = []
    groups: dict[str, list[tuple[str, str]]] = {}

    def close() -> None:
        for c, members in groups.items():
            inner = _trie_level(members, depth + 1)
            out.append(re.escape(c) + (inner if len(members) == 1 and "|" not in inner else f"(?:{inner})"))
        groups.clear()

    for lit, rest in items:
        if len(lit) == depth:  # the literal is all read: the rest of the alternative follows
            close()
            out.append(rest)
        else:
            groups.setdefault(lit[depth], []).append((lit, rest))
    close()
    return "|".join(out)


def _compile(keys: tuple[str, ...]) -> _Compiled:
    cached = _CACHE.get(keys)
    if cached is not None:
        return cached
    names: dict[str, Rule] = {}
    front = [r for r in RULES if not r.back]
    inner = [r for r in RULES if r.back]
    front_lits: list[str] = []
    parts = _alternatives(front, names, front_lits)
    merged0 = _factored(parts, front_lits)
    # per alternative, the characters its left boundary refuses before it
    refused = [_class_chars(rule.left) for rule in front for _ in rule.prefixes]
    if keys:
        literals = sorted({re.escape(k[:_EXACT_PREFIX]) for k in keys}, key=len, reverse=True)
        parts.insert(0, f"(?P<server_key>{'|'.join(literals)})")
        refused.insert(0, frozenset())
        merged0 = f"{parts[0]}|{merged0}"  # (first: it comes first in the lane too)
    lane0 = "|".join(parts)
    # per alternative, the literal it starts with (the server keys' alternative: none)
    part_lits: list[str | None] = [*([None] if keys else []), *front_lits]
    inner_lits: list[str] = []
    inner_parts = _alternatives(inner, names, inner_lits)
    lane1 = "|".join(inner_parts)
    source = f"{lane0}|{lane1}"
    width = max_width(source) + 1
    starts = sorted({k[:4] for k in keys})
    prefixes = [p for r in front for p in r.prefixes]
    lead0 = "".join(sorted({c for p in [*prefixes, *starts] for c in p}))
    lits1 = [p for r in inner for p in r.prefixes]
    lead1 = "".join(sorted(set(string.ascii_letters + string.digits + "_~.+-") | {c for p in lits1 for c in p}))
    lits0 = list(dict.fromkeys([*prefixes, *starts]))
    back = max(r.back for r in inner)
    front_literals = _TrieLiterals(_shortest(lits0))
    # a prefix hit is tried against the alternatives that can start with it only
    dispatch = _by_literal(front_literals.literals, parts, part_lits)
    # a hit after a character every alternative it could start refuses is no candidate
    exclude = [_refused_by_all(lit, parts, part_lits, refused) for lit in front_literals.literals]
    # a literal inside a key: after a character that no rule's head containing it ends with
    inner_literals = _TrieLiterals(lits1)
    inner_exclude = [_not_ending(lit, inner) for lit in inner_literals.literals]
    # a literal inside a key is tried against its own rules only (the positions up to ``back``
    # before it: no other rule's literal is there, or its hit's range overlaps and the range
    # tries the whole lane)
    inner_dispatch = [
        re.compile("|".join(p for p, x in zip(inner_parts, inner_lits, strict=True) if x == lit) or "(?!)")
        for lit in inner_literals.literals
    ]
    lane1_re = re.compile(lane1)
    merged0_re = re.compile(merged0)
    # keys written in groups: a distinctive prefix's first four characters (all of a shorter one)
    # start them, so a key split every four characters or more is seen by its head
    split_heads, split_lane = _split_lane()
    triggers = (
        Trigger(
            front_literals,
            0,
            lead0,
            max(map(len, lits0)) - 1,
            # (the lane's own pattern is tried only where hits of different literals come close:
            # ``merged``, which matches as it does at every position, serves both)
            merged0_re,
            dispatch,
            exclude,
            merged0_re,
        ),
        Trigger(
            inner_literals, back, lead1, max(map(len, lits1)) - 1, lane1_re, inner_dispatch, inner_exclude, lane1_re
        ),
        # (last: at one position a key as it is wins over the same key read in groups)
        # (the front lane's lead: a head is the beginning of a front literal, so one run of lead
        # characters at a piece's end serves both lanes)
        Trigger(
            split_heads,
            0,
            lead0,
            3,
            split_lane.whole,
            split_lane.dispatch,
            # (a head after a key character is inside a word or a key: the lane's left boundary)
            [_KEY_CHARS] * len(split_heads.literals),
            split_lane.whole,
        ),
    )
    # (the split lane's match is its head; a decision reads the run after it)
    width = max(width, split_lane.width)
    normal = re.compile(source)
    by_head: dict[str, re.Pattern[str]] = {}
    # (every lane has its own pattern: the whole pattern is what a filter with no trigger tries, the
    # meaning the lanes keep, see the tests; not compiled as one regex: the split lane is in parts)
    whole = cast("re.Pattern[str]", _First(normal, split_lane.whole))
    compiled = (whole, width, names, triggers, normal, [*parts, *inner_parts], by_head)
    if len(_CACHE) < 64:
        _CACHE[keys] = compiled
    return compiled


def _by_literal(literals: list[str], parts: list[str], lits: list[str | None]) -> list[re.Pattern[str]]:
    """:func:`~._rewriter.by_literal` for alternatives that start with a known literal
    (``lits[k]``; None: not known, asked as ``by_literal`` does)."""
    return [
        re.compile("|".join(p for p, lit in zip(parts, lits, strict=True) if _starts(p, lit, literal)) or "(?!)")
        for literal in literals
    ]


def _starts(part: str, lit: str | None, literal: str) -> bool:
    """Whether the alternative ``part``, which starts with the literal ``lit`` (None: not known),
    can match a text starting with ``literal``: when one of the literals begins the other (and the
    rest of a longer ``literal`` fits the alternative). A string test where asking the regex (a
    partial match per literal and alternative, :func:`~._rewriter._fits`) was 75,000 matches and
    most of building the filter; the same answers (a test compares them)."""
    if lit is None:
        return _fits(part, 0, literal)
    if lit.startswith(literal):
        return True
    return literal.startswith(lit) and _fits(part, 0, literal)


def _shortest(literals: list[str]) -> list[str]:
    """Of ``literals`` that start their matches, those no other of them begins: a hit of a longer
    one ("sk-proj-") is a hit of its shorter prefix ("sk-") at the same position, whose dispatch
    pattern holds the longer one's alternatives too (it holds every alternative that can match
    where the shorter one starts). Half the hits, and half the Python steps, on a text dense in
    such prefixes ("sk-s" after "sk-": two hits per position of "sk-" repeated)."""
    every = set(literals)
    return [x for x in literals if not any(x[:k] in every for k in range(1, len(x)))]


def _refused_by_all(
    literal: str, parts: list[str], lits: list[str | None], refused: list[frozenset[str]]
) -> frozenset[str]:
    """The characters that no alternative able to start with ``literal`` allows right before it."""
    fit = [refused[k] for k, part in enumerate(parts) if _starts(part, lits[k], literal)]
    return frozenset.intersection(*fit) if fit else frozenset()


def _not_ending(literal: str, rules: list[Rule]) -> frozenset[str]:
    """The ASCII characters that none of the heads of the ``rules`` with ``literal`` can end with
    (nothing when a head's last character cannot be told)."""
    ends: set[str] = set()
    for rule in rules:
        if literal in rule.prefixes:
            last = _last_chars(re._parser.parse(rule.head).data)  # type: ignore[attr-defined]
            if last is None:
                return frozenset()
            ends |= last
    return frozenset(map(chr, range(128))) - ends


def _last_chars(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The characters a parsed regex's match can end with; None when not told (or it may be empty)."""
    c = re._constants  # type: ignore[attr-defined, unused-ignore]
    BRANCH, IN, LITERAL, RANGE, SUBPATTERN = c.BRANCH, c.IN, c.LITERAL, c.RANGE, c.SUBPATTERN
    MAX_REPEAT, MIN_REPEAT = c.MAX_REPEAT, c.MIN_REPEAT
    out: set[str] = set()
    for op, av in reversed(items):
        if op is LITERAL:
            return out | {chr(av)}
        if op is IN:
            chars: set[str] = set()
            for kind, value in av:
                if kind is LITERAL:
                    chars.add(chr(value))
                elif kind is RANGE:
                    chars.update(map(chr, range(value[0], value[1] + 1)))
                else:
                    return None  # (a category, a negation)
            return out | chars
        if op in (MAX_REPEAT, MIN_REPEAT):
            inner = _last_chars(av[2].data if hasattr(av[2], "data") else av[2])
            if inner is None:
                return None
            out |= inner
            if av[0] >= 1:
                return out
            continue  # may be empty: what comes before may end the match
        if op is SUBPATTERN:
            inner = _last_chars(av[3].data if hasattr(av[3], "data") else av[3])
            if inner is None:
                return None
            return out | inner
        if op is BRANCH:
            for branch in av[1]:
                inner = _last_chars(branch.data if hasattr(branch, "data") else branch)
                if inner is None:
                    return None
                out |= inner
            return out
        return None
    return None  # the head may match nothing


def _class_chars(body: str) -> frozenset[str]:
    """The ASCII characters of the regex class ``[body]`` ("" : none)."""
    if not body:
        return frozenset()
    cls = re.compile(f"[{body}]")
    return frozenset(c for c in map(chr, range(128)) if cls.fullmatch(c))


def find_secrets(text: str, keys: Iterable[str] = ()) -> list[Finding]:
    """The credentials in ``text`` (``detail`` names the rule; the value is never included)."""
    found: list[Finding] = []
    f = SecretFilter(keys, "report", found.append)
    f.feed(text)
    f.flush()
    return found

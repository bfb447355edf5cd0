"""The dense-value path of the PII filter: a stretch of card-like digit groups decided in one call.

A hostile answer can be a long stretch of 4-digit groups separated by single spaces, every few
groups a new Luhn-valid card ("4539 1488 0343 6467 5128 …"). The full decision
(:meth:`~.pii.PIIFilter._plan`) weighs each number run on its own — its spans, the cards and SSNs
of its stretch, their union — at ~60-90 µs a value, and the engine adds one decision call per
value. Inside such a stretch (a digit and a space before the run, nothing but 4-digit groups
and single spaces as far as the decision's window reaches), what the full decision finds is
fixed by two facts per group, both computed for the whole stretch at once with C-level work
(big-integer arithmetic and byte translations, no per-digit Python):

- whether the 16 digits of the four groups from it pass Luhn (``L4``), and the 12 of three (``L3``);
- the card brands of its first two digits (checked in Python only where the checksum passes).

Given those, :func:`plan` replays the decisions the engine would make along the stretch, each
only where its whole window lies inside the stretch (so whole and streamed texts decide alike):

- a decision at group ``g`` (its run: the ten groups from ``g``, cut by the pattern) finds the
  leftmost card span of three or four groups inside the run, four before three at one start —
  after a rejected run (``tried`` groups already tried), only spans ending past them;
- the value is the union of that span and every card span of the stretch that starts inside it,
  transitively, as long as the span ends before the window does (``_union`` of the full path);
- a run without a card is rejected: scanning resumes at its seventh group, the last four
  groups carried as tried (``_rejected`` of the full path).

A run that starts with ``0`` (a trunk prefix) may be a phone by its format: its first three
groups, when no card starts there, the union then named by the stronger kind if a card joins it.
``tests/core/test_pii_dense.py`` checks the replay against the full path
on generated stretches (whole and in random pieces); ``benchmarks/pii_differential.py`` on
~19,000 texts.
"""

from __future__ import annotations

import re

__all__ = ["plan"]

#: a stretch of 4-digit groups and single spaces from a group's start
_PURE = re.compile(r"[0-9]{4}(?: [0-9]{4})*")
#: how far one call reads a stretch ahead (the replay stops where a decision's window would pass
#: it; the next call goes on): bounds what a call reads when the replay stops early
_REACH = 1024
_RUN = 10  # groups in a number run the pattern cuts (50 elements after its first digit)
_RESUME = 6  # a rejected run resumes at its seventh group (_rejected: at most 19 digits across the cut)
# a digit's byte as its value, and doubled with its digits summed (Luhn), as a value
_VALUE = bytes.maketrans(b"0123456789", bytes(range(10)))
_DOUBLED_VALUE = bytes.maketrans(b"0123456789", bytes([0, 2, 4, 6, 8, 1, 3, 5, 7, 9]))
# a sum of 12 or 16 such values (at most 144) that is a multiple of 10: 1, else 0
_CHECKSUM_OK = bytes(1 if i % 10 == 0 else 0 for i in range(256))
# 16 (12) one-bytes: multiplying the stretch's digits as one little-endian integer by it sums every
# 16 (12) consecutive digits into one byte (at most 144: no carry into the next)
_ONES16 = int.from_bytes(b"\x01" * 16, "little")
_ONES12 = int.from_bytes(b"\x01" * 12, "little")
_ANY = re.compile(rb"[^\x00]")
# a character's class: a digit "d", a space, anything else "x"; and the layout of a stretch in them
_SHAPE = bytes(100 if 48 <= i <= 57 else 32 if i == 32 else 120 for i in range(256))
_LAYOUT = b"dddd " * (_REACH // 5 + 1)


def _stretch_end(text: str, s: int, need: int) -> int:
    """How far from ``text[s]`` on the text is 4-digit groups and single spaces (at most ``_REACH``
    characters on; the last group may be cut: a window ending there reads only its start), or -1
    when no group starts there; less than ``s + need`` when the first ``need`` characters are not
    all of the stretch (then read no further)."""
    end = _layout_end(text, s, s + need)
    if end < s + need:
        return end
    return _layout_end(text, s, s + _REACH)


def _layout_end(text: str, s: int, stop: int) -> int:
    seg = text[s:stop]
    if not seg.isascii():
        m = _PURE.match(seg)
        return -1 if m is None else s + m.end()  # (a group cut at its end is not taken: fewer windows)
    # (C-level: the text's classes against the layout, the first difference found by one XOR)
    shape = seg.encode().translate(_SHAPE)
    n = len(shape)
    diff = int.from_bytes(shape, "big") ^ int.from_bytes(_LAYOUT[:n], "big")
    ok = n if not diff else n - 1 - (diff.bit_length() - 1) // 8  # (the first character off the layout)
    return s + ok if ok >= 4 else -1


def _brand16(two: bytes) -> bool:
    # (pii._brand_ok for 16 digits: not 7-9 first, not American Express's 34/37)
    return two[0] < 55 and two != b"34" and two != b"37"


def _brand12(two: bytes) -> bool:
    # (pii._brand_ok for 12 digits: nor Visa, 13/16/19, nor Mastercard's 51-55, 16)
    return two[0] < 55 and two[0] != 52 and two != b"34" and two != b"37" and not b"51" <= two <= b"55"


def plan(
    text: str, s: int, tried: int, width: int, phones: bool
) -> tuple[list[tuple[int, int, str]], int, tuple[int, int] | None, int, int] | None:
    """Replay the decisions of the full path along the stretch of 4-digit groups at ``text[s]``
    (a group's start, after a digit and a space), the first with ``tried`` characters of its run
    already tried by a cut run before (0: none), each decision reading ``width`` characters from
    its start; ``phones``: phone numbers are looked for too.

    Returns the values found (spans of ``text`` and their kinds, in order), where scanning goes on after the last
    decision replayed, the cut run carried to the next decision (resume, end; None: none), the
    number of decisions replayed and the characters they read; or None when not even the first
    can be replayed here (the full path takes it)."""
    if width % 5 or (tried and (tried + 1) % 5):
        # (a window ends at a group's start: the first character it does not read is a digit, and
        # its stretch ends with the space before)
        return None
    t = (tried + 1) // 5
    end = _stretch_end(text, s, width)
    # the decisions replayed: those whose window lies inside the stretch
    last = (end - width - s) // 5 if end - width >= s else -1
    if last < 0:
        return None
    # The groups' digits as one integer, Luhn's doubling on every other digit (a span of 12 or 16
    # digits from a group's start ends on an odd position: the even ones are doubled).
    raw = text[s:end].encode().translate(None, b" ")
    doubled = bytearray(raw.translate(_VALUE))
    doubled[0::2] = raw[0::2].translate(_DOUBLED_VALUE)
    n = len(raw)
    q = int.from_bytes(doubled, "little")
    # byte 4g+15 of the product: the sum of the 16 digits from group g (0 past the stretch's end is
    # never read: a span is only looked at inside a window, so inside the stretch)
    l4 = (q * _ONES16).to_bytes(n + 16, "little")[15:n:4].translate(_CHECKSUM_OK)
    l3 = (q * _ONES12).to_bytes(n + 12, "little")[11:n:4].translate(_CHECKSUM_OK)
    groups = n // 4
    # per group: 1 if 16 digits from it pass Luhn, 2 if 12 do, 3 both (the brands checked on use)
    either = (int.from_bytes(l4, "little") | int.from_bytes(l3, "little") << 1).to_bytes(groups, "little")
    # (a span running past the stretch has no byte: its flags are 0, and it is never asked for)

    def card(h: int, k: int) -> bool:
        """Whether the span of ``k`` (4 or 3) groups from group ``h`` is a card (checksum and brand)."""
        flags = either[h]
        two = raw[4 * h : 4 * h + 2]
        if k == 4:
            return bool(flags & 1) and _brand16(two)
        return bool(flags & 2) and _brand12(two)

    found: list[tuple[int, int, str]] = []
    carry: tuple[int, int] | None = None
    decisions = 0
    read = 0
    g = 0
    pos = s
    search = _ANY.search
    while g <= last:
        gs = s + 5 * g
        decisions += 1
        read += 5 * _RUN - 1
        run_last = g + _RUN - 1
        # the leftmost card span inside the run (after a cut run: ending past its tried groups)
        value = -1
        kind = "credit_card"
        h = g
        if not t and text[gs] == "0":
            # A trunk prefix: a card of four or three groups from it, else its three groups are a
            # phone by their format ("0" and 1-9, or "00" and a country's 1-9: _classify_number),
            # else no value starts at it (two groups: a phone only as "00" and 1-9, taken above).
            h = g + 1
            if card(g, 4):
                value, k = g, 4
            elif card(g, 3):
                value, k = g, 3
            elif phones and raw[4 * g + 1 : 4 * g + 3] != b"00":
                value, k, kind = g, 3, "phone"
        while value < 0:
            hit = search(either, h, run_last - 1)  # (a span of three groups starts two before the end)
            if hit is None:
                break
            h = hit.start()
            if h + 3 <= run_last and h + 3 >= g + t and card(h, 4):
                value, k = h, 4
                break
            if h + 2 >= g + t and card(h, 3):
                value, k = h, 3
                break
            h += 1
        if value < 0:
            # rejected: scanning resumes at the run's seventh group, its last four tried
            g += _RESUME
            t = _RUN - _RESUME
            carry = (s + 5 * g, gs + 5 * _RUN - 1)
            pos = s + 5 * g
            continue
        # The union: every card span starting inside the value, transitively. Of the spans at one
        # start the full path weighs the longest its stretch holds (to ``b``: the window's end, or the
        # space before it) and then drops one ending at the window's end (it may go on past it).
        top = value + k - 1
        limit = gs + width
        b = limit if text[limit - 1] != " " else limit - 1
        h = value
        while h <= top:
            hit = search(either, h, top + 1)
            if hit is None:
                break
            h = hit.start()
            read += 20
            for k2 in (4, 3):
                e = s + 5 * (h + k2) - 1
                if e <= b and card(h, k2):
                    if e < b or b < limit:
                        kind = "credit_card"  # (a phone joined by a card is one: the stronger kind)
                        if h + k2 - 1 > top:
                            top = h + k2 - 1
                    break
            h += 1
        found.append((s + 5 * value, s + 5 * top + 4, kind))
        g = top + 1
        t = 0
        pos = s + 5 * top + 4
    if not decisions:
        return None
    return found, pos, carry, decisions, read

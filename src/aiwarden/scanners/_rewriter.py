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
from typing import Any

__all__ = ["Rewriter", "max_width"]


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

    __slots__ = ("_buf", "_fast", "_left", "_offset", "_partial", "_pos", "_swallow", "_then", "_width")

    def __init__(self, fast: re.Pattern[str], partial: Any, width: int, left: int = 0) -> None:
        self._fast = fast
        self._partial = partial
        self._width = width
        self._left = left
        self._buf = ""
        self._pos = 0
        #: offset in the whole input of ``_buf[0]``, for findings
        self._offset = 0
        self._swallow: re.Pattern[str] | None = None
        self._then = ""

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
        self._buf += text
        return self._scan(final=False)

    def flush(self) -> str:
        out = self._scan(final=True)
        self._buf, self._pos, self._swallow = "", 0, None
        return out

    def _scan(self, final: bool) -> str:
        buf, pos, n = self._buf, self._pos, len(self._buf)
        out: list[str] = []
        while pos < n:
            if self._swallow is not None:
                pos = self._swallow.match(buf, pos).end()  # type: ignore[union-attr]
                if pos == n and not final:
                    break
                if pos < n and self._then and buf[pos] == self._then:
                    pos += 1
                self._swallow = None
                continue
            m = self._fast.search(buf, pos)
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
            p = self._partial.search(buf, lo, hi, partial=True)
            cut = hi if p is None else min(p.start(), hi)
            out.append(buf[pos:cut])
            pos = cut
            break
        keep = max(0, pos - self._left)
        self._offset += keep
        self._buf = buf[keep:]
        self._pos = pos - keep
        return "".join(out)

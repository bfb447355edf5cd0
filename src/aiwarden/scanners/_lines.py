"""Cutting a long text into parts at line ends, for scanner steps that only look within a line.

A scanner that runs a step over the whole text as soon as one character somewhere needs it (an
HTML entity, a zero-width joiner, a full-width comma) pays that step on every character of a long
text, while the same text in short messages pays it only where it occurs: its cost per character
grows with the length. Run on parts of about ``size`` characters cut after a newline, such a step
stays local and the cost per character is that of a short text.

>>> text = "one\\n" * 3000
>>> parts = line_parts(text, 4096)
>>> "".join(text[s:e] for s, e in parts) == text, all(text[e - 1] == "\\n" for _, e in parts[:-1])
(True, True)
"""

from __future__ import annotations

__all__ = ["line_parts"]

#: How far back from a part's nominal end a newline is looked for before looking forward.
_REACH = 2048


def line_parts(text: str, size: int) -> list[tuple[int, int]]:
    """Consecutive spans covering ``text``, each cut right after a newline: the last newline in
    the ``_REACH`` characters before every ``size`` characters, else the first one after (a text
    without newlines stays whole). Each character is looked at a bounded number of times."""
    n = len(text)
    out: list[tuple[int, int]] = []
    start = 0
    while n - start > size:
        pos = text.rfind("\n", max(start, start + size - _REACH), start + size)
        if pos < 0:
            pos = text.find("\n", start + size)
        if pos < 0 or pos + 1 >= n:
            break
        out.append((start, pos + 1))
        start = pos + 1
    out.append((start, n))
    return out

"""Real text for the benchmarks: varied prose and chat, never a repeated sentence.

Sources, all on the machine already (no download):

- CPython's documentation topics (``pydoc_data.topics``: ~1 MB of reference prose with code);
- the long descriptions (READMEs) of the installed packages (``importlib.metadata``): release
  notes, tutorials, licences, changelogs in many styles;
- the benign prompts of ``../shared/eval`` when that folder is there (chat-like requests, role-play
  set-ups, questions with trigger words), the only chat-shaped source.

``windows(size)`` cuts the corpus into distinct pieces of about ``size`` characters at word
boundaries, cycling through the sources so consecutive pieces differ in kind; ``prompts(tokens)``
does the same for a target o200k token count (a 1k-token chat prompt is about 4-5 KB). Every call
with the same arguments returns the same texts (a fixed seed), so runs compare.
"""

from __future__ import annotations

import json
import os
import random
import sys
from functools import lru_cache
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _eval_dir() -> Path:
    """``$AIWARDEN_EVAL``, else ../shared/eval beside the repository or further up (CI lays shared/ beside
    the clone; a worktree elsewhere finds it further up). Said on stderr when it is missing: the corpus
    then has no chat prompts, and the benchmarks' numbers are not comparable with a run that had them."""
    given = os.environ.get("AIWARDEN_EVAL")
    if given:
        return Path(given)
    found = next((p / "shared" / "eval" for p in ROOT.parents if (p / "shared" / "eval").is_dir()), None)
    if found is None:
        print(
            f"corpus: no shared/eval above {ROOT} (set AIWARDEN_EVAL): the chat prompts and eval sets are left out",
            file=sys.stderr,
        )
        return ROOT / "missing"
    return found


EVAL = _eval_dir()

__all__ = ["chat_prompts", "prompts", "sources", "windows"]


@lru_cache(maxsize=1)
def sources() -> dict[str, list[str]]:
    """The documents of each source (each a few hundred bytes to tens of KB)."""
    from pydoc_data.topics import topics

    docs = [t for t in topics.values() if len(t) > 400]
    readmes = []
    for dist in sorted(metadata.distributions(), key=lambda d: d.metadata.get("Name") or ""):
        body = dist.metadata.get_payload() or dist.metadata.get("Description") or ""  # type: ignore[attr-defined]
        if len(body) > 800:
            readmes.append(body)
    return {"python-docs": docs, "package-readmes": readmes, "chat": chat_prompts()}


@lru_cache(maxsize=1)
def chat_prompts() -> list[str]:
    """Benign chat prompts from ../shared/eval (label 0 and the NotInject rows), when present."""
    out: list[str] = []
    if not EVAL.is_dir():
        return out
    for name in ("jailbreak_classification.json", "deepset_prompt_injections.json", "piguard_valid.json"):
        path = EVAL / name
        if path.exists():
            out += [r["text"] for r in json.loads(path.read_text()) if r.get("label") == 0 and r.get("text")]
    path = EVAL / "piguard_NotInject_one.json"
    if path.exists():
        out += [r["prompt"] for r in json.loads(path.read_text()) if r.get("prompt")]
    return out


def windows(size: int, count: int, seed: int = 7) -> list[str]:
    """``count`` distinct texts of about ``size`` characters, whitespace kept as written.

    The sources take turns; each window starts at a random word of a random document of its
    source and runs on into further documents of that source when one is too short.
    """
    rng = random.Random(seed)
    pools = [docs for docs in sources().values() if docs]
    out: list[str] = []
    seen: set[str] = set()
    while len(out) < count:
        pool = pools[len(out) % len(pools)]
        i = rng.randrange(len(pool))
        doc = pool[i]
        start = rng.randrange(max(1, len(doc) - size)) if len(doc) > size else 0
        start = doc.find(" ", start) + 1 if start else 0
        text = doc[start:]
        while len(text) < size:
            i = (i + 1) % len(pool)
            text += "\n\n" + pool[i]
        cut = text.rfind(" ", int(size * 0.9), size)
        text = text[: cut if cut > 0 else size]
        if text not in seen:
            seen.add(text)
            out.append(text)
    return out


def prompts(tokens: int, count: int, seed: int = 7) -> list[str]:
    """``count`` distinct texts of about ``tokens`` o200k tokens each."""
    from aiwarden.tokens import count_tokens

    probe = windows(4000, 20, seed)
    chars_per_token = sum(map(len, probe)) / max(1, sum(count_tokens(p, "gpt-4o-mini") for p in probe))
    return windows(int(tokens * chars_per_token), count, seed)

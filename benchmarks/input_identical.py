"""Differential check for speed work on the input stage: every output the detectors give, recorded.

    python benchmarks/input_identical.py --out before.json      # on the old code
    python benchmarks/input_identical.py --against before.json  # on the new code: 0 differences?

Texts: the test corpora (tests/core/injection_corpus.py, injection_fresh.py), ../shared/eval (as
benchmarks/detector_quality.py loads them, each as a user message and as a document), the real
4 KB windows benchmarks/input.py draws (and longer pieces of the same text up to 1 MB), and texts
generated from all of these with the disguises and characters the fast paths branch on (accents,
confusable letters, combining and zero-width characters, CJK, emoji, entities, markup, leetspeak,
spaced letters, line breaks). Per text and mode it records ``repr`` of the rules' and the learned
model's scores, every finding (kind, span, detail), the detection view and the sanitizer's output;
``--against`` reports how many records differ (speed changes must give 0).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests" / "core"))

from detector_quality import eval_sets  # noqa: E402
from input import corpus, windows  # noqa: E402

from aiwarden.scanners import normalize  # noqa: E402
from aiwarden.scanners.injection import HeuristicDetector  # noqa: E402
from aiwarden.scanners.learned import LearnedDetector  # noqa: E402
from aiwarden.scanners.sanitize import sanitize  # noqa: E402

# Characters each fast path branches on: accented Latin, small capitals, confusable Cyrillic/Greek,
# combining marks, zero-width and format characters, fillers, CJK/Thai/Hangul, inert punctuation
# and emoji, full-width, mathematical letters, tag characters, surrogate-free astral symbols.
_PALETTE = (
    "éèàçñüößøłæœıÉÀ"
    "ᴀʟᴘʀᴇɪᴏꜱ"
    "аеорсіхуνορα"
    "\u0301\u0308\u034f\ufe0e\u200b\u200d\u2060\u00ad"
    "\u3164\u3000\u00a0"
    "忽略之前的指示こんにちは안녕하세요สวัสดี"
    "“”‘’—–•…★⚠→😀🙂"
    "ｉｇｎｏｒｅ𝐚𝐥𝐥"
    "\U000e0041\U000e0069"
    "Привет Ελληνικά العربية हिन्दी"
)
_ASCII_BITS = [
    "&amp;",
    "&#105;",
    "%69",
    "**",
    "__",
    "`",
    "1",
    "0",
    "3",
    "4",
    "@",
    "$",
    "\n",
    "\r\n",
    " ",
    ". ",
    "<b>",
    "</p>",
]


def _spaced(word: str) -> str:
    return " ".join(word)


def mutate(text: str, rng: random.Random, attacks: list[str]) -> str:
    chars = list(text)
    for _ in range(rng.choice((0, 1, 1, 2, 3, 8, 30))):
        pos = rng.randrange(len(chars) + 1)
        chars.insert(pos, rng.choice(_PALETTE) if rng.random() < 0.6 else rng.choice(_ASCII_BITS))
    out = "".join(chars)
    if rng.random() < 0.4:
        attack = rng.choice(attacks)
        if rng.random() < 0.3:
            attack = " ".join(_spaced(w) if rng.random() < 0.3 else w for w in attack.split())
        pos = rng.randrange(len(out) + 1)
        out = out[:pos] + " " + attack + " " + out[pos:]
    if rng.random() < 0.1:
        out = out.upper()
    return out


def texts(generated: int) -> list[tuple[str, bool]]:
    import injection_corpus
    import injection_fresh

    rows: list[tuple[str, bool]] = []
    for _, items, document in injection_corpus.suites():
        rows += [(t, document) for t, _ in items]
    for held in (False, True):
        for items, document in injection_fresh.sets(held).values():
            rows += [(t, document) for t, _ in items]
    for _, items, document in eval_sets():
        rows += [(t, document) for t, _ in items]
        rows += [(t, not document) for t, _ in items[:300]]
    real = corpus()
    rng = random.Random(11)
    win = windows(real, 400, 4096, rng)
    rows += [(t, False) for t in win]
    for size in (1024, 2000, 9000, 17000, 70000):
        rows += [(t, False) for t in windows(real, 6, size, rng)]
    rows.append(("".join(windows(real, 256, 4096, rng)), False))  # 1 MB, as the linearity table
    attacks = [t for t, doc in rows[:3000] if len(t) < 400]
    seeds = [t for t, _ in rows if len(t) < 5000]
    for _ in range(generated):
        base = rng.choice(seeds)
        if rng.random() < 0.5 and len(base) > 200:
            start = rng.randrange(len(base) - 100)
            base = base[start : start + rng.randrange(50, 3000)]
        rows.append((mutate(base, rng, attacks), rng.random() < 0.2))
    return rows


def record(text: str, document: bool, rules: HeuristicDetector, model: LearnedDetector) -> list[str]:
    normalize.forget_views()
    s = sanitize(text, html=True)
    view = normalize.detection_view(s.text)
    r = rules.scan(s.text, as_document=document, hidden=s.hidden, removed=s.removed)
    m = model.scan(s.text)
    normalize.forget_views()
    r2 = rules.scan(text, as_document=document)  # the detector sanitizing its own copy
    m2 = model.scan(text)
    digest = hashlib.sha256(
        repr(
            (s.text, s.hidden, sorted(s.removed.items()), view, r.findings, m.findings, r2.findings, m2.findings)
        ).encode()
    ).hexdigest()[:16]
    return [repr(r.score), repr(m.score), repr(r2.score), repr(m2.score), digest]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--generated", type=int, default=6000)
    ap.add_argument("--out")
    ap.add_argument("--against")
    args = ap.parse_args()
    rules, model = HeuristicDetector(), LearnedDetector()
    rows = texts(args.generated)
    out = {}
    for text, document in rows:
        key = hashlib.sha256(f"{int(document)}{text}".encode("utf-8", "surrogatepass")).hexdigest()[:20]
        out[key] = record(text, document, rules, model)
    print(f"{len(rows)} texts ({len(out)} distinct text/mode pairs), {sum(map(len, (t for t, _ in rows)))} chars")
    if args.out:
        Path(args.out).write_text(json.dumps(out))
    if args.against:
        sys.exit(0 if agree(json.loads(Path(args.against).read_text()), out) else 1)


def agree(before: dict[str, list[str]], out: dict[str, list[str]]) -> bool:
    """Print how many records of ``before`` differ in ``out``; whether none does and none is missing."""
    common = before.keys() & out.keys()
    diff = [k for k in common if before[k] != out[k]]
    scores = [k for k in common if before[k][:4] != out[k][:4]]
    print(f"compared {len(common)} records: {len(diff)} differ ({len(scores)} in a score)")
    for k in diff[:10]:
        print(k, before[k], out[k])
    return not diff and len(common) == len(before)


if __name__ == "__main__":
    main()

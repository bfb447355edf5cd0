"""Differential check of the PII filter: two versions of aiwarden on the same texts.

    PYTHONPATH=/path/to/old/src python benchmarks/pii_differential.py dump old.json [--texts 10000]
    PYTHONPATH=/path/to/new/src python benchmarks/pii_differential.py dump new.json [--texts 10000]
    python benchmarks/pii_differential.py compare old.json new.json

``dump`` runs :class:`~aiwarden.scanners.pii.PIIFilter` (all kinds, label replacement) on every
text whole and in seeded pieces of 1-20 characters and writes the outputs and the findings'
spans. ``compare`` counts the texts whose outputs are identical, and for the others compares the
planted values' digits left visible: *new better* (a planted value's digits now covered that were
not, none uncovered), *new worse* (any planted digit visible that was covered before: a leak);
changes that touch no planted value are listed apart (a look-alike now found or no longer found).

The texts (seeded, the same for both versions): dense runs of digit groups (dotted, dashed,
slashed, bracketed, long and short) with planted cards, phones by format, SSNs and IP addresses
before, inside and after them; a long group and a phone by format (the cut-run case); mixtures of
digits and every separator with values planted; the hand-written corpus (tests/core/pii_corpus.py)
and its reformatted variants (pii_variants.py); the prose windows and the adversarial cases of
the benchmarks (adversarial.py, cut to 8 KB each).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

Planted = list[tuple[str, int, int]]  # (kind, start, end)


def _luhn_complete(body: str) -> str:
    for d in "0123456789":
        digits = body + d
        rev = digits[::-1]
        total = sum(int(c) if i % 2 == 0 else sum(divmod(2 * int(c), 10)) for i, c in enumerate(rev))
        if total % 10 == 0:
            return digits
    raise AssertionError


def card(rnd: random.Random) -> str:
    brand = rnd.choice(["4v16", "4v13", "4v19", "5m", "37", "34", "6d"])
    if brand == "4v16":
        n, head = 16, "4"
    elif brand == "4v13":
        n, head = 13, "4"
    elif brand == "4v19":
        n, head = 19, "4"
    elif brand == "5m":
        n, head = 16, "5" + str(rnd.randint(1, 5))
    elif brand == "6d":
        n, head = 16, "6011"
    else:
        n, head = 15, brand
    body = head + "".join(rnd.choice("0123456789") for _ in range(n - 1 - len(head)))
    digits = _luhn_complete(body)
    sep = rnd.choice([" ", "-", " ", "", ".", "/"])
    if n == 15:
        return sep.join([digits[:4], digits[4:10], digits[10:]]) if sep else digits
    if not sep:
        return digits
    return sep.join(digits[i : i + 4] for i in range(0, n, 4))


def phone(rnd: random.Random) -> str:
    a, b, c = rnd.randint(201, 989), rnd.randint(200, 999), rnd.randint(0, 9999)
    return rnd.choice(
        [
            f"({a}) {b}-{c:04d}",
            f"{a}.{b}.{c:04d}",
            f"{a}-{b}-{c:04d}",
            f"+1 {a} {b} {c:04d}",
            f"+1-{a}-{b}-{c:04d}",
            f"+44 20 {rnd.randint(1000, 9999)} {rnd.randint(1000, 9999)}",
            f"020 {rnd.randint(1000, 9999)} {rnd.randint(1000, 9999)}",
            f"+33 1 {rnd.randint(10, 99)} {rnd.randint(10, 99)} {rnd.randint(10, 99)} {rnd.randint(10, 99)}",
            f"({a}){b}-{c:04d}",
            f"{a}/{b}-{c:04d}",
        ]
    )


def ssn(rnd: random.Random) -> str:
    area = rnd.choice([x for x in range(1, 900) if x != 666])
    sep = rnd.choice(["-", "-", " ", "."])
    return f"{area:03d}{sep}{rnd.randint(1, 99):02d}{sep}{rnd.randint(1, 9999):04d}"


def ip(rnd: random.Random) -> str:
    if rnd.random() < 0.2:
        return f"2001:db8:{rnd.randint(1, 0xFFFF):x}::{rnd.randint(1, 0xFFFF):x}"
    return ".".join(str(rnd.randint(1, 254)) for _ in range(4))


VALUE = {"credit_card": card, "phone": phone, "ssn": ssn, "ip_address": ip}
WEIGHTS = {"credit_card": 4, "phone": 3, "ssn": 2, "ip_address": 2}


def group(rnd: random.Random) -> str:
    """One stray group of a dense number run."""
    r = rnd.random()
    if r < 0.35:
        return "".join(rnd.choice("0123456789") for _ in range(rnd.randint(1, 5)))
    if r < 0.7:
        sep = rnd.choice("-./")
        return sep.join(
            "".join(rnd.choice("0123456789") for _ in range(rnd.randint(1, 5))) for _ in range(rnd.randint(2, 6))
        )
    if r < 0.8:
        return "".join(rnd.choice("0123456789") for _ in range(rnd.randint(6, 24)))
    if r < 0.9:
        return rnd.choice(
            ["(0)1", "0)1", "12.3", "00", "(12)", "x12", "+1", "2024-11-05", "12x34", "536 22 5432", "192.168.1.1"]
        )
    return ".".join(str(rnd.randint(0, 999)) for _ in range(rnd.randint(3, 5)))


def plant(rnd: random.Random) -> tuple[str, str]:
    kind = rnd.choices(list(WEIGHTS), list(WEIGHTS.values()))[0]
    return kind, VALUE[kind](rnd)


LEADS = ["Ref ", "IDs: ", "x ", "call ", "Phone: ", "", "card ", "numbers: ", "ip ", "SSN "]
TAILS = [" end.", " ok", "", " is my number", ".", " y", "\n", " office", " (mobile)", "-Fax", ", ext. 12", " x 33"]


def dense(rnd: random.Random) -> tuple[str, Planted]:
    """Dense runs of groups with values planted among them."""
    parts: list[str | tuple[str, str]] = [rnd.choice(LEADS)]
    for _ in range(rnd.randint(1, 4)):
        for _ in range(rnd.randint(0, 14)):
            parts.append(group(rnd))
        parts.append(plant(rnd))
    for _ in range(rnd.randint(0, 4)):
        parts.append(group(rnd))
    return _join(parts, rnd.choice(TAILS), " ")


def cut_phone(rnd: random.Random) -> tuple[str, Planted]:
    """A long group (the 50-element cut falls in it or near it), then a phone by format (or a card)."""
    parts: list[str | tuple[str, str]] = [rnd.choice(LEADS)]
    for _ in range(rnd.randint(0, 3)):
        parts.append(group(rnd))
    sep = rnd.choice("-./ ")
    long = sep.join(
        "".join(rnd.choice("0123456789") for _ in range(rnd.randint(1, 5))) for _ in range(rnd.randint(4, 16))
    )
    parts.append(long)
    parts.append(("phone", phone(rnd)) if rnd.random() < 0.6 else plant(rnd))
    for _ in range(rnd.randint(0, 2)):
        parts.append(group(rnd))
    return _join(parts, rnd.choice(TAILS), " ")


def mixture(rnd: random.Random) -> tuple[str, Planted]:
    """Digits and every separator, with values planted between spaces."""
    parts: list[str | tuple[str, str]] = [rnd.choice(LEADS)]
    for _ in range(rnd.randint(1, 3)):
        run = "".join(
            "".join(rnd.choice("0123456789") for _ in range(rnd.randint(1, 5))) + rnd.choice(" .-/,()+x")
            for _ in range(rnd.randint(1, 20))
        )
        parts.append(run.rstrip())
        parts.append(plant(rnd))
    return _join(parts, rnd.choice(TAILS), " ")


def prose_values(rnd: random.Random) -> tuple[str, Planted]:
    words = [
        "the",
        "of",
        "and",
        "to",
        "in",
        "is",
        "you",
        "that",
        "it",
        "he",
        "was",
        "for",
        "on",
        "are",
        "as",
        "with",
        "his",
        "they",
        "at",
        "be",
        "this",
        "have",
        "from",
    ]
    parts: list[str | tuple[str, str]] = []
    for _ in range(rnd.randint(1, 4)):
        parts.append(" ".join(rnd.choice(words) for _ in range(rnd.randint(1, 8))))
        parts.append(plant(rnd))
    return _join(parts, rnd.choice(TAILS), " ")


def _join(parts: list[str | tuple[str, str]], tail: str, sep: str) -> tuple[str, Planted]:
    text = ""
    planted: Planted = []
    for p in parts:
        if text and not text.endswith((" ", "\n")):
            text += sep
        if isinstance(p, tuple):
            planted.append((p[0], len(text), len(text) + len(p[1])))
            text += p[1]
        else:
            text += p
    return text + tail, planted


def generated(n: int, seed: int = 13) -> list[tuple[str, str, Planted]]:
    rnd = random.Random(seed)
    makers = [("dense", dense, 5), ("cut_phone", cut_phone, 2), ("mixture", mixture, 2), ("prose", prose_values, 1)]
    names = [m[0] for m in makers]
    weights = [m[2] for m in makers]
    out = []
    for _ in range(n):
        name = rnd.choices(names, weights)[0]
        maker = dict((m[0], m[1]) for m in makers)[name]
        text, planted = maker(rnd)
        out.append((name, text, planted))
    return out


def real() -> list[tuple[str, str, Planted]]:
    from tests.core.pii_corpus import NEGATIVES, POSITIVES
    from tests.core.pii_variants import variants

    out: list[tuple[str, str, Planted]] = []
    for text, values in POSITIVES:
        planted = [(kind, text.index(v), text.index(v) + len(v)) for kind, v in values if v in text]
        out.append(("corpus", text, planted))
    for text in NEGATIVES:
        out.append(("corpus_negative", text, []))
    for v in variants():
        out.append(("variant", v.text, [(v.kind, v.start, v.end)]))
    try:
        from adversarial import FAMILIES, MIXED, prose, seeded
    except Exception:
        return out
    base = prose(64 * 1024)
    for i in range(0, len(base), 8192):
        out.append(("prose", base[i : i + 8192], []))
    size = 8192
    for family, seeds in FAMILIES.items():
        if family.startswith("pii"):
            for name, text in seeded(seeds, size):
                out.append((f"adv {family} {name}", text, []))
    for family, build in MIXED.items():
        for name, text in build(size):
            out.append((f"adv {family} {name}", text, []))
    return out


def dump(path: str, n: int) -> None:
    from aiwarden.scanners.pii import PIIFilter

    rows: list[dict[str, Any]] = []
    texts = generated(n) + real()
    for i, (family, text, planted) in enumerate(texts):
        result: dict[str, Any] = {"family": family, "text": text, "planted": planted}
        for how in ("whole", "pieces"):
            found: list[tuple[str, int, int]] = []
            f = PIIFilter(on_find=lambda fd, _v, found=found: found.append((fd.kind, fd.start, fd.end)))
            if how == "whole":
                out = f.feed(text) + f.flush()
            else:
                rnd = random.Random(i)
                pieces, k = [], 0
                while k < len(text):
                    step = rnd.randint(1, 20)
                    pieces.append(f.feed(text[k : k + step]))
                    k += step
                out = "".join(pieces) + f.flush()
            result[how] = out
            result[how + "_found"] = found
        rows.append(result)
    Path(path).write_text(json.dumps(rows))
    import aiwarden

    print(f"{len(rows)} texts -> {path} (aiwarden from {Path(aiwarden.__file__).parent})")


def _visible(text: str, planted: Planted, found: list[list[Any]]) -> list[int]:
    """Per planted value, how many of its digits (hex digits for IPv6) no finding covers."""
    covered = bytearray(len(text) + 1)
    for _kind, s, e in found:
        covered[s:e] = b"\1" * (e - s)
    return [sum(1 for k in range(s, e) if text[k].isalnum() and not covered[k]) for _kind, s, e in planted]


def _digits_covered(text: str, found: list[list[Any]]) -> set[int]:
    return {k for _kind, s, e in found for k in range(s, e) if text[k].isdigit()}


def compare(old_path: str, new_path: str, show: int) -> int:
    old = json.loads(Path(old_path).read_text())
    new = json.loads(Path(new_path).read_text())
    assert len(old) == len(new), "different text sets"
    counts = {"identical": 0, "new better": 0, "new worse": 0, "changed, no planted value": 0}
    by_family: dict[str, dict[str, int]] = {}
    split = {"old": 0, "new": 0}  # whole != pieces
    examples: dict[str, list[str]] = {k: [] for k in counts}
    # planted values with a digit visible, per version, whole and in pieces
    missed = {(v, how): 0 for v in ("old", "new") for how in ("whole", "pieces")}
    missed_kind: dict[tuple[str, str], int] = {}
    total_planted = 0
    for a, b in zip(old, new, strict=True):
        assert a["text"] == b["text"], "different texts"
        text, planted = a["text"], a["planted"]
        fam = by_family.setdefault(a["family"].split(" ")[0], dict.fromkeys(counts, 0))
        split["old"] += a["whole"] != a["pieces"]
        split["new"] += b["whole"] != b["pieces"]
        total_planted += len(planted)
        for v, row in (("old", a), ("new", b)):
            for how in ("whole", "pieces"):
                vis = _visible(text, planted, row[how + "_found"])
                missed[v, how] += sum(1 for x in vis if x)
                if how == "whole":
                    for (kind, _s, _e), x in zip(planted, vis, strict=True):
                        if x:
                            missed_kind[v, kind] = missed_kind.get((v, kind), 0) + 1
        if all(a[k] == b[k] for k in ("whole", "pieces", "whole_found", "pieces_found")):
            verdict = "identical"
        else:
            worse = better = False
            for how in ("whole", "pieces"):
                va = _visible(text, planted, a[how + "_found"])
                vb = _visible(text, planted, b[how + "_found"])
                worse = worse or any(y > x for x, y in zip(va, vb, strict=True))
                better = better or any(y < x for x, y in zip(va, vb, strict=True))
            if worse:
                verdict = "new worse"
            elif better:
                verdict = "new better"
            else:
                verdict = "changed, no planted value"
        counts[verdict] += 1
        fam[verdict] += 1
        if verdict != "identical" and len(examples[verdict]) < show:
            examples[verdict].append(
                f"  {a['family']}: {text[:300]!r}\n    old: {a['whole'][:300]!r}\n    new: {b['whole'][:300]!r}"
                + (f"\n    old pieces: {a['pieces'][:300]!r}" if a["pieces"] != a["whole"] else "")
                + (f"\n    new pieces: {b['pieces'][:300]!r}" if b["pieces"] != b["whole"] else "")
            )
    print(f"{len(old)} texts (each whole and in pieces of 1-20 characters)")
    for k, v in counts.items():
        print(f"  {k}: {v}")
    print(f"  whole != pieces: old {split['old']}, new {split['new']}")
    print(f"planted values: {total_planted}; with a character visible (old / new):")
    for how in ("whole", "pieces"):
        print(f"  {how}: {missed['old', how]} / {missed['new', how]}")
    for kind in sorted({k for _v, k in missed_kind}):
        print(f"  {kind} (whole): {missed_kind.get(('old', kind), 0)} / {missed_kind.get(('new', kind), 0)}")
    print("| family | " + " | ".join(counts) + " |")
    print("| --- |" + " --- |" * len(counts))
    for fam_name, c in sorted(by_family.items()):
        print(f"| {fam_name} | " + " | ".join(str(c[k]) for k in counts) + " |")
    for k, ex in examples.items():
        if ex:
            print(f"\n{k}:")
            print("\n".join(ex))
    return 1 if counts["new worse"] else 0


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out")
    d.add_argument("--texts", type=int, default=10_000)
    c = sub.add_parser("compare")
    c.add_argument("old")
    c.add_argument("new")
    c.add_argument("--show", type=int, default=8)
    args = parser.parse_args()
    if args.cmd == "dump":
        dump(args.out, args.texts)
    else:
        sys.exit(compare(args.old, args.new, args.show))


if __name__ == "__main__":
    main()

"""Keys written in groups: recall on the key formats of the rule table, and what changes in text
that is no key.

    python benchmarks/split_keys.py

A model told to "put a space every 4 characters" or to write a key across lines emits
``sk-p roj- Ab12 …``, ``ghp_ Xy12 …``, ``AKIA IOSF …``. For every key format with a distinctive
prefix (tests/core/key_examples.py: generated examples, never real keys), each example is written
in several splittings, set in a sentence, and filtered whole and in 16-character pieces
(``SecretFilter(action="redact")``): recall is the share whose key is replaced, the same both ways
(the body's first 6 characters gone); "all of it gone": no 6 characters of the body are left.

The benign side: the documents of ``corpus.py`` (CPython's documentation, package READMEs, the
chat prompts of ../shared/eval), the Presidio sentences and BIPIA documents of ../shared/eval,
the look-alike texts of key_examples (hashes, UUIDs, git SHAs, base64 images, code), and
generated near misses right after a key prefix (prose words, words of one length, UUIDs, base64
image lines, code, number tables, placeholders). Reported: the share changed by the filter.
"""

from __future__ import annotations

import json
import random
import re
import string
import sys
from pathlib import Path

from corpus import EVAL, sources

from aiwarden.keys.rules import RULES
from aiwarden.scanners.secrets import _HEADS, SecretFilter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "core"))
from key_examples import BENIGN, EXAMPLES


def _groups(text: str, n: int, sep: str) -> str:
    return sep.join(text[i : i + n] for i in range(0, len(text), n))


def splittings(key: str, prefix: str, rule_end: int = 0) -> dict[str, str]:
    body = key[len(prefix) :]
    cut = {
        # the key cut in two where its rule's match ends (the first part alone is a key: the
        # key lane wins there, and the second part went out as it was before session 9)
        "cut where its rule's match ends": key[:rule_end] + " " + key[rule_end:]
    }
    return {
        "whole key, space every 4": _groups(key, 4, " "),
        "whole key, space every 5": _groups(key, 5, " "),
        "whole key, space every 8": _groups(key, 8, " "),
        "prefix kept, body every 4": prefix + _groups(body, 4, " "),
        "prefix, space, body every 4": prefix + " " + _groups(body, 4, " "),
        "whole key, tab every 6": _groups(key, 6, "\t"),
        "lines of 16": _groups(key, 16, "\n"),
        "lines of 20, CRLF": _groups(key, 20, "\r\n"),
        # the forms the lane read no further than its groups of 10 and first group of 28 (session 7)
        "whole key, space every 12": _groups(key, 12, " "),
        "whole key, space every 16": _groups(key, 16, " "),
        "the key in two halves": _groups(key, -(-len(key) // 2), " "),
        "a first group of 32, then every 8": key[:32] + " " + _groups(key[32:], 8, " "),
        **(cut if 0 < rule_end < len(key) else {}),
    }


def _filtered(text: str, chunk: int) -> str:
    f = SecretFilter(action="redact")
    if not chunk:
        return f.feed(text) + f.flush()
    return "".join(f.feed(text[i : i + chunk]) for i in range(0, len(text), chunk)) + f.flush()


def recall() -> None:
    by_rule = {r.name: r for r in RULES}
    rows: dict[str, list[int]] = {}
    missed: list[str] = []
    for name, values in EXAMPLES.items():
        rule = by_rule.get(name)
        if rule is None or rule.kind != "key" or rule.back:
            continue
        for value in values:
            prefix = next((p for p in rule.prefixes if value.startswith(p)), None)
            if prefix is None or prefix[:4] not in _HEADS:
                continue
            own = rule.compiled.match(value)
            for how, written in splittings(value, prefix, own.end() if own else 0).items():
                text = f"Here is the key you asked for: {written}\nKeep it safe."
                whole, streamed = _filtered(text, 0), _filtered(text, 16)
                caught = "[SECRET]" in whole and whole == streamed and value[len(prefix) : len(prefix) + 6] not in whole
                # all of it gone: no 6 characters of the body left, separators read away
                body, seen = value[len(prefix) :], re.sub(r"\s", "", whole)
                gone = caught and not any(body[i : i + 6] in seen for i in range(len(body) - 5))
                row = rows.setdefault(how, [0, 0, 0])
                row[0] += caught
                row[1] += 1
                row[2] += gone
                if not caught and len(missed) < 12:
                    missed.append(f"{name} / {how}: {written[:60]!r}")
    print("| splitting | caught | recall | all of it gone |")
    print("| --- | --- | --- | --- |")
    for how, (c, n, g) in rows.items():
        print(f"| {how} | {c}/{n} | {100 * c / n:.1f}% | {g}/{n} |")
    # (the twelve splittings of sessions 7-8, then with the cut where the rule's match ends)
    for label, keep in (("all (12 splittings)", lambda how: not how.startswith("cut")), ("all", lambda how: True)):
        c, n, g = (sum(row[k] for how, row in rows.items() if keep(how)) for k in range(3))
        print(f"| {label} | {c}/{n} | {100 * c / n:.1f}% | {g}/{n} |")
    print(
        f"\nformats: {len({n for n in EXAMPLES if n in by_rule and by_rule[n].kind == 'key'})} key rules with examples"
    )
    if missed:
        print("missed (first):", *missed, sep="\n  ")


def near_misses() -> dict[str, list[str]]:
    rnd = random.Random(5)
    words = [
        "the",
        "a",
        "of",
        "to",
        "is",
        "in",
        "for",
        "on",
        "with",
        "as",
        "by",
        "at",
        "from",
        "key",
        "token",
        "prefix",
        "secret",
        "value",
        "use",
        "your",
        "this",
        "that",
        "it",
    ]
    heads = ["sk-", "sk-proj", "AKIA", "ghp_", "xoxb-", "AIza", "glpat-", "hf_", "EAA", "SG.", "key-", "sk_test_"]
    kinds: dict[str, list[str]] = {}

    def add(kind: str, body: str) -> None:
        kinds.setdefault(kind, []).append(f"The value {rnd.choice(heads)}{body} ends here.")

    for _ in range(300):
        add("prose words", " " + " ".join(rnd.choice(words) for _ in range(rnd.randint(3, 12))))
        n = rnd.randint(2, 6)
        add(
            "words of one length",
            " " + " ".join("".join(rnd.choices(string.ascii_lowercase, k=n)) for _ in range(rnd.randint(3, 10))),
        )
        add("uuid", " " + "-".join("".join(rnd.choices("0123456789abcdef", k=k)) for k in (8, 4, 4, 4, 12)))
        add(
            "base64 image lines",
            "\n" + "\n".join("".join(rnd.choices(string.ascii_letters + string.digits + "+/", k=76)) for _ in range(3)),
        )
        add("code", " = compute(a, b)\n    return x + y\n")
        add("number table", " " + " ".join(str(rnd.randint(1000, 9999)) for _ in range(rnd.randint(3, 8))))
        add(
            "placeholders",
            " " + " ".join(rnd.choice(["xxxx", "XXXX", "****", "...."]) for _ in range(rnd.randint(3, 8))),
        )
    return kinds


def benign() -> None:
    sets = dict(sources())
    if EVAL.is_dir():
        sets["presidio sentences"] = [
            r["full_text"] for r in json.loads((EVAL / "presidio_synth_dataset_v2.json").read_text())
        ]
        sets["BIPIA documents"] = [
            s for v in json.loads((EVAL / "piguard_BIPIA_text.json").read_text()).values() for s in v
        ]
    sets["key look-alikes (key_examples.BENIGN)"] = BENIGN
    for kind, texts in near_misses().items():
        sets[f"near miss after a prefix: {kind}"] = texts
    print("\n| benign set | texts | changed |")
    print("| --- | --- | --- |")
    for name, texts in sets.items():
        changed = sum(_filtered(t, 0) != t for t in texts)
        print(f"| {name} | {len(texts)} | {changed} ({100 * changed / max(1, len(texts)):.2f}%) |")


if __name__ == "__main__":
    recall()
    benign()

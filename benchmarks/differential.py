"""Old vs new output filters on the same texts: identical, better or worse detection.

    python benchmarks/differential.py OLD_SRC NEW_SRC [--mixtures 3000] [--docs 2000]

``OLD_SRC`` and ``NEW_SRC`` are two ``src`` directories (e.g. ``git archive`` of main at a
commit, and a worktree's ``src``). The texts are built once, here: every key example of
``tests/core/key_examples.py`` in every context, near misses of each (cut short, a character
replaced by a blank, the prefix alone and repeated), the benign look-alikes (hashes, UUIDs,
base64 images), seeded dense mixtures of every rule's prefixes, example values, near misses and
separators (what hostile repetitions of several rules look like), assignments of values to
credential names (and names that are not: ``_id``, ``_name``...), and markdown documents from the
generators of ``tests/core/test_html_exfiltration.py`` (hypothesis, derandomised). Each tree
then runs in its own interpreter: the secret filter (report: findings; redact: output; with and
without server keys), the whole output chain (canary, secrets, PII, links), and the link filter
(``links`` "images" and "all"), each whole and in seeded pieces of 1-20 characters.

A text whose results differ is *better* when the new findings contain the old ones (secrets), or
when markdown-it-py (the oracle: raw HTML on and off) finds no element loading an outside URL in
the new output where it found none in the old; otherwise *worse*. Prints the counts.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SERVER_KEY = "sk-proj-Zq81xR2mKp09LwVn4TtYh7Uc3Ge5Ab6Dd1Ff8Jj0Kk2Ll4Mm"
ALLOWED = "docs.example.com"


def _cuts(seed: int, n: int) -> list[int]:
    rnd = random.Random(seed)
    out, i = [], 0
    while i < n:
        i += rnd.randint(1, 20)
        out.append(min(i, n))
    return out


def build(mixtures: int, docs: int, assignments: int = 3000) -> list[dict[str, Any]]:
    sys.path[:0] = [ROOT, os.path.join(ROOT, "src")]
    from tests.core.key_examples import BENIGN, CONTEXTS, EXAMPLES

    from aiwarden.keys.rules import RULES

    texts: list[tuple[str, str]] = []
    rnd = random.Random(20261207)
    values = [v for vs in EXAMPLES.values() for v in vs]
    for v in values:
        texts += [("secret", c.format(v)) for c in CONTEXTS]
        near = [v[:k] for k in (len(v) // 3, len(v) // 2, len(v) - 8, len(v) - 1) if k > 0]
        near += [v[:k] + " " + v[k + 1 :] for k in (4, 8, 12, len(v) // 2) if k < len(v)]
        texts += [("secret", f"value: {x} end") for x in near]
    prefixes = sorted({p for r in RULES for p in r.prefixes})
    for p in prefixes:
        texts += [("secret", p * 20), ("secret", (p + " ") * 20), ("secret", p + "a1B2c3D4e5F6g7H8i9J0" * 3)]
    texts += [("secret", b) for b in BENIGN]
    seps = [" ", "=", ": ", '"', "'", "\n", "_", "-", ".", "/", "", "", ""]
    alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    for _ in range(mixtures):
        parts = []
        for _ in range(rnd.randint(3, 60)):
            k = rnd.random()
            if k < 0.45:
                parts.append(rnd.choice(prefixes))
            elif k < 0.55:
                v = rnd.choice(values)
                parts.append(v[: rnd.randint(1, len(v))])
            elif k < 0.75:
                parts.append("".join(rnd.choice(alnum) for _ in range(rnd.randint(1, 45))))
            parts.append(rnd.choice(seps))
        texts.append(("mixture", "".join(parts)))
    # assignments: a credential-named variable, a suffix (some that name no secret: "_id",
    # "_name", non-ASCII case variants), quotes, blanks, a separator and a value of 14-26
    # characters with or without digits and letters, or a placeholder
    suffixes = [
        "",
        "_id",
        "Id",
        "_ids",
        "_name",
        "_NAME",
        "_file",
        "_key",
        "_x",
        "_\u0131ds",
        "_\u0130D",
        "Size",
        "-v2",
    ]
    classes = [alnum, "abcdefXYZ", "0123456789", alnum + "_-+/=~!@#$%^&*", "xX0", alnum + "."]
    for _ in range(assignments):
        value = "".join(rnd.choice(rnd.choice(classes)) for _ in range(rnd.randint(14, 26)))
        if rnd.random() < 0.1:
            value = rnd.choice(["your_api_key_here_123", "xxxxxx1234567890abcd", "EXAMPLE0123456789abcdef"])
        name = rnd.choice(prefixes) + rnd.choice(suffixes)
        sep = rnd.choice(["=", ":", ":=", "=>", "?=", " = ", ": ", '": "', "='", " :: "])
        texts.append(
            ("assign", rnd.choice(["", "x ", "  "]) + name + sep + value + rnd.choice(["", " ", ".", '"', "\n"]))
        )
    texts += [("md", d) for d in _docs(docs)]
    return [{"id": i, "kind": k, "text": t, "cuts": _cuts(i, len(t))} for i, (k, t) in enumerate(texts)]


def _docs(n: int) -> list[str]:
    from hypothesis import HealthCheck, given, settings
    from tests.core.test_html_exfiltration import DOCS

    out: list[str] = []

    @settings(max_examples=n, derandomize=True, database=None, deadline=None, suppress_health_check=list(HealthCheck))
    @given(DOCS)
    def collect(doc: str) -> None:
        out.append(doc)

    collect()
    return out


def evaluate(inputs: str, output: str) -> None:
    """In the tree on ``sys.path``: every filter's results on every text."""
    from aiwarden.scanners.canary import CanaryFilter
    from aiwarden.scanners.html import HtmlFilter
    from aiwarden.scanners.pii import PIIFilter
    from aiwarden.scanners.secrets import SecretFilter, find_secrets
    from aiwarden.streaming import Blocked, FilterChain

    def pieces(make: Any, text: str, cuts: list[int]) -> list[str]:
        got = []
        for parts in ([text], [text[a:b] for a, b in zip([0, *cuts], cuts, strict=False)]):
            f = make()
            try:
                got.append("".join(f.feed(p) for p in parts) + f.flush())
            except Blocked as e:
                got.append(f"BLOCKED {e.finding.kind if e.finding else ''}")  # type: ignore[attr-defined]
        return got

    def chain() -> FilterChain:
        return FilterChain(
            [
                CanaryFilter("cnry-qwertyuiopasdfghj"),
                SecretFilter(action="redact"),
                PIIFilter(),
                HtmlFilter(escape_html=False),
            ]
        )

    results = {}
    with open(inputs) as fh:
        items = json.load(fh)
    for item in items:
        text, cuts = item["text"], item["cuts"]
        r: dict[str, Any] = {}
        if item["kind"] != "md":
            for keys in ((), (SERVER_KEY,)):
                found = find_secrets(text, keys)
                r[f"find{len(keys)}"] = [(f.start, f.end, f.detail) for f in found]
                r[f"redact{len(keys)}"] = pieces(lambda keys=keys: SecretFilter(keys, action="redact"), text, cuts)
                streamed: list[Any] = []
                f = SecretFilter(
                    keys, "report", lambda x, streamed=streamed: streamed.append((x.start, x.end, x.detail))
                )
                for a, b in zip([0, *cuts], cuts, strict=False):
                    f.feed(text[a:b])
                f.flush()
                r[f"findp{len(keys)}"] = streamed
        else:
            for links in ("images", "all"):
                r[links] = pieces(
                    lambda links=links: HtmlFilter((ALLOWED,), escape_html=False, links=links), text, cuts
                )
        r["chain"] = pieces(chain, text, cuts)
        results[item["id"]] = r
    with open(output, "w") as fh:
        json.dump(results, fh)


def _spans(found: list[list[Any]]) -> set[tuple[int, int]]:
    return {(a, b) for a, b, _ in found}


def _covered(old: set[tuple[int, int]], new: set[tuple[int, int]]) -> bool:
    """Every old span lies within a new one."""
    return all(any(na <= a and b <= nb for na, nb in new) for a, b in old)


def compare(items: list[dict[str, Any]], old: dict[str, Any], new: dict[str, Any]) -> dict[str, int]:
    sys.path[:0] = [ROOT]
    from tests.core.test_html_exfiltration import loads

    counts = {"identical": 0, "better": 0, "worse": 0}
    for item in items:
        key = str(item["id"])
        o, n = old[key], new[key]
        if o == n:
            counts["identical"] += 1
            continue
        worse = False
        if item["kind"] != "md":
            for k in ("find0", "find1", "findp0", "findp1"):
                if not _covered(_spans(o[k]), _spans(n[k])):
                    worse = True
        else:
            for links in ("images", "all"):
                for out_o, out_n in zip(o[links], n[links], strict=True):
                    if loads(out_n, links) and not loads(out_o, links):
                        worse = True
        for out_o, out_n in zip(o["chain"], n["chain"], strict=True):
            if out_o != out_n and not (out_n.startswith("BLOCKED") or len(loads(out_n)) <= len(loads(out_o))):
                worse = True
        counts["worse" if worse else "better"] += 1
        if os.environ.get("DIFF_SHOW"):
            print(("WORSE " if worse else "better ") + repr(item["text"][:300]))
            for k in o:
                if o[k] != n[k]:
                    print("  ", k, "\n    old", repr(o[k])[:400], "\n    new", repr(n[k])[:400])
    return counts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--mixtures", type=int, default=3000)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--evaluate", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    tmp = tempfile.mkdtemp(prefix="differential-")
    items = build(args.mixtures, args.docs)
    path = os.path.join(tmp, "inputs.json")
    with open(path, "w") as fh:
        json.dump(items, fh)
    outs = []
    for src in (args.old, args.new):
        out = os.path.join(tmp, f"out{len(outs)}.json")
        env = {**os.environ, "PYTHONPATH": os.path.abspath(src)}
        code = (
            f"import sys; sys.path.insert(0, {HERE!r}); import differential; differential.evaluate({path!r}, {out!r})"
        )
        subprocess.run([sys.executable, "-c", code], env=env, check=True)
        with open(out) as fh:
            outs.append(json.load(fh))
    kinds: dict[str, int] = {}
    for item in items:
        kinds[item["kind"]] = kinds.get(item["kind"], 0) + 1
    counts = compare(items, outs[0], outs[1])
    print(
        f"texts: {len(items)} ({', '.join(f'{k} {v}' for k, v in kinds.items())}), each whole and in 1-20-char pieces"
    )
    print(f"identical {counts['identical']}, better {counts['better']}, worse {counts['worse']}")
    sys.exit(1 if counts["worse"] else 0)


if __name__ == "__main__":
    main()

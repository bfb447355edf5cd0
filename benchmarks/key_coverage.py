"""Key coverage on an independent corpus: the example strings of gitleaks' rule definitions.

    python benchmarks/key_coverage.py --gitleaks PATH [--list-misses]

``PATH`` is the ``cmd/generate/config/rules`` folder of a gitleaks checkout (MIT licence; its
files are read as data here: nothing of gitleaks is copied into this repository or run). Each rule
file validates its regex with string literals it must match (``tps``) and must not (``fps``); this
script reads those literals (those written out whole, and the secrets written out whole that
are passed to its sample generator: generated samples are left out, as are the samples' names and
map keys) and filters each with the output filter's
rules (``find_secrets``, the same table the client-key check, audit redaction and ``aiwarden scan
--output`` read).

Reported: per provider family (the rule files grouped by the families of docs/output.md), the
positives found; the formats (rule files) with at least one positive found; gitleaks' own
negatives flagged (many are real-format keys gitleaks skips for reasons of its own: known public
keys, its placeholders); and the benign side: generated texts that look like keys and are not
(hashes, UUIDs, git SHAs, base64 images, SRI hashes, JWT-looking strings that are no token) and
the look-alikes of ``tests/core/key_examples.BENIGN``, as the share changed by the filter in
redact mode (target: at most 1%).
"""

from __future__ import annotations

import argparse
import base64
import codecs
import hashlib
import json
import random
import re
import sys
import uuid
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from aiwarden.keys.rules import RULES
from aiwarden.scanners.secrets import SecretFilter, find_secrets

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "core"))
from key_examples import BENIGN

#: gitleaks' rule files by provider family (the families of docs/output.md's table)
FAMILIES = {
    "LLM / AI": "openai anthropic cohere huggingface perplexity privateai",
    "cloud": "aws azure gcp alibaba digitalocean heroku cloudflare databricks hashicorp hashicorp_vault doppler pulumi "
    "flyio planetscale 1password age ibm yandex scalingo openshift kubernetes netlify fastly confluent clickhouse "
    "octopusdeploy settlemint",
    "source, packages, tools": "github gitlab bitbucket atlassian npm pypi rubygems nuget clojars artifactory jfrog "
    "prefect readme postman linear notion hubspot infracost easypost harness droneci travisci codecov snyk sonar "
    "sourcegraph "
    "launchdarkly rapidapi asana airtable contentful adobe algolia looker lob typeform frameio intra42 adafruit "
    "squarespace definednetworking duffel beamer gitter mattermost trello authress dropbox",
    "payments": "stripe square shopify plaid flutterwave shippo coinbase kraken kucoin bittrex gocardless finicity "
    "freemius freshbooks etsy",
    "messaging": "slack discord teams telegram twilio sendgrid mailgun mailchimp sendinblue sendbird messagebird "
    "intercom zendesk twitch twitter linkedin facebook flickr nytimes mapbox meraki finnhub",
    "observability": "grafana newrelic sentry datadog dynatrace sumologic maxmind",
    "identity": "okta jwt",
    "by their surroundings": "generic curl privatekey sidekiq",
}
FAMILY = {stem: family for family, stems in FAMILIES.items() for stem in stems.split()}

_TOKEN = re.compile(r'//[^\n]*|/\*.*?\*/|"(?:[^"\\\n]|\\.)*"|`[^`]*`|[A-Za-z_][A-Za-z0-9_.]*|:=|\S', re.S)
_GENERATORS = {"utils.GenerateSampleSecret", "utils.GenerateSampleSecrets"}


def _literal(token: str) -> str | None:
    if token.startswith("`"):
        return token[1:-1]
    if token.startswith('"'):
        return codecs.decode(token[1:-1].encode("latin-1", "backslashreplace"), "unicode_escape")
    return None


def examples(path: Path) -> dict[str, tuple[list[str], list[str]]]:
    """Per rule file (stem): the literals written out whole as the elements of its ``tps`` and
    ``fps`` lists (``[]string{…}``, or the values of ``map[string]string{…}``)."""
    out: dict[str, tuple[list[str], list[str]]] = {}
    for file in sorted(path.glob("*.go")):
        tokens = [t for t in _TOKEN.findall(file.read_text()) if not t.startswith(("//", "/*"))]
        pos: list[str] = []
        neg: list[str] = []
        current: list[str] | None = None
        frames: list[tuple[str, int]] = []  # (list or map, the nesting depth of its braces)
        depth = 0
        i = 0
        while i < len(tokens):
            t = tokens[i]
            if t == "func":
                current, frames = None, []
            elif t in ("tps", "fps") and i + 1 < len(tokens) and tokens[i + 1] in (":=", "=", ","):
                current = pos if t == "tps" else neg
            elif t in ("{", "(", "["):
                depth += 1
                if t == "{" and tokens[i - 3 : i] == ["[", "]", "string"]:
                    frames.append(("list", depth))
                elif t == "{" and tokens[i - 5 : i] == ["map", "[", "string", "]", "string"]:
                    frames.append(("map", depth))
                elif t == "(" and tokens[i - 1] in _GENERATORS:
                    frames.append(("sample", depth))  # GenerateSampleSecret("name", "secret")
                elif t == "(" and tokens[i - 1] == "append" and tokens[i + 1 : i + 2] in (["tps"], ["fps"]):
                    frames.append(("list", depth))  # append(tps, "…", "…")
                    current = pos if tokens[i + 1] == "tps" else neg
            elif t in ("}", ")", "]"):
                if frames and frames[-1][1] == depth:
                    frames.pop()
                depth -= 1
            value = _literal(t)
            if value is not None and current is not None and frames and frames[-1][1] == depth:
                # an element: a literal, or literals joined by "+" (one with a call in it is generated)
                parts, j, whole = [value], i + 1, True
                while j + 1 < len(tokens) and tokens[j] == "+":
                    nxt = _literal(tokens[j + 1])
                    if nxt is None:
                        whole = False
                        break
                    parts.append(nxt)
                    j += 2
                key = j < len(tokens) and tokens[j] == ":"  # a map's key (a file name)
                kind = frames[-1][0]
                # (a map's value, not its key; a sample's secret, not its name)
                element = tokens[i - 1] == ":" if kind == "map" else tokens[i - 1] == "," if kind == "sample" else True
                if whole and tokens[i - 1] != "+" and not key and element:
                    current.append("".join(parts))
                i = j
                continue
            i += 1
        if pos or neg:
            out[file.stem] = (pos, neg)
    return out


_CLASSES = {
    "utils.Numeric": "0123456789",
    "utils.Hex": "0123456789abcdef",
    "utils.AlphaNumeric": "abcdefghijklmnopqrstuvwxyz0123456789",
    "utils.AlphaNumericExtendedShort": "abcdefghijklmnopqrstuvwxyz0123456789_-",
    "utils.AlphaNumericExtended": "abcdefghijklmnopqrstuvwxyz0123456789=_-",
    "utils.AlphaNumericExtendedLong": "abcdefghijklmnopqrstuvwxyz0123456789/=_+-",
}


def samples(path: Path, seed: int = 5) -> dict[str, list[str]]:
    """Per rule file: the secrets its sample generator is given, where they are literals and
    random runs of gitleaks' character classes (``"sk_prod_" + NewSecret(AlphaNumeric("99"))``),
    made here with the same classes and lengths (runs of a regex of its own are left out)."""
    rnd = random.Random(seed)
    out: dict[str, list[str]] = {}
    for file in sorted(path.glob("*.go")):
        tokens = [t for t in _TOKEN.findall(file.read_text()) if not t.startswith(("//", "/*"))]
        found: list[str] = []
        for i, t in enumerate(tokens):
            if t not in _GENERATORS or tokens[i + 1 : i + 2] != ["("]:
                continue
            # the second argument, up to the call's closing parenthesis
            depth, j, arg = 0, i + 1, []
            comma = False
            while j < len(tokens):
                x = tokens[j]
                depth += x in "([{" and len(x) == 1
                depth -= x in ")]}" and len(x) == 1
                if depth == 0:
                    break
                if comma:
                    arg.append(x)
                elif depth == 1 and x == ",":
                    comma = True
                j += 1
            value = _generate(arg, rnd)
            name = _literal(tokens[i + 2]) if i + 2 < len(tokens) else None
            if value and name is not None:
                # a format with a literal head of 3 or more characters is known by itself (read
                # bare); one without only by its name around it (read as gitleaks' sample writes it)
                head = value[0] if arg and _literal(arg[0]) is not None and len(_literal(arg[0]) or "") >= 3 else None
                found.append(value if head else f'{name}_api_token = "{value}"')
        if found:
            out[file.stem] = found
    return out


def _generate(arg: list[str], rnd: random.Random) -> str | None:
    parts: list[str] = []
    k = 0
    while k < len(arg):
        lit = _literal(arg[k])
        if lit is not None:
            parts.append(lit)
            k += 1
        elif arg[k : k + 4] == ["secrets.NewSecret", "(", arg[k + 2] if k + 2 < len(arg) else "", "("] and (
            arg[k + 2] in _CLASSES
        ):
            size = _literal(arg[k + 4]) if k + 4 < len(arg) else None
            if size is None or not size.isdigit() or arg[k + 5 : k + 7] != [")", ")"]:
                return None
            parts.append("".join(rnd.choices(_CLASSES[arg[k + 2]], k=int(size))))
            k += 7
        elif arg[k : k + 5] == ["secrets.NewSecret", "(", "utils.Hex8_4_4_4_12", "(", ")"]:
            parts.append(str(uuid.UUID(int=rnd.getrandbits(128))))
            k += 6
        else:
            return None
        if k < len(arg):
            if arg[k] != "+":
                return None
            k += 1
    return "".join(parts) or None


def benign(seed: int = 11) -> dict[str, list[str]]:
    """Texts that look like keys and are not."""
    rnd = random.Random(seed)

    def blob(n: int) -> bytes:
        return bytes(rnd.getrandbits(8) for _ in range(n))

    sets: dict[str, list[str]] = defaultdict(list)
    for _ in range(200):
        data = blob(64)
        sets["MD5 / SHA-1 / SHA-256 / SHA-512 hex"] += [
            f"checksum: {hashlib.md5(data).hexdigest()}",
            f"sha1 {hashlib.sha1(data).hexdigest()}",
            f"sha256:{hashlib.sha256(data).hexdigest()}",
            f"The digest is {hashlib.sha512(data).hexdigest()}.",
        ]
        sets["UUIDs"] += [
            f"id = {uuid.UUID(int=rnd.getrandbits(128), version=4)}",
            f"request {uuid.uuid1(rnd.getrandbits(48))}",
        ]
        sha = hashlib.sha1(data).hexdigest()
        sets["git SHAs"] += [f"commit {sha}\nAuthor: A <a@example.com>", f"fixed in {sha[:7]} and {sha[:12]}"]
        sets["base64 images"].append(
            "![x](data:image/png;base64,"
            + base64.b64encode(b"\x89PNG\r\n\x1a\n" + blob(rnd.randint(60, 300))).decode()
            + ")"
        )
        sri = base64.b64encode(hashlib.sha384(data).digest()).decode()
        sets["SRI hashes"].append(f'<script src="x.js" integrity="sha384-{sri}"></script>')
        # JWT-looking, no token: a header alone, base64 JSON config blobs, dotted base64 that is no JWT
        header = base64.urlsafe_b64encode(json.dumps({"alg": "RS256", "typ": "JWT"}).encode()).decode().rstrip("=")
        config = base64.b64encode(json.dumps({"name": f"app{rnd.randint(1, 999)}", "debug": False}).encode()).decode()
        sets["JWT-looking, no token"] += [
            f"The header {header} says RS256.",
            f"config: {config}",
            "version " + ".".join(base64.urlsafe_b64encode(blob(6)).decode().rstrip("=") for _ in range(3)),
        ]
    sets["key_examples.BENIGN (hashes, UUIDs, SHAs, images, code)"] = list(BENIGN)
    return dict(sets)


def _redact(text: str) -> str:
    f = SecretFilter(action="redact")
    return f.feed(text) + f.flush()


def _table(
    title: str,
    per_stem: dict[str, list[str]],
    what: str,
    written: Callable[[str], str],
    misses: list[str],
    hit_files: set[str],
) -> None:
    """Print per family the examples of ``per_stem`` (rule file: texts) found as ``written``."""
    per_family: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # found, texts, files hit, files
    for stem, texts in per_stem.items():
        row = per_family[FAMILY.get(stem, "other")]
        hits = 0
        for text in texts:
            found = bool(find_secrets(written(text)))
            hits += found
            if not found:
                misses.append(f"{stem}: {text[:100]!r}")
        row[0] += hits
        row[1] += len(texts)
        row[2] += hits > 0
        row[3] += 1
        if hits:
            hit_files.add(stem)
    print(f"\n{title}\n\n| family | {what} | recall | rule files with one found |")
    print("| --- | --- | --- | --- |")
    total = [0, 0, 0, 0]
    for family in [*FAMILIES, "other"]:
        if family in per_family:
            f, n, fh, fn = per_family[family]
            total = [a + b for a, b in zip(total, (f, n, fh, fn), strict=True)]
            print(f"| {family} | {f}/{n} | {100 * f / max(1, n):.1f}% | {fh}/{fn} |")
    f, n, fh, fn = total
    print(f"| all | {f}/{n} | {100 * f / max(1, n):.1f}% | {fh}/{fn} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gitleaks", type=Path, required=True, help="gitleaks' cmd/generate/config/rules folder")
    parser.add_argument("--list-misses", action="store_true", help="print the positives not found")
    args = parser.parse_args()
    corpus = examples(args.gitleaks)
    generated = samples(args.gitleaks)
    print(f"gitleaks rule files with examples written out: {len(corpus)}, with generated samples: {len(generated)}")
    print(f"aiwarden key formats (rules): {len(RULES)}")
    misses: list[str] = []
    hit_files: set[str] = set()
    literal = {stem: pos for stem, (pos, _) in corpus.items() if pos}
    _table("gitleaks' examples written out", literal, "positives found", lambda t: t, misses, hit_files)
    neg = [t for _, n in corpus.values() for t in n]
    flagged = sum(bool(find_secrets(t)) for t in neg)
    print(f"\ngitleaks' negatives flagged: {flagged}/{len(neg)} ({100 * flagged / max(1, len(neg)):.1f}%)")
    # gitleaks' generated samples: a format with a literal head bare in a sentence (whether the
    # format is known), one without in the sample's own context ("<name>_api_token = …")
    _table(
        "gitleaks' generated samples (its classes and lengths; bare when prefixed)",
        generated,
        "samples found",
        lambda v: v if v.endswith('"') else f"The token is {v} for now.",
        misses,
        hit_files,
    )
    every = set(literal) | set(generated)
    print(f"\ngitleaks rule files with one example found: {len(hit_files)}/{len(every)}")
    print("\n| benign set | texts | changed |")
    print("| --- | --- | --- |")
    changed_all = texts_all = 0
    for name, texts in benign().items():
        changed = sum(_redact(t) != t for t in texts)
        changed_all += changed
        texts_all += len(texts)
        print(f"| {name} | {len(texts)} | {changed} ({100 * changed / len(texts):.2f}%) |")
    print(f"| all | {texts_all} | {changed_all} ({100 * changed_all / texts_all:.2f}%) |")
    if args.list_misses:
        print("\nmissed:", *misses, sep="\n  ")


if __name__ == "__main__":
    main()

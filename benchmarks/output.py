"""Output filtering throughput: whole answer vs streamed in small chunks, and Presidio's patterns.

    python benchmarks/output.py [--kib 512] [--chunks 4,16,64,256] [--repeat 3] [--clock wall|cpu]

The answer is real prose (``corpus.py``: CPython's documentation, package READMEs, the benign
eval prompts, in distinct windows cut at sentence ends; before session 8 the filler was one
repeated sentence, ~70% of the text) with PII and the odd credential mixed in (the sentences of
the public presidio sample set when it is there, otherwise generated), about 30% of the
pieces. Presidio is also timed on the Presidio sentences alone (the PII-bearing part). Our side is the full output chain
(secrets → PII redaction → markdown links); "streamed" feeds the same text in chunks of N
characters through a fresh chain. Presidio runs its pattern recognizers (and the
phonenumbers-based phone one) for the same six PII kinds (email, phone, credit card, IBAN, US
SSN, IP) with its ``NoOpNlpEngine`` — no spaCy model — on the same text. Best of ``--repeat``
runs; wall time by default, so run it on a quiet machine, or ``--clock cpu`` (this thread's CPU
time, which other processes on a loaded machine do not inflate; the chain runs in this thread).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from collections.abc import Callable

from corpus import EVAL, windows

from aiwarden.output.settings import OutputPolicy
from aiwarden.scanners.html import HtmlFilter
from aiwarden.scanners.pii import PIIFilter
from aiwarden.scanners.secrets import SecretFilter
from aiwarden.streaming import FilterChain

SAMPLE = EVAL / "presidio_synth_dataset_v2.json"
EXTRAS = [
    "Mail me at jane.doe@example.com.",
    "Card 4111 1111 1111 1111 was charged.",
    "Server at 10.20.30.40 answered.",
    "Call +1 415-555-0132 after 5pm.",
    "See ![chart](https://cdn.example.net/c.png) for details.",
]


def rows() -> list[str]:
    """The Presidio sample set's sentences (the PII-bearing part), or a few generated ones."""
    try:
        return [r["full_text"] for r in json.loads(SAMPLE.read_text())]
    except OSError:
        return EXTRAS


def _prose_pieces(kib: int) -> list[str]:
    """Real prose in pieces of one to three sentences (distinct 2 KB windows of corpus.py, cut at
    a full stop), so no piece of the filler repeats."""
    out: list[str] = []
    for w in windows(2048, kib // 2 + 2, seed=11):
        for chunk in w.replace("\n\n", ". ").split(". "):
            if len(chunk) > 40:
                out.append(chunk.strip() + ".")
    return out


def answer(kib: int) -> str:
    rng = random.Random(5)
    sample = rows()
    prose = _prose_pieces(kib)
    parts: list[str] = []
    size = 0
    k = 0
    while size < kib * 1024:
        if rng.random() < 0.3:
            piece = rng.choice(sample)
        else:
            piece = prose[k % len(prose)]
            k += 1
        if rng.random() < 0.05:
            piece = rng.choice(EXTRAS)
        parts.append(piece)
        size += len(piece) + 1
    return "\n".join(parts)


def presidio_text(kib: int) -> str:
    """The Presidio sentences alone, ``kib`` KB of them in a seeded order."""
    rng = random.Random(6)
    sample = rows()
    parts: list[str] = []
    size = 0
    while size < kib * 1024:
        piece = rng.choice(sample)
        parts.append(piece)
        size += len(piece) + 1
    return "\n".join(parts)


DEFAULTS = OutputPolicy()


def chain(coalesce: bool = True) -> FilterChain:
    """The chain a stream gets under the default policy in the Starlette adapter (``coalesce=False``:
    every piece on arrival, as in the Django and Flask adapters)."""
    filters = [SecretFilter(action="redact"), PIIFilter(), HtmlFilter(escape_html=False)]
    if not coalesce:
        return FilterChain(filters)
    return FilterChain(filters, DEFAULTS.coalesce_chars, DEFAULTS.coalesce_ms / 1000)


class Passthrough:
    """No filtering: what the loop feeding the pieces costs by itself."""

    def feed(self, text: str) -> str:
        return text

    def flush(self) -> str:
        return ""


def whole(text: str) -> str:
    c = chain()
    return c.feed(text) + c.flush()


def streamed(text: str, size: int, make=chain) -> str:  # type: ignore[no-untyped-def]
    c = make()
    out = [c.feed(text[i : i + size]) for i in range(0, len(text), size)]
    out.append(c.flush())
    return "".join(out)


#: the clock ``timed`` and ``best`` read: wall time (the default) or, with ``--clock cpu``, this
#: thread's CPU time
_CLOCK: list[Callable[[], float]] = [time.perf_counter]


def timed(fn) -> float:  # type: ignore[no-untyped-def]
    clock = _CLOCK[0]
    t = clock()
    fn()
    return clock() - t


def best(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    return min(timed(fn) for _ in range(repeat))


def presidio_analyzer():  # type: ignore[no-untyped-def]
    import tldextract
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NoOpNlpEngine

    # Presidio's email check asks tldextract, which would download the public suffix list: use
    # the snapshot tldextract ships instead (no network at run time).
    tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=())

    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"])
    wanted = {"EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS"}
    # Its pattern-based recognizers for the six kinds (PhoneRecognizer uses the phonenumbers
    # library, not a model); no NLP recognizer.
    registry.recognizers = [
        r
        for r in registry.recognizers
        if wanted & set(r.supported_entities) and "Spacy" not in type(r).__name__ and "Ner" not in type(r).__name__
    ]
    engine = AnalyzerEngine(
        registry=registry,
        nlp_engine=NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "none"}]),
        supported_languages=["en"],
    )
    return engine, sorted(wanted), sorted({type(r).__name__ for r in registry.recognizers})


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kib", type=int, default=512)
    parser.add_argument("--chunks", default="4,16,64,256")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--clock",
        choices=("wall", "cpu"),
        default="wall",
        help="wall: time.perf_counter; cpu: time.thread_time (repeatable on a loaded machine)",
    )
    args = parser.parse_args()
    _CLOCK[0] = time.thread_time if args.clock == "cpu" else time.perf_counter
    text = answer(args.kib)
    mb = len(text.encode()) / 1e6
    expected = whole(text)
    t_whole = best(lambda: whole(text), args.repeat)
    print(f"answer: {mb:.2f} MB, {len(text)} characters; clock: {args.clock}")
    print(f"whole                   : {mb / t_whole:8.2f} MB/s  ({t_whole * 1000:.1f} ms)")
    print(
        "streamed: coalesced as under the default policy in the Starlette adapter "
        f"(coalesce_ms={DEFAULTS.coalesce_ms}, coalesce_chars={DEFAULTS.coalesce_chars}); "
        "'per piece' filters every piece on arrival (coalesce_ms=0; Django and Flask by default)"
    )
    print("'loop' is the feeding loop alone (slicing and one call per piece, no filtering), measured here too")
    print(
        "ratios are medians over --repeat rounds of (whole, loop, streamed) timed back to back, so a "
        "machine whose speed drifts during the run does not skew them"
    )
    for size in (int(s) for s in args.chunks.split(",")):
        pieces = -(-len(text) // size)
        for label, make in (("coalesced", chain), ("per piece", lambda: chain(False))):
            assert streamed(text, size, make) == expected, "streamed output differs from whole-text output"
            rounds = [
                (
                    timed(lambda: whole(text)),
                    timed(lambda size=size: streamed(text, size, Passthrough)),
                    timed(lambda size=size, make=make: streamed(text, size, make)),
                )
                for _ in range(args.repeat)
            ]
            ratio = statistics.median(t / w for w, _, t in rounds)
            bare = statistics.median((t - loop) / w for w, loop, t in rounds)
            t = min(t for _, _, t in rounds)
            print(
                f"streamed {size:>4} ch, {label:9}: {mb / t:8.2f} MB/s  ({t * 1000:.1f} ms, {ratio:.2f}x whole; "
                f"without the loop {bare:.2f}x; +{(t - t_whole) / pieces * 1e6:.2f} us per piece)"
            )
        loop_ratio = statistics.median(loop / w for w, loop, _ in rounds)
        print(f"streamed {size:>4} ch, loop     : {loop_ratio:.2f}x whole")
    try:
        engine, entities, recognizers = presidio_analyzer()
    except ImportError:
        print("presidio-analyzer not installed (pip install presidio-analyzer, the 'bench' group)")
        return
    engine.analyze(text="warm up: a@b.com", language="en", entities=entities)  # one-time set-up off the clock
    t_p = best(lambda: engine.analyze(text=text, language="en", entities=entities), max(1, args.repeat - 1))
    print(f"presidio patterns       : {mb / t_p:8.2f} MB/s  ({t_p * 1000:.1f} ms; {', '.join(recognizers)})")
    print(f"ratio (presidio / aiwarden whole): {t_p / t_whole:.1f}x  (target: aiwarden >= 10x faster)")
    # the PII-bearing part alone: Presidio's own sentences, where every recognizer has work
    rows_text = presidio_text(args.kib)
    rmb = len(rows_text.encode()) / 1e6
    t_ours = best(lambda: whole(rows_text), args.repeat)
    t_theirs = best(lambda: engine.analyze(text=rows_text, language="en", entities=entities), max(1, args.repeat - 1))
    print(
        f"presidio sentences alone ({rmb:.2f} MB): aiwarden {rmb / t_ours:.2f} MB/s, "
        f"presidio {rmb / t_theirs:.2f} MB/s, ratio {t_theirs / t_ours:.1f}x"
    )


if __name__ == "__main__":
    main()

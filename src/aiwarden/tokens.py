"""Token counting with tiktoken, offline, exact for OpenAI's models.

tiktoken downloads encoding files on first use; production machines often cannot, and aiwarden
never does. The wheel ships the official ``o200k_base``, ``cl100k_base``, ``p50k_base`` and
``r50k_base`` rank files (``aiwarden/data``, 3.2 MB gzipped), each checked at load against the
SHA-256 that tiktoken's own constructor expects, so a plain install counts every OpenAI model
exactly. Which encoding a model gets (:func:`encoding_for_model`):

1. a pattern registered with :func:`register_model` (``register_model("llama3*", "cl100k_base")``);
2. OpenAI's model families (``gpt-4o``, ``gpt-4.1``, ``gpt-5``, ``o1``/``o3``/``o4``, ``gpt-oss`` →
   ``o200k_base``; ``gpt-4``, ``gpt-3.5``, embeddings → ``cl100k_base``), then tiktoken's own table
   (legacy ``davinci``/``ada``… → ``p50k_base``/``r50k_base``);
3. a model genai-prices knows: OpenAI's (and Azure's) newer models → ``o200k_base``; another vendor's
   (Claude, Gemini, Mistral, DeepSeek…) → ``cl100k_base`` as an *estimate* — their tokenizers are not
   public or not shipped; see docs/input.md for how far off it runs;
4. anything else — a model no table knows, or none named — is counted with the byte bound
   (``utf8-bytes``): a byte-level BPE token is at least one UTF-8 byte, so it never undercounts, but
   runs ~4× high on English. A warning names the model once and the fix (:func:`register_model`).

Any other encoding tiktoken can load comes from ``TIKTOKEN_CACHE_DIR`` or a local file registered
with :func:`register_encoding_file`. An encoding that cannot be loaded is counted with the byte
bound too, with a warning. We never fail open.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Iterable
from fnmatch import fnmatchcase
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

log = logging.getLogger("aiwarden.tokens")

__all__ = [
    "BYTE_BOUND",
    "Counter",
    "count_messages",
    "count_request_text",
    "count_tokens",
    "encoding_for_model",
    "is_estimate",
    "register_encoding_file",
    "register_model",
]

# Per-message framing overhead of the chat format (OpenAI's documented 3 + 1 for the role).
MESSAGE_OVERHEAD = 4
REPLY_PRIMER = 3

#: The pseudo-encoding of models no table knows: one token per UTF-8 byte.
BYTE_BOUND = "utf8-bytes"

_DATA = Path(__file__).parent / "data"
# Encodings that share another's rank file (tiktoken's constructors for them load that file).
_RANKS_OF = {"o200k_harmony": "o200k_base", "p50k_edit": "p50k_base"}
# gpt2's ranks are r50k_base's; tiktoken builds gpt2 from other files we do not ship.
_ALIASES = {"gpt2": "r50k_base"}

# OpenAI's families, newest first where prefixes overlap ("gpt-4o" before "gpt-4"). Kept here, not
# only in tiktoken's table, so an older tiktoken still counts newer models exactly.
_OPENAI_PREFIXES: tuple[tuple[str, str], ...] = (
    ("gpt-4o", "o200k_base"),
    ("gpt-4.1", "o200k_base"),
    ("gpt-4.5", "o200k_base"),
    ("gpt-5", "o200k_base"),
    ("gpt-oss", "o200k_base"),  # o200k_harmony: the same ranks, specials are never parsed from user text
    ("chatgpt-4o", "o200k_base"),
    ("o1", "o200k_base"),
    ("o3", "o200k_base"),
    ("o4", "o200k_base"),
    ("ft:gpt-4o", "o200k_base"),
    ("gpt-4", "cl100k_base"),
    ("gpt-3.5", "cl100k_base"),
    ("gpt-35", "cl100k_base"),
    ("ft:gpt-4", "cl100k_base"),
    ("ft:gpt-3.5", "cl100k_base"),
    ("text-embedding-3", "cl100k_base"),
    ("text-embedding-ada-002", "cl100k_base"),
)
_OPENAI_PROVIDERS = ("openai", "azure")


class Counter(Protocol):
    name: str

    def count(self, text: str) -> int: ...


class _Tiktoken:
    def __init__(self, name: str, enc: object) -> None:
        self.name = name
        self._enc = enc

    def count(self, text: str) -> int:
        # disallowed_special=() : user text containing "<|endoftext|>" is counted, not rejected
        return len(self._enc.encode(text, disallowed_special=()))  # type: ignore[attr-defined]


class ByteBound:
    """Upper bound for any byte-level BPE: one token per UTF-8 byte."""

    name = BYTE_BOUND

    def count(self, text: str) -> int:
        return len(text.encode("utf-8", errors="surrogatepass"))


_lock = threading.Lock()
_BYTES = ByteBound()
_counters: dict[str, Counter] = {}
_files: dict[str, str] = {}
_models: list[tuple[str, str]] = []
_warned: set[str] = set()
_MAX_WARNED = 256  # model names come from clients: remember a bounded number of warnings


def register_encoding_file(name: str, path: str) -> None:
    """Serve encoding ``name`` (e.g. ``o200k_base``) from a local ``.tiktoken`` file."""
    with _lock:
        _files[name] = path
        _counters.pop(name, None)
    _COUNTS.clear()  # counts made with the encoding's earlier ranks


def register_model(pattern: str, encoding: str) -> None:
    """Count models matching ``pattern`` (a glob, ``"llama3*"``) with ``encoding``.

    For a self-hosted or new model no table knows (counted with the byte bound otherwise), name
    the encoding its tokenizer is closest to — ``"cl100k_base"`` or ``"o200k_base"`` — or
    ``"utf8-bytes"`` to keep the bound. Registered patterns are tried first, in order.

        >>> register_model("my-llama-*", "cl100k_base")
        >>> encoding_for_model("my-llama-8b")
        'cl100k_base'
    """
    with _lock:
        _models.insert(0, (pattern.lower(), encoding))
    _lookup.cache_clear()


def _load(name: str) -> Counter:
    import tiktoken

    name = _ALIASES.get(name, name)
    path = _files.get(name) or _bundled_file(_RANKS_OF.get(name, name))
    if path is not None:
        return _Tiktoken(name, tiktoken.Encoding(**_spec_from_file(name, path)))
    if not os.environ.get("TIKTOKEN_CACHE_DIR") and not os.environ.get("DATA_GYM_CACHE_DIR"):
        # Without a cache directory tiktoken would try to download; refuse rather than hang.
        raise LookupError(
            f"encoding {name} is not shipped with aiwarden; register its file with "
            "aiwarden.tokens.register_encoding_file() or set TIKTOKEN_CACHE_DIR"
        )
    return _Tiktoken(name, tiktoken.get_encoding(name))


def _spec_from_file(name: str, path: str) -> dict[str, Any]:
    """tiktoken's own constructor for ``name``, reading ranks from ``path`` (plain or ``.gz``).

    The file is checked against the SHA-256 that tiktoken's constructor expects, so a corrupt or
    different file is refused rather than silently miscounting.
    """
    import tiktoken_ext.openai_public as public

    constructor = public.ENCODING_CONSTRUCTORS[name]
    original = public.load_tiktoken_bpe

    def local(_url: str, expected_hash: str | None = None) -> dict[bytes, int]:
        with open(path, "rb") as fh:
            data = fh.read()
        if path.endswith(".gz"):
            data = gzip.decompress(data)
        if expected_hash and hashlib.sha256(data).hexdigest() != expected_hash:
            raise ValueError(f"{path} is not the official {name} file (hash mismatch)")
        return {
            base64.b64decode(token): int(rank) for token, rank in (line.split() for line in data.splitlines() if line)
        }

    # The constructor names its download URL; for the duration of this call (under _lock, at
    # first use only) it reads the local file instead.
    public.load_tiktoken_bpe = local
    try:
        return constructor()  # type: ignore[no-any-return]
    finally:
        public.load_tiktoken_bpe = original


def _bundled_file(name: str) -> str | None:
    """The rank file of ``name`` shipped in ``aiwarden/data``, if any."""
    candidate = _DATA / f"{name}.tiktoken.gz"
    return str(candidate) if candidate.is_file() else None


def counter(encoding: str) -> Counter:
    if encoding == BYTE_BOUND:
        return _BYTES
    c = _counters.get(encoding)
    if c is not None:
        return c
    with _lock:
        c = _counters.get(encoding)
        if c is None:
            try:
                c = _load(encoding)
            except Exception as exc:  # any loading failure means: count conservatively
                if encoding not in _warned:
                    _warned.add(encoding)
                    log.warning(
                        "tiktoken encoding %s cannot be loaded offline (%s); counting UTF-8 bytes as a "
                        "conservative upper bound (~4x the tokens of English text). Fix: "
                        "aiwarden.tokens.register_encoding_file(%r, '/path/to/%s.tiktoken') at start-up.",
                        encoding,
                        exc,
                        encoding,
                        encoding,
                    )
                c = _BYTES
            _counters[encoding] = c
    return c


def warm(models: Iterable[str] = ("*",)) -> None:
    """Load, now, the encodings that ``models`` (names or globs; ``*``: any) are counted with, so that
    no request loads one: reading a rank file takes ~0.4 s (seconds on a busy machine), and a
    request that did it would hold its event loop that long. The Warden calls this at start-up with
    its tiers' models.

        >>> warm(["gpt-4o-mini"]); "o200k_base" in _counters
        True
    """
    names = {m.strip().lower() for m in models}
    if not names or any(c in m for m in names for c in "*?["):
        encodings = {"o200k_base", "cl100k_base"}  # OpenAI's current and previous; other vendors' estimate
        try:
            import tiktoken.model  # noqa: F401  # names no table knows are looked up there
        except ImportError:
            pass
    else:
        encodings = {encoding_for_model(m) for m in names}
    for encoding in sorted(encodings):
        counter(encoding)


def encoding_for_model(model: str | None) -> str:
    """The encoding counting ``model``'s text; :data:`BYTE_BOUND` when no table knows the model."""
    return _lookup((model or "").strip().lower())[0]


def is_estimate(model: str | None) -> bool:
    """True when ``model`` is not counted with its own tokenizer (another vendor's model, an unknown one)."""
    return not _lookup((model or "").strip().lower())[1]


@lru_cache(maxsize=4096)  # model names come from clients: bounded
def _lookup(m: str) -> tuple[str, bool]:
    """``(encoding, exact)`` for the lower-cased model name ``m``."""
    for pattern, encoding in _models:
        if fnmatchcase(m, pattern):
            return encoding, encoding != BYTE_BOUND
    if not m:
        return _unknown(m), False
    for prefix, encoding in _OPENAI_PREFIXES:
        if m.startswith(prefix):
            return encoding, True
    try:
        import tiktoken.model

        return tiktoken.model.encoding_name_for_model(m), True
    except (KeyError, ImportError):
        pass
    provider = _provider(m)
    if provider in _OPENAI_PROVIDERS:
        return "o200k_base", True  # an OpenAI model newer than the tables above: its current encoding
    if provider is not None:
        return "cl100k_base", False  # another vendor's model: an estimate (docs/input.md)
    return _unknown(m), False


@lru_cache(maxsize=4096)
def _provider(m: str) -> str | None:
    """The provider genai-prices lists ``m`` under, or None when it does not know the model."""
    try:
        from genai_prices import data, data_snapshot

        try:
            return data_snapshot.get_snapshot().find_provider_model(m, None, None, None)[0].id
        except LookupError:
            # Models without a provider-level name match (chatgpt-image-latest, moderation):
            # asked of OpenAI's own lists only, a cheap scan.
            for provider in data.providers:
                if provider.id in _OPENAI_PROVIDERS and provider.find_model(m) is not None:
                    return provider.id
            return None
    except Exception:  # a broken price table: treat the model as unknown
        log.exception("genai-prices failed to look model %r up", m)
        return None


def _unknown(m: str) -> str:
    if len(_warned) < _MAX_WARNED and m not in _warned:
        _warned.add(m)
        if m:
            fix = (
                "name the encoding its tokenizer is nearest to at start-up: "
                f"aiwarden.tokens.register_model({m!r}, 'cl100k_base')"
            )
        else:
            fix = "name the model in the request (the route's format reads it), or count another way"
        log.warning(
            "no tokenizer is known for model %r; its input is counted as UTF-8 bytes, an upper bound "
            "(~4x the tokens of English text). To count it closer, %s",
            m or None,
            fix,
        )
    return BYTE_BOUND


def count_tokens(text: str, model: str | None = None) -> int:
    return counter(encoding_for_model(model)).count(text)


class _Counts:
    """Counts of long request texts, shared by the requests of a process. A chat client sends the
    whole conversation with every turn, and a route its system prompt: each long text is counted
    once, not at every turn (~0.25 ms of CPU per 1k tokens). The texts themselves are not kept —
    a prompt must not outlive its request in the guard's memory — only a keyed BLAKE2b digest of
    each (16 bytes, a key drawn per process, so nobody can aim a collision at it). Bounded by
    entries, least recently used first out."""

    def __init__(self, max_entries: int = 65_536) -> None:
        self.max_entries = max_entries
        self._key = os.urandom(16)
        self._counts: OrderedDict[tuple[str, bytes], int] = OrderedDict()
        self._lock = threading.Lock()

    def digest(self, text: str) -> bytes:
        return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16, key=self._key).digest()

    def get(self, key: tuple[str, bytes]) -> int | None:
        with self._lock:
            n = self._counts.get(key)
            if n is not None:
                self._counts.move_to_end(key)
            return n

    def put(self, key: tuple[str, bytes], n: int) -> None:
        with self._lock:
            self._counts[key] = n
            self._counts.move_to_end(key)
            while len(self._counts) > self.max_entries:
                self._counts.popitem(last=False)

    def __len__(self) -> int:
        return len(self._counts)

    def clear(self) -> None:
        with self._lock:
            self._counts.clear()


_COUNTS = _Counts()
#: Shorter texts are counted every time (as cheap as looking them up).
_CACHED_FROM = 256


def count_request_text(text: str, model: str | None = None) -> int:
    """:func:`count_tokens` for the texts of a request, remembered across requests by digest (see :class:`_Counts`)."""
    encoding = encoding_for_model(model)
    if len(text) < _CACHED_FROM or encoding == BYTE_BOUND:
        return counter(encoding).count(text)
    key = (encoding, _COUNTS.digest(text))
    n = _COUNTS.get(key)
    if n is None:
        n = counter(encoding).count(text)
        _COUNTS.put(key, n)
    return n


def count_messages(texts: Iterable[str], model: str | None = None) -> int:
    c = counter(encoding_for_model(model))
    total = REPLY_PRIMER
    for text in texts:
        total += MESSAGE_OVERHEAD + c.count(text)
    return total

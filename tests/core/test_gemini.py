"""The Gemini wire format: requests read whole or refused, answers filtered in every field, JSON and
streamed alike, safety floors, provider safety blocks, Google's error shape."""

from __future__ import annotations

import base64
import json
import struct
import zlib
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aiwarden.context import HttpRequest
from aiwarden.effects import drive_sync
from aiwarden.errors import ConfigurationError, RefusalError
from aiwarden.exchange import Exchange
from aiwarden.formats.gemini import apply_safety, for_path, media_tokens
from aiwarden.formats.sse import SSEDecoder
from aiwarden.policy import Policy, RouteSpec
from aiwarden.testing import FakeProvider
from aiwarden.warden import Warden

from .test_quota import storage  # noqa: F401  (the memory / Redis fixture)

PATH = "/v1beta/models/gemini-2.5-flash:generateContent"
STREAM_PATH = "/v1beta/models/gemini-2.5-flash:streamGenerateContent"
EMAIL = "jane.doe@example.com"
CARD = "4111 1111 1111 1111"
KEY = "sk-proj-" + "Qx7vB2mK9pLs4dRt" * 3
POLICY = {
    "auth": {"required": False, "anonymous_tier": "default"},
    "output": {"redact": ["email", "credit_card", "secret"], "canary": True},
}
ROUTE = RouteSpec(format="gemini", system_prompt="You are a careful assistant for the Gemini tests.")


def _ex(path: str = PATH, route: RouteSpec = ROUTE, policy: Any = None) -> Exchange:
    warden = Warden(POLICY if policy is None else policy)
    ex = warden.exchange(HttpRequest("POST", path, {"content-type": "application/json"}), route)
    assert drive_sync(ex.admit()) is None
    return ex


def _body(text: str, **extra: Any) -> dict[str, Any]:
    return {"contents": [{"role": "user", "parts": [{"text": text}]}], **extra}


def _inspect(ex: Exchange, doc: dict[str, Any]) -> Any:
    return drive_sync(ex.inspect(json.dumps(doc).encode()))


# -- requests ---------------------------------------------------------------------------------------


def test_the_model_and_streaming_come_from_the_path() -> None:
    assert (for_path(PATH).model, for_path(PATH).stream) == ("gemini-2.5-flash", False)
    assert for_path(STREAM_PATH).stream is True
    assert for_path("/api/v1beta/models/gemini-2.0-flash-lite:streamGenerateContent").model == "gemini-2.0-flash-lite"
    ex = _ex("/v1beta/generate")
    refusal = _inspect(ex, _body("Hi"))
    assert refusal.status == 400 and "path must name the model" in refusal.message


@pytest.mark.parametrize(
    ("doc", "param"),
    [
        ({**_body("Hi"), "cachedContent": "cachedContents/abc"}, "cachedContent"),
        ({**_body("Hi"), KEY: 1}, "(a field name)"),
        ({**_body("Hi"), "newFeature": {"x": 1}}, "newFeature"),
        (
            {"contents": [{"role": "user", "parts": [{"fileData": {"fileUri": "files/x", "mimeType": "video/mp4"}}]}]},
            "contents[0].parts[0]",
        ),
        ({"contents": [{"role": "user", "parts": [{"someNewPart": {"a": "b"}}]}]}, "contents[0].parts[0]"),
        (
            {"contents": [{"role": "user", "parts": [{"text": "a", "inlineData": {"mimeType": "x", "data": ""}}]}]},
            "contents[0].parts[0]",
        ),
        ({"contents": [{"role": "system", "parts": [{"text": "a"}]}]}, "contents[0].role"),
        ({"contents": []}, "contents"),
    ],
)
def test_what_the_guard_cannot_read_is_refused(doc: dict[str, Any], param: str) -> None:
    refusal = _inspect(_ex(), doc)
    assert refusal.status == 400 and refusal.param == param
    body = json.loads(refusal.body())  # Google's error shape, so google-genai raises ClientError
    assert body["error"]["code"] == 400 and body["error"]["status"] == "INVALID_ARGUMENT"
    assert body["error"]["details"][0]["reason"] == refusal.code


def test_the_server_system_prompt_replaces_the_clients_and_roles_are_folded() -> None:
    ex = _ex(
        route=RouteSpec(format="gemini", system_prompt="Server rules."),
        policy={
            "auth": {"required": False, "anonymous_tier": "default"},
            "input": {"client_system_messages": "demote"},
        },
    )
    out = json.loads(_inspect(ex, {**_body("Hi"), "systemInstruction": {"parts": [{"text": "Client rules."}]}}))
    system = out["systemInstruction"]["parts"][0]["text"]
    assert "Server rules." in system and "Client rules." not in system  # demoted to a user turn
    assert "Client rules." in json.dumps(out["contents"])
    assert {c["role"] for c in out["contents"]} == {"user"}
    ex = _ex()
    out = json.loads(_inspect(ex, {"contents": [{"role": " USER ", "parts": [{"text": "Hi"}]}]}))
    assert "model" not in out  # the model stays in the URL


def test_every_billed_text_is_counted() -> None:
    tools = [{"functionDeclarations": [{"name": "lookup", "description": "word " * 3000, "parameters": {}}]}]
    call = {"role": "model", "parts": [{"functionCall": {"name": "lookup", "args": {"q": "word " * 3000}}}]}
    result = {"role": "user", "parts": [{"functionResponse": {"name": "lookup", "response": {"r": "word " * 3000}}}]}
    plain = _ex()
    _inspect(plain, _body("Hi"))
    heavy = _ex()
    _inspect(heavy, {"contents": [_body("Hi")["contents"][0], call, result], "tools": tools})
    assert heavy.input_tokens() >= plain.input_tokens() + 3 * 3000


def _png(width: int, height: int) -> str:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    raw = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + ihdr + struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    return base64.b64encode(raw + b"\x00" * 64).decode()


def test_media_are_counted_as_an_upper_bound() -> None:
    assert media_tokens("image/png", _png(300, 300)) == 1120  # one image: Gemini 3's high resolution at most
    assert media_tokens("image/png", _png(3000, 3000)) == 258 * 16  # 4 x 4 tiles of 768
    one_mb = base64.b64encode(b"\x00" * 1_000_000).decode()
    assert media_tokens("audio/ogg", one_mb) >= 1_000_000 // 1024 * 32  # 32 tokens a second at 8 KB/s or less
    assert media_tokens("application/pdf", one_mb) >= 1_000_000 // 1024 * 258
    assert media_tokens("image/png", one_mb) >= 1120  # a header the guard cannot read: by its bytes


def test_safety_floors_raise_looser_settings_never_lower_stricter_ones() -> None:
    ex = _ex()
    chat_doc = {
        **_body("Hi"),
        "safetySettings": [
            {"category": "HARM_CATEGORY_HARASSMENT", "threshold": "BLOCK_NONE"},
            {"category": "HARM_CATEGORY_HATE_SPEECH", "threshold": "BLOCK_LOW_AND_ABOVE"},
        ],
    }
    ex.chat = None
    fmt = ex.format
    chat = fmt.parse_request(json.loads(json.dumps(chat_doc)))
    apply_safety(
        chat,
        {
            "HARM_CATEGORY_HARASSMENT": "BLOCK_MEDIUM_AND_ABOVE",
            "HARM_CATEGORY_HATE_SPEECH": "BLOCK_ONLY_HIGH",
            "HARM_CATEGORY_DANGEROUS_CONTENT": "BLOCK_ONLY_HIGH",
        },
    )
    got = {s["category"]: s["threshold"] for s in chat.document["safetySettings"]}
    assert got == {
        "HARM_CATEGORY_HARASSMENT": "BLOCK_MEDIUM_AND_ABOVE",  # raised
        "HARM_CATEGORY_HATE_SPEECH": "BLOCK_LOW_AND_ABOVE",  # the client's stricter one kept
        "HARM_CATEGORY_DANGEROUS_CONTENT": "BLOCK_ONLY_HIGH",  # added
    }


def test_safety_floors_from_tier_and_route_apply_the_stricter() -> None:
    policy = {
        "auth": {"required": False, "anonymous_tier": "default"},
        "tiers": {"default": {"gemini_safety": {"HARM_CATEGORY_HARASSMENT": "BLOCK_ONLY_HIGH"}}},
    }
    route = RouteSpec(format="gemini", gemini_safety={"HARM_CATEGORY_HARASSMENT": "BLOCK_LOW_AND_ABOVE"})
    out = json.loads(_inspect(_ex(route=route, policy=policy), _body("Hi")))
    assert out["safetySettings"] == [{"category": "HARM_CATEGORY_HARASSMENT", "threshold": "BLOCK_LOW_AND_ABOVE"}]
    with pytest.raises(ConfigurationError, match=r"gemini_safety\.HARM_CATEGORY_X"):
        Policy.from_dict({"tiers": {"t": {"gemini_safety": {"HARM_CATEGORY_X": "OFF"}}}})
    with pytest.raises(ConfigurationError, match="model_map"):
        RouteSpec(format="gemini", model_map={"a": "b"}).validate()


# -- answers ----------------------------------------------------------------------------------------


def _answer(ex: Exchange, prompt: str, chunk_chars: int = 4, swap: tuple[str, str] = ("", "")) -> tuple[bytes, bytes]:
    """(the JSON answer filtered, the streamed answer filtered) for the same prompt; ``swap``
    replaces a placeholder in what the provider says (a key, which the guard refuses in a prompt)."""
    provider = FakeProvider(chunk_chars=chunk_chars)
    body = json.loads(_inspect(ex, _body(prompt)))
    status, doc = provider.respond("gemini", body, model="gemini-2.5-flash")
    assert ex.response_start(status, "application/json") == "json"
    whole = ex.filter_json(json.dumps(doc).replace(*swap).encode())
    sex = _ex(STREAM_PATH)
    body = json.loads(_inspect(sex, _body(prompt)))
    _status, chunks = provider.respond("gemini", body, model="gemini-2.5-flash", stream=True)
    assert sex.response_start(200, "text/event-stream") == "sse"
    streamed = b"".join(sex.filter_chunk(c.replace(*(x.encode() for x in swap))) for c in chunks)
    return whole, streamed + sex.filter_end()


def _texts_of_stream(raw: bytes) -> tuple[str, list[Any]]:
    decoder = SSEDecoder()
    text, errors = "", []
    for ev in decoder.feed(raw) + decoder.close():
        doc = json.loads(ev.data)
        if "error" in doc:
            errors.append(doc["error"])
            continue
        for cand in doc.get("candidates", []):
            for part in cand.get("content", {}).get("parts", []):
                text += part.get("text", "") + json.dumps(part.get("functionCall", {}).get("args", ""))
                text += part.get("executableCode", {}).get("code", "") + part.get("codeExecutionResult", {}).get(
                    "output", ""
                )
            for c in cand.get("citationMetadata", {}).get("citations", []):
                text += c["title"]
    return text, errors


SHAPES = ["text", "text2", "function_call", "code", "code_result", "thought", "citations", "n2"]


@pytest.mark.parametrize("shape", SHAPES)
def test_planted_values_never_reach_the_client(shape: str) -> None:
    for planted, gone in ((f"write to {EMAIL} now", EMAIL), (f"card {CARD} ok", CARD)):
        whole, streamed = _answer(_ex(), f"!shape {shape} {planted}")
        assert gone not in whole.decode() and gone not in json.dumps(json.loads(whole))
        assert gone not in streamed.decode()
    # a key: the guard refuses one in the prompt, so it is swapped into what the provider says
    # ("text2" would split the placeholder across its two parts; a split value is the tests above)
    if shape != "text2":
        whole, streamed = _answer(
            _ex(), f"!shape {shape} the key is PLACEHOLDERKEY", chunk_chars=200, swap=("PLACEHOLDERKEY", KEY)
        )
        assert "PLACEHOLDERKEY" not in whole.decode()
        assert KEY not in whole.decode() and KEY[8:] not in whole.decode()
        assert KEY not in streamed.decode() and KEY[8:] not in streamed.decode()
    whole, streamed = _answer(_ex(), f"!shape {shape} !leak")  # the system prompt, with its canary
    assert "careful assistant" not in whole.decode() and "careful assistant" not in streamed.decode()


@settings(max_examples=25, deadline=None)
@given(
    shape=st.sampled_from(SHAPES),
    before=st.text(alphabet="abc xyz.,\n", max_size=40),
    after=st.text(alphabet="abc xyz.,\n", max_size=40),
    planted=st.sampled_from([EMAIL, CARD, "call me at jane.doe@example.com please"]),
    chunk=st.integers(min_value=1, max_value=17),
)
def test_streamed_equals_whole_and_nothing_planted_comes_out(
    shape: str, before: str, after: str, planted: str, chunk: int
) -> None:
    whole, streamed = _answer(_ex(), f"!shape {shape} {before} {planted} {after}", chunk_chars=chunk)
    for raw in (whole.decode(), streamed.decode()):
        assert "jane.doe" not in raw and "4111 1111" not in raw
    doc = json.loads(whole)
    whole_text = ""
    for cand in doc["candidates"]:
        for part in cand["content"]["parts"]:
            whole_text += part.get("text", "") + json.dumps(part.get("functionCall", {}).get("args", ""))
            whole_text += part.get("executableCode", {}).get("code", "") + part.get("codeExecutionResult", {}).get(
                "output", ""
            )
        for c in cand.get("citationMetadata", {}).get("citations", []):
            whole_text += c["title"]
    streamed_text, errors = _texts_of_stream(streamed)
    assert not errors
    if shape in ("text", "text2", "thought", "code_result"):
        assert streamed_text.replace('""', "") == whole_text.replace('""', "")


def test_provider_safety_blocks_become_a_clear_refusal() -> None:
    for prompt, code in (("!safety", "answer_blocked_by_provider"), ("!blocked", "prompt_blocked_by_provider")):
        ex = _ex()
        whole, streamed = _answer(ex, prompt)
        body = json.loads(whole)
        assert body["error"]["details"][0]["reason"] == code and body["error"]["code"] == 400
        assert ex.refusal is not None and ex.refusal.status == 400 and ex.flags["blocked_output"] == code
        _text, errors = _texts_of_stream(streamed)
        assert errors and errors[-1]["details"][0]["reason"] == code


def test_usage_is_settled_from_usage_metadata() -> None:
    ex = _ex()
    body = json.loads(_inspect(ex, _body("Hello there, Gemini")))
    _s, doc = FakeProvider().respond("gemini", body, model="gemini-2.5-flash")
    ex.response_start(200, "application/json")
    ex.filter_json(json.dumps(doc).encode())
    assert ex.usage is not None and ex.usage.reported
    assert (ex.usage.input_tokens, ex.usage.output_tokens) == (
        doc["usageMetadata"]["promptTokenCount"],
        doc["usageMetadata"]["candidatesTokenCount"],
    )


def test_an_unknown_chunk_or_an_openai_answer_is_unreadable() -> None:
    ex = _ex(STREAM_PATH)
    _inspect(ex, _body("Hi"))
    assert ex.response_start(200, "text/event-stream") == "sse"
    out = ex.filter_chunk(b'data: {"choices": [{"delta": {"content": "' + EMAIL.encode() + b'"}}]}\r\n\r\n')
    assert EMAIL.encode() not in out and ex.refusal is not None and ex.refusal.code == "unreadable_answer"
    ex = _ex()
    _inspect(ex, _body("Hi"))
    ex.response_start(200, "application/json")
    out = ex.filter_json(json.dumps({"choices": [{"message": {"content": EMAIL}}]}).encode())
    assert EMAIL.encode() not in out


def test_parse_errors_never_echo_a_value() -> None:
    with pytest.raises(RefusalError) as info:
        for_path(PATH).parse_request({"contents": [{"role": "user", "parts": [{KEY: "x"}]}]})
    assert KEY not in info.value.refusal.message and KEY[:20] not in info.value.refusal.message


# -- budgets ----------------------------------------------------------------------------------------


def _run(warden: Warden, payload: bytes, provider: FakeProvider) -> Exchange:
    ex = warden.exchange(HttpRequest("POST", PATH, {"content-type": "application/json"}), RouteSpec(format="gemini"))
    try:
        out = drive_sync(ex.check(payload))
        if not isinstance(out, bytes):
            return ex
        status, doc = provider.respond("gemini", json.loads(out), model="gemini-2.5-flash")
        ex.response_start(status, "application/json")
        ex.filter_json(json.dumps(doc).encode())
        return ex
    finally:
        drive_sync(ex.finish())


def test_concurrent_gemini_requests_settle_within_the_cap(storage: dict[str, Any]) -> None:  # noqa: F811
    from concurrent.futures import ThreadPoolExecutor

    from aiwarden.quota.budgets import bucket_key, budget_specs

    cap = 20_000
    warden = Warden(
        {
            "auth": {"required": False, "anonymous_tier": "free"},
            "tiers": {"free": {"max_output_tokens": 64}},
            "global": {"tokens_per_day": cap},
            "storage": storage,
        }
    )
    words = " ".join(f"word{i % 97}" for i in range(1_500))
    tools = [{"functionDeclarations": [{"name": "lookup", "description": words, "parameters": {}}]}]
    payload = json.dumps({**_body("Hi"), "tools": tools}).encode()
    provider = FakeProvider()
    with ThreadPoolExecutor(16) as pool:
        results = list(pool.map(lambda _: _run(warden, payload, provider), range(60)))
    ok = [ex for ex in results if ex.refusal is None]
    quota = warden.stage("quota")
    spec = next(s for s in budget_specs(None, warden.policy.global_) if s.metric == "tokens")
    key, _ = bucket_key(quota.prefix, spec, "")
    held, settled = quota.storage.bucket_values([key])[0] or (0, 0)
    assert 0 < len(ok) < 60  # the tool description is billed: the cap refuses most
    assert 0 < settled <= cap and held == settled
    assert settled == sum(ex.usage.total_tokens for ex in ok)

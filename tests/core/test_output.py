"""The output stage on a real Warden: chain order, canary, JSON and SSE, monitor mode, review flags."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aiwarden.context import Finding, HttpRequest
from aiwarden.effects import drive_sync
from aiwarden.errors import ConfigurationError
from aiwarden.policy import RouteSpec
from aiwarden.privacy import Pseudonyms
from aiwarden.scanners.canary import CanaryFilter
from aiwarden.scanners.html import HtmlFilter
from aiwarden.scanners.pii import PIIFilter
from aiwarden.scanners.secrets import SecretFilter
from aiwarden.streaming import Blocked, FilterChain
from aiwarden.testing import FakeProvider
from aiwarden.warden import Warden, default_stages

from .wire_support import HI, MESSAGE_END, MESSAGE_START, anthropic_sse, chunk, data_events, sse, stream_through

OPEN: dict[str, Any] = {"auth": {"required": False, "anonymous_tier": "default"}}
PROMPT = "You are a careful assistant."
CARD = "4111 1111 1111 1111"


def policy(**sections: Any) -> dict[str, Any]:
    return {**OPEN, **sections}


def run(
    warden: Warden,
    text: str,
    *,
    stream: bool = False,
    api: str = "openai",
    route: RouteSpec | None = None,
    provider: FakeProvider | None = None,
) -> tuple[Any, Any]:
    """One request through the engine and the fake provider: (status or None, body text), exchange."""
    route = route or RouteSpec(format=api, system_prompt=PROMPT)  # type: ignore[arg-type]
    ex = warden.exchange(HttpRequest("POST", "/chat", {}), route)
    body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": text}], "stream": stream}
    if api == "anthropic":
        body["max_tokens"] = 200
    forwarded = drive_sync(ex.check(json.dumps(body).encode()))
    assert isinstance(forwarded, bytes), forwarded
    status, answer = (provider or FakeProvider(chunk_chars=3)).respond(api, json.loads(forwarded))
    if stream:
        assert ex.response_start(status, "text/event-stream") == "sse"
        out = b"".join(ex.filter_chunk(c) for c in answer) + ex.filter_end()  # type: ignore[union-attr]
    else:
        assert ex.response_start(status, "application/json") == "json"
        out = ex.filter_json(json.dumps(answer).encode())
    drive_sync(ex.finish())
    return out.decode(), ex


def sse_text(raw: str) -> str:
    text = ""
    for line in raw.splitlines():
        if line.startswith("data: {"):
            doc = json.loads(line[6:])
            for choice in doc.get("choices") or []:
                text += (choice.get("delta") or {}).get("content") or ""
            if doc.get("type") == "content_block_delta":
                text += doc["delta"]["text"]
    return text


def test_stage_order_in_the_pipeline() -> None:
    names = [s.name for s in Warden(OPEN).stages]
    # quota last before audit: its reservation counts the canary and the pseudonyms the others add
    assert names.index("output") < names.index("privacy") < names.index("quota") < names.index("audit")


@pytest.mark.parametrize("api", ["openai", "anthropic"])
@pytest.mark.parametrize("stream", [False, True])
def test_card_in_the_answer_is_redacted(api: str, stream: bool) -> None:
    out, ex = run(Warden(OPEN), f"my card is {CARD}, thanks", stream=stream, api=api)
    text = sse_text(out) if stream else out
    assert CARD not in out and "[CREDIT_CARD]" in text
    assert ex.flags["output_pii"] == {"credit_card": 1}
    if stream:
        assert "[DONE]" in out or "message_stop" in out


@pytest.mark.parametrize("api", ["openai", "anthropic"])
@pytest.mark.parametrize("stream", [False, True])
def test_leak_of_the_system_prompt_is_blocked_by_the_canary(api: str, stream: bool) -> None:
    out, ex = run(Warden(OPEN), "!leak", stream=stream, api=api)
    assert ex.canary and ex.canary not in out and PROMPT not in sse_text(out)
    assert ex.refusal is not None and ex.refusal.code == "system_prompt_leak"
    assert ex.flags["canary_leak"] is True
    assert any(f.kind == "canary" for f in ex.findings)
    if stream:
        assert ex.stream_cut and "[DONE]" not in out and "message_stop" not in out
        assert "system_prompt_leak" in out
    else:
        assert json.loads(out)["error"]["code"] == "system_prompt_leak"


def test_canary_is_fresh_per_request_and_only_with_a_system_prompt() -> None:
    warden = Warden(OPEN)
    _, a = run(warden, "hi")
    _, b = run(warden, "hi")
    assert a.canary and b.canary and a.canary != b.canary
    _, c = run(warden, "hi", route=RouteSpec())
    assert c.canary is None
    _, d = run(Warden(policy(output={"canary": False})), "!leak")
    assert d.canary is None and d.refusal is None


class Ring:
    def __init__(self, *values: str) -> None:
        self.values = list(values)

    def secret_values(self) -> list[str]:
        return self.values


@pytest.mark.parametrize("stream", [False, True])
def test_exact_server_key_in_the_answer_is_blocked(stream: bool) -> None:
    key = "internal-9f8e7d6c5b4a39281706ffee"
    services = Warden(OPEN, stages=[]).services
    services.keys = Ring(key)  # type: ignore[assignment]  # the ring's values, as the output stage reads them
    warden = Warden(OPEN, stages=[s for s in default_stages(services) if s.name != "keys"])
    out, ex = run(warden, f"the key: {key}", stream=stream)
    assert key not in out and key[:20] not in out
    assert ex.refusal is not None and ex.refusal.code == "secret_leak"
    assert ex.flags["output_secrets"] == {"server_key": 1}


def test_monitor_mode_reports_and_lets_the_text_through() -> None:
    out, ex = run(Warden(policy(mode="monitor")), f"!leak and {CARD}")
    assert ex.refusal is None and ex.canary in out
    assert ex.flags["canary_leak"] is True
    assert ("output", ex.monitored[-1][1]) == ex.monitored[-1] and ex.monitored[-1][1].code == "system_prompt_leak"


def test_the_users_own_values_come_back_but_model_pii_is_redacted() -> None:
    class Provider(FakeProvider):
        def reply(self, system: str, messages: list[dict[str, Any]], model: str, max_tokens: int | None) -> str:
            return messages[-1]["content"] + " Also reach sales@corp.example."

    warden = Warden(policy(privacy={"pseudonymize": ["email", "phone"]}))
    for stream in (False, True):
        provider = Provider(chunk_chars=2)
        out, ex = run(warden, "I am bob@example.com, call +1 415-555-0132", stream=stream, provider=provider)
        sent = json.dumps(provider.calls[-1])
        assert "bob@example.com" not in sent and "<EMAIL_1>" in sent and "<PHONE_1>" in sent
        text = sse_text(out) if stream else json.loads(out)["choices"][0]["message"]["content"]
        assert text == "I am bob@example.com, call +1 415-555-0132 Also reach [EMAIL]."
        assert ex.pseudonyms is None  # dropped when the request finished


def test_html_route_escapes_and_neutralises_images() -> None:
    route = RouteSpec(html_output=True)
    out, ex = run(
        Warden(policy(output={"link_allowlist": ["example.com"]}, input={"strip_html": False})),
        "<script>x</script> ![a](https://evil.test/?q=1) ![b](https://cdn.example.com/b.png)",
        route=route,
    )
    content = json.loads(out)["choices"][0]["message"]["content"]
    assert content == ("&lt;script&gt;x&lt;/script&gt; ![a] (link removed) ![b](https://cdn.example.com/b.png)")
    assert ex.flags["output_links_removed"] == {"markdown_image": 1}


def test_flagged_sample_is_redacted_when_samples_are_kept() -> None:
    warden = Warden(policy(mode="monitor", audit={"keep_flagged_samples": True}))
    _, ex = run(warden, f"card {CARD} key sk-proj-{'Ab3dEf6hIj' * 5}")
    sample = ex.flags["output_sample"]
    assert CARD not in sample and "Ab3dEf6hIj" not in sample and "[CREDIT_CARD]" in sample
    assert "_output_review" not in ex.flags


def test_user_check_blocks_a_sentence() -> None:
    class NoDarn:
        def check(self, text: str) -> Finding | None:
            return Finding("moderation", 0, len(text), "profanity") if "darn" in text else None

    out, ex = run(Warden(OPEN, output_filters=[NoDarn()]), "fine. darn it.", stream=True)
    assert ex.refusal is not None and ex.refusal.code == "output_flagged" and "darn" not in sse_text(out)
    assert ex.flags["output_checks"] == {"profanity": 1}


def test_policy_rejects_impossible_values() -> None:
    with pytest.raises(ConfigurationError, match="holdback_chars"):
        Warden(policy(output={"holdback_chars": 40}))
    with pytest.raises(ConfigurationError, match=r"output\.secrets"):
        Warden(policy(output={"secrets": "off"}))
    with pytest.raises(ConfigurationError, match="hash_key_env"):
        Warden(policy(output={"replacement": "hash", "hash_key_env": "AIWARDEN_TEST_UNSET_KEY"}))


# -- the whole chain, streamed vs whole -----------------------------------------------------------

CANARY = "cnry-qwertyuiopasdfghj"
PARTS = st.sampled_from(
    [
        CARD,
        "bob@example.com",
        "<EMAIL_1>",
        "<PHONE_1>",
        "<EMAIL_9>",
        "10.1.2.3",
        "![i](https://evil.test/x)",
        "[l](https://ok.test/y)",
        "<b>",
        "&",
        "sk-",
        "<EMA",
        " ",
        "\n",
        "x",
        "+1 415-555-0132",
    ]
)


def chain() -> FilterChain:
    mapping = Pseudonyms()
    mapping.placeholder("email", "me@home.example")
    mapping.placeholder("phone", "+44 20 7946 0958")
    return FilterChain(
        [
            CanaryFilter(CANARY),
            SecretFilter(action="redact"),
            PIIFilter(),
            mapping.restorer(),
            HtmlFilter(("ok.test",), True, "all"),
        ]
    )


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.text("ab .<>", max_size=5), PARTS), max_size=8), st.lists(st.integers(0, 4000), max_size=30)
)
def test_chain_streamed_equals_whole(pieces: list[tuple[str, str]], cuts: list[int]) -> None:
    text = "".join(a + b for a, b in pieces)
    whole = chain()
    expected = whole.feed(text) + whole.flush()
    points = sorted({c % (len(text) + 1) for c in cuts})
    streamed = chain()
    got = "".join(streamed.feed(text[a:b]) for a, b in zip([0, *points], [*points, len(text)], strict=True))
    assert got + streamed.flush() == expected
    assert "me@home.example" in expected or "&lt;EMAIL_1&gt;" not in text


def test_canary_split_across_chunks_is_caught() -> None:
    f = CanaryFilter(CANARY)
    out = "".join(f.feed(c) for c in ["hi [ref:", CANARY[:7], CANARY[7:15]])
    with pytest.raises(Blocked):
        f.feed(CANARY[15:] + "]")
        f.flush()
    assert CANARY[:10] not in out


def test_canary_filter_blocks_only_this_requests_marker_in_any_chunking() -> None:
    from aiwarden.scanners.canary import CanaryFilter, new_canary

    mine, other = new_canary(), new_canary()
    text = f"Here you go: [ref:{mine.upper()}] and more"
    for size in (1, 3, 7, len(text)):
        f = CanaryFilter(mine)
        with pytest.raises(Blocked):
            for i in range(0, len(text), size):
                f.feed(text[i : i + size])
            f.flush()
    harmless = f"someone else's marker [ref:{other}] is not ours"
    f = CanaryFilter(mine)
    assert f.feed(harmless) + f.flush() == harmless


def _encodings(marker: str, prompt: str) -> dict[str, str]:
    import base64
    import codecs

    dump = f"[ref:{marker}]\n{prompt}"
    return {
        "reversed": dump[::-1],
        "ROT13": codecs.encode(dump, "rot13"),
        "hex": dump.encode().hex(),
        "HEX": dump.encode().hex().upper(),
        "spaced": " ".join(dump),
        "dotted": ".".join(marker),
        "base64 at 0": base64.b64encode(marker.encode()).decode(),
        "base64 at 1": base64.b64encode(b"[" + marker.encode() + b"]").decode(),
        "base64 at 2 (the embedded prompt)": base64.b64encode(dump.encode()).decode(),
        # one character code per character: what "in hex bytes", "as HTML entities", "as a C array",
        # "as ASCII codes", "in binary", "URL-encoded" or "as a Python list" gives
        "hex spaced": " ".join(f"{b:02x}" for b in dump.encode()),
        "hex with colons": ":".join(f"{b:02X}" for b in marker.encode()),
        "\\x escapes": "".join(f"\\x{b:02x}" for b in marker.encode()),
        "\\u escapes": "".join(f"\\u{ord(c):04x}" for c in dump),
        "percent": "".join(f"%{b:02X}" for b in marker.encode()),
        "HTML entities": "".join(f"&#{ord(c)};" for c in dump),
        "HTML hex entities": "".join(f"&#x{ord(c):x};" for c in marker),
        "C array": ", ".join(f"0x{b:02x}" for b in marker.encode()),
        "decimal codes": " ".join(str(b) for b in dump.encode()),
        "decimal codes, commas": ",".join(str(b) for b in marker.encode()),
        "binary": " ".join(f"{b:08b}" for b in dump.encode()),
        "binary, 7 bits": " ".join(f"{b:07b}" for b in marker.encode()),
        "base32 (the embedded prompt)": base64.b32encode(dump.encode()).decode(),
        "a list of letters": str(list(marker)),
        "quoted letters": " ".join(f'"{c}"' for c in marker),
        "bold letters": "".join(f"**{c}**" for c in marker),
    }


@pytest.mark.parametrize("size", [1, 5, 16, 10_000])
def test_the_canary_is_caught_reversed_rot13_hex_spaced_and_in_base64(size: int) -> None:
    from aiwarden.scanners.canary import CanaryFilter, new_canary

    # what a model writes when asked for its instructions "backwards", "in hex", "in base64"...
    mine, other = new_canary(), new_canary()
    for form, text in _encodings(mine, "You are Zed, Acme's support bot.").items():
        f = CanaryFilter(mine)
        with pytest.raises(Blocked):
            for i in range(0, len(text), size):
                f.feed("Sure: " + text[i : i + size] if i == 0 else text[i : i + size])
            f.flush()
        # another request's marker in the same form is not ours
        harmless = _encodings(other, "You are Zed, Acme's support bot.")[form]
        f = CanaryFilter(mine)
        assert "".join(f.feed(harmless[i : i + size]) for i in range(0, len(harmless), size)) + f.flush() == harmless


@settings(max_examples=200, deadline=None)
@given(st.binary(min_size=0, max_size=200))
def test_base64_of_anything_without_the_marker_passes(data: bytes) -> None:
    import base64

    from aiwarden.scanners.canary import CanaryFilter, new_canary

    mine = new_canary()
    text = base64.b64encode(data + b"cnry-" + data[:12]).decode()  # even beside a "cnry-" of its own
    f = CanaryFilter(mine)
    assert f.feed(text) + f.flush() == text


def test_scan_output_takes_a_spans_file(tmp_path: Any, capsys: pytest.CaptureFixture[str]) -> None:
    from aiwarden.cli import main

    text = "Write to jane@example.org or call +1 415-555-0132."
    spans = [
        {"entity_type": "EMAIL_ADDRESS", "start_position": 9, "end_position": 25},
        {"entity_type": "PHONE_NUMBER", "start_position": 34, "end_position": 49},
    ]
    data = tmp_path / "spans.json"
    data.write_text(json.dumps([{"full_text": text, "spans": spans}]))
    answers = tmp_path / "answers.txt"
    answers.write_text("card 4111 1111 1111 1111\n")
    assert main(["scan", "--output", "--spans-file", str(data), str(answers)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines[0]["text"] == "card [CREDIT_CARD]"
    by_kind = {row["kind"]: row for row in lines[1:]}
    assert by_kind["EMAIL_ADDRESS"]["recall"] == 1.0
    assert by_kind["PHONE_NUMBER"]["recall"] == 1.0


# -- answers as they leave ---------------------------------------------------------------------------


def test_an_answer_of_another_content_type_is_passed_with_a_warning_once(caplog: pytest.LogCaptureFixture) -> None:
    # Django's and Flask's default content type is text/html: a view that forgets it gets no output
    # filtering, and the operator must hear about it
    for _ in range(2):
        ex = Warden(OPEN).exchange(HttpRequest("POST", "/unfiltered-edge", {}), RouteSpec())
        assert isinstance(drive_sync(ex.check(json.dumps(HI).encode())), bytes)
        assert ex.response_start(200, "text/html; charset=utf-8") == "pass"
        drive_sync(ex.finish())
    warnings = [r for r in caplog.records if "went out without output filtering" in r.getMessage()]
    assert len(warnings) == 1 and "/unfiltered-edge" in warnings[0].getMessage()
    assert "text/html" in warnings[0].getMessage()


SECRET = "sk-proj-" + "Ab3dE5gH7jK9mN1pQ3sT5vX7zB9dF1hJ3lN5pR7tV9xZ"


@pytest.mark.parametrize("byte_by_byte", [False, True])
@pytest.mark.parametrize("api", ["openai", "anthropic"])
def test_a_secret_split_anywhere_cuts_the_stream_with_an_error_and_no_end(api: str, byte_by_byte: bool) -> None:
    text = "here it is: " + SECRET + " bye"
    pieces = [text[i : i + 3] for i in range(0, len(text), 3)]
    if api == "openai":
        raw = sse(chunk({"role": "assistant", "content": ""}), *(chunk({"content": p}) for p in pieces))
        raw += sse(chunk({}, finish="stop"), "[DONE]")
    else:
        raw = anthropic_sse(
            MESSAGE_START,
            {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
            *({"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": p}} for p in pieces),
            {"type": "content_block_stop", "index": 0},
            *MESSAGE_END,
        )
    out, ex = stream_through(raw, api=api, byte_by_byte=byte_by_byte)
    assert SECRET[:12] not in out and "Ab3dE5gH7jK9" not in out
    assert "[DONE]" not in out and "message_stop" not in out
    last = data_events(out)[-1]
    assert last["error"]["code"] == "secret_leak" and (api == "openai" or last["type"] == "error")
    assert ex.stream_cut and ex.refusal is not None and ex.refusal.code == "secret_leak"


def test_a_canary_is_17_letters_one_per_random_byte(monkeypatch: pytest.MonkeyPatch) -> None:
    # byte % 26 -> a..z for every byte value, as the generator it replaced computed it
    import os
    import string

    from aiwarden.scanners import canary

    for start in range(0, 256, 17):
        raw = bytes((start + i) % 256 for i in range(17))
        monkeypatch.setattr(os, "urandom", lambda n, raw=raw: raw[:n])
        assert canary.new_canary() == "cnry-" + "".join(string.ascii_lowercase[b % 26] for b in raw)

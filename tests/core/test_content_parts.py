"""Answer text given as a list of parts (as Mistral and other OpenAI-compatible servers send it) and
audio transcripts: filtered as text, JSON and streamed; parts that are not text are left as they are."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aiwarden.context import HttpRequest
from aiwarden.effects import drive_sync
from aiwarden.policy import RouteSpec
from aiwarden.warden import Warden

from .wire_support import (
    CARD,
    HI,
    OPEN,
    answer_through,
    chunk,
    data_events,
    delta_text,
    sse,
    stream_through,
)


def transcript(events: list[Any]) -> str:
    out = ""
    for doc in events:
        for choice in doc.get("choices") or [] if isinstance(doc, dict) else []:
            audio = (choice.get("delta") or {}).get("audio") or {}
            out += audio.get("transcript") or ""
    return out


def parts(*texts: str) -> list[dict[str, Any]]:
    return [{"type": "text", "text": t} for t in texts]


def test_json_content_parts_are_filtered_and_other_parts_untouched() -> None:
    image = {"type": "image_url", "image_url": {"url": "https://x.example/" + CARD.replace(" ", "")}}
    content = [*parts("card " + CARD, " and "), image, *parts("mail bob@example.com")]
    answer = {"choices": [{"index": 0, "message": {"role": "assistant", "content": content}}]}
    out, _ = answer_through(answer)
    got = json.loads(out)["choices"][0]["message"]["content"]
    assert CARD.encode() not in out and b"bob@example.com" not in out
    assert got[2] == image  # not text: left as it is
    assert "".join(p["text"] for p in got if p["type"] == "text") == "card [CREDIT_CARD] and mail [EMAIL]"


def test_json_content_parts_are_one_channel_so_a_value_split_across_parts_is_caught() -> None:
    answer = {"choices": [{"index": 0, "message": {"content": parts("card " + CARD[:9], CARD[9:] + " ok")}}]}
    out, ex = answer_through(answer)
    got = json.loads(out)["choices"][0]["message"]["content"]
    assert CARD[9:].encode() not in out and "".join(p["text"] for p in got) == "card [CREDIT_CARD] ok"
    assert len(got) == 2 and ex.flags["output_pii"] == {"credit_card": 1}


def test_json_content_parts_with_a_canary_leak_are_blocked() -> None:
    ex = Warden(OPEN).exchange(HttpRequest("POST", "/chat", {}), RouteSpec(system_prompt="Be terse."))
    assert isinstance(drive_sync(ex.check(json.dumps(HI).encode())), bytes)
    assert ex.response_start(200, "application/json") == "json"
    leak = ex.canary
    answer = {"choices": [{"index": 0, "message": {"content": parts("sure: " + leak[:5], leak[5:])}}]}
    out = ex.filter_json(json.dumps(answer).encode())
    assert ex.refusal is not None and json.loads(out)["error"]["code"] == "system_prompt_leak"


@pytest.mark.parametrize("pieces", [None, [1], [7, 3]])
def test_streamed_content_parts_are_filtered(pieces: list[int] | None) -> None:
    raw = sse(
        chunk({"role": "assistant", "content": []}),
        chunk({"content": parts("my card ")}),
        chunk({"content": parts(CARD[:6], CARD[6:12])}),
        chunk({"content": [{"type": "image_url", "image_url": {"url": "u"}}, *parts(CARD[12:])]}),
        chunk({"content": parts(" ok")}),
        chunk({}, finish="stop"),
        "[DONE]",
    )
    out, ex = stream_through(raw, pieces=pieces)
    events = data_events(out)
    assert CARD not in out and "1111" not in out
    assert delta_text(events) == "my card [CREDIT_CARD] ok"
    assert {"type": "image_url", "image_url": {"url": "u"}} in [
        p for e in events[:-1] for c in e["choices"] for p in (c["delta"].get("content") or []) if isinstance(p, dict)
    ]
    assert events[-1] == "[DONE]" and ex.flags["output_pii"] == {"credit_card": 1}


def test_text_held_back_goes_into_the_finishing_chunks_parts_in_order() -> None:
    raw = sse(chunk({"content": parts("Card " + CARD[:8])}), chunk({"content": parts(CARD[8:])}, finish="stop"))
    out, _ = stream_through(raw + sse("[DONE]"))
    events = data_events(out)
    assert delta_text(events) == "Card [CREDIT_CARD]"
    assert events[-2]["choices"][0]["finish_reason"] == "stop"


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(alphabet="ab @.-0123456789\n", max_size=80).map(lambda t: t + " " + CARD + " x@y.io end"),
    cuts=st.lists(st.integers(min_value=1, max_value=12), min_size=1, max_size=6),
    wire=st.lists(st.integers(min_value=1, max_value=40), min_size=1, max_size=4),
)
def test_parts_stream_equals_the_string_stream_for_any_chunking(text: str, cuts: list[int], wire: list[int]) -> None:
    pieces, at, i = [], 0, 0
    while at < len(text):
        pieces.append(text[at : at + cuts[i % len(cuts)]])
        at, i = at + cuts[i % len(cuts)], i + 1
    as_parts = sse(*[chunk({"content": parts(p)}) for p in pieces], chunk({}, finish="stop"), "[DONE]")
    as_string = sse(chunk({"content": text}), chunk({}, finish="stop"), "[DONE]")
    whole, _ = answer_through({"choices": [{"index": 0, "message": {"content": text}}]})
    expected = json.loads(whole)["choices"][0]["message"]["content"]
    assert delta_text(data_events(stream_through(as_parts, pieces=wire)[0])) == expected
    assert delta_text(data_events(stream_through(as_string)[0])) == expected


def test_json_audio_transcript_is_filtered_on_its_own_channel() -> None:
    audio = {"id": "audio_1", "data": "UklGRg==", "expires_at": 1, "transcript": "card " + CARD}
    answer = {"choices": [{"index": 0, "message": {"role": "assistant", "content": None, "audio": audio}}]}
    out, _ = answer_through(answer)
    got = json.loads(out)["choices"][0]["message"]
    assert got["audio"] == {**audio, "transcript": "card [CREDIT_CARD]"} and got["content"] is None


@pytest.mark.parametrize("pieces", [None, [1]])
def test_streamed_audio_transcript_is_filtered(pieces: list[int] | None) -> None:
    raw = sse(
        chunk({"role": "assistant", "audio": {"id": "audio_1", "transcript": "card " + CARD[:7], "data": "AAA="}}),
        chunk({"audio": {"transcript": CARD[7:] + " said", "data": "BBB="}}),
        chunk({"content": "text " + CARD}),
        chunk({"audio": {"transcript": " and " + CARD[:4]}}),
        "[DONE]",
    )
    out, _ = stream_through(raw, pieces=pieces)
    events = data_events(out)
    assert CARD not in out and transcript(events) == "card [CREDIT_CARD] said and 4111"
    assert delta_text(events) == "text [CREDIT_CARD]"
    assert [e["choices"][0]["delta"]["audio"]["data"] for e in events[:2]] == ["AAA=", "BBB="]

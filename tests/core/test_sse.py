"""The SSE codec: any chunking of a stream yields the same events."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from aiwarden.formats.sse import SSEDecoder, SSEEvent, encode_event

texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"), max_size=30)
events = st.builds(
    SSEEvent,
    data=st.lists(texts, min_size=1, max_size=3).map("\n".join),
    event=st.none() | st.from_regex(r"[a-z_]{1,12}", fullmatch=True),
    id=st.none() | st.from_regex(r"[0-9a-f]{1,8}", fullmatch=True),
)


def _split(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts})
    pieces, last = [], 0
    for p in points:
        pieces.append(data[last:p])
        last = p
    pieces.append(data[last:])
    return pieces


def _decode(pieces: list[bytes]) -> list[SSEEvent]:
    decoder = SSEDecoder()
    out: list[SSEEvent] = []
    for piece in pieces:
        out.extend(decoder.feed(piece))
    out.extend(decoder.close())
    return out


@given(
    st.lists(events, min_size=1, max_size=6),
    st.lists(st.integers(0, 10_000), max_size=12),
    st.sampled_from(["\n", "\r\n", "\r"]),
)
@settings(max_examples=300)
def test_any_chunking_gives_the_same_events(evs: list[SSEEvent], cuts: list[int], newline: str) -> None:
    stream = b"".join(encode_event(e) for e in evs).replace(b"\n", newline.encode())
    whole = _decode([stream])
    chunked = _decode(_split(stream, cuts))
    assert [(e.event, e.id, e.data) for e in whole] == [(e.event, e.id, e.data) for e in evs]
    assert [(e.event, e.id, e.data) for e in chunked] == [(e.event, e.id, e.data) for e in evs]
    # raw bytes are preserved so unchanged events pass byte for byte
    assert b"".join(e.raw for e in chunked) == stream


def test_utf8_split_inside_a_character() -> None:
    data = "data: héllo 🌍\n\n".encode()
    cut = data.index("🌍".encode()) + 2
    decoder = SSEDecoder()
    assert decoder.feed(data[:cut]) == []
    [ev] = decoder.feed(data[cut:])
    assert ev.data == "héllo 🌍"


def test_comments_fields_and_retry() -> None:
    [ev] = _decode([b": keep-alive\nevent: ping\nid: 7\nretry: 1500\ndata: a\ndata:b\n\n"])
    assert (ev.comments, ev.event, ev.id, ev.retry, ev.data) == ([" keep-alive"], "ping", "7", 1500, "a\nb")


def test_unterminated_last_event_is_dispatched_on_close() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: [DONE]") == []
    [ev] = decoder.close()
    assert ev.data == "[DONE]"


def test_oversized_event_is_refused() -> None:
    decoder = SSEDecoder(max_event_bytes=64)
    try:
        decoder.feed(b"data: " + b"x" * 100)
    except ValueError as exc:
        assert "larger" in str(exc)
    else:
        raise AssertionError("an event over the bound must raise")


raw_lines = st.binary(max_size=24).filter(lambda b: b"\n" not in b and b"\r" not in b)


@given(st.lists(raw_lines, min_size=1, max_size=5), st.lists(raw_lines, min_size=1, max_size=5), st.booleans())
@settings(max_examples=300)
def test_whole_data_events_read_as_by_the_line_reader(first: list[bytes], rest: list[bytes], spaced: bool) -> None:
    # Chunks of whole one-line data events (what providers send) take a shorter path; a chunk read
    # line by line (here: the same bytes cut inside every event) must give the same events, also
    # for bytes that are not UTF-8 and values without the space after the colon.
    prefix = b"data: " if spaced else b"data:"
    head = b"".join(prefix + v + b"\n\n" for v in first)
    body = b"".join(prefix + v + b"\n\n" for v in rest)
    whole = _decode([head, body])
    by_lines = _decode([head, *(body[i : i + 3] for i in range(0, len(body), 3))])
    assert [(e.data, e.raw) for e in whole] == [(e.data, e.raw) for e in by_lines]
    assert [e.data for e in whole[len(first) :]] == [
        (v[1:] if not spaced and v.startswith(b" ") else v).decode("utf-8", "replace") for v in rest
    ]

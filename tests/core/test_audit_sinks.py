"""Audit sinks, the background writer and redaction."""

from __future__ import annotations

import json
import logging
import os
import threading
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aiwarden.audit import (
    AuditRecord,
    AuditSink,
    BackgroundWriter,
    FanoutSink,
    JsonlFileSink,
    LoggingSink,
    MemorySink,
    mask_secrets,
    redact,
)
from aiwarden.errors import ConfigurationError


def record(i: int = 0, **fields: Any) -> AuditRecord:
    return AuditRecord(time="2025-03-01T12:00:00.000Z", request_id=f"r{i}", route="/v1/chat/completions", **fields)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_builtin_sinks_satisfy_the_protocol(tmp_path):
    for sink in (LoggingSink(), JsonlFileSink(tmp_path / "a.jsonl"), FanoutSink([]), MemorySink()):
        assert isinstance(sink, AuditSink)


def test_logging_sink_logs_one_json_object_per_record(caplog):
    with caplog.at_level(logging.INFO, logger="aiwarden.audit"):
        LoggingSink().emit(record(1, subject="alice", input_tokens=3))
    [entry] = caplog.records
    assert entry.name == "aiwarden.audit" and entry.levelno == logging.INFO
    doc = json.loads(entry.getMessage())
    assert doc["request_id"] == "r1" and doc["subject"] == "alice" and doc["input_tokens"] == 3
    assert entry.audit == doc  # type: ignore[attr-defined]


def test_logging_sink_skips_the_work_when_the_logger_is_off(caplog):
    class Boom(AuditRecord):
        def to_json(self) -> str:
            raise AssertionError("serialized although nobody listens")

        def as_dict(self) -> dict[str, Any]:
            raise AssertionError("serialized although nobody listens")

    with caplog.at_level(logging.WARNING, logger="aiwarden.audit"):
        LoggingSink().emit(Boom(time="t", request_id="r", route="/"))
    assert caplog.records == []


def test_jsonl_file_appends_lines(tmp_path):
    path = tmp_path / "audit.jsonl"
    sink = JsonlFileSink(path)
    for i in range(3):
        sink.emit(record(i))
    sink.close()
    assert [d["request_id"] for d in read_jsonl(path)] == ["r0", "r1", "r2"]
    assert (path.stat().st_mode & 0o777) == 0o640


def test_jsonl_file_rotates_by_size_and_keeps_the_newest(tmp_path):
    path = tmp_path / "audit.jsonl"
    line_len = len(record(0).to_json()) + 1
    sink = JsonlFileSink(path, max_bytes=line_len * 3, backups=2)
    for i in range(10):
        sink.emit(record(i))
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["audit.jsonl", "audit.jsonl.1", "audit.jsonl.2"]
    assert [d["request_id"] for d in read_jsonl(tmp_path / "audit.jsonl.2")] == ["r3", "r4", "r5"]
    assert [d["request_id"] for d in read_jsonl(tmp_path / "audit.jsonl.1")] == ["r6", "r7", "r8"]
    assert [d["request_id"] for d in read_jsonl(path)] == ["r9"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    sizes=st.lists(st.integers(0, 300), min_size=1, max_size=60),
    max_bytes=st.integers(200, 2000),
    backups=st.integers(1, 4),
)
def test_rotation_never_overfills_a_file_and_keeps_order(tmp_path_factory, sizes, max_bytes, backups):
    directory = tmp_path_factory.mktemp("rot")
    path = directory / "a.jsonl"
    sink = JsonlFileSink(path, max_bytes=max_bytes, backups=backups)
    for i, size in enumerate(sizes):
        sink.emit(record(i, flags={"pad": "x" * size}))
    sink.close()
    names = [path.with_name(f"a.jsonl.{n}") for n in range(backups, 0, -1)] + [path]
    kept = [d["request_id"] for p in names if p.exists() for d in read_jsonl(p)]
    assert kept == [f"r{i}" for i in range(len(sizes) - len(kept), len(sizes))]  # the newest, in order
    for p in names:
        if p.exists():
            lines = p.read_bytes().splitlines(keepends=True)
            assert len(lines) == 1 or p.stat().st_size <= max_bytes  # only a lone oversized line overfills
    assert len(list(directory.iterdir())) <= backups + 1


def test_jsonl_file_notices_an_external_rotation(tmp_path):
    path = tmp_path / "audit.jsonl"
    sink = JsonlFileSink(path)
    sink.emit(record(1))
    os.replace(path, tmp_path / "audit.jsonl.old")  # logrotate's "create" mode
    sink.emit(record(2))
    assert [d["request_id"] for d in read_jsonl(path)] == ["r2"]
    assert [d["request_id"] for d in read_jsonl(tmp_path / "audit.jsonl.old")] == ["r1"]


def test_jsonl_file_path_can_name_the_process(tmp_path):
    sink = JsonlFileSink(tmp_path / "audit-{pid}.jsonl")
    sink.emit(record())
    assert (tmp_path / f"audit-{os.getpid()}.jsonl").exists()


def test_unwritable_file_fails_at_start_up(tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("")
    with pytest.raises(ConfigurationError, match=r"audit\.file"):
        JsonlFileSink(blocker / "audit.jsonl")


def test_fanout_isolates_failures_and_reports_each_failing_sink_once(caplog):
    class Bad:
        def emit(self, record: Any) -> None:
            raise OSError("nope")

    a, b, good = Bad(), Bad(), MemorySink()
    fan = FanoutSink([a, good, b])
    with caplog.at_level(logging.ERROR, logger="aiwarden"):
        for i in range(4):
            fan.emit(record(i))
    assert len(good.records) == 4
    assert fan.failures == [4, 0, 4]
    assert len([r for r in caplog.records if "audit sink" in r.getMessage()]) == 2


def test_writer_delivers_in_order_and_flush_waits():
    sink = MemorySink()
    writer = BackgroundWriter(queue_size=1000)
    for i in range(500):
        assert writer.submit(sink, record(i))
    assert writer.flush(5.0)
    assert [r.request_id for r in sink.records] == [f"r{i}" for i in range(500)]
    assert (writer.submitted, writer.processed, writer.dropped) == (500, 500, 0)


def test_writer_writes_in_batches_and_a_flush_neither_waits_for_the_batch_nor_ends_the_thread():
    sink = MemorySink()
    writer = BackgroundWriter(queue_size=1000)
    for i in range(100):
        assert writer.submit(sink, record(i))
    assert writer.flush(5.0)  # does not wait out the batch window nor need a later record
    thread = writer._thread
    assert thread is not None
    # records queued while the writer waits for more go out together: one wake-up, not one per record
    assert writer.batches < 100
    assert writer.flush(5.0)  # an idle writer woken by a flush keeps waiting for records
    assert writer.submit(sink, record(100)) and writer.flush(5.0)
    assert writer._thread is thread and len(sink.records) == 101


def test_writer_survives_a_sink_that_raises(caplog):
    class Bad:
        def emit(self, record: Any) -> None:
            raise ValueError("bad")

    writer, good = BackgroundWriter(), MemorySink()
    with caplog.at_level(logging.ERROR, logger="aiwarden"):
        writer.submit(Bad(), record(1))
        writer.submit(good, record(2))
        assert writer.flush(5.0)
    assert [r.request_id for r in good.records] == ["r2"]


def test_writer_drops_and_counts_when_full(caplog):
    entered, release = threading.Event(), threading.Event()

    class Stuck:
        def emit(self, record: Any) -> None:
            entered.set()
            release.wait(10)

    writer = BackgroundWriter(queue_size=3)
    with caplog.at_level(logging.WARNING, logger="aiwarden"):
        writer.submit(Stuck(), record(0))
        assert entered.wait(5)
        results = [writer.submit(MemorySink(), record(i)) for i in range(1, 8)]
    assert results == [True] * 3 + [False] * 4
    assert writer.dropped == 4
    assert len([r for r in caplog.records if "queue is full" in r.getMessage()]) == 1
    release.set()
    assert writer.flush(5.0)


def test_writer_close_writes_what_is_queued_and_refuses_more():
    sink = MemorySink()
    writer = BackgroundWriter()
    writer.submit(sink, record(1))
    assert writer.close(5.0)
    assert len(sink.records) == 1
    assert writer.submit(sink, record(2)) is False


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_forked_child_gets_its_own_writer_thread(tmp_path):
    path = tmp_path / "audit-{pid}.jsonl"
    sink = JsonlFileSink(path)
    writer = BackgroundWriter()
    writer.submit(sink, record(0))
    assert writer.flush(5.0)
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        ok = writer.submit(sink, record(1)) and writer.flush(5.0)
        os._exit(0 if ok else 1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    child_file = tmp_path / f"audit-{pid}.jsonl"
    assert [d["request_id"] for d in read_jsonl(child_file)] == ["r1"]


# -- redaction ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "secret",
    [
        "sk-proj-" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6",
        "sk-ant-api03-" + "Zz9" * 15,
        "AKIA" + "ABCDEFGHIJKLMNOP",
        "ghp_" + "a" * 36,
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJlX2J5dGVz",
        "Bearer abc.def.ghi-123456",
    ],
)
def test_known_credentials_are_masked(secret):
    assert mask_secrets(f"x {secret} y") == "x [SECRET] y"
    assert secret not in redact(f"x {secret} y")


def test_redact_masks_pii_and_opaque_tokens_but_keeps_words():
    text = (
        "Ignore previous instructions; I am jane.doe@example.org, ssn 078-05-1120, "
        "card 4111-1111-1111-1111, iban DE89 3704 0044 0532 0130 00, from 203.0.113.9, "
        "token 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08. Page 12 of 30."
    )
    out = redact(text)
    for leaked in ("jane.doe", "078-05-1120", "4111", "3704", "203.0.113.9", "9f86d081884c"):
        assert leaked not in out
    assert out.startswith("Ignore previous instructions; I am [EMAIL]")
    assert "Page 12 of 30." in out


@given(st.text(max_size=300))
def test_redact_never_fails_and_never_keeps_an_email(text):
    out = redact(text + " someone@example.com")
    assert "someone@example.com" not in out


def test_a_sink_that_kills_the_writer_thread_does_not_end_auditing() -> None:
    # A sink raising a BaseException (SystemExit from a library, gevent's Timeout) ended the writer
    # thread; submit saw a thread object and never started another, so every later record waited
    # in the queue until it filled and then was dropped
    from aiwarden.audit.sinks import MemorySink
    from aiwarden.audit.writer import BackgroundWriter

    class Exploding:
        def __init__(self) -> None:
            self.calls = 0

        def emit(self, record: Any) -> None:
            self.calls += 1
            if self.calls == 1:
                raise SystemExit("a library called sys.exit()")

    writer = BackgroundWriter(queue_size=100)
    exploding, sink = Exploding(), MemorySink()
    writer.submit(exploding, "first")
    writer.flush(5)
    assert writer.submit(sink, "second")
    assert writer.flush(5)
    assert sink.records == ["second"]

"""``aiwarden report``: its sums equal the records' sums."""

from __future__ import annotations

import gzip
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aiwarden.audit.report import parse_bound, summarize
from aiwarden.cli import main

DAY0 = datetime(2025, 3, 1, tzinfo=UTC)

maybe_int = st.one_of(st.none(), st.integers(0, 10**9))
records_strategy = st.lists(
    st.fixed_dictionaries(
        {
            "time": st.integers(0, 10 * 86400 * 1000 - 1).map(
                lambda ms: (DAY0 + timedelta(milliseconds=ms)).isoformat(timespec="milliseconds").replace("+00:00", "Z")
            ),
            "request_id": st.uuids().map(lambda u: u.hex),
            "route": st.sampled_from(["chat", "/v1/messages"]),
            "subject": st.one_of(st.none(), st.sampled_from(["alice", "bob", "carol", "9f2c4e"])),
            "tier": st.one_of(st.none(), st.sampled_from(["free", "pro"])),
            "model_used": st.one_of(st.none(), st.sampled_from(["gpt-4o", "gpt-4o-mini", "claude-3-5-haiku"])),
            "input_tokens": maybe_int,
            "output_tokens": maybe_int,
            "cost_estimate_micros": maybe_int,
            "cost_settled_micros": maybe_int,
            "decision": st.sampled_from(["allowed", "refused"]),
            "refused_by": st.sampled_from(["auth", "quota", "input", None]),
            "refusal_code": st.sampled_from(["invalid_token", "rate_limit_exceeded", "prompt_injection"]),
        }
    ),
    max_size=80,
)


def write(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


def report_json(capsys: Any, *args: str) -> dict[str, Any]:
    assert main(["report", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def n(value: Any) -> int:
    return value or 0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(records=records_strategy)
def test_report_sums_equal_the_records_sums(tmp_path_factory, capsys, records):
    path = write(tmp_path_factory.mktemp("r") / "audit.jsonl", records)
    doc = report_json(capsys, str(path))
    totals = doc["totals"]
    assert totals["requests"] == len(records)
    assert totals["refused"] == sum(r["decision"] == "refused" for r in records)
    assert totals["input_tokens"] == sum(n(r["input_tokens"]) for r in records)
    assert totals["output_tokens"] == sum(n(r["output_tokens"]) for r in records)
    assert totals["spend_micros"] == sum(n(r["cost_settled_micros"]) for r in records)
    assert totals["estimate_micros"] == sum(n(r["cost_estimate_micros"]) for r in records)
    for dim, field in (("user", "subject"), ("tier", "tier"), ("model", "model_used")):
        groups = doc[f"by_{dim}"]
        for key, t in groups.items():
            mine = [r for r in records if (r[field] or "-") == key]
            assert t["requests"] == len(mine)
            assert t["spend_micros"] == sum(n(r["cost_settled_micros"]) for r in mine)
            assert t["tokens"] == sum(n(r["input_tokens"]) + n(r["output_tokens"]) for r in mine)
        assert sum(t["spend_micros"] for t in groups.values()) == totals["spend_micros"]
    for day, t in doc["by_day"].items():
        assert t["requests"] == sum(r["time"].startswith(day) for r in records)
    refused = [r for r in records if r["decision"] == "refused"]
    assert sum(doc["refusal_reasons"].values()) == len(refused)
    spend = [s["spend_micros"] for s in doc["top_spenders"]]
    assert spend == sorted(spend, reverse=True) and len(spend) == min(10, len(doc["by_user"]))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(records=records_strategy, lo=st.integers(0, 10), span=st.integers(0, 10))
def test_since_until_select_whole_days(tmp_path_factory, capsys, records, lo, span):
    path = write(tmp_path_factory.mktemp("r") / "audit.jsonl", records)
    first, last = DAY0 + timedelta(days=lo), DAY0 + timedelta(days=lo + span)
    doc = report_json(capsys, str(path), "--since", first.date().isoformat(), "--until", last.date().isoformat())
    inside = [r for r in records if first.date().isoformat() <= r["time"][:10] <= last.date().isoformat()]
    assert doc["totals"]["requests"] == len(inside)
    assert doc["totals"]["spend_micros"] == sum(n(r["cost_settled_micros"]) for r in inside)


def test_timestamps_bound_exactly():
    recs = [{"time": "2025-03-01T10:00:00.000Z"}, {"time": "2025-03-01T11:00:00.000Z"}]
    report = summarize(recs, parse_bound("2025-03-01T10:00:00Z"), parse_bound("2025-03-01T11:00:00Z"))
    assert report.totals.requests == 1
    assert parse_bound("2025-03-01", end=True) == datetime(2025, 3, 2, tzinfo=UTC)


def test_several_files_gzip_and_bad_lines(tmp_path, capsys):
    rec = {"time": "2025-03-01T10:00:00Z", "subject": "alice", "cost_settled_micros": 5, "decision": "allowed"}
    a = write(tmp_path / "audit.jsonl.1", [rec, rec])
    b = tmp_path / "audit.jsonl.2.gz"
    with gzip.open(b, "wt") as fh:
        fh.write(json.dumps(rec) + "\n" + '{"time": "2025-03-01T1')  # a line cut short by a crash
    assert main(["report", str(a), str(b), "--json"]) == 0
    captured = capsys.readouterr()
    doc = json.loads(captured.out)
    assert doc["totals"]["requests"] == 3 and doc["totals"]["spend_micros"] == 15 and doc["skipped_lines"] == 1
    assert "skipped 1 line" in captured.err and "audit.jsonl.2.gz line 2" in captured.err


def test_table_output(tmp_path, capsys):
    recs = [
        {
            "time": "2025-03-01T10:00:00Z",
            "subject": "alice",
            "tier": "pro",
            "model_used": "gpt-4o",
            "input_tokens": 1200,
            "output_tokens": 300,
            "cost_settled_micros": 6_000,
            "decision": "allowed",
        },
        {
            "time": "2025-03-02T10:00:00Z",
            "subject": "bob",
            "tier": "free",
            "model_requested": "gpt-4o",
            "decision": "refused",
            "refused_by": "quota",
            "refusal_code": "budget_exceeded",
        },
        {
            "time": "2025-03-02T11:00:00Z",
            "subject": "bob",
            "tier": "free",
            "decision": "allowed",
            "monitored": [{"by": "input", "code": "prompt_injection"}],
        },
    ]
    path = write(tmp_path / "audit.jsonl", recs)
    assert main(["report", str(path), "--by", "user", "--top", "1"]) == 0
    out = capsys.readouterr().out
    assert "By user" in out and "By tier" not in out
    alice = next(line for line in out.splitlines() if line.startswith("alice"))
    assert alice.split() == ["alice", "1", "0", "1,200", "300", "$0.006", "$0.00"]  # dollars, every digit kept
    assert "Top 1 spenders" in out
    assert "1  quota:budget_exceeded" in out and "1  input:prompt_injection" in out


def test_empty_and_bad_arguments(tmp_path, capsys):
    path = write(tmp_path / "audit.jsonl", [])
    assert main(["report", str(path)]) == 0
    assert "no audit records" in capsys.readouterr().out
    assert main(["report", str(path), "--since", "yesterday"]) == 2
    assert "not a date" in capsys.readouterr().err
    assert main(["report", str(tmp_path / "missing.jsonl")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_report_reads_what_the_audit_stage_writes(tmp_path, capsys):
    from aiwarden.context import HttpRequest, Identity, Usage
    from aiwarden.policy import RouteSpec
    from aiwarden.warden import Warden

    path = tmp_path / "audit.jsonl"
    warden = Warden(
        {"auth": {"required": False, "anonymous_tier": "default"}, "audit": {"sinks": [], "file": str(path)}}, stages=[]
    )
    from aiwarden.audit import AuditStage

    stage = AuditStage(warden.services)
    for i in range(5):
        ex = warden.exchange(HttpRequest("POST", "/v1/chat/completions", {}), RouteSpec())
        ex.identity, ex.tier_name, ex.model_used = Identity(f"user{i % 2}", "default"), "default", "gpt-4o-mini"
        ex.usage, ex.cost_settled_micros = Usage(100 + i, 10), 1000 + i
        stage.finish(ex)
    assert stage.flush(5.0)
    doc = report_json(capsys, str(path))
    assert doc["totals"]["spend_micros"] == sum(1000 + i for i in range(5))
    assert doc["by_user"]["user0"]["input_tokens"] == 100 + 102 + 104


@pytest.mark.parametrize("bad", ["2025-13-01", "03/01/2025"])
def test_parse_bound_rejects_other_formats(bad):
    with pytest.raises(ValueError, match="not a date"):
        parse_bound(bad)

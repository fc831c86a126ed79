"""The soak's machinery, checked in CI: a short run against a real mock process, and proof that its checks
catch what they are there to catch (a corrupted download, a deleted file, a torn read), so they cannot pass
silently. ``make soak`` is the long run."""

from __future__ import annotations

import base64
import json
import random
from pathlib import Path
from typing import Any

import dbrest
import httpx
import pytest
from dbrest_mock import MockConfig, MockServer

from tests.soak import sync_ops
from tests.soak.ledger import Ledger, Loss, check_bytes, outcome_of, sha256
from tests.soak.mock_process import FAULT_PLAN, POST_DROPS
from tests.soak.run import judge, markdown, run_soak
from tests.soak.workload import MIX, Client, Shared, check_shared_end, check_tree, reader_error_ok


class TamperedReads(httpx.BaseTransport):
    """Flips one bit in the data of every DBFS read: a corrupting network or server."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.tampered = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.url.path != "/api/2.0/dbfs/read" or response.status_code != 200:
            return response
        body = json.loads(response.read())
        data = bytearray(base64.b64decode(body["data"]))
        if data:
            data[len(data) // 2] ^= 0x01
            self.tampered += 1
        body["data"] = base64.b64encode(bytes(data)).decode()
        return httpx.Response(200, json=body, request=request)


def client(tmp_path: Path, size: int) -> Client:
    c = Client("t", random.Random(7), tmp_path, Shared([], 0, "", ""))
    c.size = lambda: size  # type: ignore[method-assign]
    return c


def test_a_corrupted_download_is_counted_as_a_loss(tmp_path: Path) -> None:
    mock = MockServer(MockConfig(durations="instant"))
    tamper = TamperedReads(mock.transport())
    ledger = Ledger()
    with dbrest.Workspace(host="http://127.0.0.1", token=mock.token, transport=tamper) as ws:
        c = client(tmp_path, 70_000)
        for _ in range(3):  # each of the three ways of reading back
            error = None
            try:
                sync_ops.dbfs_roundtrip(ws, c, ledger)
            except Exception as exc:
                error = exc
            assert ledger.record("dbfs", "sync", error) == "loss", error
    assert tamper.tampered >= 3
    report = {**fake_report(), **ledger.summary()}
    assert "3 operations lost or corrupted data" in judge(report)
    assert "sha256" in report["problems"][0]["error"]


def test_the_same_roundtrip_without_tampering_is_ok(tmp_path: Path) -> None:
    mock = MockServer(MockConfig(durations="instant"))
    ledger = Ledger()
    with dbrest.Workspace(host="http://127.0.0.1", token=mock.token, transport=mock.transport()) as ws:
        sync_ops.dbfs_roundtrip(ws, client(tmp_path, 70_000), ledger)
    assert ledger.bytes_verified == 70_000


def test_the_byte_and_end_state_checks() -> None:
    data = b"x" * 1000
    check_bytes("f", sha256(data), data)
    with pytest.raises(Loss, match="sha256"):
        check_bytes("f", sha256(data), data[:-1] + b"y")
    writers = {sha256(b"a"): "writer 0", sha256(b"b"): "writer 1"}
    check_shared_end("/p", writers, ["writer 0"], sha256(b"b"))  # a later writer's whole file
    check_shared_end("/p", writers, [], None)  # nobody succeeded: nothing there is fine
    with pytest.raises(Loss, match="gone although writer 0"):
        check_shared_end("/p", writers, ["writer 0"], None, ["writer 1 raised NetworkError"])
    with pytest.raises(Loss, match="no writer's whole file"):
        check_shared_end("/p", writers, ["writer 0"], sha256(b"ab"))  # torn
    check_tree("t", {"a": "1", "b": "2"}, {"a": "1"}, complete=False)
    with pytest.raises(Loss, match="missing"):
        check_tree("t", {"a": "1", "b": "2"}, {"a": "1"}, complete=True)
    with pytest.raises(Loss, match="differ"):
        check_tree("t", {"a": "1"}, {"a": "9"}, complete=False)


def test_a_reader_may_get_the_typed_errors_of_a_file_replaced_under_it() -> None:
    # The codes dbrest raises for them (dbrest.dbfs): gone, changed while read, wrong size; nothing else.
    assert reader_error_ok(dbrest.RemoteFileChanged("/p changed while it was read", error_code="FILE_CHANGED"))
    assert reader_error_ok(dbrest.ResourceDoesNotExist("gone", error_code="RESOURCE_DOES_NOT_EXIST"))
    assert reader_error_ok(dbrest.DownloadVerificationError("size", error_code="DOWNLOAD_SIZE_MISMATCH"))
    assert not reader_error_ok(dbrest.DatabricksError("read", error_code="READ_MISMATCH"))
    assert not reader_error_ok(dbrest.NetworkError("dropped"))
    assert not reader_error_ok(RuntimeError("x"))


def test_superseded_operations_are_counted_by_error_code() -> None:
    ledger = Ledger()
    changed = dbrest.RemoteFileChanged("/p changed while it was read", error_code="FILE_CHANGED")
    assert ledger.record("shared-path read", "sync", changed, reading=True) == "superseded"
    assert ledger.record("shared-path read", "sync", None, reading=True) == "ok"
    mismatch = dbrest.UploadVerificationError("size", error_code="UPLOAD_SIZE_MISMATCH")
    assert ledger.record("shared-path write", "async", mismatch, concurrent=True) == "superseded"
    summary = ledger.summary()
    assert summary["superseded_by"] == {
        "shared-path read (sync): FILE_CHANGED": 1,
        "shared-path write (async): UPLOAD_SIZE_MISMATCH": 1,
    }
    assert "| shared-path read (sync): FILE_CHANGED | 1 |" in markdown({**full_report(), **summary})


def test_outcomes() -> None:
    assert outcome_of(None) == "ok"
    assert outcome_of(Loss("x")) == "loss"
    assert outcome_of(dbrest.NetworkError("dropped")) == "surfaced"
    mismatch = dbrest.DatabricksError("size", error_code="UPLOAD_SIZE_MISMATCH")
    assert outcome_of(mismatch, concurrent=True) == "superseded"
    assert outcome_of(mismatch) == "unexpected"  # only a writer racing others may find another's file
    changed = dbrest.RemoteFileChanged("/p changed while it was read", error_code="FILE_CHANGED")
    assert outcome_of(changed, reading=True) == "superseded"  # a reader of a path being overwritten
    assert outcome_of(changed) == "unexpected"  # nobody replaces the file of a plain round trip
    assert outcome_of(dbrest.DatabricksError("x", error_code="READ_MISMATCH"), reading=True) == "unexpected"
    assert outcome_of(RuntimeError("x")) == "unexpected"


def fake_report() -> dict[str, Any]:
    by_kind = {
        f"{k} ({f})": {"ok": 1, "surfaced": 0, "superseded": 0, "unexpected": 0, "loss": 0}
        for k in MIX
        for f in ("sync", "async")
    }
    return {
        "operations": {"ok": 12, "surfaced": 0, "superseded": 0, "unexpected": 0, "loss": 0},
        "by_kind": by_kind,
        "clients": {"sync": 1, "async": 1},
        "hung_clients": [],
        "mock_errors": [],
        "faults": {kind: 1 for kind, _ in FAULT_PLAN},
        "retries_total": 1,
    }


def full_report() -> dict[str, Any]:
    """:func:`fake_report` with what :func:`markdown` prints besides."""
    return {
        **fake_report(),
        **Ledger().summary(),
        "started": "2026-01-01T00:00:00+00:00",
        "seconds": 1.0,
        "machine": "m",
        "python": "3",
        "commit": "c",
        "seed": 1,
        "api_requests": 1,
        "faults_total": 1,
        "fault_plan": [{"kind": kind, **rule} for kind, rule in FAULT_PLAN],
        "faults": {kind: 1 for kind, _ in FAULT_PLAN},
        "failures": [],
    }


def test_judge_passes_a_clean_report_and_names_each_failure() -> None:
    assert judge(fake_report()) == []
    bad = fake_report()
    bad["operations"] = {"ok": 12, "surfaced": 2, "superseded": 0, "unexpected": 1, "loss": 0}
    bad["hung_clients"] = ["soak-s0"]
    bad["faults"]["503"] = 0
    bad["faults"].update(dict.fromkeys(POST_DROPS, 0))
    bad["retries_total"] = 0
    failures = judge(bad)
    assert len(failures) == 8, failures
    assert any("2 NetworkErrors but only 0" in f for f in failures)


def test_a_short_soak_against_a_mock_process_loses_nothing(tmp_path: Path) -> None:
    # Bounded by work, not time, so that what it covers does not depend on the machine's speed: two operations per
    # client, and a client's first operations follow MIX from its own offset (2 * i), so three clients of each
    # flavour run every kind once. Every fault rule fires on the first request it sees and then every Nth (twice
    # the rates of make soak). The 60 s only bound a stuck run (GRACE then counts it as hung); it takes ~10 s.
    report = run_soak(seconds=60, sync_clients=3, async_clients=3, workdir=tmp_path, seed=1, fault_rate=2.0, max_ops=2)
    assert report["failures"] == [], markdown(report)
    ran = {key: sum(row.values()) for key, row in report["by_kind"].items() if key.rsplit(" (", 1)[0] in MIX}
    assert ran == {f"{kind} ({flavour})": 1 for kind in MIX for flavour in ("sync", "async")}
    assert report["operations"]["ok"] > 0 and report["faults_total"] > 0 and report["retries_total"] > 0
    assert report["bytes_verified"] > 0 and report["states_verified"] > 0

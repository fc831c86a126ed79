"""The read-only contract against a live workspace: ``make contract URL=https://... TOKEN=...``.

Only GET operations and the read-only POSTs of ``harness.READ_ONLY_POSTS`` are generated, the stateful phase and
unexpected-method probes are off, and ``ReadOnlySession`` refuses anything else before it leaves the process. A
disagreement does not stop an operation's run: every one is collected, and ``test_live_report`` prints them all
(and fails when there are any).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from schemathesis.core.failures import Failure, FailureGroup

from . import harness
from .live_report import ReadOnlySession, finding, render
from .runlog import CallRecorder, wait_for, write_summary

pytestmark = pytest.mark.live

READ_ONLY = {op.op_id for op in harness.iter_ops(lambda op: op.read_only)}

if harness.LIVE.enabled:
    schema = harness.load_schema(live=True)
    harness.add_bearer_auth(schema, str(harness.LIVE.token))
    SESSION = ReadOnlySession()
    REC = CallRecorder(schema, harness.record_call)
    _recorded = REC.fixture()

    @schema.parametrize()
    def test_live_operation(case: Any) -> None:
        op = harness.op_of(case)
        assert op.read_only, f"{op.op_id} is not read-only"
        log = REC.log
        assert log is not None
        try:
            case.call_and_validate(base_url=harness.LIVE.url, session=SESSION)
        except FailureGroup as group:
            for failure in group.exceptions:
                log.finding(**_finding(op, case, failure))
        except Failure as failure:
            log.finding(**_finding(op, case, failure))


def _finding(op: harness.Op, case: Any, failure: Any) -> dict[str, Any]:
    try:
        curl = case.as_curl_command(headers={"Authorization": "Bearer ***"})
    except Exception:  # a request that cannot be rendered still gets reported
        curl = f"{case.method} {case.path}"
    return finding(op, failure, status=_status_of(failure), curl=curl)


def _status_of(failure: Any) -> int | None:
    status = getattr(failure, "status_code", None)
    return status if isinstance(status, int) else None


@pytest.mark.contract_summary
def test_live_report(request: pytest.FixtureRequest, run_dir: Path) -> None:
    expected = {item.name for item in request.session.items if item.name.startswith("test_live_operation[")}
    gathered = wait_for(run_dir, expected)
    exercised = {op_id for op_id, stats in gathered.ops.items() if stats.handled}
    requests_sent = sum(stats.calls for stats in gathered.ops.values())
    report = render(str(harness.LIVE.url), gathered.findings, exercised, READ_ONLY, requests_sent)
    write_summary(run_dir, report)
    if gathered.findings or not exercised >= READ_ONLY:
        pytest.fail(report, pytrace=False)

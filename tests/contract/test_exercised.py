"""The contract covers the whole API: every operation of the spec was exercised, none skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from . import harness
from .runlog import wait_for, write_summary


@pytest.mark.contract_summary
def test_every_operation_exercised(request: pytest.FixtureRequest, run_dir: Path) -> None:
    # The per-operation tests selected in this session (all workers collect the same items).
    expected = {item.name for item in request.session.items if item.name.startswith("test_operation[")}
    labels = {name[len("test_operation[") : -1] for name in expected}
    gathered = wait_for(run_dir, expected)
    handled = {op_id for op_id, stats in gathered.ops.items() if stats.handled}
    mock = harness.new_mock()
    try:
        unimplemented = sorted(set(harness.OPERATIONS) - harness.implemented(mock))
    finally:
        mock.stop()
    total = len(harness.OPERATIONS)
    not_selected = sorted(op.op_id for op in harness.OPERATIONS.values() if op.label not in labels)
    not_run = sorted(
        op.op_id for op in harness.OPERATIONS.values() if f"test_operation[{op.label}]" not in gathered.done
    )
    not_handled = sorted(set(harness.OPERATIONS) - handled)
    calls = sum(stats.calls for stats in gathered.ops.values())
    lines = [
        f"operations exercised: {len(handled & set(harness.OPERATIONS))}/{total} "
        f"(the API has {harness.EXPECTED_OPERATIONS}); {calls} requests",
    ]
    if not_selected:
        lines.append(f"  not selected in this run ({len(not_selected)}): {', '.join(not_selected)}")
    not_run = sorted(set(not_run) - set(not_selected))
    if not_run:
        lines.append(f"  selected but did not report ({len(not_run)}): {', '.join(not_run)}")
    if unimplemented:
        lines.append(f"  not implemented by the mock, 501 ({len(unimplemented)}): {', '.join(unimplemented)}")
    unanswered = sorted(set(not_handled) - set(not_selected) - set(not_run) - set(unimplemented))
    if unanswered:
        lines.append(f"  no schema-valid request answered by a handler ({len(unanswered)}): {', '.join(unanswered)}")
    report = "\n".join(lines)
    write_summary(run_dir, report)
    assert total == harness.EXPECTED_OPERATIONS, (
        f"the spec has {total} operations, not {harness.EXPECTED_OPERATIONS}\n{report}"
    )
    assert not not_handled and not not_selected and not not_run, report

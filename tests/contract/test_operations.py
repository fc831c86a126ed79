"""Every operation of the spec against the in-process mock: the examples, coverage and fuzzing phases, with the
checks of ``harness.CHECKS`` plus ``databricks_state_errors`` and ``generated_client_roundtrip``.

Each generated request runs against a freshly reset mock, so a failure reproduces from its request alone; what
needs state (create → read → delete) is the stateful phase's job (test_stateful.py, test_rpc.py).
"""

from __future__ import annotations

from typing import Any

import pytest

from . import harness
from .runlog import RunLog

MOCK = harness.new_mock()
schema = harness.load_schema()
schema.app = MOCK.app
harness.add_bearer_auth(schema, harness.TOKEN)

_log: RunLog | None = None


@schema.hook
def after_call(context: Any, case: Any, response: Any) -> None:
    if _log is not None:
        _log.record(harness.op_of(case).op_id, response.status_code, handled=harness.handled(case, response))


@pytest.fixture(autouse=True)
def _recorded(record_test: RunLog) -> Any:
    global _log
    _log = record_test
    yield
    _log = None


@schema.parametrize()
def test_operation(case: Any) -> None:
    MOCK.reset()
    case.call_and_validate()

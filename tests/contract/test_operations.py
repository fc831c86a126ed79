"""Every operation of the spec against the in-process mock: the examples, coverage and fuzzing phases, with the
checks of ``harness.CHECKS`` plus ``databricks_state_errors`` and ``generated_client_roundtrip``.

Each generated request runs against a freshly reset mock, so a failure reproduces from its request alone; what
needs state (create → read → delete) is the stateful phase's job (test_stateful.py, test_rpc.py).
"""

from __future__ import annotations

from typing import Any

from . import harness
from .runlog import CallRecorder

MOCK = harness.new_mock()
schema = harness.load_schema()
schema.app = MOCK.app
harness.add_bearer_auth(schema, harness.TOKEN)

REC = CallRecorder(schema, harness.record_call)
_recorded = REC.fixture()


@schema.parametrize()
def test_operation(case: Any) -> None:
    MOCK.reset()
    case.call_and_validate()

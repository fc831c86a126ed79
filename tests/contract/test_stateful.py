"""The stateful phase: schemathesis chains operations along the spec's links (create → read / update / delete),
against one mock per scenario, with every check of the other phases plus the RPC rules of ``RpcTracker``."""

from __future__ import annotations

from typing import Any

from hypothesis import settings

from . import harness

MOCK = harness.new_mock()
schema = harness.load_schema()
schema.app = MOCK.app
harness.add_bearer_auth(schema, harness.TOKEN)


class APIWorkflow(schema.as_state_machine()):  # type: ignore[misc]
    def setup(self) -> None:
        MOCK.reset()
        self.tracker = harness.RpcTracker()

    def after_call(self, response: Any, case: Any) -> None:
        super().after_call(response, case)
        self.tracker.observe(case, response)


TestAPIWorkflow = APIWorkflow.TestCase
TestAPIWorkflow.settings = settings(
    TestAPIWorkflow.settings,
    max_examples=harness.STATEFUL_SCENARIOS,
    stateful_step_count=harness.STATEFUL_STEPS,
    deadline=None,
    derandomize=True,
    database=None,
)

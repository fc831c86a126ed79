"""A pytest plugin for the suite's self-tests (test_suite_catches.py): breaks the mock of test_operations.py on
purpose, so the self-tests can show that the contract suite then fails.

``DBREST_CONTRACT_BREAK=<kind>:<operationId>`` with kind

* ``response``: the operation answers its documented 200 example with one field of the wrong type;
* ``request``: the mock stops validating requests against the spec's schemas and the operation answers its 200
  example to anything.

Load with ``-p tests.contract.breakage``; without the variable it does nothing.
"""

from __future__ import annotations

import copy
import os
import sys
from typing import Any

import pytest


def _example_200(op: Any) -> Any:
    media = op.raw["responses"]["200"]["content"]
    return copy.deepcopy(next(iter(media.values()))["example"])


def broken_body(example: Any) -> Any:
    """The example with its first number or boolean turned into a string (a schema violation)."""
    if isinstance(example, dict):
        for key, value in example.items():
            if isinstance(value, bool | int | float):
                return {**example, key: str(value)}
        return {**example, **{k: broken_body(v) for k, v in list(example.items())[:1]}}
    return ["not", "the", "documented", "shape"]


def break_mock(mock: Any, kind: str, op_id: str) -> None:
    from . import harness

    op = harness.OPERATIONS[op_id]
    example = _example_200(op)
    if kind == "response":
        body = broken_body(example)
        mock.core.handlers[op_id] = lambda req: body
    elif kind == "request":
        # A mock whose schema checks find nothing: the validator of this mock's own Spec (harness.new_mock gives
        # each mock a Spec of its own) is replaced, so every request passes its body and parameter schemas.
        mock.core.spec.errors = lambda pointer, instance: iter(())
        mock.core.handlers[op_id] = lambda req: example
    else:
        raise pytest.UsageError(f"DBREST_CONTRACT_BREAK: unknown kind {kind!r}")


def pytest_collection_finish(session: pytest.Session) -> None:
    spec = os.environ.get("DBREST_CONTRACT_BREAK")
    if not spec:
        return
    kind, _, op_id = spec.partition(":")
    modules = [m for name, m in sys.modules.items() if name.endswith("contract.test_operations")]
    if not modules:
        raise pytest.UsageError("DBREST_CONTRACT_BREAK needs tests/contract/test_operations.py in the run")
    for module in modules:
        break_mock(module.MOCK, kind, op_id)

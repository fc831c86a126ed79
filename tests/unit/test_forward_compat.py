"""Forward compatibility of the generated models on real Databricks response shapes: an enum value or a field
the client does not know parses, compares equal to the wire value, and round-trips through to_dict()."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

CLUSTER = {
    "cluster_id": "1202-211320-brick1",
    "cluster_name": "my-cluster",
    "spark_version": "11.3.x-scala2.12",
    "node_type_id": "Standard_DS3_v2",
    "num_workers": 2,
    "state": "HIBERNATING",  # not a state this client knows
    "state_message": "Sleeping",
    "start_time": 1606000000000,
    "termination_reason": {
        "code": "QUANTUM_FLUCTUATION",  # not a termination code this client knows
        "type": "COSMIC_FAULT",  # nor a termination type
        "parameters": {"username": "me@example.com", "new_parameter": "x"},
    },
    "a_field_from_2031": {"nested": [1, 2, 3]},
}


def roundtrip(cls: Any, payload: dict[str, Any]) -> Any:
    obj = cls.from_dict(copy.deepcopy(payload))
    assert json.loads(json.dumps(obj.to_dict())) == payload
    return obj


def test_cluster_state_and_termination_code_are_open() -> None:
    from dbrest_client.models import ClusterInfo, ClusterState

    info = roundtrip(ClusterInfo, CLUSTER)
    assert info.state == "HIBERNATING"
    assert isinstance(info.state, ClusterState)
    assert info.termination_reason.code == "QUANTUM_FLUCTUATION"
    assert info.termination_reason.type_ == "COSMIC_FAULT"
    assert info["a_field_from_2031"] == {"nested": [1, 2, 3]}
    # known values stay singletons and declared members are unchanged
    assert ClusterState("RUNNING") is ClusterState.RUNNING
    assert "HIBERNATING" not in [m.value for m in ClusterState]


def test_library_status_is_open() -> None:
    from dbrest_client.models import LibraryFullStatus

    status = roundtrip(
        LibraryFullStatus,
        {"library": {"pypi": {"package": "simplejson"}, "future": 1}, "status": "QUARANTINED", "messages": []},
    )
    assert status.status == "QUARANTINED"


def test_run_life_cycle_state_is_open() -> None:
    import dbrest_client.models as models

    names = [n for n in dir(models) if n.endswith("RunLifeCycleState")]
    assert names, "the jobs spec defines a RunLifeCycleState enum"
    for name in names:
        enum = getattr(models, name)
        assert enum("HYPERSPACE") == "HYPERSPACE"
        assert enum("RUNNING") is enum.RUNNING


def test_non_string_values_are_still_rejected() -> None:
    from dbrest_client.models import ClusterState

    with pytest.raises(ValueError):
        ClusterState(42)  # type: ignore[arg-type]

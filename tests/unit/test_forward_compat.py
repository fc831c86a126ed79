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


#: A Jobs 2.1 runs/get answer from a newer server: unknown life-cycle and result states (on the run and on a
#: task run), an unknown trigger and run type, and unknown fields on the run, its state, a task, a task's
#: notebook_task, cluster_instance and depends_on entry.
RUN_21 = {
    "job_id": 11223344,
    "run_id": 455644833,
    "number_in_job": 455644833,
    "creator_user_name": "user.name@databricks.com",
    "original_attempt_run_id": 455644833,
    "state": {
        "life_cycle_state": "WAITING_FOR_QUANTUM_CAPACITY",
        "result_state": "PARTIALLY_SUCCEEDED_IN_2031",
        "state_message": "Queued behind 3 runs",
        "user_cancelled_or_timedout": False,
        "quantum_queue_reason": "capacity",
    },
    "tasks": [
        {
            "run_id": 455644834,
            "task_key": "ingest",
            "notebook_task": {"notebook_path": "/Users/user.name@databricks.com/ingest", "warehouse_id": "abc"},
            "state": {"life_cycle_state": "HIBERNATING", "result_state": "EVAPORATED", "state_message": ""},
            "cluster_instance": {"cluster_id": "0103-000000-abcd0001", "spark_context_id": "43", "zone": "z1"},
            "start_time": 1625060460483,
            "attempt_number": 0,
            "compute_key": "serverless-2031",
        },
        {
            "run_id": 455644835,
            "task_key": "report",
            "depends_on": [{"task_key": "ingest", "outcome": "true"}],
            "existing_cluster_id": "0923-164208-meows279",
            "spark_python_task": {"python_file": "dbfs:/scripts/report.py"},
            "state": {"life_cycle_state": "BLOCKED", "state_message": "", "user_cancelled_or_timedout": False},
        },
    ],
    "start_time": 1625060460483,
    "run_duration": 310000,
    "trigger": "FILE_ARRIVAL_FROM_MARS",
    "run_name": "Nightly ETL",
    "run_type": "AGENT_RUN",
    "attempt_number": 0,
    "agent_parameters": [{"name": "env", "value": "prod"}],
}

#: A Jobs 2.0 runs/get answer from a newer server: unknown states, unknown fields on the run, its state, task,
#: cluster_spec and cluster_instance.
RUN_20 = {
    "job_id": 1,
    "run_id": 452,
    "number_in_job": 5,
    "original_attempt_run_id": 452,
    "state": {
        "life_cycle_state": "DEFERRED",
        "result_state": "MOSTLY_HARMLESS",
        "state_message": "",
        "user_cancelled_or_timedout": False,
        "reason_code": "NEW_2031",
    },
    "task": {"notebook_task": {"notebook_path": "/Users/donald@duck.com/my-notebook", "source": "GIT"}, "new": 1},
    "cluster_spec": {"existing_cluster_id": "1201-my-cluster", "compute": {"kind": "serverless"}},
    "cluster_instance": {"cluster_id": "1201-my-cluster", "spark_context_id": "1102398", "driver_ip": "10.0.0.1"},
    "start_time": 1457570074236,
    "setup_duration": 10000,
    "execution_duration": 60000,
    "cleanup_duration": 5000,
    "end_time": 1457570149236,
    "trigger": "ONE_TIME",
    "creator_user_name": "user.name@databricks.com",
    "run_name": "Nightly model training",
    "run_type": "JOB_RUN",
    "attempt_number": 0,
    "format_2031": {"x": [None, True]},
}


def test_jobs_21_run_with_unknown_states_and_fields_round_trips() -> None:
    from dbrest_client.models import (
        Jobs21Run,
        JobsRunLifeCycleState,
        JobsRunResultState,
        JobsRunType,
        JobsTriggerType,
    )

    run = roundtrip(Jobs21Run, RUN_21)
    assert run.state.life_cycle_state == "WAITING_FOR_QUANTUM_CAPACITY"
    assert isinstance(run.state.life_cycle_state, JobsRunLifeCycleState)
    assert run.state.result_state == "PARTIALLY_SUCCEEDED_IN_2031"
    assert isinstance(run.state.result_state, JobsRunResultState)
    assert run.state["quantum_queue_reason"] == "capacity"
    assert run.trigger == "FILE_ARRIVAL_FROM_MARS" and isinstance(run.trigger, JobsTriggerType)
    assert run.run_type == "AGENT_RUN" and isinstance(run.run_type, JobsRunType)
    first, second = run.tasks
    assert first.state.life_cycle_state == "HIBERNATING" and first.state.result_state == "EVAPORATED"
    assert first["compute_key"] == "serverless-2031"
    assert first.cluster_instance["zone"] == "z1"
    assert second.state.life_cycle_state is JobsRunLifeCycleState.BLOCKED
    assert run["agent_parameters"] == [{"name": "env", "value": "prod"}]


def test_jobs_20_run_with_unknown_states_and_fields_round_trips() -> None:
    from dbrest_client.models import Jobs20Run, JobsRunLifeCycleState, JobsRunResultState

    run = roundtrip(Jobs20Run, RUN_20)
    assert run.state.life_cycle_state == "DEFERRED"
    assert isinstance(run.state.life_cycle_state, JobsRunLifeCycleState)
    assert run.state.result_state == "MOSTLY_HARMLESS"
    assert isinstance(run.state.result_state, JobsRunResultState)
    assert run.state["reason_code"] == "NEW_2031"
    assert run["format_2031"] == {"x": [None, True]}
    assert run.cluster_instance["driver_ip"] == "10.0.0.1"


def test_non_string_values_are_still_rejected() -> None:
    from dbrest_client.models import ClusterState

    with pytest.raises(ValueError):
        ClusterState(42)  # type: ignore[arg-type]

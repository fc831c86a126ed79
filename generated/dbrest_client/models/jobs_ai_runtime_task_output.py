from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsAiRuntimeTaskOutput")


@_attrs_define
class JobsAiRuntimeTaskOutput:
    """AiRuntimeTaskOutput: output identifiers for an AiRuntimeTask run — the MLflow experiment and run IDs the task wrote
    to. Run lifecycle and termination status are not on this message; they live on the surrounding ``RunTask.status``
    field (see ``runs.proto:RunTask.status``).

        Attributes:
            mlflow_experiment_id (str | Unset): MLflow experiment ID the run was logged to. Use it to look up the experiment
                in MLflow APIs or the workspace MLflow UI.
            mlflow_run_id (str | Unset): MLflow run ID for this task execution. Use it to look up the run in MLflow APIs or
                the workspace MLflow UI.
            status_message (str | Unset): Human-readable status message for this run, suitable for display to the user (for
                example, that the run is still waiting for GPU compute). Set by the server only when there is something to
                surface; empty otherwise.
    """

    mlflow_experiment_id: str | Unset = UNSET
    mlflow_run_id: str | Unset = UNSET
    status_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mlflow_experiment_id = self.mlflow_experiment_id

        mlflow_run_id = self.mlflow_run_id

        status_message = self.status_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mlflow_experiment_id is not UNSET:
            field_dict["mlflow_experiment_id"] = mlflow_experiment_id
        if mlflow_run_id is not UNSET:
            field_dict["mlflow_run_id"] = mlflow_run_id
        if status_message is not UNSET:
            field_dict["status_message"] = status_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mlflow_experiment_id = d.pop("mlflow_experiment_id", UNSET)

        mlflow_run_id = d.pop("mlflow_run_id", UNSET)

        status_message = d.pop("status_message", UNSET)

        jobs_ai_runtime_task_output = cls(
            mlflow_experiment_id=mlflow_experiment_id,
            mlflow_run_id=mlflow_run_id,
            status_message=status_message,
        )

        jobs_ai_runtime_task_output.additional_properties = d
        return jobs_ai_runtime_task_output

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

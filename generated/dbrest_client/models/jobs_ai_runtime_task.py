from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_ai_runtime_task_priority_class import JobsAiRuntimeTaskPriorityClass
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_deployment_spec import JobsDeploymentSpec


T = TypeVar("T", bound="JobsAiRuntimeTask")


@_attrs_define
class JobsAiRuntimeTask:
    """AiRuntimeTask: multi-node GPU compute task definition for Databricks AI Runtime workloads. Jobs-framework-level
    concepts (retries, per-task timeout, idempotency token, usage/budget policy, permissions) live on the surrounding
    TaskSettings / run-submit request and are intentionally NOT duplicated here. Users compose ``ai_runtime_task`` with
    the standard Jobs/DABs task wrapper to get those.

        Attributes:
            experiment (str): MLflow experiment name for this run. If an experiment with this name already exists under the
                calling user, the run is appended to it; otherwise a new experiment is created. To target a specific MLflow
                storage location (for example, when running as a service principal), set ``mlflow_experiment_directory``.
            deployments (list[JobsDeploymentSpec]): Deployment specs for this task. Exactly one deployment is currently
                supported (a single entry where every node runs the same command); this is a current-Preview constraint. Role-
                split workloads (driver + worker, parameter server, separate eval node, etc.) with multiple entries are the
                eventual intent but not yet supported.
            code_source_path (str | Unset): Workspace or UC volume path of the code-source archive, unpacked on each node
                and exposed through ``$CODE_SOURCE``. Set by first-party tooling; not for direct callers.
            docker_image_url (str | Unset): Optional Docker image URL for a custom container image. When set, the task runs
                on the specified container image instead of the default Databricks client image. Format:
                ``{organization}/{repository}:{tag}``
            mlflow_artifact_location (str | Unset): Optional root location for MLflow artifacts logged by the run. If this
                field isn't specified the default artifact location will be in dbfs i.e. ``dbfs:/databricks/mlflow-
                tracking/<experiment_id>/...`` If dbfs access is restricted or UC is preferred this can be a custom location in
                UC: ``dbfs:/Volumes/<catalog>/<schema>/<volume>/...`` The location should be unique for each experiment.
            mlflow_experiment_directory (str | Unset): Optional workspace directory under which the MLflow experiment named
                in ``experiment`` is created. Must start with ``/Workspace``. Set this when running as a service principal that
                has no default user directory; for regular users the experiment defaults to the user's home directory.
            mlflow_run (str | Unset): Optional display name for the MLflow run created under ``experiment``. If omitted,
                MLflow generates a default name.
            priority_class (JobsAiRuntimeTaskPriorityClass | Unset): Scheduling priority class for a workload — its priority
                and preemptability when the scheduler ranks pending work.
            unity_catalog_image_path (str | Unset): Optional Unity Catalog path for a custom container image. When set, the
                task runs on the specified container image instead of the default Databricks client image. Format:
                ``{catalog}.{schema}.{image_name}:{tag}``
    """

    experiment: str
    deployments: list[JobsDeploymentSpec]
    code_source_path: str | Unset = UNSET
    docker_image_url: str | Unset = UNSET
    mlflow_artifact_location: str | Unset = UNSET
    mlflow_experiment_directory: str | Unset = UNSET
    mlflow_run: str | Unset = UNSET
    priority_class: JobsAiRuntimeTaskPriorityClass | Unset = UNSET
    unity_catalog_image_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experiment = self.experiment

        deployments = []
        for deployments_item_data in self.deployments:
            deployments_item = deployments_item_data.to_dict()
            deployments.append(deployments_item)

        code_source_path = self.code_source_path

        docker_image_url = self.docker_image_url

        mlflow_artifact_location = self.mlflow_artifact_location

        mlflow_experiment_directory = self.mlflow_experiment_directory

        mlflow_run = self.mlflow_run

        priority_class: str | Unset = UNSET
        if not isinstance(self.priority_class, Unset):
            priority_class = self.priority_class.value

        unity_catalog_image_path = self.unity_catalog_image_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "experiment": experiment,
                "deployments": deployments,
            }
        )
        if code_source_path is not UNSET:
            field_dict["code_source_path"] = code_source_path
        if docker_image_url is not UNSET:
            field_dict["docker_image_url"] = docker_image_url
        if mlflow_artifact_location is not UNSET:
            field_dict["mlflow_artifact_location"] = mlflow_artifact_location
        if mlflow_experiment_directory is not UNSET:
            field_dict["mlflow_experiment_directory"] = mlflow_experiment_directory
        if mlflow_run is not UNSET:
            field_dict["mlflow_run"] = mlflow_run
        if priority_class is not UNSET:
            field_dict["priority_class"] = priority_class
        if unity_catalog_image_path is not UNSET:
            field_dict["unity_catalog_image_path"] = unity_catalog_image_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_deployment_spec import JobsDeploymentSpec  # noqa: PLC0415

        d = dict(src_dict)
        experiment = d.pop("experiment")

        deployments = []
        _deployments = d.pop("deployments")
        for deployments_item_data in _deployments:
            deployments_item = JobsDeploymentSpec.from_dict(deployments_item_data)

            deployments.append(deployments_item)

        code_source_path = d.pop("code_source_path", UNSET)

        docker_image_url = d.pop("docker_image_url", UNSET)

        mlflow_artifact_location = d.pop("mlflow_artifact_location", UNSET)

        mlflow_experiment_directory = d.pop("mlflow_experiment_directory", UNSET)

        mlflow_run = d.pop("mlflow_run", UNSET)

        _priority_class = d.pop("priority_class", UNSET)
        priority_class: JobsAiRuntimeTaskPriorityClass | Unset
        if isinstance(_priority_class, Unset):
            priority_class = UNSET
        else:
            priority_class = JobsAiRuntimeTaskPriorityClass(_priority_class)

        unity_catalog_image_path = d.pop("unity_catalog_image_path", UNSET)

        jobs_ai_runtime_task = cls(
            experiment=experiment,
            deployments=deployments,
            code_source_path=code_source_path,
            docker_image_url=docker_image_url,
            mlflow_artifact_location=mlflow_artifact_location,
            mlflow_experiment_directory=mlflow_experiment_directory,
            mlflow_run=mlflow_run,
            priority_class=priority_class,
            unity_catalog_image_path=unity_catalog_image_path,
        )

        jobs_ai_runtime_task.additional_properties = d
        return jobs_ai_runtime_task

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

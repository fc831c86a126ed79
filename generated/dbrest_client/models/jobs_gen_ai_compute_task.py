from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_source import JobsSource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_compute_config import JobsComputeConfig


T = TypeVar("T", bound="JobsGenAiComputeTask")


@_attrs_define
class JobsGenAiComputeTask:
    """DEPRECATED — use ``AiRuntimeTask`` for all new BYOT multi-node GPU workloads (see ai_runtime_task.proto).
    ``AiRuntimeTask`` is the only supported BYOT task type for new workloads; this proto is retained only for AIR CLI
    (fka SGCLI) pywheel backwards compatibility and will be removed once the pywheel → databricks-cli migration
    completes (post- PuPr).

        Attributes:
            dl_runtime_image (str): Runtime image
            command (str | Unset): Command launcher to run the actual script, e.g. bash, python etc.
            compute (JobsComputeConfig | Unset):
            mlflow_experiment_name (str | Unset): Optional string containing the name of the MLflow experiment to log the
                run to. If name is not found, backend will create the mlflow experiment using the name.
            source (JobsSource | Unset): Where the file comes from: WORKSPACE or GIT (the job's `git_source`); default GIT
                when the job has a
                `git_source`, else WORKSPACE.
            training_script_path (str | Unset): The training script file path to be executed. Cloud file URIs (such as
                dbfs:/, s3:/, adls:/, gcs:/) and workspace paths are supported. For python files stored in the Databricks
                workspace, the path must be absolute and begin with ``/``. For files stored in a remote repository, the path
                must be relative. This field is required.
            yaml_parameters (str | Unset): Optional string containing model parameters passed to the training script in yaml
                format. If present, then the content in yaml_parameters_file_path will be ignored.
            yaml_parameters_file_path (str | Unset): Optional path to a YAML file containing model parameters passed to the
                training script.
    """

    dl_runtime_image: str
    command: str | Unset = UNSET
    compute: JobsComputeConfig | Unset = UNSET
    mlflow_experiment_name: str | Unset = UNSET
    source: JobsSource | Unset = UNSET
    training_script_path: str | Unset = UNSET
    yaml_parameters: str | Unset = UNSET
    yaml_parameters_file_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dl_runtime_image = self.dl_runtime_image

        command = self.command

        compute: dict[str, Any] | Unset = UNSET
        if not isinstance(self.compute, Unset):
            compute = self.compute.to_dict()

        mlflow_experiment_name = self.mlflow_experiment_name

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        training_script_path = self.training_script_path

        yaml_parameters = self.yaml_parameters

        yaml_parameters_file_path = self.yaml_parameters_file_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dl_runtime_image": dl_runtime_image,
            }
        )
        if command is not UNSET:
            field_dict["command"] = command
        if compute is not UNSET:
            field_dict["compute"] = compute
        if mlflow_experiment_name is not UNSET:
            field_dict["mlflow_experiment_name"] = mlflow_experiment_name
        if source is not UNSET:
            field_dict["source"] = source
        if training_script_path is not UNSET:
            field_dict["training_script_path"] = training_script_path
        if yaml_parameters is not UNSET:
            field_dict["yaml_parameters"] = yaml_parameters
        if yaml_parameters_file_path is not UNSET:
            field_dict["yaml_parameters_file_path"] = yaml_parameters_file_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_compute_config import JobsComputeConfig  # noqa: PLC0415

        d = dict(src_dict)
        dl_runtime_image = d.pop("dl_runtime_image")

        command = d.pop("command", UNSET)

        _compute = d.pop("compute", UNSET)
        compute: JobsComputeConfig | Unset
        if isinstance(_compute, Unset):
            compute = UNSET
        else:
            compute = JobsComputeConfig.from_dict(_compute)

        mlflow_experiment_name = d.pop("mlflow_experiment_name", UNSET)

        _source = d.pop("source", UNSET)
        source: JobsSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = JobsSource(_source)

        training_script_path = d.pop("training_script_path", UNSET)

        yaml_parameters = d.pop("yaml_parameters", UNSET)

        yaml_parameters_file_path = d.pop("yaml_parameters_file_path", UNSET)

        jobs_gen_ai_compute_task = cls(
            dl_runtime_image=dl_runtime_image,
            command=command,
            compute=compute,
            mlflow_experiment_name=mlflow_experiment_name,
            source=source,
            training_script_path=training_script_path,
            yaml_parameters=yaml_parameters,
            yaml_parameters_file_path=yaml_parameters_file_path,
        )

        jobs_gen_ai_compute_task.additional_properties = d
        return jobs_gen_ai_compute_task

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

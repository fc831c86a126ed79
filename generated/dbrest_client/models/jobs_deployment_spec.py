from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_compute_spec import JobsComputeSpec


T = TypeVar("T", bound="JobsDeploymentSpec")


@_attrs_define
class JobsDeploymentSpec:
    """DeploymentSpec: configuration for one deployment within an AiRuntimeTask. Each entry in
    ``AiRuntimeTask.deployments`` describes a group of nodes that share the same command and compute. Many single-
    program training algorithms use a single entry where every node runs the same command; role-split workloads (driver
    + worker, parameter server, separate eval node, etc.) use multiple entries.

        Attributes:
            compute (JobsComputeSpec): ComputeSpec: compute configuration — accelerator type and total accelerator count
                across all nodes.
            command_path (str | Unset): Workspace path of the script to run on each node in this deployment. Upload the
                script to this path and supply the path here. When the task runs, the file at this path is run on each node; if
                it fails, the task fails with its exit code. Example script contents: .. code-block:: bash # Plain Python:
                python train.py --epochs 10 # Multi-GPU via accelerate: accelerate launch train.py --config config.yaml #
                Distributed via torchrun: torchrun --nproc_per_node=8 train.py
            name (str | Unset): Optional human-readable name for this deployment (for example, ``driver``, ``worker``,
                ``param_server``). Used for log and UI display. Distinct names are recommended so deployments can be told apart,
                but uniqueness is not enforced.
    """

    compute: JobsComputeSpec
    command_path: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compute = self.compute.to_dict()

        command_path = self.command_path

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compute": compute,
            }
        )
        if command_path is not UNSET:
            field_dict["command_path"] = command_path
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_compute_spec import JobsComputeSpec  # noqa: PLC0415

        d = dict(src_dict)
        compute = JobsComputeSpec.from_dict(d.pop("compute"))

        command_path = d.pop("command_path", UNSET)

        name = d.pop("name", UNSET)

        jobs_deployment_spec = cls(
            compute=compute,
            command_path=command_path,
            name=name,
        )

        jobs_deployment_spec.additional_properties = d
        return jobs_deployment_spec

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

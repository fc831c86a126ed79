from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClustersWorkloadTypeClients")


@_attrs_define
class ClustersWorkloadTypeClients:
    """
    Attributes:
        notebooks (bool | Unset): Whether notebooks may attach. Default true.
        jobs (bool | Unset): Whether jobs may run. Default true.
    """

    notebooks: bool | Unset = UNSET
    jobs: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notebooks = self.notebooks

        jobs = self.jobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notebooks is not UNSET:
            field_dict["notebooks"] = notebooks
        if jobs is not UNSET:
            field_dict["jobs"] = jobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        notebooks = d.pop("notebooks", UNSET)

        jobs = d.pop("jobs", UNSET)

        clusters_workload_type_clients = cls(
            notebooks=notebooks,
            jobs=jobs,
        )

        clusters_workload_type_clients.additional_properties = d
        return clusters_workload_type_clients

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

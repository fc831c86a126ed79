from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClustersRestartRequest")


@_attrs_define
class ClustersRestartRequest:
    """
    Attributes:
        cluster_id (str): The cluster id.
        restart_user (str | Unset): The user recorded as having restarted the cluster; default the caller.
    """

    cluster_id: str
    restart_user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id = self.cluster_id

        restart_user = self.restart_user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cluster_id": cluster_id,
            }
        )
        if restart_user is not UNSET:
            field_dict["restart_user"] = restart_user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cluster_id = d.pop("cluster_id")

        restart_user = d.pop("restart_user", UNSET)

        clusters_restart_request = cls(
            cluster_id=cluster_id,
            restart_user=restart_user,
        )

        clusters_restart_request.additional_properties = d
        return clusters_restart_request

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

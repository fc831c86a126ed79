from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.permissions_access_control_response import PermissionsAccessControlResponse


T = TypeVar("T", bound="PermissionsObjectPermissions")


@_attrs_define
class PermissionsObjectPermissions:
    """The ACL of an object. `object_id` is `/<type>/<id>` (e.g. `/clusters/1202-211320-brick1`,
    `/authorization/tokens`); `object_type` is cluster, cluster-policy, instance-pool, job, pipelines,
    notebook, directory, mlflowExperiment, registered-model, repo, tokens or passwords. Some documented
    answers omit both.

        Attributes:
            object_id (str | Unset):
            object_type (str | Unset):
            access_control_list (list[PermissionsAccessControlResponse] | Unset):
    """

    object_id: str | Unset = UNSET
    object_type: str | Unset = UNSET
    access_control_list: list[PermissionsAccessControlResponse] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_id = self.object_id

        object_type = self.object_type

        access_control_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.access_control_list, Unset):
            access_control_list = []
            for access_control_list_item_data in self.access_control_list:
                access_control_list_item = access_control_list_item_data.to_dict()
                access_control_list.append(access_control_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_id is not UNSET:
            field_dict["object_id"] = object_id
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if access_control_list is not UNSET:
            field_dict["access_control_list"] = access_control_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.permissions_access_control_response import PermissionsAccessControlResponse  # noqa: PLC0415

        d = dict(src_dict)
        object_id = d.pop("object_id", UNSET)

        object_type = d.pop("object_type", UNSET)

        _access_control_list = d.pop("access_control_list", UNSET)
        access_control_list: list[PermissionsAccessControlResponse] | Unset = UNSET
        if _access_control_list is not UNSET:
            access_control_list = []
            for access_control_list_item_data in _access_control_list:
                access_control_list_item = PermissionsAccessControlResponse.from_dict(access_control_list_item_data)

                access_control_list.append(access_control_list_item)

        permissions_object_permissions = cls(
            object_id=object_id,
            object_type=object_type,
            access_control_list=access_control_list,
        )

        permissions_object_permissions.additional_properties = d
        return permissions_object_permissions

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InstancePoolsCreateResponse")


@_attrs_define
class InstancePoolsCreateResponse:
    """
    Example:
        {'instance_pool_id': '0101-120000-brick1-pool-ABCD1234'}

    Attributes:
        instance_pool_id (str): The id of the new pool.
    """

    instance_pool_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_pool_id = self.instance_pool_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instance_pool_id": instance_pool_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance_pool_id = d.pop("instance_pool_id")

        instance_pools_create_response = cls(
            instance_pool_id=instance_pool_id,
        )

        instance_pools_create_response.additional_properties = d
        return instance_pools_create_response

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

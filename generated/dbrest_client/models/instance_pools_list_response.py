from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.instance_pool_and_stats import InstancePoolAndStats


T = TypeVar("T", bound="InstancePoolsListResponse")


@_attrs_define
class InstancePoolsListResponse:
    """
    Example:
        {'instance_pools': [{'instance_pool_name': 'my-pool', 'node_type_id': 'Standard_D3_v2', 'instance_pool_id':
            '0101-120000-brick1-pool-ABCD1234', 'state': 'ACTIVE'}]}

    Attributes:
        instance_pools (list[InstancePoolAndStats] | Unset): The pools; omitted when there are none.
    """

    instance_pools: list[InstancePoolAndStats] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_pools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instance_pools, Unset):
            instance_pools = []
            for instance_pools_item_data in self.instance_pools:
                instance_pools_item = instance_pools_item_data.to_dict()
                instance_pools.append(instance_pools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instance_pools is not UNSET:
            field_dict["instance_pools"] = instance_pools

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.instance_pool_and_stats import InstancePoolAndStats  # noqa: PLC0415

        d = dict(src_dict)
        _instance_pools = d.pop("instance_pools", UNSET)
        instance_pools: list[InstancePoolAndStats] | Unset = UNSET
        if _instance_pools is not UNSET:
            instance_pools = []
            for instance_pools_item_data in _instance_pools:
                instance_pools_item = InstancePoolAndStats.from_dict(instance_pools_item_data)

                instance_pools.append(instance_pools_item)

        instance_pools_list_response = cls(
            instance_pools=instance_pools,
        )

        instance_pools_list_response.additional_properties = d
        return instance_pools_list_response

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_policy import ClusterPolicy


T = TypeVar("T", bound="ClusterPoliciesListResponse")


@_attrs_define
class ClusterPoliciesListResponse:
    """
    Example:
        {'policies': [{'policy_id': 'ABCD000000000000', 'name': 'Test policy', 'definition': '{}',
            'created_at_timestamp': 1600000000000}], 'total_count': 1}

    Attributes:
        policies (list[ClusterPolicy] | Unset): The policies; omitted when there are none.
        total_count (int | Unset): Number of policies returned.
    """

    policies: list[ClusterPolicy] | Unset = UNSET
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.policies, Unset):
            policies = []
            for policies_item_data in self.policies:
                policies_item = policies_item_data.to_dict()
                policies.append(policies_item)

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if policies is not UNSET:
            field_dict["policies"] = policies
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cluster_policy import ClusterPolicy  # noqa: PLC0415

        d = dict(src_dict)
        _policies = d.pop("policies", UNSET)
        policies: list[ClusterPolicy] | Unset = UNSET
        if _policies is not UNSET:
            policies = []
            for policies_item_data in _policies:
                policies_item = ClusterPolicy.from_dict(policies_item_data)

                policies.append(policies_item)

        total_count = d.pop("total_count", UNSET)

        cluster_policies_list_response = cls(
            policies=policies,
            total_count=total_count,
        )

        cluster_policies_list_response.additional_properties = d
        return cluster_policies_list_response

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

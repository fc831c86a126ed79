from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.policy_family import PolicyFamily


T = TypeVar("T", bound="PolicyFamiliesListResponse")


@_attrs_define
class PolicyFamiliesListResponse:
    """
    Attributes:
        policy_families (list[PolicyFamily] | Unset):
        next_page_token (str | Unset): Token of the next page; absent on the last page.
    """

    policy_families: list[PolicyFamily] | Unset = UNSET
    next_page_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policy_families: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.policy_families, Unset):
            policy_families = []
            for policy_families_item_data in self.policy_families:
                policy_families_item = policy_families_item_data.to_dict()
                policy_families.append(policy_families_item)

        next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if policy_families is not UNSET:
            field_dict["policy_families"] = policy_families
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.policy_family import PolicyFamily  # noqa: PLC0415

        d = dict(src_dict)
        _policy_families = d.pop("policy_families", UNSET)
        policy_families: list[PolicyFamily] | Unset = UNSET
        if _policy_families is not UNSET:
            policy_families = []
            for policy_families_item_data in _policy_families:
                policy_families_item = PolicyFamily.from_dict(policy_families_item_data)

                policy_families.append(policy_families_item)

        next_page_token = d.pop("next_page_token", UNSET)

        policy_families_list_response = cls(
            policy_families=policy_families,
            next_page_token=next_page_token,
        )

        policy_families_list_response.additional_properties = d
        return policy_families_list_response

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

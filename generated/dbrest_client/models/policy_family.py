from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PolicyFamily")


@_attrs_define
class PolicyFamily:
    """A policy family.

    Example:
        {'policy_family_id': 'personal-vm', 'name': 'Personal Compute', 'description': 'Use with small-to-medium data or
            libraries like pandas and scikit-learn.', 'definition':
            '{"spark_conf.spark.databricks.cluster.profile":{"type":"fixed","value":"singleNode","hidden":true}}'}

    Attributes:
        policy_family_id (str | Unset): Id of the family, the `policy_family_id` of the policies created from it.
        name (str | Unset):
        description (str | Unset):
        definition (str | Unset): The family's policy definition, a JSON object serialised as a string.
    """

    policy_family_id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    definition: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policy_family_id = self.policy_family_id

        name = self.name

        description = self.description

        definition = self.definition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if policy_family_id is not UNSET:
            field_dict["policy_family_id"] = policy_family_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if definition is not UNSET:
            field_dict["definition"] = definition

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        policy_family_id = d.pop("policy_family_id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        definition = d.pop("definition", UNSET)

        policy_family = cls(
            policy_family_id=policy_family_id,
            name=name,
            description=description,
            definition=definition,
        )

        policy_family.additional_properties = d
        return policy_family

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.library import Library


T = TypeVar("T", bound="ClusterPoliciesCreateRequest")


@_attrs_define
class ClusterPoliciesCreateRequest:
    """
    Example:
        {'name': 'Example Policy', 'definition': '{"spark_version":{"type":"fixed","value":"next-major-version-
            scala2.12","hidden":true}}'}

    Attributes:
        name (str): Name of the policy; unique in the workspace, 1–100 characters.
        definition (str | Unset): The policy definition: a JSON object, serialised as a string, mapping attribute paths
            to rules.
            Default `{}` (no restriction). Other JSON (an array) is stored as given, and a cluster launched with
            the policy is then refused with `INVALID_PARAMETER_VALUE` (databricks/cli#6492).
        description (str | Unset): Free-text description of the policy.
        max_clusters_per_user (int | Unset): Maximum number of clusters per user that can use the policy (at least 1);
            default no limit.
        policy_family_id (str | Unset): Id of the policy family (see policy-families) whose definition the policy
            inherits, with
            `policy_family_definition_overrides` applied, instead of `definition`. An unknown family →
            INVALID_PARAMETER_VALUE.
        policy_family_definition_overrides (str | Unset): JSON object of rules that override or extend the policy
            family's definition.
        libraries (list[Library] | Unset): Libraries installed on every cluster that uses the policy.
    """

    name: str
    definition: str | Unset = UNSET
    description: str | Unset = UNSET
    max_clusters_per_user: int | Unset = UNSET
    policy_family_id: str | Unset = UNSET
    policy_family_definition_overrides: str | Unset = UNSET
    libraries: list[Library] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        definition = self.definition

        description = self.description

        max_clusters_per_user = self.max_clusters_per_user

        policy_family_id = self.policy_family_id

        policy_family_definition_overrides = self.policy_family_definition_overrides

        libraries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.libraries, Unset):
            libraries = []
            for libraries_item_data in self.libraries:
                libraries_item = libraries_item_data.to_dict()
                libraries.append(libraries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if definition is not UNSET:
            field_dict["definition"] = definition
        if description is not UNSET:
            field_dict["description"] = description
        if max_clusters_per_user is not UNSET:
            field_dict["max_clusters_per_user"] = max_clusters_per_user
        if policy_family_id is not UNSET:
            field_dict["policy_family_id"] = policy_family_id
        if policy_family_definition_overrides is not UNSET:
            field_dict["policy_family_definition_overrides"] = policy_family_definition_overrides
        if libraries is not UNSET:
            field_dict["libraries"] = libraries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.library import Library  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        definition = d.pop("definition", UNSET)

        description = d.pop("description", UNSET)

        max_clusters_per_user = d.pop("max_clusters_per_user", UNSET)

        policy_family_id = d.pop("policy_family_id", UNSET)

        policy_family_definition_overrides = d.pop("policy_family_definition_overrides", UNSET)

        _libraries = d.pop("libraries", UNSET)
        libraries: list[Library] | Unset = UNSET
        if _libraries is not UNSET:
            libraries = []
            for libraries_item_data in _libraries:
                libraries_item = Library.from_dict(libraries_item_data)

                libraries.append(libraries_item)

        cluster_policies_create_request = cls(
            name=name,
            definition=definition,
            description=description,
            max_clusters_per_user=max_clusters_per_user,
            policy_family_id=policy_family_id,
            policy_family_definition_overrides=policy_family_definition_overrides,
            libraries=libraries,
        )

        cluster_policies_create_request.additional_properties = d
        return cluster_policies_create_request

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

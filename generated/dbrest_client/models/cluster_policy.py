from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.library import Library


T = TypeVar("T", bound="ClusterPolicy")


@_attrs_define
class ClusterPolicy:
    """A cluster policy.

    Example:
        {'policy_id': 'ABCD000000000000', 'name': 'Test policy', 'definition':
            '{"spark_conf.spark.databricks.cluster.profile":{"type":"forbidden","hidden":true}}', 'creator_user_name':
            'admin@example.com', 'created_at_timestamp': 1600000000000}

    Attributes:
        policy_id (str | Unset): Canonical id of the policy (16 hex characters).
        name (str | Unset): Name of the policy.
        definition (str | Unset): The policy definition, a JSON object serialised as a string.
        description (str | Unset):
        creator_user_name (str | Unset): User name of the creator; omitted if the user was deleted.
        created_at_timestamp (int | Unset): Creation time, epoch milliseconds.
        is_default (bool | Unset): Whether this is a default policy created by Databricks (e.g. Personal Compute).
        max_clusters_per_user (int | Unset):
        policy_family_id (str | Unset):
        policy_family_definition_overrides (str | Unset):
        libraries (list[Library] | Unset):
    """

    policy_id: str | Unset = UNSET
    name: str | Unset = UNSET
    definition: str | Unset = UNSET
    description: str | Unset = UNSET
    creator_user_name: str | Unset = UNSET
    created_at_timestamp: int | Unset = UNSET
    is_default: bool | Unset = UNSET
    max_clusters_per_user: int | Unset = UNSET
    policy_family_id: str | Unset = UNSET
    policy_family_definition_overrides: str | Unset = UNSET
    libraries: list[Library] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policy_id = self.policy_id

        name = self.name

        definition = self.definition

        description = self.description

        creator_user_name = self.creator_user_name

        created_at_timestamp = self.created_at_timestamp

        is_default = self.is_default

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
        field_dict.update({})
        if policy_id is not UNSET:
            field_dict["policy_id"] = policy_id
        if name is not UNSET:
            field_dict["name"] = name
        if definition is not UNSET:
            field_dict["definition"] = definition
        if description is not UNSET:
            field_dict["description"] = description
        if creator_user_name is not UNSET:
            field_dict["creator_user_name"] = creator_user_name
        if created_at_timestamp is not UNSET:
            field_dict["created_at_timestamp"] = created_at_timestamp
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
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
        policy_id = d.pop("policy_id", UNSET)

        name = d.pop("name", UNSET)

        definition = d.pop("definition", UNSET)

        description = d.pop("description", UNSET)

        creator_user_name = d.pop("creator_user_name", UNSET)

        created_at_timestamp = d.pop("created_at_timestamp", UNSET)

        is_default = d.pop("is_default", UNSET)

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

        cluster_policy = cls(
            policy_id=policy_id,
            name=name,
            definition=definition,
            description=description,
            creator_user_name=creator_user_name,
            created_at_timestamp=created_at_timestamp,
            is_default=is_default,
            max_clusters_per_user=max_clusters_per_user,
            policy_family_id=policy_family_id,
            policy_family_definition_overrides=policy_family_definition_overrides,
            libraries=libraries,
        )

        cluster_policy.additional_properties = d
        return cluster_policy

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scim_list_response_schemas_item import ScimListResponseSchemasItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scim_group import ScimGroup


T = TypeVar("T", bound="ScimGroupList")


@_attrs_define
class ScimGroupList:
    """ListResponse of groups; `Resources` is absent when the page is empty.

    Attributes:
        schemas (list[ScimListResponseSchemasItem]): Schema URNs of a list response (the values of databricks-sdk
            0.162.0 `iam.ListResponseSchema`).
        total_results (int):
        start_index (int):
        items_per_page (int):
        resources (list[ScimGroup] | Unset):
    """

    schemas: list[ScimListResponseSchemasItem]
    total_results: int
    start_index: int
    items_per_page: int
    resources: list[ScimGroup] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schemas = []
        for componentsschemas_scim_list_response_schemas_item_data in self.schemas:
            componentsschemas_scim_list_response_schemas_item = (
                componentsschemas_scim_list_response_schemas_item_data.value
            )
            schemas.append(componentsschemas_scim_list_response_schemas_item)

        total_results = self.total_results

        start_index = self.start_index

        items_per_page = self.items_per_page

        resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = []
            for resources_item_data in self.resources:
                resources_item = resources_item_data.to_dict()
                resources.append(resources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schemas": schemas,
                "totalResults": total_results,
                "startIndex": start_index,
                "itemsPerPage": items_per_page,
            }
        )
        if resources is not UNSET:
            field_dict["Resources"] = resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scim_group import ScimGroup  # noqa: PLC0415

        d = dict(src_dict)
        schemas = []
        _schemas = d.pop("schemas")
        for componentsschemas_scim_list_response_schemas_item_data in _schemas:
            componentsschemas_scim_list_response_schemas_item = ScimListResponseSchemasItem(
                componentsschemas_scim_list_response_schemas_item_data
            )

            schemas.append(componentsschemas_scim_list_response_schemas_item)

        total_results = d.pop("totalResults")

        start_index = d.pop("startIndex")

        items_per_page = d.pop("itemsPerPage")

        _resources = d.pop("Resources", UNSET)
        resources: list[ScimGroup] | Unset = UNSET
        if _resources is not UNSET:
            resources = []
            for resources_item_data in _resources:
                resources_item = ScimGroup.from_dict(resources_item_data)

                resources.append(resources_item)

        scim_group_list = cls(
            schemas=schemas,
            total_results=total_results,
            start_index=start_index,
            items_per_page=items_per_page,
            resources=resources,
        )

        scim_group_list.additional_properties = d
        return scim_group_list

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

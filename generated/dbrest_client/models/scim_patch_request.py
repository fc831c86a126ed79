from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scim_patch_request_schemas_item import ScimPatchRequestSchemasItem

if TYPE_CHECKING:
    from ..models.scim_patch_operation import ScimPatchOperation


T = TypeVar("T", bound="ScimPatchRequest")


@_attrs_define
class ScimPatchRequest:
    """
    Attributes:
        schemas (list[ScimPatchRequestSchemasItem]): Must contain `urn:ietf:params:scim:api:messages:2.0:PatchOp`.
        operations (list[ScimPatchOperation]):
    """

    schemas: list[ScimPatchRequestSchemasItem]
    operations: list[ScimPatchOperation]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schemas = []
        for schemas_item_data in self.schemas:
            schemas_item = schemas_item_data.value
            schemas.append(schemas_item)

        operations = []
        for operations_item_data in self.operations:
            operations_item = operations_item_data.to_dict()
            operations.append(operations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schemas": schemas,
                "Operations": operations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scim_patch_operation import ScimPatchOperation  # noqa: PLC0415

        d = dict(src_dict)
        schemas = []
        _schemas = d.pop("schemas")
        for schemas_item_data in _schemas:
            schemas_item = ScimPatchRequestSchemasItem(schemas_item_data)

            schemas.append(schemas_item)

        operations = []
        _operations = d.pop("Operations")
        for operations_item_data in _operations:
            operations_item = ScimPatchOperation.from_dict(operations_item_data)

            operations.append(operations_item)

        scim_patch_request = cls(
            schemas=schemas,
            operations=operations,
        )

        scim_patch_request.additional_properties = d
        return scim_patch_request

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

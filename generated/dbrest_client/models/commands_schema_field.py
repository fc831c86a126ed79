from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.commands_schema_field_metadata_type_1 import CommandsSchemaFieldMetadataType1


T = TypeVar("T", bound="CommandsSchemaField")


@_attrs_define
class CommandsSchemaField:
    """A column of a `table` result. With `isJsonSchema` the `type` is the Spark data type as JSON
    (e.g. `"\\"integer\\""`) and `metadata` the column metadata as a JSON string.

        Attributes:
            name (str | Unset):
            type_ (str | Unset):
            metadata (CommandsSchemaFieldMetadataType1 | str | Unset):
    """

    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    metadata: CommandsSchemaFieldMetadataType1 | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.commands_schema_field_metadata_type_1 import CommandsSchemaFieldMetadataType1  # noqa: PLC0415

        name = self.name

        type_ = self.type_

        metadata: dict[str, Any] | str | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CommandsSchemaFieldMetadataType1):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.commands_schema_field_metadata_type_1 import CommandsSchemaFieldMetadataType1  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        def _parse_metadata(data: object) -> CommandsSchemaFieldMetadataType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_1 = CommandsSchemaFieldMetadataType1.from_dict(data)

                return metadata_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CommandsSchemaFieldMetadataType1 | str | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        commands_schema_field = cls(
            name=name,
            type_=type_,
            metadata=metadata,
        )

        commands_schema_field.additional_properties = d
        return commands_schema_field

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

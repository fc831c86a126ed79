from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.command_result_type import CommandResultType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.commands_schema_field import CommandsSchemaField


T = TypeVar("T", bound="CommandResults")


@_attrs_define
class CommandResults:
    """The result of a command. `resultType` tells which fields are set: `text` → `data` (the output as a
    string); `table` → `data` (array of rows, each an array of values), `schema`, `truncated`,
    `isJsonSchema`; `error` → `cause` (the stack trace) and `summary` (one line); `image` → `fileName`;
    `images` → `fileNames`. `pos` is an offset used by streaming results.

        Example:
            {'resultType': 'text', 'data': 'hello'}

        Attributes:
            result_type (CommandResultType | Unset): Kind of a command result. Example: text.
            data (Any | Unset): The output (`text`) or the rows (`table`).
            schema (list[CommandsSchemaField] | Unset):
            truncated (bool | Unset): Whether the table was cut to the row limit.
            is_json_schema (bool | Unset): Whether the `schema` types are JSON-serialised Spark types.
            cause (str | Unset): The error's stack trace (`error` results).
            summary (str | Unset): One-line description of the error (`error` results), e.g. `NameError: name 'x' is not
                defined`.
            file_name (str | Unset): Path of the image (`image` results).
            file_names (list[str] | Unset): Paths of the images (`images` results).
            pos (int | Unset):
    """

    result_type: CommandResultType | Unset = UNSET
    data: Any | Unset = UNSET
    schema: list[CommandsSchemaField] | Unset = UNSET
    truncated: bool | Unset = UNSET
    is_json_schema: bool | Unset = UNSET
    cause: str | Unset = UNSET
    summary: str | Unset = UNSET
    file_name: str | Unset = UNSET
    file_names: list[str] | Unset = UNSET
    pos: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result_type: str | Unset = UNSET
        if not isinstance(self.result_type, Unset):
            result_type = self.result_type.value

        data = self.data

        schema: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = []
            for schema_item_data in self.schema:
                schema_item = schema_item_data.to_dict()
                schema.append(schema_item)

        truncated = self.truncated

        is_json_schema = self.is_json_schema

        cause = self.cause

        summary = self.summary

        file_name = self.file_name

        file_names: list[str] | Unset = UNSET
        if not isinstance(self.file_names, Unset):
            file_names = self.file_names

        pos = self.pos

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result_type is not UNSET:
            field_dict["resultType"] = result_type
        if data is not UNSET:
            field_dict["data"] = data
        if schema is not UNSET:
            field_dict["schema"] = schema
        if truncated is not UNSET:
            field_dict["truncated"] = truncated
        if is_json_schema is not UNSET:
            field_dict["isJsonSchema"] = is_json_schema
        if cause is not UNSET:
            field_dict["cause"] = cause
        if summary is not UNSET:
            field_dict["summary"] = summary
        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        if file_names is not UNSET:
            field_dict["fileNames"] = file_names
        if pos is not UNSET:
            field_dict["pos"] = pos

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.commands_schema_field import CommandsSchemaField  # noqa: PLC0415

        d = dict(src_dict)
        _result_type = d.pop("resultType", UNSET)
        result_type: CommandResultType | Unset
        if isinstance(_result_type, Unset):
            result_type = UNSET
        else:
            result_type = CommandResultType(_result_type)

        data = d.pop("data", UNSET)

        _schema = d.pop("schema", UNSET)
        schema: list[CommandsSchemaField] | Unset = UNSET
        if _schema is not UNSET:
            schema = []
            for schema_item_data in _schema:
                schema_item = CommandsSchemaField.from_dict(schema_item_data)

                schema.append(schema_item)

        truncated = d.pop("truncated", UNSET)

        is_json_schema = d.pop("isJsonSchema", UNSET)

        cause = d.pop("cause", UNSET)

        summary = d.pop("summary", UNSET)

        file_name = d.pop("fileName", UNSET)

        file_names = cast(list[str], d.pop("fileNames", UNSET))

        pos = d.pop("pos", UNSET)

        command_results = cls(
            result_type=result_type,
            data=data,
            schema=schema,
            truncated=truncated,
            is_json_schema=is_json_schema,
            cause=cause,
            summary=summary,
            file_name=file_name,
            file_names=file_names,
            pos=pos,
        )

        command_results.additional_properties = d
        return command_results

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.command_status import CommandStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.command_results import CommandResults


T = TypeVar("T", bound="CommandsStatusResponse")


@_attrs_define
class CommandsStatusResponse:
    """
    Example:
        {'id': '4538242203822083978', 'status': 'Finished', 'results': {'resultType': 'text', 'data': 'hello'}}

    Attributes:
        id (str):
        status (CommandStatus): Status of a command; terminal states are Finished, Cancelled and Error. Example:
            Finished.
        results (CommandResults | Unset): The result of a command. `resultType` tells which fields are set: `text` →
            `data` (the output as a
            string); `table` → `data` (array of rows, each an array of values), `schema`, `truncated`,
            `isJsonSchema`; `error` → `cause` (the stack trace) and `summary` (one line); `image` → `fileName`;
            `images` → `fileNames`. `pos` is an offset used by streaming results.
             Example: {'resultType': 'text', 'data': 'hello'}.
    """

    id: str
    status: CommandStatus
    results: CommandResults | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        results: dict[str, Any] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = self.results.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.command_results import CommandResults  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        status = CommandStatus(d.pop("status"))

        _results = d.pop("results", UNSET)
        results: CommandResults | Unset
        if isinstance(_results, Unset):
            results = UNSET
        else:
            results = CommandResults.from_dict(_results)

        commands_status_response = cls(
            id=id,
            status=status,
            results=results,
        )

        commands_status_response.additional_properties = d
        return commands_status_response

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

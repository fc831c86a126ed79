from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.context_status import ContextStatus

T = TypeVar("T", bound="ContextsStatusResponse")


@_attrs_define
class ContextsStatusResponse:
    """
    Example:
        {'id': '3558513128163162828', 'status': 'Running'}

    Attributes:
        id (str):
        status (ContextStatus): Status of an execution context. Example: Running.
    """

    id: str
    status: ContextStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = ContextStatus(d.pop("status"))

        contexts_status_response = cls(
            id=id,
            status=status,
        )

        contexts_status_response.additional_properties = d
        return contexts_status_response

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

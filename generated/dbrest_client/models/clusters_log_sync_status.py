from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClustersLogSyncStatus")


@_attrs_define
class ClustersLogSyncStatus:
    """Status of the log delivery.

    Attributes:
        last_attempted (int | Unset): Time of the last delivery attempt (epoch milliseconds; one documentation example
            shows seconds).
        last_exception (str | Unset): The error of the last attempt; absent when it succeeded.
    """

    last_attempted: int | Unset = UNSET
    last_exception: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_attempted = self.last_attempted

        last_exception = self.last_exception

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_attempted is not UNSET:
            field_dict["last_attempted"] = last_attempted
        if last_exception is not UNSET:
            field_dict["last_exception"] = last_exception

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        last_attempted = d.pop("last_attempted", UNSET)

        last_exception = d.pop("last_exception", UNSET)

        clusters_log_sync_status = cls(
            last_attempted=last_attempted,
            last_exception=last_exception,
        )

        clusters_log_sync_status.additional_properties = d
        return clusters_log_sync_status

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

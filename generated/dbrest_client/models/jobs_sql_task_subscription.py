from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsSqlTaskSubscription")


@_attrs_define
class JobsSqlTaskSubscription:
    """
    Attributes:
        destination_id (str | Unset): The canonical identifier of the destination to receive email notification. This
            parameter is mutually exclusive with user_name. You cannot set both destination_id and user_name for
            subscription notifications.
        user_name (str | Unset): The user name to receive the subscription email. This parameter is mutually exclusive
            with destination_id. You cannot set both destination_id and user_name for subscription notifications.
    """

    destination_id: str | Unset = UNSET
    user_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination_id = self.destination_id

        user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if destination_id is not UNSET:
            field_dict["destination_id"] = destination_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        destination_id = d.pop("destination_id", UNSET)

        user_name = d.pop("user_name", UNSET)

        jobs_sql_task_subscription = cls(
            destination_id=destination_id,
            user_name=user_name,
        )

        jobs_sql_task_subscription.additional_properties = d
        return jobs_sql_task_subscription

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.instance_pool_status_pending_instance_errors_item import InstancePoolStatusPendingInstanceErrorsItem


T = TypeVar("T", bound="InstancePoolStatus")


@_attrs_define
class InstancePoolStatus:
    """Problems of the pool; `{}` when there are none.

    Example:
        {}

    Attributes:
        pending_instance_errors (list[InstancePoolStatusPendingInstanceErrorsItem] | Unset): Errors of instances that
            could not be provisioned.
    """

    pending_instance_errors: list[InstancePoolStatusPendingInstanceErrorsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pending_instance_errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pending_instance_errors, Unset):
            pending_instance_errors = []
            for pending_instance_errors_item_data in self.pending_instance_errors:
                pending_instance_errors_item = pending_instance_errors_item_data.to_dict()
                pending_instance_errors.append(pending_instance_errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pending_instance_errors is not UNSET:
            field_dict["pending_instance_errors"] = pending_instance_errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.instance_pool_status_pending_instance_errors_item import (
            InstancePoolStatusPendingInstanceErrorsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _pending_instance_errors = d.pop("pending_instance_errors", UNSET)
        pending_instance_errors: list[InstancePoolStatusPendingInstanceErrorsItem] | Unset = UNSET
        if _pending_instance_errors is not UNSET:
            pending_instance_errors = []
            for pending_instance_errors_item_data in _pending_instance_errors:
                pending_instance_errors_item = InstancePoolStatusPendingInstanceErrorsItem.from_dict(
                    pending_instance_errors_item_data
                )

                pending_instance_errors.append(pending_instance_errors_item)

        instance_pool_status = cls(
            pending_instance_errors=pending_instance_errors,
        )

        instance_pool_status.additional_properties = d
        return instance_pool_status

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_details_item import ErrorDetailsItem


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """REST API 2.0 / 2.1 error body. `message` is unstructured text; do not parse it.

    Example:
        {'error_code': 'INVALID_PARAMETER_VALUE', 'message': 'Invalid value for parameter job_id'}

    Attributes:
        error_code (str): UPPER_SNAKE_CASE error code, e.g. INVALID_PARAMETER_VALUE, RESOURCE_DOES_NOT_EXIST,
            RESOURCE_ALREADY_EXISTS, INVALID_STATE, PERMISSION_DENIED, UNAUTHENTICATED,
            REQUEST_LIMIT_EXCEEDED, TEMPORARILY_UNAVAILABLE, PARTIAL_DELETE. Open set.
        message (str):
        details (list[ErrorDetailsItem] | Unset): Structured details that newer back-ends add (google.rpc.ErrorInfo and
            similar).
    """

    error_code: str
    message: str
    details: list[ErrorDetailsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code = self.error_code

        message = self.message

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error_code": error_code,
                "message": message,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_details_item import ErrorDetailsItem  # noqa: PLC0415

        d = dict(src_dict)
        error_code = d.pop("error_code")

        message = d.pop("message")

        _details = d.pop("details", UNSET)
        details: list[ErrorDetailsItem] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = ErrorDetailsItem.from_dict(details_item_data)

                details.append(details_item)

        error = cls(
            error_code=error_code,
            message=message,
            details=details,
        )

        error.additional_properties = d
        return error

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

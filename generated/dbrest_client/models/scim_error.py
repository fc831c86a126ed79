from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScimError")


@_attrs_define
class ScimError:
    """SCIM error body (RFC 7644 §3.12).

    Example:
        {'schemas': ['urn:ietf:params:scim:api:messages:2.0:Error'], 'detail': 'User already exists.', 'status': '409',
            'scimType': 'uniqueness'}

    Attributes:
        schemas (list[str]):
        detail (str):
        status (str): The HTTP status, as a string.
        scim_type (str | Unset): e.g. uniqueness, invalidValue, invalidFilter, mutability.
    """

    schemas: list[str]
    detail: str
    status: str
    scim_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schemas = self.schemas

        detail = self.detail

        status = self.status

        scim_type = self.scim_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schemas": schemas,
                "detail": detail,
                "status": status,
            }
        )
        if scim_type is not UNSET:
            field_dict["scimType"] = scim_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        schemas = cast(list[str], d.pop("schemas"))

        detail = d.pop("detail")

        status = d.pop("status")

        scim_type = d.pop("scimType", UNSET)

        scim_error = cls(
            schemas=schemas,
            detail=detail,
            status=status,
            scim_type=scim_type,
        )

        scim_error.additional_properties = d
        return scim_error

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

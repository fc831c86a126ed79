from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.token_management_token_info import TokenManagementTokenInfo


T = TypeVar("T", bound="TokenManagementCreateOboResponse")


@_attrs_define
class TokenManagementCreateOboResponse:
    """
    Attributes:
        token_value (str): The token's value (the bearer credential); returned only once.
        token_info (TokenManagementTokenInfo):
    """

    token_value: str
    token_info: TokenManagementTokenInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token_value = self.token_value

        token_info = self.token_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token_value": token_value,
                "token_info": token_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.token_management_token_info import TokenManagementTokenInfo  # noqa: PLC0415

        d = dict(src_dict)
        token_value = d.pop("token_value")

        token_info = TokenManagementTokenInfo.from_dict(d.pop("token_info"))

        token_management_create_obo_response = cls(
            token_value=token_value,
            token_info=token_info,
        )

        token_management_create_obo_response.additional_properties = d
        return token_management_create_obo_response

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

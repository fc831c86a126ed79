from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.token_management_token_info import TokenManagementTokenInfo


T = TypeVar("T", bound="TokenManagementListResponse")


@_attrs_define
class TokenManagementListResponse:
    """Absent `token_infos` means no tokens.

    Attributes:
        token_infos (list[TokenManagementTokenInfo] | Unset):
    """

    token_infos: list[TokenManagementTokenInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token_infos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.token_infos, Unset):
            token_infos = []
            for token_infos_item_data in self.token_infos:
                token_infos_item = token_infos_item_data.to_dict()
                token_infos.append(token_infos_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token_infos is not UNSET:
            field_dict["token_infos"] = token_infos

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.token_management_token_info import TokenManagementTokenInfo  # noqa: PLC0415

        d = dict(src_dict)
        _token_infos = d.pop("token_infos", UNSET)
        token_infos: list[TokenManagementTokenInfo] | Unset = UNSET
        if _token_infos is not UNSET:
            token_infos = []
            for token_infos_item_data in _token_infos:
                token_infos_item = TokenManagementTokenInfo.from_dict(token_infos_item_data)

                token_infos.append(token_infos_item)

        token_management_list_response = cls(
            token_infos=token_infos,
        )

        token_management_list_response.additional_properties = d
        return token_management_list_response

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

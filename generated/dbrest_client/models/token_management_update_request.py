from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.token_management_update_request_token import TokenManagementUpdateRequestToken


T = TypeVar("T", bound="TokenManagementUpdateRequest")


@_attrs_define
class TokenManagementUpdateRequest:
    """
    Attributes:
        token (TokenManagementUpdateRequestToken): The new values of the fields named by `update_mask` (databricks-sdk
            0.162.0 sends a whole
            `TokenInfo` here); the output-only fields may be sent back as read and are ignored.
        update_mask (str): Comma-separated field names (no spaces), e.g. `comment,scopes`; `*` = every updatable field.
    """

    token: TokenManagementUpdateRequestToken
    update_mask: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token.to_dict()

        update_mask = self.update_mask

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "update_mask": update_mask,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.token_management_update_request_token import TokenManagementUpdateRequestToken  # noqa: PLC0415

        d = dict(src_dict)
        token = TokenManagementUpdateRequestToken.from_dict(d.pop("token"))

        update_mask = d.pop("update_mask")

        token_management_update_request = cls(
            token=token,
            update_mask=update_mask,
        )

        token_management_update_request.additional_properties = d
        return token_management_update_request

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

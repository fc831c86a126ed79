from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenCreateRequest")


@_attrs_define
class TokenCreateRequest:
    """
    Attributes:
        lifetime_seconds (int | Unset): Lifetime in seconds; absent (or ≤ 0) = the token never expires, unless the
            workspace's
            maxTokenLifetimeDays requires a lifetime no longer than that. At most 10^15 seconds (the expiry time
            must fit in int64 epoch milliseconds).
        comment (str | Unset): Free-text comment shown in the token list.
        scopes (list[str] | Unset): API scopes of the token (later): the groups of APIs it may call, e.g. `all-apis`,
            `sql`,
            `unity-catalog`. Absent = every API the owner may call.
        autoscope_enabled (bool | Unset): Whether to enable autoscoping for this token (later): the token then collects
            the API path scopes
            it is used with (`inferred_scopes`; its `autoscope_state` tells how far that is).
    """

    lifetime_seconds: int | Unset = UNSET
    comment: str | Unset = UNSET
    scopes: list[str] | Unset = UNSET
    autoscope_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lifetime_seconds = self.lifetime_seconds

        comment = self.comment

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        autoscope_enabled = self.autoscope_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lifetime_seconds is not UNSET:
            field_dict["lifetime_seconds"] = lifetime_seconds
        if comment is not UNSET:
            field_dict["comment"] = comment
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if autoscope_enabled is not UNSET:
            field_dict["autoscope_enabled"] = autoscope_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lifetime_seconds = d.pop("lifetime_seconds", UNSET)

        comment = d.pop("comment", UNSET)

        scopes = cast(list[str], d.pop("scopes", UNSET))

        autoscope_enabled = d.pop("autoscope_enabled", UNSET)

        token_create_request = cls(
            lifetime_seconds=lifetime_seconds,
            comment=comment,
            scopes=scopes,
            autoscope_enabled=autoscope_enabled,
        )

        token_create_request.additional_properties = d
        return token_create_request

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

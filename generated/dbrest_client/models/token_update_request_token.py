from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.token_autoscope_state import TokenAutoscopeState
from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenUpdateRequestToken")


@_attrs_define
class TokenUpdateRequestToken:
    """The new values of the fields named by `update_mask` (databricks-sdk 0.162.0 sends a whole
    `PublicTokenInfo` here); the output-only fields may be sent back as read and are ignored.

        Attributes:
            comment (str | Unset):
            scopes (list[str] | Unset): API scopes of the token (later): the groups of APIs it may call, e.g. `all-apis`,
                `sql`,
                `unity-catalog`. Absent = every API the owner may call.
            token_id (str | Unset): Id of the token (output only; ignored, the path names the token).
            creation_time (int | Unset): Creation time, epoch milliseconds (output only; ignored).
            expiry_time (int | Unset): Expiry time, epoch milliseconds; -1 = never expires (output only; ignored).
            autoscope_state (TokenAutoscopeState | Unset): State of the collection of a token's inferred scopes (autoscope;
                later, output only).
            inferred_scopes (list[str] | Unset): API path scopes collected while autoscope was on (output only; ignored).
            backfill_scopes (list[str] | Unset): Scopes inferred by offline backfill processing (output only; ignored).
    """

    comment: str | Unset = UNSET
    scopes: list[str] | Unset = UNSET
    token_id: str | Unset = UNSET
    creation_time: int | Unset = UNSET
    expiry_time: int | Unset = UNSET
    autoscope_state: TokenAutoscopeState | Unset = UNSET
    inferred_scopes: list[str] | Unset = UNSET
    backfill_scopes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comment = self.comment

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        token_id = self.token_id

        creation_time = self.creation_time

        expiry_time = self.expiry_time

        autoscope_state: str | Unset = UNSET
        if not isinstance(self.autoscope_state, Unset):
            autoscope_state = self.autoscope_state.value

        inferred_scopes: list[str] | Unset = UNSET
        if not isinstance(self.inferred_scopes, Unset):
            inferred_scopes = self.inferred_scopes

        backfill_scopes: list[str] | Unset = UNSET
        if not isinstance(self.backfill_scopes, Unset):
            backfill_scopes = self.backfill_scopes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if comment is not UNSET:
            field_dict["comment"] = comment
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if token_id is not UNSET:
            field_dict["token_id"] = token_id
        if creation_time is not UNSET:
            field_dict["creation_time"] = creation_time
        if expiry_time is not UNSET:
            field_dict["expiry_time"] = expiry_time
        if autoscope_state is not UNSET:
            field_dict["autoscope_state"] = autoscope_state
        if inferred_scopes is not UNSET:
            field_dict["inferred_scopes"] = inferred_scopes
        if backfill_scopes is not UNSET:
            field_dict["backfill_scopes"] = backfill_scopes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        comment = d.pop("comment", UNSET)

        scopes = cast(list[str], d.pop("scopes", UNSET))

        token_id = d.pop("token_id", UNSET)

        creation_time = d.pop("creation_time", UNSET)

        expiry_time = d.pop("expiry_time", UNSET)

        _autoscope_state = d.pop("autoscope_state", UNSET)
        autoscope_state: TokenAutoscopeState | Unset
        if isinstance(_autoscope_state, Unset):
            autoscope_state = UNSET
        else:
            autoscope_state = TokenAutoscopeState(_autoscope_state)

        inferred_scopes = cast(list[str], d.pop("inferred_scopes", UNSET))

        backfill_scopes = cast(list[str], d.pop("backfill_scopes", UNSET))

        token_update_request_token = cls(
            comment=comment,
            scopes=scopes,
            token_id=token_id,
            creation_time=creation_time,
            expiry_time=expiry_time,
            autoscope_state=autoscope_state,
            inferred_scopes=inferred_scopes,
            backfill_scopes=backfill_scopes,
        )

        token_update_request_token.additional_properties = d
        return token_update_request_token

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

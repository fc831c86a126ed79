from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.global_init_script_details import GlobalInitScriptDetails


T = TypeVar("T", bound="GlobalInitScriptsListResponse")


@_attrs_define
class GlobalInitScriptsListResponse:
    """
    Attributes:
        scripts (list[GlobalInitScriptDetails] | Unset):
    """

    scripts: list[GlobalInitScriptDetails] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scripts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scripts, Unset):
            scripts = []
            for scripts_item_data in self.scripts:
                scripts_item = scripts_item_data.to_dict()
                scripts.append(scripts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scripts is not UNSET:
            field_dict["scripts"] = scripts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.global_init_script_details import GlobalInitScriptDetails  # noqa: PLC0415

        d = dict(src_dict)
        _scripts = d.pop("scripts", UNSET)
        scripts: list[GlobalInitScriptDetails] | Unset = UNSET
        if _scripts is not UNSET:
            scripts = []
            for scripts_item_data in _scripts:
                scripts_item = GlobalInitScriptDetails.from_dict(scripts_item_data)

                scripts.append(scripts_item)

        global_init_scripts_list_response = cls(
            scripts=scripts,
        )

        global_init_scripts_list_response.additional_properties = d
        return global_init_scripts_list_response

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

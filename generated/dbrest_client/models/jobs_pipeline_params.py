from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsPipelineParams")


@_attrs_define
class JobsPipelineParams:
    """
    Attributes:
        full_refresh (bool | Unset): Whether to fully refresh the Delta Live Tables pipeline.
        full_refresh_selection (list[str] | Unset): A list of tables to update with fullRefresh.
        refresh_flow_selection (list[str] | Unset): Flow names to selectively refresh. These are unioned with other
            selective refresh options (refresh_selection, full_refresh_selection) to determine the final set of flows to
            refresh.
        refresh_selection (list[str] | Unset): A list of tables to update without fullRefresh.
        reset_checkpoint_selection (list[str] | Unset): A list of streaming flows to reset checkpoints without clearing
            data.
    """

    full_refresh: bool | Unset = UNSET
    full_refresh_selection: list[str] | Unset = UNSET
    refresh_flow_selection: list[str] | Unset = UNSET
    refresh_selection: list[str] | Unset = UNSET
    reset_checkpoint_selection: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        full_refresh = self.full_refresh

        full_refresh_selection: list[str] | Unset = UNSET
        if not isinstance(self.full_refresh_selection, Unset):
            full_refresh_selection = self.full_refresh_selection

        refresh_flow_selection: list[str] | Unset = UNSET
        if not isinstance(self.refresh_flow_selection, Unset):
            refresh_flow_selection = self.refresh_flow_selection

        refresh_selection: list[str] | Unset = UNSET
        if not isinstance(self.refresh_selection, Unset):
            refresh_selection = self.refresh_selection

        reset_checkpoint_selection: list[str] | Unset = UNSET
        if not isinstance(self.reset_checkpoint_selection, Unset):
            reset_checkpoint_selection = self.reset_checkpoint_selection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if full_refresh is not UNSET:
            field_dict["full_refresh"] = full_refresh
        if full_refresh_selection is not UNSET:
            field_dict["full_refresh_selection"] = full_refresh_selection
        if refresh_flow_selection is not UNSET:
            field_dict["refresh_flow_selection"] = refresh_flow_selection
        if refresh_selection is not UNSET:
            field_dict["refresh_selection"] = refresh_selection
        if reset_checkpoint_selection is not UNSET:
            field_dict["reset_checkpoint_selection"] = reset_checkpoint_selection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        full_refresh = d.pop("full_refresh", UNSET)

        full_refresh_selection = cast(list[str], d.pop("full_refresh_selection", UNSET))

        refresh_flow_selection = cast(list[str], d.pop("refresh_flow_selection", UNSET))

        refresh_selection = cast(list[str], d.pop("refresh_selection", UNSET))

        reset_checkpoint_selection = cast(list[str], d.pop("reset_checkpoint_selection", UNSET))

        jobs_pipeline_params = cls(
            full_refresh=full_refresh,
            full_refresh_selection=full_refresh_selection,
            refresh_flow_selection=refresh_flow_selection,
            refresh_selection=refresh_selection,
            reset_checkpoint_selection=reset_checkpoint_selection,
        )

        jobs_pipeline_params.additional_properties = d
        return jobs_pipeline_params

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

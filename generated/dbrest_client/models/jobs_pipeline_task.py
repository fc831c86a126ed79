from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_pipeline_task_parameters import JobsPipelineTaskParameters


T = TypeVar("T", bound="JobsPipelineTask")


@_attrs_define
class JobsPipelineTask:
    """Run a Delta Live Tables pipeline.

    Attributes:
        pipeline_id (str | Unset):
        full_refresh (bool | Unset): Whether to fully refresh the tables (default false).
        full_refresh_selection (list[str] | Unset): A list of tables to update with fullRefresh.
        parameters (JobsPipelineTaskParameters | Unset): Key/value-map of parameters passed to the pipeline execution.
            Limited to 10k characters in total.
        refresh_flow_selection (list[str] | Unset): Flow names to selectively refresh. These are unioned with other
            selective refresh options (refresh_selection, full_refresh_selection) to determine the final set of flows to
            refresh.
        refresh_selection (list[str] | Unset): A list of tables to update without fullRefresh.
        reset_checkpoint_selection (list[str] | Unset): A list of streaming flows to reset checkpoints without clearing
            data.
    """

    pipeline_id: str | Unset = UNSET
    full_refresh: bool | Unset = UNSET
    full_refresh_selection: list[str] | Unset = UNSET
    parameters: JobsPipelineTaskParameters | Unset = UNSET
    refresh_flow_selection: list[str] | Unset = UNSET
    refresh_selection: list[str] | Unset = UNSET
    reset_checkpoint_selection: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pipeline_id = self.pipeline_id

        full_refresh = self.full_refresh

        full_refresh_selection: list[str] | Unset = UNSET
        if not isinstance(self.full_refresh_selection, Unset):
            full_refresh_selection = self.full_refresh_selection

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

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
        if pipeline_id is not UNSET:
            field_dict["pipeline_id"] = pipeline_id
        if full_refresh is not UNSET:
            field_dict["full_refresh"] = full_refresh
        if full_refresh_selection is not UNSET:
            field_dict["full_refresh_selection"] = full_refresh_selection
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if refresh_flow_selection is not UNSET:
            field_dict["refresh_flow_selection"] = refresh_flow_selection
        if refresh_selection is not UNSET:
            field_dict["refresh_selection"] = refresh_selection
        if reset_checkpoint_selection is not UNSET:
            field_dict["reset_checkpoint_selection"] = reset_checkpoint_selection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_pipeline_task_parameters import JobsPipelineTaskParameters  # noqa: PLC0415

        d = dict(src_dict)
        pipeline_id = d.pop("pipeline_id", UNSET)

        full_refresh = d.pop("full_refresh", UNSET)

        full_refresh_selection = cast(list[str], d.pop("full_refresh_selection", UNSET))

        _parameters = d.pop("parameters", UNSET)
        parameters: JobsPipelineTaskParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = JobsPipelineTaskParameters.from_dict(_parameters)

        refresh_flow_selection = cast(list[str], d.pop("refresh_flow_selection", UNSET))

        refresh_selection = cast(list[str], d.pop("refresh_selection", UNSET))

        reset_checkpoint_selection = cast(list[str], d.pop("reset_checkpoint_selection", UNSET))

        jobs_pipeline_task = cls(
            pipeline_id=pipeline_id,
            full_refresh=full_refresh,
            full_refresh_selection=full_refresh_selection,
            parameters=parameters,
            refresh_flow_selection=refresh_flow_selection,
            refresh_selection=refresh_selection,
            reset_checkpoint_selection=reset_checkpoint_selection,
        )

        jobs_pipeline_task.additional_properties = d
        return jobs_pipeline_task

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

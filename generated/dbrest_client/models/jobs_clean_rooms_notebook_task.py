from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_clean_rooms_notebook_task_notebook_base_parameters import (
        JobsCleanRoomsNotebookTaskNotebookBaseParameters,
    )


T = TypeVar("T", bound="JobsCleanRoomsNotebookTask")


@_attrs_define
class JobsCleanRoomsNotebookTask:
    """Clean Rooms notebook task for V1 Clean Room service (GA). Replaces the deprecated CleanRoomNotebookTask (defined
    above) which was for V0 service.

        Attributes:
            clean_room_name (str): The clean room that the notebook belongs to.
            notebook_name (str): Name of the notebook being run.
            etag (str | Unset): Checksum to validate the freshness of the notebook resource (i.e. the notebook being run is
                the latest version). It can be fetched by calling the cleanroomassets/get API.
            notebook_base_parameters (JobsCleanRoomsNotebookTaskNotebookBaseParameters | Unset): Base parameters to be used
                for the clean room notebook job.
    """

    clean_room_name: str
    notebook_name: str
    etag: str | Unset = UNSET
    notebook_base_parameters: JobsCleanRoomsNotebookTaskNotebookBaseParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clean_room_name = self.clean_room_name

        notebook_name = self.notebook_name

        etag = self.etag

        notebook_base_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notebook_base_parameters, Unset):
            notebook_base_parameters = self.notebook_base_parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clean_room_name": clean_room_name,
                "notebook_name": notebook_name,
            }
        )
        if etag is not UNSET:
            field_dict["etag"] = etag
        if notebook_base_parameters is not UNSET:
            field_dict["notebook_base_parameters"] = notebook_base_parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_clean_rooms_notebook_task_notebook_base_parameters import (
            JobsCleanRoomsNotebookTaskNotebookBaseParameters,  # noqa: PLC0415
        )

        d = dict(src_dict)
        clean_room_name = d.pop("clean_room_name")

        notebook_name = d.pop("notebook_name")

        etag = d.pop("etag", UNSET)

        _notebook_base_parameters = d.pop("notebook_base_parameters", UNSET)
        notebook_base_parameters: JobsCleanRoomsNotebookTaskNotebookBaseParameters | Unset
        if isinstance(_notebook_base_parameters, Unset):
            notebook_base_parameters = UNSET
        else:
            notebook_base_parameters = JobsCleanRoomsNotebookTaskNotebookBaseParameters.from_dict(
                _notebook_base_parameters
            )

        jobs_clean_rooms_notebook_task = cls(
            clean_room_name=clean_room_name,
            notebook_name=notebook_name,
            etag=etag,
            notebook_base_parameters=notebook_base_parameters,
        )

        jobs_clean_rooms_notebook_task.additional_properties = d
        return jobs_clean_rooms_notebook_task

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_job_source_dirty_state import JobsJobSourceDirtyState
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsJobSource")


@_attrs_define
class JobsJobSource:
    """The source of the job specification in the remote repository when the job is source controlled.

    Attributes:
        job_config_path (str): Path of the job YAML file that contains the job specification.
        import_from_git_branch (str): Name of the branch which the job is imported from.
        dirty_state (JobsJobSourceDirtyState | Unset): Dirty state indicates the job is not fully synced with the job
            specification in the remote repository. Possible values are: - ``NOT_SYNCED``: The job is not yet synced with
            the remote job specification. Import the remote job specification from UI to make the job fully synced. -
            ``DISCONNECTED``: The job is temporary disconnected from the remote job specification and is allowed for live
            edit. Import the remote job specification again from UI to make the job fully synced.
    """

    job_config_path: str
    import_from_git_branch: str
    dirty_state: JobsJobSourceDirtyState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_config_path = self.job_config_path

        import_from_git_branch = self.import_from_git_branch

        dirty_state: str | Unset = UNSET
        if not isinstance(self.dirty_state, Unset):
            dirty_state = self.dirty_state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_config_path": job_config_path,
                "import_from_git_branch": import_from_git_branch,
            }
        )
        if dirty_state is not UNSET:
            field_dict["dirty_state"] = dirty_state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_config_path = d.pop("job_config_path")

        import_from_git_branch = d.pop("import_from_git_branch")

        _dirty_state = d.pop("dirty_state", UNSET)
        dirty_state: JobsJobSourceDirtyState | Unset
        if isinstance(_dirty_state, Unset):
            dirty_state = UNSET
        else:
            dirty_state = JobsJobSourceDirtyState(_dirty_state)

        jobs_job_source = cls(
            job_config_path=job_config_path,
            import_from_git_branch=import_from_git_branch,
            dirty_state=dirty_state,
        )

        jobs_job_source.additional_properties = d
        return jobs_job_source

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

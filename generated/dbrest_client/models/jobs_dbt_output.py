from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_string_map import JobsStringMap


T = TypeVar("T", bound="JobsDbtOutput")


@_attrs_define
class JobsDbtOutput:
    """The output of a dbt task.

    Attributes:
        artifacts_link (str | Unset): Pre-signed URL (valid 30 minutes) of the compressed dbt artifacts.
        artifacts_headers (JobsStringMap | Unset): String key-value pairs.
    """

    artifacts_link: str | Unset = UNSET
    artifacts_headers: JobsStringMap | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        artifacts_link = self.artifacts_link

        artifacts_headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.artifacts_headers, Unset):
            artifacts_headers = self.artifacts_headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if artifacts_link is not UNSET:
            field_dict["artifacts_link"] = artifacts_link
        if artifacts_headers is not UNSET:
            field_dict["artifacts_headers"] = artifacts_headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_string_map import JobsStringMap  # noqa: PLC0415

        d = dict(src_dict)
        artifacts_link = d.pop("artifacts_link", UNSET)

        _artifacts_headers = d.pop("artifacts_headers", UNSET)
        artifacts_headers: JobsStringMap | Unset
        if isinstance(_artifacts_headers, Unset):
            artifacts_headers = UNSET
        else:
            artifacts_headers = JobsStringMap.from_dict(_artifacts_headers)

        jobs_dbt_output = cls(
            artifacts_link=artifacts_link,
            artifacts_headers=artifacts_headers,
        )

        jobs_dbt_output.additional_properties = d
        return jobs_dbt_output

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

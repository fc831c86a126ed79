from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_authentication_method import JobsAuthenticationMethod
from ..models.jobs_storage_mode import JobsStorageMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsPowerBiModel")


@_attrs_define
class JobsPowerBiModel:
    """
    Attributes:
        authentication_method (JobsAuthenticationMethod | Unset):
        model_name (str | Unset): The name of the Power BI model
        overwrite_existing (bool | Unset): Whether to overwrite existing Power BI models
        storage_mode (JobsStorageMode | Unset):
        workspace_name (str | Unset): The name of the Power BI workspace of the model
    """

    authentication_method: JobsAuthenticationMethod | Unset = UNSET
    model_name: str | Unset = UNSET
    overwrite_existing: bool | Unset = UNSET
    storage_mode: JobsStorageMode | Unset = UNSET
    workspace_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authentication_method: str | Unset = UNSET
        if not isinstance(self.authentication_method, Unset):
            authentication_method = self.authentication_method.value

        model_name = self.model_name

        overwrite_existing = self.overwrite_existing

        storage_mode: str | Unset = UNSET
        if not isinstance(self.storage_mode, Unset):
            storage_mode = self.storage_mode.value

        workspace_name = self.workspace_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if authentication_method is not UNSET:
            field_dict["authentication_method"] = authentication_method
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if overwrite_existing is not UNSET:
            field_dict["overwrite_existing"] = overwrite_existing
        if storage_mode is not UNSET:
            field_dict["storage_mode"] = storage_mode
        if workspace_name is not UNSET:
            field_dict["workspace_name"] = workspace_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _authentication_method = d.pop("authentication_method", UNSET)
        authentication_method: JobsAuthenticationMethod | Unset
        if isinstance(_authentication_method, Unset):
            authentication_method = UNSET
        else:
            authentication_method = JobsAuthenticationMethod(_authentication_method)

        model_name = d.pop("model_name", UNSET)

        overwrite_existing = d.pop("overwrite_existing", UNSET)

        _storage_mode = d.pop("storage_mode", UNSET)
        storage_mode: JobsStorageMode | Unset
        if isinstance(_storage_mode, Unset):
            storage_mode = UNSET
        else:
            storage_mode = JobsStorageMode(_storage_mode)

        workspace_name = d.pop("workspace_name", UNSET)

        jobs_power_bi_model = cls(
            authentication_method=authentication_method,
            model_name=model_name,
            overwrite_existing=overwrite_existing,
            storage_mode=storage_mode,
            workspace_name=workspace_name,
        )

        jobs_power_bi_model.additional_properties = d
        return jobs_power_bi_model

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

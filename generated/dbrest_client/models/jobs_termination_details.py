from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_termination_code_code import JobsTerminationCodeCode
from ..models.jobs_termination_type_type import JobsTerminationTypeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsTerminationDetails")


@_attrs_define
class JobsTerminationDetails:
    """
    Attributes:
        code (JobsTerminationCodeCode | Unset): The code indicates why the run was terminated. Additional codes might be
            introduced in future releases. - ``SUCCESS``: The run was completed successfully. - ``SUCCESS_WITH_FAILURES``:
            The run was completed successfully but some child runs failed. - ``USER_CANCELED``: The run was successfully
            canceled during execution by a user. - ``CANCELED``: The run was canceled during execution by the Databricks
            platform; for example, if the maximum run duration was exceeded. - ``SKIPPED``: Run was never executed, for
            example, if the upstream task run failed, the dependency type condition was not met, or th
        message (str | Unset): A descriptive message with the termination details. This field is unstructured and the
            format might change.
        type_ (JobsTerminationTypeType | Unset): - ``SUCCESS``: The run terminated without any issues -
            ``INTERNAL_ERROR``: An error occurred in the Databricks platform. Please look at the `status page
            <https://status.databricks.com/>`__ or contact support if the issue persists. - ``CLIENT_ERROR``: The run was
            terminated because of an error caused by user input or the job configuration. - ``CLOUD_FAILURE``: The run was
            terminated because of an issue with your cloud provider.
    """

    code: JobsTerminationCodeCode | Unset = UNSET
    message: str | Unset = UNSET
    type_: JobsTerminationTypeType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: str | Unset = UNSET
        if not isinstance(self.code, Unset):
            code = self.code.value

        message = self.message

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _code = d.pop("code", UNSET)
        code: JobsTerminationCodeCode | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = JobsTerminationCodeCode(_code)

        message = d.pop("message", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: JobsTerminationTypeType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = JobsTerminationTypeType(_type_)

        jobs_termination_details = cls(
            code=code,
            message=message,
            type_=type_,
        )

        jobs_termination_details.additional_properties = d
        return jobs_termination_details

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

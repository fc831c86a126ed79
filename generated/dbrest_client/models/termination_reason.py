from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.clusters_termination_code import ClustersTerminationCode
from ..models.termination_reason_type import TerminationReasonType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.termination_reason_parameters import TerminationReasonParameters


T = TypeVar("T", bound="TerminationReason")


@_attrs_define
class TerminationReason:
    """Why a cluster terminated; present while TERMINATING and TERMINATED.

    Example:
        {'code': 'USER_REQUEST', 'type': 'SUCCESS', 'parameters': {'username': 'someone@example.com'}}

    Attributes:
        code (ClustersTerminationCode | Unset): Why a cluster terminated. Open set; newer back-ends add codes (values of
            databricks-sdk 0.162.0 `TerminationReasonCode` and older ones).
        type_ (TerminationReasonType | Unset):
        parameters (TerminationReasonParameters | Unset): Details by code, e.g. `username` (USER_REQUEST),
            `inactivity_duration_min` (INACTIVITY),
            `azure_error_code`, `azure_error_message`, `databricks_error_message`, `instance_id`,
            `instance_pool_id`, `instance_pool_error_code`, `aws_api_error_code`, `aws_error_message`.
    """

    code: ClustersTerminationCode | Unset = UNSET
    type_: TerminationReasonType | Unset = UNSET
    parameters: TerminationReasonParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: str | Unset = UNSET
        if not isinstance(self.code, Unset):
            code = self.code.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if type_ is not UNSET:
            field_dict["type"] = type_
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.termination_reason_parameters import TerminationReasonParameters  # noqa: PLC0415

        d = dict(src_dict)
        _code = d.pop("code", UNSET)
        code: ClustersTerminationCode | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = ClustersTerminationCode(_code)

        _type_ = d.pop("type", UNSET)
        type_: TerminationReasonType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TerminationReasonType(_type_)

        _parameters = d.pop("parameters", UNSET)
        parameters: TerminationReasonParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = TerminationReasonParameters.from_dict(_parameters)

        termination_reason = cls(
            code=code,
            type_=type_,
            parameters=parameters,
        )

        termination_reason.additional_properties = d
        return termination_reason

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

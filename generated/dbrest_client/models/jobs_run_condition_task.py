from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_condition_task_op import JobsConditionTaskOp
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsRunConditionTask")


@_attrs_define
class JobsRunConditionTask:
    """
    Attributes:
        op (JobsConditionTaskOp): - ``EQUAL_TO``, ``NOT_EQUAL`` operators perform string comparison of their operands.
            This means that ``“12.0” == “12”`` will evaluate to ``false``. - ``GREATER_THAN``, ``GREATER_THAN_OR_EQUAL``,
            ``LESS_THAN``, ``LESS_THAN_OR_EQUAL`` operators perform numeric comparison of their operands. ``“12.0” >= “12”``
            will evaluate to ``true``, ``“10.0” >= “12”`` will evaluate to ``false``. The boolean comparison to task values
            can be implemented with operators ``EQUAL_TO``, ``NOT_EQUAL``. If a task value was set to a boolean value, it
            will be serialized to ``“true”`` or ``“false”`` for the comparison.
        left (str): The left operand of the condition task. Can be either a string value or a job state or parameter
            reference.
        right (str): The right operand of the condition task. Can be either a string value or a job state or parameter
            reference.
        outcome (str | Unset): The condition expression evaluation result. Filled in if the task was successfully
            completed. Can be ``"true"`` or ``"false"``
    """

    op: JobsConditionTaskOp
    left: str
    right: str
    outcome: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        op = self.op.value

        left = self.left

        right = self.right

        outcome = self.outcome

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "op": op,
                "left": left,
                "right": right,
            }
        )
        if outcome is not UNSET:
            field_dict["outcome"] = outcome

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        op = JobsConditionTaskOp(d.pop("op"))

        left = d.pop("left")

        right = d.pop("right")

        outcome = d.pop("outcome", UNSET)

        jobs_run_condition_task = cls(
            op=op,
            left=left,
            right=right,
            outcome=outcome,
        )

        jobs_run_condition_task.additional_properties = d
        return jobs_run_condition_task

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_jobs_health_metric import JobsJobsHealthMetric
from ..models.jobs_jobs_health_operator import JobsJobsHealthOperator

T = TypeVar("T", bound="JobsJobsHealthRule")


@_attrs_define
class JobsJobsHealthRule:
    """
    Attributes:
        metric (JobsJobsHealthMetric): Specifies the health metric that is being evaluated for a particular health rule.
            - ``RUN_DURATION_SECONDS``: Expected total time for a run in seconds. - ``STREAMING_BACKLOG_BYTES``: An estimate
            of the maximum bytes of data waiting to be consumed across all streams. This metric is in Public Preview. -
            ``STREAMING_BACKLOG_RECORDS``: An estimate of the maximum offset lag across all streams. This metric is in
            Public Preview. - ``STREAMING_BACKLOG_SECONDS``: An estimate of the maximum consumer delay across all streams.
            This metric is in Public Preview. - ``STREAMING_BACKLOG_FILES``: An estimate of
        op (JobsJobsHealthOperator): Specifies the operator used to compare the health metric value with the specified
            threshold.
        value (int): Specifies the threshold value that the health metric should obey to satisfy the health rule.
    """

    metric: JobsJobsHealthMetric
    op: JobsJobsHealthOperator
    value: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric = self.metric.value

        op = self.op.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric": metric,
                "op": op,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metric = JobsJobsHealthMetric(d.pop("metric"))

        op = JobsJobsHealthOperator(d.pop("op"))

        value = d.pop("value")

        jobs_jobs_health_rule = cls(
            metric=metric,
            op=op,
            value=value,
        )

        jobs_jobs_health_rule.additional_properties = d
        return jobs_jobs_health_rule

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

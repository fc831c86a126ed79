from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_performance_target import JobsPerformanceTarget
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_pipeline_params import JobsPipelineParams
    from ..models.jobs_runs_repair_request_job_parameters import JobsRunsRepairRequestJobParameters
    from ..models.jobs_string_map import JobsStringMap


T = TypeVar("T", bound="JobsRunsRepairRequest")


@_attrs_define
class JobsRunsRepairRequest:
    """Which tasks of a finished run to re-run, and parameters overriding the task settings.

    Attributes:
        run_id (int): A job id or run id (unique across the workspace).
        jar_params (list[str] | Unset): Command-line parameters.
        notebook_params (JobsStringMap | Unset): String key-value pairs.
        python_params (list[str] | Unset): Command-line parameters; ASCII characters only.
        spark_submit_params (list[str] | Unset): Command-line parameters; ASCII characters only.
        python_named_params (JobsStringMap | Unset): String key-value pairs.
        pipeline_params (JobsPipelineParams | Unset):
        sql_params (JobsStringMap | Unset): String key-value pairs.
        dbt_commands (list[str] | Unset): Command-line parameters.
        rerun_tasks (list[str] | Unset): Keys of the tasks to re-run.
        latest_repair_id (int | Unset): The id of the latest repair of the run; required after the first repair.
        rerun_all_failed_tasks (bool | Unset): Re-run every task that did not succeed (default false); not together with
            rerun_tasks.
        job_parameters (JobsRunsRepairRequestJobParameters | Unset): Job-level parameter values of the repair.
        rerun_dependent_tasks (bool | Unset): Re-run the tasks that depend on rerun_tasks too (default false).
        performance_target (JobsPerformanceTarget | Unset): PerformanceTarget defines how performant (lower latency) or
            cost efficient the execution of run on serverless compute should be. The performance mode on the job or pipeline
            should map to a performance setting that is passed to Cluster Manager (see cluster-common PerformanceTarget).
        duration_target (str | Unset):
    """

    run_id: int
    jar_params: list[str] | Unset = UNSET
    notebook_params: JobsStringMap | Unset = UNSET
    python_params: list[str] | Unset = UNSET
    spark_submit_params: list[str] | Unset = UNSET
    python_named_params: JobsStringMap | Unset = UNSET
    pipeline_params: JobsPipelineParams | Unset = UNSET
    sql_params: JobsStringMap | Unset = UNSET
    dbt_commands: list[str] | Unset = UNSET
    rerun_tasks: list[str] | Unset = UNSET
    latest_repair_id: int | Unset = UNSET
    rerun_all_failed_tasks: bool | Unset = UNSET
    job_parameters: JobsRunsRepairRequestJobParameters | Unset = UNSET
    rerun_dependent_tasks: bool | Unset = UNSET
    performance_target: JobsPerformanceTarget | Unset = UNSET
    duration_target: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        jar_params: list[str] | Unset = UNSET
        if not isinstance(self.jar_params, Unset):
            jar_params = self.jar_params

        notebook_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notebook_params, Unset):
            notebook_params = self.notebook_params.to_dict()

        python_params: list[str] | Unset = UNSET
        if not isinstance(self.python_params, Unset):
            python_params = self.python_params

        spark_submit_params: list[str] | Unset = UNSET
        if not isinstance(self.spark_submit_params, Unset):
            spark_submit_params = self.spark_submit_params

        python_named_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.python_named_params, Unset):
            python_named_params = self.python_named_params.to_dict()

        pipeline_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pipeline_params, Unset):
            pipeline_params = self.pipeline_params.to_dict()

        sql_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sql_params, Unset):
            sql_params = self.sql_params.to_dict()

        dbt_commands: list[str] | Unset = UNSET
        if not isinstance(self.dbt_commands, Unset):
            dbt_commands = self.dbt_commands

        rerun_tasks: list[str] | Unset = UNSET
        if not isinstance(self.rerun_tasks, Unset):
            rerun_tasks = self.rerun_tasks

        latest_repair_id = self.latest_repair_id

        rerun_all_failed_tasks = self.rerun_all_failed_tasks

        job_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job_parameters, Unset):
            job_parameters = self.job_parameters.to_dict()

        rerun_dependent_tasks = self.rerun_dependent_tasks

        performance_target: str | Unset = UNSET
        if not isinstance(self.performance_target, Unset):
            performance_target = self.performance_target.value

        duration_target = self.duration_target

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_id": run_id,
            }
        )
        if jar_params is not UNSET:
            field_dict["jar_params"] = jar_params
        if notebook_params is not UNSET:
            field_dict["notebook_params"] = notebook_params
        if python_params is not UNSET:
            field_dict["python_params"] = python_params
        if spark_submit_params is not UNSET:
            field_dict["spark_submit_params"] = spark_submit_params
        if python_named_params is not UNSET:
            field_dict["python_named_params"] = python_named_params
        if pipeline_params is not UNSET:
            field_dict["pipeline_params"] = pipeline_params
        if sql_params is not UNSET:
            field_dict["sql_params"] = sql_params
        if dbt_commands is not UNSET:
            field_dict["dbt_commands"] = dbt_commands
        if rerun_tasks is not UNSET:
            field_dict["rerun_tasks"] = rerun_tasks
        if latest_repair_id is not UNSET:
            field_dict["latest_repair_id"] = latest_repair_id
        if rerun_all_failed_tasks is not UNSET:
            field_dict["rerun_all_failed_tasks"] = rerun_all_failed_tasks
        if job_parameters is not UNSET:
            field_dict["job_parameters"] = job_parameters
        if rerun_dependent_tasks is not UNSET:
            field_dict["rerun_dependent_tasks"] = rerun_dependent_tasks
        if performance_target is not UNSET:
            field_dict["performance_target"] = performance_target
        if duration_target is not UNSET:
            field_dict["duration_target"] = duration_target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_pipeline_params import JobsPipelineParams  # noqa: PLC0415
        from ..models.jobs_runs_repair_request_job_parameters import JobsRunsRepairRequestJobParameters  # noqa: PLC0415
        from ..models.jobs_string_map import JobsStringMap  # noqa: PLC0415

        d = dict(src_dict)
        run_id = d.pop("run_id")

        jar_params = cast(list[str], d.pop("jar_params", UNSET))

        _notebook_params = d.pop("notebook_params", UNSET)
        notebook_params: JobsStringMap | Unset
        if isinstance(_notebook_params, Unset):
            notebook_params = UNSET
        else:
            notebook_params = JobsStringMap.from_dict(_notebook_params)

        python_params = cast(list[str], d.pop("python_params", UNSET))

        spark_submit_params = cast(list[str], d.pop("spark_submit_params", UNSET))

        _python_named_params = d.pop("python_named_params", UNSET)
        python_named_params: JobsStringMap | Unset
        if isinstance(_python_named_params, Unset):
            python_named_params = UNSET
        else:
            python_named_params = JobsStringMap.from_dict(_python_named_params)

        _pipeline_params = d.pop("pipeline_params", UNSET)
        pipeline_params: JobsPipelineParams | Unset
        if isinstance(_pipeline_params, Unset):
            pipeline_params = UNSET
        else:
            pipeline_params = JobsPipelineParams.from_dict(_pipeline_params)

        _sql_params = d.pop("sql_params", UNSET)
        sql_params: JobsStringMap | Unset
        if isinstance(_sql_params, Unset):
            sql_params = UNSET
        else:
            sql_params = JobsStringMap.from_dict(_sql_params)

        dbt_commands = cast(list[str], d.pop("dbt_commands", UNSET))

        rerun_tasks = cast(list[str], d.pop("rerun_tasks", UNSET))

        latest_repair_id = d.pop("latest_repair_id", UNSET)

        rerun_all_failed_tasks = d.pop("rerun_all_failed_tasks", UNSET)

        _job_parameters = d.pop("job_parameters", UNSET)
        job_parameters: JobsRunsRepairRequestJobParameters | Unset
        if isinstance(_job_parameters, Unset):
            job_parameters = UNSET
        else:
            job_parameters = JobsRunsRepairRequestJobParameters.from_dict(_job_parameters)

        rerun_dependent_tasks = d.pop("rerun_dependent_tasks", UNSET)

        _performance_target = d.pop("performance_target", UNSET)
        performance_target: JobsPerformanceTarget | Unset
        if isinstance(_performance_target, Unset):
            performance_target = UNSET
        else:
            performance_target = JobsPerformanceTarget(_performance_target)

        duration_target = d.pop("duration_target", UNSET)

        jobs_runs_repair_request = cls(
            run_id=run_id,
            jar_params=jar_params,
            notebook_params=notebook_params,
            python_params=python_params,
            spark_submit_params=spark_submit_params,
            python_named_params=python_named_params,
            pipeline_params=pipeline_params,
            sql_params=sql_params,
            dbt_commands=dbt_commands,
            rerun_tasks=rerun_tasks,
            latest_repair_id=latest_repair_id,
            rerun_all_failed_tasks=rerun_all_failed_tasks,
            job_parameters=job_parameters,
            rerun_dependent_tasks=rerun_dependent_tasks,
            performance_target=performance_target,
            duration_target=duration_target,
        )

        jobs_runs_repair_request.additional_properties = d
        return jobs_runs_repair_request

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

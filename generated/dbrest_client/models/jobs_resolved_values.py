from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_resolved_condition_task_values import JobsResolvedConditionTaskValues
    from ..models.jobs_resolved_dbt_task_values import JobsResolvedDbtTaskValues
    from ..models.jobs_resolved_notebook_task_values import JobsResolvedNotebookTaskValues
    from ..models.jobs_resolved_param_pair_values import JobsResolvedParamPairValues
    from ..models.jobs_resolved_pipeline_task_values import JobsResolvedPipelineTaskValues
    from ..models.jobs_resolved_python_wheel_task_values import JobsResolvedPythonWheelTaskValues
    from ..models.jobs_resolved_run_job_task_values import JobsResolvedRunJobTaskValues
    from ..models.jobs_resolved_string_params_values import JobsResolvedStringParamsValues
    from ..models.jobs_resolved_values_ai_function_task_resolved_values import (
        JobsResolvedValuesAiFunctionTaskResolvedValues,
    )
    from ..models.jobs_resolved_values_ai_runtime_task_resolved_values import (
        JobsResolvedValuesAiRuntimeTaskResolvedValues,
    )


T = TypeVar("T", bound="JobsResolvedValues")


@_attrs_define
class JobsResolvedValues:
    """
    Attributes:
        ai_function_task (JobsResolvedValuesAiFunctionTaskResolvedValues | Unset): Resolved values for an AI Function
            task's Delta table input.
        ai_runtime_task (JobsResolvedValuesAiRuntimeTaskResolvedValues | Unset): Resolved values for an AiRuntimeTask
            after dynamic-value substitution, so Jobs can expand ``{{tasks.<key>.values.<name>}}`` references before
            submission.
        condition_task (JobsResolvedConditionTaskValues | Unset):
        dbt_task (JobsResolvedDbtTaskValues | Unset):
        notebook_task (JobsResolvedNotebookTaskValues | Unset):
        pipeline_task (JobsResolvedPipelineTaskValues | Unset):
        python_wheel_task (JobsResolvedPythonWheelTaskValues | Unset):
        run_job_task (JobsResolvedRunJobTaskValues | Unset):
        simulation_task (JobsResolvedParamPairValues | Unset):
        spark_jar_task (JobsResolvedStringParamsValues | Unset):
        spark_python_task (JobsResolvedStringParamsValues | Unset):
        spark_submit_task (JobsResolvedStringParamsValues | Unset):
        sql_task (JobsResolvedParamPairValues | Unset):
    """

    ai_function_task: JobsResolvedValuesAiFunctionTaskResolvedValues | Unset = UNSET
    ai_runtime_task: JobsResolvedValuesAiRuntimeTaskResolvedValues | Unset = UNSET
    condition_task: JobsResolvedConditionTaskValues | Unset = UNSET
    dbt_task: JobsResolvedDbtTaskValues | Unset = UNSET
    notebook_task: JobsResolvedNotebookTaskValues | Unset = UNSET
    pipeline_task: JobsResolvedPipelineTaskValues | Unset = UNSET
    python_wheel_task: JobsResolvedPythonWheelTaskValues | Unset = UNSET
    run_job_task: JobsResolvedRunJobTaskValues | Unset = UNSET
    simulation_task: JobsResolvedParamPairValues | Unset = UNSET
    spark_jar_task: JobsResolvedStringParamsValues | Unset = UNSET
    spark_python_task: JobsResolvedStringParamsValues | Unset = UNSET
    spark_submit_task: JobsResolvedStringParamsValues | Unset = UNSET
    sql_task: JobsResolvedParamPairValues | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ai_function_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ai_function_task, Unset):
            ai_function_task = self.ai_function_task.to_dict()

        ai_runtime_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ai_runtime_task, Unset):
            ai_runtime_task = self.ai_runtime_task.to_dict()

        condition_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.condition_task, Unset):
            condition_task = self.condition_task.to_dict()

        dbt_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dbt_task, Unset):
            dbt_task = self.dbt_task.to_dict()

        notebook_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notebook_task, Unset):
            notebook_task = self.notebook_task.to_dict()

        pipeline_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pipeline_task, Unset):
            pipeline_task = self.pipeline_task.to_dict()

        python_wheel_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.python_wheel_task, Unset):
            python_wheel_task = self.python_wheel_task.to_dict()

        run_job_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.run_job_task, Unset):
            run_job_task = self.run_job_task.to_dict()

        simulation_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.simulation_task, Unset):
            simulation_task = self.simulation_task.to_dict()

        spark_jar_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spark_jar_task, Unset):
            spark_jar_task = self.spark_jar_task.to_dict()

        spark_python_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spark_python_task, Unset):
            spark_python_task = self.spark_python_task.to_dict()

        spark_submit_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spark_submit_task, Unset):
            spark_submit_task = self.spark_submit_task.to_dict()

        sql_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sql_task, Unset):
            sql_task = self.sql_task.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ai_function_task is not UNSET:
            field_dict["ai_function_task"] = ai_function_task
        if ai_runtime_task is not UNSET:
            field_dict["ai_runtime_task"] = ai_runtime_task
        if condition_task is not UNSET:
            field_dict["condition_task"] = condition_task
        if dbt_task is not UNSET:
            field_dict["dbt_task"] = dbt_task
        if notebook_task is not UNSET:
            field_dict["notebook_task"] = notebook_task
        if pipeline_task is not UNSET:
            field_dict["pipeline_task"] = pipeline_task
        if python_wheel_task is not UNSET:
            field_dict["python_wheel_task"] = python_wheel_task
        if run_job_task is not UNSET:
            field_dict["run_job_task"] = run_job_task
        if simulation_task is not UNSET:
            field_dict["simulation_task"] = simulation_task
        if spark_jar_task is not UNSET:
            field_dict["spark_jar_task"] = spark_jar_task
        if spark_python_task is not UNSET:
            field_dict["spark_python_task"] = spark_python_task
        if spark_submit_task is not UNSET:
            field_dict["spark_submit_task"] = spark_submit_task
        if sql_task is not UNSET:
            field_dict["sql_task"] = sql_task

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_resolved_condition_task_values import JobsResolvedConditionTaskValues  # noqa: PLC0415
        from ..models.jobs_resolved_dbt_task_values import JobsResolvedDbtTaskValues  # noqa: PLC0415
        from ..models.jobs_resolved_notebook_task_values import JobsResolvedNotebookTaskValues  # noqa: PLC0415
        from ..models.jobs_resolved_param_pair_values import JobsResolvedParamPairValues  # noqa: PLC0415
        from ..models.jobs_resolved_pipeline_task_values import JobsResolvedPipelineTaskValues  # noqa: PLC0415
        from ..models.jobs_resolved_python_wheel_task_values import JobsResolvedPythonWheelTaskValues  # noqa: PLC0415
        from ..models.jobs_resolved_run_job_task_values import JobsResolvedRunJobTaskValues  # noqa: PLC0415
        from ..models.jobs_resolved_string_params_values import JobsResolvedStringParamsValues  # noqa: PLC0415
        from ..models.jobs_resolved_values_ai_function_task_resolved_values import (
            JobsResolvedValuesAiFunctionTaskResolvedValues,  # noqa: PLC0415
        )
        from ..models.jobs_resolved_values_ai_runtime_task_resolved_values import (
            JobsResolvedValuesAiRuntimeTaskResolvedValues,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _ai_function_task = d.pop("ai_function_task", UNSET)
        ai_function_task: JobsResolvedValuesAiFunctionTaskResolvedValues | Unset
        if isinstance(_ai_function_task, Unset):
            ai_function_task = UNSET
        else:
            ai_function_task = JobsResolvedValuesAiFunctionTaskResolvedValues.from_dict(_ai_function_task)

        _ai_runtime_task = d.pop("ai_runtime_task", UNSET)
        ai_runtime_task: JobsResolvedValuesAiRuntimeTaskResolvedValues | Unset
        if isinstance(_ai_runtime_task, Unset):
            ai_runtime_task = UNSET
        else:
            ai_runtime_task = JobsResolvedValuesAiRuntimeTaskResolvedValues.from_dict(_ai_runtime_task)

        _condition_task = d.pop("condition_task", UNSET)
        condition_task: JobsResolvedConditionTaskValues | Unset
        if isinstance(_condition_task, Unset):
            condition_task = UNSET
        else:
            condition_task = JobsResolvedConditionTaskValues.from_dict(_condition_task)

        _dbt_task = d.pop("dbt_task", UNSET)
        dbt_task: JobsResolvedDbtTaskValues | Unset
        if isinstance(_dbt_task, Unset):
            dbt_task = UNSET
        else:
            dbt_task = JobsResolvedDbtTaskValues.from_dict(_dbt_task)

        _notebook_task = d.pop("notebook_task", UNSET)
        notebook_task: JobsResolvedNotebookTaskValues | Unset
        if isinstance(_notebook_task, Unset):
            notebook_task = UNSET
        else:
            notebook_task = JobsResolvedNotebookTaskValues.from_dict(_notebook_task)

        _pipeline_task = d.pop("pipeline_task", UNSET)
        pipeline_task: JobsResolvedPipelineTaskValues | Unset
        if isinstance(_pipeline_task, Unset):
            pipeline_task = UNSET
        else:
            pipeline_task = JobsResolvedPipelineTaskValues.from_dict(_pipeline_task)

        _python_wheel_task = d.pop("python_wheel_task", UNSET)
        python_wheel_task: JobsResolvedPythonWheelTaskValues | Unset
        if isinstance(_python_wheel_task, Unset):
            python_wheel_task = UNSET
        else:
            python_wheel_task = JobsResolvedPythonWheelTaskValues.from_dict(_python_wheel_task)

        _run_job_task = d.pop("run_job_task", UNSET)
        run_job_task: JobsResolvedRunJobTaskValues | Unset
        if isinstance(_run_job_task, Unset):
            run_job_task = UNSET
        else:
            run_job_task = JobsResolvedRunJobTaskValues.from_dict(_run_job_task)

        _simulation_task = d.pop("simulation_task", UNSET)
        simulation_task: JobsResolvedParamPairValues | Unset
        if isinstance(_simulation_task, Unset):
            simulation_task = UNSET
        else:
            simulation_task = JobsResolvedParamPairValues.from_dict(_simulation_task)

        _spark_jar_task = d.pop("spark_jar_task", UNSET)
        spark_jar_task: JobsResolvedStringParamsValues | Unset
        if isinstance(_spark_jar_task, Unset):
            spark_jar_task = UNSET
        else:
            spark_jar_task = JobsResolvedStringParamsValues.from_dict(_spark_jar_task)

        _spark_python_task = d.pop("spark_python_task", UNSET)
        spark_python_task: JobsResolvedStringParamsValues | Unset
        if isinstance(_spark_python_task, Unset):
            spark_python_task = UNSET
        else:
            spark_python_task = JobsResolvedStringParamsValues.from_dict(_spark_python_task)

        _spark_submit_task = d.pop("spark_submit_task", UNSET)
        spark_submit_task: JobsResolvedStringParamsValues | Unset
        if isinstance(_spark_submit_task, Unset):
            spark_submit_task = UNSET
        else:
            spark_submit_task = JobsResolvedStringParamsValues.from_dict(_spark_submit_task)

        _sql_task = d.pop("sql_task", UNSET)
        sql_task: JobsResolvedParamPairValues | Unset
        if isinstance(_sql_task, Unset):
            sql_task = UNSET
        else:
            sql_task = JobsResolvedParamPairValues.from_dict(_sql_task)

        jobs_resolved_values = cls(
            ai_function_task=ai_function_task,
            ai_runtime_task=ai_runtime_task,
            condition_task=condition_task,
            dbt_task=dbt_task,
            notebook_task=notebook_task,
            pipeline_task=pipeline_task,
            python_wheel_task=python_wheel_task,
            run_job_task=run_job_task,
            simulation_task=simulation_task,
            spark_jar_task=spark_jar_task,
            spark_python_task=spark_python_task,
            spark_submit_task=spark_submit_task,
            sql_task=sql_task,
        )

        jobs_resolved_values.additional_properties = d
        return jobs_resolved_values

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_pipeline_params import JobsPipelineParams
    from ..models.jobs_run_job_task_job_parameters import JobsRunJobTaskJobParameters
    from ..models.jobs_run_job_task_notebook_params import JobsRunJobTaskNotebookParams
    from ..models.jobs_run_job_task_python_named_params import JobsRunJobTaskPythonNamedParams
    from ..models.jobs_run_job_task_sql_params import JobsRunJobTaskSqlParams


T = TypeVar("T", bound="JobsRunJobTask")


@_attrs_define
class JobsRunJobTask:
    """
    Attributes:
        job_id (int): ID of the job to trigger.
        dbt_commands (list[str] | Unset): An array of commands to execute for jobs with the dbt task, for example
            ``"dbt_commands": ["dbt deps", "dbt seed", "dbt deps", "dbt seed", "dbt run"]`` ⚠ **Deprecation note** Use `job
            parameters <https://docs.databricks.com/jobs/job-parameters.html#job-parameter-pushdown>`__ to pass information
            down to tasks.
        jar_params (list[str] | Unset): A list of parameters for jobs with Spark JAR tasks, for example ``"jar_params":
            ["john doe", "35"]``. The parameters are used to invoke the main function of the main class specified in the
            Spark JAR task. If not specified upon ``run-now``, it defaults to an empty list. jar_params cannot be specified
            in conjunction with notebook_params. The JSON representation of this field (for example ``{"jar_params":["john
            doe","35"]}``) cannot exceed 10,000 bytes. ⚠ **Deprecation note** Use `job parameters
            <https://docs.databricks.com/jobs/job-parameters.html#job-parameter-pushdown>`__ to pass information d
        job_parameters (JobsRunJobTaskJobParameters | Unset): Job-level parameters used to trigger the job.
        notebook_params (JobsRunJobTaskNotebookParams | Unset): A map from keys to values for jobs with notebook task,
            for example ``"notebook_params": {"name": "john doe", "age": "35"}``. The map is passed to the notebook and is
            accessible through the `dbutils.widgets.get <https://docs.databricks.com/dev-tools/databricks-utils.html>`__
            function. If not specified upon ``run-now``, the triggered run uses the job’s base parameters. notebook_params
            cannot be specified in conjunction with jar_params. ⚠ **Deprecation note** Use `job parameters
            <https://docs.databricks.com/jobs/job-parameters.html#job-parameter-pushdown>`__ to pass information down to
            tasks. The
        pipeline_params (JobsPipelineParams | Unset):
        python_named_params (JobsRunJobTaskPythonNamedParams | Unset):
        python_params (list[str] | Unset): A list of parameters for jobs with Python tasks, for example
            ``"python_params": ["john doe", "35"]``. The parameters are passed to Python file as command-line parameters. If
            specified upon ``run-now``, it would overwrite the parameters specified in job setting. The JSON representation
            of this field (for example ``{"python_params":["john doe","35"]}``) cannot exceed 10,000 bytes. ⚠ **Deprecation
            note** Use `job parameters <https://docs.databricks.com/jobs/job-parameters.html#job-parameter-pushdown>`__ to
            pass information down to tasks. Important These parameters accept only Latin characters (AS
        spark_submit_params (list[str] | Unset): A list of parameters for jobs with spark submit task, for example
            ``"spark_submit_params": ["--class", "org.apache.spark.examples.SparkPi"]``. The parameters are passed to spark-
            submit script as command-line parameters. If specified upon ``run-now``, it would overwrite the parameters
            specified in job setting. The JSON representation of this field (for example ``{"python_params":["john
            doe","35"]}``) cannot exceed 10,000 bytes. ⚠ **Deprecation note** Use `job parameters
            <https://docs.databricks.com/jobs/job-parameters.html#job-parameter-pushdown>`__ to pass information down to
            tasks. Important
        sql_params (JobsRunJobTaskSqlParams | Unset): A map from keys to values for jobs with SQL task, for example
            ``"sql_params": {"name": "john doe", "age": "35"}``. The SQL alert task does not support custom parameters. ⚠
            **Deprecation note** Use `job parameters <https://docs.databricks.com/jobs/job-parameters.html#job-parameter-
            pushdown>`__ to pass information down to tasks.
    """

    job_id: int
    dbt_commands: list[str] | Unset = UNSET
    jar_params: list[str] | Unset = UNSET
    job_parameters: JobsRunJobTaskJobParameters | Unset = UNSET
    notebook_params: JobsRunJobTaskNotebookParams | Unset = UNSET
    pipeline_params: JobsPipelineParams | Unset = UNSET
    python_named_params: JobsRunJobTaskPythonNamedParams | Unset = UNSET
    python_params: list[str] | Unset = UNSET
    spark_submit_params: list[str] | Unset = UNSET
    sql_params: JobsRunJobTaskSqlParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        dbt_commands: list[str] | Unset = UNSET
        if not isinstance(self.dbt_commands, Unset):
            dbt_commands = self.dbt_commands

        jar_params: list[str] | Unset = UNSET
        if not isinstance(self.jar_params, Unset):
            jar_params = self.jar_params

        job_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job_parameters, Unset):
            job_parameters = self.job_parameters.to_dict()

        notebook_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notebook_params, Unset):
            notebook_params = self.notebook_params.to_dict()

        pipeline_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pipeline_params, Unset):
            pipeline_params = self.pipeline_params.to_dict()

        python_named_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.python_named_params, Unset):
            python_named_params = self.python_named_params.to_dict()

        python_params: list[str] | Unset = UNSET
        if not isinstance(self.python_params, Unset):
            python_params = self.python_params

        spark_submit_params: list[str] | Unset = UNSET
        if not isinstance(self.spark_submit_params, Unset):
            spark_submit_params = self.spark_submit_params

        sql_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sql_params, Unset):
            sql_params = self.sql_params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_id": job_id,
            }
        )
        if dbt_commands is not UNSET:
            field_dict["dbt_commands"] = dbt_commands
        if jar_params is not UNSET:
            field_dict["jar_params"] = jar_params
        if job_parameters is not UNSET:
            field_dict["job_parameters"] = job_parameters
        if notebook_params is not UNSET:
            field_dict["notebook_params"] = notebook_params
        if pipeline_params is not UNSET:
            field_dict["pipeline_params"] = pipeline_params
        if python_named_params is not UNSET:
            field_dict["python_named_params"] = python_named_params
        if python_params is not UNSET:
            field_dict["python_params"] = python_params
        if spark_submit_params is not UNSET:
            field_dict["spark_submit_params"] = spark_submit_params
        if sql_params is not UNSET:
            field_dict["sql_params"] = sql_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_pipeline_params import JobsPipelineParams  # noqa: PLC0415
        from ..models.jobs_run_job_task_job_parameters import JobsRunJobTaskJobParameters  # noqa: PLC0415
        from ..models.jobs_run_job_task_notebook_params import JobsRunJobTaskNotebookParams  # noqa: PLC0415
        from ..models.jobs_run_job_task_python_named_params import JobsRunJobTaskPythonNamedParams  # noqa: PLC0415
        from ..models.jobs_run_job_task_sql_params import JobsRunJobTaskSqlParams  # noqa: PLC0415

        d = dict(src_dict)
        job_id = d.pop("job_id")

        dbt_commands = cast(list[str], d.pop("dbt_commands", UNSET))

        jar_params = cast(list[str], d.pop("jar_params", UNSET))

        _job_parameters = d.pop("job_parameters", UNSET)
        job_parameters: JobsRunJobTaskJobParameters | Unset
        if isinstance(_job_parameters, Unset):
            job_parameters = UNSET
        else:
            job_parameters = JobsRunJobTaskJobParameters.from_dict(_job_parameters)

        _notebook_params = d.pop("notebook_params", UNSET)
        notebook_params: JobsRunJobTaskNotebookParams | Unset
        if isinstance(_notebook_params, Unset):
            notebook_params = UNSET
        else:
            notebook_params = JobsRunJobTaskNotebookParams.from_dict(_notebook_params)

        _pipeline_params = d.pop("pipeline_params", UNSET)
        pipeline_params: JobsPipelineParams | Unset
        if isinstance(_pipeline_params, Unset):
            pipeline_params = UNSET
        else:
            pipeline_params = JobsPipelineParams.from_dict(_pipeline_params)

        _python_named_params = d.pop("python_named_params", UNSET)
        python_named_params: JobsRunJobTaskPythonNamedParams | Unset
        if isinstance(_python_named_params, Unset):
            python_named_params = UNSET
        else:
            python_named_params = JobsRunJobTaskPythonNamedParams.from_dict(_python_named_params)

        python_params = cast(list[str], d.pop("python_params", UNSET))

        spark_submit_params = cast(list[str], d.pop("spark_submit_params", UNSET))

        _sql_params = d.pop("sql_params", UNSET)
        sql_params: JobsRunJobTaskSqlParams | Unset
        if isinstance(_sql_params, Unset):
            sql_params = UNSET
        else:
            sql_params = JobsRunJobTaskSqlParams.from_dict(_sql_params)

        jobs_run_job_task = cls(
            job_id=job_id,
            dbt_commands=dbt_commands,
            jar_params=jar_params,
            job_parameters=job_parameters,
            notebook_params=notebook_params,
            pipeline_params=pipeline_params,
            python_named_params=python_named_params,
            python_params=python_params,
            spark_submit_params=spark_submit_params,
            sql_params=sql_params,
        )

        jobs_run_job_task.additional_properties = d
        return jobs_run_job_task

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

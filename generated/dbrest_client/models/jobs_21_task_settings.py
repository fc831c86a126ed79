from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_dbt_task import JobsDbtTask
    from ..models.jobs_email_notifications import JobsEmailNotifications
    from ..models.jobs_notebook_task import JobsNotebookTask
    from ..models.jobs_pipeline_task import JobsPipelineTask
    from ..models.jobs_python_wheel_task import JobsPythonWheelTask
    from ..models.jobs_spark_jar_task import JobsSparkJarTask
    from ..models.jobs_spark_python_task import JobsSparkPythonTask
    from ..models.jobs_spark_submit_task import JobsSparkSubmitTask
    from ..models.jobs_sql_task import JobsSqlTask
    from ..models.jobs_task_dependency import JobsTaskDependency
    from ..models.library import Library
    from ..models.new_cluster import NewCluster


T = TypeVar("T", bound="Jobs21TaskSettings")


@_attrs_define
class Jobs21TaskSettings:
    """A task of a job: `task_key`, exactly one task kind and (except for pipeline and SQL tasks) exactly
    one of `existing_cluster_id`, `new_cluster` and `job_cluster_key`.

        Attributes:
            task_key (str): Name of a task, unique within its job; 1 to 100 characters among letters, digits, `_` and `-`.
            description (str | Unset):
            depends_on (list[JobsTaskDependency] | Unset): Tasks that must succeed before this one starts.
            existing_cluster_id (str | Unset): An existing all-purpose cluster (started by the run if terminated).
            new_cluster (NewCluster | Unset): A cluster specification with its runtime version (the ClusterSpec fields;
                `spark_version` required):
                the body of clusters create and edit without their own fields, and the `new_cluster` of a job.
                 Example: {'spark_version': '15.4.x-scala2.12', 'node_type_id': 'Standard_DS3_v2', 'num_workers': 2,
                'spark_conf': {'spark.speculation': 'true'}}.
            job_cluster_key (str | Unset): One of the job's `job_clusters`.
            notebook_task (JobsNotebookTask | Unset): Run a notebook. Example: {'notebook_path':
                '/Users/user.name@databricks.com/notebook_to_run', 'base_parameters': {'name': 'John Doe'}}.
            spark_jar_task (JobsSparkJarTask | Unset): Run the main method of a class from a JAR given in `libraries`.
            spark_python_task (JobsSparkPythonTask | Unset): Run a Python file.
            spark_submit_task (JobsSparkSubmitTask | Unset): Run spark-submit with these parameters; only on a new cluster.
            pipeline_task (JobsPipelineTask | Unset): Run a Delta Live Tables pipeline.
            python_wheel_task (JobsPythonWheelTask | Unset): Run an entry point of a Python wheel given in `libraries`.
            sql_task (JobsSqlTask | Unset): Run a Databricks SQL query, refresh a dashboard or an alert on a SQL warehouse.
            dbt_task (JobsDbtTask | Unset): Run dbt commands.
            libraries (list[Library] | Unset):
            email_notifications (JobsEmailNotifications | Unset): Email addresses notified when runs start, succeed or fail
                (INTERNAL_ERROR, SKIPPED, FAILED,
                TIMEDOUT), and when the job is deleted. ASCII addresses only.
                 Example: {'on_failure': ['user.name@databricks.com']}.
            timeout_seconds (int | Unset): Timeout of each run of the task; 0 (the default) = none.
            max_retries (int | Unset): Retries of a failed task run (FAILED or INTERNAL_ERROR); -1 = unlimited, 0 (default)
                = none.
            min_retry_interval_millis (int | Unset): Minimum time between the start of a failed attempt and its retry
                (default 0).
            retry_on_timeout (bool | Unset): Whether a timed-out task run is retried too (default false).
    """

    task_key: str
    description: str | Unset = UNSET
    depends_on: list[JobsTaskDependency] | Unset = UNSET
    existing_cluster_id: str | Unset = UNSET
    new_cluster: NewCluster | Unset = UNSET
    job_cluster_key: str | Unset = UNSET
    notebook_task: JobsNotebookTask | Unset = UNSET
    spark_jar_task: JobsSparkJarTask | Unset = UNSET
    spark_python_task: JobsSparkPythonTask | Unset = UNSET
    spark_submit_task: JobsSparkSubmitTask | Unset = UNSET
    pipeline_task: JobsPipelineTask | Unset = UNSET
    python_wheel_task: JobsPythonWheelTask | Unset = UNSET
    sql_task: JobsSqlTask | Unset = UNSET
    dbt_task: JobsDbtTask | Unset = UNSET
    libraries: list[Library] | Unset = UNSET
    email_notifications: JobsEmailNotifications | Unset = UNSET
    timeout_seconds: int | Unset = UNSET
    max_retries: int | Unset = UNSET
    min_retry_interval_millis: int | Unset = UNSET
    retry_on_timeout: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_key = self.task_key

        description = self.description

        depends_on: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.depends_on, Unset):
            depends_on = []
            for depends_on_item_data in self.depends_on:
                depends_on_item = depends_on_item_data.to_dict()
                depends_on.append(depends_on_item)

        existing_cluster_id = self.existing_cluster_id

        new_cluster: dict[str, Any] | Unset = UNSET
        if not isinstance(self.new_cluster, Unset):
            new_cluster = self.new_cluster.to_dict()

        job_cluster_key = self.job_cluster_key

        notebook_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notebook_task, Unset):
            notebook_task = self.notebook_task.to_dict()

        spark_jar_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spark_jar_task, Unset):
            spark_jar_task = self.spark_jar_task.to_dict()

        spark_python_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spark_python_task, Unset):
            spark_python_task = self.spark_python_task.to_dict()

        spark_submit_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spark_submit_task, Unset):
            spark_submit_task = self.spark_submit_task.to_dict()

        pipeline_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pipeline_task, Unset):
            pipeline_task = self.pipeline_task.to_dict()

        python_wheel_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.python_wheel_task, Unset):
            python_wheel_task = self.python_wheel_task.to_dict()

        sql_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sql_task, Unset):
            sql_task = self.sql_task.to_dict()

        dbt_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dbt_task, Unset):
            dbt_task = self.dbt_task.to_dict()

        libraries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.libraries, Unset):
            libraries = []
            for libraries_item_data in self.libraries:
                libraries_item = libraries_item_data.to_dict()
                libraries.append(libraries_item)

        email_notifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_notifications, Unset):
            email_notifications = self.email_notifications.to_dict()

        timeout_seconds = self.timeout_seconds

        max_retries = self.max_retries

        min_retry_interval_millis = self.min_retry_interval_millis

        retry_on_timeout = self.retry_on_timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_key": task_key,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if depends_on is not UNSET:
            field_dict["depends_on"] = depends_on
        if existing_cluster_id is not UNSET:
            field_dict["existing_cluster_id"] = existing_cluster_id
        if new_cluster is not UNSET:
            field_dict["new_cluster"] = new_cluster
        if job_cluster_key is not UNSET:
            field_dict["job_cluster_key"] = job_cluster_key
        if notebook_task is not UNSET:
            field_dict["notebook_task"] = notebook_task
        if spark_jar_task is not UNSET:
            field_dict["spark_jar_task"] = spark_jar_task
        if spark_python_task is not UNSET:
            field_dict["spark_python_task"] = spark_python_task
        if spark_submit_task is not UNSET:
            field_dict["spark_submit_task"] = spark_submit_task
        if pipeline_task is not UNSET:
            field_dict["pipeline_task"] = pipeline_task
        if python_wheel_task is not UNSET:
            field_dict["python_wheel_task"] = python_wheel_task
        if sql_task is not UNSET:
            field_dict["sql_task"] = sql_task
        if dbt_task is not UNSET:
            field_dict["dbt_task"] = dbt_task
        if libraries is not UNSET:
            field_dict["libraries"] = libraries
        if email_notifications is not UNSET:
            field_dict["email_notifications"] = email_notifications
        if timeout_seconds is not UNSET:
            field_dict["timeout_seconds"] = timeout_seconds
        if max_retries is not UNSET:
            field_dict["max_retries"] = max_retries
        if min_retry_interval_millis is not UNSET:
            field_dict["min_retry_interval_millis"] = min_retry_interval_millis
        if retry_on_timeout is not UNSET:
            field_dict["retry_on_timeout"] = retry_on_timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_dbt_task import JobsDbtTask  # noqa: PLC0415
        from ..models.jobs_email_notifications import JobsEmailNotifications  # noqa: PLC0415
        from ..models.jobs_notebook_task import JobsNotebookTask  # noqa: PLC0415
        from ..models.jobs_pipeline_task import JobsPipelineTask  # noqa: PLC0415
        from ..models.jobs_python_wheel_task import JobsPythonWheelTask  # noqa: PLC0415
        from ..models.jobs_spark_jar_task import JobsSparkJarTask  # noqa: PLC0415
        from ..models.jobs_spark_python_task import JobsSparkPythonTask  # noqa: PLC0415
        from ..models.jobs_spark_submit_task import JobsSparkSubmitTask  # noqa: PLC0415
        from ..models.jobs_sql_task import JobsSqlTask  # noqa: PLC0415
        from ..models.jobs_task_dependency import JobsTaskDependency  # noqa: PLC0415
        from ..models.library import Library  # noqa: PLC0415
        from ..models.new_cluster import NewCluster  # noqa: PLC0415

        d = dict(src_dict)
        task_key = d.pop("task_key")

        description = d.pop("description", UNSET)

        _depends_on = d.pop("depends_on", UNSET)
        depends_on: list[JobsTaskDependency] | Unset = UNSET
        if _depends_on is not UNSET:
            depends_on = []
            for depends_on_item_data in _depends_on:
                depends_on_item = JobsTaskDependency.from_dict(depends_on_item_data)

                depends_on.append(depends_on_item)

        existing_cluster_id = d.pop("existing_cluster_id", UNSET)

        _new_cluster = d.pop("new_cluster", UNSET)
        new_cluster: NewCluster | Unset
        if isinstance(_new_cluster, Unset):
            new_cluster = UNSET
        else:
            new_cluster = NewCluster.from_dict(_new_cluster)

        job_cluster_key = d.pop("job_cluster_key", UNSET)

        _notebook_task = d.pop("notebook_task", UNSET)
        notebook_task: JobsNotebookTask | Unset
        if isinstance(_notebook_task, Unset):
            notebook_task = UNSET
        else:
            notebook_task = JobsNotebookTask.from_dict(_notebook_task)

        _spark_jar_task = d.pop("spark_jar_task", UNSET)
        spark_jar_task: JobsSparkJarTask | Unset
        if isinstance(_spark_jar_task, Unset):
            spark_jar_task = UNSET
        else:
            spark_jar_task = JobsSparkJarTask.from_dict(_spark_jar_task)

        _spark_python_task = d.pop("spark_python_task", UNSET)
        spark_python_task: JobsSparkPythonTask | Unset
        if isinstance(_spark_python_task, Unset):
            spark_python_task = UNSET
        else:
            spark_python_task = JobsSparkPythonTask.from_dict(_spark_python_task)

        _spark_submit_task = d.pop("spark_submit_task", UNSET)
        spark_submit_task: JobsSparkSubmitTask | Unset
        if isinstance(_spark_submit_task, Unset):
            spark_submit_task = UNSET
        else:
            spark_submit_task = JobsSparkSubmitTask.from_dict(_spark_submit_task)

        _pipeline_task = d.pop("pipeline_task", UNSET)
        pipeline_task: JobsPipelineTask | Unset
        if isinstance(_pipeline_task, Unset):
            pipeline_task = UNSET
        else:
            pipeline_task = JobsPipelineTask.from_dict(_pipeline_task)

        _python_wheel_task = d.pop("python_wheel_task", UNSET)
        python_wheel_task: JobsPythonWheelTask | Unset
        if isinstance(_python_wheel_task, Unset):
            python_wheel_task = UNSET
        else:
            python_wheel_task = JobsPythonWheelTask.from_dict(_python_wheel_task)

        _sql_task = d.pop("sql_task", UNSET)
        sql_task: JobsSqlTask | Unset
        if isinstance(_sql_task, Unset):
            sql_task = UNSET
        else:
            sql_task = JobsSqlTask.from_dict(_sql_task)

        _dbt_task = d.pop("dbt_task", UNSET)
        dbt_task: JobsDbtTask | Unset
        if isinstance(_dbt_task, Unset):
            dbt_task = UNSET
        else:
            dbt_task = JobsDbtTask.from_dict(_dbt_task)

        _libraries = d.pop("libraries", UNSET)
        libraries: list[Library] | Unset = UNSET
        if _libraries is not UNSET:
            libraries = []
            for libraries_item_data in _libraries:
                libraries_item = Library.from_dict(libraries_item_data)

                libraries.append(libraries_item)

        _email_notifications = d.pop("email_notifications", UNSET)
        email_notifications: JobsEmailNotifications | Unset
        if isinstance(_email_notifications, Unset):
            email_notifications = UNSET
        else:
            email_notifications = JobsEmailNotifications.from_dict(_email_notifications)

        timeout_seconds = d.pop("timeout_seconds", UNSET)

        max_retries = d.pop("max_retries", UNSET)

        min_retry_interval_millis = d.pop("min_retry_interval_millis", UNSET)

        retry_on_timeout = d.pop("retry_on_timeout", UNSET)

        jobs_21_task_settings = cls(
            task_key=task_key,
            description=description,
            depends_on=depends_on,
            existing_cluster_id=existing_cluster_id,
            new_cluster=new_cluster,
            job_cluster_key=job_cluster_key,
            notebook_task=notebook_task,
            spark_jar_task=spark_jar_task,
            spark_python_task=spark_python_task,
            spark_submit_task=spark_submit_task,
            pipeline_task=pipeline_task,
            python_wheel_task=python_wheel_task,
            sql_task=sql_task,
            dbt_task=dbt_task,
            libraries=libraries,
            email_notifications=email_notifications,
            timeout_seconds=timeout_seconds,
            max_retries=max_retries,
            min_retry_interval_millis=min_retry_interval_millis,
            retry_on_timeout=retry_on_timeout,
        )

        jobs_21_task_settings.additional_properties = d
        return jobs_21_task_settings

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

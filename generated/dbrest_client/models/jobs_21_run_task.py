from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_cluster_instance import JobsClusterInstance
    from ..models.jobs_dbt_task import JobsDbtTask
    from ..models.jobs_git_source import JobsGitSource
    from ..models.jobs_notebook_task import JobsNotebookTask
    from ..models.jobs_pipeline_task import JobsPipelineTask
    from ..models.jobs_python_wheel_task import JobsPythonWheelTask
    from ..models.jobs_run_state import JobsRunState
    from ..models.jobs_spark_jar_task import JobsSparkJarTask
    from ..models.jobs_spark_python_task import JobsSparkPythonTask
    from ..models.jobs_spark_submit_task import JobsSparkSubmitTask
    from ..models.jobs_sql_task import JobsSqlTask
    from ..models.jobs_task_dependency import JobsTaskDependency
    from ..models.library import Library
    from ..models.new_cluster import NewCluster


T = TypeVar("T", bound="Jobs21RunTask")


@_attrs_define
class Jobs21RunTask:
    """A task run of a multi-task run.

    Attributes:
        run_id (int | Unset): A job id or run id (unique across the workspace).
        task_key (str | Unset): Name of a task, unique within its job; 1 to 100 characters among letters, digits, `_`
            and `-`.
        description (str | Unset):
        state (JobsRunState | Unset): The life cycle state and result of a run. Example: {'life_cycle_state':
            'TERMINATED', 'result_state': 'SUCCESS', 'state_message': '', 'user_cancelled_or_timedout': False}.
        depends_on (list[JobsTaskDependency] | Unset):
        existing_cluster_id (str | Unset):
        new_cluster (NewCluster | Unset): A cluster specification with its runtime version (the ClusterSpec fields;
            `spark_version` required):
            the body of clusters create and edit without their own fields, and the `new_cluster` of a job.
             Example: {'spark_version': '15.4.x-scala2.12', 'node_type_id': 'Standard_DS3_v2', 'num_workers': 2,
            'spark_conf': {'spark.speculation': 'true'}}.
        job_cluster_key (str | Unset):
        libraries (list[Library] | Unset):
        notebook_task (JobsNotebookTask | Unset): Run a notebook. Example: {'notebook_path':
            '/Users/user.name@databricks.com/notebook_to_run', 'base_parameters': {'name': 'John Doe'}}.
        spark_jar_task (JobsSparkJarTask | Unset): Run the main method of a class from a JAR given in `libraries`.
        spark_python_task (JobsSparkPythonTask | Unset): Run a Python file.
        spark_submit_task (JobsSparkSubmitTask | Unset): Run spark-submit with these parameters; only on a new cluster.
        pipeline_task (JobsPipelineTask | Unset): Run a Delta Live Tables pipeline.
        python_wheel_task (JobsPythonWheelTask | Unset): Run an entry point of a Python wheel given in `libraries`.
        sql_task (JobsSqlTask | Unset): Run a Databricks SQL query, refresh a dashboard or an alert on a SQL warehouse.
        dbt_task (JobsDbtTask | Unset): Run dbt commands.
        start_time (int | Unset): When the task run started (epoch ms); 0 before.
        setup_duration (int | Unset):
        execution_duration (int | Unset):
        cleanup_duration (int | Unset):
        end_time (int | Unset): When the task run ended (epoch ms); 0 while it is not finished.
        attempt_number (int | Unset): 0 for the first attempt, then 1, 2, ... for retries.
        cluster_instance (JobsClusterInstance | Unset): The cluster and Spark context of a run; each field is absent
            until known.
        git_source (JobsGitSource | Unset): A remote Git repository holding the notebooks of the job (Public Preview).
            Exactly one of
            `git_branch`, `git_tag` and `git_commit`.
             Example: {'git_url': 'https://github.com/databricks/databricks-cli', 'git_branch': 'main', 'git_provider':
            'gitHub'}.
        run_page_url (str | Unset):
    """

    run_id: int | Unset = UNSET
    task_key: str | Unset = UNSET
    description: str | Unset = UNSET
    state: JobsRunState | Unset = UNSET
    depends_on: list[JobsTaskDependency] | Unset = UNSET
    existing_cluster_id: str | Unset = UNSET
    new_cluster: NewCluster | Unset = UNSET
    job_cluster_key: str | Unset = UNSET
    libraries: list[Library] | Unset = UNSET
    notebook_task: JobsNotebookTask | Unset = UNSET
    spark_jar_task: JobsSparkJarTask | Unset = UNSET
    spark_python_task: JobsSparkPythonTask | Unset = UNSET
    spark_submit_task: JobsSparkSubmitTask | Unset = UNSET
    pipeline_task: JobsPipelineTask | Unset = UNSET
    python_wheel_task: JobsPythonWheelTask | Unset = UNSET
    sql_task: JobsSqlTask | Unset = UNSET
    dbt_task: JobsDbtTask | Unset = UNSET
    start_time: int | Unset = UNSET
    setup_duration: int | Unset = UNSET
    execution_duration: int | Unset = UNSET
    cleanup_duration: int | Unset = UNSET
    end_time: int | Unset = UNSET
    attempt_number: int | Unset = UNSET
    cluster_instance: JobsClusterInstance | Unset = UNSET
    git_source: JobsGitSource | Unset = UNSET
    run_page_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        task_key = self.task_key

        description = self.description

        state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.to_dict()

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

        libraries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.libraries, Unset):
            libraries = []
            for libraries_item_data in self.libraries:
                libraries_item = libraries_item_data.to_dict()
                libraries.append(libraries_item)

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

        start_time = self.start_time

        setup_duration = self.setup_duration

        execution_duration = self.execution_duration

        cleanup_duration = self.cleanup_duration

        end_time = self.end_time

        attempt_number = self.attempt_number

        cluster_instance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cluster_instance, Unset):
            cluster_instance = self.cluster_instance.to_dict()

        git_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.git_source, Unset):
            git_source = self.git_source.to_dict()

        run_page_url = self.run_page_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if task_key is not UNSET:
            field_dict["task_key"] = task_key
        if description is not UNSET:
            field_dict["description"] = description
        if state is not UNSET:
            field_dict["state"] = state
        if depends_on is not UNSET:
            field_dict["depends_on"] = depends_on
        if existing_cluster_id is not UNSET:
            field_dict["existing_cluster_id"] = existing_cluster_id
        if new_cluster is not UNSET:
            field_dict["new_cluster"] = new_cluster
        if job_cluster_key is not UNSET:
            field_dict["job_cluster_key"] = job_cluster_key
        if libraries is not UNSET:
            field_dict["libraries"] = libraries
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
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if setup_duration is not UNSET:
            field_dict["setup_duration"] = setup_duration
        if execution_duration is not UNSET:
            field_dict["execution_duration"] = execution_duration
        if cleanup_duration is not UNSET:
            field_dict["cleanup_duration"] = cleanup_duration
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if attempt_number is not UNSET:
            field_dict["attempt_number"] = attempt_number
        if cluster_instance is not UNSET:
            field_dict["cluster_instance"] = cluster_instance
        if git_source is not UNSET:
            field_dict["git_source"] = git_source
        if run_page_url is not UNSET:
            field_dict["run_page_url"] = run_page_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_cluster_instance import JobsClusterInstance  # noqa: PLC0415
        from ..models.jobs_dbt_task import JobsDbtTask  # noqa: PLC0415
        from ..models.jobs_git_source import JobsGitSource  # noqa: PLC0415
        from ..models.jobs_notebook_task import JobsNotebookTask  # noqa: PLC0415
        from ..models.jobs_pipeline_task import JobsPipelineTask  # noqa: PLC0415
        from ..models.jobs_python_wheel_task import JobsPythonWheelTask  # noqa: PLC0415
        from ..models.jobs_run_state import JobsRunState  # noqa: PLC0415
        from ..models.jobs_spark_jar_task import JobsSparkJarTask  # noqa: PLC0415
        from ..models.jobs_spark_python_task import JobsSparkPythonTask  # noqa: PLC0415
        from ..models.jobs_spark_submit_task import JobsSparkSubmitTask  # noqa: PLC0415
        from ..models.jobs_sql_task import JobsSqlTask  # noqa: PLC0415
        from ..models.jobs_task_dependency import JobsTaskDependency  # noqa: PLC0415
        from ..models.library import Library  # noqa: PLC0415
        from ..models.new_cluster import NewCluster  # noqa: PLC0415

        d = dict(src_dict)
        run_id = d.pop("run_id", UNSET)

        task_key = d.pop("task_key", UNSET)

        description = d.pop("description", UNSET)

        _state = d.pop("state", UNSET)
        state: JobsRunState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = JobsRunState.from_dict(_state)

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

        _libraries = d.pop("libraries", UNSET)
        libraries: list[Library] | Unset = UNSET
        if _libraries is not UNSET:
            libraries = []
            for libraries_item_data in _libraries:
                libraries_item = Library.from_dict(libraries_item_data)

                libraries.append(libraries_item)

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

        start_time = d.pop("start_time", UNSET)

        setup_duration = d.pop("setup_duration", UNSET)

        execution_duration = d.pop("execution_duration", UNSET)

        cleanup_duration = d.pop("cleanup_duration", UNSET)

        end_time = d.pop("end_time", UNSET)

        attempt_number = d.pop("attempt_number", UNSET)

        _cluster_instance = d.pop("cluster_instance", UNSET)
        cluster_instance: JobsClusterInstance | Unset
        if isinstance(_cluster_instance, Unset):
            cluster_instance = UNSET
        else:
            cluster_instance = JobsClusterInstance.from_dict(_cluster_instance)

        _git_source = d.pop("git_source", UNSET)
        git_source: JobsGitSource | Unset
        if isinstance(_git_source, Unset):
            git_source = UNSET
        else:
            git_source = JobsGitSource.from_dict(_git_source)

        run_page_url = d.pop("run_page_url", UNSET)

        jobs_21_run_task = cls(
            run_id=run_id,
            task_key=task_key,
            description=description,
            state=state,
            depends_on=depends_on,
            existing_cluster_id=existing_cluster_id,
            new_cluster=new_cluster,
            job_cluster_key=job_cluster_key,
            libraries=libraries,
            notebook_task=notebook_task,
            spark_jar_task=spark_jar_task,
            spark_python_task=spark_python_task,
            spark_submit_task=spark_submit_task,
            pipeline_task=pipeline_task,
            python_wheel_task=python_wheel_task,
            sql_task=sql_task,
            dbt_task=dbt_task,
            start_time=start_time,
            setup_duration=setup_duration,
            execution_duration=execution_duration,
            cleanup_duration=cleanup_duration,
            end_time=end_time,
            attempt_number=attempt_number,
            cluster_instance=cluster_instance,
            git_source=git_source,
            run_page_url=run_page_url,
        )

        jobs_21_run_task.additional_properties = d
        return jobs_21_run_task

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

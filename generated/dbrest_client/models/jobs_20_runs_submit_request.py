from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_21_run_submit_task_settings import Jobs21RunSubmitTaskSettings
    from ..models.jobs_git_source import JobsGitSource
    from ..models.jobs_notebook_task import JobsNotebookTask
    from ..models.jobs_pipeline_task import JobsPipelineTask
    from ..models.jobs_python_wheel_task import JobsPythonWheelTask
    from ..models.jobs_spark_jar_task import JobsSparkJarTask
    from ..models.jobs_spark_python_task import JobsSparkPythonTask
    from ..models.jobs_spark_submit_task import JobsSparkSubmitTask
    from ..models.library import Library
    from ..models.new_cluster import NewCluster


T = TypeVar("T", bound="Jobs20RunsSubmitRequest")


@_attrs_define
class Jobs20RunsSubmitRequest:
    """A one-time run (single-task format, or `tasks`).

    Attributes:
        run_name (str | Unset): Name of the run (default `Untitled`).
        existing_cluster_id (str | Unset):
        new_cluster (NewCluster | Unset): A cluster specification with its runtime version (the ClusterSpec fields;
            `spark_version` required):
            the body of clusters create and edit without their own fields, and the `new_cluster` of a job.
             Example: {'spark_version': '15.4.x-scala2.12', 'node_type_id': 'Standard_DS3_v2', 'num_workers': 2,
            'spark_conf': {'spark.speculation': 'true'}}.
        notebook_task (JobsNotebookTask | Unset): Run a notebook. Example: {'notebook_path':
            '/Users/user.name@databricks.com/notebook_to_run', 'base_parameters': {'name': 'John Doe'}}.
        spark_jar_task (JobsSparkJarTask | Unset): Run the main method of a class from a JAR given in `libraries`.
        spark_python_task (JobsSparkPythonTask | Unset): Run a Python file.
        spark_submit_task (JobsSparkSubmitTask | Unset): Run spark-submit with these parameters; only on a new cluster.
        pipeline_task (JobsPipelineTask | Unset): Run a Delta Live Tables pipeline.
        python_wheel_task (JobsPythonWheelTask | Unset): Run an entry point of a Python wheel given in `libraries`.
        libraries (list[Library] | Unset):
        timeout_seconds (int | Unset):
        idempotency_token (str | Unset): At most 64 characters. A run started with the same token is returned instead of
            starting a new one;
            if that run was deleted, the request fails.
        tasks (list[Jobs21RunSubmitTaskSettings] | Unset):
        git_source (JobsGitSource | Unset): A remote Git repository holding the notebooks of the job (Public Preview).
            Exactly one of
            `git_branch`, `git_tag` and `git_commit`.
             Example: {'git_url': 'https://github.com/databricks/databricks-cli', 'git_branch': 'main', 'git_provider':
            'gitHub'}.
    """

    run_name: str | Unset = UNSET
    existing_cluster_id: str | Unset = UNSET
    new_cluster: NewCluster | Unset = UNSET
    notebook_task: JobsNotebookTask | Unset = UNSET
    spark_jar_task: JobsSparkJarTask | Unset = UNSET
    spark_python_task: JobsSparkPythonTask | Unset = UNSET
    spark_submit_task: JobsSparkSubmitTask | Unset = UNSET
    pipeline_task: JobsPipelineTask | Unset = UNSET
    python_wheel_task: JobsPythonWheelTask | Unset = UNSET
    libraries: list[Library] | Unset = UNSET
    timeout_seconds: int | Unset = UNSET
    idempotency_token: str | Unset = UNSET
    tasks: list[Jobs21RunSubmitTaskSettings] | Unset = UNSET
    git_source: JobsGitSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_name = self.run_name

        existing_cluster_id = self.existing_cluster_id

        new_cluster: dict[str, Any] | Unset = UNSET
        if not isinstance(self.new_cluster, Unset):
            new_cluster = self.new_cluster.to_dict()

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

        libraries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.libraries, Unset):
            libraries = []
            for libraries_item_data in self.libraries:
                libraries_item = libraries_item_data.to_dict()
                libraries.append(libraries_item)

        timeout_seconds = self.timeout_seconds

        idempotency_token = self.idempotency_token

        tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

        git_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.git_source, Unset):
            git_source = self.git_source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if run_name is not UNSET:
            field_dict["run_name"] = run_name
        if existing_cluster_id is not UNSET:
            field_dict["existing_cluster_id"] = existing_cluster_id
        if new_cluster is not UNSET:
            field_dict["new_cluster"] = new_cluster
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
        if libraries is not UNSET:
            field_dict["libraries"] = libraries
        if timeout_seconds is not UNSET:
            field_dict["timeout_seconds"] = timeout_seconds
        if idempotency_token is not UNSET:
            field_dict["idempotency_token"] = idempotency_token
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if git_source is not UNSET:
            field_dict["git_source"] = git_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_21_run_submit_task_settings import Jobs21RunSubmitTaskSettings  # noqa: PLC0415
        from ..models.jobs_git_source import JobsGitSource  # noqa: PLC0415
        from ..models.jobs_notebook_task import JobsNotebookTask  # noqa: PLC0415
        from ..models.jobs_pipeline_task import JobsPipelineTask  # noqa: PLC0415
        from ..models.jobs_python_wheel_task import JobsPythonWheelTask  # noqa: PLC0415
        from ..models.jobs_spark_jar_task import JobsSparkJarTask  # noqa: PLC0415
        from ..models.jobs_spark_python_task import JobsSparkPythonTask  # noqa: PLC0415
        from ..models.jobs_spark_submit_task import JobsSparkSubmitTask  # noqa: PLC0415
        from ..models.library import Library  # noqa: PLC0415
        from ..models.new_cluster import NewCluster  # noqa: PLC0415

        d = dict(src_dict)
        run_name = d.pop("run_name", UNSET)

        existing_cluster_id = d.pop("existing_cluster_id", UNSET)

        _new_cluster = d.pop("new_cluster", UNSET)
        new_cluster: NewCluster | Unset
        if isinstance(_new_cluster, Unset):
            new_cluster = UNSET
        else:
            new_cluster = NewCluster.from_dict(_new_cluster)

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

        _libraries = d.pop("libraries", UNSET)
        libraries: list[Library] | Unset = UNSET
        if _libraries is not UNSET:
            libraries = []
            for libraries_item_data in _libraries:
                libraries_item = Library.from_dict(libraries_item_data)

                libraries.append(libraries_item)

        timeout_seconds = d.pop("timeout_seconds", UNSET)

        idempotency_token = d.pop("idempotency_token", UNSET)

        _tasks = d.pop("tasks", UNSET)
        tasks: list[Jobs21RunSubmitTaskSettings] | Unset = UNSET
        if _tasks is not UNSET:
            tasks = []
            for tasks_item_data in _tasks:
                tasks_item = Jobs21RunSubmitTaskSettings.from_dict(tasks_item_data)

                tasks.append(tasks_item)

        _git_source = d.pop("git_source", UNSET)
        git_source: JobsGitSource | Unset
        if isinstance(_git_source, Unset):
            git_source = UNSET
        else:
            git_source = JobsGitSource.from_dict(_git_source)

        jobs_20_runs_submit_request = cls(
            run_name=run_name,
            existing_cluster_id=existing_cluster_id,
            new_cluster=new_cluster,
            notebook_task=notebook_task,
            spark_jar_task=spark_jar_task,
            spark_python_task=spark_python_task,
            spark_submit_task=spark_submit_task,
            pipeline_task=pipeline_task,
            python_wheel_task=python_wheel_task,
            libraries=libraries,
            timeout_seconds=timeout_seconds,
            idempotency_token=idempotency_token,
            tasks=tasks,
            git_source=git_source,
        )

        jobs_20_runs_submit_request.additional_properties = d
        return jobs_20_runs_submit_request

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

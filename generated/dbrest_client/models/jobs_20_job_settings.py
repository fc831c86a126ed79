from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_format import JobsFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_20_job_settings_tags import Jobs20JobSettingsTags
    from ..models.jobs_21_task_settings import Jobs21TaskSettings
    from ..models.jobs_cron_schedule import JobsCronSchedule
    from ..models.jobs_email_notifications import JobsEmailNotifications
    from ..models.jobs_git_source import JobsGitSource
    from ..models.jobs_job_cluster import JobsJobCluster
    from ..models.jobs_notebook_task import JobsNotebookTask
    from ..models.jobs_pipeline_task import JobsPipelineTask
    from ..models.jobs_python_wheel_task import JobsPythonWheelTask
    from ..models.jobs_spark_jar_task import JobsSparkJarTask
    from ..models.jobs_spark_python_task import JobsSparkPythonTask
    from ..models.jobs_spark_submit_task import JobsSparkSubmitTask
    from ..models.library import Library
    from ..models.new_cluster import NewCluster


T = TypeVar("T", bound="Jobs20JobSettings")


@_attrs_define
class Jobs20JobSettings:
    """Settings of a job. Single-task format: the task kind, its cluster, libraries and retry policy at the
    top level. Multi-task format: `tasks` and `job_clusters` as in Jobs API 2.1, without the single-task
    fields.

        Attributes:
            name (str | Unset): Name of the job (default `Untitled`); need not be unique.
            existing_cluster_id (str | Unset): An existing all-purpose cluster to run on (started by the run if terminated).
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
            libraries (list[Library] | Unset): Libraries installed on the cluster before the task runs.
            email_notifications (JobsEmailNotifications | Unset): Email addresses notified when runs start, succeed or fail
                (INTERNAL_ERROR, SKIPPED, FAILED,
                TIMEDOUT), and when the job is deleted. ASCII addresses only.
                 Example: {'on_failure': ['user.name@databricks.com']}.
            timeout_seconds (int | Unset): Timeout of each run; 0 (the default) = none. Applies to active runs too.
            max_retries (int | Unset): Retries of an unsuccessful run (result FAILED or life cycle INTERNAL_ERROR); -1 =
                unlimited, 0
                (the default) = none. A retry is a new run with trigger RETRY.
            min_retry_interval_millis (int | Unset): Minimum time between the start of a failed run and its retry (default
                0).
            retry_on_timeout (bool | Unset): Whether a timed-out run is retried too (default false).
            schedule (JobsCronSchedule | Unset): A Quartz cron schedule for a job. Example: {'quartz_cron_expression': '0 15
                22 ? * *', 'timezone_id': 'America/Los_Angeles', 'pause_status': 'UNPAUSED'}.
            max_concurrent_runs (int | Unset): Maximum active runs of the job (default 1); further runs are SKIPPED; 0 skips
                every run.
            tags (Jobs20JobSettingsTags | Unset):
            tasks (list[Jobs21TaskSettings] | Unset): Multi-task format only.
            job_clusters (list[JobsJobCluster] | Unset): Multi-task format only.
            git_source (JobsGitSource | Unset): A remote Git repository holding the notebooks of the job (Public Preview).
                Exactly one of
                `git_branch`, `git_tag` and `git_commit`.
                 Example: {'git_url': 'https://github.com/databricks/databricks-cli', 'git_branch': 'main', 'git_provider':
                'gitHub'}.
            format_ (JobsFormat | Unset): SINGLE_TASK (a job created in the Jobs API 2.0 form) or MULTI_TASK. Ignored in
                create, reset and
                update requests.
    """

    name: str | Unset = UNSET
    existing_cluster_id: str | Unset = UNSET
    new_cluster: NewCluster | Unset = UNSET
    notebook_task: JobsNotebookTask | Unset = UNSET
    spark_jar_task: JobsSparkJarTask | Unset = UNSET
    spark_python_task: JobsSparkPythonTask | Unset = UNSET
    spark_submit_task: JobsSparkSubmitTask | Unset = UNSET
    pipeline_task: JobsPipelineTask | Unset = UNSET
    python_wheel_task: JobsPythonWheelTask | Unset = UNSET
    libraries: list[Library] | Unset = UNSET
    email_notifications: JobsEmailNotifications | Unset = UNSET
    timeout_seconds: int | Unset = UNSET
    max_retries: int | Unset = UNSET
    min_retry_interval_millis: int | Unset = UNSET
    retry_on_timeout: bool | Unset = UNSET
    schedule: JobsCronSchedule | Unset = UNSET
    max_concurrent_runs: int | Unset = UNSET
    tags: Jobs20JobSettingsTags | Unset = UNSET
    tasks: list[Jobs21TaskSettings] | Unset = UNSET
    job_clusters: list[JobsJobCluster] | Unset = UNSET
    git_source: JobsGitSource | Unset = UNSET
    format_: JobsFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

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

        email_notifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_notifications, Unset):
            email_notifications = self.email_notifications.to_dict()

        timeout_seconds = self.timeout_seconds

        max_retries = self.max_retries

        min_retry_interval_millis = self.min_retry_interval_millis

        retry_on_timeout = self.retry_on_timeout

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        max_concurrent_runs = self.max_concurrent_runs

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

        job_clusters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.job_clusters, Unset):
            job_clusters = []
            for job_clusters_item_data in self.job_clusters:
                job_clusters_item = job_clusters_item_data.to_dict()
                job_clusters.append(job_clusters_item)

        git_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.git_source, Unset):
            git_source = self.git_source.to_dict()

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
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
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if max_concurrent_runs is not UNSET:
            field_dict["max_concurrent_runs"] = max_concurrent_runs
        if tags is not UNSET:
            field_dict["tags"] = tags
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if job_clusters is not UNSET:
            field_dict["job_clusters"] = job_clusters
        if git_source is not UNSET:
            field_dict["git_source"] = git_source
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_20_job_settings_tags import Jobs20JobSettingsTags  # noqa: PLC0415
        from ..models.jobs_21_task_settings import Jobs21TaskSettings  # noqa: PLC0415
        from ..models.jobs_cron_schedule import JobsCronSchedule  # noqa: PLC0415
        from ..models.jobs_email_notifications import JobsEmailNotifications  # noqa: PLC0415
        from ..models.jobs_git_source import JobsGitSource  # noqa: PLC0415
        from ..models.jobs_job_cluster import JobsJobCluster  # noqa: PLC0415
        from ..models.jobs_notebook_task import JobsNotebookTask  # noqa: PLC0415
        from ..models.jobs_pipeline_task import JobsPipelineTask  # noqa: PLC0415
        from ..models.jobs_python_wheel_task import JobsPythonWheelTask  # noqa: PLC0415
        from ..models.jobs_spark_jar_task import JobsSparkJarTask  # noqa: PLC0415
        from ..models.jobs_spark_python_task import JobsSparkPythonTask  # noqa: PLC0415
        from ..models.jobs_spark_submit_task import JobsSparkSubmitTask  # noqa: PLC0415
        from ..models.library import Library  # noqa: PLC0415
        from ..models.new_cluster import NewCluster  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

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

        _schedule = d.pop("schedule", UNSET)
        schedule: JobsCronSchedule | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = JobsCronSchedule.from_dict(_schedule)

        max_concurrent_runs = d.pop("max_concurrent_runs", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: Jobs20JobSettingsTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = Jobs20JobSettingsTags.from_dict(_tags)

        _tasks = d.pop("tasks", UNSET)
        tasks: list[Jobs21TaskSettings] | Unset = UNSET
        if _tasks is not UNSET:
            tasks = []
            for tasks_item_data in _tasks:
                tasks_item = Jobs21TaskSettings.from_dict(tasks_item_data)

                tasks.append(tasks_item)

        _job_clusters = d.pop("job_clusters", UNSET)
        job_clusters: list[JobsJobCluster] | Unset = UNSET
        if _job_clusters is not UNSET:
            job_clusters = []
            for job_clusters_item_data in _job_clusters:
                job_clusters_item = JobsJobCluster.from_dict(job_clusters_item_data)

                job_clusters.append(job_clusters_item)

        _git_source = d.pop("git_source", UNSET)
        git_source: JobsGitSource | Unset
        if isinstance(_git_source, Unset):
            git_source = UNSET
        else:
            git_source = JobsGitSource.from_dict(_git_source)

        _format_ = d.pop("format", UNSET)
        format_: JobsFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = JobsFormat(_format_)

        jobs_20_job_settings = cls(
            name=name,
            existing_cluster_id=existing_cluster_id,
            new_cluster=new_cluster,
            notebook_task=notebook_task,
            spark_jar_task=spark_jar_task,
            spark_python_task=spark_python_task,
            spark_submit_task=spark_submit_task,
            pipeline_task=pipeline_task,
            python_wheel_task=python_wheel_task,
            libraries=libraries,
            email_notifications=email_notifications,
            timeout_seconds=timeout_seconds,
            max_retries=max_retries,
            min_retry_interval_millis=min_retry_interval_millis,
            retry_on_timeout=retry_on_timeout,
            schedule=schedule,
            max_concurrent_runs=max_concurrent_runs,
            tags=tags,
            tasks=tasks,
            job_clusters=job_clusters,
            git_source=git_source,
            format_=format_,
        )

        jobs_20_job_settings.additional_properties = d
        return jobs_20_job_settings

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_performance_target import JobsPerformanceTarget
from ..models.jobs_run_type import JobsRunType
from ..models.jobs_trigger_type import JobsTriggerType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_20_job_task import Jobs20JobTask
    from ..models.jobs_21_run_task import Jobs21RunTask
    from ..models.jobs_cluster_instance import JobsClusterInstance
    from ..models.jobs_cluster_spec import JobsClusterSpec
    from ..models.jobs_cron_schedule import JobsCronSchedule
    from ..models.jobs_git_source import JobsGitSource
    from ..models.jobs_job_cluster import JobsJobCluster
    from ..models.jobs_job_environment_variables import JobsJobEnvironmentVariables
    from ..models.jobs_job_parameter import JobsJobParameter
    from ..models.jobs_repair_history_item import JobsRepairHistoryItem
    from ..models.jobs_run_parameters import JobsRunParameters
    from ..models.jobs_run_state import JobsRunState
    from ..models.jobs_run_status import JobsRunStatus
    from ..models.jobs_trigger_info import JobsTriggerInfo


T = TypeVar("T", bound="Jobs21Run")


@_attrs_define
class Jobs21Run:
    """A run, in the multi-task form.

    Attributes:
        job_id (int | Unset): A job id or run id (unique across the workspace).
        run_id (int | Unset): A job id or run id (unique across the workspace).
        number_in_job (int | Unset): Equal to `run_id`.
        creator_user_name (str | Unset):
        original_attempt_run_id (int | Unset): The run id of the first attempt when this run is a retry, else the run's
            own id.
        state (JobsRunState | Unset): The life cycle state and result of a run. Example: {'life_cycle_state':
            'TERMINATED', 'result_state': 'SUCCESS', 'state_message': '', 'user_cancelled_or_timedout': False}.
        schedule (JobsCronSchedule | Unset): A Quartz cron schedule for a job. Example: {'quartz_cron_expression': '0 15
            22 ? * *', 'timezone_id': 'America/Los_Angeles', 'pause_status': 'UNPAUSED'}.
        tasks (list[Jobs21RunTask] | Unset):
        job_clusters (list[JobsJobCluster] | Unset):
        cluster_spec (JobsClusterSpec | Unset): The cluster a run used, as specified when it was created.
        cluster_instance (JobsClusterInstance | Unset): The cluster and Spark context of a run; each field is absent
            until known.
        git_source (JobsGitSource | Unset): A remote Git repository holding the notebooks of the job (Public Preview).
            Exactly one of
            `git_branch`, `git_tag` and `git_commit`.
             Example: {'git_url': 'https://github.com/databricks/databricks-cli', 'git_branch': 'main', 'git_provider':
            'gitHub'}.
        overriding_parameters (JobsRunParameters | Unset): Parameters of a run, overriding the task settings.
            `jar_params` and `notebook_params` are mutually
            exclusive; each field may take at most 10,000 bytes as JSON; `python_params` and
            `spark_submit_params` are ASCII only.
        start_time (int | Unset):
        setup_duration (int | Unset): Cluster set-up time (ms); 0 for multi-task runs.
        execution_duration (int | Unset): Execution time (ms); 0 for multi-task runs.
        cleanup_duration (int | Unset): Clean-up time (ms); 0 for multi-task runs.
        end_time (int | Unset): 0 while the run is not finished.
        run_duration (int | Unset): Duration (ms) of a multi-task run and all its repairs; absent on single-task runs.
        trigger (JobsTriggerType | Unset): What started a run: PERIODIC (the job's schedule), ONE_TIME (run-now or
            runs/submit), RETRY (a retry
            of a failed run), FILE_ARRIVAL (later).
        run_name (str | Unset):
        run_page_url (str | Unset):
        run_type (JobsRunType | Unset): JOB_RUN (a run of a job), WORKFLOW_RUN (started by dbutils.notebook.run),
            SUBMIT_RUN (runs/submit).
        attempt_number (int | Unset):
        task (Jobs20JobTask | Unset): The task of a single-task format job or run (exactly one kind).
        repair_history (list[JobsRepairHistoryItem] | Unset): With include_history=true, the original run then each
            repair.
        deployment_id (str | Unset): ID of the deployment that produced the job when this run was created. Used to look
            up deployment metadata from the Deployment Metadata service. Only set for job runs of jobs with a ``BUNDLE``
            deployment.
        description (str | Unset): Description of the run
        duration_target (str | Unset): The window the run aims to finish within, in hours, for a Cost-optimized
            serverless run. Required only when ``performance_target`` is ``COST_OPTIMIZED``. Must be one of the supported
            values: ``NO_FLEXIBILITY``, ``4h``, ``12h``, ``24h``, ``72h``. ``NO_FLEXIBILITY`` means the run uses the default
            cost-optimized performance level without additional cost-saving optimizations.
        effective_performance_target (JobsPerformanceTarget | Unset): PerformanceTarget defines how performant (lower
            latency) or cost efficient the execution of run on serverless compute should be. The performance mode on the job
            or pipeline should map to a performance setting that is passed to Cluster Manager (see cluster-common
            PerformanceTarget).
        effective_usage_policy_id (str | Unset): The id of the usage policy used by this run for cost attribution
            purposes.
        environment_variables (list[JobsJobEnvironmentVariables] | Unset): Snapshot of
            ``JobSettings.environment_variables`` as it was at run launch — the full list of named environment-variable
            entries the job defined. To find which entry a given task ran with, look at
            ``RunTaskSettings.environment_variables_key``.
        has_more (bool | Unset): Indicates if the run has more array properties (``tasks``, ``job_clusters``) that are
            not shown. They can be accessed via jobs/getrun endpoint. It is only relevant for API 2.2 jobs/listruns requests
            with ``expand_tasks=true``.
        iterations (list[Jobs21RunTask] | Unset): Only populated by for-each iterations. The parent for-each task is
            located in tasks array.
        job_parameters (list[JobsJobParameter] | Unset): Job-level parameters used in the run
        job_run_id (int | Unset): ID of the job run that this run belongs to. For legacy and single-task job runs the
            field is populated with the job run ID. For task runs, the field is populated with the ID of the job run that
            the task run belongs to.
        next_page_token (str | Unset): A token that can be used to list the next page of array properties.
        queue_duration (int | Unset): The time in milliseconds that the run has spent in the queue.
        status (JobsRunStatus | Unset): The current status of the run
        trigger_info (JobsTriggerInfo | Unset): Additional details about what triggered the run
        version_id (str | Unset): ID of the deployment version that produced the job when this run was created.
            Identifies a specific snapshot of the deployment in the Deployment Metadata service. Only set for job runs of
            jobs with a ``BUNDLE`` deployment.
    """

    job_id: int | Unset = UNSET
    run_id: int | Unset = UNSET
    number_in_job: int | Unset = UNSET
    creator_user_name: str | Unset = UNSET
    original_attempt_run_id: int | Unset = UNSET
    state: JobsRunState | Unset = UNSET
    schedule: JobsCronSchedule | Unset = UNSET
    tasks: list[Jobs21RunTask] | Unset = UNSET
    job_clusters: list[JobsJobCluster] | Unset = UNSET
    cluster_spec: JobsClusterSpec | Unset = UNSET
    cluster_instance: JobsClusterInstance | Unset = UNSET
    git_source: JobsGitSource | Unset = UNSET
    overriding_parameters: JobsRunParameters | Unset = UNSET
    start_time: int | Unset = UNSET
    setup_duration: int | Unset = UNSET
    execution_duration: int | Unset = UNSET
    cleanup_duration: int | Unset = UNSET
    end_time: int | Unset = UNSET
    run_duration: int | Unset = UNSET
    trigger: JobsTriggerType | Unset = UNSET
    run_name: str | Unset = UNSET
    run_page_url: str | Unset = UNSET
    run_type: JobsRunType | Unset = UNSET
    attempt_number: int | Unset = UNSET
    task: Jobs20JobTask | Unset = UNSET
    repair_history: list[JobsRepairHistoryItem] | Unset = UNSET
    deployment_id: str | Unset = UNSET
    description: str | Unset = UNSET
    duration_target: str | Unset = UNSET
    effective_performance_target: JobsPerformanceTarget | Unset = UNSET
    effective_usage_policy_id: str | Unset = UNSET
    environment_variables: list[JobsJobEnvironmentVariables] | Unset = UNSET
    has_more: bool | Unset = UNSET
    iterations: list[Jobs21RunTask] | Unset = UNSET
    job_parameters: list[JobsJobParameter] | Unset = UNSET
    job_run_id: int | Unset = UNSET
    next_page_token: str | Unset = UNSET
    queue_duration: int | Unset = UNSET
    status: JobsRunStatus | Unset = UNSET
    trigger_info: JobsTriggerInfo | Unset = UNSET
    version_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        run_id = self.run_id

        number_in_job = self.number_in_job

        creator_user_name = self.creator_user_name

        original_attempt_run_id = self.original_attempt_run_id

        state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.to_dict()

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

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

        cluster_spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cluster_spec, Unset):
            cluster_spec = self.cluster_spec.to_dict()

        cluster_instance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cluster_instance, Unset):
            cluster_instance = self.cluster_instance.to_dict()

        git_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.git_source, Unset):
            git_source = self.git_source.to_dict()

        overriding_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overriding_parameters, Unset):
            overriding_parameters = self.overriding_parameters.to_dict()

        start_time = self.start_time

        setup_duration = self.setup_duration

        execution_duration = self.execution_duration

        cleanup_duration = self.cleanup_duration

        end_time = self.end_time

        run_duration = self.run_duration

        trigger: str | Unset = UNSET
        if not isinstance(self.trigger, Unset):
            trigger = self.trigger.value

        run_name = self.run_name

        run_page_url = self.run_page_url

        run_type: str | Unset = UNSET
        if not isinstance(self.run_type, Unset):
            run_type = self.run_type.value

        attempt_number = self.attempt_number

        task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task, Unset):
            task = self.task.to_dict()

        repair_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.repair_history, Unset):
            repair_history = []
            for repair_history_item_data in self.repair_history:
                repair_history_item = repair_history_item_data.to_dict()
                repair_history.append(repair_history_item)

        deployment_id = self.deployment_id

        description = self.description

        duration_target = self.duration_target

        effective_performance_target: str | Unset = UNSET
        if not isinstance(self.effective_performance_target, Unset):
            effective_performance_target = self.effective_performance_target.value

        effective_usage_policy_id = self.effective_usage_policy_id

        environment_variables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.environment_variables, Unset):
            environment_variables = []
            for environment_variables_item_data in self.environment_variables:
                environment_variables_item = environment_variables_item_data.to_dict()
                environment_variables.append(environment_variables_item)

        has_more = self.has_more

        iterations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.iterations, Unset):
            iterations = []
            for iterations_item_data in self.iterations:
                iterations_item = iterations_item_data.to_dict()
                iterations.append(iterations_item)

        job_parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.job_parameters, Unset):
            job_parameters = []
            for job_parameters_item_data in self.job_parameters:
                job_parameters_item = job_parameters_item_data.to_dict()
                job_parameters.append(job_parameters_item)

        job_run_id = self.job_run_id

        next_page_token = self.next_page_token

        queue_duration = self.queue_duration

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        trigger_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trigger_info, Unset):
            trigger_info = self.trigger_info.to_dict()

        version_id = self.version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if number_in_job is not UNSET:
            field_dict["number_in_job"] = number_in_job
        if creator_user_name is not UNSET:
            field_dict["creator_user_name"] = creator_user_name
        if original_attempt_run_id is not UNSET:
            field_dict["original_attempt_run_id"] = original_attempt_run_id
        if state is not UNSET:
            field_dict["state"] = state
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if job_clusters is not UNSET:
            field_dict["job_clusters"] = job_clusters
        if cluster_spec is not UNSET:
            field_dict["cluster_spec"] = cluster_spec
        if cluster_instance is not UNSET:
            field_dict["cluster_instance"] = cluster_instance
        if git_source is not UNSET:
            field_dict["git_source"] = git_source
        if overriding_parameters is not UNSET:
            field_dict["overriding_parameters"] = overriding_parameters
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
        if run_duration is not UNSET:
            field_dict["run_duration"] = run_duration
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
        if run_name is not UNSET:
            field_dict["run_name"] = run_name
        if run_page_url is not UNSET:
            field_dict["run_page_url"] = run_page_url
        if run_type is not UNSET:
            field_dict["run_type"] = run_type
        if attempt_number is not UNSET:
            field_dict["attempt_number"] = attempt_number
        if task is not UNSET:
            field_dict["task"] = task
        if repair_history is not UNSET:
            field_dict["repair_history"] = repair_history
        if deployment_id is not UNSET:
            field_dict["deployment_id"] = deployment_id
        if description is not UNSET:
            field_dict["description"] = description
        if duration_target is not UNSET:
            field_dict["duration_target"] = duration_target
        if effective_performance_target is not UNSET:
            field_dict["effective_performance_target"] = effective_performance_target
        if effective_usage_policy_id is not UNSET:
            field_dict["effective_usage_policy_id"] = effective_usage_policy_id
        if environment_variables is not UNSET:
            field_dict["environment_variables"] = environment_variables
        if has_more is not UNSET:
            field_dict["has_more"] = has_more
        if iterations is not UNSET:
            field_dict["iterations"] = iterations
        if job_parameters is not UNSET:
            field_dict["job_parameters"] = job_parameters
        if job_run_id is not UNSET:
            field_dict["job_run_id"] = job_run_id
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token
        if queue_duration is not UNSET:
            field_dict["queue_duration"] = queue_duration
        if status is not UNSET:
            field_dict["status"] = status
        if trigger_info is not UNSET:
            field_dict["trigger_info"] = trigger_info
        if version_id is not UNSET:
            field_dict["version_id"] = version_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_20_job_task import Jobs20JobTask  # noqa: PLC0415
        from ..models.jobs_21_run_task import Jobs21RunTask  # noqa: PLC0415
        from ..models.jobs_cluster_instance import JobsClusterInstance  # noqa: PLC0415
        from ..models.jobs_cluster_spec import JobsClusterSpec  # noqa: PLC0415
        from ..models.jobs_cron_schedule import JobsCronSchedule  # noqa: PLC0415
        from ..models.jobs_git_source import JobsGitSource  # noqa: PLC0415
        from ..models.jobs_job_cluster import JobsJobCluster  # noqa: PLC0415
        from ..models.jobs_job_environment_variables import JobsJobEnvironmentVariables  # noqa: PLC0415
        from ..models.jobs_job_parameter import JobsJobParameter  # noqa: PLC0415
        from ..models.jobs_repair_history_item import JobsRepairHistoryItem  # noqa: PLC0415
        from ..models.jobs_run_parameters import JobsRunParameters  # noqa: PLC0415
        from ..models.jobs_run_state import JobsRunState  # noqa: PLC0415
        from ..models.jobs_run_status import JobsRunStatus  # noqa: PLC0415
        from ..models.jobs_trigger_info import JobsTriggerInfo  # noqa: PLC0415

        d = dict(src_dict)
        job_id = d.pop("job_id", UNSET)

        run_id = d.pop("run_id", UNSET)

        number_in_job = d.pop("number_in_job", UNSET)

        creator_user_name = d.pop("creator_user_name", UNSET)

        original_attempt_run_id = d.pop("original_attempt_run_id", UNSET)

        _state = d.pop("state", UNSET)
        state: JobsRunState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = JobsRunState.from_dict(_state)

        _schedule = d.pop("schedule", UNSET)
        schedule: JobsCronSchedule | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = JobsCronSchedule.from_dict(_schedule)

        _tasks = d.pop("tasks", UNSET)
        tasks: list[Jobs21RunTask] | Unset = UNSET
        if _tasks is not UNSET:
            tasks = []
            for tasks_item_data in _tasks:
                tasks_item = Jobs21RunTask.from_dict(tasks_item_data)

                tasks.append(tasks_item)

        _job_clusters = d.pop("job_clusters", UNSET)
        job_clusters: list[JobsJobCluster] | Unset = UNSET
        if _job_clusters is not UNSET:
            job_clusters = []
            for job_clusters_item_data in _job_clusters:
                job_clusters_item = JobsJobCluster.from_dict(job_clusters_item_data)

                job_clusters.append(job_clusters_item)

        _cluster_spec = d.pop("cluster_spec", UNSET)
        cluster_spec: JobsClusterSpec | Unset
        if isinstance(_cluster_spec, Unset):
            cluster_spec = UNSET
        else:
            cluster_spec = JobsClusterSpec.from_dict(_cluster_spec)

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

        _overriding_parameters = d.pop("overriding_parameters", UNSET)
        overriding_parameters: JobsRunParameters | Unset
        if isinstance(_overriding_parameters, Unset):
            overriding_parameters = UNSET
        else:
            overriding_parameters = JobsRunParameters.from_dict(_overriding_parameters)

        start_time = d.pop("start_time", UNSET)

        setup_duration = d.pop("setup_duration", UNSET)

        execution_duration = d.pop("execution_duration", UNSET)

        cleanup_duration = d.pop("cleanup_duration", UNSET)

        end_time = d.pop("end_time", UNSET)

        run_duration = d.pop("run_duration", UNSET)

        _trigger = d.pop("trigger", UNSET)
        trigger: JobsTriggerType | Unset
        if isinstance(_trigger, Unset):
            trigger = UNSET
        else:
            trigger = JobsTriggerType(_trigger)

        run_name = d.pop("run_name", UNSET)

        run_page_url = d.pop("run_page_url", UNSET)

        _run_type = d.pop("run_type", UNSET)
        run_type: JobsRunType | Unset
        if isinstance(_run_type, Unset):
            run_type = UNSET
        else:
            run_type = JobsRunType(_run_type)

        attempt_number = d.pop("attempt_number", UNSET)

        _task = d.pop("task", UNSET)
        task: Jobs20JobTask | Unset
        if isinstance(_task, Unset):
            task = UNSET
        else:
            task = Jobs20JobTask.from_dict(_task)

        _repair_history = d.pop("repair_history", UNSET)
        repair_history: list[JobsRepairHistoryItem] | Unset = UNSET
        if _repair_history is not UNSET:
            repair_history = []
            for repair_history_item_data in _repair_history:
                repair_history_item = JobsRepairHistoryItem.from_dict(repair_history_item_data)

                repair_history.append(repair_history_item)

        deployment_id = d.pop("deployment_id", UNSET)

        description = d.pop("description", UNSET)

        duration_target = d.pop("duration_target", UNSET)

        _effective_performance_target = d.pop("effective_performance_target", UNSET)
        effective_performance_target: JobsPerformanceTarget | Unset
        if isinstance(_effective_performance_target, Unset):
            effective_performance_target = UNSET
        else:
            effective_performance_target = JobsPerformanceTarget(_effective_performance_target)

        effective_usage_policy_id = d.pop("effective_usage_policy_id", UNSET)

        _environment_variables = d.pop("environment_variables", UNSET)
        environment_variables: list[JobsJobEnvironmentVariables] | Unset = UNSET
        if _environment_variables is not UNSET:
            environment_variables = []
            for environment_variables_item_data in _environment_variables:
                environment_variables_item = JobsJobEnvironmentVariables.from_dict(environment_variables_item_data)

                environment_variables.append(environment_variables_item)

        has_more = d.pop("has_more", UNSET)

        _iterations = d.pop("iterations", UNSET)
        iterations: list[Jobs21RunTask] | Unset = UNSET
        if _iterations is not UNSET:
            iterations = []
            for iterations_item_data in _iterations:
                iterations_item = Jobs21RunTask.from_dict(iterations_item_data)

                iterations.append(iterations_item)

        _job_parameters = d.pop("job_parameters", UNSET)
        job_parameters: list[JobsJobParameter] | Unset = UNSET
        if _job_parameters is not UNSET:
            job_parameters = []
            for job_parameters_item_data in _job_parameters:
                job_parameters_item = JobsJobParameter.from_dict(job_parameters_item_data)

                job_parameters.append(job_parameters_item)

        job_run_id = d.pop("job_run_id", UNSET)

        next_page_token = d.pop("next_page_token", UNSET)

        queue_duration = d.pop("queue_duration", UNSET)

        _status = d.pop("status", UNSET)
        status: JobsRunStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = JobsRunStatus.from_dict(_status)

        _trigger_info = d.pop("trigger_info", UNSET)
        trigger_info: JobsTriggerInfo | Unset
        if isinstance(_trigger_info, Unset):
            trigger_info = UNSET
        else:
            trigger_info = JobsTriggerInfo.from_dict(_trigger_info)

        version_id = d.pop("version_id", UNSET)

        jobs_21_run = cls(
            job_id=job_id,
            run_id=run_id,
            number_in_job=number_in_job,
            creator_user_name=creator_user_name,
            original_attempt_run_id=original_attempt_run_id,
            state=state,
            schedule=schedule,
            tasks=tasks,
            job_clusters=job_clusters,
            cluster_spec=cluster_spec,
            cluster_instance=cluster_instance,
            git_source=git_source,
            overriding_parameters=overriding_parameters,
            start_time=start_time,
            setup_duration=setup_duration,
            execution_duration=execution_duration,
            cleanup_duration=cleanup_duration,
            end_time=end_time,
            run_duration=run_duration,
            trigger=trigger,
            run_name=run_name,
            run_page_url=run_page_url,
            run_type=run_type,
            attempt_number=attempt_number,
            task=task,
            repair_history=repair_history,
            deployment_id=deployment_id,
            description=description,
            duration_target=duration_target,
            effective_performance_target=effective_performance_target,
            effective_usage_policy_id=effective_usage_policy_id,
            environment_variables=environment_variables,
            has_more=has_more,
            iterations=iterations,
            job_parameters=job_parameters,
            job_run_id=job_run_id,
            next_page_token=next_page_token,
            queue_duration=queue_duration,
            status=status,
            trigger_info=trigger_info,
            version_id=version_id,
        )

        jobs_21_run.additional_properties = d
        return jobs_21_run

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

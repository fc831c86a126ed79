"""What a task does while it runs: its effective settings, the deterministic knobs, its output."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

from .jobs_control import JOB_PARAMETER_REF, substitute
from .jobs_model import FAILED_MESSAGE, KNOB_OUTPUT, KNOB_RESULT, KNOB_SECONDS, JobsStore, TaskRun, task_kind


class TaskWork(JobsStore):
    """The work of a task run between RUNNING and TERMINATING."""

    _enter_terminating: Callable[[TaskRun, tuple[str, str, str, bool]], None]

    @staticmethod
    def _effective(
        spec: dict[str, Any], params: dict[str, Any], job_parameters: dict[str, str] | None = None
    ) -> tuple[str, dict[str, Any]]:
        """The task kind and its settings with the run parameters applied.

        Job parameters are pushed to notebook tasks as widget values over the task's own parameters (as
        Databricks does) and replace ``{{job.parameters.<name>}}`` references in the task's settings.
        """
        kind = task_kind(spec) or "notebook_task"
        body = copy.deepcopy(spec.get(kind) or {})
        job_parameters = job_parameters or {}
        if job_parameters:
            body = substitute(body, JOB_PARAMETER_REF, lambda m: job_parameters.get(m.group(1)))
        if kind == "notebook_task" and job_parameters:
            body["base_parameters"] = {**body.get("base_parameters", {}), **job_parameters}
        if kind == "notebook_task" and params.get("notebook_params") is not None:
            body["base_parameters"] = {**body.get("base_parameters", {}), **params["notebook_params"]}
        replacements = {
            "spark_jar_task": (("jar_params", "parameters"),),
            "spark_python_task": (("python_params", "parameters"),),
            "spark_submit_task": (("spark_submit_params", "parameters"),),
            "python_wheel_task": (("python_params", "parameters"), ("python_named_params", "named_parameters")),
            "dbt_task": (("dbt_commands", "commands"),),
        }
        for param, target in replacements.get(kind, ()):
            if params.get(param) is not None:
                body[target] = copy.deepcopy(params[param])
        if kind == "sql_task" and params.get("sql_params") is not None:
            body["parameters"] = {**body.get("parameters", {}), **params["sql_params"]}
        pipeline = params.get("pipeline_params")
        if kind == "pipeline_task" and pipeline and pipeline.get("full_refresh") is not None:
            body["full_refresh"] = pipeline["full_refresh"]
        return kind, body

    def _execute_seconds(self, t: TaskRun) -> float:
        value = self._knob(t, KNOB_SECONDS)
        if value is not None:
            try:
                seconds = float(value)
            except ValueError:
                seconds = -1.0
            if seconds >= 0:
                return seconds
        return self.env.duration("jobs.run_execute", realistic=60.0, fast=0.5)

    def _knob(self, t: TaskRun, name: str) -> str | None:
        body = t.effective
        for mapping in ("base_parameters", "named_parameters"):
            value = (body.get(mapping) or {}).get(name)
            if value is not None:
                return str(value)
        if t.kind == "sql_task":
            value = (body.get("parameters") or {}).get(name)
            if value is not None:
                return str(value)
        items = body.get("parameters") if t.kind != "sql_task" else None
        for item in items or []:
            text = str(item).lstrip("-")
            if text.startswith(name + "="):
                return text[len(name) + 1 :]
        return None

    def _finish_execution(self, t: TaskRun) -> None:
        forced = self.env.scenarios.take("run_result", job_id=t.run.job_id, task_key=t.key)
        if forced is not None and forced["result_state"] != "SUCCESS":  # mock.scenarios.run_result
            t.error = forced["error"]
            self._enter_terminating(t, ("TERMINATED", forced["result_state"], forced["message"], False))
        elif forced is None and self._knob(t, KNOB_RESULT) == "FAILED":
            self._record_failure(t)
            self._enter_terminating(t, ("TERMINATED", "FAILED", FAILED_MESSAGE, False))
        else:
            self._record_success(t)
            self._enter_terminating(t, ("TERMINATED", "SUCCESS", "", False))

    def _describe(self, t: TaskRun) -> str:
        body = t.effective
        what = {
            "spark_jar_task": body.get("main_class_name", ""),
            "spark_python_task": body.get("python_file", ""),
            "python_wheel_task": f"{body.get('package_name', '')}:{body.get('entry_point', '')}",
            "spark_submit_task": "spark-submit",
        }.get(t.kind, t.kind)
        params = body.get("parameters") or body.get("named_parameters") or []
        return f"{what} with parameters {json.dumps(params, sort_keys=True)}"

    def _record_success(self, t: TaskRun) -> None:
        if t.kind == "notebook_task":
            t.notebook_result = self._knob(t, KNOB_OUTPUT)
        elif t.kind in ("spark_jar_task", "spark_python_task", "python_wheel_task"):
            t.logs = f"dbrest_mock: ran {self._describe(t)}\n"

    def _record_failure(self, t: TaskRun) -> None:
        t.error = f"Exception: the task failed because {KNOB_RESULT}=FAILED"
        t.error_trace = (
            "---------------------------------------------------------------------------\n"
            "Exception                                 Traceback (most recent call last)\n"
            f"----> 1 raise Exception('the task failed because {KNOB_RESULT}=FAILED')\n\n"
            f"Exception: the task failed because {KNOB_RESULT}=FAILED"
        )
        if t.kind in ("spark_jar_task", "spark_python_task", "python_wheel_task"):
            t.logs = f"dbrest_mock: ran {self._describe(t)}\n{t.error}\n"

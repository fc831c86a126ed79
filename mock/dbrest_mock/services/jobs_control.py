"""Control-flow tasks of today's Jobs API: condition_task, run_job_task and for_each_task.

* ``condition_task`` compares ``left`` and ``right`` with ``op`` when it has run: ``EQUAL_TO``/``NOT_EQUAL``
  compare the strings, the other operators compare numbers (an operand that is not a number fails the task).
  Its ``outcome`` ("true"/"false") decides the tasks that depend on it with ``depends_on[].outcome``.
* ``run_job_task`` starts a run of ``job_id`` (trigger ``RUN_JOB_TASK``) with the task's parameters and ends
  with that run's result; cancelling the task cancels that run; runs/get-output shows
  ``run_job_output.run_id``.
* ``for_each_task`` parses ``inputs`` as a JSON array and runs the nested ``task`` once per item, at most
  ``concurrency`` (default 1) at a time; ``{{input}}`` in the nested task's settings is replaced by the item.
  It succeeds when every iteration succeeded. Iterations are task runs with their own run ids (runs/get of
  the for-each task run lists them in ``iterations``); they are not retried.

``{{job.parameters.<name>}}`` in task settings is replaced by the run's job parameter value when the task
run is created; other dynamic value references are left as they are.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from typing import Any

from ..errors import ApiError
from .jobs_model import Job, JobsStore, Run, TaskRun

NUMERIC_OPS = {
    "GREATER_THAN": lambda a, b: a > b,
    "GREATER_THAN_OR_EQUAL": lambda a, b: a >= b,
    "LESS_THAN": lambda a, b: a < b,
    "LESS_THAN_OR_EQUAL": lambda a, b: a <= b,
}
JOB_PARAMETER_REF = re.compile(r"\{\{\s*job\.parameters\.([\w\-.]+)\s*\}\}")
INPUT_REF = re.compile(r"\{\{\s*input\s*\}\}")


def substitute(value: Any, pattern: re.Pattern[str], lookup: Callable[[re.Match[str]], str | None]) -> Any:
    """``value`` with every match of ``pattern`` in its strings replaced (unresolved references stay)."""
    if isinstance(value, str):
        return pattern.sub(lambda m: (lambda v: m.group(0) if v is None else v)(lookup(m)), value)
    if isinstance(value, list):
        return [substitute(v, pattern, lookup) for v in value]
    if isinstance(value, dict):
        return {k: substitute(v, pattern, lookup) for k, v in value.items()}
    return value


def constant(text: str) -> Callable[[re.Match[str]], str]:
    return lambda _match: text


def evaluate_condition(op: str, left: str, right: str) -> bool:
    """The outcome of a condition_task; ValueError when a numeric operator gets an operand that is no number."""
    if op == "EQUAL_TO":
        return left == right
    if op == "NOT_EQUAL":
        return left != right
    compare = NUMERIC_OPS.get(op)
    if compare is None:
        raise ValueError(f"Unsupported condition operator {op}")
    try:
        a, b = float(left), float(right)
    except ValueError:
        raise ValueError(f"{op} compares numbers; {left!r} and {right!r} are not both numbers") from None
    return bool(compare(a, b))


class ControlFlow(JobsStore):
    """The control-flow task kinds; the life cycle supplies the steps they call back."""

    _enter_terminating: Callable[[TaskRun, tuple[str, str, str, bool]], None]
    _new_task_run: Callable[..., TaskRun]
    _start_task: Callable[[TaskRun], None]
    _stop_task: Callable[[TaskRun, str, str], None]
    _stop_run: Callable[[Run, str, str], None]
    _start_job_run: Callable[..., Run]

    def _finish_condition(self, t: TaskRun) -> None:
        body = t.effective
        try:
            outcome = evaluate_condition(str(body.get("op")), str(body.get("left", "")), str(body.get("right", "")))
        except ValueError as err:
            t.error = str(err)
            self._enter_terminating(t, ("TERMINATED", "FAILED", str(err), False))
            return
        t.condition_outcome = "true" if outcome else "false"
        self._enter_terminating(t, ("TERMINATED", "SUCCESS", "", False))

    # --- run_job_task -------------------------------------------------------------------------------

    def _start_child_run(self, t: TaskRun) -> None:
        body = t.effective
        job: Job | None = self.jobs.get(int(body.get("job_id") or 0))
        if job is None:
            message = f"Job {body.get('job_id')} does not exist"
            t.error = message
            self._enter_terminating(t, ("TERMINATED", "FAILED", message, False))
            return
        params = {
            k: copy.deepcopy(v)
            for k, v in body.items()
            if k not in ("job_id", "job_parameters") and k.endswith(("_params", "_commands")) and v is not None
        }
        try:
            child = self._start_job_run(
                job,
                user=t.run.creator,
                trigger="RUN_JOB_TASK",
                params=params,
                job_parameters=dict(body.get("job_parameters") or {}),
                parent=t,
            )
        except ApiError as err:
            t.error = err.message
            self._enter_terminating(t, ("TERMINATED", "FAILED", err.message, False))
            return
        t.child_run_id = child.run_id
        if not self._run_active(child):  # skipped at once (the job's max_concurrent_runs, no queue)
            self._child_run_done(child)

    def _child_run_done(self, child: Run) -> None:
        t = child.parent_task
        if t is None or t.life != "RUNNING" or t.child_run_id != child.run_id:
            return
        state = self._run_state(child)
        result = state.get("result_state") or ("SUCCESS" if state["life_cycle_state"] == "TERMINATED" else "FAILED")
        message = (
            "" if result == "SUCCESS" else f"Run {child.run_id} of job {child.job_id} ended: {state['state_message']}"
        )
        if result != "SUCCESS":
            t.error = message
        self._enter_terminating(t, ("TERMINATED", result, message, False))

    # --- for_each_task ------------------------------------------------------------------------------

    def _start_iterations(self, t: TaskRun) -> None:
        raw = t.effective.get("inputs")
        try:
            inputs = json.loads(raw) if isinstance(raw, str) else raw
        except ValueError:
            inputs = None
        if not isinstance(inputs, list):
            message = f"for_each_task inputs must be a JSON array; got {raw!r}"
            t.error = message
            self._enter_terminating(t, ("TERMINATED", "FAILED", message, False))
            return
        t.pending_inputs = list(inputs)
        self._next_iterations(t)

    def _next_iterations(self, owner: TaskRun) -> None:
        concurrency = max(1, int(owner.effective.get("concurrency") or 1))
        while owner.pending_inputs and sum(1 for i in owner.iterations if i.active) < concurrency:
            item = owner.pending_inputs.pop(0)
            text = item if isinstance(item, str) else json.dumps(item)
            nested = substitute(copy.deepcopy(owner.effective.get("task") or {}), INPUT_REF, constant(text))
            it = self._new_task_run(owner.run, nested)
            it.owner = owner
            owner.iterations.append(it)
            self._start_task(it)
        if not owner.pending_inputs and all(not i.active for i in owner.iterations) and owner.life == "RUNNING":
            failed = [i for i in owner.iterations if i.result != "SUCCESS"]
            if failed:
                message = f"{len(failed)} of {len(owner.iterations)} iterations failed"
                owner.error = message
                self._enter_terminating(owner, ("TERMINATED", "FAILED", message, False))
            else:
                self._enter_terminating(owner, ("TERMINATED", "SUCCESS", "", False))

    def _iteration_done(self, it: TaskRun) -> None:
        owner = it.owner
        if owner is not None and owner.life == "RUNNING":
            self._next_iterations(owner)

    def _stop_children(self, t: TaskRun, result: str, message: str) -> None:
        """Cancelling or timing out a control-flow task stops the work it started."""
        if t.child_run_id is not None:
            child = self.runs.get(t.child_run_id)
            if child is not None:
                self._stop_run(child, result, message)
        t.pending_inputs = []
        for it in t.iterations:
            if it.active:
                self._stop_task(it, result, message)

    @staticmethod
    def iteration_stats(t: TaskRun) -> dict[str, Any]:
        done = [i for i in t.iterations if not i.active]
        return {
            "task_run_stats": {
                "total_iterations": len(t.iterations) + len(t.pending_inputs),
                "scheduled_iterations": len(t.iterations),
                "active_iterations": sum(1 for i in t.iterations if i.active),
                "completed_iterations": len(done),
                "succeeded_iterations": sum(1 for i in done if i.result == "SUCCESS"),
                "failed_iterations": sum(1 for i in done if i.result != "SUCCESS"),
            }
        }

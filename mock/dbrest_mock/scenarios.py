"""Scenarios: make the next run, cluster start, library install or 1.2 command end the way a test needs.

``mock.scenarios`` (also ``POST /__mock/scenarios``) holds rules that the jobs, clusters, libraries and
commands services consult at the moment an outcome is decided; each rule applies ``times`` times (None: every
time) to what it matches, then is gone. Without a rule, the services behave as documented in their modules.

Example::

    mock.scenarios.run_result("FAILED", "Notebook raised ValueError", task_key="ingest")   # next run of that task
    mock.scenarios.cluster_start_failure("CLOUD_PROVIDER_LAUNCH_FAILURE")                  # next cluster start
    mock.scenarios.library_failure("pypi: no matching distribution", library="numpy")
    mock.scenarios.command_result("42")                                                    # next 1.2 command
    mock.scenarios.command_error("NameError: name 'x' is not defined")

Rules are matched in the order they were added; ``reset()`` forgets them with the rest of the state.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from .faults import checked_text

#: Result states a run can be made to end with (Jobs API RunResultState; SUCCESS included, to force success).
RUN_RESULTS = frozenset(
    {"SUCCESS", "FAILED", "TIMEDOUT", "CANCELED", "MAXIMUM_CONCURRENT_RUNS_REACHED", "EXCLUDED", "UPSTREAM_FAILED"}
)
DEFAULT_RUN_MESSAGES = {
    "SUCCESS": "",
    "FAILED": "Workload failed, see run output for details",
    "TIMEDOUT": "Run timed out",
    "CANCELED": "Run cancelled.",
}


@dataclass
class Rule:
    kind: str
    #: What the rule matches (job_id, task_key, cluster_id, cluster_name, library, code); absent: anything.
    match: dict[str, Any]
    #: What happens instead (result_state and message; code, parameters and message; ...).
    outcome: dict[str, Any]
    times: int | None = 1
    fired: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _times(times: int | None) -> int | None:
    if times is not None and (isinstance(times, bool) or not isinstance(times, int) or times < 1):
        raise ValueError(f"times must be a positive integer or None (every time), not {times!r}")
    return times


@dataclass
class Scenarios:
    rules: list[Rule] = field(default_factory=list)
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False)

    # --- adding rules ------------------------------------------------------------------------------------

    def run_result(
        self,
        result_state: str = "FAILED",
        message: str | None = None,
        *,
        job_id: int | None = None,
        task_key: str | None = None,
        error: str | None = None,
        times: int | None = 1,
    ) -> Rule:
        """The next task run to finish executing (of job ``job_id`` / task ``task_key`` when given) ends
        TERMINATED with ``result_state`` and the state message ``message``; for a failure, ``error`` (default: the
        message) is what runs/get-output reports. A failed task is retried per its ``max_retries`` as usual, and
        the retry is a new run that this rule matches again only if ``times`` allows."""
        result_state = checked_text("result_state", result_state).upper()
        if result_state not in RUN_RESULTS:
            raise ValueError(f"result_state must be one of {', '.join(sorted(RUN_RESULTS))}, not {result_state!r}")
        if job_id is not None and (isinstance(job_id, bool) or not isinstance(job_id, int)):
            raise ValueError(f"job_id must be an integer, not {job_id!r}")
        text = DEFAULT_RUN_MESSAGES.get(result_state, "") if message is None else checked_text("message", message)
        match = {k: v for k, v in {"job_id": job_id, "task_key": task_key}.items() if v is not None}
        outcome = {"result_state": result_state, "message": text, "error": error if error is not None else text}
        return self._add(Rule("run_result", match, outcome, _times(times)))

    def cluster_start_failure(
        self,
        code: str = "CLOUD_PROVIDER_LAUNCH_FAILURE",
        message: str | None = None,
        *,
        parameters: dict[str, str] | None = None,
        cluster_id: str | None = None,
        cluster_name: str | None = None,
        times: int | None = 1,
    ) -> Rule:
        """The next cluster to come up (after create or start; ``cluster_id``/``cluster_name`` when given) fails
        instead: it goes TERMINATING then TERMINATED with termination_reason ``code`` (a TerminationCode such as
        CLOUD_PROVIDER_LAUNCH_FAILURE, INSTANCE_UNREACHABLE, DRIVER_UNREACHABLE, INIT_SCRIPT_FAILURE) and
        ``parameters`` (``message`` goes in ``parameters["databricks_error_message"]``)."""
        params = {str(k): str(v) for k, v in (parameters or {}).items()}
        if message is not None:
            params["databricks_error_message"] = checked_text("message", message)
        match = {k: v for k, v in {"cluster_id": cluster_id, "cluster_name": cluster_name}.items() if v is not None}
        return self._add(
            Rule(
                "cluster_start_failure",
                match,
                {"code": checked_text("code", code), "parameters": params},
                _times(times),
            )
        )

    def library_failure(
        self,
        message: str = "Library installation failed (dbrest_mock scenario)",
        *,
        library: str | None = None,
        cluster_id: str | None = None,
        times: int | None = 1,
    ) -> Rule:
        """The next library to finish installing (one whose JSON spec contains ``library``, e.g. ``"numpy"`` or
        ``"pypi"``, on ``cluster_id`` when given) ends FAILED with ``message`` in its ``messages``."""
        match = {k: v for k, v in {"library": library, "cluster_id": cluster_id}.items() if v is not None}
        return self._add(Rule("library_failure", match, {"message": checked_text("message", message)}, _times(times)))

    def command_result(
        self,
        result: str | dict[str, Any],
        *,
        code: str | None = None,
        cluster_id: str | None = None,
        times: int | None = 1,
    ) -> Rule:
        """The next 1.2 command (one whose code contains ``code``, on ``cluster_id``, when given) finishes with
        ``result``: a string (a ``text`` result) or a whole results object (``{"resultType": "table", ...}``)."""
        if isinstance(result, str):
            results: dict[str, Any] = {"resultType": "text", "data": result}
        elif isinstance(result, dict) and isinstance(result.get("resultType"), str):
            results = dict(result)
        else:
            raise ValueError('result must be a string or a results object with a "resultType"')
        match = {k: v for k, v in {"code": code, "cluster_id": cluster_id}.items() if v is not None}
        return self._add(Rule("command_result", match, {"status": "Finished", "results": results}, _times(times)))

    def command_error(
        self,
        summary: str,
        cause: str = "",
        *,
        code: str | None = None,
        cluster_id: str | None = None,
        times: int | None = 1,
    ) -> Rule:
        """The next 1.2 command (matching ``code``/``cluster_id``) ends in ``Error`` with ``summary`` and
        ``cause`` (what ``dbrest.commands`` raises as CommandFailed)."""
        results = {
            "resultType": "error",
            "summary": checked_text("summary", summary),
            "cause": checked_text("cause", cause),
        }
        match = {k: v for k, v in {"code": code, "cluster_id": cluster_id}.items() if v is not None}
        return self._add(Rule("command_result", match, {"status": "Error", "results": results}, _times(times)))

    def add(self, kind: str, **fields: Any) -> Rule:
        """A rule from the fields of ``POST /__mock/scenarios`` (``kind`` is a method name of this class)."""
        methods: dict[str, Callable[..., Rule]] = {
            "run_result": self.run_result,
            "cluster_start_failure": self.cluster_start_failure,
            "library_failure": self.library_failure,
            "command_result": self.command_result,
            "command_error": self.command_error,
        }
        method = methods.get(kind)
        if method is None:
            raise ValueError(
                "kind must be one of run_result, cluster_start_failure, library_failure, command_result, "
                f"command_error, not {kind!r}"
            )
        try:
            return method(**fields)
        except TypeError as exc:
            raise ValueError(f"bad fields for {kind}: {exc}") from None

    def all(self) -> list[Rule]:
        with self._lock:
            return list(self.rules)

    def clear(self) -> None:
        with self._lock:
            self.rules.clear()

    def _add(self, rule: Rule) -> Rule:
        with self._lock:
            self.rules.append(rule)
        return rule

    # --- what the services ask -----------------------------------------------------------------------------

    def take(self, kind: str, **facts: Any) -> dict[str, Any] | None:
        """The outcome of the first rule of ``kind`` matching ``facts`` (counted as fired), else None."""
        with self._lock:
            for rule in self.rules:
                if rule.kind == kind and all(_matches(key, want, facts.get(key)) for key, want in rule.match.items()):
                    rule.fired += 1
                    if rule.times is not None and rule.fired >= rule.times:
                        self.rules.remove(rule)
                    return dict(rule.outcome)
        return None


def _matches(key: str, want: Any, have: Any) -> bool:
    if key in ("library", "code"):
        return isinstance(have, str) and str(want) in have
    return bool(have == want)

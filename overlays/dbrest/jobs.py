"""Run failures of the Jobs waiters. ``ws.jobs`` (Jobs API 2.2, as databricks-sdk 0.162.0 speaks it), ``ws.jobs21``
and ``ws.jobs20`` are generated whole from the spec (``dbrest._generated``): their waiters (``wait_run``,
``run_now_and_wait``, ``submit_and_wait``, ``runs_repair_and_wait``), lazy ``iter_jobs`` / ``iter_runs``, and the
2.2 ``get`` and ``runs_get`` that read every page of a job or run (``x-dbrest-paging`` style ``inner``).

A run is PENDING → RUNNING → TERMINATING → TERMINATED, or ends SKIPPED or INTERNAL_ERROR (2.1 adds BLOCKED,
WAITING_FOR_RETRY, QUEUED on the way). ``wait_run`` returns the run when it TERMINATED with SUCCESS and raises
:class:`RunFailed` with the state message otherwise. Its timeout defaults to none: runs legitimately take hours
and the job's own ``timeout_seconds`` bounds them on the server (databricks-sdk-py's 20-minute default is issue
#518; downstream tools inherited it, featureform #1100).
"""

from __future__ import annotations

from typing import Any

from ._generated.jobs import WAIT_RUN
from .errors import OperationFailed
from .paging import opt

#: What to do about each way a run can end (the spec's x-dbrest-waiters of runs/get).
HINTS = WAIT_RUN.hints


class RunFailed(OperationFailed):
    """A run ended without success. ``run`` is the final run; the states and message are copied out."""

    def __init__(self, message: str, run: Any) -> None:
        super().__init__(message)
        self.run = run
        state = opt(run.state)
        self.life_cycle_state = str(opt(state.life_cycle_state) or "") if state else ""
        self.result_state = str(opt(state.result_state) or "") if state else ""
        self.state_message = str(opt(state.state_message) or "") if state else ""

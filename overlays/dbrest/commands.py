"""API 1.2 command execution without the ceremony: ``ws.commands.execute(cluster_id, "print(1)")`` creates an
execution context, runs the command, waits, returns the typed result and destroys the context; ``with
ws.commands.context(cluster_id, "python") as ctx:`` keeps one REPL for several commands.

Users think in commands, not contexts (databricks-cli PR #455 review; databricks-sdk-py PR #331 proposed the
same helper; dbt-databricks hand-rolls create → execute → poll → destroy). What we add over those: a timeout
that cancels the command on the server, the same on KeyboardInterrupt / task cancellation, a context that is
destroyed whatever happens, error results raised with the exception's one-line summary, multipart upload of a
command file, and polling on an injectable clock.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from typing import IO, TYPE_CHECKING, Any

from .errors import OperationFailed
from .waiters import Backoff

if TYPE_CHECKING:
    from dbrest_client.models.command_results import CommandResults
    from dbrest_client.models.commands_status_response import CommandsStatusResponse
    from dbrest_client.models.contexts_status_response import ContextsStatusResponse

#: A context's REPL normally starts in seconds; a cluster that is not RUNNING fails it at once.
CONTEXT_TIMEOUT = 10 * 60.0
LANGUAGES = ("python", "scala", "sql", "r")
EXECUTE_PATH = "/api/1.2/commands/execute"
#: The 400 a starting cluster gives to contexts/create: wait and try again.
NOT_READY = "ClusterNotReadyException"
Source = str | os.PathLike[str] | IO[bytes]


def _commands_backoff() -> Backoff:
    # Most commands finish in well under a second: poll quickly at first, then settle at 5 s.
    return Backoff(initial=0.25, factor=1.5, maximum=5.0)


class ContextFailed(OperationFailed):
    """An execution context went to ``Error`` (its cluster terminated or restarted, or its REPL failed)."""


class CommandFailed(OperationFailed):
    """A command did not finish: ``status`` is ``Error`` or ``Cancelled``; ``response`` the last status seen."""

    def __init__(self, message: str, response: CommandsStatusResponse) -> None:
        super().__init__(message)
        self.response = response
        self.status = str(response.status)


class CommandError(OperationFailed):
    """The command ran and raised: ``summary`` is the one-line error, ``cause`` the full trace."""

    def __init__(self, message: str, results: CommandResults) -> None:
        super().__init__(message)
        self.results = results
        self.summary = _clean(results.summary or "")
        self.cause = _clean(results.cause or "")


def _clean(text: str) -> str:
    """Databricks wraps error summaries in HTML spans and ANSI colours; a message wants the words."""
    text = re.sub(r"\x1b\[[0-9;]*m", "", text)
    return re.sub(r"<[^>]+>", "", text).strip()


def language_of(language: str) -> str:
    lang = language.lower()
    if lang not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {language!r}")
    return lang


def _context_done(cluster_id: str, context_id: str) -> Callable[[ContextsStatusResponse], bool]:
    def done(status: ContextsStatusResponse) -> bool:
        if str(status.status) == "Error":
            raise ContextFailed(
                f"execution context {context_id} on cluster {cluster_id} failed to start (status Error). Check "
                "that the cluster is RUNNING (ws.clusters.ensure_running) and create a new context."
            )
        return str(status.status) == "Running"

    return done


def _command_done(context_id: str, command_id: str) -> Callable[[CommandsStatusResponse], bool]:
    def done(status: CommandsStatusResponse) -> bool:
        state = str(status.status)
        if state in ("Error", "Cancelled"):
            from dbrest_client.types import Unset

            detail = ""
            if not isinstance(status.results, Unset):
                detail = _clean(status.results.summary or status.results.cause or "")
            why = (
                "it was cancelled"
                if state == "Cancelled"
                else "its context or cluster failed; check the cluster and run it in a new context"
            )
            raise CommandFailed(
                f"command {command_id} in context {context_id} ended {state}: {why}"
                + (f" ({detail})" if detail else ""),
                status,
            )
        return state == "Finished"

    return done


def _describe_command(status: CommandsStatusResponse) -> str:
    return str(status.status)


def _describe_context(status: ContextsStatusResponse) -> str:
    return str(status.status)


def _results(status: CommandsStatusResponse, check: bool) -> CommandResults:
    from dbrest_client.models.command_results import CommandResults
    from dbrest_client.types import Unset

    results = CommandResults() if isinstance(status.results, Unset) else status.results
    if check and str(results.result_type) == "error":
        summary = _clean(results.summary or "")
        if not summary:
            lines = _clean(results.cause or "").splitlines()
            summary = lines[-1] if lines else "no summary"
        raise CommandError(
            f"command {status.id} raised: {summary}. The full trace is in .cause; pass check=False to get "
            "error results back instead.",
            results,
        )
    return results


def _read_source(file: Source) -> tuple[str, bytes]:
    if isinstance(file, str | os.PathLike):
        with open(file, "rb") as f:
            return os.path.basename(os.fspath(file)), f.read()
    return os.path.basename(str(getattr(file, "name", "command"))) or "command", file.read()


def _multipart(cluster_id: str, context_id: str, language: str, file: Source) -> dict[str, Any]:
    name, data = _read_source(file)
    # httpx's own multipart encoder (random boundary); the command travels as the file part `command`.
    return {
        "data": {"language": language, "clusterId": cluster_id, "contextId": context_id},
        "files": {"command": (name, data, "text/plain; charset=utf-8")},
    }


def _check_source(command: str | None, file: Source | None) -> None:
    if (command is None) == (file is None):
        raise ValueError("give exactly one of command (the code as a string) and file (a path or binary file)")


# --- contexts --------------------------------------------------------------------------------------------


# The services, after what they import from here (see dbrest._async).
from ._async.commands import AsyncCommandsService as AsyncCommandsService  # noqa: E402
from ._async.commands import AsyncContextsService as AsyncContextsService  # noqa: E402
from ._async.commands import AsyncExecutionContext as AsyncExecutionContext  # noqa: E402
from ._sync.commands import CommandsService as CommandsService  # noqa: E402
from ._sync.commands import ContextsService as ContextsService  # noqa: E402
from ._sync.commands import ExecutionContext as ExecutionContext  # noqa: E402

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

import contextlib
import os
import re
from collections.abc import Callable
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any, overload

from dbrest_client.api.commands import AsyncCommandsService as _GeneratedAsyncCommandsService
from dbrest_client.api.commands import CommandsService as _GeneratedCommandsService
from dbrest_client.api.contexts import AsyncContextsService as _GeneratedAsyncContextsService
from dbrest_client.api.contexts import ContextsService as _GeneratedContextsService

from .errors import BadRequest, OperationFailed, parse_answer
from .transport import AsyncClock, Clock, SystemAsyncClock, SystemClock
from .waiters import Backoff, poll, poll_async

if TYPE_CHECKING:
    from dbrest_client.client import AuthenticatedClient
    from dbrest_client.models.command_results import CommandResults
    from dbrest_client.models.commands_execute_request import CommandsExecuteRequest
    from dbrest_client.models.commands_id_response import CommandsIdResponse
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


class ContextsService(_GeneratedContextsService):
    """``ws.contexts``: the generated 1.2 context operations plus :meth:`wait`."""

    def __init__(self, client: AuthenticatedClient, *, clock: Clock | None = None) -> None:
        super().__init__(client)
        self._clock = clock or SystemClock()
        self.backoff = _commands_backoff()

    def wait(
        self,
        cluster_id: str,
        context_id: str,
        *,
        timeout: float = CONTEXT_TIMEOUT,
        callback: Callable[[ContextsStatusResponse], None] | None = None,
    ) -> ContextsStatusResponse:
        """Poll ``contexts/status`` until the context is ``Running``; ContextFailed on ``Error``.

        Example::

            ctx_id = ws.contexts.create(language="python", cluster_id=cid).id
            ws.contexts.wait(cid, ctx_id, timeout=120)
        """
        return poll(
            lambda: self.status(cluster_id=cluster_id, context_id=context_id),
            _context_done(cluster_id, context_id),
            timeout=timeout,
            what=f"execution context {context_id} to be Running",
            describe=_describe_context,
            callback=callback,
            backoff=self.backoff,
            clock=self._clock,
        )

    def create_when_ready(self, cluster_id: str, language: str, *, timeout: float = CONTEXT_TIMEOUT) -> str:
        """``contexts/create``, repeated while the cluster is still starting; returns the new context's id.

        A PENDING or RESTARTING cluster answers 400 ``ClusterNotReadyException`` (databricks-sdk-py retries it
        too); any other error is raised at once. Example::

            ctx_id = ws.contexts.create_when_ready(cid, "python", timeout=1800)
        """
        from dbrest_client.models.commands_12_language import Commands12Language
        from dbrest_client.models.contexts_create_request import ContextsCreateRequest

        body = ContextsCreateRequest(language=Commands12Language(language_of(language)), cluster_id=cluster_id)

        def attempt() -> str | None:
            try:
                return self.create(body=body).id
            except BadRequest as exc:
                if NOT_READY not in exc.message:
                    raise
                return None

        created = poll(
            attempt,
            lambda context_id: context_id is not None,
            timeout=timeout,
            what=f"cluster {cluster_id} to accept execution contexts",
            describe=lambda _: "ClusterNotReadyException",
            backoff=Backoff(),
            clock=self._clock,
        )
        assert created is not None
        return created


class AsyncContextsService(_GeneratedAsyncContextsService):
    """``AsyncWorkspace.contexts``: the async 1.2 context operations plus :meth:`wait`."""

    def __init__(self, client: AuthenticatedClient, *, clock: AsyncClock | None = None) -> None:
        super().__init__(client)
        self._clock = clock or SystemAsyncClock()
        self.backoff = _commands_backoff()

    async def wait(
        self,
        cluster_id: str,
        context_id: str,
        *,
        timeout: float = CONTEXT_TIMEOUT,
        callback: Callable[[ContextsStatusResponse], None] | None = None,
    ) -> ContextsStatusResponse:
        """The async twin of :meth:`ContextsService.wait`."""
        return await poll_async(
            lambda: self.status(cluster_id=cluster_id, context_id=context_id),
            _context_done(cluster_id, context_id),
            timeout=timeout,
            what=f"execution context {context_id} to be Running",
            describe=_describe_context,
            callback=callback,
            backoff=self.backoff,
            clock=self._clock,
        )

    async def create_when_ready(self, cluster_id: str, language: str, *, timeout: float = CONTEXT_TIMEOUT) -> str:
        """The async twin of :meth:`ContextsService.create_when_ready`."""
        from dbrest_client.models.commands_12_language import Commands12Language
        from dbrest_client.models.contexts_create_request import ContextsCreateRequest

        body = ContextsCreateRequest(language=Commands12Language(language_of(language)), cluster_id=cluster_id)

        async def attempt() -> str | None:
            try:
                return (await self.create(body=body)).id
            except BadRequest as exc:
                if NOT_READY not in exc.message:
                    raise
                return None

        created = await poll_async(
            attempt,
            lambda context_id: context_id is not None,
            timeout=timeout,
            what=f"cluster {cluster_id} to accept execution contexts",
            describe=lambda _: "ClusterNotReadyException",
            backoff=Backoff(),
            clock=self._clock,
        )
        assert created is not None
        return created


# --- one context, several commands -----------------------------------------------------------------------


class ExecutionContext:
    """A REPL on a cluster, created on ``__enter__`` and destroyed on ``__exit__``. Example::

    with ws.commands.context(cid, "python") as ctx:
        ctx.run("x = 1")
        print(ctx.run("print(x + 1)").data)   # "2"
    """

    def __init__(
        self, commands: CommandsService, cluster_id: str, language: str, *, timeout: float = CONTEXT_TIMEOUT
    ) -> None:
        self._commands = commands
        self.cluster_id = cluster_id
        self.language = language_of(language)
        self.timeout = timeout
        self.id: str | None = None

    def open(self) -> ExecutionContext:
        """Create the context and wait until it is Running (``__enter__`` does this)."""

        contexts = self._commands.contexts
        deadline = contexts._clock.monotonic() + self.timeout
        self.id = contexts.create_when_ready(self.cluster_id, self.language, timeout=self.timeout)
        try:
            contexts.wait(self.cluster_id, self.id, timeout=max(0.0, deadline - contexts._clock.monotonic()))
        except BaseException:
            self.close()
            raise
        return self

    def close(self) -> None:
        """Destroy the context (idempotent; a context that is already gone is fine)."""
        from dbrest_client.models.contexts_destroy_request import ContextsDestroyRequest

        from .errors import DatabricksError

        if self.id is None:
            return
        context_id, self.id = self.id, None
        with contextlib.suppress(DatabricksError):
            self._commands.contexts.destroy(
                body=ContextsDestroyRequest(cluster_id=self.cluster_id, context_id=context_id)
            )

    def __enter__(self) -> ExecutionContext:
        return self.open()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc is None:
            self.close()
            return
        with contextlib.suppress(Exception):  # never hide the error that is already propagating
            self.close()

    def start(self, command: str | None = None, *, file: Source | None = None, language: str | None = None) -> str:
        """Queue a command without waiting; returns its id (poll with ``ws.commands.wait``)."""
        from dbrest_client.models.commands_12_language import Commands12Language
        from dbrest_client.models.commands_execute_request import CommandsExecuteRequest
        from dbrest_client.models.commands_id_response import CommandsIdResponse

        _check_source(command, file)
        if self.id is None:
            raise RuntimeError("the execution context is not open: use `with ws.commands.context(...) as ctx:`")
        lang = language_of(language or self.language)
        if file is not None:
            http = self._commands._client.get_httpx_client()
            response = http.post(EXECUTE_PATH, **_multipart(self.cluster_id, self.id, lang, file))
            return parse_answer(response, CommandsIdResponse.from_dict).id
        assert command is not None
        body = CommandsExecuteRequest(
            language=Commands12Language(lang), cluster_id=self.cluster_id, context_id=self.id, command=command
        )
        return self._commands.execute(body=body).id

    def run(
        self,
        command: str | None = None,
        *,
        file: Source | None = None,
        language: str | None = None,
        timeout: float | None = None,
        check: bool = True,
        callback: Callable[[CommandsStatusResponse], None] | None = None,
    ) -> CommandResults:
        """Run ``command`` (or the code in ``file``, sent as multipart) and return its results.

        ``timeout`` (seconds, default none) cancels the command on the cluster and raises OperationTimeout;
        KeyboardInterrupt cancels it too. An error result raises :class:`CommandError` unless ``check=False``;
        a command that ended ``Error``/``Cancelled`` raises :class:`CommandFailed`. Example::

            rows = ctx.run("spark.range(3).collect()").data
        """
        command_id = self.start(command, file=file, language=language)
        assert self.id is not None
        try:
            status = self._commands.wait(self.cluster_id, self.id, command_id, timeout=timeout, callback=callback)
        except CommandFailed:
            raise  # already ended on the server: nothing to cancel
        except BaseException:
            self._cancel(command_id)
            raise
        return _results(status, check)

    def _cancel(self, command_id: str) -> None:
        from dbrest_client.models.commands_cancel_request import CommandsCancelRequest

        if self.id is None:
            return
        with contextlib.suppress(Exception):
            self._commands.cancel(
                body=CommandsCancelRequest(cluster_id=self.cluster_id, context_id=self.id, command_id=command_id)
            )


class AsyncExecutionContext:
    """The async twin of :class:`ExecutionContext`. Example::

    async with ws.commands.context(cid, "python") as ctx:
        await ctx.run("x = 1")
    """

    def __init__(
        self, commands: AsyncCommandsService, cluster_id: str, language: str, *, timeout: float = CONTEXT_TIMEOUT
    ) -> None:
        self._commands = commands
        self.cluster_id = cluster_id
        self.language = language_of(language)
        self.timeout = timeout
        self.id: str | None = None

    async def open(self) -> AsyncExecutionContext:

        contexts = self._commands.contexts
        deadline = contexts._clock.monotonic() + self.timeout
        self.id = await contexts.create_when_ready(self.cluster_id, self.language, timeout=self.timeout)
        try:
            await contexts.wait(self.cluster_id, self.id, timeout=max(0.0, deadline - contexts._clock.monotonic()))
        except BaseException:
            await self.close()
            raise
        return self

    async def close(self) -> None:
        from dbrest_client.models.contexts_destroy_request import ContextsDestroyRequest

        from .errors import DatabricksError

        if self.id is None:
            return
        context_id, self.id = self.id, None
        with contextlib.suppress(DatabricksError):
            await self._commands.contexts.destroy(
                body=ContextsDestroyRequest(cluster_id=self.cluster_id, context_id=context_id)
            )

    async def __aenter__(self) -> AsyncExecutionContext:
        return await self.open()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc is None:
            await self.close()
            return
        with contextlib.suppress(Exception):
            await self.close()

    async def start(
        self, command: str | None = None, *, file: Source | None = None, language: str | None = None
    ) -> str:
        from dbrest_client.models.commands_12_language import Commands12Language
        from dbrest_client.models.commands_execute_request import CommandsExecuteRequest
        from dbrest_client.models.commands_id_response import CommandsIdResponse

        _check_source(command, file)
        if self.id is None:
            raise RuntimeError("the execution context is not open: use `async with ws.commands.context(...) as ctx:`")
        lang = language_of(language or self.language)
        if file is not None:
            http = self._commands._client.get_async_httpx_client()
            response = await http.post(EXECUTE_PATH, **_multipart(self.cluster_id, self.id, lang, file))
            return parse_answer(response, CommandsIdResponse.from_dict).id
        assert command is not None
        body = CommandsExecuteRequest(
            language=Commands12Language(lang), cluster_id=self.cluster_id, context_id=self.id, command=command
        )
        return (await self._commands.execute(body=body)).id

    async def run(
        self,
        command: str | None = None,
        *,
        file: Source | None = None,
        language: str | None = None,
        timeout: float | None = None,
        check: bool = True,
        callback: Callable[[CommandsStatusResponse], None] | None = None,
    ) -> CommandResults:
        """The async twin of :meth:`ExecutionContext.run`; task cancellation also cancels the command."""
        command_id = await self.start(command, file=file, language=language)
        assert self.id is not None
        try:
            status = await self._commands.wait(self.cluster_id, self.id, command_id, timeout=timeout, callback=callback)
        except CommandFailed:
            raise  # already ended on the server: nothing to cancel
        except BaseException:
            await self._cancel(command_id)
            raise
        return _results(status, check)

    async def _cancel(self, command_id: str) -> None:
        import asyncio

        from dbrest_client.models.commands_cancel_request import CommandsCancelRequest

        if self.id is None:
            return
        request = CommandsCancelRequest(cluster_id=self.cluster_id, context_id=self.id, command_id=command_id)
        with contextlib.suppress(Exception):
            # Shielded: when the task itself is being cancelled, the cancel request must still go out.
            await asyncio.shield(self._commands.cancel(body=request))


# --- the commands service --------------------------------------------------------------------------------


class CommandsService(_GeneratedCommandsService):
    """``ws.commands``: the generated 1.2 command operations plus one-shot :meth:`execute`, :meth:`context`
    and :meth:`wait`."""

    def __init__(self, client: AuthenticatedClient, *, clock: Clock | None = None) -> None:
        super().__init__(client)
        self._clock = clock or SystemClock()
        self.backoff = _commands_backoff()
        self.contexts = ContextsService(client, clock=self._clock)

    def wait(
        self,
        cluster_id: str,
        context_id: str,
        command_id: str,
        *,
        timeout: float | None = None,
        callback: Callable[[CommandsStatusResponse], None] | None = None,
    ) -> CommandsStatusResponse:
        """Poll ``commands/status`` until ``Finished``; CommandFailed on ``Error``/``Cancelled``.

        ``timeout=None`` waits as long as the command runs. Example::

            status = ws.commands.wait(cid, ctx_id, cmd_id, timeout=600)
            print(status.results.data)
        """
        return poll(
            lambda: self.status(cluster_id=cluster_id, context_id=context_id, command_id=command_id),
            _command_done(context_id, command_id),
            timeout=float("inf") if timeout is None else timeout,
            what=f"command {command_id} to finish",
            describe=_describe_command,
            callback=callback,
            backoff=self.backoff,
            clock=self._clock,
        )

    def context(
        self, cluster_id: str, language: str = "python", *, timeout: float = CONTEXT_TIMEOUT
    ) -> ExecutionContext:
        """An execution context for several commands sharing state; use it in a ``with`` block. Example::

        with ws.commands.context(cid, "python") as ctx:
            ctx.run("x = 1")
            ctx.run("print(x)")
        """
        return ExecutionContext(self, cluster_id, language, timeout=timeout)

    # The high-level execute (a fresh context, wait, results) deliberately takes (cluster_id, command) as
    # databricks-cli's does, not the raw operation's keywords; the raw commands/execute stays reachable by body=.
    @overload  # type: ignore[override]
    def execute(self, *, body: CommandsExecuteRequest) -> CommandsIdResponse: ...

    @overload
    def execute(
        self,
        cluster_id: str,
        command: str | None = None,
        *,
        language: str = "python",
        file: Source | None = None,
        timeout: float | None = None,
        check: bool = True,
    ) -> CommandResults: ...

    def execute(
        self,
        cluster_id: str | None = None,
        command: str | None = None,
        *,
        language: str = "python",
        file: Source | None = None,
        timeout: float | None = None,
        check: bool = True,
        body: CommandsExecuteRequest | None = None,
    ) -> CommandResults | CommandsIdResponse:
        """Run one command in a fresh context and return its results; the context is destroyed afterwards.

        ``timeout`` (seconds) bounds the whole call; on timeout or KeyboardInterrupt the command is cancelled
        on the cluster, the context destroyed and the error raised. ``file`` sends the code as a multipart
        file part instead of ``command``. With ``body=`` only, this is the raw ``commands/execute`` operation.
        Example::

            out = ws.commands.execute("0101-123456-abcd1234", "print(spark.version)", timeout=300)
            print(out.result_type, out.data)
        """
        if body is not None:
            if cluster_id is not None or command is not None or file is not None:
                raise ValueError("pass either body= (the raw operation) or cluster_id and command, not both")
            return super().execute(body=body)
        if cluster_id is None:
            raise TypeError("execute() needs a cluster_id and a command (or file)")
        _check_source(command, file)
        deadline = None if timeout is None else self._clock.monotonic() + timeout
        context_timeout = CONTEXT_TIMEOUT if timeout is None else timeout
        with ExecutionContext(self, cluster_id, language, timeout=context_timeout) as ctx:
            remaining = None if deadline is None else max(0.0, deadline - self._clock.monotonic())
            return ctx.run(command, file=file, timeout=remaining, check=check)


class AsyncCommandsService(_GeneratedAsyncCommandsService):
    """``AsyncWorkspace.commands``: the async 1.2 command operations plus :meth:`execute`, :meth:`context`
    and :meth:`wait`."""

    def __init__(self, client: AuthenticatedClient, *, clock: AsyncClock | None = None) -> None:
        super().__init__(client)
        self._clock = clock or SystemAsyncClock()
        self.backoff = _commands_backoff()
        self.contexts = AsyncContextsService(client, clock=self._clock)

    async def wait(
        self,
        cluster_id: str,
        context_id: str,
        command_id: str,
        *,
        timeout: float | None = None,
        callback: Callable[[CommandsStatusResponse], None] | None = None,
    ) -> CommandsStatusResponse:
        """The async twin of :meth:`CommandsService.wait`."""
        return await poll_async(
            lambda: self.status(cluster_id=cluster_id, context_id=context_id, command_id=command_id),
            _command_done(context_id, command_id),
            timeout=float("inf") if timeout is None else timeout,
            what=f"command {command_id} to finish",
            describe=_describe_command,
            callback=callback,
            backoff=self.backoff,
            clock=self._clock,
        )

    def context(
        self, cluster_id: str, language: str = "python", *, timeout: float = CONTEXT_TIMEOUT
    ) -> AsyncExecutionContext:
        """The async twin of :meth:`CommandsService.context`: ``async with ws.commands.context(cid) as ctx``."""
        return AsyncExecutionContext(self, cluster_id, language, timeout=timeout)

    # The high-level execute (a fresh context, wait, results) deliberately takes (cluster_id, command) as
    # databricks-cli's does, not the raw operation's keywords; the raw commands/execute stays reachable by body=.
    @overload  # type: ignore[override]
    async def execute(self, *, body: CommandsExecuteRequest) -> CommandsIdResponse: ...

    @overload
    async def execute(
        self,
        cluster_id: str,
        command: str | None = None,
        *,
        language: str = "python",
        file: Source | None = None,
        timeout: float | None = None,
        check: bool = True,
    ) -> CommandResults: ...

    async def execute(
        self,
        cluster_id: str | None = None,
        command: str | None = None,
        *,
        language: str = "python",
        file: Source | None = None,
        timeout: float | None = None,
        check: bool = True,
        body: CommandsExecuteRequest | None = None,
    ) -> CommandResults | CommandsIdResponse:
        """The async twin of :meth:`CommandsService.execute`."""
        if body is not None:
            if cluster_id is not None or command is not None or file is not None:
                raise ValueError("pass either body= (the raw operation) or cluster_id and command, not both")
            return await super().execute(body=body)
        if cluster_id is None:
            raise TypeError("execute() needs a cluster_id and a command (or file)")
        _check_source(command, file)
        deadline = None if timeout is None else self._clock.monotonic() + timeout
        context_timeout = CONTEXT_TIMEOUT if timeout is None else timeout
        async with AsyncExecutionContext(self, cluster_id, language, timeout=context_timeout) as ctx:
            remaining = None if deadline is None else max(0.0, deadline - self._clock.monotonic())
            return await ctx.run(command, file=file, timeout=remaining, check=check)

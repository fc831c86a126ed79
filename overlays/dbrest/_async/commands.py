"""``ws.commands`` / ``ws.contexts`` of both clients, written once (async; the sync twin is generated): see
:mod:`dbrest.commands` for what they add over the raw API 1.2 operations."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, overload

from dbrest_client.api.commands import AsyncCommandsService as _GeneratedAsyncCommandsService
from dbrest_client.api.contexts import AsyncContextsService as _GeneratedAsyncContextsService

from ..commands import (
    CONTEXT_TIMEOUT,
    EXECUTE_PATH,
    NOT_READY,
    CommandFailed,
    Source,
    _check_source,
    _command_done,
    _commands_backoff,
    _context_done,
    _describe_command,
    _describe_context,
    _multipart,
    _results,
    language_of,
)
from ..errors import BadRequest, parse_answer
from ..transport import AsyncClock, SystemAsyncClock
from ..waiters import Backoff, poll_async
from . import _backend

if TYPE_CHECKING:
    from dbrest_client.client import AuthenticatedClient
    from dbrest_client.models.command_results import CommandResults
    from dbrest_client.models.commands_execute_request import CommandsExecuteRequest
    from dbrest_client.models.commands_id_response import CommandsIdResponse
    from dbrest_client.models.commands_status_response import CommandsStatusResponse
    from dbrest_client.models.contexts_status_response import ContextsStatusResponse


class AsyncContextsService(_GeneratedAsyncContextsService):
    """``ws.contexts``: the generated 1.2 context operations plus :meth:`wait`."""

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
        """Poll ``contexts/status`` until the context is ``Running``; ContextFailed on ``Error``.

        Example::

            ctx_id = (await ws.contexts.create(language="python", cluster_id=cid)).id
            await ws.contexts.wait(cid, ctx_id, timeout=120)
        """
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
        """``contexts/create``, repeated while the cluster is still starting; returns the new context's id.

        A PENDING or RESTARTING cluster answers 400 ``ClusterNotReadyException`` (databricks-sdk-py retries it
        too); any other error is raised at once. Example::

            ctx_id = await ws.contexts.create_when_ready(cid, "python", timeout=1800)
        """
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


class AsyncExecutionContext:
    """A REPL on a cluster, created when ``async with`` enters it and destroyed when the block is left. Example::

    async with ws.commands.context(cid, "python") as ctx:
        await ctx.run("x = 1")
        print((await ctx.run("print(x + 1)")).data)  # "2"
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

        from ..errors import DatabricksError

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
        """Create the context and wait until it is Running (entering ``async with`` does this)."""
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
        from dbrest_client.models.commands_cancel_request import CommandsCancelRequest

        if self.id is None:
            return
        request = CommandsCancelRequest(cluster_id=self.cluster_id, context_id=self.id, command_id=command_id)
        with contextlib.suppress(Exception):
            # Shielded: when the task itself is being cancelled, the cancel request must still go out.
            await _backend.shield(self._commands.cancel(body=request))


# --- the commands service --------------------------------------------------------------------------------


class AsyncCommandsService(_GeneratedAsyncCommandsService):
    """``ws.commands``: the generated 1.2 command operations plus one-shot :meth:`execute`, :meth:`context`
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
        """Poll ``commands/status`` until ``Finished``; CommandFailed on ``Error``/``Cancelled``.

        ``timeout=None`` waits as long as the command runs. Example::

            status = await ws.commands.wait(cid, ctx_id, cmd_id, timeout=600)
            print(status.results.data)
        """
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
        """An execution context for several commands sharing state; use it as a context manager. Example::

        async with ws.commands.context(cid, "python") as ctx:
            await ctx.run("x = 1")
            await ctx.run("print(x)")
        """
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
        callback: Callable[[CommandsStatusResponse], None] | None = None,
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
        callback: Callable[[CommandsStatusResponse], None] | None = None,
        body: CommandsExecuteRequest | None = None,
    ) -> CommandResults | CommandsIdResponse:
        """Run one command in a fresh context and return its results; the context is destroyed afterwards.

        ``timeout`` (seconds) bounds the whole call; on timeout or KeyboardInterrupt the command is cancelled
        on the cluster, the context destroyed and the error raised. ``file`` sends the code as a multipart
        file part instead of ``command``. ``callback`` hears each status polled while the command runs. With
        ``body=`` only, this is the raw ``commands/execute`` operation.
        Example::

            out = await ws.commands.execute("0101-123456-abcd1234", "print(spark.version)", timeout=300)
            print(out.result_type, out.data)
        """
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
            return await ctx.run(command, file=file, timeout=remaining, check=check, callback=callback)

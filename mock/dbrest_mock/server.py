"""MockServer: a mock workspace you can run in-process (ASGI, sync and async httpx transports) or on a socket."""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import threading
import time
from pathlib import Path
from typing import Any

import httpx

from . import state
from .app import BodySpool, DropConnection, MockCore, RawResponse, asgi_app
from .auth import check_exposure, exposure_warnings
from .faults import Fault
from .requestlog import RequestLog
from .scenarios import Scenarios
from .service import Env, MockConfig
from .timetravel import MockClock

log = logging.getLogger("dbrest_mock")


def _quiet_dropped_connections(record: logging.LogRecord) -> bool:
    """Injected connection drops are not server errors: keep them out of the server log."""
    return not (record.exc_info and isinstance(record.exc_info[1], DropConnection))


def _raw_fields(request: httpx.Request) -> dict[str, Any]:
    return {
        "method": request.method,
        "path": request.url.path,
        "query_string": request.url.query.decode("latin-1"),
        "headers": {k.lower(): v for k, v in request.headers.items()},
        # In-process the "bound address" is the URL's host: a Host header naming another one is refused.
        "server_host": request.url.host,
    }


class _SyncTransport(httpx.BaseTransport):
    """Calls the mock pipeline directly, without an event loop: fast and exact for tests."""

    def __init__(self, core: MockCore, sleep: bool = False) -> None:
        self._core = core
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        fields = _raw_fields(request)
        spool = BodySpool(self._core, fields["headers"])
        try:
            if not spool.over:
                for chunk in request.stream:  # type: ignore[union-attr]
                    spool.write(chunk)
                    if spool.over:
                        break  # like the socket server: nothing past the limit is read
            resp = self._core.handle(spool.request(**fields))
        finally:
            spool.close()
        return _to_httpx(resp, request, self._sleep)


class _AsyncTransport(httpx.AsyncBaseTransport):
    """The pipeline from async code: the body is spooled as it streams in, the pipeline runs in a worker thread."""

    def __init__(self, core: MockCore) -> None:
        self._core = core

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        fields = _raw_fields(request)
        spool = BodySpool(self._core, fields["headers"])
        try:
            if not spool.over:
                async for chunk in request.stream:  # type: ignore[union-attr]
                    spool.write(chunk)
                    if spool.over:
                        break
            resp = await asyncio.to_thread(self._core.handle, spool.request(**fields))
        finally:
            spool.close()
        return _to_httpx(resp, request, False)  # injected latency is not slept in-process (the sync default)


def _to_httpx(resp: RawResponse, request: httpx.Request, sleep: bool) -> httpx.Response:
    if resp.delay and sleep:
        time.sleep(resp.delay)
    if resp.drop:
        # Before processing (status 0) or after it (drop_response): either way the client gets no answer.
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
    return httpx.Response(resp.status, headers=resp.headers, content=resp.body, request=request)


class MockServer:
    """A local Databricks workspace.

    Example::

        with MockServer(MockConfig(durations="instant")) as mock:
            client = httpx.Client(base_url="http://mock", transport=mock.transport(),
                                  headers={"Authorization": f"Bearer {mock.token}"})
            client.post("/api/2.0/clusters/create", json={...})
            mock.advance(300)

    ``serve()`` starts it on a loopback socket in a background thread and returns its URL.
    """

    def __init__(self, config: MockConfig | None = None, *, spec_doc: dict[str, Any] | None = None) -> None:
        self.core = MockCore(config, spec_doc)
        self.app = asgi_app(self.core)
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self.url: str | None = None
        #: dbrest's clock protocol on this mock's virtual time: ``Workspace(clock=mock.clock)`` never sleeps.
        self.clock = MockClock(self)
        self.core.after_reset = self._load_configured_state
        try:
            self._load_configured_state()
        except BaseException:
            self.core.close()
            raise

    def _load_configured_state(self) -> None:
        if self.config.state is not None:
            state.load(self, self.config.state)

    @property
    def requests(self) -> RequestLog:
        """The API requests served, oldest first (``filter``, ``assert_called``, ``assert_not_called``)."""
        return self.core.requests

    @property
    def scenarios(self) -> Scenarios:
        """Outcomes to force: ``run_result``, ``cluster_start_failure``, ``library_failure``, ``command_result``..."""
        return self.env.scenarios

    def load_state(self, source: dict[str, Any] | str | os.PathLike[str]) -> None:
        """Create what a state document (a dict, or a JSON or YAML file) describes; see :mod:`dbrest_mock.state`."""
        state.load(self, source if isinstance(source, dict | str) else Path(source))

    def export_state(self, path: str | os.PathLike[str] | None = None) -> dict[str, Any]:
        """The current state as a document ``load_state`` accepts; also written to ``path`` (.json, .yaml) if given."""
        doc = state.export(self)
        if path is not None:
            state.write_document(doc, Path(path))
        return doc

    def workspace(self, **kwargs: Any) -> Any:
        """A ``dbrest.Workspace`` for this mock (in-process unless it is served), waiting on its virtual clock."""
        import dbrest

        if self.url is not None:
            return dbrest.Workspace(host=self.url, token=self.token, clock=self.clock, **kwargs)
        return dbrest.Workspace(
            host="http://127.0.0.1", token=self.token, transport=self.transport(), clock=self.clock, **kwargs
        )

    def async_workspace(self, **kwargs: Any) -> Any:
        """A ``dbrest.AsyncWorkspace`` for this mock, waiting on its virtual clock."""
        import dbrest

        if self.url is not None:
            return dbrest.AsyncWorkspace(host=self.url, token=self.token, clock=self.clock, **kwargs)
        return dbrest.AsyncWorkspace(
            host="http://127.0.0.1", token=self.token, transport=self.async_transport(), clock=self.clock, **kwargs
        )

    @property
    def config(self) -> MockConfig:
        return self.core.config

    @property
    def env(self) -> Env:
        return self.core.env

    @property
    def token(self) -> str:
        """A valid personal access token of this mock."""
        return next(iter(self.core.config.tokens))

    def advance(self, seconds: float) -> int:
        """Move the virtual clock forward; lifecycles due by then happen. Returns how many steps fired.

        ``seconds`` is a finite number from 0 to ten years; anything else is a ValueError and time stays put."""
        return self.core.advance(seconds)

    def reset(self) -> None:
        """Forget all state, faults, scenarios and logged requests; the clock starts over; the configured
        ``state`` is loaded again."""
        self.core.reset()

    def add_fault(self, **spec: Any) -> Fault:
        """Inject a fault; fields as POST /__mock/faults (path, method, status, error_code, message,
        retry_after, delay_ms, drop_connection, drop_request, drop_response, after, every, times). ValueError for an
        unknown
        field or a value of the wrong type or range (e.g. a status outside 400-599, a negative or non-finite
        delay)."""
        return self.core.faults.add(**spec)

    def list_faults(self) -> list[Fault]:
        """The injected faults, in matching order, with how often each was seen and fired (GET /__mock/faults)."""
        return self.core.faults.list()

    def clear_faults(self) -> None:
        self.core.faults.clear()

    def transport(self, *, latency: bool = False) -> httpx.BaseTransport:
        """A sync httpx transport into this mock (no socket). Injected latency is slept only if ``latency``."""
        return _SyncTransport(self.core, sleep=latency)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        return _AsyncTransport(self.core)

    # --- socket serving ----------------------------------------------------------------------------

    def serve(self, host: str = "127.0.0.1", port: int = 0) -> str:
        """Serve on ``host:port`` (0 = a free port) in a background thread; returns the base URL.

        Off loopback, :class:`~dbrest_mock.auth.ExposureError` (a ValueError) unless the configuration has tokens
        of its own (not the documented default) and, with ``execute_python``, ``allow_remote_code_execution``;
        what is then exposed is logged as warnings (logger ``dbrest_mock``)."""
        import uvicorn

        check_exposure(self.config, host)
        for warning in exposure_warnings(self.config, host):
            log.warning("%s", warning)

        # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on sockets whose protocol is TCP, and without it
        # every kept-alive response waits out the client's delayed ACK (~40 ms).
        sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        bound_host, bound_port = sock.getsockname()[:2]
        self.core.bound_hosts.update(h.strip("[]").lower() for h in (host, bound_host))
        logging.getLogger("uvicorn.error").addFilter(_quiet_dropped_connections)
        config = uvicorn.Config(self.app, log_level="warning", access_log=False, lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [sock]}, daemon=True)
        self._thread.start()
        for _ in range(500):
            if self._server.started:
                break
            time.sleep(0.01)
        else:
            raise RuntimeError("dbrest_mock did not start within 5 s")
        shown = f"[{bound_host}]" if ":" in bound_host else bound_host
        self.url = f"http://{shown}:{bound_port}"
        return self.url

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
            if self._thread is not None:
                self._thread.join(timeout=10)
            self._server = None
            self._thread = None
        self.core.close()

    def __enter__(self) -> MockServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


__all__ = ["DropConnection", "MockServer"]

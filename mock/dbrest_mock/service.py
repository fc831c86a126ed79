"""What a mock service module is made of: state and rules, nothing about HTTP.

A service is a :class:`Service` subclass in ``dbrest_mock/services/<name>.py``; each of its methods decorated
with ``@operation("<operationId>")`` handles one operation of the bundled spec. The app has already
authenticated the caller and validated the request against the spec (types coerced, required fields
present, enums and bounds checked), and it serialises every call to the services with one lock, so a
handler only applies the Databricks rules and returns the response body (a dict) or a :class:`Reply`, or
raises :class:`~dbrest_mock.errors.ApiError`.
"""

from __future__ import annotations

import itertools
import tempfile
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, Literal, TypeVar

from .clock import VirtualClock
from .scenarios import Scenarios

F = TypeVar("F", bound=Callable[..., Any])

DurationMode = Literal["realistic", "fast", "instant"]

#: The token a mock accepts when none is configured. It is documented, so anyone knows it: a mock served off
#: loopback refuses to start with it (dbrest_mock.auth.check_exposure).
DEFAULT_TOKEN = "dapi-mock-token"


def operation(*operation_ids: str) -> Callable[[F], F]:
    """Mark a Service method as the handler of the spec operations ``operation_ids``.

    One handler may serve the same operation under several API versions (``clusters20Get`` on ``/api/2.0``
    and ``clustersGet`` on ``/api/2.1``): the versions share one state, and ``Request.operation_id`` tells
    the handler which version was called when the answers differ.
    """
    if not operation_ids:
        raise TypeError("operation() needs at least one operationId")

    def mark(fn: F) -> F:
        fn._dbrest_operations = operation_ids  # type: ignore[attr-defined]
        return fn

    return mark


@dataclass
class UploadedFile:
    """A multipart file part, spooled to disk by the app (large uploads never sit in memory).

    The file is removed after the request; a handler that keeps the data copies or moves ``path``.
    """

    filename: str | None
    path: Path
    size: int
    content_type: str | None = None

    def read_bytes(self) -> bytes:
        return self.path.read_bytes()


@dataclass
class Request:
    operation_id: str
    method: str
    path: str
    #: Path, query and body fields merged (body fields win), validated and coerced to the spec's types.
    params: dict[str, Any]
    query: dict[str, Any] = field(default_factory=dict)
    path_params: dict[str, str] = field(default_factory=dict)
    #: The parsed JSON body (or the multipart/form fields as a dict), None when there was no body.
    body: Any = None
    files: dict[str, UploadedFile] = field(default_factory=dict)
    #: User name of the authenticated caller.
    user: str = "admin@example.com"
    headers: Mapping[str, str] = field(default_factory=dict)
    content_type: str = ""
    #: The caller's IP: the first X-Forwarded-For hop, else the socket peer (127.0.0.1 in-process).
    client_ip: str = "127.0.0.1"


@dataclass
class Reply:
    """A response other than ``200 application/json`` with a dict body."""

    body: Any = None
    status: int = 200
    content_type: str = "application/json"
    raw: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class MockConfig:
    """Everything that shapes a mock instance."""

    #: PAT -> user name. Accepted as ``Bearer <pat>`` and as Basic ``token:<pat>``, on the API and the control API.
    #: The default (DEFAULT_TOKEN) is for loopback only: serving it on another address is refused.
    tokens: dict[str, str] = field(default_factory=lambda: {DEFAULT_TOKEN: "admin@example.com"})
    #: user name -> password for HTTP Basic.
    passwords: dict[str, str] = field(default_factory=dict)
    #: Users that are workspace admins (others get PERMISSION_DENIED on admin-only operations).
    admins: set[str] = field(default_factory=lambda: {"admin@example.com"})
    clock_mode: Literal["manual", "realtime"] = "manual"
    durations: DurationMode = "realistic"
    #: Per-key duration overrides in seconds, e.g. {"clusters.start": 5}.
    duration_overrides: dict[str, float] = field(default_factory=dict)
    #: Opt-in: evaluate 1.2 Python commands in a subprocess per execution context. Never the default.
    execute_python: bool = False
    #: Required, besides execute_python, to serve on an address other than loopback: whoever holds a token can
    #: then run code as this machine's user.
    allow_remote_code_execution: bool = False
    #: A token accepted on the control API (/__mock/*) only, besides the tokens above (None: just those).
    control_token: str | None = None
    #: Host names accepted in the Host header besides the bound address and loopback names (e.g. the DNS name
    #: of a machine serving on 0.0.0.0, or the host a proxy forwards for).
    allowed_hosts: set[str] = field(default_factory=set)
    #: Validate every response against the spec and raise on a violation (tests turn this on).
    validate_responses: bool = False
    #: Where DBFS file contents and uploads live: a fresh ``dbrest-mock-*`` subdirectory is created in this
    #: directory (in the system's temporary directory when None) and removed when the mock stops. Nothing else in
    #: it is read, changed or deleted, so it may hold other files or be shared by several mocks.
    data_dir: Path | None = None
    #: Largest request body accepted, in bytes (larger → 400). Multipart DBFS puts may be up to 2 GiB.
    max_body_bytes: int = 10 * 1024 * 1024
    max_multipart_bytes: int = 2 * 1024 * 1024 * 1024
    #: How many requests ``mock.requests`` (GET /__mock/requests) keeps, the oldest dropped first; 0: none.
    request_log_size: int = 1000
    #: State to load at start and after every reset: a dict or a JSON/YAML file (see dbrest_mock.state).
    state: dict[str, Any] | str | Path | None = None


class Env:
    """What every service shares: the clock, the configuration, id counters, a data directory, the others."""

    def __init__(self, config: MockConfig, clock: VirtualClock | None = None) -> None:
        self.config = config
        self.clock = clock or VirtualClock(config.clock_mode)
        self.lock = threading.RLock()
        # Always a directory of our own: services reset by deleting their subfolders (dbfs/, commands/), which
        # must never be a user's folders of the same name in a configured data_dir.
        if config.data_dir is not None:
            Path(config.data_dir).mkdir(parents=True, exist_ok=True)
        self._tmp: tempfile.TemporaryDirectory[str] | None = tempfile.TemporaryDirectory(
            prefix="dbrest-mock-", dir=config.data_dir
        )
        self.data_dir = Path(self._tmp.name)
        self._counters: dict[str, itertools.count[int]] = {}
        self.services: dict[str, Service] = {}
        self._subscribers: dict[str, list[Callable[..., None]]] = {}
        #: Outcomes a test asked for (next run fails, cluster start fails ...); services consult it.
        self.scenarios = Scenarios()
        #: ``schema_problem(name, value)``: the first violation of the spec's component schema ``name`` by
        #: ``value``, in words (None: valid). Set by the app (MockCore), for values a service builds itself from
        #: stored documents rather than from a validated request (a cluster policy's fixed values).
        self.schema_problem: Callable[[str, Any], str | None] = lambda name, value: None

    def subscribe(self, topic: str, callback: Callable[..., None]) -> None:
        """Call ``callback(**event)`` on every ``publish(topic, **event)``; subscriptions survive resets."""
        self._subscribers.setdefault(topic, []).append(callback)

    def publish(self, topic: str, **event: Any) -> None:
        """Tell other services that something happened, e.g. ``publish("cluster.state", cluster_id=.., state=..)``."""
        for callback in self._subscribers.get(topic, []):
            callback(**event)

    def duration(self, key: str, realistic: float, fast: float | None = None) -> float:
        """Seconds that the lifecycle step ``key`` takes: an override, else by duration mode."""
        if key in self.config.duration_overrides:
            return self.config.duration_overrides[key]
        if self.config.durations == "instant":
            return 0.0
        if self.config.durations == "fast":
            return fast if fast is not None else min(realistic, 1.0)
        return realistic

    def next_id(self, namespace: str, start: int = 1) -> int:
        """Sequential ids per namespace, restarting at ``start`` after a reset."""
        if namespace not in self._counters:
            self._counters[namespace] = itertools.count(start)
        return next(self._counters[namespace])

    def service(self, name: str) -> Service:
        return self.services[name]

    def is_admin(self, user: str) -> bool:
        """Configured admins, and members of the `admins` group (directly or through nested groups)."""
        if user in self.config.admins:
            return True
        groups = self.services.get("groups")
        check = getattr(groups, "is_admin", None)
        return bool(check(user)) if check is not None else False

    def reset(self) -> None:
        self._counters.clear()
        self.scenarios.clear()
        self.clock.reset()
        for svc in self.services.values():
            svc.reset()

    def close(self) -> None:
        for svc in self.services.values():
            svc.close()
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None


class Service:
    """Base of a mock service: subclasses set ``name`` and keep their state in attributes set by reset()."""

    name: ClassVar[str]

    def __init__(self, env: Env) -> None:
        self.env = env
        self.reset()

    def reset(self) -> None:
        """Forget all state (called at start and on POST /__mock/reset)."""

    def close(self) -> None:
        """Release external resources (subprocesses, files)."""

    def has_object(self, object_type: str, object_id: str) -> bool | None:
        """Whether this service owns the permissionable object ``object_type/object_id``.

        ``object_type`` is the Permissions API path segment (``clusters``, ``jobs``, ``notebooks``, ...).
        None means "not mine"; the Permissions service asks every service.
        """
        return None

    def others_have_object(self, object_type: str, object_id: str) -> bool | None:
        """What the other services' ``has_object`` say of ``object_type/object_id``: True (one owns it), False
        (one owns the type, not this id), None (none knows the type)."""
        answer: bool | None = None
        for svc in self.env.services.values():
            if svc is self:
                continue
            found = svc.has_object(object_type, object_id)
            if found:
                return True
            if found is not None:
                answer = False
        return answer

    @property
    def clock(self) -> VirtualClock:
        return self.env.clock

    def operations(self) -> dict[str, Callable[[Request], Any]]:
        ops: dict[str, Callable[[Request], Any]] = {}
        for attr in dir(type(self)):
            fn = getattr(type(self), attr)
            for op_id in getattr(fn, "_dbrest_operations", ()):
                ops[op_id] = getattr(self, attr)
        return ops


class ClusterFollower(Service):
    """A service whose objects live on clusters (libraries, pool instances, execution contexts): it hears of every
    cluster state change and permanent deletion that the clusters service publishes."""

    def __init__(self, env: Env) -> None:
        super().__init__(env)
        env.subscribe("cluster.state", self._on_cluster_state)
        env.subscribe("cluster.deleted", self._on_cluster_deleted)

    def _on_cluster_state(self, cluster_id: str, state: str, **_: Any) -> None:
        """The cluster went to ``state`` (PENDING, RUNNING, RESTARTING, RESIZING, TERMINATING, TERMINATED ...)."""

    def _on_cluster_deleted(self, cluster_id: str, **_: Any) -> None:
        """The cluster was permanently deleted."""

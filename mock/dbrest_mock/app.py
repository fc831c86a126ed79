"""The mock's request pipeline, independent of any server: Host check and auth (:mod:`dbrest_mock.auth`),
faults, routing from the spec, validation, dispatch to the services, Databricks error shapes; the control API is
:mod:`dbrest_mock.control`. ``asgi_app`` wraps it for uvicorn and httpx.ASGITransport.

Requests are read strictly: JSON by :mod:`dbrest_mock.jsonio`, query strings and form fields as UTF-8, bodies
only up to the limit for their content type. Whatever goes wrong inside, the answer has the route's error shape.
"""

from __future__ import annotations

import asyncio
import json
import logging
import tempfile
import traceback
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import IO, Any
from urllib.parse import unquote_to_bytes

from . import jsonio, requestlog
from .auth import authenticate, check_arrival, check_host
from .control import ControlApi
from .control import too_large as _too_large
from .encoding import encode_response
from .errors import ApiError
from .faults import Fault, Faults
from .multipart import SPOOL_BYTES, parse_multipart, utf8
from .service import Env, MockConfig, Reply, Request, UploadedFile
from .services import load_services
from .spec import (
    Operation,
    Spec,
    coerce_values,
    default_spec,
    describe,
    error_code_for,
    family,
    scalars_from_strings,
)

log = logging.getLogger("dbrest_mock")

SCIM_ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error"
JSON_TYPES = ("application/json", "application/scim+json")
#: A request body is kept in memory up to this size, spooled to disk past it. Above a DBFS add-block or inline put
#: (1 MB of data is 1.4 MB of base64 in JSON), so the hot DBFS writes never touch a temporary file: the spill and
#: read-back of every add-block cost more CPU than parsing it (measured with benchmarks/loadgen.py).
BODY_SPOOL_BYTES = 4 * 1024 * 1024
#: Host metadata that databricks-sdk (0.162.0: Config._resolve_host_metadata) and the Go SDK fetch, without
#: credentials, before anything else; a 404 there makes them log a warning and fall back to their configuration.
HOST_METADATA_PATH = "/.well-known/databricks-config"
#: The mock's workspace id, as a workspace's host metadata gives it; the SDKs then send it on every call as
#: X-Databricks-Workspace-Id (which the mock accepts and, as one workspace, does not need).
WORKSPACE_ID = "1234567890123456"


class DropConnection(Exception):
    """Raised to make the server close the connection without answering (fault injection)."""


@dataclass
class RawRequest:
    method: str
    path: str
    query_string: str = ""
    #: Lower-cased header names.
    headers: dict[str, str] = field(default_factory=dict)
    body: IO[bytes] | None = None
    body_size: int = 0
    client_ip: str = "127.0.0.1"
    #: Set by a transport that matched the faults itself (before reading the body): the fault that fired.
    fault: Fault | None = None
    fault_matched: bool = False
    #: The address the request arrived on (the socket's local address, or the URL's host in-process): a Host
    #: header naming it is accepted besides loopback names and MockConfig.allowed_hosts.
    server_host: str | None = None
    #: The body parsed by :func:`jsonio.loads`, when the request log already parsed it (a 1 MB DBFS block is
    #: then parsed once, not twice); a one-element tuple, since None is a valid JSON value.
    parsed_json: tuple[Any] | None = None


@dataclass
class RawResponse:
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    drop: bool = False
    delay: float = 0.0


def _json_response(status: int, body: Any, content_type: str = "application/json", **headers: str) -> RawResponse:
    payload = jsonio.dumps(body).encode()
    hdrs = [("content-type", content_type), *((k.replace("_", "-"), v) for k, v in headers.items())]
    return RawResponse(status, hdrs, payload)


def _host_metadata(raw: RawRequest) -> RawResponse:
    """A workspace host's discovery document: public, like Databricks' (the SDKs fetch it before they have
    authenticated). It names no OIDC endpoint: the mock takes PATs and Basic credentials, not OAuth."""
    if raw.method.upper() != "GET":
        message = f"{raw.method} is not supported on {raw.path}; use GET"
        return _json_response(405, {"error_code": "METHOD_NOT_ALLOWED", "message": message}, Allow="GET")
    return _json_response(200, {"workspace_id": WORKSPACE_ID, "host_type": "workspace"})


def error_response(fam: str, err: ApiError) -> RawResponse:
    extra = dict(err.headers)
    if fam == "1.2":
        body: dict[str, Any] = {"error": err.message}
        ctype = "application/json"
    elif fam == "scim":
        body = {"schemas": [SCIM_ERROR_SCHEMA], "detail": err.message, "status": str(err.status)}
        if err.scim_type:
            body["scimType"] = err.scim_type
        ctype = "application/scim+json"
    else:
        body = {"error_code": err.error_code, "message": err.message}
        ctype = "application/json"
    resp = _json_response(err.status, body, ctype)
    resp.headers.extend((k.lower(), v) for k, v in extra.items())
    return resp


class MockCore:
    """One mock workspace: configuration, state, faults and the request pipeline."""

    def __init__(self, config: MockConfig | None = None, spec_doc: dict[str, Any] | None = None) -> None:
        self.config = config or MockConfig()
        self.spec = Spec(spec_doc) if spec_doc is not None else default_spec()
        #: The API requests served, oldest first (bounded; secrets elided): ``mock.requests``.
        self.requests = requestlog.RequestLog(self.config.request_log_size)  # first: it checks the size
        self.env = Env(self.config)
        self.env.schema_problem = self._schema_problem
        self.faults = Faults()
        self.handlers = load_services(self.env)
        self.upload_dir = self.env.data_dir / "uploads"
        self.upload_dir.mkdir(parents=True, exist_ok=True)
        self.control = ControlApi(self)
        #: Called after every reset (MockServer reloads its configured state there).
        self.after_reset: Callable[[], None] | None = None
        #: The addresses MockServer.serve listens on, as given (0.0.0.0 too): Host headers may name them.
        self.bound_hosts: set[str] = set()

    def _schema_problem(self, name: str, value: Any) -> str | None:
        errors = sorted(
            self.spec.errors(f"/components/schemas/{name}", value), key=lambda e: (len(e.absolute_path), e.message)
        )
        return describe(errors[0], "field") if errors else None

    # --- control -------------------------------------------------------------------------------------

    def advance(self, seconds: float) -> int:
        """Move the virtual clock; ValueError unless ``seconds`` is a finite number from 0 to ten years."""
        with self.env.lock:
            return self.env.clock.advance(seconds)

    def reset(self) -> None:
        with self.env.lock:
            self.faults.clear()
            self.requests.clear()
            self.env.reset()
            if self.after_reset is not None:
                self.after_reset()

    def close(self) -> None:
        self.env.close()

    # --- pipeline ------------------------------------------------------------------------------------

    def handle(self, raw: RawRequest) -> RawResponse:
        """Answer one request; whatever goes wrong inside, the answer is a Databricks-shaped response."""
        logged = self._log_body(raw)
        try:
            resp = self._handle(raw)
        except Exception:
            if self.config.validate_responses:
                raise
            log.error("dbrest_mock failed on %s %s:\n%s", raw.method, raw.path, traceback.format_exc())
            err = ApiError(500, "INTERNAL_ERROR", f"dbrest_mock failed to answer {raw.method} {raw.path}")
            resp = error_response(family(raw.path), err)
        if logged is not None:
            self._log(raw, logged[0], resp)  # before encoding: the log reads the error code from the plain body
        return encode_response(raw.headers.get("accept-encoding", ""), resp)

    def _log_body(self, raw: RawRequest) -> tuple[Any] | None:
        """The body as the request log keeps it, read before the pipeline consumes it; None: not logged."""
        if not self.requests.size or raw.path.startswith("/__mock/"):
            return None
        if raw.body is None or not raw.body_size or raw.body_size > requestlog.MAX_LOGGED_BODY:
            return (None,)
        content_type = raw.headers.get("content-type", "").lower()
        if content_type.startswith("multipart/"):
            return (None,)
        data = raw.body.read()
        raw.body.seek(0)
        if len(data) <= requestlog.MAX_LOGGED_BODY:
            try:
                value = jsonio.loads(data)
            except jsonio.JsonError:
                pass  # the pipeline answers MALFORMED_REQUEST; the log keeps what a lenient parser makes of it
            else:
                raw.parsed_json = (value,)
                # elide() builds new containers, so what a handler later does to the body does not reach the log.
                return (requestlog.elide(value),)
        return (requestlog.parse_body(data, content_type),)

    def _log(self, raw: RawRequest, body: Any, resp: RawResponse) -> None:
        query = {k: v[-1] for k, v in _lenient_pairs(raw.query_string).items()}
        self.requests.record(
            requestlog.LoggedRequest(
                method=raw.method.upper(),
                path=raw.path,
                query=query,
                body=body,
                status=resp.status,  # 0: the connection was dropped before an answer (fault injection)
                error_code=requestlog.error_code_of(resp.status, resp.body),
                time_ms=self.env.clock.now_ms(),
                body_size=raw.body_size,
            )
        )

    def _handle(self, raw: RawRequest) -> RawResponse:
        fam = family(raw.path)
        try:
            # Every route, the control API too: a foreign Host is what a DNS-rebinding page sends.
            check_host(self.config, raw.headers, raw.server_host, self.bound_hosts)
            check_arrival(self.config, raw.server_host)
        except ApiError as refused:
            return error_response(fam, refused)
        if raw.path.startswith("/__mock/"):
            return self._control(raw)
        if raw.path == HOST_METADATA_PATH:
            return _host_metadata(raw)
        fault = raw.fault if raw.fault_matched else self.match_fault(raw.method, raw.path)
        delay = fault.delay_ms / 1000.0 if fault else 0.0
        if fault and (fault.drop_connection or fault.drop_request):
            return RawResponse(0, [], b"", drop=True, delay=delay)
        if fault and fault.status is not None:
            headers = {"Retry-After": _retry_after(fault.retry_after)} if fault.retry_after is not None else {}
            err = ApiError(
                fault.status,
                fault.error_code or _default_code(fault.status),
                fault.message or "Injected fault.",
                headers=headers,
            )
            resp = error_response(fam, err)
            resp.delay = delay
            return resp
        try:
            resp = self._api(raw, fam)
        except ApiError as err:
            resp = error_response(fam, err)
        resp.delay = delay
        if fault and fault.drop_response:
            resp.drop = True  # processed: the answer is cut off part way through (the transports do the cutting)
        return resp

    def match_fault(self, method: str, path: str) -> Fault | None:
        """The injected fault for this request, if one fires (only API requests get faults)."""
        return self.faults.match(method, path) if path.startswith("/api/") else None

    def _api(self, raw: RawRequest, fam: str) -> RawResponse:
        if not raw.path.startswith("/api/"):
            raise ApiError(404, "ENDPOINT_NOT_FOUND", f"No API found for '{raw.method} {raw.path}'")
        user = self._authenticate(raw.headers)
        self._check_ip_access(raw)
        found = self.spec.match(raw.path)
        if found is None:
            raise ApiError(404, "ENDPOINT_NOT_FOUND", f"No API found for '{raw.method} {raw.path}'")
        route, path_params = found
        op = route.operations.get(raw.method.upper())
        if op is None:
            allow = ", ".join(sorted(route.operations))
            raise ApiError(
                405,
                "METHOD_NOT_ALLOWED",
                f"{raw.method} is not supported on {raw.path}; use {allow}",
                headers={"Allow": allow},
            )
        files: dict[str, UploadedFile] = {}
        try:
            # The path is already percent-decoded (by the ASGI server, or by httpx for the in-process transport):
            # decoding again turned an id `ab%2541cd` into `abAcd`.
            req = self._build_request(raw, op, dict(path_params), user, files)
            handler = self.handlers.get(op.operation_id)
            if handler is None:
                raise ApiError(501, "NOT_IMPLEMENTED", f"{op.operation_id} is not implemented by dbrest_mock")
            with self.env.lock:
                try:
                    # Inside the guard: steps that come due now must not turn this request into a crash (the
                    # clock logs and drops a failing step itself).
                    self.env.clock.run_due()
                    result = handler(req)
                except ApiError:
                    raise
                except Exception:
                    if self.config.validate_responses:
                        raise
                    log.error("handler %s failed:\n%s", op.operation_id, traceback.format_exc())
                    raise ApiError(500, "INTERNAL_ERROR", f"dbrest_mock failed in {op.operation_id}") from None
        finally:
            for f in files.values():
                f.path.unlink(missing_ok=True)
        reply = result if isinstance(result, Reply) else Reply(body=result)
        if self.config.validate_responses:
            self._check_response(op, reply)
        if reply.raw is not None:
            headers = [("content-type", reply.content_type), *((k.lower(), v) for k, v in reply.headers.items())]
            return RawResponse(reply.status, headers, reply.raw)
        if reply.body is None and reply.status == 204:
            return RawResponse(204, [(k.lower(), v) for k, v in reply.headers.items()], b"")
        ctype = reply.content_type
        if fam == "scim" and ctype == "application/json":
            ctype = "application/scim+json"
        resp = _json_response(reply.status, reply.body if reply.body is not None else {}, ctype)
        resp.headers.extend((k.lower(), v) for k, v in reply.headers.items())
        return resp

    def _authenticate(self, headers: dict[str, str]) -> str:
        return authenticate(self.config, headers, self._user_for_token)

    def _check_ip_access(self, raw: RawRequest) -> None:
        """Enforce the IP access lists (api-inventory §1.16) once enableIpAccessLists is "true"."""
        svc = self.env.services.get("ip-access-lists")
        is_allowed = getattr(svc, "is_allowed", None)
        if is_allowed is None:
            return
        ip = caller_ip(raw.headers, raw.client_ip)
        with self.env.lock:
            allowed = bool(is_allowed(ip))
        if not allowed:
            # Databricks' words; its body carries the numeric error_code 403 (SDKs choke on it), the spec's Error
            # shape wants a string, so the mock answers the code that SDKs map 403 to.
            raise ApiError.permission_denied(
                f"Source IP address: {ip} is blocked by Databricks IP ACL for this workspace"
            )

    def _user_for_token(self, token: str) -> str | None:
        """The owner of a token made through the API (token/create), if ``token`` is one."""
        svc = self.env.services.get("token")
        lookup = getattr(svc, "user_for_token", None)
        if lookup is not None:
            with self.env.lock:
                found = lookup(token)
            return found if isinstance(found, str) else None
        return None

    # --- request parsing and validation ----------------------------------------------------------------

    def _build_request(
        self,
        raw: RawRequest,
        op: Operation,
        path_params: dict[str, str],
        user: str,
        files: dict[str, UploadedFile],
    ) -> Request:
        ctype_header = raw.headers.get("content-type", "")
        ctype = ctype_header.split(";")[0].strip().lower()
        body: Any = None
        has_body = raw.body is not None and raw.body_size > 0
        limit = body_limit(self.config, raw.headers)
        if raw.body_size > limit:
            raise ApiError(400, "MAX_REQUEST_SIZE_EXCEEDED", _too_large(limit))
        if has_body:
            assert raw.body is not None
            coding = raw.headers.get("content-encoding", "").strip().lower()
            if coding not in ("", "identity"):
                # Read as JSON, a compressed body was "not valid UTF-8 (byte 1)": a message that hid the cause.
                raise ApiError.malformed(
                    f"The request body is encoded with Content-Encoding {coding}, which is not accepted for requests: "
                    "send it uncompressed."
                )
            if ctype == "multipart/form-data":
                body = parse_multipart(raw.body, ctype_header, files, self.upload_dir)
            else:
                payload = raw.body.read()
                if ctype == "application/x-www-form-urlencoded" and not payload.lstrip().startswith(b"{"):
                    form = parse_pairs(payload, "form body")
                    body = {k: v[-1] if len(v) == 1 else v for k, v in form.items()}
                else:
                    if ctype == "application/x-www-form-urlencoded":
                        # `curl -d '{...}'` labels a JSON body as a form; Databricks reads it as JSON, so do we.
                        ctype = "application/json"
                    try:
                        body = raw.parsed_json[0] if raw.parsed_json is not None else jsonio.loads(payload)
                    except jsonio.JsonError as exc:
                        raise ApiError.malformed(f"Invalid JSON given in the body of the request: {exc}.") from None
        query: dict[str, Any] = {}
        parsed_qs = parse_pairs(_wire_bytes(raw.query_string), "query string")
        # Databricks tolerates GET parameters sent as a JSON body (the 2020 docs show it): merge them, named as the
        # query string names them (a null is an absent field, an object's fields are dotted, a list repeats).
        if op.method == "GET" and isinstance(body, dict):
            for name, values in _body_as_query(body).items():
                parsed_qs.setdefault(name, values)
        for param in op.parameters:
            if param.location == "query":
                if param.name in parsed_qs:
                    query[param.name] = coerce_values(parsed_qs[param.name], param.schema, param.name)
                elif param.required:
                    raise ApiError.invalid(f"Missing required parameter: {param.name}")
            elif param.location == "path":
                path_params_value = path_params.get(param.name)
                if path_params_value is not None:
                    coerced = coerce_values([path_params_value], param.schema, param.name)
                    self._validate(param.pointer, coerced, param.name)
            elif param.location == "header" and param.required and param.name.lower() not in raw.headers:
                raise ApiError.invalid(f"Missing required header: {param.name}")
        for param in op.parameters:
            if param.location == "query" and param.name in query:
                self._validate(param.pointer, query[param.name], param.name)
        typed_path: dict[str, Any] = {
            p.name: coerce_values([path_params[p.name]], p.schema, p.name)
            for p in op.parameters
            if p.location == "path" and p.name in path_params
        }
        if op.method != "GET" and op.bodies:
            body = self._validate_body(op, ctype, body, files)
        params: dict[str, Any] = {**typed_path, **query}
        if isinstance(body, dict) and op.method != "GET":
            params.update(body)
        return Request(
            operation_id=op.operation_id,
            method=op.method,
            path=raw.path,
            params=params,
            query=query,
            path_params=path_params,
            body=body,
            files=files,
            user=user,
            headers=raw.headers,
            content_type=ctype,
            client_ip=caller_ip(raw.headers, raw.client_ip),
        )

    def _validate_body(self, op: Operation, ctype: str, body: Any, files: dict[str, UploadedFile]) -> Any:
        if body is None:
            if op.body_required:
                raise ApiError.malformed("The request body is missing; send a JSON object.")
            return None
        if ctype in ("", "text/plain", "application/x-www-form-urlencoded") or ctype not in op.bodies:
            # Lenient like the real API: an unlabelled body is read as JSON; a form is checked as JSON would be.
            pointer = next((p for c, p in op.bodies.items() if c in JSON_TYPES), None)
            if pointer is None:
                raise ApiError(
                    415, "INVALID_PARAMETER_VALUE", f"Unsupported content type {ctype!r}; use {', '.join(op.bodies)}"
                )
        else:
            pointer = op.bodies[ctype]
        schema = self.spec.schema_at(pointer)
        if ctype in ("multipart/form-data", "application/x-www-form-urlencoded") and isinstance(body, dict):
            body = self._coerce_form(body, schema, files)
        if next(iter(self.spec.errors(pointer, body)), None) is None:
            return body  # valid as sent: nothing to convert, no second validation (the common case)
        body = scalars_from_strings(lambda b: self.spec.errors(pointer, b), body)
        self._validate(pointer, body, "request body")
        return body

    def _coerce_form(
        self, form: dict[str, Any], schema: dict[str, Any], files: dict[str, UploadedFile]
    ) -> dict[str, Any]:
        props: dict[str, Any] = {}
        for key, sub in schema.get("properties", {}).items():
            props[key] = self.spec.resolve(sub)
        out: dict[str, Any] = {}
        for key, value in form.items():
            sub = props.get(key)
            if sub is not None and isinstance(value, str):
                out[key] = coerce_values([value], sub, key)
            else:
                out[key] = value
        # File parts appear in the validated body as placeholders; handlers read req.files.
        binary = [k for k, s in props.items() if s.get("format") == "binary"]
        for name in list(files):
            target = name
            if name not in props and len(binary) == 1 and binary[0] not in files:
                # Clients name the file part differently (`file`, `filedata`); the server takes it.
                target = binary[0]
                files[target] = files.pop(name)
            if target in props and props[target].get("format") != "binary":
                if files[target].size > SPOOL_BYTES:  # read into memory: held to the bound of a text field
                    raise ApiError.invalid(f"Form field {target} is larger than 1 MB")
                out[target] = utf8(files[target].read_bytes(), f"form field {target}")
            else:
                out[target] = f"<file {files[target].size} bytes>"
        return out

    def _validate(self, pointer: str, instance: Any, what: str) -> None:
        errors = sorted(self.spec.errors(pointer, instance), key=lambda e: (len(e.absolute_path), e.message))
        if errors:
            err = errors[0]
            # x-scim-type: the RFC 7644 scimType a SCIM route answers for this violation (a filter: InvalidFilter)
            scim_type = err.schema.get("x-scim-type") if isinstance(err.schema, dict) else None
            raise ApiError(400, error_code_for(err), describe(err, what), scim_type=scim_type)

    def _check_response(self, op: Operation, reply: Reply) -> None:
        status = str(reply.status)
        if status not in op.responses:
            raise AssertionError(f"{op.operation_id}: undocumented status {status}")
        body = reply.body
        if reply.raw is not None:
            if not reply.content_type.endswith("json"):
                return
            body = json.loads(reply.raw)  # a handler that encodes its JSON itself is checked like the others
        elif reply.status == 204:
            return
        pointer = op.responses[status].get(reply.content_type) or op.responses[status].get(
            "application/scim+json" if op.family == "scim" else "application/json"
        )
        if pointer is None:
            raise AssertionError(f"{op.operation_id}: no schema for {status} {reply.content_type}")
        errors = list(self.spec.errors(pointer, body if body is not None else {}))
        if errors:
            raise AssertionError(
                f"{op.operation_id}: response violates the spec: {errors[0].message} at {list(errors[0].absolute_path)}"
            )

    # --- control API ----------------------------------------------------------------------------------

    def _control(self, raw: RawRequest) -> RawResponse:
        reply = self.control.handle(raw.method, raw.path, raw.headers, raw.body, raw.body_size, raw.server_host)
        return _json_response(reply.status, reply.body, **reply.headers)


def body_limit(config: MockConfig, headers: dict[str, str]) -> int:
    """The largest body accepted for a request with these (lower-cased) headers: multipart DBFS puts may be up to
    2 GiB, everything else 10 MB (api-inventory §2.5). Transports stop reading once a body passes it."""
    ctype = headers.get("content-type", "").split(";")[0].strip().lower()
    return config.max_multipart_bytes if ctype == "multipart/form-data" else config.max_body_bytes


def caller_ip(headers: dict[str, str], peer: str) -> str:
    """The caller's IP as Databricks sees it behind its proxies: the first X-Forwarded-For hop, else the socket
    peer (127.0.0.1 in-process)."""
    first = headers.get("x-forwarded-for", "").split(",")[0].strip()
    return first or peer or "127.0.0.1"


def parse_pairs(data: bytes, what: str) -> dict[str, list[str]]:
    """``a=1&b=2`` (a query string or a urlencoded form) as name -> values; MALFORMED_REQUEST unless every name
    and value is UTF-8 once percent-decoded (a lone surrogate, %ED%B2%80, is not)."""
    out: dict[str, list[str]] = {}
    for pair in data.split(b"&"):
        if not pair:
            continue
        name, _, value = pair.partition(b"=")
        out.setdefault(utf8(unquote_to_bytes(name.replace(b"+", b" ")), what), []).append(
            utf8(unquote_to_bytes(value.replace(b"+", b" ")), what)
        )
    return out


def _body_as_query(body: dict[str, Any]) -> dict[str, list[str]]:
    """The fields of a GET's JSON body as query parameters: ``{"filter_by": {"cluster_states": ["RUNNING"]}}`` is
    ``filter_by.cluster_states=RUNNING``, ``{"path": null}`` is no ``path`` (it was the text "null"), a boolean is
    ``true``/``false``, a number its JSON text. Iterative: the body may be nested as deep as jsonio allows."""
    out: dict[str, list[str]] = {}
    stack: list[tuple[str, Any]] = list(reversed(body.items()))
    while stack:
        name, value = stack.pop()
        if value is None:
            continue
        if isinstance(value, dict):
            stack.extend(reversed([(f"{name}.{k}", v) for k, v in value.items()]))
        elif isinstance(value, list):
            stack.extend(reversed([(name, item) for item in value]))
        else:
            text = value if isinstance(value, str) else str(value).lower() if isinstance(value, bool) else None
            out.setdefault(name, []).append(text if text is not None else jsonio.dumps(value))
    return out


def _lenient_pairs(query_string: str) -> dict[str, list[str]]:
    """The query for the request log: like :func:`parse_pairs`, with undecodable bytes replaced, never raising."""

    def decode(part: bytes) -> str:
        return unquote_to_bytes(part.replace(b"+", b" ")).decode("utf-8", "replace")

    out: dict[str, list[str]] = {}
    for pair in _wire_bytes(query_string).split(b"&"):
        if pair:
            name, _, value = pair.partition(b"=")
            out.setdefault(decode(name), []).append(decode(value))
    return out


def _wire_bytes(text: str) -> bytes:
    """The bytes of a query string that the transports decoded as latin-1 (the ASGI scope holds bytes)."""
    try:
        return text.encode("latin-1")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass")


def _retry_after(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _default_code(status: int) -> str:
    return {
        400: "INVALID_PARAMETER_VALUE",
        401: "UNAUTHENTICATED",
        403: "PERMISSION_DENIED",
        404: "RESOURCE_DOES_NOT_EXIST",
        409: "RESOURCE_CONFLICT",
        429: "REQUEST_LIMIT_EXCEEDED",
        500: "INTERNAL_ERROR",
        501: "NOT_IMPLEMENTED",
        503: "TEMPORARILY_UNAVAILABLE",
        504: "DEADLINE_EXCEEDED",
    }.get(status, "UNKNOWN")


# --- ASGI -------------------------------------------------------------------------------------------------

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class BodySpool:
    """A request body on its way in: kept (in memory, on disk past 4 MiB) up to the limit for its content type,
    only counted past it. The pipeline answers MAX_REQUEST_SIZE_EXCEEDED for a body over the limit, so the
    transports can stop reading as soon as :attr:`over` is true."""

    def __init__(self, core: MockCore, headers: dict[str, str]) -> None:
        self.limit = body_limit(core.config, headers)
        # No max_size: write() rolls the file over itself, so that on_disk says where the body is.
        self.file = tempfile.SpooledTemporaryFile(dir=str(core.upload_dir))  # noqa: SIM115
        #: Whether the body has been moved to a temporary file (past BODY_SPOOL_BYTES). Public so that the tests
        #: can check that a DBFS block (1 MiB, ~1.4 MB as JSON) costs no file, without reading tempfile's internals.
        self.on_disk = False
        self.size = 0
        declared = headers.get("content-length", "")
        if declared.isascii() and declared.isdigit() and int(declared) > self.limit:
            self.size = int(declared)  # no need to read a byte of it

    @property
    def over(self) -> bool:
        return self.size > self.limit

    def write(self, chunk: bytes) -> None:
        if not self.over:
            self.size += len(chunk)
            if not self.over:
                self.file.write(chunk)
                if self.size > BODY_SPOOL_BYTES and not self.on_disk:
                    self.file.rollover()
                    self.on_disk = True

    def request(self, **fields: Any) -> RawRequest:
        self.file.seek(0)
        return RawRequest(body=self.file, body_size=self.size, **fields)

    def close(self) -> None:
        self.file.close()


def asgi_app(core: MockCore) -> Callable[[Scope, Receive, Send], Awaitable[None]]:
    """An ASGI application serving ``core``; request bodies are spooled to disk past 4 MiB (BODY_SPOOL_BYTES), and
    read only up to the size limit (an oversized body is answered at once, and the connection closed)."""

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        headers: dict[str, str] = {}
        for k, v in scope.get("headers", []):
            name = k.decode("latin-1").lower()
            value = v.decode("latin-1")
            headers[name] = f"{headers[name]}, {value}" if name in headers else value
        path = scope["path"]
        if path.startswith(("http://", "https://")):
            # An absolute-form request target (sent through a proxy): servers must accept it (RFC 9112 §3.2.2).
            path = "/" + path.split("/", 3)[3] if path.count("/") >= 3 else "/"
        # Matched before the body is read, so that drop_request can cut the request off part way through.
        fault = core.match_fault(scope["method"], path)
        if fault and fault.drop_request:
            await _drop_mid_request(fault, headers, receive, send)
            return
        spool = BodySpool(core, headers)
        try:
            more = not spool.over
            while more:
                message = await receive()
                if message["type"] == "http.disconnect":
                    return
                spool.write(message.get("body", b""))
                more = message.get("more_body", False) and not spool.over
            client = scope.get("client")
            server = scope.get("server")
            raw = spool.request(
                fault=fault,
                fault_matched=True,
                method=scope["method"],
                path=path,
                query_string=scope.get("query_string", b"").decode("latin-1"),
                headers=headers,
                client_ip=client[0] if client else "127.0.0.1",
                server_host=str(server[0]) if server else None,
            )
            resp = await asyncio.to_thread(core.handle, raw)
            if spool.over:
                # The rest of the body was never read: the connection cannot carry another request.
                resp.headers.append(("connection", "close"))
        finally:
            spool.close()
        if resp.delay:
            await asyncio.sleep(resp.delay)
        if resp.drop and not resp.status:
            # Start a response that promises a body, then abort: the server closes the connection and the
            # client sees it dropped mid-response (nothing was processed).
            await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1")]})
            raise DropConnection("fault injection: connection dropped")
        if resp.drop:
            # drop_response: the request was processed; send the real status, headers and half the body, then
            # abort, so the client sees an incomplete body.
            await send(
                {
                    "type": "http.response.start",
                    "status": resp.status,
                    "headers": [(k.encode("latin-1"), v.encode("latin-1")) for k, v in resp.headers]
                    + [(b"content-length", str(len(resp.body) or 1).encode())],
                }
            )
            await send({"type": "http.response.body", "body": resp.body[: len(resp.body) // 2], "more_body": True})
            raise DropConnection("fault injection: connection dropped after the request was processed")
        await send(
            {
                "type": "http.response.start",
                "status": resp.status,
                "headers": [(k.encode("latin-1"), v.encode("latin-1")) for k, v in resp.headers]
                + [(b"content-length", str(len(resp.body)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": resp.body})

    return app


async def _drop_mid_request(fault: Fault, headers: dict[str, str], receive: Receive, send: Send) -> None:
    """Read at most half the request body (and at most 64 KiB), then close the connection without an answer."""
    declared = headers.get("content-length", "")
    limit = min(int(declared) // 2, 65536) if declared.isascii() and declared.isdigit() else 65536
    seen = 0
    while seen < limit:
        message = await receive()
        if message["type"] == "http.disconnect":
            return
        seen += len(message.get("body", b""))
        if not message.get("more_body", False):
            break
    if fault.delay_ms:
        await asyncio.sleep(fault.delay_ms / 1000.0)
    # A response has to be started for the server to close the connection rather than answer 500.
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1")]})
    raise DropConnection("fault injection: connection dropped mid-request")

"""Typed errors: one DatabricksError subclass per error_code family, parsed from every body shape Databricks uses.

2.0/2.1 ``{"error_code", "message"}``, 1.2 ``{"error": ...}``, SCIM ``{"detail", "status", "scimType"}`` and
non-JSON gateway pages (HTML 502/503) all become a :class:`DatabricksError` with ``error_code``, ``message``,
``status``, ``method`` and ``path``. Tokens never appear in these texts: only the method and path are kept.
"""

from __future__ import annotations

import json
import re
import socket
import ssl
from collections.abc import Callable, Collection, Iterator
from typing import Any, TypeVar

import httpx

_T = TypeVar("_T")


class DatabricksError(Exception):
    """An error answered by Databricks (or a gateway in front of it)."""

    #: What to try, appended to the message of this kind of error.
    hint: str = ""

    def __init__(
        self,
        message: str,
        *,
        error_code: str = "UNKNOWN",
        status: int | None = None,
        method: str | None = None,
        path: str | None = None,
        details: list[Any] | None = None,
        retry_after: float | None = None,
        hint: str | None = None,
    ) -> None:
        if hint is not None:  # what to try in this case, instead of the kind's usual advice
            self.hint = hint
        self.error_code = error_code
        self.message = message
        self.status = status
        self.method = method
        self.path = path
        self.details = details or []
        self.retry_after = retry_after
        where = f" ({method} {path})" if method and path else ""
        status_text = f"HTTP {status} " if status is not None else ""
        text = f"{status_text}{error_code}: {message}{where}"
        if self.hint:
            text += f". {self.hint}"
        super().__init__(text)

    def __reduce__(self) -> tuple[Any, ...]:
        # An exception pickles as cls(*args), and args[0] is the composed text, which __init__ would compose again
        # (the code UNKNOWN, the hint twice): rebuild it from its text and attributes instead (a ProcessPool,
        # pytest-xdist and multiprocessing pickle errors). A NetworkError's request travels without its headers,
        # which hold the credentials.
        state = dict(vars(self))
        request = state.get("_request")
        if isinstance(request, httpx.Request):
            state["_request"] = httpx.Request(request.method, request.url)
        return (_restore, (type(self), self.args), state)


def _restore(cls: type[DatabricksError], args: tuple[Any, ...]) -> DatabricksError:
    error = cls.__new__(cls)
    error.args = args
    return error


class BadRequest(DatabricksError):
    hint = "Check the request parameters against the API reference."


class InvalidParameterValue(BadRequest):
    pass


class MalformedRequest(BadRequest):
    pass


class InvalidState(BadRequest):
    hint = "The resource is not in a state that allows this operation; wait for it to settle and retry."


class ResourceDoesNotExist(DatabricksError):
    hint = "Check the id or path; it may have been deleted."


class ResourceAlreadyExists(DatabricksError):
    hint = "Choose another name, or pass overwrite=True where the call takes it (it replaces a file, not a directory)."
    #: The hint when the request asked to overwrite: what is in the way is of another kind, which no overwrite
    #: replaces (a directory where a file goes, a file where a directory goes).
    OVERWRITE_REFUSED = (
        "overwrite=True replaces a file only, never a directory or a file where one goes: choose another path."
    )


class Unauthenticated(DatabricksError):
    hint = "Check DATABRICKS_TOKEN (or the profile's token): it may be missing, mistyped or expired."


class PermissionDenied(DatabricksError):
    hint = "Ask a workspace admin for the permission."


class TooManyRequests(DatabricksError):
    hint = "The workspace rate limit was hit; dbrest already retried. Slow down or raise RetryPolicy.budget."


class TemporarilyUnavailable(DatabricksError):
    hint = "Databricks is temporarily unavailable; dbrest already retried. Retry later."


class InternalError(DatabricksError):
    hint = "A server-side failure; retry later, and report it if it persists."


class NotImplementedByServer(DatabricksError):
    pass


class QuotaExceeded(DatabricksError):
    pass


class MaxSizeExceeded(BadRequest):
    hint = "Send smaller pieces: DBFS blocks and reads are limited to 1 MB."


class PartialDelete(DatabricksError):
    hint = "Repeat the delete until it succeeds (dbrest's dbfs.rm does this)."


class DirectoryNotEmpty(BadRequest):
    hint = "Pass recursive=True to delete the directory with its contents."


BY_CODE: dict[str, type[DatabricksError]] = {
    "INVALID_PARAMETER_VALUE": InvalidParameterValue,
    "MALFORMED_REQUEST": MalformedRequest,
    "BAD_REQUEST": BadRequest,
    "INVALID_STATE": InvalidState,
    "RESOURCE_DOES_NOT_EXIST": ResourceDoesNotExist,
    "NOT_FOUND": ResourceDoesNotExist,
    "ENDPOINT_NOT_FOUND": ResourceDoesNotExist,
    "RESOURCE_ALREADY_EXISTS": ResourceAlreadyExists,
    "ALREADY_EXISTS": ResourceAlreadyExists,
    "UNAUTHENTICATED": Unauthenticated,
    "PERMISSION_DENIED": PermissionDenied,
    "CUSTOMER_UNAUTHORIZED": PermissionDenied,
    "REQUEST_LIMIT_EXCEEDED": TooManyRequests,
    "RESOURCE_EXHAUSTED": TooManyRequests,
    "TOO_MANY_REQUESTS": TooManyRequests,
    "TEMPORARILY_UNAVAILABLE": TemporarilyUnavailable,
    "INTERNAL_ERROR": InternalError,
    "NOT_IMPLEMENTED": NotImplementedByServer,
    "QUOTA_EXCEEDED": QuotaExceeded,
    "RESOURCE_LIMIT_EXCEEDED": QuotaExceeded,
    "MAX_BLOCK_SIZE_EXCEEDED": MaxSizeExceeded,
    "MAX_READ_SIZE_EXCEEDED": MaxSizeExceeded,
    "MAX_NOTEBOOK_SIZE_EXCEEDED": MaxSizeExceeded,
    "PARTIAL_DELETE": PartialDelete,
    "DIRECTORY_NOT_EMPTY": DirectoryNotEmpty,
    "IO_ERROR": BadRequest,
}

BY_STATUS: dict[int, type[DatabricksError]] = {
    400: BadRequest,
    401: Unauthenticated,
    403: PermissionDenied,
    404: ResourceDoesNotExist,
    409: ResourceAlreadyExists,
    429: TooManyRequests,
    500: InternalError,
    501: NotImplementedByServer,
    502: TemporarilyUnavailable,
    503: TemporarilyUnavailable,
    504: TemporarilyUnavailable,
}

#: "ContextNotFound: ..." or "java.lang.IllegalArgumentException: ..." at the start of a 1.2 error.
_EXCEPTION_NAME = re.compile(r"^((?:[a-z_][\w]*\.)*[A-Z]\w*(?:Exception|Error|NotFound|Invalid\w*|Failed|Denied)):")

# clusters/get, jobs/get and runs/get answer 400 INVALID_PARAMETER_VALUE for a missing id (api-inventory §2.1).
# Every pattern here runs on text the server chose, so each is linear: no `.*` between two searched parts (the
# former `\b(Job|...)\b.* does not exist` rescanned the rest of the text from every "Job": quadratic).
_MISSING_SUBJECT = re.compile(r"\b(?:cluster|job|run|context|command)\b")
_MISSING_PHRASE = " does not exist"
#: An exception name is short: matching it against the first characters only keeps the 1.2 parse bounded.
_EXCEPTION_NAME_SPAN = 256
#: A gateway page is summarised from its head; its title or first words are all the message keeps.
_HTML_SPAN = 64 * 1024
_TAG = re.compile(r"<[^<>]*>")  # cannot run past the next "<": each character is examined a bounded number of times


def _says_missing(message: str) -> bool:
    """Whether a line names a cluster/job/run/context/command and, after it, says " does not exist"."""
    for line in message.lower().splitlines():
        end = line.rfind(_MISSING_PHRASE)
        if end > 0 and _MISSING_SUBJECT.search(line, 0, end):
            return True
    return False


def _html_summary(text: str) -> str:
    """The page's <title>, else its text without the markup (both found in linear time)."""
    head = text[:_HTML_SPAN]
    lower = head.lower()
    start = lower.find("<title>")
    if start >= 0:
        end = lower.find("</title>", start)
        if end >= 0:
            return head[start + len("<title>") : end].strip()
    return _TAG.sub(" ", head).strip()


def retry_after_seconds(response: httpx.Response) -> float | None:
    """The Retry-After header in seconds (the delta-seconds form Databricks sends), or None."""
    value = response.headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


#: Credentials a server may echo back (a wrong host that is an echo service or a debugging proxy): a scheme and
#: its credentials, and Databricks personal access tokens. Linear patterns: they run over server text.
_ECHOED_CREDENTIALS = re.compile(
    r"\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{20,}|\bdapi[0-9a-f]{8,}(?:-\d+)?", re.IGNORECASE
)


def scrub(text: str, secrets: Collection[str] = ()) -> str:
    """``text`` from a server with the given secrets and anything shaped like a credential replaced by ***."""
    for secret in secrets:
        text = text.replace(secret, "***")
    return _ECHOED_CREDENTIALS.sub(lambda m: f"{m.group(1)} ***" if m.group(1) else "***", text)


#: The request headers that carry credentials: the values a server could echo back.
_CREDENTIAL_HEADERS = ("authorization", "x-databricks-azure-sp-management-token")


def _with_sent_credentials(request: httpx.Request, secrets: Collection[str]) -> list[str]:
    """``secrets`` and the credentials ``request`` carried (a Basic pair also decoded), longest first. A caller
    that parses an answer itself (``parse_answer``, ``decoded``) has no list of the client's secrets, but the
    request it sent names them; short values are left out, as in WorkspaceAuth.secrets."""
    import base64
    import contextlib

    found = set(secrets)
    for name in _CREDENTIAL_HEADERS:
        value = request.headers.get(name, "")
        scheme, _, credential = value.partition(" ")
        if name != "authorization" or not credential:
            credential = value
        found.add(credential.strip())
        if name == "authorization" and scheme.lower() == "basic":
            with contextlib.suppress(ValueError):  # not base64 or not UTF-8: binascii.Error, UnicodeDecodeError
                found.add(base64.b64decode(credential.strip(), validate=True).decode().partition(":")[2])
    return sorted((v for v in found if len(v) >= 6), key=len, reverse=True)


def _scrubbed(value: Any, secrets: Collection[str], depth: int = 0) -> Any:
    """The server's ``details`` with every text scrubbed like the message (they are kept on the error, pickled with
    it and printed by whoever logs ``vars(error)``); a nesting deeper than a real answer's is dropped."""
    if depth > 32:
        return None
    if isinstance(value, str):
        return scrub(value, secrets)
    if isinstance(value, list):
        return [_scrubbed(v, secrets, depth + 1) for v in value]
    if isinstance(value, dict):
        return {scrub(str(k), secrets): _scrubbed(v, secrets, depth + 1) for k, v in value.items()}
    return value


def _scrub_cause(cause: BaseException, secrets: Collection[str]) -> None:
    """Scrub the text of the parse failure an UnexpectedResponse is raised from: it may quote the value it refused
    (``ValueError: {'x': 'dapi...'} is not a valid ClusterState``), and a traceback prints it with the error."""
    for exc in _causes(cause):
        exc.args = tuple(scrub(a, secrets) if isinstance(a, str) else a for a in exc.args)


def error_from_response(
    response: httpx.Response, request: httpx.Request, secrets: Collection[str] = ()
) -> DatabricksError:
    """The typed error for an error response (status >= 400) to ``request``; the body must have been read.
    ``secrets`` (the client's credentials) are removed from the message should the server echo them."""
    status = response.status_code
    method, path = request.method, request.url.path
    secrets = _with_sent_credentials(request, secrets)
    code: str | None = None
    message: str | None = None
    details: list[Any] = []
    body: Any = None
    try:
        body = json.loads(response.content) if response.content else None
    except (ValueError, UnicodeDecodeError):
        body = None
    if isinstance(body, dict):
        if isinstance(body.get("error_code"), str):
            code = body["error_code"]
            message = str(body.get("message", ""))
            raw_details = body.get("details")
            details = raw_details if isinstance(raw_details, list) else []
        elif "detail" in body and "schemas" in body:  # SCIM
            code = f"SCIM_{body.get('status', status)}"
            message = str(body.get("detail"))
            if body.get("scimType"):
                message += f" (scimType {body['scimType']})"
        elif isinstance(body.get("error"), str):  # API 1.2: no code, but often an exception name in front
            message = body["error"]
            named = _EXCEPTION_NAME.match(message[:_EXCEPTION_NAME_SPAN])
            if named:
                code = named.group(1).rsplit(".", 1)[-1]
        elif isinstance(body.get("message"), str):
            message = body["message"]
    if message is None:
        text = response.text.strip() if response.content else ""
        if "<" in text:  # an HTML gateway page: keep its title or first line, not the markup
            text = _html_summary(text)
        message = " ".join(text.split())[:300] or response.reason_phrase or "no message"
    cls: type[DatabricksError]
    if code is not None and code in BY_CODE:
        cls = BY_CODE[code]
    else:
        cls = BY_STATUS.get(status, DatabricksError if status < 500 else InternalError)
    if cls in (InvalidParameterValue, BadRequest) and _says_missing(message):
        cls = ResourceDoesNotExist
    if code == "IO_ERROR" and "not empty" in message:  # dbfs/delete of a non-empty directory without recursive
        cls = DirectoryNotEmpty
    if code is None:
        code = {
            400: "BAD_REQUEST",
            401: "UNAUTHENTICATED",
            403: "PERMISSION_DENIED",
            404: "NOT_FOUND",
            409: "RESOURCE_CONFLICT",
            429: "TOO_MANY_REQUESTS",
            500: "INTERNAL_ERROR",
        }.get(status, "TEMPORARILY_UNAVAILABLE" if status in (502, 503, 504) else f"HTTP_{status}")
    overwrite_refused = cls is ResourceAlreadyExists and _asked_to_overwrite(request)
    return cls(
        scrub(message, secrets),
        error_code=code,
        status=status,
        method=method,
        path=path,
        details=_scrubbed(details, secrets),
        retry_after=retry_after_seconds(response),
        hint=ResourceAlreadyExists.OVERWRITE_REFUSED if overwrite_refused else None,
    )


def _asked_to_overwrite(request: httpx.Request) -> bool:
    """Whether a JSON request said ``"overwrite": true`` (the docs' examples also send the string "true")."""
    if "json" not in request.headers.get("content-type", ""):
        return False
    try:
        body = json.loads(request.content)
    except (httpx.RequestNotRead, ValueError, UnicodeDecodeError):  # a streamed body, or none
        return False
    return isinstance(body, dict) and body.get("overwrite") in (True, "true")


class UnexpectedResponse(DatabricksError):
    """A 2xx/3xx answer that is not the API's: an HTML sign-in page, an empty, truncated or binary body, a JSON
    value of the wrong shape, an undocumented status (a 204, a redirect). The message names the status, the
    content type, the request (method and path) and a short excerpt of the body."""

    hint = "The answer is not the API's: check the host (a proxy answering?), and report it if it persists"


_EXCERPT = 200


def _body(response: httpx.Response) -> bytes | None:
    """The body if it was read (a streamed download is judged by its headers before it is read), else None."""
    try:
        return response.content
    except httpx.ResponseNotRead:
        return None


def _redirect_target(location: str) -> str:
    """Where a redirect points, for a message: scheme, host, port and path only. The Location may carry a sign-in
    URL with tokens in its query or a user:password@, and a server may send one that is no URL at all (which
    must still give the UnexpectedResponse, not httpx's InvalidURL)."""
    if not location:
        return "nowhere"
    try:
        return str(httpx.URL(location).copy_with(userinfo=b"", query=None, fragment=None))
    except (httpx.InvalidURL, ValueError, TypeError):
        return "an address that is not a URL"


def _why(response: httpx.Response, content_type: str, cause: BaseException | None) -> str:
    if 300 <= response.status_code < 400:
        return f"a redirect to {_redirect_target(response.headers.get('location', ''))}"
    body = _body(response)
    if body is None:
        return f"a {content_type.split(';')[0]} page" if "html" in content_type else "a body of another type"
    if not body:
        return "an empty body"
    if "html" in content_type:
        return f"an HTML page ({_html_summary(body.decode('utf-8', 'replace'))[:_EXCERPT]!r})"
    if "json" not in content_type and content_type:
        return f"a {content_type.split(';')[0]} body"
    if isinstance(cause, json.JSONDecodeError):
        return f"a body that is not JSON ({cause.msg}, byte {cause.pos})"
    if cause is not None:
        return f"JSON of another shape than the API documents ({type(cause).__name__}: {str(cause)[:_EXCERPT]})"
    return "a body the operation does not document for this status"


def unexpected_response(
    response: httpx.Response, cause: BaseException | None = None, secrets: Collection[str] = ()
) -> UnexpectedResponse:
    """The error for an answer that does not parse as the operation's documented response (see
    :class:`UnexpectedResponse`); ``cause`` is the parse failure, if any; ``secrets`` are scrubbed from the text."""
    content_type = response.headers.get("content-type", "").lower()
    request = response.request
    secrets = _with_sent_credentials(request, secrets)
    if cause is not None:
        _scrub_cause(cause, secrets)
    body = _body(response) or b""
    excerpt = " ".join(body[:_EXCERPT].decode("utf-8", "replace").split())
    if len(body) > _EXCERPT:
        excerpt += " ..."
    status = response.status_code
    if 300 <= status < 400:
        hint = (
            "A redirect usually means a wrong host (use the workspace URL, https://adb-....azuredatabricks.net) or "
            "a sign-in page in front of the API; dbrest does not follow it, so credentials stay with the host"
        )
    elif "html" in content_type:
        hint = (
            "An HTML page usually means a wrong host or a sign-in redirect (a proxy, VPN or SSO page answering "
            "instead of the REST API): check the host"
        )
    else:
        hint = UnexpectedResponse.hint
    kind = f"content type {content_type}" if content_type else "no content type"
    size = f"{len(body)} bytes" if _body(response) is not None else "body not read"
    message = f"unexpected answer: {_why(response, content_type, cause)}; {kind}, {size}"
    if excerpt and "html" not in content_type and "json" in content_type:
        message += f": {excerpt!r}"
    return UnexpectedResponse(
        scrub(message, secrets),
        hint=hint,
        error_code="UNEXPECTED_RESPONSE",
        status=status,
        method=request.method,
        path=request.url.path,
    )


def parse_answer(response: httpx.Response, parse: Callable[[dict[str, Any]], _T]) -> _T:
    """``parse`` applied to the JSON object of a 2xx answer that an overlay requested itself (outside the
    generated facades); anything else raises :class:`UnexpectedResponse`."""
    if not 200 <= response.status_code < 300:
        raise unexpected_response(response)
    try:
        body = json.loads(response.content)
        if not isinstance(body, dict):
            raise TypeError(f"a JSON {type(body).__name__} where an object was expected")
        return parse(body)
    except Exception as exc:
        raise unexpected_response(response, exc) from exc


def decoded(response: httpx.Response, decode: Callable[[bytes], _T]) -> _T:
    """``decode`` applied to the body of a 2xx answer that an overlay decodes by hand (a DBFS read); a failure
    raises :class:`UnexpectedResponse` instead of a bare JSON or base64 error."""
    if not 200 <= response.status_code < 300:
        raise unexpected_response(response)
    try:
        return decode(response.content)
    except Exception as exc:
        raise unexpected_response(response, exc) from exc


def check_download(response: httpx.Response, *, html_expected: bool = False) -> None:
    """Before a streamed download is written: an HTML page where a file was asked for (a sign-in or gateway page
    with status 200) raises :class:`UnexpectedResponse` instead of being saved as the file."""
    if not 200 <= response.status_code < 300:
        raise unexpected_response(response)
    if "html" in response.headers.get("content-type", "").lower() and not html_expected:
        raise unexpected_response(response)


class ResponseTooLarge(DatabricksError):
    """An answer larger than ``max_response_size``: not buffered, not retried."""

    hint = (
        "Databricks API answers are at most about 10 MB: check the host (a proxy or gateway answering?), or raise "
        "Workspace(max_response_size=...) if this answer is expected"
    )


def _size_text(size: int) -> str:
    mib = size / (1024 * 1024)
    return f"{mib:g} MiB" if mib >= 1 else f"{size} bytes"


def response_too_large(response: httpx.Response, request: httpx.Request, cap: int) -> ResponseTooLarge:
    content_type = scrub(response.headers.get("content-type", "")[:100], _with_sent_credentials(request, ()))
    return ResponseTooLarge(
        f"the answer ({content_type or 'no content type'}) is larger than {_size_text(cap)}, the max_response_size",
        error_code="RESPONSE_TOO_LARGE",
        status=response.status_code,
        method=request.method,
        path=request.url.path,
    )


class NetworkError(DatabricksError, httpx.TransportError):
    """The request did not get an answer: the connection failed, was dropped or timed out (after the retries that
    were safe). Also an ``httpx.TransportError``, so code written against httpx keeps working."""

    hint = "Check the host and the network (proxy, VPN, firewall); dbrest retried where repeating the call was safe"


class RequestTimeout(NetworkError, httpx.TimeoutException):
    hint = "The server did not answer in time; pass a longer timeout (Workspace(..., timeout=...)) or retry later"


class HostNotFound(NetworkError):
    hint = "The host name does not resolve: check the host (host=..., DATABRICKS_HOST or the profile's host)"


class ProxyFailure(NetworkError):
    hint = (
        "The proxy could not be reached or refused the request: check HTTPS_PROXY / HTTP_PROXY / ALL_PROXY and "
        "NO_PROXY (or proxy=...)"
    )


class ConnectionRefused(NetworkError):
    hint = (
        "Nothing accepts connections there: is it http:// or https://? is the port right? "
        "(host=..., DATABRICKS_HOST or the profile's host)"
    )


class TLSError(NetworkError):
    hint = "The TLS handshake failed: is it http:// or https://? is the port right?"


class CertificateError(TLSError):
    hint = (
        "The server's certificate is not trusted (a corporate TLS proxy, or a self-signed certificate): pass "
        "verify='/path/to/ca-bundle.pem' or set SSL_CERT_FILE to a bundle with the issuing CA; is the host right?"
    )


def _causes(exc: BaseException) -> Iterator[BaseException]:
    seen: BaseException | None = exc
    for _ in range(32):  # bounded: a cause chain is short, but a cycle must not hang us
        if seen is None:
            return
        yield seen
        seen = seen.__cause__ or seen.__context__


def connection_refused(exc: BaseException) -> bool:
    """Whether the connection was refused (nothing listens at that host and port)."""
    return any(isinstance(e, ConnectionRefusedError) for e in _causes(exc)) or "Connection refused" in str(exc)


def tls_failure(exc: BaseException) -> bool:
    """Whether the TLS handshake failed (an untrusted certificate, or a server that does not speak TLS)."""
    return isinstance(exc, httpx.ConnectError) and any(isinstance(e, ssl.SSLError) for e in _causes(exc))


def _certificate_failure(exc: BaseException) -> bool:
    return any(isinstance(e, ssl.SSLCertVerificationError) for e in _causes(exc))


def unresolvable(exc: BaseException) -> bool:
    """Whether a connection failed because the host name does not resolve (DNS), looking through the causes."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, socket.gaierror) and seen.errno in (socket.EAI_NONAME, getattr(socket, "EAI_NODATA", -5)):
            return True
        seen = seen.__cause__ or seen.__context__
    return "Name or service not known" in str(exc) or "nodename nor servname" in str(exc)


def name_lookup_failed(exc: BaseException) -> bool:
    """Whether resolving the host name failed for any reason, including a DNS server that did not answer
    (EAI_AGAIN: "Temporary failure in name resolution"), which may be transient and gets one quick retry."""
    return unresolvable(exc) or any(isinstance(e, socket.gaierror) for e in _causes(exc))


def network_error(exc: Exception, request: httpx.Request) -> NetworkError:
    """The typed error for a transport failure of ``request`` (method and path only: no query, no headers).

    The failure's text may quote what the server sent (h11's ``illegal header line: bytearray(b'...')``), and a
    wrong host may echo the request's headers: the credentials the request carried are scrubbed from it and from
    its causes, which a traceback prints with the error."""
    _scrub_cause(exc, _with_sent_credentials(request, ()))
    cls: type[NetworkError]
    if isinstance(exc, httpx.TimeoutException):
        cls = RequestTimeout
    elif isinstance(exc, httpx.ProxyError):
        cls = ProxyFailure
    elif name_lookup_failed(exc):
        cls = HostNotFound
    elif connection_refused(exc):
        cls = ConnectionRefused
    elif tls_failure(exc):
        cls = CertificateError if _certificate_failure(exc) else TLSError
    else:
        cls = NetworkError
    err = cls(
        f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__,
        error_code={
            RequestTimeout: "TIMEOUT",
            HostNotFound: "HOST_NOT_FOUND",
            ConnectionRefused: "CONNECTION_REFUSED",
            TLSError: "TLS_ERROR",
            CertificateError: "CERTIFICATE_NOT_TRUSTED",
            ProxyFailure: "PROXY_ERROR",
        }.get(cls, "NETWORK_ERROR"),
        method=request.method,
        path=request.url.path,
    )
    err._request = request
    return err


class ConfigurationError(Exception):
    """The configuration is missing or contradictory; the message names what and where it looked."""


def ca_bundle_error(verify: bool | str, exc: Exception) -> ConfigurationError:
    """The error for CA certificates that cannot be loaded (``verify=`` a path, or ``SSL_CERT_FILE`` /
    ``SSL_CERT_DIR``, which httpx reads): ssl's own (``[Errno 2] No such file or directory``, ``[X509:
    NO_CERTIFICATE_OR_CRL_FOUND]``) names neither the file nor the setting. Verification stays on: nothing is sent."""
    import os

    if isinstance(verify, str):  # httpx reads the environment only for verify=True
        where = [f"verify={verify!r}"]
    else:
        where = [f"{name}={os.environ[name]!r}" for name in ("SSL_CERT_FILE", "SSL_CERT_DIR") if os.environ.get(name)]
    what = getattr(exc, "strerror", None) or str(exc)
    return ConfigurationError(
        f"cannot load the CA certificates to verify TLS with ({', '.join(where) or 'the default bundle'}): {what}; "
        "give the path of a PEM file (or a directory of them) with the issuing CA"
    )


class OperationFailed(Exception):
    """A waited-for operation ended in a failure state."""


class OperationTimeout(TimeoutError):
    """A waiter ran out of time before the resource reached the wanted state."""

"""Who may talk to the mock: credentials, the Host and Origin checks, and the rules for serving off loopback.

* API routes take ``Authorization: Bearer <token>`` (or Basic ``token:<token>``, as ``curl -n`` sends it) for a
  configured token or one made by ``token/create``, and Basic ``user:password`` for configured passwords.
* The control API (``/__mock/*``) takes a configured token or ``MockConfig.control_token`` only (tokens that API
  callers made for themselves cannot reset the workspace), and refuses a browser's cross-site request.
* Every route answers only to a Host header that names the address the request arrived on, a loopback name or a
  name in ``MockConfig.allowed_hosts``: a web page whose DNS name was rebound to 127.0.0.1 sends its own name as
  Host, so it cannot reach the mock (DNS rebinding; the same check Jupyter and Vite's dev server make).
* Off loopback the documented default token is refused (anyone could read it here) and ``execute_python`` (code
  run as the mock's user) needs ``allow_remote_code_execution``; :func:`exposure_warnings` says what is exposed.
"""

from __future__ import annotations

import base64
import hmac
import ipaddress
from collections.abc import Callable, Collection, Mapping
from urllib.parse import urlsplit

from .errors import ApiError
from .service import DEFAULT_TOKEN, MockConfig

__all__ = [
    "DEFAULT_TOKEN",
    "ExposureError",
    "authenticate",
    "check_arrival",
    "check_control_access",
    "check_exposure",
    "check_host",
    "exposure_warnings",
    "is_loopback",
]


class ExposureError(ValueError):
    """Serving this configuration on this address would expose the machine; the message says what to pass."""


def is_loopback(host: str) -> bool:
    """Whether ``host`` (a name or an IP literal, brackets allowed) is this machine's loopback."""
    name = host.strip().strip("[]").rstrip(".").lower()
    if name == "localhost":
        return True
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return False
    mapped = getattr(address, "ipv4_mapped", None)  # ::ffff:127.0.0.1, as a dual-stack socket reports IPv4 peers
    return address.is_loopback or (mapped is not None and mapped.is_loopback)


def _is_wildcard(host: str) -> bool:
    try:
        return ipaddress.ip_address(host.strip("[]")).is_unspecified
    except ValueError:
        return False


# --- serving off loopback ---------------------------------------------------------------------------------


def check_exposure(config: MockConfig, host: str) -> None:
    """ExposureError if serving ``config`` on ``host`` would hand the network a known credential or a shell."""
    if is_loopback(host):
        return
    if DEFAULT_TOKEN in config.tokens or config.control_token == DEFAULT_TOKEN:
        raise ExposureError(
            f"Refusing to serve on {host}, reachable from other machines, with the documented default token: "
            "anyone could use it. Give a token of your own (--token SECRET, or MockConfig(tokens={SECRET: user}))."
        )
    if not config.tokens and not config.passwords:
        raise ExposureError(f"Refusing to serve on {host} without any credential: give --token SECRET.")
    if config.execute_python and not config.allow_remote_code_execution:
        raise ExposureError(
            f"Refusing to serve --execute-python on {host}: anyone holding a token could run code as this "
            "machine's user. Pass --allow-remote-code-execution (MockConfig.allow_remote_code_execution=True) "
            "if that is what you want, or serve on 127.0.0.1."
        )


def check_arrival(config: MockConfig, server_host: str | None) -> None:
    """403 for a request that arrived on a non-loopback address of this machine while the configuration is not
    fit for one (the app served off loopback by an ASGI server other than MockServer.serve, which checks first)."""
    if not server_host:
        return
    try:
        ipaddress.ip_address(server_host.strip("[]"))
    except ValueError:
        return  # in-process, a URL's host name: no network address
    if is_loopback(server_host):
        return
    try:
        check_exposure(config, server_host)
    except ExposureError as exc:
        raise ApiError.permission_denied(str(exc)) from None


def exposure_warnings(config: MockConfig, host: str) -> list[str]:
    """What serving ``config`` on ``host`` exposes (nothing on loopback)."""
    if is_loopback(host):
        return []
    out = [
        f"listening on {host}, reachable from other machines: anyone holding a --token (or the --control-token) "
        "can call the API and the control API (/__mock/reset wipes the state); requests must name this "
        "machine's address or an --allowed-host as Host."
    ]
    if config.execute_python:
        out.append(
            "--execute-python with --allow-remote-code-execution (MockConfig.execute_python and "
            f"allow_remote_code_execution): anyone on the network holding a token can run code as this machine's "
            f"user through {host}."
        )
    return out


# --- credentials ------------------------------------------------------------------------------------------


def _credential(headers: Mapping[str, str]) -> tuple[str, str, str] | None:
    """(scheme, name, secret) of the Authorization header: ("bearer", "", token) or ("basic", user, password)."""
    scheme, _, cred = headers.get("authorization", "").partition(" ")
    cred = cred.strip()
    if not cred:
        return None
    if scheme.lower() == "bearer":
        return "bearer", "", cred
    if scheme.lower() == "basic":
        try:
            name, _, password = base64.b64decode(cred, validate=True).decode("utf-8").partition(":")
        except (ValueError, UnicodeDecodeError):
            return None
        # An empty password is no credential: with --token "" (or MockConfig(tokens={"": ...})), Basic "token:"
        # opened the API and the control API, off loopback too.
        return ("basic", name, password) if password.strip() else None
    return None


def authenticate(config: MockConfig, headers: Mapping[str, str], lookup: Callable[[str], str | None]) -> str:
    """The user an API request authenticates as; 401 UNAUTHENTICATED otherwise. ``lookup`` finds the owner of a
    token made through the API (token/create)."""
    found = _credential(headers)
    user: str | None = None
    if found is not None:
        scheme, name, secret = found
        if scheme == "bearer" or name == "token":
            user = config.tokens.get(secret) or lookup(secret)
        elif name and name in config.passwords and _same_secret(config.passwords[name], secret):
            user = name
    if user is None:
        message = (
            "Invalid access token."
            if headers.get("authorization")
            else "Missing credentials: send 'Authorization: Bearer <token>'."
        )
        raise ApiError(401, "UNAUTHENTICATED", message)
    return user


def _same_secret(expected: str, given: str) -> bool:
    """A constant-time comparison of UTF-8 bytes: hmac.compare_digest refuses str holding non-ASCII characters
    with a TypeError, which turned any caller's Basic password with an accent into a 500 (and made a configured
    non-ASCII password unusable)."""
    return hmac.compare_digest(expected.encode("utf-8", "surrogatepass"), given.encode("utf-8", "surrogatepass"))


def _control_secret_ok(config: MockConfig, secret: str) -> bool:
    candidates = [*config.tokens, *([config.control_token] if config.control_token else [])]
    # Every candidate is compared (no early exit), in constant time each.
    ok = False
    for candidate in candidates:
        ok |= _same_secret(candidate, secret)
    return ok


def check_control_access(config: MockConfig, headers: Mapping[str, str], server_host: str | None) -> None:
    """The control API's gate: no cross-site browser request, and a configured token or the control token."""
    origin = headers.get("origin")
    if origin is not None and not _origin_allowed(config, origin, headers, server_host):
        raise ApiError.permission_denied(
            f"The control API refuses requests from the web origin {origin!r}: it is not this mock's address."
        )
    if headers.get("sec-fetch-site", "").lower() == "cross-site":
        raise ApiError.permission_denied("The control API refuses cross-site requests (Sec-Fetch-Site: cross-site).")
    found = _credential(headers)
    if found is not None:
        scheme, name, secret = found
        if (scheme == "bearer" or name == "token") and _control_secret_ok(config, secret):
            return
    raise ApiError(
        401,
        "UNAUTHENTICATED",
        "The control API needs a credential: send 'Authorization: Bearer <token>' with one of the mock's "
        "tokens (--token) or its control token (--control-token).",
    )


# --- Host and Origin ----------------------------------------------------------------------------------------


def _host_name(value: str) -> str | None:
    """The host name of a Host header value (``name``, ``name:port``, ``[v6]:port``), lower-cased; None if the
    value is not one."""
    value = value.strip()
    if not value or any(c in value for c in "/@?#\\ "):
        return None
    try:
        parts = urlsplit("//" + value)
        name = parts.hostname
        _ = parts.port  # ValueError for a port that is not a number
    except ValueError:
        return None
    return name.rstrip(".") if name else None


def host_allowed(config: MockConfig, name: str, server_host: str | None, bound: Collection[str] = ()) -> bool:
    """Whether a Host (or Origin) naming ``name`` is for this mock: a loopback name, the address the request
    arrived on, an address the mock was asked to listen on (``bound``: 0.0.0.0 too, as its printed URL says), or
    a name of ``config.allowed_hosts``."""
    if is_loopback(name):
        return True
    if server_host and not _is_wildcard(server_host) and name == server_host.strip("[]").lower():
        return True
    return name in {h.strip("[]").rstrip(".").lower() for h in (*config.allowed_hosts, *bound)}


def check_host(
    config: MockConfig, headers: Mapping[str, str], server_host: str | None, bound: Collection[str] = ()
) -> None:
    """403 PERMISSION_DENIED unless the Host header names this mock (a request without one is HTTP/1.0)."""
    value = headers.get("host")
    if value is None:
        return
    name = _host_name(value)
    if name is None or not host_allowed(config, name, server_host, bound):
        shown = value if len(value) <= 100 else value[:100] + "..."
        raise ApiError.permission_denied(
            f"Host {shown!r} is not an address of this mock: it answers to its bound address, loopback names "
            "and the names in MockConfig.allowed_hosts (--allowed-host NAME). A request naming another host may "
            "come from a web page that rebound its DNS name to this machine, so it is refused."
        )


def _origin_allowed(config: MockConfig, origin: str, headers: Mapping[str, str], server_host: str | None) -> bool:
    """Same origin only: the Origin names the host and port the request was sent to (its Host), which the Host
    check has accepted. A page of another port on localhost is another origin, and refused too."""
    if origin.strip().lower() == "null":
        return False
    try:
        parts = urlsplit(origin.strip())
        name = parts.hostname
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or not name:
        return False
    host = headers.get("host")
    if host is not None:
        return parts.netloc.lower() == host.strip().lower()
    return host_allowed(config, name, server_host)

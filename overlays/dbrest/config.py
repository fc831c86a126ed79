"""Where dbrest finds the workspace and the credentials: arguments > environment > ~/.databrickscfg > ~/.netrc.

The host is taken from the first source that names one. Credentials are taken whole from the first source
that has any and belongs to that host (a token from the environment is never mixed with a password from a
profile): a source that names another host keeps its credentials to itself, so `DATABRICKS_HOST=https://dev...`
never receives the token of a `[DEFAULT]` profile for prod. Naming a profile whose host differs from the host
given by arguments or the environment is a contradiction and an error, as are two kinds of credentials in the
same source and a token sent over plain http to a host that is not this machine, unless explicitly allowed.
"""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

import httpx

from .errors import ConfigurationError

AuthKind = Literal["pat", "basic", "azure"]


@dataclass(frozen=True)
class Config:
    host: str
    auth: AuthKind
    token: str | None = field(default=None, repr=False)
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    azure_sp_management_token: str | None = field(default=None, repr=False)
    azure_workspace_resource_id: str | None = None
    #: Where each value came from, for messages (e.g. {"host": "environment", "credentials": "profile DEFAULT"}).
    sources: dict[str, str] = field(default_factory=dict, compare=False)

    def auth_headers(self) -> dict[str, str]:
        """The credential headers of this configuration: the one builder every request uses (via
        :class:`dbrest.auth.WorkspaceAuth`). Azure's service principal headers go with a bearer token only, as
        databricks-sdk sends them (its azure_service_principal credentials provider); never with Basic auth."""
        import base64

        if self.auth == "basic":
            raw = f"{self.username}:{self.password}".encode()
            return {"Authorization": "Basic " + base64.b64encode(raw).decode("ascii")}
        headers = {"Authorization": f"Bearer {self.token}"}
        if self.azure_sp_management_token:
            headers["X-Databricks-Azure-SP-Management-Token"] = self.azure_sp_management_token
        if self.azure_workspace_resource_id:
            headers["X-Databricks-Azure-Workspace-Resource-Id"] = self.azure_workspace_resource_id
        return headers


@dataclass
class _Source:
    name: str
    host: str | None = None
    token: str | None = None
    username: str | None = None
    password: str | None = None
    azure_sp_management_token: str | None = None
    azure_workspace_resource_id: str | None = None

    def __post_init__(self) -> None:
        # A value read from a file into an environment variable often ends in a newline, and one pasted into a
        # profile or an argument may carry a space: neither can travel in a header. The profile file's values are
        # stripped by configparser already; the other sources the same way (whitespace alone is no credential).
        for name in ("token", "azure_sp_management_token", "azure_workspace_resource_id"):
            value = getattr(self, name)
            setattr(self, name, value.strip() or None if value is not None else None)

    def has_credentials(self) -> bool:
        return bool(self.token or self.username or self.password)


def _check_header_value(value: str | None, what: str, source: str) -> None:
    """ConfigurationError, naming the place but not the value, if ``value`` cannot be sent as a header value.

    httpx refuses such a header with the whole value quoted in its message (``Illegal header value b'Bearer
    dapi...\\n'``), which put the token into the exception, its traceback and the CLI's output, after minutes of
    retries of what looked like a network error; a non-ASCII character was a bare UnicodeEncodeError at each
    request. A PAT, an Azure AD token and an Azure resource id are visible ASCII throughout."""
    if value is None:
        return
    for i, char in enumerate(value):
        if not " " < char <= "~":
            control = char < " " or char == "\x7f"
            kind = "a control character" if control else "a space" if char.isspace() else "a non-ASCII character"
            raise ConfigurationError(
                f"the {what} from the {source} contains {kind} (at character {i + 1}), which cannot be sent in an "
                f"HTTP header: copy the {what} again, without it"
            )


def redact_userinfo(url: str) -> str:
    """``url`` for messages: any ``user:password@`` replaced by ``***@``, the query and fragment dropped (either
    may carry a token)."""
    url = url.split("#", 1)[0].split("?", 1)[0]
    scheme, sep, rest = url.partition("://")
    if not sep:
        scheme, rest = "", url
    netloc, slash, tail = rest.partition("/")
    if "@" in netloc:
        netloc = "***@" + netloc.rpartition("@")[2]
    return f"{scheme}{sep}{netloc}{slash}{tail}"


def normalize_host(host: str, source: str = "the host") -> str:
    """``scheme://host[:port]`` of ``host``; a scheme-less host gets https. Credentials in the URL are refused:
    a URL is printed, logged and shown in reprs, a token in it would leak everywhere."""
    host = host.strip().rstrip("/")
    if "://" not in host:
        host = "https://" + host
    not_a_url = ConfigurationError(
        f"{source}: {redact_userinfo(host)!r} is not a URL like https://adb-123.4.azuredatabricks.net"
    )
    try:
        parts = urlsplit(host)
        _ = parts.port  # ValueError for a port that is no number from 0 to 65535
    except ValueError:
        raise not_a_url from None
    if parts.scheme not in ("http", "https") or not parts.hostname or any(c.isspace() for c in parts.netloc):
        raise not_a_url
    if "@" in parts.netloc:
        raise ConfigurationError(
            f"{source}: the host URL {redact_userinfo(host)!r} carries credentials (user:password@); put the "
            "token in token=..., DATABRICKS_TOKEN or the profile's `token`, and the host without them"
        )
    normalized = f"{parts.scheme}://{parts.netloc}"
    try:  # what httpx, which sends the requests, refuses (an IDNA name that is not one) is refused here, typed
        httpx.URL(normalized)
    except httpx.InvalidURL:
        raise not_a_url from None
    return normalized


def _read_text(path: Path) -> str:
    """The file decoded as UTF-8; a byte that is not raises a ConfigurationError naming the file, line and byte."""
    try:
        data = path.read_bytes()
    except OSError as exc:  # a directory, no permission: say which file and which setting names it
        raise ConfigurationError(
            f"cannot read {path}: {exc.strerror or exc} (set DATABRICKS_CONFIG_FILE or NETRC to a readable file)"
        ) from None
    try:
        return data.decode("utf-8-sig")  # a byte-order mark (Windows editors write one) is not content
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ConfigurationError(
            f"cannot read {path}: it is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}, "
            f"line {line}); save it as UTF-8"
        ) from None


def is_loopback(host: str) -> bool:
    name = urlsplit(host).hostname or ""
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _profile(path: Path, profile: str, explicit: bool) -> _Source | None:
    if not path.exists():
        if explicit:
            raise ConfigurationError(f"profile {profile!r} was asked for, but the config file {path} does not exist")
        return None
    import configparser  # imported here: most programs configure from arguments or the environment

    # DEFAULT is an ordinary profile in ~/.databrickscfg: its keys must not leak into the other profiles.
    parser = configparser.ConfigParser(interpolation=None, default_section="\x00no-default-section")
    text = _read_text(path)
    try:
        parser.read_string(text, source=str(path))
    except configparser.MissingSectionHeaderError as exc:  # quotes the first line, often `token = ...`
        raise ConfigurationError(
            f"cannot parse {path}: line {exc.lineno} comes before any [profile] header; start the file with "
            "[DEFAULT] (or another profile name) above its `host = ...` and `token = ...`"
        ) from None
    except configparser.ParsingError as exc:  # its text quotes the offending lines, which may hold a token
        lines = ", ".join(str(n) for n, _ in exc.errors) or "?"
        raise ConfigurationError(
            f"cannot parse {path}: line {lines} is neither a [profile] header nor `key = value`"
        ) from None
    except configparser.Error as exc:  # duplicate sections/options: names and line numbers, no values
        raise ConfigurationError(f"cannot parse {path}: {exc}") from None
    if not parser.has_section(profile):
        if explicit:
            known = ", ".join(parser.sections()) or "none"
            raise ConfigurationError(f"profile {profile!r} is not in {path} (profiles there: {known})")
        return None
    section = parser[profile]
    return _Source(
        f"profile {profile} in {path}",
        host=section.get("host") or None,
        token=section.get("token") or None,
        username=section.get("username") or None,
        password=section.get("password") or None,
        azure_workspace_resource_id=section.get("azure_workspace_resource_id") or None,
    )


def _netrc(host: str | None, path: Path) -> _Source | None:
    if host is None or not path.exists():
        return None
    import netrc

    _read_text(path)  # a non-UTF-8 byte: an error naming the file and line, not a bare UnicodeDecodeError
    try:
        entries = netrc.netrc(str(path))
    except netrc.NetrcParseError as exc:  # its message quotes the offending token, which may be a secret
        raise ConfigurationError(f"cannot parse {path}: line {exc.lineno} is not valid .netrc syntax") from None
    except OSError as exc:
        raise ConfigurationError(f"cannot read {path}: {exc.strerror or exc}") from None
    name = urlsplit(host).hostname or ""
    found = entries.authenticators(name)
    if not found:
        return None
    # authenticators() falls back to the `default` entry when no machine matches: say which one was used.
    label = f"{path} (machine {name})" if name in entries.hosts else f"{path} (default entry)"
    login, _, password = found
    if login == "token":
        return _Source(label, token=password)
    return _Source(label, username=login, password=password)


def resolve(
    *,
    host: str | None = None,
    token: str | None = None,
    username: str | None = None,
    password: str | None = None,
    profile: str | None = None,
    config_file: str | os.PathLike[str] | None = None,
    azure_sp_management_token: str | None = None,
    azure_workspace_resource_id: str | None = None,
    allow_insecure_http: bool = False,
    environ: dict[str, str] | None = None,
    home: Path | None = None,
) -> Config:
    """Resolve the configuration; raises ConfigurationError naming what is missing and where it looked."""
    env = os.environ if environ is None else environ
    home = home or Path.home()
    profile_explicit = profile is not None or "DATABRICKS_CONFIG_PROFILE" in env
    profile_name = profile or env.get("DATABRICKS_CONFIG_PROFILE") or "DEFAULT"
    cfg_path = Path(config_file or env.get("DATABRICKS_CONFIG_FILE") or home / ".databrickscfg").expanduser()
    sources = [
        _Source(
            "arguments",
            host=host,
            token=token,
            username=username,
            password=password,
            azure_sp_management_token=azure_sp_management_token,
            azure_workspace_resource_id=azure_workspace_resource_id,
        ),
        _Source(
            "environment",
            host=env.get("DATABRICKS_HOST") or None,
            token=env.get("DATABRICKS_TOKEN") or None,
            username=env.get("DATABRICKS_USERNAME") or None,
            password=env.get("DATABRICKS_PASSWORD") or None,
            azure_sp_management_token=env.get("DATABRICKS_AZURE_SP_MANAGEMENT_TOKEN") or None,
            azure_workspace_resource_id=env.get("DATABRICKS_AZURE_RESOURCE_ID") or None,
        ),
    ]
    prof = _profile(cfg_path, profile_name, profile_explicit)
    if prof is not None:
        sources.append(prof)
    looked = [
        "arguments",
        "environment (DATABRICKS_HOST, DATABRICKS_TOKEN, ...)",
        f"profile {profile_name} in {cfg_path}" + ("" if cfg_path.exists() else " (the file does not exist)"),
    ]
    resolved_host = next(((s.host, s.name) for s in sources if s.host), None)
    if resolved_host is None:
        raise ConfigurationError(
            "no Databricks host configured: pass host=..., set DATABRICKS_HOST, or add `host = ...` to "
            f"[{profile_name}] in {cfg_path}. Looked in: " + "; ".join(looked)
        )
    for s in sources:  # every configured host is checked, not only the one used: a token in any URL is a mistake
        if s.host:
            normalize_host(s.host, f"the host from the {s.name}")
    the_host = normalize_host(resolved_host[0])
    if (
        prof is not None
        and profile_explicit
        and prof.host
        and normalize_host(prof.host) != the_host
        and resolved_host[1] != prof.name
    ):
        raise ConfigurationError(
            f"contradictory configuration: {prof.name} is for {normalize_host(prof.host)}, but the host "
            f"{the_host} comes from the {resolved_host[1]}; drop one of them (unset DATABRICKS_HOST or "
            "DATABRICKS_CONFIG_PROFILE, or pass the matching host)"
        )
    netrc_path = Path(env.get("NETRC") or home / ".netrc")
    nrc = _netrc(the_host, netrc_path)
    if nrc is not None:
        sources.append(nrc)
    looked.append(str(netrc_path))
    # Credentials belong to the host of their source: never send one workspace's token to another.
    usable = [s for s in sources if s.host is None or normalize_host(s.host) == the_host]
    withheld = [s for s in sources if s not in usable and s.has_credentials()]
    cred = next((s for s in usable if s.has_credentials()), None)
    if cred is None:
        why = "".join(
            f" The credentials in {s.name} were not used: they are for {normalize_host(str(s.host))}." for s in withheld
        )
        raise ConfigurationError(
            f"no credentials for {the_host}: pass token=... (or username/password), set DATABRICKS_TOKEN, add "
            f"`token = ...` to [{profile_name}] in {cfg_path}, or a `machine` entry to {netrc_path}. "
            "Looked in: " + "; ".join(looked) + "." + why
        )
    if cred.token and (cred.username or cred.password):
        raise ConfigurationError(
            f"contradictory credentials in {cred.name}: both a token and a username/password; keep one of them"
        )
    if not cred.token and not (cred.username and cred.password):
        missing = "password" if cred.username else "username"
        raise ConfigurationError(f"incomplete Basic credentials in {cred.name}: the {missing} is missing")
    _check_header_value(cred.token, "token", cred.name)
    azure_token = azure_rid = None
    for s in usable:
        if azure_token is None and s.azure_sp_management_token:
            azure_token = s.azure_sp_management_token
            _check_header_value(azure_token, "Azure service principal management token", s.name)
        if azure_rid is None and s.azure_workspace_resource_id:
            azure_rid = s.azure_workspace_resource_id
            _check_header_value(azure_rid, "Azure workspace resource id", s.name)
    if the_host.startswith("http://") and not is_loopback(the_host) and not allow_insecure_http:
        raise ConfigurationError(
            f"refusing to send credentials over plain http to {the_host}: use https://, or pass "
            "allow_insecure_http=True if this really is a trusted network"
        )
    auth: AuthKind = "pat" if cred.token else "basic"
    if auth == "pat" and azure_token:
        auth = "azure"
    return Config(
        host=the_host,
        auth=auth,
        token=cred.token,
        username=cred.username if not cred.token else None,
        password=cred.password if not cred.token else None,
        azure_sp_management_token=azure_token,
        azure_workspace_resource_id=azure_rid,
        sources={"host": resolved_host[1], "credentials": cred.name},
    )

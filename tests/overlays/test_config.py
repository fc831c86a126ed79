"""Configuration precedence: arguments > environment > ~/.databrickscfg profile > ~/.netrc, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from dbrest.config import resolve
from dbrest.errors import ConfigurationError


@pytest.fixture
def home(tmp_path: Path) -> Path:
    (tmp_path / ".databrickscfg").write_text(
        "[DEFAULT]\nhost = https://profile-default.example.com\ntoken = dapi-profile-default\n\n"
        "[staging]\nhost = https://profile-staging.example.com\nusername = alice\npassword = pw\n"
    )
    (tmp_path / ".netrc").write_text(
        "machine netrc-host.example.com login token password dapi-netrc\n"
        "machine basic-host.example.com login bob password secret\n"
    )
    return tmp_path


def test_arguments_win(home: Path) -> None:
    env = {"DATABRICKS_HOST": "https://env.example.com", "DATABRICKS_TOKEN": "dapi-env"}
    cfg = resolve(host="https://arg.example.com", token="dapi-arg", environ=env, home=home)
    assert (cfg.host, cfg.token, cfg.auth) == ("https://arg.example.com", "dapi-arg", "pat")
    assert cfg.sources == {"host": "arguments", "credentials": "arguments"}


def test_environment_beats_profile(home: Path) -> None:
    env = {"DATABRICKS_HOST": "env.example.com", "DATABRICKS_TOKEN": "dapi-env"}
    cfg = resolve(environ=env, home=home)
    assert (cfg.host, cfg.token) == ("https://env.example.com", "dapi-env")


def test_profile_default_and_named(home: Path) -> None:
    cfg = resolve(environ={}, home=home)
    assert (cfg.host, cfg.token) == ("https://profile-default.example.com", "dapi-profile-default")
    cfg = resolve(environ={"DATABRICKS_CONFIG_PROFILE": "staging"}, home=home)
    assert (cfg.host, cfg.auth, cfg.username, cfg.password) == (
        "https://profile-staging.example.com",
        "basic",
        "alice",
        "pw",
    )
    cfg = resolve(profile="staging", environ={}, home=home)
    assert cfg.username == "alice"


def test_config_file_from_environment(home: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.cfg"
    other.write_text("[DEFAULT]\nhost = https://other.example.com\ntoken = dapi-other\n")
    cfg = resolve(environ={"DATABRICKS_CONFIG_FILE": str(other)}, home=home)
    assert cfg.token == "dapi-other"


def test_netrc_is_the_last_resort(home: Path) -> None:
    cfg = resolve(host="https://netrc-host.example.com", environ={}, home=home, config_file=home / "none.cfg")
    assert (cfg.auth, cfg.token) == ("pat", "dapi-netrc")
    cfg = resolve(host="https://basic-host.example.com", environ={}, home=home, config_file=home / "none.cfg")
    assert (cfg.auth, cfg.username, cfg.password) == ("basic", "bob", "secret")


def test_env_basic_credentials_and_azure_headers(home: Path) -> None:
    env = {"DATABRICKS_HOST": "https://e.example.com", "DATABRICKS_USERNAME": "u", "DATABRICKS_PASSWORD": "p"}
    cfg = resolve(environ=env, home=home)
    assert cfg.auth_headers()["Authorization"].startswith("Basic ")
    cfg = resolve(
        host="https://adb-1.2.azuredatabricks.net",
        token="aad-token",
        azure_sp_management_token="mgmt",
        azure_workspace_resource_id="/subscriptions/s/resourceGroups/r/providers/Microsoft.Databricks/workspaces/w",
        environ={},
        home=home,
    )
    headers = cfg.auth_headers()
    assert cfg.auth == "azure"
    assert headers["X-Databricks-Azure-SP-Management-Token"] == "mgmt"
    assert headers["X-Databricks-Azure-Workspace-Resource-Id"].endswith("/workspaces/w")


def test_missing_host_names_every_place_looked(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError) as err:
        resolve(environ={}, home=tmp_path)
    text = str(err.value)
    assert "DATABRICKS_HOST" in text and ".databrickscfg" in text and "no Databricks host" in text


def test_missing_credentials_names_every_place_looked(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError) as err:
        resolve(host="https://x.example.com", environ={}, home=tmp_path)
    text = str(err.value)
    assert "DATABRICKS_TOKEN" in text and ".netrc" in text and "no credentials" in text


def test_contradictions_and_incomplete_credentials(home: Path) -> None:
    with pytest.raises(ConfigurationError, match="contradictory"):
        resolve(host="https://x.example.com", token="t", username="u", password="p", environ={}, home=home)
    with pytest.raises(ConfigurationError, match="password is missing"):
        resolve(host="https://x.example.com", username="u", environ={}, home=home)
    with pytest.raises(ConfigurationError, match="not in"):
        resolve(profile="nope", environ={}, home=home)


def test_no_token_over_plain_http_to_remote_hosts(home: Path) -> None:
    with pytest.raises(ConfigurationError, match="plain http"):
        resolve(host="http://remote.example.com", token="dapi-x", environ={}, home=home)
    assert resolve(host="http://remote.example.com", token="t", allow_insecure_http=True, environ={}, home=home)
    assert resolve(host="http://127.0.0.1:8080", token="t", environ={}, home=home).host == "http://127.0.0.1:8080"
    assert resolve(host="http://localhost:1", token="t", environ={}, home=home)


def test_secrets_are_not_in_reprs(home: Path) -> None:
    cfg = resolve(host="https://x.example.com", token="dapi-SECRET", environ={}, home=home)
    assert "dapi-SECRET" not in repr(cfg)
    cfg = resolve(host="https://x.example.com", username="u", password="pw-SECRET", environ={}, home=home)
    assert "pw-SECRET" not in repr(cfg)


def test_a_profile_token_is_never_sent_to_another_host(home: Path) -> None:
    # DATABRICKS_HOST names another workspace: the [DEFAULT] profile's token (for profile-default) stays home.
    with pytest.raises(ConfigurationError) as err:
        resolve(environ={"DATABRICKS_HOST": "https://dev.example.com"}, home=home)
    assert "no credentials for https://dev.example.com" in str(err.value)
    assert "they are for https://profile-default.example.com" in str(err.value)
    assert "dapi-profile-default" not in str(err.value)
    # ... and the right credentials for that host are found where they are (here: ~/.netrc)
    cfg = resolve(environ={"DATABRICKS_HOST": "https://netrc-host.example.com"}, home=home)
    assert (cfg.token, cfg.sources["credentials"]) == (
        "dapi-netrc",
        f"{home / '.netrc'} (machine netrc-host.example.com)",
    )
    # an argument host does not take the environment's token for another host either
    env = {"DATABRICKS_HOST": "https://env.example.com", "DATABRICKS_TOKEN": "dapi-env"}
    cfg = resolve(host="https://netrc-host.example.com", environ=env, home=home)
    assert cfg.token == "dapi-netrc"
    # a token without a host of its own goes with the host that was configured
    cfg = resolve(host="https://arg.example.com", environ={"DATABRICKS_TOKEN": "dapi-env"}, home=home)
    assert (cfg.host, cfg.token) == ("https://arg.example.com", "dapi-env")


def test_a_named_profile_for_another_host_is_a_contradiction(home: Path) -> None:
    with pytest.raises(ConfigurationError, match=r"profile staging in .* is for https://profile-staging\.example\.com"):
        resolve(profile="staging", environ={"DATABRICKS_HOST": "https://dev.example.com"}, home=home)
    env = {"DATABRICKS_CONFIG_PROFILE": "staging", "DATABRICKS_HOST": "https://profile-staging.example.com"}
    assert resolve(environ=env, home=home).username == "alice"  # the same host: no contradiction


def test_profile_beats_netrc_for_the_same_host(tmp_path: Path) -> None:
    (tmp_path / ".databrickscfg").write_text("[DEFAULT]\nhost = https://h.example.com\ntoken = dapi-profile\n")
    (tmp_path / ".netrc").write_text("machine h.example.com login token password dapi-netrc\n")
    cfg = resolve(environ={}, home=tmp_path)
    assert (cfg.token, cfg.sources["credentials"]) == (
        "dapi-profile",
        f"profile DEFAULT in {tmp_path / '.databrickscfg'}",
    )


def test_a_missing_config_file_is_named_as_missing(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match=r"nowhere\.cfg \(the file does not exist\)"):
        resolve(environ={"DATABRICKS_CONFIG_FILE": str(tmp_path / "nowhere.cfg")}, home=tmp_path)


def test_workspace_from_env_uses_the_same_resolution(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import dbrest

    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: home))
    for name in ("DATABRICKS_HOST", "DATABRICKS_TOKEN", "DATABRICKS_CONFIG_FILE", "DATABRICKS_CONFIG_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    ws = dbrest.Workspace.from_env()
    assert ws.config.host == "https://profile-default.example.com" and ws.config.token == "dapi-profile-default"
    ws = dbrest.Workspace.from_env(profile="staging")
    assert (ws.config.host, ws.config.auth) == ("https://profile-staging.example.com", "basic")
    monkeypatch.setenv("DATABRICKS_HOST", "https://netrc-host.example.com")
    assert dbrest.Workspace.from_env().config.token == "dapi-netrc"


# --- issue 14 item 17: secrets in the host URL, .netrc `default`, undecodable files --------------------------------


@pytest.mark.parametrize("url", ["https://token:dapi-in-url@adb.example.com", "https://dapi-in-url@adb.example.com"])
def test_credentials_in_the_host_url_are_refused_without_echoing_them(url: str, home: Path) -> None:
    with pytest.raises(ConfigurationError) as e:
        resolve(host=url, token="dapi-arg", environ={}, home=home)
    assert "dapi-in-url" not in str(e.value)
    assert "user:password@" in str(e.value) and "adb.example.com" in str(e.value)
    # the same from the environment and from a profile: the message names the source, never the secret
    with pytest.raises(ConfigurationError) as e:
        resolve(environ={"DATABRICKS_HOST": url, "DATABRICKS_TOKEN": "t"}, home=home)
    assert "dapi-in-url" not in str(e.value)
    (home / ".databrickscfg").write_text(f"[DEFAULT]\nhost = {url}\ntoken = t\n")
    with pytest.raises(ConfigurationError) as e:
        resolve(environ={}, home=home)
    assert "dapi-in-url" not in str(e.value) and repr("dapi-in-url") not in repr(e.value)


def test_a_bad_host_url_is_reported_without_its_userinfo(home: Path) -> None:
    with pytest.raises(ConfigurationError) as e:
        resolve(host="ftp://u:dapi-secret@adb.example.com", token="t", environ={}, home=home)
    assert "dapi-secret" not in str(e.value)


def test_a_netrc_default_entry_is_labelled_as_the_default(home: Path) -> None:
    (home / ".netrc").write_text("default login token password dapi-default\n")
    cfg = resolve(host="https://anything.example.com", environ={}, home=home, config_file=home / "none.cfg")
    assert cfg.token == "dapi-default"
    assert cfg.sources["credentials"] == f"{home / '.netrc'} (default entry)"
    assert "machine" not in cfg.sources["credentials"]


def test_a_config_file_that_is_not_utf8_names_the_file_and_the_line(home: Path) -> None:
    path = home / ".databrickscfg"
    path.write_bytes(b"[DEFAULT]\nhost = https://a.example.com\ntoken = dapi-\xff\xfe\n")
    with pytest.raises(ConfigurationError) as e:
        resolve(environ={}, home=home)
    text = str(e.value)
    assert str(path) in text and "line 3" in text and "UTF-8" in text
    assert "dapi-" not in text


def test_a_netrc_that_is_not_utf8_names_the_file(home: Path) -> None:
    (home / ".netrc").write_bytes(b"machine h.example.com login token password \xff\n")
    with pytest.raises(ConfigurationError) as e:
        resolve(host="https://h.example.com", environ={}, home=home, config_file=home / "none.cfg")
    assert str(home / ".netrc") in str(e.value) and "line 1" in str(e.value)


def test_parse_errors_name_the_line_but_not_its_secret(home: Path) -> None:
    (home / ".databrickscfg").write_text("[DEFAULT]\nhost = https://a.example.com\ndapi-secret-line\n")
    with pytest.raises(ConfigurationError) as e:
        resolve(environ={}, home=home)
    assert "line 3" in str(e.value) and "dapi-secret-line" not in str(e.value)
    (home / ".netrc").write_text("machine h.example.com login token password dapi-netrc-secret oops\n")
    with pytest.raises(ConfigurationError) as e:
        resolve(host="https://h.example.com", environ={}, home=home, config_file=home / "none.cfg")
    assert "dapi-netrc-secret" not in str(e.value) and "oops" not in str(e.value)


def test_a_bad_host_url_is_reported_without_its_query() -> None:
    with pytest.raises(ConfigurationError) as e:
        resolve(host="ftp://adb.example.com/?token=dapi-in-query", token="t", environ={}, home=Path("/nonexistent"))
    assert "dapi-in-query" not in str(e.value) and "ftp://adb.example.com/" in str(e.value)


def test_a_config_file_with_a_byte_order_mark_is_read(home: Path) -> None:
    (home / ".databrickscfg").write_bytes(b"\xef\xbb\xbf[DEFAULT]\nhost = https://bom.example.com\ntoken = dapi-bom\n")
    assert resolve(environ={}, home=home).host == "https://bom.example.com"


def test_a_config_file_without_a_profile_header_is_a_configuration_error_without_the_token(home: Path) -> None:
    # configparser's MissingSectionHeaderError quotes the first line (often the token) and has no .errors: it was
    # an AttributeError whose traceback carried the token along as its context.
    (home / ".databrickscfg").write_text("token = dapi-headerless-secret\nhost = https://a.example.com\n")
    with pytest.raises(ConfigurationError) as e:
        resolve(environ={}, home=home)
    assert "line 1" in str(e.value) and "[DEFAULT]" in str(e.value)
    assert e.value.__context__ is None or e.value.__suppress_context__
    assert "dapi-headerless-secret" not in str(e.value)


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("DATABRICKS_TOKEN", "dapi-env-secret\n", "dapi-env-secret"),  # $(cat file) keeps no newline; a k8s secret does
        ("DATABRICKS_TOKEN", "  dapi-env-secret \r\n", "dapi-env-secret"),
        ("DATABRICKS_AZURE_SP_MANAGEMENT_TOKEN", "azure-mgmt-secret\n", "azure-mgmt-secret"),
    ],
)
def test_surrounding_whitespace_of_a_credential_is_dropped(
    variable: str, value: str, expected: str, home: Path
) -> None:
    env = {"DATABRICKS_HOST": "https://env.example.com", "DATABRICKS_TOKEN": "dapi-env", variable: value}
    cfg = resolve(environ=env, home=home)
    assert (
        expected
        in cfg.auth_headers()[
            "Authorization" if variable == "DATABRICKS_TOKEN" else "X-Databricks-Azure-SP-Management-Token"
        ]
    )
    assert all(v == v.strip() for v in cfg.auth_headers().values())


@pytest.mark.parametrize(
    ("kw", "profile_text", "kind"),
    [
        ({"token": "dapi-arg\r\nX-Injected: 1"}, "", "a control character"),
        ({"token": "dapi-arg secret"}, "", "a space"),
        ({"token": "dapi-argé-secret"}, "", "a non-ASCII character"),
        ({"token": "dapi-arg-secret", "azure_sp_management_token": "azure\x00secret"}, "", "a control character"),
        (
            {"token": "dapi-arg-secret", "azure_workspace_resource_id": "/sub/x\nX-Injected: 1"},
            "",
            "a control character",
        ),
        # Azure resource group names may hold non-ASCII letters, which httpx cannot send (a UnicodeEncodeError)
        ({"token": "dapi-arg-secret", "azure_workspace_resource_id": "/rg/m\u00fcnchen-secret"}, "", "a non-ASCII"),
        # an indented line continues the value above it: configparser joins them with a newline
        ({}, "[DEFAULT]\nhost = https://a.example.com\ntoken = dapi-profile-secret\n  dapi-second-line\n", "a control"),
    ],
)
def test_a_credential_that_cannot_be_a_header_is_refused_without_echoing_it(
    kw: dict[str, str], profile_text: str, kind: str, home: Path
) -> None:
    # httpx refused such a header with the value quoted in its message: the token ended up in a NetworkError's
    # text (after 7 retries), its traceback and the CLI's output.
    if profile_text:
        (home / ".databrickscfg").write_text(profile_text)
    with pytest.raises(ConfigurationError) as e:
        resolve(host="https://a.example.com" if kw else None, environ={}, home=home, **kw)
    assert kind in str(e.value) and "header" in str(e.value), str(e.value)
    assert not any(part in str(e.value) for part in ("secret", "Injected", "second-line")), str(e.value)


def test_a_credential_with_a_line_break_never_reaches_the_wire(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import dbrest
    import httpx

    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200, json={"clusters": []}))
    monkeypatch.setenv("DATABRICKS_HOST", "https://a.example.com")
    monkeypatch.setenv("DATABRICKS_TOKEN", "dapi0123456789abcdef0123456789abcdef\n")
    ws = dbrest.Workspace(config_file=home / "none.cfg", transport=transport)
    ws.clusters.list()
    assert sent[0].headers["authorization"] == "Bearer dapi0123456789abcdef0123456789abcdef"
    monkeypatch.setenv("DATABRICKS_TOKEN", "dapi0123456789abcdef\n0123456789abcdef")
    with pytest.raises(ConfigurationError) as e:
        dbrest.Workspace(config_file=home / "none.cfg", transport=transport)
    assert "a control character" in str(e.value) and "0123456789abcdef" not in str(e.value)


@pytest.mark.parametrize(
    "url",
    [
        "https://adb.example.com:99999",  # no port
        "https://adb.example.com:80\\.evil.example",  # urllib's hostname is adb.example.com, httpx refuses it
        "https://\u24c1ocalhost",  # not an IDNA name
        "https://adb example.com",
        "https://[::1",
        "https://u:dapi-in-url@adb.example.com:port",
    ],
)
def test_a_host_httpx_would_refuse_is_a_configuration_error(url: str, home: Path) -> None:
    # It was httpx.InvalidURL or a bare ValueError from Workspace(...), or a host with a space passed on as %20.
    with pytest.raises(ConfigurationError) as e:
        resolve(host=url, token="dapi-arg", environ={}, home=home)
    assert "is not a URL like https://" in str(e.value) and "dapi-in-url" not in str(e.value)


def test_hosts_httpx_takes_are_still_taken(home: Path) -> None:
    for url in ("https://adb.example.com:8443", "http://[::1]:8080", "https://b\u00fccher.example"):
        assert resolve(host=url, token="dapi-arg", environ={}, home=home).host == url


def test_a_config_file_that_cannot_be_read_is_a_configuration_error(home: Path) -> None:
    (home / "cfg-dir").mkdir()
    with pytest.raises(ConfigurationError) as e:
        resolve(environ={}, home=home, config_file=home / "cfg-dir")
    assert str(home / "cfg-dir") in str(e.value) and "Is a directory" in str(e.value)
    with pytest.raises(ConfigurationError) as e:
        resolve(host="https://h.example.com", environ={"NETRC": str(home / "cfg-dir")}, home=home)
    assert str(home / "cfg-dir") in str(e.value)

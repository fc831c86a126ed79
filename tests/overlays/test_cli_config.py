"""`dbrest` configuration as Workspace.from_env: --host, --profile, ~/.databrickscfg and ~/.netrc in a temporary
HOME, and --allow-insecure-http / DBREST_ALLOW_INSECURE_HTTP for plain http to a host that is not this machine."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import pytest
from dbrest_mock import MockServer

from tests.overlays import test_cli
from tests.overlays.test_cli import TOKEN, run

served, env = test_cli.served, test_cli.env  # the shared fixtures


@pytest.fixture
def home() -> Path:
    return Path(os.environ["HOME"])


@pytest.fixture
def no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATABRICKS_HOST")
    monkeypatch.delenv("DATABRICKS_TOKEN")


def test_profile_from_databrickscfg(
    capsys: pytest.CaptureFixture[str], served: MockServer, home: Path, no_env: None
) -> None:
    (home / ".databrickscfg").write_text(
        f"[DEFAULT]\nhost = https://adb-1.2.azuredatabricks.net\ntoken = dapi-prod\n\n"
        f"[dev]\nhost = {served.url}\ntoken = {TOKEN}\n"
    )
    code, out, err = run(capsys, "--profile", "dev", "-o", "json", "clusters", "list")
    assert code == 0 and out.strip() == "[]", err
    # after the subcommand too
    code, out, err = run(capsys, "clusters", "list", "--profile", "dev")
    assert code == 0 and out.startswith("cluster_id "), err
    code, _, err = run(capsys, "--profile", "nope", "clusters", "list")
    assert code == 1 and err.startswith("Error: configuration: profile 'nope' is not in") and "DEFAULT, dev" in err
    assert "dapi-prod" not in err and TOKEN not in err


def test_default_profile_and_databricks_config_profile(
    capsys: pytest.CaptureFixture[str], served: MockServer, home: Path, no_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    (home / ".databrickscfg").write_text(f"[DEFAULT]\nhost = {served.url}\ntoken = {TOKEN}\n\n[other]\nhost = x\n")
    code, out, err = run(capsys, "clusters", "list")
    assert code == 0 and out.startswith("cluster_id "), err
    monkeypatch.setenv("DATABRICKS_CONFIG_PROFILE", "other")
    code, _, err = run(capsys, "clusters", "list")
    assert code == 1 and "no credentials for https://x" in err


def test_netrc_gives_the_token_for_the_host(
    capsys: pytest.CaptureFixture[str], served: MockServer, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DATABRICKS_TOKEN")
    netrc = home / ".netrc"
    netrc.write_text(f"machine 127.0.0.1\nlogin token\npassword {TOKEN}\n")
    netrc.chmod(0o600)
    code, out, err = run(capsys, "clusters", "list")
    assert code == 0 and out.startswith("cluster_id "), err


def test_host_flag(capsys: pytest.CaptureFixture[str], served: MockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATABRICKS_HOST")
    code, out, err = run(capsys, "--host", str(served.url), "clusters", "list")
    assert code == 0 and out.startswith("cluster_id "), err
    # a token from the environment of another host is not sent to the --host
    monkeypatch.setenv("DATABRICKS_HOST", "https://adb-1.2.azuredatabricks.net")
    code, _, err = run(capsys, "--host", str(served.url), "clusters", "list")
    assert code == 1 and "The credentials in environment were not used" in err


def _args(**kw: object) -> argparse.Namespace:
    base = {"host": "http://10.1.2.3", "profile": None, "quiet": True, "allow_insecure_http": False}
    return argparse.Namespace(**{**base, **kw})


def test_allow_insecure_http_by_flag_or_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from dbrest import ConfigurationError
    from dbrest.cli import build_parser, workspace

    monkeypatch.delenv("DATABRICKS_HOST")  # the token in the environment then goes with --host
    with pytest.raises(ConfigurationError, match="plain http"):
        workspace(_args())
    assert workspace(_args(allow_insecure_http=True)).config.host == "http://10.1.2.3"
    monkeypatch.setenv("DBREST_ALLOW_INSECURE_HTTP", "1")
    assert workspace(_args()).config.host == "http://10.1.2.3"
    monkeypatch.setenv("DBREST_ALLOW_INSECURE_HTTP", "0")
    with pytest.raises(ConfigurationError):
        workspace(_args())
    parsed = build_parser().parse_args(["fs", "ls", "--allow-insecure-http"])
    assert parsed.allow_insecure_http is True

"""mock_databricks(): a served mock that every client in the process reaches through the environment, which is
restored afterwards; as a context manager, a decorator (sync and async) and the pytest fixture."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import dbrest
import httpx
import pytest
from dbrest_mock import MockConfig, active_mock, mock_databricks
from dbrest_mock.context import CREDENTIAL_VARIABLES
from dbrest_mock.pytest_plugin import DatabricksMock


def test_the_environment_names_the_mock_and_is_restored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABRICKS_HOST", "https://adb-1.2.azuredatabricks.net")
    monkeypatch.setenv("DATABRICKS_TOKEN", "dapi-real")
    monkeypatch.setenv("DATABRICKS_CLIENT_ID", "sp-id")  # would make the SDK see two auth methods
    monkeypatch.delenv("DATABRICKS_CONFIG_FILE", raising=False)
    with mock_databricks() as mock:
        assert os.environ["DATABRICKS_HOST"] == mock.url
        assert os.environ["DATABRICKS_TOKEN"] == mock.token
        config_file = Path(os.environ["DATABRICKS_CONFIG_FILE"])
        assert config_file.read_text() == ""
        assert "DATABRICKS_CLIENT_ID" not in os.environ
        ws = dbrest.Workspace.from_env()
        assert ws.config.host == mock.url
        assert ws.dbfs.get_status(path="/").is_dir
    assert os.environ["DATABRICKS_HOST"] == "https://adb-1.2.azuredatabricks.net"
    assert os.environ["DATABRICKS_TOKEN"] == "dapi-real"
    assert os.environ["DATABRICKS_CLIENT_ID"] == "sp-id"
    assert "DATABRICKS_CONFIG_FILE" not in os.environ
    assert not config_file.exists()


def test_the_mock_stops_on_exit() -> None:
    with mock_databricks() as mock:
        url = mock.url
        assert url is not None
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/__mock/health", timeout=2)


def test_the_environment_is_restored_when_the_body_raises() -> None:
    before = {name: os.environ.get(name) for name in CREDENTIAL_VARIABLES}
    with pytest.raises(RuntimeError, match="boom"), mock_databricks():
        raise RuntimeError("boom")
    assert {name: os.environ.get(name) for name in CREDENTIAL_VARIABLES} == before


def test_contexts_nest_and_the_inner_one_wins() -> None:
    with mock_databricks() as outer:
        with mock_databricks() as inner:
            assert os.environ["DATABRICKS_HOST"] == inner.url
            assert active_mock() is inner
        assert os.environ["DATABRICKS_HOST"] == outer.url
        assert active_mock() is outer


def test_as_a_decorator_each_call_gets_a_fresh_mock() -> None:
    seen: list[str | None] = []

    @mock_databricks(durations="instant")
    def uses_the_mock() -> None:
        mock = active_mock()
        assert mock.config.durations == "instant"
        ws = dbrest.Workspace.from_env()
        ws.http.post("/api/2.0/dbfs/mkdirs", json={"path": "/decorated"})
        assert len(mock.requests.filter(path="/api/2.0/dbfs/mkdirs")) == 1  # nothing from the other call
        seen.append(mock.url)

    uses_the_mock()
    uses_the_mock()
    assert len(seen) == 2 and seen[0] != seen[1]
    with pytest.raises(RuntimeError, match="no mock_databricks"):
        active_mock()


def test_as_a_decorator_of_a_coroutine_function() -> None:
    @mock_databricks()
    async def uses_the_mock() -> bool:
        async with dbrest.AsyncWorkspace.from_env() as aws:
            return bool((await aws.dbfs.get_status(path="/")).is_dir)

    assert asyncio.run(uses_the_mock()) is True


def test_the_configuration_is_not_shared_between_uses() -> None:
    config = MockConfig()
    with mock_databricks(config, durations="fast") as mock:
        assert mock.config.durations == "fast"
    assert config.durations == "realistic"


def test_the_fixture_hands_out_the_controls_and_a_workspace(databricks_mock: DatabricksMock) -> None:
    assert os.environ["DATABRICKS_HOST"] == databricks_mock.url
    ws = databricks_mock.workspace()
    assert ws.clock is databricks_mock.clock
    ws.http.post("/api/2.0/dbfs/mkdirs", json={"path": "/fixture"})
    databricks_mock.requests.assert_called("/api/2.0/dbfs/mkdirs", "POST", body={"path": "/fixture"})
    assert databricks_mock.scenarios is databricks_mock.server.scenarios

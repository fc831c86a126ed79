"""The overlays of today's misc surface: ws.secrets reads values back (get_secret), ws.workspace uploads and
downloads workspace files as well as notebooks (upload/download, as databricks-sdk 0.162.0's WorkspaceExt), and
ws.git_credentials — sync and async alike."""

from __future__ import annotations

import asyncio
import io

import dbrest
import pytest
from dbrest_client.models.git_credentials_create_request import GitCredentialsCreateRequest
from dbrest_client.models.git_credentials_update_request import GitCredentialsUpdateRequest
from dbrest_client.models.secrets_put_request import SecretsPutRequest
from dbrest_client.models.secrets_scopes_create_request import SecretsScopesCreateRequest
from dbrest_mock import MockServer

from tests.conftest import TOKEN, USER

HOME = f"/Users/{USER}"
SOURCE = "# Databricks notebook source\nprint(1)\n"


@pytest.fixture
def ws(mock: MockServer) -> dbrest.Workspace:
    return dbrest.Workspace(host="http://127.0.0.1", token=TOKEN, transport=mock.transport())


def aws(mock: MockServer) -> dbrest.AsyncWorkspace:
    return dbrest.AsyncWorkspace(host="http://127.0.0.1", token=TOKEN, transport=mock.async_transport())


def test_get_secret_decodes_the_value(ws: dbrest.Workspace) -> None:
    ws.secrets.scopes_create(body=SecretsScopesCreateRequest(scope="app"))
    ws.secrets.put(body=SecretsPutRequest(scope="app", key="pw", string_value="s3cr3t-é"))
    assert ws.secrets.get_secret("app", "pw") == "s3cr3t-é".encode()
    assert ws.secrets.get_secret_text("app", "pw") == "s3cr3t-é"
    raw = ws.secrets.get(scope="app", key="pw")  # the generated call stays
    assert raw.key == "pw" and raw.value != "s3cr3t-é"
    with pytest.raises(dbrest.ResourceDoesNotExist):
        ws.secrets.get_secret("app", "missing")


def test_async_get_secret(mock: MockServer, ws: dbrest.Workspace) -> None:
    ws.secrets.scopes_create(body=SecretsScopesCreateRequest(scope="app"))
    ws.secrets.put(body=SecretsPutRequest(scope="app", key="b", bytes_value="AAEC"))

    async def run() -> bytes:
        async with aws(mock) as a:
            return await a.secrets.get_secret("app", "b")

    assert asyncio.run(run()) == b"\x00\x01\x02"


def test_upload_and_download_a_workspace_file(ws: dbrest.Workspace) -> None:
    data = bytes(range(256)) * 5000  # 1.28 MB: more than one download chunk
    ws.workspace.upload(f"{HOME}/blob.bin", io.BytesIO(data), format="RAW")
    info = ws.workspace.get_status(path=f"{HOME}/blob.bin")
    assert str(info.object_type) == "FILE" and info.size == len(data) and info.resource_id == str(info.object_id)
    chunks = list(ws.workspace.download(f"{HOME}/blob.bin"))
    assert len(chunks) > 1 and b"".join(chunks) == data
    with pytest.raises(dbrest.ResourceAlreadyExists):
        ws.workspace.upload(f"{HOME}/blob.bin", b"other", format="RAW")
    ws.workspace.upload(f"{HOME}/blob.bin", b"other", format="RAW", overwrite=True)
    assert b"".join(ws.workspace.download(f"{HOME}/blob.bin", format="RAW")) == b"other"


def test_upload_auto_makes_notebooks_of_notebook_source_and_files_of_the_rest(ws: dbrest.Workspace) -> None:
    ws.workspace.upload(f"{HOME}/job.py", SOURCE)  # format AUTO by default
    ws.workspace.upload(f"{HOME}/util.py", "def f():\n    return 1\n")
    assert str(ws.workspace.get_status(path=f"{HOME}/job").object_type) == "NOTEBOOK"
    assert str(ws.workspace.get_status(path=f"{HOME}/util.py").object_type) == "FILE"
    assert b"".join(ws.workspace.download(f"{HOME}/job")).decode() == SOURCE.rstrip("\n")
    # The notebook helpers keep working beside the file ones.
    assert str(ws.workspace.get_status(path=f"{HOME}/job").language) == "PYTHON"


def test_upload_checks_its_arguments_before_sending(ws: dbrest.Workspace) -> None:
    with pytest.raises(ValueError, match="absolute"):
        ws.workspace.upload("relative.txt", b"x")
    with pytest.raises(ValueError, match="format must be one of"):
        ws.workspace.upload(f"{HOME}/a.txt", b"x", format="ZIP")
    with pytest.raises(ValueError, match="language"):
        ws.workspace.upload(f"{HOME}/a.txt", b"x", format="SOURCE")


def test_async_upload_and_download(mock: MockServer) -> None:
    async def run() -> bytes:
        async with aws(mock) as a:
            await a.workspace.upload(f"{HOME}/data.csv", b"a,b\n1,2\n", format="AUTO")
            return b"".join([chunk async for chunk in a.workspace.download(f"{HOME}/data.csv", format="AUTO")])

    assert asyncio.run(run()) == b"a,b\n1,2\n"


def test_git_credentials_crud(ws: dbrest.Workspace) -> None:
    created = ws.git_credentials.create(
        body=GitCredentialsCreateRequest(git_provider="gitHub", git_username="me", personal_access_token="ghp_x")
    )
    cid = created.credential_id
    assert ws.git_credentials.get(credential_id=cid).git_username == "me"
    with pytest.raises(dbrest.ResourceAlreadyExists):
        ws.git_credentials.create(body=GitCredentialsCreateRequest(git_provider="github", personal_access_token="y"))
    ws.git_credentials.update(
        credential_id=cid, body=GitCredentialsUpdateRequest(git_provider="gitHub", git_username="you")
    )
    listed = ws.git_credentials.list()
    assert [c.git_username for c in listed.credentials] == ["you"]  # type: ignore[union-attr]
    ws.git_credentials.delete(credential_id=cid)
    with pytest.raises(dbrest.ResourceDoesNotExist):
        ws.git_credentials.get(credential_id=cid)


def test_async_git_credentials(mock: MockServer) -> None:
    async def run() -> str:
        async with aws(mock) as a:
            created = await a.git_credentials.create(body=GitCredentialsCreateRequest(git_provider="gitLab"))
            got = await a.git_credentials.get(credential_id=created.credential_id)
            return str(got.git_provider)

    assert asyncio.run(run()) == "gitLab"

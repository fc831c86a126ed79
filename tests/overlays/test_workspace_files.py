"""ws.workspace notebook files: multipart import, direct-download export, and recursive directory copies."""

from __future__ import annotations

import asyncio
import io
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dbrest
import pytest
from dbrest_client.models.workspace_path_request import WorkspacePathRequest
from dbrest_mock import MockServer

from tests.conftest import TOKEN, USER
from tests.overlays.sides import both_workspaces
from tests.overlays.test_commands import Recorder

HOME = f"/Users/{USER}"
SOURCE = "# Databricks notebook source\nprint(1)\n\n# COMMAND ----------\n\nx = 2"


@pytest.fixture(params=["sync", "async"])
def ws(request: pytest.FixtureRequest, mock: MockServer, recorder: Recorder) -> Iterator[Any]:
    """Every test here runs on both clients: the async one seen through tests/overlays/sides.Synced."""
    yield from both_workspaces(request.param, mock, recorder)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_import_file_is_multipart_and_infers_the_language(
    ws: dbrest.Workspace, recorder: Recorder, tmp_path: Path
) -> None:
    src = write(tmp_path / "etl.py", SOURCE)
    ws.workspace.import_file(src, f"{HOME}/etl")
    (kind,) = [ct for _, path, ct in recorder.seen if path == "/api/2.0/workspace/import"]
    assert kind.startswith("multipart/form-data; boundary=")
    info = ws.workspace.get_status(path=f"{HOME}/etl")
    assert str(info.object_type) == "NOTEBOOK" and str(info.language) == "PYTHON"
    out = ws.workspace.export_file(f"{HOME}/etl", tmp_path / "back.py")
    assert out.read_text() == SOURCE


def test_overwrite_is_sent_as_a_boolean_and_honoured(ws: dbrest.Workspace, tmp_path: Path) -> None:
    ws.workspace.import_file(write(tmp_path / "a.sql", "SELECT 1"), f"{HOME}/q")
    second = write(tmp_path / "b.sql", "SELECT 2")
    with pytest.raises(dbrest.ResourceAlreadyExists):
        ws.workspace.import_file(second, f"{HOME}/q")
    assert "SELECT 1" in ws.workspace.export_file(f"{HOME}/q", tmp_path / "q.sql").read_text()
    ws.workspace.import_file(second, f"{HOME}/q", overwrite=True)
    assert "SELECT 2" in ws.workspace.export_file(f"{HOME}/q", tmp_path / "q.sql", overwrite=True).read_text()


def test_formats_and_languages(ws: dbrest.Workspace, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="language="):
        ws.workspace.import_file(write(tmp_path / "notes.txt", "x"), f"{HOME}/notes")
    ws.workspace.import_file(write(tmp_path / "notes.txt", "println(1)"), f"{HOME}/notes", language="scala")
    assert str(ws.workspace.get_status(path=f"{HOME}/notes").language) == "SCALA"
    # An .ipynb is imported as JUPYTER and exported back as one.
    ipynb = ws.workspace.export_file(f"{HOME}/notes", tmp_path / "notes.ipynb", format="JUPYTER")
    ws.workspace.import_file(ipynb, f"{HOME}/copy")
    assert "println(1)" in ws.workspace.export_file(f"{HOME}/copy", tmp_path / "copy.scala").read_text()
    with pytest.raises(ValueError, match="format"):
        ws.workspace.export_file(f"{HOME}/copy", tmp_path / "x", format="PDF")


def test_export_names_files_like_databricks_and_leaves_nothing_on_failure(ws: dbrest.Workspace, tmp_path: Path) -> None:
    ws.workspace.import_file(write(tmp_path / "src" / "etl.py", SOURCE), f"{HOME}/etl")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    assert ws.workspace.export_file(f"{HOME}/etl", out_dir) == out_dir / "etl.py"
    with pytest.raises(FileExistsError, match="overwrite=True"):
        ws.workspace.export_file(f"{HOME}/etl", out_dir / "etl.py", overwrite=False)
    with pytest.raises(dbrest.ResourceDoesNotExist):
        ws.workspace.export_file(f"{HOME}/missing", out_dir / "missing.py")
    assert sorted(p.name for p in out_dir.iterdir()) == ["etl.py"]
    archive = ws.workspace.export_file(HOME, out_dir / "home.dbc", format="DBC")
    assert any(n.endswith("etl.python") for n in zipfile.ZipFile(archive).namelist())


def tree(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): p.read_text() for p in sorted(root.rglob("*")) if p.is_file()}


def make_project(root: Path) -> None:
    write(root / "main.py", SOURCE)
    write(root / "sql" / "report.sql", "-- Databricks notebook source\nSELECT 1")
    write(root / "sql" / "deep" / "job.scala", "// Databricks notebook source\nprintln(1)")
    write(root / "README.md", "not a notebook")
    write(root / ".git" / "hook.py", "hidden")
    (root / "empty").mkdir()


def test_import_dir_then_export_dir_round_trips_the_notebooks(ws: dbrest.Workspace, tmp_path: Path) -> None:
    make_project(tmp_path / "project")
    assert ws.workspace.import_dir(tmp_path / "project", f"{HOME}/project") == 3
    kinds = {o.path: (str(o.object_type), str(o.language or "")) for o in ws.workspace.walk(f"{HOME}/project")}
    assert kinds == {
        f"{HOME}/project/main": ("NOTEBOOK", "PYTHON"),
        f"{HOME}/project/sql": ("DIRECTORY", ""),
        f"{HOME}/project/sql/report": ("NOTEBOOK", "SQL"),
        f"{HOME}/project/sql/deep": ("DIRECTORY", ""),
        f"{HOME}/project/sql/deep/job": ("NOTEBOOK", "SCALA"),
        f"{HOME}/project/empty": ("DIRECTORY", ""),
    }
    assert ws.workspace.export_dir(f"{HOME}/project", tmp_path / "back") == 3
    expected = {k: v for k, v in tree(tmp_path / "project").items() if k.endswith((".py", ".sql", ".scala"))}
    del expected[".git/hook.py"]
    assert tree(tmp_path / "back") == expected
    assert (tmp_path / "back" / "empty").is_dir()


def test_dir_copies_refuse_clashes_before_writing_anything(ws: dbrest.Workspace, tmp_path: Path) -> None:
    write(tmp_path / "clash" / "a.py", "1")
    write(tmp_path / "clash" / "a.sql", "SELECT 1")
    with pytest.raises(ValueError, match="both become the notebook"):
        ws.workspace.import_dir(tmp_path / "clash", f"{HOME}/clash")
    assert not any(o.path == f"{HOME}/clash" for o in ws.workspace.walk(HOME))

    make_project(tmp_path / "project")
    ws.workspace.import_dir(tmp_path / "project", f"{HOME}/project")
    back = tmp_path / "back"
    write(back / "sql" / "report.sql", "local edits")
    with pytest.raises(FileExistsError, match="overwrite=True"):
        ws.workspace.export_dir(f"{HOME}/project", back)
    assert tree(back) == {"sql/report.sql": "local edits"}
    assert ws.workspace.export_dir(f"{HOME}/project", back, overwrite=True) == 3
    assert tree(back)["sql/report.sql"] == "-- Databricks notebook source\nSELECT 1"


def test_async_workspace_files(mock: MockServer, tmp_path: Path) -> None:
    async def scenario() -> None:
        ws = dbrest.AsyncWorkspace(host="http://127.0.0.1", token=TOKEN, transport=mock.async_transport())
        make_project(tmp_path / "project")
        assert await ws.workspace.import_dir(tmp_path / "project", f"{HOME}/p") == 3
        with pytest.raises(dbrest.ResourceAlreadyExists):
            await ws.workspace.import_file(tmp_path / "project" / "main.py", f"{HOME}/p/main")
        await ws.workspace.import_file(io_path(tmp_path), f"{HOME}/p/main", overwrite=True)
        assert await ws.workspace.export_dir(f"{HOME}/p", tmp_path / "back") == 3
        assert (tmp_path / "back" / "main.py").read_text() == "# Databricks notebook source\nprint('new')"
        target = await ws.workspace.export_file(f"{HOME}/p/sql/report", tmp_path)
        assert target == tmp_path / "report.sql"
        await ws.aclose()

    asyncio.run(scenario())


def io_path(tmp_path: Path) -> Path:
    return write(tmp_path / "new.py", "print('new')")


def test_dbc_archives_import_as_folders(ws: dbrest.Workspace, tmp_path: Path) -> None:
    make_project(tmp_path / "project")
    ws.workspace.import_dir(tmp_path / "project", f"{HOME}/project")
    archive = ws.workspace.export_file(f"{HOME}/project", tmp_path / "project.dbc", format="DBC")
    ws.workspace.import_file(archive, f"{HOME}/restored")  # .dbc → format DBC, no language needed
    restored = sorted(o.path.removeprefix(f"{HOME}/restored") for o in ws.workspace.walk(f"{HOME}/restored"))
    assert "/sql/deep/job" in restored and "/main" in restored
    assert zipfile.is_zipfile(io.BytesIO(archive.read_bytes()))


def test_import_dir_refuses_existing_notebooks_before_importing_anything(ws: dbrest.Workspace, tmp_path: Path) -> None:
    make_project(tmp_path / "project")
    ws.workspace.mkdirs(body=WorkspacePathRequest(path=f"{HOME}/p/sql/deep"))
    ws.workspace.upload(
        f"{HOME}/p/sql/deep/job", "-- Databricks notebook source\nSELECT 'mine'", format="SOURCE", language="SQL"
    )
    before = sorted(o.path for o in ws.workspace.walk(f"{HOME}/p"))
    with pytest.raises(dbrest.ResourceAlreadyExists, match=r"/p/sql/deep/job exist in the workspace; nothing was"):
        ws.workspace.import_dir(tmp_path / "project", f"{HOME}/p")
    assert sorted(o.path for o in ws.workspace.walk(f"{HOME}/p")) == before  # main was not imported first
    assert ws.workspace.import_dir(tmp_path / "project", f"{HOME}/p", overwrite=True) == 3


def test_export_dir_refuses_two_objects_with_one_local_name_before_writing_anything(
    ws: dbrest.Workspace, tmp_path: Path
) -> None:
    ws.workspace.mkdirs(body=WorkspacePathRequest(path=f"{HOME}/p"))
    ws.workspace.upload(f"{HOME}/p/first", SOURCE, format="SOURCE", language="PYTHON")  # first.py, written first
    ws.workspace.upload(f"{HOME}/p/a", SOURCE, format="SOURCE", language="PYTHON")  # a.py
    ws.workspace.mkdirs(body=WorkspacePathRequest(path=f"{HOME}/p/a.py"))  # a folder: the directory a.py
    back = tmp_path / "back"
    with pytest.raises(ValueError, match=r"/p/a and .*/p/a\.py would both be exported to"):
        ws.workspace.export_dir(f"{HOME}/p", back, overwrite=True)
    assert not back.exists()  # nothing written, no directory made


def test_export_dir_never_replaces_a_local_directory_or_file_of_another_kind(
    ws: dbrest.Workspace, tmp_path: Path
) -> None:
    ws.workspace.mkdirs(body=WorkspacePathRequest(path=f"{HOME}/p"))
    ws.workspace.mkdirs(body=WorkspacePathRequest(path=f"{HOME}/q/sub"))
    ws.workspace.upload(f"{HOME}/p/first", SOURCE, format="SOURCE", language="PYTHON")
    ws.workspace.upload(f"{HOME}/p/nb", SOURCE, format="SOURCE", language="PYTHON")
    back = tmp_path / "back"
    write(back / "nb.py" / "mine.txt", "a local directory where the notebook would go")
    with pytest.raises(IsADirectoryError, match=r"nb\.py is a local directory"):
        ws.workspace.export_dir(f"{HOME}/p", back, overwrite=True)
    assert tree(back) == {"nb.py/mine.txt": "a local directory where the notebook would go"}  # first.py not written
    ws.workspace.upload(f"{HOME}/q/sub/nb", SOURCE, format="SOURCE", language="PYTHON")
    write(tmp_path / "q" / "sub", "a local file where the folder would go")
    with pytest.raises(NotADirectoryError, match="sub exists and is not a directory"):
        ws.workspace.export_dir(f"{HOME}/q", tmp_path / "q", overwrite=True)
    assert (tmp_path / "q" / "sub").read_text() == "a local file where the folder would go"


def test_export_dir_of_a_notebook_writes_nothing_beside_the_destination(ws: dbrest.Workspace, tmp_path: Path) -> None:
    ws.workspace.upload(f"{HOME}/etl", SOURCE, format="SOURCE", language="PYTHON")
    write(tmp_path / "out.py", "the user's own file beside the destination")
    # listing a notebook answers the notebook itself; its file would have been out/ plus .py: out.py
    with pytest.raises(NotADirectoryError, match="is a NOTEBOOK, not a folder: export it with export_file"):
        ws.workspace.export_dir(f"{HOME}/etl", tmp_path / "out", overwrite=True)
    assert tree(tmp_path) == {"out.py": "the user's own file beside the destination"}


# --- uploads from a stream: sent whole, from the caller's position, also when repeated -------------------------
# The transport repeats an import answered 429 (a rate limit is answered before anything is done), and httpx
# rewinds a file part to 0 before each send; databricks-sdk 0.162.0 (_base_client.py) rewinds a stream to its
# initial position before a retry, and never retries one that cannot seek.


def test_an_upload_from_a_pipe_that_is_rate_limited_is_sent_again_whole(ws: dbrest.Workspace, mock: MockServer) -> None:
    ws.workspace.upload(f"{HOME}/data.csv", b"the previous file\n", format="RAW")
    data = b"a,b\n1,2\n" * 2000  # 16 KB: fits the pipe's buffer, so the writer never blocks
    read_end, write_end = os.pipe()
    os.write(write_end, data)
    os.close(write_end)
    mock.add_fault(path="/api/2.0/workspace/import", status=429, retry_after=0, times=1)
    with os.fdopen(read_end, "rb") as pipe:
        ws.workspace.upload(f"{HOME}/data.csv", pipe, format="RAW", overwrite=True)
    assert b"".join(ws.workspace.download(f"{HOME}/data.csv")) == data  # not b"": the pipe was read once


def test_an_upload_from_a_stream_starts_where_the_stream_stands(ws: dbrest.Workspace, mock: MockServer) -> None:
    stream = io.BytesIO(b"header to skip\na,b\n1,2\n")
    stream.readline()
    mock.add_fault(path="/api/2.0/workspace/import", status=429, retry_after=0, times=1)
    ws.workspace.upload(f"{HOME}/data.csv", stream, format="RAW")
    assert b"".join(ws.workspace.download(f"{HOME}/data.csv")) == b"a,b\n1,2\n"  # as ws.dbfs.upload reads a stream
    assert mock.list_faults()[0].fired == 1


def test_a_pause_of_a_non_blocking_stream_is_not_taken_for_its_end(ws: dbrest.Workspace) -> None:
    from tests.overlays.test_dbfs_writers import _NonBlocking

    ws.workspace.upload(f"{HOME}/data.csv", b"the previous file\n", format="RAW")
    with pytest.raises(BlockingIOError, match="non-blocking"):
        ws.workspace.upload(f"{HOME}/data.csv", _NonBlocking([b"a,b\n", None, b"1,2\n"]), format="RAW", overwrite=True)
    assert b"".join(ws.workspace.download(f"{HOME}/data.csv")) == b"the previous file\n"

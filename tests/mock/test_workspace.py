"""Workspace in the mock: a real tree, notebook formats, limits and error codes (api-inventory §1.6)."""

from __future__ import annotations

import base64
import io
import json
import zipfile

import httpx
import pytest
from dbrest_mock import MockConfig, MockServer

from tests.mock.helpers import ADMIN, USER, b64, users_config

HOME = f"/Users/{ADMIN}"
PY_SOURCE = '# Databricks notebook source\nprint("one")\n\n# COMMAND ----------\n\n# MAGIC %md\n# MAGIC # Title\n\n# COMMAND ----------\n\nx = 2'


@pytest.fixture
def mock_config() -> MockConfig:
    return users_config()


def status(client: httpx.Client, path: str) -> httpx.Response:
    return client.get("/api/2.0/workspace/get-status", params={"path": path})


def export(client: httpx.Client, path: str, fmt: str = "SOURCE") -> bytes:
    r = client.get("/api/2.0/workspace/export", params={"path": path, "format": fmt})
    assert r.status_code == 200, r.text
    return base64.b64decode(r.json()["content"])


def import_(client: httpx.Client, path: str, content: str | bytes, **fields: object) -> httpx.Response:
    return client.post("/api/2.0/workspace/import", json={"path": path, "content": b64(content), **fields})


def test_users_start_with_home_shared_and_repos_folders(client: httpx.Client) -> None:
    listing = client.get("/api/2.0/workspace/list", params={"path": "/"}).json()
    assert [(o["path"], o["object_type"]) for o in listing["objects"]] == [
        ("/Repos", "DIRECTORY"),
        ("/Shared", "DIRECTORY"),
        ("/Users", "DIRECTORY"),
    ]
    users = client.get("/api/2.0/workspace/list", params={"path": "/Users/"}).json()["objects"]
    assert {o["path"] for o in users} == {HOME, f"/Users/{USER}"}
    home = status(client, HOME).json()
    assert home["object_type"] == "DIRECTORY" and isinstance(home["object_id"], int)
    # an empty folder lists as {}
    assert client.get("/api/2.0/workspace/list", params={"path": "/Shared"}).json() == {}


def test_source_import_and_export_keep_the_text_and_header(client: httpx.Client) -> None:
    r = import_(client, f"{HOME}/nb", "1+1", language="SCALA", format="SOURCE")
    assert r.status_code == 200 and r.json() == {}
    # exactly the documented export of a "1+1" Scala notebook (api-inventory E038)
    assert export(client, f"{HOME}/nb") == b"// Databricks notebook source\n1+1"
    info = status(client, f"{HOME}/nb").json()
    assert info["object_type"] == "NOTEBOOK" and info["language"] == "SCALA" and info["path"] == f"{HOME}/nb"
    assert import_(client, f"{HOME}/py", PY_SOURCE, language="PYTHON").status_code == 200
    assert export(client, f"{HOME}/py").decode() == PY_SOURCE
    r = client.get("/api/2.0/workspace/export", params={"path": f"{HOME}/py"})
    assert r.json()["file_type"] == "py"


def test_import_rules(client: httpx.Client) -> None:
    r = import_(client, f"{HOME}/nolang", "x = 1", format="SOURCE")
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE"
    r = import_(client, f"{HOME}/missing/nb", "x = 1", language="PYTHON")
    assert r.status_code == 404 and r.json()["error_code"] == "RESOURCE_DOES_NOT_EXIST"
    for content in ("%%%", "YQ=", "YWJj="):  # not base64, or badly padded: a bad value, not a size limit
        r = client.post(
            "/api/2.0/workspace/import", json={"path": f"{HOME}/bad", "content": content, "language": "PYTHON"}
        )
        assert r.status_code == 400 and r.json() == {
            "error_code": "INVALID_PARAMETER_VALUE",
            "message": f"Invalid base64 data in field content: {content!r}",
        }
    r = client.post("/api/2.0/workspace/import", json={"path": f"{HOME}/bad", "language": "PYTHON"})
    assert r.status_code == 400 and r.json()["message"] == "Missing required field: content"
    r = import_(client, "Users/relative", "x = 1", language="PYTHON")
    assert r.status_code == 400 and r.json()["message"].startswith("Path must be absolute")
    # MIME-style base64 with a line break, as the docs send it (E041)
    r = client.post(
        "/api/2.0/workspace/import",
        json={"path": f"{HOME}/mime", "content": "MSsx\n", "language": "SCALA", "format": "SOURCE"},
    )
    assert r.status_code == 200 and export(client, f"{HOME}/mime").endswith(b"1+1")
    assert client.get("/api/2.0/workspace/get-status", params={"path": f"{HOME}/bad"}).status_code == 404


def test_existing_objects_need_overwrite_and_folders_are_never_replaced(client: httpx.Client) -> None:
    import_(client, f"{HOME}/nb", "one", language="PYTHON")
    object_id = status(client, f"{HOME}/nb").json()["object_id"]
    r = import_(client, f"{HOME}/nb", "two", language="PYTHON")
    assert r.status_code == 400 and r.json()["error_code"] == "RESOURCE_ALREADY_EXISTS"
    assert export(client, f"{HOME}/nb").endswith(b"\none")
    assert import_(client, f"{HOME}/nb", "two", language="SQL", overwrite=True).status_code == 200
    assert export(client, f"{HOME}/nb") == b"-- Databricks notebook source\ntwo"
    assert status(client, f"{HOME}/nb").json()["object_id"] == object_id
    client.post("/api/2.0/workspace/mkdirs", json={"path": f"{HOME}/dir"})
    r = import_(client, f"{HOME}/dir", "x", language="PYTHON", overwrite=True)
    assert r.status_code == 400 and r.json()["error_code"] == "RESOURCE_ALREADY_EXISTS"
    assert status(client, f"{HOME}/dir").json()["object_type"] == "DIRECTORY"


def test_jupyter_export_is_a_real_notebook_and_imports_back(client: httpx.Client) -> None:
    import_(client, f"{HOME}/py", PY_SOURCE, language="PYTHON")
    nb = json.loads(export(client, f"{HOME}/py", "JUPYTER"))
    assert nb["nbformat"] == 4
    assert [c["cell_type"] for c in nb["cells"]] == ["code", "markdown", "code"]
    assert ["".join(c["source"]) for c in nb["cells"]] == ['print("one")', "# Title", "x = 2"]
    assert nb["metadata"]["language_info"]["name"] == "python"
    r = import_(client, f"{HOME}/copy", json.dumps(nb), format="JUPYTER")
    assert r.status_code == 200
    assert export(client, f"{HOME}/copy").decode() == PY_SOURCE
    r = import_(client, f"{HOME}/broken", "{not json", format="JUPYTER")
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE"


def test_html_wraps_the_source_and_imports_back(client: httpx.Client) -> None:
    import_(client, f"{HOME}/scala", "val x = 1 < 2\n\n// COMMAND ----------\n\nprintln(x)", language="SCALA")
    page = export(client, f"{HOME}/scala", "HTML").decode()
    assert page.startswith("<!DOCTYPE html>") and "val x = 1 &lt; 2" in page
    assert import_(client, f"{HOME}/from-html", page, format="HTML").status_code == 200
    assert status(client, f"{HOME}/from-html").json()["language"] == "SCALA"
    assert export(client, f"{HOME}/from-html") == export(client, f"{HOME}/scala")
    r = import_(client, f"{HOME}/plain", "<html>nothing</html>", format="HTML")
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE"


def test_r_markdown_is_for_r_notebooks(client: httpx.Client) -> None:
    import_(client, f"{HOME}/r", "x <- 1\n\n# COMMAND ----------\n\n# MAGIC %md\n# MAGIC Some text", language="R")
    rmd = export(client, f"{HOME}/r", "R_MARKDOWN").decode()
    assert "```{r}\nx <- 1\n```" in rmd and "Some text" in rmd
    assert import_(client, f"{HOME}/r2", rmd, format="R_MARKDOWN").status_code == 200
    assert export(client, f"{HOME}/r2") == export(client, f"{HOME}/r")
    import_(client, f"{HOME}/py", "x = 1", language="PYTHON")
    r = client.get("/api/2.0/workspace/export", params={"path": f"{HOME}/py", "format": "R_MARKDOWN"})
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE"


def test_folders_export_as_dbc_and_a_dbc_import_creates_the_tree(client: httpx.Client) -> None:
    client.post("/api/2.0/workspace/mkdirs", json={"path": f"{HOME}/project/sub/empty"})
    import_(client, f"{HOME}/project/a", "print(1)", language="PYTHON")
    import_(client, f"{HOME}/project/sub/b", "select 1", language="SQL")
    r = client.get("/api/2.0/workspace/export", params={"path": f"{HOME}/project", "format": "HTML"})
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE"
    archive = export(client, f"{HOME}/project", "DBC")
    names = set(zipfile.ZipFile(io.BytesIO(archive)).namelist())
    assert {"project/a.python", "project/sub/b.sql", "project/sub/empty/"} <= names
    r = import_(client, f"{HOME}/restored", archive, format="DBC", overwrite=True)
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE"
    assert import_(client, f"{HOME}/restored", archive, format="DBC").status_code == 200
    assert status(client, f"{HOME}/restored/sub/empty").json()["object_type"] == "DIRECTORY"
    assert export(client, f"{HOME}/restored/a") == export(client, f"{HOME}/project/a")
    assert export(client, f"{HOME}/restored/sub/b") == b"-- Databricks notebook source\nselect 1"
    r = import_(client, f"{HOME}/restored", archive, format="DBC")
    assert r.status_code == 400 and r.json()["error_code"] == "RESOURCE_ALREADY_EXISTS"
    # a notebook's DBC re-imports as a notebook
    single = export(client, f"{HOME}/project/a", "DBC")
    assert import_(client, f"{HOME}/a-copy", single, format="DBC").status_code == 200
    assert status(client, f"{HOME}/a-copy").json()["object_type"] == "NOTEBOOK"
    r = import_(client, f"{HOME}/junk", b"not a zip", format="DBC")
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE"


def test_direct_download_answers_the_raw_file(client: httpx.Client) -> None:
    import_(client, f"{HOME}/nb", "print(1)", language="PYTHON")
    r = client.get(
        "/api/2.0/workspace/export", params={"path": f"{HOME}/nb", "format": "SOURCE", "direct_download": "true"}
    )
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/octet-stream"
    assert r.content == b"# Databricks notebook source\nprint(1)"
    assert "nb.py" in r.headers["content-disposition"]


def test_multipart_import_and_the_10_mb_limit(client: httpx.Client) -> None:
    r = client.post(
        "/api/2.0/workspace/import",
        data={"path": f"{HOME}/mp", "format": "SOURCE", "language": "PYTHON", "overwrite": "false"},
        files={"content": ("mp.py", b"# Databricks notebook source\nprint('mp')", "application/octet-stream")},
    )
    assert r.status_code == 200, r.text
    assert export(client, f"{HOME}/mp") == b"# Databricks notebook source\nprint('mp')"
    big = b"x" * (10 * 1024 * 1024 + 1)
    r = client.post(
        "/api/2.0/workspace/import",
        data={"path": f"{HOME}/big", "language": "PYTHON"},
        files={"content": ("big.py", big, "application/octet-stream")},
    )
    assert r.status_code == 400 and r.json()["error_code"] == "MAX_NOTEBOOK_SIZE_EXCEEDED"
    assert status(client, f"{HOME}/big").status_code == 404


def test_exports_over_10_mb_are_refused(client: httpx.Client) -> None:
    source = b"# Databricks notebook source\n" + b"x" * (8 * 1024 * 1024)
    r = client.post(
        "/api/2.0/workspace/import",
        data={"path": f"{HOME}/large", "language": "PYTHON"},
        files={"content": ("large.py", source, "application/octet-stream")},
    )
    assert r.status_code == 200, r.text
    assert export(client, f"{HOME}/large") == source
    # the HTML page carries the notebook twice (model and text): over 10 MB
    r = client.get("/api/2.0/workspace/export", params={"path": f"{HOME}/large", "format": "HTML"})
    assert r.status_code == 400 and r.json()["error_code"] == "MAX_NOTEBOOK_SIZE_EXCEEDED"


def test_delete_rules(client: httpx.Client) -> None:
    client.post("/api/2.0/workspace/mkdirs", json={"path": f"{HOME}/d/e"})
    import_(client, f"{HOME}/d/e/nb", "x", language="PYTHON")
    r = client.post("/api/2.0/workspace/delete", json={"path": f"{HOME}/d", "recursive": False})
    assert r.status_code == 400 and r.json()["error_code"] == "DIRECTORY_NOT_EMPTY"
    assert status(client, f"{HOME}/d/e/nb").status_code == 200
    assert client.post("/api/2.0/workspace/delete", json={"path": f"{HOME}/d", "recursive": True}).status_code == 200
    assert status(client, f"{HOME}/d/e/nb").status_code == 404
    r = client.post("/api/2.0/workspace/delete", json={"path": f"{HOME}/d"})
    assert r.status_code == 404 and r.json()["error_code"] == "RESOURCE_DOES_NOT_EXIST"
    r = client.post("/api/2.0/workspace/delete", json={"path": "/Shared", "recursive": True})
    assert r.status_code == 403 and r.json()["error_code"] == "PERMISSION_DENIED"


def test_mkdirs_is_mkdir_p_and_refuses_a_notebook_in_the_way(client: httpx.Client) -> None:
    assert client.post("/api/2.0/workspace/mkdirs", json={"path": f"{HOME}/a/b/c"}).status_code == 200
    assert client.post("/api/2.0/workspace/mkdirs", json={"path": f"{HOME}/a/b/c"}).status_code == 200
    listing = client.get("/api/2.0/workspace/list", params={"path": f"{HOME}/a"}).json()
    assert [o["path"] for o in listing["objects"]] == [f"{HOME}/a/b"]
    import_(client, f"{HOME}/a/nb", "x", language="PYTHON")
    for path in (f"{HOME}/a/nb", f"{HOME}/a/nb/sub"):
        r = client.post("/api/2.0/workspace/mkdirs", json={"path": path})
        assert r.status_code == 400 and r.json()["error_code"] == "RESOURCE_ALREADY_EXISTS"
    # list on a notebook returns the notebook
    only = client.get("/api/2.0/workspace/list", params={"path": f"{HOME}/a/nb"}).json()["objects"]
    assert [o["object_type"] for o in only] == ["NOTEBOOK"]


def test_list_filters_notebooks_by_modification_time(client: httpx.Client, mock: MockServer) -> None:
    import_(client, f"{HOME}/old", "x", language="PYTHON")
    cutoff = status(client, f"{HOME}/old").json()["modified_at"]
    mock.advance(60)
    import_(client, f"{HOME}/new", "x", language="PYTHON")
    client.post("/api/2.0/workspace/mkdirs", json={"path": f"{HOME}/folder"})
    listing = client.get("/api/2.0/workspace/list", params={"path": HOME, "notebooks_modified_after": cutoff}).json()
    assert sorted(o["path"] for o in listing["objects"]) == [f"{HOME}/folder", f"{HOME}/new"]


def test_object_ids_are_unique_and_known_to_permissions(client: httpx.Client, mock: MockServer) -> None:
    client.post("/api/2.0/workspace/mkdirs", json={"path": f"{HOME}/dir"})
    import_(client, f"{HOME}/nb", "x", language="PYTHON")
    nb_id = status(client, f"{HOME}/nb").json()["object_id"]
    dir_id = status(client, f"{HOME}/dir").json()["object_id"]
    assert nb_id != dir_id
    ws = mock.env.service("workspace")
    assert ws.has_object("notebooks", str(nb_id)) is True
    assert ws.has_object("notebooks", str(dir_id)) is False
    assert ws.has_object("directories", str(dir_id)) is True
    assert ws.has_object("clusters", str(dir_id)) is None
    client.post("/api/2.0/workspace/delete", json={"path": f"{HOME}/nb"})
    assert ws.has_object("notebooks", str(nb_id)) is False


def test_users_cannot_touch_other_users_folders(client: httpx.Client, user_client: httpx.Client) -> None:
    import_(client, f"{HOME}/private", "x", language="PYTHON")
    r = user_client.get("/api/2.0/workspace/export", params={"path": f"{HOME}/private"})
    assert r.status_code == 403 and r.json()["error_code"] == "PERMISSION_DENIED"
    r = user_client.post("/api/2.0/workspace/mkdirs", json={"path": f"{HOME}/intrusion"})
    assert r.status_code == 403
    r = user_client.post("/api/2.0/workspace/mkdirs", json={"path": "/TopLevel"})
    assert r.status_code == 403
    assert user_client.post("/api/2.0/workspace/mkdirs", json={"path": f"/Users/{USER}/mine"}).status_code == 200
    assert user_client.post("/api/2.0/workspace/mkdirs", json={"path": "/Shared/team"}).status_code == 200


def test_formats_are_case_sensitive(client: httpx.Client) -> None:
    import_(client, f"{HOME}/nb", "x", language="PYTHON")
    r = client.get("/api/2.0/workspace/export", params={"path": f"{HOME}/nb", "format": "source"})
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE"


# --- workspace files, AUTO and RAW (databricks-sdk 0.162.0 ImportFormat/ExportFormat, ObjectInfo) -------------


def test_raw_import_makes_a_file_whatever_it_holds(client: httpx.Client) -> None:
    data = bytes(range(256))
    assert import_(client, f"{HOME}/blob.bin", data, format="RAW").status_code == 200
    assert import_(client, f"{HOME}/nb_like.py", PY_SOURCE, format="RAW").status_code == 200
    info = status(client, f"{HOME}/blob.bin").json()
    assert info["object_type"] == "FILE" and info["size"] == 256
    assert info["resource_id"] == str(info["object_id"])
    assert info["created_at"] == info["modified_at"]
    assert status(client, f"{HOME}/nb_like.py").json()["object_type"] == "FILE"
    for fmt in ("SOURCE", "AUTO", "RAW"):
        assert export(client, f"{HOME}/blob.bin", fmt) == data
    r = client.get("/api/2.0/workspace/export", params={"path": f"{HOME}/blob.bin", "format": "HTML"})
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE"


def test_auto_import_makes_a_notebook_of_notebook_source_and_drops_the_extension(client: httpx.Client) -> None:
    assert import_(client, f"{HOME}/job.py", PY_SOURCE, format="AUTO").status_code == 200
    assert status(client, f"{HOME}/job.py").status_code == 404
    info = status(client, f"{HOME}/job").json()
    assert info["object_type"] == "NOTEBOOK" and info["language"] == "PYTHON"
    sql = "-- Databricks notebook source\nSELECT 1"
    assert import_(client, f"{HOME}/q.sql", sql, format="AUTO").status_code == 200
    assert status(client, f"{HOME}/q").json()["language"] == "SQL"
    # Not notebook source (no header, or the header of another language), or no notebook extension: a file.
    assert import_(client, f"{HOME}/util.py", "def f():\n    return 1\n", format="AUTO").status_code == 200
    assert import_(client, f"{HOME}/wrong.scala", PY_SOURCE, format="AUTO").status_code == 200
    assert import_(client, f"{HOME}/data.csv", "a,b\n1,2\n", format="AUTO").status_code == 200
    for name in ("util.py", "wrong.scala", "data.csv"):
        assert status(client, f"{HOME}/{name}").json()["object_type"] == "FILE", name
    assert export(client, f"{HOME}/util.py", "AUTO") == b"def f():\n    return 1\n"
    # A notebook exported as AUTO or RAW gives its source.
    assert export(client, f"{HOME}/job", "AUTO").decode().startswith("# Databricks notebook source")


def test_auto_import_of_a_jupyter_notebook(client: httpx.Client) -> None:
    ipynb = json.dumps({"cells": [{"cell_type": "code", "source": ["1+1"]}], "metadata": {}, "nbformat": 4})
    assert import_(client, f"{HOME}/analysis.ipynb", ipynb, format="AUTO").status_code == 200
    assert status(client, f"{HOME}/analysis").json()["object_type"] == "NOTEBOOK"


def test_files_are_listed_with_size_and_overwritten_only_when_asked(client: httpx.Client) -> None:
    assert import_(client, f"{HOME}/f.txt", "one", format="RAW").status_code == 200
    r = import_(client, f"{HOME}/f.txt", "two", format="RAW")
    assert r.status_code == 400 and r.json()["error_code"] == "RESOURCE_ALREADY_EXISTS"
    assert export(client, f"{HOME}/f.txt", "RAW") == b"one"
    assert import_(client, f"{HOME}/f.txt", "three", format="RAW", overwrite=True).status_code == 200
    listing = client.get("/api/2.0/workspace/list", params={"path": HOME}).json()["objects"]
    assert [(o["object_type"], o["size"]) for o in listing if o["path"] == f"{HOME}/f.txt"] == [("FILE", 5)]


def test_direct_download_of_a_file_is_its_bytes(client: httpx.Client) -> None:
    assert import_(client, f"{HOME}/report.csv", "x\n1\n", format="RAW").status_code == 200
    r = client.get("/api/2.0/workspace/export", params={"path": f"{HOME}/report.csv", "direct_download": "true"})
    assert r.status_code == 200 and r.content == b"x\n1\n"
    assert r.headers["content-type"] == "application/octet-stream"
    assert "report.csv" in r.headers["content-disposition"]


def test_string_booleans_of_the_docs_examples_are_read_as_booleans(client: httpx.Client) -> None:
    # The docs' own examples (conformance examples 158 and 160, examples.md 2020) send "recursive": "false" and
    # "overwrite": "false"; Databricks reads JSON bodies by protobuf rules and takes them. The mock converts them
    # generically (spec.scalars_from_strings), for every boolean field.
    assert client.post("/api/2.0/workspace/mkdirs", json={"path": f"{HOME}/new/folder"}).status_code == 200
    assert import_(client, f"{HOME}/new/folder/nb", "1+1", format="SOURCE", language="SCALA").status_code == 200
    r = client.post("/api/2.0/workspace/delete", json={"path": f"{HOME}/new/folder", "recursive": "false"})
    assert r.status_code == 400 and r.json()["error_code"] == "DIRECTORY_NOT_EMPTY", r.text
    r = import_(client, f"{HOME}/new/folder/nb", "2+2", format="SOURCE", language="SCALA", overwrite="false")
    assert r.status_code == 400 and r.json()["error_code"] == "RESOURCE_ALREADY_EXISTS", r.text
    r = import_(client, f"{HOME}/new/folder/nb", "2+2", format="SOURCE", language="SCALA", overwrite="true")
    assert r.status_code == 200, r.text
    r = client.post("/api/2.0/workspace/delete", json={"path": f"{HOME}/new/folder", "recursive": "true"})
    assert r.status_code == 200, r.text
    # Other strings stay type errors.
    r = client.post("/api/2.0/workspace/delete", json={"path": HOME, "recursive": "yes"})
    assert r.status_code == 400 and r.json()["error_code"] == "MALFORMED_REQUEST", r.text


def test_a_folder_exports_as_a_zip_of_sources_and_with_auto_its_files(client: httpx.Client) -> None:
    # databricks-sdk 0.162.0 ExportFormat: SOURCE "Directory exports will not include non-notebook entries", AUTO
    # "Directory exports will include notebooks and workspace files".
    assert client.post("/api/2.0/workspace/mkdirs", json={"path": f"{HOME}/proj/sub"}).status_code == 200
    assert import_(client, f"{HOME}/proj/sub/nb", PY_SOURCE, format="SOURCE", language="PYTHON").status_code == 200
    assert import_(client, f"{HOME}/proj/data.csv", "a\n1\n", format="RAW").status_code == 200
    source = zipfile.ZipFile(io.BytesIO(export(client, f"{HOME}/proj", "SOURCE")))
    assert source.namelist() == ["proj/sub/nb.py"]
    assert source.read("proj/sub/nb.py").decode() == PY_SOURCE
    auto = zipfile.ZipFile(io.BytesIO(export(client, f"{HOME}/proj", "AUTO")))
    assert sorted(auto.namelist()) == ["proj/data.csv", "proj/sub/nb.py"]
    assert auto.read("proj/data.csv") == b"a\n1\n"
    r = client.get("/api/2.0/workspace/export", params={"path": f"{HOME}/proj", "format": "JUPYTER"})
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE"


def test_a_zip_of_sources_imported_as_source_without_language_is_a_folder(client: httpx.Client) -> None:
    # databricks-sdk 0.162.0 WorkspaceAPI.import_: "To import a directory, you can use either the DBC format or the
    # SOURCE format with the language field unset."
    assert client.post("/api/2.0/workspace/mkdirs", json={"path": f"{HOME}/proj/sub"}).status_code == 200
    assert import_(client, f"{HOME}/proj/sub/nb", PY_SOURCE, format="SOURCE", language="PYTHON").status_code == 200
    archive = export(client, f"{HOME}/proj", "SOURCE")
    assert import_(client, f"{HOME}/copy", archive, format="SOURCE").status_code == 200
    assert status(client, f"{HOME}/copy/sub").json()["object_type"] == "DIRECTORY"
    assert export(client, f"{HOME}/copy/sub/nb").decode() == PY_SOURCE
    r = import_(client, f"{HOME}/copy", archive, format="SOURCE")
    assert r.status_code == 400 and r.json()["error_code"] == "RESOURCE_ALREADY_EXISTS"
    r = import_(client, f"{HOME}/plain", "print(1)", format="SOURCE")
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE"
    assert status(client, f"{HOME}/plain").status_code == 404


def _zip(entries: dict[str, bytes], method: int = zipfile.ZIP_STORED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buf.getvalue()


def _broken(kind: str, name: str, data: bytes) -> bytes:
    """A one-entry stored zip that zipfile lists but cannot read: a wrong CRC, an encrypted entry, an unknown
    compression method (the offsets are those of the zip format's local and central headers)."""
    raw = bytearray(_zip({name: data}))
    central = raw.find(b"PK\x01\x02")
    if kind == "crc":
        raw[14:18] = raw[central + 16 : central + 20] = b"\0\0\0\0"
    elif kind == "encrypted":
        raw[6] |= 1
        raw[central + 8] |= 1
    else:
        raw[8:10] = raw[central + 10 : central + 12] = (99).to_bytes(2, "little")
    return bytes(raw)


@pytest.mark.parametrize("kind", ["crc", "encrypted", "method"])
def test_an_unreadable_zip_entry_is_an_invalid_parameter(client: httpx.Client, kind: str) -> None:
    # zipfile lists these archives but raises BadZipFile, RuntimeError or NotImplementedError reading the entry:
    # those were 500s.
    r = import_(client, f"{HOME}/z", _broken(kind, "nb.py", b"print(1)"), format="SOURCE")
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE", r.text
    model = json.dumps({"language": "python", "commands": [{"command": "1"}]}).encode()
    r = import_(client, f"{HOME}/d", _broken(kind, "nb.python", model), format="DBC")
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE", r.text
    assert status(client, f"{HOME}/z").status_code == 404 and status(client, f"{HOME}/d").status_code == 404


def test_a_zip_of_sources_is_checked_whole_before_anything_is_stored(client: httpx.Client) -> None:
    # `a.py` and `a/b.py` made a notebook with a child notebook under it (a tree no folder export could come
    # from), and an over-long entry name was stored; the DBC import already refused both before storing.
    r = import_(client, f"{HOME}/z", _zip({"a.py": b"print(1)", "a/b.py": b"print(2)"}), format="SOURCE")
    assert r.status_code == 400 and "both a folder and a notebook" in r.json()["message"], r.text
    r = import_(client, f"{HOME}/z", _zip({"ok.py": b"print(1)", "x" * 300 + ".py": b"print(2)"}), format="SOURCE")
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE", r.text
    assert status(client, f"{HOME}/z").status_code == 404

"""`dbrest workspace`: formats other than SOURCE (JUPYTER, HTML, DBC) both ways, folder exports in the format
asked for, files a directory import leaves out, missing parents, and a trailing slash meaning a directory."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from tests.overlays import test_cli
from tests.overlays.test_cli import run

served, env = test_cli.served, test_cli.env  # the shared fixtures

NOTEBOOK = "# Databricks notebook source\nprint(1)\n\n# COMMAND ----------\n\nprint(2)\n"


def _source_of(capsys: pytest.CaptureFixture[str], path: str, tmp_path: Path) -> str:
    target = tmp_path / "check.py"
    code, _, err = run(capsys, "workspace", "export", "--overwrite", path, str(target))
    assert code == 0, err
    return target.read_text()


@pytest.fixture
def etl(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> str:
    nb = tmp_path / "etl.py"
    nb.write_text(NOTEBOOK)
    assert run(capsys, "workspace", "import", str(nb), "/Shared/etl")[0] == 0
    return "/Shared/etl"


def test_jupyter_export_and_import(capsys: pytest.CaptureFixture[str], tmp_path: Path, etl: str) -> None:
    ipynb = tmp_path / "etl.ipynb"
    code, _, err = run(capsys, "workspace", "export", "--format", "JUPYTER", etl, str(ipynb))
    assert code == 0, err
    doc = json.loads(ipynb.read_text())
    assert [c["source"] for c in doc["cells"]] == [["print(1)"], ["print(2)"]]
    code, _, err = run(capsys, "workspace", "import", str(ipynb), "/Shared/from-jupyter")  # JUPYTER by extension
    assert code == 0, err
    assert "print(1)" in _source_of(capsys, "/Shared/from-jupyter", tmp_path)


def test_html_export_and_import(capsys: pytest.CaptureFixture[str], tmp_path: Path, etl: str) -> None:
    page = tmp_path / "etl.html"
    code, _, err = run(capsys, "workspace", "export", "--format", "HTML", etl, str(page))
    assert code == 0 and page.read_text().startswith("<!DOCTYPE html>"), err
    code, _, err = run(capsys, "workspace", "import", "--format", "HTML", str(page), "/Shared/from-html")
    assert code == 0, err
    assert "print(2)" in _source_of(capsys, "/Shared/from-html", tmp_path)


def test_dbc_export_of_a_folder_and_import(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    (tree / "sub").mkdir(parents=True)
    (tree / "a.py").write_text("print('a')\n")
    (tree / "sub" / "b.sql").write_text("SELECT 1\n")
    assert run(capsys, "workspace", "import", str(tree), "/Shared/tree")[0] == 0
    archive = tmp_path / "tree.dbc"
    code, _, err = run(capsys, "workspace", "export", "--format", "DBC", "/Shared/tree", str(archive))
    assert code == 0, err
    assert zipfile.is_zipfile(archive)
    code, _, err = run(capsys, "workspace", "import", str(archive), "/Shared/restored")  # DBC by extension
    assert code == 0, err
    back = tmp_path / "restored"
    code, _, err = run(capsys, "workspace", "export", "/Shared/restored", str(back))
    assert code == 0, err
    files = sorted(str(p.relative_to(back)) for p in back.rglob("*") if p.is_file())
    assert [f.split("/")[-1] for f in files] == ["a.py", "b.sql"], files


def test_folder_export_honours_the_format_for_every_notebook(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    tree = tmp_path / "tree"
    (tree / "sub").mkdir(parents=True)
    (tree / "a.py").write_text("print('a')\n")
    (tree / "sub" / "b.sql").write_text("SELECT 1\n")
    assert run(capsys, "workspace", "import", str(tree), "/Shared/tree")[0] == 0
    for fmt, ext in (("JUPYTER", ".ipynb"), ("HTML", ".html")):
        out = tmp_path / fmt
        code, _, err = run(capsys, "workspace", "export", "--format", fmt, "/Shared/tree", str(out))
        assert code == 0 and f"exported 2 notebooks to {out} ({fmt})" in err, err
        files = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
        assert files == [f"a{ext}", f"sub/b{ext}"]
    assert "cells" in json.loads((tmp_path / "JUPYTER" / "a.ipynb").read_text())


def test_directory_import_says_which_files_it_skipped(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    wsd = tmp_path / "wsd"
    (wsd / "docs").mkdir(parents=True)
    (wsd / ".git").mkdir()
    (wsd / ".git" / "config").write_text("x")
    (wsd / "etl.py").write_text("print(1)\n")
    (wsd / "readme.txt").write_text("hi\n")
    (wsd / "docs" / "data.csv").write_text("a,b\n")
    code, _, err = run(capsys, "workspace", "import", str(wsd), "/Shared/wsd")
    assert code == 0
    assert err.splitlines() == [
        f"warning: skipped {wsd / 'readme.txt'}: not a notebook (the Workspace API imports .py .scala .sql .r "
        ".ipynb files)",
        f"warning: skipped {wsd / 'docs' / 'data.csv'}: not a notebook (the Workspace API imports .py .scala .sql "
        ".r .ipynb files)",
        "imported 1 notebook into /Shared/wsd",
    ]
    # the warnings stay with --quiet; the note goes
    code, _, err = run(capsys, "-q", "workspace", "import", "--overwrite", str(wsd), "/Shared/wsd")
    assert code == 0 and len(err.splitlines()) == 2 and "imported" not in err
    code, _, err = run(capsys, "workspace", "import", "--format", "JUPYTER", str(wsd), "/Shared/wsd")
    assert code == 2 and "a directory import takes each file's format" in err


def test_single_file_import_creates_missing_parents_like_a_directory_import(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    nb = tmp_path / "f.py"
    nb.write_text("print(1)\n")
    code, _, err = run(capsys, "workspace", "import", str(nb), "/Shared/new/deeper/f")
    assert code == 0, err
    assert "print(1)" in _source_of(capsys, "/Shared/new/deeper/f", tmp_path)
    code, _, err = run(capsys, "workspace", "import", str(tmp_path / "missing.py"), "/Shared/x")
    assert code == 1 and "missing.py: no such file or directory" in err


def test_export_to_a_trailing_slash_creates_the_directory(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, etl: str
) -> None:
    outd = tmp_path / "outd"
    code, _, err = run(capsys, "workspace", "export", etl, f"{outd}/")
    assert code == 0, err
    assert outd.is_dir() and (outd / "etl.py").read_text().startswith("# Databricks notebook source")
    code, _, err = run(capsys, "workspace", "export", etl, f"{outd}/")
    assert code == 1 and "pass --overwrite" in err
    # without the slash, into a new file of that name
    code, _, err = run(capsys, "workspace", "export", etl, str(tmp_path / "missing" / "etl-copy.py"))
    assert code == 0 and (tmp_path / "missing" / "etl-copy.py").is_file(), err


def test_export_to_an_existing_file_needs_overwrite(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, etl: str
) -> None:
    """Like fs cp: a local file is replaced only with --overwrite (the library's export_file defaults to refusing)."""
    local = tmp_path / "etl.py"
    local.write_text("keep me")
    code, _, err = run(capsys, "workspace", "export", etl, str(local))
    assert code == 1 and err == f"Error: {local} exists; pass --overwrite to replace it\n"
    assert local.read_text() == "keep me"
    code, _, err = run(capsys, "workspace", "export", "--overwrite", etl, str(local))
    assert code == 0 and "print(1)" in local.read_text(), err


def test_export_dir_of_a_notebook_says_to_use_export_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, etl: str
) -> None:
    beside = tmp_path / "out.py"
    beside.write_text("keep me")
    code, _, err = run(capsys, "workspace", "export-dir", "--overwrite", etl, str(tmp_path / "out"))
    assert code == 1 and err == f"Error: {etl} is not a folder: export it with `dbrest workspace export {etl} FILE`\n"
    assert beside.read_text() == "keep me" and not (tmp_path / "out").exists()


def test_import_of_a_tree_names_the_symlinks_it_skips(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    src = tmp_path / "tree"
    src.mkdir()
    (src / "a.py").write_text("print('a')\n")
    (src / "loop").symlink_to(src)
    code, _, err = run(capsys, "-q", "workspace", "import", str(src), "/Shared/linked")
    assert code == 0
    assert err == f"warning: skipping {src / 'loop'}: a symlink to {src}, a directory being copied (a loop)\n"

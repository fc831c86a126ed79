"""generator/unasync_overlays.py: the sync overlays are generated from the async ones, and a stale twin fails
``make check-generated`` (generate.py --check runs the same check)."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "generator"))

import unasync_overlays  # noqa: E402


def test_the_committed_sync_overlays_are_up_to_date() -> None:
    assert unasync_overlays.drift() == []


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A copy of _async/ and a fresh generation of its _sync/, the generator pointed at them."""
    src, dst = tmp_path / "_async", tmp_path / "_sync"
    shutil.copytree(unasync_overlays.ASYNC, src, ignore=shutil.ignore_patterns("__pycache__"))
    dst.mkdir()
    shutil.copy(unasync_overlays.SYNC / "_backend.py", dst / "_backend.py")
    monkeypatch.setattr(unasync_overlays, "ASYNC", src)
    monkeypatch.setattr(unasync_overlays, "SYNC", dst)
    monkeypatch.setattr(unasync_overlays, "ROOT", tmp_path)
    unasync_overlays.write()
    return src, dst


def test_a_fresh_generation_matches_the_committed_one(tree: tuple[Path, Path]) -> None:
    _, dst = tree
    for path in sorted(dst.glob("*.py")):
        committed = ROOT / "overlays" / "dbrest" / "_sync" / path.name
        assert path.read_text() == committed.read_text(), path.name


def test_a_stale_or_edited_twin_fails_the_check(tree: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    src, dst = tree
    assert unasync_overlays.check() == 0
    # An edit of the async source not regenerated: the twin differs.
    source = src / "secrets.py"
    source.write_text(source.read_text().replace("decoded as text", "decoded as a str"))
    # A hand edit of a generated file, a new source never generated, a twin whose source is gone.
    (dst / "libraries.py").write_text((dst / "libraries.py").read_text() + "# edited by hand\n")
    (src / "extra.py").write_text('"""A new overlay."""\n')
    (dst / "gone.py").write_text("# generated from _async/gone.py by generator/unasync_overlays.py; do not edit\n")
    assert unasync_overlays.check() == 1
    err = capsys.readouterr().err
    for line in [
        "_sync/secrets.py (differs",
        "_sync/libraries.py (differs",
        "_sync/extra.py (missing)",
        "_sync/gone.py (stale",
    ]:
        assert line in err, err
    assert "_backend.py" not in err  # written by hand in both modes: never generated, never stale
    unasync_overlays.write()
    assert unasync_overlays.check() == 0
    assert not (dst / "gone.py").exists()
    assert "decoded as a str" in (dst / "secrets.py").read_text()


def test_generated_files_say_where_they_come_from_and_are_not_converted_by_hand() -> None:
    sync = ROOT / "overlays" / "dbrest" / "_sync"
    for path in sorted(sync.glob("*.py")):
        first = path.read_text().splitlines()[0]
        if path.name == "_backend.py":
            assert not first.startswith("# generated")
            continue
        assert first == f"# generated from _async/{path.name} by generator/unasync_overlays.py; do not edit"
        tree = ast.parse(path.read_text())
        asynchronous = (ast.AsyncFunctionDef, ast.Await, ast.AsyncFor, ast.AsyncWith)
        assert not [n for n in ast.walk(tree) if isinstance(n, asynchronous)], path.name
        names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)} | {
            n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)
        }
        assert not {n for n in names if n.startswith("Async") or n in ("asyncio", "aclose")}, path.name


def test_generate_py_check_covers_the_twins() -> None:
    """``make check-generated`` is ``generate.py --check``: it must run this check too (not only the client's)."""
    text = (ROOT / "generator" / "generate.py").read_text()
    assert "unasync_overlays.check()" in text and "unasync_overlays.write()" in text
    done = subprocess.run(
        [sys.executable, str(ROOT / "generator" / "unasync_overlays.py"), "--check"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("first", ["dbrest._sync.dbfs", "dbrest._async.commands", "dbrest._sync._backend"])
def test_a_twin_imported_first_still_finds_what_its_public_module_shares(first: str) -> None:
    """The public modules import the twins at their end; ``_async/__init__`` loads them first, so importing a twin
    directly (before its public module) works too."""
    code = f"import {first}; from dbrest.dbfs import DbfsService; from dbrest.commands import AsyncCommandsService"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("h = (await self.create(body=b)).handle\n", "h = await self.create(body=b).handle\n"),
        ("return bool((await self.get(path=p)).is_dir)\n", "return bool(await self.get(path=p).is_dir)\n"),
        ("x = (await f())[0]\n", "x = await f()[0]\n"),
        ("print(await f())\n", "print(await f())\n"),  # a call's parentheses stay
        ("x = (await a + b).c\n", "x = (await a + b).c\n"),  # an operator inside: the grouping matters
        ("x = (await a if c else b).d\n", "x = (await a if c else b).d\n"),
        ("x = f(a)(await g()).h\n", "x = f(a)(await g()).h\n"),
    ],
)
def test_only_grouping_parentheses_around_a_plain_await_are_dropped(source: str, expected: str) -> None:
    """So the sync twin reads ``self.create(...).handle``, as one would write it, not ``(self.create(...)).handle``."""
    assert unasync_overlays.ungroup_awaits(source) == expected

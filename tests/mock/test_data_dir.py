"""``MockConfig(data_dir=...)`` may point at a directory that holds other files: the mock keeps its own files in a
fresh subdirectory it creates there, and reset and stop delete only that (never ``dbfs/``, ``commands/`` or
``uploads/`` folders it did not create)."""

from __future__ import annotations

import io
from pathlib import Path

import dbrest
from dbrest_mock import MockConfig, MockServer

from tests.conftest import TOKEN, USER


def user_files(root: Path) -> dict[str, bytes]:
    files = {"dbfs/keep.bin": b"user dbfs", "commands/keep.txt": b"user commands", "uploads/u": b"u", "notes": b"n"}
    for rel, data in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    return files


def tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_reset_and_stop_delete_only_what_the_mock_created(tmp_path: Path) -> None:
    files = user_files(tmp_path)
    mock = MockServer(MockConfig(tokens={TOKEN: USER}, data_dir=tmp_path))
    ws = dbrest.Workspace(host="http://127.0.0.1", token=TOKEN, transport=mock.transport())
    ws.dbfs.upload(io.BytesIO(b"remote"), "/x.bin")
    own = mock.env.data_dir
    assert own.parent == tmp_path and own.name.startswith("dbrest-mock-")
    assert tree(tmp_path) == {**files, **{str(p.relative_to(tmp_path)): b"remote" for p in own.rglob("blob-*")}}
    mock.reset()
    assert tree(tmp_path) == files
    ws.dbfs.upload(io.BytesIO(b"again"), "/x.bin")
    mock.stop()
    assert tree(tmp_path) == files
    assert not own.exists()


def test_two_mocks_can_share_a_data_dir(tmp_path: Path) -> None:
    a = MockServer(MockConfig(tokens={TOKEN: USER}, data_dir=tmp_path))
    b = MockServer(MockConfig(tokens={TOKEN: USER}, data_dir=tmp_path))
    try:
        ws = dbrest.Workspace(host="http://127.0.0.1", token=TOKEN, transport=a.transport())
        ws.dbfs.upload(io.BytesIO(b"kept"), "/x.bin")
        b.reset()
        b.stop()
        assert a.env.service("dbfs").file_bytes("/x.bin") == b"kept"  # type: ignore[attr-defined]
    finally:
        a.stop()
    assert list(tmp_path.iterdir()) == []

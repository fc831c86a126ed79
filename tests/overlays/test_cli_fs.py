"""`dbrest fs`: progress bars (terminal only, not with --quiet), --quiet, remote paths, downloads with and without
--overwrite, empty directories, and a closed stdout (`| head`)."""

from __future__ import annotations

import io
import os
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from dbrest.cli import main
from dbrest_mock import MockServer

from tests.overlays import test_cli
from tests.overlays.test_cli import run

served, env = test_cli.served, test_cli.env  # the shared fixtures

MB = 1024 * 1024


@pytest.fixture
def big(tmp_path: Path) -> Path:
    f = tmp_path / "big.bin"
    f.write_bytes(os.urandom(3 * MB + 7))
    return f


def _pretend_stderr_is_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)


ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def shown(err: str) -> str:
    """What a terminal would show of the last frame: escape sequences dropped, the last \\r-rewritten line."""
    return ANSI.sub("", err).rstrip("\n").split("\r")[-1]


def test_progress_bar_on_a_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, big: Path, tmp_path: Path
) -> None:
    _pretend_stderr_is_a_terminal(monkeypatch)
    code, out, err = run(capsys, "fs", "cp", str(big), "dbfs:/p/big.bin")
    assert code == 0 and out == ""
    # name, bar, bytes done/total, rate and time left (rich's DownloadColumn, TransferSpeedColumn, TimeRemaining)
    assert re.fullmatch(r"big\.bin ━+ 3\.1/3\.1 MB [0-9.]+ [kMG]?B/s 0:00:00", shown(err)), repr(shown(err))
    code, _, err = run(capsys, "fs", "cp", "dbfs:/p/big.bin", str(tmp_path / "back.bin"))
    assert code == 0 and (tmp_path / "back.bin").read_bytes() == big.read_bytes()
    assert re.fullmatch(r"back\.bin ━+ 3\.1/3\.1 MB [0-9.]+ [kMG]?B/s 0:00:00", shown(err)), repr(shown(err))


def test_a_small_file_shows_its_bytes_not_zero_megabytes(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    small = tmp_path / "small.txt"
    small.write_bytes(b"x" * 1500)
    _pretend_stderr_is_a_terminal(monkeypatch)
    code, _, err = run(capsys, "fs", "cp", str(small), "dbfs:/p/small.txt")
    assert code == 0 and "0.0/0.0" not in err
    assert re.match(r"small\.txt ━+ 1\.5/1\.5 kB ", shown(err)), repr(shown(err))


def test_a_recursive_copy_shows_a_total(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    src = tmp_path / "tree"
    (src / "sub").mkdir(parents=True)
    (src / "a.bin").write_bytes(b"a" * 2000)
    (src / "sub" / "b.bin").write_bytes(b"b" * 3000)
    _pretend_stderr_is_a_terminal(monkeypatch)
    code, _, err = run(capsys, "fs", "cp", "-r", str(src), "dbfs:/tree")
    assert code == 0
    frames = ANSI.sub("", err)
    assert "a.bin" in frames and "sub/b.bin" in frames  # each file has its row while it is copied
    assert re.search(r"total ━+ 5\.0/5\.0 kB ", frames), frames  # and the total stays
    back = tmp_path / "back"
    code, _, err = run(capsys, "fs", "cp", "-r", "dbfs:/tree", str(back))
    assert code == 0 and re.search(r"total ━+ 5\.0/5\.0 kB ", ANSI.sub("", err)), err


def test_no_progress_bar_with_quiet_even_on_a_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, big: Path
) -> None:
    _pretend_stderr_is_a_terminal(monkeypatch)
    code, _, err = run(capsys, "-q", "fs", "cp", str(big), "dbfs:/p/big.bin")
    assert code == 0 and err == ""


def test_no_progress_bar_when_not_a_terminal(capsys: pytest.CaptureFixture[str], big: Path) -> None:
    assert not sys.stderr.isatty()
    code, _, err = run(capsys, "fs", "cp", str(big), "dbfs:/p/big.bin")
    assert code == 0 and err == ""


def test_quiet_drops_the_notes(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "a").write_text("a")
    code, _, err = run(capsys, "fs", "cp", "-r", str(src), "dbfs:/q")
    assert code == 0 and err == "copied 1 file to dbfs:/q\n"
    code, _, err = run(capsys, "--quiet", "fs", "cp", "-r", "--overwrite", str(src), "dbfs:/q")
    assert code == 0 and err == ""
    # an error is still printed
    code, _, err = run(capsys, "-q", "fs", "ls", "dbfs:/nothing")
    assert code == 1 and err.startswith("Error: HTTP 404 RESOURCE_DOES_NOT_EXIST")


def test_remote_only_commands_take_dbfs_and_absolute_paths_and_refuse_relative_ones(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(capsys, "fs", "mkdirs", "/r/a")[0] == 0
    assert run(capsys, "fs", "mkdirs", "dbfs:/r/b")[0] == 0
    code, out, _ = run(capsys, "fs", "ls", "/r")
    assert code == 0 and out.split() == ["a/", "b/"]
    for argv in (["ls", "nope"], ["cat", "x.txt"], ["rm", "-r", "r"], ["mkdirs", "dbfs:r/c"], ["mv", "/r/a", "r/d"]):
        code, out, err = run(capsys, "fs", *argv)
        assert code == 2 and out == "" and "DBFS paths are absolute" in err, (argv, err)
    code, _, err = run(capsys, "fs", "ls", "nope")
    assert "write dbfs:/nope or /nope" in err
    code, _, err = run(capsys, "fs", "cp", "x", "dbfs:relative")
    assert code == 2 and "DBFS paths are absolute: write dbfs:/relative" in err


def test_download_needs_overwrite_to_replace_a_local_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("new contents")
    assert run(capsys, "fs", "cp", str(src), "dbfs:/dl/a.txt")[0] == 0
    local = tmp_path / "local.txt"
    local.write_text("old")
    code, _, err = run(capsys, "fs", "cp", "dbfs:/dl/a.txt", str(local))
    assert code == 1 and err == f"Error: {local} exists; pass --overwrite to replace it\n"
    assert local.read_text() == "old"
    code, _, err = run(capsys, "fs", "cp", "--overwrite", "dbfs:/dl/a.txt", str(local))
    assert code == 0 and local.read_text() == "new contents", err
    # into a directory (a trailing slash: created if missing), keeping the name
    code, _, err = run(capsys, "fs", "cp", "dbfs:/dl/a.txt", str(tmp_path / "newdir") + "/")
    assert code == 0 and (tmp_path / "newdir" / "a.txt").read_text() == "new contents", err
    code, _, err = run(capsys, "fs", "cp", "dbfs:/dl/a.txt", str(tmp_path / "newdir"))
    assert code == 1 and "newdir/a.txt exists; pass --overwrite" in err


def test_recursive_upload_keeps_empty_directories(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    src = tmp_path / "tree"
    (src / "empty").mkdir(parents=True)
    (src / "full" / "nested-empty").mkdir(parents=True)
    (src / "full" / "f.txt").write_text("f")
    code, _, err = run(capsys, "fs", "cp", "-r", str(src), "dbfs:/t")
    assert code == 0, err
    assert run(capsys, "fs", "ls", "dbfs:/t")[1].split() == ["empty/", "full/"]
    assert run(capsys, "fs", "ls", "dbfs:/t/full")[1].split() == ["f.txt", "nested-empty/"]
    back = tmp_path / "back"
    assert run(capsys, "fs", "cp", "-r", "dbfs:/t", str(back))[0] == 0
    assert sorted(str(p.relative_to(back)) for p in back.rglob("*")) == [
        "empty",
        "full",
        "full/f.txt",
        "full/nested-empty",
    ]


@pytest.mark.parametrize("root", ["dbfs:/", "/", "dbfs://"])
def test_recursive_upload_into_the_dbfs_root(capsys: pytest.CaptureFixture[str], tmp_path: Path, root: str) -> None:
    src = tmp_path / "tree"
    (src / "sub").mkdir(parents=True)
    (src / "top.txt").write_text("t")
    (src / "sub" / "b.txt").write_text("b")
    code, _, err = run(capsys, "fs", "cp", "-r", str(src), root if root.startswith("dbfs:") else "dbfs:" + root)
    assert code == 0, err  # was: "DBFS paths are absolute (dbfs:/... or /...): ''"
    assert run(capsys, "fs", "cat", "dbfs:/top.txt")[1] == "t"
    assert run(capsys, "fs", "cat", "dbfs:/sub/b.txt")[1] == "b"


class _ClosedPipe(io.RawIOBase):
    def writable(self) -> bool:
        return True

    def write(self, data: object) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_fs_cat_into_a_closed_pipe_is_silent(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, big: Path
) -> None:
    assert run(capsys, "fs", "cp", str(big), "dbfs:/p/big.bin")[0] == 0
    with monkeypatch.context() as m:
        m.setattr(sys, "stdout", io.TextIOWrapper(io.BufferedWriter(_ClosedPipe())))
        code = main(["fs", "cat", "dbfs:/p/big.bin"])
    assert code == 141
    assert capsys.readouterr().err == ""


def test_fs_cp_r_refuses_a_hostile_listing(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, served: MockServer
) -> None:
    """A listing entry named with ``..`` is refused before anything is written (tests/overlays/test_hostile_listings.py
    for the library)."""
    from dbrest_mock.service import Reply

    assert run(capsys, "fs", "mkdirs", "dbfs:/r")[0] == 0
    real = served.core.handlers["dbfsList"]

    def hostile(req: Any) -> Any:
        if req.params.get("path") == "/r":
            entry = {"path": "/r/../escape.txt", "is_dir": False, "file_size": 3, "modification_time": 0}
            return Reply(body={"files": [entry]})
        return real(req)

    monkeypatch.setitem(served.core.handlers, "dbfsList", hostile)
    down = tmp_path / "a" / "down"
    code, _, err = run(capsys, "fs", "cp", "-r", "dbfs:/r", str(down))
    assert code == 1 and "/r/../escape.txt" in err, err
    assert not any(p.is_file() for p in (tmp_path / "a").rglob("*"))


def test_fs_cp_r_follows_symlinks_and_names_what_it_skips(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The rule of ws.dbfs.cp (tests/overlays/test_symlinks.py): links followed, loops and dangling links skipped
    with a warning naming each, shown even with --quiet."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "f.txt").write_text("linked")
    src = tmp_path / "src"
    src.mkdir()
    (src / "dir-link").symlink_to(outside)
    (src / "loop").symlink_to(src)
    (src / "dangling").symlink_to(tmp_path / "missing")
    code, _, err = run(capsys, "-q", "fs", "cp", "-r", str(src), "dbfs:/s")
    assert code == 0, err
    assert err.splitlines() == [
        f"warning: skipping {src / 'dangling'}: a symlink whose target does not exist",
        f"warning: skipping {src / 'loop'}: a symlink to {src}, a directory being copied (a loop)",
    ]
    assert run(capsys, "fs", "cat", "dbfs:/s/dir-link/f.txt")[1] == "linked"


def a_and_z_b(src: Path) -> Path:
    """A local tree to copy: ``a.txt`` ("a") and ``z/b.txt`` ("b")."""
    (src / "z").mkdir(parents=True)
    (src / "a.txt").write_text("a")
    (src / "z" / "b.txt").write_text("b")
    return src


def test_fs_cp_r_down_refuses_existing_files_before_writing_any(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    src = a_and_z_b(tmp_path / "src")
    assert run(capsys, "fs", "cp", "-r", str(src), "dbfs:/t")[0] == 0
    down = tmp_path / "down"
    (down / "z").mkdir(parents=True)
    (down / "z" / "b.txt").write_text("keep")
    code, _, err = run(capsys, "fs", "cp", "-r", "dbfs:/t", str(down))
    assert code == 1 and err == f"Error: {down / 'z' / 'b.txt'} exist; pass --overwrite to replace them\n"
    assert sorted(p.name for p in down.rglob("*")) == ["b.txt", "z"]  # a.txt was not copied either
    assert run(capsys, "fs", "cp", "-r", "--overwrite", "dbfs:/t", str(down))[0] == 0
    assert (down / "a.txt").read_text() == "a" and (down / "z" / "b.txt").read_text() == "b"


def test_fs_cp_r_up_refuses_existing_files_before_uploading_any(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    src = a_and_z_b(tmp_path / "src")
    keep = tmp_path / "keep.txt"
    keep.write_text("keep")
    assert run(capsys, "fs", "cp", str(keep), "dbfs:/t/z/b.txt")[0] == 0
    code, _, err = run(capsys, "fs", "cp", "-r", str(src), "dbfs:/t")
    assert code == 1 and err == "Error: dbfs:/t/z/b.txt exist; pass --overwrite to replace them\n", err
    assert run(capsys, "fs", "ls", "dbfs:/t")[1].split() == ["z/"]  # a.txt was not uploaded either
    assert run(capsys, "fs", "cp", "-r", "--overwrite", str(src), "dbfs:/t")[0] == 0
    assert run(capsys, "fs", "cat", "dbfs:/t/z/b.txt")[1] == "b"


def test_a_retry_during_a_transfer_is_a_line_of_its_own(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, served: MockServer, big: Path, tmp_path: Path
) -> None:
    """A retry note printed while a bar is drawn goes above the bar (rich's console), not into its line."""
    assert run(capsys, "-q", "fs", "cp", str(big), "dbfs:/p/retried.bin")[0] == 0
    _pretend_stderr_is_a_terminal(monkeypatch)
    served.add_fault(path="/api/2.0/dbfs/read", status=503, retry_after=0, times=1, after=1)  # mid-download
    code, _, err = run(capsys, "fs", "cp", "dbfs:/p/retried.bin", str(tmp_path / "back.bin"))
    assert code == 0 and (tmp_path / "back.bin").read_bytes() == big.read_bytes()
    lines = [x for x in (ANSI.sub("", line).split("\r")[-1].strip() for line in err.splitlines()) if x]
    assert any(
        re.fullmatch(r"retrying GET /api/2\.0/dbfs/read \(HTTP 503 on attempt 1\), waiting 0\.0s", x) for x in lines
    ), lines
    assert lines[-1].startswith("back.bin ━")  # and the bar goes on below it


def test_fs_cp_r_copies_with_the_concurrency_asked_and_refuses_less_than_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``--concurrency`` is ws.dbfs.cp's (tests/overlays/test_dbfs_tree_copy.py proves the overlap); the CLI keeps
    the databricks CLI's rule that the target is the copy: a second copy replaces, it does not nest."""
    src = a_and_z_b(tmp_path / "src")
    assert run(capsys, "fs", "cp", "-r", "--concurrency", "1", str(src), "dbfs:/c")[0] == 0
    assert run(capsys, "fs", "cp", "-r", "--concurrency", "4", "--overwrite", str(src), "dbfs:/c")[0] == 0
    assert run(capsys, "fs", "ls", "dbfs:/c")[1].split() == ["a.txt", "z/"]
    code, _, err = run(capsys, "fs", "cp", "-r", "--concurrency", "0", str(src), "dbfs:/c")
    assert code == 2 and "'0' is not a whole number of at least 1" in err


def test_names_and_messages_from_the_server_reach_a_terminal_without_their_control_characters(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, served: MockServer
) -> None:
    # Anyone in a workspace can name a DBFS file: an escape sequence in it set the title of, rewrote lines on or
    # (OSC 52) wrote the clipboard of whoever listed the directory. On a terminal they are spelled as escapes; a
    # pipe still gets the names as they are (the first run below), and -o json escapes them anyway.
    hostile = "/t/evil\x1b]52;c;cm0gLXJmIH4=\x07\r.txt"
    served.workspace().dbfs.put(path=hostile, contents="aGk=", overwrite=True)
    code, out, _ = run(capsys, "fs", "ls", "dbfs:/t")
    assert code == 0 and out == "evil\x1b]52;c;cm0gLXJmIH4=\x07\r.txt\n"
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    for argv in (["fs", "ls", "dbfs:/t"], ["fs", "ls", "-l", "--absolute", "dbfs:/t"]):
        code, out, _ = run(capsys, *argv)
        assert code == 0 and "\x1b" not in out and "\x07" not in out and "\r" not in out, repr(out)
        assert "evil\\x1b]52;c;cm0gLXJmIH4=\\x07\\r.txt" in out, repr(out)
    code, _, err = run(capsys, "fs", "mkdirs", hostile)  # the file is in the way: the server's message names it
    assert code == 1 and "\x1b" not in err and "evil\\x1b]52" in err, repr(err)


def test_status_lines_and_notes_show_server_text_without_control_characters(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A cluster's state message and a copied file's name are the server's text, drawn on a terminal.
    import argparse

    from dbrest.cli.common import info, warn
    from dbrest.cli.progress import WaitStatus, note

    status = WaitStatus(
        argparse.Namespace(quiet=False), "cluster c", lambda c: ("TERMINATED", "bye\x1b]52;c;eA==\x07"), clock=lambda: 0
    )
    status(object())
    assert "\x1b" not in status.line(final=True) and "bye\\x1b]52;c;eA==\\x07" in status.line(final=True)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    note("retrying /evil\x1b[2J")
    info(argparse.Namespace(quiet=False), "copied /evil\x1b[2J")
    warn("skipped /evil\x1b[2J")
    err = capsys.readouterr().err
    assert "\x1b" not in err and err.count("/evil\\x1b[2J") == 3, repr(err)


def test_a_refusal_despite_overwrite_does_not_advise_overwrite(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    src = tmp_path / "a.txt"
    src.write_text("a")
    assert run(capsys, "fs", "cp", str(src), "dbfs:/busy/a.txt")[0] == 0
    assert run(capsys, "fs", "mkdirs", "dbfs:/busy/dir")[0] == 0
    code, _, err = run(capsys, "fs", "cp", "--overwrite", str(src), "dbfs:/busy/dir/")  # into the directory: fine
    assert code == 0, err
    code, _, err = run(capsys, "fs", "cp", "--overwrite", str(src), "dbfs:/busy/a.txt/x.txt")  # under a file
    assert code == 1 and "Pass --overwrite" not in err, err  # was: advised the flag it had been given
    assert "--overwrite replaces files only" in err
    code, _, err = run(capsys, "fs", "cp", str(src), "dbfs:/busy/a.txt")
    assert code == 1 and "Pass --overwrite to replace it" in err  # without the flag, it is still the advice

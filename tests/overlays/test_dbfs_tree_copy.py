"""``cp(recursive=True)`` of a tree of many small files copies ``concurrency`` files at once (issue 18 item 4),
on both clients, with the guarantees of a single file: verified sizes, no partial file, callbacks one at a time,
and a report naming what was copied, what failed and what was not started when some files fail."""

from __future__ import annotations

import asyncio
import io
import os
import threading
from pathlib import Path
from typing import Any

import dbrest
import httpx
import pytest
from dbrest.dbfs import BLOCK, CP_CONCURRENCY, DownloadVerificationError, RemoteFileChanged, TreeCopyFailed
from dbrest_mock import MockServer

from tests.conftest import TOKEN
from tests.overlays.sides import Side

PUT, READ = "/api/2.0/dbfs/put", "/api/2.0/dbfs/read"


def make_tree(root: Path, dirs: int = 5, per_dir: int = 6) -> dict[str, bytes]:
    """``dirs`` directories of ``per_dir`` files of 4 KiB, distinct contents; returns {relative path: bytes}."""
    files = {}
    for d in range(dirs):
        for f in range(per_dir):
            rel = f"d{d}/f{f:02d}.bin"
            files[rel] = bytes([d * per_dir + f]) * 4096
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_bytes(files[rel])
    return files


def local_tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


class Gate:
    """Counts the requests to ``api_path`` in flight; the first ``width`` are held until all ``width`` have
    arrived, which only happens if the client really sends that many at once (else the wait times out)."""

    def __init__(self, api_path: str, width: int) -> None:
        self.api_path, self.width = api_path, width
        self.inflight = self.peak = self.arrived = 0
        self.lock = threading.Lock()
        self.barrier = threading.Barrier(width, timeout=10)

    def enter(self, request: httpx.Request) -> bool:
        if request.url.path != self.api_path:
            return False
        with self.lock:
            self.inflight += 1
            self.peak = max(self.peak, self.inflight)
            self.arrived += 1
            return self.arrived <= self.width

    def leave(self) -> None:
        with self.lock:
            self.inflight -= 1


class SyncGated(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, gate: Gate) -> None:
        self.inner, self.gate = inner, gate

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        counted = request.url.path == self.gate.api_path
        if self.gate.enter(request):
            self.gate.barrier.wait()
        try:
            return self.inner.handle_request(request)
        finally:
            if counted:
                self.gate.leave()


class AsyncGated(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, gate: Gate) -> None:
        self.inner, self.gate = inner, gate
        self.all_in = asyncio.Event()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        counted = request.url.path == self.gate.api_path
        if self.gate.enter(request):
            if self.gate.arrived == self.gate.width:
                self.all_in.set()
            await asyncio.wait_for(self.all_in.wait(), timeout=10)
        try:
            return await self.inner.handle_async_request(request)
        finally:
            if counted:
                self.gate.leave()


def gated(kind: str, mock: MockServer, gate: Gate, verb: str, *args: Any, **kwargs: Any) -> int:
    """``ws.dbfs.<verb>(...)`` on the sync or the async client, its requests through ``gate``."""
    if kind == "sync":
        ws = dbrest.Workspace(host="http://127.0.0.1", token=TOKEN, transport=SyncGated(mock.transport(), gate))
        return int(getattr(ws.dbfs, verb)(*args, **kwargs))

    async def main() -> int:
        transport = AsyncGated(mock.async_transport(), gate)
        async with dbrest.AsyncWorkspace(host="http://127.0.0.1", token=TOKEN, transport=transport) as aws:
            return int(await getattr(aws.dbfs, verb)(*args, **kwargs))

    return asyncio.run(main())


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("concurrency", [1, 4, CP_CONCURRENCY])
def test_a_tree_goes_up_and_down_concurrency_files_at_a_time(
    kind: str, concurrency: int, mock: MockServer, tmp_path: Path
) -> None:
    files = make_tree(tmp_path / "src")
    heard: list[tuple[str, str, int]] = []
    inside = peak = 0

    def callback(source: str, target: str, size: int) -> None:
        nonlocal inside, peak
        inside += 1
        peak = max(peak, inside)
        os.sched_yield()  # let another worker in, were the calls not serialised
        heard.append((source, target, size))
        inside -= 1

    up = Gate(PUT, concurrency)
    n = gated(
        kind, mock, up, "cp", tmp_path / "src", "dbfs:/tree", recursive=True, concurrency=concurrency, callback=callback
    )
    assert n == len(files) == len(heard) == 30
    assert up.peak == concurrency  # that many uploads at once (the gate saw them all arrive), never more
    assert peak == 1  # the callback is never called from two workers at once
    assert sorted(h[1] for h in heard) == sorted(f"dbfs:/tree/{rel}" for rel in files)
    assert {h[2] for h in heard} == {4096}
    dbfs: Any = mock.env.service("dbfs")
    assert {rel: dbfs.file_bytes(f"/tree/{rel}") for rel in files} == files

    down = Gate(READ, concurrency)
    assert gated(kind, mock, down, "cp", "dbfs:/tree", tmp_path / "back", recursive=True, concurrency=concurrency) == 30
    assert down.peak == concurrency
    assert local_tree(tmp_path / "back") == files


@pytest.fixture(params=["sync", "async"])
def side(request: pytest.FixtureRequest, mock: MockServer) -> Side:
    return Side(mock, request.param)


def test_a_failed_file_stops_the_copy_and_the_report_names_every_file(side: Side, tmp_path: Path) -> None:
    files = make_tree(tmp_path / "src", dirs=3, per_dir=4)
    assert side.cp(tmp_path / "src", "dbfs:/t", recursive=True) == 12
    # One file's read comes back short: a DownloadVerificationError for that file alone.
    side.listing(READ, "/t/d1/f01.bin", {"bytes_read": 4096, "data": ""})
    with pytest.raises(TreeCopyFailed) as e:
        side.cp("dbfs:/t", tmp_path / "down", recursive=True, concurrency=1)
    order = [f"d{d}/f{f:02d}.bin" for d in range(3) for f in range(4)]  # the plan's order (listings are sorted)
    failed_at = order.index("d1/f01.bin")
    report = e.value
    assert [b for _, b in report.copied] == [str(tmp_path / "down" / rel) for rel in order[:failed_at]]
    assert [(a, type(exc)) for a, _, exc in report.failed] == [("dbfs:/t/d1/f01.bin", DownloadVerificationError)]
    assert len(report.not_copied) == 12 - failed_at and report.not_copied[0][0] == "dbfs:/t/d1/f01.bin"
    assert isinstance(report.__cause__, DownloadVerificationError)
    assert f"{failed_at} of 12 files copied, 1 failed, {12 - failed_at - 1} not started" in str(report)
    assert "d1/f01.bin" in str(report) and "COPY_FAILED" in str(report)
    # Exactly the files said to be copied are there, complete; nothing partial, no temporary file left.
    assert local_tree(tmp_path / "down") == {rel: files[rel] for rel in order[:failed_at]}


def test_with_several_workers_the_report_still_accounts_for_every_file(side: Side, tmp_path: Path) -> None:
    files = make_tree(tmp_path / "src", dirs=3, per_dir=4)
    side.cp(tmp_path / "src", "dbfs:/t", recursive=True)
    side.listing(READ, "/t/d0/f02.bin", {"bytes_read": 4096, "data": ""})
    with pytest.raises(TreeCopyFailed) as e:
        side.cp("dbfs:/t", tmp_path / "down", recursive=True, concurrency=4)
    report = e.value
    copied = {b for _, b in report.copied}
    assert copied | {b for _, b in report.not_copied} == {str(tmp_path / "down" / rel) for rel in files}
    assert not copied & {b for _, b in report.not_copied}
    assert [a for a, _, _ in report.failed] == ["dbfs:/t/d0/f02.bin"]
    on_disk = local_tree(tmp_path / "down")
    assert {str(tmp_path / "down" / rel) for rel in on_disk} == copied
    assert all(on_disk[rel] == files[rel] for rel in on_disk)


def test_a_single_file_failure_is_raised_as_it_is(side: Side, tmp_path: Path) -> None:
    side.other.dbfs.upload(io.BytesIO(b"x" * 4096), "/one.bin")
    side.listing(READ, "/one.bin", {"bytes_read": 4096, "data": ""})
    with pytest.raises(DownloadVerificationError):
        side.cp("dbfs:/one.bin", tmp_path / "one.bin")
    assert not (tmp_path / "one.bin").exists()
    with pytest.raises(ValueError, match="concurrency"):
        side.cp("dbfs:/one.bin", tmp_path / "one.bin", concurrency=0)


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_download_reads_parallelism_chunks_at_once_on_both_clients(kind: str, mock: MockServer) -> None:
    """The read-ahead window is one piece of code for both clients (``_backend.Window``): ``parallelism`` reads in
    flight, never more (the async twin used to differ: tests/overlays/test_sync_async_surfaces.py)."""
    data = os.urandom(20_000)
    Side(mock, "sync").other.dbfs.upload(io.BytesIO(data), "/big.bin")
    gate = Gate(READ, 3)
    out = io.BytesIO()
    assert gated(kind, mock, gate, "download", "dbfs:/big.bin", out, parallelism=3, chunk_size=1000) == len(data)
    assert out.getvalue() == data
    assert gate.peak == 3 and gate.arrived == 20


def test_only_directories_with_nothing_copied_into_them_are_made(side: Side, mock: MockServer, tmp_path: Path) -> None:
    """DBFS makes the parents of a file it writes (databricks-sdk's DbfsExt.copy writes a tree's files without a
    mkdirs; the mock does the same): a tree of 30 files in 5 directories needs no mkdirs, an empty one does."""
    files = make_tree(tmp_path / "src")
    (tmp_path / "src" / "empty" / "inner").mkdir(parents=True)
    assert side.cp(tmp_path / "src", "dbfs:/t", recursive=True) == len(files)
    assert side.count("/api/2.0/dbfs/mkdirs") == 1
    dbfs: Any = mock.env.service("dbfs")
    assert not dbfs.is_file("/t/empty/inner") and side.other.dbfs.get_status(path="/t/empty/inner").is_dir
    assert side.other.dbfs.get_status(path="/t/d4").is_dir


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_tree_of_large_files_keeps_the_reads_of_one_download_in_flight(
    kind: str, mock: MockServer, tmp_path: Path
) -> None:
    """Memory stays bounded as for one download: with 4 files at once, each reads one chunk at a time (not 6 each:
    24 MB of base64 bodies in flight)."""
    other = Side(mock, "sync").other
    files = {f"/big/f{i}.bin": os.urandom(3 * 1024 * 1024 + i) for i in range(4)}
    for path, data in files.items():
        other.dbfs.upload(io.BytesIO(data), path)
    gate = Gate(READ, 4)  # the four files' first reads arrive together
    target = tmp_path / "down"
    assert gated(kind, mock, gate, "cp", "dbfs:/big", target, recursive=True, concurrency=4) == 4
    assert gate.peak == 4
    assert {f"/big/{p.name}": p.read_bytes() for p in target.iterdir()} == files


def test_no_target_directory_copies_a_tree_into_an_existing_destination_itself(side: Side, tmp_path: Path) -> None:
    """``no_target_directory`` (GNU ``cp -T``) makes the destination the copy, existing or not: the databricks CLI's
    ``fs cp -r`` puts a tree's contents there (``dbrest fs cp -r`` relies on it); without it, cp is POSIX ``cp -r``
    and an existing directory gets the tree under its own name."""
    files = make_tree(tmp_path / "src", dirs=2, per_dir=2)
    side.other.dbfs.mkdirs(path="/t")
    assert side.cp(tmp_path / "src", "dbfs:/t", recursive=True, no_target_directory=True) == 4
    assert side.cp(tmp_path / "src", "dbfs:/t", recursive=True) == 4
    listed = sorted(f.path for f in side.other.dbfs.walk("/t") if not f.is_dir)
    assert listed == sorted([f"/t/{rel}" for rel in files] + [f"/t/src/{rel}" for rel in files])
    (tmp_path / "down").mkdir()
    assert side.cp("dbfs:/t/d0", tmp_path / "down", recursive=True, no_target_directory=True) == 2
    assert local_tree(tmp_path / "down") == {rel.removeprefix("d0/"): files[rel] for rel in files if "d0/" in rel}


def test_progress_is_asked_for_each_file_and_hears_its_bytes(side: Side, tmp_path: Path) -> None:
    make_tree(tmp_path / "src", dirs=2, per_dir=3)
    heard: dict[str, list[tuple[int, int | None]]] = {}
    lock = threading.Lock()

    def progress(source: str, target: str) -> Any:
        with lock:
            heard[target] = []

        def update(done: int, total: int | None) -> None:
            with lock:
                heard[target].append((done, total))

        return update

    assert side.cp(tmp_path / "src", "dbfs:/p", recursive=True, progress=progress, concurrency=3) == 6
    assert sorted(heard) == sorted(f"dbfs:/p/d{d}/f{f:02d}.bin" for d in range(2) for f in range(3))
    assert all(updates and updates[-1] == (4096, 4096) for updates in heard.values()), heard
    heard.clear()
    assert side.cp("dbfs:/p", tmp_path / "down", recursive=True, progress=progress) == 6
    assert all(updates[-1] == (4096, 4096) for updates in heard.values()) and len(heard) == 6


def test_a_tree_download_starts_each_file_from_its_listing_and_still_checks_it_after(
    side: Side, tmp_path: Path
) -> None:
    """The walk's listing gives each file's size and version, so a tree's download asks get-status once per file
    (the check after the last read, as a single download does), not twice; a file changed after the listing is
    still refused (RemoteFileChanged), never written."""
    files = make_tree(tmp_path / "src", dirs=2, per_dir=3)
    side.cp(tmp_path / "src", "dbfs:/g", recursive=True)
    before = side.count("/api/2.0/dbfs/get-status")
    assert side.cp("dbfs:/g", tmp_path / "down", recursive=True) == 6
    assert local_tree(tmp_path / "down") == files
    # one for the source itself (a directory?), one after the last read of each file
    assert side.count("/api/2.0/dbfs/get-status") - before == 1 + 6
    # a file replaced between the listing and its read: the listing's version no longer holds
    listed = {"path": "/g/d0/f00.bin", "is_dir": False, "file_size": 4096, "modification_time": 1}
    side.listing("/api/2.0/dbfs/list", "/g/d0", {"files": [listed]})
    with pytest.raises(RemoteFileChanged):  # the tree's one file: its failure is raised as it is
        side.cp("dbfs:/g/d0", tmp_path / "again", recursive=True)
    assert not (tmp_path / "again" / "f00.bin").exists()


def test_a_local_tree_named_dot_dot_is_copied_under_its_own_name(
    side: Side, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "proj" / "sub").mkdir(parents=True)
    (tmp_path / "proj" / "a.txt").write_bytes(b"a")
    monkeypatch.chdir(tmp_path / "proj" / "sub")
    side.other.dbfs.mkdirs_p("/x")
    assert side.cp("..", "dbfs:/x", recursive=True) == 1  # was: the target dbfs:/x/.. (refused by the server)
    assert side.remote("/x/proj/a.txt") == b"a"


@pytest.mark.parametrize("direction", ["down", "up"])
def test_ctrl_c_stops_the_files_under_way_of_a_sync_tree_copy(mock: MockServer, tmp_path: Path, direction: str) -> None:
    """Ctrl-C reaches the calling thread; the worker threads copying files must stop at their next chunk rather
    than run to the end of their files (a user who then kills the process harder would leave temporaries). Both
    files are held halfway until the interrupt has been seen (the async client cancels its tasks instead: see
    test_local_writes)."""
    import signal

    from dbrest._sync import _backend

    side = Side(mock, "sync")
    local = tmp_path / "tree"
    local.mkdir()
    for name in ("a.bin", "b.bin"):
        (local / name).write_bytes(os.urandom(4 * BLOCK))
        side.other.dbfs.upload(local / name, f"/tree/{name}")
    heard: list[str] = []
    both = threading.Barrier(2, timeout=10)

    def hold(name: str) -> Any:
        def progress(done: int, total: int | None) -> None:
            if done < BLOCK or name in heard:
                return
            heard.append(name)
            taken = _backend._abandon.event
            if both.wait() == 0:  # both files are under way: one worker plays the terminal
                # Ctrl-C to the main thread. A signal that lands just before the thread blocks is only seen when it
                # wakes, so it is sent again until the interrupt has been taken (bounded: 10 s at most).
                for _ in range(50):
                    signal.pthread_kill(threading.main_thread().ident or 0, signal.SIGINT)
                    if taken.wait(timeout=0.2):
                        break
            assert taken.wait(timeout=10)  # then both go on, and must stop at their next chunk

        return progress

    out = tmp_path / "out"
    source, target = ("dbfs:/tree", out) if direction == "down" else (local, "dbfs:/copied")
    with pytest.raises(KeyboardInterrupt):
        side.cp(source, target, recursive=True, concurrency=2, progress=lambda a, b: hold(Path(a).name))
    assert sorted(heard) == ["a.bin", "b.bin"]  # both were under way, and neither went on to its end:
    if direction == "down":
        assert [p.name for p in out.iterdir()] == []  # no file, no temporary
    else:
        assert not side.other.dbfs.exists("/copied/a.bin") and not side.other.dbfs.exists("/copied/b.bin")

"""Response bodies: JSON and error bodies are read inside the retry loop under a size cap (a clear error, never an
unbounded buffer), binary downloads stream through with memory independent of their size (tracemalloc-bounded,
not timed), sync and async."""

from __future__ import annotations

import asyncio
import socket
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import dbrest
import httpx
import pytest

from tests.overlays.http_servers import LoopbackServer, read_head

TOKEN = "dapi-bodies-secret"
MiB = 1024 * 1024


class BinaryServer(LoopbackServer):
    """A loopback HTTP/1.1 server answering every request with ``size`` bytes of application/octet-stream, sent
    from one preallocated chunk (so that it allocates nothing per byte that tracemalloc would count)."""

    CHUNK = b"x" * (256 * 1024)

    def __init__(self, size: int, content_type: str = "application/octet-stream") -> None:
        self.size = size
        self.content_type = content_type
        super().__init__()

    def handle(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(5)
            try:
                read_head(conn)
                conn.sendall(
                    b"HTTP/1.1 200 OK\r\nContent-Type: " + self.content_type.encode() + b"\r\n"
                    b"Content-Disposition: attachment; filename=big.py\r\n"
                    b"Content-Length: " + str(self.size).encode() + b"\r\nConnection: close\r\n\r\n"
                )
                left = self.size
                while left > 0:
                    piece = self.CHUNK if left >= len(self.CHUNK) else self.CHUNK[:left]
                    conn.sendall(piece)
                    left -= len(piece)
            except OSError:
                pass


@pytest.fixture
def big_export() -> Iterator[BinaryServer]:
    server = BinaryServer(48 * MiB)
    yield server
    server.close()


def _peak_during(fn: object) -> int:
    tracemalloc.start()
    try:
        fn()  # type: ignore[operator]
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_export_file_streams_with_memory_independent_of_size(big_export: BinaryServer, tmp_path: Path) -> None:
    ws = dbrest.Workspace(host=f"http://127.0.0.1:{big_export.port}", token=TOKEN)
    ws.http  # noqa: B018  (build the client outside the measurement)
    target = tmp_path / "big.py"
    peak = _peak_during(lambda: ws.workspace.export_file("/Users/me/big", target))
    assert target.stat().st_size == big_export.size
    assert peak < 8 * MiB, f"peak {peak / MiB:.1f} MiB for a {big_export.size // MiB} MiB export"


def test_async_export_file_streams_with_memory_independent_of_size(big_export: BinaryServer, tmp_path: Path) -> None:
    target = tmp_path / "big.py"

    async def main() -> int:
        async with dbrest.AsyncWorkspace(host=f"http://127.0.0.1:{big_export.port}", token=TOKEN) as aws:
            tracemalloc.start()
            try:
                await aws.workspace.export_file("/Users/me/big", target)
                return tracemalloc.get_traced_memory()[1]
            finally:
                tracemalloc.stop()

    peak = asyncio.run(main())
    assert target.stat().st_size == big_export.size
    assert peak < 8 * MiB, f"peak {peak / MiB:.1f} MiB"


def _json_answer(size: int, chunked: bool) -> httpx.MockTransport:
    body = b'{"is_dir": false, "file_size": 1, "path": "' + b"a" * size + b'"}'

    def handler(request: httpx.Request) -> httpx.Response:
        if chunked:  # no Content-Length: the cap is enforced while reading

            def gen() -> Iterator[bytes]:
                for i in range(0, len(body), 65536):
                    yield body[i : i + 65536]

            return httpx.Response(200, headers={"content-type": "application/json"}, content=gen())
        return httpx.Response(200, headers={"content-type": "application/json"}, content=body)

    return httpx.MockTransport(handler)


@pytest.mark.parametrize("chunked", [False, True])
def test_a_json_body_over_the_cap_is_a_clear_error(chunked: bool) -> None:
    ws = dbrest.Workspace(
        host="https://adb.example.com", token=TOKEN, transport=_json_answer(2 * MiB, chunked), max_response_size=MiB
    )
    with pytest.raises(dbrest.ResponseTooLarge) as e:
        ws.dbfs.get_status(path="/x")
    text = str(e.value)
    assert "(GET /api/2.0/dbfs/get-status)" in text and "1 MiB" in text and "max_response_size" in text
    assert TOKEN not in text
    # under the cap the same answer parses
    ws = dbrest.Workspace(host="https://adb.example.com", token=TOKEN, transport=_json_answer(1000, chunked))
    assert ws.dbfs.get_status(path="/x").path == "a" * 1000


def test_the_default_cap_is_generous_and_async_enforces_it_too() -> None:
    from dbrest.transport import DEFAULT_MAX_RESPONSE_SIZE

    assert DEFAULT_MAX_RESPONSE_SIZE == 64 * MiB  # noqa: SIM300

    async def main() -> None:
        async with dbrest.AsyncWorkspace(
            host="https://adb.example.com",
            token=TOKEN,
            max_response_size=MiB,
            transport=httpx.MockTransport(lambda r: httpx.Response(200, json={"path": "a" * (2 * MiB)})),
        ) as aws:
            await aws.dbfs.get_status(path="/x")

    with pytest.raises(dbrest.ResponseTooLarge):
        asyncio.run(main())


def test_an_error_body_over_the_cap_is_a_clear_error_too() -> None:
    ws = dbrest.Workspace(
        host="https://adb.example.com",
        token=TOKEN,
        max_response_size=MiB,
        transport=httpx.MockTransport(lambda r: httpx.Response(400, text="<" * (3 * MiB))),
    )
    with pytest.raises(dbrest.ResponseTooLarge):
        ws.clusters.list()


def test_a_download_dropped_mid_stream_is_a_typed_error_and_leaves_no_file(tmp_path: Path) -> None:
    def dropping(request: httpx.Request) -> httpx.Response:
        def body() -> Iterator[bytes]:
            yield b"x" * 1000
            raise httpx.ReadError("connection reset", request=request)

        return httpx.Response(200, headers={"content-type": "application/octet-stream"}, content=body())

    ws = dbrest.Workspace(host="https://adb.example.com", token=TOKEN, transport=httpx.MockTransport(dropping))
    with pytest.raises(dbrest.NetworkError) as e:
        ws.workspace.export_file("/Users/me/big", tmp_path / "big.py")
    assert "(GET /api/2.0/workspace/export)" in str(e.value) and str(e.value).count("GET /api") == 1
    assert list(tmp_path.iterdir()) == []


def test_a_too_large_answer_names_its_content_type_without_an_echoed_credential() -> None:
    def echo(request: httpx.Request) -> httpx.Response:
        headers = {"content-type": f"application/json; echo={request.headers['authorization']}"}
        return httpx.Response(200, headers={**headers, "content-length": str(2 * MiB)}, content=b"{" * (2 * MiB))

    ws = dbrest.Workspace(
        host="https://adb.example.com", token=TOKEN, transport=httpx.MockTransport(echo), max_response_size=MiB
    )
    with pytest.raises(dbrest.ResponseTooLarge) as e:
        ws.dbfs.get_status(path="/x")
    assert "application/json; echo=Bearer ***" in str(e.value) and TOKEN not in str(e.value)

"""ws.dbfs upload/download against the in-process mock: exact bytes, bounded steps, nothing left behind on failure."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dbrest
import pytest
from dbrest_mock import MockServer

from tests.overlays.sides import both_workspaces
from tests.overlays.test_commands import Recorder


@pytest.fixture(params=["sync", "async"])
def ws(request: pytest.FixtureRequest, mock: MockServer, recorder: Recorder) -> Iterator[Any]:
    """Every test here runs on both clients: the async one seen through tests/overlays/sides.Synced."""
    yield from both_workspaces(request.param, mock, recorder)


def test_path_upload_uses_one_streamed_multipart_put_and_round_trips(ws: dbrest.Workspace, tmp_path: Path) -> None:
    data = os.urandom(5 * 1024 * 1024 + 123) + b"\r\n--+++\r\n"
    src = tmp_path / "src.bin"
    src.write_bytes(data)
    seen: list[int] = []
    assert ws.dbfs.upload(src, "dbfs:/tmp/src.bin", progress=lambda done, total: seen.append(done)) == len(data)
    assert seen[-1] == len(data)
    out = tmp_path / "out.bin"
    assert ws.dbfs.download("dbfs:/tmp/src.bin", out, parallelism=4) == len(data)
    assert out.read_bytes() == data


def test_file_object_upload_goes_in_blocks(ws: dbrest.Workspace, mock: MockServer) -> None:
    data = os.urandom(3 * 1024 * 1024 + 7)
    ws.dbfs.upload(io.BytesIO(data), "/tmp/blocks.bin")
    assert mock.env.service("dbfs").file_bytes("/tmp/blocks.bin") == data  # type: ignore[attr-defined]
    with pytest.raises(dbrest.ResourceAlreadyExists):
        ws.dbfs.upload(io.BytesIO(b"x"), "/tmp/blocks.bin")


def test_failed_block_upload_leaves_no_remote_file(ws: dbrest.Workspace, mock: MockServer) -> None:
    mock.add_fault(path="/api/2.0/dbfs/add-block", after=1, drop_connection=True)
    import httpx

    with pytest.raises(httpx.TransportError):
        ws.dbfs.upload(io.BytesIO(os.urandom(3 * 1024 * 1024)), "/tmp/broken.bin")
    assert not ws.dbfs.exists("/tmp/broken.bin")


def test_failed_download_leaves_no_local_file(ws: dbrest.Workspace, mock: MockServer, tmp_path: Path) -> None:
    ws.dbfs.upload(io.BytesIO(os.urandom(2 * 1024 * 1024 + 5)), "/tmp/d.bin")
    mock.add_fault(path="/api/2.0/dbfs/read", after=1, status=400, error_code="INVALID_PARAMETER_VALUE")
    with pytest.raises(dbrest.InvalidParameterValue):
        ws.dbfs.download("/tmp/d.bin", tmp_path / "d.bin", parallelism=2)
    assert list(tmp_path.iterdir()) == []


def test_rm_follows_partial_delete(ws: dbrest.Workspace, mock: MockServer) -> None:
    for i in range(5):
        ws.dbfs.upload(io.BytesIO(b"x"), f"/tree/f{i}")
    mock.env.service("dbfs").partial_delete_batch = 2  # type: ignore[attr-defined]
    ws.dbfs.rm("/tree", recursive=True)
    assert not ws.dbfs.exists("/tree")


@pytest.mark.parametrize(
    "body",
    [
        b'{"bytes_read":11,"data":"ZGF0YWJyaWNrcwo="}',
        b'{ "data" : "ZGF0YWJyaWNrcwo=" , "bytes_read" : 11 }',
        b'{"bytes_read":0,"data":""}',
        # an unknown field holding a "data" key, and a quote-escaped key that spells "data"
        b'{"x":{"data":7},"k\\"data":"QQ==","bytes_read":1,"data":"QQ=="}',
        b'{"bytes_read":2,"data":"Q\\/8="}',
        b'{"bytes_read":1,"data":"\\u0051Q=="}',
        # an unknown field before "data" holds a "data" key with a string: the top-level data is the one read
        b'{"meta":{"data":"QUJD"},"data":"","bytes_read":0}',
        b'{"meta":{"data":"QUJD"},"data":"","bytes_read":3}',
        b'{"meta":[{"data":"QUJD"}],"bytes_read":1,"data":"QQ=="}',
    ],
    ids=[
        "compact",
        "spaced-reordered",
        "empty",
        "decoys",
        "escaped-slash",
        "unicode-escape",
        "nested-data-empty",
        "nested-data-claimed",
        "nested-in-list",
    ],
)
def test_read_responses_decode_exactly_as_json_would(body: bytes) -> None:
    import base64
    import json

    from dbrest.dbfs import decode_read_response

    as_json = json.loads(body)
    assert decode_read_response(body) == (as_json["bytes_read"], base64.b64decode(as_json["data"]))

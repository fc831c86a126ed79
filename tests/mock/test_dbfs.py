"""DBFS in the mock: a real tree, handles, limits and error codes (api-inventory §1.5)."""

from __future__ import annotations

import base64
import tracemalloc
from pathlib import Path
from typing import cast

import httpx
from dbrest_mock import MockConfig, MockServer
from dbrest_mock.services.dbfs import DbfsService

from tests.mock.helpers import b64


def read_all(client: httpx.Client, path: str) -> bytes:
    out = b""
    while True:
        r = client.get("/api/2.0/dbfs/read", params={"path": path, "offset": len(out), "length": 1 << 20})
        assert r.status_code == 200, r.text
        if r.json()["bytes_read"] == 0:
            return out
        out += base64.b64decode(r.json()["data"])


def test_stream_upload_is_visible_on_close_with_exact_bytes(client: httpx.Client) -> None:
    handle = client.post("/api/2.0/dbfs/create", json={"path": "/data/a.bin"}).json()["handle"]
    blocks = [bytes([i]) * (1 << 20) for i in range(3)]
    for block in blocks:
        assert client.post("/api/2.0/dbfs/add-block", json={"handle": handle, "data": b64(block)}).status_code == 200
    assert client.get("/api/2.0/dbfs/get-status", params={"path": "/data/a.bin"}).status_code == 404
    assert client.post("/api/2.0/dbfs/close", json={"handle": handle}).status_code == 200
    status = client.get("/api/2.0/dbfs/get-status", params={"path": "/data/a.bin"}).json()
    assert status["file_size"] == 3 << 20 and status["is_dir"] is False
    assert read_all(client, "/data/a.bin") == b"".join(blocks)
    # the parent directory was created
    assert client.get("/api/2.0/dbfs/get-status", params={"path": "/data"}).json()["is_dir"] is True


def test_block_and_read_limits(client: httpx.Client) -> None:
    handle = client.post("/api/2.0/dbfs/create", json={"path": "/big"}).json()["handle"]
    r = client.post("/api/2.0/dbfs/add-block", json={"handle": handle, "data": b64(b"x" * ((1 << 20) + 1))})
    assert r.status_code == 400 and r.json()["error_code"] == "MAX_BLOCK_SIZE_EXCEEDED"
    client.post("/api/2.0/dbfs/put", json={"path": "/small", "contents": b64(b"hello")})
    r = client.get("/api/2.0/dbfs/read", params={"path": "/small", "length": (1 << 20) + 1})
    assert r.status_code == 400 and r.json()["error_code"] == "MAX_READ_SIZE_EXCEEDED"
    r = client.post("/api/2.0/dbfs/put", json={"path": "/inline", "contents": b64(b"x" * ((1 << 20) + 1))})
    assert r.status_code == 400 and r.json()["error_code"] == "MAX_BLOCK_SIZE_EXCEEDED"


def test_read_ranges_and_errors(client: httpx.Client) -> None:
    client.post("/api/2.0/dbfs/put", json={"path": "/f", "contents": b64(b"0123456789")})
    r = client.get("/api/2.0/dbfs/read", params={"path": "/f", "offset": 8, "length": 5}).json()
    assert r == {"bytes_read": 2, "data": b64(b"89")}
    assert client.get("/api/2.0/dbfs/read", params={"path": "/f", "offset": 10}).json()["bytes_read"] == 0
    r = client.get("/api/2.0/dbfs/read", params={"path": "/f", "offset": -1})
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE"
    r = client.get("/api/2.0/dbfs/read", params={"path": "/tmp"})
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE"
    r = client.get("/api/2.0/dbfs/read", params={"path": "/nope"})
    assert r.status_code == 404 and r.json()["error_code"] == "RESOURCE_DOES_NOT_EXIST"


def test_overwrite_rules(client: httpx.Client) -> None:
    assert client.post("/api/2.0/dbfs/put", json={"path": "/f", "contents": b64(b"one")}).status_code == 200
    r = client.post("/api/2.0/dbfs/put", json={"path": "/f", "contents": b64(b"two")})
    assert r.status_code == 400 and r.json()["error_code"] == "RESOURCE_ALREADY_EXISTS"
    assert read_all(client, "/f") == b"one"  # the rejected request changed nothing
    r = client.post("/api/2.0/dbfs/create", json={"path": "/f"})
    assert r.json()["error_code"] == "RESOURCE_ALREADY_EXISTS"
    assert (
        client.post("/api/2.0/dbfs/put", json={"path": "/f", "contents": b64(b"two"), "overwrite": True}).status_code
        == 200
    )
    assert read_all(client, "/f") == b"two"
    r = client.post("/api/2.0/dbfs/put", json={"path": "/f/child", "contents": b64(b"x")})
    assert r.json()["error_code"] == "RESOURCE_ALREADY_EXISTS"


def test_multipart_put_accepts_the_part_names_clients_use(client: httpx.Client) -> None:
    payload = b"--+++\r\n" + bytes(range(256)) * 4096
    for name in ("contents", "file", "filedata"):
        r = client.post(
            "/api/2.0/dbfs/put",
            data={"path": f"/mp/{name}", "overwrite": "True"},
            files={name: ("x.bin", payload, "application/octet-stream")},
        )
        assert r.status_code == 200, r.text
        assert read_all(client, f"/mp/{name}") == payload


def test_tree_operations(client: httpx.Client) -> None:
    assert client.post("/api/2.0/dbfs/mkdirs", json={"path": "/a/b/c"}).status_code == 200
    client.post("/api/2.0/dbfs/put", json={"path": "/a/b/c/f.txt", "contents": b64(b"x")})
    listing = client.get("/api/2.0/dbfs/list", params={"path": "/a/b"}).json()
    assert [f["path"] for f in listing["files"]] == ["/a/b/c"]
    assert client.get("/api/2.0/dbfs/list", params={"path": "/a/b/c/f.txt"}).json()["files"][0]["file_size"] == 1
    assert (
        client.post("/api/2.0/dbfs/mkdirs", json={"path": "/a/b/c/f.txt/d"}).json()["error_code"]
        == "RESOURCE_ALREADY_EXISTS"
    )
    r = client.post("/api/2.0/dbfs/delete", json={"path": "/a"})
    assert r.status_code == 400 and r.json()["error_code"] == "IO_ERROR"
    assert client.post("/api/2.0/dbfs/move", json={"source_path": "/a", "destination_path": "/z"}).status_code == 200
    assert read_all(client, "/z/b/c/f.txt") == b"x"
    assert client.get("/api/2.0/dbfs/get-status", params={"path": "/a"}).status_code == 404
    r = client.post("/api/2.0/dbfs/move", json={"source_path": "/nope", "destination_path": "/y"})
    assert r.status_code == 404
    client.post("/api/2.0/dbfs/mkdirs", json={"path": "/empty"})
    assert client.get("/api/2.0/dbfs/list", params={"path": "/empty"}).json() == {}
    assert client.post("/api/2.0/dbfs/delete", json={"path": "/z", "recursive": True}).status_code == 200
    assert client.get("/api/2.0/dbfs/get-status", params={"path": "/z/b/c/f.txt"}).status_code == 404


def test_partial_delete_answers_503_until_done(client: httpx.Client, mock: MockServer) -> None:
    mock.env.service("dbfs").partial_delete_batch = 3  # type: ignore[attr-defined]
    for i in range(7):
        client.post("/api/2.0/dbfs/put", json={"path": f"/many/f{i}", "contents": b64(b"x")})
    codes = []
    for _ in range(5):
        r = client.post("/api/2.0/dbfs/delete", json={"path": "/many", "recursive": True})
        codes.append(r.status_code)
        if r.status_code == 200:
            break
        assert r.json()["error_code"] == "PARTIAL_DELETE"
    assert codes == [503, 503, 200]
    assert client.get("/api/2.0/dbfs/get-status", params={"path": "/many"}).status_code == 404


def test_handles_expire_after_ten_idle_minutes(client: httpx.Client, mock: MockServer) -> None:
    handle = client.post("/api/2.0/dbfs/create", json={"path": "/slow"}).json()["handle"]
    mock.advance(9 * 60)
    assert client.post("/api/2.0/dbfs/add-block", json={"handle": handle, "data": b64(b"a")}).status_code == 200
    mock.advance(10 * 60 + 1)
    r = client.post("/api/2.0/dbfs/close", json={"handle": handle})
    assert r.status_code == 404 and r.json()["error_code"] == "RESOURCE_DOES_NOT_EXIST"
    assert client.get("/api/2.0/dbfs/get-status", params={"path": "/slow"}).status_code == 404


def test_an_abandoned_handle_expires_by_the_clock_and_its_blob_leaves_the_disk(
    client: httpx.Client, mock: MockServer
) -> None:
    dbfs = cast(DbfsService, mock.env.service("dbfs"))
    handle = client.post("/api/2.0/dbfs/create", json={"path": "/abandoned"}).json()["handle"]
    assert client.post("/api/2.0/dbfs/add-block", json={"handle": handle, "data": b64(b"x" * 1000)}).status_code == 200
    mock.advance(9 * 60)
    # each add-block pushes the deadline back by ten minutes
    assert client.post("/api/2.0/dbfs/add-block", json={"handle": handle, "data": b64(b"y" * 1000)}).status_code == 200
    mock.advance(9 * 60)
    assert handle in dbfs.handles and dbfs.disk_usage() == 2000
    mock.advance(60)  # ten idle minutes since the last block: no request needed for it to go
    assert handle not in dbfs.handles and dbfs.disk_usage() == 0
    r = client.post("/api/2.0/dbfs/add-block", json={"handle": handle, "data": b64(b"z")})
    assert r.status_code == 404 and r.json()["error_code"] == "RESOURCE_DOES_NOT_EXIST"
    # a handle that was closed in time is untouched by its old deadline
    handle = client.post("/api/2.0/dbfs/create", json={"path": "/kept"}).json()["handle"]
    client.post("/api/2.0/dbfs/add-block", json={"handle": handle, "data": b64(b"k")})
    assert client.post("/api/2.0/dbfs/close", json={"handle": handle}).status_code == 200
    mock.advance(3600)
    assert dbfs.file_bytes("/kept") == b"k"


def test_a_negative_read_length_is_an_invalid_parameter_not_a_size_limit(client: httpx.Client) -> None:
    client.post("/api/2.0/dbfs/put", json={"path": "/f", "contents": b64(b"0123456789")})
    r = client.get("/api/2.0/dbfs/read", params={"path": "/f", "length": -1})
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE", r.text
    r = client.get("/api/2.0/dbfs/read", params={"path": "/f", "length": (1 << 20) + 1})
    assert r.status_code == 400 and r.json()["error_code"] == "MAX_READ_SIZE_EXCEEDED"


def test_file_contents_live_on_disk_not_in_memory(client: httpx.Client, mock: MockServer, tmp_path: Path) -> None:
    """A 20 MB multipart put and its read-back allocate a few MB at most: the bytes go through files."""
    source = tmp_path / "big.bin"
    with source.open("wb") as f:
        for i in range(20):
            f.write(bytes([i]) * (1 << 20))
    dbfs = cast(DbfsService, mock.env.service("dbfs"))
    tracemalloc.start()
    try:
        with source.open("rb") as f:
            r = client.post("/api/2.0/dbfs/put", data={"path": "/big.bin"}, files={"contents": f})
        assert r.status_code == 200, r.text
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 6 * (1 << 20), f"peak {peak / (1 << 20):.1f} MB"
    assert dbfs.disk_usage() == 20 << 20
    assert client.get("/api/2.0/dbfs/get-status", params={"path": "/big.bin"}).json()["file_size"] == 20 << 20


def test_bad_input_gets_databricks_shaped_4xx(client: httpx.Client) -> None:
    r = client.post("/api/2.0/dbfs/create", content=b"{not json", headers={"Content-Type": "application/json"})
    assert r.status_code == 400 and r.json()["error_code"] == "MALFORMED_REQUEST"
    r = client.post("/api/2.0/dbfs/create", json={"path": 12})
    assert r.status_code == 400 and r.json()["error_code"] == "MALFORMED_REQUEST"
    r = client.post("/api/2.0/dbfs/create", json={})
    assert r.status_code == 400 and "path" in r.json()["message"]
    h = client.post("/api/2.0/dbfs/create", json={"path": "/x"}).json()["handle"]
    r = client.post("/api/2.0/dbfs/add-block", json={"handle": h, "data": "not base64!!"})
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE"
    r = client.post("/api/2.0/dbfs/add-block", json={"handle": 999999, "data": b64(b"x")})
    assert r.status_code == 404
    r = client.get("/api/2.0/dbfs/nope")
    assert r.status_code == 404 and r.json()["error_code"] == "ENDPOINT_NOT_FOUND"
    r = client.get("/api/2.0/dbfs/create")
    assert r.status_code == 405 and r.headers["allow"] == "POST"


def test_auth_is_required(mock: MockServer) -> None:
    with httpx.Client(base_url="http://mock", transport=mock.transport()) as anon:
        r = anon.get("/api/2.0/dbfs/list", params={"path": "/"})
        assert r.status_code == 401 and r.json()["error_code"] == "UNAUTHENTICATED"
        r = anon.get("/api/2.0/dbfs/list", params={"path": "/"}, headers={"Authorization": "Bearer wrong"})
        assert r.status_code == 401
        basic = httpx.BasicAuth("token", "dapi-test-token")
        assert anon.get("/api/2.0/dbfs/list", params={"path": "/"}, auth=basic).status_code == 200


def test_basic_user_and_password() -> None:
    with (
        MockServer(MockConfig(passwords={"alice@example.com": "s3cret"})) as mock,
        httpx.Client(base_url="http://mock", transport=mock.transport()) as anon,
    ):
        for user, password, status in (
            ("alice@example.com", "s3cret", 200),
            ("alice@example.com", "wrong", 401),
            ("alice@example.com", "", 401),
            ("bob@example.com", "s3cret", 401),
            ("token", "s3cret", 401),
        ):
            r = anon.get("/api/2.0/dbfs/list", params={"path": "/"}, auth=httpx.BasicAuth(user, password))
            assert r.status_code == status, (user, password)
            if status == 401:
                assert r.json()["error_code"] == "UNAUTHENTICATED"


def test_a_basic_password_with_non_ascii_characters_is_compared_not_a_500() -> None:
    # hmac.compare_digest raises TypeError for str with non-ASCII characters: any caller's accented password was
    # an INTERNAL_ERROR, and a configured one could never sign in. Basic credentials are UTF-8 (RFC 7617).
    with (
        MockServer(
            MockConfig(passwords={"alice@example.com": "p\u00e4ssw\u00f6rd", "bob@example.com": "s3cret"})
        ) as mock,
        httpx.Client(base_url="http://mock", transport=mock.transport()) as anon,
    ):
        for user, password, status in (
            ("alice@example.com", "p\u00e4ssw\u00f6rd", 200),
            ("alice@example.com", "password", 401),
            ("bob@example.com", "s3cr\u00e9t", 401),
        ):
            basic = base64.b64encode(f"{user}:{password}".encode()).decode()
            r = anon.get("/api/2.0/dbfs/list", params={"path": "/"}, headers={"Authorization": f"Basic {basic}"})
            assert r.status_code == status, (user, password, r.text)


def test_an_empty_or_blank_token_in_the_configuration_opens_nothing() -> None:
    # A blank --token was matched by Basic "token:" (an empty password): the API and the control API were open.
    with (
        MockServer(MockConfig(tokens={"": "admin@example.com", " ": "admin@example.com"})) as mock,
        httpx.Client(base_url="http://mock", transport=mock.transport()) as anon,
    ):
        for password in ("", " "):
            auth = httpx.BasicAuth("token", password)
            assert anon.get("/api/2.0/dbfs/list", params={"path": "/"}, auth=auth).status_code == 401
            assert anon.post("/__mock/reset", auth=auth).status_code == 401
        for header in ("Bearer ", "Bearer  "):
            assert anon.get("/api/2.0/dbfs/list", headers={"Authorization": header}).status_code == 401


def test_relative_and_dotdot_paths_are_rejected_in_databricks_words(client: httpx.Client) -> None:
    for path in ("tmp/a.txt", "/tmp/../etc", "dbfs:tmp"):
        r = client.get("/api/2.0/dbfs/get-status", params={"path": path})
        assert r.status_code == 400, path
        body = r.json()
        assert body["error_code"] == "INVALID_PARAMETER_VALUE"
        assert body["message"] == f"Path must be absolute and must not contain '..': {path!r}", body
    # the dbfs: scheme and repeated slashes are tolerated
    assert client.post("/api/2.0/dbfs/mkdirs", json={"path": "dbfs://tmp//x"}).status_code == 200
    assert client.get("/api/2.0/dbfs/get-status", params={"path": "/tmp/x"}).json()["is_dir"] is True

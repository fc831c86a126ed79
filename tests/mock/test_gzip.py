"""Accept-Encoding: gzip is answered with gzip-encoded bodies, as Databricks does (the Clusters API docs' example
`curl --compressed .../api/2.0/clusters/list > clusters.gz`; api-inventory §1.1)."""

from __future__ import annotations

import asyncio
import base64
import gzip
import json

import httpx
from dbrest_mock import MockServer
from dbrest_mock.encoding import accepts_gzip

TOKEN_HEADER = {"Authorization": "Bearer dapi-test-token"}


def test_a_large_body_is_gzipped_when_asked(client: httpx.Client) -> None:
    for i in range(20):
        client.post("/api/2.0/workspace/mkdirs", json={"path": f"/Shared/folder-{i:02d}"})
    r = client.get("/api/2.0/workspace/list", params={"path": "/Shared"}, headers={"Accept-Encoding": "gzip"})
    assert r.status_code == 200
    assert r.headers["content-encoding"] == "gzip" and r.headers["vary"] == "Accept-Encoding"
    assert len(r.json()["objects"]) == 20  # httpx decodes it


def test_the_wire_bytes_are_gzip_over_asgi(mock: MockServer) -> None:
    async def fetch(encoding: str) -> tuple[httpx.Headers, bytes]:
        transport = httpx.ASGITransport(app=mock.app)
        async with httpx.AsyncClient(transport=transport, base_url="http://mock", headers=TOKEN_HEADER) as c:
            for i in range(20):
                await c.post("/api/2.0/workspace/mkdirs", json={"path": f"/Shared/f{i:02d}"})
            async with c.stream(
                "GET", "/api/2.0/workspace/list", params={"path": "/Shared"}, headers={"Accept-Encoding": encoding}
            ) as r:
                return r.headers, b"".join([chunk async for chunk in r.aiter_raw()])

    headers, raw = asyncio.run(fetch("gzip"))
    assert headers["content-encoding"] == "gzip" and raw[:2] == b"\x1f\x8b"
    assert len(json.loads(gzip.decompress(raw))["objects"]) == 20
    headers, raw = asyncio.run(fetch("identity"))
    assert "content-encoding" not in headers
    assert json.loads(raw)["objects"]


def test_small_bodies_and_refusals_stay_plain(client: httpx.Client) -> None:
    r = client.get("/api/2.0/workspace/get-status", params={"path": "/"}, headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in r.headers
    r = client.get("/api/2.0/workspace/list", params={"path": "/"}, headers={"Accept-Encoding": "gzip;q=0"})
    assert "content-encoding" not in r.headers


def test_accept_encoding_parsing() -> None:
    assert accepts_gzip("gzip, deflate") and accepts_gzip("br;q=1, GZIP;q=0.5") and accepts_gzip("*")
    assert not accepts_gzip("") and not accepts_gzip("identity") and not accepts_gzip("gzip;q=0")
    assert not accepts_gzip("deflate, br")


def test_bodies_over_a_mebibyte_stay_plain(client: httpx.Client) -> None:
    # DBFS read windows (1 MB of data, 1.4 MB of base64) cost more to compress than they save.
    data = bytes(range(256)) * 4096
    r = client.post(
        "/api/2.0/dbfs/put",
        json={"path": "/big.bin", "contents": base64.b64encode(data[: 1024 * 1024]).decode(), "overwrite": True},
    )
    assert r.status_code == 200, r.text
    r = client.get(
        "/api/2.0/dbfs/read", params={"path": "/big.bin", "length": 1024 * 1024}, headers={"Accept-Encoding": "gzip"}
    )
    assert r.status_code == 200 and "content-encoding" not in r.headers
    r = client.get(
        "/api/2.0/dbfs/read", params={"path": "/big.bin", "length": 4096}, headers={"Accept-Encoding": "gzip"}
    )
    assert r.headers["content-encoding"] == "gzip" and base64.b64decode(r.json()["data"]) == data[:4096]


def test_a_compressed_request_body_is_refused_saying_why(client: httpx.Client) -> None:
    # The mock reads request bodies as they are; a gzip body was answered "not valid UTF-8 (byte 1)".
    body = gzip.compress(json.dumps({"path": "/Shared/zipped"}).encode())
    headers = {"Content-Encoding": "gzip", "Content-Type": "application/json"}
    r = client.post("/api/2.0/workspace/mkdirs", content=body, headers=headers)
    assert r.status_code == 400 and r.json()["error_code"] == "MALFORMED_REQUEST"
    assert "Content-Encoding gzip" in r.json()["message"] and "uncompressed" in r.json()["message"]
    r = client.post(
        "/api/2.0/workspace/mkdirs", json={"path": "/Shared/plain"}, headers={"Content-Encoding": "identity"}
    )
    assert r.status_code == 200, r.text

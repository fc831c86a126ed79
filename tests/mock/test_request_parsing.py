"""How the mock reads requests: strict JSON (bodies and the documents inside fields), UTF-8 only, strict integers.

Whatever a client sends, the answer is a Databricks-shaped 4xx, never a 500: MALFORMED_REQUEST for a body the
mock cannot read, INVALID_PARAMETER_VALUE for a document inside a field that it cannot read.
"""

from __future__ import annotations

import base64

import httpx
import pytest


def b64(data: str | bytes) -> str:
    return base64.b64encode(data.encode() if isinstance(data, str) else data).decode()


def assert_error(r: httpx.Response, status: int, code: str) -> None:
    assert r.status_code == status and r.json()["error_code"] == code, f"{r.status_code} {r.text[:300]}"


# --- query integers --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("offset", ["\u0661", "1_0", " 1", "+1", "1.0", "0x1"])
def test_query_integers_are_ascii_digits_only(client: httpx.Client, offset: str) -> None:
    client.post("/api/2.0/dbfs/put", json={"path": "/f", "contents": b64("0123456789")})
    r = client.get("/api/2.0/dbfs/read", params={"path": "/f", "offset": offset})
    assert_error(r, 400, "INVALID_PARAMETER_VALUE")
    r = client.get("/api/2.0/dbfs/read", params={"path": "/f", "offset": "01", "length": "2"})
    assert r.json() == {"bytes_read": 2, "data": b64("12")}


def test_query_integers_beyond_the_conversion_limit_are_invalid(client: httpx.Client) -> None:
    r = client.get("/api/2.0/dbfs/read", params={"path": "/f", "offset": "9" * 5000})
    assert_error(r, 400, "INVALID_PARAMETER_VALUE")

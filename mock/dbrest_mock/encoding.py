"""Response compression: a body is gzip-encoded when the request's Accept-Encoding takes gzip.

Databricks answers ``Accept-Encoding: gzip`` with gzip-encoded bodies (the Clusters API docs' own example is
``curl ... --compressed .../clusters/list > clusters.gz``, api-inventory §1.1 "Supports Accept-Encoding: gzip").
Small bodies stay plain (compressing a few bytes only adds the gzip header, and servers skip them too); level 1
keeps the mock fast for the 1.4 MB DBFS read bodies that every httpx client, asking for gzip by default, gets.
"""

from __future__ import annotations

import gzip
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .app import RawResponse

#: Bodies shorter than this are sent as they are.
MIN_BYTES = 256


def accepts_gzip(accept_encoding: str) -> bool:
    """Whether an Accept-Encoding header value takes gzip (``gzip``, ``x-gzip`` or ``*``, with a q above 0)."""
    for item in accept_encoding.split(","):
        name, _, params = item.strip().partition(";")
        if name.strip().lower() not in ("gzip", "x-gzip", "*"):
            continue
        q = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if q > 0:
            return True
    return False


def encode_response(accept_encoding: str, resp: RawResponse) -> RawResponse:
    """``resp`` gzip-encoded (Content-Encoding, Vary) when the client accepts it and the body is worth it."""
    if resp.drop or resp.status == 204 or len(resp.body) < MIN_BYTES or not accepts_gzip(accept_encoding):
        return resp
    if any(k == "content-encoding" for k, _ in resp.headers):
        return resp
    resp.body = gzip.compress(resp.body, compresslevel=1, mtime=0)
    resp.headers = [(k, v) for k, v in resp.headers if k != "content-length"]
    resp.headers += [("content-encoding", "gzip"), ("vary", "Accept-Encoding")]
    return resp

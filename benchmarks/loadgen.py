"""Requests per second of the mock: ``python loadgen.py URL TOKEN ENDPOINT CONCURRENCY TOTAL [CLUSTER_ID]``.

A deliberately thin load generator (standard library only: one keep-alive ``http.client`` connection per
thread, request bodies encoded once) so that the number measures the mock, not the client. ``ENDPOINT`` is
``clusters-get`` (GET /api/2.0/clusters/get), ``add-block`` (POST /api/2.0/dbfs/add-block with a 1 MiB block,
base64, as clients send; each thread appends to its own handle, created and closed outside the timed part) or
``read`` (GET /api/2.0/dbfs/read of 1 MiB from a 16 MiB file written before the clock starts). Prints one JSON
line: requests, errors, seconds, rps, mb_per_s (payload bytes, for add-block and read).
"""

from __future__ import annotations

import base64
import http.client
import json
import os
import sys
import threading
import time
import urllib.parse
from typing import Any

HEADERS = {"Content-Type": "application/json"}
BLOCK = 1024 * 1024
READ_BLOCKS = 16


def call(conn: http.client.HTTPConnection, method: str, path: str, body: bytes | None = None) -> dict[str, Any]:
    conn.request(method, path, body=body, headers=HEADERS)
    resp = conn.getresponse()
    data = resp.read()
    if resp.status != 200:
        raise RuntimeError(f"{method} {path}: HTTP {resp.status} {data[:200]!r}")
    return json.loads(data) if data else {}


def main() -> None:
    url, token, endpoint = sys.argv[1], sys.argv[2], sys.argv[3]
    concurrency, total = int(sys.argv[4]), int(sys.argv[5])
    cluster_id = sys.argv[6] if len(sys.argv) > 6 else ""
    parts = urllib.parse.urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    HEADERS["Authorization"] = f"Bearer {token}"
    block = base64.b64encode(os.urandom(BLOCK)).decode("ascii") if endpoint == "add-block" else ""
    per_thread = [total // concurrency + (1 if i < total % concurrency else 0) for i in range(concurrency)]
    errors = [0] * concurrency
    read_path = f"/bench/load/{os.getpid()}-read.bin"
    if endpoint == "read":
        setup = http.client.HTTPConnection(host, port, timeout=120)
        body = json.dumps({"path": read_path, "overwrite": True}).encode()
        handle = call(setup, "POST", "/api/2.0/dbfs/create", body)["handle"]
        for _ in range(READ_BLOCKS):
            data = base64.b64encode(os.urandom(BLOCK)).decode("ascii")
            call(setup, "POST", "/api/2.0/dbfs/add-block", json.dumps({"handle": handle, "data": data}).encode())
        call(setup, "POST", "/api/2.0/dbfs/close", json.dumps({"handle": handle}).encode())
        setup.close()
    # Bounded waits: a thread that fails before the start line breaks the barrier instead of hanging the run.
    barrier = threading.Barrier(concurrency + 1, timeout=300)
    done = threading.Barrier(concurrency + 1, timeout=600)

    def worker(i: int) -> None:
        conn = http.client.HTTPConnection(host, port, timeout=120)
        if endpoint == "add-block":
            path = f"/bench/load/{os.getpid()}-{i}.bin"
            body = json.dumps({"path": path, "overwrite": True}).encode()
            handle = call(conn, "POST", "/api/2.0/dbfs/create", body)["handle"]
            method, target = "POST", "/api/2.0/dbfs/add-block"
            payload: bytes | None = json.dumps({"handle": handle, "data": block}).encode()
        else:
            method, payload = "GET", None
            target = f"/api/2.0/clusters/get?cluster_id={urllib.parse.quote(cluster_id)}"
            call(conn, "GET", "/api/2.0/dbfs/get-status?path=/")  # connect before the clock starts
        barrier.wait()
        for n in range(per_thread[i]):
            if endpoint == "read":
                target = f"/api/2.0/dbfs/read?path={read_path}&offset={(i + n) % READ_BLOCKS * BLOCK}&length={BLOCK}"
            try:
                call(conn, method, target, payload)
            except Exception:
                errors[i] += 1
                conn.close()
                conn = http.client.HTTPConnection(host, port, timeout=120)
        done.wait()
        if endpoint == "add-block":
            call(conn, "POST", "/api/2.0/dbfs/close", json.dumps({"handle": handle}).encode())
        conn.close()

    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(concurrency)]
    for t in threads:
        t.start()
    barrier.wait()
    t0 = time.perf_counter()
    done.wait()
    seconds = time.perf_counter() - t0
    for t in threads:
        t.join()
    ok = total - sum(errors)
    print(
        json.dumps(
            {
                "endpoint": endpoint,
                "concurrency": concurrency,
                "requests": total,
                "errors": sum(errors),
                "seconds": seconds,
                "rps": ok / seconds,
                "mb_per_s": ok * BLOCK / 1e6 / seconds if endpoint in ("add-block", "read") else None,
            }
        )
    )


if __name__ == "__main__":
    main()

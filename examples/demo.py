"""`make demo`: start dbrest_mock on a free loopback port and take dbrest for a short tour against it."""

from __future__ import annotations

import hashlib
import os
import secrets
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import dbrest


def start_mock(token: str) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "dbrest_mock", "--host", "127.0.0.1", "--port", "0", "--token", token,
         "--durations", "fast"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    prefix = "dbrest_mock listening on "
    if not line.startswith(prefix):
        proc.kill()
        raise SystemExit(f"demo: the mock did not start: {line!r}")
    return proc, line[len(prefix) :]


def step(text: str) -> None:
    print(f"\n== {text}", flush=True)


def main() -> int:
    token = "dapi" + secrets.token_hex(16)
    proc, url = start_mock(token)
    try:
        print(f"dbrest_mock is serving {url}")
        ws = dbrest.Workspace(host=url, token=token)
        print(repr(ws), "(the token is not in the repr)")

        step("DBFS: upload a multi-megabyte file and read it back")
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "payload.bin"
            src.write_bytes(os.urandom(12 * 1024 * 1024 + 321))
            digest = hashlib.sha256(src.read_bytes()).hexdigest()
            t0 = time.perf_counter()
            sent = ws.dbfs.upload(src, "dbfs:/demo/payload.bin", overwrite=True)
            t1 = time.perf_counter()
            back = Path(tmp) / "back.bin"
            got = ws.dbfs.download("dbfs:/demo/payload.bin", back)
            t2 = time.perf_counter()
            same = hashlib.sha256(back.read_bytes()).hexdigest() == digest
            print(f"uploaded {sent:,} bytes in {t1 - t0:.2f}s, downloaded {got:,} bytes in {t2 - t1:.2f}s")
            print(f"sha256 {digest[:16]}... round trip identical: {same}")
            if not same:
                return 1
        print("listing dbfs:/demo:", [f"{f.path} ({f.file_size:,} B)" for f in ws.dbfs.ls("dbfs:/demo")])

        step("Errors are typed and say what to do")
        try:
            ws.dbfs.get_status(path="/no/such/file")
        except dbrest.ResourceDoesNotExist as exc:
            print(f"{type(exc).__name__}: {exc}")
        return 0
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


if __name__ == "__main__":
    sys.exit(main())

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
        [
            sys.executable,
            "-m",
            "dbrest_mock",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--token",
            token,
            "--durations",
            "fast",
        ],
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

        step("Clusters: create one and wait for it to be RUNNING")
        versions = ws.clusters.spark_versions().versions or []
        node_types = ws.clusters.list_node_types().node_types or []
        cluster_id = ws.clusters.create(
            cluster_name="dbrest-demo",
            spark_version=versions[-1].key,
            node_type_id=node_types[0].node_type_id,
            num_workers=2,
            autotermination_minutes=60,
        ).cluster_id
        seen: list[str] = []
        info = ws.clusters.wait_running(
            cluster_id, timeout=120, callback=lambda c: seen.append(str(c.state)) if str(c.state) not in seen else None
        )
        print(f"cluster {cluster_id}: {' -> '.join(seen)}; {info.num_workers} workers of {info.node_type_id}")

        step("REST API 1.2: run a command on the cluster")
        result = ws.commands.execute(cluster_id, "print('hello from dbrest')", language="python", timeout=120)
        print(f"{result.result_type}: {result.data}")

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

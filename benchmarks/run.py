"""``make bench``: dbrest against databricks-sdk 0.29.0 and databricks-cli 0.18.0 on a local dbrest_mock.

Starts the mock as its own process on a free loopback port, runs every measurement in a fresh interpreter per
client (``benchmarks/worker.py``: dbrest from ``.venv-bench``, a runtime-only install as a user gets it; the
peers from ``.venv-peers``), alternating the clients within each repetition (the order rotates from one
repetition to the next), and writes ``results.md``, ``results.json`` and ``results.png`` (``chart.py``).
Prints whether each target of the issue is met; a missed target never makes it fail (a measurement that
breaks, e.g. a corrupted download, does).

Usage: ``.venv-bench/bin/python benchmarks/run.py [--reps 3] [--size-mib 256] [--quick] [--out DIR]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from report import (  # benchmarks/report.py: run as a script, this directory is on sys.path
    LABEL,
    RESULT_SECTIONS,
    report,
    targets,
)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORKER = HERE / "worker.py"
LOADGEN = HERE / "loadgen.py"
CHART = HERE / "chart.py"
SCALE = HERE / "scale.py"
PEERS_PY = ROOT / ".venv-peers" / "bin" / "python"
#: Today's databricks-sdk (``make peers-sdk``): too new to share .venv-peers with databricks-cli 0.18.
SDK_PY = ROOT / ".venv-sdk" / "bin" / "python"
#: dbrest installed with its runtime dependencies only (``pip install -e .``, no dev extras), plus matplotlib.
BENCH_PY = ROOT / ".venv-bench" / "bin" / "python"
#: The mock, its load generator and the state-size benchmark run from the dev environment (``make install``): the
#: mock's server stack (uvicorn brings click) would change what ``import httpx`` costs in the client's environment.
MOCK_PY = ROOT / ".venv" / "bin" / "python"
INTERPRETER = {"dbrest": BENCH_PY, "sdk": PEERS_PY, "sdk162": SDK_PY, "cli": PEERS_PY, "raw": BENCH_PY}
#: The sections of a run, in order; ``BENCH_ONLY=percall,import`` (or ``--only``) runs some of them.
SECTIONS = ("import", "percall", "waiters", "transfers", "smallfiles", "resilience", "mock", "scale")
#: Many small files: a tree of TREE_FILES files of TREE_FILE_BYTES in TREE_DIRS directories.
TREE_FILES, TREE_DIRS, TREE_FILE_BYTES = 2000, 50, 4096
TOKEN = "dapi-bench-token"
MiB = 1024 * 1024
MB = 1_000_000
#: Virtual seconds that take a new cluster from PENDING past RUNNING in the mock's realistic durations (300 s).
CLUSTER_START_ADVANCE = 600
#: Seconds after the waiter's first poll at which the cluster becomes RUNNING, one per repetition (cycled):
#: spread over the first 12 s so that neither client's polling schedule is favoured.
WAIT_OFFSETS = (1.5, 4.0, 6.5, 9.0, 11.5)
#: No single measurement process may run longer than this (seconds); the whole run stays bounded.
PROCESS_TIMEOUT = 600
MOCK_ARGS = ("--durations", "realistic", "--clock", "manual")


class BenchError(RuntimeError):
    pass


def log(msg: str) -> None:
    print(msg, flush=True)


# --- statistics ------------------------------------------------------------------------------------------


def summary(samples: Sequence[float]) -> dict[str, Any]:
    return {
        "median": statistics.median(samples),
        "min": min(samples),
        "max": max(samples),
        "n": len(samples),
        "samples": list(samples),
    }


def rotated(items: Sequence[str], rep: int) -> list[str]:
    k = rep % len(items)
    return [*items[k:], *items[:k]]


# --- the mock process -------------------------------------------------------------------------------------


class Mock:
    """``python -m dbrest_mock`` on a free loopback port, manual clock, realistic durations."""

    def __init__(self, workdir: Path, launcher: Sequence[str] = ("-m", "dbrest_mock"), name: str = "mock") -> None:
        self.stderr = (workdir / f"{name}.stderr").open("w+b")
        self.proc = subprocess.Popen(
            [str(MOCK_PY), *launcher, "--host", "127.0.0.1", "--port", "0", "--token", TOKEN, *MOCK_ARGS],
            stdout=subprocess.PIPE,
            stderr=self.stderr,
            text=True,
            cwd=workdir,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().strip()
        prefix = "dbrest_mock listening on "
        if not line.startswith(prefix):
            self.stop()
            raise BenchError(f"the mock did not start: {line!r} {self._stderr_tail()}")
        self.url = line[len(prefix) :]

    def cpu_seconds(self) -> float:
        """User + system CPU time the mock process has used so far (/proc/PID/stat, clock ticks)."""
        fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def _stderr_tail(self) -> str:
        self.stderr.seek(0)
        return self.stderr.read().decode("utf-8", "replace")[-2000:]

    def request(self, method: str, path: str, body: Any = None, query: str = "") -> Any:
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.url + path + (f"?{query}" if query else ""), data=data, method=method)
        req.add_header("Authorization", f"Bearer {TOKEN}")
        if data is not None:
            req.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(req, timeout=60) as resp:
                raw = resp.read()
        except urllib.error.HTTPError as exc:
            raise BenchError(f"{method} {path}: HTTP {exc.code} {exc.read()[:300]!r}") from None
        return json.loads(raw) if raw else {}

    def reset(self) -> None:
        self.request("POST", "/__mock/reset", {})

    def add_latency(self, ms: float) -> None:
        self.request("POST", "/__mock/faults", {"path": "/api/*", "delay_ms": ms})

    def add_fault(self, **spec: Any) -> None:
        self.request("POST", "/__mock/faults", spec)

    def faults_fired(self) -> int:
        return sum(int(f["fired"]) for f in self.request("GET", "/__mock/faults")["faults"])

    def clear_faults(self) -> None:
        self.request("DELETE", "/__mock/faults")

    def advance(self, seconds: float) -> None:
        self.request("POST", "/__mock/clock/advance", {"seconds": seconds})

    def create_cluster(self, name: str) -> str:
        versions = self.request("GET", "/api/2.0/clusters/spark-versions")["versions"]
        nodes = self.request("GET", "/api/2.0/clusters/list-node-types")["node_types"]
        spec = {
            "cluster_name": name,
            "spark_version": sorted(v["key"] for v in versions)[-1],
            "node_type_id": nodes[0]["node_type_id"],
            "num_workers": 1,
            "autotermination_minutes": 0,
        }
        return str(self.request("POST", "/api/2.0/clusters/create", spec)["cluster_id"])

    def cluster_state(self, cluster_id: str) -> str:
        return str(self.request("GET", "/api/2.0/clusters/get", query=f"cluster_id={cluster_id}")["state"])

    def tree_manifest(self, root: str) -> dict[str, str]:
        """{path relative to ``root``: SHA-256} of every file under the DBFS directory ``root``, read through the
        API on one kept-alive connection (files here are at most 1 MiB: one read each)."""
        import base64
        import http.client
        import urllib.parse

        parts = urllib.parse.urlsplit(self.url)
        conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port or 80, timeout=60)
        headers = {"Authorization": f"Bearer {TOKEN}"}

        def get(endpoint: str, **query: Any) -> Any:
            conn.request("GET", f"{endpoint}?{urllib.parse.urlencode(query)}", headers=headers)
            resp = conn.getresponse()
            body = resp.read()
            if resp.status != 200:
                raise BenchError(f"GET {endpoint} {query}: HTTP {resp.status} {body[:300]!r}")
            return json.loads(body)

        out: dict[str, str] = {}
        pending = [root]
        try:
            while pending:
                for info in get("/api/2.0/dbfs/list", path=pending.pop()).get("files", []):
                    if info["is_dir"]:
                        pending.append(info["path"])
                        continue
                    data = base64.b64decode(get("/api/2.0/dbfs/read", path=info["path"], length=MiB).get("data", ""))
                    if len(data) != info["file_size"]:
                        raise BenchError(f"{info['path']}: read {len(data)} bytes of {info['file_size']}")
                    out[info["path"][len(root) + 1 :]] = hashlib.sha256(data).hexdigest()
        finally:
            conn.close()
        return out

    def file_size(self, path: str) -> int:
        return int(self.request("GET", "/api/2.0/dbfs/get-status", query=f"path={path}")["file_size"])

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.stderr.close()


# --- running one measurement --------------------------------------------------------------------------------


@dataclass
class Runner:
    mock: Mock
    workdir: Path
    env: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        home = self.workdir / "home"
        home.mkdir(exist_ok=True)
        env = {k: v for k, v in os.environ.items() if not k.startswith("DATABRICKS_") and k != "PYTHONPATH"}
        # No ~/.databrickscfg or ~/.netrc of the person running it; the CLI reads host and token from here.
        env.update(HOME=str(home), DATABRICKS_HOST=self.mock.url, DATABRICKS_TOKEN=TOKEN)
        self.env = env

    def process(
        self,
        cmd: list[str],
        on_line: Callable[[str], None] | None = None,
        what: str = "",
        timeout: float = PROCESS_TIMEOUT,
    ) -> tuple[list[str], Any]:
        """Run ``cmd``; returns its stdout lines and its own rusage (wait4: peak RSS, CPU of that child)."""
        with tempfile.TemporaryFile(dir=self.workdir) as err:
            proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, text=True, env=self.env, cwd=self.workdir)
            assert proc.stdout is not None
            timed_out = threading.Event()

            def kill() -> None:
                timed_out.set()
                proc.kill()

            watchdog = threading.Timer(timeout, kill)
            watchdog.start()
            lines = []
            try:
                for line in proc.stdout:
                    lines.append(line.rstrip("\n"))
                    if on_line is not None:
                        on_line(line)
            except BaseException:
                proc.kill()
                proc.wait()
                raise
            finally:
                watchdog.cancel()
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
            proc.stdout.close()
            if timed_out.is_set():
                raise BenchError(f"{what or cmd} did not finish within {timeout} s")
            if proc.returncode != 0:
                err.seek(0)
                tail = err.read().decode("utf-8", "replace")[-3000:]
                raise BenchError(f"{what or cmd} exited with {proc.returncode}:\n{tail}")
        return lines, usage

    def worker(
        self, client: str, task: str, on_line: Callable[[str], None] | None = None, **args: Any
    ) -> dict[str, Any]:
        cmd = [str(INTERPRETER[client]), str(WORKER), client, task, *(f"{k}={v}" for k, v in args.items())]
        lines, usage = self.process(cmd, on_line, what=f"{client} {task}")
        result: dict[str, Any] = json.loads(lines[-1])
        result["peak_rss_mib"] = usage.ru_maxrss / 1024  # KiB on Linux
        result["process_cpu_s"] = usage.ru_utime + usage.ru_stime
        return result

    def loadgen(
        self, endpoint: str, concurrency: int, total: int, cluster_id: str = "", mock: Mock | None = None
    ) -> dict[str, Any]:
        mock = mock or self.mock
        cmd = [str(MOCK_PY), str(LOADGEN), mock.url, TOKEN, endpoint, str(concurrency), str(total), cluster_id]
        before = mock.cpu_seconds()
        lines, _ = self.process(cmd, what=f"loadgen {endpoint} c={concurrency}")
        result: dict[str, Any] = json.loads(lines[-1])
        # Set-up requests of the loadgen (a 16 MiB file for reads) are counted too: a small overstatement.
        result["server_cpu_ms"] = (mock.cpu_seconds() - before) * 1000 / result["requests"]
        if result["errors"]:
            raise BenchError(f"loadgen {endpoint} c={concurrency}: {result['errors']} failed requests")
        return result


# --- the measurements ---------------------------------------------------------------------------------------


IMPORT_CODE = {
    "dbrest": "import dbrest; dbrest.Workspace(host={url!r}, token={token!r})",
    "sdk": "import databricks.sdk; databricks.sdk.WorkspaceClient(host={url!r}, token={token!r})",
}


def bench_import(run: Runner, reps: int) -> dict[str, Any]:
    """Inside a fresh interpreter (start-up excluded, worker.py), and the whole process from exec to exit
    (start-up included: ``python -c "import ...; client(...)"``, wall and CPU from wait4)."""
    clients = ["dbrest", "sdk", "sdk162"]
    samples: dict[str, list[dict[str, Any]]] = {c: [] for c in clients}
    for rep in range(reps):
        for client in rotated(clients, rep):
            r = run.worker(client, "import", url=run.mock.url, token=TOKEN)
            code = IMPORT_CODE["dbrest" if client == "dbrest" else "sdk"].format(url=run.mock.url, token=TOKEN)
            t0 = time.perf_counter()
            _, usage = run.process([str(INTERPRETER[client]), "-c", code], what=f"{client} import (whole process)")
            r["process_ms"] = (time.perf_counter() - t0) * 1000
            r["process_cpu_ms"] = (usage.ru_utime + usage.ru_stime) * 1000
            samples[client].append(r)
            log(
                f"  import {LABEL[client]:22} {r['total_s'] * 1000:8.1f} ms in-process, "
                f"{r['process_ms']:8.1f} ms whole process ({r['modules']} modules)"
            )
    return {
        c: {
            "total_ms": summary([r["total_s"] * 1000 for r in rs]),
            "cpu_ms": summary([r["cpu_s"] * 1000 for r in rs]),
            "import_ms": summary([r["import_s"] * 1000 for r in rs]),
            "construct_ms": summary([r["construct_s"] * 1000 for r in rs]),
            "process_ms": summary([r["process_ms"] for r in rs]),
            "process_cpu_ms": summary([r["process_cpu_ms"] for r in rs]),
            "rss_mib": summary([r["rss_mib"] for r in rs]),
            "modules": summary([r["modules"] for r in rs]),
        }
        for c, rs in samples.items()
    }


def bench_calls(run: Runner, reps: int, calls: int) -> dict[str, Any]:
    cid = run.mock.create_cluster("bench-get")
    clients = ["dbrest", "sdk", "sdk162", "cli", "raw"]
    samples: dict[str, list[dict[str, Any]]] = {c: [] for c in clients}
    for rep in range(reps):
        for client in rotated(clients, rep):
            r = run.worker(client, "get", url=run.mock.url, token=TOKEN, cluster_id=cid, n=calls)
            if r["state"] != "PENDING":
                raise BenchError(f"{client} clusters/get returned state {r['state']!r}, expected PENDING")
            samples[client].append(r)
            log(f"  clusters/get {LABEL[client]:22} cpu {r['cpu_us']:7.0f} us/call  wall {r['wall_us']:7.0f} us/call")
    profile = run.worker("dbrest", "profile", url=run.mock.url, token=TOKEN, cluster_id=cid, n=calls)["profile"]
    for part, share in profile:
        log(f"  profile: {share:6.1%} {part}")
    return {
        "calls": calls,
        "profile": profile,
        **{
            c: {"cpu_us": summary([r["cpu_us"] for r in rs]), "wall_us": summary([r["wall_us"] for r in rs])}
            for c, rs in samples.items()
        },
    }


def bench_waiters(run: Runner, reps: int) -> dict[str, Any]:
    clients = ["dbrest", "sdk", "sdk162"]
    samples: dict[str, list[float]] = {c: [] for c in clients}
    polls: dict[str, list[float]] = {c: [] for c in clients}
    offsets: list[float] = []
    for rep in range(reps):
        offset = WAIT_OFFSETS[rep % len(WAIT_OFFSETS)]
        offsets.append(offset)
        for client in rotated(clients, rep):
            cid = run.mock.create_cluster(f"bench-wait-{rep}-{client}")
            run.mock.request("DELETE", "/__mock/requests")
            running_at: list[float] = []

            def on_line(
                line: str, cid: str = cid, offset: float = offset, running_at: list[float] = running_at
            ) -> None:
                if not line.startswith("READY "):
                    return
                ready = float(line.split()[1])
                time.sleep(max(0.0, ready + offset - time.monotonic()))
                run.mock.advance(CLUSTER_START_ADVANCE)
                running_at.append(time.monotonic())  # the advance has returned: the cluster is RUNNING
                if run.mock.cluster_state(cid) != "RUNNING":
                    raise BenchError(f"cluster {cid} is not RUNNING after advancing the clock")

            r = run.worker(client, "wait", on_line, url=run.mock.url, token=TOKEN, cluster_id=cid, timeout=120)
            if r["state"] != "RUNNING" or not running_at:
                raise BenchError(f"{client} waiter returned {r['state']!r}")
            latency = r["returned_at"] - running_at[0]
            samples[client].append(latency)
            logged = run.mock.request("GET", "/__mock/requests")["requests"]
            n_polls = sum(
                1 for q in logged if q["path"].endswith("/clusters/get") and q["query"].get("cluster_id") == cid
            )
            polls[client].append(n_polls - 1)  # the worker's own get before READY is no poll
            log(
                f"  waiter {LABEL[client]:22} RUNNING at +{offset:4.1f}s, returned {latency:6.2f} s later "
                f"after {n_polls - 1} polls"
            )
            run.mock.request("POST", "/api/2.0/clusters/permanent-delete", {"cluster_id": cid})
    return {
        "offsets_s": offsets,
        **{c: {"latency_s": summary(samples[c]), "polls": summary(polls[c])} for c in clients},
    }


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(4 * MiB):
            h.update(chunk)
    return h.hexdigest()


def random_file(path: Path, size: int) -> str:
    """Write ``size`` random bytes to ``path``; returns their SHA-256."""
    digest = hashlib.sha256()
    with path.open("wb") as f:
        for _ in range(size // MiB):
            block = os.urandom(MiB)
            digest.update(block)
            f.write(block)
    return digest.hexdigest()


def bench_transfers(run: Runner, reps: int, size: int, latencies: Sequence[float]) -> dict[str, Any]:
    src = run.workdir / "source.bin"
    want = random_file(src, size)
    clients = ["dbrest", "sdk", "sdk162", "cli"]
    remote_src = "/bench/source.bin"
    run.worker("dbrest", "upload", url=run.mock.url, token=TOKEN, src=src, target=remote_src)  # also a warm-up
    if run.mock.file_size(remote_src) != size:
        raise BenchError("the download source did not arrive whole")
    out: dict[str, Any] = {"size_bytes": size, "latencies_ms": list(latencies)}
    for latency in latencies:
        run.mock.clear_faults()
        if latency:
            run.mock.add_latency(latency)
        for direction in ("upload", "download"):
            samples: dict[str, list[dict[str, Any]]] = {c: [] for c in clients}
            for rep in range(reps):
                for client in rotated(clients, rep):
                    if direction == "upload":
                        target = f"/bench/upload-{client}.bin"
                        r = run.worker(client, "upload", url=run.mock.url, token=TOKEN, src=src, target=target)
                        got = run.mock.file_size(target)
                        if got != size:
                            raise BenchError(f"{client} upload left {got} bytes of {size}")
                    else:
                        dst = run.workdir / f"download-{client}.bin"
                        r = run.worker(client, "download", url=run.mock.url, token=TOKEN, src=remote_src, dst=dst)
                        if sha256_of(dst) != want:
                            raise BenchError(f"{client} download is not the uploaded file")
                        dst.unlink()
                    r["mb_per_s"] = size / MB / r["seconds"]
                    samples[client].append(r)
                    log(
                        f"  {direction:8} {latency:4.0f} ms {LABEL[client]:22} {r['seconds']:7.2f} s "
                        f"{r['mb_per_s']:7.1f} MB/s  peak RSS {r['peak_rss_mib']:6.1f} MiB  "
                        f"client CPU {r['cpu_s']:6.2f} s"
                    )
            out[f"{direction}@{latency:g}"] = {
                c: {
                    "seconds": summary([r["seconds"] for r in rs]),
                    "mb_per_s": summary([r["mb_per_s"] for r in rs]),
                    "peak_rss_mib": summary([r["peak_rss_mib"] for r in rs]),
                    "baseline_rss_mib": summary([r["baseline_rss_mib"] for r in rs]),
                    "cpu_s": summary([r["cpu_s"] for r in rs]),
                }
                for c, rs in samples.items()
            }
    run.mock.clear_faults()
    src.unlink()
    return out


def make_tree(
    root: Path, files: int = TREE_FILES, dirs: int = TREE_DIRS, size: int = TREE_FILE_BYTES
) -> dict[str, str]:
    """``files`` random files of ``size`` bytes spread over ``dirs`` directories; returns {relative path: SHA-256}."""
    manifest: dict[str, str] = {}
    for i in range(files):
        rel = f"d{i % dirs:02d}/f{i:04d}.bin"
        data = os.urandom(size)
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
        manifest[rel] = hashlib.sha256(data).hexdigest()
    return manifest


def local_manifest(root: Path) -> dict[str, str]:
    """{relative path: SHA-256} of every file under ``root`` (a partial or extra file shows up as a difference)."""
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def check_tree(what: str, got: dict[str, str], want: dict[str, str]) -> None:
    if got != want:
        missing = sorted(set(want) - set(got))[:3]
        extra = sorted(set(got) - set(want))[:3]
        differ = sorted(k for k in set(got) & set(want) if got[k] != want[k])[:3]
        raise BenchError(f"{what}: the copy differs (missing {missing}, extra {extra}, different {differ})")


def bench_smallfiles(
    run: Runner, reps: int, files: int = TREE_FILES, dirs: int = TREE_DIRS, latency_ms: float = 0.0
) -> dict[str, Any]:
    """``cp -r`` of ``files`` small files, up and down, with ``latency_ms`` added to every API request (a real
    workspace is tens of milliseconds away, where copying files at once pays); every copy is verified file by
    file (SHA-256)."""
    local = run.workdir / "tree"
    want = make_tree(local, files, dirs)
    clients = ["dbrest", "sdk162", "cli"]
    source = "/bench/tree-source"
    run.mock.clear_faults()
    run.worker("dbrest", "tree", url=run.mock.url, token=TOKEN, direction="up", local=local, remote=source)
    check_tree("the download source", run.mock.tree_manifest(source), want)
    if latency_ms:
        run.mock.add_latency(latency_ms)
    out: dict[str, Any] = {"files": files, "dirs": dirs, "file_bytes": TREE_FILE_BYTES, "latency_ms": latency_ms}
    for direction in ("up", "down"):
        samples: dict[str, list[dict[str, Any]]] = {c: [] for c in clients}
        for rep in range(reps):
            for client in rotated(clients, rep):
                if direction == "up":
                    remote = f"/bench/tree-up-{client}"
                    run.mock.request("POST", "/api/2.0/dbfs/delete", {"path": remote, "recursive": True})
                    r = run.worker(
                        client, "tree", url=run.mock.url, token=TOKEN, direction="up", local=local, remote=remote
                    )
                    check_tree(f"{client} cp -r up", run.mock.tree_manifest(remote), want)
                else:
                    dst = run.workdir / f"tree-down-{client}"
                    shutil.rmtree(dst, ignore_errors=True)
                    r = run.worker(
                        client, "tree", url=run.mock.url, token=TOKEN, direction="down", local=dst, remote=source
                    )
                    check_tree(f"{client} cp -r down", local_manifest(dst), want)
                    shutil.rmtree(dst)
                r["files_per_s"] = files / r["seconds"]
                samples[client].append(r)
                log(
                    f"  cp -r {direction:4} {latency_ms:3g} ms {LABEL[client]:22} {r['seconds']:7.2f} s "
                    f"{r['files_per_s']:7.1f} files/s "
                    f"client CPU {r['cpu_s']:6.2f} s"
                )
        out[direction] = {
            c: {
                "seconds": summary([r["seconds"] for r in rs]),
                "files_per_s": summary([r["files_per_s"] for r in rs]),
                "cpu_s": summary([r["cpu_s"] for r in rs]),
            }
            for c, rs in samples.items()
        }
    run.mock.clear_faults()
    shutil.rmtree(local)
    return out


def bench_scale(run: Runner, quick: bool) -> dict[str, Any]:
    """The mock's cost as its state grows (benchmarks/scale.py, in-process, one fresh process)."""
    cmd = [str(MOCK_PY), str(SCALE), *(["--quick"] if quick else [])]
    # Creating 400k objects through the API takes minutes: the one step allowed longer than PROCESS_TIMEOUT.
    lines, _ = run.process(cmd, on_line=lambda line: log("  " + line.rstrip()), what="scale", timeout=3600)
    result: dict[str, Any] = json.loads(lines[-1])
    return result


#: Faults of the resilience run, per DBFS operation: the API's 503 twice, a 429 with Retry-After, and for reads
#: also two connections dropped mid-response. ``after`` spreads them over the transfer.
RESILIENCE_FAULTS: dict[str, list[dict[str, Any]]] = {
    "put": [
        {"status": 503, "error_code": "TEMPORARILY_UNAVAILABLE", "times": 2},
        {"status": 429, "error_code": "REQUEST_LIMIT_EXCEEDED", "retry_after": 1, "times": 1},
    ],
    "add-block": [
        {"status": 503, "error_code": "TEMPORARILY_UNAVAILABLE", "after": 40, "times": 2},
        {"status": 429, "error_code": "REQUEST_LIMIT_EXCEEDED", "retry_after": 1, "after": 120, "times": 1},
    ],
    "read": [
        {"status": 503, "error_code": "TEMPORARILY_UNAVAILABLE", "after": 30, "times": 2},
        {"status": 429, "error_code": "REQUEST_LIMIT_EXCEEDED", "retry_after": 1, "after": 90, "times": 1},
        {"drop_connection": True, "after": 150, "times": 2},
    ],
}


def bench_resilience(run: Runner, size: int) -> dict[str, Any]:
    """dbrest alone: a file uploaded as one streamed put and as 1 MB blocks, then both downloaded, with faults
    injected into every step (RESILIENCE_FAULTS); each download must be the uploaded file byte for byte."""
    src = run.workdir / "resilience.bin"
    want = random_file(src, size)
    out: dict[str, Any] = {"size_bytes": size, "steps": {}}

    def step(label: str, op: str, task: str, **kwargs: Any) -> dict[str, Any]:
        run.mock.clear_faults()
        for spec in RESILIENCE_FAULTS[op]:
            # `after` counts requests of a 256 MiB transfer (one per MiB); scaled for other sizes (--quick)
            scaled = {**spec, "after": spec.get("after", 0) * (size // MiB) // 256}
            run.mock.add_fault(path=f"/api/2.0/dbfs/{op}", **scaled)
        r = run.worker("dbrest", task, url=run.mock.url, token=TOKEN, **kwargs)
        r["faults"] = run.mock.faults_fired()
        r["mb_per_s"] = size / MB / r["seconds"]
        log(
            f"  {label:28} {r['seconds']:7.2f} s {r['mb_per_s']:7.1f} MB/s  peak RSS {r['peak_rss_mib']:6.1f} MiB  "
            f"{r['faults']} faults survived"
        )
        return r

    steps = out["steps"]
    steps["upload (one streamed put)"] = step(
        "upload (one streamed put)", "put", "upload", src=src, target="/res/put.bin"
    )
    steps["upload (1 MB blocks)"] = step(
        "upload (1 MB blocks)", "add-block", "upload", src=src, target="/res/blocks.bin", mode="blocks"
    )
    for name in ("put", "blocks"):
        if run.mock.file_size(f"/res/{name}.bin") != size:
            raise BenchError(f"the {name} upload did not arrive whole")
        dst = run.workdir / f"resilience-{name}.out"
        label = f"download (of the {name} upload)"
        steps[label] = step(label, "read", "download", src=f"/res/{name}.bin", dst=dst)
        steps[label]["identical"] = sha256_of(dst) == want
        dst.unlink()
        if not steps[label]["identical"]:
            raise BenchError(f"the download of the {name} upload is not the uploaded file")
    run.mock.clear_faults()
    src.unlink()
    return out


#: The mock before issue 18's work (main when it started), measured beside today's in the same run.
MOCK_BASELINE_REV = "771dbdd"
#: Runs a mock from another tree (argv[1]) as it was: its own package first on sys.path, and h11, since httptools
#: was not a dependency then (uvicorn would otherwise pick it up from .venv-bench).
BASELINE_LAUNCHER = """
import runpy, sys
sys.path.insert(0, sys.argv.pop(1))
import uvicorn
_init = uvicorn.Config.__init__
def _h11(self, *args, **kwargs):
    kwargs["http"] = "h11"
    _init(self, *args, **kwargs)
uvicorn.Config.__init__ = _h11
runpy.run_module("dbrest_mock", run_name="__main__", alter_sys=True)
"""


def baseline_mock(workdir: Path, rev: str) -> Mock | None:
    """The mock of commit ``rev`` (``git archive``), or None when this is no git checkout."""
    tree = workdir / f"mock-{rev}"
    tree.mkdir()
    try:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", rev, "mock/dbrest_mock"], capture_output=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError) as exc:
        log(f"  no baseline mock ({rev}): {exc}")
        return None
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    return Mock(workdir, ("-c", BASELINE_LAUNCHER, str(tree / "mock")), name=f"mock-{rev}")


def bench_mock(run: Runner, reps: int, quick: bool) -> dict[str, Any]:
    out = mock_rps(run, run.mock, reps, quick)
    base = baseline_mock(run.workdir, MOCK_BASELINE_REV)
    if base is not None:
        try:
            log(f"  the mock of commit {MOCK_BASELINE_REV}, the same way:")
            out["baseline"] = {"rev": MOCK_BASELINE_REV, **mock_rps(run, base, reps, quick)}
        finally:
            base.stop()
    return out


def mock_rps(run: Runner, mock: Mock, reps: int, quick: bool) -> dict[str, Any]:
    cid = mock.create_cluster("bench-rps")
    totals = {
        ("clusters-get", 1): 300 if quick else 1500,
        ("clusters-get", 16): 320 if quick else 3200,
        ("add-block", 1): 32 if quick else 128,
        ("add-block", 16): 32 if quick else 256,
        ("read", 1): 32 if quick else 128,
        ("read", 16): 32 if quick else 256,
    }
    out: dict[str, Any] = {}
    for (endpoint, concurrency), total in totals.items():
        rps = []
        cpu = []
        for _ in range(reps):
            r = run.loadgen(endpoint, concurrency, total, cid, mock=mock)
            rps.append(r["rps"])
            cpu.append(r["server_cpu_ms"])
            extra = f"  ({r['mb_per_s']:.0f} MB/s of blocks)" if r["mb_per_s"] else ""
            log(
                f"  mock {endpoint:12} c={concurrency:<2} {r['rps']:8.1f} req/s{extra}, "
                f"mock CPU {r['server_cpu_ms']:.2f} ms/request"
            )
            if endpoint in ("add-block", "read"):
                mock.request("POST", "/api/2.0/dbfs/delete", {"path": "/bench/load", "recursive": True})
        out[f"{endpoint}@{concurrency}"] = {"requests": total, "rps": summary(rps), "server_cpu_ms": summary(cpu)}
    return out


def keepalive_rtt(url: str, n: int = 50) -> float:
    """Median milliseconds of a trivial request (GET /__mock/clock) on one kept-alive connection."""
    import http.client
    import urllib.parse

    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port or 80, timeout=30)
    times = []
    try:
        for _ in range(n + 5):
            t0 = time.perf_counter()
            conn.request("GET", "/__mock/clock", headers={"Authorization": f"Bearer {TOKEN}"})
            resp = conn.getresponse()
            resp.read()
            times.append((time.perf_counter() - t0) * 1000)
    finally:
        conn.close()
    return statistics.median(times[5:])


# --- description of the machine -----------------------------------------------------------------------------


def machine() -> dict[str, str]:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass

    def versions(py: Path, names: str) -> str:
        code = (
            "import importlib.metadata as m, sys; "
            f"print(', '.join(f'{{n}} {{m.version(n)}}' for n in {names.split()!r}))"
        )
        return subprocess.run([str(py), "-c", code], capture_output=True, text=True, check=True).stdout.strip()

    try:
        commit = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
        )
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain"], capture_output=True, text=True)
    except OSError:  # no git: no commit in the report
        commit = dirty = subprocess.CompletedProcess([], 1, "", "")
    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "load_before": f"{os.getloadavg()[0]:.2f}",
        "cpu": f"{cpu}, {os.cpu_count()} logical cores",
        "memory": mem,
        "os": platform.platform(),
        "python": platform.python_version(),
        "dbrest": versions(BENCH_PY, "dbrest httpx httpcore h11")
        + (
            f" (commit {commit.stdout.strip()}{' + local changes' if dirty.stdout.strip() else ''})"
            if commit.stdout
            else ""
        ),
        "peers": versions(PEERS_PY, "databricks-sdk databricks-cli requests urllib3"),
        "sdk162": versions(SDK_PY, "databricks-sdk requests urllib3"),
    }


# --- main ---------------------------------------------------------------------------------------------------


def render(res: dict[str, Any], out: Path) -> None:
    """Targets, results.json, the charts and results.md (with notes.md, the analysis beside the numbers)."""
    res["targets"] = targets(res)
    notes = HERE / "notes.md"
    res["notes"] = notes.read_text() if notes.exists() else ""
    (out / "results.json").write_text(json.dumps(res, indent=1) + "\n")
    subprocess.run([str(BENCH_PY), str(CHART), str(out / "results.json"), str(out / "results.png")], check=True)
    scale_chart = "scale.png" if (out / "scale.png").exists() and "scale" in res else None
    (out / "results.md").write_text(report(res, "results.png", scale_chart) + "\n")


def check_environment() -> None:
    missing = [str(p) for p in (BENCH_PY, MOCK_PY, PEERS_PY, SDK_PY) if not p.exists()]
    if missing:
        raise SystemExit(
            f"missing {', '.join(missing)}: run `make bench` (it installs .venv-bench, .venv-peers and .venv-sdk)"
        )


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reps", type=int, default=3, help="repetitions of every measurement (default 3)")
    ap.add_argument("--import-reps", type=int, default=5, help="repetitions of the import measurement (default 5)")
    ap.add_argument("--wait-reps", type=int, default=5, help="repetitions of the waiter measurement (default 5)")
    ap.add_argument("--size-mib", type=int, default=256, help="size of the DBFS test file (default 256)")
    ap.add_argument("--latency-ms", type=float, default=20.0, help="injected per-request latency (default 20)")
    ap.add_argument("--calls", type=int, default=1000, help="sequential clusters/get calls (default 1000)")
    ap.add_argument(
        "--only",
        nargs="+",
        choices=[*SECTIONS, "calls"],
        default=None,
        help="sections to run (default: all; also BENCH_ONLY=percall,import)",
    )
    ap.add_argument("--quick", action="store_true", help="a smoke run: 16 MiB, 1 repetition, fewer calls")
    ap.add_argument("--out", type=Path, default=HERE, help="where results.md/.json/.png go (default benchmarks/)")
    ap.add_argument(
        "--render-only",
        action="store_true",
        help="no measurement: rewrite results.md and the charts from OUT/results.json (after editing notes.md)",
    )
    ap.add_argument(
        "--merge",
        type=Path,
        default=None,
        help="with --render-only: take the sections of this results.json (a BENCH_ONLY run) into OUT's",
    )
    args = ap.parse_args(argv)
    if args.render_only and args.merge:
        res = json.loads((args.out / "results.json").read_text())
        other = json.loads(args.merge.read_text())
        for section in RESULT_SECTIONS:
            if section in other:
                res[section] = other[section]
                res[section]["run"] = {k: other["machine"][k] for k in ("date", "dbrest", "load_before", "load_after")}
                res["sections"] = [
                    x for x in SECTIONS if x in {*res["sections"], "percall" if section == "calls" else section}
                ]
        render(res, args.out)
        return 0
    if args.render_only:
        res = json.loads((args.out / "results.json").read_text())
        render(res, args.out)
        return 0
    if args.quick:
        args.reps, args.import_reps, args.wait_reps, args.size_mib, args.calls = 1, 1, 1, 16, 200
    if args.reps < 1 or args.size_mib < 1:
        ap.error("--reps and --size-mib must be positive")
    check_environment()
    env_only = [x.strip() for x in os.environ.get("BENCH_ONLY", "").split(",") if x.strip()]
    only = {"percall" if x == "calls" else x for x in (args.only or env_only or SECTIONS)}
    if only - set(SECTIONS):
        ap.error(f"unknown section(s) {', '.join(sorted(only - set(SECTIONS)))}; choose from {', '.join(SECTIONS)}")
    args.out.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    res: dict[str, Any] = {
        "sections": [x for x in SECTIONS if x in only],
        "machine": machine(),
        "params": {
            "reps": args.reps,
            "import_reps": args.import_reps,
            "wait_reps": args.wait_reps,
            "size_mib": args.size_mib,
            "latency_ms": args.latency_ms,
            "calls": args.calls,
        },
    }
    log(f"dbrest benchmarks — {res['machine']['date']}, {res['machine']['cpu']}")
    workdir = Path(tempfile.mkdtemp(prefix="dbrest-bench-"))
    mock = Mock(workdir)
    try:
        res["mock_rtt_ms"] = keepalive_rtt(mock.url)
        log(f"mock: {mock.url} (kept-alive round trip {res['mock_rtt_ms']:.1f} ms)")
        if res["mock_rtt_ms"] > 10:
            log("  WARNING: over 10 ms: responses on kept-alive connections are held back (TCP_NODELAY?)")
        run = Runner(mock, workdir)
        for client in ("dbrest", "sdk", "sdk162"):  # warm-up: byte-code caches, page cache; not recorded
            run.worker(client, "import", url=mock.url, token=TOKEN)
        if "import" in only:
            log("import + client construction")
            res["import"] = bench_import(run, args.import_reps)
        if "percall" in only:
            mock.reset()
            log(f"{args.calls} sequential clusters/get calls")
            res["calls"] = bench_calls(run, args.reps, args.calls)
        if "waiters" in only:
            mock.reset()
            log("waiters: RUNNING on the mock → waiter returns")
            res["waiters"] = bench_waiters(run, args.wait_reps)
        if "transfers" in only:
            mock.reset()
            log(f"DBFS upload / download of {args.size_mib} MiB")
            res["transfers"] = bench_transfers(run, args.reps, args.size_mib * MiB, [0.0, args.latency_ms])
        if "smallfiles" in only:
            mock.reset()
            files, dirs = (200, 10) if args.quick else (TREE_FILES, TREE_DIRS)
            log(f"cp -r of {files} files of {TREE_FILE_BYTES} bytes in {dirs} directories")
            res["smallfiles"] = bench_smallfiles(run, args.reps, files, dirs)
            mock.reset()
            # one repetition at the injected latency: the peers' sequential copies take minutes there
            log(f"cp -r of {files} files at {args.latency_ms:g} ms per request")
            res["smallfiles_latency"] = bench_smallfiles(run, 1, files, dirs, args.latency_ms)
        if "resilience" in only:
            mock.reset()
            log(f"resilience: {args.size_mib} MiB round trip through injected faults")
            res["resilience"] = bench_resilience(run, args.size_mib * MiB)
        if "mock" in only:
            mock.reset()
            log("mock requests per second")
            res["mock"] = bench_mock(run, args.reps, args.quick)
        if "scale" in only:
            log("the mock's cost as its state grows")
            res["scale"] = bench_scale(run, args.quick)
    finally:
        mock.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    res["machine"]["load_after"] = f"{os.getloadavg()[0]:.2f}"
    res["elapsed_s"] = time.monotonic() - started
    render(res, args.out)
    log("")
    log("targets (reported, never a failure):")
    for name, ok, detail in res["targets"]:
        log(f"  {'MET    ' if ok else 'NOT MET'}  {name}: {detail}")
    log(f"wrote {args.out / 'results.md'} in {res['elapsed_s'] / 60:.1f} min")
    return 0


if __name__ == "__main__":
    sys.exit(main())

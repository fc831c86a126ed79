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

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORKER = HERE / "worker.py"
LOADGEN = HERE / "loadgen.py"
CHART = HERE / "chart.py"
PEERS_PY = ROOT / ".venv-peers" / "bin" / "python"
#: dbrest installed with its runtime dependencies only (``pip install -e .``, no dev extras), plus matplotlib.
BENCH_PY = ROOT / ".venv-bench" / "bin" / "python"
INTERPRETER = {"dbrest": BENCH_PY, "sdk": PEERS_PY, "cli": PEERS_PY}
LABEL = {"dbrest": "dbrest", "sdk": "databricks-sdk", "cli": "databricks-cli"}
TOKEN = "dapi-bench-token"
MiB = 1024 * 1024
MB = 1_000_000
#: Virtual seconds that take a new cluster from PENDING past RUNNING in the mock's realistic durations (300 s).
CLUSTER_START_ADVANCE = 600
#: Seconds after the waiter's first poll at which the cluster becomes RUNNING, one per repetition (cycled):
#: spread over the first 12 s so that neither client's polling schedule is favoured.
WAIT_OFFSETS = (1.5, 4.0, 6.5, 9.0, 11.5)
RSS_TARGET_MIB = 64
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

    def __init__(self, workdir: Path) -> None:
        self.stderr = (workdir / "mock.stderr").open("w+b")
        self.proc = subprocess.Popen(
            [str(BENCH_PY), "-m", "dbrest_mock", "--host", "127.0.0.1", "--port", "0", "--token", TOKEN, *MOCK_ARGS],
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
        self, cmd: list[str], on_line: Callable[[str], None] | None = None, what: str = ""
    ) -> tuple[list[str], Any]:
        """Run ``cmd``; returns its stdout lines and its own rusage (wait4: peak RSS, CPU of that child)."""
        with tempfile.TemporaryFile(dir=self.workdir) as err:
            proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, text=True, env=self.env, cwd=self.workdir)
            assert proc.stdout is not None
            timed_out = threading.Event()

            def kill() -> None:
                timed_out.set()
                proc.kill()

            watchdog = threading.Timer(PROCESS_TIMEOUT, kill)
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
                raise BenchError(f"{what or cmd} did not finish within {PROCESS_TIMEOUT} s")
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

    def loadgen(self, endpoint: str, concurrency: int, total: int, cluster_id: str = "") -> dict[str, Any]:
        cmd = [str(BENCH_PY), str(LOADGEN), self.mock.url, TOKEN, endpoint, str(concurrency), str(total), cluster_id]
        lines, _ = self.process(cmd, what=f"loadgen {endpoint} c={concurrency}")
        result: dict[str, Any] = json.loads(lines[-1])
        if result["errors"]:
            raise BenchError(f"loadgen {endpoint} c={concurrency}: {result['errors']} failed requests")
        return result


# --- the measurements ---------------------------------------------------------------------------------------


def bench_import(run: Runner, reps: int) -> dict[str, Any]:
    samples: dict[str, list[dict[str, Any]]] = {"dbrest": [], "sdk": []}
    for rep in range(reps):
        for client in rotated(["dbrest", "sdk"], rep):
            r = run.worker(client, "import", url=run.mock.url, token=TOKEN)
            samples[client].append(r)
            log(f"  import {LABEL[client]:15} {r['total_s'] * 1000:8.1f} ms  ({r['modules']} modules)")
    return {
        c: {
            "total_ms": summary([r["total_s"] * 1000 for r in rs]),
            "import_ms": summary([r["import_s"] * 1000 for r in rs]),
            "construct_ms": summary([r["construct_s"] * 1000 for r in rs]),
            "rss_mib": summary([r["rss_mib"] for r in rs]),
            "modules": summary([r["modules"] for r in rs]),
        }
        for c, rs in samples.items()
    }


def bench_calls(run: Runner, reps: int, calls: int) -> dict[str, Any]:
    cid = run.mock.create_cluster("bench-get")
    clients = ["dbrest", "sdk", "cli"]
    samples: dict[str, list[dict[str, Any]]] = {c: [] for c in clients}
    for rep in range(reps):
        for client in rotated(clients, rep):
            r = run.worker(client, "get", url=run.mock.url, token=TOKEN, cluster_id=cid, n=calls)
            if r["state"] != "PENDING":
                raise BenchError(f"{client} clusters/get returned state {r['state']!r}, expected PENDING")
            samples[client].append(r)
            log(f"  clusters/get {LABEL[client]:15} cpu {r['cpu_us']:7.0f} us/call  wall {r['wall_us']:7.0f} us/call")
    return {
        "calls": calls,
        **{
            c: {"cpu_us": summary([r["cpu_us"] for r in rs]), "wall_us": summary([r["wall_us"] for r in rs])}
            for c, rs in samples.items()
        },
    }


def bench_waiters(run: Runner, reps: int) -> dict[str, Any]:
    samples: dict[str, list[float]] = {"dbrest": [], "sdk": []}
    offsets: list[float] = []
    for rep in range(reps):
        offset = WAIT_OFFSETS[rep % len(WAIT_OFFSETS)]
        offsets.append(offset)
        for client in rotated(["dbrest", "sdk"], rep):
            cid = run.mock.create_cluster(f"bench-wait-{rep}-{client}")
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
            log(f"  waiter {LABEL[client]:15} RUNNING at +{offset:4.1f}s, returned {latency:6.2f} s later")
            run.mock.request("POST", "/api/2.0/clusters/permanent-delete", {"cluster_id": cid})
    return {"offsets_s": offsets, **{c: {"latency_s": summary(v)} for c, v in samples.items()}}


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
    clients = ["dbrest", "sdk", "cli"]
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
                        f"  {direction:8} {latency:4.0f} ms {LABEL[client]:15} {r['seconds']:7.2f} s "
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


def bench_mock(run: Runner, reps: int, quick: bool) -> dict[str, Any]:
    cid = run.mock.create_cluster("bench-rps")
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
        for _ in range(reps):
            r = run.loadgen(endpoint, concurrency, total, cid)
            rps.append(r["rps"])
            extra = f"  ({r['mb_per_s']:.0f} MB/s of blocks)" if r["mb_per_s"] else ""
            log(f"  mock {endpoint:12} c={concurrency:<2} {r['rps']:8.1f} req/s{extra}")
            if endpoint in ("add-block", "read"):
                run.mock.request("POST", "/api/2.0/dbfs/delete", {"path": "/bench/load", "recursive": True})
        out[f"{endpoint}@{concurrency}"] = {"requests": total, "rps": summary(rps)}
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
    }


# --- targets and the report ---------------------------------------------------------------------------------


def med(d: dict[str, Any]) -> float:
    return float(d["median"])


def targets(res: dict[str, Any]) -> list[tuple[str, bool, str]]:
    out: list[tuple[str, bool, str]] = []
    t = res.get("transfers")
    if t:
        for latency in t["latencies_ms"]:
            for direction in ("upload", "download"):
                row = t[f"{direction}@{latency:g}"]
                ours, sdk, cli = (med(row[c]["mb_per_s"]) for c in ("dbrest", "sdk", "cli"))
                out.append(
                    (
                        f"{direction} {latency:g} ms: at least 3x databricks-sdk's throughput",
                        ours >= 3 * sdk,
                        f"{ours:.1f} vs {sdk:.1f} MB/s = {ours / sdk:.2f}x",
                    )
                )
                out.append(
                    (
                        f"{direction} {latency:g} ms: at least databricks-cli's throughput",
                        ours >= cli,
                        f"{ours:.1f} vs {cli:.1f} MB/s = {ours / cli:.2f}x",
                    )
                )
        size_mib = t["size_bytes"] / MiB
        for direction in ("upload", "download"):
            worst = max(t[f"{direction}@{latency:g}"]["dbrest"]["peak_rss_mib"]["max"] for latency in t["latencies_ms"])
            out.append(
                (
                    f"{direction} of {size_mib:g} MiB: dbrest peak RSS under {RSS_TARGET_MIB} MiB",
                    worst < RSS_TARGET_MIB,
                    f"worst of all runs {worst:.1f} MiB",
                )
            )
    r = res.get("resilience")
    if r:
        size_mib = r["size_bytes"] / MiB
        worst = max(s["peak_rss_mib"] for s in r["steps"].values())
        faults = sum(s["faults"] for s in r["steps"].values())
        out.append(
            (
                f"{size_mib:g} MiB round trip through {faults} injected 503s, 429s and dropped connections: "
                f"byte-identical, peak RSS under {RSS_TARGET_MIB} MiB",
                worst < RSS_TARGET_MIB and all(s.get("identical", True) for s in r["steps"].values()),
                f"both downloads identical (SHA-256), worst peak RSS {worst:.1f} MiB",
            )
        )
    i = res.get("import")
    if i:
        ours, sdk = med(i["dbrest"]["total_ms"]), med(i["sdk"]["total_ms"])
        out.append(
            (
                "import + client: at most a tenth of databricks.sdk's",
                ours <= sdk / 10,
                f"{ours:.1f} vs {sdk:.1f} ms = {ours / sdk:.3f}x",
            )
        )
    c = res.get("calls")
    if c:
        ours, sdk = med(c["dbrest"]["cpu_us"]), med(c["sdk"]["cpu_us"])
        out.append(
            (
                "per-call client CPU: at most half of databricks-sdk's",
                ours <= sdk / 2,
                f"{ours:.0f} vs {sdk:.0f} us = {ours / sdk:.2f}x",
            )
        )
    return out


def cell(s: dict[str, Any], digits: int = 1) -> str:
    if s["n"] == 1:
        return f"{s['median']:.{digits}f}"
    return f"{s['median']:.{digits}f} ({s['min']:.{digits}f}–{s['max']:.{digits}f})"


def ratio(ours: dict[str, Any], peer: dict[str, Any]) -> str:
    return f"{med(ours) / med(peer):.2f}×" if med(peer) else "–"


def report(res: dict[str, Any], chart_name: str | None) -> str:
    m = res["machine"]
    p = res["params"]
    lines = [
        "# dbrest benchmarks",
        "",
        f"Generated by `make bench` (`benchmarks/run.py`) on {m['date']}. How each number is measured: "
        "[README.md](README.md).",
        "",
        f"- Machine: {m['cpu']}, {m['memory']} RAM; {m['os']}; Python {m['python']}",
        f"- dbrest side: {m['dbrest']}",
        f"- Peers (in `.venv-peers`): {m['peers']}",
        f"- Mock: `python -m dbrest_mock` in its own process on 127.0.0.1 (manual clock, realistic durations), "
        f"on the same machine as the clients; a trivial request on a kept-alive connection takes "
        f"{res['mock_rtt_ms']:.1f} ms (median)",
        f"- Load average (1 min) before / after: {m['load_before']} / {m['load_after']} (other work on the machine "
        "shows up as noise in every number)",
        f"- Each cell: median (min–max) of {p['reps']} run(s) ({p['import_reps']} for import, {p['wait_reps']} for "
        "waiters), each in a fresh interpreter, the clients alternating "
        "within a repetition. Ratios are dbrest's median over the peer's median.",
        "",
    ]
    if res["mock_rtt_ms"] > 10:
        lines += [
            f"> **Warning:** a trivial request on a kept-alive connection took {res['mock_rtt_ms']:.0f} ms. "
            "Responses are being held back (typically Nagle's algorithm meeting delayed ACKs: the server socket "
            "lacks TCP_NODELAY), so every per-request number below is dominated by that delay, not by the clients.",
            "",
        ]
    if chart_name:
        lines += [f"![benchmark chart]({chart_name})", ""]
    lines += ["## Targets", ""]
    for name, ok, detail in res["targets"]:
        lines.append(f"- {'✅ met' if ok else '❌ not met'}: {name} — {detail}")
    lines.append("")
    t = res.get("transfers")
    if t:
        size_mib = t["size_bytes"] / MiB
        lines += [
            f"## DBFS transfers of a {size_mib:g} MiB file",
            "",
            "dbrest `ws.dbfs.upload` / `ws.dbfs.download` (6 concurrent reads, the default), databricks-sdk `w.dbfs.upload` / "
            "`w.dbfs.download` (copied to a file in 1 MiB reads), databricks-cli `databricks fs cp`. Latency: "
            "added by the mock to every `/api/` request. MB = 10^6 bytes. Peak RSS is the whole client process "
            "(interpreter and imports included); client CPU is that process's user + system time during the transfer.",
            "",
            "| transfer | latency | metric | dbrest | databricks-sdk | databricks-cli | dbrest/sdk | dbrest/cli |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for direction in ("upload", "download"):
            for latency in t["latencies_ms"]:
                row = t[f"{direction}@{latency:g}"]
                for key, label, digits in (
                    ("mb_per_s", "MB/s", 1),
                    ("seconds", "wall time (s)", 2),
                    ("peak_rss_mib", "peak RSS (MiB)", 1),
                    ("cpu_s", "client CPU (s)", 2),
                ):
                    d, s, c = row["dbrest"][key], row["sdk"][key], row["cli"][key]
                    lines.append(
                        f"| {direction} | {latency:g} ms | {label} | {cell(d, digits)} | {cell(s, digits)} "
                        f"| {cell(c, digits)} | {ratio(d, s)} | {ratio(d, c)} |"
                    )
        lines.append("")
    r = res.get("resilience")
    if r:
        size_mib = r["size_bytes"] / MiB
        lines += [
            f"## Resilience: a {size_mib:g} MiB round trip through injected faults",
            "",
            "dbrest only, one run: the file goes up once as one streamed `put` and once in 1 MB blocks (a file "
            "object), and both copies come down with `download` (6 concurrent reads), while the mock answers some of "
            "the requests of each step with the API's 503 TEMPORARILY_UNAVAILABLE, a 429 with Retry-After, or (reads) "
            "a connection dropped mid-response (`RESILIENCE_FAULTS` in run.py). The waits are real (default "
            "RetryPolicy). Each download is compared with the source by SHA-256.",
            "",
            "| step | faults survived | wall time (s) | MB/s | peak RSS (MiB) | identical |",
            "|---|---|---|---|---|---|",
        ]
        for label, st in r["steps"].items():
            same = {True: "yes", False: "NO"}.get(st.get("identical"), "(checked by the downloads)")
            lines.append(
                f"| {label} | {st['faults']} | {st['seconds']:.2f} | {st['mb_per_s']:.1f} | {st['peak_rss_mib']:.1f} "
                f"| {same} |"
            )
        lines.append("")
    i = res.get("import")
    if i:
        lines += [
            "## Import",
            "",
            "`import dbrest` + `dbrest.Workspace(host=..., token=...)` versus `import databricks.sdk` + "
            "`WorkspaceClient(host=..., token=...)`, timed inside a fresh interpreter (start-up excluded).",
            "",
            "| metric | dbrest | databricks-sdk | dbrest/sdk |",
            "|---|---|---|---|",
        ]
        for key, label, digits in (
            ("total_ms", "import + client (ms)", 1),
            ("import_ms", "import only (ms)", 1),
            ("construct_ms", "client construction (ms)", 2),
            ("rss_mib", "RSS afterwards (MiB)", 1),
            ("modules", "modules in sys.modules", 0),
        ):
            lines.append(
                f"| {label} | {cell(i['dbrest'][key], digits)} | {cell(i['sdk'][key], digits)} "
                f"| {ratio(i['dbrest'][key], i['sdk'][key])} |"
            )
        lines.append("")
    c = res.get("calls")
    if c:
        lines += [
            "## Per-call cost",
            "",
            f"{c['calls']:,} sequential `clusters/get` calls on one warm connection (after 20 warm-up calls). "
            "Client CPU is the client process's CPU time per call (the mock runs in another process); wall "
            "includes the mock's handling. databricks-cli has no `clusters get` worth timing as a command, so "
            "its column is its library, `ClusterService.get_cluster`.",
            "",
            "| metric | dbrest | databricks-sdk | databricks-cli (library) | dbrest/sdk | dbrest/cli |",
            "|---|---|---|---|---|---|",
        ]
        for key, label in (("cpu_us", "client CPU per call (µs)"), ("wall_us", "wall time per call (µs)")):
            d, s, cl = c["dbrest"][key], c["sdk"][key], c["cli"][key]
            lines.append(f"| {label} | {cell(d, 0)} | {cell(s, 0)} | {cell(cl, 0)} | {ratio(d, s)} | {ratio(d, cl)} |")
        lines.append("")
    w = res.get("waiters")
    if w:
        offsets = ", ".join(f"{o:g}" for o in w["offsets_s"])
        lines += [
            "## Waiters",
            "",
            "Seconds from the cluster reaching RUNNING on the mock (the mock's clock is advanced past the start "
            f"duration {offsets} s after the waiter's first poll, one offset per repetition, the same for both "
            "clients) to `ws.clusters.wait_running` / `w.clusters.wait_get_cluster_running` returning. It is "
            "governed by the polling schedule: dbrest polls from 0.5 s growing ×1.25 up to 10 s (+≤10 % jitter), "
            "databricks-sdk sleeps attempt+rand(0,1) s up to 10 s.",
            "",
            "| metric | dbrest | databricks-sdk | dbrest/sdk |",
            "|---|---|---|---|",
            f"| RUNNING → waiter returns (s) | {cell(w['dbrest']['latency_s'], 2)} | "
            f"{cell(w['sdk']['latency_s'], 2)} | {ratio(w['dbrest']['latency_s'], w['sdk']['latency_s'])} |",
            "",
        ]
    mk = res.get("mock")
    if mk:
        lines += [
            "## The mock",
            "",
            "Requests per second the mock serves (a thin `http.client` load generator, one keep-alive connection "
            "per thread, in its own process). add-block carries a 1 MiB block (base64), as clients send; "
            "read returns 1 MiB (base64), what every DBFS download is made of (not a target of the issue, shown "
            "because it bounds the download numbers above).",
            "",
            "| endpoint | concurrency 1 (req/s) | concurrency 16 (req/s) |",
            "|---|---|---|",
        ]
        for endpoint, label in (
            ("clusters-get", "GET clusters/get"),
            ("add-block", "POST dbfs/add-block (1 MiB)"),
            ("read", "GET dbfs/read (1 MiB)"),
        ):
            if f"{endpoint}@1" in mk:
                lines.append(f"| {label} | {cell(mk[f'{endpoint}@1']['rps'])} | {cell(mk[f'{endpoint}@16']['rps'])} |")
        lines.append("")
    return "\n".join(lines)


# --- main ---------------------------------------------------------------------------------------------------


def check_environment() -> None:
    missing = [str(p) for p in (BENCH_PY, PEERS_PY) if not p.exists()]
    if missing:
        raise SystemExit(f"missing {', '.join(missing)}: run `make bench` (it installs .venv-bench and .venv-peers)")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reps", type=int, default=3, help="repetitions of every measurement (default 3)")
    ap.add_argument("--import-reps", type=int, default=5, help="repetitions of the import measurement (default 5)")
    ap.add_argument("--wait-reps", type=int, default=5, help="repetitions of the waiter measurement (default 5)")
    ap.add_argument("--size-mib", type=int, default=256, help="size of the DBFS test file (default 256)")
    ap.add_argument("--latency-ms", type=float, default=20.0, help="injected per-request latency (default 20)")
    ap.add_argument("--calls", type=int, default=1000, help="sequential clusters/get calls (default 1000)")
    ap.add_argument(
        "--only", nargs="+", choices=["import", "calls", "waiters", "transfers", "resilience", "mock"], default=None
    )
    ap.add_argument("--quick", action="store_true", help="a smoke run: 16 MiB, 1 repetition, fewer calls")
    ap.add_argument("--out", type=Path, default=HERE, help="where results.md/.json/.png go (default benchmarks/)")
    args = ap.parse_args(argv)
    if args.quick:
        args.reps, args.import_reps, args.wait_reps, args.size_mib, args.calls = 1, 1, 1, 16, 200
    if args.reps < 1 or args.size_mib < 1:
        ap.error("--reps and --size-mib must be positive")
    check_environment()
    only = set(args.only or ["import", "calls", "waiters", "transfers", "resilience", "mock"])
    args.out.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    res: dict[str, Any] = {
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
        for client in ("dbrest", "sdk"):  # warm-up: byte-code caches, page cache; not recorded
            run.worker(client, "import", url=mock.url, token=TOKEN)
        if "import" in only:
            log("import + client construction")
            res["import"] = bench_import(run, args.import_reps)
        if "calls" in only:
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
        if "resilience" in only:
            mock.reset()
            log(f"resilience: {args.size_mib} MiB round trip through injected faults")
            res["resilience"] = bench_resilience(run, args.size_mib * MiB)
        if "mock" in only:
            mock.reset()
            log("mock requests per second")
            res["mock"] = bench_mock(run, args.reps, args.quick)
    finally:
        mock.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    res["machine"]["load_after"] = f"{os.getloadavg()[0]:.2f}"
    res["targets"] = targets(res)
    res["elapsed_s"] = time.monotonic() - started
    (args.out / "results.json").write_text(json.dumps(res, indent=1) + "\n")
    chart_name: str | None = "results.png"
    if BENCH_PY.exists():
        subprocess.run(
            [str(BENCH_PY), str(CHART), str(args.out / "results.json"), str(args.out / "results.png")], check=True
        )
    else:
        log(f"no {BENCH_PY} (matplotlib): chart not drawn; `make bench` installs it")
        chart_name = None
    (args.out / "results.md").write_text(report(res, chart_name) + "\n")
    log("")
    log("targets (reported, never a failure):")
    for name, ok, detail in res["targets"]:
        log(f"  {'MET    ' if ok else 'NOT MET'}  {name}: {detail}")
    log(f"wrote {args.out / 'results.md'} in {res['elapsed_s'] / 60:.1f} min")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The mock's cost as its state grows: ``python scale.py [--quick]`` (run by ``run.py``, section ``scale``).

For each level N (0, 1k, 10k, 100k) a fresh process builds a mock (``MockCore``, in-process: no HTTP, so the
numbers are the mock's own cost) holding N clusters, N jobs, N job runs and N DBFS files, the files all in one
directory (so the 100k level is also the directory of 100k entries). Everything is created through the API, as a
client would (``MockCore.handle``). Then it times, as the median of many calls on objects picked at random:

- ``get``: clusters/get, jobs/get, jobs/runs/get, dbfs/get-status (should stay flat as N grows);
- one list page: clusters/list (2.1, 20 per page), jobs/list (2.2, 25), jobs/runs/list (2.2, 25) (should cost
  by the page, not by N); and dbfs/list of the whole directory (DBFS 2.0 has no paging: one answer of N).

Memory is the growth of the process's resident set from the empty mock to the populated one, divided by the
4 N objects. The last line of stdout is the JSON result for run.py; progress goes before it.
"""

from __future__ import annotations

import base64
import gc
import io
import json
import random
import statistics
import subprocess
import sys
import time
from typing import Any

TOKEN = "dapi-scale-token"
LEVELS = (0, 1_000, 10_000, 100_000)
QUICK_LEVELS = (0, 100, 1_000)
GET_OPS = ("clusters/get", "jobs/get", "jobs/runs/get", "dbfs/get-status")
LIST_OPS = ("clusters/list", "jobs/list", "jobs/runs/list")
SAMPLES = 300


def rss_mib() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


class Api:
    """Requests straight into a MockCore, the way the ASGI app hands them over."""

    def __init__(self) -> None:
        from dbrest_mock.app import MockCore
        from dbrest_mock.service import MockConfig

        self.core = MockCore(MockConfig(tokens={TOKEN: "admin@example.com"}, request_log_size=0))
        self.headers = {"authorization": f"Bearer {TOKEN}", "content-type": "application/json", "host": "localhost"}

    def call(self, method: str, path: str, body: Any = None, query: dict[str, Any] | None = None) -> Any:
        import urllib.parse

        from dbrest_mock.app import RawRequest

        data = b"" if body is None else json.dumps(body).encode()
        raw = RawRequest(
            method=method,
            path=path,
            query_string=urllib.parse.urlencode(query or {}),
            headers=dict(self.headers),
            body=io.BytesIO(data),
            body_size=len(data),
        )
        resp = self.core.handle(raw)
        if resp.status != 200:
            raise SystemExit(f"{method} {path}: {resp.status} {resp.body[:300]!r}")
        return json.loads(resp.body) if resp.body else {}


def populate(api: Api, n: int) -> dict[str, list[Any]]:
    versions = api.call("GET", "/api/2.0/clusters/spark-versions")["versions"]
    nodes = api.call("GET", "/api/2.0/clusters/list-node-types")["node_types"]
    spark, node = sorted(v["key"] for v in versions)[-1], nodes[0]["node_type_id"]
    ids: dict[str, list[Any]] = {"clusters": [], "jobs": [], "runs": [], "files": []}
    data = base64.b64encode(b"x" * 16).decode()
    task = {
        "task_key": "t",
        "notebook_task": {"notebook_path": "/Users/admin@example.com/nb"},
        "new_cluster": {"spark_version": spark, "node_type_id": node, "num_workers": 1},
    }
    t0 = time.monotonic()
    for i in range(n):
        spec = {"cluster_name": f"c{i:06d}", "spark_version": spark, "node_type_id": node, "num_workers": 1}
        ids["clusters"].append(api.call("POST", "/api/2.1/clusters/create", spec)["cluster_id"])
        job = api.call("POST", "/api/2.2/jobs/create", {"name": f"job{i:06d}", "tasks": [task]})["job_id"]
        ids["jobs"].append(job)
        ids["runs"].append(api.call("POST", "/api/2.2/jobs/run-now", {"job_id": job})["run_id"])
        path = f"/scale/dir/f{i:06d}"
        api.call("POST", "/api/2.0/dbfs/put", {"path": path, "contents": data, "overwrite": True})
        ids["files"].append(path)
        if i and i % 10_000 == 0:
            print(f"    {i:,} of each in {time.monotonic() - t0:.0f} s", flush=True)
    return ids


def timed(api: Api, calls: list[tuple[str, str, dict[str, Any]]]) -> float:
    """Median microseconds of a call (thread CPU time: steady on a shared machine)."""
    samples = []
    for method, path, query in calls:
        c0 = time.thread_time()
        api.call(method, path, query=query)
        samples.append((time.thread_time() - c0) * 1e6)
    return statistics.median(samples)


def measure(n: int) -> dict[str, Any]:
    gc.collect()
    api = Api()
    api.call("GET", "/api/2.0/clusters/spark-versions")  # lazy parts of the mock loaded before the baseline
    gc.collect()
    base_rss = rss_mib()
    t0 = time.monotonic()
    ids = populate(api, n)
    populate_s = time.monotonic() - t0
    gc.collect()
    grown = rss_mib() - base_rss
    rng = random.Random(18)
    out: dict[str, Any] = {"n": n, "populate_s": populate_s, "memory_mib": grown}
    out["bytes_per_object"] = grown * 1024 * 1024 / (4 * n) if n else 0.0
    if not n:  # an empty mock still answers gets for one object of each kind
        ids = populate(api, 1)
    pick = {k: [rng.choice(v) for _ in range(SAMPLES)] for k, v in ids.items()}
    out["get_us"] = {
        "clusters/get": timed(api, [("GET", "/api/2.1/clusters/get", {"cluster_id": c}) for c in pick["clusters"]]),
        "jobs/get": timed(api, [("GET", "/api/2.2/jobs/get", {"job_id": j}) for j in pick["jobs"]]),
        "jobs/runs/get": timed(api, [("GET", "/api/2.2/jobs/runs/get", {"run_id": r}) for r in pick["runs"]]),
        "dbfs/get-status": timed(api, [("GET", "/api/2.0/dbfs/get-status", {"path": p}) for p in pick["files"]]),
    }
    reps = 30 if n < 100_000 else 10
    out["list_us"] = {
        "clusters/list": timed(api, [("GET", "/api/2.1/clusters/list", {"page_size": 20})] * reps),
        "jobs/list": timed(api, [("GET", "/api/2.2/jobs/list", {"limit": 25})] * reps),
        "jobs/runs/list": timed(api, [("GET", "/api/2.2/jobs/runs/list", {"limit": 25})] * reps),
    }
    if n:
        c0 = time.thread_time()
        listed = api.call("GET", "/api/2.0/dbfs/list", query={"path": "/scale/dir"})
        out["dir_list_ms"] = (time.thread_time() - c0) * 1000
        if len(listed.get("files", [])) != n:
            raise SystemExit(f"dbfs/list returned {len(listed.get('files', []))} of {n} entries")
    return out


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--level":
        print(json.dumps(measure(int(sys.argv[2]))), flush=True)
        return
    levels = QUICK_LEVELS if "--quick" in sys.argv else LEVELS
    results = []
    for n in levels:
        print(f"  level {n:,}: populating and timing in a fresh process", flush=True)
        proc = subprocess.run(
            [sys.executable, __file__, "--level", str(n)], capture_output=True, text=True, timeout=3600
        )
        if proc.returncode != 0:
            raise SystemExit(f"level {n}: {proc.stderr[-2000:]}")
        level = json.loads(proc.stdout.strip().splitlines()[-1])
        results.append(level)
        gets = ", ".join(f"{k} {v:.0f}" for k, v in level["get_us"].items())
        lists = ", ".join(f"{k} {v:.0f}" for k, v in level["list_us"].items())
        print(
            f"    populated in {level['populate_s']:.0f} s, {level['memory_mib']:.1f} MiB; get µs: {gets}; "
            f"list page µs: {lists}",
            flush=True,
        )
    big = results[-1]
    result = {
        "method": (
            "In-process (`MockCore.handle`, no HTTP: the mock's own cost), a fresh process per level holding N "
            "clusters, N jobs, N runs (one `run-now` per job) and N DBFS files in one directory, all created "
            "through the API. Times are the median thread-CPU time of a call: gets on objects picked at random "
            f"({SAMPLES} calls), list pages the first page (20 clusters / 25 jobs / 25 runs). Memory: growth of "
            "the resident set from the empty mock, per object (4 N objects)."
        ),
        "get_ops": list(GET_OPS),
        "list_ops": list(LIST_OPS),
        "levels": results,
    }
    if big["n"]:
        result["big_dir"] = {
            "entries": big["n"],
            "get_us": big["get_us"]["dbfs/get-status"],
            "list_ms": big["dir_list_ms"],
            "bytes_per_entry": big["bytes_per_object"],
        }
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()

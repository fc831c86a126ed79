"""One measurement in a fresh interpreter: ``python worker.py CLIENT TASK KEY=VALUE...``.

Run by ``benchmarks/run.py`` with the interpreter of the client's own environment (``.venv`` for dbrest,
``.venv-peers`` for databricks-sdk and databricks-cli). Only the standard library is imported before the
measured section, and the client library only inside it, so every process measures one client alone. The last
line of stdout is a JSON object with the timings; the parent adds peak RSS and CPU time from ``wait4``.

Clients:

- ``dbrest``: ``dbrest.Workspace`` (``ws.dbfs.upload`` / ``download``, ``ws.clusters.get`` / ``wait_running``)
- ``sdk``: databricks-sdk ``WorkspaceClient`` (``w.dbfs.upload`` / ``download``, ``w.clusters.get`` /
  ``wait_get_cluster_running``)
- ``cli``: databricks-cli, the ``databricks fs cp`` command run in-process through its click entry point (so
  interpreter start-up is not counted against it), and its library ``ClusterService.get_cluster`` for per-call
  cost. databricks-cli 0.18 drops the port from the host URL (``ApiClient`` builds ``scheme://hostname/api/``),
  which makes it unusable against a server on a loopback port; :func:`_cli_keep_port` restores the port after
  ``ApiClient.__init__`` and changes nothing else.
"""

from __future__ import annotations

import sys
import time

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: it would be pre-loaded for the import measurement
    from typing import Any

MiB = 1024 * 1024


def _rss_mib() -> float:
    """Current resident set size of this process (VmRSS), MiB."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _cli_keep_port() -> None:
    from databricks_cli.sdk import api_client

    original = api_client.ApiClient.__init__
    if getattr(original, "_bench_patched", False):
        return

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        host = kwargs.get("host") if kwargs.get("host") is not None else args[2]
        self.url = host.rstrip("/") + "/api/"

    init._bench_patched = True  # type: ignore[attr-defined]
    api_client.ApiClient.__init__ = init  # type: ignore[method-assign]


def _cli_run(*argv: str) -> None:
    """``databricks ARGV`` in this process (DATABRICKS_HOST / DATABRICKS_TOKEN come from the environment)."""
    _cli_keep_port()
    from databricks_cli.cli import cli

    result = cli.main(args=list(argv), prog_name="databricks", standalone_mode=False)
    if isinstance(result, int) and result != 0:
        raise SystemExit(f"databricks {' '.join(argv)} exited with {result}")


def _client(name: str, url: str, token: str) -> Any:
    if name == "dbrest":
        import dbrest

        return dbrest.Workspace(host=url, token=token)
    if name.startswith("sdk"):  # sdk: 0.29.0 from .venv-peers; sdk162: today's, from .venv-sdk
        from databricks.sdk import WorkspaceClient

        return WorkspaceClient(host=url, token=token)
    if name == "cli":
        _cli_keep_port()
        from databricks_cli.sdk.api_client import ApiClient
        from databricks_cli.sdk.service import ClusterService

        return ClusterService(ApiClient(host=url, token=token))
    raise SystemExit(f"unknown client {name!r}")


def task_import(name: str, a: dict[str, Any]) -> dict[str, Any]:
    """Import the package and build a client: ``import dbrest; Workspace(...)`` vs ``WorkspaceClient(...)``."""
    t0 = time.perf_counter()
    c0 = time.process_time()
    if name == "dbrest":
        import dbrest

        t1 = time.perf_counter()
        dbrest.Workspace(host=a["url"], token=a["token"])
    elif name.startswith("sdk"):
        import databricks.sdk

        t1 = time.perf_counter()
        databricks.sdk.WorkspaceClient(host=a["url"], token=a["token"])
    else:
        raise SystemExit("import is measured for dbrest and sdk")
    t2 = time.perf_counter()
    return {
        "import_s": t1 - t0,
        "construct_s": t2 - t1,
        "total_s": t2 - t0,
        "cpu_s": time.process_time() - c0,
        "rss_mib": _rss_mib(),
        "modules": len(sys.modules),
    }


def task_upload(name: str, a: dict[str, Any]) -> dict[str, Any]:
    src, target = a["src"], a["target"]
    client = None if name == "cli" else _client(name, a["url"], a["token"])
    if name == "cli":
        _cli_keep_port()
        import databricks_cli.cli  # noqa: F401  (imported before the clock starts, like the other clients)
    base = _rss_mib()
    t0 = time.perf_counter()
    c0 = time.process_time()
    if name == "dbrest" and a.get("mode") == "blocks":
        with open(src, "rb") as f:  # a file object: create / add-block (1 MB) / close instead of one put
            client.dbfs.upload(f, "dbfs:" + target, overwrite=True)
    elif name == "dbrest":
        client.dbfs.upload(src, "dbfs:" + target, overwrite=True)
    elif name.startswith("sdk"):
        with open(src, "rb") as f:
            client.dbfs.upload(target, f, overwrite=True)
    else:
        _cli_run("fs", "cp", "--overwrite", src, "dbfs:" + target)
    return {"seconds": time.perf_counter() - t0, "cpu_s": time.process_time() - c0, "baseline_rss_mib": base}


def task_download(name: str, a: dict[str, Any]) -> dict[str, Any]:
    import shutil

    src, dst = a["src"], a["dst"]
    client = None if name == "cli" else _client(name, a["url"], a["token"])
    if name == "cli":
        _cli_keep_port()
        import databricks_cli.cli  # noqa: F401
    base = _rss_mib()
    t0 = time.perf_counter()
    c0 = time.process_time()
    if name == "dbrest":
        client.dbfs.download("dbfs:" + src, dst)  # the default parallelism, as users get it
    elif name.startswith("sdk"):
        with client.dbfs.download(src) as remote, open(dst, "wb") as out:
            shutil.copyfileobj(remote, out, MiB)
    else:
        _cli_run("fs", "cp", "--overwrite", "dbfs:" + src, dst)
    return {"seconds": time.perf_counter() - t0, "cpu_s": time.process_time() - c0, "baseline_rss_mib": base}


def _raw_get(url: str, token: str, cluster_id: str) -> Any:
    """The floor: ``http.client`` on one kept-alive connection and ``json.loads``, nothing else."""
    import http.client
    import json
    import urllib.parse

    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port or 80, timeout=60)
    target = f"/api/2.1/clusters/get?cluster_id={urllib.parse.quote(cluster_id)}"
    headers = {"Authorization": f"Bearer {token}"}

    def call() -> Any:
        conn.request("GET", target, headers=headers)
        resp = conn.getresponse()
        body = resp.read()
        if resp.status != 200:
            raise SystemExit(f"clusters/get: HTTP {resp.status} {body[:200]!r}")
        return json.loads(body)

    return call


def task_get(name: str, a: dict[str, Any]) -> dict[str, Any]:
    """``n`` sequential clusters/get calls after a warm-up (connection set up, lazy imports done)."""
    cid = a["cluster_id"]
    client = None if name == "raw" else _client(name, a["url"], a["token"])
    if name == "raw":
        call = _raw_get(a["url"], a["token"], cid)
    elif name == "cli":

        def call() -> Any:
            return client.get_cluster(cid)
    else:

        def call() -> Any:
            return client.clusters.get(cluster_id=cid)

    for _ in range(a.get("warmup", 20)):
        call()
    n = a["n"]
    t0 = time.perf_counter()
    c0 = time.process_time()
    for _ in range(n):
        info = call()
    wall = time.perf_counter() - t0
    cpu = time.process_time() - c0
    state = info["state"] if isinstance(info, dict) else str(getattr(info.state, "value", info.state))
    return {"n": n, "wall_us": wall / n * 1e6, "cpu_us": cpu / n * 1e6, "state": state}


#: Where a call's CPU goes, by the file a profiled function lives in (first match wins).
PROFILE_PARTS = (
    ("/h11/", "httpcore + h11: the HTTP/1.1 connection and its parsing"),
    ("/httpcore/", "httpcore + h11: the HTTP/1.1 connection and its parsing"),
    ("/httpx/", "httpx: building the request (URL parsing and merging, headers), cookies, auth and redirect hooks"),
    ("/dbrest_client/", "generated client: the API function and the models' from_dict"),
    ("/dbrest/", "dbrest overlays: the retrying transport (retries, size cap, typed errors), auth"),
    ("/http/cookiejar", "cookies: httpx's cookie jar on every response (http.cookiejar, email, urllib)"),
    ("/email/", "cookies: httpx's cookie jar on every response (http.cookiejar, email, urllib)"),
    ("/urllib/", "cookies: httpx's cookie jar on every response (http.cookiejar, email, urllib)"),
    ("/json/", "json"),
    ("/logging/", "logging"),
    ("method 'send", "socket send/recv (system calls)"),
    ("method 'recv", "socket send/recv (system calls)"),
)


def task_profile(name: str, a: dict[str, Any]) -> dict[str, Any]:
    """The per-call loop of :func:`task_get` under cProfile: each part's share of the time spent in functions."""
    import cProfile
    import pstats

    client = _client(name, a["url"], a["token"])
    cid = a["cluster_id"]
    for _ in range(a.get("warmup", 20)):
        client.clusters.get(cluster_id=cid)
    prof = cProfile.Profile(time.process_time)  # CPU time: waiting for the mock is not the client's cost
    prof.enable()
    for _ in range(a["n"]):
        client.clusters.get(cluster_id=cid)
    prof.disable()
    other = "other: standard library (typing, contextlib, ...)"

    def part_of(key: tuple[str, int, str]) -> str:
        filename, _line, func = key
        where = f"{filename}:{func}" if filename != "~" else func
        return next((label for pattern, label in PROFILE_PARTS if pattern in where), other)

    shares: dict[str, float] = {}
    stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    for key, (_cc, _nc, tottime, _ct, callers) in stats.items():
        part = part_of(key)
        if key[0] == "~" and part == other and callers:
            # A builtin (isinstance, str methods, ...) counts for the code that called it, by its time per caller.
            for caller, (_ccc, _cnc, caller_tt, _cct) in callers.items():
                shares[part_of(caller)] = shares.get(part_of(caller), 0.0) + caller_tt
            continue
        shares[part] = shares.get(part, 0.0) + tottime
    total = sum(shares.values()) or 1.0
    return {"profile": sorted(((k, v / total) for k, v in shares.items()), key=lambda kv: -kv[1])}


def task_wait(name: str, a: dict[str, Any]) -> dict[str, Any]:
    """Build the client, say READY (with a CLOCK_MONOTONIC stamp, system-wide on Linux), then wait."""
    client = _client(name, a["url"], a["token"])
    cid = a["cluster_id"]
    client.clusters.get(cluster_id=cid)  # connection set up and lazy imports done before the clock starts
    print(f"READY {time.monotonic()!r}", flush=True)
    if name == "dbrest":
        info = client.clusters.wait_running(cid, timeout=a["timeout"])
        state = str(info.state)
    elif name.startswith("sdk"):
        from datetime import timedelta

        info = client.clusters.wait_get_cluster_running(cluster_id=cid, timeout=timedelta(seconds=a["timeout"]))
        state = str(getattr(info.state, "value", info.state))
    else:
        raise SystemExit("databricks-cli has no waiter")
    return {"returned_at": time.monotonic(), "state": state}


def _sdk_tree_up(client: Any, local: str, remote: str) -> int:
    """The straightforward databricks-sdk loop: walk the tree, ``w.dbfs.upload`` each file."""
    import os

    count = 0
    for root, _dirs, files in os.walk(local):
        rel = os.path.relpath(root, local)
        base = remote if rel == "." else f"{remote}/{rel}"
        for fname in files:
            with open(os.path.join(root, fname), "rb") as f:
                client.dbfs.upload(f"{base}/{fname}", f, overwrite=True)
            count += 1
    return count


def _sdk_tree_down(client: Any, remote: str, local: str) -> int:
    """The straightforward databricks-sdk loop: ``w.dbfs.list(recursive=True)``, ``w.dbfs.download`` each file."""
    import os
    import shutil

    count = 0
    for info in client.dbfs.list(remote, recursive=True):
        if info.is_dir:
            continue
        path = info.path[5:] if info.path.startswith("dbfs:") else info.path
        target = os.path.join(local, os.path.relpath(path, remote))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with client.dbfs.download(path) as src, open(target, "wb") as out:
            shutil.copyfileobj(src, out, MiB)
        count += 1
    return count


def task_tree(name: str, a: dict[str, Any]) -> dict[str, Any]:
    """``cp -r`` of a local tree to DBFS (``direction=up``) or back (``down``); the target does not exist yet."""
    local, remote, up = a["local"], a["remote"], a["direction"] == "up"
    client = None if name == "cli" else _client(name, a["url"], a["token"])
    if name == "cli":
        _cli_keep_port()
        import databricks_cli.cli  # noqa: F401  (imported before the clock starts, like the other clients)
    t0 = time.perf_counter()
    c0 = time.process_time()
    count = -1
    if name == "dbrest":
        if up:
            count = client.dbfs.cp(local, "dbfs:" + remote, recursive=True)
        else:
            count = client.dbfs.cp("dbfs:" + remote, local, recursive=True)
    elif name.startswith("sdk"):
        count = _sdk_tree_up(client, local, remote) if up else _sdk_tree_down(client, remote, local)
    elif up:
        _cli_run("fs", "cp", "-r", local, "dbfs:" + remote)
    else:
        _cli_run("fs", "cp", "-r", "dbfs:" + remote, local)
    return {"seconds": time.perf_counter() - t0, "cpu_s": time.process_time() - c0, "files": count}


TASKS = {
    "tree": task_tree,
    "profile": task_profile,
    "import": task_import,
    "upload": task_upload,
    "download": task_download,
    "get": task_get,
    "wait": task_wait,
}


def parse_args(argv: list[str]) -> dict[str, Any]:
    """``key=value`` arguments (json is not imported before the import measurement); numbers converted."""
    out: dict[str, Any] = {}
    for item in argv:
        key, _, value = item.partition("=")
        for kind in (int, float):
            try:
                out[key] = kind(value)
                break
            except ValueError:
                continue
        else:
            out[key] = value
    return out


def main() -> None:
    name, task = sys.argv[1], sys.argv[2]
    result = TASKS[task](name, parse_args(sys.argv[3:]))
    import json

    sys.stdout.flush()
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()

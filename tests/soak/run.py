"""Run the soak: set up one mock process, start the faults, run the clients until the deadline, judge, report.

Bounded: clients start no new operation after ``seconds`` (or after ``max_ops`` operations each, which is how
the CI run makes its coverage independent of the machine's speed); every waiter has a timeout
(``workload.WAIT``); the run waits at most ``GRACE`` more seconds for clients to finish, and counts any that did
not as hung (a failure).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import platform
import random
import re
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import dbrest
from dbrest.transport import RetryPolicy
from dbrest_client.models.clusters_create_request import ClustersCreateRequest
from dbrest_client.models.jobs_create_request import JobsCreateRequest

from . import async_ops, sync_ops
from .ledger import Ledger
from .mock_process import POST_DROPS, TOKEN, MockProcess, scaled_plan
from .workload import MIX, WAIT, Client, Shared, cluster_spec

ROOT = Path(__file__).resolve().parents[2]
#: How long after the deadline the run waits for operations in flight (their waiters are bounded by WAIT).
GRACE = WAIT + 60
#: Shorter waits than the default policy, so that three minutes hold more operations; Retry-After is honoured
#: as the server sends it, and the attempt cap and budget are the defaults.
RETRY = RetryPolicy(backoff=0.2, max_backoff=2.0)


def setup(ws: dbrest.Workspace) -> Shared:
    """Before the faults: two running clusters (for commands and jobs) and a job that may run concurrently."""
    versions = ws.clusters.spark_versions().to_dict()["versions"]
    node = ws.clusters.list_node_types().to_dict()["node_types"][0]["node_type_id"]
    shared = Shared([], 0, sorted(v["key"] for v in versions)[-1], node)
    for i in range(2):
        spec = cluster_spec(shared, f"soak-shared-{i}")
        shared.clusters.append(ws.clusters.create(body=ClustersCreateRequest.from_dict(spec)).cluster_id)
    for cid in shared.clusters:
        ws.clusters.wait_running(cid, timeout=WAIT)
    job = {
        "name": "soak",
        "max_concurrent_runs": 1000,
        "tasks": [
            {"task_key": "soak", "existing_cluster_id": shared.clusters[0], "notebook_task": {"notebook_path": "/s"}}
        ],
    }
    shared.job_id = ws.jobs.create(body=JobsCreateRequest.from_dict(job)).job_id
    return shared


def more(c: Client, deadline: float, max_ops: int | None) -> bool:
    """Whether client ``c`` starts another operation."""
    return time.monotonic() < deadline and (max_ops is None or c.n < max_ops)


def sync_client(url: str, c: Client, ledger: Ledger, deadline: float, max_ops: int | None = None) -> None:
    with dbrest.Workspace(host=url, token=TOKEN, retry=RETRY, on_retry=ledger.on_retry) as ws:
        while more(c, deadline, max_ops):
            kind = c.next_kind()
            error: BaseException | None = None
            try:
                sync_ops.OPS[kind](ws, c, ledger)
            except Exception as exc:  # judged by the ledger: surfaced, unexpected or loss
                error = exc
            ledger.record(kind, "sync", error)


async def async_client(url: str, c: Client, ledger: Ledger, deadline: float, max_ops: int | None = None) -> None:
    async with dbrest.AsyncWorkspace(host=url, token=TOKEN, retry=RETRY, on_retry=ledger.on_retry) as ws:
        while more(c, deadline, max_ops):
            kind = c.next_kind()
            error: BaseException | None = None
            try:
                await async_ops.OPS[kind](ws, c, ledger)
            except Exception as exc:
                error = exc
            ledger.record(kind, "async", error)


def mock_errors(stderr: str) -> list[str]:
    """Server-side failures in the mock's log (injected drops are filtered out of it by the mock)."""
    return [line for line in stderr.splitlines() if re.search(r"Traceback|ERROR|failed", line)]


def commit() -> str:
    try:
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", ".", ":!benchmarks/soak.md", ":!benchmarks/soak.json"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
    except OSError:
        return "unknown"
    return rev.stdout.strip() + (" (with uncommitted changes)" if dirty.stdout.strip() else "")


def run_soak(
    seconds: float,
    sync_clients: int,
    async_clients: int,
    workdir: Path,
    seed: int | None = None,
    fault_rate: float = 1.0,
    max_ops: int | None = None,
) -> dict[str, Any]:
    """Run one soak and return its report (see :func:`judge` for what passes). ``fault_rate`` multiplies how
    often every fault rule fires; ``max_ops`` stops each client after that many operations (a client's first
    ones cover MIX in order from its own offset, so 2 per client with 3 clients of each flavour run every kind)."""
    seed = random.randrange(2**32) if seed is None else seed
    ledger = Ledger()
    mock = MockProcess(workdir / "mock")
    started = dt.datetime.now(dt.UTC)
    try:
        with dbrest.Workspace(host=mock.url, token=TOKEN) as ws:
            shared = setup(ws)
        mock.install_faults(fault_rate)
        t0 = time.monotonic()
        deadline = t0 + seconds
        master = random.Random(seed)

        def client(name: str, i: int) -> Client:
            rng = random.Random(master.getrandbits(64))
            return Client(name, rng, workdir / "clients" / name, shared, start=2 * i)

        threads = [
            threading.Thread(
                target=sync_client,
                args=(mock.url, client(f"s{i}", i), ledger, deadline, max_ops),
                name=f"soak-s{i}",
                daemon=True,
            )
            for i in range(sync_clients)
        ]
        async_side = [client(f"a{i}", i) for i in range(async_clients)]

        async def all_async() -> None:
            await asyncio.gather(*(async_client(mock.url, c, ledger, deadline, max_ops) for c in async_side))

        threads.append(threading.Thread(target=asyncio.run, args=(all_async(),), name="soak-async", daemon=True))
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=max(0.0, deadline + GRACE - time.monotonic()))
        hung = [t.name for t in threads if t.is_alive()]
        elapsed = time.monotonic() - t0
        fired = mock.faults_fired()
        requests = mock.requests_seen()
        mock.clear_faults()
        server_errors = mock_errors(mock.stderr_tail(1_000_000))
    finally:
        mock.stop()
    report: dict[str, Any] = {
        "started": started.isoformat(timespec="seconds"),
        "seconds": round(elapsed, 1),
        "planned_seconds": seconds,
        "max_ops_per_client": max_ops,
        "clients": {"sync": sync_clients, "async": async_clients},
        "seed": seed,
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "commit": commit(),
        "mix": MIX,
        "fault_rate": fault_rate,
        "fault_plan": [{"kind": kind, **rule} for kind, rule in scaled_plan(fault_rate)],
        "api_requests": requests,
        "faults": fired,
        "faults_total": sum(fired.values()),
        **ledger.summary(),
        "hung_clients": hung,
        "mock_errors": server_errors[:20],
    }
    report["failures"] = judge(report)
    return report


def judge(report: dict[str, Any]) -> list[str]:
    """Why the run fails (empty: it passed)."""
    failures = []
    ops = report["operations"]
    if ops["loss"]:
        failures.append(f"{ops['loss']} operations lost or corrupted data")
    if ops["unexpected"]:
        failures.append(f"{ops['unexpected']} operations failed unexpectedly")
    if report["hung_clients"]:
        failures.append(f"clients still busy {GRACE:.0f} s after the deadline: {report['hung_clients']}")
    if report["mock_errors"]:
        failures.append(f"the mock logged {len(report['mock_errors'])} errors")
    post_drops = sum(report["faults"][k] for k in POST_DROPS)
    if ops["surfaced"] > post_drops:
        failures.append(f"{ops['surfaced']} NetworkErrors but only {post_drops} dropped non-idempotent calls")
    if ops["ok"] < sum(ops.values()) / 2:
        failures.append(f"only {ops['ok']} of {sum(ops.values())} operations succeeded: the faults drown the work")
    for flavour in ("sync", "async"):
        for kind in MIX:
            if f"{kind} ({flavour})" not in report["by_kind"] and report["clients"][flavour]:
                failures.append(f"no {kind} ({flavour}) operation ran")
    for kind, n in report["faults"].items():
        if not n:
            failures.append(f"no {kind} fault was injected")
    if not report["retries_total"]:
        failures.append("the clients never retried")
    return failures


def markdown(report: dict[str, Any]) -> str:
    ops = report["operations"]
    lines = [
        "# Soak results",
        "",
        f"`make soak` on {report['started']}: {report['clients']['sync']} sync + {report['clients']['async']} async "
        f"clients against one dbrest_mock process for {report['seconds']} s; machine {report['machine']}, "
        f"Python {report['python']}, commit {report['commit']}, seed {report['seed']}.",
        "",
        f"**{'PASSED' if not report['failures'] else 'FAILED'}**: {sum(ops.values())} operations "
        f"({ops['ok']} ok, {ops['surfaced']} surfaced a NetworkError as documented, {ops['superseded']} superseded "
        f"by a concurrent writer, {ops['unexpected']} unexpected, "
        f"{ops['loss']} losses), {report['api_requests']} API requests, {report['faults_total']} faults injected, "
        f"{report['retries_total']} client retries, {report['bytes_verified'] / 1e6:.1f} MB and "
        f"{report['states_verified']} waited states or outputs verified.",
        "",
    ]
    lines += [f"- {f}" for f in report["failures"]]
    lines += ["", "| operation | ok | surfaced | superseded | unexpected | loss |", "|---|---:|---:|---:|---:|---:|"]
    for row, c in report["by_kind"].items():
        lines.append(f"| {row} | {c['ok']} | {c['surfaced']} | {c['superseded']} | {c['unexpected']} | {c['loss']} |")
    lines += ["", "| fault injected (counted by the mock) | rule | fired |", "|---|---|---:|"]
    for rule in report["fault_plan"]:
        spec = ", ".join(f"{k}={v}" for k, v in rule.items() if k != "kind")
        lines.append(f"| {rule['kind']} | {spec} | {report['faults'][rule['kind']]} |")
    lines += ["", "| client retry (on_retry) | count |", "|---|---:|"]
    lines += [f"| {why} | {n} |" for why, n in report["retries"].items()]
    if report["superseded_by"]:
        lines += ["", "| superseded (a concurrent writer's file, or a typed error of a reader) | count |", "|---|---:|"]
        lines += [f"| {what} | {n} |" for what, n in report["superseded_by"].items()]
    if report["problem_types"]:
        lines += ["", "| problem | count |", "|---|---:|"]
        lines += [f"| {what} | {n} |" for what, n in report["problem_types"].items()]
    if report["problems"]:
        lines += ["", "## Problems", ""]
        for p in report["problems"]:
            lines += [
                f"- **{p['outcome']}** in {p['kind']} ({p['flavour']}): {p['error']}",
                "",
                "```",
                p["where"],
                "```",
            ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    import argparse
    import json
    import tempfile

    p = argparse.ArgumentParser(prog="python -m tests.soak", description=__doc__)
    p.add_argument("--seconds", type=float, default=float(os.environ.get("SOAK_SECONDS", "180")))
    p.add_argument("--sync-clients", type=int, default=8)
    p.add_argument("--async-clients", type=int, default=8)
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--out", type=Path, default=ROOT / "benchmarks", help="where soak.md and soak.json go")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="dbrest-soak-") as tmp:
        report = run_soak(args.seconds, args.sync_clients, args.async_clients, Path(tmp), args.seed)
    text = markdown(report)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "soak.md").write_text(text)
    (args.out / "soak.json").write_text(json.dumps(report, indent=2) + "\n")
    print(text)
    return 1 if report["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())

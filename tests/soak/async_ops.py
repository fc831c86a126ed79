"""The operations of an async soak client (``dbrest.AsyncWorkspace``, all clients on one event loop): the same
work and the same checks as :mod:`tests.soak.sync_ops`."""

from __future__ import annotations

import asyncio
import io
import random
from collections.abc import Awaitable, Callable
from pathlib import Path

import dbrest
from dbrest.clusters import state_of
from dbrest.commands import CommandError
from dbrest.jobs import RunFailed
from dbrest_client.models.clusters_create_request import ClustersCreateRequest
from dbrest_client.models.clusters_id_request import ClustersIdRequest
from dbrest_client.models.dbfs_delete_request import DbfsDeleteRequest
from dbrest_client.models.jobs_run_now_request import JobsRunNowRequest
from dbrest_client.models.jobs_runs_submit_request import JobsRunsSubmitRequest

from .ledger import Ledger, check_bytes, sha256
from .workload import (
    WAIT,
    Client,
    check_output,
    check_run,
    check_shared_end,
    check_tree,
    cluster_spec,
    expect,
    reader_error_ok,
    task_run_id,
    tree_files,
)

Ws = dbrest.AsyncWorkspace


async def write(ws: Ws, c: Client, how: str, remote: str, data: bytes, scratch: Path) -> None:
    if how == "put":
        local = scratch / f"up-{id(data)}"
        local.write_bytes(data)
        try:
            await ws.dbfs.upload(str(local), remote, overwrite=True)
        finally:
            local.unlink()
    elif how == "blocks":
        await ws.dbfs.upload(io.BytesIO(data), remote, overwrite=True)
    else:
        async with await ws.dbfs.open(remote, "wb", overwrite=True) as w:
            pos = 0
            while pos < len(data):
                step = c.rng.randint(1, 700_000)
                await w.write(data[pos : pos + step])
                pos += step


async def read(ws: Ws, c: Client, remote: str, scratch: Path) -> bytes:
    how = c.rng.choice(("path", "fileobj", "reader"))
    if how == "path":
        local = scratch / f"down-{c.rng.getrandbits(48):x}"
        try:
            await ws.dbfs.download(remote, local)
        except BaseException:
            if local.exists():
                raise AssertionError(f"download of {remote} failed but left {local}") from None
            raise
        data = local.read_bytes()
        local.unlink()
        return data
    if how == "fileobj":
        buf = io.BytesIO()
        await ws.dbfs.download(
            remote, buf, chunk_size=c.rng.choice((300_000, 1024 * 1024)), parallelism=c.rng.randint(1, 6)
        )
        return buf.getvalue()
    async with await ws.dbfs.open(remote, "rb") as r:
        return await r.read()


async def remote_sha(ws: Ws, c: Client, remote: str, scratch: Path) -> str | None:
    try:
        await ws.dbfs.get_status(path=remote[5:])
    except dbrest.ResourceDoesNotExist:
        return None
    return sha256(await read(ws, c, remote, scratch))


async def dbfs_roundtrip(ws: Ws, c: Client, ledger: Ledger) -> None:
    scratch = c.opdir()
    data = c.data()
    digest = sha256(data)
    remote = c.remote(f"f{c.n}.bin")
    try:
        await write(ws, c, c.rng.choice(("put", "blocks", "writer")), remote, data, scratch)
    except dbrest.NetworkError:
        check_shared_end(remote, {digest: "this writer"}, [], await remote_sha(ws, c, remote, scratch))
        raise
    got = await read(ws, c, remote, scratch)
    check_bytes(f"{remote} read back", digest, got)
    expect((await ws.dbfs.get_status(path=remote[5:])).file_size == len(data), f"{remote}: get-status size")
    ledger.verified(nbytes=len(data))
    await ws.dbfs.delete(body=DbfsDeleteRequest(path=remote[5:]))
    c.done_with(scratch)


async def remote_tree(ws: Ws, remote: str, scratch: Path, c: Client) -> dict[str, str]:
    try:
        infos = [i async for i in ws.dbfs.walk(remote) if not i.is_dir]
    except dbrest.ResourceDoesNotExist:
        return {}
    base = remote[5:].rstrip("/") + "/"
    return {i.path[len(base) :]: sha256(await read(ws, c, "dbfs:" + i.path, scratch)) for i in infos}


async def cp_tree(ws: Ws, c: Client, ledger: Ledger) -> None:
    scratch = c.opdir()
    files = tree_files(c.rng)
    want = {rel: sha256(data) for rel, data in files.items()}
    src = scratch / "tree"
    for rel, data in files.items():
        (src / rel).parent.mkdir(parents=True, exist_ok=True)
        (src / rel).write_bytes(data)
    remote = c.remote(f"t{c.n}")
    try:
        await ws.dbfs.cp(str(src), remote, recursive=True)
    except dbrest.NetworkError:
        check_tree(f"{remote} after a failed cp -r", want, await remote_tree(ws, remote, scratch, c), complete=False)
        await ws.dbfs.rm(remote, recursive=True)
        raise
    back = scratch / "back"
    await ws.dbfs.cp(remote, str(back), recursive=True)
    got = {str(p.relative_to(back)): sha256(p.read_bytes()) for p in back.rglob("*") if p.is_file()}
    check_tree(f"cp -r {remote} -> local", want, got, complete=True)
    ledger.verified(nbytes=2 * sum(map(len, files.values())))
    await ws.dbfs.rm(remote, recursive=True)
    c.done_with(scratch)


async def cluster_cycle(ws: Ws, c: Client, ledger: Ledger) -> None:
    spec = cluster_spec(c.shared, f"soak-{c.name}-{c.n}")
    cid = (await ws.clusters.create(body=ClustersCreateRequest.from_dict(spec))).cluster_id
    info = await ws.clusters.wait_running(cid, timeout=WAIT)
    expect(info.cluster_id == cid and state_of(info) == "RUNNING", f"cluster {cid} waited RUNNING: {state_of(info)}")
    await ws.clusters.delete(body=ClustersIdRequest(cluster_id=cid))
    info = await ws.clusters.wait_terminated(cid, timeout=WAIT)
    expect(state_of(info) == "TERMINATED", f"cluster {cid} waited TERMINATED: {state_of(info)}")
    ledger.verified(states=2)


async def job_run(ws: Ws, c: Client, ledger: Ledger) -> None:
    token = c.token()
    variant = c.rng.choice(("success", "failed", "submit"))
    if variant == "submit":
        task = {
            "task_key": "soak",
            "new_cluster": {k: v for k, v in cluster_spec(c.shared, "").items() if k != "cluster_name"},
            "notebook_task": {"notebook_path": "/soak", "base_parameters": {"dbrest_mock_output": token}},
        }
        body = JobsRunsSubmitRequest.from_dict({"run_name": token, "tasks": [task]})
        run = await ws.jobs.wait_run((await ws.jobs.runs_submit(body=body)).run_id, timeout=WAIT)
    else:
        params = {"dbrest_mock_output": token} if variant == "success" else {"dbrest_mock_result": "FAILED"}
        request = JobsRunNowRequest.from_dict({"job_id": c.shared.job_id, "notebook_params": params})
        run_id = (await ws.jobs.run_now(body=request)).run_id
        if variant == "failed":
            try:
                await ws.jobs.wait_run(run_id, timeout=WAIT)
            except RunFailed as exc:
                check_run(exc.run, "FAILED")
                ledger.verified(states=1)
                return
            raise AssertionError(f"run {run_id} was told to fail but wait_run returned")
        run = await ws.jobs.wait_run(run_id, timeout=WAIT)
    check_run(run, "SUCCESS")
    check_output(token, await ws.jobs.runs_get_output(run_id=task_run_id(run)))
    ledger.verified(states=2)


async def command(ws: Ws, c: Client, ledger: Ledger) -> None:
    token = c.token()
    cluster = c.cluster()
    if c.rng.random() < 0.75:
        out = await ws.commands.execute(cluster, f"print({token!r})", timeout=WAIT)
        expect(str(out.result_type) == "text" and out.data == token, f"command output {out.data!r}, expected {token!r}")
    else:
        try:
            await ws.commands.execute(cluster, f"print({token!r}", timeout=WAIT)
        except CommandError as exc:
            expect(exc.summary.startswith("SyntaxError"), f"command error summary {exc.summary!r}")
        else:
            raise AssertionError("a command with a syntax error did not raise CommandError")
    ledger.verified(states=1)


async def shared_path(ws: Ws, c: Client, ledger: Ledger) -> None:
    """Three writers overwrite one path at once (each its own way) while a reader reads it."""
    scratch = c.opdir()
    remote = c.remote("shared.bin")
    contents = [c.data() for _ in range(3)]
    allowed = {sha256(d): f"writer {i}" for i, d in enumerate(contents)}
    hows = ["put", "blocks", "writer"]
    c.rng.shuffle(hows)
    before = {c.shared_sha: "the previous round"} if c.shared_sha else {}
    subs = [Client(c.name, random.Random(c.rng.getrandbits(32)), c.tmp, c.shared) for _ in contents]

    async def reader() -> bytes | None:
        try:
            return await read(ws, c, remote, scratch)
        except dbrest.DatabricksError as exc:
            if reader_error_ok(exc):
                ledger.record("shared-path read", "async", exc, reading=True)  # typed: it changed under the reader
                return None
            raise

    *results, seen = await asyncio.gather(
        *(write(ws, subs[i], hows[i], remote, contents[i], scratch) for i in range(3)), reader(), return_exceptions=True
    )
    succeeded, failed = [], []
    for i, res in enumerate(results):
        exc = res if isinstance(res, BaseException) else None
        ledger.record("shared-path write", "async", exc, concurrent=True)
        if exc is None:
            succeeded.append(f"writer {i} ({hows[i]})")
        else:
            failed.append(f"writer {i} ({hows[i]}) raised {type(exc).__name__}: {str(exc)[:160]}")
    if isinstance(seen, BaseException):
        raise seen
    if seen is not None:
        check_shared_end(f"{remote} as read during the writes", {**allowed, **before}, [], sha256(seen))
        ledger.record("shared-path read", "async", None)  # one writer's (or the previous round's) whole file
    final = await remote_sha(ws, c, remote, scratch)
    check_shared_end(remote, allowed if succeeded else {**allowed, **before}, succeeded, final, failed)
    c.shared_sha = final
    ledger.verified(nbytes=sum(map(len, contents)))
    c.done_with(scratch)


OPS: dict[str, Callable[[Ws, Client, Ledger], Awaitable[None]]] = {
    "dbfs": dbfs_roundtrip,
    "cp -r": cp_tree,
    "cluster": cluster_cycle,
    "job": job_run,
    "command": command,
    "shared path": shared_path,
}

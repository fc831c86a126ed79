"""The `dbrest` command line: DBFS transfers, clusters, jobs, 1.2 execution, workspace files, the mock, the spec.

Configuration exactly as ``dbrest.Workspace.from_env``: ``--profile``, DATABRICKS_* environment variables,
``~/.databrickscfg``, ``~/.netrc``. Output goes to stdout (``--output json|table``), progress and errors to
stderr. Errors print one line and exit non-zero; ``--debug`` shows the traceback.

Exit codes: 0 success, 1 a Databricks or local error, 2 a usage error, 3 a command/run that ended in failure,
130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path, PurePosixPath
from typing import Any, NoReturn, TextIO

from .errors import ConfigurationError, DatabricksError, OperationFailed, OperationTimeout

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_FAILED = 3


class CliError(Exception):
    """A user-facing failure: one line, and what to try."""

    def __init__(self, message: str, code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.code = code


# --- output -----------------------------------------------------------------------------------------------


def to_plain(obj: Any) -> Any:
    if hasattr(obj, "to_dict"):
        return obj.to_dict()
    if isinstance(obj, list):
        return [to_plain(o) for o in obj]
    return obj


def emit(args: argparse.Namespace, data: Any, columns: Sequence[str] | None = None, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    plain = to_plain(data)
    if args.output == "json" or columns is None:
        json.dump(plain, out, indent=2, sort_keys=True)
        out.write("\n")
        return
    rows = plain if isinstance(plain, list) else [plain]
    table = [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in table]) for i, c in enumerate(columns)]
    out.write("  ".join(c.upper().ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip() + "\n")
    for row in table:
        out.write("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() + "\n")


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True)
    return str(value)


class ProgressBar:
    """A one-line progress bar on stderr, shown only on a terminal and without --quiet."""

    def __init__(self, label: str, enabled: bool, stream: TextIO | None = None) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self._last = 0.0

    def __call__(self, done: int, total: int | None) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if total and done < total and now - self._last < 0.1:
            return
        self._last = now
        if total:
            frac = min(1.0, done / total)
            bar = "#" * int(frac * 30)
            self.stream.write(f"\r{self.label} [{bar:<30}] {frac:6.1%} {done / 1e6:,.1f}/{total / 1e6:,.1f} MB")
        else:
            self.stream.write(f"\r{self.label} {done / 1e6:,.1f} MB")
        if total and done >= total:
            self.stream.write("\n")
        self.stream.flush()


def progress_for(args: argparse.Namespace, label: str) -> ProgressBar | None:
    enabled = not args.quiet and sys.stderr.isatty()
    return ProgressBar(label, enabled) if enabled else None


def info(args: argparse.Namespace, text: str) -> None:
    if not args.quiet:
        print(text, file=sys.stderr)


# --- workspace ----------------------------------------------------------------------------------------------


def workspace(args: argparse.Namespace) -> Any:
    from . import Workspace

    return Workspace(host=args.host, profile=args.profile)


def load_json(args: argparse.Namespace) -> dict[str, Any]:
    if getattr(args, "json_file", None):
        text = Path(args.json_file).read_text(encoding="utf-8")
    elif getattr(args, "json", None):
        text = args.json
    else:
        raise CliError("give the request body with --json '{...}' or --json-file FILE", EXIT_USAGE)
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise CliError(f"the JSON body is not valid JSON: {exc}", EXIT_USAGE) from None
    if not isinstance(data, dict):
        raise CliError("the JSON body must be an object", EXIT_USAGE)
    return data


# --- fs -----------------------------------------------------------------------------------------------------


def is_dbfs(path: str) -> bool:
    return path.startswith("dbfs:")


def dbfs_abs(path: str) -> str:
    p = path[5:] if path.startswith("dbfs:") else path
    return p if p.startswith("/") else "/" + p


def cmd_fs_ls(args: argparse.Namespace) -> int:
    ws = workspace(args)
    files = ws.dbfs.ls(dbfs_abs(args.path))
    if args.output == "json":
        emit(args, files)
    elif args.long:
        emit(
            args,
            [{"type": "dir" if f.is_dir else "file", "size": f.file_size, "path": f.path} for f in files],
            ["type", "size", "path"],
        )
    else:
        for f in files:
            name = f.path if args.absolute else PurePosixPath(f.path).name
            print(name + ("/" if f.is_dir else ""))
    return 0


def cmd_fs_cat(args: argparse.Namespace) -> int:
    ws = workspace(args)
    ws.dbfs.download(dbfs_abs(args.path), sys.stdout.buffer)
    sys.stdout.flush()
    return 0


def _copy_tree_up(args: argparse.Namespace, ws: Any, src: Path, dst: str) -> int:
    count = 0
    for local in sorted(p for p in src.rglob("*") if p.is_file()):
        remote = dst.rstrip("/") + "/" + local.relative_to(src).as_posix()
        ws.dbfs.upload(local, remote, overwrite=args.overwrite, progress=progress_for(args, local.name))
        count += 1
    ws.dbfs.mkdirs_p(dst)
    return count


def _copy_tree_down(args: argparse.Namespace, ws: Any, src: str, dst: Path) -> int:
    count = 0
    for entry in ws.dbfs.ls(src):
        target = dst / PurePosixPath(entry.path).name
        if entry.is_dir:
            target.mkdir(parents=True, exist_ok=True)
            count += _copy_tree_down(args, ws, entry.path, target)
        else:
            if target.exists() and not args.overwrite:
                raise CliError(f"{target} exists; pass --overwrite to replace it")
            ws.dbfs.download(entry.path, target, progress=progress_for(args, target.name))
            count += 1
    return count


def cmd_fs_cp(args: argparse.Namespace) -> int:
    ws = workspace(args)
    src, dst = args.source, args.target
    if is_dbfs(src) == is_dbfs(dst):
        if is_dbfs(src):
            raise CliError("copying within DBFS is not supported by the DBFS API; download and upload, or use mv")
        raise CliError("one of SOURCE and TARGET must be a dbfs:/ path", EXIT_USAGE)
    if not is_dbfs(src):
        local = Path(src)
        if local.is_dir():
            if not args.recursive:
                raise CliError(f"{src} is a directory; pass -r to copy it recursively", EXIT_USAGE)
            n = _copy_tree_up(args, ws, local, dbfs_abs(dst))
            info(args, f"copied {n} files to {dst}")
            return 0
        if not local.exists():
            raise CliError(f"{src}: no such file")
        target = dbfs_abs(dst)
        if target.endswith("/") or (ws.dbfs.exists(target) and ws.dbfs.get_status(path=target).is_dir):
            target = target.rstrip("/") + "/" + local.name
        ws.dbfs.upload(local, target, overwrite=args.overwrite, progress=progress_for(args, local.name))
        return 0
    remote = dbfs_abs(src)
    status = ws.dbfs.get_status(path=remote)
    local = Path(dst)
    if status.is_dir:
        if not args.recursive:
            raise CliError(f"{src} is a directory; pass -r to copy it recursively", EXIT_USAGE)
        local.mkdir(parents=True, exist_ok=True)
        n = _copy_tree_down(args, ws, remote, local)
        info(args, f"copied {n} files to {dst}")
        return 0
    if local.is_dir():
        local = local / PurePosixPath(remote).name
    if local.exists() and not args.overwrite:
        raise CliError(f"{local} exists; pass --overwrite to replace it")
    ws.dbfs.download(remote, local, progress=progress_for(args, local.name))
    return 0


def cmd_fs_mv(args: argparse.Namespace) -> int:
    workspace(args).dbfs.mv(dbfs_abs(args.source), dbfs_abs(args.target))
    return 0


def cmd_fs_rm(args: argparse.Namespace) -> int:
    workspace(args).dbfs.rm(dbfs_abs(args.path), recursive=args.recursive)
    return 0


def cmd_fs_mkdirs(args: argparse.Namespace) -> int:
    workspace(args).dbfs.mkdirs_p(dbfs_abs(args.path))
    return 0


# --- clusters -----------------------------------------------------------------------------------------------

CLUSTER_COLUMNS = ["cluster_id", "cluster_name", "state", "spark_version", "node_type_id", "num_workers"]


def cmd_clusters_list(args: argparse.Namespace) -> int:
    emit(args, workspace(args).clusters.list().clusters or [], CLUSTER_COLUMNS)
    return 0


def cmd_clusters_get(args: argparse.Namespace) -> int:
    emit(args, workspace(args).clusters.get(cluster_id=args.cluster_id), CLUSTER_COLUMNS)
    return 0


def cmd_clusters_create(args: argparse.Namespace) -> int:
    from dbrest_client.models import ClustersCreateRequest

    ws = workspace(args)
    created = ws.clusters.create(body=ClustersCreateRequest.from_dict(load_json(args)))
    if args.wait:
        emit(args, ws.clusters.wait_running(created.cluster_id, timeout=args.timeout), CLUSTER_COLUMNS)
    else:
        emit(args, created, ["cluster_id"])
    return 0


def _cluster_id_body(cls_name: str, cluster_id: str) -> Any:
    import dbrest_client.models as models

    return getattr(models, cls_name)(cluster_id=cluster_id)


def cmd_clusters_start(args: argparse.Namespace) -> int:
    ws = workspace(args)
    ws.clusters.start(body=_cluster_id_body("ClustersIdRequest", args.cluster_id))
    if args.wait:
        emit(args, ws.clusters.wait_running(args.cluster_id, timeout=args.timeout), CLUSTER_COLUMNS)
    return 0


def cmd_clusters_delete(args: argparse.Namespace) -> int:
    ws = workspace(args)
    ws.clusters.delete(body=_cluster_id_body("ClustersIdRequest", args.cluster_id))
    if args.wait:
        emit(args, ws.clusters.wait_terminated(args.cluster_id, timeout=args.timeout), CLUSTER_COLUMNS)
    return 0


def cmd_clusters_wait(args: argparse.Namespace) -> int:
    ws = workspace(args)
    waiter = ws.clusters.wait_running if args.state == "RUNNING" else ws.clusters.wait_terminated
    emit(args, waiter(args.cluster_id, timeout=args.timeout), CLUSTER_COLUMNS)
    return 0


# --- jobs and runs --------------------------------------------------------------------------------------------

JOB_COLUMNS = ["job_id", "name", "creator_user_name", "created_time"]
RUN_COLUMNS = ["run_id", "job_id", "run_name", "life_cycle_state", "result_state", "state_message"]


def _run_row(run: Any) -> dict[str, Any]:
    d = to_plain(run)
    state = d.get("state") or {}
    return {
        **d,
        "life_cycle_state": state.get("life_cycle_state"),
        "result_state": state.get("result_state"),
        "state_message": state.get("state_message"),
    }


def _job_row(job: Any) -> dict[str, Any]:
    d = to_plain(job)
    return {**d, "name": (d.get("settings") or {}).get("name")}


def cmd_jobs_list(args: argparse.Namespace) -> int:
    ws = workspace(args)
    emit(args, [_job_row(j) for j in ws.jobs.iter_jobs()], JOB_COLUMNS)
    return 0


def cmd_jobs_get(args: argparse.Namespace) -> int:
    emit(args, _job_row(workspace(args).jobs.get(job_id=args.job_id)), JOB_COLUMNS)
    return 0


def _finish_run(args: argparse.Namespace, ws: Any, run_id: int) -> int:
    try:
        run = ws.jobs.wait_run(run_id, timeout=args.timeout)
    except OperationFailed as exc:
        print(f"Error: run {run_id} failed: {exc}", file=sys.stderr)
        return EXIT_FAILED
    emit(args, _run_row(run), RUN_COLUMNS)
    return 0


def cmd_jobs_run_now(args: argparse.Namespace) -> int:
    from dbrest_client.models import JobsRunNowRequest

    ws = workspace(args)
    body = load_json(args) if (args.json or args.json_file) else {}
    body["job_id"] = args.job_id
    started = ws.jobs.run_now(body=JobsRunNowRequest.from_dict(body))
    if args.wait:
        return _finish_run(args, ws, started.run_id)
    emit(args, started, ["run_id", "number_in_job"])
    return 0


def cmd_jobs_runs_get(args: argparse.Namespace) -> int:
    emit(args, _run_row(workspace(args).jobs.runs_get(run_id=args.run_id)), RUN_COLUMNS)
    return 0


def cmd_jobs_runs_wait(args: argparse.Namespace) -> int:
    return _finish_run(args, workspace(args), args.run_id)


def cmd_runs_submit(args: argparse.Namespace) -> int:
    from dbrest_client.models import JobsRunsSubmitRequest

    ws = workspace(args)
    started = ws.jobs.runs_submit(body=JobsRunsSubmitRequest.from_dict(load_json(args)))
    if args.wait:
        return _finish_run(args, ws, started.run_id)
    emit(args, started, ["run_id"])
    return 0


# --- 1.2 execution ----------------------------------------------------------------------------------------------


def cmd_exec(args: argparse.Namespace) -> int:
    if (args.code is None) == (args.file is None):
        raise CliError("give the code as an argument or with --file, not both", EXIT_USAGE)
    code = Path(args.file).read_text(encoding="utf-8") if args.file else args.code
    ws = workspace(args)
    result = ws.commands.execute(args.cluster, code, language=args.language, timeout=args.timeout, check=False)
    plain = to_plain(result)
    if args.output == "json":
        emit(args, plain)
    elif plain.get("resultType") == "error":
        pass
    elif plain.get("resultType") == "table":
        names = [c.get("name", f"c{i}") for i, c in enumerate(plain.get("schema") or [])]
        emit(args, [dict(zip(names, row, strict=False)) for row in plain.get("data") or []], names)
    else:
        data = plain.get("data")
        if data not in (None, ""):
            print(data if isinstance(data, str) else json.dumps(data))
    if plain.get("resultType") == "error":
        summary = plain.get("summary") or plain.get("cause") or "the command failed"
        print(f"Error: {summary}", file=sys.stderr)
        if args.debug and plain.get("cause"):
            print(plain["cause"], file=sys.stderr)
        return EXIT_FAILED
    return 0


# --- workspace files --------------------------------------------------------------------------------------------


def cmd_workspace_import(args: argparse.Namespace) -> int:
    ws = workspace(args)
    src = Path(args.source)
    if src.is_dir():
        n = ws.workspace.import_dir(src, args.target, overwrite=args.overwrite)
        info(args, f"imported {n} files into {args.target}")
    else:
        ws.workspace.import_file(src, args.target, format=args.format, language=args.language, overwrite=args.overwrite)
    return 0


def cmd_workspace_export(args: argparse.Namespace) -> int:
    ws = workspace(args)
    status = ws.workspace.get_status(path=args.source)
    if str(status.object_type) in ("DIRECTORY", "REPO") and args.format != "DBC":
        n = ws.workspace.export_dir(args.source, Path(args.target), overwrite=args.overwrite)
        info(args, f"exported {n} notebooks to {args.target}")
        return 0
    target = Path(args.target)
    if target.exists() and not target.is_dir() and not args.overwrite:
        raise CliError(f"{target} exists; pass --overwrite to replace it")
    ws.workspace.export_file(args.source, target, format=args.format)
    return 0


# --- mock and spec ----------------------------------------------------------------------------------------------


def cmd_mock_serve(args: argparse.Namespace) -> int:
    from dbrest_mock.__main__ import main as mock_main

    argv = ["--host", args.bind, "--port", str(args.port), "--durations", args.durations]
    for token in args.token or []:
        argv += ["--token", token]
    return mock_main(argv)


def cmd_spec_coverage(args: argparse.Namespace) -> int:
    from importlib import resources

    from .coverage import coverage_report

    spec = json.loads(resources.files("dbrest_mock").joinpath("openapi.json").read_text(encoding="utf-8"))
    text, covered, total = coverage_report(spec, Path(args.endpoints) if args.endpoints else None)
    print(text)
    return 0 if covered == total else EXIT_FAILED


# --- parser -----------------------------------------------------------------------------------------------------


def _common(p: argparse.ArgumentParser, *, top: bool) -> None:
    # The options are accepted before and after the subcommand; below the top level their defaults are
    # suppressed so that a subcommand's parser does not reset what was given before it.
    def d(value: Any) -> Any:
        return value if top else argparse.SUPPRESS

    p.add_argument(
        "--profile", default=d(None), help="profile in ~/.databrickscfg (default: DATABRICKS_CONFIG_PROFILE or DEFAULT)"
    )
    p.add_argument("--host", default=d(None), help="workspace URL (default: DATABRICKS_HOST or the profile's host)")
    p.add_argument(
        "-o", "--output", choices=["json", "table"], default=d("table"), help="output format (default table)"
    )
    p.add_argument("-q", "--quiet", action="store_true", default=d(False), help="no progress bars or notes on stderr")
    p.add_argument("--debug", action="store_true", default=d(False), help="show tracebacks and HTTP retries")


def _body(p: argparse.ArgumentParser) -> None:
    g = p.add_mutually_exclusive_group()
    g.add_argument("--json", help="request body as a JSON string")
    g.add_argument("--json-file", help="request body from a JSON file")


def _wait(p: argparse.ArgumentParser, default_timeout: float) -> None:
    p.add_argument(
        "--timeout", type=float, default=default_timeout, help=f"seconds to wait (default {default_timeout:g})"
    )


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    _common(common, top=False)
    top = argparse.ArgumentParser(add_help=False)
    _common(top, top=True)
    parser = argparse.ArgumentParser(
        prog="dbrest",
        description="Databricks from the shell: DBFS, clusters, jobs, 1.2 execution, workspace files, the mock.",
        epilog="Configuration: --profile, DATABRICKS_HOST / DATABRICKS_TOKEN (or _USERNAME/_PASSWORD), "
        "~/.databrickscfg, ~/.netrc. Paths on DBFS are written dbfs:/path.",
        parents=[top],
    )
    sub = parser.add_subparsers(dest="group", metavar="COMMAND", required=True)

    def group(name: str, help_text: str) -> argparse._SubParsersAction[argparse.ArgumentParser]:
        g = sub.add_parser(name, help=help_text, description=help_text, parents=[common])
        return g.add_subparsers(dest="command", metavar="SUBCOMMAND", required=True)

    def cmd(grp: Any, name: str, fn: Callable[[argparse.Namespace], int], help_text: str) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = grp.add_parser(name, help=help_text, description=help_text, parents=[common])
        p.set_defaults(func=fn)
        return p

    fs = group("fs", "DBFS files: ls, cat, cp, mv, rm, mkdirs (paths as dbfs:/...)")
    p = cmd(fs, "ls", cmd_fs_ls, "list a DBFS directory")
    p.add_argument("path", nargs="?", default="dbfs:/")
    p.add_argument("-l", "--long", action="store_true", help="show type and size")
    p.add_argument("--absolute", action="store_true", help="show absolute paths")
    p = cmd(fs, "cat", cmd_fs_cat, "write a DBFS file to stdout")
    p.add_argument("path")
    p = cmd(fs, "cp", cmd_fs_cp, "copy between the local disk and DBFS (either direction)")
    p.add_argument("source")
    p.add_argument("target")
    p.add_argument("-r", "--recursive", action="store_true", help="copy directories recursively")
    p.add_argument("--overwrite", action="store_true", help="replace existing files")
    p = cmd(fs, "mv", cmd_fs_mv, "move a file or directory within DBFS")
    p.add_argument("source")
    p.add_argument("target")
    p = cmd(fs, "rm", cmd_fs_rm, "delete a file, or a directory with -r")
    p.add_argument("path")
    p.add_argument("-r", "--recursive", action="store_true")
    p = cmd(fs, "mkdirs", cmd_fs_mkdirs, "create a directory and its parents")
    p.add_argument("path")

    cl = group("clusters", "clusters: list, get, create, start, delete, wait")
    cmd(cl, "list", cmd_clusters_list, "list clusters")
    p = cmd(cl, "get", cmd_clusters_get, "show a cluster")
    p.add_argument("cluster_id")
    p = cmd(cl, "create", cmd_clusters_create, "create a cluster from a JSON spec")
    _body(p)
    p.add_argument("--wait", action="store_true", help="wait until it is RUNNING")
    _wait(p, 1200)
    for name, fn, text in (
        ("start", cmd_clusters_start, "start a terminated cluster"),
        ("delete", cmd_clusters_delete, "terminate a cluster"),
    ):
        p = cmd(cl, name, fn, text)
        p.add_argument("cluster_id")
        p.add_argument("--wait", action="store_true", help="wait for the target state")
        _wait(p, 1200)
    p = cmd(cl, "wait", cmd_clusters_wait, "wait until a cluster is RUNNING (or TERMINATED)")
    p.add_argument("cluster_id")
    p.add_argument("--state", choices=["RUNNING", "TERMINATED"], default="RUNNING")
    _wait(p, 1200)

    jb = group("jobs", "jobs (API 2.1): list, get, run-now, runs-get, runs-wait")
    cmd(jb, "list", cmd_jobs_list, "list jobs")
    p = cmd(jb, "get", cmd_jobs_get, "show a job")
    p.add_argument("job_id", type=int)
    p = cmd(jb, "run-now", cmd_jobs_run_now, "trigger a run of a job (parameters with --json)")
    p.add_argument("job_id", type=int)
    _body(p)
    p.add_argument("--wait", action="store_true", help="wait for the run to finish; exit 3 if it fails")
    _wait(p, 3600)
    p = cmd(jb, "runs-get", cmd_jobs_runs_get, "show a run")
    p.add_argument("run_id", type=int)
    p = cmd(jb, "runs-wait", cmd_jobs_runs_wait, "wait for a run to finish; exit 3 if it fails")
    p.add_argument("run_id", type=int)
    _wait(p, 3600)

    rn = group("runs", "one-time runs: submit")
    p = cmd(rn, "submit", cmd_runs_submit, "submit a one-time run from a JSON file (API 2.1 runs/submit)")
    _body(p)
    p.add_argument("--wait", action="store_true", help="wait for the run to finish; exit 3 if it fails")
    _wait(p, 3600)

    p = sub.add_parser(
        "exec",
        help="run code on a cluster (REST API 1.2) and print the result",
        description="Run code in a fresh execution context on a cluster and print the result; "
        "exit 3 when the result is an error.",
        parents=[common],
    )
    p.set_defaults(func=cmd_exec)
    p.add_argument("--cluster", required=True, help="cluster id")
    p.add_argument("--language", choices=["python", "scala", "sql", "r"], default="python")
    p.add_argument("--file", help="read the code from this file")
    p.add_argument("code", nargs="?", help="the code to run")
    _wait(p, 600)

    wsp = group("workspace", "notebooks and folders: import, export")
    p = cmd(wsp, "import", cmd_workspace_import, "import a local file or directory into the workspace")
    p.add_argument("source")
    p.add_argument("target")
    p.add_argument("--format", choices=["SOURCE", "HTML", "JUPYTER", "DBC", "R_MARKDOWN"], default="SOURCE")
    p.add_argument("--language", choices=["PYTHON", "SCALA", "SQL", "R"], help="default: from the file extension")
    p.add_argument("--overwrite", action="store_true")
    p = cmd(wsp, "export", cmd_workspace_export, "export a notebook (or a folder, recursively) to the local disk")
    p.add_argument("source")
    p.add_argument("target")
    p.add_argument("--format", choices=["SOURCE", "HTML", "JUPYTER", "DBC", "R_MARKDOWN"], default="SOURCE")
    p.add_argument("--overwrite", action="store_true")

    mk = group("mock", "the local Databricks mock")
    p = cmd(mk, "serve", cmd_mock_serve, "serve dbrest_mock on a loopback port")
    p.add_argument("--port", type=int, default=8080, help="port (0 picks a free one)")
    p.add_argument("--bind", default="127.0.0.1", help="address to listen on (default loopback)")
    p.add_argument("--token", action="append", help="a token to accept (repeatable)")
    p.add_argument("--durations", choices=["realistic", "fast", "instant"], default="fast")

    sp = group("spec", "the OpenAPI spec dbrest is generated from")
    p = cmd(sp, "coverage", cmd_spec_coverage, "print the per-service coverage table of the Databricks API")
    p.add_argument("--endpoints", help="endpoints.tsv to measure against (default: the one shipped)")
    return parser


def fail(message: str, code: int) -> NoReturn:
    print(f"Error: {message}", file=sys.stderr)
    raise SystemExit(code)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.debug:
        import logging

        logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    try:
        result: int = args.func(args)
        return result
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    except Exception as exc:
        if args.debug:
            raise
        code, message = _describe(exc)
        print(f"Error: {message}", file=sys.stderr)
        return code


def _describe(exc: BaseException) -> tuple[int, str]:
    import httpx

    if isinstance(exc, CliError):
        return exc.code, str(exc)
    if isinstance(exc, DatabricksError):
        return EXIT_ERROR, str(exc)
    if isinstance(exc, ConfigurationError):
        return EXIT_ERROR, f"configuration: {exc}"
    if isinstance(exc, OperationFailed):
        return EXIT_FAILED, str(exc)
    if isinstance(exc, OperationTimeout):
        return EXIT_FAILED, f"{exc}. Raise --timeout to wait longer."
    if isinstance(exc, httpx.TransportError):
        return EXIT_ERROR, f"cannot reach the workspace: {exc}. Check the host and your network."
    if isinstance(exc, OSError):
        return EXIT_ERROR, f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": ")
    return EXIT_ERROR, f"{type(exc).__name__}: {exc} (run with --debug for the traceback)"


if __name__ == "__main__":
    sys.exit(main())

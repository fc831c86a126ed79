"""The `dbrest` command line: DBFS transfers, clusters, jobs, 1.2 execution, workspace files, the mock, the spec.

Configuration exactly as ``dbrest.Workspace.from_env``: ``--profile``, DATABRICKS_* environment variables,
``~/.databrickscfg``, ``~/.netrc``. Output goes to stdout (``--output json|table``), progress, retries and errors
to stderr. Errors print one line in the CLI's words (flags, not Python keywords) and exit non-zero; ``--debug``
adds the traceback.

Exit codes: 0 success, 1 a Databricks or local error, 2 a usage error, 3 a command/run that ended in failure,
130 interrupted, 141 stdout closed early (``dbrest fs cat ... | head``), silently, like other Unix tools.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, ClassVar, TextIO

from .errors import (
    ConfigurationError,
    DatabricksError,
    DirectoryNotEmpty,
    OperationFailed,
    OperationTimeout,
    PartialDelete,
    RequestTimeout,
    ResourceAlreadyExists,
    ResourceDoesNotExist,
    TooManyRequests,
)

if TYPE_CHECKING:
    import httpx

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_FAILED = 3
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a writer whose reader went away

EXIT_CODES = "exit codes: 0 ok, 1 error, 2 usage error, 3 run or command failed, 130 interrupted"
GLOBAL_NOTE = (
    "global options (--host, --profile, -o, -q, --debug, --allow-insecure-http): see `dbrest --help`; they may "
    "also follow the command"
)
#: Truthy values of DBREST_ALLOW_INSECURE_HTTP.
TRUE_WORDS = ("1", "true", "yes", "on")


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

    #: Whether some bar has written a line it has not finished yet (a retry note starts a new line then).
    line_open: ClassVar[bool] = False

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
        ProgressBar.line_open = True
        if total and done >= total:
            self.stream.write("\n")
            ProgressBar.line_open = False
        self.stream.flush()


def progress_for(args: argparse.Namespace, label: str) -> ProgressBar | None:
    enabled = not args.quiet and sys.stderr.isatty()
    return ProgressBar(label, enabled) if enabled else None


def info(args: argparse.Namespace, text: str) -> None:
    if not args.quiet:
        print(text, file=sys.stderr)


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def warn(text: str) -> None:
    """A note that something was not done: shown even with --quiet."""
    print(f"warning: {text}", file=sys.stderr)


# --- configuration and request bodies -------------------------------------------------------------------------


def _insecure_http_allowed(args: argparse.Namespace) -> bool:
    return bool(args.allow_insecure_http) or os.environ.get("DBREST_ALLOW_INSECURE_HTTP", "").lower() in TRUE_WORDS


def retry_printer(args: argparse.Namespace) -> Callable[[httpx.Request, int, float, str], None]:
    """The Workspace's on_retry: one line per retry on stderr, unless --quiet."""

    def note(request: httpx.Request, attempt: int, wait: float, why: str) -> None:
        if args.quiet:
            return
        start = "\n" if ProgressBar.line_open else ""
        ProgressBar.line_open = False
        print(
            f"{start}retrying {request.method} {request.url.path} ({why} on attempt {attempt}), waiting {wait:.1f}s",
            file=sys.stderr,
            flush=True,
        )

    return note


def workspace(args: argparse.Namespace) -> Any:
    from . import Workspace

    return Workspace(
        host=args.host,
        profile=args.profile,
        allow_insecure_http=_insecure_http_allowed(args),
        on_retry=retry_printer(args),
    )


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


def spec_document() -> dict[str, Any]:
    """The bundled OpenAPI document (shipped inside dbrest_client)."""
    from importlib import resources

    doc: dict[str, Any] = json.loads(
        resources.files("dbrest_client").joinpath("openapi.json").read_text(encoding="utf-8")
    )
    return doc


_JSON_TYPES = {
    "object": "an object",
    "array": "an array",
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
    "null": "null",
}


def _json_type(value: Any) -> str:
    for kind, name in ((bool, "boolean"), (int, "integer"), (float, "number"), (str, "string")):
        if isinstance(value, kind):
            return name
    return "object" if isinstance(value, dict) else "array" if isinstance(value, list) else "null"


def _field_path(parts: Sequence[Any]) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def body_problems(model_name: str, data: dict[str, Any]) -> list[str]:
    """What is wrong with ``data`` as the request schema ``model_name`` of the spec, in a few words each.

    Needs jsonschema, which comes with the mock extra: without it, request_body reports the parse error alone."""
    import jsonschema  # type: ignore[import-untyped]
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    doc = spec_document()
    if model_name not in doc.get("components", {}).get("schemas", {}):
        return []
    urn = "urn:dbrest:openapi"
    registry: Registry[Any] = Registry().with_resource(
        urn, Resource.from_contents(doc, default_specification=DRAFT202012)
    )
    validator = jsonschema.Draft202012Validator({"$ref": f"{urn}#/components/schemas/{model_name}"}, registry=registry)
    problems: list[str] = []
    for error in sorted(validator.iter_errors(data), key=lambda e: (list(map(str, e.absolute_path)), e.message)):
        where = _field_path(list(error.absolute_path))
        if error.validator == "required":
            missing = re.findall(r"'([^']+)' is a required property", error.message)
            text = "missing field " + ".".join([where, *missing] if where else missing)
        elif error.validator == "type":
            wanted = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
            expected = " or ".join(_JSON_TYPES.get(str(w), str(w)) for w in wanted)
            text = f"{where or 'the body'} must be {expected}, not {_JSON_TYPES[_json_type(error.instance)]}"
        elif isinstance(error.schema, dict) and isinstance(error.schema.get("x-error-message"), str):
            # the spec's own words for a rule (e.g. "Exactly one of num_workers or autoscale must be specified")
            text = (f"{where}: " if where else "") + error.schema["x-error-message"]
        elif error.validator in ("oneOf", "anyOf") and error.context:
            best = jsonschema.exceptions.best_match(error.context)
            text = f"{where or 'the body'}: {best.message}"
        else:
            text = f"{where or 'the body'}: {error.message}"
        if text not in problems:
            problems.append(text)
    return problems


def request_body(model_name: str, data: dict[str, Any]) -> Any:
    """The generated request model ``model_name`` from a JSON body; a usage error naming what does not fit."""
    import dbrest_client.models as models

    cls = getattr(models, model_name)
    try:
        return cls.from_dict(data)
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        try:
            problems = body_problems(model_name, data)
        except Exception:  # the explanation is a nicety: never let it hide the error itself
            problems = []
        if not problems:
            problems = [f"missing field {exc.args[0]}" if isinstance(exc, KeyError) else str(exc)]
        shown = "; ".join(problems[:3]) + (f" (and {len(problems) - 3} more)" if len(problems) > 3 else "")
        raise CliError(f"the JSON body does not fit {model_name}: {shown}", EXIT_USAGE) from None


# --- argument types -------------------------------------------------------------------------------------------


def port_number(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"a port is a number from 0 to 65535 (0 picks a free one), not {text!r}")
    return port


def dbfs_argument(text: str) -> str:
    """A path that is always on DBFS: ``dbfs:/x`` or ``/x``, never relative."""
    bare = text[5:] if text.startswith("dbfs:") else text
    if not bare.startswith("/"):
        raise argparse.ArgumentTypeError(
            f"DBFS paths are absolute: write dbfs:/{bare.lstrip('./')} or /{bare.lstrip('./')}, not {text!r}"
        )
    return text


def workspace_argument(text: str) -> str:
    if not text.startswith("/"):
        raise argparse.ArgumentTypeError(
            f"workspace paths are absolute, like /Users/me@example.com/{text} or /Shared/{text}: not {text!r}"
        )
    return text


# --- fs -----------------------------------------------------------------------------------------------------


def is_dbfs(path: str) -> bool:
    return path.startswith("dbfs:")


def dbfs_abs(path: str) -> str:
    p = path[5:] if path.startswith("dbfs:") else path
    return p if p.startswith("/") else "/" + p


def _means_directory(path: str) -> bool:
    return path.endswith(("/", os.sep))


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


def _under(root: str, rel: tuple[str, ...]) -> str:
    return str(PurePosixPath(root, *rel))


def _copy_tree_up(args: argparse.Namespace, ws: Any, src: Path, dst: str) -> int:
    """The contents of ``src`` into ``dst``. Symlinks are followed as by ``ws.dbfs.cp`` (dbrest.localfs.walk_local):
    a dangling one, a symlinked directory that loops and anything that is not a file or a directory are skipped,
    each named in a warning."""
    from .localfs import walk_local

    root = dst.rstrip("/") or "/"
    steps = list(walk_local(src))  # what is skipped is printed as a warning (see _skipped_files_as_warnings)
    if not args.overwrite and ws.dbfs.exists(root):
        # Like ws.dbfs.cp: existing files are refused before anything is uploaded (one look per file, and only
        # when the target directory exists).
        clashes = [remote for kind, _, rel in steps if kind == "file" and ws.dbfs.exists(remote := _under(root, rel))]
        if clashes:
            more = f" and {len(clashes) - 3} more" if len(clashes) > 3 else ""
            raise CliError(f"dbfs:{', dbfs:'.join(clashes[:3])}{more} exist; pass --overwrite to replace them")
    ws.dbfs.mkdirs_p(root)
    has_children = {rel[:-1] for _, _, rel in steps}
    count = 0
    for kind, local, rel in steps:
        remote = _under(root, rel)
        if kind == "dir":
            if rel not in has_children:
                ws.dbfs.mkdirs_p(remote)  # an upload creates its parents; an empty directory needs creating
            continue
        ws.dbfs.upload(local, remote, overwrite=args.overwrite, progress=progress_for(args, local.name))
        count += 1
    return count


def _copy_tree_down(args: argparse.Namespace, ws: Any, src: str, dst: Path) -> int:
    """The contents of the DBFS directory ``src`` into ``dst``, planned in full first: names from the listing are
    checked (dbrest.localfs: an entry named ``..`` or absolute, or one resolving outside ``dst``, is refused) and
    existing local files are refused without --overwrite, before anything is written."""
    from .localfs import check_listed, contained

    steps: list[tuple[bool, str, Path]] = []

    def plan(remote_dir: str, local_dir: Path) -> None:
        for entry in ws.dbfs.ls(remote_dir):
            check_listed(remote_dir, entry.path)
            if PurePosixPath(entry.path) == PurePosixPath(remote_dir):
                continue
            target = local_dir / PurePosixPath(entry.path).name
            contained(dst, target, entry.path)
            steps.append((bool(entry.is_dir), entry.path, target))
            if entry.is_dir:
                plan(entry.path, target)

    plan(src, dst)
    if not args.overwrite:
        clashes = [str(target) for is_dir, _, target in steps if not is_dir and os.path.lexists(target)]
        if clashes:
            more = f" and {len(clashes) - 3} more" if len(clashes) > 3 else ""
            raise CliError(f"{', '.join(clashes[:3])}{more} exist; pass --overwrite to replace them")
    count = 0
    for is_dir, remote, target in steps:
        if is_dir:
            target.mkdir(parents=True, exist_ok=True)
            continue
        ws.dbfs.download(remote, target, overwrite=args.overwrite, progress=progress_for(args, target.name))
        count += 1
    return count


def cmd_fs_cp(args: argparse.Namespace) -> int:
    src, dst = args.source, args.target
    if is_dbfs(src) == is_dbfs(dst):
        if is_dbfs(src):
            raise CliError("copying within DBFS is not supported by the DBFS API; download and upload, or use mv")
        raise CliError("one of SOURCE and TARGET must be a dbfs:/ path (dbfs:/ marks the DBFS side)", EXIT_USAGE)
    for path in (src, dst):
        if is_dbfs(path) and not path[5:].startswith("/"):
            raise CliError(f"DBFS paths are absolute: write dbfs:/{path[5:]}, not {path}", EXIT_USAGE)
    if not is_dbfs(src):
        local = Path(src)
        if not local.exists():
            raise CliError(f"{src}: no such file or directory")
        ws = workspace(args)
        if local.is_dir():
            if not args.recursive:
                raise CliError(f"{src} is a directory; pass -r to copy it recursively", EXIT_USAGE)
            n = _copy_tree_up(args, ws, local, dbfs_abs(dst))
            info(args, f"copied {plural(n, 'file')} to {dst}")
            return 0
        target = dbfs_abs(dst)
        if target.endswith("/") or (ws.dbfs.exists(target) and ws.dbfs.get_status(path=target).is_dir):
            target = target.rstrip("/") + "/" + local.name
        ws.dbfs.upload(local, target, overwrite=args.overwrite, progress=progress_for(args, local.name))
        return 0
    ws = workspace(args)
    remote = dbfs_abs(src)
    status = ws.dbfs.get_status(path=remote)
    local = Path(dst)
    if status.is_dir:
        if not args.recursive:
            raise CliError(f"{src} is a directory; pass -r to copy it recursively", EXIT_USAGE)
        local.mkdir(parents=True, exist_ok=True)
        n = _copy_tree_down(args, ws, remote, local)
        info(args, f"copied {plural(n, 'file')} to {dst}")
        return 0
    if _means_directory(dst):
        local.mkdir(parents=True, exist_ok=True)
    if local.is_dir():
        local = local / PurePosixPath(remote).name
    if local.exists() and not args.overwrite:
        raise CliError(f"{local} exists; pass --overwrite to replace it")
    local.parent.mkdir(parents=True, exist_ok=True)
    ws.dbfs.download(remote, local, overwrite=args.overwrite, progress=progress_for(args, local.name))
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
    # every page of the 2.1 list (it pages by 100), as the unpaged 2.0 list used to answer
    emit(args, list(workspace(args).clusters.iter_clusters()), CLUSTER_COLUMNS)
    return 0


def cmd_clusters_get(args: argparse.Namespace) -> int:
    emit(args, workspace(args).clusters.get(cluster_id=args.cluster_id), CLUSTER_COLUMNS)
    return 0


def cmd_clusters_create(args: argparse.Namespace) -> int:
    body = request_body("ClustersCreateRequest", load_json(args))
    ws = workspace(args)
    created = ws.clusters.create(body=body)
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
        raise CliError(cli_words(str(exc), args, run_id=run_id), EXIT_FAILED) from exc
    emit(args, _run_row(run), RUN_COLUMNS)
    return 0


def cmd_jobs_run_now(args: argparse.Namespace) -> int:
    body = load_json(args) if (args.json or args.json_file) else {}
    body["job_id"] = args.job_id
    request = request_body("JobsRunNowRequest", body)
    ws = workspace(args)
    started = ws.jobs.run_now(body=request)
    if args.wait:
        return _finish_run(args, ws, started.run_id)
    emit(args, started, ["run_id", "number_in_job"])
    return 0


def _task_outputs(ws: Any, run_id: int, run: dict[str, Any]) -> list[dict[str, Any]]:
    """runs/get-output of each task run (of the run itself when it has no task runs)."""
    tasks = [(t.get("task_key"), t["run_id"]) for t in run.get("tasks") or [] if t.get("run_id") is not None]
    outputs = []
    for task_key, task_run_id in tasks or [(None, run_id)]:
        out = to_plain(ws.jobs.runs_get_output(run_id=task_run_id))
        out.pop("metadata", None)
        outputs.append({"task_key": task_key, "run_id": task_run_id, **out})
    return outputs


def cmd_jobs_runs_get(args: argparse.Namespace) -> int:
    ws = workspace(args)
    row = _run_row(ws.jobs.runs_get(run_id=args.run_id))
    if not args.task_output:
        emit(args, row, RUN_COLUMNS)
        return 0
    outputs = _task_outputs(ws, args.run_id, row)
    if args.output == "json":
        emit(args, {**row, "task_output": outputs})
        return 0
    emit(args, row, RUN_COLUMNS)
    for out in outputs:
        print(f"\ntask {out['task_key'] or '-'} (run {out['run_id']}):")
        result = (out.get("notebook_output") or {}).get("result")
        for label, text in (("result", result), ("error", out.get("error")), ("trace", out.get("error_trace"))):
            if text:
                print(f"  {label}: " + str(text).rstrip().replace("\n", "\n    "))
    return 0


def cmd_jobs_runs_wait(args: argparse.Namespace) -> int:
    return _finish_run(args, workspace(args), args.run_id)


def cmd_runs_submit(args: argparse.Namespace) -> int:
    body = request_body("JobsRunsSubmitRequest", load_json(args))
    ws = workspace(args)
    started = ws.jobs.runs_submit(body=body)
    if args.wait:
        return _finish_run(args, ws, started.run_id)
    emit(args, started, ["run_id"])
    return 0


# --- 1.2 execution ----------------------------------------------------------------------------------------------


def cmd_exec(args: argparse.Namespace) -> int:
    if args.code is None and args.file is None:
        raise CliError("no code to run: give it as an argument ('print(1)') or with --file script.py", EXIT_USAGE)
    if args.code is not None and args.file is not None:
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


def _ensure_workspace_folder(ws: Any, folder: str) -> None:
    """Create a workspace folder (and its parents) if it is missing, as a directory import does."""
    from dbrest_client.models.workspace_path_request import WorkspacePathRequest

    if folder == "/":
        return
    try:
        ws.workspace.get_status(path=folder)
    except ResourceDoesNotExist:
        ws.workspace.mkdirs(body=WorkspacePathRequest(path=folder))


def _skipped_by_import(src: Path, target: str) -> list[Path]:
    """The visible files under ``src`` that a directory import leaves out (not notebook sources); the walk follows
    symlinks as the import does (dbrest.localfs.walk_local)."""
    import warnings

    from .localfs import LocalFileSkipped, walk_local
    from .workspace import plan_import_dir

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LocalFileSkipped)  # the import itself names them, once
        _, imports = plan_import_dir(src, target, include_hidden=False)
        planned = {item.local for item in imports}
        return [path for kind, path, _ in walk_local(src, hidden=False) if kind == "file" and path not in planned]


def cmd_workspace_import(args: argparse.Namespace) -> int:
    from .workspace import FORMAT_BY_EXTENSION, LANGUAGE_BY_EXTENSION

    src = Path(args.source)
    if not src.exists():
        raise CliError(f"{src}: no such file or directory")
    if src.is_dir():
        if args.format is not None or args.language is not None:
            raise CliError(
                "a directory import takes each file's format and language from its extension (.py .scala .sql .r: "
                "SOURCE, .ipynb: JUPYTER); drop --format/--language, or import the files one by one",
                EXIT_USAGE,
            )
        skipped = _skipped_by_import(src, args.target)
        ws = workspace(args)
        n = ws.workspace.import_dir(src, args.target, overwrite=args.overwrite)
        for path in skipped:
            warn(f"skipped {path}: not a notebook (the Workspace API imports .py .scala .sql .r .ipynb files)")
        info(args, f"imported {plural(n, 'notebook')} into {args.target}")
        return 0
    ext = src.suffix.lower()
    fmt = args.format or FORMAT_BY_EXTENSION.get(ext, "SOURCE")
    if fmt == "SOURCE" and args.language is None and ext not in LANGUAGE_BY_EXTENSION:
        raise CliError(
            f"cannot tell the notebook language of {src} from its extension: pass --language PYTHON|SCALA|SQL|R, "
            "or --format JUPYTER|HTML|DBC|R_MARKDOWN for a notebook in another format",
            EXIT_USAGE,
        )
    ws = workspace(args)
    _ensure_workspace_folder(ws, str(PurePosixPath(args.target).parent))
    ws.workspace.import_file(src, args.target, format=fmt, language=args.language, overwrite=args.overwrite)
    return 0


def cmd_workspace_export(args: argparse.Namespace) -> int:
    ws = workspace(args)
    status = ws.workspace.get_status(path=args.source)
    target = Path(args.target)
    if str(status.object_type) in ("DIRECTORY", "REPO") and args.format != "DBC":
        n = ws.workspace.export_dir(args.source, target, format=args.format, overwrite=args.overwrite)
        info(args, f"exported {plural(n, 'notebook')} to {args.target} ({args.format})")
        return 0
    if _means_directory(args.target):
        target.mkdir(parents=True, exist_ok=True)
    elif not target.is_dir():
        target.parent.mkdir(parents=True, exist_ok=True)
    written = ws.workspace.export_file(args.source, target, format=args.format, overwrite=args.overwrite)
    info(args, f"exported {args.source} to {written}")
    return 0


# --- mock and spec ----------------------------------------------------------------------------------------------


def mock_options(p: argparse.ArgumentParser) -> list[tuple[str, str, str]]:
    """Give ``p`` the options of ``python -m dbrest_mock`` (its own definitions and help, so they never drift;
    its --host, the address to listen on, is --bind here). Returns (dest, mock option, kind) to hand them back."""
    import copy

    from dbrest_mock.__main__ import build_parser as mock_parser

    handed: list[tuple[str, str, str]] = []
    for action in mock_parser()._actions:
        if isinstance(action, argparse._HelpAction) or not action.option_strings:
            continue
        ours = copy.copy(action)
        mock_option = max(action.option_strings, key=len)
        if mock_option == "--host":
            ours.option_strings, ours.dest, ours.metavar = ["--bind"], "bind", "ADDRESS"
        elif mock_option == "--port":
            ours.type = port_number
        try:
            p._add_action(ours)
        except argparse.ArgumentError:  # an option named like one of ours: not reachable from dbrest
            continue
        kind = "flag" if action.nargs == 0 else "append" if isinstance(action, argparse._AppendAction) else "value"
        handed.append((ours.dest, mock_option, kind))
    return handed


def _free_to_listen(host: str, port: int) -> None:
    import socket

    if port == 0:
        return
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except OSError as exc:
        raise CliError(
            f"cannot listen on {host}:{port}: {exc.strerror or exc}; choose another --port (0 picks a free one)"
        ) from None
    finally:
        sock.close()


def cmd_mock_serve(args: argparse.Namespace) -> int:
    from dbrest_mock.__main__ import main as mock_main
    from dbrest_mock.extra import INSTALL_HINT, missing_server_dependencies

    missing = missing_server_dependencies()
    if missing:
        raise CliError(f"serving the mock needs dbrest's mock extra ({', '.join(missing)} missing): {INSTALL_HINT}")

    argv: list[str] = []
    for dest, option, kind in args.mock_options:
        value = getattr(args, dest, None)
        if kind == "flag":
            argv += [option] if value else []
        elif kind == "append":
            argv += [part for v in value or [] for part in (option, str(v))]
        elif value is not None:
            argv += [option, str(value)]
    _free_to_listen(args.bind, args.port)
    code: int = mock_main(argv)
    return code


def _check_endpoints(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if line.strip() and (len(fields) != 3 or not fields[2].startswith("/")):
            raise CliError(
                f"{path} line {number} is not `service<TAB>METHOD<TAB>/api/path` (the first line is a header): "
                f"{line[:80]!r}",
                EXIT_USAGE,
            )


def cmd_spec_coverage(args: argparse.Namespace) -> int:
    from .coverage import coverage_report

    endpoints = Path(args.endpoints) if args.endpoints else None
    if endpoints is not None:
        _check_endpoints(endpoints)
    text, covered, total = coverage_report(spec_document(), endpoints)
    print(text)
    return 0 if covered == total else EXIT_FAILED


def cmd_spec_drift(args: argparse.Namespace) -> int:
    from . import drift

    endpoints = Path(args.endpoints) if args.endpoints else None
    if endpoints is not None:
        _check_endpoints(endpoints)
    try:
        if args.sdk_path:
            sdk_dir = drift.sdk_dir_of_path(Path(args.sdk_path))
        else:
            python = Path(args.sdk_python or drift.DEFAULT_SDK_PYTHON)
            if not args.sdk_python and not python.exists():
                raise CliError(
                    f"no {python} here: give --sdk-python PATH (a Python with databricks-sdk installed) or "
                    "--sdk-path DIR (its databricks/sdk sources), or run `make drift` in the dbrest repository",
                    EXIT_USAGE,
                )
            sdk_dir = drift.sdk_dir_of_python(python)
        spec = drift.load_spec(Path(args.spec)) if args.spec else spec_document()
    except (FileNotFoundError, ValueError) as exc:
        raise CliError(str(exc), EXIT_USAGE) from None
    report = drift.compare(spec, sdk_dir, endpoints)
    if args.write:
        Path(args.write).write_text(drift.render(report), encoding="utf-8")
        print(drift.summary(report))
        print(f"report written to {args.write}")
    else:
        sys.stdout.write(drift.render(report))
    if args.fail_under is not None and 100.0 * report.share < args.fail_under:
        return EXIT_FAILED
    return 0


# --- parser -----------------------------------------------------------------------------------------------------


class _Formatter(argparse.HelpFormatter):
    """Wraps prose paragraphs to the terminal; keeps paragraphs with indented lines (examples) as written."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=30)
        # argparse sizes the help column without the indent of subcommand names, so `runs-wait` would wrap
        self._action_max_length = 16

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        import textwrap

        blocks = []
        for block in text.split("\n\n"):
            lines = block.splitlines()
            if any(line.startswith(" ") for line in lines):
                blocks.append("\n".join(indent + line for line in lines))
            else:
                blocks.append(
                    textwrap.fill(
                        " ".join(block.split()),
                        width,
                        initial_indent=indent,
                        subsequent_indent=indent,
                        break_on_hyphens=False,
                    )
                )
        return "\n\n".join(blocks)


def _global_options(p: argparse.ArgumentParser, *, top: bool) -> None:
    # Shown once, at the top level. Below it the same options are accepted (after the subcommand too) but hidden,
    # and their defaults are suppressed so that a subcommand's parser does not reset what was given before it.
    def d(value: Any) -> Any:
        return value if top else argparse.SUPPRESS

    def h(text: str) -> str:
        return text if top else argparse.SUPPRESS

    p.add_argument(
        "--host",
        metavar="URL",
        default=d(None),
        help=h("workspace URL (default: DATABRICKS_HOST, else the profile's host)"),
    )
    p.add_argument(
        "--profile",
        metavar="NAME",
        default=d(None),
        help=h("profile in ~/.databrickscfg (default: DATABRICKS_CONFIG_PROFILE, else DEFAULT)"),
    )
    p.add_argument(
        "-o", "--output", choices=["json", "table"], default=d("table"), help=h("output format (default: table)")
    )
    p.add_argument(
        "-q", "--quiet", action="store_true", default=d(False), help=h("no progress bars, retries or notes on stderr")
    )
    p.add_argument(
        "--debug", action="store_true", default=d(False), help=h("show the traceback of an error, and HTTP logs")
    )
    p.add_argument(
        "--allow-insecure-http",
        action="store_true",
        default=d(False),
        help=h("allow a token over plain http:// to a host that is not this machine (or DBREST_ALLOW_INSECURE_HTTP=1)"),
    )


def _body(p: argparse.ArgumentParser, what: str) -> None:
    g = p.add_mutually_exclusive_group()
    g.add_argument("--json", metavar="JSON", help=f"{what} as a JSON string")
    g.add_argument("--json-file", metavar="FILE", help=f"{what} from a JSON file")


def _wait(p: argparse.ArgumentParser, default_timeout: float) -> None:
    p.add_argument(
        "--timeout",
        type=float,
        metavar="SECONDS",
        default=default_timeout,
        help=f"how long to wait (default: {default_timeout:g})",
    )


def _epilog(*examples: str) -> str:
    shown = "examples:\n" + "\n".join(f"  {e}" for e in examples) + "\n\n" if examples else ""
    return f"{shown}{EXIT_CODES}\n\n{GLOBAL_NOTE}"


FORMATS = ["SOURCE", "HTML", "JUPYTER", "DBC", "R_MARKDOWN"]
TOP_EPILOG = f"""\
configuration, as dbrest.Workspace.from_env: --host and --profile, then the environment (DATABRICKS_HOST,
DATABRICKS_TOKEN or DATABRICKS_USERNAME/DATABRICKS_PASSWORD, DATABRICKS_CONFIG_PROFILE), then the profile in
~/.databrickscfg, then ~/.netrc. DBFS paths are written dbfs:/path.

examples:
  dbrest fs cp -r ./data dbfs:/tmp/data
  dbrest --profile dev clusters list
  dbrest -o json jobs run-now 123 --wait
  dbrest mock serve --port 8080

{EXIT_CODES}; `dbrest COMMAND --help` for more"""


def build_parser(*, with_mock_options: bool = True) -> argparse.ArgumentParser:
    """The `dbrest` parser. ``with_mock_options=False`` leaves out the options of `mock serve`, which are read
    from dbrest_mock (importing it would cost every other command a tenth of a second)."""
    hidden = argparse.ArgumentParser(add_help=False)
    _global_options(hidden, top=False)
    parser = argparse.ArgumentParser(
        prog="dbrest",
        description="Databricks from the shell: DBFS, clusters, jobs, 1.2 execution, workspace files, the mock.",
        epilog=TOP_EPILOG,
        formatter_class=_Formatter,
    )
    _global_options(parser, top=True)
    sub = parser.add_subparsers(title="commands", dest="group", metavar="COMMAND", required=True)

    def group(name: str, help_text: str, *examples: str) -> argparse._SubParsersAction[argparse.ArgumentParser]:
        g = sub.add_parser(
            name,
            help=help_text,
            description=help_text[0].upper() + help_text[1:] + ".",
            epilog=_epilog(*examples),
            parents=[hidden],
            formatter_class=_Formatter,
        )
        return g.add_subparsers(title="commands", dest="command", metavar="SUBCOMMAND", required=True)

    def cmd(
        grp: Any,
        name: str,
        fn: Callable[[argparse.Namespace], int],
        help_text: str,
        *examples: str,
        description: str | None = None,
    ) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = grp.add_parser(
            name,
            help=help_text,
            description=description or help_text[0].upper() + help_text[1:] + ".",
            epilog=_epilog(*examples),
            parents=[hidden],
            formatter_class=_Formatter,
        )
        p.set_defaults(func=fn)
        return p

    fs = group(
        "fs",
        "DBFS files: ls, cat, cp, mv, rm, mkdirs (paths as dbfs:/...)",
        "dbrest fs ls -l dbfs:/tmp",
        "dbrest fs cp -r ./data dbfs:/tmp/data        # and back: dbrest fs cp -r dbfs:/tmp/data ./data",
        "dbrest fs cat dbfs:/tmp/data/a.csv | head",
    )
    remote = "DBFS path (dbfs:/path or /path)"
    p = cmd(fs, "ls", cmd_fs_ls, "list a DBFS directory", "dbrest fs ls -l dbfs:/tmp")
    p.add_argument("path", nargs="?", default="dbfs:/", type=dbfs_argument, help=f"{remote}; default dbfs:/")
    p.add_argument("-l", "--long", action="store_true", help="show type and size")
    p.add_argument("--absolute", action="store_true", help="show absolute paths")
    p = cmd(fs, "cat", cmd_fs_cat, "write a DBFS file to stdout", "dbrest fs cat dbfs:/tmp/a.csv | head")
    p.add_argument("path", type=dbfs_argument, help=remote)
    p = cmd(
        fs,
        "cp",
        cmd_fs_cp,
        "copy between the local disk and DBFS (either direction)",
        "dbrest fs cp report.csv dbfs:/tmp/            # into the folder: dbfs:/tmp/report.csv",
        "dbrest fs cp -r ./data dbfs:/tmp/data         # ./data/x becomes dbfs:/tmp/data/x",
        "dbrest fs cp --overwrite dbfs:/tmp/report.csv ./",
        description="Copy a file or (with -r) a directory between the local disk and DBFS. dbfs:/ marks the DBFS "
        "side: exactly one of SOURCE and TARGET is a dbfs:/ path, the other a local path. A TARGET ending in / "
        "is a directory to copy into.",
    )
    p.add_argument("source", help="what to copy: a local path, or a dbfs:/path")
    p.add_argument("target", help="where to: a dbfs:/path for an upload, a local path for a download")
    p.add_argument("-r", "--recursive", action="store_true", help="copy a directory with everything in it")
    p.add_argument("--overwrite", action="store_true", help="replace files that exist at the target")
    p = cmd(fs, "mv", cmd_fs_mv, "move a file or directory within DBFS", "dbrest fs mv dbfs:/tmp/a dbfs:/tmp/b")
    p.add_argument("source", type=dbfs_argument, help=f"{remote} to move")
    p.add_argument("target", type=dbfs_argument, help=f"its new {remote}")
    p = cmd(fs, "rm", cmd_fs_rm, "delete a file, or a directory with -r", "dbrest fs rm -r dbfs:/tmp/data")
    p.add_argument("path", type=dbfs_argument, help=remote)
    p.add_argument(
        "-r", "--recursive", action="store_true", help="delete a directory and everything in it (needed if not empty)"
    )
    p = cmd(fs, "mkdirs", cmd_fs_mkdirs, "create a directory and its parents", "dbrest fs mkdirs dbfs:/tmp/a/b")
    p.add_argument("path", type=dbfs_argument, help=remote)

    cluster_id = "cluster id, as `dbrest clusters list` shows it"
    cl = group(
        "clusters",
        "clusters: list, get, create, start, delete, wait",
        "dbrest clusters list",
        "dbrest clusters create --json-file cluster.json --wait",
        "dbrest clusters wait 0123-456789-abcdefgh --state TERMINATED",
    )
    cmd(cl, "list", cmd_clusters_list, "list clusters", "dbrest -o json clusters list")
    p = cmd(cl, "get", cmd_clusters_get, "show a cluster", "dbrest -o json clusters get 0123-456789-abcdefgh")
    p.add_argument("cluster_id", help=cluster_id)
    p = cmd(
        cl,
        "create",
        cmd_clusters_create,
        "create a cluster from a JSON spec (API 2.0 clusters/create)",
        'dbrest clusters create --json \'{"cluster_name": "etl", "spark_version": "13.3.x-scala2.12", '
        '"node_type_id": "i3.xlarge", "num_workers": 2}\' --wait',
    )
    _body(p, "the cluster spec")
    p.add_argument("--wait", action="store_true", help="wait until it is RUNNING, then show it")
    _wait(p, 1200)
    for name, fn, text, target in (
        ("start", cmd_clusters_start, "start a terminated cluster", "RUNNING"),
        ("delete", cmd_clusters_delete, "terminate a cluster (it can be started again)", "TERMINATED"),
    ):
        p = cmd(cl, name, fn, text, f"dbrest clusters {name} 0123-456789-abcdefgh --wait")
        p.add_argument("cluster_id", help=cluster_id)
        p.add_argument("--wait", action="store_true", help=f"wait until it is {target}, then show it")
        _wait(p, 1200)
    p = cmd(
        cl,
        "wait",
        cmd_clusters_wait,
        "wait until a cluster is RUNNING (or TERMINATED)",
        "dbrest clusters wait 0123-456789-abcdefgh --timeout 600",
    )
    p.add_argument("cluster_id", help=cluster_id)
    p.add_argument(
        "--state",
        choices=["RUNNING", "TERMINATED"],
        default="RUNNING",
        help="the state to wait for (default: RUNNING); a cluster that ends in another state is an error",
    )
    _wait(p, 1200)

    job_id = "job id, as `dbrest jobs list` shows it"
    run_id = "run id, as run-now and runs submit print it"
    jb = group(
        "jobs",
        "jobs (API 2.2): list, get, run-now, runs-get, runs-wait",
        "dbrest jobs list",
        'dbrest jobs run-now 123 --json \'{"notebook_params": {"day": "2024-01-01"}}\' --wait',
        "dbrest jobs runs-get 456 --task-output",
    )
    cmd(jb, "list", cmd_jobs_list, "list jobs", "dbrest -o json jobs list")
    p = cmd(jb, "get", cmd_jobs_get, "show a job", "dbrest -o json jobs get 123")
    p.add_argument("job_id", type=int, help=job_id)
    p = cmd(
        jb,
        "run-now",
        cmd_jobs_run_now,
        "trigger a run of a job (parameters with --json)",
        "dbrest jobs run-now 123 --wait",
        'dbrest jobs run-now 123 --json \'{"notebook_params": {"day": "2024-01-01"}}\'',
    )
    p.add_argument("job_id", type=int, help=job_id)
    _body(p, "run parameters (notebook_params, python_params, ...; job_id is the argument)")
    p.add_argument("--wait", action="store_true", help="wait for the run to finish; exit 3 if it fails")
    _wait(p, 3600)
    p = cmd(
        jb,
        "runs-get",
        cmd_jobs_runs_get,
        "show a run",
        "dbrest jobs runs-get 456",
        "dbrest jobs runs-get 456 --task-output   # the error and trace of a failed run",
    )
    p.add_argument("run_id", type=int, help=run_id)
    p.add_argument(
        "--task-output",
        action="store_true",
        help="also show each task's output (runs/get-output): result, error and trace",
    )
    p = cmd(
        jb, "runs-wait", cmd_jobs_runs_wait, "wait for a run to finish; exit 3 if it fails", "dbrest jobs runs-wait 456"
    )
    p.add_argument("run_id", type=int, help=run_id)
    _wait(p, 3600)

    rn = group(
        "runs",
        "one-time runs: submit",
        "dbrest runs submit --json-file run.json --wait",
        "dbrest -o json runs submit --json-file run.json",
    )
    p = cmd(
        rn,
        "submit",
        cmd_runs_submit,
        "submit a one-time run from a JSON file (API 2.1 runs/submit)",
        "dbrest runs submit --json-file run.json --wait",
    )
    _body(p, "the run (tasks, run_name, ...)")
    p.add_argument("--wait", action="store_true", help="wait for the run to finish; exit 3 if it fails")
    _wait(p, 3600)

    p = sub.add_parser(
        "exec",
        help="run code on a cluster (REST API 1.2) and print the result",
        description="Run code in a fresh execution context on a running cluster and print the result; exit 3 "
        "when the result is an error.",
        epilog=_epilog(
            "dbrest exec --cluster 0123-456789-abcdefgh 'print(spark.version)'",
            "dbrest exec --cluster 0123-456789-abcdefgh --language sql 'SELECT 1 AS one'",
            "dbrest exec --cluster 0123-456789-abcdefgh --file script.py",
        ),
        parents=[hidden],
        formatter_class=_Formatter,
    )
    p.set_defaults(func=cmd_exec)
    p.add_argument("--cluster", required=True, metavar="CLUSTER_ID", help="id of a running cluster")
    p.add_argument(
        "--language",
        choices=["python", "scala", "sql", "r"],
        default="python",
        help="language of the code (default: python)",
    )
    p.add_argument("--file", metavar="PATH", help="read the code from this local file instead")
    p.add_argument("code", nargs="?", help="the code to run (or --file)")
    _wait(p, 600)

    wsp = group(
        "workspace",
        "notebooks and folders: import, export",
        "dbrest workspace import etl.py /Users/me@example.com/etl",
        "dbrest workspace import ./notebooks /Shared/project --overwrite",
        "dbrest workspace export --format JUPYTER /Shared/project ./backup/",
    )
    p = cmd(
        wsp,
        "import",
        cmd_workspace_import,
        "import a local notebook file or directory into the workspace",
        "dbrest workspace import etl.py /Users/me@example.com/etl",
        "dbrest workspace import report.ipynb /Shared/report       # JUPYTER, from the extension",
        "dbrest workspace import ./notebooks /Shared/project --overwrite",
        description="Import a local notebook file, or a directory of them, into the workspace. Missing parent "
        "folders are created. A directory import turns .py .scala .sql .r files into SOURCE notebooks and .ipynb "
        "files into JUPYTER ones, named without the extension, and says which other files it skipped: the "
        "Workspace API imports notebooks only.",
    )
    p.add_argument("source", help="local notebook file, or a directory of them")
    p.add_argument("target", type=workspace_argument, help="absolute workspace path (/Users/..., /Shared/...)")
    p.add_argument(
        "--format",
        choices=FORMATS,
        help="notebook format of a single file (default: from the extension: .ipynb JUPYTER, .html HTML, "
        ".dbc DBC, .Rmd R_MARKDOWN, else SOURCE)",
    )
    p.add_argument(
        "--language",
        choices=["PYTHON", "SCALA", "SQL", "R"],
        help="language of a SOURCE file (default: from the extension .py .scala .sql .r)",
    )
    p.add_argument("--overwrite", action="store_true", help="replace notebooks that exist in the workspace")
    p = cmd(
        wsp,
        "export",
        cmd_workspace_export,
        "export a notebook (or a folder, recursively) to the local disk",
        "dbrest workspace export /Users/me@example.com/etl etl.py",
        "dbrest workspace export --format JUPYTER /Shared/project ./backup/",
        "dbrest workspace export --format DBC /Shared/project project.dbc   # a folder in one archive",
        description="Export a notebook to a local file, or a folder to a local directory (every notebook in the "
        "format asked for; DBC exports a folder as one archive). A TARGET ending in / is a directory, created "
        "if missing.",
    )
    p.add_argument("source", type=workspace_argument, help="absolute workspace path of a notebook or folder")
    p.add_argument("target", help="local file, or directory (for a folder, or a TARGET ending in /)")
    p.add_argument(
        "--format",
        choices=FORMATS,
        default="SOURCE",
        help="SOURCE (.py .scala .sql .r, the default), HTML, JUPYTER (.ipynb), DBC (an archive) or R_MARKDOWN",
    )
    p.add_argument("--overwrite", action="store_true", help="replace local files that exist")

    mk = group(
        "mock",
        "the local Databricks mock",
        "dbrest mock serve --port 8080 --token dapi-secret",
        "DATABRICKS_HOST=http://127.0.0.1:8080 DATABRICKS_TOKEN=dapi-secret dbrest clusters list",
    )
    p = cmd(
        mk,
        "serve",
        cmd_mock_serve,
        "serve dbrest_mock, a stateful local Databricks, until interrupted",
        "dbrest mock serve --port 0 --durations instant     # a free port, printed on stdout",
        "dbrest mock serve --clock manual   # time moves only with POST /__mock/clock/advance",
        description="Serve dbrest_mock (REST API 1.2, 2.0, Jobs 2.1) until Ctrl-C or SIGTERM, as "
        "`python -m dbrest_mock` does. Prints `dbrest_mock listening on URL` on stdout when ready. Needs dbrest's "
        "mock extra: pip install 'dbrest[mock]'.",
    )
    p.set_defaults(mock_options=mock_options(p) if with_mock_options else [])

    sp = group("spec", "the OpenAPI spec dbrest is generated from", "dbrest spec coverage", "dbrest spec drift")
    p = cmd(
        sp,
        "coverage",
        cmd_spec_coverage,
        "print the per-service coverage table of the Databricks API; exit 3 if not complete",
        "dbrest spec coverage --endpoints my-endpoints.tsv",
    )
    p.add_argument(
        "--endpoints",
        metavar="FILE",
        help="a TSV of service, METHOD, /api/path to measure against, after a header line (default: the shipped one)",
    )
    p = cmd(
        sp,
        "drift",
        cmd_spec_drift,
        "compare the spec with the wire fields of an installed databricks-sdk; print the drift report",
        "dbrest spec drift --sdk-python .venv-sdk/bin/python --write reference/drift.md",
        "dbrest spec drift --sdk-path /tmp/sdk/databricks/sdk --fail-under 97",
        description="Compare the spec with the request/response fields, enum values and paths of databricks-sdk's "
        "service dataclasses (read from its sources, never imported), for the operations of endpoints.tsv that "
        "the SDK calls, and print the report as Markdown: per service, the operations and fields the spec lacks "
        "or has extra, and the share of the SDK's wire fields the spec has.",
    )
    where = p.add_mutually_exclusive_group()
    where.add_argument(
        "--sdk-python",
        metavar="PATH",
        help="a Python interpreter with databricks-sdk installed (default: .venv-sdk/bin/python, as `make drift`)",
    )
    where.add_argument("--sdk-path", metavar="DIR", help="databricks-sdk sources: the databricks/sdk directory")
    p.add_argument("--spec", metavar="FILE", help="a bundled OpenAPI JSON (default: the bundle shipped with dbrest)")
    p.add_argument(
        "--endpoints",
        metavar="FILE",
        help="a TSV of service, METHOD, /api/path to measure, after a header line (default: the shipped one)",
    )
    p.add_argument("--write", metavar="FILE", help="write the report to FILE and print only the summary table")
    p.add_argument(
        "--fail-under", metavar="PCT", type=float, help="exit 3 if the share of SDK fields in the spec is below PCT"
    )
    return parser


# --- errors: one line, in the CLI's words ---------------------------------------------------------------------


def cli_words(text: str, args: argparse.Namespace | None = None, *, run_id: int | None = None) -> str:
    """A library message with its Python advice (``overwrite=True``, ``host=...``) said as flags and commands."""
    cluster = getattr(args, "cluster", None) or getattr(args, "cluster_id", None) or "CLUSTER_ID"
    run = run_id if run_id is not None else getattr(args, "run_id", None) or "RUN_ID"
    rules: list[tuple[str, str]] = [
        (
            r"pass token=\.\.\. \(or username/password\), set DATABRICKS_TOKEN",
            "set DATABRICKS_TOKEN (or DATABRICKS_USERNAME and DATABRICKS_PASSWORD)",
        ),
        # bounded repetitions: these rules also run over server text (run state messages), and an unbounded
        # `[^\]]+` rescans the rest of the text from every "to [": quadratic on a crafted message
        (r"(to \[[^\]\n]{1,200}\] in [^\s,]{1,1000}?)([,.]\s)", r"\1 (or pick a profile with --profile NAME)\2"),
        (r"pass host=\.\.\.", "pass --host URL"),
        (r"\(host=\.\.\., ", "(--host, "),
        (r"pass verify='[^']*' or set SSL_CERT_FILE", "set SSL_CERT_FILE"),
        (r" \(or proxy=\.\.\.\)", ""),
        (r"put the token in token=\.\.\., DATABRICKS_TOKEN", "put the token in DATABRICKS_TOKEN"),
        (r", or raise Workspace\(max_response_size=\.\.\.\) if this answer is expected", ""),
        (r"pass allow_insecure_http=True", "pass --allow-insecure-http (or set DBREST_ALLOW_INSECURE_HTTP=1)"),
        (r"use cp\(recursive=True\)", "pass -r"),
        (r"recursive=True", "-r"),
        (r"overwrite=True", "--overwrite"),
        (
            r"pass language= one of ([A-Z, ]+?) \(or a format such as JUPYTER\)",
            r"pass --language (one of \1), or --format for a JUPYTER, HTML or DBC file",
        ),
        (
            r"ws\.jobs\.runs_get_output\(run_id=\.\.\.\)(?: \(per task run for multi-task jobs\))?",
            f"`dbrest jobs runs-get {run} --task-output`",
        ),
        (r"\(?ws\.clusters\.ensure_running\)?", f"(dbrest clusters start {cluster} --wait)"),
        (r"pass a longer timeout \(Workspace\(\.\.\., timeout=\.\.\.\)\) or retry later", "retry later"),
        (r"Slow down or raise RetryPolicy\.budget", "Slow down and try again later"),
    ]
    for pattern, replacement in rules:
        text = re.sub(pattern, replacement, text)
    return text


def cli_hint(exc: DatabricksError, args: argparse.Namespace) -> str:
    """What to try after an API error, as this command line does it."""
    message = exc.message.lower()
    if isinstance(exc, DirectoryNotEmpty) or (args.group == "fs" and "not empty" in message):
        return "Pass -r to delete the directory and everything in it."
    if isinstance(exc, ResourceAlreadyExists):
        return (
            "Pass --overwrite to replace it, or choose another name." if "overwrite" in args else "Choose another name."
        )
    cluster = getattr(args, "cluster", None)
    if cluster and (exc.path or "").startswith("/api/1.2/") and re.search(r"terminat|not running", message):
        return f"Start it with `dbrest clusters start {cluster} --wait`, then run the command again."
    if isinstance(exc, PartialDelete):
        return "Run the command again: each round deletes more."
    if isinstance(exc, TooManyRequests):
        return "The workspace rate limit was hit and dbrest already retried; slow down and try again later."
    if isinstance(exc, RequestTimeout):
        return "The server did not answer in time; retry later, or check --host and the network."
    return cli_words(exc.hint, args)


def api_error_text(exc: DatabricksError, args: argparse.Namespace) -> str:
    # A 1.2 error body has no error code, only a text (that may start with an exception name): dbrest derives a
    # code for it, which would only repeat the text or make one up. Show the status and the 1.2 text.
    api_1_2 = (exc.path or "").startswith("/api/1.2/")
    code = "" if api_1_2 or exc.error_code == f"HTTP_{exc.status}" else exc.error_code
    head = " ".join(part for part in (f"HTTP {exc.status}" if exc.status is not None else "", code) if part)
    where = f" ({exc.method} {exc.path})" if exc.method and exc.path else ""
    hint = cli_hint(exc, args)
    return f"{head}: {exc.message}{where}" + (f". {hint}" if hint else "")


def describe(exc: BaseException, args: argparse.Namespace) -> tuple[int, str]:
    """The exit code and the one line to print for an exception."""
    import httpx

    if isinstance(exc, CliError):
        return exc.code, str(exc)
    if isinstance(exc, DatabricksError):
        return EXIT_ERROR, api_error_text(exc, args)
    if isinstance(exc, ConfigurationError):
        return EXIT_ERROR, f"configuration: {cli_words(str(exc), args)}"
    if isinstance(exc, OperationFailed):
        return EXIT_FAILED, cli_words(str(exc), args)
    if isinstance(exc, OperationTimeout):
        return EXIT_FAILED, f"{exc}. Raise --timeout to wait longer."
    if isinstance(exc, httpx.TransportError):
        return EXIT_ERROR, f"cannot reach the workspace: {exc}. Check --host and your network."
    if isinstance(exc, OSError):
        if exc.strerror:
            return EXIT_ERROR, f"{exc.strerror}: {exc.filename or ''}".rstrip(": ")
        return EXIT_ERROR, cli_words(str(exc), args)
    if isinstance(exc, ValueError):
        return EXIT_ERROR, cli_words(str(exc), args)
    return EXIT_ERROR, f"{type(exc).__name__}: {exc} (run with --debug for the traceback)"


def _silence_stdout() -> None:
    """After EPIPE: point stdout at /dev/null so that the interpreter's final flush does not complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(with_mock_options="mock" in argv)
    args = parser.parse_args(argv)
    with _debug_logging(args.debug), _skipped_files_as_warnings():
        return _run(args)


@contextlib.contextmanager
def _skipped_files_as_warnings() -> Iterator[None]:
    """What a recursive upload leaves out (dbrest.localfs.LocalFileSkipped: a symlink loop, a dangling link, a
    FIFO) is printed as one ``warning: ...`` line each, also with --quiet, instead of Python's warning format."""
    import warnings

    from .localfs import LocalFileSkipped

    with warnings.catch_warnings():
        warnings.simplefilter("always", LocalFileSkipped)
        original = warnings.showwarning

        def show(
            message: Warning | str,
            category: type[Warning],
            filename: str,
            lineno: int,
            file: TextIO | None = None,
            line: str | None = None,
        ) -> None:
            if issubclass(category, LocalFileSkipped):
                warn(str(message))
            else:
                original(message, category, filename, lineno, file, line)

        warnings.showwarning = show
        yield


@contextlib.contextmanager
def _debug_logging(enabled: bool) -> Iterator[None]:
    """With --debug, dbrest's and httpx's INFO logs (requests, retries) on stderr, for this call only."""
    if not enabled:
        yield
        return
    import logging

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    loggers = [logging.getLogger(name) for name in ("dbrest", "httpx")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.removeHandler(handler)
            logger.setLevel(level)


def _run(args: argparse.Namespace) -> int:
    try:
        result: int = args.func(args)
        return result
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:
        if args.debug:
            import traceback

            traceback.print_exc(file=sys.stderr)
        code, message = describe(exc, args)
        print(f"Error: {message}", file=sys.stderr)
        return code


if __name__ == "__main__":
    sys.exit(main())

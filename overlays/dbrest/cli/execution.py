"""`dbrest exec`: run code on a cluster through the REST API 1.2 and print the result; `dbrest secrets put`
(the value never echoed) and `dbrest libraries install --wait`."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import Any

from .clusters import timeout_arg
from .common import EXIT_FAILED, EXIT_USAGE, CliError, emit, output_format, to_plain, workspace
from .generated import call, operation
from .parser import Command, Group, arg
from .progress import WaitStatus

GROUPS = [
    Group("exec", "run code on a cluster (REST API 1.2) and print the result"),
    Group(
        "secrets",
        "secret scopes, secrets and ACLs: put (value from a prompt, stdin or a file), list, ... (every operation)",
        (
            "dbrest secrets scopes-create my-scope",
            "dbrest secrets put my-scope db-password            # asks, without echo",
            "dbrest secrets put my-scope cert --file cert.pem",
            "dbrest secrets list my-scope",
        ),
    ),
    Group(
        "libraries",
        "cluster libraries: install --wait, cluster-status, uninstall, ... (every operation)",
        (
            'dbrest libraries install 0123-456789-abcdefgh --json \'{"libraries": [{"pypi": {"package": "simplejson"}}]}\' '
            "--wait",
            "dbrest libraries cluster-status 0123-456789-abcdefgh",
        ),
    ),
]


def _command_state(status: Any) -> tuple[str, str]:
    """(status, message) of a polled 1.2 command: Queued, Running, Finished, Error, Cancelled."""
    return str(getattr(status, "status", "") or "waiting"), ""


def cmd_exec(args: argparse.Namespace) -> int:
    if args.code is None and args.file is None:
        raise CliError("no code to run: give it as an argument ('print(1)') or with --file script.py", EXIT_USAGE)
    if args.code is not None and args.file is not None:
        raise CliError("give the code as an argument or with --file, not both", EXIT_USAGE)
    code = Path(args.file).read_text(encoding="utf-8") if args.file else args.code
    ws = workspace(args)
    with WaitStatus(args, f"command on {args.cluster}", _command_state) as status:
        result = ws.commands.execute(
            args.cluster, code, language=args.language, timeout=args.timeout, check=False, callback=status
        )
    plain = to_plain(result)
    failed = plain.get("resultType") == "error"
    if output_format(args) == "json":
        emit(args, plain)
    elif plain.get("resultType") == "table":
        names = [c.get("name", f"c{i}") for i, c in enumerate(plain.get("schema") or [])]
        emit(args, [dict(zip(names, row, strict=False)) for row in plain.get("data") or []], names)
    elif not failed and plain.get("data") not in (None, ""):  # an error's text goes to stderr, below
        data = plain["data"]
        print(data if isinstance(data, str) else json.dumps(data))
    if failed:
        summary = plain.get("summary") or plain.get("cause") or "the command failed"
        print(f"Error: {summary}", file=sys.stderr)
        if args.debug and plain.get("cause"):
            print(plain["cause"], file=sys.stderr)
        return EXIT_FAILED
    return 0


def cmd_secrets_put(args: argparse.Namespace) -> int:
    """The value from --file, else stdin when it is not a terminal, else a prompt that does not echo: never from
    the command line, where it would stay in the shell history and the process list."""
    if args.file is not None:
        data = Path(args.file).read_bytes()
    elif not sys.stdin.isatty():
        data = sys.stdin.buffer.read()
    else:
        data = getpass.getpass(f"value of {args.scope}/{args.key} (not shown): ").encode("utf-8")
    try:
        fields: dict[str, Any] = {"string_value": data.decode("utf-8")}
    except UnicodeDecodeError:  # not text: sent as bytes (base64 on the wire), read back with get_secret
        import base64

        fields = {"bytes_value": base64.b64encode(data).decode("ascii")}
    workspace(args).secrets.put(scope=args.scope, key=args.key, **fields)
    return 0


def _library_state(page: Any) -> tuple[str, str]:
    from ..libraries import describe

    return "installing", describe(page)


def cmd_libraries_install(args: argparse.Namespace) -> int:
    ws = workspace(args)
    call(args, operation("libraries", "install"), ws)
    if not args.wait:
        return 0
    with WaitStatus(args, f"libraries on {args.cluster_id}", _library_state) as status:
        final = ws.libraries.wait_installed(args.cluster_id, timeout=args.timeout, callback=status)
    plain = to_plain(final)
    statuses = plain.get("library_statuses") or []
    emit(
        args,
        [{"library": json.dumps(s.get("library"), sort_keys=True), "status": s.get("status")} for s in statuses]
        if output_format(args) != "json"
        else plain,
        ["library", "status"] if output_format(args) != "json" else None,
    )
    return 0


COMMANDS = [
    Command(
        "exec",
        None,
        cmd_exec,
        "run code on a cluster (REST API 1.2) and print the result",
        (
            "dbrest exec --cluster 0123-456789-abcdefgh 'print(spark.version)'",
            "dbrest exec --cluster 0123-456789-abcdefgh --language sql 'SELECT 1 AS one'",
            "dbrest exec --cluster 0123-456789-abcdefgh --file script.py",
        ),
        (
            arg(
                "--cluster",
                "--cluster-id",
                dest="cluster",
                required=True,
                metavar="CLUSTER_ID",
                help="id of a running cluster",
            ),
            arg(
                "--language",
                choices=["python", "scala", "sql", "r"],
                default="python",
                help="language of the code (default: python)",
            ),
            arg("--file", metavar="PATH", help="read the code from this local file instead"),
            arg("code", nargs="?", help="the code to run (or --file)"),
            timeout_arg(600),
        ),
        description="Run code in a fresh execution context on a running cluster and print the result; exit 3 "
        "when the result is an error.",
    ),
    Command(
        "secrets",
        "put",
        cmd_secrets_put,
        "store a secret; the value from a prompt (not echoed), stdin or --file, never the command line",
        (
            "dbrest secrets put my-scope db-password",
            "vault read -field=pw db | dbrest secrets put my-scope db-password",
            "dbrest secrets put my-scope cert --file cert.pem",
        ),
        (
            arg("scope", help="the secret scope"),
            arg("key", help="the secret's key in the scope"),
            arg("--file", metavar="PATH", help="read the value from this file (bytes that are not UTF-8 are kept)"),
        ),
    ),
    Command(
        "libraries",
        "install",
        cmd_libraries_install,
        "install libraries on a cluster; --wait until they are installed",
        (
            'dbrest libraries install 0123-456789-abcdefgh --json \'{"libraries": [{"pypi": {"package": "simplejson"}}]}\' '
            "--wait",
        ),
        (
            arg("--wait", action="store_true", help="wait until the libraries are installed; exit 3 if one fails"),
            timeout_arg(1200),
        ),
        operation="libraries install",
    ),
]

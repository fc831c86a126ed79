"""`dbrest mock serve` (the local Databricks) and `dbrest spec coverage|drift` (the spec against endpoints.tsv and
databricks-sdk)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import EXIT_FAILED, EXIT_USAGE, CliError, port_number, spec_document
from .parser import Command, Group, appends, arg, arguments, copy_option, is_help

GROUPS = [
    Group(
        "mock",
        "the local Databricks mock",
        (
            "dbrest mock serve --port 8080 --token dapi-secret",
            "DATABRICKS_HOST=http://127.0.0.1:8080 DATABRICKS_TOKEN=dapi-secret dbrest clusters list",
        ),
    ),
    Group("spec", "the OpenAPI spec dbrest is generated from", ("dbrest spec coverage", "dbrest spec drift")),
]


def mock_options(p: argparse.ArgumentParser) -> list[tuple[str, str, str]]:
    """Give ``p`` the options of ``python -m dbrest_mock`` (its own definitions and help, so they never drift;
    its --host, the address to listen on, is --bind here). Returns (dest, mock option, kind) to hand them back."""
    import copy

    from dbrest_mock.__main__ import build_parser as mock_parser

    handed: list[tuple[str, str, str]] = []
    for action in arguments(mock_parser()):
        if is_help(action) or not action.option_strings:
            continue
        ours = copy.copy(action)
        mock_option = max(action.option_strings, key=len)
        if mock_option == "--host":
            ours.option_strings, ours.dest, ours.metavar = ["--bind"], "bind", "ADDRESS"
        elif mock_option == "--port":
            ours.type = port_number
        try:
            copy_option(p, ours)
        except argparse.ArgumentError:  # an option named like one of ours: not reachable from dbrest
            continue
        kind = "flag" if action.nargs == 0 else "append" if appends(action) else "value"
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
    from ..coverage import coverage_report

    endpoints = Path(args.endpoints) if args.endpoints else None
    if endpoints is not None:
        _check_endpoints(endpoints)
    text, covered, total = coverage_report(spec_document(), endpoints)
    print(text)
    return 0 if covered == total else EXIT_FAILED


def cmd_spec_drift(args: argparse.Namespace) -> int:
    from .. import drift

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


def _mock_setup(p: argparse.ArgumentParser, with_mock_options: bool) -> None:
    p.set_defaults(mock_options=mock_options(p) if with_mock_options else [])


ENDPOINTS_HELP = (
    "a TSV of service, METHOD, /api/path to measure against, after a header line (default: the shipped one)"
)
COMMANDS = [
    Command(
        "mock",
        "serve",
        cmd_mock_serve,
        "serve dbrest_mock, a stateful local Databricks, until interrupted",
        (
            "dbrest mock serve --port 0 --durations instant     # a free port, printed on stdout",
            "dbrest mock serve --clock manual   # time moves only with POST /__mock/clock/advance",
        ),
        description="Serve dbrest_mock (REST API 1.2, 2.0, Jobs 2.1) until Ctrl-C or SIGTERM, as "
        "`python -m dbrest_mock` does. Prints `dbrest_mock listening on URL` on stdout when ready. Needs dbrest's "
        "mock extra: pip install 'dbrest[mock]'.",
        setup=_mock_setup,
    ),
    Command(
        "spec",
        "coverage",
        cmd_spec_coverage,
        "print the per-service coverage table of the Databricks API; exit 3 if not complete",
        ("dbrest spec coverage --endpoints my-endpoints.tsv",),
        (arg("--endpoints", metavar="FILE", help=ENDPOINTS_HELP),),
    ),
    Command(
        "spec",
        "drift",
        cmd_spec_drift,
        "compare the spec with the wire fields of an installed databricks-sdk; print the drift report",
        (
            "dbrest spec drift --sdk-python .venv-sdk/bin/python --write reference/drift.md",
            "dbrest spec drift --sdk-path /tmp/sdk/databricks/sdk --fail-under 97",
        ),
        (
            (
                arg(
                    "--sdk-python",
                    metavar="PATH",
                    help="a Python interpreter with databricks-sdk installed (default: .venv-sdk/bin/python, as "
                    "`make drift`)",
                ),
                arg("--sdk-path", metavar="DIR", help="databricks-sdk sources: the databricks/sdk directory"),
            ),
            arg("--spec", metavar="FILE", help="a bundled OpenAPI JSON (default: the bundle shipped with dbrest)"),
            arg("--endpoints", metavar="FILE", help=ENDPOINTS_HELP),
            arg("--write", metavar="FILE", help="write the report to FILE and print only the summary table"),
            arg(
                "--fail-under",
                metavar="PCT",
                type=float,
                help="exit 3 if the share of SDK fields in the spec is below PCT",
            ),
        ),
        description="Compare the spec with the request/response fields, enum values and paths of databricks-sdk's "
        "service dataclasses (read from its sources, never imported), for the operations of endpoints.tsv that "
        "the SDK calls, and print the report as Markdown: per service, the operations and fields the spec lacks "
        "or has extra, and the share of the SDK's wire fields the spec has.",
    ),
]

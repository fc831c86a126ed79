"""``python -m dbrest_mock``: serve a mock Databricks workspace on a loopback port."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from .auth import ExposureError, check_exposure
from .extra import MockExtraMissing, require_server_dependencies
from .service import DEFAULT_TOKEN, MockConfig

EPILOG = """\
Time: lifecycles (cluster start, command runs, run states, DBFS handle expiry) run on a virtual clock. With
--clock realtime (the default here) virtual time follows the wall clock, so clients that poll with sleeps see
things happen; POST /__mock/clock/advance {"seconds": N} jumps ahead in either mode. With --clock manual only
that call moves time. --durations sets how long steps take: realistic (minutes, as Databricks: a cluster starts
in 300 s), fast (about a second each; the default here, so a standalone server stays quick) or instant.

In-process (MockServer, MockConfig) and in the pytest plugin the defaults are the other way round: a manual clock
with realistic durations, for tests that advance time themselves.

Credentials: Bearer <token> (or Basic token:<token>, as curl -n sends it) for each --token; with --password,
also Basic --user:--password. The control API (/__mock/clock, /__mock/reset, /__mock/faults) takes a --token or
the --control-token, and JSON bodies only (Content-Type: application/json).

Exposure: by default the mock listens on 127.0.0.1 and answers only requests whose Host names it (its address,
localhost, or an --allowed-host), which keeps web pages out (DNS rebinding). On another address (0.0.0.0)
it refuses to start with the documented default token (give --token SECRET), and refuses --execute-python unless
--allow-remote-code-execution says that anyone holding a token may run code as your user.
"""


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m dbrest_mock",
        description="Serve a stateful local Databricks workspace (REST API 1.2, 2.0, 2.1, Jobs 2.2).",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,  # an option prefix (`--allow`) must not stand for --allow-remote-code-execution
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: loopback only)")
    p.add_argument("--port", type=int, default=8080, help="port (0 picks a free one; default 8080)")
    p.add_argument(
        "--token",
        action="append",
        type=_token,
        default=None,
        help=f"a personal access token to accept (repeatable; default {DEFAULT_TOKEN}, on loopback only)",
    )
    p.add_argument(
        "--control-token",
        type=_token,
        default=None,
        help="a token accepted on the control API (/__mock/*) only, besides the --token ones",
    )
    p.add_argument(
        "--allowed-host",
        action="append",
        default=None,
        metavar="NAME",
        help="a Host name to answer besides the bound address and localhost (repeatable; e.g. this machine's "
        "DNS name when listening on 0.0.0.0)",
    )
    p.add_argument(
        "--user",
        default="admin@example.com",
        help="the workspace admin the tokens belong to, and the HTTP Basic user name (default admin@example.com)",
    )
    p.add_argument(
        "--password",
        type=_password,
        default=None,
        help="accept HTTP Basic --user:PASSWORD too (off by default; a mock's password, visible in ps)",
    )
    p.add_argument(
        "--durations",
        choices=["realistic", "fast", "instant"],
        default="fast",
        help="how long lifecycles take: realistic (minutes, as Databricks), fast (about a second; default), instant",
    )
    p.add_argument(
        "--clock",
        choices=["realtime", "manual"],
        default="realtime",
        help="realtime (default): virtual time follows the wall clock; "
        "manual: only POST /__mock/clock/advance moves it",
    )
    p.add_argument(
        "--execute-python",
        action="store_true",
        help="evaluate 1.2 Python commands in a subprocess per context (runs arbitrary code: opt-in only)",
    )
    p.add_argument(
        "--state",
        metavar="FILE",
        help="preload clusters, pools, jobs, DBFS files, notebooks, secrets, users and groups from a JSON or YAML "
        "file (the format of MockServer.export_state); loaded again after each POST /__mock/reset",
    )
    p.add_argument(
        "--allow-remote-code-execution",
        action="store_true",
        help="with --execute-python on an address other than loopback: let anyone holding a token run code as "
        "your user",
    )
    return p


def _token(value: str) -> str:
    # A blank token would be a credential no client can send (Bearer needs one, Basic token: an empty password is
    # refused), yet serving off loopback would accept it as "a token of your own": say so at once.
    if not value.strip() or any(c.isspace() for c in value):
        raise argparse.ArgumentTypeError("a token must be one word of visible characters, not empty or with spaces")
    return value


def _password(value: str) -> str:
    if not value:
        raise argparse.ArgumentTypeError("the password must not be empty")
    return value


def config_from_args(args: argparse.Namespace) -> MockConfig:
    """The MockConfig that the parsed command line asks for."""
    tokens = args.token or [DEFAULT_TOKEN]
    return MockConfig(
        tokens={t: args.user for t in tokens},
        passwords={args.user: args.password} if args.password is not None else {},
        admins={args.user},
        clock_mode=args.clock,
        durations=args.durations,
        execute_python=args.execute_python,
        allow_remote_code_execution=args.allow_remote_code_execution,
        control_token=args.control_token,
        allowed_hosts=set(args.allowed_host or []),
        state=Path(args.state) if args.state else None,
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        require_server_dependencies()
    except MockExtraMissing as exc:
        print(exc, file=sys.stderr)
        return 1
    config = config_from_args(args)
    try:
        check_exposure(config, args.host)
    except ExposureError as exc:
        print(f"dbrest_mock: {exc}", file=sys.stderr)
        return 2
    # MockServer.serve logs what an address off loopback exposes, as warnings: show them on stderr.
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("dbrest_mock: %(levelname)s: %(message)s"))
    handler.setLevel(logging.WARNING)
    logger = logging.getLogger("dbrest_mock")
    logger.addHandler(handler)
    try:
        return _serve(config, args.host, args.port)
    finally:
        logger.removeHandler(handler)


def _serve(config: MockConfig, host: str, port: int) -> int:
    from .server import MockServer  # the server stack (the `mock` extra), checked by main

    try:
        server = MockServer(config)
    except (OSError, ValueError) as exc:  # StateError is a ValueError
        print(f"dbrest_mock: cannot load the state file {config.state}: {exc}", file=sys.stderr)
        return 2
    try:
        url = server.serve(host, port)
    except OSError as exc:
        server.stop()
        print(f"dbrest_mock: cannot listen on {host}:{port}: {exc.strerror}", file=sys.stderr)
        return 2
    print(f"dbrest_mock listening on {url}", flush=True)
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    signal.signal(signal.SIGINT, lambda *_: done.set())
    done.wait()
    server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())

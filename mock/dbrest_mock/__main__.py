"""``python -m dbrest_mock``: serve a mock Databricks workspace on a loopback port."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence

from .server import MockServer
from .service import MockConfig


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m dbrest_mock",
        description="Serve a stateful local Databricks workspace (REST API 1.2, 2.0, Jobs 2.1).",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: loopback only)")
    p.add_argument("--port", type=int, default=8080, help="port (0 picks a free one; default 8080)")
    p.add_argument(
        "--token",
        action="append",
        default=None,
        help="a personal access token to accept (repeatable; default dapi-mock-token)",
    )
    p.add_argument("--user", default="admin@example.com", help="user name the tokens belong to (an admin)")
    p.add_argument(
        "--durations",
        choices=["realistic", "fast", "instant"],
        default="fast",
        help="how long lifecycles take: realistic (minutes, as Databricks), fast (about a second), instant",
    )
    p.add_argument(
        "--clock",
        choices=["realtime", "manual"],
        default="realtime",
        help="realtime: virtual time follows the wall clock; manual: only POST /__mock/clock/advance moves it",
    )
    p.add_argument(
        "--execute-python",
        action="store_true",
        help="evaluate 1.2 Python commands in a subprocess per context (runs arbitrary code: opt-in only)",
    )
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    tokens = args.token or ["dapi-mock-token"]
    config = MockConfig(
        tokens={t: args.user for t in tokens},
        admins={args.user},
        clock_mode=args.clock,
        durations=args.durations,
        execute_python=args.execute_python,
    )
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"dbrest_mock: warning: listening on {args.host}, reachable from other machines", file=sys.stderr)
    server = MockServer(config)
    try:
        url = server.serve(args.host, args.port)
    except OSError as exc:
        print(f"dbrest_mock: cannot listen on {args.host}:{args.port}: {exc.strerror}", file=sys.stderr)
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

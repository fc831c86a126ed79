"""The `dbrest` command line: every REST API operation of the spec as `dbrest SERVICE OPERATION`, and hand-written
commands where one call is not enough (DBFS transfers, waits, 1.2 execution, workspace files, the mock, the spec).

A package by command family (fs, clusters, jobs and runs, workspace files, execution/secrets/libraries, tools,
completion); the parser is built from data: the spec (:mod:`.spec_index`, :mod:`.generated`) and the table of
hand-written commands (:mod:`.table`), only for the family named on the command line.

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
import os
import sys
from collections.abc import Iterator, Sequence
from typing import TextIO

from .common import (
    EXIT_BROKEN_PIPE,
    EXIT_ERROR,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    CliError,
    emit,
    workspace,
)
from .errors import api_error_text, cli_hint, cli_words, describe
from .parser import build_parser, command_words

__all__ = [
    "EXIT_BROKEN_PIPE",
    "EXIT_ERROR",
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_USAGE",
    "CliError",
    "api_error_text",
    "build_parser",
    "cli_hint",
    "cli_words",
    "describe",
    "emit",
    "main",
    "workspace",
]


def family_of(argv: Sequence[str]) -> str | None:
    """The first word of ``argv`` that is not a global option (or its value): the family to build."""
    words = command_words(argv)
    return words[0] if words else None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["__complete"]:
        from .completion import main as complete

        return complete(argv[1:])
    family = family_of(argv)
    parser = build_parser(only=family or "", with_mock_options=family == "mock")
    args = parser.parse_args(argv)
    with _debug_logging(args.debug), _skipped_files_as_warnings():
        return _run(args)


def merge_aliases(args: argparse.Namespace) -> None:
    """A value given as ``--cluster-id X`` (dest ``cluster_id__flag``) where the positional ``cluster_id`` is
    expected: the databricks CLI's spelling of the same argument."""
    for dest in [d for d in vars(args) if d.endswith("__flag")]:
        flagged = getattr(args, dest)
        name = dest[: -len("__flag")]
        given = getattr(args, name, None)
        if flagged is not None:
            if given is not None and given != flagged:
                raise CliError(f"{name} given twice ({given} and {flagged}); give it once", EXIT_USAGE)
            setattr(args, name, flagged)
        delattr(args, dest)


@contextlib.contextmanager
def _skipped_files_as_warnings() -> Iterator[None]:
    """What a recursive upload leaves out (dbrest.localfs.LocalFileSkipped: a symlink loop, a dangling link, a
    FIFO) is printed as one ``warning: ...`` line each, also with --quiet, instead of Python's warning format."""
    import warnings

    from ..localfs import LocalFileSkipped
    from .common import warn

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

    from .common import visible

    class Visible(logging.Formatter):
        # httpx logs the server's reason phrase ("HTTP/1.1 200 <anything>"): escaped on a terminal, as all server text
        def format(self, record: logging.LogRecord) -> str:
            return visible(super().format(record), sys.stderr, lines=True)

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(Visible("%(name)s: %(message)s"))
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


def _silence_stdout() -> None:
    """After EPIPE: point stdout at /dev/null so that the interpreter's final flush does not complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _run(args: argparse.Namespace) -> int:
    try:
        merge_aliases(args)
        result: int = args.func(args)
        return result
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:
        from .common import visible

        if args.debug:
            import traceback

            sys.stderr.write(visible(traceback.format_exc(), sys.stderr, lines=True))  # it quotes the server's messages
        code, message = describe(exc, args)
        print(f"Error: {visible(message, sys.stderr)}", file=sys.stderr)
        return code


if __name__ == "__main__":
    sys.exit(main())

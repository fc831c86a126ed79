"""Errors in the CLI's words: one line, the error code, what to try as flags and commands (never Python keywords),
and the exit code."""

from __future__ import annotations

import argparse
import re

from ..errors import (
    ConfigurationError,
    DatabricksError,
    DirectoryNotEmpty,
    OperationFailed,
    OperationTimeout,
    PartialDelete,
    RequestTimeout,
    ResourceAlreadyExists,
    TooManyRequests,
)
from .common import EXIT_ERROR, EXIT_FAILED, CliError


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
    if isinstance(exc, DirectoryNotEmpty) or (getattr(args, "group", None) == "fs" and "not empty" in message):
        return "Pass -r to delete the directory and everything in it."
    if isinstance(exc, ResourceAlreadyExists):
        if getattr(args, "overwrite", None) is True:
            # --overwrite was given: what is in the way is of another kind (a directory where a file goes, a file
            # where a directory goes), which --overwrite never replaces
            return (
                "--overwrite replaces files only, never a directory or a file in a directory's place: "
                "choose another path."
            )
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

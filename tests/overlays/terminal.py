"""Running a command with its stderr on a pseudo-terminal, as a person's shell would: what the CLI draws there
(state lines, transfer bars) is what these tests read."""

from __future__ import annotations

import os
import pty
import subprocess


def run_on_a_terminal(argv: list[str], timeout: float = 60) -> tuple[int, bytes, bytes]:
    """Run ``argv`` with stderr on a pty and stdout on a pipe; (exit code, stdout, all the terminal received)."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(argv, stderr=slave, stdout=subprocess.PIPE)
    os.close(slave)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # EIO: the other side closed
            break
        if not chunk:
            break
        seen += chunk
    os.close(master)
    code = proc.wait(timeout=timeout)
    out = proc.stdout.read() if proc.stdout is not None else b""
    return code, out, seen

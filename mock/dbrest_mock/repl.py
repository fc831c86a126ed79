"""The opt-in Python evaluation of 1.2 commands (``MockConfig.execute_python``): one long-lived interpreter per
execution context, in a process group of its own, so that cancel, timeout, destroy, reset, stop and interpreter
exit kill it together with whatever its commands started."""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import weakref
from pathlib import Path
from typing import IO, Any

#: The REPL driver run as ``python -c``: length-prefixed UTF-8 code in on stdin, length-prefixed JSON out on a
#: private duplicate of stdout; fd 1 itself is pointed at stderr so that stray writes cannot break the protocol.
DRIVER = r"""
import ast, contextlib, io, json, linecache, os, sys, traceback
proto_in = os.fdopen(os.dup(0), "rb")
proto_out = os.fdopen(os.dup(1), "wb")
null = os.open(os.devnull, os.O_RDWR)
os.dup2(null, 0)
os.dup2(2, 1)
sys.stdin = open(os.devnull)
ns = {"__name__": "__main__", "__builtins__": __builtins__}
seq = 0
while True:
    header = proto_in.readline()
    if not header:
        break
    code = proto_in.read(int(header)).decode("utf-8", "replace")
    seq += 1
    name = "<command-%d>" % seq
    linecache.cache[name] = (len(code), None, code.splitlines(True), name)
    buf = io.StringIO()
    try:
        with contextlib.redirect_stdout(buf):
            tree = ast.parse(code, name, "exec")
            last = None
            if tree.body and isinstance(tree.body[-1], ast.Expr):
                last = ast.Expression(tree.body.pop().value)
            exec(compile(tree, name, "exec"), ns)
            if last is not None:
                value = eval(compile(last, name, "eval"), ns)
                if value is not None:
                    print(repr(value))
        reply = {"ok": True, "stdout": buf.getvalue()}
    except BaseException as exc:
        tb = exc.__traceback__
        while tb is not None and not tb.tb_frame.f_code.co_filename.startswith("<command-"):
            tb = tb.tb_next
        cause = "".join(traceback.format_exception(type(exc), exc, tb))
        summary = traceback.format_exception_only(type(exc), exc)[-1].strip()
        reply = {"ok": False, "stdout": buf.getvalue(), "summary": summary, "cause": cause}
    data = json.dumps(reply).encode()
    proto_out.write(b"%d\n" % len(data) + data)
    proto_out.flush()
"""


#: Process groups are POSIX; elsewhere only the interpreter itself is killed.
_GROUPS = hasattr(os, "killpg")


def _kill_group(pgid: int) -> bool:
    """SIGKILL every process of the process group ``pgid``; False once the group is empty."""
    try:
        os.killpg(pgid, signal.SIGKILL)
    except ProcessLookupError:
        return False
    except PermissionError:  # the pgid was reused by someone else's process group: not ours to kill
        return False
    return True


def _descendants(pid: int) -> list[int]:
    """The live descendants of ``pid`` by parent links (Linux /proc; elsewhere none): they include children that
    left the process group (``setsid``, ``start_new_session``) while their parent lives."""
    try:
        entries = os.listdir("/proc")
    except OSError:
        return []
    children: dict[int, list[int]] = {}
    for name in entries:
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as f:
                ppid = int(f.read().rsplit(b")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue  # gone meanwhile
        children.setdefault(ppid, []).append(int(name))
    out: list[int] = []
    todo = [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


def _signal_all(pids: list[int], sig: signal.Signals) -> None:
    for pid in pids:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, sig)


#: Every REPL not closed yet: a mock that is never stopped still takes its REPLs' process trees with it when the
#: interpreter exits (a REPL alone would exit on its closed stdin, but not what its commands started).
_LIVE: weakref.WeakSet[PythonRepl] = weakref.WeakSet()


@atexit.register
def _close_live_repls() -> None:
    for repl in list(_LIVE):
        repl.close()


class PythonRepl:
    """One long-lived Python subprocess per execution context; ``run`` is called from worker threads.

    Each interpreter starts a session (and process group) of its own, so whatever a command starts (a
    ``subprocess.Popen``, a multiprocessing pool) is in that group, and killing the REPL on cancel, timeout,
    destroy, reset or stop kills the group: nothing a command started outlives its context. Linux keeps a group
    id from being reused while any member lives, so killing a group whose leader has exited is safe.
    """

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self._lock = threading.Lock()
        #: one evaluation at a time (a cancelled one may still be winding down when the next starts)
        self._run_lock = threading.Lock()
        self._closed = False
        self._proc: subprocess.Popen[bytes] | None = None
        #: why the current process was killed: "cancel", "timeout", "close"
        self._killed: dict[int, str] = {}
        #: the process groups of every interpreter this REPL started that may still have members
        self._groups: set[int] = set()
        _LIVE.add(self)

    def _ensure(self) -> subprocess.Popen[bytes]:
        with self._lock:
            if self._closed:
                raise RuntimeError("the execution context was destroyed")
            if self._proc is None or self._proc.poll() is not None:
                self.workdir.mkdir(parents=True, exist_ok=True)
                self._proc = subprocess.Popen(
                    [sys.executable, "-I", "-c", DRIVER],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.DEVNULL,
                    cwd=self.workdir,
                    start_new_session=_GROUPS,
                )
                if _GROUPS:
                    self._groups.add(self._proc.pid)
            return self._proc

    def _kill(self, proc: subprocess.Popen[bytes], why: str) -> None:
        """Kill ``proc``, its process group and its descendants (called with ``_lock`` held)."""
        victims: list[int] = []
        if proc.poll() is None:
            self._killed[proc.pid] = why
            if _GROUPS:
                # Freeze the tree first (nothing forks while it is listed again), then kill all of it.
                _signal_all([proc.pid, *_descendants(proc.pid)], signal.SIGSTOP)
                victims = _descendants(proc.pid)
        if proc.pid in self._groups:
            _kill_group(proc.pid)
        if _GROUPS:
            _signal_all(victims, signal.SIGKILL)
        if proc.poll() is None:
            proc.kill()

    def _reap_groups(self) -> None:
        """Kill what is left of the groups of interpreters that ended (called with ``_lock`` held)."""
        current = self._proc.pid if self._proc is not None and self._proc.poll() is None else None
        for pgid in list(self._groups):
            if pgid != current and not _kill_group(pgid):
                self._groups.discard(pgid)

    def kill(self, why: str) -> None:
        with self._lock:
            proc, self._proc = self._proc, None
            if proc is not None:
                self._kill(proc, why)
            self._reap_groups()

    def run(self, code: str, timeout: float) -> dict[str, Any]:
        """Evaluate ``code``; the driver's reply, or ``{"killed": why}`` / ``{"crashed": exit code}``."""
        with self._run_lock:
            return self._run(code, timeout)

    def _run(self, code: str, timeout: float) -> dict[str, Any]:
        proc = self._ensure()
        assert proc.stdin is not None and proc.stdout is not None
        timer = threading.Timer(timeout, self._timeout, args=(proc,))
        timer.daemon = True
        timer.start()
        try:
            data = code.encode("utf-8")
            proc.stdin.write(b"%d\n" % len(data) + data)
            proc.stdin.flush()
            reply = self._read_reply(proc.stdout)
        except (BrokenPipeError, OSError, ValueError):
            reply = None
        finally:
            timer.cancel()
        if reply is not None:
            return reply
        code_ = proc.wait()
        with self._lock:
            why = self._killed.pop(proc.pid, None)
            if self._proc is proc:
                self._proc = None
            # The interpreter is gone (killed or crashed): so is everything it started.
            self._reap_groups()
        if why is not None:
            return {"killed": why}
        return {"crashed": code_}

    @staticmethod
    def _read_reply(stream: IO[bytes]) -> dict[str, Any] | None:
        header = stream.readline()
        if not header.strip():
            return None
        data = stream.read(int(header))
        reply: dict[str, Any] = json.loads(data)
        return reply

    def _timeout(self, proc: subprocess.Popen[bytes]) -> None:
        with self._lock:
            if proc.poll() is None:
                self._kill(proc, "timeout")
            if self._proc is proc:
                self._proc = None

    def close(self) -> None:
        """Kill the subprocess for good (destroy, cluster loss, reset, close)."""
        _LIVE.discard(self)
        with self._lock:
            self._closed = True
            proc, self._proc = self._proc, None
            if proc is not None:
                self._kill(proc, "close")
            self._reap_groups()
        if proc is not None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=5)
            for stream in (proc.stdin, proc.stdout):
                if stream is not None:
                    with contextlib.suppress(OSError):
                        stream.close()

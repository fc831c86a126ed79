"""REST API 1.2 execution contexts and commands: REPL contexts on running clusters and the commands run in them.

Life cycle (api-inventory §1.18, §2.7): ``contexts/create`` needs a RUNNING (or RESIZING) cluster (an unknown
cluster, a starting one — ``ClusterNotReadyException``, a transient error clients retry — and a terminated one
give 400) and at most 150 open contexts per cluster; a context is Pending and becomes Running after the
``contexts.start`` duration (realistic 5 s, fast 0.2 s). Commands of a context run one at a time in submission
order: Queued → Running (on the next clock tick once the context is free) → Finished after ``commands.run``
(realistic 2 s, fast 0.1 s). ``commands/cancel``: a queued command is Cancelled at once, a running one is
Cancelling and Cancelled after ``commands.cancel`` (1 s / 0.05 s). ``contexts/destroy`` cancels what has not
finished and removes the context (its status is then 404). When the cluster leaves RUNNING/RESIZING
(``cluster.state`` RESTARTING, TERMINATING, TERMINATED), its contexts are Error and their unfinished commands end
in Error. Errors use the 1.2 shape ``{"error": message}``: 400 for an unknown cluster and invalid requests, 404
for an unknown context or command.

Results, by default (no code is ever run), are a fixed function of the language and the command text:

* python — the command is parsed with :mod:`ast`: a syntax error gives an ``error`` result (``summary`` like
  ``SyntaxError: invalid syntax``); a command made only of ``print(...)`` calls whose arguments (and ``sep``/
  ``end``) are literals gives a ``text`` result with what those calls print; anything else gives empty text.
* scala — only ``println(<literal>)``/``print(<literal>)`` statements: their output; otherwise empty text.
* r — only ``print(<literal>)`` (``[1] "x"``, ``[1] 5``, ``[1] TRUE``) and ``cat(<literals>)`` statements:
  their output; otherwise empty text.
* sql — ``SELECT <literal> [[AS] name], ...`` without FROM gives a one-row ``table`` result whose schema follows
  Spark's literal types (integer, bigint, decimal(p,s), string, boolean; column named like Spark does);
  anything else gives an empty table (no rows, no columns).

Text output loses one trailing newline. With ``MockConfig.execute_python`` (opt-in, never the default) python
commands are really evaluated: each context gets one long-lived ``python -c`` REPL subprocess (started on its
first python command, working directory under the mock's data dir) that reads length-prefixed commands on
stdin and answers length-prefixed JSON on a private copy of its stdout. Variables persist across the commands
of a context; the text result is what the command printed plus, like a REPL, the ``repr`` of a final
expression that is not None; an exception gives a Finished command with an ``error`` result (``summary`` such
as ``NameError: name 'x' is not defined`` and ``cause``, the traceback). The evaluation runs on a worker
thread and the command is completed by the next request that reads it (status, execute, cancel), so the mock
never waits for a subprocess while holding its lock; the ``commands.run`` duration does not apply. A command
that runs longer than ``python_timeout`` seconds (default 60, override ``duration_overrides
["commands.python_timeout"]``) ends in Error and the subprocess is restarted (variables are lost); the
subprocess is killed on cancel (the next command gets a fresh interpreter), on destroy, on a cluster
termination, on reset and on close, together with its process group: whatever a command started dies with it.
:meth:`CommandsService.wait_for_command` lets tests wait for an
evaluation in real time.
"""

from __future__ import annotations

import ast
import json
import logging
import math
import re
import shutil
import struct
import textwrap
import threading
import time
import traceback
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ..errors import ApiError
from ..repl import PythonRepl
from ..service import ClusterFollower, Env, Request, operation

log = logging.getLogger("dbrest_mock")

MAX_CONTEXTS_PER_CLUSTER = 150
USABLE_CLUSTER_STATES = ("RUNNING", "RESIZING")
STARTING_CLUSTER_STATES = ("PENDING", "RESTARTING")
TERMINAL = ("Finished", "Cancelled", "Error")
DEFAULT_PYTHON_TIMEOUT = 60.0

# --- deterministic results -----------------------------------------------------------------------------


def text_result(output: str) -> dict[str, Any]:
    return {"resultType": "text", "data": output[:-1] if output.endswith("\n") else output}


def error_result(summary: str, cause: str) -> dict[str, Any]:
    return {"resultType": "error", "summary": summary, "cause": cause}


def _python_literal_prints(tree: ast.Module) -> str | None:
    """What the module prints if it consists only of print() calls with literal arguments, else None."""
    out: list[str] = []
    for stmt in tree.body:
        if not (
            isinstance(stmt, ast.Expr)
            and isinstance(stmt.value, ast.Call)
            and isinstance(stmt.value.func, ast.Name)
            and stmt.value.func.id == "print"
        ):
            return None
        call = stmt.value
        try:
            args = [ast.literal_eval(a) for a in call.args]
            kwargs = {k.arg: ast.literal_eval(k.value) for k in call.keywords}
        except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
            return None
        if any(isinstance(a, ast.Starred) for a in call.args) or not set(kwargs) <= {"sep", "end"}:
            return None
        sep, end = kwargs.get("sep", " "), kwargs.get("end", "\n")
        if not isinstance(sep, str | None) or not isinstance(end, str | None):
            return None
        out.append((" " if sep is None else sep).join(str(a) for a in args) + ("\n" if end is None else end))
    return "".join(out)


def python_result(command: str) -> dict[str, Any]:
    try:
        tree = ast.parse(command, "<command>", "exec")
    except SyntaxError as exc:
        lines = traceback.format_exception_only(type(exc), exc)
        return error_result(lines[-1].strip(), "".join(lines))
    except (ValueError, MemoryError, RecursionError) as exc:  # e.g. null bytes in the source
        return error_result(f"SyntaxError: {exc}", f"SyntaxError: {exc}\n")
    printed = _python_literal_prints(tree)
    return text_result(printed or "")


SCALA_LITERAL = r'"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?[LDFdfl]?|true|false'
SCALA_PRINT = re.compile(rf"^(println|print)\(\s*({SCALA_LITERAL})\s*\)\s*;?$")


ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "b": "\b", "f": "\f"}


def _escaped(m: re.Match[str]) -> str:
    if m.group(1) is not None:
        # A \uXXXX escape, which Scala, R and Spark SQL string literals all take; a lone surrogate cannot be printed
        # as UTF-8 (nor sent in valid JSON text): U+FFFD stands for it.
        code = int(m.group(1), 16)
        return "\ufffd" if 0xD800 <= code <= 0xDFFF else chr(code)
    return ESCAPES.get(m.group(2), m.group(2))


def unescape(body: str) -> str:
    """The value of a quoted literal's body with backslash escapes resolved (never fails)."""
    return re.sub(r"\\(?:u([0-9a-fA-F]{4})|(.))", _escaped, body, flags=re.DOTALL)


def _scala_value(literal: str) -> str:
    if literal.startswith('"'):
        return unescape(literal[1:-1])
    return literal.rstrip("LDFdfl")


def scala_result(command: str) -> dict[str, Any]:
    out: list[str] = []
    for line in command.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        m = SCALA_PRINT.match(line)
        if m is None:
            return text_result("")
        out.append(_scala_value(m.group(2)) + ("\n" if m.group(1) == "println" else ""))
    return text_result("".join(out))


R_LITERAL = r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|-?\d+(?:\.\d+)?L?|TRUE|FALSE'
R_PRINT = re.compile(rf"^print\(\s*({R_LITERAL})\s*\)\s*;?$")
R_CAT = re.compile(rf"^cat\(\s*((?:{R_LITERAL})(?:\s*,\s*(?:{R_LITERAL}))*)\s*\)\s*;?$")
R_TOKEN = re.compile(R_LITERAL)


def _r_value(literal: str) -> tuple[str, bool]:
    """(printed value, is_string) of an R literal."""
    if literal[0] in "\"'":
        return unescape(literal[1:-1]), True
    return literal.rstrip("L"), False


def r_result(command: str) -> dict[str, Any]:
    out: list[str] = []
    for line in command.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        m = R_PRINT.match(line)
        if m is not None:
            value, is_string = _r_value(m.group(1))
            out.append(f"[1] {json.dumps(value) if is_string else value}\n")
            continue
        m = R_CAT.match(line)
        if m is None:
            return text_result("")
        out.append(" ".join(_r_value(t)[0] for t in R_TOKEN.findall(m.group(1))))
    return text_result("".join(out))


#: Spark's numeric literals: digits with an optional fraction and exponent, and the type suffixes L (bigint),
#: S (smallint), Y (tinyint), D (double), F (float), BD (decimal). A literal ends where a word would go on
#: (``1e5`` is the double 100000.0, not 1 aliased e5).
SQL_NUMBER = r"-?(?:\d+(?:\.\d*)?|\.\d+)(?:E[-+]?\d+)?(?:BD|[LSYDF])?(?![A-Za-z0-9_])"
SQL_LITERAL = rf"'(?:[^'\\]|\\.|'')*'|\"(?:[^\"\\]|\\.)*\"|{SQL_NUMBER}|true|false"
SQL_ITEM = re.compile(rf"^\s*({SQL_LITERAL})\s*(?:(?:AS\s+)?([A-Za-z_][A-Za-z0-9_]*|`[^`]+`))?\s*$", re.IGNORECASE)
#: Spark's largest decimal precision: a longer integer literal does not parse.
MAX_DECIMAL_PRECISION = 38
SQL_SELECT = re.compile(r"^\s*SELECT\s+(.*?)\s*;?\s*$", re.IGNORECASE | re.DOTALL)


def _split_items(text: str) -> list[str]:
    items, current, quote = [], [], ""
    for ch in text:
        if quote:
            current.append(ch)
            if ch == quote:
                quote = ""
        elif ch in "'\"`":
            quote = ch
            current.append(ch)
        elif ch == ",":
            items.append("".join(current))
            current = []
        else:
            current.append(ch)
    items.append("".join(current))
    return items


class SqlError(Exception):
    """A statement Spark refuses to parse; the message is Spark's."""


#: Spark's integral literal types by suffix: (JSON schema type name, bits).
SQL_INTEGRAL = {"": ("integer", 32), "L": ("long", 64), "S": ("short", 16), "Y": ("byte", 8)}
SQL_SPARK_NAMES = {"integer": "int", "long": "bigint", "short": "smallint", "byte": "tinyint"}


def _java_double(value: float) -> str:
    """Java's Double.toString: plain notation from 1e-3 to 1e7, else like 1.0E10 (Spark names columns so)."""
    if value == 0 or 1e-3 <= abs(value) < 1e7:
        text = repr(value)
        return text if "e" not in text else f"{value:.1f}"
    digits = Decimal(repr(value)).normalize().as_tuple()
    mantissa = "".join(map(str, digits.digits))
    exponent = len(mantissa) + int(digits.exponent) - 1
    sign = "-" if digits.sign else ""
    return f"{sign}{mantissa[0]}.{mantissa[1:] or '0'}E{exponent}"


def _java_float(value: float) -> tuple[float, str]:
    """The float32 nearest ``value`` in its shortest round-tripping digits, and Java's Float.toString of it."""
    single = struct.unpack("f", struct.pack("f", value))[0]
    for places in range(1, 10):
        text = f"{single:.{places}g}"
        if struct.unpack("f", struct.pack("f", float(text)))[0] == single:
            return float(text), _java_double(float(text))
    return single, _java_double(single)


def _out_of_range(literal: str, low: object, high: object, spark_type: str) -> SqlError:
    return SqlError(f"Numeric literal {literal} does not fit in range [{low}, {high}] for type {spark_type}")


def _sql_decimal(d: Decimal) -> tuple[int, int]:
    """(precision, scale) of a decimal literal as Spark types it; SqlError beyond 38 digits."""
    sign_digits_exponent = d.as_tuple()
    digits, exponent = len(sign_digits_exponent.digits), int(sign_digits_exponent.exponent)
    scale = max(0, -exponent)
    precision = max(digits + max(0, exponent), scale, 1)
    if precision > MAX_DECIMAL_PRECISION:
        raise SqlError(f"Decimal precision {precision} exceeds max precision {MAX_DECIMAL_PRECISION}")
    return precision, scale


def _sql_literal(literal: str) -> tuple[Any, str, str]:
    """(value, Spark type, default column name) of a SQL literal; SqlError where Spark refuses it."""
    low = literal.lower()
    if low in ("true", "false"):
        return low == "true", "boolean", low
    if literal[0] in "'\"":
        body = literal[1:-1].replace("''", "'") if literal[0] == "'" else literal[1:-1]
        body = unescape(body)
        return body, "string", body
    upper = literal.upper()
    suffix = "BD" if upper.endswith("BD") else upper[-1] if upper[-1] in "LSYDF" else ""
    text = literal[: len(literal) - len(suffix)]
    if suffix == "BD" or (not suffix and "." in text and "E" not in text.upper()):
        d = Decimal(text)
        precision, scale = _sql_decimal(d)
        value = int(d) if scale == 0 else float(d)
        return value, f"decimal({precision},{scale})", str(d) if suffix else text
    if suffix in ("D", "F") or "E" in text.upper() or "." in text:
        number = float(text)  # float() takes any such literal; it overflows to inf rather than failing
        if math.isinf(number) or (suffix == "F" and abs(number) > 3.4028234663852886e38):
            high = "3.4028235E38" if suffix == "F" else "1.7976931348623157E308"
            raise _out_of_range(text, f"-{high}", high, "float" if suffix == "F" else "double")
        if suffix == "F":
            single, name = _java_float(number)
            return single, "float", name
        return number, "double", _java_double(number)
    if len(text.lstrip("-")) > MAX_DECIMAL_PRECISION:
        # Longer than any decimal; also keeps int() clear of Python's 4300-digit limit.
        raise SqlError(f"Decimal precision {len(text.lstrip('-'))} exceeds max precision {MAX_DECIMAL_PRECISION}")
    n = int(text)
    spark_type, bits = SQL_INTEGRAL[suffix]
    low_bound, high_bound = -(2 ** (bits - 1)), 2 ** (bits - 1) - 1
    if low_bound <= n <= high_bound:
        return n, spark_type, str(n)
    if suffix:
        raise _out_of_range(text, low_bound, high_bound, SQL_SPARK_NAMES[spark_type])
    if -(2**63) <= n < 2**63:
        return n, "long", str(n)
    precision, _ = _sql_decimal(Decimal(text))
    return n, f"decimal({precision},0)", str(n)


def sql_result(command: str) -> dict[str, Any]:
    table: dict[str, Any] = {"resultType": "table", "data": [], "schema": [], "truncated": False, "isJsonSchema": True}
    m = SQL_SELECT.match(command)
    if m is None or re.search(r"\bFROM\b", m.group(1), re.IGNORECASE):
        return table
    row: list[Any] = []
    schema: list[dict[str, Any]] = []
    for item in _split_items(m.group(1)):
        im = SQL_ITEM.match(item)
        if im is None:
            return table
        try:
            value, spark_type, default_name = _sql_literal(im.group(1))
        except SqlError as exc:
            summary = f"Error in SQL statement: ParseException: {exc}"
            return error_result(summary, f"org.apache.spark.sql.catalyst.parser.ParseException: {exc}\n")
        name = im.group(2) or default_name
        if name.startswith("`"):
            name = name[1:-1]
        row.append(value)
        schema.append({"name": name, "type": json.dumps(spark_type), "metadata": "{}"})
    table["data"] = [row]
    table["schema"] = schema
    return table


def fixed_result(language: str, command: str) -> dict[str, Any]:
    """The deterministic result of a command (module docstring)."""
    if language == "python":
        return python_result(command)
    if language == "scala":
        return scala_result(command)
    if language == "r":
        return r_result(command)
    return sql_result(command)


# --- the service -----------------------------------------------------------------------------------------


@dataclass
class Command:
    command_id: str
    context_id: str
    language: str
    code: str
    status: str = "Queued"
    results: dict[str, Any] | None = None
    generation: int = 0
    #: opt-in evaluation: set by the worker thread when ``outcome`` is there
    done: threading.Event | None = None
    outcome: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.command_id, "status": self.status}
        if self.results is not None:
            out["results"] = self.results
        return out


@dataclass
class Context:
    context_id: str
    cluster_id: str
    language: str
    status: str = "Pending"
    commands: dict[str, Command] = field(default_factory=dict)
    repl: PythonRepl | None = None

    def running(self) -> Command | None:
        return next((c for c in self.commands.values() if c.status in ("Running", "Cancelling")), None)


class CommandsService(ClusterFollower):
    name = "commands"

    def __init__(self, env: Env) -> None:
        self.python_timeout = env.config.duration_overrides.get("commands.python_timeout", DEFAULT_PYTHON_TIMEOUT)
        super().__init__(env)

    def reset(self) -> None:
        for ctx in getattr(self, "contexts", {}).values():
            if ctx.repl is not None:
                ctx.repl.close()
        self.contexts: dict[str, Context] = {}
        self.workdir = self.env.data_dir / "commands"
        shutil.rmtree(self.workdir, ignore_errors=True)

    def close(self) -> None:
        for ctx in self.contexts.values():
            if ctx.repl is not None:
                ctx.repl.close()

    # --- test helper ---------------------------------------------------------------------------------

    def wait_for_command(self, command_id: str, timeout: float = 30.0) -> str:
        """Wait in real time for an evaluated (``execute_python``) command to end; returns its status.

        Commands that progress only with virtual time are returned as they are (advance the clock for them).
        """
        deadline = time.monotonic() + timeout
        while True:
            with self.env.lock:
                self.clock.run_due()
                self._sync()
                cmd = self._find_command(command_id)
                if cmd is None:
                    raise KeyError(command_id)
                if cmd.status in TERMINAL:
                    return cmd.status
                ctx = self.contexts[cmd.context_id]
                running = ctx.running()
                event = running.done if running is not None else None
            if event is None:
                return cmd.status
            if not event.wait(max(0.0, deadline - time.monotonic())):
                raise TimeoutError(f"command {command_id} did not finish within {timeout} s")

    # --- helpers ---------------------------------------------------------------------------------------

    def _new_id(self, namespace: str, multiplier: int) -> str:
        return str((self.env.next_id(namespace) * multiplier) % (1 << 63))

    def _cluster_state(self, cluster_id: str) -> str:
        state = self.env.service("clusters").cluster_state(cluster_id)  # type: ignore[attr-defined]
        if state is None:
            raise ApiError.invalid(f"Cluster {cluster_id} does not exist")
        return str(state)

    def _context(self, cluster_id: str, context_id: str) -> Context:
        self._cluster_state(cluster_id)
        ctx = self.contexts.get(context_id)
        if ctx is None or ctx.cluster_id != cluster_id:
            raise ApiError.not_found(f"ContextNotFound: context {context_id} does not exist on cluster {cluster_id}")
        return ctx

    def _command(self, ctx: Context, command_id: str) -> Command:
        cmd = ctx.commands.get(command_id)
        if cmd is None:
            raise ApiError.not_found(
                f"CommandNotFound: command {command_id} does not exist in context {ctx.context_id}"
            )
        return cmd

    def _find_command(self, command_id: str) -> Command | None:
        for ctx in self.contexts.values():
            if command_id in ctx.commands:
                return ctx.commands[command_id]
        return None

    def _evaluating(self, cmd: Command) -> bool:
        return self.env.config.execute_python and cmd.language == "python"

    def _set(self, cmd: Command, status: str, results: dict[str, Any] | None = None) -> None:
        cmd.status = status
        cmd.results = results
        cmd.generation += 1

    def _pump(self, ctx: Context) -> None:
        """Start the next queued command of the context if none is running."""
        if ctx.status != "Running" or ctx.running() is not None:
            return
        nxt = next((c for c in ctx.commands.values() if c.status == "Queued"), None)
        if nxt is None:
            return
        generation = nxt.generation

        def start() -> None:
            if (
                self.contexts.get(ctx.context_id) is not ctx
                or nxt.generation != generation
                or ctx.status != "Running"
                or ctx.running() is not None
            ):
                return
            self._set(nxt, "Running")
            forced = self.env.scenarios.take("command_result", code=nxt.code, cluster_id=ctx.cluster_id)
            if forced is None and self._evaluating(nxt):
                self._start_evaluation(ctx, nxt)
            else:
                self._after(nxt, "commands.run", 2.0, 0.1, lambda: self._finish(ctx, nxt, forced))

        self.clock.schedule(0, start)

    def _after(self, cmd: Command, key: str, realistic: float, fast: float, step: Any) -> None:
        generation = cmd.generation

        def fire() -> None:
            if cmd.generation == generation:
                step()

        self.clock.schedule(self.env.duration(key, realistic=realistic, fast=fast), fire)

    def _finish(self, ctx: Context, cmd: Command, forced: dict[str, Any] | None = None) -> None:
        if self.contexts.get(ctx.context_id) is not ctx:
            return
        try:
            if forced is not None:  # mock.scenarios.command_result / command_error
                self._set(cmd, forced["status"], forced["results"])
            else:
                self._set(cmd, "Finished", fixed_result(cmd.language, cmd.code))
        except Exception as exc:
            # A bug in the mock's result rules must not leave the command Running and its context stuck.
            log.exception("dbrest_mock: computing the result of command %s failed", cmd.command_id)
            message = f"dbrest_mock could not compute the result of this command: {type(exc).__name__}: {exc}"
            self._set(cmd, "Error", error_result(message, traceback.format_exc()))
        self._pump(ctx)

    def _start_evaluation(self, ctx: Context, cmd: Command) -> None:
        if ctx.repl is None:
            ctx.repl = PythonRepl(self.workdir / ctx.context_id)
        repl = ctx.repl
        cmd.done = threading.Event()
        done = cmd.done
        timeout = self.python_timeout

        def work() -> None:
            try:
                cmd.outcome = repl.run(cmd.code, timeout)
            except Exception as exc:  # the subprocess could not be started
                cmd.outcome = {"ok": False, "summary": f"{type(exc).__name__}: {exc}", "cause": traceback.format_exc()}
            finally:
                done.set()

        threading.Thread(target=work, name=f"dbrest-mock-command-{cmd.command_id}", daemon=True).start()

    def _sync(self) -> None:
        """Complete the evaluated commands whose worker is done (called by every handler)."""
        for ctx in list(self.contexts.values()):
            cmd = ctx.running()
            if cmd is None or cmd.status != "Running" or cmd.done is None or not cmd.done.is_set():
                continue
            outcome = cmd.outcome or {}
            if "killed" in outcome:
                if outcome["killed"] != "timeout":
                    continue  # cancelled or closed: the cancel path sets the status
                message = (
                    f"TimeoutError: the command did not finish within {self.python_timeout:g} s; "
                    "the Python process was restarted and the context's variables were lost"
                )
                self._set(cmd, "Error", error_result(message, message + "\n"))
            elif "crashed" in outcome:
                message = (
                    f"Fatal error: the Python process exited unexpectedly (exit code {outcome['crashed']}); "
                    "the context's variables were lost"
                )
                self._set(cmd, "Finished", error_result(message, message + "\n"))
            elif outcome.get("ok"):
                self._set(cmd, "Finished", text_result(str(outcome.get("stdout", ""))))
            else:
                self._set(cmd, "Finished", error_result(str(outcome.get("summary", "")), str(outcome.get("cause", ""))))
            self._pump(ctx)

    def _fail_context(self, ctx: Context, why: str) -> None:
        ctx.status = "Error"
        if ctx.repl is not None:
            ctx.repl.close()
        for cmd in ctx.commands.values():
            if cmd.status not in TERMINAL:
                self._set(cmd, "Error", error_result(why, why + "\n"))

    def _on_cluster_state(self, cluster_id: str, state: str, **_: Any) -> None:
        if state in USABLE_CLUSTER_STATES:
            return
        why = f"The execution context was lost: cluster {cluster_id} is {state.lower()}"
        for ctx in self.contexts.values():
            if ctx.cluster_id == cluster_id and ctx.status != "Error":
                self._fail_context(ctx, why)

    def _on_cluster_deleted(self, cluster_id: str, **_: Any) -> None:
        for ctx_id in [c.context_id for c in self.contexts.values() if c.cluster_id == cluster_id]:
            ctx = self.contexts.pop(ctx_id)
            if ctx.repl is not None:
                ctx.repl.close()

    # --- operations ------------------------------------------------------------------------------------

    @operation("contextsCreate")
    def create_context(self, req: Request) -> dict[str, Any]:
        self._sync()
        cluster_id: str = req.params["clusterId"]
        state = self._cluster_state(cluster_id)
        if state in STARTING_CLUSTER_STATES:
            raise ApiError.invalid(
                f"ClusterNotReadyException: cluster {cluster_id} is {state.lower()}; "
                "execution contexts can be created once it is running"
            )
        if state not in USABLE_CLUSTER_STATES:
            raise ApiError.invalid(
                f"Cluster {cluster_id} is {state.lower()}; start it before creating an execution context"
            )
        open_contexts = sum(1 for c in self.contexts.values() if c.cluster_id == cluster_id and c.status != "Error")
        if open_contexts >= MAX_CONTEXTS_PER_CLUSTER:
            raise ApiError.invalid(
                f"Too many execution contexts are open right now. (Limit set currently to {MAX_CONTEXTS_PER_CLUSTER})"
            )
        ctx = Context(self._new_id("commands.context", 0x9E3779B97F4A7C15), cluster_id, req.params["language"])
        self.contexts[ctx.context_id] = ctx

        def ready() -> None:
            if self.contexts.get(ctx.context_id) is ctx and ctx.status == "Pending":
                ctx.status = "Running"
                self._pump(ctx)

        self.clock.schedule(self.env.duration("contexts.start", realistic=5.0, fast=0.2), ready)
        self.env.service("clusters").record_activity(cluster_id)  # type: ignore[attr-defined]
        return {"id": ctx.context_id}

    @operation("contextsStatus")
    def context_status(self, req: Request) -> dict[str, Any]:
        self._sync()
        ctx = self._context(req.params["clusterId"], req.params["contextId"])
        return {"id": ctx.context_id, "status": ctx.status}

    @operation("contextsDestroy")
    def destroy_context(self, req: Request) -> dict[str, Any]:
        self._sync()
        ctx = self._context(req.params["clusterId"], req.params["contextId"])
        for cmd in ctx.commands.values():
            if cmd.status not in TERMINAL:
                self._set(cmd, "Cancelled")
        if ctx.repl is not None:
            ctx.repl.close()
        del self.contexts[ctx.context_id]
        return {"id": ctx.context_id}

    @operation("commandsExecute")
    def execute(self, req: Request) -> dict[str, Any]:
        self._sync()
        p = req.params
        ctx = self._context(p["clusterId"], p["contextId"])
        command = p.get("command")
        if not isinstance(command, str):
            raise ApiError.invalid("Missing required field: command (a field, or a multipart file part 'command')")
        if ctx.status != "Running":
            raise ApiError.invalid(f"Context {ctx.context_id} is not running (status {ctx.status})")
        # Databricks strips the indentation common to every line of a command before running it:
        # databricks-sdk's dbutils proxy (databricks/sdk/dbutils.py) sends indented, triple-quoted Python and
        # depends on that.
        command = textwrap.dedent(command)
        if re.match(r"^\s*%run\b", command):
            raise ApiError.invalid("%run is not supported in command execution")
        cmd = Command(self._new_id("commands.command", 0xC2B2AE3D27D4EB4F), ctx.context_id, p["language"], command)
        ctx.commands[cmd.command_id] = cmd
        self._pump(ctx)
        self.env.service("clusters").record_activity(ctx.cluster_id)  # type: ignore[attr-defined]
        return {"id": cmd.command_id}

    @operation("commandsStatus")
    def command_status(self, req: Request) -> dict[str, Any]:
        self._sync()
        ctx = self._context(req.params["clusterId"], req.params["contextId"])
        return self._command(ctx, req.params["commandId"]).to_dict()

    @operation("commandsCancel")
    def cancel(self, req: Request) -> dict[str, Any]:
        self._sync()
        ctx = self._context(req.params["clusterId"], req.params["contextId"])
        cmd = self._command(ctx, req.params["commandId"])
        if cmd.status == "Queued":
            self._set(cmd, "Cancelled")
        elif cmd.status == "Running":
            self._set(cmd, "Cancelling")
            if cmd.done is not None and ctx.repl is not None:
                ctx.repl.kill("cancel")

            def cancelled() -> None:
                if self.contexts.get(ctx.context_id) is ctx:
                    self._set(cmd, "Cancelled")
                    self._pump(ctx)

            self._after(cmd, "commands.cancel", 1.0, 0.05, cancelled)
        return {"id": cmd.command_id}

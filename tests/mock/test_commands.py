"""REST API 1.2 execution contexts and commands in the mock (api-inventory §1.18, §2.7).

The default mode never runs code (results are a fixed function of the command); the opt-in
``execute_python`` mode evaluates Python in a real subprocess per context.
"""

from __future__ import annotations

from typing import Any, cast

import httpx
import pytest
from dbrest_mock import MockConfig, MockServer
from dbrest_mock.services.commands import CommandsService

from tests.conftest import TOKEN, USER
from tests.mock.helpers import new_cluster


def running_cluster(client: httpx.Client, mock: MockServer) -> str:
    cluster_id = new_cluster(client, cluster_name="repl")
    mock.advance(300)
    return cluster_id


def new_context(client: httpx.Client, mock: MockServer, cluster_id: str, language: str = "python") -> str:
    r = client.post("/api/1.2/contexts/create", json={"language": language, "clusterId": cluster_id})
    assert r.status_code == 200, r.text
    context_id: str = r.json()["id"]
    mock.advance(5)
    return context_id


def context_status(client: httpx.Client, cluster_id: str, context_id: str) -> httpx.Response:
    return client.get("/api/1.2/contexts/status", params={"clusterId": cluster_id, "contextId": context_id})


def execute(client: httpx.Client, cluster_id: str, context_id: str, command: str, language: str = "python") -> str:
    r = client.post(
        "/api/1.2/commands/execute",
        json={"language": language, "clusterId": cluster_id, "contextId": context_id, "command": command},
    )
    assert r.status_code == 200, r.text
    command_id: str = r.json()["id"]
    return command_id


def status(client: httpx.Client, cluster_id: str, context_id: str, command_id: str) -> dict[str, Any]:
    r = client.get(
        "/api/1.2/commands/status", params={"clusterId": cluster_id, "contextId": context_id, "commandId": command_id}
    )
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


def cancel(client: httpx.Client, cluster_id: str, context_id: str, command_id: str) -> httpx.Response:
    return client.post(
        "/api/1.2/commands/cancel", json={"clusterId": cluster_id, "contextId": context_id, "commandId": command_id}
    )


@pytest.fixture
def cluster_id(client: httpx.Client, mock: MockServer) -> str:
    return running_cluster(client, mock)


# --- contexts ------------------------------------------------------------------------------------------


def test_context_life_cycle(client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
    r = client.post("/api/1.2/contexts/create", json={"language": "scala", "clusterId": cluster_id})
    context_id = r.json()["id"]
    assert context_id.isdigit()
    assert context_status(client, cluster_id, context_id).json() == {"id": context_id, "status": "Pending"}
    mock.advance(5)
    assert context_status(client, cluster_id, context_id).json() == {"id": context_id, "status": "Running"}
    r = client.post("/api/1.2/contexts/destroy", json={"clusterId": cluster_id, "contextId": context_id})
    assert r.status_code == 200 and r.json() == {"id": context_id}
    r = context_status(client, cluster_id, context_id)
    assert r.status_code == 404 and "error" in r.json() and "error_code" not in r.json()
    r = client.post("/api/1.2/contexts/destroy", json={"clusterId": cluster_id, "contextId": context_id})
    assert r.status_code == 404


def test_context_needs_a_running_cluster(client: httpx.Client, mock: MockServer) -> None:
    r = client.post("/api/1.2/contexts/create", json={"language": "python", "clusterId": "0000-000000-nope"})
    assert r.status_code == 400 and set(r.json()) == {"error"} and "does not exist" in r.json()["error"]
    pending = new_cluster(client, num_workers=0)
    r = client.post("/api/1.2/contexts/create", json={"language": "python", "clusterId": pending})
    assert r.status_code == 400 and "ClusterNotReadyException" in r.json()["error"]
    mock.advance(300)
    client.post("/api/2.0/clusters/delete", json={"cluster_id": pending})
    mock.advance(60)
    r = client.post("/api/1.2/contexts/create", json={"language": "python", "clusterId": pending})
    assert r.status_code == 400 and "terminated" in r.json()["error"]
    r = client.post("/api/1.2/contexts/create", json={"language": "java", "clusterId": pending})
    assert r.status_code == 400 and set(r.json()) == {"error"}


def test_context_limit_per_cluster(client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
    for _ in range(150):
        assert client.post("/api/1.2/contexts/create", json={"language": "sql", "clusterId": cluster_id}).is_success
    r = client.post("/api/1.2/contexts/create", json={"language": "sql", "clusterId": cluster_id})
    assert r.status_code == 400 and "Too many execution contexts" in r.json()["error"]


def test_unknown_ids(client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
    context_id = new_context(client, mock, cluster_id)
    r = context_status(client, "0000-000000-nope", context_id)
    assert r.status_code == 400
    r = context_status(client, cluster_id, "123")
    assert r.status_code == 404
    r = client.get(
        "/api/1.2/commands/status", params={"clusterId": cluster_id, "contextId": context_id, "commandId": "9"}
    )
    assert r.status_code == 404 and "error" in r.json()
    assert cancel(client, cluster_id, context_id, "9").status_code == 404
    other = running_cluster(client, mock)
    assert context_status(client, other, context_id).status_code == 404  # the context is on another cluster


# --- commands, deterministic results ---------------------------------------------------------------------


def test_command_life_cycle_and_text_result(client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
    context_id = new_context(client, mock, cluster_id)
    command_id = execute(client, cluster_id, context_id, 'print("hello")')
    assert status(client, cluster_id, context_id, command_id) == {"id": command_id, "status": "Running"}
    mock.advance(2)
    assert status(client, cluster_id, context_id, command_id) == {
        "id": command_id,
        "status": "Finished",
        "results": {"resultType": "text", "data": "hello"},
    }
    # anything that is not literal prints gives empty text: the mock does not run code
    command_id = execute(client, cluster_id, context_id, "x = 1\nprint(x)")
    mock.advance(2)
    assert status(client, cluster_id, context_id, command_id)["results"] == {"resultType": "text", "data": ""}


def test_commands_of_a_context_run_in_order(client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
    context_id = new_context(client, mock, cluster_id)
    first = execute(client, cluster_id, context_id, 'print("1")')
    second = execute(client, cluster_id, context_id, 'print("2")')
    assert status(client, cluster_id, context_id, first)["status"] == "Running"
    assert status(client, cluster_id, context_id, second)["status"] == "Queued"
    mock.advance(2)
    assert status(client, cluster_id, context_id, first)["status"] == "Finished"
    assert status(client, cluster_id, context_id, second)["status"] == "Running"
    mock.advance(2)
    assert status(client, cluster_id, context_id, second)["results"]["data"] == "2"


@pytest.mark.parametrize(
    ("language", "command", "results"),
    [
        ("scala", 'println("Content Size Avg: 1234")', {"resultType": "text", "data": "Content Size Avg: 1234"}),
        ("scala", "sc.parallelize(1 to 10).collect", {"resultType": "text", "data": ""}),
        ("r", 'print("a")\ncat("b", 2)', {"resultType": "text", "data": '[1] "a"\nb 2'}),
        # \uXXXX escapes in Scala and R literals (printed "u00e9" before); a lone surrogate prints as U+FFFD
        ("scala", 'println("caf\\u00e9 \\ud800")', {"resultType": "text", "data": "caf\u00e9 \ufffd"}),
        ("r", 'cat("caf\\u00e9")', {"resultType": "text", "data": "caf\u00e9"}),
        (
            "sql",
            "SELECT 1 AS id, 'x' AS name",
            {
                "resultType": "table",
                "data": [[1, "x"]],
                "schema": [
                    {"name": "id", "type": '"integer"', "metadata": "{}"},
                    {"name": "name", "type": '"string"', "metadata": "{}"},
                ],
                "truncated": False,
                "isJsonSchema": True,
            },
        ),
        (
            "sql",
            "SHOW TABLES",
            {"resultType": "table", "data": [], "schema": [], "truncated": False, "isJsonSchema": True},
        ),
    ],
)
def test_results_by_language(
    client: httpx.Client, mock: MockServer, cluster_id: str, language: str, command: str, results: dict[str, Any]
) -> None:
    context_id = new_context(client, mock, cluster_id, language)
    command_id = execute(client, cluster_id, context_id, command, language)
    mock.advance(2)
    assert status(client, cluster_id, context_id, command_id) == {
        "id": command_id,
        "status": "Finished",
        "results": results,
    }


def test_python_syntax_error_is_an_error_result(client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
    context_id = new_context(client, mock, cluster_id)
    command_id = execute(client, cluster_id, context_id, 'print "old"')
    mock.advance(2)
    body = status(client, cluster_id, context_id, command_id)
    assert body["status"] == "Finished" and body["results"]["resultType"] == "error"
    assert body["results"]["summary"].startswith("SyntaxError: Missing parentheses")
    assert 'print "old"' in body["results"]["cause"]


def test_execute_rules(client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
    r = client.post("/api/1.2/contexts/create", json={"language": "python", "clusterId": cluster_id})
    context_id = r.json()["id"]
    base = {"language": "python", "clusterId": cluster_id, "contextId": context_id}
    r = client.post("/api/1.2/commands/execute", json={**base, "command": "1"})
    assert r.status_code == 400 and "Pending" in r.json()["error"]  # the context is not running yet
    mock.advance(5)
    r = client.post("/api/1.2/commands/execute", json=base)
    assert r.status_code == 400 and "command" in r.json()["error"]
    r = client.post("/api/1.2/commands/execute", json={**base, "command": "%run ./other"})
    assert r.status_code == 400 and "%run" in r.json()["error"]
    r = client.post("/api/1.2/commands/execute", json={**base, "contextId": "42", "command": "1"})
    assert r.status_code == 404
    assert mock.env.service("commands").contexts[context_id].commands == {}  # type: ignore[attr-defined]


def test_multipart_command_file(client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
    context_id = new_context(client, mock, cluster_id)
    r = client.post(
        "/api/1.2/commands/execute",
        data={"language": "python", "clusterId": cluster_id, "contextId": context_id},
        files={"command": ("job.py", b'print("from a file")', "text/x-python")},
    )
    assert r.status_code == 200, r.text
    mock.advance(2)
    assert status(client, cluster_id, context_id, r.json()["id"])["results"]["data"] == "from a file"
    r = client.post(
        "/api/1.2/commands/execute",
        data={"language": "python", "clusterId": cluster_id, "contextId": context_id, "command": 'print("field")'},
        files={"unused": ("x", b"", "text/plain")},
    )
    assert r.status_code == 200, r.text
    mock.advance(2)
    assert status(client, cluster_id, context_id, r.json()["id"])["results"]["data"] == "field"


def test_cancel(client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
    context_id = new_context(client, mock, cluster_id)
    running = execute(client, cluster_id, context_id, 'print("a")')
    queued = execute(client, cluster_id, context_id, 'print("b")')
    later = execute(client, cluster_id, context_id, 'print("c")')
    assert cancel(client, cluster_id, context_id, queued).json() == {"id": queued}
    assert status(client, cluster_id, context_id, queued) == {"id": queued, "status": "Cancelled"}
    assert cancel(client, cluster_id, context_id, running).status_code == 200
    assert status(client, cluster_id, context_id, running)["status"] == "Cancelling"
    mock.advance(1)
    assert status(client, cluster_id, context_id, running) == {"id": running, "status": "Cancelled"}
    assert status(client, cluster_id, context_id, later)["status"] == "Running"
    mock.advance(2)
    assert status(client, cluster_id, context_id, later)["status"] == "Finished"
    assert cancel(client, cluster_id, context_id, later).status_code == 200  # already ended: no change
    assert status(client, cluster_id, context_id, later)["status"] == "Finished"


def test_cluster_termination_fails_contexts_and_commands(
    client: httpx.Client, mock: MockServer, cluster_id: str
) -> None:
    context_id = new_context(client, mock, cluster_id)
    command_id = execute(client, cluster_id, context_id, 'print("never")')
    assert status(client, cluster_id, context_id, command_id)["status"] == "Running"
    client.post("/api/2.0/clusters/delete", json={"cluster_id": cluster_id})
    body = status(client, cluster_id, context_id, command_id)
    assert body["status"] == "Error" and body["results"]["resultType"] == "error"
    assert "terminating" in body["results"]["summary"]
    assert context_status(client, cluster_id, context_id).json()["status"] == "Error"
    mock.advance(60)
    assert status(client, cluster_id, context_id, command_id)["status"] == "Error"
    r = client.post(
        "/api/1.2/commands/execute",
        json={"language": "python", "clusterId": cluster_id, "contextId": context_id, "command": "1"},
    )
    assert r.status_code == 400


def test_destroy_cancels_unfinished_commands(client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
    context_id = new_context(client, mock, cluster_id)
    execute(client, cluster_id, context_id, 'print("a")')
    service = cast(CommandsService, mock.env.service("commands"))
    ctx = service.contexts[context_id]
    client.post("/api/1.2/contexts/destroy", json={"clusterId": cluster_id, "contextId": context_id})
    assert [c.status for c in ctx.commands.values()] == ["Cancelled"]
    mock.advance(10)
    assert [c.status for c in ctx.commands.values()] == ["Cancelled"]


@pytest.mark.parametrize(
    ("literal", "value", "spark_type", "name"),
    [
        ("1e5", 100000.0, "double", "100000.0"),
        ("1.5E2", 150.0, "double", "150.0"),
        ("1e10", 1e10, "double", "1.0E10"),
        ("2D", 2.0, "double", "2.0"),
        ("0.5F", 0.5, "float", "0.5"),
        ("7L", 7, "long", "7"),
        ("7S", 7, "short", "7"),
        ("7Y", 7, "byte", "7"),
        ("2147483648", 2147483648, "long", "2147483648"),
        ("12345678901234567890", 12345678901234567890, "decimal(20,0)", "12345678901234567890"),
        ("1.50", 1.5, "decimal(3,2)", "1.50"),
        ("3BD", 3, "decimal(1,0)", "3"),
    ],
)
def test_sql_numeric_literals_are_typed_like_spark(
    client: httpx.Client, mock: MockServer, cluster_id: str, literal: str, value: object, spark_type: str, name: str
) -> None:
    context_id = new_context(client, mock, cluster_id, "sql")
    command_id = execute(client, cluster_id, context_id, f"SELECT {literal}", "sql")
    mock.advance(2)
    results = status(client, cluster_id, context_id, command_id)["results"]
    assert results["data"] == [[value]]
    assert results["schema"] == [{"name": name, "type": f'"{spark_type}"', "metadata": "{}"}]


@pytest.mark.parametrize(
    ("literal", "message"),
    [
        ("9" * 5000, "Decimal precision 5000 exceeds max precision 38"),  # past Python's 4300-digit int limit
        ("9" * 39, "Decimal precision 39 exceeds max precision 38"),
        ("1e400", "Numeric literal 1e400 does not fit in range"),
        ("300Y", "Numeric literal 300 does not fit in range [-128, 127] for type tinyint"),
    ],
)
def test_sql_literals_spark_refuses_are_error_results_and_the_context_goes_on(
    client: httpx.Client, mock: MockServer, cluster_id: str, literal: str, message: str
) -> None:
    context_id = new_context(client, mock, cluster_id, "sql")
    refused = execute(client, cluster_id, context_id, f"SELECT {literal}", "sql")
    after = execute(client, cluster_id, context_id, "SELECT 1 AS one", "sql")
    mock.advance(5)
    got = status(client, cluster_id, context_id, refused)
    assert got["status"] == "Finished" and got["results"]["resultType"] == "error"
    assert message in got["results"]["summary"]
    assert status(client, cluster_id, context_id, after)["results"]["data"] == [[1]]


def test_a_word_after_a_number_is_not_an_alias(client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
    context_id = new_context(client, mock, cluster_id, "sql")
    glued = execute(client, cluster_id, context_id, "SELECT 1x", "sql")
    spaced = execute(client, cluster_id, context_id, "SELECT 1 e5", "sql")
    mock.advance(5)
    assert status(client, cluster_id, context_id, glued)["results"]["data"] == []
    assert status(client, cluster_id, context_id, spaced)["results"]["schema"][0]["name"] == "e5"


def test_a_command_whose_result_cannot_be_computed_ends_in_error_and_the_context_goes_on(
    client: httpx.Client, mock: MockServer, cluster_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug in the mock's result rules: the command is Error with the reason, the next command still runs, and the
    request that moved the clock past the failing step is answered normally."""
    from dbrest_mock.services import commands

    real = commands.fixed_result

    def fixed_result(language: str, command: str) -> dict[str, Any]:
        if command == "boom":
            raise OverflowError("the rules broke")
        return real(language, command)

    monkeypatch.setattr(commands, "fixed_result", fixed_result)
    context_id = new_context(client, mock, cluster_id)
    failing = execute(client, cluster_id, context_id, "boom")
    after = execute(client, cluster_id, context_id, 'print("after")')
    mock.advance(2)
    got = status(client, cluster_id, context_id, failing)
    assert got["status"] == "Error" and "OverflowError: the rules broke" in got["results"]["summary"]
    mock.advance(2)
    assert status(client, cluster_id, context_id, after) == {
        "id": after,
        "status": "Finished",
        "results": {"resultType": "text", "data": "after"},
    }


# --- opt-in Python evaluation ------------------------------------------------------------------------------


class TestPythonEvaluation:
    @pytest.fixture
    def mock_config(self) -> MockConfig:
        return MockConfig(tokens={TOKEN: USER}, admins={USER}, validate_responses=True, execute_python=True)

    @staticmethod
    def service(mock: MockServer) -> CommandsService:
        return cast(CommandsService, mock.env.service("commands"))

    def run(
        self, client: httpx.Client, mock: MockServer, cluster_id: str, context_id: str, code: str
    ) -> dict[str, Any]:
        command_id = execute(client, cluster_id, context_id, code)
        self.service(mock).wait_for_command(command_id)
        return status(client, cluster_id, context_id, command_id)

    def interpreter_pid(self, client: httpx.Client, mock: MockServer, cluster_id: str, context_id: str) -> int:
        """The process id of the context's Python interpreter, as a command run in it reports it."""
        body = self.run(client, mock, cluster_id, context_id, "import os\nprint(os.getpid())")
        assert body["status"] == "Finished", body
        pid = int(body["results"]["data"])
        assert _alive(pid)
        return pid

    def test_variables_persist_and_output_is_the_result(
        self, client: httpx.Client, mock: MockServer, cluster_id: str
    ) -> None:
        context_id = new_context(client, mock, cluster_id)
        body = self.run(client, mock, cluster_id, context_id, "x = 40\nprint('set', x)")
        assert body["status"] == "Finished" and body["results"] == {"resultType": "text", "data": "set 40"}
        body = self.run(client, mock, cluster_id, context_id, "x + 2")
        assert body["results"] == {"resultType": "text", "data": "42"}
        other = new_context(client, mock, cluster_id)
        body = self.run(client, mock, cluster_id, other, "print('x' in globals())")
        assert body["results"]["data"] == "False"  # contexts are isolated

    def test_exception_gives_an_error_result(self, client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
        context_id = new_context(client, mock, cluster_id)
        body = self.run(client, mock, cluster_id, context_id, "print('before')\nprint(y)")
        assert body["status"] == "Finished"
        results = body["results"]
        assert results["resultType"] == "error"
        assert results["summary"] == "NameError: name 'y' is not defined"
        assert results["cause"].startswith("Traceback (most recent call last):") and "print(y)" in results["cause"]
        body = self.run(client, mock, cluster_id, context_id, "1 / 0")
        assert body["results"]["summary"] == "ZeroDivisionError: division by zero"

    def test_cancel_kills_the_subprocess(self, client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
        context_id = new_context(client, mock, cluster_id)
        pid = self.interpreter_pid(client, mock, cluster_id, context_id)
        command_id = execute(client, cluster_id, context_id, "import time\ntime.sleep(60)")
        assert status(client, cluster_id, context_id, command_id)["status"] == "Running"
        assert cancel(client, cluster_id, context_id, command_id).status_code == 200
        assert status(client, cluster_id, context_id, command_id)["status"] == "Cancelling"
        assert _gone_within(pid)
        mock.advance(1)
        assert status(client, cluster_id, context_id, command_id) == {"id": command_id, "status": "Cancelled"}
        # the next command gets a fresh interpreter
        body = self.run(client, mock, cluster_id, context_id, "print('x' in globals())")
        assert body["results"]["data"] == "False"

    def test_timeout_and_destroy(self, client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
        context_id = new_context(client, mock, cluster_id)
        self.service(mock).python_timeout = 0.5
        body = self.run(client, mock, cluster_id, context_id, "while True:\n    pass")
        assert body["status"] == "Error" and body["results"]["summary"].startswith("TimeoutError")
        self.service(mock).python_timeout = 30
        body = self.run(client, mock, cluster_id, context_id, "print(6 * 7)")
        assert body["results"]["data"] == "42"
        pid = self.interpreter_pid(client, mock, cluster_id, context_id)
        client.post("/api/1.2/contexts/destroy", json={"clusterId": cluster_id, "contextId": context_id})
        assert _gone_within(pid)

    def test_other_languages_stay_deterministic(self, client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
        context_id = new_context(client, mock, cluster_id, "sql")
        command_id = execute(client, cluster_id, context_id, "SELECT 1", "sql")
        mock.advance(2)
        assert status(client, cluster_id, context_id, command_id)["results"]["data"] == [[1]]
        assert self.service(mock).contexts[context_id].repl is None


# --- processes a command starts die with its REPL ------------------------------------------------------------

SPAWN_CHILD = 'import subprocess\nchild = subprocess.Popen(["sleep", "60"])\nprint(child.pid)'


def _alive(pid: int) -> bool:
    """Whether ``pid`` is a live process (a zombie waiting for its reaper counts as dead)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False
    except OSError:  # no /proc: ask the kernel
        import os

        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True


def _gone_within(pid: int, seconds: float = 10.0) -> bool:
    """Poll until ``pid`` is gone or the deadline passes (a bounded wait, no fixed sleep)."""
    import time

    deadline = time.monotonic() + seconds
    while _alive(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


@pytest.mark.skipif(not hasattr(__import__("os"), "killpg"), reason="process groups are POSIX")
class TestChildProcessesDieWithTheRepl:
    """A 1.2 command under execute_python may start processes of its own; Databricks' REPL restart or context
    destroy takes the whole driver-side process tree with it, so the mock kills the REPL's process group."""

    @pytest.fixture
    def mock_config(self) -> MockConfig:
        return MockConfig(tokens={TOKEN: USER}, admins={USER}, validate_responses=True, execute_python=True)

    def spawn(self, client: httpx.Client, mock: MockServer, cluster_id: str, context_id: str) -> int:
        command_id = execute(client, cluster_id, context_id, SPAWN_CHILD)
        cast(CommandsService, mock.env.service("commands")).wait_for_command(command_id)
        body = status(client, cluster_id, context_id, command_id)
        assert body["status"] == "Finished" and body["results"]["resultType"] == "text", body
        pid = int(body["results"]["data"])
        assert _alive(pid)
        return pid

    @pytest.mark.parametrize("how", ["reset", "stop", "destroy", "cancel", "timeout", "cluster delete"])
    def test_the_child_of_a_command_is_killed(
        self, client: httpx.Client, mock: MockServer, cluster_id: str, how: str
    ) -> None:
        context_id = new_context(client, mock, cluster_id)
        pid = self.spawn(client, mock, cluster_id, context_id)
        svc = cast(CommandsService, mock.env.service("commands"))
        if how == "reset":
            mock.reset()
        elif how == "stop":
            mock.stop()
        elif how == "destroy":
            r = client.post("/api/1.2/contexts/destroy", json={"clusterId": cluster_id, "contextId": context_id})
            assert r.status_code == 200, r.text
        elif how == "cancel":
            command_id = execute(client, cluster_id, context_id, "import time\ntime.sleep(60)")
            assert cancel(client, cluster_id, context_id, command_id).status_code == 200
        elif how == "timeout":
            svc.python_timeout = 0.5
            command_id = execute(client, cluster_id, context_id, "while True:\n    pass")
            assert svc.wait_for_command(command_id) == "Error"
        else:
            r = client.post("/api/2.0/clusters/permanent-delete", json={"cluster_id": cluster_id})
            assert r.status_code == 200, r.text
        assert _gone_within(pid), f"the command's child {pid} survived {how}"

    def test_a_child_that_outlives_a_crashed_repl_is_killed(
        self, client: httpx.Client, mock: MockServer, cluster_id: str
    ) -> None:
        context_id = new_context(client, mock, cluster_id)
        pid = self.spawn(client, mock, cluster_id, context_id)
        command_id = execute(client, cluster_id, context_id, "import os\nos._exit(3)")
        cast(CommandsService, mock.env.service("commands")).wait_for_command(command_id)
        assert _gone_within(pid), "the child of a REPL that exited survived it"

    @pytest.mark.skipif(not __import__("os").path.isdir("/proc/self"), reason="walks /proc")
    @pytest.mark.parametrize("how", ["reset", "destroy", "timeout"])
    def test_a_child_in_a_session_of_its_own_is_killed_too(
        self, client: httpx.Client, mock: MockServer, cluster_id: str, how: str
    ) -> None:
        """A child that left the REPL's process group (setsid) is still the REPL's child while the REPL lives."""
        context_id = new_context(client, mock, cluster_id)
        code = (
            "import subprocess\n"
            'a = subprocess.Popen(["sleep", "60"], start_new_session=True)\n'
            'b = subprocess.Popen(["sh", "-c", "sleep 60 & wait"], start_new_session=True)\n'
            "print(a.pid, b.pid)"
        )
        svc = cast(CommandsService, mock.env.service("commands"))
        command_id = execute(client, cluster_id, context_id, code)
        svc.wait_for_command(command_id)
        pids = [int(p) for p in status(client, cluster_id, context_id, command_id)["results"]["data"].split()]
        assert all(_alive(p) for p in pids)
        if how == "reset":
            mock.reset()
        elif how == "destroy":
            client.post("/api/1.2/contexts/destroy", json={"clusterId": cluster_id, "contextId": context_id})
        else:
            svc.python_timeout = 0.5
            assert svc.wait_for_command(execute(client, cluster_id, context_id, "while True:\n    pass")) == "Error"
        assert all(_gone_within(p) for p in pids), f"survived {how}: {[p for p in pids if _alive(p)]}"


SCRIPT_THAT_NEVER_STOPS_ITS_MOCK = """
import httpx
from dbrest_mock import MockConfig, MockServer

mock = MockServer(MockConfig(durations="instant", execute_python=True))
c = httpx.Client(base_url="http://mock", transport=mock.transport(), headers={"Authorization": "Bearer " + mock.token})
spec = {"cluster_name": "c", "spark_version": "7.3.x-scala2.12", "node_type_id": "Standard_D3_v2", "num_workers": 1}
cluster = c.post("/api/2.0/clusters/create", json=spec).json()["cluster_id"]
mock.advance(1)
ctx = c.post("/api/1.2/contexts/create", json={"language": "python", "clusterId": cluster}).json()["id"]
mock.advance(1)
code = 'import subprocess\\nprint(subprocess.Popen(["sleep", "60"]).pid)'
cmd = c.post("/api/1.2/commands/execute", json={"language": "python", "clusterId": cluster, "contextId": ctx,
                                                 "command": code}).json()["id"]
mock.env.service("commands").wait_for_command(cmd)
q = {"clusterId": cluster, "contextId": ctx, "commandId": cmd}
print(c.get("/api/1.2/commands/status", params=q).json()["results"]["data"], flush=True)
"""


@pytest.mark.skipif(not hasattr(__import__("os"), "killpg"), reason="process groups are POSIX")
def test_a_mock_that_is_never_stopped_takes_its_repls_children_with_it_at_exit() -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", SCRIPT_THAT_NEVER_STOPS_ITS_MOCK],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    pid = int(done.stdout.strip())
    assert _gone_within(pid), f"the command's child {pid} outlived the process that ran the mock"


def test_uniformly_indented_code_is_dedented(client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
    # databricks-sdk's dbutils proxy (databricks/sdk/dbutils.py, _ProxyCall.__call__) sends an indented
    # triple-quoted block; Databricks strips the common indentation, or that proxy could never work.
    context_id = new_context(client, mock, cluster_id)
    code = '\n        print("one")\n        print("two")\n        '
    command_id = execute(client, cluster_id, context_id, code)
    mock.advance(2)
    assert status(client, cluster_id, context_id, command_id)["results"] == {"resultType": "text", "data": "one\ntwo"}
    # Indentation that is not common to every line is still an error, as Python says.
    command_id = execute(client, cluster_id, context_id, 'print("a")\n    print("b")')
    mock.advance(2)
    assert status(client, cluster_id, context_id, command_id)["results"]["resultType"] == "error"

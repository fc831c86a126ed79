"""The commands generated from the spec: `dbrest SERVICE OPERATION --help` for every operation, a real call per
service against the mock, flags merged into --json, --all following pages, JSON or table output."""

from __future__ import annotations

import inspect
import json
import re
from pathlib import Path

import httpx
import pytest
from dbrest import Workspace
from dbrest.cli.generated import method_of
from dbrest.cli.spec_index import operations
from dbrest_mock import MockServer

from tests.overlays import test_cli
from tests.overlays.test_cli import TOKEN, run

served, env = test_cli.served, test_cli.env  # the shared fixtures

ALL = [(service, name) for service, ops in operations().items() for name in ops]


def test_every_operation_of_the_spec_is_a_command() -> None:
    doc_ops = {op.operation_id for ops in operations().values() for op in ops.values()}
    spec = json.loads(Path("generated/dbrest_client/openapi.json").read_text(encoding="utf-8"))
    in_spec = {op["operationId"] for item in spec["paths"].values() for op in item.values() if isinstance(op, dict)}
    assert doc_ops == in_spec
    runs = operations()["runs"]
    assert {"list", "get", "submit", "cancel", "get-output"} <= set(runs)
    assert runs["list"].operation_id == "jobsRunsList"  # the databricks CLI's `runs` family: Jobs 2.2 runs/*


def test_all_is_offered_where_the_spec_states_paging() -> None:
    """`--all` follows the spec's x-dbrest-paging through the generated iterator it names: every list the spec
    pages has it (SCIM and repos included), an operation answered whole has none (`jobs get` merges its 2.2 pages
    itself), and each named iterator exists on the service the command calls."""
    spec = json.loads(Path("generated/dbrest_client/openapi.json").read_text(encoding="utf-8"))
    stated = {
        op["operationId"]: op["x-dbrest-paging"]
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "x-dbrest-paging" in op
    }
    commands = {op.operation_id: op for ops in operations().values() for op in ops.values()}
    paged = {op_id for op_id, op in commands.items() if op.paging}
    assert paged == {op_id for op_id, paging in stated.items() if paging["style"] != "inner"}
    assert {"scimUsersList", "reposList", "clusters20Events"} <= paged and "jobsGet" not in paged
    ws = Workspace(host="https://adb-1.2.azuredatabricks.net", token="dapi-x")
    for op_id in paged:
        op = commands[op_id]
        assert op.paging is not None and op.paging.iterator == stated[op_id]["method"]
        assert callable(getattr(getattr(ws, op.attribute), op.paging.iterator)), op_id


def _scim_users(served: MockServer, n: int) -> set[str]:
    names = {f"user{i}@example.com" for i in range(n)}
    for name in names:
        r = httpx.post(
            f"{served.url}/api/2.0/preview/scim/v2/Users",
            headers={"Authorization": f"Bearer {TOKEN}"},
            json={"userName": name},
        )
        assert r.status_code == 201, r.text
    return names


def test_all_reads_scim_pages_through_the_library_iterator(
    capsys: pytest.CaptureFixture[str], served: MockServer
) -> None:
    names = _scim_users(served, 3)
    code, out, err = run(capsys, "scim", "users-list", "--count", "1")
    assert code == 0 and len(json.loads(out)["Resources"]) == 1, err  # one page
    code, out, err = run(capsys, "scim", "users-list", "--count", "1", "--all")  # startIndex and totalResults
    listed = [u["userName"] for u in json.loads(out)["Resources"]]
    assert code == 0 and names <= set(listed) and len(listed) == len(set(listed)), err
    code, out, err = run(capsys, "repos", "list", "--all")  # next_page_token in the request too
    assert code == 0 and json.loads(out) == {"repos": []}, err


def test_all_starts_at_the_first_page(capsys: pytest.CaptureFixture[str], served: MockServer) -> None:
    code, out, err = run(capsys, "jobs21", "list", "--offset", "2", "--all")
    assert (
        code == 2 and out == "" and err.startswith("Error: --all reads every page from the first: leave out --offset")
    )
    code, _, err = run(capsys, "runs", "list", "--page-token", "abc", "--all")
    assert code == 2 and "leave out --page-token" in err


def test_an_option_is_never_taken_from_its_prefix(capsys: pytest.CaptureFixture[str]) -> None:
    """argparse takes an unambiguous prefix of an option by default: `--all` on a command that does not page would
    then mean --allow-insecure-http. The CLI's parsers refuse prefixes."""
    code, _, err = run(capsys, "clusters20", "list", "--all")
    assert code == 2 and "unrecognized arguments: --all" in err
    code, _, err = run(capsys, "fs", "ls", "/", "--allow")
    assert code == 2 and "unrecognized arguments: --allow" in err


@pytest.mark.parametrize(("service", "name"), ALL, ids=[f"{s} {n}" for s, n in ALL])
def test_help_of_every_operation(capsys: pytest.CaptureFixture[str], service: str, name: str) -> None:
    code, out, err = run(capsys, service, name, "--help")
    assert code == 0, err
    assert out.startswith(f"usage: dbrest {service} {name}")
    assert "examples:\n  dbrest " in out and "exit codes: 0 ok" in " ".join(out.split())


def test_every_operation_calls_a_client_method_that_takes_its_fields() -> None:
    """What the generated commands call: ws.<service>.<method>, with the parameters as keywords and the body as
    body= (where an overlay replaced the method with other arguments, the generated facade's own)."""
    ws = Workspace(host="https://adb-1.2.azuredatabricks.net", token="dapi-x")
    for service, ops in operations().items():
        for op in ops.values():
            method = method_of(ws, op)
            in_path = set(re.findall(r"{(\w+)}", op.path))
            assert in_path <= {f.name for f in op.fields if f.where == "path" and f.required}, (service, op.name)
            accepted = inspect.signature(method).parameters
            for f in op.fields:
                if f.where != "body":
                    assert f.keyword in accepted, (service, op.name, f.name)
            if op.body[1]:
                assert "body" in accepted, (service, op.name)


#: A representative call per service (the mock starts empty: reads of lists, or a create where a read needs one).
CALLS: dict[str, list[str]] = {
    "clusters": ["clusters", "spark-versions"],
    "clusters20": ["clusters20", "list"],
    "cluster-policies": ["cluster-policies", "list"],
    "instance-pools": ["instance-pools", "list"],
    "instance-profiles": ["instance-profiles", "list"],
    "policy-families": ["policy-families", "list", "--all"],
    "libraries": ["libraries", "all-cluster-statuses"],
    "dbfs": ["dbfs", "get-status", "/"],
    "workspace": ["workspace", "get-status", "/"],
    "jobs20": ["jobs20", "list"],
    "jobs": ["jobs", "create", "--name", "generated", "--max-concurrent-runs", "2"],
    "jobs21": ["jobs21", "list"],
    "secrets": ["secrets", "scopes-create", "team"],
    "token": ["token", "list"],
    "token-management": ["token-management", "list"],
    "groups": ["groups", "create", "data-eng"],
    "scim": ["scim", "me-get"],
    "permissions": ["permissions", "get-levels", "authorization", "tokens"],
    "global-init-scripts": ["global-init-scripts", "list"],
    "ip-access-lists": ["ip-access-lists", "list"],
    "workspace-conf": ["workspace-conf", "get", "--keys", "enableIpAccessLists"],
    "repos": ["repos", "list", "--all"],
    "git-credentials": ["git-credentials", "list"],
    "contexts": ["contexts", "status", "--cluster-id", "0000-000000-nope", "--context-id", "1"],
    "commands": ["commands", "status", "--cluster-id", "0000-000000-nope", "--context-id", "1", "--command-id", "1"],
    "runs": ["runs", "list", "--all"],
}


def test_a_call_per_service_is_covered() -> None:
    assert set(CALLS) == set(operations())


@pytest.mark.parametrize("service", sorted(CALLS))
def test_a_real_call_per_service(capsys: pytest.CaptureFixture[str], service: str) -> None:
    argv = CALLS[service]
    code, out, err = run(capsys, *argv)
    if service in ("contexts", "commands"):
        # 1.2 needs a running cluster: the call went out and came back as the API's one-line error
        assert code == 1 and out == "" and err.startswith("Error: HTTP 400: Cluster 0000-000000-nope"), err
        return
    assert code == 0, err
    answer = json.loads(out)  # JSON: stdout is not a terminal
    assert isinstance(answer, dict | list)


def test_flags_are_merged_into_the_json_body_and_win(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    body = tmp_path / "job.json"
    body.write_text(json.dumps({"name": "from-file", "max_concurrent_runs": 1, "tags": {"team": "x"}}))
    code, out, err = run(capsys, "jobs", "create", "--json", f"@{body}", "--name", "from-flag")
    assert code == 0, err
    job_id = json.loads(out)["job_id"]
    code, out, _ = run(capsys, "jobs", "get", str(job_id), "-o", "json")
    settings = json.loads(out)["settings"]
    assert (
        settings["name"] == "from-flag" and settings["tags"] == {"team": "x"} and settings["max_concurrent_runs"] == 1
    )


def test_a_required_field_as_a_positional_or_as_its_flag(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "secrets", "scopes-create", "one")[0] == 0
    assert run(capsys, "secrets", "scopes-create", "--scope", "two")[0] == 0
    code, out, _ = run(capsys, "secrets", "scopes-list")
    assert {s["name"] for s in json.loads(out)["scopes"]} == {"one", "two"}
    code, _, err = run(capsys, "secrets", "scopes-create", "three", "--scope", "four")
    assert code == 2 and "given twice" in err
    code, _, err = run(capsys, "dbfs", "get-status")
    assert code == 2 and err.startswith("Error: missing path: give it as an argument (or --path)")


def test_a_bad_value_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "jobs", "create", "--max-concurrent-runs", "many")
    assert code == 2 and "invalid int value: 'many'" in err
    code, _, err = run(capsys, "jobs", "create", "--json", '{"tasks": "x"}')
    assert code == 2 and err.startswith("Error: the JSON body does not fit JobsCreateRequest: tasks must be an array")


def _jobs(served: MockServer, n: int) -> list[int]:
    ids = []
    for i in range(n):
        r = httpx.post(
            f"{served.url}/api/2.2/jobs/create", headers={"Authorization": f"Bearer {TOKEN}"}, json={"name": f"j{i}"}
        )
        assert r.status_code == 200, r.text
        ids.append(int(r.json()["job_id"]))
    return ids


def test_all_follows_the_pages(capsys: pytest.CaptureFixture[str], served: MockServer) -> None:
    ids = _jobs(served, 5)
    code, out, _ = run(capsys, "jobs21", "list", "--limit", "2")
    assert code == 0 and len(json.loads(out)["jobs"]) == 2  # one page
    code, out, err = run(capsys, "jobs21", "list", "--limit", "2", "--all")  # offset and has_more
    assert code == 0 and sorted(j["job_id"] for j in json.loads(out)["jobs"]) == sorted(ids), err
    code, out, err = run(capsys, "runs", "list", "--all")
    assert code == 0 and json.loads(out) == {"runs": []}, err


def test_table_output_with_api_names_and_local_times(
    capsys: pytest.CaptureFixture[str], served: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime
    import sys

    _jobs(served, 1)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)  # a terminal: a table by default
    code, out, _ = run(capsys, "jobs21", "list")
    header, row = out.splitlines()[:2]
    assert code == 0 and "job_id" in header.split() and "JOB_ID" not in header  # as the API spells it
    created = row.split()[header.split().index("created_time")]
    moment = datetime.datetime.fromisoformat(created)  # local ISO time, not epoch milliseconds
    assert moment.tzinfo is not None and moment.year >= 2000
    code, out, _ = run(capsys, "-o", "json", "jobs21", "list")
    assert code == 0 and isinstance(json.loads(out)["jobs"][0]["created_time"], int)  # JSON keeps the API's number


def test_all_follows_a_next_page_request_body(capsys: pytest.CaptureFixture[str], served: MockServer) -> None:
    """clusters events pages by handing back the next request (`next_page`); --all on 2.1 and 2.0 alike."""
    r = httpx.post(
        f"{served.url}/api/2.0/clusters/create",
        headers={"Authorization": f"Bearer {TOKEN}"},
        json={
            "cluster_name": "e",
            "spark_version": "13.3.x-scala2.12",
            "node_type_id": "Standard_DS3_v2",
            "num_workers": 1,
        },
    )
    cluster_id = r.json()["cluster_id"]
    code, out, err = run(capsys, "clusters", "events", cluster_id, "--limit", "500")
    whole = json.loads(out)["events"]
    assert code == 0 and len(whole) >= 2, (err, whole)
    for service in ("clusters", "clusters20"):
        code, out, err = run(capsys, service, "events", cluster_id, "--limit", "1", "--all")
        assert code == 0 and json.loads(out)["events"] == whole, err


def test_the_every_page_lists_take_the_operations_filters(
    capsys: pytest.CaptureFixture[str], served: MockServer
) -> None:
    """`dbrest jobs list` and `dbrest clusters list` read every page (as the databricks CLI's do) and keep the
    list operation's filters; the page-position flags go, since the reading starts at the first page."""
    _jobs(served, 3)
    named = httpx.post(
        f"{served.url}/api/2.2/jobs/create", headers={"Authorization": f"Bearer {TOKEN}"}, json={"name": "nightly"}
    ).json()["job_id"]
    code, out, err = run(capsys, "-o", "json", "jobs", "list", "--limit", "1")
    assert code == 0 and len(json.loads(out)) == 4, err  # every page, one job a page
    code, out, err = run(capsys, "-o", "json", "jobs", "list", "--name", "nightly")
    assert code == 0 and [j["job_id"] for j in json.loads(out)] == [named], err
    code, _, err = run(capsys, "jobs", "list", "--page-token", "x")
    assert code == 2 and "unrecognized arguments: --page-token" in err
    code, out, err = run(capsys, "-o", "json", "clusters", "list", "--filter-by-cluster-states", "RUNNING")
    assert code == 0 and json.loads(out) == [], err  # no cluster is running
    # the client's enums are open (a state added later is no parse failure), so the server judges the value
    code, _, err = run(capsys, "clusters", "list", "--filter-by-cluster-states", "RUNNNING")
    assert code == 1 and err.startswith("Error: HTTP 400 INVALID_PARAMETER_VALUE") and "'RUNNNING'" in err, err

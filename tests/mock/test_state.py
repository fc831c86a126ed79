"""State files: preload a mock from JSON or YAML (clusters, pools, jobs, DBFS files, notebooks, secrets, users,
groups), export the state to the same format, and load the export into a fresh mock with the same result."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from dbrest_mock import MockConfig, MockServer, StateError

from tests.mock.helpers import start_mock_cli

STATE: dict[str, Any] = {
    "users": [{"userName": "ana@example.com", "displayName": "Ana"}],
    "groups": [{"displayName": "data-eng", "members": ["ana@example.com"]}],
    "instance_pools": [{"instance_pool_name": "pool", "node_type_id": "Standard_DS3_v2"}],
    "clusters": [
        {
            "cluster_name": "up",
            "spark_version": "13.3.x-scala2.12",
            "node_type_id": "Standard_DS3_v2",
            "num_workers": 1,
        },
        {
            "cluster_name": "down",
            "spark_version": "13.3.x-scala2.12",
            "node_type_id": "Standard_DS3_v2",
            "num_workers": 2,
            "state": "TERMINATED",
        },
    ],
    "jobs": [
        {
            "name": "nightly",
            "tasks": [
                {
                    "task_key": "t",
                    "notebook_task": {"notebook_path": "/Users/ana@example.com/etl"},
                    "new_cluster": {
                        "spark_version": "13.3.x-scala2.12",
                        "node_type_id": "Standard_DS3_v2",
                        "num_workers": 1,
                    },
                }
            ],
        }
    ],
    "dbfs": {"/data/in.csv": "a,b\n1,2\n", "/data/blob.bin": {"base64": "AAEC/w=="}},
    "notebooks": {"/Users/ana@example.com/etl": {"language": "PYTHON", "content": "print('etl')"}},
    "secrets": {"app": {"password": "hunter2"}},
}


def api(mock: MockServer) -> httpx.Client:
    return httpx.Client(
        base_url="http://127.0.0.1", transport=mock.transport(), headers={"Authorization": f"Bearer {mock.token}"}
    )


def check_loaded(mock: MockServer) -> None:
    http = api(mock)
    clusters = {c["cluster_name"]: c["state"] for c in http.get("/api/2.0/clusters/list").json()["clusters"]}
    assert clusters == {"up": "RUNNING", "down": "TERMINATED"}
    assert [p["instance_pool_name"] for p in http.get("/api/2.0/instance-pools/list").json()["instance_pools"]] == [
        "pool"
    ]
    assert [j["settings"]["name"] for j in http.get("/api/2.1/jobs/list").json()["jobs"]] == ["nightly"]
    read = http.get("/api/2.0/dbfs/read", params={"path": "/data/blob.bin"}).json()
    assert read["data"] == "AAEC/w=="
    exported = http.get("/api/2.0/workspace/export", params={"path": "/Users/ana@example.com/etl", "format": "SOURCE"})
    assert "print('etl')" in __import__("base64").b64decode(exported.json()["content"]).decode()
    assert http.get("/api/2.0/secrets/list", params={"scope": "app"}).json()["secrets"][0]["key"] == "password"
    assert mock.env.services["secrets"].secret_value("app", "password") == b"hunter2"  # type: ignore[attr-defined]
    groups = http.get("/api/2.0/preview/scim/v2/Groups", params={"filter": 'displayName eq "data-eng"'}).json()
    assert [m["display"] for m in groups["Resources"][0]["members"]] == ["Ana"]


def test_a_dict_loads_through_the_api(tmp_path: Path) -> None:
    with MockServer(MockConfig(state=STATE)) as mock:
        assert len(mock.requests) == 0  # loading is not the code under test: nothing logged
        check_loaded(mock)


def test_export_then_load_gives_the_same_state_and_ids(tmp_path: Path) -> None:
    with MockServer() as first:
        first.load_state(STATE)
        exported = first.export_state(tmp_path / "state.json")
        ids = sorted(c["cluster_id"] for c in api(first).get("/api/2.0/clusters/list").json()["clusters"])
    assert json.loads((tmp_path / "state.json").read_text()) == exported
    assert exported["dbfs"] == STATE["dbfs"]
    assert exported["secrets"] == STATE["secrets"]
    assert exported["notebooks"]["/Users/ana@example.com/etl"]["language"] == "PYTHON"
    with MockServer(MockConfig(state=tmp_path / "state.json")) as second:
        check_loaded(second)
        assert sorted(c["cluster_id"] for c in api(second).get("/api/2.0/clusters/list").json()["clusters"]) == ids
        assert second.export_state() == exported


def test_yaml_files_load_and_export(tmp_path: Path) -> None:
    (tmp_path / "state.yaml").write_text(yaml.safe_dump(STATE))
    with MockServer(MockConfig(state=tmp_path / "state.yaml")) as mock:
        check_loaded(mock)
        mock.export_state(tmp_path / "out.yml")
    assert yaml.safe_load((tmp_path / "out.yml").read_text())["dbfs"]["/data/in.csv"] == "a,b\n1,2\n"


def test_the_state_comes_back_after_a_reset() -> None:
    with MockServer(MockConfig(state={"dbfs": {"/keep.txt": "kept"}})) as mock:
        http = api(mock)
        http.post("/api/2.0/dbfs/delete", json={"path": "/keep.txt"})
        assert (
            http.post("/__mock/reset", headers={"Content-Type": "application/json"}, content=b"{}").status_code == 200
        )
        assert http.get("/api/2.0/dbfs/get-status", params={"path": "/keep.txt"}).json()["file_size"] == 4


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ({"cluster": []}, "unknown state keys"),
        ({"clusters": {}}, "clusters must be a list"),
        ({"dbfs": {"/f": 3}}, "give its text"),
        ({"groups": [{"displayName": "g", "members": ["nobody@example.com"]}]}, "no user or group named"),
        ({"clusters": [{"cluster_name": "no version"}]}, "cannot load cluster"),
        ({"notebooks": {"/n": "print(1)"}}, "notebook /n"),
    ],
)
def test_a_bad_document_is_refused_with_what_to_fix(doc: dict[str, Any], message: str) -> None:
    with MockServer() as mock, pytest.raises(StateError, match=message):
        mock.load_state(doc)


def test_a_file_that_is_not_json(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text("{nope")
    with pytest.raises(StateError, match="not valid JSON"):
        MockServer(MockConfig(state=tmp_path / "bad.json"))
    (tmp_path / "list.json").write_text("[]")
    with pytest.raises(StateError, match="a state document is a mapping"):
        MockServer(MockConfig(state=tmp_path / "list.json"))


def test_the_cli_loads_a_state_file(tmp_path: Path) -> None:
    (tmp_path / "state.json").write_text(json.dumps({"dbfs": {"/cli.txt": "from the cli"}}))
    proc = start_mock_cli("--port", "0", "--state", str(tmp_path / "state.json"))
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        url = line.strip().rsplit(" ", 1)[-1]
        got = httpx.get(
            f"{url}/api/2.0/dbfs/get-status",
            params={"path": "/cli.txt"},
            headers={"Authorization": "Bearer dapi-mock-token"},
        )
        assert got.json()["file_size"] == len("from the cli")
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    bad = subprocess.run(
        [sys.executable, "-m", "dbrest_mock", "--port", "0", "--state", str(tmp_path / "missing.json")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 2 and "cannot load the state file" in bad.stderr


def test_mock_databricks_takes_a_state_file(tmp_path: Path) -> None:
    from dbrest_mock import mock_databricks

    (tmp_path / "state.json").write_text(json.dumps({"dbfs": {"/seed.txt": "seed"}}))
    with mock_databricks(state=tmp_path / "state.json") as mock:
        import dbrest

        assert dbrest.Workspace.from_env().dbfs.get_status(path="/seed.txt").file_size == 4
        assert mock.config.state == tmp_path / "state.json"


def test_an_export_loads_with_every_reference_pointing_where_it_pointed(tmp_path: Path) -> None:
    # Exports were sorted by name (jobs) and by id string (clusters: the letters before the counter are a hash of
    # it, so a tenth cluster sorted before the first), and held no ids: loading gave the objects other ids than
    # their references named, silently (a job "alpha" that ran job "zeta" ran itself after the round trip).
    spec = {"spark_version": "13.3.x-scala2.12", "node_type_id": "Standard_DS3_v2", "num_workers": 1}
    notebook = {"notebook_path": "/n"}
    with MockServer() as first:
        http = api(first)
        names = [f"c{i}" for i in range(10)]
        cluster_ids = {n: http.post("/api/2.1/clusters/create", json={**spec, "cluster_name": n}).json() for n in names}
        first.advance(7200)  # the pool and its cluster get ids of another moment than a fresh load gives them
        pool = http.post(
            "/api/2.0/instance-pools/create", json={"instance_pool_name": "p", "node_type_id": "Standard_DS3_v2"}
        )
        pool_id = pool.json()["instance_pool_id"]
        pooled = {
            "spark_version": "13.3.x-scala2.12",
            "instance_pool_id": pool_id,
            "num_workers": 1,
            "cluster_name": "pooled",
        }
        assert http.post("/api/2.1/clusters/create", json=pooled).status_code == 200

        def job(name: str, **task: Any) -> int:
            body = {"name": name, "tasks": [{"task_key": "t", **task}]}
            return int(http.post("/api/2.1/jobs/create", json=body).json()["job_id"])

        gone = job("gone", existing_cluster_id=cluster_ids["c0"]["cluster_id"], notebook_task=notebook)
        zeta = job("zeta", existing_cluster_id=cluster_ids["c0"]["cluster_id"], notebook_task=notebook)
        job("alpha", run_job_task={"job_id": zeta})
        early = job("early", run_job_task={"job_id": 0})
        late = job("late", existing_cluster_id=cluster_ids["c9"]["cluster_id"], notebook_task=notebook)
        settings = http.get("/api/2.1/jobs/get", params={"job_id": early}).json()["settings"]
        settings["tasks"][0]["run_job_task"]["job_id"] = late
        assert http.post("/api/2.1/jobs/reset", json={"job_id": early, "new_settings": settings}).status_code == 200
        assert http.post("/api/2.1/jobs/delete", json={"job_id": gone}).status_code == 200
        first.export_state(tmp_path / "state.json")
    with MockServer(MockConfig(state=tmp_path / "state.json")) as second:
        http = api(second)
        clusters = {c["cluster_id"]: c for c in http.get("/api/2.0/clusters/list").json()["clusters"]}
        pools = http.get("/api/2.0/instance-pools/list").json()["instance_pools"]
        by_name = {c["cluster_name"]: c for c in clusters.values()}
        assert by_name["pooled"]["instance_pool_id"] == pools[0]["instance_pool_id"]
        assert [by_name[n]["cluster_id"] for n in names] == [cluster_ids[n]["cluster_id"] for n in names]
        jobs = {
            j["settings"]["name"]: j
            for j in http.get("/api/2.1/jobs/list", params={"expand_tasks": True}).json()["jobs"]
        }
        ids = {j["job_id"]: name for name, j in jobs.items()}

        def task(name: str) -> dict[str, Any]:
            return dict(jobs[name]["settings"]["tasks"][0])

        assert clusters[task("zeta")["existing_cluster_id"]]["cluster_name"] == "c0"
        assert clusters[task("late")["existing_cluster_id"]]["cluster_name"] == "c9"
        assert ids[task("alpha")["run_job_task"]["job_id"]] == "zeta"
        assert ids[task("early")["run_job_task"]["job_id"]] == "late"


def test_clusters_on_a_policy_and_an_instance_profile_survive_the_round_trip(tmp_path: Path) -> None:
    # The export had neither policies nor instance profiles, so a cluster naming either could not be loaded
    # (StateError: "Cluster policy ... does not exist").
    arn = "arn:aws:iam::123456789012:instance-profile/etl"
    with MockServer() as first:
        http = api(first)
        assert http.post("/api/2.0/instance-profiles/add", json={"instance_profile_arn": arn}).status_code == 200
        create = "/api/2.0/policies/clusters/create"
        dropped = http.post(create, json={"name": "dropped"}).json()["policy_id"]
        rules = json.dumps({"custom_tags.team": {"type": "fixed", "value": "data"}})
        policy_id = http.post(create, json={"name": "etl", "definition": rules}).json()["policy_id"]
        assert http.post("/api/2.0/policies/clusters/delete", json={"policy_id": dropped}).status_code == 200
        spec = {"spark_version": "13.3.x-scala2.12", "node_type_id": "Standard_DS3_v2", "policy_id": policy_id}
        body = {**spec, "cluster_name": "governed", "aws_attributes": {"instance_profile_arn": arn}}
        assert http.post("/api/2.1/clusters/create", json=body).status_code == 200
        task = {"task_key": "t", "notebook_task": {"notebook_path": "/n"}, "new_cluster": spec}
        assert http.post("/api/2.1/jobs/create", json={"name": "j", "tasks": [task]}).status_code == 200
        first.export_state(tmp_path / "state.json")
    with MockServer(MockConfig(state=tmp_path / "state.json")) as second:
        http = api(second)
        (policy,) = http.get("/api/2.0/policies/clusters/list").json()["policies"]
        assert policy["name"] == "etl" and policy["policy_id"] != policy_id
        (cluster,) = http.get("/api/2.0/clusters/list").json()["clusters"]
        assert cluster["policy_id"] == policy["policy_id"] and cluster["custom_tags"] == {"team": "data"}
        assert cluster["aws_attributes"]["instance_profile_arn"] == arn
        (job,) = http.get("/api/2.1/jobs/list", params={"expand_tasks": True}).json()["jobs"]
        assert job["settings"]["tasks"][0]["new_cluster"]["policy_id"] == policy["policy_id"]


def test_a_group_is_exported_after_the_groups_that_are_its_members(tmp_path: Path) -> None:
    # Groups were exported in list order, so a group made before the group it later contained came first, and the
    # export could not be loaded ("no user or group named ... (list it first)").
    scim = "/api/2.0/preview/scim/v2/Groups"
    with MockServer() as first:
        http = api(first)
        outer = http.post(scim, json={"displayName": "outer"}).json()["id"]
        middle = http.post(scim, json={"displayName": "middle"}).json()["id"]
        inner = http.post(scim, json={"displayName": "inner"}).json()["id"]
        for parent, child in ((outer, middle), (middle, inner), (outer, inner)):
            op = {"op": "add", "path": "members", "value": [{"value": child}]}
            patch = {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [op]}
            assert http.patch(f"{scim}/{parent}", json=patch).status_code == 200
        exported = first.export_state(tmp_path / "state.json")
    order = [g["displayName"] for g in exported["groups"]]
    assert order.index("inner") < order.index("middle") < order.index("outer")
    with MockServer(MockConfig(state=tmp_path / "state.json")) as second:
        listed = api(second).get(scim, params={"filter": 'displayName eq "outer"'}).json()["Resources"][0]
        assert sorted(m["display"] for m in listed["members"]) == ["inner", "middle"]


def test_a_binary_secret_survives_the_round_trip(tmp_path: Path) -> None:
    # Exported as text with undecodable bytes replaced (U+FFFD): the loaded secret was another value.
    secret = b"\x00\xff\xfe key material"
    with MockServer() as first:
        http = api(first)
        assert http.post("/api/2.0/secrets/scopes/create", json={"scope": "app"}).status_code == 200
        put = {"scope": "app", "key": "bin", "bytes_value": __import__("base64").b64encode(secret).decode()}
        assert http.post("/api/2.0/secrets/put", json=put).status_code == 200
        first.export_state(tmp_path / "state.json")
    with MockServer(MockConfig(state=tmp_path / "state.json")) as second:
        assert second.env.services["secrets"].secret_value("app", "bin") == secret  # type: ignore[attr-defined]

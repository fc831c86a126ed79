"""Libraries in the mock: validation, install life cycle with the cluster, uninstall on restart (api-inventory
§1.4, §2.7)."""

from __future__ import annotations

from typing import Any

import httpx
from dbrest_mock import MockServer

from tests.mock.helpers import new_cluster as create_cluster

JAR = {"jar": "dbfs:/mnt/libraries/library.jar"}
PYPI = {"pypi": {"package": "simplejson==3.8.0"}}
MAVEN = {"maven": {"coordinates": "org.jsoup:jsoup:1.7.2", "exclusions": ["slf4j:slf4j"]}}


def new_cluster(client: httpx.Client, mock: MockServer, *, running: bool = True) -> str:
    # JAR's file exists (a jar that is not on DBFS fails to install: test_a_missing_jar_fails_to_install)
    assert client.post("/api/2.0/dbfs/put", json={"path": JAR["jar"], "overwrite": True}).status_code == 200
    cluster_id = create_cluster(client, cluster_name="libs")
    if running:
        mock.advance(300)
        assert cluster_state(client, cluster_id) == "RUNNING"
    return cluster_id


def cluster_state(client: httpx.Client, cluster_id: str) -> str:
    state: str = client.get("/api/2.0/clusters/get", params={"cluster_id": cluster_id}).json()["state"]
    return state


def statuses(client: httpx.Client, cluster_id: str) -> list[dict[str, Any]]:
    r = client.get("/api/2.0/libraries/cluster-status", params={"cluster_id": cluster_id})
    assert r.status_code == 200, r.text
    assert r.json()["cluster_id"] == cluster_id
    found: list[dict[str, Any]] = r.json().get("library_statuses", [])
    return found


def by_status(client: httpx.Client, cluster_id: str) -> list[tuple[str, str]]:
    return [(next(iter(s["library"])), s["status"]) for s in statuses(client, cluster_id)]


def install(client: httpx.Client, cluster_id: str, *libraries: dict[str, Any]) -> httpx.Response:
    return client.post("/api/2.0/libraries/install", json={"cluster_id": cluster_id, "libraries": list(libraries)})


def test_install_life_cycle_on_a_running_cluster(client: httpx.Client, mock: MockServer) -> None:
    cluster_id = new_cluster(client, mock)
    assert client.get("/api/2.0/libraries/cluster-status", params={"cluster_id": cluster_id}).json() == {
        "cluster_id": cluster_id
    }
    assert install(client, cluster_id, JAR, PYPI, MAVEN).json() == {}
    assert by_status(client, cluster_id) == [("jar", "PENDING"), ("pypi", "PENDING"), ("maven", "PENDING")]
    mock.advance(2)
    assert {s for _, s in by_status(client, cluster_id)} == {"RESOLVING"}
    mock.advance(5)
    entries = statuses(client, cluster_id)
    assert {e["status"] for e in entries} == {"INSTALLING"}
    assert entries[1]["messages"] == ["Successfully resolved package from PyPI"]
    assert "messages" not in entries[0]
    mock.advance(10)
    entries = statuses(client, cluster_id)
    assert {e["status"] for e in entries} == {"INSTALLED"}
    assert entries[2]["library"] == MAVEN and entries[0]["is_library_for_all_clusters"] is False
    # installing again adds nothing
    assert install(client, cluster_id, JAR).status_code == 200
    assert len(statuses(client, cluster_id)) == 3
    all_statuses = client.get("/api/2.0/libraries/all-cluster-statuses").json()["statuses"]
    assert [s["cluster_id"] for s in all_statuses] == [cluster_id]


def test_pending_until_the_cluster_runs_and_terminated_clusters_refuse(client: httpx.Client, mock: MockServer) -> None:
    cluster_id = new_cluster(client, mock, running=False)
    assert install(client, cluster_id, JAR).status_code == 200
    mock.advance(60)
    assert by_status(client, cluster_id) == [("jar", "PENDING")]
    mock.advance(240)  # the cluster is RUNNING now
    mock.advance(2 + 5 + 10)
    assert by_status(client, cluster_id) == [("jar", "INSTALLED")]

    client.post("/api/2.0/clusters/delete", json={"cluster_id": cluster_id})
    mock.advance(60)
    assert cluster_state(client, cluster_id) == "TERMINATED"
    assert by_status(client, cluster_id) == [("jar", "PENDING")]  # kept, installed again on start
    r = install(client, cluster_id, PYPI)
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_STATE"
    assert by_status(client, cluster_id) == [("jar", "PENDING")]
    client.post("/api/2.0/clusters/start", json={"cluster_id": cluster_id})
    mock.advance(300 + 17)
    assert by_status(client, cluster_id) == [("jar", "INSTALLED")]


def test_uninstall_takes_effect_on_restart(client: httpx.Client, mock: MockServer) -> None:
    cluster_id = new_cluster(client, mock)
    install(client, cluster_id, JAR, PYPI)
    mock.advance(17)
    r = client.post(
        "/api/2.0/libraries/uninstall",
        json={"cluster_id": cluster_id, "libraries": [JAR, {"whl": "dbfs:/not/installed-0.1-py3-none-any.whl"}]},
    )
    assert r.status_code == 200 and r.json() == {}
    assert by_status(client, cluster_id) == [("jar", "UNINSTALL_ON_RESTART"), ("pypi", "INSTALLED")]
    mock.advance(600)
    assert by_status(client, cluster_id) == [("jar", "UNINSTALL_ON_RESTART"), ("pypi", "INSTALLED")]
    assert client.post("/api/2.0/clusters/restart", json={"cluster_id": cluster_id}).status_code == 200
    mock.advance(1)
    assert by_status(client, cluster_id) == [("pypi", "PENDING")]
    mock.advance(120 + 17)
    assert by_status(client, cluster_id) == [("pypi", "INSTALLED")]


def test_reinstall_cancels_uninstall(client: httpx.Client, mock: MockServer) -> None:
    cluster_id = new_cluster(client, mock)
    install(client, cluster_id, JAR)
    mock.advance(17)
    client.post("/api/2.0/libraries/uninstall", json={"cluster_id": cluster_id, "libraries": [JAR]})
    install(client, cluster_id, JAR)
    assert by_status(client, cluster_id) == [("jar", "INSTALLED")]


def test_invalid_libraries_and_clusters(client: httpx.Client, mock: MockServer) -> None:
    cluster_id = new_cluster(client, mock)
    bad: list[dict[str, Any]] = [
        {},
        {"jar": "dbfs:/a.jar", "egg": "dbfs:/b.egg"},
        {"whl": "dbfs:/mnt/library.zip"},
        {"maven": {"coordinates": "org.jsoup:jsoup"}},
        {"pypi": {"package": " "}},
        {"cran": "ada"},  # the 2020 doc example's string form: the schema wants an object
        {"pypi": {"repo": "https://pypi.org/simple"}},
    ]
    for library in bad:
        r = install(client, cluster_id, JAR, library)
        assert r.status_code == 400 and r.json()["error_code"] in ("INVALID_PARAMETER_VALUE", "MALFORMED_REQUEST"), (
            library,
            r.text,
        )
    assert statuses(client, cluster_id) == []  # the valid JAR of a rejected request was not added
    assert install(client, cluster_id, {"whl": "dbfs:/mnt/wheels.wheelhouse.zip"}).status_code == 200
    for path, params in (
        ("/api/2.0/libraries/cluster-status", None),
        ("/api/2.0/libraries/install", [JAR]),
        ("/api/2.0/libraries/uninstall", [JAR]),
    ):
        if params is None:
            r = client.get(path, params={"cluster_id": "0000-000000-nope"})
        else:
            r = client.post(path, json={"cluster_id": "0000-000000-nope", "libraries": params})
        assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE", path
        assert "does not exist" in r.json()["message"]


def test_permanently_deleted_cluster_forgets_its_libraries(client: httpx.Client, mock: MockServer) -> None:
    cluster_id = new_cluster(client, mock)
    install(client, cluster_id, JAR)
    assert client.post("/api/2.0/clusters/permanent-delete", json={"cluster_id": cluster_id}).status_code == 200
    mock.advance(60)
    assert client.get("/api/2.0/libraries/all-cluster-statuses").json() == {}


def test_a_missing_jar_fails_to_install(client: httpx.Client, mock: MockServer) -> None:
    cluster_id = new_cluster(client, mock)
    missing = {"jar": "dbfs:/mnt/libraries/missing.jar"}
    elsewhere = {"jar": "s3://bucket/lib.jar"}  # cannot be checked: it resolves
    assert install(client, cluster_id, missing, elsewhere, JAR).status_code == 200
    mock.advance(2 + 5)
    by_lib = {s["library"]["jar"]: s for s in statuses(client, cluster_id)}
    assert by_lib["dbfs:/mnt/libraries/missing.jar"]["status"] == "FAILED"
    assert "java.io.FileNotFoundException: dbfs:/mnt/libraries/missing.jar" in by_lib[missing["jar"]]["messages"][0]
    mock.advance(10)
    by_lib = {s["library"]["jar"]: s["status"] for s in statuses(client, cluster_id)}
    assert by_lib == {missing["jar"]: "FAILED", elsewhere["jar"]: "INSTALLED", JAR["jar"]: "INSTALLED"}
    # once the file is there, a restart installs it
    assert client.post("/api/2.0/dbfs/put", json={"path": missing["jar"]}).status_code == 200
    assert client.post("/api/2.0/clusters/restart", json={"cluster_id": cluster_id}).status_code == 200
    mock.advance(600)
    assert {s["status"] for s in statuses(client, cluster_id)} == {"INSTALLED"}

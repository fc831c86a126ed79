"""mock.requests and GET /__mock/requests: what the code under test asked, bounded, with secrets elided."""

from __future__ import annotations

import base64

import httpx
import pytest
from dbrest_mock import MockConfig, MockServer

from tests.conftest import TOKEN, USER


def test_requests_are_logged_with_method_path_query_body_status_and_error_code(
    mock: MockServer, client: httpx.Client
) -> None:
    client.post("/api/2.0/dbfs/mkdirs", json={"path": "/logged"})
    client.get("/api/2.0/dbfs/get-status", params={"path": "/missing"})
    first, second = mock.requests
    assert (first.method, first.path, first.body, first.status, first.error_code) == (
        "POST",
        "/api/2.0/dbfs/mkdirs",
        {"path": "/logged"},
        200,
        None,
    )
    assert (second.method, second.query, second.body, second.status, second.error_code) == (
        "GET",
        {"path": "/missing"},
        None,
        404,
        "RESOURCE_DOES_NOT_EXIST",
    )
    assert str(second) == "GET /api/2.0/dbfs/get-status -> 404 RESOURCE_DOES_NOT_EXIST"


def test_secrets_and_contents_are_elided(mock: MockServer, client: httpx.Client) -> None:
    client.post("/api/2.0/secrets/scopes/create", json={"scope": "s"})
    client.post("/api/2.0/secrets/put", json={"scope": "s", "key": "k", "string_value": "hunter2"})
    data = base64.b64encode(b"secret file").decode()
    client.post("/api/2.0/dbfs/put", json={"path": "/f", "contents": data, "overwrite": True})
    logged = [r.body for r in mock.requests]
    assert logged[1] == {"scope": "s", "key": "k", "string_value": "<elided: 7 characters>"}
    assert logged[2]["contents"] == f"<elided: {len(data)} characters>"
    assert "hunter2" not in repr(mock.requests.all()) and data not in repr(mock.requests.all())


def test_filter_and_assertions(mock: MockServer, client: httpx.Client) -> None:
    client.post("/api/2.0/dbfs/mkdirs", json={"path": "/a"})
    client.post("/api/2.0/dbfs/mkdirs", json={"path": "/b"})
    client.get("/api/2.0/dbfs/list", params={"path": "/"})
    assert len(mock.requests.filter(path="/api/2.0/dbfs/*")) == 3
    assert len(mock.requests.filter(path="*/mkdirs", method="post")) == 2
    assert mock.requests.filter(method="DELETE") == []
    mock.requests.assert_called("/api/2.0/dbfs/mkdirs", times=2)
    mock.requests.assert_called("/api/2.0/dbfs/mkdirs", "POST", body={"path": "/b"}, times=1)
    mock.requests.assert_not_called("/api/2.0/dbfs/delete")
    with pytest.raises(AssertionError, match=r"expected 1 request\(s\) /api/2.0/dbfs/mkdirs, got 2"):
        mock.requests.assert_called("/api/2.0/dbfs/mkdirs", times=1)
    with pytest.raises(AssertionError, match=r"expected a request POST /api/2\.0/jobs/create; the mock served: "):
        mock.requests.assert_called("/api/2.0/jobs/create", "POST")
    with pytest.raises(AssertionError, match=r"expected no request GET /api/2\.0/dbfs/list, got 1"):
        mock.requests.assert_not_called("/api/2.0/dbfs/list", "GET")


@pytest.fixture
def mock_config() -> MockConfig:
    return MockConfig(tokens={TOKEN: USER}, admins={USER}, validate_responses=True, request_log_size=3)


def test_the_log_keeps_the_last_n_requests(mock: MockServer, client: httpx.Client) -> None:
    for name in "abcde":
        client.post("/api/2.0/dbfs/mkdirs", json={"path": f"/{name}"})
    assert [r.body["path"] for r in mock.requests] == ["/c", "/d", "/e"]


def test_the_control_api_is_not_logged_and_serves_the_log(mock: MockServer, client: httpx.Client) -> None:
    client.post("/api/2.0/dbfs/mkdirs", json={"path": "/x"})
    assert client.get("/__mock/requests", headers={"Authorization": "Bearer wrong"}).status_code == 401
    listed = client.get("/__mock/requests").json()["requests"]
    assert [(r["method"], r["path"], r["status"]) for r in listed] == [("POST", "/api/2.0/dbfs/mkdirs", 200)]
    assert client.delete("/__mock/requests").status_code == 200
    assert client.get("/__mock/requests").json() == {"requests": []}
    assert len(mock.requests) == 0


def test_reset_forgets_the_log(mock: MockServer, client: httpx.Client) -> None:
    client.post("/api/2.0/dbfs/mkdirs", json={"path": "/x"})
    mock.reset()
    assert list(mock.requests) == []


def test_a_dropped_connection_is_logged_with_status_0(mock: MockServer, client: httpx.Client) -> None:
    mock.add_fault(path="/api/2.0/dbfs/list", drop_connection=True, times=1)
    with pytest.raises(httpx.RemoteProtocolError):
        client.get("/api/2.0/dbfs/list", params={"path": "/"})
    assert [(r.path, r.status) for r in mock.requests] == [("/api/2.0/dbfs/list", 0)]


def test_a_size_of_zero_turns_the_log_off() -> None:
    with MockServer(MockConfig(request_log_size=0)) as mock:
        http = httpx.Client(
            base_url="http://127.0.0.1", transport=mock.transport(), headers={"Authorization": f"Bearer {mock.token}"}
        )
        http.post("/api/2.0/dbfs/mkdirs", json={"path": "/x"})
        assert len(mock.requests) == 0
    with pytest.raises(ValueError, match="request_log_size"):
        MockServer(MockConfig(request_log_size=-1))


def test_elision_reaches_nested_fields_and_lists() -> None:
    from dbrest_mock.requestlog import elide

    body = {
        "scope": "s",
        "items": [{"password": "p4ss", "name": "n"}],
        "git": {"personal_access_token": "ghp_x", "provider": "gitHub"},
        "content": None,
    }
    assert elide(body) == {
        "scope": "s",
        "items": [{"password": "<elided: 4 characters>", "name": "n"}],
        "git": {"personal_access_token": "<elided: 5 characters>", "provider": "gitHub"},
        "content": None,
    }


def test_a_secret_sent_as_a_list_or_object_is_elided_whole(mock: MockServer, client: httpx.Client) -> None:
    # Only scalar values were elided: the strings of a secret sent in a list stayed in the log (/__mock/requests).
    client.post("/api/2.0/secrets/scopes/create", json={"scope": "s"})
    r = client.post("/api/2.0/secrets/put", json={"scope": "s", "key": "k", "string_value": ["hunter2"]})
    assert r.status_code == 400
    r = client.post(
        "/api/2.0/git-credentials", json={"git_provider": "gitHub", "personal_access_token": {"t": "ghp_x"}}
    )
    assert r.status_code == 400
    logged = repr([entry.body for entry in mock.requests])
    assert "hunter2" not in logged and "ghp_x" not in logged
    assert "<elided: 11 characters>" in logged

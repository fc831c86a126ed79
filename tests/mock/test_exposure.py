"""What the mock exposes, and to whom (issue 14 items 7 and 8).

* Off loopback there is no default credential: serving on another address needs a token of your own, and
  ``execute_python`` (code run as the mock's user) needs an explicit ``allow_remote_code_execution``; the start
  warns about both.
* The control API (``/__mock/*``) takes a credential (one of the tokens, or the control token), JSON bodies only,
  and refuses a browser's cross-site request (Origin).
* Every route checks the Host header against the bound address, loopback names and the configured extra names,
  so a page that rebinds its DNS name to 127.0.0.1 cannot talk to the mock (DNS rebinding).
"""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from dbrest_mock import MockConfig, MockServer
from dbrest_mock.auth import DEFAULT_TOKEN, ExposureError
from dbrest_mock.clock import MANUAL_EPOCH

from tests.conftest import TOKEN, USER
from tests.mock.helpers import start_mock_cli

CONTROL_ROUTES = [
    ("GET", "/__mock/clock", None),
    ("POST", "/__mock/clock/advance", {"seconds": 3600}),
    ("POST", "/__mock/reset", {}),
    ("GET", "/__mock/faults", None),
    ("POST", "/__mock/faults", {"path": "/api/*", "delay_ms": 3_600_000}),
    ("DELETE", "/__mock/faults", None),
    ("GET", "/__mock/health", None),
]
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def served(mock: MockServer) -> Iterator[str]:
    yield mock.serve("127.0.0.1", 0)


def _port(url: str) -> str:
    return url.rsplit(":", 1)[1]


def state_is_intact(mock: MockServer, client: httpx.Client) -> None:
    """No fault was added, the clock did not move, and what was stored is still there."""
    assert mock.list_faults() == []
    assert mock.env.clock.now_ms() == int(MANUAL_EPOCH * 1000)
    assert client.get("/api/2.0/dbfs/get-status", params={"path": "/keep"}).status_code == 200


@pytest.fixture
def stored(mock: MockServer, client: httpx.Client) -> None:
    assert client.post("/api/2.0/dbfs/mkdirs", json={"path": "/keep"}).status_code == 200


# --- item 8: the control API takes a credential -------------------------------------------------------------


@pytest.mark.parametrize(("method", "path", "body"), CONTROL_ROUTES)
def test_the_control_api_needs_a_credential(
    served: str, mock: MockServer, client: httpx.Client, stored: None, method: str, path: str, body: Any
) -> None:
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic dG9rZW46d3Jvbmc="}):
        r = httpx.request(method, served + path, json=body, headers=headers)
        assert r.status_code == 401, (headers, r.text)
        assert r.json()["error_code"] == "UNAUTHENTICATED" and "Authorization" in r.json()["message"]
    state_is_intact(mock, client)
    # with the token it works
    r = httpx.request(method, served + path, json=body, headers=AUTH)
    assert r.status_code == 200, r.text


def test_the_reviewers_attack_is_refused(served: str, mock: MockServer, client: httpx.Client, stored: None) -> None:
    """A text/plain POST (a browser form or fetch needs no preflight for it) with a foreign Host: it installed a
    one-hour latency fault and wiped the state."""
    for path, body in (("/__mock/faults", b'{"path": "/api/*", "delay_ms": 3600000}'), ("/__mock/reset", b"{}")):
        r = httpx.post(served + path, content=body, headers={"Content-Type": "text/plain", "Host": "attacker.example"})
        assert r.status_code in (401, 403, 415), r.text
        assert set(r.json()) == {"error_code", "message"}
    state_is_intact(mock, client)


@pytest.mark.parametrize("ctype", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; b=x"])
def test_the_control_api_takes_json_only(
    served: str, mock: MockServer, client: httpx.Client, stored: None, ctype: str
) -> None:
    for path, body in (("/__mock/faults", b'{"path": "/api/*", "status": 503}'), ("/__mock/reset", b"{}")):
        r = httpx.post(served + path, content=body, headers={**AUTH, "Content-Type": ctype})
        assert r.status_code == 415 and "application/json" in r.json()["message"], r.text
    # no Content-Type at all on a body: still not JSON
    r = httpx.post(served + "/__mock/clock/advance", content=b'{"seconds": 5}', headers=AUTH)
    assert r.status_code == 415, r.text
    state_is_intact(mock, client)
    r = httpx.post(
        served + "/__mock/faults",
        content=b'{"path": "/x", "status": 503}',
        headers={**AUTH, "Content-Type": "application/json; charset=utf-8"},
    )
    assert r.status_code == 200, r.text


@pytest.mark.parametrize("origin", ["https://attacker.example", "null", "http://127.0.0.1.attacker.example:80"])
def test_a_cross_site_browser_request_is_refused_on_the_control_api(
    served: str, mock: MockServer, client: httpx.Client, stored: None, origin: str
) -> None:
    r = httpx.post(served + "/__mock/reset", json={}, headers={**AUTH, "Origin": origin})
    assert r.status_code == 403 and r.json()["error_code"] == "PERMISSION_DENIED", r.text
    r = httpx.post(served + "/__mock/reset", json={}, headers={**AUTH, "Sec-Fetch-Site": "cross-site"})
    assert r.status_code == 403, r.text
    state_is_intact(mock, client)
    # a page served by the mock's own origin may
    assert httpx.get(served + "/__mock/clock", headers={**AUTH, "Origin": served}).status_code == 200


def test_a_control_token_opens_the_control_api_only() -> None:
    config = MockConfig(tokens={TOKEN: USER}, control_token="ctl-secret")
    with MockServer(config) as mock:
        url = mock.serve("127.0.0.1", 0)
        ctl = {"Authorization": "Bearer ctl-secret"}
        assert httpx.post(url + "/__mock/clock/advance", json={"seconds": 1}, headers=ctl).status_code == 200
        assert httpx.get(url + "/__mock/faults", headers={"Authorization": "Basic dG9rZW46Y3RsLXNlY3JldA=="}).is_success
        r = httpx.get(url + "/api/2.0/dbfs/list", params={"path": "/"}, headers=ctl)
        assert r.status_code == 401
        # the API tokens still work on the control API
        assert httpx.get(url + "/__mock/clock", headers=AUTH).status_code == 200


def test_the_python_controls_need_no_credential(mock: MockServer) -> None:
    """MockServer.advance/reset/add_fault run in the test's own process: nothing to authenticate."""
    mock.add_fault(path="/api/*", status=503)
    assert len(mock.list_faults()) == 1
    mock.reset()
    assert mock.list_faults() == []


# --- item 8: Host checks on every route (DNS rebinding) ------------------------------------------------------


@pytest.mark.parametrize(
    "path", ["/api/2.0/dbfs/list?path=/", "/api/1.2/contexts/status?clusterId=x&contextId=y", "/__mock/clock"]
)
# 0.0.0.0: the address pages used to reach local services ("0.0.0.0 day"); this mock listens on 127.0.0.1 only.
@pytest.mark.parametrize(
    "host", ["attacker.example", "attacker.example:{port}", "127.0.0.1.nip.io:{port}", "mock", "0.0.0.0:{port}"]
)
def test_a_foreign_host_is_refused_on_every_route(served: str, path: str, host: str) -> None:
    r = httpx.get(served + path, headers={**AUTH, "Host": host.format(port=_port(served))})
    assert r.status_code == 403, r.text
    body = r.json()
    if path.startswith("/api/1.2/"):
        assert "is not an address of this mock" in body["error"]
    else:
        assert body["error_code"] == "PERMISSION_DENIED" and "allowed_hosts" in body["message"]


@pytest.mark.parametrize("host", ["127.0.0.1:{port}", "localhost:{port}", "LOCALHOST", "[::1]:{port}", "127.0.0.1"])
def test_the_bound_address_and_loopback_names_are_accepted(served: str, host: str) -> None:
    r = httpx.get(
        served + "/api/2.0/dbfs/list", params={"path": "/"}, headers={**AUTH, "Host": host.format(port=_port(served))}
    )
    assert r.status_code == 200, r.text


def test_configured_host_names_are_accepted() -> None:
    config = MockConfig(tokens={TOKEN: USER}, allowed_hosts={"workspace.example"})
    with MockServer(config) as mock:
        url = mock.serve("127.0.0.1", 0)
        r = httpx.get(url + "/api/2.0/dbfs/list", params={"path": "/"}, headers={**AUTH, "Host": "workspace.example"})
        assert r.status_code == 200, r.text
        r = httpx.get(url + "/api/2.0/dbfs/list", params={"path": "/"}, headers={**AUTH, "Host": "other.example"})
        assert r.status_code == 403


def test_the_in_process_transport_checks_the_host_too(mock: MockServer) -> None:
    """In-process the "bound address" is the URL's host: a Host header naming another is refused likewise."""
    with httpx.Client(base_url="http://mock", transport=mock.transport(), headers=AUTH) as c:
        assert c.get("/api/2.0/dbfs/list", params={"path": "/"}).status_code == 200
        r = c.get("/api/2.0/dbfs/list", params={"path": "/"}, headers={"Host": "attacker.example"})
        assert r.status_code == 403


# --- item 7: no default credential and no remote code execution off loopback --------------------------------


def _run_cli(*args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    """``python -m dbrest_mock ARGS`` that must refuse to start: it exits by itself (killed after ``timeout``)."""
    try:
        return subprocess.run(
            [sys.executable, "-m", "dbrest_mock", *args], capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"the mock started and served instead of refusing: {exc.stdout!r}")


@pytest.mark.parametrize("host", ["0.0.0.0", "::"])
def test_the_command_line_refuses_a_non_loopback_address_without_a_token(host: str) -> None:
    done = _run_cli("--host", host, "--port", "0")
    assert done.returncode == 2 and "listening on" not in done.stdout
    assert "--token" in done.stderr and "default" in done.stderr, done.stderr


def test_the_command_line_refuses_remote_code_execution_without_saying_so() -> None:
    done = _run_cli("--host", "0.0.0.0", "--port", "0", "--token", "a-secret-of-mine", "--execute-python")
    assert done.returncode == 2 and "listening on" not in done.stdout
    assert "--allow-remote-code-execution" in done.stderr, done.stderr


def test_the_command_line_warns_about_both_when_allowed() -> None:
    args = ["--host", "0.0.0.0", "--port", "0", "--token", "a-secret-of-mine"]
    proc = start_mock_cli(*args, "--execute-python", "--allow-remote-code-execution")
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("dbrest_mock listening on http://0.0.0.0:"), line
        url = "http://127.0.0.1:" + line.strip().rsplit(":", 1)[1]
        assert httpx.get(url + "/api/2.0/dbfs/list", params={"path": "/"}).status_code == 401
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=10)
    text = " ".join(err.split())
    assert "reachable from other machines" in text and "--token" in text, err
    assert "--execute-python" in text and "run code" in text, err


def test_loopback_keeps_the_documented_default() -> None:
    from dbrest_mock.__main__ import build_parser, config_from_args

    config = config_from_args(build_parser().parse_args(["--execute-python"]))
    with MockServer(config) as mock:
        assert mock.serve("127.0.0.1", 0).startswith("http://127.0.0.1:")


@pytest.mark.parametrize("host", ["0.0.0.0", "::"])
def test_mock_server_refuses_the_default_token_off_loopback(host: str) -> None:
    with MockServer(MockConfig()) as mock, pytest.raises(ExposureError, match="token"):
        mock.serve(host, 0)
    assert mock.url is None


def test_mock_server_refuses_remote_code_execution_unless_allowed(caplog: pytest.LogCaptureFixture) -> None:
    config = MockConfig(tokens={"a-secret-of-mine": USER}, execute_python=True)
    with MockServer(config) as mock, pytest.raises(ExposureError, match="allow_remote_code_execution"):
        mock.serve("0.0.0.0", 0)
    config = MockConfig(tokens={"a-secret-of-mine": USER}, execute_python=True, allow_remote_code_execution=True)
    with caplog.at_level(logging.WARNING, logger="dbrest_mock"), MockServer(config) as mock:
        assert mock.serve("0.0.0.0", 0).startswith("http://0.0.0.0:")
    text = " ".join(r.getMessage() for r in caplog.records if r.name == "dbrest_mock")
    assert "reachable from other machines" in text and "execute_python" in text, text


def test_mock_server_refuses_a_default_control_token_off_loopback() -> None:
    config = MockConfig(tokens={"a-secret-of-mine": USER}, control_token=DEFAULT_TOKEN)
    with MockServer(config) as mock, pytest.raises(ExposureError):
        mock.serve("0.0.0.0", 0)


def test_the_control_api_takes_same_origin_only(served: str) -> None:
    """Another port of localhost is another origin (another local app's page)."""
    port = int(_port(served))
    for origin in (f"http://localhost:{port + 1}", f"http://127.0.0.1:{port + 1}", "http://127.0.0.1"):
        r = httpx.get(served + "/__mock/clock", headers={**AUTH, "Origin": origin})
        assert r.status_code == 403, (origin, r.text)
    r = httpx.get(
        served + "/__mock/clock", headers={**AUTH, "Origin": f"http://localhost:{port}", "Host": f"localhost:{port}"}
    )
    assert r.status_code == 200, r.text


def _list_via(config: MockConfig, base_url: str, headers: dict[str, str]) -> httpx.Response:
    with MockServer(config) as mock, httpx.Client(base_url=base_url, transport=mock.transport(), headers=headers) as c:
        return c.get("/api/2.0/dbfs/list", params={"path": "/"})


def test_a_request_arriving_off_loopback_is_refused_with_the_default_token() -> None:
    """The ASGI app served off loopback by another server (uvicorn.run(mock.app, host="0.0.0.0")): requests that
    arrive on a network address get the same refusal that MockServer.serve gives at start."""
    default = {"Authorization": f"Bearer {DEFAULT_TOKEN}"}
    r = _list_via(MockConfig(), "http://10.1.2.3:8080", default)
    assert r.status_code == 403 and "default token" in r.json()["message"], r.text
    assert _list_via(MockConfig(), "http://127.0.0.1:8080", default).status_code == 200
    r = _list_via(MockConfig(tokens={TOKEN: USER}, execute_python=True), "http://10.1.2.3:8080", AUTH)
    assert r.status_code == 403 and "allow-remote-code-execution" in r.json()["message"], r.text
    assert _list_via(MockConfig(tokens={TOKEN: USER}), "http://10.1.2.3:8080", AUTH).status_code == 200


def test_dbrest_mock_serve_applies_the_same_rules() -> None:
    """`dbrest mock serve --bind 0.0.0.0` runs the mock's own command line."""
    code = "import sys, dbrest.cli; sys.exit(dbrest.cli.main())"
    done = subprocess.run(
        [sys.executable, "-c", code, "mock", "serve", "--bind", "0.0.0.0", "--port", "0"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2 and "--token" in done.stderr, done.stderr


def test_a_mock_on_the_wildcard_address_answers_to_the_url_it_printed() -> None:
    """Served on 0.0.0.0 it prints http://0.0.0.0:PORT; a client using that URL sends Host 0.0.0.0:PORT."""
    with MockServer(MockConfig(tokens={TOKEN: USER})) as mock:
        url = mock.serve("0.0.0.0", 0)
        port = _port(url)
        loop = f"http://127.0.0.1:{port}/api/2.0/dbfs/list"
        r = httpx.get(loop, params={"path": "/"}, headers={**AUTH, "Host": f"0.0.0.0:{port}"})
        assert r.status_code == 200, r.text
        r = httpx.get(loop, params={"path": "/"}, headers={**AUTH, "Host": f"attacker.example:{port}"})
        assert r.status_code == 403, r.text


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.3.4.5", True),
        ("localhost", True),
        ("LocalHost.", True),
        ("::1", True),
        ("[::1]", True),
        ("::ffff:127.0.0.1", True),  # an IPv4 peer on a dual-stack socket
        ("0.0.0.0", False),
        ("::", False),
        ("", False),  # every interface
        ("10.0.0.1", False),
        ("localhost.attacker.example", False),
    ],
)
def test_what_counts_as_loopback(host: str, loopback: bool) -> None:
    from dbrest_mock.auth import is_loopback

    assert is_loopback(host) is loopback


def test_the_command_line_options_reach_the_config() -> None:
    from dbrest_mock.__main__ import build_parser, config_from_args

    args = ["--allowed-host", "a.example", "--allowed-host", "b.example", "--control-token", "ctl"]
    config = config_from_args(build_parser().parse_args([*args, "--allow-remote-code-execution"]))
    assert config.allowed_hosts == {"a.example", "b.example"} and config.control_token == "ctl"
    assert config.allow_remote_code_execution is True
    config = config_from_args(build_parser().parse_args([]))
    assert (config.allowed_hosts, config.control_token, config.allow_remote_code_execution) == (set(), None, False)

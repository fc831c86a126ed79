"""Proxies: HTTP(S)_PROXY / ALL_PROXY / NO_PROXY from the environment are honoured as httpx (and requests, hence
databricks-sdk) honour them, and ``Workspace(proxy=...)`` names one explicitly. Tested through a real forwarding
proxy on loopback: plain http is forwarded in absolute form, https goes through a CONNECT tunnel whose request
carries no credentials."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
from collections.abc import Iterator

import dbrest
import httpx
import pytest
from dbrest.proxies import ProxyRouter
from dbrest_mock.pytest_plugin import DatabricksMock

from tests.overlays.http_servers import LoopbackServer, read_head
from tests.overlays.test_connect_errors import self_signed_server  # noqa: F401  (fixture)
from tests.overlays.test_transport import FakeAsyncClock, FakeClock

PROXY_VARS = ["HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"]


def _pipe(src: socket.socket, dst: socket.socket) -> None:
    try:
        while data := src.recv(65536):
            dst.sendall(data)
    except OSError:
        pass
    finally:
        for s in (src, dst):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)


class ForwardingProxy(LoopbackServer):
    """A small HTTP proxy: absolute-form requests are forwarded (one per connection, the upstream told to close),
    CONNECT opens a tunnel. ``seen`` holds every request head it received in clear text."""

    def __init__(self) -> None:
        self.seen: list[bytes] = []
        self.threads: list[threading.Thread] = []
        super().__init__()

    def handle(self, conn: socket.socket) -> None:
        t = threading.Thread(target=self.forward, args=(conn,), daemon=True)
        t.start()
        self.threads.append(t)

    def forward(self, client: socket.socket) -> None:
        client.settimeout(5)
        try:
            head = read_head(client)
            self.seen.append(head)
            line = head.split(b"\r\n", 1)[0].decode("latin-1")
            method, target, _ = line.split(" ", 2)
            if method == "CONNECT":
                host, port = target.rsplit(":", 1)
                upstream = socket.create_connection((host, int(port)), timeout=5)
                client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            else:
                rest = target.split("://", 1)[1]
                hostport, _, path = rest.partition("/")
                host, port = hostport.rsplit(":", 1)
                upstream = socket.create_connection((host, int(port)), timeout=5)
                headers = head.split(b"\r\n\r\n", 1)
                lines = [f"{method} /{path} HTTP/1.1".encode()] + [
                    h for h in headers[0].split(b"\r\n")[1:] if not h.lower().startswith(b"connection:")
                ]
                upstream.sendall(b"\r\n".join([*lines, b"Connection: close"]) + b"\r\n\r\n" + headers[1])
            relay = threading.Thread(target=_pipe, args=(upstream, client), daemon=True)
            relay.start()
            _pipe(client, upstream)
            relay.join(timeout=5)
        except (OSError, ValueError):
            pass
        finally:
            client.close()

    def close(self) -> None:
        self.stop.set()
        for t in self.threads:
            t.join(timeout=5)
        super().close()


@pytest.fixture
def proxy(monkeypatch: pytest.MonkeyPatch) -> Iterator[ForwardingProxy]:
    for name in PROXY_VARS:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    p = ForwardingProxy()
    yield p
    p.close()


def _through(proxy: ForwardingProxy, path: str) -> list[bytes]:
    return [h for h in proxy.seen if path.encode() in h.split(b"\r\n", 1)[0]]


def test_http_proxy_from_the_environment_is_used(
    proxy: ForwardingProxy, databricks_mock: DatabricksMock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    ws = dbrest.Workspace(host=databricks_mock.url, token=databricks_mock.token, clock=FakeClock())
    assert ws.dbfs.get_status(path="/").is_dir
    assert _through(proxy, "/api/2.0/dbfs/get-status"), proxy.seen


def test_no_proxy_sends_the_host_direct(
    proxy: ForwardingProxy, databricks_mock: DatabricksMock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("http_proxy", proxy.url)
    monkeypatch.setenv("no_proxy", "example.com,127.0.0.1")
    ws = dbrest.Workspace(host=databricks_mock.url, token=databricks_mock.token, clock=FakeClock())
    assert ws.dbfs.get_status(path="/").is_dir
    assert proxy.seen == []


def test_the_proxy_argument_wins_and_async_honours_the_environment(
    proxy: ForwardingProxy, databricks_mock: DatabricksMock, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = dbrest.Workspace(host=databricks_mock.url, token=databricks_mock.token, proxy=proxy.url, clock=FakeClock())
    assert ws.clusters.list() is not None
    assert _through(proxy, "/api/2.1/clusters/list")

    monkeypatch.setenv("ALL_PROXY", proxy.url)

    async def main() -> None:
        async with dbrest.AsyncWorkspace(
            host=databricks_mock.url, token=databricks_mock.token, clock=FakeAsyncClock()
        ) as aws:
            await aws.dbfs.get_status(path="/")

    asyncio.run(main())
    assert _through(proxy, "/api/2.0/dbfs/get-status")


def test_https_goes_through_a_connect_tunnel_that_carries_no_token(
    proxy: ForwardingProxy,
    self_signed_server: int,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    token = "dapi-never-to-the-proxy"
    ws = dbrest.Workspace(host=f"https://127.0.0.1:{self_signed_server}", token=token, clock=FakeClock())
    with pytest.raises(dbrest.CertificateError):  # the tunnel reached the server: its certificate was checked
        ws.clusters.list()
    assert proxy.seen and all(h.startswith(b"CONNECT 127.0.0.1:") for h in proxy.seen)
    assert not any(token.encode() in h or b"authorization" in h.lower() for h in proxy.seen)


def test_a_proxy_that_refuses_is_a_typed_error_naming_the_proxy_not_its_password(
    proxy: ForwardingProxy, closed_port: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", f"http://user:proxy-secret@127.0.0.1:{closed_port}")
    ws = dbrest.Workspace(host="https://adb.example.com", token="dapi-x", clock=FakeClock())
    with pytest.raises(dbrest.NetworkError) as e:
        ws.clusters.list()
    assert "proxy-secret" not in str(e.value) and "dapi-x" not in str(e.value)
    assert "proxy" in str(e.value).lower()


@pytest.fixture
def closed_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port: int = s.getsockname()[1]
    s.close()
    return port


def test_the_proxy_argument_is_refused_without_a_usable_url() -> None:
    with pytest.raises(dbrest.ConfigurationError):
        dbrest.Workspace(host="https://adb.example.com", token="t", proxy="ftp://proxy:21")


@pytest.mark.parametrize("url", ["http://user:proxy-secret@127.0.0.1:bad", "http://user:proxy-secret@[::1"])
def test_a_proxy_url_httpx_cannot_parse_is_a_configuration_error_without_its_password(
    url: str, proxy: ForwardingProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    # It was a bare httpx.InvalidURL out of the first request (from the environment) or the constructor.
    monkeypatch.setenv("HTTPS_PROXY", url)
    ws = dbrest.Workspace(host="https://adb.example.com", token="dapi-x", clock=FakeClock())
    with pytest.raises(dbrest.ConfigurationError) as e:
        ws.clusters.list()
    assert "https_proxy" in str(e.value) and "proxy-secret" not in str(e.value)
    with pytest.raises(dbrest.ConfigurationError) as e:
        dbrest.Workspace(host="https://adb.example.com", token="dapi-x", proxy=url)
    assert "proxy=..." in str(e.value) and "proxy-secret" not in str(e.value)


def test_a_loopback_host_never_goes_through_a_proxy_on_another_machine(
    proxy: ForwardingProxy, databricks_mock: DatabricksMock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # That proxy's loopback is not this machine's (the request could never reach the mock), and plain http would
    # hand it the token in clear; a proxy on this machine still serves loopback hosts (the tests above).
    monkeypatch.setenv("HTTP_PROXY", "http://user:pw@proxy.invalid:3128")
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.invalid:3128")
    ws = dbrest.Workspace(host=databricks_mock.url, token=databricks_mock.token, clock=FakeClock())
    assert ws.dbfs.get_status(path="/").is_dir
    router = ProxyRouter()
    for target in ("http://localhost:8080/", "https://[::1]:8443/", "http://127.0.0.2/"):
        assert router.route(httpx.URL(target)) is None, target
    assert router.route(httpx.URL("https://adb.example.com/")) == "http://proxy.invalid:3128"
    monkeypatch.setenv("HTTP_PROXY", proxy.url)  # on this machine: used, as httpx would
    assert ProxyRouter().route(httpx.URL("http://127.0.0.1:8080/")) == proxy.url

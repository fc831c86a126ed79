"""Failures that repeating will not fix fail fast with a hint: a refused connection (wrong port, nothing
listening) gets one quick retry, a TLS failure (https against an http server, an untrusted certificate) and an
unresolvable name none. Real loopback sockets; the retry waits run on a fake clock, so counting them is exact.

The self-signed certificate in ``data/`` is a test fixture for ``localhost``/127.0.0.1 (valid until 2126), made
with ``openssl req -x509 -newkey rsa:2048 -nodes -days 36500``; it is trusted by nothing."""

from __future__ import annotations

import asyncio
import socket
import ssl
from collections.abc import Iterator
from pathlib import Path

import dbrest
import pytest
from dbrest_mock.pytest_plugin import DatabricksMock

from tests.overlays.http_servers import LoopbackServer, QuietHandler, serving
from tests.overlays.test_cli import run
from tests.overlays.test_transport import FakeAsyncClock, FakeClock

TOKEN = "dapi-connect-secret"
DATA = Path(__file__).parent / "data"


@pytest.fixture
def closed_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port: int = s.getsockname()[1]
    s.close()  # nothing listens there now: a connection is refused
    return port


class UntrustedTls(LoopbackServer):
    """A TLS server with a certificate no one trusts; it completes no handshake with a verifying client."""

    def __init__(self) -> None:
        self.ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.ctx.load_cert_chain(DATA / "selfsigned-cert.pem", DATA / "selfsigned-key.pem")
        super().__init__()

    def handle(self, conn: socket.socket) -> None:
        conn.settimeout(2)
        try:
            with self.ctx.wrap_socket(conn, server_side=True) as tls:
                tls.recv(1)
        except OSError:
            conn.close()


@pytest.fixture
def self_signed_server() -> Iterator[int]:
    """The port of an ``UntrustedTls`` server."""
    server = UntrustedTls()
    yield server.port
    server.close()


def test_a_refused_connection_gets_one_quick_retry_and_a_hint(closed_port: int) -> None:
    clock = FakeClock()
    ws = dbrest.Workspace(host=f"http://127.0.0.1:{closed_port}", token=TOKEN, clock=clock)
    with pytest.raises(dbrest.ConnectionRefused) as e:
        ws.clusters.list()
    assert len(clock.sleeps) <= 1 and sum(clock.sleeps) <= 1.0
    text = str(e.value)
    assert "http:// or https://" in text and "port" in text and "(GET /api/2.1/clusters/list)" in text
    assert TOKEN not in text and isinstance(e.value, dbrest.NetworkError)


def test_a_refused_connection_async(closed_port: int) -> None:
    clock = FakeAsyncClock()

    async def main() -> None:
        async with dbrest.AsyncWorkspace(host=f"http://127.0.0.1:{closed_port}", token=TOKEN, clock=clock) as aws:
            await aws.clusters.list()

    with pytest.raises(dbrest.ConnectionRefused):
        asyncio.run(main())
    assert len(clock.sleeps) <= 1 and sum(clock.sleeps) <= 1.0


def test_https_against_an_http_server_is_not_retried(databricks_mock: DatabricksMock) -> None:
    clock = FakeClock()
    host = databricks_mock.url.replace("http://", "https://")
    ws = dbrest.Workspace(host=host, token=TOKEN, clock=clock)
    with pytest.raises(dbrest.TLSError) as e:
        ws.dbfs.get_status(path="/")
    assert clock.sleeps == []
    assert "http:// or https://" in str(e.value) and "port" in str(e.value)


def test_https_against_an_http_server_async(databricks_mock: DatabricksMock) -> None:
    clock = FakeAsyncClock()
    host = databricks_mock.url.replace("http://", "https://")

    async def main() -> None:
        async with dbrest.AsyncWorkspace(host=host, token=TOKEN, clock=clock) as aws:
            await aws.dbfs.get_status(path="/")

    with pytest.raises(dbrest.TLSError):
        asyncio.run(main())
    assert clock.sleeps == []


def test_an_untrusted_certificate_is_not_retried_and_says_verify(self_signed_server: int) -> None:
    clock = FakeClock()
    ws = dbrest.Workspace(host=f"https://127.0.0.1:{self_signed_server}", token=TOKEN, clock=clock)
    with pytest.raises(dbrest.CertificateError) as e:
        ws.clusters.list()
    assert clock.sleeps == [] and isinstance(e.value, dbrest.TLSError)
    assert "verify=" in str(e.value) and "certificate" in str(e.value)


@pytest.fixture
def plain_http_server() -> Iterator[int]:
    """A quiet plain-http server (the mock's uvicorn would log the TLS hello it receives into the CLI's stderr)."""
    with serving(QuietHandler) as port:
        yield port


def test_the_cli_reports_a_tls_mismatch_at_once_with_the_hint(
    capsys: pytest.CaptureFixture[str], plain_http_server: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABRICKS_HOST", f"127.0.0.1:{plain_http_server}")  # no scheme: tried as https
    monkeypatch.setenv("DATABRICKS_TOKEN", TOKEN)
    monkeypatch.setenv("HOME", "/nonexistent")
    code, out, err = run(capsys, "clusters", "list")
    assert code == 1 and out == "" and err.startswith("Error: ")
    assert "http:// or https://" in err and "retried" not in err and TOKEN not in err


def test_the_cli_says_how_to_trust_a_certificate_in_its_own_words(
    capsys: pytest.CaptureFixture[str], self_signed_server: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABRICKS_HOST", f"https://127.0.0.1:{self_signed_server}")
    monkeypatch.setenv("DATABRICKS_TOKEN", TOKEN)
    monkeypatch.setenv("HOME", "/nonexistent")
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    code, _, err = run(capsys, "clusters", "list")
    assert code == 1 and "set SSL_CERT_FILE" in err and "verify=" not in err


def test_a_connect_timeout_is_tried_twice_not_eight_times() -> None:
    import httpx

    attempts: list[httpx.Request] = []

    def blackhole(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        raise httpx.ConnectTimeout("timed out", request=request)

    clock = FakeClock()
    ws = dbrest.Workspace(
        host="https://adb.example.com", token=TOKEN, clock=clock, transport=httpx.MockTransport(blackhole)
    )
    with pytest.raises(dbrest.RequestTimeout):
        ws.clusters.list()
    assert len(attempts) == 2 and len(clock.sleeps) == 1 and clock.sleeps[0] <= 1.0


def test_the_cli_reports_a_refused_connection_after_one_quick_retry(
    capsys: pytest.CaptureFixture[str], closed_port: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dbrest.transport

    slept: list[float] = []
    monkeypatch.setattr(dbrest.transport.time, "sleep", slept.append)  # the CLI's real clock, without waiting
    monkeypatch.setenv("DATABRICKS_HOST", f"http://127.0.0.1:{closed_port}")
    monkeypatch.setenv("DATABRICKS_TOKEN", TOKEN)
    monkeypatch.setenv("HOME", "/nonexistent")
    code, _, err = run(capsys, "-q", "clusters", "list")
    assert code == 1 and len(slept) <= 1 and sum(slept) <= 1.0
    assert "CONNECTION_REFUSED" in err and "http:// or https://" in err and "--host" in err and "host=" not in err


def test_a_dns_server_that_does_not_answer_gets_one_quick_retry() -> None:
    import httpx

    attempts: list[httpx.Request] = []

    def no_dns(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        try:
            raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")
        except socket.gaierror as exc:
            raise httpx.ConnectError(str(exc), request=request) from exc

    clock = FakeClock()
    ws = dbrest.Workspace(
        host="https://adb.example.com", token=TOKEN, clock=clock, transport=httpx.MockTransport(no_dns)
    )
    with pytest.raises(dbrest.HostNotFound) as e:
        ws.clusters.list()
    assert len(attempts) == 2 and clock.sleeps and sum(clock.sleeps) <= 1.0
    assert "check the host" in str(e.value)


@pytest.mark.parametrize("content", [None, b"not a certificate\n"])
def test_a_ca_bundle_that_cannot_be_loaded_is_a_configuration_error_naming_it(
    content: bytes | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # ssl's own errors ("[Errno 2] No such file or directory", "[X509: NO_CERTIFICATE_OR_CRL_FOUND]") named
    # neither the file nor the setting, and came out of the first request as a bare OSError / ssl.SSLError.
    bundle = tmp_path / "corp-ca.pem"
    if content is not None:
        bundle.write_bytes(content)
    for cls in (dbrest.Workspace, dbrest.AsyncWorkspace):
        with pytest.raises(dbrest.ConfigurationError) as e:
            cls(host="https://adb.example.com", token=TOKEN, verify=str(bundle))
        assert f"verify={str(bundle)!r}" in str(e.value) and "CA certificates" in str(e.value)
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))  # httpx's verify=True reads it, at the first request
    with pytest.raises(dbrest.ConfigurationError) as e:
        dbrest.Workspace(host="https://adb.example.com", token=TOKEN).clusters.list()
    assert f"SSL_CERT_FILE={str(bundle)!r}" in str(e.value)

    async def main() -> None:
        async with dbrest.AsyncWorkspace(host="https://adb.example.com", token=TOKEN) as aws:
            await aws.clusters.list()

    with pytest.raises(dbrest.ConfigurationError) as e:
        asyncio.run(main())
    assert f"SSL_CERT_FILE={str(bundle)!r}" in str(e.value)


def test_a_ca_bundle_path_is_given_to_httpx_as_a_context_not_the_deprecated_string(self_signed_server: int) -> None:
    # httpx 0.28 deprecates verify=<str>: every Workspace given a bundle warned. The bundle still decides: with the
    # server's own certificate (its CA) the handshake succeeds, and the server then hangs up (not a TLS error).
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        for cls, verify in ((dbrest.NetworkError, str(DATA / "selfsigned-cert.pem")), (dbrest.CertificateError, True)):
            ws = dbrest.Workspace(
                host=f"https://127.0.0.1:{self_signed_server}",
                token=TOKEN,
                verify=verify,
                clock=FakeClock(),
                retry=dbrest.RetryPolicy(retry_connection_errors=False),
            )
            with pytest.raises(dbrest.NetworkError) as e:
                ws.clusters.list()
            assert type(e.value) is cls, repr(e.value)

"""Credentials go only to the configured origin (scheme, host, port): through the services, the ``http`` escape
hatch, sync and async, and across redirects; one builder decides which headers a configuration sends."""

from __future__ import annotations

import asyncio
import socket

import dbrest
import httpx
import pytest

from tests.overlays.http_servers import LoopbackServer, read_head

TOKEN = "dapi-auth-secret"
AZURE = "azure-mgmt-secret"
CRED_HEADERS = ("authorization", "x-databricks-azure-sp-management-token")


class Recorder:
    def __init__(self, redirect_to: str | None = None) -> None:
        self.seen: list[httpx.Request] = []
        self.redirect_to = redirect_to

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        if self.redirect_to and request.url.host == "adb.example.com" and request.url.path == "/go":
            return httpx.Response(302, headers={"Location": self.redirect_to})
        return httpx.Response(200, json={})

    def creds(self, host: str) -> list[dict[str, str]]:
        return [
            {k: v for k, v in r.headers.items() if k.lower() in CRED_HEADERS or k.lower().startswith("x-databricks")}
            for r in self.seen
            if r.url.host == host
        ]


def sync_ws(rec: Recorder, **kw: object) -> dbrest.Workspace:
    return dbrest.Workspace(host="https://adb.example.com", transport=httpx.MockTransport(rec), **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example.com/api/2.0/clusters/list",
        "http://adb.example.com/api/2.0/clusters/list",  # same host, other scheme
        "https://adb.example.com:8443/api/2.0/clusters/list",  # same host, other port
        "https://adb.example.com.evil.example/x",
    ],
)
def test_the_http_escape_hatch_never_sends_credentials_to_another_origin(url: str) -> None:
    rec = Recorder()
    ws = sync_ws(rec, token=TOKEN, azure_sp_management_token=AZURE)
    ws.http.get(url)
    assert TOKEN not in str(rec.seen[-1].headers.raw) and AZURE not in str(rec.seen[-1].headers.raw)
    ws.http.get("/api/2.0/clusters/list")  # the configured origin, and its explicit default port, still get them
    ws.http.get("https://ADB.example.com:443/api/2.0/clusters/list")
    assert [h.get("authorization") for h in rec.creds("adb.example.com")][-2:] == [f"Bearer {TOKEN}"] * 2


def test_the_async_escape_hatch_never_sends_credentials_to_another_origin() -> None:
    rec = Recorder()

    async def main() -> None:
        async with dbrest.AsyncWorkspace(
            host="https://adb.example.com", token=TOKEN, transport=httpx.MockTransport(rec)
        ) as aws:
            http = aws.http
            await http.get("https://evil.example.com/x")
            await http.get("/api/2.0/clusters/list")

    asyncio.run(main())
    assert "authorization" not in rec.seen[0].headers
    assert rec.seen[1].headers["authorization"] == f"Bearer {TOKEN}"


@pytest.mark.parametrize("target", ["https://evil.example.com/landing", "http://adb.example.com/landing"])
def test_a_redirect_to_another_origin_carries_no_credential_header(target: str) -> None:
    rec = Recorder(redirect_to=target)
    ws = sync_ws(rec, token=TOKEN, azure_sp_management_token=AZURE)
    ws.http.get("/go", follow_redirects=True)
    first, landed = rec.seen
    assert first.headers["x-databricks-azure-sp-management-token"] == AZURE
    assert not {k.lower() for k in landed.headers} & set(CRED_HEADERS), landed.headers


def test_async_redirects_to_another_origin_carry_no_credential_header() -> None:
    rec = Recorder(redirect_to="https://evil.example.com/landing")

    async def main() -> None:
        async with dbrest.AsyncWorkspace(
            host="https://adb.example.com",
            token=TOKEN,
            azure_sp_management_token=AZURE,
            transport=httpx.MockTransport(rec),
        ) as aws:
            await aws.http.get("/go", follow_redirects=True)

    asyncio.run(main())
    assert not {k.lower() for k in rec.seen[1].headers} & set(CRED_HEADERS)


def test_basic_auth_never_sends_azure_headers_and_both_builders_agree() -> None:
    rec = Recorder()
    ws = sync_ws(rec, username="u", password="p", azure_sp_management_token=AZURE, azure_workspace_resource_id="/sub/x")
    ws.clusters.list()
    sent = rec.seen[-1].headers
    assert sent["authorization"].startswith("Basic ")
    assert not any(k.lower().startswith("x-databricks-azure") for k in sent)
    assert ws.config.auth_headers() == {"Authorization": sent["authorization"]}


def test_azure_headers_go_with_the_bearer_token_to_the_configured_host_only() -> None:
    rec = Recorder()
    ws = sync_ws(rec, token=TOKEN, azure_sp_management_token=AZURE, azure_workspace_resource_id="/sub/x")
    ws.clusters.list()
    sent = rec.seen[-1].headers
    assert sent["x-databricks-azure-sp-management-token"] == AZURE
    assert sent["x-databricks-azure-workspace-resource-id"] == "/sub/x"
    assert {k.lower(): v for k, v in ws.config.auth_headers().items()} == {
        k: sent[k]
        for k in ("authorization", "x-databricks-azure-sp-management-token", "x-databricks-azure-workspace-resource-id")
    }


def test_the_client_objects_do_not_show_the_token() -> None:
    ws = sync_ws(Recorder(), token=TOKEN)
    ws.clusters  # noqa: B018 - a service object too, among what the workspace holds
    for obj in (ws, ws.config, ws.http, ws.http.auth, *vars(ws).values()):
        assert TOKEN not in repr(obj)


def _echo(request: httpx.Request) -> httpx.Response:
    """A wrong host that echoes the request's headers back (an echo service, a debugging proxy)."""
    headers = dict(request.headers)
    if request.url.path.endswith("/get"):
        return httpx.Response(400, json={"error_code": "BAD_REQUEST", "message": f"you sent {headers}"})
    return httpx.Response(200, json=[headers])


@pytest.mark.parametrize("kw", [{"token": TOKEN}, {"username": "alice", "password": "s3cret-password"}])
def test_a_server_that_echoes_the_credentials_does_not_put_them_in_the_error(kw: dict[str, str]) -> None:
    ws = dbrest.Workspace(host="https://adb.example.com", transport=httpx.MockTransport(_echo), **kw)  # type: ignore[arg-type]
    secrets = [TOKEN, "s3cret-password", ws.config.auth_headers()["Authorization"].split(" ", 1)[1]]
    with pytest.raises(dbrest.UnexpectedResponse) as e:
        ws.clusters.list()
    assert not any(s in str(e.value) for s in secrets), str(e.value)
    with pytest.raises(dbrest.BadRequest) as e2:
        ws.clusters.get(cluster_id="x")
    assert "you sent" in str(e2.value) and not any(s in str(e2.value) for s in secrets), str(e2.value)


def test_credential_shaped_text_is_scrubbed_but_ordinary_words_stay() -> None:
    from dbrest.errors import scrub

    assert scrub("Basic authentication is disabled") == "Basic authentication is disabled"
    assert "dapi0123456789abcdef0123456789abcdef" not in scrub("token dapi0123456789abcdef0123456789abcdef-2 bad")
    assert scrub("Authorization: Bearer abcdefghijklmnopqrstuvwxyz012345") == "Authorization: Bearer ***"


def test_the_parse_failure_an_unexpected_response_is_raised_from_does_not_quote_the_credentials() -> None:
    # The error's text was scrubbed, but its __cause__ (``ValueError: {'x': 'dapi...'} is not a valid
    # ClusterState``) is printed with every traceback, the CLI's --debug one included.
    import traceback

    def echo_into_a_field(request: httpx.Request) -> httpx.Response:
        token = request.headers["authorization"].split(" ", 1)[1]
        return httpx.Response(200, json={"clusters": [{"cluster_id": "c", "state": {"echo": token}}]})

    ws = dbrest.Workspace(host="https://adb.example.com", token=TOKEN, transport=httpx.MockTransport(echo_into_a_field))
    with pytest.raises(dbrest.UnexpectedResponse) as e:
        ws.clusters.list()
    assert isinstance(e.value.__cause__, ValueError) and "ClusterState" in str(e.value.__cause__)
    assert TOKEN not in "".join(traceback.format_exception(e.value))


@pytest.mark.parametrize(
    "kw", [{"token": TOKEN, "azure_sp_management_token": AZURE}, {"username": "alice", "password": "s3cret-password"}]
)
def test_an_answer_an_overlay_parses_itself_is_scrubbed_of_the_credentials_its_request_carried(
    kw: dict[str, str],
) -> None:
    # parse_answer and decoded (the 1.2 command upload, DBFS reads) are given no list of the client's secrets: the
    # request's own credential headers name them.
    import base64

    from dbrest.errors import parse_answer

    def echo(request: httpx.Request) -> httpx.Response:
        sent = {k: v for k, v in request.headers.items() if k in CRED_HEADERS}
        basic = sent.get("authorization", "").removeprefix("Basic ")
        decoded = base64.b64decode(basic).decode() if basic != sent.get("authorization") else ""
        return httpx.Response(200, json={"echo": [*sent.values(), decoded], "id": 1})

    ws = dbrest.Workspace(host="https://adb.example.com", transport=httpx.MockTransport(echo), **kw)  # type: ignore[arg-type]
    with pytest.raises(dbrest.UnexpectedResponse) as e:
        parse_answer(ws.http.post("/api/1.2/commands/execute"), lambda body: int(body["id"]["not-an-int"]))
    assert not any(s in str(e.value) for s in (TOKEN, AZURE, "s3cret-password")), str(e.value)
    assert "echo" in str(e.value)


class _MangledEcho(LoopbackServer):
    """A wrong host that answers with the request's credential headers as malformed header lines (no colon): h11
    quotes such a line in its error, ``illegal header line: bytearray(b'...')``."""

    def handle(self, conn: socket.socket) -> None:
        with conn:
            head = read_head(conn)
            lines = [line.replace(b":", b"") for line in head.split(b"\r\n") if line.lower().startswith(b"authoriz")]
            lines += [
                line.replace(b":", b"") for line in head.split(b"\r\n") if line.lower().startswith(b"x-databricks")
            ]
            conn.sendall(b"HTTP/1.1 200 OK\r\n" + b"\r\n".join(lines) + b"\r\n\r\n")


def test_a_network_error_quoting_what_the_server_sent_does_not_show_the_credentials() -> None:
    import traceback

    server = _MangledEcho()
    try:
        ws = dbrest.Workspace(
            host=server.url,
            token=TOKEN,
            azure_sp_management_token=AZURE,
            retry=dbrest.RetryPolicy(retry_connection_errors=False),
        )
        with pytest.raises(dbrest.NetworkError) as e:
            ws.clusters.list()
    finally:
        server.close()
    assert "illegal header line" in str(e.value)
    shown = "".join(traceback.format_exception(e.value))
    assert TOKEN not in shown and AZURE not in shown, shown


def test_the_details_of_an_error_are_scrubbed_like_its_message() -> None:
    # details are kept on the error (and pickled with it): an echo of the headers there kept the token.
    def echo_in_details(request: httpx.Request) -> httpx.Response:
        sent = request.headers["authorization"]
        details = [{"@type": "type.googleapis.com/google.rpc.DebugInfo", "detail": f"headers: {sent}", "n": [sent]}]
        return httpx.Response(400, json={"error_code": "BAD_REQUEST", "message": "bad", "details": details})

    ws = dbrest.Workspace(host="https://adb.example.com", token=TOKEN, transport=httpx.MockTransport(echo_in_details))
    with pytest.raises(dbrest.BadRequest) as e:
        ws.clusters.get(cluster_id="c")
    assert TOKEN not in repr(vars(e.value)), vars(e.value)
    assert e.value.details[0]["@type"] == "type.googleapis.com/google.rpc.DebugInfo"
    assert e.value.details[0]["detail"].startswith("headers: Bearer ")

"""A 2xx/3xx answer that is not the API's (a sign-in page, an empty or truncated body, a wrong type, a JSON array,
an undocumented 204 or a redirect) raises one typed error, ``dbrest.UnexpectedResponse``, naming the status, the
content type, the request (method and path, no token) and an excerpt, with a hint; never a JSONDecodeError,
TypeError or the generated client's UnexpectedStatus. Sync, async and the CLI."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import dbrest
import httpx
import pytest

from tests.overlays.http_servers import QuietHandler, serving
from tests.overlays.test_cli import run

TOKEN = "dapi-unexpected-secret"
SIGN_IN = b"<!DOCTYPE html><html><head><title>Sign in to your account</title></head><body>...</body></html>"

CASES = [
    pytest.param(200, {"content-type": "text/html; charset=utf-8"}, SIGN_IN, "text/html", "sign-in", id="html"),
    pytest.param(200, {"content-type": "application/json"}, b"", "application/json", "", id="empty"),
    pytest.param(200, {"content-type": "application/json"}, b'{"clusters": [{"cluster_id": "a', "", "", id="truncated"),
    pytest.param(200, {"content-type": "application/json"}, b'{"clusters": "not-a-list"}', "", "", id="wrong-type"),
    pytest.param(200, {"content-type": "application/json"}, b"[]", "", "", id="array"),
    pytest.param(204, {}, b"", "no content type", "", id="204"),
    pytest.param(302, {"location": "https://login.example.com/sso"}, b"", "", "redirect", id="302"),
    pytest.param(200, {"content-type": "application/octet-stream"}, b"\x00\x01binary", "octet-stream", "", id="binary"),
]


def answer(status: int, headers: dict[str, str], body: bytes) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(status, headers=headers, content=body))


def check(exc: dbrest.UnexpectedResponse, status: int, ctype: str, hint: str) -> None:
    text = str(exc)
    assert isinstance(exc, dbrest.DatabricksError) and exc.status == status and exc.error_code == "UNEXPECTED_RESPONSE"
    assert f"HTTP {status}" in text and "(GET /api/2.1/clusters/list)" in text and ctype in text
    assert hint in text.lower() and TOKEN not in text and "Expecting value" not in text


@pytest.mark.parametrize(("status", "headers", "body", "ctype", "hint"), CASES)
def test_a_malformed_answer_raises_unexpected_response(
    status: int, headers: dict[str, str], body: bytes, ctype: str, hint: str
) -> None:
    ws = dbrest.Workspace(host="https://adb.example.com", token=TOKEN, transport=answer(status, headers, body))
    with pytest.raises(dbrest.UnexpectedResponse) as e:
        ws.clusters.list()
    check(e.value, status, ctype, hint)


@pytest.mark.parametrize(("status", "headers", "body", "ctype", "hint"), CASES)
def test_a_malformed_answer_raises_unexpected_response_async(
    status: int, headers: dict[str, str], body: bytes, ctype: str, hint: str
) -> None:
    async def main() -> None:
        async with dbrest.AsyncWorkspace(
            host="https://adb.example.com", token=TOKEN, transport=answer(status, headers, body)
        ) as aws:
            await aws.clusters.list()

    with pytest.raises(dbrest.UnexpectedResponse) as e:
        asyncio.run(main())
    check(e.value, status, ctype, hint)


def test_the_sign_in_page_names_its_title_and_the_likely_cause() -> None:
    ws = dbrest.Workspace(
        host="https://adb.example.com", token=TOKEN, transport=answer(200, {"content-type": "text/html"}, SIGN_IN)
    )
    with pytest.raises(dbrest.UnexpectedResponse) as e:
        ws.dbfs.get_status(path="/")
    assert "Sign in to your account" in str(e.value) and "wrong host" in str(e.value)


def test_a_documented_204_is_still_fine() -> None:
    ws = dbrest.Workspace(host="https://adb.example.com", token=TOKEN, transport=answer(204, {}, b""))
    ws.scim.users_delete(id="1")  # SCIM deletes answer 204 (RFC 7644): documented, so no error


@pytest.fixture
def html_server() -> Iterator[int]:
    class SignIn(QuietHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(SIGN_IN)))
            self.end_headers()
            self.wfile.write(SIGN_IN)

    with serving(SignIn) as port:
        yield port


def test_the_cli_prints_one_typed_line_not_a_json_decoder_message(
    capsys: pytest.CaptureFixture[str], html_server: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABRICKS_HOST", f"http://127.0.0.1:{html_server}")
    monkeypatch.setenv("DATABRICKS_TOKEN", TOKEN)
    monkeypatch.setenv("HOME", "/nonexistent")
    code, out, err = run(capsys, "clusters", "list")
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1, err
    assert err.startswith("Error: HTTP 200 UNEXPECTED_RESPONSE") and "text/html" in err and "wrong host" in err
    assert "Expecting value" not in err and TOKEN not in err


def test_a_command_sent_as_a_file_that_gets_a_sign_in_page_raises_unexpected_response(tmp_path: object) -> None:
    import io

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/1.2/contexts/create":
            return httpx.Response(200, json={"id": "ctx-1"})
        if request.url.path == "/api/1.2/contexts/status":
            return httpx.Response(200, json={"id": "ctx-1", "status": "Running"})
        if request.url.path == "/api/1.2/commands/execute":
            return httpx.Response(200, headers={"content-type": "text/html"}, content=SIGN_IN)
        return httpx.Response(200, json={})

    ws = dbrest.Workspace(host="https://adb.example.com", token=TOKEN, transport=httpx.MockTransport(handler))
    with ws.commands.context("c-1", language="python") as ctx, pytest.raises(dbrest.UnexpectedResponse) as e:
        ctx.start(file=io.BytesIO(b"print(1)"))
    assert "(POST /api/1.2/commands/execute)" in str(e.value) and "sign-in" in str(e.value)


def _dbfs_sign_in(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/api/2.0/dbfs/get-status":
        return httpx.Response(200, json={"path": "/f", "is_dir": False, "file_size": 10})
    return httpx.Response(200, headers={"content-type": "text/html"}, content=SIGN_IN)


def test_a_dbfs_download_that_gets_a_sign_in_page_raises_unexpected_response(tmp_path: Path) -> None:
    ws = dbrest.Workspace(host="https://adb.example.com", token=TOKEN, transport=httpx.MockTransport(_dbfs_sign_in))
    with pytest.raises(dbrest.UnexpectedResponse) as e:
        ws.dbfs.download("dbfs:/f", tmp_path / "f")
    assert "(GET /api/2.0/dbfs/read)" in str(e.value) and not (tmp_path / "f").exists()


def test_an_async_dbfs_download_that_gets_a_sign_in_page_raises_unexpected_response(tmp_path: Path) -> None:
    async def main() -> None:
        async with dbrest.AsyncWorkspace(
            host="https://adb.example.com", token=TOKEN, transport=httpx.MockTransport(_dbfs_sign_in)
        ) as aws:
            await aws.dbfs.download("dbfs:/f", tmp_path / "f")

    with pytest.raises(dbrest.UnexpectedResponse):
        asyncio.run(main())
    assert not (tmp_path / "f").exists()


def _export_sign_in(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, headers={"content-type": "text/html; charset=utf-8"}, content=SIGN_IN)


def test_an_export_that_gets_a_sign_in_page_keeps_the_local_file(tmp_path: Path) -> None:
    target = tmp_path / "etl.py"
    target.write_text("mine\n")
    ws = dbrest.Workspace(host="https://adb.example.com", token=TOKEN, transport=httpx.MockTransport(_export_sign_in))
    with pytest.raises(dbrest.UnexpectedResponse) as e:
        ws.workspace.export_file("/Users/me/etl", target, overwrite=True)
    assert "(GET /api/2.0/workspace/export)" in str(e.value) and "text/html" in str(e.value)
    assert target.read_text() == "mine\n" and [p.name for p in tmp_path.iterdir()] == ["etl.py"]
    # an HTML export is HTML: that one is written
    assert ws.workspace.export_file("/Users/me/etl", tmp_path / "etl.html", format="HTML").read_bytes() == SIGN_IN


def test_an_async_export_that_gets_a_sign_in_page_keeps_the_local_file(tmp_path: Path) -> None:
    target = tmp_path / "etl.py"
    target.write_text("mine\n")

    async def main() -> None:
        async with dbrest.AsyncWorkspace(
            host="https://adb.example.com", token=TOKEN, transport=httpx.MockTransport(_export_sign_in)
        ) as aws:
            await aws.workspace.export_file("/Users/me/etl", target, overwrite=True)

    with pytest.raises(dbrest.UnexpectedResponse):
        asyncio.run(main())
    assert target.read_text() == "mine\n"


@pytest.mark.parametrize(
    ("location", "shown"),
    [
        ("http://[::1", "an address that is not a URL"),  # httpx.URL raised InvalidURL from building the error
        ("https://\x00", "an address that is not a URL"),
        ("javascript:alert(1)", "javascript:alert(1)"),  # a scheme without a host: httpx's copy_with(host) refused it
        ("https://someone:pw-in-url@login.example.com/sso?code=query-secret#frag", "https://login.example.com/sso"),
        ("/relative/sign-in?code=query-secret", "/relative/sign-in"),
    ],
)
def test_a_redirect_is_described_without_its_userinfo_or_query_even_when_its_location_is_no_url(
    location: str, shown: str
) -> None:
    ws = dbrest.Workspace(
        host="https://adb.example.com", token=TOKEN, transport=answer(302, {"location": location}, b"")
    )
    with pytest.raises(dbrest.UnexpectedResponse) as e:
        ws.clusters.list()
    check(e.value, 302, "", "redirect")
    assert f"a redirect to {shown};" in str(e.value)
    assert not any(part in str(e.value) for part in ("pw-in-url", "someone", "query-secret", "frag"))


def test_an_async_redirect_to_no_url_is_an_unexpected_response_too() -> None:
    headers = {"location": "http://[::1", "content-type": "text/html"}

    async def main() -> None:
        async with dbrest.AsyncWorkspace(
            host="https://adb.example.com", token=TOKEN, transport=answer(302, headers, b"<html>moved</html>")
        ) as aws:
            await aws.clusters.list()

    with pytest.raises(dbrest.UnexpectedResponse) as e:
        asyncio.run(main())
    assert "a redirect to an address that is not a URL" in str(e.value) and TOKEN not in str(e.value)

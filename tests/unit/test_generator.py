"""The generator pipeline: pinned template overrides, the codegen view's documented rewrites, multipart
correctness of the templates, and the import cost of the generated package."""

from __future__ import annotations

import hashlib
import importlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import openapi_python_client
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "generator"))

import bundle as bundler  # noqa: E402
import codegen_view  # noqa: E402

UPSTREAM = Path(openapi_python_client.__file__).parent / "templates"

#: sha256 of the upstream 0.29.1 templates that generator/templates overrides. When openapi-python-client is
#: upgraded this fails: re-merge each override with the new upstream file, then update the hash.
OVERRIDDEN = {
    "str_enum.py.jinja": "e4979a5e6b338351eda8bdac534017cfbeb51a809b494fd3c632db39414817fc",
    "int_enum.py.jinja": "cf8776855b1d826971501d5f6d5b38c3cb496aad9276684b8ece268db67918bc",
    "property_templates/boolean_property.py.jinja": "df1821adba9279487e424d6f75a59bfd1c4638136385f2857fd1013a630e0735",
    "endpoint_module.py.jinja": "c1b2628053eb4875ba59566baa5ae907666f9cbfafa308d93f970a4404b7cd52",
    "endpoint_macros.py.jinja": "58edb8b4913db6ed4863c633fb39365364494398c8156c77151c6676f1b28fee",
    "models_init.py.jinja": "4f64a3d6e1b15a561be5573c1b7702eb928c0e4fa6b67107d20e57a74c44d51a",
    "endpoint_init.py.jinja": "c1837a037fdbbd85b5dc1d49f58bd80a672fe4496cfaaf84d3b91927027b56da",
    "client.py.jinja": "4eac65762f21014a7fbf59e730f1be6d28c9c85ddc1c40b458b6ff5f67a64c9e",
}


def test_overridden_upstream_templates_are_the_ones_we_merged() -> None:
    ours = {str(p.relative_to(ROOT / "generator/templates")) for p in (ROOT / "generator/templates").rglob("*.jinja")}
    assert ours == set(OVERRIDDEN), "every override needs its upstream hash here"
    for name, digest in OVERRIDDEN.items():
        actual = hashlib.sha256((UPSTREAM / name).read_bytes()).hexdigest()
        assert actual == digest, f"upstream {name} changed: re-merge generator/templates/{name}"


def test_generator_version_is_pinned() -> None:
    from importlib.metadata import version

    assert version("openapi-python-client") == "0.29.1"
    assert version("ruff") == "0.17.6"


def test_codegen_view_only_applies_documented_rules() -> None:
    doc = bundler.bundle()
    view, removed = codegen_view.codegen_view(doc)
    assert {rule for rule, _ in removed} <= set(codegen_view.RULES)
    assert view["paths"].keys() == doc["paths"].keys()
    ops = lambda d: {(p, m) for p, i in d["paths"].items() for m in codegen_view.HTTP_METHODS if m in i}  # noqa: E731
    assert ops(view) == ops(doc), "the view must never drop an operation"
    # the multipart alternatives the generator cannot express are removed, never the JSON body
    for path, method in ops(view):
        body = view["paths"][path][method].get("requestBody")
        if body:
            assert set(body["content"]) & {"application/json", "application/scim+json"}, f"{method} {path}"
    dropped_ctypes = {w.rsplit(" ", 1)[1] for r, w in removed if r == "second-request-content-type"}
    assert dropped_ctypes <= {"multipart/form-data", "application/x-www-form-urlencoded"}


#: The presence constraints ("exactly one of", "not both") the bundle encodes and the view removes.
PRESENCE_CONSTRAINTS = {
    "#/components/schemas/ClustersCreateRequest/not",
    "#/components/schemas/ClustersEditRequest/not",
    "#/components/schemas/ClustersResizeRequest/oneOf",
    "#/components/schemas/GroupsMembershipRequest/oneOf",
    "#/components/schemas/JobsRunNowRequest/not",
    "#/components/schemas/JobsRunsRepairRequest/not",
    "#/components/schemas/LibrariesInstallRequest/properties/libraries/items/oneOf",
    "#/components/schemas/LibrariesUninstallRequest/properties/libraries/items/oneOf",
    "#/components/schemas/ReposUpdateRequest/anyOf",
    "#/components/schemas/ReposUpdateRequest/not",
}


def _at(doc: dict[str, Any], pointer: str) -> Any:
    node: Any = doc
    for part in pointer[2:].split("/"):
        node = node.get(part) if isinstance(node, dict) else None
        if node is None:
            return None
    return node


def test_codegen_view_removes_each_presence_constraint_and_lists_it_with_its_reason() -> None:
    doc = bundler.bundle()
    view, removed = codegen_view.codegen_view(doc)
    listed = {where for rule, where in removed if rule == "exactly-one-of"}
    assert listed == PRESENCE_CONSTRAINTS
    for pointer in PRESENCE_CONSTRAINTS:
        assert _at(doc, pointer) is not None, f"the bundle keeps {pointer} for the mock and schemathesis"
        assert _at(view, pointer) is None, f"the generator must not see {pointer}"
    text = codegen_view.summary(removed)
    assert codegen_view.RULES["exactly-one-of"] in text
    assert all(f"    - {pointer}" in text for pointer in PRESENCE_CONSTRAINTS)
    # a structural oneOf (alternatives that declare new properties) is not a presence constraint
    structural = {"type": "object", "properties": {"a": {}}, "oneOf": [{"properties": {"b": {"type": "string"}}}]}
    kept, gone = codegen_view.codegen_view({"paths": {}, "components": {"schemas": {"S": structural}}})
    assert "oneOf" in kept["components"]["schemas"]["S"] and not gone


MULTIPART_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "mp", "version": "1"},
    "paths": {
        "/upload": {
            "post": {
                "operationId": "upload",
                "tags": ["files"],
                "requestBody": {
                    "required": True,
                    "content": {
                        "multipart/form-data": {
                            "schema": {
                                "type": "object",
                                "required": ["path", "contents"],
                                "properties": {
                                    "path": {"type": "string"},
                                    "overwrite": {"type": "boolean"},
                                    "contents": {"type": "string", "format": "binary"},
                                },
                            }
                        }
                    },
                },
                "responses": {
                    "200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}
                },
            }
        }
    },
}


@pytest.fixture(scope="module")
def multipart_client(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("mp")
    (tmp / "spec.json").write_text(json.dumps(MULTIPART_SPEC))
    out = tmp / "mp_client"
    env_bin = str(Path(sys.executable).parent)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            str(tmp / "spec.json"),
            "--meta",
            "none",
            "--output-path",
            str(out),
            "--config",
            str(ROOT / "generator/config.yaml"),
            "--custom-template-path",
            str(ROOT / "generator/templates"),
            "--fail-on-warning",
        ],
        capture_output=True,
        text=True,
        env={"PATH": env_bin + ":/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return tmp


def test_multipart_booleans_and_boundary_safe_payloads(multipart_client: Path) -> None:
    sys.path.insert(0, str(multipart_client))
    try:
        pkg = importlib.import_module("mp_client")
        models = importlib.import_module("mp_client.models")
        upload = importlib.import_module("mp_client.api.files.upload")
        types = importlib.import_module("mp_client.types")
    finally:
        sys.path.remove(str(multipart_client))
    # bytes that contain the generator's old fixed boundary, and a CRLF-dash-dash sequence
    payload = b'head\r\n--+++\r\n--+++--\r\nContent-Disposition: form-data; name="path"\r\n\r\nevil\r\n' * 50
    seen: dict[str, Any] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        ctype = request.headers["content-type"]
        seen["ctype"] = ctype
        boundary = ctype.split("boundary=")[1].encode()
        parts = {}
        for raw in request.content.split(b"--" + boundary)[1:-1]:
            head, _, body = raw[2:].partition(b"\r\n\r\n")
            name = head.split(b'name="')[1].split(b'"')[0].decode()
            parts[name] = body[:-2]
        seen["parts"] = parts
        return httpx.Response(200, json={})

    client = pkg.Client(base_url="http://x", httpx_args={"transport": httpx.MockTransport(handler)})
    body = models.UploadBody(
        path="/a", overwrite=True, contents=types.File(payload=__import__("io").BytesIO(payload), file_name="f")
    )
    upload.sync_detailed(client=client, body=body)
    assert "boundary=+++" not in seen["ctype"]
    assert seen["parts"]["overwrite"] == b"true"
    assert seen["parts"]["path"] == b"/a"
    assert seen["parts"]["contents"] == payload
    body.overwrite = False
    upload.sync_detailed(client=client, body=body)
    assert seen["parts"]["overwrite"] == b"false"


def test_importing_dbrest_and_building_a_workspace_loads_no_model_module() -> None:
    code = (
        "import sys, dbrest\n"
        "ws = dbrest.Workspace(host='https://example.cloud.databricks.com', token='dapi-x')\n"
        "svc = ws.dbfs\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('dbrest_client.models.'))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={"PATH": "/usr/bin"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"model modules imported eagerly: {result.stdout}"


def test_every_shipped_package_has_a_py_typed_marker() -> None:
    # PEP 561: without the marker a user's mypy ignores the annotations of dbrest, its mock and the client.
    # hatchling ships every file of the packages listed in pyproject.toml, so the markers need no package data.
    for package in ("generated/dbrest_client", "overlays/dbrest", "mock/dbrest_mock"):
        assert (ROOT / package / "py.typed").exists(), package

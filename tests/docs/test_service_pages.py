"""The per-service pages the docs build generates (generator/service_docs.py) describe the spec and the client as
they are: every operation once, with the facade method and signature a user calls."""

from __future__ import annotations

import ast
import importlib.util
import inspect
import json
import re
import sys
from pathlib import Path
from types import ModuleType

import dbrest
import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("service_docs", ROOT / "generator" / "service_docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


service_docs = _load()
SPEC = json.loads((ROOT / "generated" / "dbrest_client" / "openapi.json").read_text(encoding="utf-8"))
PAGES: dict[str, str] = service_docs.pages()
TAGS = [t["name"] for t in SPEC["tags"]]


def _operations() -> list[tuple[str, str, str, dict[str, object]]]:
    return [
        (tag, path, method, op)
        for path, item in SPEC["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
        for tag in op.get("tags", ())
    ]


def test_one_page_per_tag_and_an_index() -> None:
    assert set(PAGES) == {"services/index.md"} | {f"services/{t}.md" for t in TAGS}
    for tag in TAGS:
        assert f"]({tag}.md)" in PAGES["services/index.md"]


@pytest.mark.parametrize(("tag", "path", "method", "op"), _operations(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_operation_is_on_its_page_with_the_signature_users_call(
    tag: str, path: str, method: str, op: dict[str, object]
) -> None:
    page = PAGES[f"services/{tag}.md"]
    assert page.count(f"operationId `{op['operationId']}`") == 1
    line = f"`{method.upper()} {path}` · operationId `{op['operationId']}`"
    at = page.index(line)
    end = page.find("\n### ", at)
    section = page[page.rindex("### ", 0, at) + 4 : end if end != -1 else len(page)]
    name = section.split("`")[1]
    signature = re.search(r"```python\ndef (\w+)\((.*)\)", section)
    assert signature is not None and signature.group(1) == name
    # the parameters the page shows are those of the method a Workspace hands out (overlays may add overloads,
    # never drop the generated keywords)
    service = getattr(dbrest.Workspace(host="http://127.0.0.1", token="t"), service_docs.module_name(tag))
    generated = next(
        c for c in type(service).__mro__ if c.__module__ == f"dbrest_client.api.{service_docs.module_name(tag)}"
    )
    runtime = list(inspect.signature(getattr(generated, name)).parameters)
    # parsed, not split on commas: annotations such as Mapping[str, Any] hold commas of their own
    args = ast.parse(f"def f({signature.group(2)}): pass").body[0].args  # type: ignore[attr-defined]
    shown = [a.arg for a in [*args.posonlyargs, *args.args, *args.kwonlyargs]]
    assert shown == runtime
    if op.get("summary"):
        assert service_docs.text(op["summary"]) in section


def test_overlay_helpers_are_documented_where_the_overlay_adds_them() -> None:
    assert "::: dbrest.clusters.ClustersService" in PAGES["services/clusters.md"]
    assert re.search(r"members: \[.*\bwait_running\b", PAGES["services/clusters.md"])
    assert re.search(r"members: \[.*\bupload\b", PAGES["services/dbfs.md"])
    # a service dbrest does not extend has no such section
    assert ":::" not in PAGES["services/token.md"]


def test_a_tag_without_a_workspace_attribute_fails_the_build() -> None:
    with pytest.raises(service_docs.ServiceDocsError, match="no attribute 'no_such_service'"):
        service_docs.workspace_classes("no_such_service")


def test_spec_prose_is_text_not_html() -> None:
    assert (
        service_docs.text("Cluster <id> does not exist, see `<id>`") == "Cluster &lt;id&gt; does not exist, see `<id>`"
    )
    assert service_docs.cell("a | b\nc") == "a \\| b c"

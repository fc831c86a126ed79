"""The spec's x-dbrest-* extensions (generator/extensions.py): every one is checked, a bad one fails generation
with a message naming where, and the modules rendered from them are stable and committed as rendered."""

from __future__ import annotations

import copy
import sys
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "generator"))

import bundle as bundler  # noqa: E402
import extensions  # noqa: E402
import generate  # noqa: E402

DOC = bundler.bundle()


def op(doc: dict[str, Any], op_id: str) -> dict[str, Any]:
    for item in doc["paths"].values():
        for method in ("get", "post", "put", "patch", "delete"):
            if item.get(method, {}).get("operationId") == op_id:
                return item[method]  # type: ignore[no-any-return]
    raise KeyError(op_id)


def tag(doc: dict[str, Any], name: str) -> dict[str, Any]:
    return next(t for t in doc["tags"] if t["name"] == name)


def test_the_spec_extensions_load_and_name_every_workspace_service() -> None:
    import dbrest

    ext = extensions.load(DOC)
    attributes = {s.attribute for s in ext.services}
    properties = {
        name for cls in dbrest.Workspace.__mro__ for name, a in vars(cls).items() if isinstance(a, cached_property)
    }
    assert attributes == properties and len(attributes) == len(DOC["tags"])
    clusters = next(s for s in ext.services if s.attribute == "clusters")
    assert {p.method for p in clusters.pagings} == {"iter_clusters", "iter_events"}
    assert {w.name for w in clusters.waiters} == {"wait_running", "wait_terminated"}
    # databricks-sdk 0.162.0 (service/compute.py) returns a Wait from each of these ClustersAPI methods
    assert {a.method for a in clusters.and_waits} == {
        f"{m}_and_wait" for m in ("create", "start", "restart", "edit", "resize", "update", "delete")
    }


def test_the_idempotent_table_keeps_every_post_the_transport_repeated_before() -> None:
    from dbrest._generated.retry import IDEMPOTENT_POSTS

    before = {  # transport.py's hand-written table at main 771dbdd
        "/api/2.0/clusters/events",
        "/api/2.0/clusters/pin",
        "/api/2.0/clusters/unpin",
        "/api/2.0/clusters/delete",
        "/api/2.0/dbfs/mkdirs",
        "/api/2.0/dbfs/delete",
        "/api/2.0/workspace/mkdirs",
        "/api/2.0/jobs/runs/cancel",
        "/api/2.1/jobs/runs/cancel",
        "/api/2.2/jobs/runs/cancel",
        "/api/1.2/commands/cancel",
    }
    assert before <= IDEMPOTENT_POSTS
    assert "/api/2.1/clusters/create" not in IDEMPOTENT_POSTS and "/api/2.0/dbfs/add-block" not in IDEMPOTENT_POSTS


def _set(path: list[str], value: Any) -> Callable[[dict[str, Any]], None]:
    def mutate(doc: dict[str, Any]) -> None:
        node = op(doc, path[0])
        for key in path[1:-1]:
            node = node[key]
        node[path[-1]] = value

    return mutate


def _drop_service(doc: dict[str, Any]) -> None:
    del tag(doc, "repos")["x-dbrest-service"]


def _same_attribute(doc: dict[str, Any]) -> None:
    tag(doc, "repos")["x-dbrest-service"]["attribute"] = "clusters"


def _overlay_alone(doc: dict[str, Any]) -> None:
    tag(doc, "repos")["x-dbrest-service"]["overlay"] = "dbrest.repos:ReposService"


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (
            _set(["reposList", "x-dbrest-paging", "pagesize"], 5),
            r"reposList: x-dbrest-paging: unknown key\(s\) pagesize",
        ),
        (_set(["reposList", "x-dbrest-paging", "style"], "cursor"), "style must be one of"),
        (_set(["reposList", "x-dbrest-paging", "items"], "repositories"), "response of reposList has no field"),
        (_set(["reposList", "x-dbrest-paging", "request_token"], "token"), "no request parameter or body field"),
        (_set(["clustersList", "x-dbrest-paging", "complete"], {"flag": "x"}), r"missing key\(s\) id, operation"),
        (_set(["jobsGet", "x-dbrest-paging", "arrays"], ["settings.steps"]), "response of jobsGet has no field"),
        (_set(["jobsRunsGet", "x-dbrest-paging", "either"], []), r"either: expected a list of array fields"),
        (_set(["clustersCreate", "x-dbrest-wait", "waiter"], "wait_ready"), "no waiter 'wait_ready' in tag clusters"),
        (_set(["clustersCreate", "x-dbrest-wait", "id"], {"id": "response.cluster_id"}), r"x-dbrest-wait\.id"),
        (_set(["clustersCreate", "x-dbrest-wait", "id"], {"cluster_id": "body.cluster_id"}), "neither response"),
        (_set(["clustersGet", "x-dbrest-waiters", "wait_running", "failure"], ["RUNNING"]), "more than one of"),
        (_set(["clustersGet", "x-dbrest-waiters", "wait_running", "state"], "status"), "has no field 'status'"),
        (_set(["clustersGet", "x-dbrest-waiters", "wait_running", "error"], "ClusterFailed"), "dbrest.module:"),
        (_set(["clustersGet", "x-dbrest-waiters", "wait_running", "success"], ["OK"]), "result and success"),
        (_set(["clustersGet", "x-dbrest-idempotent"], True), "x-dbrest-idempotent is `true` on a POST"),
        (_set(["clustersGet", "x-dbrest-retry"], True), r"unknown extension\(s\) x-dbrest-retry"),
        (_set(["reposList", "x-dbrest-paging", "method"], "list"), r"method name\(s\) list used twice"),
        (_drop_service, "tag repos: x-dbrest-service: every tag needs one"),
        (_same_attribute, "attribute 'clusters' is not a free Python identifier"),
        (_overlay_alone, "overlay and async-overlay go together"),
    ],
)
def test_a_bad_extension_is_an_error_naming_where(mutate: Callable[[dict[str, Any]], None], message: str) -> None:
    doc = copy.deepcopy(DOC)
    mutate(doc)
    with pytest.raises(extensions.ExtensionError, match=message):
        extensions.load(doc)


def test_generation_stops_on_a_bad_extension_before_running_the_code_generator(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    doc = copy.deepcopy(DOC)
    op(doc, "reposList")["x-dbrest-paging"]["pagesize"] = 5
    monkeypatch.setattr(generate.bundler, "bundle", lambda: doc)
    monkeypatch.setattr(generate.subprocess, "run", lambda *a, **k: pytest.fail("codegen ran"))
    with pytest.raises(SystemExit, match="bad x-dbrest extension in spec/: reposList"):
        generate.generate(tmp_path / "client", tmp_path / "overlay")


def test_the_committed_modules_are_what_the_extensions_render(tmp_path: Path) -> None:
    files = extensions.render(extensions.load(DOC), generate.GENERATED)
    assert files == extensions.render(extensions.load(copy.deepcopy(DOC)), generate.GENERATED)  # stable
    assert all(text.startswith(extensions.HEADER) for text in files.values())
    generate.write_overlay(files, tmp_path / "_generated")
    assert generate.drift(tmp_path / "_generated", generate.OVERLAY_GENERATED) == []


def test_check_generated_names_a_stale_or_extra_overlay_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh, committed = tmp_path / "fresh", tmp_path / "committed"
    generate.write_overlay(extensions.render(extensions.load(DOC), generate.GENERATED), fresh)
    committed.mkdir()
    for path in fresh.iterdir():
        (committed / path.name).write_bytes(path.read_bytes())
    (committed / "repos.py").write_text("# edited by hand\n", encoding="utf-8")
    (committed / "old.py").write_text("", encoding="utf-8")
    (committed / "scim.py").unlink()
    monkeypatch.setattr(generate, "ROOT", tmp_path)  # drift names files relative to the repository root
    assert generate.drift(fresh, committed) == [
        "committed/scim.py (missing)",
        "committed/old.py (stale, no longer generated)",
        "committed/repos.py (differs)",
    ]

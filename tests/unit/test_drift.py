"""The drift tool (dbrest.drift, dbrest.drift_sdk) on a small synthetic databricks-sdk and a small spec: what it
counts as the SDK's wire fields, how it reads the spec, and what it reports missing, extra and covered.

The synthetic SDK copies the shapes of databricks-sdk 0.162.0's generated ``service/*.py`` (an ``...API`` class
whose methods fill ``body``/``query`` and call ``self._api.do``, dataclasses whose ``as_dict`` names the wire
keys, ``Enum`` classes, ``from databricks.sdk.service import compute`` for another module's types)."""

from __future__ import annotations

import json
import sys
from collections.abc import Hashable
from pathlib import Path
from typing import Any

import pytest
from dbrest.cli import main
from dbrest.drift import (
    DriftReport,
    SpecWalker,
    compare,
    find,
    render,
    sdk_dir_of_path,
    sdk_dir_of_python,
    summary,
)
from dbrest.drift_sdk import Named, Tree, normalise_path, sdk_operations

# Text, not an import: the synthetic SDK module starts like databricks-sdk 0.162.0's service/compute.py, whose
# first import is from databricks.sdk.service._internal (the SDK's own private helpers); the drift tool reads such
# files as source and must not trip over the line.
WIDGETS = """
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Dict, Iterator, List, Optional

from databricks.sdk.service._internal import _from_dict, _repeated_dict
from databricks.sdk.service import people


@dataclass
class Widget:
    display_name: Optional[str] = None
    color: Optional[Color] = None
    parts: Optional[List[Part]] = None
    labels: Optional[Dict[str, str]] = None
    slots: Optional[Dict[str, Part]] = None
    owner: Optional[people.Owner] = None

    def as_dict(self) -> dict:
        body = {}
        if self.display_name is not None:
            body["displayName"] = self.display_name
        if self.color is not None:
            body["color"] = self.color.value
        if self.parts:
            body["parts"] = [v.as_dict() for v in self.parts]
        if self.labels:
            body["labels"] = self.labels
        if self.slots:
            body["slots"] = {k: v.as_dict() for k, v in self.slots.items()}
        if self.owner:
            body["owner"] = self.owner.as_dict()
        return body


class Color(Enum):
    BLUE = "BLUE"
    RED = "RED"


@dataclass
class Part:
    name: Optional[str] = None
    sub: Optional[Part] = None

    def as_dict(self) -> dict:
        body = {}
        if self.name is not None:
            body["name"] = self.name
        if self.sub:
            body["sub"] = self.sub.as_dict()
        return body


@dataclass
class ListWidgetsResponse:
    next_page_token: Optional[str] = None
    widgets: Optional[List[Widget]] = None


class WidgetsAPI:
    def __init__(self, api_client):
        self._api = api_client

    def create(self, display_name: str, *, color: Optional[Color] = None, parts: Optional[List[Part]] = None) -> Widget:
        body = {}
        if display_name is not None:
            body["displayName"] = display_name
        if color is not None:
            body["color"] = color.value
        if parts is not None:
            body["parts"] = [v.as_dict() for v in parts]
        headers = {"Accept": "application/json"}
        res = self._api.do("POST", "/api/2.0/widgets", body=body, headers=headers)
        return Widget.from_dict(res)

    def get(self, widget_id: str) -> Widget:
        res = self._api.do("GET", f"/api/2.0/widgets/{widget_id}", headers={})
        return Widget.from_dict(res)

    def list(self, *, page_token: Optional[str] = None) -> Iterator[Widget]:
        query = {}
        if page_token is not None:
            query["page_token"] = page_token
        while True:
            json = self._api.do("GET", "/api/2.0/widgets", query=query, headers={})
            if "widgets" in json:
                for v in json["widgets"]:
                    yield Widget.from_dict(v)
            if "next_page_token" not in json or not json["next_page_token"]:
                return
            query["page_token"] = json["next_page_token"]

    def replace(self, widget_id: str, widget: Widget):
        body = widget.as_dict()
        self._api.do("PUT", f"/api/2.0/widgets/{widget_id}", body=body, headers={})

    def download(self, widget_id: str):
        res = self._api.do("GET", f"/api/2.0/widgets/{widget_id}/blob", headers={}, raw=True)
        return res
"""

PEOPLE = """
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


@dataclass
class Owner:
    user_name: Optional[str] = None

    def as_dict(self) -> dict:
        body = {}
        if self.user_name is not None:
            body["userName"] = self.user_name
        return body
"""

ENDPOINTS = """service\tmethod\tpath
widgets\tPOST\t/api/2.0/widgets
widgets\tGET\t/api/2.0/widgets
widgets\tGET\t/api/2.0/widgets/{id}
widgets\tPUT\t/api/2.0/widgets/{id}
widgets\tGET\t/api/2.0/widgets/{id}/blob
gadgets\tDELETE\t/api/2.0/gadgets/{gadget_id}
"""


def spec() -> dict[str, Any]:
    """Widgets as a spec author wrote them: `labels` forgotten, `size` added, GREEN instead of BLUE, no PUT."""
    widget_ref = {"$ref": "#/components/schemas/Widget"}
    return {
        "openapi": "3.1.0",
        "paths": {
            "/api/2.0/widgets": {
                "post": {
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/New"}}}},
                    "responses": {"200": {"content": {"application/json": {"schema": widget_ref}}}},
                },
                "get": {
                    "parameters": [{"$ref": "#/components/parameters/PageToken"}],
                    "responses": {
                        "200": {
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "properties": {
                                            "widgets": {"type": "array", "items": widget_ref},
                                            "next_page_token": {"type": "string"},
                                        },
                                    }
                                }
                            }
                        }
                    },
                },
            },
            "/api/2.0/widgets/{widget_id}": {
                "parameters": [{"name": "widget_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "get": {"responses": {"200": {"$ref": "#/components/responses/WidgetAnswer"}}},
            },
            "/api/2.0/widgets/{widget_id}/blob": {
                "get": {"responses": {"200": {"content": {"application/octet-stream": {"schema": {}}}}}},
            },
            "/api/2.0/gadgets/{gadget_id}": {"delete": {"responses": {"200": {"description": "ok"}}}},
        },
        "components": {
            "parameters": {"PageToken": {"name": "page_token", "in": "query", "schema": {"type": "string"}}},
            "responses": {"WidgetAnswer": {"content": {"application/json": {"schema": widget_ref}}}},
            "schemas": {
                "New": {
                    "type": "object",
                    "required": ["displayName"],
                    "properties": {
                        "displayName": {"type": "string"},
                        "color": {"$ref": "#/components/schemas/Color"},
                        "parts": {"type": "array", "items": {"$ref": "#/components/schemas/Part"}},
                    },
                },
                "Widget": {
                    "allOf": [
                        {"$ref": "#/components/schemas/New"},
                        {
                            "type": "object",
                            "properties": {
                                "size": {"type": "integer"},
                                "slots": {
                                    "type": "object",
                                    "additionalProperties": {"$ref": "#/components/schemas/Part"},
                                },
                                "owner": {
                                    "oneOf": [
                                        {"type": "object", "properties": {"userName": {"type": "string"}}},
                                        {"type": "object", "properties": {"groupName": {"type": "string"}}},
                                    ]
                                },
                            },
                        },
                    ]
                },
                "Color": {"type": "string", "enum": ["RED", "GREEN"]},
                "Part": {
                    "type": "object",
                    "properties": {"name": {"type": "string"}, "sub": {"$ref": "#/components/schemas/Part"}},
                },
            },
        },
    }


@pytest.fixture
def sdk(tmp_path: Path) -> Path:
    root = tmp_path / "site" / "databricks" / "sdk"
    (root / "service").mkdir(parents=True)
    (root / "version.py").write_text('__version__ = "9.9.9"\n')
    (root / "service" / "widgets.py").write_text(WIDGETS)
    (root / "service" / "people.py").write_text(PEOPLE)
    (root / "service" / "_internal.py").write_text("def _from_dict(d, field, cls): ...\n")
    return root


@pytest.fixture
def endpoints(tmp_path: Path) -> Path:
    path = tmp_path / "endpoints.tsv"
    path.write_text(ENDPOINTS)
    return path


def fields_of(report: DriftReport, method: str, path: str) -> Any:
    [op] = [o for o in report.measured if (o.method, o.path) == (method, path)]
    return op


WIDGET_RESPONSE = {
    ("response", p)
    for p in [
        "displayName",
        "color",
        "parts",
        "parts[].name",
        "parts[].sub",  # Part inside Part: counted, not expanded again
        "labels",  # a map of strings: one field
        "slots",
        "slots{}.name",
        "slots{}.sub",
        "owner",
        "owner.userName",  # another module's dataclass, its wire name from as_dict
    ]
}


def test_sdk_fields_follow_wire_names_nesting_maps_other_modules_and_cut_cycles(sdk: Path) -> None:
    source, ops = sdk_operations(sdk)
    assert source.version == "9.9.9"
    [create] = ops[("POST", "/api/2.0/widgets")]
    assert create.where == "widgets.WidgetsAPI.create"
    assert (
        set(create.fields)
        == {
            ("body", "displayName"),
            ("body", "color"),
            ("body", "parts"),
            ("body", "parts[].name"),
            ("body", "parts[].sub"),
        }
        | WIDGET_RESPONSE
    )
    assert create.fields[("body", "color")] == frozenset({"BLUE", "RED"})
    assert create.fields[("body", "parts")] is None
    [get] = ops[("GET", "/api/2.0/widgets/{}")]
    assert set(get.fields) == WIDGET_RESPONSE


def test_sdk_paginated_response_is_its_page_dataclass_and_raw_or_empty_answers_have_no_fields(sdk: Path) -> None:
    _, ops = sdk_operations(sdk)
    [listing] = ops[("GET", "/api/2.0/widgets")]
    assert set(listing.fields) == {
        ("query", "page_token"),
        ("response", "next_page_token"),
        ("response", "widgets"),
        *{("response", "widgets[]." + p) for _, p in WIDGET_RESPONSE},
    }
    [replace] = ops[("PUT", "/api/2.0/widgets/{}")]
    assert set(replace.fields) == {("body", p) for _, p in WIDGET_RESPONSE}  # body = widget.as_dict()
    [download] = ops[("GET", "/api/2.0/widgets/{}/blob")]
    assert download.fields == {}


def test_spec_fields_follow_refs_compositions_maps_and_cut_cycles() -> None:
    ops = SpecWalker(spec()).operations()
    path, fields, _ = ops[("GET", "/api/2.0/widgets/{}")]
    assert path == "/api/2.0/widgets/{widget_id}"
    # The spec's widget: the SDK's fields but for ``labels``, plus ``size`` and the owner's ``groupName``.
    spec_only = {("response", "size"), ("response", "owner.groupName")}
    assert set(fields) == WIDGET_RESPONSE - {("response", "labels")} | spec_only
    assert fields[("response", "color")] == frozenset({"RED", "GREEN"})
    assert ("query", "page_token") in ops[("GET", "/api/2.0/widgets")][1]  # a $ref'd parameter


def test_compare_reports_missing_extra_enum_values_missing_operations_and_the_share(sdk: Path, endpoints: Path) -> None:
    report = compare(spec(), sdk, endpoints)
    assert report.sdk_version == "9.9.9"
    get = fields_of(report, "GET", "/api/2.0/widgets/{id}")
    assert get.in_spec and get.sdk_fields == 11
    assert get.missing == [("response", "labels")]
    assert get.extra == [("response", "owner.groupName"), ("response", "size")]
    assert get.enum_total == 2
    assert get.enum_missing == [("response", "color", "BLUE")]
    assert get.enum_extra == [("response", "color", "GREEN")]
    put = fields_of(report, "PUT", "/api/2.0/widgets/{id}")
    assert not put.in_spec and put.covered == 0 and put.sdk_fields == 11
    blob = fields_of(report, "GET", "/api/2.0/widgets/{id}/blob")
    assert blob.in_spec and blob.sdk_fields == 0
    assert report.not_in_sdk == [("gadgets", "DELETE", "/api/2.0/gadgets/{gadget_id}", True)]
    t = report.totals()
    # create 5 body + 11 response (labels missing), list 1 query + 2 + 11 (widgets[].labels missing),
    # get 11 (labels missing), replace 11 (all missing: no PUT in the spec)
    assert (t["ops"], t["ops_missing"], t["fields"]) == (5, 1, 16 + 14 + 11 + 11)
    assert t["covered"] == 15 + 13 + 10
    assert report.share == pytest.approx(38 / 52)


def test_report_lists_the_top_of_each_missing_subtree_and_counts_below(sdk: Path, endpoints: Path) -> None:
    doc = spec()
    del doc["components"]["schemas"]["Widget"]["allOf"][1]["properties"]["slots"]
    text = render(compare(doc, sdk, endpoints))
    assert "- `GET /api/2.0/widgets/{id}` (7/11 SDK fields)" in text
    assert "  - spec lacks: response `slots` (+2 below)" in text
    assert "  - spec lacks: response `labels`" in text
    assert "  - spec extra: response `size`" in text
    assert "  - enum values the spec lacks: response `color`: BLUE" in text
    assert "  - enum extra: response `color`: GREEN" in text
    assert "- `PUT /api/2.0/widgets/{id}`: **the spec lacks this operation** (11 SDK fields)" in text
    assert "- not measured (the SDK does not call it): `DELETE /api/2.0/gadgets/{gadget_id}`" in text
    assert render(compare(doc, sdk, endpoints)) == text  # deterministic
    assert summary(compare(doc, sdk, endpoints)).splitlines()[-1].startswith("drift: 29/52 wire fields")


def test_normalise_path_matches_parameters_by_position() -> None:
    assert normalise_path("/api/2.0/repos/{repo_id}") == normalise_path("/api/2.0/repos/{id}") == "/api/2.0/repos/{}"
    assert normalise_path("/api/2.0/a/{x}/b/{y}") == "/api/2.0/a/{}/b/{}"


def test_sdk_dir_is_the_sdk_directory_or_its_site(sdk: Path) -> None:
    assert sdk_dir_of_path(sdk) == sdk
    assert sdk_dir_of_path(sdk.parent.parent) == sdk
    with pytest.raises(FileNotFoundError, match="databricks/sdk"):
        sdk_dir_of_path(sdk.parent.parent.parent)


def test_cli_writes_the_report_and_fails_under_a_share(
    sdk: Path, endpoints: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec_file = tmp_path / "openapi.json"
    spec_file.write_text(json.dumps(spec()))
    out = tmp_path / "drift.md"
    args = ["spec", "drift", "--sdk-path", str(sdk), "--spec", str(spec_file), "--endpoints", str(endpoints)]
    assert main([*args, "--write", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "drift: 38/52 wire fields of databricks-sdk 9.9.9 in the spec (73.1 %)" in printed
    assert out.read_text() == render(compare(spec(), sdk, endpoints))
    assert main([*args, "--fail-under", "73"]) == 0
    assert capsys.readouterr().out == out.read_text()
    assert main([*args, "--fail-under", "74"]) == 3


def test_cli_says_how_to_get_an_sdk(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["spec", "drift", "--sdk-path", str(tmp_path)]) == 2
    assert "holds no databricks/sdk/service sources" in capsys.readouterr().err


def test_find_looks_below_a_cut_recursive_type_in_that_types_own_fields() -> None:
    # runs/get: RunTask.for_each_task.task is a RunTask again on the side that cut it there
    run_task = Tree(fields={"run_id": None, "each": None, "each.task": None}, cuts={"each.task": "RunTask"})
    fields = {("response", p): None for p in ["tasks", "tasks[].run_id", "tasks[].each", "tasks[].each.task"]}
    cuts: dict[tuple[str, str], Hashable] = {("response", "tasks[].each.task"): "RunTask"}

    def expand(key: Hashable) -> Tree:
        assert key == "RunTask"
        return run_task

    assert find(fields, cuts, expand, "response", "tasks[].each.task.run_id") == (True, None)
    assert find(fields, cuts, expand, "response", "tasks[].each.task.each.task.run_id") == (True, None)
    assert find(fields, cuts, expand, "response", "tasks[].each.task.state") == (False, None)
    assert find(fields, cuts, expand, "body", "tasks[].each.task.run_id") == (False, None)


def test_a_recursion_cut_at_another_depth_is_neither_missing_nor_extra(sdk: Path, endpoints: Path) -> None:
    # The SDK's Part.sub is a Part (cut at parts[].sub); this spec spells the nested part as SubPart, whose sub
    # is a Part again, so it expands one level deeper: parts[].sub.name is what the SDK's Part has at name.
    doc = spec()
    doc["components"]["schemas"]["Part"]["properties"]["sub"] = {"$ref": "#/components/schemas/SubPart"}
    doc["components"]["schemas"]["SubPart"] = {
        "type": "object",
        "properties": {"name": {"type": "string"}, "sub": {"$ref": "#/components/schemas/Part"}},
    }
    get = fields_of(compare(doc, sdk, endpoints), "GET", "/api/2.0/widgets/{id}")
    assert get.missing == [("response", "labels")]
    assert get.extra == [("response", "owner.groupName"), ("response", "size")]
    # and the other way round: an SDK field below the spec's cut is found in the cut type
    source, _ = sdk_operations(sdk)
    walker = SpecWalker(doc)
    _, fields, cuts = walker.operations()[("GET", "/api/2.0/widgets/{}")]
    assert ("response", "parts[].sub.sub.name") not in fields
    assert find(fields, cuts, walker.expand, "response", "parts[].sub.sub.name")[0]
    assert source.expand(Named("widgets", "Part")).cuts == {"sub": Named("widgets", "Part")}


def test_an_sdk_python_that_cannot_run_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="cannot run"):
        sdk_dir_of_python(tmp_path / "no-such-python")


def test_an_sdk_python_without_databricks_sdk_says_how_to_get_one(tmp_path: Path) -> None:
    # an interpreter whose import path holds no databricks package: `python -I` ignores PYTHONPATH and user site
    fake = tmp_path / "python"
    fake.write_text(f'#!/bin/sh\nexec {sys.executable} -I -S "$@"\n')
    fake.chmod(0o755)
    with pytest.raises(FileNotFoundError, match="make peers-sdk"):
        sdk_dir_of_python(fake)


def test_dotted_query_parameters_give_the_spec_their_object_parameter() -> None:
    # databricks-sdk flattens a nested query dict into dotted names (_base_client._fix_query_string): a spec
    # with `filter_by.state` has the SDK's `filter_by` too.
    doc = spec()
    doc["paths"]["/api/2.0/widgets"]["get"]["parameters"] = [
        {"name": "filter_by.state", "in": "query", "schema": {"type": "string", "enum": ["ON"]}},
        {"name": "filter_by.owner.name", "in": "query", "schema": {"type": "string"}},
    ]
    fields = SpecWalker(doc).operations()[("GET", "/api/2.0/widgets")][1]
    query = {path: enums for (part, path), enums in fields.items() if part == "query"}
    assert query == {
        "filter_by": None,
        "filter_by.state": frozenset({"ON"}),
        "filter_by.owner": None,
        "filter_by.owner.name": None,
    }

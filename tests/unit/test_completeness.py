"""Every operation of the bundled spec has a generated endpoint module (sync, sync_detailed, asyncio,
asyncio_detailed), typed request and response models where the spec has schemas, and a facade method."""

from __future__ import annotations

import importlib
import inspect
import json
import re
import sys
import typing
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "generator"))

import codegen_view  # noqa: E402

METHODS = ("get", "put", "post", "delete", "patch")


def snake(name: str) -> str:
    from openapi_python_client.strings import snake_case

    return snake_case(name)


def bundled() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((ROOT / "mock/dbrest_mock/openapi.json").read_text())
    return doc


def _schema_of(doc: dict[str, Any], media: dict[str, Any]) -> dict[str, Any]:
    schema = media.get("schema", {})
    while "$ref" in schema:
        node: Any = doc
        for part in schema["$ref"][2:].split("/"):
            node = node[part]
        schema = node
    return schema


def test_every_operation_is_generated_typed_and_on_its_facade() -> None:
    doc = bundled()
    view, _ = codegen_view.codegen_view(doc)
    problems: list[str] = []
    count = 0
    for path, item in view["paths"].items():
        for method in METHODS:
            if method not in item:
                continue
            op = item[method]
            count += 1
            where = f"{op['operationId']} ({method.upper()} {path})"
            tag = snake(op["tags"][0])
            module_name = f"dbrest_client.api.{tag}.{snake(op['operationId'])}"
            try:
                module = importlib.import_module(module_name)
            except ImportError as exc:
                problems.append(f"{where}: no module {module_name}: {exc}")
                continue
            success = [s for s in op["responses"] if s.startswith("2")]
            has_model = any(
                _schema_of(view, m).get("type") == "object" or "properties" in _schema_of(view, m)
                for s in success
                for c, m in op["responses"][s].get("content", {}).items()
                if c.endswith("json")
            )
            needed = ["sync_detailed", "asyncio_detailed"] + (["sync", "asyncio"] if has_model else [])
            for fn in needed:
                if not callable(getattr(module, fn, None)):
                    problems.append(f"{where}: {fn} missing")
            if not callable(getattr(module, "sync_detailed", None)):
                continue
            hints = typing.get_type_hints(module.sync_detailed)
            if "requestBody" in op:
                body = hints.get("body")
                if body is None or body is Any or "Any" in repr(body):
                    problems.append(f"{where}: request body is {body!r}, not a model")
            if has_model:
                ret = repr(hints.get("return"))
                if re.search(r"Response\[(typing\.)?Any\]", ret):
                    problems.append(f"{where}: response degraded to Any ({ret})")
            facade_mod = importlib.import_module(f"dbrest_client.api.{tag}")
            classes = [c for n, c in inspect.getmembers(facade_mod, inspect.isclass) if n.endswith("Service")]
            sync_cls = [c for c in classes if not c.__name__.startswith("Async")]
            if len(sync_cls) != 1:
                problems.append(f"{where}: facade module has {len(sync_cls)} sync service classes")
                continue
            source = inspect.getsource(facade_mod)
            if f"import {snake(op['operationId'])} as _op" not in source:
                problems.append(f"{where}: no facade method on {sync_cls[0].__name__}")
    assert count == len([1 for i in doc["paths"].values() for m in METHODS if m in i])
    assert not problems, "\n".join(problems)
    print(f"{count} operations generated and typed")


def test_facades_expose_sync_and_async_methods_alike() -> None:
    doc = bundled()
    tags = {snake(op["tags"][0]) for item in doc["paths"].values() for m in METHODS if m in item for op in [item[m]]}
    for tag in sorted(tags):
        mod = importlib.import_module(f"dbrest_client.api.{tag}")
        sync_cls = next(
            c
            for n, c in inspect.getmembers(mod, inspect.isclass)
            if n.endswith("Service") and not n.startswith("Async")
        )
        async_cls = getattr(mod, "Async" + sync_cls.__name__)
        sync_methods = {n for n, f in inspect.getmembers(sync_cls, inspect.isfunction) if not n.startswith("_")}
        async_methods = {
            n for n, f in inspect.getmembers(async_cls, inspect.iscoroutinefunction) if not n.startswith("_")
        }
        assert sync_methods == async_methods and sync_methods, tag

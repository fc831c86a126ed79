"""Every operation of the bundled spec has a generated endpoint module with all four variants (sync,
sync_detailed, asyncio, asyncio_detailed, body-less operations included), typed request and response models
where the spec has schemas (object responses seen through $ref and allOf), no `Any` anywhere in a return type,
and a facade method whose return type has no `Any` either."""

from __future__ import annotations

import importlib
import inspect
import json
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
    doc: dict[str, Any] = json.loads((ROOT / "generated/dbrest_client/openapi.json").read_text())
    return doc


def _deref(doc: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = doc
        for part in schema["$ref"][2:].split("/"):
            node = node[part]
        schema = node
    return schema


def _is_object(doc: dict[str, Any], schema: dict[str, Any]) -> bool:
    """An object schema, seen through $ref and allOf (instancePoolsGet answers an allOf of two objects)."""
    schema = _deref(doc, schema)
    if schema.get("type") == "object" or "properties" in schema:
        return True
    return any(_is_object(doc, part) for part in schema.get("allOf", []))


def _any_in(hint: Any) -> bool:
    """Whether `Any` occurs anywhere in a type (`Any | ScimUser`, `Response[Any]`, `list[Any]`, ...)."""
    if hint is Any:
        return True
    return any(_any_in(arg) for arg in typing.get_args(hint))


def _has_model(hint: Any) -> bool:
    """Whether a generated model class occurs in a type."""
    if isinstance(hint, type) and hint.__module__.startswith("dbrest_client.models."):
        return True
    return any(_has_model(arg) for arg in typing.get_args(hint))


def _models_namespace() -> dict[str, Any]:
    import dbrest_client.models as models
    import dbrest_client.types as types

    return {**{name: getattr(models, name) for name in models.__all__}, **vars(types)}


VARIANTS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


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
                _is_object(view, m.get("schema", {}))
                for s in success
                for c, m in op["responses"][s].get("content", {}).items()
                if c.endswith("json")
            )
            # issue 4: all four variants for every operation, body-less ones included (they return None)
            missing = [fn for fn in VARIANTS if not callable(getattr(module, fn, None))]
            problems += [f"{where}: {fn} missing" for fn in missing]
            if missing:
                continue
            hints = typing.get_type_hints(module.sync_detailed)
            if "requestBody" in op:
                body = hints.get("body")
                if body is None or _any_in(body):
                    problems.append(f"{where}: request body is {body!r}, not a model")
            for fn in VARIANTS:
                ret = typing.get_type_hints(getattr(module, fn))["return"]
                if _any_in(ret):
                    problems.append(f"{where}: {fn} returns {ret!r}, Any where the spec has a response")
                elif has_model and not _has_model(ret):
                    problems.append(f"{where}: {fn} returns {ret!r}, no model for the object response")
            facade_mod = importlib.import_module(f"dbrest_client.api.{tag}")
            classes = [c for n, c in inspect.getmembers(facade_mod, inspect.isclass) if n.endswith("Service")]
            sync_cls = [c for c in classes if not c.__name__.startswith("Async")]
            if len(sync_cls) != 1:
                problems.append(f"{where}: facade module has {len(sync_cls)} sync service classes")
                continue
            source = inspect.getsource(facade_mod)
            if f"import {snake(op['operationId'])} as _op" not in source:
                problems.append(f"{where}: no facade method on {sync_cls[0].__name__}")
            problems += _facade_return_problems(facade_mod, snake(op["operationId"]), where)
    assert count == len([1 for i in doc["paths"].values() for m in METHODS if m in i])
    assert not problems, "\n".join(problems)
    print(f"{count} operations generated and typed")


def _facade_return_problems(facade_mod: Any, op_module: str, where: str) -> list[str]:
    """The facade methods (sync and async) that call `op_module` return no `Any` either."""
    out = []
    ns = {**vars(facade_mod), **_models_namespace()}
    for cls_name, cls in inspect.getmembers(facade_mod, inspect.isclass):
        if not cls_name.endswith("Service"):
            continue
        for name, fn in inspect.getmembers(cls, inspect.isfunction):
            if name.startswith("_") or f"import {op_module} as _op" not in inspect.getsource(fn):
                continue
            ret = typing.get_type_hints(fn, globalns=ns)["return"]
            if _any_in(ret):
                out.append(f"{where}: facade {cls_name}.{name} returns {ret!r}")
    return out


def test_any_detection_sees_through_unions_and_generics() -> None:
    from dbrest_client.models import ScimUser
    from dbrest_client.types import Response

    assert _any_in(Response[Any | ScimUser]) and _any_in(Any | ScimUser) and _any_in(list[Any])
    assert not _any_in(Response[ScimUser | None]) and not _any_in(None)
    assert _has_model(Response[ScimUser | None]) and not _has_model(Response[None])


def test_allof_responses_are_checked_as_object_responses() -> None:
    doc = bundled()
    media = doc["paths"]["/api/2.0/instance-pools/get"]["get"]["responses"]["200"]["content"]["application/json"]
    resolved = _deref(doc, media["schema"])
    assert "allOf" in resolved and not {"type", "properties"} & set(resolved), "instancePoolsGet answers an allOf"
    assert _is_object(doc, media["schema"])
    from dbrest_client.api.instance_pools import instance_pools_get

    assert _has_model(typing.get_type_hints(instance_pools_get.sync)["return"])


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


#: The JSON types a component schema may have and still get no model: the generator inlines it where it is used
#: (`str`, `int`, `list[str]`, `list[AccessControlRequest]`), a plain alias of a builtin type.
PLAIN_ALIAS_TYPES = {"string", "integer", "number", "boolean", "array"}


def test_every_object_and_enum_schema_gets_a_model_and_every_other_is_a_documented_plain_alias() -> None:
    import enum

    import attrs
    import dbrest_client.models as models
    from openapi_python_client.strings import ClassName

    view, _ = codegen_view.codegen_view(bundled())
    exported = set(models.__all__)
    problems = []
    for name, schema in view["components"]["schemas"].items():
        cls_name = ClassName(name, "")
        is_model = "enum" in schema or schema.get("type") == "object" or {"properties", "allOf"} & set(schema)
        if is_model:
            cls = getattr(models, cls_name, None) if cls_name in exported else None
            if cls is None:
                problems.append(f"{name}: no model {cls_name} in dbrest_client.models")
            elif not (attrs.has(cls) or issubclass(cls, enum.Enum)):
                problems.append(f"{name}: {cls_name} is neither an attrs model nor an enum")
        elif schema.get("type") not in PLAIN_ALIAS_TYPES or not schema.get("description"):
            problems.append(f"{name}: no model, and not a described plain alias ({schema.get('type')!r})")
        elif cls_name in exported:
            problems.append(f"{name}: a plain alias, yet a model {cls_name} exists")
    assert not problems, "\n".join(problems)

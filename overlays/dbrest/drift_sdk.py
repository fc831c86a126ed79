"""The wire fields of databricks-sdk, read from its sources with ``ast`` (nothing is imported or executed).

databricks-sdk's ``databricks/sdk/service/*.py`` are generated from Databricks' own API description, so they are
the most exact public statement of today's wire format. Each ``...API`` class method calls
``self._api.do("POST", f"/api/2.1/clusters/create", query=query, body=body, headers=headers)`` after filling
``query["k"] = <param>`` / ``body["k"] = <param>`` (or ``body = <param>.as_dict()``), and parses the answer with
``X.from_dict(res)``; a paginated method instead yields ``Item.from_dict(v)`` for ``v in json["items"]``. Each
dataclass's ``as_dict`` names the wire key of every attribute (``body["displayName"] = self.display_name``) and its
annotations give the attribute types (``Optional[List[compute.Library]]``); ``Enum`` classes list their values.

:func:`sdk_operations` turns that into, per ``(METHOD, normalised path)``, the set of wire field paths with the
enum values of each (see :mod:`dbrest.drift` for the notation and the counting).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

#: One wire field: (part, path) -> the enum values it may take (None: not an enum). part is query, body or response.
Fields = dict[tuple[str, str], frozenset[str] | None]
#: Where a recursive type was not expanded again: (part, path + list/map suffix) -> that type.
Cuts = dict[tuple[str, str], Hashable]


@dataclass
class Tree:
    """The fields found below one point (path -> enum values), and where a type met again below itself was cut
    (path + list/map suffix -> the type, to expand it on demand: see :func:`dbrest.drift.find`)."""

    fields: dict[str, frozenset[str] | None] = field(default_factory=dict)
    cuts: dict[str, Hashable] = field(default_factory=dict)

    def into(self, part: str, fields: Fields, cuts: Cuts) -> None:
        fields.update({(part, path): enums for path, enums in self.fields.items()})
        cuts.update({(part, path): key for path, key in self.cuts.items()})


#: Deeper than any real structure; a guard, since cycles are cut by type identity first.
MAX_DEPTH = 16

_PLACEHOLDER = re.compile(r"\{[^}]*\}")


def normalise_path(path: str) -> str:
    """``/api/2.0/repos/{repo_id}`` and the SDK's f-string ``/api/2.0/repos/{repo_id}`` alike become
    ``/api/2.0/repos/{}``: path parameters are matched by position, not by name."""
    return _PLACEHOLDER.sub("{}", path)


# --- types ------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Leaf:
    """A value without wire fields of its own: str, int, bool, Any, a protobuf Duration, a free-form dict."""


@dataclass(frozen=True)
class Named:
    """A dataclass or Enum of module ``module``."""

    module: str
    name: str


@dataclass(frozen=True)
class ListOf:
    item: TypeRef


@dataclass(frozen=True)
class MapOf:
    value: TypeRef


TypeRef = Leaf | Named | ListOf | MapOf
LEAF = Leaf()


@dataclass
class ClassInfo:
    """A dataclass (attributes: wire key -> type) or an Enum (values)."""

    fields: dict[str, TypeRef] = field(default_factory=dict)
    enum_values: frozenset[str] | None = None


@dataclass
class Module:
    name: str
    tree: ast.Module
    classes: dict[str, ast.ClassDef] = field(default_factory=dict)
    #: local name -> (module, name) for ``from .compute import X`` style imports
    imported: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: local alias -> module for ``from databricks.sdk.service import compute``
    modules: dict[str, str] = field(default_factory=dict)


@dataclass
class SdkOperation:
    method: str
    path: str  # as the SDK writes it, with {} for each formatted value
    where: str  # Module.Class.method, for the report
    fields: Fields
    cuts: Cuts = field(default_factory=dict)


class SdkSource:
    """The service modules of one databricks-sdk source tree (``.../databricks/sdk``)."""

    def __init__(self, sdk_dir: Path) -> None:
        service = sdk_dir / "service"
        if not service.is_dir():
            raise FileNotFoundError(f"{sdk_dir} has no service/ directory: give the databricks/sdk source directory")
        self.sdk_dir = sdk_dir
        self.version = _version(sdk_dir)
        #: module name -> its file; parsed on first use (the service modules are 7 MB, few are needed)
        self.files = {path.stem: path for path in sorted(service.glob("*.py"))}
        self._modules: dict[str, Module] = {}
        self._classes: dict[tuple[str, str], ClassInfo | None] = {}

    def module(self, name: str) -> Module | None:
        if name not in self._modules and name in self.files:
            path = self.files[name]
            mod = Module(name, ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
            for node in mod.tree.body:
                if isinstance(node, ast.ClassDef):
                    mod.classes[node.name] = node
                elif isinstance(node, ast.ImportFrom) and node.module is not None:
                    source = node.module.rsplit(".", 1)[-1]
                    for alias in node.names:
                        local = alias.asname or alias.name
                        if node.module in ("databricks.sdk.service", ".") or (node.level and not node.module):
                            mod.modules[local] = alias.name
                        else:
                            mod.imported[local] = (source, alias.name)
            self._modules[name] = mod
        return self._modules.get(name)

    def _has_class(self, module: str | None, name: str) -> bool:
        mod = self.module(module) if module else None
        return mod is not None and name in mod.classes

    # --- annotations and classes ---

    def resolve(self, module: str, node: ast.expr | None) -> TypeRef:
        """The TypeRef of an annotation written in ``module``."""
        if node is None:
            return LEAF
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return self.resolve(module, ast.parse(node.value, mode="eval").body)
        if isinstance(node, ast.Subscript):
            outer = _dotted(node.value)
            args = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
            if outer in ("Optional", "typing.Optional"):
                return self.resolve(module, args[0])
            if outer in ("List", "list", "Iterator", "typing.List"):
                return ListOf(self.resolve(module, args[0]))
            if outer in ("Dict", "dict", "typing.Dict") and len(args) == 2:
                value = self.resolve(module, args[1])
                return LEAF if isinstance(value, Leaf) else MapOf(value)
            return LEAF
        name = _dotted(node)
        if name is None:
            return LEAF
        mod = self.module(module)
        if mod is None:
            return LEAF
        if "." in name:
            alias, _, cls = name.rpartition(".")
            target = mod.modules.get(alias)
            if target is not None and self._has_class(target, cls):
                return Named(target, cls)
            return LEAF
        if name in mod.classes:
            return Named(module, name)
        if name in mod.imported:
            target, cls = mod.imported[name]
            if self._has_class(target, cls):
                return Named(target, cls)
        return LEAF

    def info(self, ref: Named) -> ClassInfo | None:
        key = (ref.module, ref.name)
        if key not in self._classes:
            self._classes[key] = self._read_class(ref)
        return self._classes[key]

    def _read_class(self, ref: Named) -> ClassInfo | None:
        mod = self.module(ref.module)
        assert mod is not None  # a Named is only made for a class that was found
        node = mod.classes[ref.name]
        bases = {_dotted(b) for b in node.bases}
        if bases & {"Enum", "enum.Enum"}:
            values = set()
            for stmt in node.body:
                if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Constant):
                    values.add(str(stmt.value.value))
            return ClassInfo(enum_values=frozenset(values))
        annotations = {
            stmt.target.id: stmt.annotation
            for stmt in node.body
            if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)
        }
        if not annotations:
            return None
        wire = _as_dict_keys(node) or {a: a for a in annotations}
        return ClassInfo(fields={key: self.resolve(ref.module, annotations.get(attr)) for key, attr in wire.items()})

    def walk(self, ref: TypeRef, path: str, stack: tuple[Named, ...], out: Tree) -> None:
        """Record ``path`` (a field of type ``ref``) and every field below it in ``out``."""
        out.fields[path] = self.enum_values(ref)
        self.walk_below(ref, path, stack, out)

    def walk_below(self, ref: TypeRef, path: str, stack: tuple[Named, ...], out: Tree) -> None:
        suffix = ""
        while isinstance(ref, ListOf | MapOf):
            suffix += "[]" if isinstance(ref, ListOf) else "{}"
            ref = ref.item if isinstance(ref, ListOf) else ref.value
        if not isinstance(ref, Named):
            return
        info = self.info(ref)
        if info is None or info.enum_values is not None:
            return
        if ref in stack or len(stack) >= MAX_DEPTH:
            out.cuts[path + suffix] = ref
            return
        prefix = f"{path}{suffix}." if path else ""
        for key, child in info.fields.items():
            self.walk(child, prefix + key, (*stack, ref), out)

    def expand(self, key: Hashable) -> Tree:
        """The fields of the dataclass ``key`` (a cut of :meth:`walk_below`), relative to it."""
        tree = Tree()
        if isinstance(key, Named):
            self.walk_below(key, "", (), tree)
        return tree

    def enum_values(self, ref: TypeRef) -> frozenset[str] | None:
        while isinstance(ref, ListOf):  # a list of enum values takes those values; a map's values are not keys
            ref = ref.item
        if isinstance(ref, Named):
            info = self.info(ref)
            if info is not None:
                return info.enum_values
        return None

    # --- API methods ---

    def operations(self, prefixes: Iterable[str] | None = None) -> Iterator[SdkOperation]:
        """Every ``self._api.do(METHOD, PATH, ...)`` of every ``...API`` class method; with ``prefixes``, only of
        the modules whose text holds one of them (the static start of the paths wanted)."""
        wanted = None if prefixes is None else tuple(prefixes)
        for name, path in self.files.items():
            if wanted is not None:
                text = path.read_text(encoding="utf-8")
                if not any(prefix in text for prefix in wanted):
                    continue
            mod = self.module(name)
            assert mod is not None
            for cls in mod.classes.values():
                if not cls.name.endswith("API"):
                    continue
                for fn in cls.body:
                    if isinstance(fn, ast.FunctionDef):
                        yield from self._method_operations(mod, cls, fn)

    def _method_operations(self, mod: Module, cls: ast.ClassDef, fn: ast.FunctionDef) -> Iterator[SdkOperation]:
        params = {a.arg: a.annotation for a in [*fn.args.args, *fn.args.kwonlyargs]}
        for call, target in _do_calls(fn):
            method, path = _const_str(call.args[0]) if call.args else None, _path_text(call.args[1:2])
            if method is None or path is None:
                continue
            op = SdkOperation(method.upper(), path, f"{mod.name}.{cls.name}.{fn.name}", {})
            kwargs = {k.arg: k.value for k in call.keywords if k.arg}
            for part in ("query", "body"):
                arg = kwargs.get(part)
                if arg is not None:
                    self._request_part(mod.name, fn, arg, params).into(part, op.fields, op.cuts)
            if target is not None and not _is_true(kwargs.get("raw")):
                self._response(mod, fn, target).into("response", op.fields, op.cuts)
            yield op

    def _request_part(
        self,
        module: str,
        fn: ast.FunctionDef,
        arg: ast.expr,
        params: dict[str, ast.expr | None],
    ) -> Tree:
        tree = Tree()
        if isinstance(arg, ast.Name):
            var = arg.id
            for node in ast.walk(fn):
                # body["key"] = <expression of one parameter>
                if isinstance(node, ast.Assign) and len(node.targets) == 1:
                    tgt = node.targets[0]
                    if isinstance(tgt, ast.Subscript) and _dotted(tgt.value) == var:
                        key = _const_str(tgt.slice)
                        if key is not None:
                            param = _first_param(node.value, params)
                            ref = self.resolve(module, params[param]) if param else LEAF
                            self.walk(ref, key, (), tree)
                    # body = <parameter>.as_dict(): the parameter's fields are the whole part
                    elif isinstance(tgt, ast.Name) and tgt.id == var and not isinstance(node.value, ast.Dict):
                        param = _first_param(node.value, params)
                        if param is not None:
                            self.walk_below(self.resolve(module, params[param]), "", (), tree)
        return tree

    def _response(self, mod: Module, fn: ast.FunctionDef, var: str) -> Tree:
        tree = Tree()
        whole = _from_dict_class(fn, var)
        if whole is not None:
            self.walk_below(self.resolve(mod.name, whole), "", (), tree)
        else:
            items = _iterated_items(fn, var)
            if items is not None:
                key, item_cls, tokens = items
                item = self.resolve(mod.name, item_cls)
                container = self._page_class(mod.name, key, item, tokens)
                if container is not None:
                    self.walk_below(container, "", (), tree)
                else:  # no page dataclass: the keys the method reads are all we know
                    self.walk(ListOf(item), key, (), tree)
                    for token in tokens:
                        tree.fields[token] = None
        return tree

    def _page_class(self, module: str, key: str, item: TypeRef, tokens: list[str]) -> Named | None:
        """The response dataclass of a paginated method, which the SDK never names: the one class of the module
        with a ``key`` list of ``item`` and every page-token key the method reads."""
        found = []
        mod = self.module(module)
        for name in mod.classes if mod else []:
            ref = Named(module, name)
            info = self.info(ref)
            if info is None or info.enum_values is not None:
                continue
            if info.fields.get(key) == ListOf(item) and all(t in info.fields for t in tokens):
                found.append(ref)
        return found[0] if len(found) == 1 else None


# --- small AST helpers ------------------------------------------------------------------------------------------


def _version(sdk_dir: Path) -> str:
    version = sdk_dir / "version.py"
    if version.is_file():
        match = re.search(r"__version__\s*=\s*['\"]([^'\"]+)", version.read_text(encoding="utf-8"))
        if match:
            return match.group(1)
    return "unknown"


def _dotted(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value)
        return f"{base}.{node.attr}" if base else None
    return None


def _const_str(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _is_true(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and node.value is True


def _path_text(nodes: list[ast.expr]) -> str | None:
    if not nodes:
        return None
    node = nodes[0]
    if isinstance(node, ast.JoinedStr):
        return "".join(_const_str(v) or "" if isinstance(v, ast.Constant) else "{}" for v in node.values)
    return _const_str(node)


def _do_calls(fn: ast.FunctionDef) -> Iterator[tuple[ast.Call, str | None]]:
    """Each ``self._api.do(...)`` call of ``fn`` and the variable its result is assigned to (if any)."""
    assigned: dict[int, str] = {}
    for node in ast.walk(fn):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and len(node.targets) == 1:
            tgt = node.targets[0]
            if isinstance(tgt, ast.Name):
                assigned[id(node.value)] = tgt.id
    for node in ast.walk(fn):
        if isinstance(node, ast.Call) and _dotted(node.func) == "self._api.do":
            yield node, assigned.get(id(node))


def _first_param(node: ast.expr, params: dict[str, ast.expr | None]) -> str | None:
    for sub in ast.walk(node):
        if isinstance(sub, ast.Name) and sub.id in params and sub.id != "self":
            return sub.id
    return None


def _as_dict_keys(cls: ast.ClassDef) -> dict[str, str]:
    """wire key -> attribute, from ``body["wireKey"] = ... self.attr ...`` in ``as_dict``."""
    keys: dict[str, str] = {}
    for fn in cls.body:
        if isinstance(fn, ast.FunctionDef) and fn.name == "as_dict":
            for node in ast.walk(fn):
                if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Subscript):
                    key = _const_str(node.targets[0].slice)
                    attr = next(
                        (
                            s.attr
                            for s in ast.walk(node.value)
                            if isinstance(s, ast.Attribute) and _dotted(s.value) == "self"
                        ),
                        None,
                    )
                    if key is not None and attr is not None:
                        keys[key] = attr
    return keys


def _from_dict_class(fn: ast.FunctionDef, var: str | None) -> ast.expr | None:
    """The class ``X`` of the first ``X.from_dict(var)`` in ``fn``."""
    for node in ast.walk(fn):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "from_dict"
            and node.args
            and var is not None
            and _dotted(node.args[0]) == var
        ):
            return node.func.value
    return None


def _iterated_items(fn: ast.FunctionDef, var: str) -> tuple[str, ast.expr, list[str]] | None:
    """For ``for v in json["items"]: yield Item.from_dict(v)``: ("items", Item, page-token keys read)."""
    for node in ast.walk(fn):
        if isinstance(node, ast.For) and isinstance(node.iter, ast.Subscript) and _dotted(node.iter.value) == var:
            key = _const_str(node.iter.slice)
            loop_var = _dotted(node.target)
            item = _from_dict_class(fn, loop_var)
            if key is None or item is None:
                continue
            tokens = sorted(
                {
                    k
                    for sub in ast.walk(fn)
                    if isinstance(sub, ast.Subscript) and _dotted(sub.value) == var
                    for k in [_const_str(sub.slice)]
                    if k is not None and k != key
                }
            )
            return key, item, tokens
    return None


def sdk_operations(
    sdk_dir: Path, paths: Iterable[str] | None = None
) -> tuple[SdkSource, dict[tuple[str, str], list[SdkOperation]]]:
    """(the SDK's sources, {(METHOD, normalised path): the SDK methods that call it}); with ``paths``, the
    operations of the modules that mention one of them (the rest are not parsed)."""
    source = SdkSource(sdk_dir)
    prefixes = None if paths is None else {p.split("{", 1)[0].rstrip("/") for p in paths}
    ops: dict[tuple[str, str], list[SdkOperation]] = {}
    for op in source.operations(prefixes):
        ops.setdefault((op.method, normalise_path(op.path)), []).append(op)
    return source, ops

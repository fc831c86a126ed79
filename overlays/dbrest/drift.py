"""Drift between the spec and today's databricks-sdk: which wire fields, enum values and operations of the SDK the
spec lacks, and which it has that the SDK does not (``dbrest spec drift``, ``make drift``).

What is compared. The operations are the target operations of ``dbrest/data/endpoints.tsv`` that the SDK calls:
an SDK method calls ``(METHOD, path)`` when one of its ``self._api.do(...)`` does (paths compared with every
``{parameter}`` reduced to ``{}``; see :mod:`dbrest.drift_sdk`). Target operations the SDK does not call (clusters
2.0 and jobs 2.0/2.1, which today's SDK no longer uses; the 2.0 groups API) are listed as "not measured". When
several SDK methods call the same operation (``UsersAPI`` and ``UsersV2API``), their fields are united.

What is counted. A *wire field* is a triple ``(operation, part, path)``, unique, where ``part`` is ``query``,
``body`` (the request body) or ``response`` (the JSON body of the success answer) and ``path`` is the field's
position in that JSON: ``new_cluster.autoscale.min_workers``; ``tasks[].task_key`` for the items of a list;
``task_values{}.x`` for the values of a map whose values are objects (a map of strings is one field, its keys
are data, not fields). Every level counts: ``new_cluster`` and ``new_cluster.autoscale`` are fields too. Path
parameters are not fields (the path template already matches them), nor are headers.

Recursion. Both sides are expanded the same way: a field whose type (an SDK dataclass, a spec ``$ref``) is
already being expanded on the way from the top is counted, but not expanded again, so ``ForEachTask.task: Task``
inside ``Task`` counts ``tasks[].for_each_task.task`` and stops there; a depth guard of 16 levels backs it up.
When a field is looked for on the other side below a point where that side stopped, it is looked for in the
stopped type's own fields (:func:`find`): two sides that stop the same recursion at different depths (a run's
nested task is a ``Task`` in the SDK and could be the enclosing ``RunTask`` in the spec) do not count each
other's deeper fields as missing or extra.
Free-form values (``Any``, ``dict``, a schema without properties) are single fields. In the spec, ``$ref`` is
followed, ``allOf``, ``oneOf`` and ``anyOf`` contribute the properties of all their alternatives, and a
request body or response is read from its ``application/json`` content (else the first content type).

The share of a service (and the TOTAL) is the number of the SDK's wire fields the spec has, divided by the
number of the SDK's wire fields. Fields the spec has and the SDK does not are listed, not counted against it.
Enum values are compared where both sides have the field and the SDK gives it an Enum type: a value of the SDK
that the spec does not list is "lacking" (also when the spec's field is a plain string), a value the spec lists
and the SDK does not is "extra"; their share is reported separately and does not enter the field share.

Nothing of the SDK's service modules is excluded: every field its service dataclasses send or read on a measured
operation counts, including preview and cloud-specific ones. Its hand-written mixins (``databricks/sdk/mixins``)
are not read: they build untyped dicts for operations the service classes already describe (``WorkspaceExt``'s
``direct_download`` export query and multipart import), so their few extra keys are not counted (``direct_download``
shows up as a field only the spec has).
"""

from __future__ import annotations

import json
import subprocess
from collections import defaultdict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .coverage import load_endpoints
from .drift_sdk import MAX_DEPTH, Cuts, Fields, Tree, normalise_path, sdk_operations

METHODS = ("get", "put", "post", "delete", "patch")


# --- the spec side ----------------------------------------------------------------------------------------------


class SpecWalker:
    """Wire fields of the operations of one OpenAPI document (``$ref`` internal, as the bundle has them)."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc

    def deref(self, node: Any, refs: tuple[str, ...] = ()) -> tuple[dict[str, Any], tuple[str, ...]]:
        """``node`` with its ``$ref`` chain followed, and the refs followed (added to ``refs``)."""
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < MAX_DEPTH:
            ref = node["$ref"]
            refs = (*refs, ref)
            target: Any = self.doc
            for part in ref.removeprefix("#/").split("/"):
                target = target.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(target, dict) else {}
            node, seen = target, seen + 1
        return (node if isinstance(node, dict) else {}), refs

    def operations(self) -> dict[tuple[str, str], tuple[str, Fields, Cuts]]:
        """{(METHOD, normalised path): (path as written, fields, cuts)}."""
        out: dict[tuple[str, str], tuple[str, Fields, Cuts]] = {}
        for path, item in self.doc.get("paths", {}).items():
            for method in METHODS:
                if method in item:
                    fields, cuts = self.operation_fields(item[method], item.get("parameters", []))
                    out[(method.upper(), normalise_path(path))] = (path, fields, cuts)
        return out

    def operation_fields(self, op: dict[str, Any], shared_params: list[Any]) -> tuple[Fields, Cuts]:
        fields: Fields = {}
        cuts: Cuts = {}
        for raw in [*shared_params, *op.get("parameters", [])]:
            param, _ = self.deref(raw)
            if param.get("in") == "query" and isinstance(param.get("name"), str):
                tree = Tree()
                self.walk(param.get("schema", {}), param["name"], (), tree)
                # A dotted name is a field of an object parameter: the SDK flattens a nested query dict into
                # `filter_by.cluster_states=...` (databricks-sdk _base_client._fix_query_string), so the spec's
                # `filter_by.*` parameters also give it `filter_by` itself.
                parts = param["name"].split(".")
                for end in range(1, len(parts)):
                    tree.fields.setdefault(".".join(parts[:end]), None)
                tree.into("query", fields, cuts)
        body, _ = self.deref(op.get("requestBody", {}))
        self.content_fields(body).into("body", fields, cuts)
        responses = op.get("responses", {})
        ok = sorted(code for code in responses if str(code).startswith("2"))
        if ok:
            answer, _ = self.deref(responses[ok[0]])
            self.content_fields(answer).into("response", fields, cuts)
        return fields, cuts

    def content_fields(self, holder: dict[str, Any]) -> Tree:
        content = holder.get("content") or {}
        media = content.get("application/json") or next(iter(content.values()), None)
        tree = Tree()
        if isinstance(media, dict) and "schema" in media:
            self.walk_below(media["schema"], "", (), tree)
        return tree

    def expand(self, key: Hashable) -> Tree:
        """The fields of the schema ``key`` (a ``$ref``, a cut of :meth:`walk_below`), relative to it."""
        tree = Tree()
        if isinstance(key, str):
            self.walk_below({"$ref": key}, "", (), tree)
        return tree

    def walk(self, schema: Any, path: str, stack: tuple[str, ...], out: Tree) -> None:
        out.fields[path] = self.enum_values(schema)
        self.walk_below(schema, path, stack, out)

    def walk_below(self, schema: Any, path: str, stack: tuple[str, ...], out: Tree) -> None:
        suffix = ""
        node, refs = self.deref(schema)
        for _ in range(MAX_DEPTH):
            if _is_array(node):
                suffix += "[]"
                node, refs = self.deref(node.get("items", {}), refs)
            elif _is_map(node):
                suffix += "{}"
                node, refs = self.deref(node["additionalProperties"], refs)
            else:
                break
        if refs and (len(stack) >= MAX_DEPTH or any(ref in stack for ref in refs)):
            out.cuts[path + suffix] = refs[-1]
            return
        if len(stack) >= MAX_DEPTH:
            return
        properties, refs = self.properties(node, refs)
        prefix = f"{path}{suffix}." if path else ""
        for name, child in properties.items():
            self.walk(child, prefix + name, (*stack, *refs), out)

    def properties(self, node: dict[str, Any], refs: tuple[str, ...]) -> tuple[dict[str, Any], tuple[str, ...]]:
        """The properties of ``node`` and of every allOf/oneOf/anyOf alternative (the first definition wins)."""
        merged: dict[str, Any] = dict(node.get("properties") or {})
        for key in ("allOf", "oneOf", "anyOf"):
            for alt in node.get(key) or []:
                if isinstance(alt, dict) and alt.get("$ref") in refs:
                    continue  # an alternative that is the schema itself (or an enclosing one)
                sub, refs = self.deref(alt, refs)
                more, refs = self.properties(sub, refs)
                for name, child in more.items():
                    merged.setdefault(name, child)
        return merged, refs

    def enum_values(self, schema: Any) -> frozenset[str] | None:
        node, refs = self.deref(schema)
        while _is_array(node):
            node, refs = self.deref(node.get("items", {}), refs)
        values: set[str] = set()
        found = False
        for alt in [node, *(self.deref(a)[0] for k in ("allOf", "oneOf", "anyOf") for a in node.get(k) or [])]:
            if "enum" in alt:
                found = True
                values.update(str(v) for v in alt["enum"] if v is not None)
            if "const" in alt and alt["const"] is not None:
                found = True
                values.add(str(alt["const"]))
        return frozenset(values) if found else None


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("type")
    return set(kind) if isinstance(kind, list) else {kind} if isinstance(kind, str) else set()


def _is_array(node: dict[str, Any]) -> bool:
    return "array" in _types(node) or ("items" in node and not _types(node))


def _is_map(node: dict[str, Any]) -> bool:
    extra = node.get("additionalProperties")
    return isinstance(extra, dict) and bool(extra) and not node.get("properties") and not node.get("allOf")


# --- comparison -------------------------------------------------------------------------------------------------


@dataclass
class OperationDrift:
    service: str
    method: str
    path: str
    sdk_methods: list[str]
    in_spec: bool
    sdk_fields: int = 0
    missing: list[tuple[str, str]] = field(default_factory=list)  # (part, path) the spec lacks
    extra: list[tuple[str, str]] = field(default_factory=list)  # (part, path) only the spec has
    enum_total: int = 0
    enum_missing: list[tuple[str, str, str]] = field(default_factory=list)  # (part, path, value)
    enum_extra: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def covered(self) -> int:
        return self.sdk_fields - len(self.missing)


@dataclass
class DriftReport:
    sdk_version: str
    measured: list[OperationDrift]
    not_in_sdk: list[tuple[str, str, str, bool]]  # service, method, path, in the spec

    def services(self) -> list[str]:
        return sorted({o.service for o in self.measured} | {s for s, *_ in self.not_in_sdk})

    def totals(self, service: str | None = None) -> dict[str, int]:
        ops = [o for o in self.measured if service is None or o.service == service]
        return {
            "ops": len(ops),
            "ops_missing": sum(not o.in_spec for o in ops),
            "fields": sum(o.sdk_fields for o in ops),
            "covered": sum(o.covered for o in ops),
            "extra": sum(len(o.extra) for o in ops),
            "enums": sum(o.enum_total for o in ops),
            "enums_covered": sum(o.enum_total - len(o.enum_missing) for o in ops),
            "enums_extra": sum(len(o.enum_extra) for o in ops),
        }

    @property
    def share(self) -> float:
        t = self.totals()
        return t["covered"] / t["fields"] if t["fields"] else 1.0


Expand = Callable[[Hashable], Tree]


def find(fields: Fields, cuts: Cuts, expand: Expand, part: str, path: str) -> tuple[bool, frozenset[str] | None]:
    """Whether one side has the field ``(part, path)``, and its enum values. Below a point where that side cut a
    recursive type, the field is looked up in that type's own fields: a spec whose nested task is the enclosing
    ``RunTask`` again has at ``tasks[].for_each_task.task.run_id`` what ``RunTask`` has at ``run_id``."""
    for _ in range(MAX_DEPTH):
        if (part, path) in fields:
            return True, fields[(part, path)]
        cut = next(
            ((cpath, key) for (cpart, cpath), key in cuts.items() if cpart == part and path.startswith(cpath + ".")),
            None,
        )
        if cut is None:
            return False, None
        tree = expand(cut[1])
        fields = {("", p): e for p, e in tree.fields.items()}
        cuts = {("", p): k for p, k in tree.cuts.items()}
        part, path = "", path[len(cut[0]) + 1 :]
    return False, None


def compare(spec: dict[str, Any], sdk_dir: Path, endpoints: Path | None = None) -> DriftReport:
    """The drift of ``spec`` against the databricks-sdk sources in ``sdk_dir`` (``.../databricks/sdk``)."""
    targets = load_endpoints(endpoints)
    source, sdk = sdk_operations(sdk_dir, [path for _, _, path in targets])
    walker = SpecWalker(spec)
    spec_ops = walker.operations()
    sdk_expand, spec_expand = _cached(source.expand), _cached(walker.expand)
    measured: list[OperationDrift] = []
    not_in_sdk: list[tuple[str, str, str, bool]] = []
    for service, method, path in targets:
        key = (method, normalise_path(path))
        in_spec = key in spec_ops
        callers = sdk.get(key)
        if not callers:
            not_in_sdk.append((service, method, path, in_spec))
            continue
        theirs: Fields = {}
        their_cuts: Cuts = {}
        for caller in callers:
            for where, enums in caller.fields.items():
                theirs[where] = _union(theirs.get(where), enums) if where in theirs else enums
            their_cuts.update(caller.cuts)
        ours, our_cuts = (spec_ops[key][1], spec_ops[key][2]) if in_spec else ({}, {})
        found = {where: find(ours, our_cuts, spec_expand, *where) for where in theirs}
        drift = OperationDrift(service, method, path, sorted(c.where for c in callers), in_spec, len(theirs))
        drift.missing = sorted(w for w in theirs if not found[w][0])
        drift.extra = sorted(w for w in ours if not find(theirs, their_cuts, sdk_expand, *w)[0])
        for where, values in sorted(theirs.items()):
            if values is None or not found[where][0]:
                continue
            spec_values = found[where][1] or frozenset()
            drift.enum_total += len(values)
            drift.enum_missing += [(*where, v) for v in sorted(values - spec_values)]
            drift.enum_extra += [(*where, v) for v in sorted(spec_values - values)]
        measured.append(drift)
    return DriftReport(source.version, measured, not_in_sdk)


def _cached(expand: Expand) -> Expand:
    memo: dict[Hashable, Tree] = {}

    def cached(key: Hashable) -> Tree:
        if key not in memo:
            memo[key] = expand(key)
        return memo[key]

    return cached


def _union(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    return None if a is None and b is None else (a or frozenset()) | (b or frozenset())


# --- the report -------------------------------------------------------------------------------------------------


def _parent(path: str) -> str | None:
    if "." not in path:
        return None
    head = path.rsplit(".", 1)[0]
    while head.endswith(("[]", "{}")):
        head = head[:-2]
    return head


def _tops(paths: list[tuple[str, str]]) -> list[tuple[str, str, int]]:
    """(part, path, how many below it) for the paths whose parent is not itself in ``paths``."""
    present = set(paths)
    below: dict[tuple[str, str], int] = defaultdict(int)
    tops = []
    for part, path in paths:
        parent = _parent(path)
        top = (part, path)
        while parent is not None and (part, parent) in present:
            top = (part, parent)
            parent = _parent(parent)
        if top == (part, path):
            tops.append(top)
        else:
            below[top] += 1
    return [(part, path, below[(part, path)]) for part, path in tops]


def _pct(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:.1f} %" if whole else "-"


def summary_table(report: DriftReport) -> list[str]:
    lines = [
        "| service | operations measured | spec lacks | SDK wire fields | in the spec | share | spec extra "
        "| enum values | in the spec |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for service in [*report.services(), None]:
        t = report.totals(service)
        if service is not None and t["ops"] == 0:
            continue
        name = "**TOTAL**" if service is None else service
        lines.append(
            f"| {name} | {t['ops']} | {t['ops_missing']} | {t['fields']} | {t['covered']} "
            f"| {_pct(t['covered'], t['fields'])} | {t['extra']} | {t['enums']} "
            f"| {_pct(t['enums_covered'], t['enums'])} |"
        )
    return lines


def render(report: DriftReport) -> str:
    """The report as Markdown (deterministic: the same spec and SDK give the same text)."""
    t = report.totals()
    out = [
        f"# Drift of the spec against databricks-sdk {report.sdk_version}",
        "",
        "Written by `make drift` (`dbrest spec drift`); the counting is defined in `overlays/dbrest/drift.py` "
        "and README.md (When the API changes). A wire field is a unique (operation, part, field path); "
        "`[]` marks the items of a list, `{}` the values of a map.",
        "",
        f"**TOTAL: {t['covered']} of {t['fields']} SDK wire fields in the spec ({_pct(t['covered'], t['fields'])})**, "
        f"on {t['ops']} operations of endpoints.tsv that the SDK calls; {t['ops_missing']} of them missing "
        f"from the spec; {len(report.not_in_sdk)} target operations are not called by the SDK (not measured). "
        f"Enum values: {t['enums_covered']} of {t['enums']} ({_pct(t['enums_covered'], t['enums'])}).",
        "",
        *summary_table(report),
        "",
    ]
    for service in report.services():
        ops = [o for o in report.measured if o.service == service]
        skipped = [(m, p, s) for sv, m, p, s in report.not_in_sdk if sv == service]
        out += [f"## {service}", ""]
        for m, p, in_spec in skipped:
            out.append(f"- not measured (the SDK does not call it): `{m} {p}`{'' if in_spec else ' (nor the spec)'}")
        same = [op for op in ops if not (op.missing or op.extra or op.enum_missing or op.enum_extra)]
        if same:
            out.append(f"- {len(same)} of {len(ops)} measured operations as in the SDK")
        for op in ops:
            if op in same:
                continue
            name = f"`{op.method} {op.path}`"
            if not op.in_spec:
                out.append(f"- {name}: **the spec lacks this operation** ({op.sdk_fields} SDK fields)")
                continue
            out.append(f"- {name} ({op.covered}/{op.sdk_fields} SDK fields)")
            for label, items in (("spec lacks", op.missing), ("spec extra", op.extra)):
                for part, path, more in _tops(items):
                    note = f" (+{more} below)" if more else ""
                    out.append(f"  - {label}: {part} `{path}`{note}")
            for label, values in (("enum values the spec lacks", op.enum_missing), ("enum extra", op.enum_extra)):
                grouped: dict[tuple[str, str], list[str]] = defaultdict(list)
                for part, path, value in values:
                    grouped[(part, path)].append(value)
                for (part, path), vals in grouped.items():
                    out.append(f"  - {label}: {part} `{path}`: {', '.join(vals)}")
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def summary(report: DriftReport) -> str:
    t = report.totals()
    return "\n".join(
        [
            *summary_table(report),
            f"drift: {t['covered']}/{t['fields']} wire fields of databricks-sdk {report.sdk_version} in the spec "
            f"({_pct(t['covered'], t['fields'])}), {t['ops_missing']} of {t['ops']} measured operations missing",
        ]
    )


# --- finding the SDK --------------------------------------------------------------------------------------------

#: Where `make peers-sdk` installs today's SDK (databricks-sdk 0.162.0), relative to the repository.
DEFAULT_SDK_PYTHON = Path(".venv-sdk") / "bin" / "python"

_LOCATE = (
    "import importlib.util, sys; s = importlib.util.find_spec('databricks.sdk'); "
    "sys.stdout.write(list(s.submodule_search_locations)[0] if s and s.submodule_search_locations else '')"
)


def sdk_dir_of_python(python: Path) -> Path:
    """The ``databricks/sdk`` source directory of the databricks-sdk installed for ``python`` (not imported)."""
    try:
        proc = subprocess.run([str(python), "-c", _LOCATE], capture_output=True, text=True, timeout=60, check=False)
    except OSError as exc:
        raise FileNotFoundError(f"cannot run {python}: {exc.strerror or exc}") from None
    location = proc.stdout.strip()
    if proc.returncode != 0 or not location:
        raise FileNotFoundError(
            f"{python} has no databricks-sdk installed: install it there (`make peers-sdk` creates .venv-sdk with "
            "databricks-sdk 0.162.0) or give its sources with --sdk-path"
        )
    return Path(location)


def sdk_dir_of_path(path: Path) -> Path:
    """Accepts the ``databricks/sdk`` directory itself, or a directory holding ``databricks/sdk``."""
    for candidate in (path, path / "databricks" / "sdk"):
        if (candidate / "service").is_dir():
            return candidate
    raise FileNotFoundError(f"{path} holds no databricks/sdk/service sources: give the directory of databricks/sdk")


def load_spec(path: Path) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return doc

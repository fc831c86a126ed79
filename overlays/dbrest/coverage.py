"""Coverage of the Databricks API by the spec: a per-service table of the operations in endpoints.tsv (the
target operations, shipped in dbrest/data) that the spec has, by method and path."""

from __future__ import annotations

from collections import defaultdict
from importlib import resources
from pathlib import Path
from typing import Any

METHODS = ("get", "put", "post", "delete", "patch")


def load_endpoints(path: Path | None = None) -> list[tuple[str, str, str]]:
    text = (
        path.read_text(encoding="utf-8")
        if path is not None
        else resources.files("dbrest").joinpath("data/endpoints.tsv").read_text(encoding="utf-8")
    )
    rows = []
    for line in text.splitlines()[1:]:
        if line.strip():
            service, method, route = line.split("\t")
            rows.append((service, method.upper(), route))
    return rows


def spec_operations(spec: dict[str, Any]) -> set[tuple[str, str]]:
    return {(m.upper(), p) for p, item in spec["paths"].items() for m in METHODS if m in item}


def coverage_table(endpoints: list[tuple[str, str, str]], ops: set[tuple[str, str]]) -> tuple[str, int, int, list[str]]:
    """(table text, covered, total, missing operations)."""
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    missing = []
    for service, method, route in endpoints:
        per[service][1] += 1
        if (method, route) in ops:
            per[service][0] += 1
        else:
            missing.append(f"{service}: {method} {route}")
    width = max([len(s) for s in per] + [7])
    lines = [f"{'service':<{width}}  covered  total"]
    for service in sorted(per):
        got, total = per[service]
        mark = "" if got == total else "  <-- incomplete"
        lines.append(f"{service:<{width}}  {got:>7}  {total:>5}{mark}")
    covered = sum(v[0] for v in per.values())
    total = sum(v[1] for v in per.values())
    lines.append(f"{'TOTAL':<{width}}  {covered:>7}  {total:>5}")
    return "\n".join(lines), covered, total, missing


def coverage_report(spec: dict[str, Any], endpoints: Path | None = None) -> tuple[str, int, int]:
    table, covered, total, missing = coverage_table(load_endpoints(endpoints), spec_operations(spec))
    text = "\n".join([table, *(f"missing: {m}" for m in missing), f"coverage: {covered}/{total}"])
    return text, covered, total

"""Per-service coverage of ../shared/reference/endpoints.tsv by the bundled spec; exits 1 below 100 %.

python generator/coverage.py [--endpoints PATH] [--spec build/openapi.json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ENDPOINTS = ROOT / "reference" / "endpoints.tsv"
METHODS = ("get", "put", "post", "delete", "patch")


def load_endpoints(path: Path) -> list[tuple[str, str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            service, method, route = line.split("\t")
            rows.append((service, method.upper(), route))
    return rows


def spec_operations(spec: dict[str, object]) -> set[tuple[str, str]]:
    paths = spec["paths"]
    assert isinstance(paths, dict)
    return {(m.upper(), p) for p, item in paths.items() for m in METHODS if m in item}


def coverage(endpoints: list[tuple[str, str, str]], ops: set[tuple[str, str]]) -> tuple[str, int, int, list[str]]:
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    missing = []
    for service, method, route in endpoints:
        per[service][1] += 1
        if (method, route) in ops:
            per[service][0] += 1
        else:
            missing.append(f"{service}: {method} {route}")
    width = max(len(s) for s in per) if per else 10
    lines = [f"{'service':<{width}}  covered  total"]
    for service in sorted(per):
        got, total = per[service]
        mark = "" if got == total else "  <-- incomplete"
        lines.append(f"{service:<{width}}  {got:>7}  {total:>5}{mark}")
    covered = sum(v[0] for v in per.values())
    total = sum(v[1] for v in per.values())
    lines.append(f"{'TOTAL':<{width}}  {covered:>7}  {total:>5}")
    return "\n".join(lines), covered, total, missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--endpoints", type=Path, default=DEFAULT_ENDPOINTS)
    parser.add_argument("--spec", type=Path, default=ROOT / "build" / "openapi.json")
    args = parser.parse_args(argv)
    if not args.endpoints.exists():
        print(f"coverage: {args.endpoints} not found (pass --endpoints)", file=sys.stderr)
        return 2
    table, covered, total, missing = coverage(
        load_endpoints(args.endpoints), spec_operations(json.loads(args.spec.read_text(encoding="utf-8")))
    )
    print(table)
    for m in missing:
        print(f"missing: {m}")
    if covered < total:
        print(f"coverage: {covered}/{total} operations — below {total}/{total}", file=sys.stderr)
        return 1
    print(f"coverage: {covered}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

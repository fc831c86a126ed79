"""Per-service coverage of the target operations (dbrest/data/endpoints.tsv) by the bundle; exits 1 below 100 %.

python generator/coverage.py [--endpoints PATH] [--spec build/openapi.json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from dbrest.coverage import coverage_report

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--endpoints", type=Path, default=None, help="default: overlays/dbrest/data/endpoints.tsv")
    parser.add_argument("--spec", type=Path, default=ROOT / "build" / "openapi.json")
    args = parser.parse_args(argv)
    text, covered, total = coverage_report(json.loads(args.spec.read_text(encoding="utf-8")), args.endpoints)
    print(text)
    if covered < total:
        print(f"coverage: {covered}/{total} operations — below {total}/{total}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""What `make check-generated` says about a generated tree: the files a fresh generation would write otherwise
(one line each, named from the repository root), and the report (the lines, what to run, exit status). Shared by
generate.py (generated/, overlays/dbrest/_generated) and unasync_overlays.py (overlays/dbrest/_sync)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Set


def stale(where: str, fresh: Set[str], committed: Set[str], differs: Callable[[str], bool], how: str) -> list[str]:
    """Files of the fresh generation that are missing from ``committed``, committed ones it no longer writes, and
    those in both for which ``differs``; ``how`` says how a differing file differs (``{}``: its name)."""
    return (
        [f"{where}/{f} (missing)" for f in sorted(fresh - committed)]
        + [f"{where}/{f} (stale, no longer generated)" for f in sorted(committed - fresh)]
        + [f"{where}/{f} ({how.format(f)})" for f in sorted(fresh & committed) if differs(f)]
    )


def report(lines: list[str], *, what: str, source: str, run: str, fine: str) -> int:
    """Exit status 1 naming every stale file of ``what`` (generated from ``source``) and what to ``run``; else 0,
    printing ``fine``."""
    if lines:
        print(f"check-generated: {what} out of date with {source}:", file=sys.stderr)
        for line in lines:
            print(f"  {line}", file=sys.stderr)
        print(f"Run {run} and commit the result.", file=sys.stderr)
        return 1
    print(f"check-generated: {fine}")
    return 0

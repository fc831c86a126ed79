"""What every soak client shares: its identity and random source, the fixtures created before the faults
start, the operation mix, and the checks that do not depend on sync or async I/O."""

from __future__ import annotations

import random
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dbrest.dbfs import BLOCK

from .ledger import Loss, Unexpected
from .ledger import reader_error_ok as reader_error_ok  # the shared-path readers' rule, with the ledger's

#: File sizes, weighted towards small files; several cross the 1 MiB block boundary (multi-block transfers).
SIZES = (0, 1, 1000, 65_536, BLOCK - 1, BLOCK, BLOCK + 1, 2 * BLOCK + 123, 3 * BLOCK + 5)
SIZE_WEIGHTS = (1, 1, 4, 4, 1, 1, 1, 1, 1)
#: Operation kinds and how often each comes up in a client's rotation.
MIX = {"dbfs": 4, "cp -r": 1, "cluster": 1, "job": 2, "command": 2, "shared path": 1}
#: Bound on every waiter (seconds; the mock's fast durations take about a second per step).
WAIT = 120.0


@dataclass
class Shared:
    """Created before the faults start: running clusters for commands and jobs, a job, cluster parameters."""

    clusters: list[str]
    job_id: int
    spark_version: str
    node_type: str


@dataclass
class Client:
    name: str
    rng: random.Random
    tmp: Path
    shared: Shared
    #: Where in MIX the first rotation starts: clients started at different offsets cover every kind early,
    #: so that even a short run exercises them all.
    start: int = 0
    n: int = 0
    #: The sha256 of this client's shared path after its last round (None: absent).
    shared_sha: str | None = None
    kinds: list[str] = field(default_factory=list)

    def next_kind(self) -> str:
        if self.n == 0:
            names = list(MIX)
            k = self.start % len(names)
            self.kinds = list(reversed(names[k:] + names[:k]))  # popped from the end: starts at names[k]
        if not self.kinds:
            self.kinds = [k for k, w in MIX.items() for _ in range(w)]
            self.rng.shuffle(self.kinds)
        self.n += 1
        return self.kinds.pop()

    def remote(self, leaf: str) -> str:
        return f"dbfs:/soak/{self.name}/{leaf}"

    def opdir(self) -> Path:
        d = self.tmp / f"op{self.n}"
        d.mkdir(parents=True, exist_ok=True)
        return d

    def done_with(self, d: Path) -> None:
        shutil.rmtree(d, ignore_errors=True)

    def size(self) -> int:
        return self.rng.choices(SIZES, SIZE_WEIGHTS)[0]

    def data(self) -> bytes:
        return self.rng.randbytes(self.size())

    def token(self) -> str:
        return f"{self.name}-{self.n}-{self.rng.getrandbits(32):08x}"

    def cluster(self) -> str:
        return self.rng.choice(self.shared.clusters)


def cluster_spec(shared: Shared, name: str) -> dict[str, Any]:
    return {
        "cluster_name": name,
        "spark_version": shared.spark_version,
        "node_type_id": shared.node_type,
        "num_workers": 1,
        "autotermination_minutes": 0,
    }


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise Unexpected(message)


def run_states(run: Any) -> tuple[str, str]:
    state = run.to_dict().get("state", {})
    return str(state.get("life_cycle_state")), str(state.get("result_state"))


def check_run(run: Any, want: str) -> None:
    life, result = run_states(run)
    expect(
        (life, result) == ("TERMINATED", want), f"run {run.run_id} ended {life}/{result}, expected TERMINATED/{want}"
    )


def task_run_id(run: Any) -> int:
    """The run id of the (only) task of a run, whose output holds the notebook's exit value."""
    tasks = run.to_dict().get("tasks") or []
    expect(len(tasks) == 1, f"run {run.run_id} has {len(tasks)} tasks, expected 1")
    return int(tasks[0]["run_id"])


def check_output(token: str, output: Any) -> None:
    got = output.to_dict().get("notebook_output", {}).get("result")
    expect(got == token, f"run output {got!r}, expected {token!r}")


def check_tree(what: str, want: dict[str, str], got: dict[str, str], *, complete: bool) -> None:
    """``got`` (relative path -> sha256) holds only whole files of ``want``, and all of them if ``complete``."""
    extra = sorted(set(got) - set(want))
    if extra:
        raise Loss(f"{what}: files that were never written: {extra[:5]}")
    bad = sorted(rel for rel, sha in got.items() if want[rel] != sha)
    if bad:
        raise Loss(f"{what}: files whose bytes differ from what was written: {bad[:5]}")
    missing = sorted(set(want) - set(got))
    if complete and missing:
        raise Loss(f"{what}: files missing after a successful copy: {missing[:5]}")


def check_shared_end(
    path: str, allowed: dict[str, str], succeeded: list[str], final_sha: str | None, failed: Sequence[str] = ()
) -> None:
    """After concurrent overwrites of one path: one writer's whole file, and a file at all if anyone succeeded.
    ``failed`` describes the writers that raised (for the message)."""
    if final_sha is None:
        if succeeded:
            raise Loss(
                f"{path} is gone although {', '.join(succeeded)} reported success; the writers that failed: "
                f"{'; '.join(failed) or 'none'}"
            )
        return
    if final_sha not in allowed:
        raise Loss(f"{path} holds bytes (sha256 {final_sha[:16]}...) that are no writer's whole file")


def tree_files(rng: random.Random) -> dict[str, bytes]:
    """A small tree as ``cp -r`` meets it: nested directories, an empty file, one file over a block."""
    return {
        "a.txt": rng.randbytes(rng.randint(1, 5000)),
        "empty": b"",
        "sub/b.bin": rng.randbytes(rng.randint(1, 200_000)),
        "sub/deeper/c.bin": rng.randbytes(rng.choice((10, BLOCK + 17))),
        "sub/deeper/d.txt": rng.randbytes(rng.randint(1, 3000)),
    }

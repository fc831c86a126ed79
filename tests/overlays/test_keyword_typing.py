"""mypy --strict checks keyword calls (issue 15 item 1): the generated facade signatures carry the request's fields,
so a wrong keyword or a wrong type is a type error in the caller's code, and the documented call styles pass."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

GOOD = """
import dbrest
from dbrest_client.models.clusters_id_request import ClustersIdRequest

def use(ws: dbrest.Workspace, cid: str) -> None:
    print(ws.clusters.get(cid).state, ws.clusters.get(cluster_id=cid).cluster_name)
    created = ws.clusters.create(cluster_name="x", spark_version="15.4.x-scala2.12", node_type_id="n", num_workers=1)
    print(created.cluster_id)
    ws.clusters.start(body=ClustersIdRequest(cluster_id=cid))
    ws.jobs.create(name="x", tasks=[{"task_key": "t", "notebook_task": {"notebook_path": "/x"}, "existing_cluster_id": cid}])
    ws.secrets.put(scope="s", key="k", string_value="v")
    print(ws.dbfs.read(path="/f", offset=0, length=10).bytes_read)
"""

#: One mistake a line; the test checks that mypy reports each line (and nothing else).
BAD = """
import dbrest

def use(ws: dbrest.Workspace, cid: str) -> None:
    ws.clusters.get(clusterid=cid)
    ws.clusters.create(spark_version="v", num_workers="one")
    ws.clusters.start()
    ws.clusters.create(cluster_name="x")
    ws.jobs.create(name="x", max_concurrent_runs="2")
    ws.secrets.put("s", "k", strin_value="v")
"""
BAD_LINES = {5: "clusterid", 6: "create", 7: "start", 8: "create", 9: "create", 10: "put"}


def _mypy(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "caller.py"
    path.write_text(source, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_mypy_accepts_the_keyword_styles(tmp_path: Path) -> None:
    result = _mypy(tmp_path, GOOD)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_rejects_wrong_keywords_types_and_missing_fields(tmp_path: Path) -> None:
    """A misspelled keyword, a wrong type (num_workers, max_concurrent_runs), a missing required field (start's
    cluster_id, create's spark_version): each line is an error."""
    result = _mypy(tmp_path, BAD)
    assert result.returncode == 1, result.stdout + result.stderr
    errors = {}
    for line in result.stdout.splitlines():
        _, number, kind, text = line.split(":", 3)
        if kind.strip() == "error":
            errors[int(number)] = text
    assert set(errors) == set(BAD_LINES), result.stdout
    for number, word in BAD_LINES.items():
        assert f'"{word}"' in errors[number], errors[number]
    assert 'did you mean "cluster_id"' in errors[5]

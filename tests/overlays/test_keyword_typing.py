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

BAD = """
import dbrest

def use(ws: dbrest.Workspace, cid: str) -> None:
    ws.clusters.get(clusterid=cid)
    ws.clusters.create(spark_version="v", num_workers="one")
"""


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


def test_mypy_rejects_a_wrong_keyword_and_a_wrong_type(tmp_path: Path) -> None:
    result = _mypy(tmp_path, BAD)
    assert result.returncode == 1, result.stdout + result.stderr
    assert 'Unexpected keyword argument "clusterid"' in result.stdout
    assert '"num_workers"' in result.stdout and "incompatible type" in result.stdout

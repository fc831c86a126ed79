"""The daily pipeline's tests again, for the databricks-sdk version of the pipeline (``with_sdk``).

These tests need only the SDK: they talk to whatever mock the environment names (DATABRICKS_HOST,
DATABRICKS_TOKEN), and drive it through its control API over HTTP with the SDK's own authenticated client
(``/__mock/reset``, ``/__mock/scenarios``, ``/__mock/requests``, ``/__mock/clock``). Start the mock around them
with ``dbrest_mock.mock_databricks(durations="instant")`` (what the dbrest repository's test does, running this
file with the SDK's interpreter) or ``python -m dbrest_mock --clock manual --durations instant``. Plain unittest,
so the SDK's environment needs nothing else; pytest runs them too.
"""

from __future__ import annotations

import time
import unittest
from typing import Any

from daily_pipeline import CLUSTER_SPEC, PipelineFailed, marker_path
from daily_pipeline.with_sdk import run_daily
from databricks.sdk import WorkspaceClient

ROWS = b"id,amount\n1,10\n2,20\n"


class PipelineWithTheSdk(unittest.TestCase):
    def setUp(self) -> None:
        self.w = WorkspaceClient()  # DATABRICKS_HOST and DATABRICKS_TOKEN name the mock
        self.control("POST", "/__mock/reset", {})

    def control(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        return self.w.api_client.do(method, path, body=body)

    def requests(self, path: str) -> list[dict[str, Any]]:
        return [r for r in self.control("GET", "/__mock/requests")["requests"] if r["path"] == path]

    def test_a_day_runs_end_to_end(self) -> None:
        started = time.perf_counter()
        report = run_daily(self.w, "2024-05-01", ROWS)

        self.assertEqual(report.result_state, "SUCCESS")
        self.assertEqual(report.attempts, {"ingest": 1, "transform": 1})
        self.assertEqual(self.w.dbfs.download(marker_path("2024-05-01")).read(), f"run {report.run_id}\n".encode())
        self.assertLess(time.perf_counter() - started, 2.0)
        self.assertEqual(len(self.requests("/api/2.1/clusters/create")), 1)

    def test_a_failed_transform_is_retried(self) -> None:
        scenario = {"kind": "run_result", "result_state": "FAILED", "message": "ValueError: bad row 7"}
        self.control("POST", "/__mock/scenarios", {**scenario, "task_key": "transform"})

        report = run_daily(self.w, "2024-05-02", ROWS)

        self.assertEqual(report.result_state, "SUCCESS")
        self.assertEqual(report.attempts, {"ingest": 1, "transform": 2})

    def test_a_transform_that_keeps_failing_fails_the_pipeline(self) -> None:
        scenario = {"kind": "run_result", "result_state": "FAILED", "message": "ValueError: bad row 7"}
        self.control("POST", "/__mock/scenarios", {**scenario, "task_key": "transform", "times": None})

        with self.assertRaisesRegex(PipelineFailed, "bad row 7"):
            run_daily(self.w, "2024-05-03", ROWS)
        self.assertFalse(self.w.dbfs.exists(marker_path("2024-05-03")))

    def test_a_cluster_that_cannot_start_stops_the_pipeline(self) -> None:
        scenario = {"kind": "cluster_start_failure", "code": "CLOUD_PROVIDER_LAUNCH_FAILURE"}
        self.control("POST", "/__mock/scenarios", {**scenario, "message": "quota exhausted"})

        with self.assertRaisesRegex(PipelineFailed, "did not start"):
            run_daily(self.w, "2024-05-04", ROWS)
        self.assertEqual(self.requests("/api/2.1/jobs/run-now"), [])

    def test_an_existing_cluster_is_reused(self) -> None:
        spec = {k: v for k, v in CLUSTER_SPEC.items() if k != "num_workers"}
        cluster = self.w.clusters.create(num_workers=CLUSTER_SPEC["num_workers"], **spec).result()
        assert cluster.cluster_id is not None
        self.w.clusters.delete(cluster.cluster_id).result()

        report = run_daily(self.w, "2024-05-05", ROWS)

        self.assertEqual(report.result_state, "SUCCESS")
        self.assertEqual(len(self.requests("/api/2.1/clusters/create")), 1)  # the one above
        self.assertEqual(len(self.requests("/api/2.1/clusters/start")), 1)


if __name__ == "__main__":
    unittest.main()

"""The SQL task output of ``runs/get-output`` as databricks-sdk 0.162.0 reads it (jobs.SqlOutput): its
``sql_statements`` and ``widgets`` are lists, and ``alert_output`` is a SqlAlertOutput with ``alert_state``."""

from __future__ import annotations

import copy
from typing import Any

from dbrest_client.models.jobs_21_runs_get_output_response import Jobs21RunsGetOutputResponse

SQL_OUTPUT: dict[str, Any] = {
    "query_output": {
        "query_text": "SELECT 1",
        "warehouse_id": "abc",
        "sql_statements": [{"lookup_key": "k1"}, {"lookup_key": "k2"}],
    },
    "dashboard_output": {
        "warehouse_id": "abc",
        "widgets": [
            {
                "widget_id": "w1",
                "widget_title": "Revenue",
                "output_link": "https://example.com/w1",
                "status": "FAILED",
                "error": {"message": "boom"},
                "start_time": 1,
                "end_time": 2,
            }
        ],
    },
    "alert_output": {"alert_state": "TRIGGERED", "query_text": "SELECT 1", "sql_statements": [{"lookup_key": "k"}]},
}


def test_sdk_shaped_sql_output_parses_and_round_trips() -> None:
    wire = {"sql_output": copy.deepcopy(SQL_OUTPUT)}
    parsed = Jobs21RunsGetOutputResponse.from_dict(copy.deepcopy(wire))
    assert parsed.to_dict() == wire
    sql = parsed.sql_output
    assert [s.lookup_key for s in sql.query_output.sql_statements] == ["k1", "k2"]  # type: ignore[union-attr]
    widget = sql.dashboard_output.widgets[0]  # type: ignore[union-attr,index]
    assert widget.status == "FAILED" and widget.error.message == "boom"  # type: ignore[union-attr]
    assert sql.alert_output.alert_state == "TRIGGERED"  # type: ignore[union-attr]

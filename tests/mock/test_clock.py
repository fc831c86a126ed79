"""The virtual clock: steps run in time order, and a step that fails is logged and dropped, never passed on to
whoever moved the clock (an advance, or the API request that found the step due)."""

from __future__ import annotations

import logging

import httpx
import pytest
from dbrest_mock import MockServer
from dbrest_mock.clock import VirtualClock


def boom() -> None:
    raise RuntimeError("a broken step")


def test_a_failing_step_does_not_stop_an_advance_or_the_steps_after_it(caplog: pytest.LogCaptureFixture) -> None:
    clock = VirtualClock("manual")
    ran: list[float] = []
    clock.schedule(1, lambda: ran.append(clock.now()))
    clock.schedule(2, boom)
    clock.schedule(3, lambda: ran.append(clock.now()))
    with caplog.at_level(logging.ERROR, logger="dbrest_mock"):
        assert clock.advance(5) == 3
    assert [t - ran[0] for t in ran] == [0, 2]
    assert clock.failures == 1 and "a broken step" in caplog.text


def test_a_failing_step_due_at_a_request_does_not_fail_the_request(
    mock: MockServer, client: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    ran: list[str] = []
    mock.env.clock.schedule(0, boom)
    mock.env.clock.schedule(0, lambda: ran.append("later"))
    with caplog.at_level(logging.ERROR, logger="dbrest_mock"):
        r = client.get("/api/2.0/dbfs/list", params={"path": "/"})
    assert r.status_code == 200, r.text
    assert ran == ["later"] and mock.env.clock.failures == 1
    assert client.get("/api/2.0/dbfs/list", params={"path": "/"}).status_code == 200


@pytest.mark.parametrize("seconds", [float("inf"), float("nan"), -1.0, 1e300])
def test_the_clock_refuses_advances_it_cannot_make(seconds: float) -> None:
    clock = VirtualClock("manual")
    before = clock.now()
    with pytest.raises(ValueError):
        clock.advance(seconds)
    assert clock.now() == before

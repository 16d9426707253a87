"""Every QTimer armed with a computed wait holds it, whatever the clock says (issue 22: a run
day dated in the future raised OverflowError at every start: 2^31 ms is 24.8 days; the window's
own case is in test_run_day_window)."""

from __future__ import annotations

import math

import pytest

from coach.qt.timer_bounds import MAX_TIMER_MS, timer_ms


@pytest.mark.parametrize(("wait", "expected"), [
    (0.0, 0), (0.2, 1), (1500.0, 1500), (-5.0, 0), (math.nan, 0), (math.inf, MAX_TIMER_MS),
    (-math.inf, 0), (2.0**31, MAX_TIMER_MS), (1e300, MAX_TIMER_MS),
])
def test_a_wait_becomes_an_interval_a_timer_holds(wait: float, expected: int) -> None:
    assert timer_ms(wait) == expected


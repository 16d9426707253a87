"""The plan preview and the routine-problem lines (no widgets)."""

from __future__ import annotations

from pathlib import Path

from coach.app.preview import preview_routine, problem_lines
from coach.core.plan.compiler import PlanSettings
from coach.core.routine_files.problems import Problem
from tests.qt.helpers import warm_up


def test_each_step_with_its_time_and_sides():
    shown = preview_routine(warm_up(), PlanSettings(lead_in_seconds=5))
    assert shown.title.startswith("Test warm-up · ")
    assert [(s.number, s.name, s.dose, s.sides) for s in shown.steps] == [
        (1, "March", "30 s", ""),
        (2, "Calf stretch", "20 s each side", "left, then right"),
        (3, "Ankle circles", "5 reps", ""),
    ]
    assert shown.steps[1].seconds == 20 + 3 + 20  # both sides and the switch


def test_the_preview_follows_the_timing_preferences():
    longer = preview_routine(warm_up(), PlanSettings(lead_in_seconds=5, hold_scale=2.0))
    assert longer.steps[0].dose == "1 min"


def test_problem_lines_name_the_file_line_and_field():
    lines = problem_lines([
        Problem(Path("/home/x/routines/hill.toml"), "expected a number", "steps[0].seconds", 7, 11),
        Problem(Path("/home/x/routines/bad\x1b.toml"), "not TOML"),
    ])
    assert lines == ["hill.toml, line 7: steps[0].seconds: expected a number",
                     "bad\\x1b.toml: not TOML"]


def test_the_title_says_what_the_times_come_from():
    from coach.app.preview import Timing, estimated_plan, preview, timing_words
    from coach.core.plan.compiler import PlanSettings
    from tests.qt.helpers import warm_up

    plan = estimated_plan(warm_up(), PlanSettings())
    assert preview(plan).title == "Test warm-up · 2 min"
    assert preview(plan, Timing.VOICE).title.endswith(" · timed with your voice")
    assert preview(plan, Timing.ESTIMATE).title.endswith(" · estimated")
    assert "no voice" in timing_words(Timing.ESTIMATE, voice=False)
    assert "fits them to your voice" in timing_words(Timing.ESTIMATE, voice=True)

"""Grouping cues, and the music's spans: pure, from the plan alone."""

from __future__ import annotations

import itertools

import pytest

from coach.app.music_groups import (
    JOIN,
    LEAD,
    TAIL,
    Group,
    Span,
    finish_position,
    music_spans,
    pause_position,
    spoken_groups,
)
from coach.app.music_ramps import RAMP_DOWN
from coach.core.plan.compiler import Cue, CueType, PlanSettings, compile_plan
from coach.core.plan.phrase_time import estimate_speech_seconds
from coach.core.routine_files.library import load_library


def half_second(_text: str) -> float:
    return 0.5


def counts(every: float, n: int = 4, start: float = 10.0) -> list[Cue]:
    return [Cue(start + i * every, f"{i + 1}.", CueType.COUNT, 0) for i in range(n)]


@pytest.mark.parametrize("every", [1.0, 2.0, 4.0])
def test_counts_up_to_four_seconds_apart_are_one_group(every: float) -> None:
    assert spoken_groups(counts(every), half_second) == [Group(10.0, 10.0 + 3 * every + 0.5)]


def test_cues_with_a_long_quiet_between_are_two_groups() -> None:
    cues = counts(1.0, 2) + counts(1.0, 2, start=11.5 + JOIN)
    assert spoken_groups(cues, half_second) == [Group(10.0, 11.5),
                                                Group(11.5 + JOIN, 13.0 + JOIN)]


def test_a_cue_lasts_as_long_as_its_spoken_form() -> None:
    cue = Cue(10.0, "Next up, Sit-to-stand.", CueType.NEXT, 0,
              spoken_as="Next up, Sit down and stand up.")
    lengths = {"Next up, Sit down and stand up.": 2.0}
    assert spoken_groups([cue], lambda text: lengths.get(text, 0.5)) == [Group(10.0, 12.0)]


def test_tones_alone_make_no_window() -> None:
    cues = [Cue(5.0, "", CueType.END, 0, tone="end"), *counts(1.0, 1, start=20.0)]
    assert spoken_groups(cues, half_second) == [Group(20.0, 20.5)]


def test_a_span_starts_the_ramp_early_enough_and_ends_after_the_last_word() -> None:
    assert LEAD >= RAMP_DOWN  # down before the first word, not during it
    groups = [Group(10.0, 12.0), Group(30.0, 31.0)]
    assert music_spans(groups, 0.0) == [Span(10.0 - LEAD, 12.0 + TAIL),
                                        Span(30.0 - LEAD, 31.0 + TAIL)]
    assert music_spans(groups, 11.0) == music_spans(groups, 0.0)  # one under way is kept
    assert music_spans(groups, 20.0) == [Span(30.0 - LEAD, 31.0 + TAIL)]


def test_the_pause_comes_after_the_lead_in_words() -> None:
    plan = compile_plan(load_library().get("warmup-standard"), PlanSettings())
    lead_in = next(c for c in plan.cues if c.type is CueType.LEAD_IN)
    assert pause_position(plan, half_second) == lead_in.at + 0.5 + TAIL
    no_lead_in = compile_plan(load_library().get("warmup-standard"),
                              PlanSettings(lead_in_seconds=0))
    assert pause_position(no_lead_in, half_second) == 0.0  # no words to wait for: at once


def test_the_music_is_given_back_after_the_finish_words() -> None:
    groups = [Group(100.0, 102.0)]
    assert finish_position(groups, 100.0) == 102.0 + TAIL
    assert finish_position(groups, 200.0) == 200.0


def test_a_whole_routine_every_spoken_cue_is_inside_a_window_lowered_in_time() -> None:
    plan = compile_plan(load_library().get("warmup-standard"), PlanSettings())

    def seconds(text: str) -> float:
        return estimate_speech_seconds(text, 175)

    spans = music_spans(spoken_groups(plan.cues, seconds), -100.0)
    for cue in (c for c in plan.cues if c.text):
        assert any(s.down + RAMP_DOWN <= cue.at and cue.at + seconds(cue.text) <= s.up
                   for s in spans), cue
    ups = [b.down - a.up for a, b in itertools.pairwise(spans)]
    assert min(ups) >= JOIN - LEAD - TAIL  # back up between groups for a while, no pumping

"""Which frame of an exercise's picture shows at a moment of the plan: the decision, no widgets.

Every picture has two frames: ``NAME.svg``, the start position, and ``NAME-end.svg``, the end
position (for a stretch, the held stretch; its start is the way in). The session screen:

* alternates them at the step's tempo in a counted step — the start for the first half of each
  rep, the end for the second half, so the count (said mid-rep) lands as the end is reached;
* alternates them once a second in a timed move (walking, marching, jogging), a calm pace that
  reads from the floor rather than a true stride rate;
* shows the held position throughout a stretch, and during the change-over before one shows the
  way in: the start for the first half, the held position for the second;
* keeps one frame when motion is reduced: the held position for a stretch, the start for the
  rest (whose pictures carry an arrow saying how to move).

Pictures are drawn for the right side; a left-side block shows them mirrored.

Qt-free, like :mod:`coach.app.display`: the Qt layer only asks when the frame next changes.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from coach.core.model import ExerciseKind
from coach.core.plan.compiler import EPSILON, Segment, Side

# A timed move changes frame this often (seconds).
TIMED_MOVE_FRAME_SECONDS = 1.0
# Kinds shown as one held position.
HELD_KINDS = frozenset({ExerciseKind.STATIC_STRETCH})
# Kinds that do not move at all (a prompt is something to read or do, not a movement).
STILL_KINDS = frozenset({ExerciseKind.PROMPT})
# Float noise must not leave a frame change a hair before the moment it was due.


class Frame(StrEnum):
    START = "start"
    END = "end"


FRAME_SUFFIX = {Frame.START: "", Frame.END: "-end"}


def frame_name(picture: str, frame: Frame) -> str:
    """The file stem of one frame: ``calf-raises`` or ``calf-raises-end``."""
    return picture + FRAME_SUFFIX[frame]


@dataclass(frozen=True, slots=True)
class PictureFrame:
    frame: Frame
    mirrored: bool
    changes_at: float | None  # plan position of the next change in this segment, if any


def picture_frame(segment: Segment, position: float, *, still: bool) -> PictureFrame:
    """The frame to show at ``position`` (seconds into the plan) during ``segment``."""
    kind = segment.exercise.kind
    held = kind in HELD_KINDS
    mirrored = segment.side is Side.LEFT and segment.is_exercise
    if still or kind in STILL_KINDS:
        return PictureFrame(Frame.END if held else Frame.START, mirrored, None)
    if not segment.is_exercise:
        if not held:
            return PictureFrame(Frame.START, mirrored, None)
        halfway = segment.start + segment.seconds / 2
        if position + EPSILON < halfway:
            return PictureFrame(Frame.START, mirrored, halfway)
        return PictureFrame(Frame.END, mirrored, None)
    if held:
        return PictureFrame(Frame.END, mirrored, None)
    if segment.reps is None or not segment.rep_seconds:
        period = TIMED_MOVE_FRAME_SECONDS
        beat = math.floor((position - segment.start + EPSILON) / period)
        following = segment.start + (beat + 1) * period
    else:
        # Counted: two frames a rep, from the first count; a pause between two counts (for
        # a word like "Reverse.") holds the start frame.
        origin, period = segment.start + segment.count_from, segment.rep_seconds / 2
        if position + EPSILON < origin:
            return PictureFrame(Frame.START, mirrored, origin)
        beat = math.floor((segment.counted_at(position - segment.start) + EPSILON) / period)
        following = segment.start + segment.counting_moment((beat + 1) * period)
    frame = Frame.START if beat % 2 == 0 else Frame.END
    return PictureFrame(frame, mirrored, following if following < segment.end else None)


class Motion(StrEnum):
    """The ``reduce_motion`` preference's values."""

    SYSTEM = "system"  # reduce motion when the platform asks for it
    ON = "on"  # reduced: one still frame
    OFF = "off"  # pictures move


def motion_reduced(preference: str, platform_asks: Callable[[], bool]) -> bool:
    """Whether pictures keep still; the platform is only asked when the preference says so."""
    if preference == Motion.ON:
        return True
    if preference == Motion.OFF:
        return False
    return platform_asks()

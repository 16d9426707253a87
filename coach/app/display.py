"""What the session screen shows for a snapshot: the decisions, without any widgets.

The session screen only copies these fields into its widgets, so what the runner sees in each
kind of segment (get ready, a side, a switch, a change-over) is decided and tested here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from coach.app.text import clock_text, duration_text
from coach.events import Snapshot, State
from coach.plan import Plan, Segment, SegmentKind, Side


class Badge(StrEnum):
    """The coloured strip under the exercise name; LEFT and RIGHT have their own colours."""

    NONE = "none"
    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"
    READY = "ready"
    NEXT = "next"


BADGE_TEXT = {
    Badge.LEFT: "◀  LEFT SIDE",
    Badge.RIGHT: "RIGHT SIDE  ▶",
    Badge.BOTH: "LEFT AND RIGHT IN TURN",
    Badge.READY: "GET READY",
    Badge.NEXT: "NEXT UP",
}


@dataclass(frozen=True, slots=True)
class Display:
    title: str  # the exercise name, large
    kicker: str  # a short line above it ("First up", "Switch sides", …), may be empty
    badge: Badge
    badge_text: str
    countdown: str
    countdown_template: str  # same shape, widest digits: the digits keep one size all segment
    segment_progress: float
    reps: str  # "Rep 3 of 8", or empty for a timed step
    how: str
    safety: str
    picture: str | None
    picture_label: str  # what the picture shows, for screen readers
    next_up: str
    step: str  # "Step 3 of 9"
    time_left: str  # "6 min 20 s left"
    progress: float
    paused: bool
    active: bool  # counting down (lead-in or running), so the countdown is live


def _side_name(segment: Segment) -> str:
    if segment.side is Side.LEFT:
        return ", left side"
    if segment.side is Side.RIGHT:
        return ", right side"
    return ""


def _badge(segment: Segment) -> tuple[Badge, str]:
    if segment.kind is SegmentKind.LEAD_IN:
        return Badge.READY, BADGE_TEXT[Badge.READY]
    if segment.kind is SegmentKind.GAP:
        return Badge.NEXT, BADGE_TEXT[Badge.NEXT]
    if segment.kind is SegmentKind.SWITCH:
        return Badge.RIGHT, "SWITCH TO RIGHT  ▶"
    if segment.side is Side.LEFT:
        return Badge.LEFT, BADGE_TEXT[Badge.LEFT]
    if segment.side is Side.RIGHT:
        return Badge.RIGHT, BADGE_TEXT[Badge.RIGHT]
    if segment.side is Side.BOTH:
        return Badge.BOTH, BADGE_TEXT[Badge.BOTH]
    return Badge.NONE, ""


def _kicker(segment: Segment, left_first: bool) -> str:
    if segment.kind is SegmentKind.LEAD_IN:
        return "First up, left side first" if left_first else "First up"
    if segment.kind is SegmentKind.GAP:
        return "Left side first" if left_first else "Get into position"
    if segment.kind is SegmentKind.SWITCH:
        return "Switch sides"
    return ""


def _template(text: str) -> str:
    return "".join(ch if ch == ":" else "8" for ch in text)


def describe(snap: Snapshot, plan: Plan) -> Display:
    seg = snap.segment
    ex = seg.exercise
    badge, badge_text = _badge(seg)
    coming = snap.next_exercise  # for a lead-in, gap or switch: the exercise it leads to
    reps = ""
    if seg.is_exercise and seg.reps is not None and snap.rep is not None:
        reps = f"Rep {snap.rep} of {seg.reps}"
    if seg.is_exercise:
        next_up = f"Next: {coming.exercise.name}{_side_name(coming)}" if coming else "Last one"
        left_first = False
    else:
        # The screen already names the coming exercise; "then" is the one after it.
        after = plan.next_exercise(coming.index) if coming else None
        next_up = f"Then: {after.exercise.name}{_side_name(after)}" if after else ""
        left_first = coming is not None and coming.side is Side.LEFT
    countdown = clock_text(snap.remaining)
    return Display(
        title=ex.name,
        kicker=_kicker(seg, left_first),
        badge=badge,
        badge_text=badge_text,
        countdown=countdown,
        countdown_template=_template(countdown),
        segment_progress=snap.segment_progress,
        reps=reps,
        how=ex.how,
        safety=ex.safety or "",
        picture=ex.picture,
        picture_label=f"Picture: {ex.name}",
        next_up=next_up,
        step=f"Step {snap.step_number} of {snap.step_count}",
        time_left=f"{duration_text(snap.total_remaining)} left",
        progress=snap.progress,
        paused=snap.state is State.PAUSED,
        active=snap.state in (State.LEAD_IN, State.RUNNING),
    )

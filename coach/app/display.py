"""What the session screen shows for a snapshot: the decisions, without any widgets.

The session screen only copies these fields into its widgets, so what the runner sees in each
kind of segment (get ready, a side, a switch, a change-over) is decided and tested here: the
colour the screen takes, the side word, and which number is the big one. (Which frame of the
picture shows, and whether it is mirrored, is :mod:`coach.app.picture_frames`.)
"""

from __future__ import annotations

from dataclasses import dataclass

from coach.app.state_colours import Tone
from coach.app.window_words import clock_text, duration_text
from coach.core.plan import plan_words
from coach.core.plan.compiler import COUNTDOWN_FROM, Plan, Segment, SegmentKind, Side
from coach.core.session_events import Snapshot, State

SIDE_WORDS = {
    Side.LEFT: "◀ LEFT",
    Side.RIGHT: "RIGHT ▶",
    Side.BOTH: "LEFT & RIGHT",
}
PAUSED_WORD = "PAUSED"
PAUSED_KICKER = "Paused"
SIDE_TONES = {Side.LEFT: Tone.LEFT, Side.RIGHT: Tone.RIGHT}


@dataclass(frozen=True, slots=True)
class Display:
    title: str  # the exercise name, large
    kicker: str  # a short line above it ("First up", "Switch sides", …), may be empty
    tone: Tone  # the colour the whole screen takes
    side_word: str  # "◀ LEFT", "RIGHT ▶", "GET READY"…, very large; "PAUSED" only where
    # there is no side to show (a paused runner still sees which side)
    side_pill: Tone  # a side's colour behind the side word when the screen is another colour
    big: str  # the largest thing on screen: seconds left, or the rep on a counted step
    big_template: str  # same shape, widest digits: the digits keep one size all segment
    big_suffix: str  # " of 10" after the rep, smaller; empty for seconds
    small: str  # a line under the big number: the seconds on a counted step, or how to resume
    countdown: str  # the seconds left in the segment as a clock ("45", "1:30"), always
    segment_progress: float
    reps: str  # "Rep 3 of 8" (for screen readers and the terminal), or empty for a timed step
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
    """ ", left calf": the limb named as the voice names it (the exercise's side_part)."""
    if segment.side in (Side.LEFT, Side.RIGHT):
        return f", {plan_words.side_words(segment.exercise, segment.side.value)}"
    return ""


def _tone(snap: Snapshot) -> Tone:
    if snap.state is State.PAUSED:
        return Tone.PAUSED
    return _running_tone(snap)


def _running_tone(snap: Snapshot) -> Tone:
    """The colour of the segment itself (what a pause covers)."""
    seg = snap.segment
    if seg.kind in (SegmentKind.LEAD_IN, SegmentKind.GAP):
        return Tone.READY
    if seg.kind is SegmentKind.SWITCH:
        return Tone.SWITCH
    # The screen turns FINAL for the "3, 2, 1" the voice counts down.
    if snap.state is State.RUNNING and 0 < snap.remaining <= COUNTDOWN_FROM:
        return Tone.FINAL
    return SIDE_TONES.get(seg.side, Tone.WORKING)


def _segment_word(snap: Snapshot) -> str:
    seg = snap.segment
    if seg.kind in (SegmentKind.LEAD_IN, SegmentKind.GAP):
        return "GET READY"
    if seg.kind is SegmentKind.SWITCH:
        return "SWITCH ▶"
    return SIDE_WORDS.get(seg.side, "")


def _kicker(segment: Segment, coming: Segment | None) -> str:
    left_first = coming is not None and coming.side is Side.LEFT
    if segment.kind is SegmentKind.LEAD_IN:
        return "First up, left side first" if left_first else "First up"
    if segment.kind is SegmentKind.GAP:
        return "Left side first" if left_first else "Get into position"
    if segment.kind is SegmentKind.SWITCH:
        return "Switch to the right side"
    return ""


def _template(text: str) -> str:
    return "".join(ch if ch == ":" else "8" for ch in text)


def describe(snap: Snapshot, plan: Plan) -> Display:
    seg = snap.segment
    ex = seg.exercise
    coming = snap.next_exercise  # for a lead-in, gap or switch: the exercise it leads to
    paused = snap.state is State.PAUSED
    tone = _tone(snap)
    countdown = clock_text(snap.remaining)
    big, big_suffix, small, reps = countdown, "", "", ""
    if seg.is_exercise and seg.reps is not None and snap.rep is not None:
        # On a counted step the rep is what the runner follows; the seconds are a detail.
        reps = f"Rep {snap.rep} of {seg.reps}"
        big, big_suffix, small = str(snap.rep), f" of {seg.reps}", f"{countdown} s left"
    if paused:
        small = "Press Space to carry on"
    if seg.is_exercise:
        next_up = f"Next: {coming.exercise.name}{_side_name(coming)}" if coming else "Last one"
    else:
        # The screen already names the coming exercise; "then" is the one after it.
        after = plan.next_exercise(coming.index) if coming else None
        next_up = f"Then: {after.exercise.name}{_side_name(after)}" if after else ""
    side_word, kicker = _segment_word(snap), _kicker(seg, coming)
    side_tone = SIDE_TONES.get(seg.side, Tone.NEUTRAL) if seg.is_exercise else Tone.NEUTRAL
    pill = side_tone if tone is Tone.FINAL else Tone.NEUTRAL
    if paused:
        if side_word:
            # The side stays, on its own colour, and "Paused" takes the line above the name.
            pill, kicker = _running_tone(snap), PAUSED_KICKER
            if pill is Tone.FINAL:
                pill = side_tone
        else:
            side_word = PAUSED_WORD  # nothing to hide: the word says it from across the room
    return Display(
        title=ex.name,
        kicker=kicker,
        tone=tone,
        side_word=side_word,
        side_pill=pill,
        big=big,
        big_template=_template(big),
        big_suffix=big_suffix,
        small=small,
        countdown=countdown,
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
        paused=paused,
        active=snap.state in (State.LEAD_IN, State.RUNNING),
    )


def stop_question(plan: Plan, snap: Snapshot, *, closing: bool = False) -> str:
    """What the stop question asks, in words a runner would use."""
    where = f"You are on step {snap.step_number} of {snap.step_count} of {plan.routine.name}."
    if closing:
        return f"Stop and close Limber? {where}"
    return f"Stop here? {where}"

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
from coach.core.language.current_language import QT_TRANSLATE_NOOP, translate
from coach.core.plan import plan_words
from coach.core.plan.compiler import COUNTDOWN_FROM, Plan, Segment, SegmentKind, Side
from coach.core.session_events import Snapshot, State

SIDE_WORDS = {
    Side.LEFT: QT_TRANSLATE_NOOP("Display", "◀ LEFT"),
    Side.RIGHT: QT_TRANSLATE_NOOP("Display", "RIGHT ▶"),
    Side.BOTH: QT_TRANSLATE_NOOP("Display", "LEFT & RIGHT"),
}


def paused_word() -> str:
    return translate("Display", "PAUSED")


def paused_kicker() -> str:
    return translate("Display", "Paused")
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
        return translate("Display", "GET READY")
    if seg.kind is SegmentKind.SWITCH:
        return translate("Display", "SWITCH ▶")
    return translate("Display", SIDE_WORDS[seg.side]) if seg.side in SIDE_WORDS else ""


def _kicker(segment: Segment, coming: Segment | None) -> str:
    left_first = coming is not None and coming.side is Side.LEFT
    if segment.kind is SegmentKind.LEAD_IN:
        return translate("Display", "First up, left side first") if left_first \
            else translate("Display", "First up")
    if segment.kind is SegmentKind.GAP:
        return translate("Display", "Left side first") if left_first else translate(
            "Display", "Get into position")
    if segment.kind is SegmentKind.SWITCH:
        return translate("Display", "Switch to the right side")
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
        reps = translate("Display", "Rep {rep} of {reps}").format(rep=snap.rep, reps=seg.reps)
        big, big_suffix = str(snap.rep), translate("Display", " of {reps}").format(reps=seg.reps)
        small = translate("Display", "{seconds} s left").format(seconds=countdown)
    if paused:
        small = translate("Display", "Press Space to carry on")
    if seg.is_exercise:
        next_up = translate("Display", "Next: {exercise}").format(
            exercise=coming.exercise.name + _side_name(coming)) if coming \
            else translate("Display", "Last one")
    else:
        # The screen already names the coming exercise; "then" is the one after it.
        after = plan.next_exercise(coming.index) if coming else None
        next_up = translate("Display", "Then: {exercise}").format(
            exercise=after.exercise.name + _side_name(after)) if after else ""
    side_word, kicker = _segment_word(snap), _kicker(seg, coming)
    side_tone = SIDE_TONES.get(seg.side, Tone.NEUTRAL) if seg.is_exercise else Tone.NEUTRAL
    pill = side_tone if tone is Tone.FINAL else Tone.NEUTRAL
    if paused:
        if side_word:
            # The side stays, on its own colour, and "Paused" takes the line above the name.
            pill, kicker = _running_tone(snap), paused_kicker()
            if pill is Tone.FINAL:
                pill = side_tone
        else:
            side_word = paused_word()  # nothing to hide: the word says it from across the room
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
        picture_label=translate("Display", "Picture: {exercise}").format(exercise=ex.name),
        next_up=next_up,
        step=translate("Display", "Step {step} of {steps}").format(step=snap.step_number,
                                                            steps=snap.step_count),
        time_left=translate("Display", "{time} left").format(
            time=duration_text(snap.total_remaining)),
        progress=snap.progress,
        paused=paused,
        active=snap.state in (State.LEAD_IN, State.RUNNING),
    )


def stop_question(plan: Plan, snap: Snapshot, *, closing: bool = False) -> str:
    """What the stop question asks, in words a runner would use."""
    where = translate("Display", "You are on step {step} of {steps} of {routine}.").format(
        step=snap.step_number, steps=snap.step_count, routine=plan.routine.name)
    if closing:
        return translate("Display", "Stop and close Limber? {where}").format(where=where)
    return translate("Display", "Stop here? {where}").format(where=where)

"""The session engine: walks a plan against an injected monotonic clock.

Position in the plan is always derived from an anchor (a clock reading and the plan position at
that reading), never from counting ticks, so late or merged timer callbacks cannot make it drift.
The caller asks :meth:`Session.next_wake` when to call :meth:`Session.advance` again, and gets
small event values back from every call.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable
from typing import Protocol

from coach.core.clock import Clock
from coach.core.plan.compiler import ADD_SECONDS, EPSILON, Plan, SegmentKind
from coach.core.session_events import (
    CueDue,
    Event,
    Finished,
    Jumped,
    Paused,
    Resumed,
    SecondChanged,
    SegmentStarted,
    Snapshot,
    Stalled,
    Started,
    State,
    Stopped,
    Summary,
    TimeAdded,
)

# Positions are floats; boundaries are whole seconds. Anything this close counts as reached.
# A step counts as done when this much of it ran (a runner may skip the last second or two).
DONE_SHARE = 0.9

_LIVE = frozenset({State.LEAD_IN, State.RUNNING})
_ACTIVE = _LIVE | {State.PAUSED}

# Which command may run in which state; anything else is a no-op.
TRANSITIONS: dict[str, frozenset[State]] = {
    "start": frozenset({State.READY}),
    "pause": _LIVE,
    "resume": frozenset({State.PAUSED}),
    "next": _ACTIVE,
    "previous": _ACTIVE,
    "add_time": _ACTIVE,
    "stop": _ACTIVE | {State.READY},
}


class Session:
    def __init__(
        self,
        plan: Plan,
        clock: Clock,
        *,
        stall_after: float = 3.0,
        restart_after: float = 3.0,
    ) -> None:
        """``stall_after``: a wake this much later than its deadline pauses the session.
        ``restart_after``: past this many seconds into a step, *previous* restarts it."""
        if not plan.segments:
            raise ValueError("cannot run an empty plan")
        self._plan = plan
        self._clock = clock
        self._stall_after = stall_after
        self._restart_after = restart_after
        self._state = State.READY
        self._anchor_clock = 0.0
        self._anchor_pos = 0.0
        self._pos = 0.0
        self._seg = 0
        self._cue = 0
        self._shown: tuple[int, int, int] | None = None
        self._deadline: float | None = None
        self._active = 0.0
        self._done: dict[int, float] = {}

    # -- reading ------------------------------------------------------------------------

    @property
    def plan(self) -> Plan:
        return self._plan

    @property
    def state(self) -> State:
        return self._state

    def can(self, command: str) -> bool:
        return self._state in TRANSITIONS[command]

    def next_wake(self) -> float | None:
        """The clock reading at which :meth:`advance` next has something to do, or None."""
        return self._deadline

    def snapshot(self) -> Snapshot:
        plan, pos = self._plan, self._pos
        seg = plan.segments[self._seg]
        into = min(max(pos - seg.start, 0.0), float(seg.seconds))
        rep = seg.rep_at(into)
        total = plan.total_seconds
        return Snapshot(
            state=self._state,
            segment=seg,
            position=pos,
            remaining=self._remaining(seg.end, pos),
            segment_progress=into / seg.seconds if seg.seconds else 1.0,
            total_seconds=total,
            total_remaining=self._remaining(total, pos),
            progress=min(1.0, pos / total) if total else 1.0,
            step_number=seg.step + 1,
            step_count=plan.step_count,
            rep=rep,
            next_exercise=plan.next_exercise(self._seg),
        )

    def summary(self) -> Summary:
        plan = self._plan
        exercise = [s for s in plan.segments if s.is_exercise]
        planned = sum(s.seconds for s in exercise)
        done = sum(min(self._done.get(s.index, 0.0), s.seconds) for s in exercise)
        short = [s for s in exercise if self._done.get(s.index, 0.0) < DONE_SHARE * s.seconds]
        reached = self._pos + EPSILON
        skipped = sorted({s.step for s in short if s.end <= reached})
        r = plan.routine
        undone = {s.step for s in short}
        steps = {s.step for s in exercise}
        return Summary(
            routine_id=r.id,
            routine_name=r.name,
            routine_kind=str(r.kind),
            planned_seconds=plan.total_seconds,
            active_seconds=round(self._active, 3),
            completed_fraction=round(done / planned, 4) if planned else 1.0,
            skipped_steps=tuple(skipped),
            stopped=self._state is State.STOPPED,
            steps_done=len(steps - undone),
            step_count=len(r.steps),
        )

    # -- commands -----------------------------------------------------------------------

    def start(self) -> list[Event]:
        if not self.can("start"):
            return []
        now = self._clock.now()
        self._anchor(now, 0.0)
        self._state = self._live_state()
        events: list[Event] = [Started(now), self._segment_started()]
        events += self._walk(0.0, now)
        return self._settle(events)

    def advance(self) -> list[Event]:
        """Bring the session up to the clock: segments started, cues due, seconds shown."""
        if self._state not in _LIVE:
            return []
        now = self._clock.now()
        if self._deadline is not None and now - self._deadline > self._stall_after:
            return self._settle(self._stall(now))
        return self._settle(self._walk(self._position(now), now))

    def pause(self) -> list[Event]:
        if not self.can("pause"):
            return []
        events = self.advance()
        if self._state is not State.PAUSED:  # advance may already have paused on a stall
            self._anchor_pos = self._pos
            self._state = State.PAUSED
            events.append(Paused(self._pos))
        return self._settle(events)

    def resume(self) -> list[Event]:
        if not self.can("resume"):
            return []
        now = self._clock.now()
        self._anchor(now, self._pos)
        self._state = self._live_state()
        events: list[Event] = [Resumed(self._pos)]
        events += self._walk(self._pos, now)  # cues waiting at this very moment
        return self._settle(events)

    def toggle_pause(self) -> list[Event]:
        return self.resume() if self._state is State.PAUSED else self.pause()

    def next(self) -> list[Event]:
        """Go to the start of the following segment (a gap, the other side or the next step)."""
        if not self.can("next"):
            return []
        events = self.advance()
        if not self.can("next"):
            return events
        target = self._seg + 1
        if target >= len(self._plan.segments):
            return self._settle(events + self._jump_to_end())
        return self._settle(events + self._jump(target))

    def previous(self) -> list[Event]:
        """Restart the step if it is well under way, otherwise go back to the one before."""
        if not self.can("previous"):
            return []
        events = self.advance()
        if not self.can("previous"):
            return events
        segments = self._plan.segments
        seg = segments[self._seg]
        if seg.is_exercise and self._pos - seg.start > self._restart_after:
            target = self._seg
        else:
            earlier = [s.index for s in segments[: self._seg] if s.is_exercise]
            target = earlier[-1] if earlier else 0
        return self._settle(events + self._jump(target))

    def add_time(self, seconds: int = ADD_SECONDS) -> list[Event]:
        if not self.can("add_time") or seconds <= 0:
            return []
        events = self.advance()
        if not self.can("add_time"):
            return events
        self._plan = self._plan.extended(self._seg, seconds)
        # Cues anchored to the end (the countdown) move out and will be said again.
        ats = [c.at for c in self._plan.cues]
        self._cue = bisect.bisect_right(ats, self._pos + EPSILON)
        events.append(TimeAdded(self._seg, seconds))
        events += self._display()
        return self._settle(events)

    def stop(self) -> list[Event]:
        if not self.can("stop"):
            return []
        events = self.advance() if self._state in _LIVE else []
        if self._state in (State.FINISHED, State.STOPPED):
            return events
        self._state = State.STOPPED
        events.append(Stopped(self.summary()))
        return self._settle(events)

    # -- inside -------------------------------------------------------------------------

    def _position(self, now: float) -> float:
        if self._state in _LIVE:
            return self._anchor_pos + (now - self._anchor_clock)
        return self._pos

    def _anchor(self, now: float, pos: float) -> None:
        self._anchor_clock, self._anchor_pos, self._pos = now, pos, pos

    def _live_state(self) -> State:
        kind = self._plan.segments[self._seg].kind
        return State.LEAD_IN if kind is SegmentKind.LEAD_IN else State.RUNNING

    def _segment_started(self) -> SegmentStarted:
        seg = self._plan.segments[self._seg]
        return SegmentStarted(seg, seg.step + 1, self._plan.step_count)

    def _walk(self, target: float, now: float, *, speak: bool = True) -> list[Event]:
        """Move forward to ``target``, reporting segments and cues in time order."""
        plan = self._plan
        segments, cues = plan.segments, plan.cues
        target = min(target, float(plan.total_seconds))
        reach = target + EPSILON
        if self._state is not State.PAUSED:
            self._active += max(0.0, target - self._pos)
        events: list[Event] = []
        while True:
            following = self._seg + 1
            next_start = segments[following].start if following < len(segments) else math.inf
            next_cue = cues[self._cue].at if self._cue < len(cues) else math.inf
            if min(next_start, next_cue) > reach:
                break
            if next_start <= next_cue:
                self._mark_done(segments[self._seg].end)
                self._seg += 1
                events.append(self._segment_started())
            else:
                cue = cues[self._cue]
                self._cue += 1
                if speak:
                    due = self._anchor_clock + (cue.at - self._anchor_pos)
                    events.append(CueDue(cue, max(0.0, now - due)))
        self._pos = target
        self._mark_done(self._pos)
        if self._state in _LIVE:
            self._state = self._live_state()
        events += self._display()
        if self._state in _LIVE and self._pos + EPSILON >= plan.total_seconds:
            self._state = State.FINISHED
            events.append(Finished(self.summary()))
        return events

    def _mark_done(self, upto: float) -> None:
        seg = self._plan.segments[self._seg]
        if seg.is_exercise:
            covered = min(upto, seg.end) - seg.start
            self._done[seg.index] = max(self._done.get(seg.index, 0.0), covered)

    def _display(self) -> list[Event]:
        seg = self._plan.segments[self._seg]
        remaining = self._remaining(seg.end, self._pos)
        total_remaining = self._remaining(self._plan.total_seconds, self._pos)
        shown = (self._seg, remaining, total_remaining)
        if shown == self._shown:
            return []
        self._shown = shown
        return [SecondChanged(remaining, total_remaining)]

    @staticmethod
    def _remaining(end: float, pos: float) -> int:
        return max(0, math.ceil(end - pos - EPSILON))

    def _jump(self, target: int) -> list[Event]:
        now = self._clock.now()
        before = self._seg
        self._mark_done(self._pos)
        pos = float(self._plan.segments[target].start)
        self._anchor(now, pos)
        self._seg = target
        self._cue = bisect.bisect_left([c.at for c in self._plan.cues], pos - EPSILON)
        if self._state in _LIVE:
            self._state = self._live_state()
        events: list[Event] = [Jumped(before, target), self._segment_started()]
        if self._state in _LIVE:
            events += self._walk(pos, now)  # the new segment's opening cue
        else:
            events += self._display()
        return events

    def _jump_to_end(self) -> list[Event]:
        now = self._clock.now()
        before = self._seg
        self._mark_done(self._pos)
        end = float(self._plan.total_seconds)
        self._anchor(now, end)
        finish = [c for c in self._plan.cues if c.at >= end - EPSILON and c.text]
        self._cue = len(self._plan.cues)
        self._state = State.FINISHED
        events: list[Event] = [Jumped(before, before)]
        events += [CueDue(c, 0.0) for c in finish]
        events.append(Finished(self.summary()))
        return events

    def _stall(self, now: float) -> list[Event]:
        assert self._deadline is not None
        late = now - self._deadline
        pos = self._position(self._deadline)
        before = self._cue
        events = self._walk(pos, now, speak=False)
        dropped = self._cue - before
        if self._state in _LIVE:
            self._anchor_pos = self._pos
            self._state = State.PAUSED
            events += [Stalled(late, dropped), Paused(self._pos)]
        return events

    def _settle(self, events: list[Event]) -> list[Event]:
        self._deadline = self._next_deadline()
        return events

    def _next_deadline(self) -> float | None:
        if self._state not in _LIVE:
            return None
        plan, pos = self._plan, self._pos
        moments = [math.floor(pos + EPSILON) + 1.0, float(plan.total_seconds)]
        if self._cue < len(plan.cues):
            moments.append(plan.cues[self._cue].at)
        upcoming = min((m for m in moments if m > pos + EPSILON / 2), default=pos)
        return self._anchor_clock + (upcoming - self._anchor_pos)


class Wakes(Protocol):
    """What a timer wakes: a session, or the window's driver around one."""

    def next_wake(self) -> float | None: ...

    def advance(self) -> list[Event]: ...


def drive(subject: Wakes, until: float, advance_clock: Callable[[float], object]) -> list[Event]:
    """Run ``subject`` on a fake clock up to clock reading ``until``, waking exactly on time.

    For tests, screenshots and previews: it does what a timer loop does, without waiting.
    """
    events: list[Event] = []
    while (wake := subject.next_wake()) is not None and wake <= until:
        advance_clock(wake)
        events += subject.advance()
    return events

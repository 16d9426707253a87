""""I have N minutes": a routine fitted to a length without breaking its coaching rules.

What may change, and within which ranges (the figures of the coaching content):

* a static stretch's hold: 20-30 s per side, 30-45 s in a gentle routine;
* the warm-down of a cool-down (its walks and easy jogs before the first stretch), all together:
  3-5 minutes, shared out in the routine's own proportions;
* a walk in any other routine: 90 s to 3 minutes;
* any other timed step: its own length up to half as long again;
* a step the routine marks ``optional = true`` may be left out, the last one first, unless it
  is the only step left that covers something the routine's kind needs (a warm-up's ankles,
  knees, hips and dynamic moves; a cool-down's warm-down and its calf, hamstring, hip and
  upper-body stretches; the strength routine's calves, hamstrings and glutes).

A range always includes the routine's own value, so a routine whose author chose longer holds is
never cut below them. Counted steps keep their reps and tempo: the count is the dose, and the
words that announce a step often say it ("Eight one way, then eight the other"). Steps never
change places, so the order the routine was written in (ankles, knees, hips, then dynamic moves;
warm-down before stretches) holds. The fit replaces the hold-time preference: the lengths it
picks are the ones the content allows, so they are not scaled again.

Holds shrink before anything is left out; once a step is left out, the rest grow back towards
the length asked for. The total is the compiled plan's, lead-in and change-overs included.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from coach.core.model import MAX_SECONDS, ExerciseKind, Focus, Routine, RoutineKind, Step
from coach.core.plan.compiler import PlanSettings, compile_plan

STRETCH_HOLD = (20, 30)
GENTLE_STRETCH_HOLD = (30, 45)
WARM_DOWN = (180, 300)
WALK = (90, 180)
OTHER_GROWTH = 1.5
_SEARCH_ROUNDS = 24
_WARM_DOWN_KINDS = (ExerciseKind.WALK, ExerciseKind.DYNAMIC)

Total = Callable[[Routine], int]
_UNSET = PlanSettings()


class _Knob(NamedTuple):
    """Steps whose seconds move together: (low, own, high) of their summed seconds."""

    steps: tuple[int, ...]
    low: int
    own: int
    high: int


@dataclass(frozen=True, slots=True)
class Fit:
    routine: Routine  # the fitted routine: same id, steps resized, optional ones left out
    seconds: int  # its total, as the plan runs it
    asked: int
    shortest: int  # the shortest safe version's total
    longest: int
    left_out: tuple[str, ...]  # names of the exercises left out
    settings: PlanSettings  # compile the fitted routine with these (no hold scale on top)

    @property
    def fits(self) -> bool:
        return self.shortest <= self.asked

    def message(self) -> str:
        name = self.routine.name
        if not self.fits:
            return (f"{name} cannot be done safely in {_clock(self.asked)}: the shortest safe "
                    f"version takes {_clock(self.shortest)}.")
        if self.asked > self.longest:
            return (f"{name} is at most {_clock(self.longest)} without going past its "
                    f"holds and doses; that is the version you get.")
        dropped = f", leaving out {', '.join(self.left_out)}" if self.left_out else ""
        return f"{name} fitted to {_clock(self.seconds)}{dropped}."

    def to_json(self) -> dict[str, object]:
        return {"asked_seconds": self.asked, "seconds": self.seconds, "fits": self.fits,
                "shortest_seconds": self.shortest, "longest_seconds": self.longest,
                "left_out": list(self.left_out), "message": self.message()}


def fit_routine(routine: Routine, seconds: int, settings: PlanSettings | None = None) -> Fit:
    """The routine fitted to at most ``seconds`` (or its shortest safe version when even that
    is longer, or its longest when that is shorter)."""
    base = replace(settings or PlanSettings(), hold_scale=1.0)
    # The search meets the same shapes again (whole seconds from a continuous knob, the
    # bounds asked for twice): each one is compiled once.
    totals: dict[Routine, int] = {}

    def total(candidate: Routine) -> int:
        if candidate not in totals:
            totals[candidate] = compile_plan(candidate, base).total_seconds
        return totals[candidate]

    return replace(_fit(routine, seconds, total), settings=base)


def _fit(routine: Routine, asked: int, total: Total) -> Fit:
    knobs = _knobs(routine)
    drops = _drop_order(routine)
    kept = tuple(range(len(routine.steps)))
    candidates = [kept]
    for index in drops:
        kept = tuple(i for i in kept if i != index)
        candidates.append(kept)
    shortest_steps = candidates[-1]
    shortest = total(_shaped(routine, knobs, shortest_steps, -1.0))
    longest = total(_shaped(routine, knobs, candidates[0], 1.0))
    if asked == total(routine):
        return Fit(routine, asked, asked, shortest, longest, (), _UNSET)
    for steps in candidates:
        low = _shaped(routine, knobs, steps, -1.0)
        if total(low) > asked:
            continue
        chosen = _search(routine, knobs, steps, asked, total)
        left_out = tuple(routine.steps[i].exercise.name for i in range(len(routine.steps))
                         if i not in steps)
        return Fit(chosen, total(chosen), asked, shortest, longest, left_out, _UNSET)
    low = _shaped(routine, knobs, shortest_steps, -1.0)
    left_out = tuple(routine.steps[i].exercise.name for i in range(len(routine.steps))
                     if i not in shortest_steps)
    return Fit(low, shortest, asked, shortest, longest, left_out, _UNSET)


def _search(routine: Routine, knobs: Sequence[_Knob], steps: tuple[int, ...], asked: int,
            total: Total) -> Routine:
    """The longest shape (t from -1, every knob at its low, to 1, at its high) within asked.
    The total only grows with t, so halving the interval finds it."""
    best = _shaped(routine, knobs, steps, -1.0)
    high = _shaped(routine, knobs, steps, 1.0)
    if total(high) <= asked:
        return high
    lo, hi = -1.0, 1.0
    for _ in range(_SEARCH_ROUNDS):
        mid = (lo + hi) / 2
        candidate = _shaped(routine, knobs, steps, mid)
        if total(candidate) <= asked:
            best, lo = candidate, mid
        else:
            hi = mid
    return best


def _shaped(routine: Routine, knobs: Sequence[_Knob], steps: tuple[int, ...],
            t: float) -> Routine:
    seconds: dict[int, int] = {}
    for knob in knobs:
        span = (knob.own - knob.low) if t < 0 else (knob.high - knob.own)
        target = round(knob.own + t * span)
        own = [_own_seconds(routine.steps[i]) for i in knob.steps]
        for i, value in zip(knob.steps, _share(own, target), strict=True):
            seconds[i] = value
    resized = []
    for i in steps:
        step = routine.steps[i]
        new = seconds.get(i)
        resized.append(step if new is None else _resized(step, new))
    return replace(routine, steps=tuple(resized))


def _own_seconds(step: Step) -> int:
    assert step.seconds is not None
    return step.seconds


def _resized(step: Step, seconds: int) -> Step:
    if seconds == step.seconds:
        return step
    ratio = seconds / _own_seconds(step)
    cues = tuple(replace(c, at=None if c.at is None else c.at * ratio) for c in step.cues)
    return replace(step, seconds=seconds, cues=cues)


def _share(own: Sequence[int], target: int) -> list[int]:
    """``target`` whole seconds shared in the proportions of ``own`` (largest remainders)."""
    whole = sum(own)
    exact = [target * o / whole for o in own]
    parts = [max(1, int(e)) for e in exact]
    order = sorted(range(len(own)), key=lambda i: exact[i] - int(exact[i]), reverse=True)
    for i in order[:max(0, target - sum(parts))]:
        parts[i] += 1
    return parts


def _knobs(routine: Routine) -> list[_Knob]:
    timed = [i for i, s in enumerate(routine.steps) if not s.counted]
    warm_down = _warm_down(routine)
    knobs = []
    if warm_down:
        own = sum(_own_seconds(routine.steps[i]) for i in warm_down)
        knobs.append(_Knob(warm_down, min(own, WARM_DOWN[0]), own, max(own, WARM_DOWN[1])))
    for i in timed:
        if i in warm_down:
            continue
        step = routine.steps[i]
        own = _own_seconds(step)
        if step.exercise.kind is ExerciseKind.STATIC_STRETCH:
            low, high = GENTLE_STRETCH_HOLD if routine.gentle else STRETCH_HOLD
        elif step.exercise.kind is ExerciseKind.WALK:
            low, high = WALK
        else:
            low, high = own, min(MAX_SECONDS, round(own * OTHER_GROWTH))
        knobs.append(_Knob((i,), min(own, low), own, max(own, high)))
    return knobs


def _warm_down(routine: Routine) -> tuple[int, ...]:
    """A cool-down's timed walks and easy jogs before its first stretch."""
    if routine.kind is not RoutineKind.COOL_DOWN:
        return ()
    found = []
    for i, step in enumerate(routine.steps):
        if step.exercise.kind not in _WARM_DOWN_KINDS:
            break
        if not step.counted:
            found.append(i)
    return tuple(found)


def _needs(routine: Routine, steps: Sequence[Step]) -> set[tuple[str, str]]:
    """What the routine's kind needs covered, and which of it these steps cover."""
    found: set[tuple[str, str]] = set()
    for step in steps:
        kind, focus = step.exercise.kind, step.exercise.focus
        if routine.kind is RoutineKind.WARM_UP:
            found |= {("mobilise", f) for f in (Focus.ANKLE, Focus.KNEE, Focus.HIP)
                      if kind is ExerciseKind.MOBILISE and f in focus}
            if kind in (ExerciseKind.WALK, ExerciseKind.DYNAMIC):
                found.add((kind, ""))
        elif routine.kind is RoutineKind.COOL_DOWN:
            found |= {("stretch", f) for f in (Focus.CALF, Focus.HAMSTRING, Focus.HIP,
                                               Focus.UPPER_BODY)
                      if kind is ExerciseKind.STATIC_STRETCH and f in focus}
            if kind in _WARM_DOWN_KINDS:
                found.add(("warm-down", ""))
        elif routine.kind is RoutineKind.STRENGTH:
            found |= {("strength", f) for f in (Focus.CALF, Focus.HAMSTRING, Focus.GLUTE)
                      if kind is ExerciseKind.STRENGTH and f in focus}
    return found


def _drop_order(routine: Routine) -> list[int]:
    """Optional steps to leave out, the last first, skipping any the routine cannot lose."""
    needed = _needs(routine, routine.steps)
    kept = list(range(len(routine.steps)))
    order = []
    for i in reversed(kept):
        if not routine.steps[i].optional:
            continue
        rest = [routine.steps[k] for k in kept if k != i]
        if len(rest) and _needs(routine, rest) >= needed:
            kept.remove(i)
            order.append(i)
    return order


def _clock(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"

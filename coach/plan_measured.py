"""Compile a plan with the measured lengths of its phrases, recompiling until they settle.

Fitting can change what is said (a tip that no longer fits moves into an opening, making a
new phrase), so the first plan's phrases are measured, the plan compiled again with those
lengths, and any new phrases measured in turn. Each round only measures phrases not asked
about before, and a phrase can only ever move into an opening once, so this ends quickly.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from coach.model import Routine
from coach.plan import Plan, PlanSettings, compile_plan

Measure = Callable[[Sequence[str]], Mapping[str, float]]  # texts -> the lengths it could measure
MAX_ROUNDS = 8


def compile_measured(routine: Routine, settings: PlanSettings, measure: Measure) -> Plan:
    known: dict[str, float] = {}
    asked: set[str] = set()
    plan = compile_plan(routine, settings)
    for _ in range(MAX_ROUNDS):
        new = [p for p in plan.phrases() if p not in asked]
        if not new:
            break
        asked.update(new)
        known.update({t: s for t, s in measure(new).items() if s > 0})
        plan = compile_plan(routine, settings, known.get)
    return plan

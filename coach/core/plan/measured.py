"""Compile a plan with the measured lengths of its phrases, recompiling until they settle.

Fitting can change what is said (a tip that no longer fits moves into an opening, making a
new phrase), so the first plan's phrases are measured, the plan compiled again with those
lengths, and any new phrases measured in turn. Each round only measures phrases not asked
about before, and a phrase can only ever move into an opening once, so this ends quickly.

:class:`Refit` is that loop, one step at a time: :func:`compile_measured` drives it in one go,
and a session before it starts (``coach.app.voice_fit``) drives it by polling the speaker, so
both run the very same rounds.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from coach.core.model import Routine
from coach.core.plan.compiler import Plan, PlanSettings, compile_plan
from coach.core.plan.phrase_time import Durations

Measure = Callable[[Sequence[str]], Mapping[str, float]]  # texts -> the lengths it could measure
MAX_ROUNDS = 8


class Refit:
    """The fitting loop's state: the best plan so far and the phrases already asked for."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan  # starts as the estimate
        self._asked: set[str] = set()
        self._rounds = 0

    def wanted(self) -> list[str]:
        """The plan's phrases not asked for yet; empty once the plan has settled."""
        if self._rounds >= MAX_ROUNDS:
            return []
        new = [p for p in self.plan.phrases() if p not in self._asked]
        self._asked.update(new)
        return new

    def refit(self, durations: Durations) -> None:
        self.plan = compile_plan(self.plan.routine, self.plan.settings, durations)
        self._rounds += 1


def compile_measured(routine: Routine, settings: PlanSettings, measure: Measure) -> Plan:
    fit = Refit(compile_plan(routine, settings))
    known: dict[str, float] = {}
    while new := fit.wanted():
        known.update({t: s for t, s in measure(new).items() if s > 0})
        fit.refit(known.get)
    return fit.plan

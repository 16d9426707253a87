"""Fit a session's plan to its rendered clips before the session starts.

The plan is first compiled with estimated phrase lengths; its phrases are then rendered (or
read from the cache) by the speaker, and once every one is dealt with the plan is compiled
again with the clips' measured lengths. Fitting can change what is said (a tip that no longer
fits between two counts moves into an opening, which is a new phrase), so new phrases are
rendered in turn, until the set is stable. A phrase with no clip keeps its estimate.

Nothing here waits: the window and the terminal call :meth:`VoiceFit.poll` until it hands
back the plan, showing :meth:`VoiceFit.progress` meanwhile. With every clip cached the first
poll already has it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Protocol, TextIO

from coach.core.language.current_language import translate
from coach.core.plan.compiler import Plan
from coach.core.plan.measured import Refit


class Clips(Protocol):
    """Where clips come from: the session's speaker, or the voice alone for a preview."""

    def prepare(self, phrases: Sequence[str]) -> None: ...

    def progress(self) -> tuple[int, int]: ...

    def clip_seconds(self, text: str) -> float | None: ...


class VoiceFit:
    """Drives :class:`~coach.core.plan.measured.Refit` with the speaker's clips, without waiting."""

    def __init__(self, plan: Plan, speaker: Clips) -> None:
        self._fit = Refit(plan)
        self._speaker = speaker
        self._done: Plan | None = None
        self._fit.wanted()
        speaker.prepare(plan.phrases())

    @property
    def plan(self) -> Plan:
        """The best plan so far: the estimate, until the clips are measured."""
        return self._fit.plan

    def progress(self) -> tuple[int, int]:
        """(phrases dealt with, phrases asked for), for a "Preparing the voice" display."""
        return self._speaker.progress()

    def poll(self) -> Plan | None:
        """The fitted plan once every phrase is dealt with, else None (ask again soon)."""
        if self._done is not None:
            return self._done
        done, total = self._speaker.progress()
        if done < total:
            return None
        self._fit.refit(self._speaker.clip_seconds)
        if self._fit.wanted():
            self._speaker.prepare(self._fit.plan.phrases())
            return None
        self._done = self._fit.plan
        return self._done

    @property
    def timed(self) -> bool:
        """The plan handed back is fitted to a clip for every phrase (not one estimate)."""
        return self._done is not None and all(
            self._speaker.clip_seconds(p) is not None for p in self._done.phrases())


def fit_with_progress(fit: VoiceFit, out: TextIO, *,
                      sleep: Callable[[float], None] = time.sleep) -> Plan:
    """Wait for the fitted plan, showing how far the voice is (``limber run --text``)."""
    shown = False
    while (plan := fit.poll()) is None:
        done, total = fit.progress()
        out.write("\r" + translate("VoiceFit", "Preparing the voice: {done}/{total} phrases")
                  .format(done=done, total=total))
        out.flush()
        shown = True
        sleep(0.05)
    if shown:
        out.write("\r" + translate("VoiceFit", "Preparing the voice: ready.") + " " * 20 + "\n")
        out.flush()
    return plan

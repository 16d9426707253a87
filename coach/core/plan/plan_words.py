"""The words the plan adds around a routine's own: introductions, sides, and the closing rules.

Kept in one place so the voice says the same thing the same way everywhere, and so the
closing rules (from the product's coaching source) are written once. Each is English here and
said in the active language (``coach.core.language.current_language``): the translations are
in the ``PlanWords`` context of ``packaging/translations/limber_XX.ts``.
"""

from __future__ import annotations

from coach.core.language.current_language import translate
from coach.core.model import Exercise, Routine, RoutineKind, Step


def switch() -> str:
    return translate("PlanWords", "Switch sides.")


def halfway() -> str:
    return translate("PlanWords", "Halfway.")


def pain_rule() -> str:
    """Every routine's closing words start with this, in one plain sentence of its own
    (CONTENT.md: pain that continues, or makes you limp, means stop and get advice)."""
    return translate("PlanWords",
                     "If pain doesn't go away, or makes you limp, stop and get advice.")


def knee_flare() -> str:
    """Warm-ups: what to do if a knee hurts during the run."""
    return translate("PlanWords", "If your knee hurts on the run, drop to a fast walk.")


def refuel() -> str:
    """Cool-downs: water and protein soon after, one idea a sentence."""
    return translate("PlanWords", "Drink plenty of water. Have some protein soon.")


def well_done() -> str:
    """A routine's last words when its file gives none."""
    return translate("PlanWords", "Well done. That's everything.")


def lead_in(routine: Routine, first: Step) -> str:
    return translate("PlanWords", "{routine}. Get ready. First, {exercise}.").format(
        routine=routine.name, exercise=first.exercise.name)


def next_up(step: Step) -> str:
    return translate("PlanWords", "Next up, {exercise}.").format(exercise=step.exercise.name)


def side_words(exercise: Exercise, side: str) -> str:
    """ "left calf", "right leg back": which limb works, not just which side. A translation
    may give each side's words whole (``sides_said``): "linke Wade", "pierna derecha"."""
    if exercise.sides_said is not None:
        return exercise.sides_said[0 if side == "left" else 1]
    if exercise.side_part is None:
        return (translate("PlanWords", "left side") if side == "left"
                else translate("PlanWords", "right side"))
    if side == "left":
        return translate("PlanWords", "left {part}").format(part=exercise.side_part)
    return translate("PlanWords", "right {part}").format(part=exercise.side_part)


def capitalised(text: str) -> str:
    """The first letter made a capital, the rest left as written ("linke Wade" stays a noun)."""
    return text[:1].upper() + text[1:]


def sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else f"{text}."


def joined(*parts: str | None) -> str:
    return " ".join(sentence(p) for p in parts if p)


def closing(routine: Routine) -> str:
    """The finish: the pain rule first, in its own sentence, then the rule for the routine's
    kind, then the routine's own last words."""
    own = routine.finish or well_done()
    extra = {RoutineKind.WARM_UP: knee_flare, RoutineKind.COOL_DOWN: refuel}.get(routine.kind)
    return joined(pain_rule(), extra() if extra else None, own)

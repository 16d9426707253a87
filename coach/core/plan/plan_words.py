"""The words the plan adds around a routine's own: introductions, sides, and the closing rules.

Kept in one place so the voice says the same thing the same way everywhere, and so the
closing rules (from the product's coaching source) are written once.
"""

from __future__ import annotations

from coach.core.model import Exercise, Routine, RoutineKind, Step

SWITCH = "Switch sides."
HALFWAY = "Halfway."

# Every routine's closing words start with this, in one plain sentence of its own
# (CONTENT.md: pain that continues, or makes you limp, means stop and get advice).
PAIN_RULE = "If pain doesn't go away, or makes you limp, stop and get advice."
# Warm-ups: what to do if a knee hurts during the run.
KNEE_FLARE = "If your knee hurts on the run, drop to a fast walk."
# Cool-downs: water and protein soon after, one idea a sentence.
REFUEL = "Drink plenty of water. Have some protein soon."


def lead_in(routine: Routine, first: Step) -> str:
    return f"{routine.name}. Get ready. First, {first.exercise.name}."


def next_up(step: Step) -> str:
    return f"Next up, {step.exercise.name}."


def side_words(exercise: Exercise, side: str) -> str:
    """ "left calf", "right leg back": which limb works, not just which side."""
    part = exercise.side_part or "side"
    return f"{side} {part}"


def sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else f"{text}."


def joined(*parts: str | None) -> str:
    return " ".join(sentence(p) for p in parts if p)


def closing(routine: Routine) -> str:
    """The finish: the pain rule first, in its own sentence, then the rule for the routine's
    kind, then the routine's own last words."""
    own = routine.finish or "Well done. That's everything."
    extra = {RoutineKind.WARM_UP: KNEE_FLARE, RoutineKind.COOL_DOWN: REFUEL}.get(routine.kind)
    return joined(PAIN_RULE, extra, own)

"""Which cues go together as one group, and when the music goes down and comes back up for
each, read off a plan before the session runs.

The plan says when each cue starts; the speaker (or the estimate) says how long it speaks. Cues
whose quiet between them is shorter than :data:`JOIN` are one group, so counts a second or two
apart, and slow counts four seconds apart, keep the music down between them instead of making
it pump. A counted stretch therefore stays lowered from its first count to its last (most of
the standard warm-up, which talks most of the time): quiet music under the counts rather than
music that swells and dips with each one. Each group gives one span: the ramp down starts
:data:`LEAD` before its first word, so the music is down when the word starts, and the ramp up
starts :data:`TAIL` after its last word ends.

Positions here are seconds into the plan; :class:`~coach.app.music_listener.MusicListener`
turns them into clock readings as the session runs. Tones alone (a tick, the end of a block)
make no span: they are short and meant to cut through.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final, NamedTuple

from coach.app.music_ramps import RAMP_DOWN, RAMP_UP
from coach.core.plan.compiler import Cue, CueType, Plan

# The ramp takes RAMP_DOWN, and a player's own buffer delays what it plays (mpv: ~0.1 s
# measured; browsers and streaming apps more); the D-Bus round trip is ~1 ms. Measured with
# mpv, RAMP_DOWN + 0.25 had the music down 0.13 s before the word: this leaves room for more.
LEAD: Final = RAMP_DOWN + 0.4
TAIL: Final = 0.25  # the last syllable's tail, and the speaker's own output buffer
# Quiet shorter than this stays lowered: coming up (TAIL + RAMP_UP) and going down again (LEAD)
# leaves under 2.5 s of music at full level, which is heard as pumping, not as a rest.
JOIN: Final = 4.0

Seconds = Callable[[str], float]  # how long a phrase speaks


class Group(NamedTuple):
    start: float  # the first word
    end: float  # the end of the last word


class Span(NamedTuple):
    """Music down from ``down`` to ``up`` (plan positions)."""

    down: float
    up: float


def spoken_groups(cues: Sequence[Cue], seconds: Seconds) -> list[Group]:
    groups: list[Group] = []
    for cue in cues:
        if not cue.text:
            continue
        end = cue.at + seconds(cue.spoken)  # what the voice says: its clip's length
        if groups and cue.at - groups[-1].end < JOIN:
            groups[-1] = Group(groups[-1].start, max(groups[-1].end, end))
        else:
            groups.append(Group(cue.at, end))
    assert JOIN > LEAD + TAIL + RAMP_UP, "two windows would overlap"
    return groups


def music_spans(groups: Sequence[Group], position: float) -> list[Span]:
    """The spans still to come at ``position`` (one under way included)."""
    return [Span(g.start - LEAD, g.end + TAIL) for g in groups if g.end + TAIL > position]


def pause_position(plan: Plan, seconds: Seconds) -> float:
    """Where the ``pause`` setting pauses the music: once the lead-in words are said."""
    lead_in = [c for c in plan.cues if c.type is CueType.LEAD_IN and c.text]
    if not lead_in:
        return 0.0
    return max(c.at + seconds(c.spoken) for c in lead_in) + TAIL


def finish_position(groups: Sequence[Group], position: float) -> float:
    """When the music is given back at the end: after the words under way (the finish)."""
    return max([position, *(g.end + TAIL for g in groups if g.end + TAIL > position)])

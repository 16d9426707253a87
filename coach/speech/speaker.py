"""The real speaker: plays pre-rendered phrases and tones at their due moment.

Who may talk over whom is decided here, from the clips' real lengths: a cue that would cut
into one still speaking waits for it (briefly) or is dropped, unless it matters more, in which
case it cuts the other one off.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from coach.core.clock import Clock
from coach.core.plan.compiler import Cue, CueType
from coach.speech.clip import Clip
from coach.speech.notice_once import NOT_READY, Notices
from coach.speech.options import SpeechOptions
from coach.speech.player import Channel, Player
from coach.speech.tone_clips import CHIME, TICK

# How late a cue may start, waiting for the one before it to finish, and still make sense.
# A count or a countdown number late by more than a beat is wrong, not late.
MAX_WAIT: dict[CueType, float] = {CueType.COUNT: 0.3, CueType.COUNTDOWN: 0.3}
DEFAULT_MAX_WAIT = 2.0



class ClipSource(Protocol):
    """Where the phrases' clips come from (:class:`coach.speech.prerender.Prerenderer`)."""

    def prepare(self, phrases: Sequence[str]) -> None: ...

    def progress(self) -> tuple[int, int]: ...

    def clip(self, text: str) -> Clip | None: ...

    def pending(self, text: str) -> bool: ...

    def close(self) -> None: ...


@dataclass(frozen=True, slots=True)
class _Speaking:
    cue: Cue
    starts: float
    ends: float


class VoiceSpeaker:
    def __init__(self, options: SpeechOptions, player: Player, tones: Mapping[str, Clip], *,
                 renderer: ClipSource | None, clock: Clock, notices: Notices) -> None:
        """``renderer`` None: no voice (turned off, or no engine); tones still sound."""
        self._options = options
        self._player = player
        self._tones = dict(tones)
        self._renderer = renderer
        self._clock = clock
        self._notices = notices
        self._speaking: list[_Speaking] = []  # on the voice channel: now, then queued
        self._muted = False
        self._asked = 0
        self.dropped: list[Cue] = []  # cues not said because another held the voice

    @property
    def options(self) -> SpeechOptions:
        return self._options

    def prepare(self, phrases: Sequence[str]) -> None:
        self._asked = len(dict.fromkeys(phrases))
        if self._renderer is not None:
            self._renderer.prepare(phrases)
        self._notices.flush()

    def progress(self) -> tuple[int, int]:
        done = self._progress()
        self._notices.flush()
        return done

    def _progress(self) -> tuple[int, int]:
        """The count, and "still being prepared" withdrawn once every phrase is dealt with."""
        if self._renderer is None:
            return (self._asked, self._asked)
        done, total = self._renderer.progress()
        if total and done >= total and self._notices.told(NOT_READY):
            self._notices.withdraw(NOT_READY)
        return done, total

    def clip_seconds(self, text: str) -> float | None:
        clip = self._renderer.clip(text) if self._renderer is not None else None
        return None if clip is None else clip.seconds

    def play(self, cue: Cue) -> None:
        if not self._muted:
            if cue.tone:
                self._tone(cue.tone)
            if cue.text and not self._say(cue) and cue.type is CueType.COUNTDOWN:
                self._tone(TICK)  # the tick stands in for a number the voice does not say
        if self._notices.told(NOT_READY):  # a chance to withdraw it; else no count on a cue
            self._progress()
        self._notices.flush()

    def cut(self) -> None:
        self._player.stop()
        self._speaking.clear()
        self._notices.flush()

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        if muted:
            self.cut()

    @property
    def muted(self) -> bool:
        return self._muted

    def close(self) -> None:
        if self._renderer is not None:
            self._renderer.close()
        self._player.close()
        self._notices.flush()

    # -- inside -------------------------------------------------------------------------

    def _tone(self, name: str) -> None:
        tone = self._tones.get(name)
        if tone is not None and self._options.tone_volume > 0:
            self._player.play(Channel.TONE, tone, self._options.tone_volume)

    def _say(self, cue: Cue) -> bool:
        """Whether the cue's words are played (or queued)."""
        if not self._options.voice_enabled:
            return False
        clip = self._renderer.clip(cue.spoken) if self._renderer is not None else None
        if clip is None:
            if self._renderer is not None and self._renderer.pending(cue.spoken):
                self._notices.post(NOT_READY)
            if cue.type is not CueType.COUNTDOWN:  # a tick stands in for a number
                self._tone(CHIME)
            return False
        now = self._clock.now()
        self._speaking = [s for s in self._speaking if s.ends > now]
        volume = self._options.voice_volume
        if not self._speaking:
            self._player.play(Channel.VOICE, clip, volume)
            self._speaking = [_Speaking(cue, now, now + clip.seconds)]
        elif cue.priority > max(s.cue.priority for s in self._speaking):
            self._player.play(Channel.VOICE, clip, volume)  # cuts the lesser cue off
            self._speaking = [_Speaking(cue, now, now + clip.seconds)]
        else:
            starts = self._speaking[-1].ends
            if starts - now > MAX_WAIT.get(cue.type, DEFAULT_MAX_WAIT):
                self.dropped.append(cue)
                return False
            self._player.play(Channel.VOICE, clip, volume, queue=True)
            self._speaking.append(_Speaking(cue, starts, starts + clip.seconds))
        return True

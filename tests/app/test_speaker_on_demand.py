"""The app's speaker is built on first need, and behaves as the real one from then on."""

from __future__ import annotations

from coach.app.speaker_on_demand import SpeakerOnDemand
from coach.core.clock import FakeClock
from coach.core.plan.compiler import Cue, CueType
from coach.speech.notice_once import Notices
from coach.speech.options import SpeechOptions
from coach.speech.player import Channel, RecordingPlayer
from coach.speech.port import RecordingSpeaker, Speaker
from coach.speech.speaker import NOT_READY, VoiceSpeaker
from coach.speech.tone_clips import CHIME, load_tones
from tests.speech.helpers import FakeClips

MARCH = Cue(0.0, "March.", CueType.ANNOUNCE, 0)


class Builds:
    """A build function that counts its calls and hands out recording speakers."""

    def __init__(self) -> None:
        self.made: list[RecordingSpeaker] = []

    def __call__(self) -> Speaker:
        self.made.append(RecordingSpeaker())
        return self.made[-1]


def test_nothing_is_built_for_what_an_idle_speaker_can_answer() -> None:
    builds = Builds()
    speaker = SpeakerOnDemand(builds)
    speaker.set_muted(True)
    speaker.cut()
    assert speaker.progress() == (0, 0)
    assert speaker.clip_seconds("March.") is None
    assert speaker.muted
    speaker.close()
    assert builds.made == []
    assert not speaker.built


def test_the_first_phrases_build_it_once_and_it_keeps_the_mute() -> None:
    builds = Builds()
    speaker = SpeakerOnDemand(builds)
    speaker.set_muted(True)
    speaker.prepare(["March."])
    speaker.prepare(["March.", "Halfway."])
    speaker.play(MARCH)
    assert len(builds.made) == 1
    real = builds.made[0]
    assert real.calls == ["muted:True", "prepare", "prepare", "play:March."]
    assert real.played == []  # muted
    speaker.set_muted(False)
    speaker.play(MARCH)
    assert real.played == [MARCH]
    speaker.close()
    speaker.close()
    assert real.calls.count("close") == 1


def test_a_cue_before_any_phrases_builds_it_and_is_played() -> None:
    builds = Builds()
    speaker = SpeakerOnDemand(builds)
    speaker.play(MARCH)
    assert [r.played for r in builds.made] == [[MARCH]]


def _voice(clips: FakeClips, notes: list[str]) -> tuple[SpeakerOnDemand, RecordingPlayer]:
    clock = FakeClock()
    player = RecordingPlayer(clock)
    speaker = SpeakerOnDemand(lambda: VoiceSpeaker(
        SpeechOptions(), player, load_tones(notes.append), renderer=clips, clock=clock,
        notices=Notices(notes.append)))
    return speaker, player


def test_a_clip_not_ready_still_plays_a_chime_through_the_built_speaker() -> None:
    notes: list[str] = []
    speaker, player = _voice(FakeClips(default=None), notes)
    speaker.prepare(["March."])
    speaker.play(MARCH)
    assert player.labels(Channel.TONE) == [CHIME]
    assert player.labels(Channel.VOICE) == []
    assert notes == [NOT_READY]


def test_a_ready_clip_is_said_and_its_length_known() -> None:
    notes: list[str] = []
    speaker, player = _voice(FakeClips(default=0.5), notes)
    speaker.prepare(["March."])
    speaker.play(MARCH)
    assert player.labels(Channel.VOICE) == ["March."]
    assert speaker.clip_seconds("March.") == 0.5

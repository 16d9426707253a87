"""The port's two simple speakers: what they answer about clip lengths."""

from __future__ import annotations

from coach.speech.port import RecordingSpeaker, SilentSpeaker, Speaker


def test_the_silent_speaker_never_has_a_clip() -> None:
    speaker: Speaker = SilentSpeaker()
    speaker.prepare(["March."])
    assert speaker.clip_seconds("March.") is None


def test_the_recording_speaker_answers_from_a_mapping_or_a_function() -> None:
    mapped: Speaker = RecordingSpeaker(durations={"March.": 0.7}.get)
    assert mapped.clip_seconds("March.") == 0.7
    assert mapped.clip_seconds("Halfway.") is None
    measured: Speaker = RecordingSpeaker(
        durations=lambda text: 0.1 * len(text.split()) if text != "Later." else None)
    assert measured.clip_seconds("Switch sides now.") == 0.1 * 3
    assert measured.clip_seconds("Later.") is None
    assert RecordingSpeaker().clip_seconds("March.") is None  # no lengths given: none ready

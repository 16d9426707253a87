"""The real speaker's timing and manners, on a fake clock with a recording player."""

from __future__ import annotations

import itertools
import threading

import pytest

from coach.core.clock import FakeClock
from coach.core.plan.compiler import Cue, CueType, Plan, compile_plan
from coach.core.routine_files.library import load_library
from coach.core.session import Session, drive
from coach.core.session_events import CueDue, Event, Jumped
from coach.speech.notice_once import NOT_READY, Notices
from coach.speech.options import SpeechOptions
from coach.speech.player import Channel, RecordingPlayer
from coach.speech.speaker import VoiceSpeaker
from coach.speech.tone_clips import CHIME, load_tones
from tests.core.helpers import three_step
from tests.speech.helpers import FakeClips


class Rig:
    def __init__(self, clips: FakeClips | None = None, options: SpeechOptions | None = None,
                 *, voice: bool = True) -> None:
        self.clock = FakeClock()
        self.player = RecordingPlayer(self.clock)
        self.notes: list[str] = []
        self.clips = clips if clips is not None else FakeClips(default=0.1)
        self.speaker = VoiceSpeaker(
            options or SpeechOptions(), self.player, load_tones(self.notes.append),
            renderer=self.clips if voice else None, clock=self.clock,
            notices=Notices(self.notes.append),
        )

    def at(self, seconds: float, cue: Cue) -> None:
        self.clock.set(1000.0 + seconds)
        self.speaker.play(cue)

    def run(self, plan: Plan) -> list[Event]:
        """A whole session, waking exactly on time, the speaker listening as the app's does."""
        session = Session(plan, self.clock)
        self.speaker.prepare(plan.phrases())
        events = self.feed(session.start())
        while (wake := session.next_wake()) is not None:
            events += self.feed(drive(session, wake, self.clock.set))
        return events

    def feed(self, events: list[Event]) -> list[Event]:
        for event in events:
            if isinstance(event, Jumped):
                self.speaker.cut()
            elif isinstance(event, CueDue):
                self.speaker.play(event.cue)
        return events


def cue(type_: CueType, text: str, at: float = 0.0, tone: str | None = None) -> Cue:
    return Cue(at, text, type_, 0, tone)


def voice(rig: Rig) -> list[tuple[float, str, bool]]:
    return [(round(p.called - 1000.0, 3), p.label, p.queued)
            for p in rig.player.played if p.channel is Channel.VOICE]


def test_every_cue_of_a_plan_plays_once_in_order_at_its_due_time() -> None:
    plan = compile_plan(three_step())
    rig = Rig()
    rig.run(plan)
    spoken = [c for c in plan.cues if c.text]
    assert [p.label for p in rig.player.played if p.channel is Channel.VOICE] == [
        c.text for c in spoken]
    assert [p.called - 1000.0 for p in rig.player.played if p.channel is Channel.VOICE] == [
        pytest.approx(c.at) for c in spoken]
    toned = [c for c in plan.cues if c.tone]
    tones = [p for p in rig.player.played if p.channel is Channel.TONE]
    assert [(p.label, p.called - 1000.0) for p in tones] == [
        (c.tone, pytest.approx(c.at)) for c in toned]
    assert {c.tone for c in toned} == {"end"}  # every 3-2-1 number said: none ticked
    assert not rig.speaker.dropped and not rig.notes


def test_a_shipped_routine_with_real_clip_lengths_keeps_its_order() -> None:
    """Clips as long as speech really is (0.4 s a word): what is said keeps the plan's order,
    the opening of each step is never dropped, and nothing ever overlaps."""
    plan = compile_plan(load_library().get("warmup-quick"))
    lengths = {p: 0.3 + 0.4 * len(p.split()) for p in plan.phrases()}
    rig = Rig(FakeClips(lengths))
    rig.run(plan)
    said = [p for p in rig.player.played if p.channel is Channel.VOICE]
    remaining = iter([c.spoken for c in plan.cues if c.text])
    assert all(p.label in remaining for p in said)  # a subsequence: nothing out of order
    kept = {p.label for p in said}
    assert all(c.spoken in kept for c in plan.cues
               if c.type in (CueType.ANNOUNCE, CueType.NEXT))
    for before, after in itertools.pairwise(said):
        if after.queued:  # starts when the one before ends
            assert after.starts == pytest.approx(before.starts + lengths[before.label])


def test_a_countdown_never_talks_over_an_exercise_name() -> None:
    rig = Rig(FakeClips({"Calf stretch, left side.": 2.0, "Two.": 0.4}))
    rig.at(0.0, cue(CueType.ANNOUNCE, "Calf stretch, left side."))
    rig.at(1.0, cue(CueType.COUNTDOWN, "Two."))
    assert voice(rig) == [(0.0, "Calf stretch, left side.", False)]
    assert [c.text for c in rig.speaker.dropped] == ["Two."]
    assert rig.player.labels(Channel.TONE) == ["tick"]  # the tick still marks the second


def test_a_higher_priority_cue_cuts_a_lower_one() -> None:
    rig = Rig(FakeClips({"Halfway.": 2.0}))
    rig.at(0.0, cue(CueType.HALFWAY, "Halfway."))
    rig.at(0.5, cue(CueType.SWITCH, "Switch sides."))
    assert voice(rig) == [(0.0, "Halfway.", False), (0.5, "Switch sides.", False)]


def test_an_equal_cue_waits_for_the_one_speaking_if_the_wait_is_short() -> None:
    rig = Rig(FakeClips({"One.": 0.5, "Two.": 0.5, "Breathe out.": 1.5}))
    rig.at(0.0, cue(CueType.COUNT, "One."))
    rig.at(0.3, cue(CueType.COUNT, "Two."))  # 0.2 s to wait: fine for a count
    assert voice(rig)[-1] == (0.3, "Two.", True)
    assert rig.player.played[-1].starts == pytest.approx(1000.5)
    rig.at(2.0, cue(CueType.MID, "Breathe out."))
    rig.at(2.2, cue(CueType.COUNT, "Three."))  # 1.3 s to wait: a late count is wrong
    assert [c.text for c in rig.speaker.dropped] == ["Three."]
    rig.at(2.4, cue(CueType.MID, "Breathe out."))  # 1.1 s to wait: fine for a mid-step cue
    assert voice(rig)[-1] == (2.4, "Breathe out.", True)


def test_cut_silences_at_once_and_forgets_what_was_queued() -> None:
    rig = Rig(FakeClips({"One.": 0.5, "Two.": 0.5}))
    rig.at(0.0, cue(CueType.COUNT, "One."))
    rig.at(0.1, cue(CueType.COUNT, "Two."))
    rig.clock.set(1000.2)
    rig.speaker.cut()
    assert rig.player.stops == [(1000.2, None)]
    rig.at(0.25, cue(CueType.ANNOUNCE, "March."))
    assert voice(rig)[-1] == (0.25, "March.", False)  # not queued behind the stale count


def test_next_cuts_the_current_cue_and_says_the_new_step_straight_away() -> None:
    plan = compile_plan(three_step())
    rig = Rig(FakeClips(default=3.0))
    session = Session(plan, rig.clock)
    rig.feed(session.start())
    rig.clock.set(1001.0)  # the lead-in phrase (3 s) is still being said
    rig.feed(session.next())
    assert rig.player.stops == [(1001.0, None)]
    assert voice(rig)[-1] == (1.0, "March.", False)


def test_mute_silences_voice_and_tones_until_unmuted() -> None:
    rig = Rig()
    rig.speaker.set_muted(True)
    assert rig.speaker.muted
    rig.at(0.0, cue(CueType.COUNTDOWN, "Three."))
    rig.at(1.0, cue(CueType.END, "", tone="end"))
    assert rig.player.played == []
    rig.speaker.set_muted(False)
    rig.at(2.0, cue(CueType.COUNTDOWN, "One."))
    rig.at(3.0, cue(CueType.END, "", tone="end"))
    assert [(p.channel, p.label) for p in rig.player.played] == [
        (Channel.VOICE, "One."), (Channel.TONE, "end")]


def test_muting_cuts_what_is_sounding() -> None:
    rig = Rig()
    rig.at(0.0, cue(CueType.ANNOUNCE, "March."))
    rig.speaker.set_muted(True)
    assert rig.player.stops


def test_volumes_go_to_their_own_channels() -> None:
    rig = Rig(options=SpeechOptions(voice_volume=0.8, tone_volume=0.3))
    rig.at(0.0, cue(CueType.COUNTDOWN, "Three."))
    rig.at(1.0, cue(CueType.END, "", tone="end"))
    assert {(p.channel, p.volume) for p in rig.player.played} == {
        (Channel.TONE, 0.3), (Channel.VOICE, 0.8)}


def test_the_voice_plays_the_spoken_form() -> None:
    rig = Rig()
    rig.at(0.0, Cue(0.0, "Next up, Sit-to-stand.", CueType.NEXT, 0,
                    spoken_as="Next up, Sit down and stand up."))
    assert rig.player.labels(Channel.VOICE) == ["Next up, Sit down and stand up."]


def test_a_said_countdown_number_is_not_ticked_under_its_word() -> None:
    rig = Rig()
    rig.at(0.0, cue(CueType.COUNTDOWN, "Three."))
    assert [(p.channel, p.label) for p in rig.player.played] == [(Channel.VOICE, "Three.")]


def test_a_clip_not_ready_in_time_falls_back_to_a_chime_and_says_so_once() -> None:
    rig = Rig(FakeClips(default=None))
    rig.at(0.0, cue(CueType.ANNOUNCE, "March."))
    rig.at(1.0, cue(CueType.COUNTDOWN, "Three."))
    rig.at(2.0, cue(CueType.HALFWAY, "Halfway."))
    assert rig.player.labels(Channel.TONE) == [CHIME, "tick", CHIME]  # the tick stands in
    assert rig.player.labels(Channel.VOICE) == []
    assert rig.notes == [NOT_READY]


def test_a_clip_that_failed_for_good_gets_a_chime_without_a_new_notice() -> None:
    rig = Rig(FakeClips(failed=["March."]))
    rig.at(0.0, cue(CueType.ANNOUNCE, "March."))
    assert rig.player.labels(Channel.TONE) == [CHIME]
    assert rig.notes == []  # the renderer told the user when it failed


def test_with_the_voice_turned_off_only_tones_sound() -> None:
    rig = Rig(options=SpeechOptions(voice_enabled=False))
    rig.at(0.0, cue(CueType.ANNOUNCE, "March."))
    rig.at(1.0, cue(CueType.COUNTDOWN, "Three."))
    rig.at(2.0, cue(CueType.END, "", tone="end"))
    assert [(p.channel, p.label) for p in rig.player.played] == [
        (Channel.TONE, "tick"), (Channel.TONE, "end")]
    assert rig.notes == []


def test_without_an_engine_chimes_stand_in_for_every_phrase() -> None:
    rig = Rig(voice=False)
    rig.at(0.0, cue(CueType.ANNOUNCE, "March."))
    rig.at(1.0, cue(CueType.COUNTDOWN, "Three."))
    assert rig.player.labels(Channel.TONE) == [CHIME, "tick"]


def test_a_tone_volume_of_zero_plays_no_tones() -> None:
    rig = Rig(options=SpeechOptions(tone_volume=0.0))
    rig.at(0.0, cue(CueType.COUNTDOWN, "Three."))
    assert rig.player.labels(Channel.TONE) == []


def test_notices_from_other_threads_reach_the_app_on_its_own_thread() -> None:
    rig = Rig()
    seen: list[str] = []
    rig.speaker._notices = Notices(lambda m: seen.append(f"{m}@{threading.current_thread().name}"))
    worker = threading.Thread(target=rig.speaker._notices.post, args=("engine gone",),
                              name="bg")
    worker.start()
    worker.join()
    assert seen == []
    rig.speaker.progress()
    rig.speaker.progress()
    assert seen == [f"engine gone@{threading.current_thread().name}"]


def test_prepare_progress_and_close_reach_the_renderer_and_the_player() -> None:
    rig = Rig()
    rig.speaker.prepare(["A.", "B.", "A."])
    assert rig.clips.prepared == ["A.", "B.", "A."]
    assert rig.speaker.progress() == (3, 3)
    rig.speaker.close()
    assert rig.clips.closed and rig.player.closed


def test_clip_seconds_is_the_ready_clips_length_and_none_until_then() -> None:
    rig = Rig(FakeClips({"March.": 0.8, "Halfway.": None}, default=None, failed=["Two."]))
    rig.speaker.prepare(["March.", "Halfway.", "Two."])
    assert rig.speaker.clip_seconds("March.") == pytest.approx(0.8)
    assert rig.speaker.clip_seconds("Halfway.") is None  # still being prepared
    assert rig.speaker.clip_seconds("Two.") is None  # given up: a tone stands in
    assert Rig(voice=False).speaker.clip_seconds("March.") is None  # no engine at all


def withdrawing(clips: FakeClips) -> tuple[Rig, list[str]]:
    """A rig whose notices can be taken back (the second list), with two phrases asked for."""
    withdrawn: list[str] = []
    rig = Rig(clips)
    rig.speaker._notices = Notices(rig.notes.append, withdrawn.append)
    rig.speaker.prepare(["March.", "Halfway."])
    return rig, withdrawn


def test_still_being_prepared_is_withdrawn_as_soon_as_the_clips_are_ready() -> None:
    clips = FakeClips(default=None)
    rig, withdrawn = withdrawing(clips)
    rig.at(0.0, cue(CueType.ANNOUNCE, "March."))
    assert rig.notes == [NOT_READY] and withdrawn == []
    clips.lengths = {"March.": 0.5, "Halfway.": 0.5}  # the renderer has caught up
    rig.speaker.progress()
    assert withdrawn == [NOT_READY]
    rig.at(1.0, cue(CueType.HALFWAY, "Halfway."))
    assert rig.player.labels(Channel.VOICE) == ["Halfway."]
    assert rig.notes == [NOT_READY] and withdrawn == [NOT_READY]  # said and taken back once


class CountedClips(FakeClips):
    def __init__(self, **kw: object) -> None:
        super().__init__(**kw)  # type: ignore[arg-type]
        self.counted = 0

    def progress(self) -> tuple[int, int]:
        self.counted += 1
        return super().progress()


def test_a_cue_withdraws_still_being_prepared_and_otherwise_counts_nothing() -> None:
    clips = CountedClips(default=None)
    rig, withdrawn = withdrawing(clips)
    clips.lengths = {"March.": 0.5}
    rig.at(0.0, cue(CueType.ANNOUNCE, "Halfway."))  # not ready: a chime, and the notice
    assert rig.notes == [NOT_READY] and withdrawn == []
    clips.lengths = {"March.": 0.5, "Halfway.": 0.5}
    rig.at(1.0, cue(CueType.ANNOUNCE, "March."))  # every clip ready: withdrawn on this cue
    assert withdrawn == [NOT_READY]
    counted = clips.counted
    rig.at(2.0, cue(CueType.HALFWAY, "Halfway."))
    assert clips.counted == counted  # nothing to withdraw: the cue asks for no count


def test_a_notice_is_withdrawn_only_if_it_was_told_and_may_be_told_again() -> None:
    shown: list[str] = []
    gone: list[str] = []
    notices = Notices(shown.append, gone.append)
    notices.withdraw("never said")
    notices.post("Preparing.")
    notices.post("Preparing.")
    notices.flush()
    notices.withdraw("Preparing.")
    notices.flush()
    notices.post("Preparing.")
    notices.flush()
    assert shown == ["Preparing.", "Preparing."] and gone == ["Preparing."]

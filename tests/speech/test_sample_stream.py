"""A channel's sample stream: clip after clip, silence between, cut at once."""

from __future__ import annotations

from coach.speech.sample_stream import ChannelStream


def test_a_clip_is_pulled_then_silence() -> None:
    stream = ChannelStream()
    stream.push(b"\x01\x00" * 3)
    assert stream.read(4) == b"\x01\x00" * 2
    assert stream.read(6) == b"\x01\x00" + bytes(4)
    assert stream.read(5) == bytes(4)  # whole frames only
    assert not stream.busy and stream.pulled_clips == 1


def test_queued_clips_follow_without_a_gap_and_a_new_one_replaces() -> None:
    stream = ChannelStream()
    stream.push(b"\x01\x00")
    stream.push(b"\x02\x00", queue=True)
    assert stream.read(6) == b"\x01\x00\x02\x00" + bytes(2)
    stream.push(b"\x03\x00" * 4)
    stream.read(2)
    stream.push(b"\x04\x00")  # replaces the rest of the one playing
    assert stream.read(4) == b"\x04\x00" + bytes(2)


def test_clear_cuts_at_the_next_pull() -> None:
    stream = ChannelStream()
    stream.push(b"\x01\x00" * 100)
    stream.push(b"\x02\x00" * 100, queue=True)
    stream.read(10)
    stream.clear()
    assert stream.read(10) == bytes(10) and not stream.busy

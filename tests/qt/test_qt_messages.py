"""Qt Multimedia's start-up chatter goes to the log; every other Qt message is still printed."""

from __future__ import annotations

import pytest

from coach.qt.qt_messages import is_multimedia


@pytest.mark.parametrize(("category", "message"), [
    ("qt.multimedia.ffmpeg", "Using Qt multimedia with FFmpeg version 7.1.2"),
    ("default", "PulseAudioService: pa_context_connect() failed"),
    ("default", "[vaapi] libva info: VA-API version 1.20.0"),
    ("default", "No QtMultimedia backends found. Only QMediaDevices, QAudioDevice, QSoundEffect,"
                " QAudioSink, and QAudioSource are available."),
])
def test_multimedia_chatter_is_recognised(category, message):
    assert is_multimedia(category, message)


@pytest.mark.parametrize(("category", "message"), [
    ("default", "QWidget::setLayout: Attempting to set QLayout on a widget that already has one"),
    ("qt.qpa.xcb", "could not connect to display"),
    (None, "QObject::connect: No such signal"),
])
def test_other_qt_messages_still_reach_the_terminal(category, message):
    assert not is_multimedia(category, message)

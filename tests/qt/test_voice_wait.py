"""A cold voice: the window shows the first step and the voice's progress until it is ready."""

from __future__ import annotations

import pytest

from coach.core.session_events import State
from tests.core.helpers import ColdVoice
from tests.qt.helpers import warm_up


@pytest.fixture
def speaker() -> ColdVoice:
    return ColdVoice(polls=4, slower=1.5)


def test_the_lead_in_waits_for_the_voice_showing_the_first_step_and_progress(window, speaker):
    window.begin(warm_up())
    view = window.session_view
    driver = window.driver
    assert window.pages.currentWidget() is view and driver.preparing
    assert view.title.text() == "March" and view.countdown.text() == "5"
    assert view.voice_label.isVisibleTo(view)
    assert view.voice_label.text().startswith("Preparing the voice")
    assert speaker.played == []
    while driver.preparing:
        driver.fit_timer.timeout.emit()
    assert driver.session is not None and driver.session.state is State.LEAD_IN
    assert not view.voice_label.isVisibleTo(view)
    assert speaker.played[0].text.startswith("Test warm-up. Get ready.")


def test_esc_while_the_voice_is_prepared_goes_home_and_records_nothing(window, speaker):
    window.begin(warm_up())
    window.request_stop()
    assert window.pages.currentWidget() is window.home
    assert not window.driver.preparing and not window.driver.fit_timer.isActive()
    assert speaker.played == []

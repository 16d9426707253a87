"""The notice log: what is on show, when each notice leaves, and the list to read again."""

from __future__ import annotations

import io
import math

from coach.app.notice_log import (
    KEPT,
    LONGEST_SECONDS,
    SHORTEST_SECONDS,
    Change,
    NoticeLog,
    print_posted,
    seconds_up,
)
from coach.core.clock import FakeClock


def _log() -> tuple[NoticeLog, FakeClock, list[tuple[Change, str]]]:
    clock = FakeClock(100.0)
    log = NoticeLog(clock.now)
    heard: list[tuple[Change, str]] = []
    log.subscribe(lambda change, notice: heard.append((change, notice.text)))
    return log, clock, heard


def test_a_notice_leaves_by_itself_after_a_few_seconds_and_stays_in_the_list():
    log, clock, heard = _log()
    saved = log.post("Saved Hill warm-up.")
    assert log.current == saved and log.next_expiry() == 100.0 + SHORTEST_SECONDS
    clock.advance(SHORTEST_SECONDS - 0.1)
    log.expire()
    assert log.current == saved  # not yet
    clock.advance(0.1)
    log.expire()
    assert log.current is None and log.next_expiry() is None
    assert log.texts() == ["Saved Hill warm-up."]
    assert heard == [(Change.POSTED, "Saved Hill warm-up."), (Change.GONE, "Saved Hill warm-up.")]


def test_longer_notices_stay_longer_within_bounds():
    assert seconds_up("Saved.") == SHORTEST_SECONDS
    long = "The voice is still being prepared; a chime stands in for the cues that are not ready"
    assert SHORTEST_SECONDS < seconds_up(long) <= LONGEST_SECONDS
    assert seconds_up("word " * 500) == LONGEST_SECONDS


def test_a_notice_that_needs_an_answer_stays_until_dismissed():
    log, clock, _ = _log()
    day = log.post("Your run day is not finished.", needs_answer=True)
    assert day.leaves == math.inf and log.next_expiry() is None
    clock.advance(3600)
    log.expire()
    assert log.current == day
    log.dismiss(day)
    assert log.current is None and log.texts() == ["Your run day is not finished."]


def test_dismiss_by_words_takes_down_only_that_notice():
    log, _, _ = _log()
    log.post("No audio output found.")
    log.post("The voice is still being prepared.")
    log.dismiss("The voice is still being prepared.")
    assert [n.text for n in log.up] == ["No audio output found."]
    log.dismiss("Never said.")  # nothing on show with these words: nothing happens
    assert len(log.up) == 1


def test_the_same_words_again_are_one_notice_whose_time_starts_again():
    log, clock, _ = _log()
    first = log.post("No audio output found.")
    clock.advance(4)
    again = log.post("No audio output found.")
    assert again.number == first.number and len(log.up) == 1 and len(log.all) == 1
    assert again.leaves == clock.now() + SHORTEST_SECONDS
    answered = log.post("No audio output found.", needs_answer=True)
    assert answered.needs_answer and log.next_expiry() is None


def test_the_newest_on_show_is_current_and_the_one_under_it_comes_back():
    log, clock, _ = _log()
    log.post("Under.", needs_answer=True)
    log.post("Over.")
    assert log.current.text == "Over."
    clock.advance(LONGEST_SECONDS)
    log.expire()
    assert log.current.text == "Under."


def test_the_list_keeps_the_latest_and_drops_the_oldest():
    log, _, _ = _log()
    for n in range(KEPT + 5):
        log.post(f"Notice {n}.")
    assert len(log.all) == KEPT and log.all[0].text == "Notice 5."


def test_the_terminal_hears_each_notice_once_as_it_is_posted():
    log, clock, _ = _log()
    out = io.StringIO()
    log.subscribe(print_posted(out))
    log.post("Saved Hill warm-up.")
    clock.advance(60)
    log.expire()  # leaving is not news
    assert out.getvalue() == "limber: Saved Hill warm-up.\n"


def test_a_notice_can_offer_one_thing_to_do_and_answering_does_it_once():
    log, _, _ = _log()
    done: list[str] = []
    deleted = log.post("Deleted Hills.", needs_answer=True,
                       action=("Restore", lambda: done.append("restored")))
    assert deleted.action == "Restore"
    log.answer(deleted)
    assert done == ["restored"] and log.current is None
    log.answer(deleted)  # gone: nothing more to do
    assert done == ["restored"]
    other = log.post("Deleted Flats.", action=("Restore", lambda: done.append("flats")))
    log.dismiss(other)
    log.answer(other)  # dismissed: its offer went with it
    assert done == ["restored"]

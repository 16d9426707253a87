from __future__ import annotations

import json
import subprocess
import sys

import pytest

from coach import __version__
from coach.cli.entry import main
from tests.core.helpers import TINY_TOML, ColdVoice
from tests.core.routine_files.test_reader import GOOD

TINY = TINY_TOML + """
[[steps]]
exercise = "calf-stretch"
seconds = 6
sides = "per-side"
"""


@pytest.fixture(autouse=True)
def user_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("LIMBER_DATA_DIR", str(tmp_path / "data"))
    folder = tmp_path / "data" / "routines"
    folder.mkdir(parents=True)
    (folder / "tiny.toml").write_text(TINY)
    return folder


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"limber {__version__}"


def test_list_json_has_built_in_and_user_routines(capsys):
    assert main(["list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    by_id = {r["id"]: r for r in rows}
    assert by_id["tiny"]["source"] == "user"
    # The change-over grows to 6 s: "Next up" and the calf's safety note, after the end tone;
    # the closing words wait a second for the last end tone.
    assert by_id["tiny"]["total_seconds"] == 10 + 8 + 6 + 6 + 3 + 6 + 1
    assert by_id["warmup-standard"]["source"] == "built-in"
    assert {"id", "name", "kind", "total_seconds", "source"} <= set(rows[0])


def test_list_reports_a_broken_user_file_without_failing(user_dir, capsys):
    (user_dir / "broken.toml").write_text("id = ")
    assert main(["list"]) == 0
    captured = capsys.readouterr()
    assert "tiny" in captured.out
    assert "broken.toml:1:" in captured.err


def test_show_json(capsys):
    assert main(["show", "tiny", "--json", "--estimate"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["id"] == "tiny" and plan["total_seconds"] == 40
    assert plan["timing"] == "estimate"
    sides = [s["side"] for s in plan["segments"] if s["kind"] == "exercise"]
    assert sides == ["none", "left", "right"]
    assert plan["cues"][-1]["type"] in ("finish", "end")


def test_show_times_the_plan_with_the_voice_as_a_session_does(capsys, monkeypatch):
    from coach.cli import routine_commands

    voices: list[ColdVoice] = []  # ready after one progress check, clips twice the estimate
    monkeypatch.setattr(routine_commands, "voice_clips",
                        lambda prefs: voices.append(ColdVoice(polls=1)) or voices[-1])
    assert main(["show", "tiny", "--json"]) == 0
    timed = json.loads(capsys.readouterr().out)
    voice = voices[-1]
    assert timed["timing"] == "voice" and voice.closed
    assert timed["total_seconds"] > 40  # the slow voice's change-over and switch grew
    said = {c["spoken"] for c in timed["cues"] if c["text"]}
    assert said <= set(voice.asked)  # every phrase timed by its clip
    assert main(["show", "tiny"]) == 0
    out = capsys.readouterr()
    assert "Times from your voice's clips, as the session runs it." in out.out
    assert "Preparing the voice" in out.err  # it waited for the clips, and said so
    monkeypatch.setattr(routine_commands, "voice_clips", lambda prefs: None)
    assert main(["show", "tiny"]) == 0
    assert "Times estimated from the words: there is no voice" in capsys.readouterr().out


def test_show_unknown_routine_lists_known_ones(capsys):
    assert main(["show", "tiney"]) == 2
    err = capsys.readouterr().err
    assert "did you mean 'tiny'" in err.lower() and "warmup-quick" in err


def test_check_exit_codes_and_lines(tmp_path, capsys):
    good = tmp_path / "good.toml"
    good.write_text(GOOD.replace('"march"', '"brisk-walk"').replace('"calf"', '"calf-stretch"'))
    bad = tmp_path / "bad.toml"
    bad.write_text(good.read_text().replace("seconds = 60", "seconds = -4"))
    assert main(["check", str(good)]) == 0
    assert main(["check", str(good), str(bad)]) == 1
    out = capsys.readouterr().out.strip().splitlines()
    assert out[-1].startswith(f"{bad}:11:1: steps[0].seconds: -4 is out of range")


def test_run_text_fast_prints_cues_and_finishes(capsys, instant_runs):
    assert main(["run", "tiny", "--text", "--mute"]) == 0
    out = capsys.readouterr().out
    assert "Tiny routine. Get ready. First, Brisk walk." in out
    assert "Switch sides." in out
    assert "Finished: Tiny routine, 100% done" in out


def test_module_entry_point_runs():
    result = subprocess.run([sys.executable, "-m", "coach", "--version"], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0 and __version__ in result.stdout


def test_ctrl_c_stops_a_text_run_cleanly(user_dir, tmp_path):
    import os
    import signal
    import time

    env = {**os.environ, "LIMBER_DATA_DIR": str(user_dir.parent), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "coach", "run", "tiny", "--text", "--mute"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    first = proc.stdout.readline()  # the lead-in has begun
    assert "Get ready" in first
    time.sleep(0.2)
    proc.send_signal(signal.SIGINT)
    # From SIGINT to exit takes 0.1-0.4 s (two fdatasyncs of the history, then exit; no worker
    # or retry thread is joined on this path): the margin is for a machine under heavy load.
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert "Stopped: Tiny routine" in out
    assert "Traceback" not in err


def test_a_text_run_is_in_the_history_like_one_in_the_window(capsys, instant_runs):
    assert main(["run", "tiny", "--text", "--mute"]) == 0
    capsys.readouterr()
    assert main(["history", "--json"]) == 0
    sessions = json.loads(capsys.readouterr().out)["sessions"]
    assert [s["routine_id"] for s in sessions] == ["tiny"]
    assert sessions[0]["ended_at"] is not None and not sessions[0]["stopped"]
    assert sessions[0]["completed_fraction"] == 1.0


def test_a_text_run_ends_with_the_same_advice_as_the_window(capsys, instant_runs):
    from datetime import UTC, datetime, timedelta

    from coach.app.knee_nudges import knee_nudges
    from coach.core.files.user_folders import data_dir
    from coach.storage.history import FILE_NAME, HistoryStore

    now = datetime.now(UTC)
    with HistoryStore(data_dir() / FILE_NAME) as history:
        history.record_knee_score(2, now - timedelta(seconds=2), "pre-run")
        history.record_knee_score(5, now - timedelta(seconds=1), "post-cool-down")
        expected = knee_nudges(history, datetime.now(UTC))[0].message
    assert main(["run", "tiny", "--text", "--mute"]) == 0
    assert capsys.readouterr().out.rstrip().endswith(expected)


FAST_COUNTS = '''
id = "fast"
name = "Fast one"
kind = "strength"
description = "Counts too quick to say."

[[steps]]
exercise = "calf-raises"
reps = 12
rep_seconds = 0.5
'''


def test_check_warns_about_counts_too_fast_to_say_but_exits_0(tmp_path, capsys):
    fast = tmp_path / "fast.toml"
    fast.write_text(FAST_COUNTS)
    assert main(["check", str(fast)]) == 0
    captured = capsys.readouterr()
    (line,) = captured.out.strip().splitlines()
    assert line.startswith(f"{fast}:7:1: steps[0]: warning: Calf raises: a count takes")
    assert "rep_seconds at least" in line
    assert "1 warning(s)" in captured.err


def test_check_gives_copies_of_the_built_ins_no_warning(tmp_path, capsys):
    from coach.core.files.shipped_data import routines_dir

    files = []
    for built_in in sorted(routines_dir().glob("*.toml")):
        if built_in.name == "exercises.toml":
            continue
        copy = tmp_path / built_in.name
        copy.write_text(built_in.read_text().replace('id = "', 'id = "my-', 1))
        files.append(str(copy))
    assert len(files) == 7
    assert main(["check", *files]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "warning" not in captured.err


def test_show_minutes_json_fits_the_routine_and_says_how(capsys):
    assert main(["show", "cooldown-standard", "--minutes", "8", "--json", "--estimate"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total_seconds"] <= 480 and data["fit"]["fits"] is True
    assert data["fit"]["seconds"] == data["total_seconds"]
    names = {s["name"] for s in data["segments"]}
    assert data["fit"]["left_out"] and not names & set(data["fit"]["left_out"])


def test_show_minutes_too_short_says_the_shortest_safe_version(capsys):
    assert main(["show", "warmup-quick", "--minutes", "3"]) == 2
    err = capsys.readouterr().err
    assert "cannot be done safely in 3:00: the shortest safe version takes 5:" in err


def test_minutes_and_scale_together_are_refused(capsys):
    assert main(["show", "warmup-quick", "--minutes", "6", "--scale", "1.5"]) == 2
    assert "leave out --scale" in capsys.readouterr().err


def test_run_text_minutes_runs_the_fitted_routine(capsys, instant_runs):
    assert main(["run", "cooldown-quick", "--text", "--minutes", "8", "--mute"]) == 0
    captured = capsys.readouterr()
    assert "Quick cool-down fitted to 8:00" in captured.err
    assert "Finished: Quick cool-down, 100% done" in captured.out

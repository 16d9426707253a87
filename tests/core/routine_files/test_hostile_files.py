"""Files made to break the loader: each becomes one clear problem naming the file, never a
traceback, a hang, or a reason for the other routines not to load."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from coach.cli.entry import main
from coach.core.files.bounded_read import FileTooLarge, NotARegularFile, read_bounded
from coach.core.model import Origin
from coach.core.routine_files.library import load_library
from coach.core.routine_files.problems import Problem
from coach.core.routine_files.reader import load_routine
from tests.core.routine_files.test_reader import CATALOGUE, GOOD

STEP = '\n[[steps]]\nexercise = "march"\nseconds = {}\n'
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev/zero are POSIX")


def load(tmp_path: Path, content: str | bytes, name: str = "r.toml") -> list[str]:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    routine, problems = load_routine(path, CATALOGUE, origin=Origin.USER)
    assert (routine is None) == bool(problems)
    assert all(p.path == path for p in problems)
    return [str(p) for p in problems]


@pytest.mark.parametrize("digits", [20, 309, 400, 4301, 5000, 100_000])
def test_huge_whole_number_is_a_problem(tmp_path, digits):
    [message] = load(tmp_path, GOOD + STEP.format("9" * digits))
    if digits <= 32:
        assert "steps[2].seconds: 1e+20 is out of range" in message
    else:
        assert f"a number {digits} characters long" in message
        assert message.startswith(f"{tmp_path / 'r.toml'}:20:11: ")


@pytest.mark.parametrize("value", ["0x" + "f" * 30, "0b" + "1" * 30, "1e400", "-1e400", "nan",
                                   "inf", "0o" + "7" * 30, "9" * 32])
def test_numbers_beyond_any_float_are_range_checked(tmp_path, value):
    """Every number that gets past the length limit is compared before any conversion."""
    [message] = load(tmp_path, GOOD + STEP.format(value))
    assert "steps[2].seconds:" in message
    assert "out of range" in message or "expected a whole number" in message


@pytest.mark.parametrize("value", ["9" * 400, "0x" + "f" * 30, "1e400", "nan"])
def test_cue_time_beyond_any_float(tmp_path, value):
    text = GOOD.replace('at = "half"', f"at = {value}")
    [message] = load(tmp_path, text)
    assert ".cues[0].at:" in message or "characters long" in message


@pytest.mark.parametrize("opening, closing", [("[", "]"), ("{a=", "}")])
@pytest.mark.parametrize("depth", [17, 300, 100_000])
def test_deep_nesting_is_a_problem(tmp_path, opening, closing, depth):
    inner = "1" if opening == "{a=" else ""
    [message] = load(tmp_path, GOOD + f"x = {opening * depth}{inner}{closing * depth}\n")
    assert "nested more than 16 deep" in message
    assert ":17:" in message


def test_brackets_and_digits_inside_strings_and_comments_are_not_counted(tmp_path):
    brackets = "[" * 20
    text = GOOD.replace('description = "For tests."',
                        f'description = "{brackets} ' + "1" * 50 + f' \\" {brackets}"'
                        f"\n# {brackets} " + "2" * 50)
    text = text.replace('[defaults]', "[defaults]\n# '''\n")
    text += "\n[exercises.long]\nname = 'Long'\nkind = 'walk'\nfocus = ['hip']\nhow = '''\n" \
            + "[" * 40 + "'" + "'" + "\n" + "3" * 60 + "'''\n"
    assert load(tmp_path, text) == []


def test_a_bom_is_accepted(tmp_path):
    assert load(tmp_path, b"\xef\xbb\xbf" + GOOD.encode()) == []


def test_invalid_utf8_is_placed_by_line_and_column(tmp_path):
    raw = GOOD.replace("For tests.", "Caf\u00e9 \u00e9 X").encode()
    raw = raw.replace(b"X", b"\xff")
    [message] = load(tmp_path, raw)
    # Line 4, after 'description = "Café é ': column counted in characters, not bytes.
    assert message.startswith(f"{tmp_path / 'r.toml'}:4:23: not UTF-8 text: byte ff")


@pytest.mark.parametrize("field, text", [
    ("name", "Evil\\u001bc"), ("name", "Bell\\u0007"), ("name", "Two\\nlines"),
    ("name", "CSI \\u009b2J"), ("name", "Bidi \\u202eevil"), ("description", "Esc \\u001b[2J"),
])
def test_control_characters_are_refused(tmp_path, field, text):
    content = GOOD.replace('name = "My routine"', f'name = "{text}"') if field == "name" else \
        GOOD.replace('"For tests."', f'"{text}"')
    [message] = load(tmp_path, content)
    assert f"{field}: holds the control character" in message
    assert "\x1b" not in message and "\x07" not in message and "\x9b" not in message


def test_line_breaks_and_tabs_are_fine_in_a_description(tmp_path):
    assert load(tmp_path, GOOD.replace('"For tests."', '"Two\\nlines\\tand a tab."')) == []


def test_a_problem_never_prints_control_characters_from_a_file_name(tmp_path):
    text = str(Problem(tmp_path / "a\x1b[2J\u202e.toml", "bad \x07", "name", 1, 2))
    assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
    assert "a\\x1b[2J\\u202e.toml:1:2: name: bad \\x07" in text


def test_a_header_line_of_spaces_does_not_backtrack(tmp_path):
    """Was a cubic regular expression: 20,000 spaces took for ever."""
    text = GOOD + "\n[[steps]]\nexercise = \"march\"\ncues = [\n[" + " " * 20_000 + "\n]\n]\n"
    [message] = load(tmp_path, text)
    assert "cues[0]: expected a table, got a list" in message


def test_too_big_text(tmp_path):
    [message] = load(tmp_path, GOOD + "#" + "é" * (600 * 1024))
    assert "limited to 1048576 bytes" in message


# -- special files -----------------------------------------------------------------------------


@posix_only
def test_a_fifo_is_refused_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "x.toml")  # no writer: a blocking open or read would hang here
    with pytest.raises(NotARegularFile, match="a pipe"):
        read_bounded(tmp_path / "x.toml", 100)
    [message] = load_routine(tmp_path / "x.toml", CATALOGUE)[1]
    assert "cannot read: it is a pipe (FIFO), not a plain file" in str(message)


@posix_only
def test_a_link_to_dev_zero_is_refused(tmp_path):
    (tmp_path / "zero.toml").symlink_to("/dev/zero")
    with pytest.raises(NotARegularFile, match="a device"):
        read_bounded(tmp_path / "zero.toml", 100)


def test_a_folder_is_refused(tmp_path):
    (tmp_path / "dir.toml").mkdir()
    with pytest.raises(IsADirectoryError if os.name != "nt" else OSError):
        read_bounded(tmp_path / "dir.toml", 100)


def test_the_limit_holds_whatever_the_size_said(tmp_path):
    path = tmp_path / "f"
    path.write_bytes(b"x" * 101)
    with pytest.raises(FileTooLarge):
        read_bounded(path, 100)
    path.write_bytes(b"x" * 100)
    assert read_bounded(path, 100) == b"x" * 100
    path.write_bytes(b"")
    assert read_bounded(path, 100) == b""


def test_read_bounded_reads_big_files_whole(tmp_path):
    data = os.urandom(300_000)
    (tmp_path / "f").write_bytes(data)
    assert read_bounded(tmp_path / "f", 300_000) == data


@posix_only
def test_every_special_file_in_the_folder_is_skipped_and_the_rest_load(tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    os.mkfifo(mine / "fifo.toml")
    (mine / "zero.toml").symlink_to("/dev/zero")
    (mine / "dir.toml").mkdir()
    (mine / "deep.toml").write_text("x = " + "[" * 5000 + "]" * 5000)
    (mine / "huge.toml").write_text(GOOD + STEP.format("9" * 5000))
    library = load_library(user_dir=mine)
    assert {"warmup-standard", "cooldown-standard"} <= {r.id for r in library.routines}
    assert sorted(Path(str(p.path)).name for p in library.problems) == [
        "deep.toml", "dir.toml", "fifo.toml", "huge.toml", "zero.toml"]


# -- check agrees with list --------------------------------------------------------------------


def test_check_reports_an_id_a_built_in_routine_has(tmp_path, capsys):
    path = tmp_path / "clash.toml"
    path.write_text(GOOD.replace('id = "mine"', 'id = "warmup-quick"')
                    .replace('"march"', '"brisk-walk"').replace('"calf"', '"calf-stretch"'))
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "clash.toml: id: duplicate routine id 'warmup-quick'" in out
    assert "skips this file" in out


def test_check_of_a_built_in_file_itself_is_not_a_clash(capsys):
    from coach.core.files.shipped_data import routines_dir

    assert main(["check", str(routines_dir() / "warmup-quick.toml")]) == 0


@pytest.mark.parametrize("speed", ["nan", "inf", "-inf", "0", "-1"])
def test_run_text_refuses_a_speed_that_is_not_a_positive_number(capsys, speed):
    assert main(["run", "warmup-quick", "--text", "--mute", f"--speed={speed}"]) == 2
    assert "--speed must be from 0.1 to 100" in capsys.readouterr().err


@pytest.mark.parametrize("option", [["--lead-in", "99999999999"], ["--lead-in", "-1"],
                                    ["--scale", "nan"], ["--scale", "1e400"]])
def test_show_refuses_options_out_of_range(capsys, option):
    assert main(["show", "warmup-quick", *option]) == 2
    assert "must be" in capsys.readouterr().err


def test_a_cue_inside_an_inline_array_points_at_itself(tmp_path):
    text = GOOD.replace('cues = [ { at = "half", say = "Breathe out." } ]',
                        'cues = [ { at = "half", say = "Breathe out." },\n'
                        '         { at = 99, say = "Late." }, # a comment [ { \n'
                        '         { say = "No time.", at = "soon" } ]')
    first, second = load(tmp_path, text)
    assert ":17:12: steps[1].cues[1].at: 99 s is outside the step" in first
    assert ":18:30: steps[1].cues[2].at: expected \"half\" or a number" in second

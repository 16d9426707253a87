"""flite and festival engines, without running either (injected runners, fake folders)."""

from __future__ import annotations

import struct
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from coach.speech.clip import Clip
from coach.speech.engines import festival, flite
from coach.speech.engines.engine_protocol import EngineUnavailable
from coach.speech.engines.leading_silence import KEEP_SECONDS, without_lead

LISTING = "Voices available: kal awb_time kal16 awb rms slt \n"


class Runner:
    """Answers like flite would and remembers every command line."""

    def __init__(self, *, listing: str = LISTING, render_status: int = 0,
                 stderr: str = "") -> None:
        self.listing = listing
        self.render_status = render_status
        self.stderr = stderr
        self.calls: list[list[str]] = []
        self.texts: list[str | None] = []

    def __call__(self, args: Sequence[str], timeout: float,
                 text: str | None = None) -> subprocess.CompletedProcess[str]:
        self.calls.append(list(args))
        self.texts.append(text)
        if "-lv" in args:
            return subprocess.CompletedProcess(args, 0, self.listing, "")
        return subprocess.CompletedProcess(args, self.render_status, "", self.stderr)


@pytest.fixture
def on_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A PATH holding only a placeholder ``flite`` and ``text2wave`` (never run: runners are
    injected), so these tests do not depend on what the machine has installed."""
    folder = tmp_path / "bin"
    folder.mkdir()
    for name in ("flite", "text2wave"):
        (folder / name).write_text("#!/bin/sh\nexit 99\n")
        (folder / name).chmod(0o755)
    monkeypatch.setenv("PATH", str(folder))
    return folder


# -- the rate mapping ----------------------------------------------------------------------

def test_at_175_words_a_minute_flite_keeps_its_measured_pace() -> None:
    assert flite.duration_stretch("slt", 175) == pytest.approx(1.0, abs=0.01)
    assert flite.duration_stretch("rms", 175) == pytest.approx(0.9, abs=0.01)  # rms is slower


@pytest.mark.parametrize("voice", sorted(flite.VOICES))
def test_twice_the_rate_halves_the_length(voice: str) -> None:
    assert flite.duration_stretch(voice, 300) == pytest.approx(
        flite.duration_stretch(voice, 150) / 2, abs=0.001)
    assert flite.duration_stretch(voice, 80) > flite.duration_stretch(voice, 175) > \
        flite.duration_stretch(voice, 300)


def test_festival_sets_both_stretch_and_the_hts_speed() -> None:
    forms = festival.speed_forms("cmu_us_slt_arctic_hts", 350)
    assert forms[0] == "(voice_cmu_us_slt_arctic_hts)"
    stretch = festival.CALIBRATION["cmu_us_slt_arctic_hts"] / 2
    assert forms[1] == f"(Parameter.set 'Duration_Stretch {round(stretch, 4)})"
    assert f'"-r" {round(1 / round(stretch, 4), 4)}' in forms[2]


# -- flite ---------------------------------------------------------------------------------

def test_flite_offers_the_voices_that_read_any_text() -> None:
    assert flite.parse_voice_list(LISTING) == ["kal", "kal16", "awb", "rms", "slt"]
    assert flite.parse_voice_list("Voices available: \n") == []


@pytest.mark.usefixtures("on_path")
def test_flite_renders_with_voice_stretch_file_and_text(tmp_path: Path) -> None:
    runner = Runner()
    engine = flite.FliteEngine(run=runner)
    assert engine.default_voice() == "rms"
    assert [v.id for v in engine.voices()] == ["kal", "kal16", "awb", "rms", "slt"]
    engine.render("-5 more seconds.", "slt", 350, tmp_path / "x.wav")
    args = runner.calls[-1]
    assert Path(args[0]).name == "flite"
    assert args[1:] == ["-voice", "slt", "--setf",
                        f"duration_stretch={flite.duration_stretch('slt', 350)}",
                        "-o", str(tmp_path / "x.wav"), "-t", "-5 more seconds."]


@pytest.mark.usefixtures("on_path")
def test_a_failing_flite_raises_with_its_last_word(tmp_path: Path) -> None:
    engine = flite.FliteEngine(run=Runner(render_status=3, stderr="warming\nout of memory\n"))
    with pytest.raises(RuntimeError, match=r"exit status 3: out of memory"):
        engine.render("Hi.", "slt", 175, tmp_path / "x.wav")
    with pytest.raises(ValueError, match="no flite voice 'zz'"):
        engine.render("Hi.", "zz", 175, tmp_path / "x.wav")


@pytest.mark.usefixtures("on_path")
def test_a_flite_without_voices_or_that_will_not_start_is_unavailable() -> None:
    with pytest.raises(EngineUnavailable, match="no usable voice"):
        flite.FliteEngine(run=Runner(listing="Voices available: awb_time\n"))

    def broken(args: Sequence[str], timeout: float) -> subprocess.CompletedProcess[str]:
        raise subprocess.TimeoutExpired(list(args), timeout)

    with pytest.raises(EngineUnavailable, match="does not start"):
        flite.FliteEngine(run=broken)


def test_without_flite_the_engine_says_what_to_install(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(EngineUnavailable, match="sudo apt install flite"):
        flite.FliteEngine()
    assert flite.flite_problem() == f"flite is not installed; {flite.INSTALL_HINT}."
    assert flite.flite_version() == "flite ?"


# -- festival ------------------------------------------------------------------------------

def voice_tree(root: Path, *names: str) -> tuple[Path, ...]:
    for name in names:
        folder = root / "us" / name / "festvox"
        folder.mkdir(parents=True)
        (folder / f"{name}.scm").write_text(";; a voice\n")
    (root / "us" / "half_voice").mkdir(parents=True)  # no festvox/<name>.scm: not a voice
    return (root,)


def test_festival_voices_are_found_on_disk(tmp_path: Path) -> None:
    folders = voice_tree(tmp_path, "kal_diphone", "cmu_us_slt_arctic_hts")
    assert festival.installed_voices(folders) == ["cmu_us_slt_arctic_hts", "kal_diphone"]
    assert festival.festival_problem(lambda _: "/usr/bin/text2wave", (tmp_path / "no",)) == \
        "festival has no voice installed."
    assert festival.festival_problem(lambda _: None, folders) == "festival is not installed."
    assert festival.festival_problem(lambda _: "/usr/bin/text2wave", folders) is None
    assert festival.voice_name("cmu_us_slt_arctic_hts") == "US English (slt, HTS)"


@pytest.mark.usefixtures("on_path")
def test_festival_renders_through_text2wave_with_one_form_per_eval(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(festival, "VOICE_FOLDERS", voice_tree(tmp_path / "v", "kal_diphone",
                                                              "cmu_us_slt_arctic_hts"))
    runner = Runner(render_status=0)
    engine = festival.FestivalEngine(run=runner)
    assert engine.default_voice() == "cmu_us_slt_arctic_hts"  # HTS first: the clearer kind
    engine.render("Switch sides.", "kal_diphone", 175, tmp_path / "x.wav")
    args = runner.calls[-1]
    assert args[1:3] == ["-o", str(tmp_path / "x.wav")]
    assert args[3::2] == ["-eval"] * 3 and args[4::2] == festival.speed_forms("kal_diphone", 175)
    assert runner.texts[-1] == "Switch sides.\n"  # on standard input: no file is written
    runner.render_status = 1
    with pytest.raises(RuntimeError, match="festival failed"):
        engine.render("Hi.", "", 175, tmp_path / "x.wav")


# -- the pause before the first word -------------------------------------------------------

def test_the_silence_before_the_first_word_is_dropped_but_a_little() -> None:
    rate = 16000
    lead, speech = bytes(2 * round(0.4 * rate)), struct.pack("<4h", 0, 5000, -5000, 0) * 400
    trimmed = without_lead(Clip("One.", lead + speech, rate))
    kept = trimmed.seconds - len(speech) / 2 / rate
    assert kept == pytest.approx(KEEP_SECONDS, abs=0.001)
    assert trimmed.pcm.endswith(speech)
    silent = Clip("quiet", bytes(3200), rate)
    assert without_lead(silent) == silent  # nothing to find: left for the checks to refuse


def test_a_frozen_bundle_uses_the_flite_it_carries(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from coach.speech.engines.libflite import LIBRARY, library_path

    (tmp_path / flite.COMMAND).write_text("")
    (tmp_path / LIBRARY).write_text("")
    on_path = lambda name: f"/usr/bin/{name}"  # noqa: E731
    assert flite.find_command(on_path) == f"/usr/bin/{flite.COMMAND}"  # not frozen
    assert library_path(LIBRARY) == LIBRARY
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert flite.find_command(on_path) == str(tmp_path / flite.COMMAND)
    assert library_path(LIBRARY) == str(tmp_path / LIBRARY)
    assert library_path("libflite_cmu_us_none.so.1") == "libflite_cmu_us_none.so.1"

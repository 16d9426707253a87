"""Choosing the voice: ids, the clearest default, fallbacks, cache keys."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from coach.speech import voice_catalogue
from coach.speech.clip_cache import ClipCache
from coach.speech.engine_fallback import Engines, routes_for
from coach.speech.engines.engine_protocol import VoiceInfo
from coach.speech.voice_catalogue import (
    CLEAREST,
    Backend,
    Voice,
    default_voice,
    fallbacks,
    speaks,
    split_voice,
)


def test_ids_name_their_engine_and_old_ids_stay_the_system_engines() -> None:
    assert split_voice("flite:slt") == ("flite", "slt")
    assert split_voice("festival:cmu_us_slt_arctic_hts") == ("festival", "cmu_us_slt_arctic_hts")
    assert split_voice("gmw/en-us") == ("system", "gmw/en-us")  # saved before flite existed
    assert split_voice("") == ("system", "")
    assert split_voice("com.apple.voice:Alex") == ("system", "com.apple.voice:Alex")


def test_the_default_is_the_clearest_installed_and_the_system_voice_without_flite() -> None:
    assert default_voice(lambda v: v.startswith("flite:")) == "flite:rms"
    assert default_voice(lambda v: v in {"flite:kal", "flite:slt"}) == "flite:slt"
    assert default_voice(lambda v: not v.startswith(("flite:", "festival:"))) == ""
    assert CLEAREST[0] == "flite:rms"


def test_a_chosen_voice_comes_first_then_the_clearest_then_the_system_default() -> None:
    installed = {"flite:slt", "flite:awb", "gmw/en-us"}
    assert fallbacks("gmw/en-us", installed.__contains__) == ["gmw/en-us", "flite:slt",
                                                              "flite:awb", ""]
    assert fallbacks("flite:awb", installed.__contains__) == ["flite:awb", "flite:slt", ""]
    assert fallbacks("flite:rms", installed.__contains__) == ["flite:slt", "flite:awb", ""]
    assert fallbacks("", lambda v: False) == [""]


def fake_backends(monkeypatch: pytest.MonkeyPatch, *, flite_ok: bool) -> None:
    monkeypatch.setattr(voice_catalogue, "BACKENDS", {
        "flite": Backend("flite", "x:y", lambda: None if flite_ok else "no flite",
                         lambda: "flite; 2.2"),
        "system": Backend("system", "x:z", lambda: None, lambda: "espeak 1.51"),
    })


def lister(backend: Backend) -> list[VoiceInfo]:
    if backend.id == "flite":
        return [VoiceInfo("kal", "US English, male", ("en-us",)),
                VoiceInfo("slt", "US English, female", ("en-us",))]
    return [VoiceInfo("roa/fr", "French", ("fr",)), VoiceInfo("gmw/en", "English", ("en-gb",))]


def test_every_voice_of_every_working_engine_is_listed_clearest_first(
        monkeypatch: pytest.MonkeyPatch) -> None:
    fake_backends(monkeypatch, flite_ok=True)
    listed = voice_catalogue.all_voices(lister)
    assert [v.id for v in listed] == ["flite:slt", "flite:kal", "gmw/en", "roa/fr"]
    assert listed[0] == Voice("flite", "flite:slt", "US English, female", ("en-us",),
                              "clear")
    assert listed[1].quality.startswith("muffled")
    fake_backends(monkeypatch, flite_ok=False)
    assert [v.id for v in voice_catalogue.all_voices(lister)] == ["gmw/en", "roa/fr"]


def test_an_engine_that_fails_to_list_its_voices_offers_none(
        monkeypatch: pytest.MonkeyPatch) -> None:
    fake_backends(monkeypatch, flite_ok=True)

    def failing(backend: Backend) -> list[VoiceInfo]:
        if backend.id == "flite":
            raise OSError("flite crashed")
        return lister(backend)

    assert [v.id for v in voice_catalogue.all_voices(failing)] == ["gmw/en", "roa/fr"]


def _backends(problems: dict[str, str | None], asked: list[str]) -> dict[str, Backend]:
    def problem(backend_id: str) -> Callable[[], str | None]:
        return lambda: (asked.append(backend_id), problems[backend_id])[1]

    return {b.id: replace(b, problem=problem(b.id))
            for b in voice_catalogue.BACKENDS.values()}


def test_with_no_engine_at_all_the_problem_names_both_installs(
        monkeypatch: pytest.MonkeyPatch) -> None:
    none = {backend_id: "missing" for backend_id in voice_catalogue.BACKENDS}
    monkeypatch.setattr(voice_catalogue, "BACKENDS", _backends(none, []))
    monkeypatch.setattr(voice_catalogue, "engine_problem",
                        lambda: "No speech engine: install espeak-ng.")
    monkeypatch.setattr(voice_catalogue, "driver_name", lambda: "espeak")
    problem = voice_catalogue.speech_problem()
    assert problem is not None and "espeak-ng" in problem and "apt install flite" in problem


def test_the_first_engine_that_can_speak_settles_whether_one_can(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # The system engine's answer loads libespeak-ng into the app: not asked when flite speaks.
    asked: list[str] = []
    problems = {backend_id: None for backend_id in voice_catalogue.BACKENDS}
    monkeypatch.setattr(voice_catalogue, "BACKENDS", _backends(problems, asked))
    assert voice_catalogue.speech_problem() is None
    assert asked == [next(iter(voice_catalogue.BACKENDS))]


def test_cache_keys_differ_per_engine_voice_and_version(tmp_path) -> None:
    prints = {"flite": lambda: "flite; flite-2.2", "festival": lambda: "festival; 2.5",
              "system": lambda: "coach.speech.engines.espeak:EspeakEngine; espeak-ng 1.51"}
    engines = Engines(specs={}, fingerprints=prints, installed=lambda v: True)
    routes = routes_for("", engines)
    assert [r.voice_id for r in routes][:2] == ["flite:rms", "festival:cmu_us_slt_arctic_hts"]
    assert routes[-1].voice_id == "" and routes[-1].fingerprint.endswith("espeak-ng 1.51")
    cache = ClipCache(tmp_path)
    keys = {cache.path("Halfway.", r.voice, 175, r.fingerprint) for r in routes}
    assert len(keys) == len(routes)  # no two voices share a clip
    newer = Engines(specs={}, fingerprints={**prints, "flite": lambda: "flite; flite-2.3"})
    assert cache.path("Halfway.", "slt", 175, newer.route("flite:slt").fingerprint) not in keys


def test_real_fingerprints_start_with_the_engine() -> None:
    assert voice_catalogue.BACKENDS["flite"].fingerprint().startswith("flite; ")
    assert voice_catalogue.BACKENDS["festival"].fingerprint().startswith("festival; ")
    # keys kept from before
    assert voice_catalogue.BACKENDS["system"].fingerprint() == voice_catalogue.clip_key()


@pytest.mark.usefixtures("espeak")
def test_each_language_has_its_own_voice_and_never_an_english_one() -> None:
    everything = {"flite:rms", "flite:slt", "gmw/de", "roa/es", "roa/es-419"}.__contains__
    assert fallbacks("", everything, "de") == ["gmw/de"]
    assert fallbacks("", everything, "es") == ["roa/es", "roa/es-419"]
    # The chosen English voice does not read German; a chosen German one comes first.
    assert fallbacks("flite:rms", everything, "de") == ["gmw/de"]
    assert fallbacks("gmw/en-us", everything, "de") == ["gmw/de"]
    assert fallbacks("roa/es-419", everything, "es") == ["roa/es-419", "roa/es"]
    assert fallbacks("", everything, "en")[0] == "flite:rms"
    assert speaks("gmw/de", "de") and not speaks("flite:slt", "de") and speaks("", "en")

"""Every voice of every speech engine, and which one speaks when the user has not chosen.

Voice ids are what the preferences store: ``flite:slt`` and ``festival:NAME`` for those
engines, and the system engine's own ids unchanged (espeak-ng's ``gmw/en-us`` on Linux, a SAPI5
token, a macOS identifier), so a voice saved before flite existed still means the same. ""
means "the clearest available".

Qt-free: the preferences dialog (through ``coach.app.voice_choices``) and ``limber voices`` share
:func:`all_voices`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from coach.speech.engines import festival, flite
from coach.speech.engines.engine_protocol import VoiceInfo
from coach.speech.engines.espeak_data import espeak_voice_file
from coach.speech.engines.render_worker import DEFAULT_ENGINE
from coach.speech.engines.system_engine import driver_name, engine_problem, fingerprint

SYSTEM = "system"  # espeak-ng on Linux (driven directly), pyttsx3's SAPI5 / NSSpeech elsewhere
FLITE = "flite"
FESTIVAL = "festival"


def clip_key(engine: str = DEFAULT_ENGINE) -> str:
    """What names the system engine in every cache key and calibration: which engine, which
    build (flite's and festival's keys name their own builds)."""
    return f"{engine}; {fingerprint()}"


@dataclass(frozen=True, slots=True)
class Backend:
    """One speech engine: how the worker loads it and how to tell whether it can work here."""

    id: str
    spec: str  # what the render worker imports ("module:factory")
    problem: Callable[[], str | None]  # None: usable here (a quick look, no synthesis)
    fingerprint: Callable[[], str]  # engine id and version: part of every cache key
    # Its clip is a function of the text, voice and rate alone: the same request gives the same
    # samples, whatever was said before and in whichever worker. Calibrating such a voice needs
    # one render of the reference phrase, not two that must agree (``clip_checks.calibrate``).
    reproducible: bool = False

    @property
    def prefix(self) -> str:
        return "" if self.id == SYSTEM else f"{self.id}:"

    @property
    def label(self) -> str:
        if self.id != SYSTEM:
            return self.id
        return {"espeak": "espeak-ng", "sapi5": "SAPI5", "nsss": "NSSpeech"}[driver_name()]


BACKENDS: dict[str, Backend] = {
    # flite: libflite seeds rand() and sets (and reads back) the stretch before every phrase,
    # and its program starts afresh each time (tests/speech/engines/test_libflite.py keeps it
    # so). espeak-ng is not: a phrase after a rate change can differ by a few samples.
    FLITE: Backend(FLITE, "coach.speech.engines.flite:FliteEngine", flite.flite_problem,
                   lambda: f"flite; {flite.flite_version()}", reproducible=True),
    FESTIVAL: Backend(FESTIVAL, "coach.speech.engines.festival:FestivalEngine",
                      festival.festival_problem,
                      lambda: f"festival; {festival.festival_version()}"),
    SYSTEM: Backend(SYSTEM, DEFAULT_ENGINE, engine_problem, lambda: clip_key(DEFAULT_ENGINE)),
}

# Clearest first, from tests/bench/bench_voices.py (word error rate of an offline recogniser over
# the 147 built-in cues at 175 wpm, 2026-11-29: flite rms 0.26, slt 0.37; on every third cue
# festival's HTS slt 0.32, flite awb 0.38, kal16 0.41, kal 0.71; espeak-ng's voices 0.8 and
# more; table in tests/bench/README.md). The default voice is the first one installed; after
# these, the system engine's default voice (espeak-ng on Linux; SAPI5 or NSSpeech elsewhere).
CLEAREST = ("flite:rms", "festival:cmu_us_slt_arctic_hts", "flite:slt", "flite:awb",
            "flite:kal16", "flite:kal")
QUALITY: dict[str, str] = {
    "flite:rms": "clearest", "festival:cmu_us_slt_arctic_hts": "clear", "flite:slt": "clear",
    "flite:awb": "fair", "flite:kal16": "fair", "flite:kal": "muffled (telephone quality)",
}
ESPEAK_QUALITY = "robotic"


def split_voice(voice_id: str) -> tuple[str, str]:
    """(engine id, the engine's own voice id): ``flite:slt`` -> (``flite``, ``slt``)."""
    head, sep, rest = voice_id.partition(":")
    if sep and head in BACKENDS and head != SYSTEM:
        return head, rest
    return SYSTEM, voice_id


def engine_for(voice_id: str) -> Callable[[], object]:
    """The engine class for a voice, to make one in this process (the bench does)."""
    from coach.speech.engines.render_worker import load_factory

    factory: Callable[[], object] = load_factory(BACKENDS[split_voice(voice_id)[0]].spec)
    return factory


@dataclass(frozen=True, slots=True)
class Voice:
    engine: str  # the engine's name for people: flite, festival, espeak-ng, SAPI5, NSSpeech
    id: str  # what the preferences store
    name: str
    languages: tuple[str, ...]
    quality: str  # a word on how clearly it speaks

    @property
    def label(self) -> str:
        """For a voice picker: "US English, female — flite, clearest"."""
        return f"{self.name} — {self.engine}{', ' + self.quality if self.quality else ''}"


def quality(voice_id: str) -> str:
    if voice_id in QUALITY:
        return QUALITY[voice_id]
    return ESPEAK_QUALITY if split_voice(voice_id)[0] == SYSTEM and driver_name() == "espeak" \
        else ""


def usable_backends() -> list[Backend]:
    return [b for b in BACKENDS.values() if b.problem() is None]


def own_voices(backend: Backend) -> list[VoiceInfo]:
    """A backend's voices, found without synthesising (the system's come from its worker)."""
    if backend.id == FLITE:
        return flite.voice_infos(flite.installed_voices())
    if backend.id == FESTIVAL:
        return [VoiceInfo(v, festival.voice_name(v), ("en",)) for v in festival.installed_voices()]
    from coach.speech.worker_process import EngineProcess

    process = EngineProcess(backend.spec)
    try:
        return process.voices()
    finally:
        process.close()


def all_voices(list_voices: Callable[[Backend], list[VoiceInfo]] = own_voices) -> list[Voice]:
    """Every voice of every engine that works here: clearest first, then English ones."""
    found: list[Voice] = []
    for backend in usable_backends():
        try:
            infos = list_voices(backend)
        except Exception:  # an engine that fails to list its voices offers none
            continue
        found += [Voice(backend.label, backend.prefix + v.id, v.name, v.languages,
                        quality(backend.prefix + v.id)) for v in infos]
    order = {voice_id: i for i, voice_id in enumerate(CLEAREST)}
    return sorted(found, key=lambda v: (order.get(v.id, len(order)),
                                        not any(lang.startswith("en") for lang in v.languages),
                                        v.engine, v.id))


def installed(voice_id: str) -> bool:
    """Whether a flite or festival voice is there (quick); the system's are checked by the
    worker before their first use."""
    engine, own = split_voice(voice_id)
    if engine == SYSTEM:
        return engine_problem() is None
    if BACKENDS[engine].problem() is not None:
        return False
    if engine == FESTIVAL:
        return own in festival.installed_voices()
    return own in flite.installed_voices()


# The voices for each other language, clearest first: flite and festival speak English only,
# so it is espeak-ng's voice for the language (``espeak-ng --voices=de`` lists them). A new
# language adds its line here; without one, it has the voice the user chose, if that speaks it.
LANGUAGE_VOICES: dict[str, tuple[str, ...]] = {
    "de": ("gmw/de",),
    "es": ("roa/es", "roa/es-419"),
}


def voice_language(voice_id: str) -> str | None:
    """The language a voice speaks, as a code (``en``, ``de``); None when unknown (a SAPI5 or
    NSSpeech voice, whose id does not say)."""
    engine, own = split_voice(voice_id)
    if engine != SYSTEM:
        return "en"  # flite's and festival's voices are all English
    if not own:
        return "en" if driver_name() == "espeak" else None  # espeak-ng's default is English
    if driver_name() != "espeak" or "/" not in own:
        return None  # not espeak-ng's "family/language" (a voice that may not exist: trusted)
    return own.rsplit("/", 1)[-1].lower().split("-")[0]


def speaks(voice_id: str, language: str) -> bool:
    """Whether the voice says ``language``'s words (an unknown one is trusted)."""
    found = voice_language(voice_id)
    return found is None or found == language


def fallbacks(voice_id: str, is_installed: Callable[[str], bool] = installed,
              language: str = "en") -> list[str]:
    """The voices to try, in order, for the preference ``voice_id`` ("" = the clearest), in
    ``language``.

    The chosen voice first (if installed, and if it speaks the language), then the clearest
    installed ones for the language, then the system engine's default voice (pyttsx3 or
    espeak-ng), the portable last resort, where it speaks the language: never an English
    voice reading German words.
    """
    order = [voice_id] if voice_id and speaks(voice_id, language) else []
    # A language's espeak-ng voices are looked for in its data (a distribution may split
    # them into packages), so a missing one is passed over quietly.
    clearest = CLEAREST if language == "en" else \
        [v for v in LANGUAGE_VOICES.get(language, ()) if espeak_voice_file(v)]
    order += [v for v in clearest if v != voice_id]
    chosen = [v for v in order if is_installed(v)]
    last = [""] if speaks("", language) else []
    return list(dict.fromkeys([*chosen, *last]))


def default_voice(is_installed: Callable[[str], bool] = installed, language: str = "en") -> str:
    """The voice "" stands for on this machine: the clearest installed for the language."""
    found = fallbacks("", is_installed, language)
    return found[0] if found else ""


def speech_problem() -> str | None:
    """Why no engine at all can speak here, in words for the user; None when one can."""
    # The first that can speak settles it: asking the system engine loads libespeak-ng (and
    # the sound libraries it links) into the app, which the clearest voice, flite, never needs.
    if any(backend.problem() is None for backend in BACKENDS.values()):
        return None
    return (engine_problem() or "No speech engine.") + (
        " For a clearer voice on Linux, " + flite.INSTALL_HINT + "."
        if driver_name() == "espeak" else "")

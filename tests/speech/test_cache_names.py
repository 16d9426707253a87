"""The clip cache names its files without OpenSSL, and by the same digest as before (so a
user's cached clips stay valid)."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

from coach.speech.clip_cache import CLIP_FORMAT, ClipCache
from coach.speech.clip_checks import REFERENCE, CalibrationStore


def test_clip_names_are_the_sha256_of_their_key(tmp_path: Path) -> None:
    key = json.dumps(["Breathe in.", "gmw/en", 160, "espeak-ng 1.51", CLIP_FORMAT],
                     ensure_ascii=False)
    expected = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
    path = ClipCache(tmp_path).path("Breathe in.", "gmw/en", 160, "espeak-ng 1.51")
    assert path.name == f"{expected}.wav"


def test_calibration_names_are_the_sha256_of_their_key(tmp_path: Path) -> None:
    key = json.dumps(["calibration", REFERENCE, "flite 2.2", "slt", 170], ensure_ascii=False)
    expected = hashlib.sha256(key.encode()).hexdigest()[:32]
    assert CalibrationStore(tmp_path)._path("flite 2.2", "slt", 170).name == f"cal-{expected}.json"


def test_naming_a_clip_loads_no_openssl(tmp_path: Path) -> None:
    code = ("import sys; from pathlib import Path; from coach.speech.clip_cache import ClipCache; "
            "from coach.speech.clip_checks import CalibrationStore; "
            f"ClipCache(Path({str(tmp_path)!r})).path('a', 'b', 1, 'c'); "
            f"CalibrationStore(Path({str(tmp_path)!r}))._path('a', 'b', 1); "
            "print(sorted({'hashlib', '_hashlib'} & set(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"

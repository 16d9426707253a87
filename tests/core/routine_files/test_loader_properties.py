"""Property tests of the routine loader: whatever the file holds, the loader answers with
problems (or a routine), never an exception, and its work grows linearly with the file."""

from __future__ import annotations

import os
import string
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

import coach
from coach.core.model import Origin
from coach.core.plan.compiler import compile_plan
from coach.core.routine_files.library import load_library
from coach.core.routine_files.reader import load_routine
from tests.core.routine_files.test_reader import CATALOGUE, GOOD

# A loaded 2-core machine runs these: no per-example deadline, a modest number of examples.
# LIMBER_PROPERTY_EXAMPLES=5000 makes a thorough run (the issue's own search used 12,000).
EXAMPLES = int(os.environ.get("LIMBER_PROPERTY_EXAMPLES", "60"))
PROPERTY = settings(max_examples=EXAMPLES, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture])


def load_bytes(folder: Path, raw: bytes) -> None:
    path = folder / "r.toml"
    path.write_bytes(raw)
    routine, problems = load_routine(path, CATALOGUE, origin=Origin.USER)
    assert (routine is None) == bool(problems)
    for problem in problems:
        assert problem.path == path
        text = str(problem)  # every problem prints, and prints no control character
        assert not any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in text)
    if routine is not None:
        compile_plan(routine)


# -- TOML documents, written by a small serialiser (tomllib only reads) ---------------------


def toml_string(text: str) -> str:
    out = []
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif ord(char) < 32 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04x}")
        elif 0xD800 <= ord(char) <= 0xDFFF:
            out.append("?")  # a lone surrogate has no UTF-8 form
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value) if abs(value) < 10**4000 else "1"
    if isinstance(value, float):
        return {"nan": "nan", "inf": "inf", "-inf": "-inf"}.get(repr(value), repr(value))
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return "{" + ", ".join(f"{toml_string(k)} = {toml_value(v)}" for k, v in value.items()) + "}"


KEYS = st.sampled_from(["id", "name", "kind", "description", "steps", "exercise", "seconds",
                        "reps", "cues", "at", "say", "sides", "defaults", "hold_seconds",
                        "exercises", "how", "focus", "gentle"]) | st.text(max_size=8)
SCALARS = (st.booleans() | st.integers() | st.integers(min_value=10**300, max_value=10**310)
           | st.floats() | st.text() | st.sampled_from(["warm-up", "walk", "march", "per-side",
                                                        "half", "calf", "hip"]))
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(KEYS, inner, max_size=4), max_leaves=30)
DOCUMENTS = st.dictionaries(KEYS, VALUES, max_size=8)


@PROPERTY
@given(DOCUMENTS)
def test_any_toml_document(tmp_path, document):
    text = "\n".join(f"{toml_string(k)} = {toml_value(v)}" for k, v in document.items())
    load_bytes(tmp_path, text.encode("utf-8"))


@PROPERTY
@given(st.binary(max_size=4096))
@example(b"\xef\xbb\xbf" + GOOD.encode())
@example(b"x = " + b"[" * 100_000)
@example(b"x = " + b"9" * 5000)
@example(b"\xff\xfe" + GOOD.encode("utf-16-le"))
def test_any_bytes(tmp_path, raw):
    load_bytes(tmp_path, raw)


@PROPERTY
@given(st.text(alphabet=st.characters(codec=None), max_size=2000))
def test_any_unicode_text_anywhere(tmp_path, text):
    """Every kind of code point (lone surrogates become invalid UTF-8) in every field."""
    raw = text.encode("utf-8", "surrogatepass")
    for field in ('"My routine"', '"For tests."', '"Breathe out."'):
        load_bytes(tmp_path, GOOD.replace(field, '"' + text.replace('"', "") + '"')
                   .encode("utf-8", "surrogatepass"))
    load_bytes(tmp_path, raw)


@PROPERTY
@given(st.integers(min_value=0, max_value=len(GOOD)), st.text(max_size=50),
       st.integers(min_value=0, max_value=40))
def test_a_good_file_with_anything_inserted_or_cut(tmp_path, at, inserted, cut):
    load_bytes(tmp_path, (GOOD[:at] + inserted + GOOD[at + cut:]).encode("utf-8",
                                                                        "surrogatepass"))


@PROPERTY
@given(st.sampled_from(["seconds", "reps", "rep_seconds", "at", "hold_seconds"]),
       st.integers(min_value=-10**40, max_value=10**40) | st.integers(min_value=10**300)
       | st.floats() | st.sampled_from(["0x" + "f" * 40, "0b" + "1" * 200, "1e400",
                                         "9" * 4301]))
def test_huge_and_odd_numbers_in_every_numeric_field(tmp_path, field, number):
    value = number if isinstance(number, str) else toml_value(number)
    text = {
        "seconds": GOOD.replace("seconds = 60", f"seconds = {value}"),
        "reps": GOOD.replace("seconds = 60", f"reps = {value}"),
        "rep_seconds": GOOD.replace("seconds = 60", f"reps = 5\nrep_seconds = {value}"),
        "at": GOOD.replace('at = "half"', f"at = {value}"),
        "hold_seconds": GOOD.replace("hold_seconds = 25", f"hold_seconds = {value}"),
    }[field]
    assume(text != GOOD)
    load_bytes(tmp_path, text.encode())


@PROPERTY
@given(st.integers(min_value=1, max_value=50_000), st.sampled_from(["[", "{a=", "[{a=["]),
       st.sampled_from(["x = ", "steps = ", "[[steps]]\ncues = "]))
def test_any_depth_of_nesting(tmp_path, depth, opening, prefix):
    load_bytes(tmp_path, (GOOD + "\n" + prefix + opening * depth).encode())


@PROPERTY
@given(st.sampled_from([" ", "[", "a", ".", "=", '"', "'", "#", "\\", "-", "\t", "é", "\u2028"]),
       st.integers(min_value=1, max_value=50_000), st.sampled_from(["", "[", "x = [\n", "a"]))
def test_long_lines(tmp_path, char, length, prefix):
    load_bytes(tmp_path, (GOOD + "\n" + prefix + char * length + "\n").encode())


# -- work grows linearly with the file -----------------------------------------------------


def routine_text(steps: int) -> str:
    head = 'id = "big"\nname = "Big"\nkind = "warm-up"\ndescription = "Many steps."\n'
    body = ('\n[[steps]]\nexercise = "calf"\nsides = "per-side"\nseconds = 30\n'
            'cues = [ { at = 10, say = "Breathe out." }, { at = "half", say = "Keep going." } ]\n'
            '\n[[steps]]\nexercise = "march"\nseconds = 20\n')
    return head + body * steps


def calls(work: Callable[[], object]) -> int:
    """Lines of Limber's own code run by ``work``: deterministic, unlike time, so the ratio
    below cannot flake on a busy machine. Lines, not calls: a generator expression inside
    ``any()`` (the old quadratic cue fitting) makes no profiler calls, but it runs lines."""
    count = 0
    package = str(Path(coach.__file__).parent)

    def local(frame: FrameType, event: str, arg: object) -> object:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def trace(frame: FrameType, event: str, arg: object) -> object:
        return local if frame.f_code.co_filename.startswith(package) else None

    sys.settrace(trace)
    try:
        work()
    finally:
        sys.settrace(None)
    return count


def test_loading_and_compiling_do_linear_work(tmp_path):
    def load_and_compile(steps: int) -> Callable[[], object]:
        path = tmp_path / f"r{steps}.toml"
        path.write_text(routine_text(steps))

        def work() -> object:
            routine, problems = load_routine(path, CATALOGUE)
            assert routine is not None, problems
            return compile_plan(routine)
        return work

    small, large = calls(load_and_compile(40)), calls(load_and_compile(320))
    # Linear is 8x; the old cue fitting (every cue against every kept one) made it over 60x.
    assert large / small < 8 * 1.5, (small, large)


def test_a_library_of_one_big_file_does_linear_work(tmp_path):
    def library(steps: int) -> Callable[[], object]:
        folder = tmp_path / f"mine{steps}"
        folder.mkdir()
        (folder / "big.toml").write_text(routine_text(steps).replace('"calf"', '"calf-stretch"')
                                         .replace('"march"', '"brisk-walk"'))
        return lambda: load_library(user_dir=folder)

    base = calls(library(1))  # the built-in routines, loaded either way
    small, large = calls(library(40)) - base, calls(library(320)) - base
    assert large / small < 8 * 1.5, (small, large)


HOSTILE_LINES: list[Callable[[int], str]] = [
    lambda n: "x = [\n[" + " " * n + "\n]\n",  # was cubic in the position finder
    lambda n: "x = [\n" + " " * n + "a\n]\n",
    lambda n: "a" + " ." * (n // 2) + "\n",
    lambda n: "[[" + "a." * (n // 2) + "\n",
    lambda n: '"' + "\\" * n + '\n',
    lambda n: "x = " + "[" * 10 + " " * n + "\n",
    lambda n: "# " + "[" * n + "\n",
    lambda n: "x = '''" + "'" * n + "\n",
    lambda n: "x = " + string.digits * (n // 10) + "\n",
    lambda n: '"a".' * (n // 4) + " = 1\n",  # tomllib is quadratic in a key's parts
    lambda n: "x = {" + ", ".join(f"k{i} = {i}" for i in range(n // 10)) + "}\n",
    lambda n: "x = [" + ", ".join("1.5" for _ in range(n // 5)) + "]\n",
]


@pytest.mark.parametrize("line", HOSTILE_LINES)
def test_hostile_lines_take_linear_time(tmp_path, line):
    """Regular expressions run in C, out of the call counter's sight, so this one is timed:
    CPU time (not wall time), the best of three runs, and a bound three times what linear
    growth needs. Cubic growth is 512x here, quadratic 64x; linear is 8x."""
    def best_time(n: int) -> float:
        raw = (GOOD + "\n" + line(n)).encode()
        path = tmp_path / f"h{n}.toml"
        path.write_bytes(raw)
        best = float("inf")
        for _ in range(3):
            start = time.process_time()
            load_routine(path, CATALOGUE)
            best = min(best, time.process_time() - start)
        return best

    small, large = best_time(10_000), best_time(80_000)
    # Below a few milliseconds the clock's resolution, not the loader, is measured.
    assert large < max(0.05, small * 8 * 3), (small, large)


class _Searched(str):
    """Text that adds up how many characters its searches run over (C code, which the line
    count in :func:`calls` cannot see)."""

    covered = 0

    def _span(self, start: Any, end: Any, found: int = -1, forward: bool = True) -> None:
        """A search reads from its start up to what it found, or all of its range."""
        low, high, _ = slice(start, end).indices(len(self))
        if found >= 0:
            low, high = (low, found + 1) if forward else (found, high)
        _Searched.covered += max(0, high - low)

    def count(self, sub: Any, start: Any = None, end: Any = None) -> int:
        self._span(start, end)
        return str.count(self, sub, start, end)

    def find(self, sub: Any, start: Any = None, end: Any = None) -> int:
        found = str.find(self, sub, start, end)
        self._span(start, end, found)
        return found

    def rfind(self, sub: Any, start: Any = None, end: Any = None) -> int:
        found = str.rfind(self, sub, start, end)
        self._span(start, end, found, forward=False)
        return found


@pytest.mark.parametrize("layout", ["{}\n", "{}"])
def test_placing_the_elements_of_a_long_array_reads_the_text_about_once(layout):
    # 20,000 elements, one per line or all on one: each one's line and column is placed
    # without counting the lines from the top of the file again.
    from coach.core.routine_files.toml_positions import KeyPositions

    text = _Searched("x = [" + "".join(layout.format(f"{n},") for n in range(20_000)) + "]\n")
    _Searched.covered = 0
    positions = KeyPositions(text)
    last = (20_000, 1) if "\n" in layout else (1, len(text) - len("19999,]\n") + 1)
    assert positions.find(("x", 19_999)) == last
    assert _Searched.covered < 4 * len(text), (_Searched.covered, len(text))


@pytest.mark.parametrize("scan", ["guard", "positions"])
def test_a_long_line_of_strings_is_read_about_once(scan):
    # Each string's end was sought, and then the end of its line: a line of 20,000 strings
    # was read 20,000 times over.
    from coach.core.routine_files.toml_guard import find_hazard
    from coach.core.routine_files.toml_positions import KeyPositions

    text = _Searched("x = [" + '"a", ' * 20_000 + "]\n")
    _Searched.covered = 0
    if scan == "guard":
        assert find_hazard(text) is None
    else:
        assert KeyPositions(text).find(("x", 19_999)) == (1, len(text) - len('"a", ]\n') + 1)
    assert _Searched.covered < 4 * len(text), (_Searched.covered, len(text))

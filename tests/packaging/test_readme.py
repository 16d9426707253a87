"""The README's quick start stays two true commands, and its links lead somewhere.

CI (.ci/run) runs the quick start's second command; if the two drifted apart, the README could
promise a suite run that nothing checks.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def quick_start_commands(readme: str) -> list[str]:
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", section, re.S)]


def test_the_quick_start_is_two_commands_one_launches_one_tests():
    commands = quick_start_commands(README)
    assert len(commands) == 2
    assert all("\n" not in command for command in commands)
    launch, test = commands
    assert "packaging/apt-packages.txt" in launch
    assert launch.endswith(".venv/bin/limber")
    assert test.endswith("-m pytest")


def test_ci_runs_the_quick_starts_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test = quick_start_commands(README)[1]
    # CI adds -q to pip only, to keep its log short.
    assert test.replace("pip install -e", "pip install -q -e") in ci


def test_the_runners_guide_comes_before_the_internals():
    headings = re.findall(r"^## (.+)$", README, re.M)
    assert headings[:3] == ["Quick start", "Install", "Using the app"]
    assert headings.index("Design") > headings.index("What Limber promises")
    # Benchmark tables and size reports live beside their code.
    assert "word error rate | cues" not in README
    assert "| ICU (" not in README


def test_every_relative_link_in_the_readmes_points_at_a_file():
    for readme in (ROOT / "README.md", ROOT / "tests" / "bench" / "README.md",
                   ROOT / "packaging" / "README.md"):
        text = readme.read_text(encoding="utf-8")
        targets = re.findall(r"\]\(([^)#:\s]+)(?:#[^)]*)?\)", text)
        targets += re.findall(r'src="([^"]+)"', text)
        for target in targets:
            assert (readme.parent / target).exists(), f"{readme.name}: {target}"
        if readme.name == "README.md" and readme.parent == ROOT:
            assert len(targets) > 10  # the pattern still finds the links and pictures


def test_the_readme_links_the_pages_its_internals_moved_to():
    assert "(tests/bench/README.md" in README
    assert "(packaging/README.md)" in README

"""Benchmarks: ``python -m tests.bench`` (start-up, memory, CPU, cue timing, clip render).

Not collected by pytest (``norecursedirs`` in pyproject.toml): these are measurements on this
machine, not pass/fail tests.
"""

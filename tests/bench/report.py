"""The benchmark's table: medians with their spread, ratios to the bare program, goals."""

from __future__ import annotations

import statistics
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    figure: str
    unit: str
    limber: tuple[float, float, float]  # median, min, max
    bare: tuple[float, float, float] | None
    ratio: float | None  # median of the run-by-run ratios limber / bare
    goal: str
    met: bool | None

    @classmethod
    def pair(cls, figure: str, unit: str, limber: list[float], bare: list[float], goal: str, *,
             ratio_goal: float | None = None, limit: float | None = None) -> Row:
        ratios = [a / b for a, b in zip(limber, bare, strict=True) if b]
        ratio = statistics.median(ratios) if ratios else None
        middle = statistics.median(limber)
        met = None
        if ratio_goal is not None and ratio is not None:
            met = ratio <= ratio_goal
        elif limit is not None:
            met = middle <= limit
        return cls(figure, unit, _spread(limber), _spread(bare), ratio, goal, met)

    @classmethod
    def single(cls, figure: str, unit: str, values: list[float], goal: str, *,
               limit: float | None = None) -> Row:
        middle = statistics.median(values)
        met = None if limit is None else middle <= limit
        return cls(figure, unit, _spread(values), None, None, goal, met)


def _spread(values: list[float]) -> tuple[float, float, float]:
    return statistics.median(values), min(values), max(values)


def _cell(spread: tuple[float, float, float] | None) -> str:
    if spread is None:
        return ""
    median, low, high = spread
    if low == high:
        return f"{median:.1f}"
    return f"{median:.1f} ({low:.1f}–{high:.1f})"


def table(rows: list[Row]) -> str:
    """A Markdown table (it goes into tests/bench/README.md as it is)."""
    head = ("figure", "unit", "Limber median (min–max)", "bare PySide6", "ratio", "goal", "")
    lines = [head]
    for row in rows:
        ratio = f"{row.ratio:.2f}×" if row.ratio is not None else ""
        verdict = {True: "met", False: "NOT met", None: ""}[row.met]
        lines.append((row.figure, row.unit, _cell(row.limber), _cell(row.bare), ratio,
                      row.goal, verdict))
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    out = ["| " + " | ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) + " |"
           for line in lines]
    out.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)

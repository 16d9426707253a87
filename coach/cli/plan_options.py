"""The options ``show`` and ``run`` share: ``--scale``, ``--lead-in`` and ``--minutes``."""

from __future__ import annotations

import argparse
import math
from dataclasses import replace

from coach.core.language.current_language import translate
from coach.core.model import Routine
from coach.core.plan.compiler import PlanSettings
from coach.core.plan.fit_length import Fit, fit_routine
from coach.storage.prefs_schema import find_setting

MINUTES_HELP = (translate("PlanOptions", "fit the routine into N minutes: holds and the warm-down "
                                         "within their safe ranges, optional steps left out; says "
                                         "the shortest safe version if it cannot"))
MAX_LEAD_IN = int(find_setting("lead_in_seconds").maximum or 0)  # as the preference


def add_plan_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--scale", type=float, help=translate("PlanOptions", "hold-time scale, "
                                                                             "0.5 to 2.0"))
    parser.add_argument("--lead-in", type=int, help=translate("PlanOptions", "seconds to get "
                                                                             "ready (default 10)"))
    parser.add_argument("--minutes", type=float, help=MINUTES_HELP)


def with_options(settings: PlanSettings, args: argparse.Namespace) -> PlanSettings:
    """``settings`` with this command's ``--scale`` and ``--lead-in`` on top."""
    if args.scale is not None:
        settings = replace(settings, hold_scale=args.scale)
    if args.lead_in is not None:
        if not 0 <= args.lead_in <= MAX_LEAD_IN:
            raise ValueError(translate("PlanOptions", "--lead-in must be from 0 to {most} "
                                                      "seconds, not {value}").format(
                most=MAX_LEAD_IN, value=args.lead_in))
        settings = replace(settings, lead_in_seconds=args.lead_in)
    return settings


def fitted(routine: Routine, settings: PlanSettings, args: argparse.Namespace) -> Fit | None:
    """The routine fitted to ``--minutes``, or None without it; ValueError when it is not a
    length, or is shorter than the routine's shortest safe version (the message says it)."""
    if args.minutes is None:
        return None
    if not math.isfinite(args.minutes) or args.minutes <= 0:
        raise ValueError(translate("PlanOptions", "--minutes must be a number more than 0, not "
                                                  "{value}").format(value=args.minutes))
    if args.scale is not None:
        raise ValueError(translate("PlanOptions", "--minutes picks the hold times itself; leave "
                                                  "out --scale"))
    fit = fit_routine(routine, round(args.minutes * 60), settings)
    if not fit.fits:
        raise ValueError(fit.message())
    return fit

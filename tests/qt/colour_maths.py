"""The arithmetic that checks the state colours (``coach.app.state_colours``): WCAG contrast, and
colour blindness simulated with Machado, Oliveira & Fernandes (2009)."""

from __future__ import annotations

import math

# -- contrast (WCAG 2.x) ---------------------------------------------------------------------

RGB = tuple[float, float, float]


def parse_hex(code: str) -> RGB:
    code = code.lstrip("#")
    if len(code) != 6:
        raise ValueError(f"expected a colour like #1d4ed8, not #{code}")
    return (int(code[0:2], 16) / 255, int(code[2:4], 16) / 255, int(code[4:6], 16) / 255)


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def _encode(channel: float) -> float:
    channel = min(1.0, max(0.0, channel))
    return channel * 12.92 if channel <= 0.0031308 else 1.055 * channel ** (1 / 2.4) - 0.055


def relative_luminance(rgb: RGB) -> float:
    r, g, b = (_linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: RGB, b: RGB) -> float:
    """WCAG contrast ratio of two sRGB colours, 1.0 to 21.0."""
    la, lb = relative_luminance(a), relative_luminance(b)
    high, low = max(la, lb), min(la, lb)
    return (high + 0.05) / (low + 0.05)


NORMAL_TEXT = 4.5  # WCAG AA
LARGE_TEXT = 3.0  # WCAG AA for text from 24 px (or 18.5 px bold) up


# -- colour blindness ------------------------------------------------------------------------

# Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB.
CVD_MATRICES: dict[str, tuple[RGB, RGB, RGB]] = {
    "protanopia": ((0.152286, 1.052583, -0.204868),
                   (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968),
                     (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779),
                   (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}


def simulate(rgb: RGB, kind: str) -> RGB:
    """How ``rgb`` looks to someone with ``kind`` of colour blindness (an sRGB colour)."""
    lin = [_linear(c) for c in rgb]
    rows = CVD_MATRICES[kind]
    out = [sum(m * c for m, c in zip(row, lin, strict=True)) for row in rows]
    return (_encode(out[0]), _encode(out[1]), _encode(out[2]))


def lab(rgb: RGB) -> RGB:
    """CIELAB (D65) of an sRGB colour."""
    r, g, b = (_linear(c) for c in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x), f(y), f(z)
    return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz))


def colour_distance(a: RGB, b: RGB) -> float:
    """CIE76 difference: about 2.3 is just noticeable, 20 and up reads as another colour."""
    la, lb = lab(a), lab(b)
    return math.sqrt(sum((p - q) ** 2 for p, q in zip(la, lb, strict=True)))

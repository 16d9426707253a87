"""Colours: the light and dark palettes, and the few colours that carry meaning.

"system" keeps the platform's palette (Qt follows the desktop's light or dark setting there).
"light" and "dark" set an explicit Fusion palette, because asking the platform for a colour
scheme is only a request that many platforms (and the offscreen one) ignore.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEMES = ("system", "light", "dark")

# The "gentle" pill on the home screen: white text on it passes WCAG AA.
GENTLE_COLOUR = "#15803d"


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _palette(colours: dict[QPalette.ColorRole, str], disabled_text: str) -> QPalette:
    palette = QPalette()
    for role, code in colours.items():
        palette.setColor(role, QColor(code))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled_text))
    return palette


def light_palette() -> QPalette:
    R = QPalette.ColorRole
    return _palette({
        R.Window: "#f4f5f7", R.WindowText: "#111827", R.Base: "#ffffff",
        R.AlternateBase: "#eef0f3", R.Text: "#111827", R.Button: "#e7e9ee",
        R.ButtonText: "#111827", R.Highlight: "#1d5fc2", R.HighlightedText: "#ffffff",
        R.ToolTipBase: "#ffffff", R.ToolTipText: "#111827", R.PlaceholderText: "#5f6672",
        R.Link: "#1d5fc2", R.Mid: "#c4c8d0", R.Midlight: "#dfe2e7", R.Dark: "#9aa0aa",
        R.Shadow: "#5b6270", R.Light: "#ffffff", R.BrightText: "#ffffff",
    }, "#8b919c")


def dark_palette() -> QPalette:
    R = QPalette.ColorRole
    return _palette({
        R.Window: "#16181d", R.WindowText: "#eef0f4", R.Base: "#1e2128",
        R.AlternateBase: "#262a33", R.Text: "#eef0f4", R.Button: "#2a2e37",
        R.ButtonText: "#eef0f4", R.Highlight: "#4c8df6", R.HighlightedText: "#0b0d10",
        R.ToolTipBase: "#262a33", R.ToolTipText: "#eef0f4", R.PlaceholderText: "#9aa0aa",
        R.Link: "#7fb0ff", R.Mid: "#3a3f4a", R.Midlight: "#323742", R.Dark: "#0e1013",
        R.Shadow: "#000000", R.Light: "#3d4350", R.BrightText: "#ffffff",
    }, "#6b7280")


class ThemeSwitcher:
    """Switches between the system look and Limber's light and dark palettes.

    It remembers the platform's own style and palette when created (before any change), so
    going back to "system" restores them exactly.
    """

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._style = app.style().name()
        self._palette = QPalette(app.palette())
        self.theme = "system"

    def apply(self, theme: str) -> None:
        if theme not in THEMES:
            raise ValueError(f"unknown theme {theme!r}; known: {', '.join(THEMES)}")
        self.theme = theme
        if theme == "system":
            style = QStyleFactory.create(self._style)
            palette = self._palette
        else:
            # Fusion draws every control from the palette, so a dark palette gives dark controls.
            style = QStyleFactory.create("Fusion")
            palette = dark_palette() if theme == "dark" else light_palette()
        if style is not None and style.name() != self._app.style().name():
            self._app.setStyle(style)
        self._app.setPalette(palette)


# An editor problem's words and the field it concerns (tinted), and a warning's words: in each
# theme, text that passes WCAG AA on the window and on a field (tests/qt/test_contrast.py).
PROBLEM_TEXT = {"light": "#b91c1c", "dark": "#fca5a5"}
WARNING_TEXT = {"light": "#92400e", "dark": "#fcd34d"}
PROBLEM_FIELD = {"light": "#fdecec", "dark": "#3b1f24"}


def shade(palette: QPalette) -> str:
    """"dark" or "light": which of the meaning colours above suit ``palette``."""
    return "dark" if is_dark(palette) else "light"

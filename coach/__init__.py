"""Limber: an offline coach that talks a runner through a warm-up and a cool-down."""

__version__ = "0.1.0"

APP_ID = "io.github.limber.Limber"
APP_NAME = "Limber"


class CoachWarning(UserWarning):
    """Warnings of our own; the test suite turns them into errors."""

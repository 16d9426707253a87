"""Qt Multimedia's start-up chatter goes to Limber's log, not to the user's terminal.

On a machine without sound, loading QtMultimedia prints a dozen lines (pipewire and VA-API
libraries not found, the FFmpeg version, "PulseAudioService: pa_context_connect() failed").
None of it is for the user: Limber says once, in words, when there is no audio output. This
handler sends those lines to the ``coach.qt.multimedia`` logger (shown with ``--verbose``)
and leaves every other Qt message as Qt would print it. It must be installed before
QtMultimedia is imported, because the library-loading lines come at import time.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qFormatLogMessage, qInstallMessageHandler

log = logging.getLogger("coach.qt.multimedia")

_MULTIMEDIA_PREFIXES = (
    "PulseAudioService:", "pa_context",
    "[",  # FFmpeg's own lines
    "No QtMultimedia backends found",  # the frozen app leaves the FFmpeg back end out
)
_installed = False


def is_multimedia(category: str | None, message: str) -> bool:
    return (category or "").startswith("qt.multimedia") or message.startswith(
        _MULTIMEDIA_PREFIXES)


def _handle(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if is_multimedia(context.category, message):
        log.debug("%s: %s", context.category, message)
        return
    sys.stderr.write(qFormatLogMessage(kind, context, message) + "\n")


def install() -> None:
    """Route Qt's messages through :func:`_handle` (once per process)."""
    global _installed
    if not _installed:
        qInstallMessageHandler(_handle)
        _installed = True

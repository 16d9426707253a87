"""Where speech problems are written in full: a small log file, or the terminal (--verbose).

The user sees one plain sentence per problem; the engine's own words ("neither WAV nor AIFF
(0 bytes)", timeouts, rejected clips and why) go here, for a bug report.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from coach.core.files.user_folders import cache_dir

LOG_NAME = "limber.log"
MAX_BYTES = 256 * 1024  # a rotating pair: never more than half a megabyte of log
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_path() -> Path:
    return cache_dir() / LOG_NAME


class _FileWhenNeeded(logging.Handler):
    """The rotating log file, made at the first record: most runs log nothing, and
    ``logging.handlers`` (with the socket, pickle and queue modules it imports, about 10 ms and
    0.4 MiB at every start of the window) is loaded only for a run that does."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self.file is None:
            import logging.handlers

            # delay: the file is opened by the write itself
            self.file = logging.handlers.RotatingFileHandler(
                self.path, maxBytes=MAX_BYTES, backupCount=1, encoding="utf-8", delay=True)
            self.file.setFormatter(self.formatter)
        self.file.handle(record)

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
        super().close()


def setup_logging(*, verbose: bool) -> None:
    """Send ``coach``'s log to the terminal (``verbose``) or to the log file (warnings up)."""
    root = logging.getLogger("coach")
    for old in list(root.handlers):
        root.removeHandler(old)
        old.close()
    handler: logging.Handler
    if verbose:
        handler = logging.StreamHandler(sys.stderr)
        root.setLevel(logging.DEBUG)
    else:
        path = log_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return  # no writable cache folder: the log is lost, nothing else is
        handler = _FileWhenNeeded(path)  # no file at all until something goes wrong
        root.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)

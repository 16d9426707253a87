"""Starting the desktop app: the application object, the real clock, speaker, files and window.

This is the one place that builds real dependencies; everything below it takes them injected.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from coach import APP_ID, APP_NAME, __version__
from coach.app.controller import AppController, open_history, open_preferences, speaker_for
from coach.app.music_port import MusicBackend
from coach.app.notice_log import print_posted
from coach.app.routine_lengths import FILE_NAME as LENGTHS_FILE
from coach.core.clock import Clock, SystemClock
from coach.core.files.user_folders import cache_dir, user_routines_dir
from coach.core.language.current_language import set_language
from coach.core.language.languages import resolve
from coach.core.routine_files.library import UnknownRoutine, load_library
from coach.qt.audio_output_probe import player_factory
from coach.qt.first_paint import after_first_paint, bench_stamp
from coach.qt.theme import ThemeSwitcher
from coach.qt.translators import install_translators, translate
from coach.qt.window import MainWindow
from coach.speech.port import Speaker
from coach.storage.prefs_schema import Preferences

if TYPE_CHECKING:  # the engine probe (importlib.metadata, ctypes) loads when asked
    import socket

    from coach.speech.engines.engine_protocol import VoiceInfo
    from coach.speech.speaker_factory import ClipLengths
    from coach.storage.history import HistoryStore

ORGANISATION = "Limber"
DOMAIN = "limber.github.io"  # the reverse of APP_ID's prefix


class _Notices:
    """Collects notices until the window can show them, then hands them straight over."""

    def __init__(self) -> None:
        self.waiting: list[str] = []
        self.target: Callable[[str], object] | None = None
        self.take_back: Callable[[str], object] | None = None

    def __call__(self, text: str) -> None:
        if self.target is None:
            self.waiting.append(text)
        else:
            self.target(text)

    def withdraw(self, text: str) -> None:
        """A notice that stopped being true: never shown if still waiting, else taken down."""
        if text in self.waiting:
            self.waiting.remove(text)
        elif self.take_back is not None:
            self.take_back(text)

    def deliver_to(self, target: Callable[[str], object],
                   take_back: Callable[[str], object] | None = None) -> None:
        self.target = target
        self.take_back = take_back
        for text in self.waiting:
            target(text)
        self.waiting.clear()


def _installed_voices() -> list[VoiceInfo]:
    from coach.app.voice_choices import installed_voices  # the speech engine, only when asked

    return installed_voices()


def _hear(voice: str, rate: int) -> str | None:
    from coach.app.voice_choices import hear

    return hear(voice, rate, player_factory())


def make_app_speaker(prefs: Preferences, notice: Callable[[str], None],
                     withdraw: Callable[[str], None] | None = None) -> Speaker:
    """The real speaker (voice and tones through the audio output
    :mod:`coach.qt.audio_output_probe` picks); silent, with a notice, when there is no audio
    output. The same choice as ``limber run --text`` makes."""
    return speaker_for(prefs, notice, player_factory(), withdraw)


def preview_clips(prefs: Preferences) -> ClipLengths | None:
    """The voice's clips alone, for home's preview; its problems are the session's, told when
    a session prepares the same phrases."""
    from coach.speech.options import SpeechOptions
    from coach.speech.speaker_factory import make_clip_lengths

    return make_clip_lengths(SpeechOptions.from_prefs(prefs), lambda message: None)


class LaunchOptions(NamedTuple):
    routine: str | None = None
    mute: bool = False
    minutes: float | None = None


def make_app_music(notice: Callable[[str], None], folder: Path, clock: Clock) -> MusicBackend:
    """The music control (its thread and D-Bus connection, when there is a bus) for the
    window: built when a session first needs it, so none of it loads at start-up."""
    from coach.qt.music_control import music_backend

    return music_backend(notice, folder, clock)


def _parse(argv: list[str]) -> LaunchOptions:
    if not argv:  # the plain launch: argparse (~2 ms of start-up) is not even imported
        return LaunchOptions()
    import argparse

    parser = argparse.ArgumentParser(prog="limber", add_help=False)
    # The window's own options, for `limber run` and the bundle (add_help=False: never shown).
    parser.add_argument("--routine", help=translate("Application", "start this routine at once"))
    parser.add_argument("--mute", action="store_true")
    parser.add_argument("--minutes", type=float,
                        help=translate("Application", "fit the routines to this length"))
    # Qt's own options (-platform, -style…) are taken by QApplication; ignore what is left.
    args, _rest = parser.parse_known_args(argv)
    return LaunchOptions(args.routine, args.mute, args.minutes)


def configure_application(app: QApplication, *, icon: bool = True) -> None:
    """Names and icon. ``icon=False`` leaves the icon to :func:`set_app_icon`: drawing it
    loads QtSvg, which the first paint can do without."""
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORGANISATION)
    app.setOrganizationDomain(DOMAIN)
    # Wayland and the desktop match the window to io.github.limber.Limber.desktop by this.
    QGuiApplication.setDesktopFileName(APP_ID)
    if icon:
        set_app_icon(app)


def set_app_icon(app: QApplication) -> None:
    """Every window without an icon of its own takes this one, even one already shown."""
    from coach.qt.appicon import app_icon

    app.setWindowIcon(app_icon())


class _Pipe:
    """One end of a non-blocking pipe, with the few calls CloseOnSignal makes of a socket."""

    def __init__(self, fd: int) -> None:
        self._fd = fd
        os.set_blocking(fd, False)

    def fileno(self) -> int:
        return self._fd

    def read(self, size: int) -> bytes:
        return os.read(self._fd, size)

    def close(self) -> None:
        os.close(self._fd)


class _SocketEnd:
    def __init__(self, sock: socket.socket) -> None:
        sock.setblocking(False)
        self._sock = sock

    def fileno(self) -> int:
        return self._sock.fileno()

    def read(self, size: int) -> bytes:
        return self._sock.recv(size)

    def close(self) -> None:
        self._sock.close()


def _wakeup_pair() -> tuple[_Pipe | _SocketEnd, _Pipe | _SocketEnd]:
    """A pipe where the wake-up fd may be one (POSIX); Windows wants a socket, and the socket
    module (with selectors) is not worth importing at every start elsewhere."""
    if os.name == "posix":
        reader, writer = os.pipe()
        return _Pipe(reader), _Pipe(writer)
    import socket

    reader_sock, writer_sock = socket.socketpair()
    return _SocketEnd(reader_sock), _SocketEnd(writer_sock)


class CloseOnSignal(QObject):
    """Ctrl+C in the terminal, a TERM from the system or a HUP (the terminal it was started
    from closed) closes the window like Ctrl+Q.

    Python runs a signal handler only between bytecodes, and Qt's event loop may sit idle in
    C++ for minutes. Rather than a timer ticking just to let Python look, the signal number is
    written to a pipe (``signal.set_wakeup_fd``; a socket on Windows) whose notifier wakes
    the event loop at once.
    The window then closes normally: the session stops and the history notes the end.
    """

    SIGNALS = (signal.SIGINT, signal.SIGTERM, *([signal.SIGHUP] if hasattr(signal, "SIGHUP")
                                                else []))

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._reader, self._writer = _wakeup_pair()
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous = {sig: signal.signal(sig, lambda *_: None) for sig in self.SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)

    def _woken(self) -> None:
        with contextlib.suppress(OSError):
            self._reader.read(64)
        close = getattr(self._window, "close_without_asking", self._window.close)
        close()  # a signal means now: no "Stop and close?" question

    def restore(self) -> None:
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        self._reader.close()
        self._writer.close()


def forget_module_sources() -> None:
    """PySide6 reads the whole source of every module that imports anything after it (its
    ``__feature__`` import hook looks for "PySide6" in it), and ``linecache`` keeps all of it:
    about 4 MiB at start-up. A traceback reads the lines again when it needs them."""
    import linecache

    linecache.clearcache()


def paint_on_one_thread() -> None:
    """Before the first paint: Qt fills a large area (the session's progress bar, say) on a
    pool of threads of its own, handing them each repaint's pieces: about 50 wake-ups a second
    through a session, which repaints once a second. Limber's repaints are small changes, which
    the GUI thread does sooner by itself. (An environment variable Qt reads once.)"""
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")


def _storage_words(text: str) -> str:
    from coach.app.storage_words import storage_notice  # only once there is a notice

    return storage_notice(text)


def run_app(argv: list[str]) -> int:
    """Open the window and run until it closes; returns the exit status."""
    paint_on_one_thread()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    configure_application(app, icon=False)
    args = _parse(argv[1:])

    notices = _Notices()
    store, prefs = open_preferences(notices)
    # Every word after this is in the chosen language: the window's through Qt's translators,
    # the app layer's and the routines' through coach.core.language.
    install_translators(app, set_language(resolve(prefs.language)))
    theme = ThemeSwitcher(app)
    theme.apply(prefs.theme)
    # Read from the files at every start: a cache of them saved ~10 ms and was one more
    # thing to trust (see the README's Performance section).
    library = load_library()

    # No speaker yet: the controller builds it from the factory when a session first needs it;
    # the same for the music control, unless a Limber that died left music changed.
    clock = SystemClock()
    controller = AppController(
        library, prefs=prefs, prefs_file=store, lengths_file=cache_dir() / LENGTHS_FILE,
        speaker_factory=lambda changed: make_app_speaker(changed, notices, notices.withdraw),
        music_factory=lambda tell, folder: make_app_music(tell, folder, clock),
        preview_clips=preview_clips)
    window = MainWindow(controller, clock=clock, theme=theme, preview_after_paint=True)
    # The terminal the app was started from hears every notice too, in the same words.
    window.notices.subscribe(print_posted(sys.stderr))
    # The preferences' and the history's notices (read before the language was known, some of
    # them) reach the window in the language; the speaker's come in it already.
    notices.deliver_to(lambda text: window.notices.post(_storage_words(text)),
                       lambda text: window.notices.dismiss(_storage_words(text)))
    # Your routines: a file saved in the folder shows up (or its problems do) at once.
    window.watch_routines(user_routines_dir(), load_library)
    window.list_voices = _installed_voices
    window.hear_voice = _hear
    if args.mute:
        window.session_actions.mute.setChecked(True)
    closer = CloseOnSignal(window)
    # The history (sqlite3) is opened just after the first paint, then home shows its advice;
    # at once when a routine starts now, so its session is recorded from its first moment.
    histories: list[HistoryStore] = []

    def open_the_history() -> None:
        if not histories:
            histories.append(open_history(notices))
            window.attach_history(histories[0])

    if args.routine:
        open_the_history()
    # The callbacks run last-registered first: the bench's stamp is taken before the rest.
    # Last of all (registered first; queued once more so it also follows the home preview,
    # which the window registered before these): every import after the paint refills it.
    after_first_paint(window, lambda: QTimer.singleShot(0, forget_module_sources))
    # The preview's voice (the speech worker's imports) comes later: forget those too.
    window.preview_timed.connect(forget_module_sources)
    after_first_paint(window, lambda: set_app_icon(app))
    after_first_paint(window, open_the_history)
    after_first_paint(window, controller.give_back_music)
    bench_stamp(window)
    window.show()
    if args.minutes is not None and args.minutes > 0:
        window.home.set_length(round(args.minutes))  # the chooser shows the length asked for
        window.controller.fit_seconds = round(args.minutes * 60)
    if args.routine:
        try:
            window.begin(library.get(args.routine))
        except UnknownRoutine as error:
            from coach.app.problem_words import unknown_routine  # only when it happens

            window.notices.post(unknown_routine(error))
    try:
        return app.exec()
    finally:
        closer.restore()
        window.controller.close()  # the preferences may have replaced the first speaker
        for history in histories:
            history.close()


if __name__ == "__main__":
    sys.exit(run_app(sys.argv))

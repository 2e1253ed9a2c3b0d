"""The one exception hook: a friendly dialog, a log without client data, a window that lives on.

An exception's message, its arguments and the frames' local variables may all hold client data
(a name in a ``KeyError``, a note in a ``ValueError``), so the log keeps only the exception's
type and where it happened (file:line:function for every frame, causes included). The dialog
shows the type name and says the details were logged. A ``CoachDeskError`` that reaches the hook
is not a bug: it is shown as its translated sentence and not logged.
"""

from __future__ import annotations

import contextlib
import os
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from coachdesk import __version__
from coachdesk.domain.errors import CoachDeskError
from coachdesk.ui.i18n import tr_error

LOG_NAME = "errors.log"
MAX_LOG_BYTES = 512 * 1024
_PATH_ANCHORS = ("coachdesk", "site-packages", "PySide6", "lib")

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def _short_path(filename: str) -> str:
    """The path from the package or library folder on, so no home folder name is logged."""
    parts = Path(filename).parts
    for anchor in _PATH_ANCHORS:
        if anchor in parts:
            index = len(parts) - 1 - parts[::-1].index(anchor)
            return "/".join(parts[index:])
    return Path(filename).name


def _type_name(exc: BaseException) -> str:
    cls = type(exc)
    module = cls.__module__
    return cls.__qualname__ if module == "builtins" else f"{module}.{cls.__qualname__}"


def format_report(exc: BaseException) -> str:
    """Type names and stack frames of *exc* and its causes; never messages or locals."""
    lines = [
        f"=== {datetime.now().isoformat(timespec='seconds')} CoachDesk {__version__}, "
        f"Python {platform.python_version()}, PySide6 {pyside_version}, {platform.system()}"
    ]
    seen: set[int] = set()
    current: BaseException | None = exc
    first = True
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        lines.append(("" if first else "caused by: ") + _type_name(current))
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f"  {_short_path(frame.filename)}:{frame.lineno}:{frame.name}")
        first = False
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    return "\n".join(lines) + "\n"


_log_dir: Path | None = None
_log_lock = threading.Lock()


def set_log_dir(log_dir: Path | None) -> None:
    global _log_dir
    _log_dir = log_dir


def log_exception(exc: BaseException, log_dir: Path | None = None) -> Path | None:
    """Append the report for *exc* to the error log (0600, rotated at 512 KiB)."""
    folder = log_dir or _log_dir
    if folder is None:
        return None
    path = folder / LOG_NAME
    report = format_report(exc)
    with _log_lock:
        try:
            folder.parent.mkdir(parents=True, exist_ok=True, mode=0o700)  # the data dir: 0700
            folder.mkdir(exist_ok=True, mode=0o700)
            if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
                os.replace(path, path.with_suffix(".log.1"))
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            with os.fdopen(fd, "a", encoding="utf-8") as fh:
                fh.write(report)
        except OSError:
            return None
    return path


class ExceptionHook(QObject):
    """Installed as ``sys.excepthook`` (and ``threading.excepthook``) by the app."""

    _from_thread = Signal(object)

    def __init__(
        self,
        log_dir: Path,
        parent: QObject | None = None,
        *,
        window: Callable[[], QWidget | None] = QApplication.activeWindow,
    ) -> None:
        super().__init__(parent)
        self.log_dir = log_dir
        self._window = window
        self._previous: tuple[object, object] | None = None
        self.last_dialog: QMessageBox | None = None
        self.suppressed = 0
        self._from_thread.connect(self._show)

    @property
    def log_path(self) -> Path:
        return self.log_dir / LOG_NAME

    def install(self) -> None:
        set_log_dir(self.log_dir)
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self
        threading.excepthook = self._thread_hook
        global _installed
        _installed = self

    def uninstall(self) -> None:
        global _installed
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous  # type: ignore[assignment]
            self._previous = None
        if _installed is self:
            _installed = None

    def __call__(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.exit(130)
            return
        if exc.__traceback__ is None and tb is not None:
            exc = exc.with_traceback(tb)
        if not isinstance(exc, CoachDeskError):
            log_exception(exc, self.log_dir)
        app = QCoreApplication.instance()
        if app is not None and QThread.currentThread() is app.thread():
            self._show(exc)
        else:
            self._from_thread.emit(exc)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self, exc: BaseException) -> None:
        """One dialog at a time; more errors while it is open are only logged."""
        if self.last_dialog is not None:
            with contextlib.suppress(RuntimeError):
                if self.last_dialog.isVisible():
                    self.suppressed += 1
                    return
        parent = self._window()
        if parent is not None and not parent.isVisible():  # e.g. the window being locked away
            parent = None
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("CoachDesk"))
        if isinstance(exc, CoachDeskError):
            box.setText(tr_error(exc))
        else:
            box.setText(
                self.tr(
                    "Something unexpected went wrong (%1). CoachDesk keeps running; you can "
                    "continue working."
                ).replace("%1", type(exc).__name__)
            )
            box.setInformativeText(
                self.tr(
                    "The details were logged without any client data, in %1. If this keeps "
                    "happening, please send that file to support."
                ).replace("%1", str(self.log_path))
            )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAccessibleName(self.tr("Error message"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = box
        box.open()


_installed: ExceptionHook | None = None


def report_exception(exc: BaseException) -> None:
    """Send *exc* through the installed hook (or Python's, when the app installed none)."""
    hook = _installed if _installed is not None else sys.excepthook
    hook(type(exc), exc, exc.__traceback__)

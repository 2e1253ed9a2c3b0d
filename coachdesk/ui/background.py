"""Slow work off the GUI thread, through one small helper (after Anki's ``taskman``).

``run_in_background(fn, on_done, on_error, parent=widget)`` runs *fn* on a pool thread and calls
the callbacks back on the GUI thread. Python references to the task are held in a module-level
set until its result has been delivered, so nothing is garbage-collected under a running worker,
and a callback is skipped when its *parent* widget has been destroyed meanwhile (a window closed
or locked while Argon2 was still running). A worker never touches the GUI thread's database
connection: *fn* opens its own (``vault.connect()``) or gets plain immutable data.

Errors: a ``CoachDeskError`` goes to *on_error* (or, without one, to the exception hook which
shows its translated message). Any other exception is a bug: it is logged by the crash module
and *on_error* receives an ``UnexpectedError`` so the widget can recover its state.

``ProgressGate`` shows a busy cursor after 300 ms and a progress dialog after 600 ms, so fast
work never flashes a dialog. Work that knows how far it is (bytes done of a total) reports through
a ``WorkerProgress`` relay; ``ProgressGate.set_progress`` then turns the dialog determinate.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QWidget

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP

CURSOR_DELAY_MS = 300
DIALOG_DELAY_MS = 600
PROGRESS_STEPS = 1000  # a determinate dialog counts in permille: byte totals overflow a C int


class UnexpectedError(CoachDeskError):
    """Stands in for a bug's exception when telling a widget that its work failed."""

    template = QT_TRANSLATE_NOOP(
        "Errors", "Something unexpected went wrong ({kind}). The details were logged."
    )


class OperationCancelled(CoachDeskError):
    """Raised by work that noticed the coach pressed Cancel; reported to nobody."""

    template = QT_TRANSLATE_NOOP("Errors", "The operation was cancelled.")


class ProgressGate(QObject):
    """Busy cursor after 300 ms, a progress dialog after 600 ms, nothing for fast work."""

    canceled = Signal()

    def __init__(
        self,
        parent: QWidget,
        label: str,
        *,
        cancellable: bool = False,
        cursor_ms: int = CURSOR_DELAY_MS,
        dialog_ms: int = DIALOG_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self._widget = parent
        self._label = label
        self._cancellable = cancellable
        self.cancel_event = threading.Event()
        self._cursor_set = False
        self._progress: tuple[int, int, str] | None = None  # (done, total, detail) once known
        self.dialog: QProgressDialog | None = None
        self._cursor_timer = self._single_shot(cursor_ms, self._set_cursor)
        self._dialog_timer = self._single_shot(dialog_ms, self._show_dialog)

    def _single_shot(self, ms: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    def start(self) -> None:
        self._cursor_timer.start()
        self._dialog_timer.start()

    def finish(self) -> None:
        """Stop the timers, restore the cursor and close the dialog; safe to call twice."""
        self._cursor_timer.stop()
        self._dialog_timer.stop()
        if self._cursor_set:
            QGuiApplication.restoreOverrideCursor()
            self._cursor_set = False
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None

    @property
    def is_cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def set_progress(self, done: int, total: int, detail: str = "") -> None:
        """Make the dialog determinate (now or when it appears); *detail* goes under the label."""
        self._progress = (done, total, detail)
        if self.dialog is not None:
            self._apply_progress(self.dialog)

    def _apply_progress(self, dialog: QProgressDialog) -> None:
        if self._progress is None:
            return
        done, total, detail = self._progress
        dialog.setRange(0, PROGRESS_STEPS if total > 0 else 0)
        if total > 0:
            dialog.setValue(min(PROGRESS_STEPS, done * PROGRESS_STEPS // total))
        dialog.setLabelText(f"{self._label}\n{detail}" if detail else self._label)

    def _set_cursor(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._cursor_set = True

    def _show_dialog(self) -> None:
        cancel_text = self.tr("Cancel") if self._cancellable else ""
        dialog = QProgressDialog(self._label, cancel_text, 0, 0, self._widget)
        dialog.setWindowTitle(QCoreApplication.applicationName() or "CoachDesk")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setAccessibleName(self._label)
        if not self._cancellable:
            dialog.setCancelButton(None)  # type: ignore[arg-type]
        dialog.canceled.connect(self._on_cancel)
        self.dialog = dialog
        self._apply_progress(dialog)
        dialog.show()

    def _on_cancel(self) -> None:
        self.cancel_event.set()
        self.canceled.emit()


class WorkerProgress(QObject):
    """Carries (done, total) from a worker to the GUI thread, at most ~100 times per run.

    Pass ``report`` to the service as its progress callback; connect ``changed`` on the GUI
    thread. Values travel as Python ints (a backup's byte count overflows a C int).
    """

    changed = Signal(object, object)  # (done, total)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._last_step = -1
        self._lock = threading.Lock()

    def report(self, done: int, total: int) -> None:
        """Called on the worker thread; drops updates that would not move a percent bar."""
        step = done * 100 // total if total > 0 else -1
        with self._lock:
            if step == self._last_step and done < total:
                return
            self._last_step = step
        with contextlib.suppress(RuntimeError):  # the receiver is gone: nobody is watching
            self.changed.emit(done, total)


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits ``finished`` and Qt queues it across."""

    finished = Signal(object, object)  # (result, exception or None)

    def __init__(self, task: BackgroundTask) -> None:
        app = QCoreApplication.instance()
        super().__init__(app)  # owned by the app: never freed by Python's garbage collector
        self._task = task
        self.finished.connect(self._deliver)

    @Slot(object, object)
    def _deliver(self, result: object, error: object) -> None:
        task = self._task
        _running.discard(task)
        self.deleteLater()
        task._deliver(result, error if isinstance(error, BaseException) else None)


class BackgroundTask:
    """One piece of work: the callable, its callbacks and the widget that asked for it."""

    def __init__(
        self,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[CoachDeskError], None] | None,
        on_finished: Callable[[], None] | None,
        parent: QObject | None,
        gate: ProgressGate | None,
        cancellable: bool = False,
    ) -> None:
        self._fn = fn
        self.cancellable = cancellable
        self._on_done = on_done
        self._on_error = on_error
        self._on_finished = on_finished
        self._parent = parent
        self.gate = gate
        self.done = False
        self._discarded = False
        self.cancel_event = gate.cancel_event if gate is not None else threading.Event()
        self._relay = _Relay(self)

    def cancel(self) -> None:
        """Ask cancellable work to stop (it polls ``cancel_event``)."""
        self.cancel_event.set()

    def discard(self) -> None:
        """Drop the callbacks: the result is no longer wanted (the work itself runs on)."""
        self._discarded = True
        if self.gate is not None and shiboken6.isValid(self.gate):
            self.gate.finish()

    def _run(self) -> None:
        """On the pool thread."""
        try:
            result = self._fn(self.cancel_event) if self.cancellable else self._fn()
        except BaseException as exc:
            outcome: tuple[object, BaseException | None] = (None, exc)
        else:
            outcome = (result, None)
        with contextlib.suppress(RuntimeError):  # the app is gone (exit): nobody left to tell
            self._relay.finished.emit(*outcome)

    def _deliver(self, result: object, error: BaseException | None) -> None:
        """On the GUI thread."""
        self.done = True
        if self.gate is not None and shiboken6.isValid(self.gate):
            self.gate.finish()
        if self._discarded or (self._parent is not None and not shiboken6.isValid(self._parent)):
            if error is not None and not isinstance(error, CoachDeskError):
                from coachdesk.ui import crash

                crash.log_exception(error)
            return
        try:
            if error is None:
                if self._on_done is not None:
                    self._on_done(result)
            elif isinstance(error, OperationCancelled):
                pass
            elif isinstance(error, CoachDeskError):
                if self._on_error is not None:
                    self._on_error(error)
                else:
                    _report(error)
            elif self._on_error is not None:
                from coachdesk.ui import crash

                crash.log_exception(error)
                self._on_error(UnexpectedError(kind=type(error).__name__))
            else:
                _report(error)
        finally:
            if self._on_finished is not None:
                self._on_finished()


_running: set[BackgroundTask] = set()
_pool: QThreadPool | None = None


def _thread_pool() -> QThreadPool:
    global _pool
    if _pool is None or not shiboken6.isValid(_pool):
        _pool = QThreadPool(QCoreApplication.instance())
        _pool.setMaxThreadCount(max(2, min(4, QThreadPool.globalInstance().maxThreadCount())))
    return _pool


def _report(error: BaseException) -> None:
    from coachdesk.ui import crash

    crash.report_exception(error)


def run_in_background(
    fn: Callable[..., Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[CoachDeskError], None] | None = None,
    *,
    parent: QWidget | None,
    on_finished: Callable[[], None] | None = None,
    progress: str | None = None,
    cancellable: bool = False,
) -> BackgroundTask:
    """Run *fn* off the GUI thread; callbacks run on the GUI thread unless *parent* is gone.

    With *progress* (a translated sentence), a ``ProgressGate`` on *parent* shows a busy cursor
    and then a dialog. With *cancellable*, the dialog has Cancel and *fn* receives a
    ``threading.Event`` to poll; it may raise ``OperationCancelled`` to stop quietly.
    """
    gate = None
    if progress is not None and parent is not None:
        gate = ProgressGate(parent, progress, cancellable=cancellable)
    task = BackgroundTask(fn, on_done, on_error, on_finished, parent, gate, cancellable)
    _running.add(task)
    if gate is not None:
        gate.start()
    _thread_pool().start(task._run)
    return task


def pending_tasks() -> int:
    """Tasks whose result has not been delivered yet (tests and shutdown use this)."""
    return len(_running)


def wait_for_background(timeout_ms: int = 30_000) -> bool:
    """Block until every worker has finished (at exit), then deliver what is queued."""
    finished = _pool is None or not shiboken6.isValid(_pool) or _pool.waitForDone(timeout_ms)
    QCoreApplication.processEvents()
    return bool(finished)

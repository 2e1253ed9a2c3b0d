"""Timing inside the real window: from an input event to the end of the repaint that shows
its result.

Method: ``measure`` takes the time, sends the event (QTest key press or mouse click, or a button
click), and runs a real ``QEventLoop`` (as ``app.exec()`` would; no polling, no sleeps) until the
watched widget receives a Paint event at a moment when ``ready()`` holds — the data are in the
model or view before that paint starts, so the paint draws them. A zero-delay timer posted
from that Paint event fires once the whole repaint (the widget and its children, drawn in one
pass into the backing store) is over; that is the end time. Offscreen, the backing store is
not shown on a screen: the flush to a real display is not included.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QWidget

from coachdesk.paths import DataPaths
from coachdesk.ui import background
from coachdesk.ui.app import AppController
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.prefs import Prefs
from coachdesk.vault.vault import Vault

TIMEOUT_MS = 20_000


class _PaintWatch(QObject):
    def __init__(self, widget: QWidget, ready: Callable[[], bool], loop: QEventLoop) -> None:
        super().__init__()
        self.ready, self.loop = ready, loop
        self.done_at: float | None = None
        self.cpu_at = 0.0
        self._armed = False
        self.widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        painted = event.type() == QEvent.Type.Paint
        if painted and not self._armed and self.done_at is None and self.ready():
            self._armed = True
            QTimer.singleShot(0, self._finish)
        return False

    def _finish(self) -> None:
        self.done_at, self.cpu_at = time.perf_counter(), time.process_time()
        self.loop.quit()


class Samples:
    """Wall-clock and CPU seconds of repeated measurements."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def add(self, sample: tuple[float, float]) -> None:
        self.wall.append(sample[0])
        self.cpu.append(sample[1])

    def ms(self) -> tuple[list[float], list[float]]:
        return [w * 1000 for w in self.wall], [c * 1000 for c in self.cpu]


def measure(
    action: Callable[[], None], widget: QWidget, ready: Callable[[], bool]
) -> tuple[float, float]:
    """Seconds from *action* to the end of the first repaint of *widget* after ``ready()``:
    (wall clock, CPU time of the process)."""
    loop = QEventLoop()
    watch = _PaintWatch(widget, ready, loop)
    timeout = QTimer()
    timeout.setSingleShot(True)
    timeout.timeout.connect(loop.quit)
    try:
        started, cpu = time.perf_counter(), time.process_time()
        action()
        if watch.done_at is None:
            timeout.start(TIMEOUT_MS)
            loop.exec()
    finally:
        timeout.stop()
        widget.removeEventFilter(watch)
    if watch.done_at is None:
        raise AssertionError(f"no repaint of {type(widget).__name__} within {TIMEOUT_MS} ms")
    return watch.done_at - started, watch.cpu_at - cpu


def settle(ms: int = 50) -> None:
    """Let pending events (layouts, deferred loads, repaints) run, with a real event loop."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


@contextlib.contextmanager
def main_window(paths: DataPaths, vault: Vault) -> Iterator[MainWindow]:
    """The real main window on *vault*, opened as the app controller opens it after unlocking."""
    controller = AppController(paths, Prefs(paths), watch_screen=False)
    window = controller.open_main(vault)
    settle(200)
    try:
        yield window
    finally:
        controller.shutdown()
        window.close()
        window.deleteLater()
        background.wait_for_background()
        settle(50)

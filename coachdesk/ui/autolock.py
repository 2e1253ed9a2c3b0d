"""When to lock: after idle time, and when the operating system locks the screen.

``AutoLock`` watches user input application-wide (an event filter on the QApplication) and
emits ``lock_requested`` after the configured idle time. It is parented to the main window, so
its timer dies with the window and can never fire on a locked app.

Screen lock, as far as Qt can tell:

* Linux: the ``ActiveChanged(bool)`` signal of ``org.freedesktop.ScreenSaver`` and
  ``org.gnome.ScreenSaver`` on the session D-Bus (QtDBus is part of PySide6-Essentials). Only
  used when a session bus address is set, so nothing tries to launch a bus daemon.
* Every platform: ``QGuiApplication.applicationState`` becoming ``ApplicationSuspended`` (the
  system is about to sleep, where the platform reports it).
* Not detected: the Windows and macOS lock screen (they need native session notifications that
  Qt does not expose). There the idle timer still locks after the configured minutes.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)
# Any sender: the screensaver's owner may be a unique name (KDE, GNOME); a spoofed signal can
# only lock CoachDesk, which is harmless.
_SCREENSAVERS = (
    ("", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("", "/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)


class ScreenLockWatcher(QObject):
    """Emits ``screen_locked`` when the desktop says the screen locked or the system suspends."""

    screen_locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dbus_connected = False
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_state)
        if sys.platform.startswith("linux") and os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            self._connect_dbus()

    def _connect_dbus(self) -> None:
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        for service, path, interface in _SCREENSAVERS:
            if bus.connect(
                service, path, interface, "ActiveChanged", self, SLOT("_on_active_changed(bool)")
            ):
                self.dbus_connected = True

    @Slot(bool)
    def _on_active_changed(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()

    def _on_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.screen_locked.emit()


class AutoLock(QObject):
    """Emits ``lock_requested`` after *minutes* without keyboard, mouse or touch input."""

    lock_requested = Signal()

    def __init__(
        self,
        parent: QObject,
        minutes: int = 10,
        *,
        interval_ms: int | None = None,
        watch_screen: bool = True,
    ) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)
        self._fixed_ms = interval_ms
        self._stopped = False
        self.set_minutes(minutes)
        self.watcher = ScreenLockWatcher(self) if watch_screen else None
        if self.watcher is not None:
            self.watcher.screen_locked.connect(self._fire)
        app = QGuiApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._timer.start()

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def set_minutes(self, minutes: int) -> None:
        """Change the idle time (tests pass ``interval_ms`` instead, which wins)."""
        self._timer.setInterval(self._fixed_ms or max(1, minutes) * 60_000)
        if self._timer.isActive():
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False

    def stop(self) -> None:
        """Stop for good: the window is locking or closing."""
        self._stopped = True
        self._timer.stop()
        app = QGuiApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _fire(self) -> None:
        if self._stopped:
            return
        self.stop()
        self.lock_requested.emit()

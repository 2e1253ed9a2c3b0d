"""Guard against the PySide6 6.12.0 bug that drops a reference to None per static call.

On Python 3.11 None is not immortal: after a few thousand such calls (an event filter asking
``QApplication.focusWidget()`` is enough) the interpreter aborts with "deallocating None".
pyproject.toml pins a PySide6 without the bug; this test fails if a release brings it back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QApplication


def test_static_qt_calls_keep_none_alive(qapp: QApplication) -> None:
    calls = (
        QCoreApplication.processEvents,
        QApplication.focusWidget,
        QApplication.activeWindow,
        lambda: QThread.msleep(0),
    )
    before = sys.getrefcount(None)
    for _ in range(500):
        for call in calls:
            call()
    assert sys.getrefcount(None) - before > -100

"""Run in a child process by test_start.py: start a window and report when it is painted.

``python start_probe.py bare`` starts a bare PySide6 main window (the baseline).
``python start_probe.py app DATA_DIR [--visit]`` runs the real ``coachdesk`` entry point
(``coachdesk.cli.main``: lock screen, keychain unlock in the background, main window); the only
addition is a hook on ``AppController.open_main`` that watches the main window's first paint.
With ``--visit`` it then shows every page, the longest dossier (Notes tab) and the month view,
and reports the resident set size.

Output lines: ``painted <time.time()>`` at the end of the first repaint of the main window,
``cpu_ms`` the process's CPU time until then (all threads), ``rss_kb <VmRSS>`` and
``hwm_kb <VmHWM>``.
"""

from __future__ import annotations

import sys
import time


def _status(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def _watch_first_paint(window: object, then: object) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Watch(QObject):
        fired = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.fired:
                self.fired = True
                QTimer.singleShot(0, self.done)
            return False

        def done(self) -> None:
            print(f"painted {time.time():.6f}", flush=True)
            print(f"cpu_ms {time.process_time() * 1000:.0f}", flush=True)
            then()  # type: ignore[operator]

    watch = Watch(window)  # type: ignore[arg-type]
    window.installEventFilter(watch)  # type: ignore[attr-defined]


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("CoachDesk", window))
    window.resize(1200, 780)
    _watch_first_paint(window, lambda: _report_and_quit(app))
    window.show()
    return app.exec()


def _report_and_quit(app: object) -> None:
    print(f"rss_kb {_status('VmRSS')}", flush=True)
    print(f"hwm_kb {_status('VmHWM')}", flush=True)
    app.quit()  # type: ignore[attr-defined]


def _visit(window: object, app: object) -> None:
    """Every page, the dossier with most notes on its Notes tab, the month view; then RSS."""
    from PySide6.QtCore import QTimer

    from coachdesk.ui.agenda.common import ViewMode
    from coachdesk.ui.pages import Page

    steps = [lambda p=p: window.show_page(p) for p in Page]  # type: ignore[attr-defined]
    db = window.session.db  # type: ignore[attr-defined]
    client_id = db.scalar("SELECT client_id FROM notes GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")

    def dossier() -> None:
        window.open_client(client_id)  # type: ignore[attr-defined]
        d = window.clients.dossier  # type: ignore[attr-defined]
        d.tabs.setCurrentWidget(d.notes)

    steps += [dossier, lambda: window.show_page(Page.AGENDA),  # type: ignore[attr-defined]
              lambda: window.agenda.set_mode(ViewMode.MONTH),  # type: ignore[attr-defined]
              lambda: window.show_page(Page.TODAY)]  # type: ignore[attr-defined]  # fmt: skip

    def run(i: int) -> None:
        if i == len(steps):
            _report_and_quit(app)
            return
        steps[i]()
        QTimer.singleShot(300, lambda: run(i + 1))

    run(0)


def app(data_dir: str, visit: bool) -> int:
    from PySide6.QtWidgets import QApplication

    from coachdesk import cli
    from coachdesk.ui.app import AppController

    original = AppController.open_main

    def open_main(self: AppController, vault: object) -> object:
        window = original(self, vault)  # type: ignore[arg-type]
        qapp = QApplication.instance()
        then = (lambda: _visit(window, qapp)) if visit else (lambda: _report_and_quit(qapp))
        _watch_first_paint(window, then)
        return window

    AppController.open_main = open_main  # type: ignore[method-assign]
    return cli.main(["--data-dir", data_dir])


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        sys.exit(bare())
    sys.exit(app(sys.argv[2], "--visit" in sys.argv))

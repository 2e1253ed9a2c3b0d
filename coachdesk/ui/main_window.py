"""The main window: a sidebar of pages and the keyboard shortcuts that reach across them.

The window owns the global shortcuts (Ctrl+K search, Ctrl+L lock, Ctrl+N new client, Ctrl+F
filter, Ctrl+T new task, Ctrl+1 … Ctrl+6 pages); pages must not register these keys themselves,
or Qt would report an ambiguous shortcut. The Clients page and the global search dialog come
from another module and are imported defensively, so the window also works while they are being
built.
Locking is not done here: the window emits ``lock_requested`` and the app controller closes the
session and destroys the window.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from coachdesk import APP_NAME
from coachdesk.paths import DataPaths
from coachdesk.services.dossier import appointment_day
from coachdesk.services.settings import get_practice
from coachdesk.ui.agenda.page import AgendaPage
from coachdesk.ui.backup.closing import CloseBackup
from coachdesk.ui.backup.scheduler import BackupScheduler
from coachdesk.ui.backup.section import reveal
from coachdesk.ui.pages import Page, app_icon, page_icon
from coachdesk.ui.pages.placeholder import PlaceholderPage
from coachdesk.ui.pages.settings import SettingsPage
from coachdesk.ui.pages.today import TodayPage
from coachdesk.ui.prefs import Prefs
from coachdesk.ui.privacy.page import PrivacyPage
from coachdesk.ui.retention_auto import AutoRetention
from coachdesk.ui.session import AppSession, Changes
from coachdesk.ui.tasks.page import TasksPage
from coachdesk.ui.tasks.quick_add import TaskDialog

try:  # imported with this module (before unlocking), not while the window opens
    from coachdesk.ui.clients.page import ClientsPage
except ImportError:  # while the Clients page is being built
    ClientsPage = None  # type: ignore[assignment,misc]

DEFAULT_SIZE = QSize(1200, 780)
SIDEBAR_WIDTH = 200


class MainWindow(QMainWindow):
    """Emits ``lock_requested`` on Ctrl+L; the controller does the locking."""

    lock_requested = Signal()
    restore_requested = Signal()  # Settings → Backups → "Restore from a backup…"

    def __init__(
        self,
        session: AppSession,
        paths: DataPaths,
        prefs: Prefs,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._paths = paths
        self._prefs = prefs
        self.search_dialog: QWidget | None = None
        self.setWindowIcon(app_icon())
        self._build()
        self._shortcuts()
        self.retranslate()
        session.changed.connect(self._on_changed)
        if not self.restoreGeometry(prefs.window_geometry):
            self.resize(DEFAULT_SIZE)
        self.show_page(Page.TODAY)

    def _build(self) -> None:
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.sidebar = QListWidget(central)
        self.sidebar.setFixedWidth(SIDEBAR_WIDTH)
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setSpacing(2)
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setStyleSheet(
            "QListWidget { padding-top: 12px; background: palette(window); }"
            "QListWidget::item { padding: 8px 10px; border-radius: 6px; margin: 0 8px; }"
            "QListWidget::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        self.stack = QStackedWidget(central)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.today = TodayPage(self.session, self.stack)
        self.today.open_client_requested.connect(self.open_client)
        self.today.open_tasks_requested.connect(lambda: self.show_page(Page.TASKS))
        self.today.open_backup_settings_requested.connect(self.show_backup_settings)
        self.clients = self._make_clients_page()
        self.tasks = TasksPage(self.session, self.stack)
        self.tasks.open_client_requested.connect(self.open_client)
        self.task_dialog: TaskDialog | None = None
        self.agenda = AgendaPage(self.session, self.stack)
        self.agenda.write_note_requested.connect(self.write_session_note)
        self.pages: dict[Page, QWidget] = {
            Page.TODAY: self.today,
            Page.CLIENTS: self.clients,
            Page.AGENDA: self.agenda,
            Page.TASKS: self.tasks,
            Page.PRIVACY: PrivacyPage(self.session, self.stack),
            Page.SETTINGS: SettingsPage(self.session, self._paths, self._prefs, self.stack),
        }
        self.settings_page: SettingsPage = self.pages[Page.SETTINGS]  # type: ignore[assignment]
        self.settings_page.backups.restore_requested.connect(self.restore_requested)
        self.close_backup = CloseBackup(self.session, self)
        self.backup_scheduler: BackupScheduler | None = None
        for page in Page:
            self.stack.addWidget(self.pages[page])
            item = QListWidgetItem(page_icon(page, self), "", self.sidebar)
            item.setSizeHint(QSize(SIDEBAR_WIDTH - 16, 38))
        self.sidebar.currentRowChanged.connect(self._row_changed)
        if (dossier := getattr(self.clients, "dossier", None)) is not None:
            dossier.appointments.open_day_requested.connect(self.show_agenda_day)
        self.statusBar().setSizeGripEnabled(True)
        self.auto_retention = AutoRetention(self.session, self)  # after unlock, then daily

    def _make_clients_page(self) -> QWidget:
        if ClientsPage is None:
            return PlaceholderPage(Page.CLIENTS, self.stack)
        return ClientsPage(self.session, self.stack)

    def _shortcuts(self) -> None:
        def add(keys: QKeySequence | str, slot: Callable[[], None]) -> None:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

        add("Ctrl+K", self.open_search)
        add("Ctrl+L", self.lock_requested.emit)
        add(QKeySequence(QKeySequence.StandardKey.New), self.new_client)
        add(QKeySequence(QKeySequence.StandardKey.Find), self.focus_filter)
        add("Ctrl+T", self.new_task)
        for page in Page:
            add(f"Ctrl+{page.value + 1}", lambda p=page: self.show_page(p))

    def retranslate(self) -> None:
        names = {
            Page.TODAY: self.tr("Today"),
            Page.CLIENTS: self.tr("Clients"),
            Page.AGENDA: self.tr("Agenda"),
            Page.TASKS: self.tr("Tasks"),
            Page.PRIVACY: self.tr("Privacy"),
            Page.SETTINGS: self.tr("Settings"),
        }
        for page, name in names.items():
            item = self.sidebar.item(page.value)
            item.setText(name)
            item.setToolTip(
                self.tr("%1 (Ctrl+%2)").replace("%1", name).replace("%2", str(page.value + 1))
            )
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_title(self) -> None:
        name = get_practice(self.session.db).name if not self.session.vault.is_locked else ""
        self.setWindowTitle(f"{APP_NAME} — {name}" if name else APP_NAME)

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.practice:
            self._update_title()

    # --- navigation -----------------------------------------------------------------------

    @property
    def current_page(self) -> Page:
        return Page(self.stack.currentIndex())

    def show_page(self, page: Page) -> None:
        self.sidebar.setCurrentRow(page.value)

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)

    def open_client(self, client_id: int, note_id: int | None = None) -> None:
        """Show a client's dossier (from Today, search, or anywhere else)."""
        self.show_page(Page.CLIENTS)
        open_client = getattr(self.clients, "open_client", None)
        if open_client is not None:
            open_client(client_id, note_id)

    def show_agenda_day(self, day: date) -> None:
        """The Agenda's day view on *day* (from a client's appointments)."""
        self.show_page(Page.AGENDA)
        self.agenda.show_day(day)

    def write_session_note(self, client_id: int, appointment_id: int) -> None:
        """From an appointment: the client's dossier at a new session note linked to it."""
        on = appointment_day(self.session.db, appointment_id)
        self.open_client(client_id)
        dossier = getattr(self.clients, "dossier", None)
        if dossier is not None:
            dossier.tabs.setCurrentWidget(dossier.notes)
            dossier.notes.new_note("grow", appointment_id=appointment_id, on=on)

    def new_client(self) -> None:
        self.show_page(Page.CLIENTS)
        if (new_client := getattr(self.clients, "new_client", None)) is not None:
            new_client()

    def new_task(self) -> TaskDialog:
        """Ctrl+T: quick add from any page; with a client's dossier open, for that client."""
        if self.task_dialog is not None:
            with contextlib.suppress(RuntimeError):
                self.task_dialog.close()
        client_id = self._dossier_client()
        dialog = TaskDialog(self.session, self, client_id=client_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._task_dialog_closed)
        self.task_dialog = dialog
        dialog.open()
        return dialog

    def _task_dialog_closed(self) -> None:
        self.task_dialog = None

    def _dossier_client(self) -> int | None:
        """The client whose dossier is open on the Clients page, if any."""
        dossier = getattr(self.clients, "dossier", None)
        stack = getattr(self.clients, "stack", None)
        if self.current_page != Page.CLIENTS or dossier is None or stack is None:
            return None
        return dossier.client_id if stack.currentWidget() is dossier else None

    def focus_filter(self) -> None:
        self.show_page(Page.CLIENTS)
        if (focus_filter := getattr(self.clients, "focus_filter", None)) is not None:
            focus_filter()

    def open_search(self) -> QWidget | None:
        """Ctrl+K: one search dialog per window, raised if already open."""
        if self.search_dialog is not None:
            with contextlib.suppress(RuntimeError):
                self.search_dialog.show()
                self.search_dialog.raise_()
                self.search_dialog.activateWindow()
                return self.search_dialog
        try:
            from coachdesk.ui.search_dialog import GlobalSearchDialog
        except ImportError:
            self.statusBar().showMessage(self.tr("Search is not available yet."), 4000)
            return None
        dialog = GlobalSearchDialog(self.session, self)
        dialog.open_requested.connect(self.open_client)
        dialog.destroyed.connect(self._search_closed)
        self.search_dialog = dialog
        dialog.show()
        return dialog

    def _search_closed(self) -> None:
        self.search_dialog = None

    # --- closing --------------------------------------------------------------------------

    def save_pending(self) -> None:
        """Write what is typed but not yet saved; called before locking and closing."""
        if (save := getattr(self.clients, "save_pending", None)) is not None:
            save()
        self.settings_page.save_auto_lock()

    def save_geometry(self) -> None:
        self._prefs.window_geometry = self.saveGeometry()

    def show_backup_settings(self) -> None:
        """Settings, scrolled to the Backups section (from the Today strip)."""
        self.show_page(Page.SETTINGS)
        reveal(self.settings_page.backups)

    def start_backup_scheduler(self, **options: object) -> BackupScheduler:
        """Scheduled backups after unlock, then every half hour; news in the status bar."""
        scheduler = BackupScheduler(self.session, self._paths, self, **options)  # type: ignore[arg-type]
        scheduler.message.connect(self._backup_message)
        self.backup_scheduler = scheduler
        scheduler.start()
        return scheduler

    def _backup_message(self, text: str, problem: bool) -> None:
        """Quiet news stays 10 s; a problem stays until the next message (never a dialog)."""
        self.statusBar().showMessage(text, 0 if problem else 10_000)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.close_backup.intercept(event):  # "back up when closing": done first
            return
        self.save_geometry()
        if not self.session.vault.is_locked:
            self.save_pending()
        super().closeEvent(event)

"""The Today page: a calm start of the day.

A greeting, the date as the locale writes it, three numbers (active clients, open tasks,
appointments today), the backup strip (last backup, last verified restore), today's
appointments, the clients changed most recently and the active clients with no next session
booked. Clicking a client asks the main window to open the
dossier. The counts run in a worker on its own
connection (on a big practice they take tens of milliseconds, and the page is built while the
window opens); the page refreshes while visible, otherwise on its next show.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QElapsedTimer, QEvent, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.dates import utc_now
from coachdesk.services.access import Vault
from coachdesk.services.breaches import DueBreach, open_breaches_due
from coachdesk.services.dashboard import TodaySummary, today_summary
from coachdesk.ui.background import BackgroundTask, run_in_background
from coachdesk.ui.backup.card import BackupCard
from coachdesk.ui.pages import heading, muted
from coachdesk.ui.pages.today_cards import LinkCard, StatCard
from coachdesk.ui.privacy.common import kind_label
from coachdesk.ui.session import AppSession, Changes

_ID_ROLE = Qt.ItemDataRole.UserRole


class TodayPage(QWidget):
    """Emits ``open_client_requested(client_id)`` when the coach picks a client, and
    ``open_tasks_requested`` when they click the open-tasks number."""

    open_client_requested = Signal(int)
    open_tasks_requested = Signal()
    open_backup_settings_requested = Signal()

    def __init__(self, session: AppSession, parent: QWidget, *, day: date | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._fixed_day = day
        self._dirty = True
        self._task: BackgroundTask | None = None
        self._reload = False
        self.summary: TodaySummary | None = None
        self.due_breaches: list[DueBreach] = []
        self._click_guard = QElapsedTimer()
        self._last_opened = -1
        self._build()
        self.retranslate()
        session.changed.connect(self._on_changed)
        self.refresh()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 28, 32, 24)
        outer.setSpacing(6)
        self.greeting = heading("", self, 1.8)
        self.date_label = muted(QLabel(self))
        outer.addWidget(self.greeting)
        outer.addWidget(self.date_label)
        outer.addSpacing(18)
        cards = QHBoxLayout()
        cards.setSpacing(12)
        self.active_card = StatCard(self)
        self.tasks_card = LinkCard(self)
        self.tasks_card.clicked.connect(self.open_tasks_requested)
        self.appointments_card = StatCard(self)
        for card in (self.active_card, self.tasks_card, self.appointments_card):
            cards.addWidget(card, 1)
        outer.addLayout(cards)
        outer.addSpacing(12)
        self.backup_card = BackupCard(self._session, self)  # last backup, last verified restore
        self.backup_card.setup_requested.connect(self.open_backup_settings_requested)
        outer.addWidget(self.backup_card)
        outer.addSpacing(12)
        self.breach_line = QLabel(self)  # a running 72-hour clock (Art. 33): hard to miss
        self.breach_line.setWordWrap(True)
        self.breach_line.setStyleSheet("color: #b00020; font-weight: bold;")
        self.breach_line.hide()
        outer.addWidget(self.breach_line)
        self.requests_title = heading("", self, 1.15)
        self.requests_list = QListWidget(self)
        self.requests_list.setFrameShape(QFrame.Shape.NoFrame)
        self.requests_list.setMaximumHeight(96)
        self.requests_list.itemClicked.connect(self._open_item)
        self.requests_list.itemActivated.connect(self._open_item)
        outer.addWidget(self.requests_title)
        outer.addWidget(self.requests_list)
        self.requests_title.hide()
        self.requests_list.hide()
        outer.addSpacing(6)

        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        self.appointments_title = heading("", self, 1.15)
        self.recent_title = heading("", self, 1.15)
        self.unbooked_title = heading("", self, 1.15)
        self.appointments = QListWidget(self)
        self.recent = QListWidget(self)
        self.unbooked = QListWidget(self)
        self.appointments_empty = muted(QLabel(self))
        self.recent_empty = muted(QLabel(self))
        self.unbooked_empty = muted(QLabel(self))
        for lst in (self.appointments, self.recent, self.unbooked):
            lst.setFrameShape(QFrame.Shape.NoFrame)
            lst.setAlternatingRowColors(False)
            lst.setUniformItemSizes(True)
            lst.setStyleSheet("QListWidget::item { padding: 4px 6px; }")
            lst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            lst.setTextElideMode(Qt.TextElideMode.ElideRight)
        for lst in (self.recent, self.unbooked):
            lst.itemClicked.connect(self._open_item)
            lst.itemActivated.connect(self._open_item)
        self.appointments.itemActivated.connect(self._open_item)
        columns = (
            (self.appointments_title, self.appointments_empty, self.appointments),
            (self.recent_title, self.recent_empty, self.recent),
            (self.unbooked_title, self.unbooked_empty, self.unbooked),
        )
        for column, widgets in enumerate(columns):
            for row, widget in enumerate(widgets):
                grid.addWidget(widget, row, column)
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(2, 1)
        outer.addLayout(grid, 1)

    def retranslate(self) -> None:
        self.appointments_title.setText(self.tr("Today's appointments"))
        self.requests_title.setText(self.tr("Requests from clients due this week"))
        self.requests_list.setAccessibleName(self.tr("Requests from clients due this week"))
        self.recent_title.setText(self.tr("Recently changed clients"))
        self.appointments.setAccessibleName(self.tr("Today's appointments"))
        self.recent.setAccessibleName(self.tr("Recently changed clients"))
        self.unbooked_title.setText(self.tr("Active clients without a next session"))
        self.unbooked.setAccessibleName(self.tr("Active clients without a next session"))
        self.unbooked_empty.setText(self.tr("Every active client has a next session booked."))
        self.tasks_card.setToolTip(self.tr("Open the task list (Ctrl+4)"))
        self.appointments_empty.setText(self.tr("Nothing planned for today."))
        self.recent_empty.setText(
            self.tr("No clients yet. Add your first client on the Clients page (Ctrl+N).")
        )
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty or self._day() != getattr(self, "_shown_day", None):
            self.refresh()

    # --- data -----------------------------------------------------------------------------

    def _day(self) -> date:
        return self._fixed_day or date.today()

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.clients or changes.tasks or changes.appointments or changes.practice:
            self._dirty = True
            if self.isVisible():
                self.refresh()

    @property
    def loading(self) -> bool:
        return self._task is not None

    def refresh(self) -> None:
        """Reload in the background; the page shows the last numbers until the new ones come."""
        self._dirty = False
        if self._task is not None:
            self._reload = True
            return
        vault, day = self._session.vault, self._day()
        self._shown_day = day
        self._task = run_in_background(
            lambda: _load(vault, day),
            self._loaded,
            lambda _error: None,  # locked meanwhile: nothing to show
            parent=self,
            on_finished=self._load_finished,
        )

    def _loaded(self, loaded: tuple[TodaySummary, list[DueBreach]]) -> None:
        self.summary, self.due_breaches = loaded
        self._fill()

    def _load_finished(self) -> None:
        self._task = None
        if self._reload:
            self._reload = False
            self.refresh()

    def _greeting(self, name: str) -> str:
        hour = QTime.currentTime().hour()
        if hour < 12:
            text = self.tr("Good morning, %1") if name else self.tr("Good morning")
        elif hour < 18:
            text = self.tr("Good afternoon, %1") if name else self.tr("Good afternoon")
        else:
            text = self.tr("Good evening, %1") if name else self.tr("Good evening")
        return text.replace("%1", name)

    def _fill(self) -> None:
        locale = QLocale()
        day = self._day()
        self.date_label.setText(
            locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
        )
        summary = self.summary
        if summary is None:
            self.greeting.setText(self._greeting(""))
            return
        first_name = summary.coach_name.split()[0] if summary.coach_name.strip() else ""
        self.greeting.setText(self._greeting(first_name))
        self.active_card.set(summary.active_clients, self.tr("Active clients"))
        self.tasks_card.set(summary.open_tasks, self.tr("Open tasks"))
        self.appointments_card.set(len(summary.appointments), self.tr("Appointments today"))

        self.appointments.clear()
        for appt in summary.appointments:
            when = (
                self.tr("All day")
                if appt.all_day
                else f"{_time(locale, appt.starts_at)}–{_time(locale, appt.ends_at)}"
            )
            parts = [p for p in (appt.title, appt.client_name) if p]
            item = QListWidgetItem(f"{when}   {' · '.join(parts)}", self.appointments)
            item.setToolTip(item.text())
            if appt.client_id is not None:
                item.setData(_ID_ROLE, appt.client_id)
        self.appointments_empty.setVisible(not summary.appointments)
        self.appointments.setVisible(bool(summary.appointments))

        self.recent.clear()
        for client in summary.recent_clients:
            when = self._changed_on(client.updated_at.astimezone().date(), locale)
            label = self.tr("%1  ·  changed %2").replace("%1", client.name or client.number)
            label = label.replace("%2", when)
            item = QListWidgetItem(label, self.recent)
            item.setData(_ID_ROLE, client.id)
            item.setToolTip(self.tr("Open this client's file"))
        self.recent_empty.setVisible(not summary.recent_clients)
        self.recent.setVisible(bool(summary.recent_clients))

        self.unbooked.clear()
        for unbooked in summary.without_next:
            if unbooked.last_session is None:
                label = self.tr("%1  ·  no sessions yet")
            else:
                label = self.tr("%1  ·  last session %2").replace(
                    "%2", self._changed_on(unbooked.last_session, locale)
                )
            item = QListWidgetItem(label.replace("%1", unbooked.name or unbooked.number))
            self.unbooked.addItem(item)
            item.setData(_ID_ROLE, unbooked.client_id)
            item.setToolTip(self.tr("Open this client's file to plan the next session"))
        self.unbooked_empty.setVisible(not summary.without_next)
        self.unbooked.setVisible(bool(summary.without_next))

        self.requests_list.clear()
        for request in summary.due_requests:
            if request.is_overdue(day):
                label = self.tr("%1  ·  %2  ·  overdue since %3")
            else:
                label = self.tr("%1  ·  %2  ·  due %3")
            label = label.replace("%1", request.client_name or request.client_number)
            label = label.replace("%2", kind_label(request.kind))
            item = QListWidgetItem(label.replace("%3", self._changed_on(request.deadline, locale)))
            self.requests_list.addItem(item)
            item.setData(_ID_ROLE, request.client_id)
            item.setToolTip(self.tr("The register is on the Privacy page"))
        self.requests_title.setVisible(bool(summary.due_requests))
        self.requests_list.setVisible(bool(summary.due_requests))
        self._fill_breaches()

    def _fill_breaches(self) -> None:
        lines = []
        for due in self.due_breaches:
            if due.overdue:
                text = self.tr("Data breach: reporting to the AP is %n hour(s) overdue", "",
                               -due.hours_left)  # fmt: skip
            else:
                text = self.tr("Data breach: report to the AP within %n hour(s)", "",
                               due.hours_left)  # fmt: skip
            lines.append(text)
        self.breach_line.setText("\n".join(lines))
        self.breach_line.setToolTip(self.tr("The breach register is on the Privacy page"))
        self.breach_line.setVisible(bool(lines))

    def _changed_on(self, day: date, locale: QLocale) -> str:
        today = self._day()
        if day == today:
            return self.tr("today")
        if (today - day).days == 1:
            return self.tr("yesterday")
        return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)

    def _open_item(self, item: QListWidgetItem) -> None:
        client_id = item.data(_ID_ROLE)
        if client_id is None:
            return
        # A double click is a click plus an activation: open the file once.
        if (
            client_id == self._last_opened
            and self._click_guard.isValid()
            and self._click_guard.elapsed() < 600
        ):
            return
        self._last_opened = int(client_id)
        self._click_guard.start()
        self.open_client_requested.emit(int(client_id))


def _load(vault: Vault, day: date) -> tuple[TodaySummary, list[DueBreach]]:
    """In a worker: the GUI thread's connection never crosses threads."""
    with vault.session() as db:
        return today_summary(db, day), open_breaches_due(db, utc_now())


def _time(locale: QLocale, moment: datetime) -> str:
    return locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)

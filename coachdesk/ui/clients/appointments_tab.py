"""The Appointments tab: the client's agenda, upcoming (soonest first) above past (latest first).

Series are expanded (``services.agenda.for_client``), so every occurrence is a row, marked ↻.
A double click or Enter on a row asks the main window to open the Agenda on that day. The tab
loads when shown and reloads when appointments change.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QLocale, QModelIndex, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from coachdesk.domain.agenda import Occurrence
from coachdesk.services.agenda import for_client
from coachdesk.ui.agenda.common import fmt_span, kind_label
from coachdesk.ui.agenda.common import status_label as appointment_status
from coachdesk.ui.clients.labels import fmt_date
from coachdesk.ui.clients.rows_model import ColumnSpec, RowRole, RowsModel, configure_table
from coachdesk.ui.pages import heading
from coachdesk.ui.session import AppSession, Changes


class AppointmentsTab(QWidget):
    """Emits ``open_day_requested(date)`` for the row the coach activates."""

    open_day_requested = Signal(object)  # datetime.date

    def __init__(self, session: AppSession, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self._client_id: int | None = None
        self._stale = True
        self.now = datetime.now  # replaced in tests
        self.upcoming_model = RowsModel(self._columns(), self)
        self.past_model = RowsModel(self._columns(), self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.upcoming_title = heading("", self, 1.1)
        self.past_title = heading("", self, 1.1)
        self.upcoming_empty = QLabel(self)
        self.past_empty = QLabel(self)
        self.upcoming = QTableView(self)
        self.past = QTableView(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        for title, empty, view, model, stretch in (
            (self.upcoming_title, self.upcoming_empty, self.upcoming, self.upcoming_model, 2),
            (self.past_title, self.past_empty, self.past, self.past_model, 3),
        ):
            configure_table(view)
            view.setModel(model)
            header = view.horizontalHeader()
            for column, width in enumerate((150, 110, 110, 100, 300)):
                header.resizeSection(column, width)
            view.activated.connect(self._activated)
            empty.hide()
            layout.addWidget(title)
            layout.addWidget(empty)
            layout.addWidget(view, stretch)
        self.retranslate()
        session.changed.connect(self._on_changed)

    def _columns(self) -> tuple[ColumnSpec, ...]:
        return (
            ColumnSpec(lambda: self.tr("Date"), _day_text, sort=lambda o: o.start),
            ColumnSpec(
                lambda: self.tr("Time"),
                lambda o: self.tr("All day") if o.source.all_day else fmt_span(o.start, o.end),
            ),
            ColumnSpec(lambda: self.tr("Kind"), lambda o: kind_label(o.source.kind)),
            ColumnSpec(lambda: self.tr("Status"), lambda o: appointment_status(o.source.status)),
            ColumnSpec(
                lambda: self.tr("Title and location"),
                _title_text,
                tooltip=lambda o: "\n".join(p for p in (o.source.title, o.source.location) if p),
            ),
            ColumnSpec(
                lambda: self.tr("Series"),
                lambda o: "↻" if o.is_recurring else "",
                sort=lambda o: o.is_recurring,
                tooltip=lambda o: self.tr("Part of a recurring series") if o.is_recurring else "",
            ),
        )

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr("Double-click an appointment to open it in the Agenda on that day.")
        )
        self.upcoming_empty.setText(self.tr("Nothing planned for this client."))
        self.past_empty.setText(self.tr("No appointments yet."))
        self.upcoming.setAccessibleName(self.tr("Upcoming appointments"))
        self.past.setAccessibleName(self.tr("Past appointments"))
        self.upcoming_model.retranslate()
        self.past_model.retranslate()
        self._update_titles()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_titles(self) -> None:
        locale = QLocale()
        for title, text, model in (
            (self.upcoming_title, self.tr("Upcoming (%1)"), self.upcoming_model),
            (self.past_title, self.tr("Past (%1)"), self.past_model),
        ):
            title.setText(text.replace("%1", locale.toString(model.rowCount())))

    def set_client(self, client_id: int) -> None:
        self._client_id = client_id
        self._stale = True
        self.upcoming_model.set_rows([])
        self.past_model.set_rows([])
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        self._stale = False
        if self._client_id is None:
            return
        now = self.now().replace(microsecond=0)
        found = for_client(self._session.db, self._client_id)
        self.upcoming_model.set_rows([o for o in found if o.end > now])
        self.past_model.set_rows([o for o in reversed(found) if o.end <= now])
        self.upcoming_empty.setVisible(self.upcoming_model.rowCount() == 0)
        self.past_empty.setVisible(self.past_model.rowCount() == 0)
        self._update_titles()

    def _activated(self, index: QModelIndex) -> None:
        occurrence = index.data(RowRole)
        if isinstance(occurrence, Occurrence):
            self.open_day_requested.emit(occurrence.start.date())

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if not changes.appointments:
            return
        if changes.client_id not in (None, self._client_id):
            return
        self._stale = True
        if self.isVisible():
            self.reload()


def _day_text(occurrence: Occurrence) -> str:
    """ "ma 16-03-2026": the weekday helps planning."""
    day = occurrence.start.date()
    name = QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{name} {fmt_date(day)}"


def _title_text(occurrence: Occurrence) -> str:
    return " · ".join(p for p in (occurrence.source.title, occurrence.source.location) if p)

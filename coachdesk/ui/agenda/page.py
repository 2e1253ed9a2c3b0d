"""The Agenda page: a toolbar (Today, ◀ ▶, the range in words, the view, New appointment) over
the week-style grid or the month.

Loading: the page asks ``services.agenda.occurrences`` for the visible range on the GUI thread.
That is a measured choice, not a shortcut: a week over a 30,000-appointment vault takes a few
milliseconds with the indexed range query (see ``last_load_ms`` and the agenda README notes),
far under the 50 ms budget, and a synchronous read keeps drag-and-drop free of stale-result
races. A refresh is skipped while the page is hidden and done when it is shown again.

Keyboard: Left/Right move a day, Up/Down a week in the month view, Page Up/Down a period,
T goes to today, Enter in the month opens the day.
"""

from __future__ import annotations

import time as clock
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.agenda import Occurrence
from coachdesk.services import agenda as service
from coachdesk.ui.agenda import actions
from coachdesk.ui.agenda.appointment_dialog import AppointmentDialog
from coachdesk.ui.agenda.common import ViewMode, range_title, step, view_label, visible_days
from coachdesk.ui.agenda.exchange import CalendarExchange
from coachdesk.ui.agenda.month_view import MonthView
from coachdesk.ui.agenda.week_view import WeekView
from coachdesk.ui.pages import scaled_font
from coachdesk.ui.session import AppSession, Changes

_NAV_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown,
             Qt.Key.Key_T}  # fmt: skip


class AgendaPage(QWidget):
    write_note_requested = Signal(int, int)  # client id, appointment id

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.mode = ViewMode.WEEK
        self.focus_day = date.today()
        self.days: list[date] = []
        self.occurrences: list[Occurrence] = []
        self.dialog: AppointmentDialog | None = None
        self.last_load_ms = 0.0
        self._stale = False
        self._build()
        self.retranslate()
        self.refresh()
        session.changed.connect(self._on_changed)

    def _build(self) -> None:
        self.today_button = QPushButton(self)
        self.today_button.clicked.connect(self.go_today)
        self.prev_button = QToolButton(self)
        self.prev_button.setText("◀")
        self.prev_button.clicked.connect(lambda: self.go_period(-1))
        self.next_button = QToolButton(self)
        self.next_button.setText("▶")
        self.next_button.clicked.connect(lambda: self.go_period(1))
        self.title = QLabel(self)
        self.title.setFont(scaled_font(self.title, 1.3, bold=True))
        self.view_buttons = QButtonGroup(self)
        self.view_buttons.setExclusive(True)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(lambda: self.open_new())
        self.exchange = CalendarExchange(self._session, self)
        self.exchange_button = QToolButton(self)
        self.exchange_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.exchange_menu = QMenu(self.exchange_button)
        self.import_action = self.exchange_menu.addAction("", self.exchange.import_file)
        self.export_action = self.exchange_menu.addAction(
            "", lambda: self.exchange.export((self.days[0], self.days[-1] + timedelta(days=1)))
        )
        self.exchange_button.setMenu(self.exchange_menu)
        top = QHBoxLayout()
        top.setContentsMargins(8, 8, 8, 4)
        for widget in (self.today_button, self.prev_button, self.next_button):
            top.addWidget(widget)
        top.addSpacing(10)
        top.addWidget(self.title, 1)
        for mode in ViewMode:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setChecked(mode == self.mode)
            self.view_buttons.addButton(button, int(mode))
            top.addWidget(button)
        self.view_buttons.idClicked.connect(lambda i: self.set_mode(ViewMode(i)))
        top.addSpacing(10)
        top.addWidget(self.exchange_button)
        top.addWidget(self.new_button)

        self.week = WeekView(self)
        self.week.grid.create_requested.connect(lambda s, e: self.open_new(s, e))
        self.week.grid.move_requested.connect(self._move)
        self.week.grid.edit_requested.connect(lambda occ: self.open_occurrence(occ))
        self.week.header.edit_requested.connect(lambda occ: self.open_occurrence(occ))
        self.week.header.day_clicked.connect(self.show_day)
        self.week.header.create_all_day.connect(
            lambda d: self.open_new(datetime.combine(d, time()), None, all_day=True)
        )
        self.month = MonthView(self)
        self.month.day_activated.connect(self.show_day)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.week)
        self.stack.addWidget(self.month)
        for widget in (self.week.grid, self.week.header, self.month, self.stack):
            widget.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

    def retranslate(self) -> None:
        self.today_button.setText(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Go to today (T)"))
        self.prev_button.setToolTip(self.tr("Previous (Page Up)"))
        self.prev_button.setAccessibleName(self.tr("Previous period"))
        self.next_button.setToolTip(self.tr("Next (Page Down)"))
        self.next_button.setAccessibleName(self.tr("Next period"))
        for mode in ViewMode:
            self.view_buttons.button(int(mode)).setText(view_label(mode))
        self.new_button.setText(self.tr("New appointment"))
        self.exchange_button.setText(self.tr("Import/export"))
        self.import_action.setText(self.tr("Import from a calendar file (ICS)…"))
        self.export_action.setText(self.tr("Export to a calendar file (ICS)…"))
        self.week.grid.setAccessibleName(self.tr("Appointments by hour"))
        self.month.setAccessibleName(self.tr("Appointments by day"))
        self._show_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()  # the first day of the week may differ
        super().changeEvent(event)

    # --- navigation ----------------------------------------------------------------------

    def set_mode(self, mode: ViewMode) -> None:
        self.mode = mode
        self.view_buttons.button(int(mode)).setChecked(True)
        self.stack.setCurrentWidget(self.month if mode == ViewMode.MONTH else self.week)
        self.refresh()
        self.stack.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason)

    def set_focus_day(self, day: date) -> None:
        """Move the focus to *day*; the range follows only when *day* is outside it."""
        self.focus_day = day
        if day in self.days and (self.mode != ViewMode.MONTH or day.month == self.month.month):
            self._show_focus()
        else:
            self.refresh()

    def go_today(self) -> None:
        self.set_focus_day(date.today())
        if self.mode != ViewMode.MONTH:
            self.week.scroll_to_hour(max(0, datetime.now().hour - 2))

    def go_period(self, direction: int) -> None:
        self.set_focus_day(step(self.mode, self.focus_day, direction))

    def show_day(self, day: date) -> None:
        self.focus_day = day
        self.set_mode(ViewMode.DAY)

    def _handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier or key not in (
            _NAV_KEYS | {Qt.Key.Key_Up, Qt.Key.Key_Down}
        ):
            return False
        if key == Qt.Key.Key_T:
            self.go_today()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.set_focus_day(self.focus_day + timedelta(days=-1 if key == Qt.Key.Key_Left else 1))
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.go_period(-1 if key == Qt.Key.Key_PageUp else 1)
        elif self.mode == ViewMode.MONTH:
            self.set_focus_day(self.focus_day + timedelta(days=-7 if key == Qt.Key.Key_Up else 7))
        else:
            return False  # Up/Down scroll the hours
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._handle_key(event):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and self._handle_key(event):  # type: ignore[arg-type]
            return True
        return super().eventFilter(watched, event)

    # --- data ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Compute the range for the mode and focus day and load what it shows."""
        self.days = visible_days(self.mode, self.focus_day)
        if self.mode == ViewMode.MONTH:
            self.month.set_days(self.days, self.focus_day.month)
        else:
            self.week.set_days(self.days)
        self._show_title()
        self._show_focus()
        if not self.isVisible():
            self._stale = True
            return
        self.load()

    def load(self) -> None:
        self._stale = False
        started = clock.perf_counter()
        start = datetime.combine(self.days[0], time())
        end = datetime.combine(self.days[-1] + timedelta(days=1), time())
        self.occurrences = service.occurrences(self._session.db, start, end)
        view = self.month if self.mode == ViewMode.MONTH else self.week
        view.set_occurrences(self.occurrences)
        self.last_load_ms = (clock.perf_counter() - started) * 1000

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.load()

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.appointments or changes.clients:
            if self.isVisible():
                self.load()
            else:
                self._stale = True

    def _show_title(self) -> None:
        if self.days:
            self.title.setText(range_title(self.mode, self.days, self.focus_day))

    def _show_focus(self) -> None:
        self.month.focus_day = self.focus_day
        self.week.header.focus_day = self.focus_day
        self.month.update()
        self.week.header.update()

    # --- dialogs and drags ---------------------------------------------------------------

    def open_new(
        self, start: datetime | None = None, end: datetime | None = None, *, all_day: bool = False
    ) -> AppointmentDialog:
        if start is None:
            now = datetime.now()
            day = self.focus_day
            hour = now.hour + 1 if day == now.date() and 7 <= now.hour < 20 else 9
            start = datetime.combine(day, time(hour))
        return self._show_dialog(
            AppointmentDialog(self._session, self, start=start, end=end, all_day=all_day)
        )

    def open_occurrence(self, occ: Occurrence) -> AppointmentDialog:
        return self._show_dialog(AppointmentDialog(self._session, self, occurrence=occ))

    def _show_dialog(self, dialog: AppointmentDialog) -> AppointmentDialog:
        if self.dialog is not None:
            self.dialog.close()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.write_note_requested.connect(self.write_note_requested)
        dialog.destroyed.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self) -> None:
        self.dialog = None

    def _move(self, occ: Occurrence, start: datetime, end: datetime) -> None:
        actions.move(self, self._session, occ, start, end)

"""Plan or change an appointment; the dialog stores it itself and says what changed.

For an occurrence of a series, Save, Cancel appointment and Delete first ask which occurrences
are meant (``ask_scope``). Overlaps are allowed but shown live under the times. "Write session
note" stores a row for the occurrence (``materialise``) and asks the window to open the note.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.agenda import AppointmentDraft, Occurrence
from coachdesk.domain.models import AppointmentKind, AppointmentStatus
from coachdesk.domain.recurrence import from_rrule
from coachdesk.ui.agenda import actions
from coachdesk.ui.agenda.client_picker import ClientPicker
from coachdesk.ui.agenda.common import WARNING, fmt_span, kind_label, status_label
from coachdesk.ui.agenda.repeat_editor import RepeatEditor
from coachdesk.ui.clients.labels import date_format, from_qdate, to_qdate
from coachdesk.ui.clients.widgets import FieldError
from coachdesk.ui.session import AppSession

OVERLAP_DELAY_MS = 200


class AppointmentDialog(QDialog):
    write_note_requested = Signal(int, int)  # client id, appointment id

    def __init__(
        self,
        session: AppSession,
        parent: QWidget,
        *,
        occurrence: Occurrence | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        all_day: bool = False,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.occurrence = occurrence
        self._build()
        if occurrence is not None:
            self._load(occurrence)
        else:
            start = start or datetime.combine(date.today(), time(9))
            self._set_times(start, end or start + timedelta(hours=1), all_day)
        self._overlap_timer = QTimer(self)
        self._overlap_timer.setSingleShot(True)
        self._overlap_timer.setInterval(OVERLAP_DELAY_MS)
        self._overlap_timer.timeout.connect(self.check_overlap)
        for signal in (
            self.day.dateChanged,
            self.start_time.timeChanged,
            self.end_time.timeChanged,
            self.all_day.toggled,
        ):
            signal.connect(lambda *_a: self._overlap_timer.start())
        self.day.dateChanged.connect(lambda d: self.repeat.set_start(from_qdate(d)))
        self.all_day.toggled.connect(self._all_day_toggled)
        self.client.currentTextChanged.connect(lambda _t: self._update_note_button())
        self.retranslate()
        self.check_overlap()

    def _build(self) -> None:
        self.title = QLineEdit(self)
        self.title.setMaxLength(300)
        self.kind = QComboBox(self)
        for kind in AppointmentKind:
            self.kind.addItem("", kind.value)
        self.status = QComboBox(self)
        for status in AppointmentStatus:
            self.status.addItem("", status.value)
        self.client = ClientPicker(self._session, self)
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.start_time = QTimeEdit(self)
        self.end_time = QTimeEdit(self)
        for edit in (self.start_time, self.end_time):
            edit.setDisplayFormat("HH:mm")
        self.all_day = QCheckBox(self)
        self.repeat = RepeatEditor(self)
        self.location = QLineEdit(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 4)
        self.overlap = QLabel(self)
        self.overlap.setWordWrap(True)
        self.overlap.setStyleSheet(f"color: {WARNING.name()};")
        self.banner = FieldError(self)

        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind, 1)
        self.status_label = QLabel(self)
        kind_row.addWidget(self.status_label)
        kind_row.addWidget(self.status, 1)
        when = QHBoxLayout()
        self.dash = QLabel("–", self)
        for widget in (self.day, self.start_time, self.dash, self.end_time, self.all_day):
            when.addWidget(widget)
        when.addStretch(1)
        self._labels = [QLabel(self) for _ in range(7)]
        form = QFormLayout()
        rows = (self.title, kind_row, self.client, when, self.repeat, self.location, self.notes)
        for label, row in zip(self._labels, rows, strict=True):
            form.addRow(label, row)
        form.addRow("", self.overlap)
        for label, buddy in zip(self._labels, (self.title, self.kind, self.client, self.day,
                                               self.repeat.frequency, self.location, self.notes),
                                strict=True):  # fmt: skip
            label.setBuddy(buddy)

        self.note_button = QPushButton(self)
        self.note_button.clicked.connect(self.write_note)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel_appointment)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete_appointment)
        existing = self.occurrence is not None
        self.cancel_button.setVisible(existing)
        self.delete_button.setVisible(existing)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        for button in (self.note_button, self.cancel_button, self.delete_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addLayout(bottom)
        self.setMinimumWidth(620)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

    def retranslate(self) -> None:
        editing = self.occurrence is not None
        self.setWindowTitle(self.tr("Edit appointment") if editing else self.tr("New appointment"))
        texts = (
            self.tr("&Title"),
            self.tr("&Kind"),
            self.tr("C&lient"),
            self.tr("&When"),
            self.tr("&Repeat"),
            self.tr("L&ocation"),
            self.tr("&Notes"),
        )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("e.g. Session with Anna"))
        for index in range(self.kind.count()):
            self.kind.setItemText(index, kind_label(AppointmentKind(self.kind.itemData(index))))
        for index in range(self.status.count()):
            self.status.setItemText(
                index, status_label(AppointmentStatus(self.status.itemData(index)))
            )
        self.kind.setAccessibleName(self.tr("Kind"))
        self.status_label.setText(self.tr("&Status"))
        self.status_label.setBuddy(self.status)
        self.status.setAccessibleName(self.tr("Status"))
        self.day.setDisplayFormat(date_format())
        self.day.setAccessibleName(self.tr("Date"))
        self.start_time.setAccessibleName(self.tr("Start time"))
        self.end_time.setAccessibleName(self.tr("End time"))
        self.all_day.setText(self.tr("All day"))
        self.location.setPlaceholderText(self.tr("Address or video link"))
        self.location.setAccessibleName(self.tr("Location or video link"))
        self.notes.setAccessibleName(self.tr("Notes"))
        self.note_button.setText(self.tr("Write session note"))
        self.note_button.setToolTip(
            self.tr("Open the client's dossier at a note for this appointment")
        )
        self.cancel_button.setText(self.tr("Cancel appointment…"))
        self.delete_button.setText(self.tr("Delete…"))
        self._update_note_button()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- values --------------------------------------------------------------------------

    def _load(self, occ: Occurrence) -> None:
        source = occ.source
        self.title.setText(source.title)
        self.kind.setCurrentIndex(self.kind.findData(source.kind.value))
        self.status.setCurrentIndex(self.status.findData(source.status.value))
        self.client.set_client_id(source.client_id)
        self.location.setText(source.location)
        self.notes.setPlainText(source.notes)
        self._set_times(occ.start, occ.end, source.all_day)
        if source.rrule:
            rule = from_rrule(source.rrule, source.starts_at, tzid=source.tzid)
            self.repeat.set_rule(rule, custom=rule is None)
        self.repeat.setEnabled(occ.is_recurring is False or bool(source.rrule))

    def _set_times(self, start: datetime, end: datetime, all_day: bool) -> None:
        self.day.setDate(to_qdate(start.date()))
        self.repeat.set_start(start.date())
        self.start_time.setTime(QTime(start.hour, start.minute))
        self.end_time.setTime(QTime(end.hour, end.minute))
        self.all_day.setChecked(all_day)
        self._all_day_toggled(all_day)

    def _all_day_toggled(self, checked: bool) -> None:
        for widget in (self.start_time, self.dash, self.end_time):
            widget.setVisible(not checked)

    def times(self) -> tuple[datetime, datetime]:
        day = from_qdate(self.day.date())
        if self.all_day.isChecked():
            start = datetime.combine(day, time())
            return start, start + timedelta(days=1)
        start_q, end_q = self.start_time.time(), self.end_time.time()
        start = datetime.combine(day, time(start_q.hour(), start_q.minute()))
        end = datetime.combine(day, time(end_q.hour(), end_q.minute()))
        return start, end

    def draft(self) -> AppointmentDraft:
        start, end = self.times()
        source = self.occurrence.source if self.occurrence else None
        client_id = self.client.client_id()
        keep_trajectory = source is not None and source.client_id == client_id
        return AppointmentDraft(
            title=self.title.text().strip(),
            start=start,
            end=end,
            kind=AppointmentKind(self.kind.currentData()),
            status=AppointmentStatus(self.status.currentData()),
            all_day=self.all_day.isChecked(),
            tzid=source.tzid if source else AppointmentDraft.__dataclass_fields__["tzid"].default,
            client_id=client_id,
            trajectory_id=source.trajectory_id if keep_trajectory and source else None,
            location=self.location.text().strip(),
            notes=self.notes.toPlainText(),
            recurrence=self.repeat.rule(),
        )

    def check_overlap(self) -> None:
        """Show, without blocking, which appointments the chosen time overlaps."""
        self._overlap_timer.stop()
        start, end = self.times()
        others = (
            []
            if self.all_day.isChecked() or end <= start
            else actions.overlapping(self._session.db, start, end, self.occurrence)
        )
        if not others:
            self.overlap.setText("")
            self.overlap.hide()
            return
        names = "; ".join(f"{fmt_span(o.start, o.end)} {o.source.title}" for o in others[:3])
        more = len(others) - 3
        if more > 0:
            names += " " + self.tr("and %1 more").replace("%1", str(more))
        self.overlap.setText("⚠ " + self.tr("Overlaps with %1").replace("%1", names))
        self.overlap.show()

    def _update_note_button(self) -> None:
        self.note_button.setEnabled(self.client.client_id() is not None)

    # --- actions (stored through ``actions``, which also broadcasts the change) -----------

    def save(self) -> None:
        self.banner.show_message("")
        if actions.save(self, self._session, self.occurrence, self.draft()) is not None:
            self.accept()

    def write_note(self) -> None:
        self.banner.show_message("")
        found = actions.note_target(self, self._session, self.occurrence, self.draft())
        if found is not None:
            self.accept()
            self.write_note_requested.emit(*found)

    def cancel_appointment(self) -> None:
        if self.occurrence is not None and actions.cancel(self, self._session, self.occurrence):
            self.accept()

    def delete_appointment(self) -> None:
        if self.occurrence is not None and actions.delete(self, self._session, self.occurrence):
            self.accept()

    def show_error(self, text: str) -> None:
        self.banner.show_message(text)

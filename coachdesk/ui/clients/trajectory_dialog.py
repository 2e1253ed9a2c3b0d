"""Add or edit a trajectory: title, goal, period, agreed sessions, sponsor and payer."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from coachdesk.domain.errors import CoachDeskError, ValidationError
from coachdesk.domain.models import Trajectory
from coachdesk.services.dossier import save_trajectory
from coachdesk.ui.clients.labels import date_format, from_qdate, to_qdate
from coachdesk.ui.clients.widgets import FieldError, error_text
from coachdesk.ui.dialogs import frame_save_dialog
from coachdesk.ui.i18n import tr_field_error
from coachdesk.ui.session import AppSession, Changes

_NO_DATE = QDate(1999, 12, 31)  # minimum of the date fields, shown as "Not set" / "Open"


class TrajectoryDialog(QDialog):
    saved = Signal(int)

    def __init__(
        self, session: AppSession, client_id: int, trajectory: Trajectory | None, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._client_id = client_id
        self._trajectory = trajectory
        self.title = QLineEdit(self)
        self.title.setMaxLength(200)
        self.goal = QPlainTextEdit(self)
        self.goal.setTabChangesFocus(True)
        self.goal.setFixedHeight(self.fontMetrics().height() * 5)
        self.start = self._date_edit()
        self.end = self._date_edit()
        self.sessions = QSpinBox(self)
        self.sessions.setRange(0, 500)
        self.sponsor = QLineEdit(self)
        self.payer = QLineEdit(self)
        self.errors = {"title": FieldError(self), "end_date": FieldError(self)}
        self.banner = FieldError(self)
        self._labels = [QLabel(self) for _ in range(7)]
        form = QFormLayout()
        for label, field, error in zip(
            self._labels,
            (self.title, self.goal, self.start, self.end, self.sessions, self.sponsor, self.payer),
            ("title", None, None, "end_date", None, None, None),
            strict=True,
        ):
            label.setBuddy(field)
            form.addRow(label, field)
            if error:
                form.addRow("", self.errors[error])
        self.buttons = frame_save_dialog(self, self.banner, form, min_width=480)
        if trajectory is None:
            self.start.setDate(QDate.currentDate())
        else:
            self._load(trajectory)
        self.retranslate()

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(_NO_DATE)
        edit.setDate(_NO_DATE)
        return edit

    def _load(self, t: Trajectory) -> None:
        self.title.setText(t.title)
        self.goal.setPlainText(t.goal)
        self.start.setDate(to_qdate(t.start_date) if t.start_date else _NO_DATE)
        self.end.setDate(to_qdate(t.end_date) if t.end_date else _NO_DATE)
        self.sessions.setValue(t.agreed_sessions or 0)
        self.sponsor.setText(t.sponsor)
        self.payer.setText(t.payer)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("New trajectory") if self._trajectory is None else self.tr("Edit trajectory")
        )
        texts = (
            self.tr("&Title"),
            self.tr("&Goal"),
            self.tr("&Start"),
            self.tr("&End"),
            self.tr("Agreed &sessions"),
            self.tr("S&ponsor"),
            self.tr("Pa&yer"),
        )
        fields = (
            self.title,
            self.goal,
            self.start,
            self.end,
            self.sessions,
            self.sponsor,
            self.payer,
        )
        for label, text, field in zip(self._labels, texts, fields, strict=True):
            label.setText(text)
            field.setAccessibleName(text.replace("&", ""))
        self.title.setPlaceholderText(self.tr("e.g. Career coaching 2026"))
        self.start.setDisplayFormat(date_format())
        self.end.setDisplayFormat(date_format())
        self.start.setSpecialValueText(self.tr("Not set"))
        self.end.setSpecialValueText(self.tr("Open"))
        self.sessions.setSpecialValueText(self.tr("Not agreed"))
        self.sponsor.setPlaceholderText(self.tr("Employer or organisation that commissioned it"))
        self.payer.setPlaceholderText(self.tr("Who pays, if not the sponsor"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def save(self) -> None:
        for label in (*self.errors.values(), self.banner):
            label.show_message("")

        def day(edit: QDateEdit):  # type: ignore[no-untyped-def]
            return None if edit.date() == _NO_DATE else from_qdate(edit.date())

        try:
            saved = save_trajectory(
                self._session.db,
                self._client_id,
                self._trajectory.id if self._trajectory else None,
                title=self.title.text(),
                goal=self.goal.toPlainText(),
                start_date=day(self.start),
                end_date=day(self.end),
                agreed_sessions=self.sessions.value() or None,
                sponsor=self.sponsor.text(),
                payer=self.payer.text(),
            )
        except ValidationError as exc:
            for name, message in exc.fields.items():
                self.errors.get(name, self.banner).show_message(tr_field_error(message))
            return
        except CoachDeskError as exc:
            self.banner.show_message(error_text(exc))
            return
        self._session.notify(Changes(clients=True, client_id=self._client_id), initiator=self)
        self.saved.emit(saved.id)
        self.accept()

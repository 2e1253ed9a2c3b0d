"""The note editor, which saves by itself: a second after typing stops, on leaving a field,
on switching note or tab, and when it is hidden (window closed, page changed, vault locking).

"Saved 14:02" appears only after the transaction committed, so what the coach sees as saved
survives a crash (promise 7). A new note is written on its first edit; a template picked and
never touched leaves no empty note behind.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QHideEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.models import Note
from coachdesk.domain.note_templates import CONTEXT, template
from coachdesk.services.dossier import create_note, update_note
from coachdesk.ui.clients.labels import date_format, fmt_datetime, fmt_time, from_qdate, to_qdate
from coachdesk.ui.clients.widgets import error_text
from coachdesk.ui.session import AppSession, Changes


class NoteEditor(QWidget):
    """Edits one note (or a new one for ``client_id``); emits ``saved(note, created)``."""

    saved = Signal(object, bool)
    save_failed = Signal(str)

    AUTOSAVE_MS = 1000

    def __init__(self, session: AppSession, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self._client_id: int | None = None
        self._note: Note | None = None
        self._template = "free"
        self._appointment_id: int | None = None
        self._dirty = False
        self._loading = False
        self._last_saved: Note | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)
        self._build()
        self.retranslate()
        self.clear()

    def _build(self) -> None:
        self.title = QLineEdit(self)
        self.title.setMaxLength(200)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.special = QCheckBox(self)
        self.body = QPlainTextEdit(self)
        self.body.setTabChangesFocus(True)
        self.times = QLabel(self)
        self.state = QLabel(self)
        self.state.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for signal in (
            self.title.textEdited,
            self.body.textChanged,
            self.date.dateChanged,
            self.special.toggled,
        ):
            signal.connect(self._edited)
        for widget in (self.title, self.body, self.date):
            widget.installEventFilter(self)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title, 0, 0, 1, 3)
        layout.addWidget(self.date, 1, 0)
        layout.addWidget(self.special, 1, 1, 1, 2)
        layout.addWidget(self.body, 2, 0, 1, 3)
        layout.addWidget(self.times, 3, 0, 1, 2)
        layout.addWidget(self.state, 3, 2)
        layout.setColumnStretch(1, 1)
        layout.setRowStretch(2, 1)
        QWidget.setTabOrder(self.title, self.date)
        QWidget.setTabOrder(self.date, self.special)
        QWidget.setTabOrder(self.special, self.body)

    def retranslate(self) -> None:
        self.title.setPlaceholderText(self.tr("Title"))
        self.title.setAccessibleName(self.tr("Note title"))
        self.date.setAccessibleName(self.tr("Note date"))
        self.date.setDisplayFormat(date_format())
        self.date.setToolTip(self.tr("The date of the session or event the note is about"))
        self.special.setText(self.tr("Contains special-category data (e.g. health)"))
        self.special.setToolTip(
            self.tr("Health and other special-category data need the client's explicit consent.")
        )
        self.body.setAccessibleName(self.tr("Note text"))
        self.body.setPlaceholderText(self.tr("Write the note here. It is saved as you type."))
        self._show_times()
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- what is being edited -------------------------------------------------------------

    @property
    def note(self) -> Note | None:
        return self._note

    @property
    def client_id(self) -> int | None:
        return self._client_id

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    def clear(self) -> None:
        """Nothing to edit (no client, or a client without notes)."""
        self._set_fields(None, None, "", "", date.today(), False)
        self.setEnabled(False)

    def load_note(self, note: Note) -> None:
        self._set_fields(
            note.client_id, note, note.title, note.body, note.note_date, note.special_category
        )
        self._template = note.template
        self._appointment_id = note.appointment_id
        self.setEnabled(True)

    def start_new(
        self,
        client_id: int,
        template_key: str,
        *,
        appointment_id: int | None = None,
        on: date | None = None,
    ) -> None:
        """A new note from a template, written to the vault on its first edit.

        From the agenda, *appointment_id* links the note to its session (so the "note missing"
        task clears) and *on* dates it on the session's day.
        """
        chosen = template(template_key)
        title = QCoreApplication.translate(CONTEXT, chosen.title) if chosen.title else ""
        body = QCoreApplication.translate(CONTEXT, chosen.body) if chosen.body else ""
        self._set_fields(client_id, None, title, body, on or date.today(), False)
        self._template = chosen.key
        self._appointment_id = appointment_id
        self.setEnabled(True)
        self.body.setFocus(Qt.FocusReason.OtherFocusReason)
        self.body.moveCursor(self.body.textCursor().MoveOperation.Start)
        self.body.moveCursor(self.body.textCursor().MoveOperation.EndOfLine)

    def _set_fields(
        self,
        client_id: int | None,
        note: Note | None,
        title: str,
        body: str,
        on: date,
        special: bool,
    ) -> None:
        self._timer.stop()
        self._loading = True
        try:
            self._client_id, self._note = client_id, note
            self.title.setText(title)
            self.body.setPlainText(body)
            self.date.setDate(to_qdate(on))
            self.special.setChecked(special)
        finally:
            self._loading = False
        self._dirty = False
        self._last_saved = None
        self._show_times()
        self._show_state()

    # --- saving ---------------------------------------------------------------------------

    def _edited(self, *_args: object) -> None:
        if self._loading or self._client_id is None:
            return
        self._dirty = True
        self._show_state()
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self._dirty:
            self.save_now()
        return super().eventFilter(watched, event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_now()
        super().hideEvent(event)

    def save_now(self) -> bool:
        """Write pending edits; True when nothing is left unsaved."""
        self._timer.stop()
        if not self._dirty or self._client_id is None:
            return True
        fields = {
            "title": self.title.text(),
            "body": self.body.toPlainText(),
            "note_date": from_qdate(self.date.date()),
            "special_category": self.special.isChecked(),
        }
        try:
            if self._note is None:
                note = create_note(
                    self._session.db,
                    self._client_id,
                    template=self._template,
                    appointment_id=self._appointment_id,
                    **fields,  # type: ignore[arg-type]
                )
                created = True
            else:
                note = update_note(self._session.db, self._note.id, **fields)  # type: ignore[arg-type]
                created = False
        except CoachDeskError as exc:
            self.state.setText(self.tr("Not saved"))
            self.save_failed.emit(error_text(exc))
            return False
        self._note, self._last_saved, self._dirty = note, note, False
        self._show_times()
        self._show_state()
        self._session.notify(Changes(notes=True, client_id=note.client_id), initiator=self)
        self.saved.emit(note, created)
        return True

    def _show_times(self) -> None:
        note = self._note
        if note is None:
            self.times.setText(self.tr("New note") if self._client_id is not None else "")
            return
        created = fmt_datetime(note.created_at)
        modified = fmt_datetime(note.updated_at)
        if created == modified:
            self.times.setText(self.tr("Created %1").replace("%1", created))
        else:
            self.times.setText(
                self.tr("Created %1 · modified %2").replace("%1", created).replace("%2", modified)
            )

    def _show_state(self) -> None:
        if self._dirty:
            self.state.setText(self.tr("Editing…"))
        elif self._last_saved is not None and self._note is not None:
            self.state.setText(self.tr("Saved %1").replace("%1", fmt_time(self._note.updated_at)))
        else:
            self.state.setText("")
        self.state.setAccessibleName(self.state.text())

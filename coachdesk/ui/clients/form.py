"""The new/edit client dialog, with messages next to the fields they are about.

Checks that need no database (e-mail, phone, postcode) run when a field is left, using the
same domain functions the service uses; on Save the service validates everything again and its
``ValidationError.fields`` are shown under the fields they name.
"""

from __future__ import annotations

import itertools
from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import CoachDeskError, ValidationError
from coachdesk.domain.models import Client, ClientDraft, ClientStatus
from coachdesk.domain.validation import (
    MSG_EMAIL,
    MSG_PHONE,
    MSG_POSTCODE,
    NAME_LIMIT,
    TEXT_LIMIT,
    normalise_email,
    normalise_phone,
    normalise_postcode,
)
from coachdesk.services.clients import create_client, update_client
from coachdesk.ui.clients.labels import date_format, from_qdate, status_label, to_qdate
from coachdesk.ui.clients.widgets import FieldError, error_text
from coachdesk.ui.dialogs import frame_save_dialog
from coachdesk.ui.i18n import tr_field_error
from coachdesk.ui.session import AppSession, Changes

_NOT_SET = QDate(1899, 12, 31)  # the QDateEdit minimum, shown as "Not set"
_LINE_FIELDS = (
    "first_name",
    "tussenvoegsel",
    "last_name",
    "preferred_name",
    "email",
    "phone",
    "street",
    "postcode",
    "city",
    "country",
    "organisation",
    "referral_source",
    "tags",
)


class ClientFormDialog(QDialog):
    """Create a client (``client`` None) or edit one; emits ``saved(client_id)``."""

    saved = Signal(int)

    def __init__(self, session: AppSession, client: Client | None, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self._client = client
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, FieldError] = {}
        self._labels: dict[str, QLabel] = {}
        self._build()
        self.retranslate()
        if client is not None:
            self._load(client)

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        limits = {"country": 2, "tags": 300, "email": 254, "phone": 30, "postcode": 12}
        for name in _LINE_FIELDS:
            edit = QLineEdit(self)
            edit.setMaxLength(limits.get(name, NAME_LIMIT if "name" in name else TEXT_LIMIT))
            edit.textEdited.connect(lambda _text, n=name: self.errors[n].show_message(""))
            self.edits[name] = edit
        self.edits["country"].setText("NL")
        self.edits["country"].setMaximumWidth(60)
        for name in ("email", "phone", "postcode"):
            self.edits[name].editingFinished.connect(lambda n=name: self._check_field(n))
        self.birth = QDateEdit(self)
        self.birth.setCalendarPopup(True)
        self.birth.setMinimumDate(_NOT_SET)
        self.birth.setMaximumDate(QDate.currentDate())
        self.birth.setDate(_NOT_SET)
        self.clear_birth = QToolButton(self)
        self.clear_birth.setText("×")
        self.clear_birth.clicked.connect(lambda: self.birth.setDate(_NOT_SET))
        self.status = QComboBox(self)
        for status in ClientStatus:
            self.status.addItem("", status)
        for name in (*_LINE_FIELDS, "date_of_birth", "status"):
            self.errors[name] = FieldError(self)
        self.banner = FieldError(self)

        self.person_box = QGroupBox(self)
        person = QFormLayout(self.person_box)
        for name in ("first_name", "tussenvoegsel", "last_name", "preferred_name"):
            self._row(person, name, self.edits[name])
        birth_row = QWidget(self)
        birth_layout = QHBoxLayout(birth_row)
        birth_layout.setContentsMargins(0, 0, 0, 0)
        birth_layout.addWidget(self.birth, 1)
        birth_layout.addWidget(self.clear_birth)
        self._row(person, "date_of_birth", birth_row)
        self._row(person, "status", self.status)
        self._row(person, "tags", self.edits["tags"])

        self.contact_box = QGroupBox(self)
        contact = QFormLayout(self.contact_box)
        for name in (
            "email",
            "phone",
            "street",
            "postcode",
            "city",
            "country",
            "organisation",
            "referral_source",
        ):
            self._row(contact, name, self.edits[name])

        columns = QHBoxLayout()
        columns.addWidget(self.person_box, 1)
        columns.addWidget(self.contact_box, 1)
        self.buttons = frame_save_dialog(self, self.banner, columns, min_width=760)
        order = [
            self.edits[n] for n in ("first_name", "tussenvoegsel", "last_name", "preferred_name")
        ]
        order += [self.birth, self.clear_birth, self.status, self.edits["tags"]]
        order += [
            self.edits[n]
            for n in (
                "email",
                "phone",
                "street",
                "postcode",
                "city",
                "country",
                "organisation",
                "referral_source",
            )
        ]
        order.append(self.buttons)
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _row(self, form: QFormLayout, name: str, field: QWidget) -> None:
        """A label, the field, and its error message right under it."""
        cell = QWidget(self)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(field)
        box.addWidget(self.errors[name])
        label = QLabel(self)
        label.setBuddy(field)
        self._labels[name] = label
        form.addRow(label, cell)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("New client") if self._client is None else self.tr("Edit client")
        )
        self.person_box.setTitle(self.tr("Person"))
        self.contact_box.setTitle(self.tr("Contact and practice"))
        texts = {
            "first_name": self.tr("&First name"),
            "tussenvoegsel": self.tr("Tussen&voegsel"),
            "last_name": self.tr("&Last name"),
            "preferred_name": self.tr("Pre&ferred name"),
            "date_of_birth": self.tr("Date of &birth"),
            "status": self.tr("St&atus"),
            "tags": self.tr("Ta&gs"),
            "email": self.tr("&E-mail"),
            "phone": self.tr("&Phone"),
            "street": self.tr("Stree&t and number"),
            "postcode": self.tr("Post&code"),
            "city": self.tr("C&ity"),
            "country": self.tr("Co&untry"),
            "organisation": self.tr("&Organisation / sponsor"),
            "referral_source": self.tr("&Referred by"),
        }
        for name, text in texts.items():
            self._labels[name].setText(text)
            plain = text.replace("&", "")
            widget = (
                self.birth
                if name == "date_of_birth"
                else (self.status if name == "status" else self.edits[name])
            )
            widget.setAccessibleName(plain)
        self.edits["tussenvoegsel"].setPlaceholderText(self.tr("e.g. van der"))
        self.edits["tags"].setPlaceholderText(self.tr("Comma-separated, e.g. burnout, career"))
        self.edits["email"].setPlaceholderText(self.tr("name@example.nl"))
        self.edits["country"].setToolTip(self.tr("Two-letter country code, e.g. NL or BE"))
        self.birth.setDisplayFormat(date_format())
        self.birth.setSpecialValueText(self.tr("Not set"))
        self.clear_birth.setToolTip(self.tr("Clear the date of birth"))
        self.clear_birth.setAccessibleName(self.tr("Clear the date of birth"))
        for i in range(self.status.count()):
            self.status.setItemText(i, status_label(ClientStatus(self.status.itemData(i))))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            self.tr("Save (%1)").replace(
                "%1",
                QKeySequence(QKeySequence.StandardKey.Save).toString(
                    QKeySequence.SequenceFormat.NativeText
                ),
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- data -----------------------------------------------------------------------------

    def _load(self, client: Client) -> None:
        for name in _LINE_FIELDS:
            value = ", ".join(client.tags) if name == "tags" else getattr(client, name)
            self.edits[name].setText(value)
        self.birth.setDate(to_qdate(client.date_of_birth) if client.date_of_birth else _NOT_SET)
        self.status.setCurrentIndex(list(ClientStatus).index(client.status))

    def draft(self) -> ClientDraft:
        """What the coach typed, not yet validated."""
        text = {name: self.edits[name].text() for name in _LINE_FIELDS}
        tags = tuple(t.strip() for t in text.pop("tags").split(",") if t.strip())
        birth = None if self.birth.date() == _NOT_SET else from_qdate(self.birth.date())
        return ClientDraft(
            **text, date_of_birth=birth, status=ClientStatus(self.status.currentData()), tags=tags
        )

    def _check_field(self, name: str) -> None:
        """Instant feedback when leaving a field, with the service's own rules."""
        value = self.edits[name].text()
        ok = {
            "email": lambda: normalise_email(value) is not None,
            "phone": lambda: normalise_phone(value) is not None,
            "postcode": lambda: (
                normalise_postcode(value, self.edits["country"].text() or "NL") is not None
            ),
        }[name]()
        message = {"email": MSG_EMAIL, "phone": MSG_PHONE, "postcode": MSG_POSTCODE}[name]
        self.errors[name].show_message("" if ok else tr_field_error(message))
        self._fit_height()

    def save(self) -> None:
        """Validate and store; on errors keep the dialog open with the messages in place."""
        for error in self.errors.values():
            error.show_message("")
        self.banner.show_message("")
        try:
            if self._client is None:
                client = create_client(self._session.db, self.draft(), today=date.today())
            else:
                client = update_client(self._session.db, self._client.id, self.draft())
        except ValidationError as exc:
            self._show_field_errors(exc.fields)
            return
        except CoachDeskError as exc:
            self.banner.show_message(error_text(exc))
            return
        self._client = client
        self._session.notify(Changes(clients=True, client_id=client.id), initiator=self)
        self.saved.emit(client.id)
        self.accept()

    def _show_field_errors(self, fields: dict[str, str]) -> None:
        first: QWidget | None = None
        for name, message in fields.items():
            label = self.errors.get(name)
            if label is None:  # a field this form does not show: say it at the top
                self.banner.show_message(tr_field_error(message))
                continue
            label.show_message(tr_field_error(message))
            if first is None:
                first = {"date_of_birth": self.birth, "status": self.status}.get(name) or (
                    self.edits[name]
                )
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow so that wrapped messages are not cut off (a dialog does not do it by itself)."""
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

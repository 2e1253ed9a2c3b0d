"""Practice details: the letterhead of every document CoachDesk makes, and an optional logo.

Checks run while typing (Next stays disabled until the required fields are filled and nothing
is wrong); the message under a field appears when the coach leaves it, so nobody is scolded
halfway through typing. The same domain checks run again in the service when saving.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from coachdesk.domain.errors import CoachDeskError, UserError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.domain.models import Practice
from coachdesk.domain.validation import (
    MSG_EMAIL,
    MSG_PHONE,
    MSG_POSTCODE,
    TEXT_LIMIT,
    clean_text,
    normalise_email,
    normalise_phone,
    normalise_postcode,
)
from coachdesk.services.settings import MSG_KVK, MSG_PRACTICE_NAME
from coachdesk.services.setup import LOGO_MAX_BYTES
from coachdesk.ui.background import run_in_background
from coachdesk.ui.wizard.common import FieldHint, muted

MSG_COACH_NAME = QT_TRANSLATE_NOOP("Validation", "Enter your name.")
MSG_NOT_IMAGE = QT_TRANSLATE_NOOP(
    "Errors", "This file is not an image CoachDesk can use. Choose a PNG or JPEG."
)
LOGO_MAX_SIDE = 1024
FIELDS = ("name", "coach_name", "street", "postcode", "city", "kvk", "email", "phone")
REQUIRED = {"name": MSG_PRACTICE_NAME, "coach_name": MSG_COACH_NAME}


def _kvk(value: str) -> str | None:
    digits = clean_text(value).replace(" ", "")
    return digits if not digits or (digits.isdigit() and len(digits) == 8) else None


CHECKS: dict[str, tuple[Callable[[str], str | None], str]] = {
    "postcode": (normalise_postcode, MSG_POSTCODE),
    "kvk": (_kvk, MSG_KVK),
    "email": (normalise_email, MSG_EMAIL),
    "phone": (normalise_phone, MSG_PHONE),
}


def load_logo(path: Path) -> tuple[bytes, QImage]:
    """Read an image (in a worker), shrink it to at most 1024 px and return it as PNG bytes."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > LOGO_MAX_SIDE:
        keep = Qt.AspectRatioMode.KeepAspectRatio
        reader.setScaledSize(size.scaled(LOGO_MAX_SIDE, LOGO_MAX_SIDE, keep))
    image = reader.read()
    if image.isNull():
        raise UserError(MSG_NOT_IMAGE)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    png = bytes(data.data())
    if len(png) > LOGO_MAX_BYTES:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The logo is too large; choose an image under 2 MB.")
        )
    return png, image


class PracticePage(QWizardPage):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.edits: dict[str, QLineEdit] = {}
        self.hints: dict[str, FieldHint] = {}
        self.labels: dict[str, QLabel] = {}
        for name in FIELDS:
            edit = QLineEdit(self)
            edit.setMaxLength(TEXT_LIMIT)
            edit.textChanged.connect(lambda _t, n=name: self._edited(n))
            edit.editingFinished.connect(lambda n=name: self._check(n, show=True))
            self.edits[name] = edit
            self.hints[name] = FieldHint(self)
            self.labels[name] = QLabel(self)
            self.labels[name].setBuddy(edit)
        self.edits["postcode"].setMaximumWidth(110)
        self.edits["kvk"].setMaximumWidth(160)
        self.logo: bytes | None = None
        self.logo_label = QLabel(self)
        self.logo_preview = QLabel(self)
        self.logo_preview.setFixedSize(QSize(144, 48))
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.logo_button = QPushButton(self)
        self.logo_button.clicked.connect(self._choose_logo)
        self.logo_remove = QPushButton(self)
        self.logo_remove.clicked.connect(self._remove_logo)
        self.logo_hint = FieldHint(self)
        self.required_note = muted(QLabel(self))
        self._build()
        self._show_logo(None)
        self.retranslate()

    def _build(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in ("name", "coach_name", "street"):
            form.addRow(self.labels[name], self._stack(self.edits[name], self.hints[name]))
        place = QHBoxLayout()
        place.addWidget(self.edits["postcode"])
        place.addWidget(self.edits["city"], 1)
        place_box = QVBoxLayout()
        place_box.setSpacing(2)
        place_box.addLayout(place)
        place_box.addWidget(self.hints["postcode"])
        place_box.addWidget(self.hints["city"])
        form.addRow(self.labels["postcode"], place_box)
        for name in ("kvk", "email", "phone"):
            form.addRow(self.labels[name], self._stack(self.edits[name], self.hints[name]))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_remove)
        logo_row.addStretch(1)
        logo_box = QVBoxLayout()
        logo_box.setSpacing(2)
        logo_box.addLayout(logo_row)
        logo_box.addWidget(self.logo_hint)
        form.addRow(self.logo_label, logo_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.required_note)

    @staticmethod
    def _stack(edit: QLineEdit, hint: FieldHint) -> QVBoxLayout:
        """The field with its hint below; a narrow field still gets a full-width hint."""
        row = QHBoxLayout()
        row.addWidget(edit, 0 if edit.maximumWidth() < 1000 else 1)
        if edit.maximumWidth() < 1000:
            row.addStretch(1)
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addLayout(row)
        box.addWidget(hint)
        return box

    # --- checks -----------------------------------------------------------------------------

    def _problem(self, name: str) -> str | None:
        text = self.edits[name].text()
        if name in REQUIRED and not clean_text(text):
            return REQUIRED[name]
        if name in CHECKS:
            check, message = CHECKS[name]
            if check(text) is None:
                return message
        return None

    def _check(self, name: str, *, show: bool) -> None:
        problem = self._problem(name)
        if problem is None:
            self.hints[name].clear()
            if show and name in CHECKS:  # show the normal form: "1015kd" becomes "1015 KD"
                normal = CHECKS[name][0](self.edits[name].text())
                if normal and normal != self.edits[name].text():
                    self.edits[name].setText(normal)
        elif show:
            self.hints[name].show_message("Validation", problem)

    def _edited(self, name: str) -> None:
        if self.hints[name].has_message:
            self._check(name, show=True)  # a shown problem disappears as soon as it is fixed
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return all(self._problem(name) is None for name in FIELDS)

    def practice(self) -> Practice:
        """The details in normal form (the page is complete, so every check passes)."""
        text = {name: clean_text(edit.text()) for name, edit in self.edits.items()}
        for name, (check, _) in CHECKS.items():
            text[name] = check(text[name]) or ""
        return Practice(**text)

    # --- logo -------------------------------------------------------------------------------

    def _choose_logo(self) -> None:
        filename, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if not filename:
            return
        self.logo_button.setEnabled(False)
        run_in_background(
            lambda: load_logo(Path(filename)),
            self._logo_loaded,
            self._logo_failed,
            parent=self,
            on_finished=lambda: self.logo_button.setEnabled(True),
        )

    def _logo_loaded(self, result: tuple[bytes, QImage]) -> None:
        self.logo, image = result
        self.logo_hint.clear()
        self._show_logo(image)

    def _logo_failed(self, error: CoachDeskError) -> None:
        self.logo_hint.show_error(error)

    def _remove_logo(self) -> None:
        self.logo = None
        self._show_logo(None)

    def _show_logo(self, image: QImage | None) -> None:
        if image is None:
            self.logo_preview.clear()
        else:
            pixmap = QPixmap.fromImage(image).scaled(
                self.logo_preview.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            self.logo_preview.setPixmap(pixmap)
        self.logo_preview.setVisible(image is not None)
        self.logo_remove.setVisible(image is not None)

    # --- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your practice"))
        self.setSubTitle(
            self.tr(
                "These details appear on every letter and report CoachDesk makes. You can "
                "change them later in Settings."
            )
        )
        labels = {
            "name": self.tr("Practice name *"),
            "coach_name": self.tr("Your name *"),
            "street": self.tr("Street and number"),
            "postcode": self.tr("Postcode and city"),
            "kvk": self.tr("KvK number"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
        }
        accessible = {
            "name": self.tr("Practice name"),
            "coach_name": self.tr("Your name"),
            "street": self.tr("Street and number"),
            "postcode": self.tr("Postcode"),
            "city": self.tr("City"),
            "kvk": self.tr("KvK number"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
        }
        for name, text in labels.items():
            self.labels[name].setText(text)
        for name, text in accessible.items():
            self.edits[name].setAccessibleName(text)
        self.edits["postcode"].setPlaceholderText(self.tr("1234 AB"))
        self.edits["city"].setPlaceholderText(self.tr("City"))
        self.edits["kvk"].setPlaceholderText(self.tr("8 digits"))
        self.edits["email"].setPlaceholderText(self.tr("name@example.nl"))
        self.logo_label.setText(self.tr("Logo"))
        self.logo_button.setText(self.tr("Choose logo…"))
        self.logo_button.setAccessibleName(self.tr("Choose a logo"))
        self.logo_remove.setText(self.tr("Remove"))
        self.logo_remove.setAccessibleName(self.tr("Remove the logo"))
        self.logo_preview.setAccessibleName(self.tr("Logo preview"))
        self.required_note.setText(self.tr("* required. The rest is optional."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

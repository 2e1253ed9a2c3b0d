"""First page: language, what setup will ask, or restoring a backup instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from coachdesk.ui import i18n
from coachdesk.ui.wizard.common import muted, wrapped

if TYPE_CHECKING:
    from coachdesk.ui.setup_wizard import SetupWizard

# Each language is named in itself, so a coach who cannot read the current one finds theirs.
LANGUAGES = (("nl", "Nederlands"), ("en", "English"))


class WelcomePage(QWizardPage):
    def __init__(self, owner: SetupWizard) -> None:
        super().__init__(owner)
        self._owner = owner
        self.language_label = QLabel(self)
        self.language = QComboBox(self)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language_label.setBuddy(self.language)
        self.intro = wrapped(QLabel(self))
        self.steps = wrapped(QLabel(self))
        self.printer_note = muted(QLabel(self))
        self.restore_button = QPushButton(self)
        self.restore_button.clicked.connect(owner.restore_requested)
        self.restore_note = muted(QLabel(self))

        language_row = QHBoxLayout()
        language_row.addWidget(self.language)
        language_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.language_label, language_row)
        restore_row = QHBoxLayout()
        restore_row.addWidget(self.restore_button)
        restore_row.addWidget(self.restore_note, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addWidget(self.steps)
        layout.addSpacing(6)
        layout.addWidget(self.printer_note)
        layout.addStretch(1)
        layout.addLayout(restore_row)

        self.select_language(i18n.current_language())
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.retranslate()

    def select_language(self, code: str) -> None:
        index = self.language.findData(code)
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(index, 0))
        self.language.blockSignals(False)

    def _language_chosen(self) -> None:
        """Switch the whole application live; every widget retranslates on LanguageChange."""
        code = str(self.language.currentData())
        i18n.set_language(code)
        self._owner.prefs.language = code

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to CoachDesk"))
        self.setSubTitle(self.tr("Set up your practice in a few minutes."))
        self.language_label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Language"))
        self.intro.setText(
            self.tr(
                "CoachDesk keeps your client files on this computer, encrypted. Without your key "
                "nobody can read them, not even someone who takes your laptop."
            )
        )
        self.steps.setText(
            "<p>"
            + self.tr("Setting up takes four steps:")
            + "</p><ol style='margin-left: 0px; -qt-list-indent: 1;'><li>"
            + self.tr("Your practice details, which appear on every document CoachDesk makes.")
            + "</li><li>"
            + self.tr("How CoachDesk is opened: with a passphrase, your computer login, or both.")
            + "</li><li>"
            + self.tr("Your recovery key, to print and keep in a safe place.")
            + "</li><li>"
            + self.tr("How long client data is kept before it is erased.")
            + "</li></ol>"
        )
        self.printer_note.setText(
            self.tr("Keep a printer or a pen and paper at hand for the recovery key.")
        )
        self.restore_button.setText(self.tr("I already have a backup…"))
        self.restore_button.setAccessibleName(self.tr("Restore a backup"))
        tip = self.tr(
            "Moving to a new computer, or replacing a lost one? Restore your practice from a "
            "backup with your recovery key or passphrase."
        )
        self.restore_button.setToolTip(tip)
        self.restore_note.setText(tip)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

"""Retention: the default periods from PRIVACY.md with their reasons, confirmed or changed.

Finishing saves the rules as confirmed (with the moment, and an audit entry) together with the
outcome of the recovery-key check, in a worker; the wizard closes when that is stored.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.retention import (
    CATEGORY_LABELS,
    DEFAULT_RULES,
    START_EVENT_LABELS,
    Action,
    Category,
    RetentionRule,
)
from coachdesk.services.access import Vault
from coachdesk.services.retention import save_rules
from coachdesk.services.setup import record_recovery_key_check
from coachdesk.ui.background import run_in_background
from coachdesk.ui.i18n_phrases import months_suffix
from coachdesk.ui.wizard.common import FieldHint, muted, wrapped

if TYPE_CHECKING:
    from coachdesk.ui.setup_wizard import SetupWizard


def store_setup_decisions(vault: Vault, rules: list[RetentionRule], key_confirmed: bool) -> None:
    """In a worker: the confirmed rules and the recovery-key check, in one transaction."""
    with vault.session() as db, db.transaction():
        save_rules(db, rules, confirmed=True)
        record_recovery_key_check(db, confirmed=key_confirmed)


class RetentionPage(QWizardPage):
    def __init__(self, owner: SetupWizard) -> None:
        super().__init__(owner)
        self._owner = owner
        self.busy = False
        self.saved = False
        self.spins: dict[Category, QSpinBox] = {}
        self._row_labels: dict[Category, tuple[QLabel, ...]] = {}
        table = QWidget(self)
        rows = QVBoxLayout(table)
        rows.setContentsMargins(0, 0, 6, 0)
        rows.setSpacing(8)
        for index, rule in enumerate(DEFAULT_RULES):
            if index:
                line = QFrame(table)
                line.setFrameShape(QFrame.Shape.HLine)
                line.setFrameShadow(QFrame.Shadow.Sunken)
                rows.addWidget(line)
            rows.addLayout(self._rule_row(table, rule))
        rows.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(table)
        self.later_note = muted(QLabel(self))
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.hide()
        self.error = FieldHint(self)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.later_note)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.error)
        self.retranslate()

    def _rule_row(self, parent: QWidget, rule: RetentionRule) -> QHBoxLayout:
        """What and why on the left; the period, from when, and what happens then on the right."""
        what = wrapped(QLabel(parent))
        what.setStyleSheet("font-weight: bold;")
        why = muted(QLabel(parent))
        spin = QSpinBox(parent)
        spin.setRange(rule.min_months, rule.max_months)
        spin.setValue(rule.period_months)
        spin.setEnabled(rule.adjustable)
        spin.valueChanged.connect(lambda value, s=spin: s.setSuffix(months_suffix(value)))
        when = muted(QLabel(parent))
        then = muted(QLabel(parent))
        fixed = muted(QLabel(parent))
        fixed.setVisible(not rule.adjustable)
        left = QVBoxLayout()
        left.setSpacing(2)
        left.addWidget(what)
        left.addWidget(why)
        left.addStretch(1)
        right_box = QWidget(parent)
        right_box.setFixedWidth(230)
        right = QVBoxLayout(right_box)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(2)
        right.addWidget(spin)
        for label in (when, then, fixed):
            right.addWidget(label)
        right.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(18)
        row.addLayout(left, 1)
        row.addWidget(right_box)
        self.spins[rule.category] = spin
        self._row_labels[rule.category] = (what, then, when, fixed, why)
        return row

    def rules(self) -> list[RetentionRule]:
        """The defaults with the periods chosen here (spin boxes keep them within range)."""
        return [rule.with_period(self.spins[rule.category].value()) for rule in DEFAULT_RULES]

    def isComplete(self) -> bool:
        return not self.busy

    def validatePage(self) -> bool:
        if self.saved:
            return True
        vault = self._owner.created_vault
        if self.busy or vault is None:
            return False
        self._set_busy(True)
        rules, confirmed = self.rules(), self._owner.recovery_key_confirmed
        run_in_background(
            lambda: store_setup_decisions(vault, rules, confirmed),
            self._saved,
            self._failed,
            parent=self,
        )
        return False

    def _saved(self, _none: object) -> None:
        self.saved = True
        self._set_busy(False)
        self._owner.accept()

    def _failed(self, error: CoachDeskError) -> None:
        self._set_busy(False)
        self.error.show_error(error)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_bar.setVisible(busy)
        self.completeChanged.emit()
        for category, spin in self.spins.items():
            spin.setEnabled(not busy and any(
                r.adjustable for r in DEFAULT_RULES if r.category == category
            ))  # fmt: skip
        self._owner.set_busy(busy)

    def retranslate(self) -> None:
        self.setTitle(self.tr("How long client data is kept"))
        self.setSubTitle(
            self.tr(
                "The GDPR asks you to keep personal data no longer than needed. These are "
                "sensible defaults; change a period if your practice needs it."
            )
        )
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Confirm and &start"))
        then = {
            Action.ERASE: self.tr("Then it is erased."),
            Action.ANONYMISE: self.tr("Then it is anonymised: only counts remain."),
        }  # fmt: skip
        for rule in DEFAULT_RULES:
            what, then_label, when, fixed, why = self._row_labels[rule.category]
            what.setText(QCoreApplication.translate("Retention", CATEGORY_LABELS[rule.category]))
            then_label.setText(then[rule.action])
            when.setText(
                QCoreApplication.translate("Retention", START_EVENT_LABELS[rule.start_event])
            )
            why.setText(QCoreApplication.translate("Retention", rule.rationale))
            fixed.setText(self.tr("Set by law."))
            spin = self.spins[rule.category]
            spin.setSuffix(months_suffix(spin.value()))
            spin.setPrefix(self.tr("at most ") if rule.follows is not None else "")
            spin.setAccessibleName(
                self.tr("Retention period in months for: %1").replace(
                    "%1", QCoreApplication.translate("Retention", CATEGORY_LABELS[rule.category])
                )
            )
        self.later_note.setText(
            self.tr(
                "You can change these later in Settings. CoachDesk records your choice and the "
                "date, for your processing register."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

"""Settings → Retention: the periods confirmed at setup, changeable later.

The wizard promises "you can change these later in Settings"; this is that place. Saving goes
through the same service as the wizard, which checks each period against its category's range
and writes an audit entry, so the processing register can show when the policy changed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QSpinBox, QWidget

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.retention import CATEGORY_LABELS, START_EVENT_LABELS, Category
from coachdesk.services.retention import load_rules, save_rules
from coachdesk.ui.i18n import tr_error
from coachdesk.ui.session import AppSession, Changes


class RetentionSettings(QGroupBox):
    """One spin box per category, in months, within the range the category allows."""

    def __init__(self, session: AppSession, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self._rules = load_rules(session.db)
        self.spins: dict[Category, QSpinBox] = {}
        self.labels: dict[Category, QLabel] = {}
        grid = QGridLayout(self)
        grid.setColumnStretch(0, 1)
        grid.setHorizontalSpacing(18)
        for row, rule in enumerate(self._rules):
            spin = QSpinBox(self)
            spin.setRange(rule.min_months, rule.max_months)
            spin.setValue(rule.period_months)
            spin.setEnabled(rule.adjustable)
            spin.setMinimumWidth(150)
            label = QLabel(self)
            label.setWordWrap(True)
            label.setBuddy(spin)
            grid.addWidget(label, row, 0)
            grid.addWidget(spin, row, 1)
            self.spins[rule.category] = spin
            self.labels[rule.category] = label
        self.status = QLabel(self)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        grid.addWidget(self.status, len(self._rules), 0)
        grid.addWidget(self.save_button, len(self._rules), 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Retention periods"))
        for rule in self._rules:
            what = QCoreApplication.translate("Retention", CATEGORY_LABELS[rule.category])
            when = QCoreApplication.translate("Retention", START_EVENT_LABELS[rule.start_event])
            self.labels[rule.category].setText(f"{what} ({when})")
            self.spins[rule.category].setSuffix(self.tr(" months"))
            self.spins[rule.category].setAccessibleName(what)
        self.save_button.setText(self.tr("Save retention periods"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def save(self) -> None:
        rules = [r.with_period(self.spins[r.category].value()) for r in self._rules]
        try:
            save_rules(self._session.db, rules)
        except CoachDeskError as error:
            self.status.setText(tr_error(error))
            return
        self._rules = load_rules(self._session.db)
        self.status.setText(self.tr("Saved."))
        self._session.notify(Changes(settings=True), self)

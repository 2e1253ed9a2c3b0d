"""Settings → Retention: the periods confirmed at setup, changeable later, and automatic mode.

The wizard promises "you can change these later in Settings"; this is that place. Saving goes
through the same service as the wizard, which checks each period against its category's range
and writes an audit entry, so the processing register can show when the policy changed.

The automatic mode (off by default) is switched with one check box; switching it on asks for
confirmation first, because from then on items past their date are erased without asking. The
runs themselves belong to ``coachdesk.ui.retention_auto``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.retention import CATEGORY_LABELS, START_EVENT_LABELS, Category
from coachdesk.services.retention import load_rules, save_rules
from coachdesk.services.retention_auto import auto_enabled, last_run, set_auto
from coachdesk.services.retention_sweep import due_items
from coachdesk.ui.i18n import tr_error
from coachdesk.ui.i18n_phrases import months_suffix, plural_s
from coachdesk.ui.privacy import common
from coachdesk.ui.retention_auto import run_summary, run_time
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
            spin.valueChanged.connect(lambda value, s=spin: s.setSuffix(months_suffix(value)))
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
        row = len(self._rules)
        grid.addWidget(self.status, row, 0)
        grid.addWidget(self.save_button, row, 1)
        self.auto_box = QCheckBox(self)
        self.auto_box.setChecked(auto_enabled(session.db))
        self.auto_box.clicked.connect(self.set_automatic)
        self.auto_help = QLabel(self)
        self.auto_help.setWordWrap(True)
        self.auto_status = QLabel(self)
        self.auto_status.setWordWrap(True)
        grid.addWidget(self.auto_box, row + 1, 0, 1, 2)
        grid.addWidget(self.auto_help, row + 2, 0, 1, 2)
        grid.addWidget(self.auto_status, row + 3, 0, 1, 2)
        self.retranslate()
        session.changed.connect(self._on_changed)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Retention periods"))
        for rule in self._rules:
            what = QCoreApplication.translate("Retention", CATEGORY_LABELS[rule.category])
            when = QCoreApplication.translate("Retention", START_EVENT_LABELS[rule.start_event])
            self.labels[rule.category].setText(f"{what} ({when})")
            spin = self.spins[rule.category]
            spin.setSuffix(months_suffix(spin.value()))
            spin.setAccessibleName(what)
        self.save_button.setText(self.tr("Save retention periods"))
        self.auto_box.setText(self.tr("Erase and anonymise automatically"))
        self.auto_help.setText(
            self.tr(
                "Items past their retention date are erased or anonymised automatically, as"
                " each rule says; clients under a legal hold are skipped; each run is in the"
                " audit log. This happens when you unlock CoachDesk and once a day while it is"
                " open. When this is off, items past their date appear as tasks and on the"
                " Privacy page, and nothing is erased without you."
            )
        )
        self._show_last_run()

    def _show_last_run(self) -> None:
        run = last_run(self._session.db) if not self._session.vault.is_locked else None
        if run is None:
            self.auto_status.setText(self.tr("Automatic mode has not run yet."))
            return
        text = self.tr("Last automatic run: %1 — %2.")
        self.auto_status.setText(text.replace("%1", run_time(run)).replace("%2", run_summary(run)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._show_last_run()
        super().showEvent(event)

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is self or self._session.vault.is_locked:
            return
        if changes.clients or changes.settings:
            self.auto_box.setChecked(auto_enabled(self._session.db))
            self._show_last_run()

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

    def set_automatic(self, on: bool) -> None:
        """The check box was clicked: switching on asks first; switching off does not."""
        if on and not self._confirm_automatic():
            self.auto_box.setChecked(False)
            return
        try:
            set_auto(self._session.db, on)
        except CoachDeskError as error:
            self.auto_box.setChecked(not on)
            self.status.setText(tr_error(error))
            return
        self._session.notify(Changes(settings=True), self)

    def _confirm_automatic(self) -> bool:
        db = self._session.db
        due = len(due_items(db, load_rules(db), common.today()))
        text = self.tr(
            "From now on, when you unlock CoachDesk and once a day, items past their retention"
            " date are erased or anonymised automatically, as each rule says, without asking"
            " again. Clients under a legal hold are skipped; each run is in the audit log."
            " Erasing cannot be undone."
        )
        if due:
            now = self.tr("This handles %n item(s) past their date right away.", "", due)
            text += " " + plural_s(now, due)
        return common.confirm(self, self.tr("Switch on automatic retention?"), text)

"""The Privacy page: five tabs for the GDPR chores.

"Due for erasure" (the retention sweep, with erase and anonymise), "Requests" (the register of
data-subject requests), "Statistics" (what anonymising keeps), "Audit log" (everything
recorded, filterable) and "Data breaches" (the breach register, Art. 33(5)). Each tab loads
when it is first shown. Beside the title, the processing register (Art. 30) as a PDF.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from coachdesk.ui.pages import heading
from coachdesk.ui.privacy.audit_tab import AuditTab
from coachdesk.ui.privacy.breaches_tab import BreachesTab
from coachdesk.ui.privacy.due_tab import DueTab
from coachdesk.ui.privacy.register_button import RegisterButton
from coachdesk.ui.privacy.requests_tab import RequestsTab
from coachdesk.ui.privacy.stats_tab import StatisticsTab
from coachdesk.ui.session import AppSession


class PrivacyPage(QWidget):
    def __init__(
        self, session: AppSession, parent: QWidget | None = None, *, day: date | None = None
    ) -> None:
        super().__init__(parent)
        self.title = heading("", self, 1.5)
        self.register = RegisterButton(session, self)
        self.tabs = QTabWidget(self)
        self.due = DueTab(session, self.tabs, day=day)
        self.requests = RequestsTab(session, self.tabs, day=day)
        self.statistics = StatisticsTab(session, self.tabs)
        self.audit = AuditTab(session, self.tabs)
        self.breaches = BreachesTab(session, self.tabs)
        for tab in (self.due, self.requests, self.statistics, self.audit, self.breaches):
            self.tabs.addTab(tab, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.register)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Privacy"))
        self.tabs.setTabText(0, self.tr("Due for erasure"))
        self.tabs.setTabText(1, self.tr("Requests"))
        self.tabs.setTabText(2, self.tr("Statistics"))
        self.tabs.setTabText(3, self.tr("Audit log"))
        self.tabs.setTabText(4, self.tr("Data breaches"))
        self.register.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

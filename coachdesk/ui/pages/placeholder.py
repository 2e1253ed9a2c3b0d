"""Pages whose content comes in a later version (Agenda, Tasks, Privacy).

They exist now so the sidebar has its final shape; each says calmly what it will offer, so a
coach clicking around does not think something broke.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from coachdesk.ui.pages import Page, heading, muted, page_icon


def _texts(page: Page) -> tuple[str, str]:
    """Title and description; looked up at call time so a language switch takes effect."""
    if page == Page.AGENDA:
        return (
            QCoreApplication.translate("PlaceholderPage", "Agenda"),
            QCoreApplication.translate(
                "PlaceholderPage",
                "Plan sessions and see your week at a glance, with every appointment linked to "
                "its client file. The agenda arrives in a coming version of CoachDesk.",
            ),
        )
    if page == Page.TASKS:
        return (
            QCoreApplication.translate("PlaceholderPage", "Tasks"),
            QCoreApplication.translate(
                "PlaceholderPage",
                "Keep track of what you promised clients and what the privacy rules ask of you, "
                "such as retention reviews. Tasks arrive in a coming version of CoachDesk.",
            ),
        )
    return (
        QCoreApplication.translate("PlaceholderPage", "Privacy"),
        QCoreApplication.translate(
            "PlaceholderPage",
            "Export everything about one client, anonymise or erase a client, and keep to your "
            "retention periods, as the GDPR (AVG) asks. These tools arrive in a coming version "
            "of CoachDesk. Your data is already stored encrypted on this computer.",
        ),
    )


class PlaceholderPage(QWidget):
    """A friendly 'coming soon' page for *page*."""

    def __init__(self, page: Page, parent: QWidget) -> None:
        super().__init__(parent)
        self.page = page
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.icon = QLabel(self)
        self.icon.setPixmap(page_icon(page, self).pixmap(48, 48))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = heading("", self, 1.6)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = muted(QLabel(self))
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setFixedWidth(520)  # a fixed width lets the wrapped text take its full height
        for w in (self.icon, self.title):
            layout.addWidget(w)
        layout.addSpacing(8)
        row = QHBoxLayout()  # not an alignment flag: that would size the text for full width
        row.addStretch(1)
        row.addWidget(self.body)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        title, body = _texts(self.page)
        self.title.setText(title)
        self.body.setText(body)
        self.setAccessibleName(title)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

"""One client's dossier: a header (name, number, status) and the six tabs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import NotFound
from coachdesk.domain.models import Client
from coachdesk.services.dossier import SPECIAL_CATEGORY_PURPOSE, get_client
from coachdesk.ui.clients.activity_tab import ActivityTab
from coachdesk.ui.clients.appointments_tab import AppointmentsTab
from coachdesk.ui.clients.consents_tab import ConsentsTab
from coachdesk.ui.clients.documents_tab import DocumentsTab
from coachdesk.ui.clients.labels import status_label
from coachdesk.ui.clients.notes_tab import NotesTab
from coachdesk.ui.clients.overview_tab import OverviewTab
from coachdesk.ui.clients.rights import ClientRights
from coachdesk.ui.session import AppSession, Changes


class DossierView(QWidget):
    back_requested = Signal()
    edit_requested = Signal(int)

    def __init__(self, session: AppSession, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self._client: Client | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.back_button = QPushButton(self)
        self.back_button.clicked.connect(self.back_requested)
        self.name_label = QLabel(self)
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info_label = QLabel(self)
        self.rights = ClientRights(session, self)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self._edit)
        self.tabs = QTabWidget(self)
        self.overview = OverviewTab(session, self.tabs)
        self.notes = NotesTab(session, self.tabs)
        self.documents = DocumentsTab(session, self.tabs)
        self.appointments = AppointmentsTab(session, self.tabs)
        self.consents = ConsentsTab(session, self.tabs)
        self.activity = ActivityTab(session, self.tabs)
        self._tabs = (self.overview, self.notes, self.documents, self.appointments,
                      self.consents, self.activity)  # fmt: skip
        for tab in self._tabs:
            self.tabs.addTab(tab, "")
        self.notes.consent_requested.connect(self._show_consent_form)
        self.tabs.currentChanged.connect(lambda _i: self.notes.save_pending())

        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addSpacing(12)
        header.addWidget(self.name_label)
        header.addSpacing(12)
        header.addWidget(self.info_label, 1)
        header.addWidget(self.rights.button)
        header.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        session.changed.connect(self._on_changed)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← Clients"))
        self.back_button.setToolTip(self.tr("Back to the client list (Alt+Left)"))
        self.back_button.setAccessibleName(self.tr("Back to the client list"))
        self.edit_button.setText(self.tr("Edit details…"))
        self.rights.retranslate()
        titles = (
            self.tr("&Overview"),
            self.tr("&Notes"),
            self.tr("&Documents"),
            self.tr("A&ppointments"),
            self.tr("Co&nsents"),
            self.tr("&Activity"),
        )
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        self._show_header()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def client_id(self) -> int | None:
        return self._client.id if self._client else None

    def set_client(self, client_id: int) -> None:
        """Show *client_id* on the Overview tab (unsaved note edits are written first)."""
        self.notes.save_pending()
        self._client = get_client(self._session.db, client_id)
        self.rights.client = self._client
        self._show_header()
        for tab in self._tabs:
            tab.set_client(client_id)
        self.tabs.setCurrentWidget(self.overview)

    def show_note(self, note_id: int) -> None:
        self.tabs.setCurrentWidget(self.notes)
        self.notes.select_note(note_id)

    def save_pending(self) -> None:
        self.notes.save_pending()

    def _show_header(self) -> None:
        c = self._client
        if c is None:
            return
        self.name_label.setText(c.full_name)
        parts = [c.number, status_label(c.status)]
        if c.preferred_name and c.preferred_name != c.first_name:
            parts.insert(0, self.tr("“%1”").replace("%1", c.preferred_name))
        if c.organisation:
            parts.append(c.organisation)
        self.info_label.setText(" · ".join(parts))
        self.setAccessibleName(self.tr("Dossier of %1").replace("%1", c.full_name))

    def _edit(self) -> None:
        if self._client is not None:
            self.edit_requested.emit(self._client.id)

    def _show_consent_form(self) -> None:
        self.tabs.setCurrentWidget(self.consents)
        self.consents.preset_purpose(SPECIAL_CATEGORY_PURPOSE)

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if self._client is None or not changes.clients:
            return
        if changes.client_id not in (None, self._client.id):
            return
        try:
            self._client = get_client(self._session.db, self._client.id)
            self.rights.client = self._client
        except NotFound:  # erased elsewhere (Privacy page): nothing of it may stay on screen
            self._client = None
            self.notes.editor.clear()
            self.back_requested.emit()
            return
        self._show_header()
        self.overview.set_client(self._client.id)

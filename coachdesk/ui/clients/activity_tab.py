"""The Activity tab: what was done in this dossier and when, from the audit log.

The log itself holds only random ids and action names; the note title or document name shown
beside an entry is looked up now, in this dossier, and disappears with the item.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from coachdesk.domain.dates import parse_stamp
from coachdesk.services.dossier import AuditEntry, client_activity, get_client, subject_labels
from coachdesk.ui.clients.labels import action_label, fmt_datetime
from coachdesk.ui.clients.rows_model import ColumnSpec, RowsModel, configure_table
from coachdesk.ui.session import AppSession, Changes


class ActivityTab(QWidget):
    """Loads when shown, so opening a dossier does not pay for a tab nobody looks at."""

    def __init__(self, session: AppSession, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self._client_id: int | None = None
        self._stale = True
        self._labels: dict[str, str] = {}
        self.model = RowsModel(
            (
                ColumnSpec(
                    lambda: self.tr("When"),
                    lambda e: fmt_datetime(parse_stamp(e.at)),
                    sort=lambda e: e.seq,
                ),
                ColumnSpec(lambda: self.tr("What"), lambda e: action_label(e.action)),
                ColumnSpec(lambda: self.tr("About"), self._about),
            ),
            self,
        )
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.empty_label = QLabel(self)
        self.empty_label.hide()
        self.list = QTableView(self)
        configure_table(self.list)
        self.list.setModel(self.model)
        self.list.horizontalHeader().resizeSection(0, 150)
        self.list.horizontalHeader().resizeSection(1, 260)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list, 1)
        self.retranslate()
        session.changed.connect(self._on_changed)

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Everything done in this dossier, newest first. The audit log is tamper-evident"
                " and holds no names or content."
            )
        )
        self.empty_label.setText(self.tr("Nothing has been recorded for this client yet."))
        self.list.setAccessibleName(self.tr("Activity"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _about(self, entry: AuditEntry) -> str:
        label = self._labels.get(entry.subject_uuid)
        if label is not None:
            return label
        if entry.subject_kind and entry.subject_kind != "client":
            return self.tr("(no longer in the dossier)")
        return ""

    def set_client(self, client_id: int) -> None:
        self._client_id = client_id
        self._stale = True
        self.model.set_rows([])
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        self._stale = False
        if self._client_id is None:
            return
        db = self._session.db
        client = get_client(db, self._client_id)
        self._labels = subject_labels(db, self._client_id)
        self.model.set_rows(client_activity(db, client.uuid))
        self.empty_label.setVisible(self.model.rowCount() == 0)

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.client_id not in (None, self._client_id):
            return
        self._stale = True
        if self.isVisible():
            self.reload()

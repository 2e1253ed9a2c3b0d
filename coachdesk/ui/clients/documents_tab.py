"""The Documents tab: add (file dialog or drag and drop), open, save as and remove.

Every operation that touches document bytes runs in a worker with its own connection: a
scanned PDF of 30 MB takes longer to read, hash and write than the GUI may pause (promise 8).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.models import DocumentInfo
from coachdesk.services.access import Db
from coachdesk.services.documents import (
    add_document_from_file,
    export_document,
    list_documents,
    open_document,
    remove_document,
)
from coachdesk.ui.background import run_in_background
from coachdesk.ui.clients import widgets
from coachdesk.ui.clients.labels import fmt_datetime, fmt_size
from coachdesk.ui.clients.rows_model import ColumnSpec, RowsModel, configure_table
from coachdesk.ui.session import AppSession, Changes


def _kind(doc: DocumentInfo) -> str:
    """What a coach calls the type: the extension (PDF, DOCX), else the MIME subtype."""
    suffix = Path(doc.name).suffix.lstrip(".")
    return suffix.upper() if suffix else doc.mime_type.rpartition("/")[2]


class DropTable(QTableView):
    """A list that accepts files dragged from the file manager."""

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)

    @staticmethod
    def _local_files(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [p for p in self._local_files(event) if p.is_file()]
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)
        else:
            event.ignore()


class DocumentsTab(QWidget):
    def __init__(self, session: AppSession, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self._client_id: int | None = None
        self._busy = 0
        self.model = RowsModel(
            (
                ColumnSpec(
                    lambda: self.tr("Name"), lambda d: d.name, sort=lambda d: d.name.casefold()
                ),
                ColumnSpec(lambda: self.tr("Type"), _kind),
                ColumnSpec(
                    lambda: self.tr("Size"),
                    lambda d: fmt_size(d.size),
                    sort=lambda d: d.size,
                    align_right=True,
                ),
                ColumnSpec(
                    lambda: self.tr("Added"),
                    lambda d: fmt_datetime(d.added_at),
                    sort=lambda d: d.added_at,
                ),
            ),
            self,
        )
        self._build()
        self.retranslate()
        session.changed.connect(self._on_changed)

    def _build(self) -> None:
        self.add_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.add_button.clicked.connect(self._choose_files)
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.save_selected_as)
        self.remove_button.clicked.connect(self.remove_selected)
        self.status = QLabel(self)
        self.list = DropTable(self)
        configure_table(self.list)
        self.list.setModel(self.model)
        self.list.horizontalHeader().resizeSection(0, 340)
        self.list.horizontalHeader().resizeSection(1, 80)
        self.list.horizontalHeader().resizeSection(2, 90)
        self.list.files_dropped.connect(self.add_files)
        self.list.activated.connect(lambda _index: self.open_selected())
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.hint = QLabel(self)
        top = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.save_button, self.remove_button):
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self._update_buttons()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add…"))
        self.add_button.setToolTip(self.tr("Add files to this dossier"))
        self.open_button.setText(self.tr("Open"))
        self.save_button.setText(self.tr("Save as…"))
        self.remove_button.setText(self.tr("Remove…"))
        self.list.setAccessibleName(self.tr("Documents"))
        self.hint.setText(
            self.tr(
                "Drop files on the list to add them. Documents are stored encrypted in the vault;"
                " an opened copy is deleted when CoachDesk locks or closes."
            )
        )
        self.hint.setWordWrap(True)
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_client(self, client_id: int) -> None:
        self._client_id = client_id
        self._reload()

    def _reload(self) -> None:
        docs = list_documents(self._session.db, self._client_id) if self._client_id else []
        self.model.set_rows(docs)
        self._update_buttons()

    def selected(self) -> DocumentInfo | None:
        index = self.list.currentIndex()
        if not index.isValid() or not self.list.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.row_value(index.row())

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        for button in (self.open_button, self.save_button, self.remove_button):
            button.setEnabled(has)

    # --- operations (each in a worker) ----------------------------------------------------

    def _run(self, fn: Callable[[Db], Any], on_done: Callable[[Any], None], busy_text: str) -> None:
        """Run *fn(db)* in a worker with its own connection; errors go to a message box."""
        vault = self._session.vault
        self._busy += 1
        self.status.setText(busy_text)

        def work() -> Any:
            with vault.session() as db:
                return fn(db)

        def finished() -> None:
            self._busy -= 1
            if not self._busy and self.status.text() == busy_text:
                self.status.setText("")

        run_in_background(
            work,
            on_done,
            lambda error: widgets.show_error(self, self.tr("Documents"), error),
            parent=self,
            on_finished=finished,
            progress=busy_text,
        )

    def _choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Add documents"))
        self.add_files([Path(n) for n in names])

    def add_files(self, files: list[Path]) -> None:
        """Store each file in the vault (the file dialog and drops both come here)."""
        client_id = self._client_id
        if client_id is None:
            return
        for path in files:
            self._run(
                lambda db, p=path: add_document_from_file(db, client_id, p),
                lambda _info: self._changed(client_id),
                self.tr("Adding %1…").replace("%1", path.name),
            )

    def open_selected(self) -> None:
        doc = self.selected()
        if doc is None:
            return
        paths = self._session.vault.paths
        self._run(
            lambda db: open_document(db, paths, doc.id),
            self._launch,
            self.tr("Opening %1…").replace("%1", doc.name),
        )

    def _launch(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.status.setText(self.tr("No program on this computer opens this kind of file."))

    def save_selected_as(self) -> None:
        doc = self.selected()
        if doc is None:
            return
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy of the document"), str(Path.home() / doc.name)
        )
        if not target:
            return
        self._run(
            lambda db: export_document(db, doc.id, Path(target)),
            lambda _r: self.status.setText(self.tr("Saved a copy.")),
            self.tr("Saving %1…").replace("%1", doc.name),
        )

    def remove_selected(self) -> None:
        doc = self.selected()
        if doc is None or self._client_id is None:
            return
        question = self.tr("Remove %1 from this dossier? It cannot be restored.")
        if not widgets.confirm(
            self, self.tr("Remove document"), question.replace("%1", doc.name), self.tr("Remove")
        ):
            return
        client_id = self._client_id
        self._run(
            lambda db: remove_document(db, doc.id),
            lambda _r: self._changed(client_id),
            self.tr("Removing %1…").replace("%1", doc.name),
        )

    def _changed(self, client_id: int) -> None:
        self._session.notify(Changes(documents=True, client_id=client_id), initiator=self)
        if client_id == self._client_id:
            self._reload()

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is self or not changes.documents:
            return
        if changes.client_id in (None, self._client_id):
            self._reload()

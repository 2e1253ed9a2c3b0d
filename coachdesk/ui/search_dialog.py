"""Global search (Ctrl+K): clients and the full text of notes, grouped, Enter opens.

The query runs in a worker with its own connection: a one-letter prefix over 40,000 notes can
take longer than the GUI may pause. Each keystroke bumps a generation number, and results of
an older generation are dropped, so a slow query never overwrites a newer one.
"""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPainter, QPalette, QShowEvent, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.models import SearchHit
from coachdesk.services.search import global_search
from coachdesk.ui.background import run_in_background
from coachdesk.ui.clients.search_model import SearchResultsModel, SnippetRole
from coachdesk.ui.clients.widgets import error_text
from coachdesk.ui.session import AppSession

SEARCH_DELAY_MS = 120


class _HitDelegate(QStyledItemDelegate):
    """Two lines per hit: the heading, and the snippet with the matched words in bold."""

    def _snippet_html(self, index: QModelIndex | QPersistentModelIndex) -> str:
        snippet = index.data(SnippetRole) or ""
        return html.escape(snippet).replace("[", "<b>").replace("]", "</b>")

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if not index.data(SnippetRole):  # a group heading: not selectable, yet not greyed out
            heading = QStyleOptionViewItem(option)
            heading.state |= QStyle.StateFlag.State_Enabled
            super().paint(painter, heading, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        line = opt.fontMetrics.height()
        rect = opt.rect.adjusted(6, 3, -6, -3)
        painter.save()
        painter.setPen(opt.palette.color(group))
        heading = opt.fontMetrics.elidedText(
            str(index.data() or ""), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(rect.adjusted(0, 0, 0, -line), Qt.AlignmentFlag.AlignLeft, heading)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        colour = opt.palette.color(group if selected else QPalette.ColorRole.PlaceholderText)
        doc.setHtml(f'<span style="color:{colour.name()}">{self._snippet_html(index)}</span>')
        doc.setTextWidth(rect.width())
        doc.setDocumentMargin(0)
        painter.translate(rect.left(), rect.top() + line + 2)
        painter.setClipRect(0, 0, rect.width(), line + 2)
        doc.drawContents(painter)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(SnippetRole):
            size.setHeight(option.fontMetrics.height() * 2 + 10)
        return size


class GlobalSearchDialog(QDialog):
    """Emits ``open_requested(client_id, note_id or None)`` and closes on Enter."""

    open_requested = Signal(int, object)

    def __init__(self, session: AppSession, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self._generation = 0
        self.model = SearchResultsModel(self)
        self.query = QLineEdit(self)
        self.query.setClearButtonEnabled(True)
        self.query.installEventFilter(self)
        self.results = QTreeView(self)
        self.results.setModel(self.model)
        self.results.setHeaderHidden(True)
        self.results.setRootIsDecorated(False)
        self.results.setItemsExpandable(False)
        self.results.setItemDelegate(_HitDelegate(self.results))
        self.results.activated.connect(self._open_index)
        self.status = QLabel(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self.resize(680, 480)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Search"))
        self.query.setPlaceholderText(self.tr("Search clients and notes…"))
        self.query.setAccessibleName(self.tr("Search text"))
        self.results.setAccessibleName(self.tr("Search results"))
        self.model.retranslate()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrows and Enter in the search field act on the results, as in a launcher."""
        if (
            watched is self.query
            and isinstance(event, QKeyEvent)
            and (event.type() == QEvent.Type.KeyPress)
        ):
            if event.key() in (
                Qt.Key.Key_Down,
                Qt.Key.Key_Up,
                Qt.Key.Key_PageDown,
                Qt.Key.Key_PageUp,
            ):
                if not self.results.currentIndex().isValid():
                    self.results.setCurrentIndex(self.model.first_hit())
                else:
                    self.results.keyPressEvent(event)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():  # Enter before the pause: search first, then open
                    self._timer.stop()
                    self.run_search(open_first=True)
                else:
                    self._open_index(self.results.currentIndex())
                return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        """Shown again (the main window keeps one dialog): fresh results for the old text."""
        super().showEvent(event)
        self.query.setFocus(Qt.FocusReason.PopupFocusReason)
        self.query.selectAll()
        if self.query.text().strip():
            self.run_search()

    def closeEvent(self, event: QEvent) -> None:
        self._timer.stop()
        self._generation += 1  # late results are ignored
        super().closeEvent(event)  # type: ignore[arg-type]

    def done(self, result: int) -> None:
        self._timer.stop()
        self._generation += 1
        super().done(result)

    def run_search(self, open_first: bool = False) -> None:
        """Start a search for the current text in a worker."""
        self._timer.stop()
        self._generation += 1
        generation, text = self._generation, self.query.text()
        if not text.strip():
            self.model.set_hits([])
            self._show_count()
            return
        vault = self._session.vault

        def work() -> list[SearchHit]:
            with vault.session() as db:
                return global_search(db, text)

        def done(hits: list[SearchHit]) -> None:
            if generation != self._generation:
                return
            self.model.set_hits(hits)
            self.results.expandAll()
            self.results.setCurrentIndex(self.model.first_hit())
            self._show_count()
            if open_first:
                self._open_index(self.results.currentIndex())

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.status.setText(error_text(error))

        run_in_background(work, done, failed, parent=self)

    def _show_count(self) -> None:
        if not self.query.text().strip():
            self.status.setText(self.tr("Type a name, number or words from a note."))
        elif self.model.hit_count() == 0:
            self.status.setText(self.tr("Nothing found."))
        else:
            self.status.setText(self.tr("↑↓ to choose, Enter to open"))

    def _open_index(self, index: QModelIndex) -> None:
        hit = self.model.hit(index)
        if hit is None:
            return
        self.open_requested.emit(hit.client_id, hit.note_id)
        self.accept()

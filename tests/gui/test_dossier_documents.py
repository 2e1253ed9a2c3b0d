"""Documents: add (file dialog path and drag and drop), open via the private folder, save as,
remove. The operations run in workers; the tests wait for their results."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from test_clients_support import OFFSCREEN_NOISE, add_people, fast_vault, make_page, session

from coachdesk.services.documents import list_documents, wipe_private_tmp
from coachdesk.services.dossier import client_activity
from coachdesk.ui.background import pending_tasks
from coachdesk.ui.clients import widgets
from coachdesk.ui.clients.documents_tab import DocumentsTab
from coachdesk.ui.session import AppSession

__all__ = ["fast_vault", "session"]
pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

PDF = b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"


@pytest.fixture
def tab(qtbot: QtBot, session: AppSession) -> DocumentsTab:
    anna = add_people(session)["Jansen"]
    page = make_page(qtbot, session)
    page.open_client(anna.id)
    page.dossier.tabs.setCurrentWidget(page.dossier.documents)
    return page.dossier.documents


def settle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=5000)


def add_file(qtbot: QtBot, tab: DocumentsTab, path: Path) -> None:
    before = tab.model.rowCount()
    tab.add_files([path])
    qtbot.waitUntil(lambda: tab.model.rowCount() == before + 1, timeout=5000)
    settle(qtbot)


def test_add_open_save_as_and_remove(
    qtbot: QtBot,
    tab: DocumentsTab,
    session: AppSession,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    source = tmp_path / "Intakeformulier Şükrü.pdf"
    source.write_bytes(PDF)
    add_file(qtbot, tab, source)
    qtmodeltester.check(tab.model)
    assert tab.model.index(0, 0).data() == "Intakeformulier Şükrü.pdf"
    assert tab.model.index(0, 1).data() == "PDF"
    assert tab.model.index(0, 2).data(Qt.ItemDataRole.UserRole + 1) == len(PDF)
    tab.list.selectRow(0)

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    tab.open_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    copy = Path(opened[0].toLocalFile())
    private = session.vault.paths.private_tmp
    assert copy.is_relative_to(private)
    assert copy.name == "Intakeformulier Şükrü.pdf"
    assert copy.read_bytes() == PDF
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(private.stat().st_mode) == 0o700
    assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700

    target = tmp_path / "export" / "kopie.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    tab.save_button.click()
    qtbot.waitUntil(target.exists, timeout=5000)
    settle(qtbot)
    assert target.read_bytes() == PDF

    asked: list[str] = []
    monkeypatch.setattr(widgets, "confirm", lambda _p, _t, text, _a: asked.append(text) or True)
    tab.remove_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=5000)
    settle(qtbot)
    assert "Intakeformulier Şükrü.pdf" in asked[0]
    client = tab._client_id
    assert client is not None and list_documents(session.db, client) == []

    uuid = session.db.scalar("SELECT uuid FROM clients WHERE id = :i", {"i": client})
    actions = [e.action for e in client_activity(session.db, uuid)]
    assert actions[:4] == [
        "document.removed",
        "document.exported",
        "document.opened",
        "document.added",
    ]
    assert wipe_private_tmp(session.vault.paths) == []
    assert not private.exists()


def test_remove_can_be_cancelled(
    qtbot: QtBot, tab: DocumentsTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "notitie.txt"
    source.write_text("hallo", "utf-8")
    add_file(qtbot, tab, source)
    tab.list.selectRow(0)
    monkeypatch.setattr(widgets, "confirm", lambda *_a: False)
    tab.remove_button.click()
    settle(qtbot)
    assert tab.model.rowCount() == 1


def test_dropping_files_adds_them(qtbot: QtBot, tab: DocumentsTab, tmp_path: Path) -> None:
    files = [tmp_path / "a.docx", tmp_path / "b.png"]
    for i, path in enumerate(files):
        path.write_bytes(os.urandom(1000 + i))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in files])
    where, buttons, keys = QPoint(20, 20), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where, Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(tab.list.viewport(), enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(where), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(tab.list.viewport(), drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=5000)
    settle(qtbot)
    assert {tab.model.index(r, 0).data() for r in range(2)} == {"a.docx", "b.png"}


def test_a_file_that_cannot_be_read_is_reported(
    qtbot: QtBot, tab: DocumentsTab, tmp_path: Path
) -> None:
    tab.add_files([tmp_path / "verdwenen.pdf"])
    settle(qtbot)
    assert tab.model.rowCount() == 0
    boxes = [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w.windowTitle() == "Documents"
    ]
    assert boxes and "verdwenen.pdf could not be read" in boxes[0].text()  # type: ignore[attr-defined]
    boxes[0].close()

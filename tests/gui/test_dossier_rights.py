"""Export, erase and anonymise from the dossier's 'Client rights' menu, end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from test_clients_support import OFFSCREEN_NOISE, add_people, fast_vault, make_page, session

from coachdesk.ui.session import AppSession

__all__ = ["fast_vault", "session"]
pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture(autouse=True)
def quiet(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: told.append("!" + text))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: True)
    return told


def test_export_from_the_dossier_writes_the_package(
    qtbot: QtBot, session: AppSession, tmp_path: Path, quiet: list[str]
) -> None:
    anna = add_people(session)["Jansen"]
    page = make_page(qtbot, session)
    page.open_client(anna.id)
    target = tmp_path / "exports"
    target.mkdir()
    page.dossier.rights.export("en", target=target)
    qtbot.waitUntil(lambda: bool(quiet), timeout=20_000)
    assert not quiet[0].startswith("!"), quiet
    (package,) = target.iterdir()
    assert (package / "access.pdf").read_bytes().startswith(b"%PDF")
    data = json.loads((package / "data.json").read_text(encoding="utf-8"))
    assert data["client"]["number"] == anna.number


@pytest.mark.parametrize("anonymise", [False, True])
def test_erasing_needs_the_typed_number_and_removes_the_client(
    qtbot: QtBot, session: AppSession, anonymise: bool
) -> None:
    anna = add_people(session)["Jansen"]
    page = make_page(qtbot, session)
    page.open_client(anna.id)
    rights = page.dossier.rights
    rights.ask(anonymise=anonymise)
    dialog = rights.dialog
    assert dialog is not None and not dialog.go.isEnabled()
    dialog.number.setText("2026-999")
    assert not dialog.go.isEnabled()
    dialog.number.setText(anna.number)
    assert dialog.go.isEnabled()
    dialog.go.click()
    qtbot.waitUntil(
        lambda: (
            session.db.scalar("SELECT count(*) FROM clients WHERE id = :i", {"i": anna.id}) == 0
        ),
        timeout=20_000,
    )
    qtbot.waitUntil(lambda: page.dossier.client_id is None, timeout=5_000)
    counted = session.db.scalar("SELECT coalesce(sum(clients), 0) FROM practice_statistics")
    assert (counted == 1) == anonymise

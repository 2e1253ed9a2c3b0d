"""Export, erase and anonymise from the dossier's 'Client rights' menu, end to end."""

from __future__ import annotations

import json
import zipfile
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from test_clients_support import OFFSCREEN_NOISE, add_people, fast_vault, make_page, session

from coachdesk.domain.models import LegalBasis
from coachdesk.services.tasks import list_tasks
from coachdesk.ui.session import AppSession
from coachdesk.vault.repos import consents

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


def test_art19_choices_make_a_task_and_the_letter_is_saved(
    qtbot: QtBot, session: AppSession, tmp_path: Path, quiet: list[str]
) -> None:
    arbo, gp = "Bedrijfsarts Arbo Unie", "Huisarts De Brug"
    anna = add_people(session)["Jansen"]
    for recipient in (gp, arbo):
        consents.disclose(
            session.db, anna.id, recipient=recipient, what="verslag",
            disclosed_on=date(2026, 3, 1), legal_basis=LegalBasis.CONSENT,
        )  # fmt: skip
    page = make_page(qtbot, session)
    page.open_client(anna.id)
    rights = page.dossier.rights
    rights.ask(anonymise=False)
    dialog = rights.dialog
    assert dialog is not None and list(dialog.informed) == [arbo, gp]
    dialog.informed[arbo].setChecked(True)
    dialog.number.setText(anna.number)
    dialog.go.click()
    qtbot.waitUntil(lambda: rights.done_dialog is not None, timeout=20_000)
    done = rights.done_dialog
    assert done is not None
    reference = done.outcome.letter.reference
    assert f"A task was added to inform: {gp}." in done.text.text()
    assert reference in done.text.text()
    titles = [t.title for t in list_tasks(session.db)]
    assert f"Inform {gp} of an erasure (reference {reference})" in titles
    assert not any(arbo in t or "Jansen" in t for t in titles)

    folder = tmp_path / "letters"
    folder.mkdir()
    done.save_letter("en", target=folder / "anna")
    qtbot.waitUntil(lambda: bool(done.written), timeout=20_000)
    assert [p.name for p in folder.iterdir()] == ["anna.pdf"]
    reader = PdfReader(folder / "anna.pdf")
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert "Anna Jansen" in text and reference in text
    assert f"{arbo} ✓ informed" in text and f"{gp} → I will inform them" in text
    assert "anna.pdf" in done.saved.text()

    done.save_letter("nl", target=tmp_path / "missing" / "brief.pdf")
    qtbot.waitUntil(lambda: any(t.startswith("!") for t in quiet), timeout=20_000)
    qtbot.waitUntil(done.save_button.isEnabled, timeout=5_000)
    assert not (tmp_path / "missing").exists()
    done.reject()


def test_closing_without_the_letter_asks_first(
    qtbot: QtBot, session: AppSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    anna = add_people(session)["Jansen"]
    page = make_page(qtbot, session)
    page.open_client(anna.id)
    rights = page.dossier.rights
    rights.ask(anonymise=True)
    assert rights.dialog is not None and rights.dialog.informed == {}
    rights.dialog.number.setText(anna.number)
    rights.dialog.go.click()
    qtbot.waitUntil(lambda: rights.done_dialog is not None, timeout=20_000)
    done = rights.done_dialog
    assert done is not None and "anonymised" in done.text.text()
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> object:
        return lambda _p, _t, text, *_a: asked.append(text) or button

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    done.reject()
    assert len(asked) == 1 and done.isVisible()
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Close))
    done.reject()
    assert len(asked) == 2 and rights.done_dialog is None  # the letter (and name) is dropped


def test_export_as_zip_from_the_dossier_writes_one_file(
    qtbot: QtBot, session: AppSession, tmp_path: Path, quiet: list[str]
) -> None:
    anna = add_people(session)["Jansen"]
    page = make_page(qtbot, session)
    page.open_client(anna.id)
    target = tmp_path / "exports"
    target.mkdir()
    page.dossier.rights.zip_action.setChecked(True)
    page.dossier.rights.export("nl", target=target)
    qtbot.waitUntil(lambda: bool(quiet), timeout=20_000)
    assert not quiet[0].startswith("!"), quiet
    (archive,) = target.iterdir()
    assert archive.suffix == ".zip"
    with zipfile.ZipFile(archive) as zf:
        data = json.loads(zf.read(f"{archive.stem}/data.json"))
    assert data["client"]["number"] == anna.number

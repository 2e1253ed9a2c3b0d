"""Notes: templates, autosave (timer, focus, closing the window), the consent warning."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot
from test_clients_support import OFFSCREEN_NOISE, add_people, fast_vault, make_page, session

from coachdesk.domain.models import ConsentAction, ConsentMethod
from coachdesk.services.access import Vault
from coachdesk.services.dossier import (
    SPECIAL_CATEGORY_PURPOSE,
    create_note,
    list_notes,
    record_consent,
)
from coachdesk.ui.clients.note_editor import NoteEditor
from coachdesk.ui.clients.page import ClientsPage
from coachdesk.ui.session import AppSession

__all__ = ["fast_vault", "session"]
pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture(autouse=True)
def quick_autosave(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(NoteEditor, "AUTOSAVE_MS", 50)


def test_notes_model_passes_qtmodeltester(qtmodeltester, qtbot: QtBot, session: AppSession) -> None:  # type: ignore[no-untyped-def]
    anna = add_people(session)["Jansen"]
    for day in (1, 2, 3):
        create_note(
            session.db,
            anna.id,
            note_date=date(2026, 1, day),
            title=f"Sessie {day}",
            body="tekst",
            special_category=day == 2,
        )
    page = make_page(qtbot, session)
    page.open_client(anna.id)
    model = page.dossier.notes.model
    qtmodeltester.check(model)
    assert [model.index(r, 1).data() for r in range(3)] == ["Sessie 3", "Sessie 2", "Sessie 1"]
    assert model.index(1, 3).data() == "Yes"
    # The newest note opens in the editor.
    assert page.dossier.notes.editor.title.text() == "Sessie 3"


def test_new_grow_note_autosaves_while_typing(qtbot: QtBot, session: AppSession) -> None:
    anna = add_people(session)["Jansen"]
    page = make_page(qtbot, session)
    page.open_client(anna.id)
    notes = page.dossier.notes
    page.dossier.tabs.setCurrentWidget(notes)
    notes.new_note("grow")
    editor = notes.editor
    assert editor.title.text() == "Session"
    assert "Goal" in editor.body.toPlainText() and "Way forward" in editor.body.toPlainText()
    assert list_notes(session.db, anna.id) == []  # an untouched template leaves no note
    qtbot.keyClicks(editor.body, "Wil meer rust in het werk.")
    assert editor.state.text() == "Editing…"
    qtbot.waitUntil(lambda: editor.state.text().startswith("Saved "), timeout=3000)
    saved = list_notes(session.db, anna.id)
    assert len(saved) == 1 and saved[0].template == "grow"
    assert "Wil meer rust in het werk." in saved[0].body
    assert notes.model.rowCount() == 1
    assert notes.model.index(0, 2).data() == "Session (GROW)"
    assert editor.times.text().startswith("Created ")
    # Further typing updates the same note, and the list row follows the title.
    editor.title.setText("Derde sessie")
    editor.title.textEdited.emit("Derde sessie")
    qtbot.waitUntil(lambda: not editor.is_dirty, timeout=3000)
    assert [n.title for n in list_notes(session.db, anna.id)] == ["Derde sessie"]
    assert notes.model.index(0, 1).data() == "Derde sessie"


def test_autosave_survives_closing_the_window(
    qtbot: QtBot, session: AppSession, fast_vault: Vault
) -> None:
    anna = add_people(session)["Jansen"]
    note = create_note(session.db, anna.id, note_date=date(2026, 2, 1), title="Intake", body="")
    window = QMainWindow()
    qtbot.addWidget(window)
    page = ClientsPage(session, window)
    window.setCentralWidget(page)
    window.show()
    qtbot.waitExposed(window)
    page.open_client(anna.id, note.id)
    editor = page.dossier.notes.editor
    editor._timer.setInterval(60_000)  # the timer cannot be what saves here
    qtbot.keyClicks(editor.body, "Slaapt slecht sinds de reorganisatie.")
    assert editor.is_dirty
    window.close()  # hides the editor: it saves before anything else happens
    assert not editor.is_dirty

    reopened = AppSession(fast_vault)  # a fresh connection sees only what was committed
    try:
        again = list_notes(reopened.db, anna.id)
        assert again[0].body == "Slaapt slecht sinds de reorganisatie."
    finally:
        reopened.db.close()


def test_switching_notes_or_tabs_saves_first(qtbot: QtBot, session: AppSession) -> None:
    anna = add_people(session)["Jansen"]
    first = create_note(session.db, anna.id, note_date=date(2026, 1, 1), title="Een", body="")
    create_note(session.db, anna.id, note_date=date(2026, 1, 8), title="Twee", body="")
    page = make_page(qtbot, session)
    page.open_client(anna.id, first.id)
    editor = page.dossier.notes.editor
    editor._timer.setInterval(60_000)
    assert editor.title.text() == "Een"
    qtbot.keyClicks(editor.body, "eerste")
    page.dossier.notes.select_note(list_notes(session.db, anna.id)[0].id)  # "Twee"
    assert editor.title.text() == "Twee"
    qtbot.keyClicks(editor.body, "tweede")
    page.dossier.tabs.setCurrentWidget(page.dossier.documents)
    bodies = {n.title: n.body for n in list_notes(session.db, anna.id)}
    assert bodies == {"Een": "eerste", "Twee": "tweede"}


def test_special_category_without_consent_warns(qtbot: QtBot, session: AppSession) -> None:
    anna = add_people(session)["Jansen"]
    page = make_page(qtbot, session)
    page.open_client(anna.id)
    notes = page.dossier.notes
    page.dossier.tabs.setCurrentWidget(notes)
    notes.new_note("free")
    qtbot.keyClicks(notes.editor.body, "Migraine, gebruikt medicatie.")
    notes.editor.special.setChecked(True)
    assert notes.editor.save_now()
    assert notes.warning.isVisible()
    assert "no explicit consent" in notes.warning.text
    assert notes.editor.isEnabled()  # non-blocking: typing goes on

    notes.warning.action_clicked.emit()  # "Record consent…"
    consents = page.dossier.consents
    assert page.dossier.tabs.currentWidget() is consents
    assert consents.purpose_key() == SPECIAL_CATEGORY_PURPOSE
    consents.record_button.click()
    page.dossier.tabs.setCurrentWidget(notes)
    qtbot.keyClicks(notes.editor.body, " Slaapt beter.")
    assert notes.editor.save_now()
    assert not notes.warning.isVisible()


def test_special_note_with_consent_in_force_does_not_warn(
    qtbot: QtBot, session: AppSession
) -> None:
    anna = add_people(session)["Jansen"]
    record_consent(
        session.db,
        anna.id,
        action=ConsentAction.GIVEN,
        purpose=SPECIAL_CATEGORY_PURPOSE,
        method=ConsentMethod.SIGNED,
        given_on=date(2026, 1, 5),
    )
    page = make_page(qtbot, session)
    page.open_client(anna.id)
    notes = page.dossier.notes
    page.dossier.tabs.setCurrentWidget(notes)
    notes.new_note("intake")
    notes.editor.special.setChecked(True)
    qtbot.keyClick(notes.editor.body, Qt.Key.Key_A)
    assert notes.editor.save_now()
    assert not notes.warning.isVisible()

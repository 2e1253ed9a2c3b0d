"""Global search: grouped results from a worker, arrows and Enter, opening the right note."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_clients_support import OFFSCREEN_NOISE, add_people, fast_vault, make_page, session

from coachdesk.services.dossier import create_note
from coachdesk.ui.clients.search_model import SearchResultsModel
from coachdesk.ui.search_dialog import GlobalSearchDialog
from coachdesk.ui.session import AppSession

__all__ = ["fast_vault", "session"]
pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def make_dialog(qtbot: QtBot, session: AppSession) -> GlobalSearchDialog:
    page = make_page(qtbot, session)
    dialog = GlobalSearchDialog(session, page)
    dialog.open_requested.connect(page.open_client)
    dialog.show()
    return dialog


def titles(model: SearchResultsModel) -> list[list[str]]:
    groups = []
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        groups.append(
            [group.data()] + [model.index(r, 0, group).data() for r in range(model.rowCount(group))]
        )
    return groups


def test_results_are_grouped_and_enter_opens_the_note(
    qtbot: QtBot,
    session: AppSession,
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    people = add_people(session)
    anna, lotte = people["Jansen"], people["Bakker"]
    create_note(
        session.db,
        anna.id,
        note_date=date(2026, 1, 5),
        title="Intake",
        body="Anna werkt bij de Bakkerij van haar ouders.",
    )
    target = create_note(
        session.db,
        lotte.id,
        note_date=date(2026, 2, 2),
        title="Sessie 3",
        body="Lotte wil leren delegeren aan haar team.",
    )
    dialog = make_dialog(qtbot, session)
    page = dialog.parent()
    qtbot.keyClicks(dialog.query, "bakker")
    qtbot.waitUntil(lambda: dialog.model.hit_count() == 2, timeout=3000)
    qtmodeltester.check(dialog.model)
    assert titles(dialog.model) == [
        ["Clients", f"Lotte Bakker · {lotte.number}"],
        ["Notes", f"Intake — Anna Jansen · {anna.number}"],
    ]
    assert "[Bakkerij]" in dialog.model.index(0, 0, dialog.model.index(1, 0)).data(
        Qt.ItemDataRole.UserRole + 1
    )

    dialog.query.clear()
    qtbot.keyClicks(dialog.query, "delegeren")
    qtbot.waitUntil(lambda: dialog.model.hit_count() == 1, timeout=3000)
    with qtbot.waitSignal(dialog.open_requested) as opened:
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert opened.args == [lotte.id, target.id]
    assert not dialog.isVisible()
    dossier = page.dossier  # type: ignore[attr-defined]
    assert page.stack.currentWidget() is dossier  # type: ignore[attr-defined]
    assert dossier.tabs.currentWidget() is dossier.notes
    assert dossier.notes.editor.note.id == target.id
    assert dossier.notes.editor.title.text() == "Sessie 3"


def test_arrow_keys_skip_group_headings(qtbot: QtBot, session: AppSession) -> None:
    people = add_people(session)
    create_note(
        session.db,
        people["Jansen"].id,
        note_date=date(2026, 1, 5),
        title="Over Vries",
        body="gesprek met meneer de Vries",
    )
    dialog = make_dialog(qtbot, session)
    qtbot.keyClicks(dialog.query, "vries")
    qtbot.waitUntil(lambda: dialog.model.hit_count() == 2, timeout=3000)
    current = dialog.results.currentIndex()
    assert dialog.model.hit(current).kind == "client"  # type: ignore[union-attr]
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    current = dialog.results.currentIndex()
    assert dialog.model.hit(current).kind == "note"  # type: ignore[union-attr]
    qtbot.keyClick(dialog.query, Qt.Key.Key_Up)
    assert dialog.model.hit(dialog.results.currentIndex()).kind == "client"  # type: ignore[union-attr]
    with qtbot.waitSignal(dialog.open_requested) as opened:
        qtbot.keyClick(dialog.query, Qt.Key.Key_Enter)
    assert opened.args == [people["Vries"].id, None]


def test_enter_before_the_pause_searches_then_opens(qtbot: QtBot, session: AppSession) -> None:
    people = add_people(session)
    dialog = make_dialog(qtbot, session)
    dialog.query.setText("jansen")
    with qtbot.waitSignal(dialog.open_requested, timeout=3000) as opened:
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert opened.args == [people["Jansen"].id, None]


def test_nothing_found_and_empty_text(qtbot: QtBot, session: AppSession) -> None:
    add_people(session)
    dialog = make_dialog(qtbot, session)
    assert "Type a name" in dialog.status.text()
    qtbot.keyClicks(dialog.query, "xyzzy")
    qtbot.waitUntil(lambda: dialog.status.text() == "Nothing found.", timeout=3000)
    dialog.query.setText("  ")
    dialog.run_search()
    assert dialog.model.rowCount() == 0

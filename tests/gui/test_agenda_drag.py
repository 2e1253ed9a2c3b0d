"""Mouse work in the time grid: drag to move, drag the bottom edge to resize, drag over empty
time to create; a series asks which occurrences to move."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from test_agenda_support import MONDAY, WEDNESDAY, add, at, drag, make_page, stored
from test_clients_support import OFFSCREEN_NOISE, fast_vault, session

from coachdesk.domain.agenda import EditScope, Frequency, RecurrenceRule
from coachdesk.ui.agenda import scope_dialog
from coachdesk.ui.agenda.appointment_dialog import AppointmentDialog
from coachdesk.ui.session import AppSession

__all__ = ["fast_vault", "session"]  # fixtures used by name
pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def test_dragging_a_single_appointment_moves_it(
    qtbot: QtBot, session: AppSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[object] = []
    monkeypatch.setattr(scope_dialog, "ask_scope", lambda *a: asked.append(a) or EditScope.ONE)
    single = add(session, "Sessie", at(WEDNESDAY, 10), at(WEDNESDAY, 11))
    page = make_page(qtbot, session)
    grid = page.week.grid
    rect = grid.item_rect((single.id, at(WEDNESDAY, 10).isoformat()))
    assert rect is not None
    grab = QPointF(rect.center().x(), rect.top() + 10)
    # One day to the right and 1.5 hours down (lands on the 15-minute grid).
    target = grab + QPointF(grid.column_width(), 1.5 * grid.hour_height)
    drag(grid, grab, target)
    (moved,) = stored(session, "Sessie")
    assert (moved.start, moved.end) == (at(WEDNESDAY + timedelta(days=1), 11, 30),
                                        at(WEDNESDAY + timedelta(days=1), 12, 30))  # fmt: skip
    assert asked == []  # a single appointment just moves
    assert grid.item_rect(moved.key) is not None  # the view reloaded


def test_dragging_a_series_occurrence_asks_and_moves_only_that_one(
    qtbot: QtBot, session: AppSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[object] = []

    def answer(_parent: object, action: scope_dialog.ScopeAction) -> EditScope:
        asked.append(action)
        return EditScope.ONE

    monkeypatch.setattr(scope_dialog, "ask_scope", answer)
    add(session, "Wekelijks", at(MONDAY, 9), at(MONDAY, 10),
        rule=RecurrenceRule(Frequency.WEEKLY, count=3))  # fmt: skip
    page = make_page(qtbot, session)
    grid = page.week.grid
    (first,) = [o for o in page.occurrences if o.source.title == "Wekelijks"]
    rect = grid.item_rect(first.key)
    assert rect is not None
    drag(grid, rect.center(), rect.center() + QPointF(0, grid.hour_height * 2))
    assert asked == [scope_dialog.ScopeAction.MOVE]
    starts = sorted(o.start for o in stored(session, "Wekelijks", MONDAY))
    assert starts == [at(MONDAY, 11), at(MONDAY + timedelta(weeks=1), 9)]
    later = stored(session, "Wekelijks", MONDAY + timedelta(weeks=2))
    assert [o.start for o in later] == [at(MONDAY + timedelta(weeks=2), 9)]


def test_refusing_the_scope_question_changes_nothing(
    qtbot: QtBot, session: AppSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(scope_dialog, "ask_scope", lambda *_a: None)
    add(session, "Reeks", at(MONDAY, 9), at(MONDAY, 10),
        rule=RecurrenceRule(Frequency.WEEKLY, count=2))  # fmt: skip
    page = make_page(qtbot, session)
    grid = page.week.grid
    rect = grid.item_rect(page.occurrences[0].key)
    assert rect is not None
    drag(grid, rect.center(), rect.center() + QPointF(0, grid.hour_height))
    assert [o.start for o in stored(session, "Reeks")] == [
        at(MONDAY, 9), at(MONDAY + timedelta(weeks=1), 9)
    ]  # fmt: skip


def test_dragging_the_bottom_edge_resizes(qtbot: QtBot, session: AppSession) -> None:
    single = add(session, "Kort", at(WEDNESDAY, 14), at(WEDNESDAY, 15))
    page = make_page(qtbot, session)
    grid = page.week.grid
    rect = grid.item_rect((single.id, at(WEDNESDAY, 14).isoformat()))
    assert rect is not None
    edge = QPointF(rect.center().x(), rect.bottom() - 2)
    drag(grid, edge, grid.pos_of(at(WEDNESDAY, 16, 20)))  # snaps to 16:15
    (resized,) = stored(session, "Kort")
    assert (resized.start, resized.end) == (at(WEDNESDAY, 14), at(WEDNESDAY, 16, 15))


def test_dragging_over_empty_time_opens_the_dialog_with_that_range(
    qtbot: QtBot, session: AppSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, session)
    opened: list[tuple[object, object]] = []
    monkeypatch.setattr(page, "open_new", lambda s=None, e=None, **_k: opened.append((s, e)))
    grid = page.week.grid
    drag(grid, grid.pos_of(at(MONDAY, 13, 5)), grid.pos_of(at(MONDAY, 14, 20)))
    assert opened == [(at(MONDAY, 13), at(MONDAY, 14, 30))]


def test_the_dialog_opened_by_a_drag_is_prefilled(qtbot: QtBot, session: AppSession) -> None:
    page = make_page(qtbot, session)
    grid = page.week.grid
    drag(grid, grid.pos_of(at(MONDAY, 9)), grid.pos_of(at(MONDAY, 10, 30)))
    dialog = page.dialog
    assert isinstance(dialog, AppointmentDialog)
    assert dialog.times() == (at(MONDAY, 9), at(MONDAY, 10, 30))
    dialog.title.setText("Nieuw")
    dialog.save()
    assert [o.start for o in stored(session, "Nieuw")] == [at(MONDAY, 9)]
    assert [o.source.title for o in page.occurrences] == ["Nieuw"]


def test_double_click_edits(qtbot: QtBot, session: AppSession) -> None:
    single = add(session, "Bewerken", at(WEDNESDAY, 10), at(WEDNESDAY, 11))
    page = make_page(qtbot, session)
    grid = page.week.grid
    rect = grid.item_rect((single.id, at(WEDNESDAY, 10).isoformat()))
    assert rect is not None
    QTest.mouseDClick(
        grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center().toPoint()
    )
    dialog = page.dialog
    assert isinstance(dialog, AppointmentDialog)
    assert dialog.occurrence is not None and dialog.occurrence.source.id == single.id
    assert dialog.title.text() == "Bewerken"
    dialog.close()

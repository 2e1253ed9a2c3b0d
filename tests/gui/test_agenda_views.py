"""The agenda's week and month views: placement, side-by-side overlaps, navigation, keys."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from test_agenda_support import MONDAY, WEDNESDAY, add, at, dutch, make_page
from test_clients_support import OFFSCREEN_NOISE, fast_vault, session

from coachdesk.domain.agenda import Frequency, RecurrenceRule
from coachdesk.domain.models import AppointmentStatus
from coachdesk.ui.agenda.common import ViewMode, range_title, visible_days
from coachdesk.ui.agenda.packing import pack
from coachdesk.ui.agenda.time_grid import GUTTER
from coachdesk.ui.session import AppSession

__all__ = ["dutch", "fast_vault", "session"]  # fixtures used by name
pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def test_dutch_week_starts_on_monday_and_reads_as_dutch(dutch: None) -> None:
    days = visible_days(ViewMode.WEEK, WEDNESDAY)
    assert days[0] == MONDAY and len(days) == 7
    assert range_title(ViewMode.WEEK, days, WEDNESDAY) == "week 48 · 23–29 november 2026"
    work = visible_days(ViewMode.WORK_WEEK, WEDNESDAY)
    assert [d.weekday() for d in work] == [0, 1, 2, 3, 4]
    month = visible_days(ViewMode.MONTH, WEDNESDAY)
    assert len(month) == 42 and month[0] == date(2026, 10, 26)  # a Monday
    assert range_title(ViewMode.MONTH, month, WEDNESDAY) == "november 2026"
    across = visible_days(ViewMode.WEEK, date(2026, 12, 30))
    assert range_title(ViewMode.WEEK, across, date(2026, 12, 30)) == (
        "week 53 · 28 december 2026 – 3 januari 2027"
    )


def test_american_week_starts_on_sunday() -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        assert visible_days(ViewMode.WEEK, WEDNESDAY)[0] == date(2026, 11, 22)
    finally:
        QLocale.setDefault(previous)


def test_packing_puts_overlaps_side_by_side() -> None:
    placed = pack([
        ("a", at(MONDAY, 10), at(MONDAY, 11)),
        ("b", at(MONDAY, 10, 30), at(MONDAY, 12)),
        ("c", at(MONDAY, 11), at(MONDAY, 11, 30)),
        ("d", at(MONDAY, 13), at(MONDAY, 14)),
    ])  # fmt: skip
    lanes = {p.item: (p.lane, p.lanes) for p in placed}
    assert lanes == {"a": (0, 2), "b": (1, 2), "c": (0, 2), "d": (0, 1)}


def test_week_view_places_appointments_by_day_and_time(
    qtbot: QtBot, session: AppSession, dutch: None
) -> None:
    single = add(session, "Intake Anna", at(WEDNESDAY, 10), at(WEDNESDAY, 11, 30))
    add(session, "Overlap", at(WEDNESDAY, 11), at(WEDNESDAY, 12))
    page = make_page(qtbot, session)
    grid = page.week.grid
    assert page.title.text() == "week 48 · 23–29 november 2026"
    assert len(page.occurrences) == 2
    rect = grid.item_rect((single.id, at(WEDNESDAY, 10).isoformat()))
    assert rect is not None
    column = int((rect.center().x() - GUTTER) // grid.column_width())
    assert grid.days[column] == WEDNESDAY
    assert rect.top() == pytest.approx(10 * grid.hour_height)
    assert rect.height() == pytest.approx(1.5 * grid.hour_height)
    assert rect.width() < grid.column_width() / 2  # shares the column with "Overlap"
    assert grid.time_at(rect.topLeft() + QPointF(1, 1)).replace(second=0, microsecond=0) == (
        at(WEDNESDAY, 10, 1)
    )
    assert all(o.overlaps for o in page.occurrences)
    page.grab()  # paints without warnings, markers and all


def test_series_and_cancelled_are_shown(qtbot: QtBot, session: AppSession) -> None:
    rule = RecurrenceRule(Frequency.WEEKLY, count=3)
    add(session, "Reeks", at(MONDAY, 9), at(MONDAY, 10), rule=rule)
    add(session, "Afgezegd", at(MONDAY, 14), at(MONDAY, 15), status=AppointmentStatus.CANCELLED)
    page = make_page(qtbot, session)
    shown = {o.source.title: o for o in page.occurrences}
    assert shown["Reeks"].is_recurring
    assert shown["Afgezegd"].source.status is AppointmentStatus.CANCELLED
    page.set_focus_day(MONDAY + timedelta(weeks=2))
    assert [o.source.title for o in page.occurrences] == ["Reeks"]
    page.set_focus_day(MONDAY + timedelta(weeks=3))
    assert page.occurrences == []


def test_navigation_buttons_and_views_change_the_range(
    qtbot: QtBot, session: AppSession, dutch: None
) -> None:
    page = make_page(qtbot, session)
    page.next_button.click()
    assert page.days[0] == MONDAY + timedelta(weeks=1)
    assert page.title.text().startswith("week 49 ·")
    page.prev_button.click()
    page.view_buttons.button(ViewMode.DAY).click()
    assert page.days == [WEDNESDAY]
    assert page.title.text() == "woensdag 25 november 2026"
    page.view_buttons.button(ViewMode.WORK_WEEK).click()
    assert len(page.days) == 5 and page.week.grid.days == page.days
    page.view_buttons.button(ViewMode.MONTH).click()
    assert page.stack.currentWidget() is page.month
    assert page.title.text() == "november 2026"
    page.next_button.click()
    assert page.title.text() == "december 2026"
    page.today_button.click()
    assert date.today() in page.days


def test_keyboard_t_and_arrows(qtbot: QtBot, session: AppSession) -> None:
    page = make_page(qtbot, session)
    grid = page.week.grid
    grid.setFocus()
    QTest.keyClick(grid, Qt.Key.Key_Right)
    assert page.focus_day == WEDNESDAY + timedelta(days=1)
    assert page.days[0] == MONDAY  # still the same week
    for _ in range(5):
        QTest.keyClick(grid, Qt.Key.Key_Right)
    assert page.days[0] == MONDAY + timedelta(weeks=1)  # the range followed the focus
    QTest.keyClick(grid, Qt.Key.Key_PageUp)
    assert page.days[0] == MONDAY
    QTest.keyClick(grid, Qt.Key.Key_T)
    assert page.focus_day == date.today()
    page.set_mode(ViewMode.MONTH)
    page.set_focus_day(WEDNESDAY)
    QTest.keyClick(page.month, Qt.Key.Key_Down)
    assert page.focus_day == WEDNESDAY + timedelta(days=7)
    QTest.keyClick(page.month, Qt.Key.Key_Return)
    assert page.mode == ViewMode.DAY and page.days == [WEDNESDAY + timedelta(days=7)]


def test_month_view_counts_and_opens_a_day(qtbot: QtBot, session: AppSession) -> None:
    for hour in range(8, 17):
        add(session, f"Gesprek {hour}", at(WEDNESDAY, hour), at(WEDNESDAY, hour, 45))
    add(session, "Alleen", at(MONDAY, 9), at(MONDAY, 10))
    page = make_page(qtbot, session)
    page.set_mode(ViewMode.MONTH)
    month = page.month
    assert len(month.by_day[WEDNESDAY]) == 9
    shown, more = month.shown_and_more(WEDNESDAY)
    assert shown + more == 9 and more > 0 and shown == month.capacity() - 1
    assert month.shown_and_more(MONDAY) == (1, 0)
    page.grab()
    QTest.mouseClick(
        month, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
        month.cell_rect(WEDNESDAY).center().toPoint(),
    )  # fmt: skip
    assert page.mode == ViewMode.DAY and page.days == [WEDNESDAY]
    assert len(page.occurrences) == 9


def test_changes_elsewhere_refresh_the_view(qtbot: QtBot, session: AppSession) -> None:
    from coachdesk.ui.session import Changes

    page = make_page(qtbot, session)
    assert page.occurrences == []
    add(session, "Van elders", at(WEDNESDAY, 9), at(WEDNESDAY, 10))
    session.notify(Changes(appointments=True))
    assert [o.source.title for o in page.occurrences] == ["Van elders"]

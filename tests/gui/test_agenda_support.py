"""Shared set-up for the agenda view tests (imported by test_agenda_*; no tests here).

Appointments are placed in the week of Monday 23 November 2026 (ISO week 48), far from any
daylight-saving change, so pixel arithmetic is plain. Drags go through QTest on the painted
grid, at points the grid itself computes (``pos_of``, ``item_rect``).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QLocale, QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from coachdesk.domain.agenda import AppointmentDraft, Occurrence, RecurrenceRule
from coachdesk.domain.models import Appointment
from coachdesk.services import agenda
from coachdesk.ui.agenda.page import AgendaPage
from coachdesk.ui.session import AppSession

MONDAY = date(2026, 11, 23)
WEDNESDAY = date(2026, 11, 25)


@pytest.fixture
def dutch() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    yield
    QLocale.setDefault(previous)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute)


def add(
    session: AppSession,
    title: str,
    start: datetime,
    end: datetime,
    *,
    rule: RecurrenceRule | None = None,
    **fields: object,
) -> Appointment:
    draft = AppointmentDraft(title=title, start=start, end=end, recurrence=rule, **fields)  # type: ignore[arg-type]
    return agenda.create(session.db, draft)


def stored(session: AppSession, title: str, day: date = MONDAY) -> list[Occurrence]:
    """The occurrences titled *title* in the two weeks from *day*."""
    start = datetime.combine(day, time())
    found = agenda.occurrences(session.db, start, start + timedelta(days=14))
    return [o for o in found if o.source.title == title]


def make_page(qtbot: QtBot, session: AppSession, day: date = WEDNESDAY) -> AgendaPage:
    page = AgendaPage(session)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitExposed(page)
    page.set_focus_day(day)
    return page


def drag(widget: QWidget, start: QPointF, end: QPointF, steps: int = 4) -> None:
    """Press, move in a few steps and release, as a hand would."""
    a, b = start.toPoint(), end.toPoint()
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for i in range(1, steps + 1):
        point = QPoint(a.x() + (b.x() - a.x()) * i // steps, a.y() + (b.y() - a.y()) * i // steps)
        QTest.mouseMove(widget, point)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)

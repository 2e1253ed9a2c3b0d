"""GUI figures inside the real main window on the real vault (offscreen): event to repaint.

See ``gui_probe.py`` for the method. The filter and search fields wait for a pause in typing
before they query (80 and 120 ms); that pause is a design choice, not work, so the benchmark
sets it to 0 and measures the work a keystroke causes. Baselines: the same query alone (filter,
search) or a plain repaint of the same widget without new data (dossier, agenda).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from coachdesk.paths import DataPaths
from coachdesk.services.search import global_search, list_client_ids
from coachdesk.ui.agenda.common import ViewMode
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.pages import Page
from tests.bench.conftest import unlock
from tests.bench.gui_probe import Samples, main_window, measure, settle
from tests.bench.practices import TODAY
from tests.bench.report import Figure, Recorder, Series

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")
FILTER_WORDS = ("jans", "berg", "smit", "vries", "bak")
SEARCH_WORDS = ("energie", "grenzen", "loopbaan", "herstel", "Jansen", "piekeren", "werkritme")
RUNS = 7


@pytest.fixture
def window_l(practice_l: DataPaths, qapp: object) -> Iterator[MainWindow]:
    with main_window(practice_l, unlock(practice_l)) as window:
        yield window


@pytest.fixture
def window_xl(practice_xl: DataPaths, qapp: object) -> Iterator[MainWindow]:
    with main_window(practice_xl, unlock(practice_xl)) as window:
        yield window


def _figure(key: str, what: str, target: float, samples: Samples, name: str,
            baseline: Series, method: str) -> Figure:  # fmt: skip
    wall, cpu = samples.ms()
    return Figure(key, what, "ms", target, Series(name, wall), baseline, method=method,
                  cpu=Series("process CPU", cpu))  # fmt: skip


def _timed_ms(fn: object, *args: object) -> float:
    started = time.perf_counter()
    fn(*args)  # type: ignore[operator]
    return (time.perf_counter() - started) * 1000


def _filter(window: MainWindow) -> tuple[Samples, list[float]]:
    """Each keystroke of a few names typed into the filter: (event→repaint, SQL alone)."""
    window.show_page(Page.CLIENTS)
    page = window.clients
    page._filter_timer.setInterval(0)
    resets = [0]
    page.model.modelReset.connect(lambda: resets.__setitem__(0, resets[0] + 1))
    samples, baseline = Samples(), []
    for word in FILTER_WORDS:
        page.filter_edit.clear()
        page.filter_edit.setFocus()
        settle()
        for ch in word:
            before = resets[0]
            samples.add(measure(lambda ch=ch: QTest.keyClick(page.filter_edit, ch),
                                page.table.viewport(), lambda b=before: resets[0] > b))  # fmt: skip
            baseline.append(_timed_ms(list_client_ids, window.session.db, page.model.query))
    return samples, baseline


def test_client_filter_l(window_l: MainWindow, recorder: Recorder) -> None:
    samples, baseline = _filter(window_l)
    recorder.add(_figure(
        "1-filter-l", "client filter, keystroke to updated list, L", 16, samples, "keystroke",
        Series("SQL alone", baseline),
        "QTest key press in the filter field to the end of the list's repaint (gui_probe),"
        " the 80 ms typing pause set to 0; five names typed letter by letter.",
    ))  # fmt: skip


def test_client_filter_xl(window_xl: MainWindow, recorder: Recorder) -> None:
    samples, baseline = _filter(window_xl)
    recorder.add(_figure(
        "2-filter-xl", "client filter, keystroke to updated list, XL", 50, samples, "keystroke",
        Series("SQL alone", baseline), "As at L, on 20,000 clients.",
    ))  # fmt: skip


def test_global_search_xl(window_xl: MainWindow, recorder: Recorder) -> None:
    dialog = window_xl.open_search()
    assert dialog is not None
    dialog._timer.setInterval(0)
    resets = [0]
    dialog.model.modelReset.connect(lambda: resets.__setitem__(0, resets[0] + 1))
    samples, baseline = Samples(), []
    for word in SEARCH_WORDS:
        before = resets[0]
        measure(lambda w=word: dialog.query.setText(w[:-1]), dialog.results.viewport(),
                lambda b=before: resets[0] > b)  # fmt: skip
        before = resets[0]
        samples.add(measure(lambda w=word: QTest.keyClick(dialog.query, w[-1]),
                            dialog.results.viewport(), lambda b=before: resets[0] > b))  # fmt: skip
        assert dialog.model.hit_count() > 0, word
        baseline.append(_timed_ms(global_search, window_xl.session.db, word))
    dialog.close()
    recorder.add(_figure(
        "3-search-xl", "global full-text search, XL", 50, samples, "last keystroke",
        Series("search query alone", baseline),
        "Ctrl+K dialog; the word but its last letter is typed first; then the last key press"
        " to the end of the results' repaint (the search runs in a worker); seven words.",
    ))  # fmt: skip


def _long_client(window: MainWindow) -> tuple[int, str]:
    row = window.session.db.one(
        "SELECT c.id, c.number FROM clients c JOIN notes n ON n.client_id = c.id"
        " GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1"
    )
    return int(row[0]), str(row[1])


def _double_click(widget: QWidget, at: QPoint) -> None:
    """A user's double-click: the first click selects, the second (a double-click) opens."""
    for click in (QTest.mouseClick, QTest.mouseDClick):
        click(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)


def test_open_dossier_l(window_l: MainWindow, recorder: Recorder) -> None:
    client_id, number = _long_client(window_l)
    notes = window_l.session.db.scalar("SELECT count(*) FROM notes WHERE client_id = ?",
                                       (client_id,))  # fmt: skip
    assert notes >= 300
    window_l.show_page(Page.CLIENTS)
    page = window_l.clients
    page.status_combo.setCurrentIndex(page.status_combo.findData("all"))  # may be archived
    page.filter_edit.setText(number)
    page.apply_filter()
    settle()
    dossier = page.dossier
    bar = dossier.tabs.tabBar()
    opened, notes_tab, baseline = Samples(), Samples(), Samples()
    for _ in range(RUNS):
        page.show_list()
        settle()
        row = page.model.row_of(client_id)
        assert row is not None
        center = page.table.visualRect(page.model.index(row, 1)).center()
        opened.add(measure(
            lambda c=center: _double_click(page.table.viewport(), c), dossier.name_label,
            lambda: page.stack.currentWidget() is dossier and dossier.client_id == client_id,
        ))  # fmt: skip
        settle()
        baseline.add(measure(dossier.update, dossier.name_label, lambda: True))
        tab = bar.tabRect(dossier.tabs.indexOf(dossier.notes)).center()
        notes_tab.add(measure(
            lambda t=tab: QTest.mouseClick(bar, Qt.MouseButton.LeftButton,
                                           Qt.KeyboardModifier.NoModifier, t),
            dossier.notes, lambda: dossier.tabs.currentWidget() is dossier.notes,
        ))  # fmt: skip
    repaint = Series("repaint only", baseline.ms()[0])
    recorder.add(_figure(
        "4-dossier", f"open a dossier with {notes} notes, L", 100, opened, "double-click", repaint,
        "Double-click on the client's row in the list to the end of the dossier's repaint"
        " (all six tabs are loaded on opening).",
    ))  # fmt: skip
    recorder.add(_figure(
        "5-notes-tab", f"dossier: click the Notes tab ({notes} notes), L", 100, notes_tab,
        "tab click", repaint,
        "Click on the Notes tab to the end of its repaint (not in the issue's table; the tab"
        " a coach opens next).",
    ))  # fmt: skip


def test_agenda_week_month_l(window_l: MainWindow, recorder: Recorder) -> None:
    stored = window_l.session.db.scalar("SELECT count(*) FROM appointments")
    window_l.show_page(Page.AGENDA)
    agenda = window_l.agenda
    agenda.set_focus_day(TODAY - timedelta(days=14))
    settle()
    buttons = agenda.view_buttons
    week, month, week_base, month_base = Samples(), Samples(), Samples(), Samples()

    def click(mode: ViewMode) -> None:
        QTest.mouseClick(buttons.button(int(mode)), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, QPoint(10, 10))  # fmt: skip

    for _ in range(RUNS):
        month.add(measure(lambda: click(ViewMode.MONTH), agenda.month,
                          lambda: agenda.stack.currentWidget() is agenda.month))  # fmt: skip
        assert agenda.occurrences
        month_base.add(measure(agenda.month.update, agenda.month, lambda: True))
        week.add(measure(lambda: click(ViewMode.WEEK), agenda.week.grid,
                         lambda: agenda.stack.currentWidget() is agenda.week))  # fmt: skip
        assert agenda.occurrences
        week_base.add(measure(agenda.week.grid.update, agenda.week.grid, lambda: True))
    recorder.add(_figure(
        "6-week", f"week view, {stored:,} appointments stored, L", 50, week, "click Week",
        Series("repaint only", week_base.ms()[0]),
        "Click on the Week button (from the month view) to the end of the week grid's repaint,"
        " two weeks before the practice's today.",
    ))  # fmt: skip
    recorder.add(_figure(
        "7-month", f"month view, {stored:,} appointments stored, L", 100, month, "click Month",
        Series("repaint only", month_base.ms()[0]),
        "Click on the Month button (from the week view) to the end of the month's repaint.",
    ))  # fmt: skip

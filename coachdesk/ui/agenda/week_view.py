"""The day, work-week and week views: a header with the day names and the all-day strip above
the scrolling hours canvas (``TimeGrid``).

The header paints with the grid's own column geometry, so its columns line up with the grid's
whatever the width of the scroll bar. The hour height is chosen so 07:00–21:00 fill the visible
area, and the view opens scrolled to 07:00; the hours before and after are a scroll away.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QScrollArea, QToolTip, QVBoxLayout, QWidget

from coachdesk.domain.agenda import Occurrence
from coachdesk.ui.agenda.common import TODAY_FILL, day_heading, kind_label, status_label
from coachdesk.ui.agenda.painting import draw_block
from coachdesk.ui.agenda.time_grid import GUTTER, TimeGrid
from coachdesk.ui.pages import ACCENT

FIRST_HOUR, LAST_HOUR = 7, 21
MAX_ALL_DAY_ROWS = 3


class DayHeader(QWidget):
    """Day names (click one to see that day) and the all-day appointments."""

    day_clicked = Signal(object)  # date
    edit_requested = Signal(object)  # occurrence
    create_all_day = Signal(object)  # date

    def __init__(self, grid: TimeGrid, parent: QWidget) -> None:
        super().__init__(parent)
        self._grid = grid
        self.all_day: list[list[Occurrence]] = []
        self.focus_day: date | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def set_occurrences(self, occurrences: list[Occurrence]) -> None:
        days = self._grid.days
        self.all_day = [[o for o in occurrences if o.source.all_day and covers(o, d)] for d in days]
        rows = min(MAX_ALL_DAY_ROWS, max((len(x) for x in self.all_day), default=0))
        self.setFixedHeight(self._name_height() + max(1, rows) * self._row_height() + 4)
        self.update()

    def _name_height(self) -> int:
        return self.fontMetrics().height() + 12

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 4

    def _column_rect(self, column: int) -> QRectF:
        width = self._grid.column_width()
        return QRectF(GUTTER + column * width, 0, width, self.height())

    def all_day_rect(self, column: int, row: int) -> QRectF:
        col = self._column_rect(column)
        top = self._name_height() + row * self._row_height()
        return QRectF(col.left() + 2, top, col.width() - 5, self._row_height() - 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(event.rect(), palette.color(QPalette.ColorRole.Base))
        today = date.today()
        metrics = self.fontMetrics()
        font = self.font()
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.9))
        for column, day in enumerate(self._grid.days):
            rect = self._column_rect(column)
            if day == today:
                painter.fillRect(rect, TODAY_FILL)
            text = day_heading(
                day, short=rect.width() < metrics.horizontalAdvance("woensdag 30") + 16
            )
            painter.setPen(ACCENT if day == today else palette.color(QPalette.ColorRole.Text))
            bold = painter.font()
            bold.setBold(day == today)
            painter.setFont(bold)
            painter.drawText(
                QRectF(rect.left(), 0, rect.width(), self._name_height()),
                Qt.AlignmentFlag.AlignCenter,
                text,
            )
            painter.setFont(self.font())
            if day == self.focus_day and len(self._grid.days) > 1:
                width = min(rect.width() - 16, metrics.horizontalAdvance(text) + 8)
                underline = QRectF(rect.center().x() - width / 2, self._name_height() - 4, width, 2)
                painter.fillRect(underline, palette.color(QPalette.ColorRole.Highlight))
            items = self.all_day[column] if column < len(self.all_day) else []
            for row, occ in enumerate(items[:MAX_ALL_DAY_ROWS]):
                if row == MAX_ALL_DAY_ROWS - 1 and len(items) > MAX_ALL_DAY_ROWS:
                    painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
                    more = self.tr("+%1 more").replace("%1", str(len(items) - row))
                    painter.drawText(
                        self.all_day_rect(column, row), Qt.AlignmentFlag.AlignLeft, more
                    )
                    break
                draw_block(painter, self.all_day_rect(column, row), occ, font, with_time=False)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        for column in range(len(self._grid.days) + 1):
            x = round(GUTTER + column * self._grid.column_width())
            painter.drawLine(x, 0, x, self.height())
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        painter.end()

    def _hit(self, pos: QPointF) -> tuple[date | None, Occurrence | None]:
        if pos.x() < GUTTER or not self._grid.days:
            return None, None
        column = self._grid.column_at(pos)
        day = self._grid.days[column]
        if pos.y() < self._name_height():
            return day, None
        for row, occ in enumerate(self.all_day[column][:MAX_ALL_DAY_ROWS]):
            if self.all_day_rect(column, row).contains(pos):
                return day, occ
        return day, None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        day, occ = self._hit(event.position())
        if day is not None and occ is None and event.position().y() < self._name_height():
            self.day_clicked.emit(day)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        day, occ = self._hit(event.position())
        if occ is not None:
            self.edit_requested.emit(occ)
        elif day is not None and event.position().y() >= self._name_height():
            self.create_all_day.emit(day)


class WeekView(QWidget):
    """Header plus scrolling grid; forwards the grid's requests."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = TimeGrid(self)
        self.grid.installEventFilter(self)
        self.header = DayHeader(self.grid, self)
        self.scroll = QScrollArea(self)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.grid)
        self.scroll.viewport().installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.scroll, 1)
        self._scrolled = False

    def set_days(self, days: list[date]) -> None:
        self.grid.set_days(days)
        self.header.update()

    def set_occurrences(self, occurrences: list[Occurrence]) -> None:
        self.grid.set_occurrences(occurrences)
        self.header.set_occurrences(occurrences)

    def scroll_to_hour(self, hour: int) -> None:
        self.scroll.verticalScrollBar().setValue(int(hour * self.grid.hour_height))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fit 07:00–21:00 to the visible height whenever the viewport changes size."""
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_hours()
        elif watched is self.grid and event.type() == QEvent.Type.ToolTip:
            help_event: QHelpEvent = event  # type: ignore[assignment]
            block = self.grid.block_at(QPointF(help_event.pos()))
            if block is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(help_event.globalPos(), self.describe(block.occ), self.grid)
            return True
        return super().eventFilter(watched, event)

    def _fit_hours(self) -> None:
        bar = self.scroll.verticalScrollBar()
        top_hour = bar.value() / self.grid.hour_height if self._scrolled else FIRST_HOUR
        visible = self.scroll.viewport().height()
        self.grid.set_hour_height(visible / (LAST_HOUR - FIRST_HOUR))
        self.grid.resize(self.scroll.viewport().width(), self.grid.height())
        bar.setRange(0, max(0, self.grid.height() - visible))
        label_room = 0 if self._scrolled else self.fontMetrics().height() // 2 + 2
        bar.setValue(round(top_hour * self.grid.hour_height) - label_room)
        self._scrolled = self._scrolled or visible > 200
        self.header.update()

    def describe(self, occ: Occurrence) -> str:
        source = occ.source
        words = f"{kind_label(source.kind)} · {status_label(source.status)}"
        times = "" if source.all_day else f"{occ.start:%H:%M}–{occ.end:%H:%M} "
        return f"{times}{source.title}\n{words}"


def covers(occ: Occurrence, day: date) -> bool:
    """Whether an all-day occurrence shows on *day* (its end is exclusive at midnight)."""
    first, last = occ.start.date(), occ.end.date()
    if occ.end.time() == time() and last > first:
        last = date.fromordinal(last.toordinal() - 1)
    return first <= day <= last

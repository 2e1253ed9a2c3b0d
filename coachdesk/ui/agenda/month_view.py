"""The month view: six painted weeks, a few titles per day and "+3 more"; click a day to open it.

Painted in one widget like the time grid. How many titles fit is worked out from the cell
height at paint time, so a taller window shows more before "+N more".
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, time, timedelta

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QWidget

from coachdesk.domain.agenda import Occurrence
from coachdesk.ui.agenda.common import MUTED_TEXT, TODAY_FILL, fmt_time, kind_colours
from coachdesk.ui.agenda.painting import is_inactive, markers
from coachdesk.ui.pages import ACCENT

WEEKS = 6


class MonthView(QWidget):
    day_activated = Signal(object)  # date: show it in the day view

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[date] = []
        self.month = date.today().month
        self.by_day: dict[date, list[Occurrence]] = {}
        self.focus_day: date | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def set_days(self, days: list[date], month: int) -> None:
        self.days = list(days)
        self.month = month
        self.update()

    def set_occurrences(self, occurrences: list[Occurrence]) -> None:
        by_day: dict[date, list[Occurrence]] = defaultdict(list)
        first = self.days[0] if self.days else date.min
        last = self.days[-1] if self.days else date.min
        for occ in occurrences:
            day, end = occ.start.date(), occ.end.date()
            if occ.end.time() == time() and end > day:
                end -= timedelta(days=1)
            day = max(day, first)
            while day <= min(end, last):
                by_day[day].append(occ)
                day += timedelta(days=1)
        self.by_day = dict(by_day)
        self.update()

    # --- geometry ------------------------------------------------------------------------

    def _header_height(self) -> int:
        return self.fontMetrics().height() + 10

    def cell_rect(self, day: date) -> QRectF:
        index = self.days.index(day)
        width = self.width() / 7
        height = (self.height() - self._header_height()) / WEEKS
        row, column = divmod(index, 7)
        return QRectF(column * width, self._header_height() + row * height, width, height)

    def day_at(self, pos: QPointF) -> date | None:
        if not self.days or pos.y() < self._header_height():
            return None
        width = self.width() / 7
        height = (self.height() - self._header_height()) / WEEKS
        row = int((pos.y() - self._header_height()) // height)
        column = int(pos.x() // width)
        index = row * 7 + column
        return self.days[index] if 0 <= index < len(self.days) and 0 <= column < 7 else None

    def _line_height(self) -> int:
        return self.fontMetrics().height() + 2

    def capacity(self) -> int:
        """How many titles fit in a cell, keeping one line for "+N more"."""
        height = (self.height() - self._header_height()) / WEEKS - self._line_height() - 4
        return max(1, int(height // self._line_height()))

    def shown_and_more(self, day: date) -> tuple[int, int]:
        """(titles drawn, the N of "+N more") for *day*."""
        total = len(self.by_day.get(day, []))
        capacity = self.capacity()
        if total <= capacity:
            return total, 0
        return capacity - 1, total - capacity + 1

    # --- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(event.rect(), palette.color(QPalette.ColorRole.Base))
        if not self.days:
            painter.end()
            return
        locale = QLocale()
        width = self.width() / 7
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        for column in range(7):
            name = locale.dayName(self.days[column].isoweekday(), QLocale.FormatType.ShortFormat)
            rect = QRectF(column * width, 0, width, self._header_height())
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)
        today = date.today()
        for day in self.days:
            self._paint_cell(painter, day, today)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        for row in range(WEEKS + 1):
            y = round(self._header_height() + row * (self.height() - self._header_height()) / WEEKS)
            painter.drawLine(0, y, self.width(), y)
        for column in range(1, 7):
            x = round(column * width)
            painter.drawLine(x, self._header_height(), x, self.height())
        painter.end()

    def _paint_cell(self, painter: QPainter, day: date, today: date) -> None:
        rect = self.cell_rect(day)
        palette = self.palette()
        if day == today:
            painter.fillRect(rect, TODAY_FILL)
        if day == self.focus_day and self.hasFocus():
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        other_month = day.month != self.month
        font = self.font()
        font.setBold(day == today)
        painter.setFont(font)
        painter.setPen(
            ACCENT
            if day == today
            else MUTED_TEXT
            if other_month
            else palette.color(QPalette.ColorRole.Text)
        )
        line = self._line_height()
        painter.drawText(
            QRectF(rect.left() + 6, rect.top() + 2, rect.width() - 12, line),
            Qt.AlignmentFlag.AlignLeft,
            str(day.day),
        )
        small = self.font()
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.9))
        painter.setFont(small)
        metrics = painter.fontMetrics()
        shown, more = self.shown_and_more(day)
        y = rect.top() + line + 2
        for occ in self.by_day.get(day, [])[:shown]:
            colours = kind_colours(occ.source.kind, occ.source.status)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours.border)
            painter.drawEllipse(QPointF(rect.left() + 9, y + line / 2), 3, 3)
            when = "" if occ.source.all_day else fmt_time(occ.start) + " "
            text = f"{when}{occ.source.title} {markers(occ)}".rstrip()
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width() - 22))
            font = painter.font()
            font.setStrikeOut(is_inactive(occ))
            painter.setFont(font)
            painter.setPen(
                MUTED_TEXT
                if is_inactive(occ) or other_month
                else palette.color(QPalette.ColorRole.Text)
            )
            painter.drawText(QRectF(rect.left() + 16, y, rect.width() - 20, line), text)
            font.setStrikeOut(False)
            painter.setFont(font)
            y += line
        if more:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            text = self.tr("+%1 more").replace("%1", str(more))
            painter.drawText(QRectF(rect.left() + 16, y, rect.width() - 20, line), text)

    # --- input ---------------------------------------------------------------------------

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            day = self.day_at(event.position())
            if day is not None:
                self.day_activated.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focus_day:
            self.day_activated.emit(self.focus_day)
            return
        super().keyPressEvent(event)

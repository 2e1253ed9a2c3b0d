"""The painted hours canvas of the day, work-week and week views.

One widget paints every column (no child widget per appointment), so a busy week costs one
paint. Geometry is a pure function of the visible days, the hour height and the widget width:
``item_rect`` and ``time_at`` map between times and pixels, and the tests use them too.

Mouse: dragging over empty time asks to create (15-minute snapping), dragging an appointment
asks to move it, dragging its bottom edge asks to resize it, double-clicking edits. The grid
only *asks* (signals); the page decides, asks for a scope when a series is involved, and stores.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QWidget

from coachdesk.domain.agenda import Occurrence
from coachdesk.ui.agenda.common import NOW_LINE, SNAP_MINUTES, TODAY_FILL, fmt_time, snap
from coachdesk.ui.agenda.packing import Block, Drag, pack
from coachdesk.ui.agenda.painting import draw_block, draw_selection

GUTTER = 52
EDGE = 6  # pixels at an appointment's bottom that grab for resizing
MIN_HOUR_HEIGHT = 40.0


class TimeGrid(QWidget):
    create_requested = Signal(object, object)  # start, end
    move_requested = Signal(object, object, object)  # occurrence, new start, new end
    edit_requested = Signal(object)  # occurrence
    selected = Signal(object)  # occurrence or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[date] = [date.today()]
        self.blocks: list[Block] = []
        self.hour_height = MIN_HOUR_HEIGHT
        self.selected_key: tuple[int, str] | None = None
        self.drag: Drag | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self.update)
        self._clock.start()
        self._apply_height()

    # --- data and geometry ---------------------------------------------------------------

    def set_days(self, days: list[date]) -> None:
        self.days = list(days)
        self.update()

    def set_occurrences(self, occurrences: list[Occurrence]) -> None:
        """Lay out the timed occurrences of the visible days (all-day ones live in the header)."""
        blocks: list[Block] = []
        for column, day in enumerate(self.days):
            day_start = datetime.combine(day, time())
            day_end = day_start + timedelta(days=1)
            todays = [
                (occ, max(occ.start, day_start), min(occ.end, day_end))
                for occ in occurrences
                if not occ.source.all_day
                and occ.start < day_end
                and (occ.end > day_start or occ.start == day_start)
            ]
            for placed in pack([((occ, s, e), s, e) for occ, s, e in todays]):
                occ, s, e = placed.item
                blocks.append(Block(occ, column, s, e, placed.lane, placed.lanes))
        self.blocks = blocks
        self.update()

    def set_hour_height(self, height: float) -> None:
        self.hour_height = max(MIN_HOUR_HEIGHT, height)
        self._apply_height()

    def _apply_height(self) -> None:
        self.setFixedHeight(int(self.hour_height * 24) + 1)
        self.update()

    def column_width(self) -> float:
        return max(1.0, (self.width() - GUTTER) / max(1, len(self.days)))

    def y_of(self, moment: datetime, day: date) -> float:
        minutes = (moment - datetime.combine(day, time())).total_seconds() / 60
        return minutes * self.hour_height / 60

    def time_at(self, pos: QPointF) -> datetime:
        """The moment under *pos* (unsnapped), on the column's day."""
        minutes = min(max(pos.y(), 0.0), self.hour_height * 24) * 60 / self.hour_height
        return datetime.combine(self.days[self.column_at(pos)], time()) + timedelta(minutes=minutes)

    def pos_of(self, moment: datetime) -> QPointF:
        """The point in the middle of *moment*'s day column at *moment*'s height."""
        column = self.days.index(moment.date())
        x = GUTTER + (column + 0.5) * self.column_width()
        return QPointF(x, self.y_of(moment, moment.date()))

    def column_at(self, pos: QPointF) -> int:
        column = int((pos.x() - GUTTER) // self.column_width())
        return min(max(column, 0), len(self.days) - 1)

    def block_rect(self, block: Block) -> QRectF:
        width = self.column_width() - 4
        day = self.days[block.column]
        top = self.y_of(block.start, day)
        bottom = max(self.y_of(block.end, day), top + self.hour_height / 4)
        lane_width = width / block.lanes
        x = GUTTER + block.column * self.column_width() + 1 + block.lane * lane_width
        return QRectF(x, top, lane_width - 1, bottom - top)

    def item_rect(self, key: tuple[int, str]) -> QRectF | None:
        """Where the occurrence with *key* is drawn (its first day), for tests and tooltips."""
        for block in self.blocks:
            if block.occ.key == key:
                return self.block_rect(block)
        return None

    def block_at(self, pos: QPointF) -> Block | None:
        for block in reversed(self.blocks):
            if self.block_rect(block).contains(pos):
                return block
        return None

    # --- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(event.rect(), palette.color(QPalette.ColorRole.Base))
        column_width = self.column_width()
        today = date.today()
        for column, day in enumerate(self.days):
            if day == today:
                x = GUTTER + column * column_width
                painter.fillRect(QRectF(x, 0, column_width, self.height()), TODAY_FILL)
        self._paint_lines(painter, column_width)
        font = self.font()
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.9))
        for block in self.blocks:
            if self._hidden_by_drag(block):
                continue
            rect = self.block_rect(block)
            if rect.intersects(QRectF(event.rect())):
                draw_block(
                    painter, rect, block.occ, font, selected=block.occ.key == self.selected_key
                )
        self._paint_drag(painter, font)
        if today in self.days:
            now = datetime.now()
            y = self.y_of(now, today)
            x = GUTTER + self.days.index(today) * column_width
            painter.setPen(QPen(NOW_LINE, 2))
            painter.drawLine(QPointF(x, y), QPointF(x + column_width, y))
            painter.setBrush(NOW_LINE)
            painter.drawEllipse(QPointF(x, y), 3.5, 3.5)
        painter.end()

    def _paint_lines(self, painter: QPainter, column_width: float) -> None:
        palette = self.palette()
        line = palette.color(QPalette.ColorRole.Mid)
        faint = palette.color(QPalette.ColorRole.Midlight)
        text = palette.color(QPalette.ColorRole.PlaceholderText)
        metrics = self.fontMetrics()
        for hour in range(24):
            y = round(hour * self.hour_height)
            painter.setPen(line)
            painter.drawLine(GUTTER - 4, y, self.width(), y)
            painter.setPen(QPen(faint, 1, Qt.PenStyle.DotLine))
            half = round(y + self.hour_height / 2)
            painter.drawLine(GUTTER, half, self.width(), half)
            if hour:
                painter.setPen(text)
                label = QRectF(0, y - metrics.height() / 2, GUTTER - 8, metrics.height())
                painter.drawText(label, Qt.AlignmentFlag.AlignRight, fmt_time(time(hour)))
        painter.setPen(line)
        for column in range(len(self.days) + 1):
            x = round(GUTTER + column * column_width)
            painter.drawLine(x, 0, x, self.height())

    def _hidden_by_drag(self, block: Block) -> bool:
        drag = self.drag
        return bool(drag and drag.active and drag.occ is not None and drag.occ.key == block.occ.key)

    def _paint_drag(self, painter: QPainter, font: object) -> None:
        drag = self.drag
        if drag is None or not drag.active or drag.start is None or drag.end is None:
            return
        day = drag.start.date()
        if day not in self.days:
            return
        column = self.days.index(day)
        x = GUTTER + column * self.column_width() + 1
        top = self.y_of(drag.start, day)
        rect = QRectF(x, top, self.column_width() - 4, max(4.0, self.y_of(drag.end, day) - top))
        if drag.occ is not None:
            moved = Occurrence(drag.occ.source, drag.start, drag.end, drag.occ.series_id)
            painter.setOpacity(0.85)
            draw_block(painter, rect, moved, font, selected=True)  # type: ignore[arg-type]
            painter.setOpacity(1.0)
            return
        text = f"{fmt_time(drag.start)}–{fmt_time(drag.end)}"
        draw_selection(painter, rect, text, self.palette())

    # --- mouse ---------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        pos = event.position()
        block = self.block_at(pos)
        self.selected_key = block.occ.key if block else None
        self.selected.emit(block.occ if block else None)
        if block is None:
            self.drag = Drag("create", pos)
        else:
            near_edge = self.block_rect(block).bottom() - pos.y() <= EDGE
            resizable = near_edge and block.end == block.occ.end
            self.drag = Drag("resize" if resizable else "move", pos, block.occ)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        drag = self.drag
        if drag is None:
            block = self.block_at(pos)
            edge = block is not None and self.block_rect(block).bottom() - pos.y() <= EDGE
            self.setCursor(Qt.CursorShape.SizeVerCursor if edge else Qt.CursorShape.ArrowCursor)
            return
        if not drag.active:
            distance = (pos - drag.press).manhattanLength()
            if distance < QApplication.startDragDistance():
                return
            drag.active = True
        self._update_drag(drag, pos)
        self.update()

    def _minutes_at(self, y: float) -> float:
        return min(max(y, 0.0), self.hour_height * 24) * 60 / self.hour_height

    def _update_drag(self, drag: Drag, pos: QPointF) -> None:
        step = timedelta(minutes=SNAP_MINUTES)
        press_day = self.days[self.column_at(drag.press)]
        midnight = datetime.combine(press_day, time())
        if drag.mode == "create":
            lo, hi = sorted((self._minutes_at(drag.press.y()), self._minutes_at(pos.y())))
            drag.start = snap(midnight + timedelta(minutes=lo) - step / 2)
            drag.end = max(snap(midnight + timedelta(minutes=hi) + step / 2), drag.start + step)
            drag.end = min(drag.end, midnight + timedelta(days=1))
        elif drag.mode == "move" and drag.occ is not None:
            days = (self.days[self.column_at(pos)] - press_day).days
            minutes = (pos.y() - drag.press.y()) * 60 / self.hour_height
            drag.start = snap(drag.occ.start + timedelta(days=days, minutes=minutes))
            drag.end = drag.start + (drag.occ.end - drag.occ.start)
        elif drag.occ is not None:
            drag.start = drag.occ.start
            end = snap(midnight + timedelta(minutes=self._minutes_at(pos.y())))
            drag.end = max(end, drag.start + step)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self.drag = self.drag, None
        self.update()
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if not drag.active or drag.start is None or drag.end is None:
            return
        if drag.mode == "create":
            self.create_requested.emit(drag.start, drag.end)
        elif drag.occ is not None and (drag.start, drag.end) != (drag.occ.start, drag.occ.end):
            self.move_requested.emit(drag.occ, drag.start, drag.end)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.drag = None
        block = self.block_at(event.position())
        if block is not None:
            self.edit_requested.emit(block.occ)
            return
        start = snap(self.time_at(event.position()) - timedelta(minutes=SNAP_MINUTES / 2))
        self.create_requested.emit(start, start + timedelta(hours=1))

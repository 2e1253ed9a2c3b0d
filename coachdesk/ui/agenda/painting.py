"""Drawing one appointment block: used by the time grid, the all-day strip and the month view.

Kept apart from the widgets so every view draws an appointment the same way: kind colour with
a darker edge bar, cancelled greyed and struck through, a ⟳ for a series occurrence and a ⚠
when it overlaps another appointment.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetrics, QPainter, QPalette, QPen

from coachdesk.domain.agenda import Occurrence
from coachdesk.domain.models import AppointmentKind, AppointmentStatus
from coachdesk.ui.agenda.common import MUTED_TEXT, TEXT, WARNING, fmt_time, kind_colours

SERIES_MARK = "⟳"
OVERLAP_MARK = "⚠"


def is_inactive(occ: Occurrence) -> bool:
    return occ.source.status in (AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW)


def markers(occ: Occurrence) -> str:
    marks = SERIES_MARK if occ.is_recurring else ""
    if occ.overlaps and not is_inactive(occ):
        marks += OVERLAP_MARK
    return marks


def draw_block(
    painter: QPainter,
    rect: QRectF,
    occ: Occurrence,
    font: QFont,
    *,
    with_time: bool = True,
    selected: bool = False,
) -> None:
    """An appointment in *rect*: the title (with its start time) and, if room, more lines."""
    source = occ.source
    colours = kind_colours(source.kind, source.status)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colours.border, 2 if selected else 1))
    painter.setBrush(colours.fill)
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
    if source.kind == AppointmentKind.BLOCKED:
        painter.setBrush(QBrush(colours.border, Qt.BrushStyle.BDiagPattern))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colours.border)
    painter.drawRect(QRectF(rect.left() + 1, rect.top() + 1, 3, max(1.0, rect.height() - 2)))

    text_font = QFont(font)
    text_font.setStrikeOut(source.status == AppointmentStatus.CANCELLED)
    text_font.setItalic(source.status == AppointmentStatus.NO_SHOW)
    metrics = QFontMetrics(text_font)
    marks = markers(occ)
    inner = rect.adjusted(7, 1, -3, -1)
    if marks and inner.width() < metrics.horizontalAdvance(marks) + 28:
        marks = OVERLAP_MARK if OVERLAP_MARK in marks else ""  # room for the title first
    marks_width = metrics.horizontalAdvance(marks) + 4 if marks else 0
    painter.setFont(text_font)
    painter.setPen(MUTED_TEXT if is_inactive(occ) else TEXT)
    timed = with_time and not source.all_day and rect.width() >= 110
    lines = [f"{fmt_time(occ.start)} {source.title}" if timed else source.title]
    if source.location:
        lines.append(source.location)
    line_height = metrics.height()
    y = inner.top()
    for index, line in enumerate(lines):
        if y + line_height > inner.bottom() + 2 and index:
            break
        width = inner.width() - (marks_width if index == 0 else 0)
        text = metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(max(0.0, width)))
        painter.drawText(
            QRectF(inner.left(), y, width, line_height), Qt.AlignmentFlag.AlignLeft, text
        )
        y += line_height
    if marks:
        painter.setPen(WARNING if OVERLAP_MARK in marks else TEXT)
        painter.drawText(
            QRectF(inner.right() - marks_width, inner.top(), marks_width, line_height),
            Qt.AlignmentFlag.AlignRight,
            marks,
        )
    painter.restore()


def tooltip(occ: Occurrence, describe: str) -> str:
    """Plain text for the tooltip: time, title, kind and status words from the caller."""
    source = occ.source
    parts = [source.title]
    if not source.all_day:
        parts.insert(0, f"{fmt_time(occ.start)}–{fmt_time(occ.end)}")
    if source.location:
        parts.append(source.location)
    parts.append(describe)
    return "\n".join(parts)


def draw_selection(painter: QPainter, rect: QRectF, text: str, palette: QPalette) -> None:
    """The range being dragged out over empty time, with its times."""
    highlight = palette.color(QPalette.ColorRole.Highlight)
    fill = highlight.lighter(170)
    fill.setAlpha(160)
    painter.setPen(QPen(highlight, 1))
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, 3, 3)
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    painter.drawText(rect.adjusted(6, 2, -2, 0), Qt.AlignmentFlag.AlignLeft, text)

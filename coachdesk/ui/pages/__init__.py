"""The sidebar pages, and the few look-and-feel helpers they share.

``Page`` numbers the pages in sidebar order (Ctrl+1 … Ctrl+6 follow it). Icons are painted
line glyphs, the same on every platform, so nothing needs shipping.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from coachdesk.paths import resources_dir

ACCENT = QColor("#2f6f73")  # calm teal; readable on light and dark palettes


class Page(enum.IntEnum):
    TODAY = 0
    CLIENTS = 1
    AGENDA = 2
    TASKS = 3
    PRIVACY = 4
    SETTINGS = 5


def page_icon(page: Page, widget: QWidget | None = None) -> QIcon:
    """A line glyph per page, painted in the palette's colours (normal and selected).

    Painted rather than taken from the desktop theme, whose icons differ per platform and are
    missing for some pages (no theme has a "privacy" icon).
    """
    palette = widget.palette() if widget is not None else QApplication.palette()
    normal = palette.color(QPalette.ColorRole.WindowText)
    selected = palette.color(QPalette.ColorRole.HighlightedText)
    icon = QIcon()
    for size in (16, 20, 24, 32, 48):
        icon.addPixmap(_glyph(page, size, normal), QIcon.Mode.Normal)
        icon.addPixmap(_glyph(page, size, selected), QIcon.Mode.Selected)
    return icon


def _glyph(page: Page, size: int, color: QColor) -> QPixmap:
    """Draw *page*'s glyph on a 24-unit grid scaled to *size* pixels."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 24, size / 24)
    pen = QPen(color, 1.8)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    path = QPainterPath()
    if page == Page.TODAY:  # a sun
        painter.drawEllipse(QPointF(12, 12), 4, 4)
        for step in range(8):
            painter.save()
            painter.translate(12, 12)
            painter.rotate(step * 45)
            painter.drawLine(QPointF(0, -7), QPointF(0, -9.5))
            painter.restore()
    elif page == Page.CLIENTS:  # a person
        painter.drawEllipse(QPointF(12, 8), 3.5, 3.5)
        path.moveTo(5, 20)
        path.cubicTo(5, 13.5, 19, 13.5, 19, 20)
    elif page == Page.AGENDA:  # a calendar sheet
        painter.drawRoundedRect(QRectF(4, 5, 16, 15), 2, 2)
        painter.drawLine(QPointF(4, 10), QPointF(20, 10))
        painter.drawLine(QPointF(8.5, 3), QPointF(8.5, 7))
        painter.drawLine(QPointF(15.5, 3), QPointF(15.5, 7))
        for x in (8.5, 12, 15.5):
            painter.drawPoint(QPointF(x, 14.5))
    elif page == Page.TASKS:  # a ticked box
        painter.drawRoundedRect(QRectF(4, 4, 16, 16), 3, 3)
        path.moveTo(8, 12)
        path.lineTo(11, 15)
        path.lineTo(16.5, 8.5)
    elif page == Page.PRIVACY:  # a shield
        path.moveTo(12, 3)
        path.lineTo(19, 6)
        path.lineTo(19, 11)
        path.cubicTo(19, 16, 16, 19, 12, 21)
        path.cubicTo(8, 19, 5, 16, 5, 11)
        path.lineTo(5, 6)
        path.closeSubpath()
    else:  # settings: three sliders
        for y, knob in ((7, 9), (12, 15), (17, 7)):
            painter.drawLine(QPointF(4, y), QPointF(20, y))
            painter.setBrush(color)
            painter.drawEllipse(QPointF(knob, y), 2, 2)
            painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.end()
    return pixmap


def app_icon() -> QIcon:
    """The shipped icon if present, else a painted mark (a teal tile with a white "C")."""
    for name in ("coachdesk.svg", "coachdesk.png"):
        path = resources_dir() / "icons" / name
        if path.exists():
            return QIcon(str(path))
    icon = QIcon()
    for size in (16, 32, 64, 128, 256):
        icon.addPixmap(_painted_mark(size))
    return icon


def _painted_mark(size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addRoundedRect(QRectF(0, 0, size, size), size * 0.22, size * 0.22)
    painter.fillPath(path, ACCENT)
    font = QFont()
    font.setPixelSize(int(size * 0.62))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, "C")
    painter.end()
    return pixmap


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(max(6.0, font.pointSizeF() * factor))
    font.setBold(bold)
    return font


def heading(text: str, parent: QWidget, factor: float = 1.5) -> QLabel:
    """A page or section heading: larger, bold, selectable by screen readers as a heading."""
    label = QLabel(text, parent)
    label.setFont(scaled_font(label, factor, bold=True))
    label.setWordWrap(True)
    return label


def muted(label: QLabel) -> QLabel:
    """Secondary text: the palette's placeholder colour, so dark themes stay readable."""
    palette = label.palette()
    palette.setColor(label.foregroundRole(), palette.color(palette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    label.setWordWrap(True)
    return label

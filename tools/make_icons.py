"""Draws CoachDesk's icon and writes every size the installers want into ``resources/icons/``.

The mark: a cream notebook with a closed amber padlock on a calm teal tile — "your notes, locked".
Each size is painted on its own canvas (4x oversampled, then scaled down smoothly); below 48 px
the ruled lines and the keyhole are left out so the mark stays crisp at 16 px in a title bar.

    .venv/bin/python tools/make_icons.py            # writes the PNGs, .ico and .icns

Outputs: ``coachdesk-N.png`` for N in 16…1024 (Linux hicolor sizes, AppStream, the window),
``coachdesk.png`` (256 px, what ``coachdesk.ui.pages.app_icon`` loads), ``coachdesk.ico``
(Windows, 16…256) and ``coachdesk.icns`` (macOS, 16…1024; Pillow writes it, so no ``iconutil``
is needed). The files are committed; run this again only after changing the drawing.
"""

from __future__ import annotations

import argparse
import os
import sys
from io import BytesIO
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
)

TEAL = QColor("#2f6f73")  # the app's accent (coachdesk/ui/pages ACCENT)
TEAL_DARK = QColor("#24575a")
CREAM = QColor("#fbf7ee")
AMBER = QColor("#e3a33b")

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
OVERSAMPLE = 4
OUT_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"


def _rounded(painter: QPainter, rect: QRectF, radius: float, color: QColor) -> None:
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    painter.fillPath(path, color)


def paint_mark(painter: QPainter, s: float, *, detailed: bool) -> None:
    """The mark on an s x s canvas; coordinates are fractions of s."""

    def r(x0: float, y0: float, x1: float, y1: float) -> QRectF:
        return QRectF(x0 * s, y0 * s, (x1 - x0) * s, (y1 - y0) * s)

    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    margin = 0.06 if detailed else 0.0
    _rounded(painter, r(margin, margin, 1 - margin, 1 - margin), 0.2 * s, TEAL)

    # Notebook: cover page, a darker spine with binding rings, ruled lines.
    _rounded(painter, r(0.22, 0.17, 0.70, 0.83), 0.05 * s, CREAM)
    _rounded(painter, r(0.22, 0.17, 0.31, 0.83), 0.03 * s, TEAL_DARK)
    painter.fillRect(r(0.29, 0.17, 0.31, 0.83), CREAM.darker(112))
    if detailed:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(CREAM))
        for y in (0.27, 0.39, 0.51, 0.63, 0.75):
            painter.drawEllipse(QPointF(0.265 * s, y * s), 0.018 * s, 0.018 * s)
        pen = QPen(QColor(TEAL.red(), TEAL.green(), TEAL.blue(), 120), 0.022 * s)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        for y, x1 in ((0.30, 0.62), (0.39, 0.60), (0.48, 0.62)):
            painter.drawLine(QPointF(0.38 * s, y * s), QPointF(x1 * s, y * s))

    # Padlock over the lower right corner, set off from the page by a teal outline.
    shackle = QPainterPath()
    shackle.moveTo(0.60 * s, 0.60 * s)
    shackle.lineTo(0.60 * s, 0.545 * s)
    shackle.arcTo(r(0.60, 0.43, 0.78, 0.66), 180, -180)
    shackle.lineTo(0.78 * s, 0.60 * s)
    stroker = QPainterPathStroker()
    stroker.setWidth((0.05 if detailed else 0.07) * s)
    stroker.setCapStyle(Qt.PenCapStyle.FlatCap)
    lock = QPainterPath()
    lock.addRoundedRect(r(0.53, 0.57, 0.85, 0.84), 0.06 * s, 0.06 * s)
    lock = lock.united(stroker.createStroke(shackle)).simplified()
    outline = QPen(TEAL, (0.07 if detailed else 0.1) * s)
    outline.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    silhouette = QPainterPath(lock)
    silhouette.addEllipse(r(0.60, 0.43, 0.78, 0.66))  # the tile shows through the shackle
    silhouette.addRect(r(0.60, 0.545, 0.78, 0.60))
    silhouette = silhouette.simplified()
    painter.strokePath(silhouette, outline)
    painter.fillPath(silhouette, TEAL)
    painter.fillPath(lock, AMBER)
    if detailed:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(TEAL_DARK))
        painter.drawEllipse(QPointF(0.69 * s, 0.68 * s), 0.032 * s, 0.032 * s)
        painter.drawRoundedRect(r(0.677, 0.68, 0.703, 0.77), 0.01 * s, 0.01 * s)


def render(size: int) -> QImage:
    big = size * OVERSAMPLE
    image = QImage(big, big, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    paint_mark(painter, float(big), detailed=size >= 48)
    painter.end()
    return image.scaled(
        size,
        size,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


def _to_pillow(image: QImage) -> Image.Image:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return Image.open(BytesIO(bytes(data.data()))).convert("RGBA")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="folder to write into")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # offscreen, see above
    images = {size: _to_pillow(render(size)) for size in PNG_SIZES}
    for size, image in images.items():
        image.save(args.out / f"coachdesk-{size}.png", optimize=True)
    images[256].save(args.out / "coachdesk.png", optimize=True)
    # Pillow picks the frame for each size from the list given; each one was drawn for it.
    images[256].save(
        args.out / "coachdesk.ico",
        sizes=[(n, n) for n in ICO_SIZES],
        append_images=[images[n] for n in ICO_SIZES if n != 256],
    )
    images[1024].save(
        args.out / "coachdesk.icns",
        append_images=[images[n] for n in PNG_SIZES if n not in (24, 48, 1024)],
    )
    app.quit()
    for path in sorted(args.out.iterdir()):
        print(f"{path.stat().st_size:>8}  {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Fonts, styles, letterhead and page furniture shared by the client PDFs.

Used by the access PDF (Art. 15) and the erasure confirmation letter (Art. 17): DejaVu Sans from
``resources/fonts`` embedded so every European name renders (ş, ł, ő, ø, ğ), the practice
letterhead, and a document whose pages carry a footer with "page X of Y" (and, after the first
page, a running header).
"""

from __future__ import annotations

import functools
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    Image,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from coachdesk.domain.models import Practice
from coachdesk.paths import resources_dir
from coachdesk.services.export import access_pdf_sections as S

MARGIN = 20 * mm
FONT_FILES = {
    "regular": "DejaVuSans.ttf",
    "bold": "DejaVuSans-Bold.ttf",
    "italic": "DejaVuSans-Oblique.ttf",
    "mono": "DejaVuSansMono.ttf",
}
FAMILY = "CoachDeskAccess"
LOGO_BOX = (48 * mm, 20 * mm)
NO_PAD = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}


# -- fonts and styles ----------------------------------------------------------------------


@functools.cache
def fonts() -> dict[str, str]:
    """Register the shipped DejaVu fonts once; Helvetica if they are missing (then some
    letters outside Western Europe cannot be drawn, which the tests would catch)."""
    folder = resources_dir() / "fonts"
    names = {role: f"{FAMILY}-{role}" for role in FONT_FILES}
    try:
        for role, file in FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(names[role], str(folder / file)))
    except (OSError, TTFError):
        return {
            "regular": "Helvetica",
            "bold": "Helvetica-Bold",
            "italic": "Helvetica-Oblique",
            "mono": "Courier",
        }
    registerFontFamily(
        names["regular"],
        normal=names["regular"],
        bold=names["bold"],
        italic=names["italic"],
        boldItalic=names["bold"],
    )
    return names


def styles(fonts: dict[str, str]) -> dict[str, ParagraphStyle]:
    regular, bold = fonts["regular"], fonts["bold"]

    def style(name: str, **kw: Any) -> ParagraphStyle:
        base = {"fontName": regular, "fontSize": 9.5, "leading": 13.5, "textColor": S.INK}
        return ParagraphStyle(name, **{**base, **kw})

    return {
        "body": style("body", spaceAfter=6),
        "letter": style("letter", fontSize=10.5, leading=15, spaceAfter=9),
        "muted": style("muted", textColor=S.MUTED, spaceAfter=6),
        "lead": style("lead", textColor=S.MUTED, spaceAfter=6, keepWithNext=1),
        "meta": style("meta", fontSize=8, leading=11, textColor=S.MUTED, spaceAfter=3),
        "bullet": style(
            "bullet",
            leftIndent=12,
            bulletIndent=2,
            spaceAfter=2.5,
            bulletText="•",
            bulletFontName=regular,
        ),
        "address": style("address", leftIndent=12, spaceBefore=2, spaceAfter=6),
        "note": style("note", fontSize=9.5, leading=13.5, spaceAfter=0),
        "h1": style(
            "h1",
            fontName=bold,
            fontSize=17,
            leading=22,
            textColor=S.ACCENT,
            spaceAfter=8,
            keepWithNext=1,
        ),
        "h2": style(
            "h2",
            fontName=bold,
            fontSize=11,
            leading=14,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "h2b": style(
            "h2b",
            fontName=bold,
            fontSize=13,
            leading=17,
            textColor=S.ACCENT,
            spaceBefore=14,
            spaceAfter=6,
            keepWithNext=1,
        ),
        "h3": style(
            "h3",
            fontName=bold,
            fontSize=10.5,
            leading=14,
            spaceBefore=8,
            spaceAfter=1,
            keepWithNext=1,
        ),
        "special": style(
            "special",
            fontName=bold,
            fontSize=8,
            leading=11,
            textColor=S.SPECIAL,
            backColor=S.SPECIAL_BG,
            borderPadding=(1.5, 3, 1.5, 3),
            spaceBefore=1,
            spaceAfter=6,
        ),
        "subject": style(
            "subject", fontName=bold, fontSize=11, leading=15, spaceBefore=6, spaceAfter=12
        ),
        "cell": style("cell", fontSize=8.5, leading=11),
        "cell_head": style("cell_head", fontName=bold, fontSize=8, leading=10.5),
        "label": style("label", fontSize=8.5, leading=11, textColor=S.MUTED),
        "practice": style("practice", fontName=bold, fontSize=16, leading=20, textColor=S.ACCENT),
        "coach": style("coach", fontSize=10, leading=13, textColor=S.MUTED),
        "details": style(
            "details", fontSize=8.5, leading=11.5, textColor=S.MUTED, alignment=TA_RIGHT
        ),
        "date": style("date", fontSize=10.5, leading=15, alignment=TA_RIGHT, spaceAfter=6),
        "recipient": style("recipient", fontSize=10.5, leading=14.5),
    }


# -- letterhead ----------------------------------------------------------------------------


def letterhead(
    practice: Practice, logo: bytes | None, styles: dict[str, ParagraphStyle], kvk: str
) -> list[Flowable]:
    left: list[Flowable] = []
    image = logo_image(logo)
    if image is not None:
        left += [image, Spacer(1, 3 * mm)]
    left.append(Paragraph(escape(practice.name.strip()), styles["practice"]))
    if practice.coach_name.strip():
        left.append(Paragraph(escape(practice.coach_name.strip()), styles["coach"]))
    city = f"{practice.postcode.strip()} {practice.city.strip()}".strip()
    details = [
        practice.street.strip(),
        city,
        practice.email.strip(),
        practice.phone.strip(),
        practice.website.strip(),
        kvk.format(kvk=practice.kvk.strip()) if practice.kvk.strip() else "",
    ]
    right = Paragraph("<br/>".join(escape(x) for x in details if x), styles["details"])
    table = Table([[left, right]], colWidths=[S.CONTENT_WIDTH * 0.58, S.CONTENT_WIDTH * 0.42])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [
        table,
        Spacer(1, 3 * mm),
        HRFlowable(width="100%", thickness=1.2, color=S.ACCENT, spaceAfter=12 * mm),
    ]


def logo_image(logo: bytes | None) -> Image | None:
    """The logo scaled into the letterhead box, or None if absent or not a readable image."""
    if not logo:
        return None
    try:
        width, height = ImageReader(BytesIO(logo)).getSize()
        scale = min(LOGO_BOX[0] / width, LOGO_BOX[1] / height)
        image = Image(BytesIO(logo), width=width * scale, height=height * scale)
    except Exception:  # PIL raises many kinds; a broken logo must not stop the export
        return None
    image.hAlign = "LEFT"
    return image


# -- pages ---------------------------------------------------------------------------------


class PagedDocument(BaseDocTemplate):
    def __init__(
        self,
        target: BytesIO,
        *,
        footer: str,
        header: tuple[str, str],
        page_label: str,
        fonts: dict[str, str],
        **kw: Any,
    ) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            **kw,
        )
        self.footer, self.header, self.page_label, self.fonts = footer, header, page_label, fonts
        width, height = A4
        first = Frame(MARGIN, 22 * mm, width - 2 * MARGIN, height - 38 * mm, id="first", **NO_PAD)
        later = Frame(MARGIN, 22 * mm, width - 2 * MARGIN, height - 46 * mm, id="later", **NO_PAD)
        self.addPageTemplates(
            [
                PageTemplate("first", [first], onPage=self._decorate),
                PageTemplate("later", [later], onPage=self._decorate_later),
            ]
        )

    def afterFlowable(self, flowable: Flowable) -> None:
        bookmark = getattr(flowable, "bookmark", None)
        if bookmark is None:
            return
        key, title, level = bookmark
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(title, key, level, closed=key == "notes")

    def _decorate_later(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = A4
        canvas.saveState()
        canvas.setFillColor(S.MUTED)
        canvas.setFont(self.fonts["bold"], 8.5)
        canvas.drawString(MARGIN, height - 15 * mm, self.header[0])
        canvas.setFont(self.fonts["regular"], 8.5)
        canvas.drawRightString(width - MARGIN, height - 15 * mm, self.header[1])
        canvas.setStrokeColor(S.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, height - 17.5 * mm, width - MARGIN, height - 17.5 * mm)
        canvas.restoreState()
        self._decorate(canvas, doc)

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """The footer: practice · client · date on the left, "page X of Y" on the right (a
        form filled in when the total is known, see ``NumberedCanvas``)."""
        width, _ = A4
        right = width - MARGIN
        canvas.saveState()
        canvas.setStrokeColor(S.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, 16 * mm, right, 16 * mm)
        canvas.setFillColor(S.MUTED)
        font, size = self.fonts["regular"], 8
        canvas.setFont(font, size)
        room = right - MARGIN - pdfmetrics.stringWidth(self.page_label + " 9999 9999", font, size)
        canvas.drawString(MARGIN, 11 * mm, fit_text(self.footer, font, size, room))
        page = canvas.getPageNumber()
        canvas.translate(right, 11 * mm)
        canvas.doForm(f"pagelabel{page}")
        canvas.restoreState()
        assert isinstance(canvas, NumberedCanvas)
        canvas.page_labels[page] = (self.page_label, font, size)


class NumberedCanvas(Canvas):
    """Draws "page X of Y" as one form per page, defined at the end when Y is known; a single
    pass keeps the bookmarks on the right pages."""

    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.page_labels: dict[int, tuple[str, str, float]] = {}

    def save(self) -> None:
        total = len(self.page_labels)
        for page, (label, font, size) in self.page_labels.items():
            self.beginForm(
                f"pagelabel{page}", lowerx=-150 * mm, lowery=-5 * mm, upperx=5 * mm, uppery=10 * mm
            )
            self.setFillColor(S.MUTED)
            self.setFont(font, size)
            self.drawRightString(0, 0, label.format(page=page, total=total))
            self.endForm()
        super().save()


def fit_text(text: str, font: str, size: float, room: float) -> str:
    """*text*, shortened with an ellipsis to fit *room* points."""
    if pdfmetrics.stringWidth(text, font, size) <= room:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > room:
        text = text[:-1]
    return text.rstrip() + "…"

"""The access PDF (GDPR Art. 15, "inzage"): the printable copy a coach hands to a client.

A4, in Dutch or English per export: the practice letterhead and a cover letter, the Art. 15(1)
and 15(2) information filled in for this client, then all of the client's data grouped by
category, session notes verbatim. Every page carries the practice name, the client, the export
date and "page X of Y"; each section (and each note) is a PDF bookmark. DejaVu Sans, shipped in
``resources/fonts``, is embedded so every European name renders (ş, ł, ő, ø, ğ).

Contract with the exporter: ``write_access_pdf(path, data, practice=, rules=, language=,
logo=)`` where *data* is the data.json dict; missing keys give empty sections.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from io import BytesIO
from pathlib import Path
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
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from coachdesk.domain.models import Practice
from coachdesk.domain.retention import RetentionRule
from coachdesk.paths import resources_dir
from coachdesk.services.export import access_pdf_sections as S
from coachdesk.services.export import access_pdf_texts as T
from coachdesk.services.export.access_pdf_sections import (
    Ctx,
    _dict,
    _distinct,
    _has,
    _list,
    _s,
)
from coachdesk.services.export.access_pdf_texts import LANGUAGES, TEXTS
from coachdesk.vault.fsutil import atomic_write_bytes

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


def write_access_pdf(
    path: Path,
    data: dict[str, Any],
    *,
    practice: Practice,
    rules: Sequence[RetentionRule],
    language: str,
    logo: bytes | None = None,
) -> None:
    """Write the PDF to *path* through a temporary file in the same folder, renamed into
    place when complete. ``StorageError`` when the disk refuses."""
    pdf = render_access_pdf(data, practice=practice, rules=rules, language=language, logo=logo)
    atomic_write_bytes(Path(path), pdf, mode=0o600)


def render_access_pdf(
    data: dict[str, Any],
    *,
    practice: Practice,
    rules: Sequence[RetentionRule],
    language: str,
    logo: bytes | None = None,
) -> bytes:
    """The PDF as bytes (nothing touches the disk)."""
    language = language if language in LANGUAGES else "en"
    texts = TEXTS[language]
    fonts = _fonts()
    styles = _styles(fonts)
    ctx = Ctx(language, styles, fonts["mono"], practice_email=practice.email.strip())
    client = data.get("client") if isinstance(data.get("client"), dict) else {}
    name = S.client_name(client)
    export_date = ctx.long_date(data.get("exported_at"))

    story: list[Flowable] = [NextPageTemplate("later")]
    story += _letterhead(practice, logo, styles, texts["kvk"])
    story += _cover_letter(ctx, practice, client, export_date)
    story += [PageBreak(), *_information(ctx, data, list(rules))]
    story += [PageBreak(), *S.data_sections(ctx, data)]

    footer = " · ".join(
        x
        for x in (practice.name.strip(), texts["footer_subject"].format(client=name), export_date)
        if x
    )
    buffer = BytesIO()
    doc = _Document(
        buffer,
        footer=footer,
        header=(practice.name.strip(), texts["doc_title"]),
        page_label=texts["page"],
        fonts=fonts,
        title=f"{texts['doc_title']} – {name}" if name else texts["doc_title"],
        author=practice.name.strip(),
        subject=texts["subject"],
        creator="CoachDesk",
        lang=language,
    )
    doc.build(story, canvasmaker=_Canvas)
    return buffer.getvalue()


# -- Art. 15 information -------------------------------------------------------------------


def _information(ctx: Ctx, data: dict[str, Any], rules: list[RetentionRule]) -> list[Flowable]:
    client = _dict(data.get("client"))
    story: list[Flowable] = [ctx.heading(ctx.t("info_title"), "info"), ctx.p(ctx.t("info_intro"))]

    def part(key: str, *flowables: Flowable | None) -> None:
        head = ctx.p(ctx.t(f"{key}_h"), "h2")
        body = [f for f in flowables if f is not None]
        story.append(KeepTogether([head, *body[:2]]))
        story.extend(body[2:])

    consents = _list(data.get("consents"))
    given = _consent_purposes(ctx, consents)
    part(
        "purposes",
        ctx.p(ctx.t("purposes")),
        ctx.p(ctx.t("purposes_consent")) if given else None,
        *[ctx.p(item, "bullet") for item in given],
    )

    kinds = [k for k in T.DATA_CATEGORIES[ctx.language] if k != "special" and _has(data, k)]
    if any(_dict(n).get("special_category") for n in _list(data.get("notes"))):
        kinds.insert(kinds.index("notes") + 1 if "notes" in kinds else len(kinds), "special")
    part(
        "categories",
        ctx.p(ctx.t("categories")),
        *[ctx.p(T.DATA_CATEGORIES[ctx.language][k], "bullet") for k in kinds],
    )

    recipients = _distinct(_dict(d).get("recipient") for d in _list(data.get("disclosures")))
    if recipients:
        part("recipients", ctx.p(ctx.t("recipients")), *[ctx.p(r, "bullet") for r in recipients])
    else:
        part("recipients", ctx.p(ctx.t("recipients_none")))

    hold = _dict(data.get("legal_hold"))
    part(
        "retention",
        ctx.p(ctx.t("retention")),
        *[ctx.p(retention_line(ctx.language, rule), "bullet") for rule in rules],
        ctx.p(
            ctx.t(
                "legal_hold",
                reason=_s(hold.get("reason")),
                date=ctx.long_date(hold.get("review_on") or hold.get("until")),
            )
        )
        if hold
        else None,
    )

    email = ctx.practice_email
    contact = ctx.t("rights_contact", email=email) if email else ""
    part("rights", ctx.p(ctx.t("rights", contact=contact)))
    part(
        "complaint",
        ctx.p(ctx.t("complaint")),
        Paragraph(
            f"<b>{escape(T.AUTHORITY_ADDRESS[0])}</b><br/>"
            + "<br/>".join(escape(line) for line in T.AUTHORITY_ADDRESS[1:]),
            ctx.styles["address"],
        ),
        ctx.p(ctx.t("complaint_after")),
    )

    sponsors = _distinct(_dict(t).get("sponsor") for t in _list(data.get("trajectories")))
    referral = _s(client.get("referral_source"))
    part(
        "source",
        ctx.p(ctx.t("source")),
        ctx.p(ctx.t("source_referral", value=referral)) if referral else None,
        ctx.p(ctx.t("source_sponsor", value=", ".join(sponsors))) if sponsors else None,
    )
    part("automated", ctx.p(ctx.t("automated")))
    part("transfers", ctx.p(ctx.t("transfers")))
    return story


def retention_line(language: str, rule: RetentionRule) -> str:
    """'Afspraken: 12 maanden na de afspraak, daarna gewist'."""
    texts = T.TEXTS[language]
    months = rule.period_months
    period = texts["months_1"] if months == 1 else texts["months_n"].format(n=months)
    if months >= 24 and months % 12 == 0:
        period += f" ({texts['years'].format(n=months // 12)})"
    line = (
        f"{T.RETENTION_CATEGORIES[language][rule.category]}: {period} "
        f"{T.START_EVENTS[language][rule.start_event]}, "
        f"{T.RETENTION_ACTIONS[language][rule.action]}"
    )
    if rule.follows is not None:
        line += texts["retention_follows"]
    return line


def _consent_purposes(ctx: Ctx, consents: list[Any]) -> list[str]:
    """Each purpose the client consented to, with the date of withdrawal if withdrawn."""
    state: dict[str, tuple[str, object]] = {}
    for item in sorted((_dict(c) for c in consents), key=lambda c: _s(c.get("given_on"))):
        purpose = _s(item.get("purpose"))
        if purpose:
            state[purpose] = (_s(item.get("action")), item.get("given_on"))
    lines = []
    for purpose, (action, on) in state.items():
        if action == "withdrawn":
            purpose += " " + ctx.t("purposes_withdrawn", date=ctx.long_date(on))
        lines.append(purpose)
    return lines


# -- fonts and styles ----------------------------------------------------------------------


@functools.cache
def _fonts() -> dict[str, str]:
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


def _styles(fonts: dict[str, str]) -> dict[str, ParagraphStyle]:
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


# -- first page ----------------------------------------------------------------------------


def _letterhead(
    practice: Practice, logo: bytes | None, styles: dict[str, ParagraphStyle], kvk: str
) -> list[Flowable]:
    left: list[Flowable] = []
    image = _logo(logo)
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


def _logo(logo: bytes | None) -> Image | None:
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


def _cover_letter(
    ctx: S.Ctx, practice: Practice, client: dict[str, Any], export_date: str
) -> list[Flowable]:
    st = ctx.styles
    address = [
        S.client_name(client),
        S._s(client.get("street")),
        f"{S._s(client.get('postcode'))}  {S._s(client.get('city'))}".strip(),
    ]
    place = practice.city.strip()
    salutation = (
        S._s(client.get("preferred_name"))
        or S._s(client.get("first_name"))
        or S.client_name(client)
    )
    story: list[Flowable] = [
        Paragraph("<br/>".join(escape(x) for x in address if x), st["recipient"]),
        Spacer(1, 10 * mm),
        Paragraph(escape(f"{place}, {export_date}" if place else export_date), st["date"]),
        S.Heading(ctx.t("subject"), st["subject"], "letter", 0, outline=ctx.t("doc_title")),
        Paragraph(escape(ctx.t("greeting", name=salutation)), st["letter"]),
    ]
    story += [Paragraph(escape(text), st["letter"]) for text in TEXTS[ctx.language]["letter"]]
    story += [Spacer(1, 2 * mm), Paragraph(escape(ctx.t("closing")), st["letter"])]
    signature = [x for x in (practice.coach_name.strip(), practice.name.strip()) if x]
    story.append(Paragraph("<br/>".join(escape(x) for x in signature), st["recipient"]))
    return story


# -- pages ---------------------------------------------------------------------------------


class _Document(BaseDocTemplate):
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
        form filled in when the total is known, see ``_Canvas``)."""
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
        canvas.drawString(MARGIN, 11 * mm, _fit(self.footer, font, size, room))
        page = canvas.getPageNumber()
        canvas.translate(right, 11 * mm)
        canvas.doForm(f"pagelabel{page}")
        canvas.restoreState()
        assert isinstance(canvas, _Canvas)
        canvas.page_labels[page] = (self.page_label, font, size)


class _Canvas(Canvas):
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


def _fit(text: str, font: str, size: float, room: float) -> str:
    """*text*, shortened with an ellipsis to fit *room* points."""
    if pdfmetrics.stringWidth(text, font, size) <= room:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > room:
        text = text[:-1]
    return text.rstrip() + "…"

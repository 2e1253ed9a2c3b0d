"""The erasure confirmation letter as a PDF: A4, the practice letterhead of the access PDF.

Addressed to the client by name, dated, with the erasure's reference; then what was deleted
(counts in plain words), what was kept and why, the Art. 19 recipients and whether each was
informed, until when copies may exist in encrypted backups, the legal basis, and the complaint
route. Everything comes from the in-memory ``ErasureLetter``; the vault is not needed.
"""

from __future__ import annotations

from datetime import date
from io import BytesIO
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    NextPageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from coachdesk.domain.statistics import StatisticsKey
from coachdesk.services.erasure_letter_texts import BASIS_KEYS, CATEGORIES, LANGUAGES, TEXTS
from coachdesk.services.erasure_letter_texts import THEMES as THEME_NAMES
from coachdesk.services.export import access_pdf_sections as S
from coachdesk.services.export.access_pdf_layout import (
    NumberedCanvas,
    PagedDocument,
    fonts,
    letterhead,
    styles,
)
from coachdesk.services.recovery_sheet import format_sheet_date

if TYPE_CHECKING:
    from coachdesk.services.erasure_letter import ErasureLetter

COUNT_WIDTH = 16 * mm


def render_erasure_letter(letter: ErasureLetter, language: str) -> bytes:
    """The letter as PDF bytes (nothing touches the disk)."""
    language = language if language in LANGUAGES else "en"
    return _Letter(letter, language).render()


class _Letter:
    def __init__(self, letter: ErasureLetter, language: str) -> None:
        self.letter, self.language = letter, language
        self.fonts = fonts()
        self.st = styles(self.fonts)
        self.st["section"] = ParagraphStyle(
            "section", parent=self.st["h2"], textColor=S.ACCENT, spaceBefore=12, spaceAfter=5
        )
        self.st["ref"] = ParagraphStyle(
            "ref", parent=self.st["date"], fontSize=9, leading=12, textColor=S.MUTED
        )
        self.st["item"] = ParagraphStyle(
            "item", parent=self.st["bullet"], fontSize=10, leading=14, spaceAfter=5,
            leftIndent=14, bulletIndent=3,
        )  # fmt: skip
        self.st["count"] = ParagraphStyle(
            "count", parent=self.st["cell"], fontName=self.fonts["bold"], fontSize=10,
            leading=13, textColor=S.ACCENT, alignment=TA_RIGHT,
        )  # fmt: skip
        self.st["row"] = ParagraphStyle("row", parent=self.st["cell"], fontSize=10, leading=13)
        self.st["text"] = ParagraphStyle(
            "text", parent=self.st["letter"], fontSize=10, leading=14.5, spaceAfter=7
        )

    def t(self, key: str, **values: object) -> str:
        text = TEXTS[self.language][key]
        return text.format(**values) if values else text

    def p(self, text: str, style: str = "text") -> Paragraph:
        return Paragraph(escape(text), self.st[style])

    def date(self, day: date) -> str:
        return format_sheet_date(day, self.language)

    # -- the document ---------------------------------------------------------------------
    def render(self) -> bytes:
        letter, practice = self.letter, self.letter.practice
        story: list[Flowable] = [NextPageTemplate("later")]
        story += letterhead(practice, letter.logo, self.st, self.t("kvk"))
        story += self.opening()
        story += self.deleted()
        story += self.kept()
        story += self.recipients()
        story += self.backups()
        story += self.basis()
        story += self.closing()
        footer = " · ".join(
            x for x in (practice.name.strip(), self.t("footer", reference=letter.reference)) if x
        )
        buffer = BytesIO()
        name = letter.addressee.name
        doc = PagedDocument(
            buffer,
            footer=footer,
            header=(practice.name.strip(), self.t("doc_title")),
            page_label=self.t("page"),
            fonts=self.fonts,
            title=f"{self.t('doc_title')} – {name}" if name else self.t("doc_title"),
            author=practice.name.strip(),
            subject=self.t("doc_title"),
            creator="CoachDesk",
            lang=self.language,
        )
        doc.build(story, canvasmaker=NumberedCanvas)
        return buffer.getvalue()

    def section(self, key: str, *flowables: Flowable) -> list[Flowable]:
        head = Paragraph(escape(self.t(key)), self.st["section"])
        return [KeepTogether([head, *flowables[:2]]), *flowables[2:]]

    # -- parts ----------------------------------------------------------------------------
    def opening(self) -> list[Flowable]:
        letter = self.letter
        address = "<br/>".join(escape(x) for x in letter.addressee.lines())
        place = letter.practice.city.strip()
        day = self.date(letter.erased_on)
        basis = BASIS_KEYS.get(letter.legal_basis, "request")
        subject = "subject_anonymise" if letter.action == "anonymise" else "subject_erase"
        salutation = letter.addressee.salutation or letter.addressee.name
        return [
            Paragraph(address, self.st["recipient"]),
            Spacer(1, 10 * mm),
            self.p(f"{place}, {day}" if place else day, "date"),
            self.p(self.t("reference", reference=letter.reference), "ref"),
            S.Heading(self.t(subject), self.st["subject"], "letter", 0, self.t("doc_title")),
            self.p(self.t("greeting", name=salutation)),
            self.p(self.t(f"intro_{basis}", date=day)),
            self.p(self.t("intro_after")),
        ]

    def deleted(self) -> list[Flowable]:
        words = CATEGORIES[self.language]
        counts: dict[str, int] = {}
        for table, n in self.letter.deleted.items():
            key = table if table in words else "other"
            counts[key] = counts.get(key, 0) + n
        rows = [
            [Paragraph(str(counts[key]), self.st["count"]),
             Paragraph(escape(words[key][0 if counts[key] == 1 else 1]), self.st["row"])]
            for key in words
            if counts.get(key)
        ]  # fmt: skip
        parts: list[Flowable] = [self.p(self.t("deleted"))]
        if rows:
            table = Table(rows, colWidths=[COUNT_WIDTH, S.CONTENT_WIDTH - COUNT_WIDTH - 8 * mm])
            table.setStyle(
                TableStyle(
                    [
                        ("BACKGROUND", (0, 0), (-1, -1), S.PANEL),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 6),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                        ("TOPPADDING", (0, 0), (-1, -1), 3),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                        ("TOPPADDING", (0, 0), (-1, 0), 7),
                        ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
                    ]
                )
            )
            table.hAlign = "LEFT"
            parts += [table, Spacer(1, 3 * mm)]
        parts.append(self.p(self.t("deleted_after")))
        return self.section("deleted_h", *parts)

    def kept(self) -> list[Flowable]:
        letter = self.letter
        items = [self.t("kept_ledger")]
        n = letter.audit_entries_kept
        if n:
            items.append(self.t("kept_audit_1") if n == 1 else self.t("kept_audit_n", n=n))
        if letter.statistics is not None:
            items.append(self.statistics_line(letter.statistics))
        return self.section("kept_h", self.p(self.t("kept")), *[self.p(i, "item") for i in items])

    def statistics_line(self, key: StatisticsKey) -> str:
        age, sessions = key.age_band, key.sessions_band
        age_text = (
            self.t("age_band", band=age.replace("-", "–"))
            if age and age != "unknown"
            else self.t("age_unknown")
        )
        if sessions.startswith(">"):
            sessions_text = self.t("sessions_more", n=sessions[1:])
        else:
            sessions_text = self.t("sessions_band", band=sessions.replace("-", "–"))
        return self.t(
            "kept_statistics",
            year=key.year,
            theme=THEME_NAMES[self.language].get(key.theme, key.theme),
            age=age_text,
            sessions=sessions_text,
        )

    def recipients(self) -> list[Flowable]:
        notices = self.letter.recipients
        if not notices:
            return self.section("recipients_h", self.p(self.t("recipients_none")))
        rows = [
            [Paragraph(escape(n.recipient), self.st["row"]),
             Paragraph(escape(("✓ " + self.t("informed")) if n.informed
                              else ("→ " + self.t("will_inform"))), self.st["row"])]
            for n in notices
        ]  # fmt: skip
        table = Table(rows, colWidths=[S.CONTENT_WIDTH * 0.55, S.CONTENT_WIDTH * 0.45])
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, S.RULE),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.3, S.RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        table.hAlign = "LEFT"
        return self.section("recipients_h", self.p(self.t("recipients")), table, Spacer(1, 2 * mm))

    def backups(self) -> list[Flowable]:
        until = self.date(self.letter.backups_until)
        return self.section(
            "backups_h", self.p(self.t("backups", date=until)), self.p(self.t("backups_restore"))
        )

    def basis(self) -> list[Flowable]:
        key = BASIS_KEYS.get(self.letter.legal_basis)
        text = self.t(f"basis_{key}") if key else self.letter.legal_basis
        return self.section("basis_h", self.p(text))

    def closing(self) -> list[Flowable]:
        practice = self.letter.practice
        email = practice.email.strip()
        contact = self.t("questions_contact", email=email) if email else ""
        signature = [x for x in (practice.coach_name.strip(), practice.name.strip()) if x]
        end = [
            self.p(self.t("closing")),
            Spacer(1, 8 * mm),
            Paragraph("<br/>".join(escape(x) for x in signature), self.st["recipient"]),
        ]
        return [
            Spacer(1, 3 * mm),
            self.p(self.t("questions", contact=contact, reference=self.letter.reference)),
            self.p(self.t("complaint")),
            KeepTogether([Spacer(1, 2 * mm), *end]),
        ]

"""The processing register as an A4 PDF with the practice letterhead of the access PDF."""

from __future__ import annotations

from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    NextPageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from coachdesk.services.export import access_pdf_sections as S
from coachdesk.services.export.access_pdf import retention_line
from coachdesk.services.export.access_pdf_layout import (
    NumberedCanvas,
    PagedDocument,
    fonts,
    letterhead,
    styles,
)
from coachdesk.services.processing_register import LANGUAGES, Register
from coachdesk.services.processing_register_texts import STATUS_WORDS, TEXTS
from coachdesk.services.recovery_sheet import format_sheet_date

LABEL_WIDTH = 42 * mm


def render_register(register: Register, language: str) -> bytes:
    """The register as PDF bytes (nothing touches the disk)."""
    language = language if language in LANGUAGES else "en"
    return _Register(register, language).render()


class _Register:
    def __init__(self, register: Register, language: str) -> None:
        self.r, self.language = register, language
        self.fonts = fonts()
        self.st = styles(self.fonts)

    def t(self, key: str, **values: object) -> str:
        text = TEXTS[self.language][key]
        return text.format(**values) if values else text

    def p(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(escape(text), self.st[style])

    def day(self, value: object) -> str:
        if value is None:
            return self.t("never")
        day = value.date() if hasattr(value, "date") else value
        return format_sheet_date(day, self.language)  # type: ignore[arg-type]

    def render(self) -> bytes:
        practice = self.r.practice
        story: list[Flowable] = [NextPageTemplate("later")]
        story += letterhead(practice, self.r.logo, self.st, self.t("kvk"))
        story += [
            S.Heading(self.t("title"), self.st["subject"], "title", 0, self.t("title")),
            self.p(self.t("subtitle"), "lead"),
            self.p(self.t("generated", date=self.day(self.r.generated_on)), "muted"),
        ]
        story += self.controller() + self.activity() + self.retention()
        story += self.security() + self.breaches()
        buffer = BytesIO()
        doc = PagedDocument(
            buffer,
            footer=" · ".join(
                x for x in (practice.name.strip(), self.t("title"), self.day(self.r.generated_on))
                if x
            ),
            header=(practice.name.strip(), self.t("title")),
            page_label=self.t("page"),
            fonts=self.fonts,
            title=self.t("subtitle"),
            author=practice.name.strip(),
            subject=self.t("subtitle"),
            creator="CoachDesk",
            lang=self.language,
        )  # fmt: skip
        doc.build(story, canvasmaker=NumberedCanvas)
        return buffer.getvalue()

    def section(self, key: str, *flowables: Flowable) -> list[Flowable]:
        head = S.Heading(self.t(key), self.st["h2"], key, 0, self.t(key))
        return [KeepTogether([head, *flowables[:1]]), *flowables[1:]]

    def controller(self) -> list[Flowable]:
        practice = self.r.practice
        contact = ", ".join(
            x.strip() for x in (practice.email, practice.phone, practice.website) if x.strip()
        )
        parts = [self.p(self.t("controller", name=practice.name.strip(),
                                coach=practice.coach_name.strip()))]  # fmt: skip
        if contact:
            parts.append(self.p(self.t("contact", contact=contact)))
        return self.section("controller_h", *parts)

    def activity(self) -> list[Flowable]:
        words = STATUS_WORDS[self.language]
        clients = (
            ", ".join(
                f"{n} {words.get(status, status)}"
                for status, n in sorted(self.r.clients_by_status.items())
            )
            or "0"
        )
        recipients = "; ".join(
            self.t("recipient_n", name=name, n=n) for name, n in self.r.recipients
        ) or self.t("recipients_none")
        targets = len(self.r.security.backup.targets)
        transfers = self.t("transfers_v") + (
            self.t("transfers_targets", n=targets) if targets else ""
        )
        rows = [
            ("purposes", self.t("purposes_v")),
            ("basis", self.t("basis_v")),
            ("subjects", self.t("subjects_v", clients=clients)),
            ("categories", self.t("categories_v")),
            ("special", self.t("special_yes" if self.r.special_category_notes else "special_no")),
            ("recipients", recipients),
            ("transfers", transfers),
        ]
        cells = [
            [Paragraph(escape(self.t(key)), self.st["label"] if "label" in self.st else
                       self.st["body"]), Paragraph(escape(value), self.st["body"])]
            for key, value in rows
        ]  # fmt: skip
        table = Table(cells, colWidths=[LABEL_WIDTH, S.CONTENT_WIDTH - LABEL_WIDTH])
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (0, -1), S.PANEL),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.4, S.RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return self.section("activity_h", table)

    def retention(self) -> list[Flowable]:
        confirmed = self.r.rules_confirmed_on
        intro = self.t(
            "retention_intro",
            confirmed=self.t("retention_confirmed", date=self.day(confirmed)) if confirmed else "",
        )
        lines = [self.p(retention_line(self.language, rule), "bullet") for rule in self.r.rules]
        for line in lines:
            line.bulletText = "•"
        auto = "retention_auto_on" if self.r.security.retention_auto else "retention_auto_off"
        return self.section("retention_h", self.p(intro), *lines, self.p(self.t(auto)))

    def security(self) -> list[Flowable]:
        sec = self.r.security
        backup = sec.backup
        items = [
            self.t("sec_vault", version=sec.cipher_version),
            self.t("sec_recovery"),
            self.t("sec_passphrase_on", mib=sec.argon2_memory_mib)
            if sec.passphrase
            else self.t("sec_passphrase_off"),
            self.t("sec_keyring_on" if sec.keyring else "sec_keyring_off"),
            self.t("sec_autolock", n=sec.auto_lock_minutes),
            self.t(
                "sec_backup",
                n=len(backup.targets),
                schedule=self.t(f"schedule_{backup.schedule}"),
                daily=backup.keep_daily,
                weekly=backup.keep_weekly,
                monthly=backup.keep_monthly,
                last=self.day(sec.last_backup),
                drill=self.day(sec.last_verified_restore),
            )
            if backup.targets
            else self.t("sec_backup_none"),
            self.t(
                "sec_audit",
                audit=self.t("intact" if sec.audit_chain_intact else "broken"),
                n=sec.ledger_entries,
                ledger=self.t("intact" if sec.ledger_chain_intact else "broken"),
            ),
        ]
        bullets = [self.p(item, "bullet") for item in items]
        for bullet in bullets:
            bullet.bulletText = "•"
        return self.section("security_h", *bullets)

    def breaches(self) -> list[Flowable]:
        count, year = self.r.breaches_this_year, self.r.generated_on.year
        key = {0: "breaches_none", 1: "breaches_one"}.get(count, "breaches_count")
        counted = self.t(key, year=year, count=count)
        return self.section("breaches_h", self.p(self.t("breaches") + " " + counted))

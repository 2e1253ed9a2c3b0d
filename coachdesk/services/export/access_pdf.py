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

from collections.abc import Sequence
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
)

from coachdesk.domain.models import Practice
from coachdesk.domain.retention import RetentionRule
from coachdesk.services.export import access_pdf_sections as S
from coachdesk.services.export import access_pdf_texts as T
from coachdesk.services.export.access_pdf_layout import (
    NumberedCanvas,
    PagedDocument,
    fonts,
    letterhead,
    styles,
)
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
    font_names = fonts()
    style_sheet = styles(font_names)
    ctx = Ctx(language, style_sheet, font_names["mono"], practice_email=practice.email.strip())
    client = data.get("client") if isinstance(data.get("client"), dict) else {}
    name = S.client_name(client)
    export_date = ctx.long_date(data.get("exported_at"))

    story: list[Flowable] = [NextPageTemplate("later")]
    story += letterhead(practice, logo, style_sheet, texts["kvk"])
    story += _cover_letter(ctx, practice, client, export_date)
    story += [PageBreak(), *_information(ctx, data, list(rules))]
    story += [PageBreak(), *S.data_sections(ctx, data)]

    footer = " · ".join(
        x
        for x in (practice.name.strip(), texts["footer_subject"].format(client=name), export_date)
        if x
    )
    buffer = BytesIO()
    doc = PagedDocument(
        buffer,
        footer=footer,
        header=(practice.name.strip(), texts["doc_title"]),
        page_label=texts["page"],
        fonts=font_names,
        title=f"{texts['doc_title']} – {name}" if name else texts["doc_title"],
        author=practice.name.strip(),
        subject=texts["subject"],
        creator="CoachDesk",
        lang=language,
    )
    doc.build(story, canvasmaker=NumberedCanvas)
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

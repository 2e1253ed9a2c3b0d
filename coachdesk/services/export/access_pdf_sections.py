"""The parts of the access PDF as reportlab flowables: the Art. 15 information and the data.

``Ctx`` carries the language, the styles and the formatting of dates and codes; the builders
read the data.json dict tolerantly (a missing key is an empty section, an unparsable date is
printed as stored). Layout of pages, fonts and the letterhead live in ``access_pdf``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from coachdesk.services.export import access_pdf_texts as T
from coachdesk.services.recovery_sheet import format_sheet_date

INK = colors.HexColor("#1D2733")
MUTED = colors.HexColor("#5B6775")
ACCENT = colors.HexColor("#2F5D7C")
PANEL = colors.HexColor("#EEF2F6")
RULE = colors.HexColor("#C9D2DC")
SPECIAL = colors.HexColor("#8A3B12")
SPECIAL_BG = colors.HexColor("#FBEDE4")
CONTENT_WIDTH = 170 * mm

MONTHS_SHORT = {
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


class Heading(Paragraph):
    """A heading that becomes a PDF bookmark (``access_pdf`` adds it after layout)."""

    def __init__(
        self, text: str, style: ParagraphStyle, key: str, level: int, outline: str = ""
    ) -> None:
        super().__init__(escape(text), style)
        self.bookmark = (key, outline or text, level)


@dataclass
class Ctx:
    language: str
    styles: dict[str, ParagraphStyle]
    mono: str
    practice_email: str = ""

    def t(self, key: str, **values: object) -> str:
        text = T.TEXTS[self.language][key]
        return text.format(**values) if values else text

    def field(self, key: str) -> str:
        return T.FIELDS[self.language].get(key, key)

    def value(self, code: object) -> str:
        text = _s(code)
        return T.VALUES[self.language].get(text, text)

    # -- dates ---------------------------------------------------------------------------
    def long_date(self, value: object) -> str:
        day = _date(value)
        return format_sheet_date(day, self.language) if day else _s(value)

    def short_date(self, value: object) -> str:
        day = _date(value)
        if day is None:
            return _s(value)
        return f"{day.day} {MONTHS_SHORT[self.language][day.month - 1]} {day.year}"

    def moment(self, value: object) -> str:
        """A stored moment in the coach's local time: UTC stamps are converted, local wall
        times (agenda) are shown as they are."""
        when = _datetime(value)
        if when is None:
            return _s(value)
        if when.tzinfo is not None:
            when = when.astimezone()
        return f"{self.short_date(when.date())}, {when:%H:%M}"

    # -- flowables -----------------------------------------------------------------------
    def p(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(escape(text), self.styles[style])

    def heading(self, text: str, key: str, level: int = 0, style: str = "h1") -> Heading:
        return Heading(text, self.styles[style], key, level)

    def table(self, header: list[str], rows: list[list[object]], widths: list[float]) -> Table:
        """A full-width table with a repeating header row; cells wrap."""
        cell, head = self.styles["cell"], self.styles["cell_head"]
        body = [[Paragraph(escape(h), head) for h in header]]
        body += [
            [c if isinstance(c, Flowable) else Paragraph(escape(_s(c)), cell) for c in r]
            for r in rows
        ]
        total = sum(widths)
        table = Table(body, colWidths=[CONTENT_WIDTH * w / total for w in widths], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), PANEL),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return table

    def pairs(self, items: Iterable[tuple[str, object]]) -> Table | None:
        """A two-column label/value table of the items that have a value."""
        rows = [
            [
                Paragraph(escape(label), self.styles["label"]),
                Paragraph(escape(_s(value)), self.styles["cell"]),
            ]
            for label, value in items
            if _s(value)
        ]
        if not rows:
            return None
        table = Table(rows, colWidths=[48 * mm, CONTENT_WIDTH - 48 * mm])
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return table

    def verbatim(self, text: str, style: str = "note") -> list[Flowable]:
        """*text* exactly as written: line breaks, blank lines and indentation kept. One
        paragraph per block of lines, so a long note flows across pages."""
        out: list[Flowable] = []
        block: list[str] = []
        leading = self.styles[style].leading

        def flush() -> None:
            if block:
                out.append(Paragraph("<br/>".join(block), self.styles[style]))
                block.clear()

        for line in _clean(text).split("\n"):
            if line.strip():
                stripped = line.lstrip(" \t")
                indent = line[: len(line) - len(stripped)].replace("\t", "    ")
                block.append("&nbsp;" * len(indent) + escape(stripped))
            else:
                flush()
                out.append(Spacer(1, leading * 0.6))
        flush()
        while out and isinstance(out[-1], Spacer):
            out.pop()
        return out


# -- the data ------------------------------------------------------------------------------


def data_sections(ctx: Ctx, data: dict[str, Any]) -> list[Flowable]:
    story: list[Flowable] = [
        ctx.heading(ctx.t("data_title"), "data"),
        ctx.p(ctx.t("data_intro", date=ctx.long_date(data.get("exported_at")))),
    ]
    for key, build in (
        ("identity", _identity),
        ("trajectories", _trajectories),
        ("consents", _consents),
        ("appointments", _appointments),
        ("notes", _notes),
        ("tasks", _tasks),
        ("documents", _documents),
        ("disclosures", _disclosures),
        ("requests", _requests),
        ("audit", _audit),
    ):
        body = build(ctx, data)
        if key == "requests" and not body:
            continue  # a section the client rarely has; the others always show
        story.append(ctx.heading(ctx.t(f"{key}_h"), key, 1, "h2b"))
        story.extend(body or [ctx.p(ctx.t("none_recorded"), "muted")])
    return story


def client_name(client: dict[str, Any]) -> str:
    name = _s(client.get("name"))
    if name:
        return name
    parts = (client.get("first_name"), client.get("tussenvoegsel"), client.get("last_name"))
    return " ".join(_s(p) for p in parts if _s(p))


def _identity(ctx: Ctx, data: dict[str, Any]) -> list[Flowable]:
    c = _dict(data.get("client"))
    address = ", ".join(
        x
        for x in (_s(c.get("street")), f"{_s(c.get('postcode'))} {_s(c.get('city'))}".strip())
        if x
    )
    tags = c.get("tags")
    items = [
        ("number", c.get("number")),
        ("first_name", c.get("first_name")),
        ("tussenvoegsel", c.get("tussenvoegsel")),
        ("last_name", c.get("last_name")),
        ("preferred_name", c.get("preferred_name")),
        ("date_of_birth", ctx.long_date(c.get("date_of_birth")) if c.get("date_of_birth") else ""),
        ("email", c.get("email")),
        ("phone", c.get("phone")),
        ("address", address),
        ("country", c.get("country")),
        ("organisation", c.get("organisation")),
        ("referral_source", c.get("referral_source")),
        ("status", ctx.value(c.get("status"))),
        ("tags", ", ".join(_s(t) for t in tags) if isinstance(tags, list) else tags),
        ("created_at", ctx.moment(c.get("created_at")) if c.get("created_at") else ""),
        ("updated_at", ctx.moment(c.get("updated_at")) if c.get("updated_at") else ""),
    ]
    table = ctx.pairs((ctx.field(k), v) for k, v in items)
    return [table] if table else []


def _trajectories(ctx: Ctx, data: dict[str, Any]) -> list[Flowable]:
    out: list[Flowable] = []
    for item in map(_dict, _list(data.get("trajectories"))):
        table = ctx.pairs(
            [
                (ctx.field("goal"), item.get("goal")),
                (ctx.field("start_date"), _opt(ctx.long_date, item.get("start_date"))),
                (ctx.field("end_date"), _opt(ctx.long_date, item.get("end_date"))),
                (ctx.field("agreed_sessions"), item.get("agreed_sessions")),
                (ctx.field("sponsor"), item.get("sponsor")),
                (ctx.field("payer"), item.get("payer")),
            ]
        )
        out.append(
            KeepTogether([ctx.p(_s(item.get("title")) or "—", "h3"), *filter(None, [table])])
        )
    return out


def _consents(ctx: Ctx, data: dict[str, Any]) -> list[Flowable]:
    rows = []
    for c in sorted(map(_dict, _list(data.get("consents"))), key=lambda c: _s(c.get("given_on"))):
        purpose = _s(c.get("purpose"))
        extra = [x for x in (_s(c.get("scope")), _s(c.get("note"))) if x]
        method = ctx.value(c.get("method"))
        if _s(c.get("text_version")):
            method += f" ({ctx.field('text_version').lower()} {_s(c.get('text_version'))})"
        rows.append(
            [
                ctx.short_date(c.get("given_on")),
                ctx.value(c.get("action")),
                "\n".join([purpose, *extra]),
                method,
            ]
        )
    if not rows:
        return []
    header = [ctx.field(k) for k in ("date", "action", "purpose", "method")]
    return [ctx.table(header, _multiline(ctx, rows, 2), [2.2, 1.8, 6, 3])]


def _appointments(ctx: Ctx, data: dict[str, Any]) -> list[Flowable]:
    rows = []
    for a in sorted(map(_dict, _list(data.get("appointments"))), key=lambda a: _s(a.get("start"))):
        start, end = _datetime(a.get("start")), _datetime(a.get("end"))
        if a.get("all_day"):
            when = ctx.t("all_day")
        elif start and end:
            when = f"{start:%H:%M}–{end:%H:%M}"
        else:
            when = ""
        rows.append(
            [
                ctx.short_date(start.date() if start else a.get("start")),
                when,
                a.get("title"),
                ctx.value(a.get("kind")),
                ctx.value(a.get("status")),
                a.get("location"),
            ]
        )
    if not rows:
        return []
    header = [ctx.field(k) for k in ("date", "time", "title", "kind", "status", "location")]
    return [ctx.table(header, rows, [2.4, 2, 4.2, 1.8, 2, 3])]


def _notes(ctx: Ctx, data: dict[str, Any]) -> list[Flowable]:
    notes = sorted(
        map(_dict, _list(data.get("notes"))),
        key=lambda n: (_s(n.get("note_date")), _s(n.get("created_at"))),
    )
    if not notes:
        return []
    out: list[Flowable] = [ctx.p(ctx.t("notes_intro"), "lead")]
    for number, note in enumerate(notes, 1):
        title = _s(note.get("title"))
        day = ctx.long_date(note.get("note_date"))
        heading = f"{day} · {title}" if title else day
        meta = [ctx.t("created", at=ctx.moment(note.get("created_at")))]
        if _s(note.get("updated_at")) and note.get("updated_at") != note.get("created_at"):
            meta.append(ctx.t("modified", at=ctx.moment(note.get("updated_at"))))
        if _s(note.get("template")):
            meta.append(ctx.t("template", name=_s(note.get("template"))))
        head: list[Flowable] = [
            ctx.heading(heading, f"note{number}", 2, "h3"),
            ctx.p(" · ".join(meta), "meta"),
        ]
        if note.get("special_category"):
            head.append(ctx.p(ctx.t("special"), "special"))
        body = ctx.verbatim(_s(note.get("body")))
        out.append(KeepTogether(head + body[:1]))
        out.extend(body[1:])
        out.append(Spacer(1, 3 * mm))
    return out


def _tasks(ctx: Ctx, data: dict[str, Any]) -> list[Flowable]:
    rows = [
        [
            t.get("title"),
            _opt(ctx.short_date, t.get("due_date")),
            ctx.value(f"priority_{_s(t.get('priority'))}") if _s(t.get("priority")) else "",
            _opt(ctx.moment, t.get("done_at")),
        ]
        for t in map(_dict, _list(data.get("tasks")))
    ]
    if not rows:
        return []
    header = [ctx.field(k) for k in ("title", "due_date", "priority", "done_at")]
    return [ctx.table(header, rows, [7, 2.4, 2, 3])]


def _documents(ctx: Ctx, data: dict[str, Any]) -> list[Flowable]:
    rows = []
    for d in map(_dict, _list(data.get("documents"))):
        name = Paragraph(
            escape(_s(d.get("name")))
            + (
                f'<br/><font name="{ctx.mono}" size="7" color="#5B6775">{escape(_s(d.get("file")))}'
                "</font>"
                if _s(d.get("file"))
                else ""
            ),
            ctx.styles["cell"],
        )
        rows.append(
            [name, d.get("mime_type"), _size(d.get("size")), _opt(ctx.moment, d.get("added_at"))]
        )
    if not rows:
        return []
    header = [ctx.field(k) for k in ("name", "mime_type", "size", "added_at")]
    return [ctx.p(ctx.t("documents_intro"), "lead"), ctx.table(header, rows, [7, 3.4, 1.6, 3])]


def _disclosures(ctx: Ctx, data: dict[str, Any]) -> list[Flowable]:
    rows = [
        [
            _opt(ctx.short_date, d.get("disclosed_on")),
            d.get("recipient"),
            d.get("what"),
            ctx.value(d.get("legal_basis")),
            d.get("note"),
        ]
        for d in map(_dict, _list(data.get("disclosures")))
    ]
    if not rows:
        return []
    header = [ctx.field(k) for k in ("date", "recipient", "what", "legal_basis", "note")]
    return [ctx.table(header, rows, [2.2, 3.2, 4, 2.6, 3.5])]


def _requests(ctx: Ctx, data: dict[str, Any]) -> list[Flowable]:
    rows = []
    for r in map(_dict, _list(data.get("data_requests"))):
        due = _opt(ctx.short_date, r.get("due_on"))
        if _s(r.get("extended_to")):
            due += "\n" + ctx.t(
                "extended",
                date=ctx.short_date(r.get("extended_to")),
                reason=_s(r.get("extension_reason")),
            )
        rows.append(
            [
                ctx.value(r.get("kind")),
                _opt(ctx.short_date, r.get("received_on")),
                due,
                _opt(ctx.short_date, r.get("completed_on")),
                r.get("note"),
            ]
        )
    if not rows:
        return []
    header = [ctx.field(k) for k in ("kind", "received_on", "due_on", "completed_on", "note")]
    return [ctx.table(header, _multiline(ctx, rows, 2), [2.4, 2.2, 3.4, 2.2, 4])]


def _audit(ctx: Ctx, data: dict[str, Any]) -> list[Flowable]:
    words = T.AUDIT_ACTIONS[ctx.language]
    rows = [
        [_opt(ctx.moment, a.get("at")), words.get(_s(a.get("action")), _s(a.get("action")))]
        for a in map(_dict, _list(data.get("audit")))
    ]
    if not rows:
        return []
    return [
        ctx.p(ctx.t("audit_intro"), "lead"),
        ctx.table([ctx.field("at"), ctx.field("action")], rows, [3, 8]),
    ]


# -- tolerant reading ----------------------------------------------------------------------


def _s(value: object) -> str:
    if value is None or isinstance(value, (dict, list)):
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    return _clean(str(value)).strip()


def _clean(text: str) -> str:
    """Line ends normalised; control characters (which no font can draw) removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(ch for ch in text if ch in "\n\t" or ord(ch) >= 32)


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _has(data: dict[str, Any], key: str) -> bool:
    value = data.get(key)
    return bool(value) if key != "client" else bool(_dict(value))


def _distinct(values: Iterable[object]) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        if _s(value):
            seen.setdefault(_s(value), None)
    return list(seen)


def _date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _s(value)
    try:
        return date.fromisoformat(text[:10]) if len(text) >= 10 else None
    except ValueError:
        return None


def _datetime(value: object) -> datetime | None:
    if isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(_s(value))
    except ValueError:
        return None


def _opt(fmt: Any, value: object) -> str:
    return fmt(value) if _s(value) else ""


def _size(value: object) -> str:
    try:
        size = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return _s(value)
    if size < 1024:
        return f"{size:.0f} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def _multiline(ctx: Ctx, rows: list[list[object]], column: int) -> list[list[object]]:
    """Rows whose *column* may hold several lines: shown with line breaks kept."""
    for row in rows:
        lines = _s(row[column]).split("\n")
        row[column] = Paragraph("<br/>".join(escape(x) for x in lines), ctx.styles["cell"])
    return rows

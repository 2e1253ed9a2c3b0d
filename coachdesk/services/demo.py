"""Demo data: a realistic, deterministic Dutch coaching practice to try CoachDesk with.

Speed: a long career (2,000 clients, ~40,000 notes) must appear in seconds, so rows are built in
Python and written with one ``executemany`` per table, ``BATCH_CLIENTS`` clients per
transaction, instead of one repository call per row. Row ids are assigned here (max(id) + 1,
read inside the write transaction) so notes can point at appointments without a round trip;
the FTS5 triggers keep the search index in step as for any insert.

Determinism: all content comes from one ``random.Random`` and from ``today``. Only the practice
profile's ``updated_at`` and the audit entry carry the real clock: they record a real event.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import random
import textwrap
import uuid
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from coachdesk.domain.models import ClientDraft, Practice
from coachdesk.services import demo_words as W
from coachdesk.services.demo_slots import DemoAgenda, workday
from coachdesk.vault.audit import append_audit
from coachdesk.vault.connection import Db
from coachdesk.vault.repos import practice as practice_repo
from coachdesk.vault.repos.clients import sort_key_name

if TYPE_CHECKING:
    from reportlab.pdfbase.ttfonts import TTFont

BATCH_CLIENTS = 100
TZID = "Europe/Amsterdam"
_FALLBACK_FONT = "CoachDeskDemoVera"  # reportlab's bundled Vera, for letters outside cp1252

_COLUMNS = {  # insertion order is foreign-key order
    "clients": "id uuid number first_name tussenvoegsel last_name preferred_name sort_name"
    " date_of_birth email phone street postcode city country organisation referral_source"
    " status created_at updated_at",
    "client_tags": "client_id tag",
    "trajectories": "id uuid client_id title goal start_date end_date agreed_sessions sponsor"
    " payer created_at updated_at",
    "appointments": "id uuid client_id trajectory_id title kind status starts_at ends_at tzid"
    " location notes rrule exdates series_until series_id recurrence_id created_at updated_at",
    "notes": "id uuid client_id trajectory_id appointment_id note_date title body origin"
    " special_category template created_at updated_at",
    "documents": "id uuid client_id name mime_type size sha256 origin content added_at",
    "consents": "id uuid client_id action purpose scope text_version method given_on note"
    " recorded_at",
    "disclosures": "id uuid client_id recipient what disclosed_on legal_basis note recorded_at",
    "tasks": "id uuid title due_date priority client_id done_at source system_key notes"
    " created_at updated_at",
}
_SQL = {
    t: f"INSERT INTO {t} ({', '.join(c.split())}) VALUES ({', '.join('?' * len(c.split()))})"
    for t, c in _COLUMNS.items()
}
_EMPLOYERS = tuple(W.EMPLOYERS)
_THEMES = tuple(W.THEMES)
_THEME_WEIGHTS = [W.THEMES[k][1] for k in _THEMES]
_LABELS = {"intake": "Intakegesprek", "session": "Coachgesprek", "evaluation": "Evaluatiegesprek"}

Showcase = tuple[str, str, str, str]  # first name, tussenvoegsel, last name, "m"/"f"


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """How many rows of each kind the demo added."""

    clients: int
    trajectories: int
    notes: int
    appointments: int
    tasks: int
    consents: int
    documents: int
    disclosures: int


@dataclass(frozen=True, slots=True)
class _Client:
    id: int
    number: str
    full_name: str
    city: str
    org: str
    location: str
    subs: dict[str, str]  # phrase placeholder -> text


@dataclass(frozen=True, slots=True)
class _Trajectory:
    start: date
    end: date | None  # the (planned) evaluation; None while only the intake is planned
    sponsor_kind: str
    goal: str
    health: bool  # some note holds health data (special category)


class _Generator:
    """Builds the rows of one batch of clients in memory; ``flush`` writes them."""

    def __init__(self, rng: random.Random, today: date, practice: Practice, pdfs: bool) -> None:
        self.rng, self.today, self.practice, self.pdfs = rng, today, practice, pdfs
        self.rows: dict[str, list[tuple[object, ...]]] = {}
        self.ids: dict[str, int] = {}
        self.numbers: dict[int, int] = {}
        self.counts = dict.fromkeys(_COLUMNS, 0)
        self.agenda = DemoAgenda()  # one coach: appointments go to free time

    def start_batch(self, db: Db) -> None:
        """Read the id and number high-water marks inside the batch's write transaction."""
        self.rows = {t: [] for t in _COLUMNS}
        self.ids = {t: db.scalar(f"SELECT coalesce(max(id), 0) FROM {t}") for t in _COLUMNS
                    if t != "client_tags"}  # fmt: skip
        for year, last in db.all(
            "SELECT substr(number, 1, 4), max(CAST(substr(number, 6) AS INTEGER)) FROM clients"
            " WHERE number GLOB '[0-9][0-9][0-9][0-9]-[0-9]*' GROUP BY 1"
        ):
            self.numbers[int(year)] = max(self.numbers.get(int(year), 0), int(last))

    def flush(self, db: Db) -> None:
        for table, rows in self.rows.items():
            db.executemany(_SQL[table], rows)
            self.counts[table] += len(rows)

    def summary(self) -> DemoSummary:
        return DemoSummary(**{f.name: self.counts[f.name] for f in fields(DemoSummary)})

    def _add(self, table: str, *values: object) -> None:
        self.rows[table].append(values)

    def _id(self, table: str) -> int:
        self.ids[table] += 1
        return self.ids[table]

    def _uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def _stamp(self, day: date, first_hour: int = 7, last_hour: int = 16) -> str:
        """A UTC stamp on *day* (never after ``today``) at a plausible hour."""
        hour, seconds = self.rng.randint(first_hour, last_hour), self.rng.randrange(3600)
        return f"{min(day, self.today)}T{hour:02d}:{seconds // 60:02d}:{seconds % 60:02d}Z"

    def client(self, registered: date, showcase: Showcase | None) -> None:
        """All rows of one client: dossier, trajectories, agenda, notes, tasks, consent."""
        rng, today = self.rng, self.today
        if showcase:
            first, tv, last, gender = showcase
            preferred, female = "", gender == "f"
        else:
            first, tv, last, preferred, female = W.person(rng)
        self.numbers[registered.year] = number = self.numbers.get(registered.year, 0) + 1
        city, low, high, _ = rng.choices(W.CITIES, [c[3] for c in W.CITIES])[0]
        org = rng.choice(_EMPLOYERS) if rng.random() < 0.72 else ""
        c = _Client(
            self._id("clients"), f"{registered.year}-{number:03d}",
            " ".join(p for p in (first, tv, last) if p), city, org,
            rng.choices(W.LOCATIONS, [loc[1] for loc in W.LOCATIONS])[0][0],
            {"{n}": preferred or first, "{hij}": "zij" if female else "hij",
             "{zijn}": "haar" if female else "zijn"},
        )  # fmt: skip
        theme = rng.choices(_THEMES, _THEME_WEIGHTS)[0]
        intake = workday(registered + timedelta(days=rng.randint(3, 20)))
        trajectories = [self.trajectory(c, theme, intake)]
        end = trajectories[0].end
        if end and rng.random() < 0.25:  # some clients come back for a second trajectory
            again = workday(end + timedelta(days=rng.randint(60, 365)))
            if again <= today - timedelta(days=14):
                theme = rng.choices(_THEMES, _THEME_WEIGHTS)[0]
                trajectories.append(self.trajectory(c, theme, again))
        end = trajectories[-1].end
        if trajectories[0].start >= today:
            status = "prospect"
        elif end and end < today:
            status = "archived" if (today - end).days > 540 and rng.random() < 0.6 else "closed"
        else:
            status = "active"
        self.consents(c, trajectories)
        self.document(c, trajectories[0], want=showcase == W.SHOWCASE[0] or rng.random() < 0.1)
        tags = {rng.choice(W.THEMES[theme][2])}
        if rng.random() < 0.2:
            tags.add(rng.choice(W.EXTRA_TAGS))
        self.rows["client_tags"].extend((c.id, t) for t in sorted(tags))
        born = date(registered.year - rng.randint(23, 62), rng.randint(1, 12), rng.randint(1, 28))
        house = f"{rng.randint(1, 240)}{rng.choice(('', '', '', 'A', 'bis'))}"
        self._add(
            "clients", c.id, self._uuid(), c.number, first, tv, last, preferred,
            sort_key_name(ClientDraft(first_name=first, last_name=last, tussenvoegsel=tv)),
            born.isoformat(), W.email(rng, first, tv, last, org),
            f"06 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
            f"{rng.choice(W.STREETS)} {house}",
            f"{rng.randint(low, high)} {rng.choice(W.LETTERS)}{rng.choice(W.LETTERS)}", city, "NL",
            org, rng.choice(W.REFERRALS), status, self._stamp(registered),
            self._stamp(max(end or registered, registered)),
        )  # fmt: skip

    def trajectory(self, c: _Client, theme: str, start: date) -> _Trajectory:
        """Intake, a weekly series, fortnightly sessions and an evaluation, with their notes."""
        rng, today = self.rng, self.today
        title, _, _, sponsor_kinds, goals, subjects, health_p = W.THEMES[theme]
        tid, goal, kind = self._id("trajectories"), rng.choice(goals), rng.choice(sponsor_kinds)
        kind = "private" if kind == "employer" and not c.org else kind
        gemeente = f"Gemeente {c.city}"
        sponsor, payer = {"employer": (c.org, c.org), "uwv": ("UWV", "UWV"),
                          "gemeente": (gemeente, gemeente)}.get(
            kind, ("", rng.choice(W.PRIVATE_PAYERS)))  # fmt: skip
        hour, minute = rng.randint(9, 16), rng.choice((0, 30))
        at = self.agenda.book(start, hour, minute, 90)
        start, booked = at.date(), min(at.date(), today)
        subs = c.subs | {"{goal}": goal, "{subject}": rng.choice(subjects)}
        intake = self.appointment(c, tid, "intake", start, at.hour, at.minute, 90, booked,
                                  status="done" if start < today else "planned")[0]  # fmt: skip
        if start >= today:  # only the intake is planned so far
            at = self._stamp(booked)
            self._add("trajectories", tid, self._uuid(), c.id, title, goal, start.isoformat(),
                      None, None, sponsor, payer, at, at)  # fmt: skip
            return _Trajectory(start, None, kind, goal, False)
        count, singles = rng.randint(4, 8), rng.randint(6, 12)
        subs["{sessions}"] = str(count + singles)
        self.note(c.id, tid, intake, start, "Intakegesprek", "\n".join(W.INTAKE_LINES), subs,
                  template="intake")  # fmt: skip
        # A weekly series (one stored row with an RRULE), sometimes with one occurrence
        # skipped (EXDATE) or moved a day (an exception row pointing at the series).
        at = self.agenda.book_weekly(start + timedelta(days=rng.randint(7, 14)), hour, minute,
                                     60, count)  # fmt: skip
        hour, minute = at.hour, at.minute
        days = [at.date() + timedelta(weeks=i) for i in range(count)]
        slot = f"T{hour:02d}:{minute:02d}:00"
        change = rng.randrange(1, count) if rng.random() < 0.25 else 0
        skip = bool(change) and rng.random() < 0.5
        series = self.appointment(
            c, tid, "session", days[0], hour, minute, 60, booked,
            status="done" if days[-1] < today else "planned", rrule=f"FREQ=WEEKLY;COUNT={count}",
            until=f"{days[-1]}{slot}", exdates=[f"{days[change]}{slot}"] if skip else None,
        )[0]  # fmt: skip
        sessions = [(series, "done", d) for d in days]
        if change:
            self.agenda.release(datetime.fromisoformat(f"{days[change]}{slot}"), 60)
        if skip:
            del sessions[change]
        elif change:
            moved = self.agenda.book(days[change] + timedelta(days=1), hour, minute, 60)
            sessions[change] = (*self.appointment(c, tid, "session", moved.date(), moved.hour,
                moved.minute, 60, booked, series=(series, f"{days[change]}{slot}")),
                moved.date())  # fmt: skip
        day = days[-1]
        for _ in range(singles):
            day, h, m = self._book(day + timedelta(days=rng.randint(14, 21)),
                                   rng.randint(9, 16), rng.choice((0, 30)))  # fmt: skip
            sessions.append((*self.appointment(c, tid, "session", day, h, m, 60, booked), day))
        end, h, m = self._book(day + timedelta(days=rng.randint(14, 28)), hour, minute)
        evaluation = self.appointment(c, tid, "evaluation", end, h, m, 60, booked)
        health, number = False, 0
        for aid, status, day in sessions:
            if day >= today:
                break
            if status == "done" and rng.random() < 0.9:
                number += 1
                health |= self.session_note(c.id, tid, aid, day, number, subjects, health_p, subs)
            elif status == "no_show" and rng.random() < 0.7:
                self.note(c.id, tid, aid, day, *W.NO_SHOW_NOTE, subs, origin="observed")
        if evaluation[1] == "done":
            subs["{score}"] = str(rng.randint(7, 9))
            self.note(c.id, tid, evaluation[0], end, "Eindevaluatie",
                      "\n".join(W.EVALUATION_LINES), subs, template="evaluation")  # fmt: skip
        for _ in range(rng.randint(1, 4)):  # calls, e-mails, the client's own reflections
            extra, origin, lines = rng.choice(W.SHORT_NOTES[: 3 if kind == "private" else 4])
            day = start + timedelta(days=rng.randrange(max(1, (min(end, today) - start).days)))
            self.note(c.id, tid, None, day, extra, " ".join(lines), subs, origin=origin)
        self.tasks(c.id, start, end)
        self._add("trajectories", tid, self._uuid(), c.id, title, goal, start.isoformat(),
                  end.isoformat(), count + singles + 1, sponsor, payer, self._stamp(booked),
                  self._stamp(end))  # fmt: skip
        return _Trajectory(start, end, kind, goal, health)

    def _book(self, day: date, hour: int, minute: int) -> tuple[date, int, int]:
        """An hour in the coach's free time on *day* or soon after: (day, hour, minute)."""
        at = self.agenda.book(day, hour, minute, 60)
        return at.date(), at.hour, at.minute

    def appointment(self, c: _Client, tid: int, kind: str, day: date, hour: int, minute: int,
                    minutes: int, booked: date, *, status: str | None = None, rrule: str = "",
                    until: str | None = None, exdates: list[str] | None = None,
                    series: tuple[int, str] | None = None) -> tuple[int, str]:  # fmt: skip
        """One stored appointment; past ones are mostly done, some cancelled or missed."""
        rng, aid = self.rng, self._id("appointments")
        if status is None:
            roll = rng.random()
            status = "done" if roll < 0.86 else "cancelled" if roll < 0.94 else "no_show"
            status = "planned" if day >= self.today else status
        start = datetime(day.year, day.month, day.day, hour, minute)
        created = self._stamp(max(booked, day - timedelta(days=14)))
        remark = rng.choice(W.APPOINTMENT_REMARKS) if rng.random() < 0.08 else ""
        self._add(
            "appointments", aid, self._uuid(), c.id, tid, f"{_LABELS[kind]} - {c.subs['{n}']}",
            kind, status, start.isoformat(), (start + timedelta(minutes=minutes)).isoformat(),
            TZID, c.location, remark, rrule, json.dumps(exdates or []), until,
            *(series or (None, None)), created,
            created if status == "planned" else self._stamp(day),
        )  # fmt: skip
        return aid, status

    def note(self, client_id: int, tid: int, aid: int | None, day: date, title: str, body: str,
             subs: dict[str, str], *, origin: str = "coach", special: bool = False,
             template: str = "free") -> None:  # fmt: skip
        at = self._stamp(day, 15, 20)
        self._add("notes", self._id("notes"), self._uuid(), client_id, tid, aid, day.isoformat(),
                  title, W.fill(body, subs), origin, int(special), template, at, at)  # fmt: skip

    def session_note(self, client_id: int, tid: int, aid: int, day: date, number: int,
                     subjects: tuple[str, ...], health_p: float,
                     subs: dict[str, str]) -> bool:  # fmt: skip
        """A session report (about 1 KB); True if it holds health data."""
        subject, body, special, grow = W.session_report(self.rng, subjects, health_p)
        subs = subs | {"{subject}": subject, "{score}": str(self.rng.randint(3, 8))}
        self.note(client_id, tid, aid, day, f"Sessie {number}: {subject}", body, subs,
                  special=special, template="grow" if grow else "free")  # fmt: skip
        return special

    def tasks(self, client_id: int, start: date, end: date) -> None:
        rng = self.rng
        for title, offset, priority in rng.sample(W.TASKS, rng.randint(2, 4)):
            after_end = (end - start).days + rng.randint(2, 10)
            due = start + timedelta(days=after_end if offset is None else offset)
            created, done = self._stamp(start), None
            if due < self.today and rng.random() < 0.9:
                done_on = max(start + timedelta(days=1), due - timedelta(days=rng.randint(0, 3)))
                done = self._stamp(done_on)
            self._add("tasks", self._id("tasks"), self._uuid(), title, due.isoformat(), priority,
                      client_id, done, "manual", "", rng.choice(W.TASK_NOTES), created,
                      done or created)  # fmt: skip

    def consents(self, c: _Client, trajectories: list[_Trajectory]) -> None:
        """Consent at the intake; now and then a later withdrawal or a logged disclosure."""
        rng, first = self.rng, trajectories[0]
        if first.start >= self.today:
            return
        year = first.start.year
        version = "2018.1" if year < 2021 else "2021.2" if year < 2024 else "2024.1"
        # The dossier itself rests on the coaching contract; consent covers the extras.
        wanted = ["health"] * any(t.health for t in trajectories)
        wanted += ["feedback"] * (first.sponsor_kind != "private" and rng.random() < 0.8)
        for purpose in wanted:
            self._add("consents", self._id("consents"), self._uuid(), c.id, "given",
                      *W.CONSENT_PURPOSES[purpose], version,
                      rng.choice(("signed", "signed", "email", "oral")), first.start.isoformat(),
                      "", self._stamp(first.start))  # fmt: skip
        if "feedback" not in wanted:
            return
        last_day = min(trajectories[-1].end or self.today, self.today)
        on = first.start + timedelta(days=rng.randrange(max(1, (last_day - first.start).days)))
        if rng.random() < 0.08:
            self._add("consents", self._id("consents"), self._uuid(), c.id, "withdrawn",
                      *W.CONSENT_PURPOSES["feedback"], version, "email", on.isoformat(),
                      rng.choice(W.WITHDRAWAL_NOTES), self._stamp(on))  # fmt: skip
        elif rng.random() < 0.45:
            doctor = f"Bedrijfsarts ({rng.choice(W.ARBO_SERVICES)})"
            recipient = {"uwv": "Arbeidsdeskundige UWV", "gemeente": f"Klantmanager, {c.city}"}
            default = doctor if first.health else f"HR-adviseur, {c.org}"
            recipient_name = recipient.get(first.sponsor_kind, default)
            basis = "explicit_consent" if first.health else rng.choice(("consent", "contract"))
            self._add("disclosures", self._id("disclosures"), self._uuid(), c.id,
                      recipient_name, rng.choice(W.DISCLOSURE_WHAT), on.isoformat(), basis,
                      W.DISCLOSURE_NOTES[basis], self._stamp(on))  # fmt: skip

    def document(self, c: _Client, t: _Trajectory, *, want: bool) -> None:
        """A small PDF attachment for about one client in ten."""
        if not (want and t.start < self.today):
            return
        name, origin, day = "Intakeformulier.pdf", "provided", t.start
        if t.end is not None and t.end < self.today:
            name, origin, day = "Evaluatie.pdf", "coach", t.end
        doc_uuid, added = self._uuid(), self._stamp(day)  # drawn either way: same other rows
        if not self.pdfs or not _pdf_safe(c.full_name):
            return
        content = _pdf(name.removesuffix(".pdf"), c, day, t.goal, self.practice)
        digest = hashlib.sha256(content).hexdigest()
        self._add("documents", self._id("documents"), doc_uuid, c.id, name, "application/pdf",
                  len(content), digest, origin, content, added)  # fmt: skip


def _fallback_font() -> TTFont:
    """reportlab's bundled Vera draws Ş, ğ, ł …, which the built-in Helvetica (cp1252) lacks."""
    from pathlib import Path

    import reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if _FALLBACK_FONT not in pdfmetrics.getRegisteredFontNames():
        path = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
        pdfmetrics.registerFont(TTFont(_FALLBACK_FONT, str(path)))
    return pdfmetrics.getFont(_FALLBACK_FONT)


def _latin(ch: str) -> bool:
    return ch.encode("cp1252", errors="replace") != b"?" or ch == "?"


def _pdf_safe(text: str) -> bool:
    """Whether every letter can be drawn (Vera lacks e.g. ő; such clients get no PDF)."""
    glyphs = _fallback_font().face.charToGlyph
    return all(_latin(ch) or ord(ch) in glyphs for ch in text)


def _pdf(title: str, c: _Client, day: date, goal: str, practice: Practice) -> bytes:
    """One small page (~2 KB, ~20 KB when Vera glyphs are embedded); byte-stable (invariant)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    _fallback_font()
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4, pageCompression=1, invariant=1)
    pdf.setTitle(title)
    body = W.fill(" ".join(W.INTAKE_LINES[1:4]), c.subs | {"{subject}": "het werk"})
    lines = [
        ("Helvetica-Bold", 13, practice.name),
        ("Helvetica", 9, ", ".join(p for p in (practice.street, practice.city) if p)),
        ("Helvetica-Bold", 16, title), ("Helvetica", 11, f"Cliënt: {c.full_name}"),
        ("Helvetica", 11, f"Cliëntnummer: {c.number}"), ("Helvetica", 11, f"Datum: {day:%d-%m-%Y}"),
        ("Helvetica-Bold", 11, "Hulpvraag en doel"),
        *(("Helvetica", 10, line) for line in textwrap.wrap(goal, 90)),
        ("Helvetica-Bold", 11, "Toelichting"),
        *(("Helvetica", 10, line) for line in textwrap.wrap(body, 90)),
        ("Helvetica-Oblique", 8, W.PDF_FOOTER),
    ]  # fmt: skip
    y = 800.0
    for font, size, text in lines:
        obj = pdf.beginText(56, y)
        for latin, run in itertools.groupby(text, key=_latin):
            obj.setFont(font if latin else _FALLBACK_FONT, size)
            obj.textOut("".join(run))
        pdf.drawText(obj)
        y -= size * 1.8
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


def _plan(
    db: Db, rng: random.Random, clients: int, today: date
) -> list[tuple[date, Showcase | None]]:
    """Registration dates over a career that grows with the practice size, oldest first."""
    years = min(15, max(2, -(-clients // 170)))
    starts = sorted(today - timedelta(days=rng.randint(1, years * 365)) for _ in range(clients))
    starts = [d - timedelta(days=max(0, d.weekday() - 4)) for d in starts]  # weekend -> Friday
    missing = [s for s in W.SHOWCASE if not db.scalar(
        "SELECT 1 FROM clients WHERE first_name = ? AND last_name = ?", (s[0], s[2]))]  # fmt: skip
    spread = clients >= len(missing)  # showcase clients spread over the years
    at = {k * clients // len(missing) if spread else k: s for k, s in enumerate(missing[:clients])}
    return [(d, at.get(i)) for i, d in enumerate(starts)]


def generate_demo(
    db: Db,
    *,
    clients: int = 200,
    seed: int = 1,
    today: date | None = None,
    attachments: bool = True,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> DemoSummary:
    """Fill an unlocked vault with a demo practice; the same seed and ``today`` give the same rows.

    Into a vault that already has clients, numbering continues and the seed is mixed with the
    client count, so a second run's random UUIDs cannot repeat the first run's. ``cancelled``
    is asked after each committed batch of ``BATCH_CLIENTS`` clients.
    """
    if clients < 0:
        raise ValueError("clients must not be negative")
    today = today or date.today()
    existing = int(db.scalar("SELECT count(*) FROM clients"))
    rng = random.Random(seed if existing == 0 else f"{seed}+{existing}")
    if not practice_repo.get(db).name:
        practice_repo.save(db, Practice(**W.PRACTICE))
    plan = _plan(db, rng, clients, today)
    gen = _Generator(rng, today, practice_repo.get(db), attachments)
    if progress:
        progress(0, clients)
    for first in range(0, clients, BATCH_CLIENTS):
        with db.transaction():
            gen.start_batch(db)
            for registered, showcase in plan[first : first + BATCH_CLIENTS]:
                gen.client(registered, showcase)
            gen.flush(db)
        if progress:
            progress(min(first + BATCH_CLIENTS, clients), clients)
        if cancelled is not None and cancelled():
            break
    if gen.counts["clients"]:
        append_audit(db, "demo.generated")
    return gen.summary()

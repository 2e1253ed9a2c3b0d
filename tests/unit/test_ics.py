"""ICS exchange: export, import of real-world files, round trip, hostile and broken input.

The fixtures in tests/fixtures/ics/ are written by hand after the files Google Calendar,
Outlook, Apple Calendar, Thunderbird and Nextcloud produce. The exported file is checked with an
independent RFC 5545 expansion (recurring-ical-events), not only with our own maths.
"""

from __future__ import annotations

import errno
import os
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from coachdesk.domain.agenda import AppointmentDraft, Frequency, Occurrence, RecurrenceRule
from coachdesk.domain.errors import StorageError, UserError
from coachdesk.domain.models import AppointmentKind, AppointmentStatus, ClientDraft
from coachdesk.paths import DataPaths, data_paths
from coachdesk.services import agenda
from coachdesk.services import calendar_ics_import as importer
from coachdesk.services.access import Db, Vault
from coachdesk.services.calendar_ics import export_ics
from coachdesk.services.calendar_ics_import import import_ics
from coachdesk.services.clients import create_client
from coachdesk.vault.audit import audit_entries
from coachdesk.vault.repos import appointments as repo

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ics"
AMS = ZoneInfo("Europe/Amsterdam")
YEAR_2025 = (datetime(2025, 1, 1), datetime(2026, 1, 1))


def fresh_db(paths: DataPaths) -> Db:
    vault, _ = Vault.create(paths, passphrase=None, use_keyring=True)
    return vault.connect()


@pytest.fixture
def db(paths: DataPaths) -> Db:
    return fresh_db(paths)


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def spans(found: list[Occurrence]) -> list[tuple[str, datetime, datetime]]:
    return [(o.source.title, o.start, o.end) for o in found]


def times(found: list[Occurrence], title: str) -> list[datetime]:
    return [o.start for o in found if o.source.title == title]


def row_counts(db: Db) -> tuple[int, int]:
    return repo.count(db), int(db.scalar("SELECT count(*) FROM audit_log"))


# --- importing what calendar programs write ----------------------------------------------------


def test_google_series_with_exdate_and_moved_occurrence_across_dst(db: Db) -> None:
    report = import_ics(db, fixture("google.ics"))
    assert (report.imported, report.updated, report.skipped) == (5, 0, [])
    found = agenda.occurrences(db, *YEAR_2025)
    series = [o for o in found if o.source.title.startswith("Supervisie")]
    assert [o.start for o in series] == [
        datetime(2025, 3, 5, 10),
        datetime(2025, 3, 12, 10),  # 19 March: EXDATE
        datetime(2025, 3, 27, 14),  # 26 March moved to Thursday afternoon
        datetime(2025, 4, 2, 10),
        datetime(2025, 4, 9, 10),  # summer time: still 10:00
        datetime(2025, 4, 16, 10),
        datetime(2025, 4, 23, 10),
        datetime(2025, 4, 30, 10),
    ]
    moved = next(o for o in series if o.start.day == 27)
    assert moved.source.title == "Supervisie (verplaatst)"
    assert moved.recurrence_id == datetime(2025, 3, 26, 10) and moved.series_id is not None
    # Google writes single events in UTC; X-WR-TIMEZONE says whose wall clock they belong to
    assert times(found, "Intervisie") == [datetime(2025, 3, 10, 10)]  # 09:00Z in winter
    assert times(found, "Kennismaking nieuwe opdrachtgever") == [datetime(2025, 4, 7, 11)]
    day = next(o for o in found if o.source.title == "Koningsdag")
    assert day.source.all_day and (day.start, day.end) == (
        datetime(2025, 4, 26),
        datetime(2025, 4, 27),
    )
    imported = {o.source.kind for o in found} | {o.source.client_id for o in found}
    assert imported == {AppointmentKind.OTHER, None}


def test_outlook_windows_zone_and_all_day(db: Db) -> None:
    report = import_ics(db, fixture("outlook.ics"))
    assert (report.imported, report.skipped) == (4, [])
    found = agenda.occurrences(db, *YEAR_2025)
    assert {o.source.tzid for o in found} == {"Europe/Amsterdam"}  # Berlin rules = ours
    assert times(found, "Intervisie") == [datetime(2025, 10, 24, 9, 30)]  # summer time
    assert times(found, "Teamoverleg") == [datetime(2025, 10, 27, 9, 30)]  # winter time
    assert times(found, "Leertraject coaching") == [
        datetime(2025, 10, 17, 14),
        datetime(2025, 10, 24, 14),
        datetime(2025, 10, 31, 14),
        datetime(2025, 11, 7, 14),
    ]
    xmas = next(o for o in found if o.source.title == "Kerst – praktijk gesloten")
    assert xmas.source.all_day and (xmas.start, xmas.end) == (
        datetime(2025, 12, 25),
        datetime(2025, 12, 27),
    )
    assert xmas.source.location == ""


def test_apple_unicode_folded_parameters_and_all_day(db: Db) -> None:
    report = import_ics(db, fixture("apple.ics"))
    assert (report.imported, report.skipped) == (2, [])
    found = agenda.occurrences(db, *YEAR_2025)
    meeting = next(o for o in found if o.source.title == "Overleg met Şükrü")
    assert (meeting.start, meeting.end) == (
        datetime(2025, 4, 2, 10, 30),
        datetime(2025, 4, 2, 11, 30),
    )
    assert meeting.source.location == "Café de Zwaan Markt 3, 3511 AA Utrecht"
    assert meeting.source.ical_uid == "6B29F3C2-4E1A-4C8B-9D7E-2F1A3B5C7D9E"
    study = next(o for o in found if o.source.title == "Studiedag ICF")
    assert study.source.all_day and study.start == datetime(2025, 5, 12)


def test_thunderbird_monthly_by_weekday_with_count(db: Db) -> None:
    import_ics(db, fixture("thunderbird.ics"))
    found = agenda.occurrences(db, *YEAR_2025)
    assert times(found, "Evaluatie coachgroep") == [
        datetime(2025, m, d, 19) for m, d in ((1, 14), (2, 11), (3, 11), (4, 8), (5, 13), (6, 10))
    ]
    master = next(o.source for o in found if o.source.title == "Evaluatie coachgroep")
    assert master.rrule == "FREQ=MONTHLY;BYDAY=2TU;COUNT=6"
    assert times(found, "Boekhouding bijwerken") == [datetime(2025, 1, 31, 16)]


def test_nextcloud_utc_times_and_folded_lines(db: Db) -> None:
    import_ics(db, fixture("nextcloud.ics"))
    found = agenda.occurrences(db, *YEAR_2025)
    long_title = (
        "Netwerkbijeenkomst van het regionale platform voor loopbaan- en vitaliteitscoaches in "
        "de regio Amersfoort–Utrecht"
    )
    assert spans(found) == [
        (long_title, datetime(2025, 9, 15, 10), datetime(2025, 9, 15, 11, 30)),  # CEST
        ("Tandarts – Zoë", datetime(2025, 11, 3, 14), datetime(2025, 11, 3, 15)),  # CET
    ]


@pytest.mark.parametrize(
    "name", ["google.ics", "outlook.ics", "apple.ics", "thunderbird.ics", "nextcloud.ics"]
)
def test_reimport_does_not_duplicate(db: Db, name: str) -> None:
    first = import_ics(db, fixture(name))
    before = spans(agenda.occurrences(db, *YEAR_2025))
    rows = repo.count(db)
    again = import_ics(db, fixture(name))
    assert (again.imported, again.updated, again.unchanged) == (0, 0, first.imported)
    assert repo.count(db) == rows
    assert spans(agenda.occurrences(db, *YEAR_2025)) == before


def test_reimport_updates_changed_fields_and_keeps_the_coachs_own(db: Db) -> None:
    import_ics(db, fixture("google.ics"))
    client = create_client(db, ClientDraft(first_name="Anna", last_name="Jansen"))
    row = repo.find_by_uid(db, "0a9b8c7d6e5f4g3h2i1j@google.com")
    assert row is not None
    with db.transaction():
        repo.update(
            db,
            row.id,
            client_id=client.id,
            kind=AppointmentKind.SESSION,
            notes="eigen aantekening",
            status=AppointmentStatus.DONE,
        )
    changed = (
        fixture("google.ics")
        .replace(
            b"DTSTART:20250310T090000Z\r\nDTEND:20250310T100000Z",
            b"DTSTART:20250310T100000Z\r\nDTEND:20250310T110000Z",
        )
        .replace(b"SUMMARY:Intervisie", b"SUMMARY:Intervisie (nieuwe tijd)")
    )
    report = import_ics(db, changed)
    assert (report.imported, report.updated, report.unchanged) == (0, 1, 4)
    after = repo.get(db, row.id)
    assert (after.title, after.starts_at) == ("Intervisie (nieuwe tijd)", datetime(2025, 3, 10, 11))
    assert (after.client_id, after.kind, after.notes, after.status) == (
        client.id,
        AppointmentKind.SESSION,
        "eigen aantekening",
        AppointmentStatus.DONE,
    )


def test_partly_bad_file_imports_the_rest_and_says_why(db: Db) -> None:
    report = import_ics(db, fixture("partly_bad.ics"))
    assert report.imported == 2
    assert report.skipped == [
        ("no-start@example.nl", "it has no start (DTSTART)"),
        (
            "every-second@example.nl",
            "its repeat rule is not supported (FREQ=SECONDLY is not supported)",
        ),
    ]
    assert sorted(o.source.title for o in agenda.occurrences(db, *YEAR_2025)) == [
        "Goed een",
        "Goed twee",
    ]
    assert [e.action for e in audit_entries(db)].count("agenda.imported") == 1


def event(body: str, uid: str = "x@example.nl") -> str:
    return f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20250101T000000Z\r\n{body}\r\nEND:VEVENT\r\n"


def calendar(*events: str, head: str = "") -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//NL\r\n"
        + head
        + "".join(events)
        + "END:VCALENDAR\r\n"
    ).encode()


def test_unusable_events_are_skipped_with_reasons(db: Db) -> None:
    data = calendar(
        event("DTSTART:20250310T100000\r\nDTEND:20250310T090000\r\nSUMMARY:Achteruit", "a"),
        event("DTSTART:99990101T100000\r\nSUMMARY:Ver weg", "b"),
        event("DTSTART:20250310T100000\r\nRRULE:FREQ=HOURLY\r\nSUMMARY:Elk uur", "c"),
        event("DTSTART:notadate\r\nSUMMARY:Kapot", "d"),
        event("DTSTART:20250310T100000\r\nRRULE:FREQ=WEEKLY;BYHOUR=9\r\nSUMMARY:Uur", "e"),
        event(
            "DTSTART;TZID=Europe/Amsterdam:20250311T100000\r\nDURATION:PT45M\r\nSUMMARY:Goed", "f"
        ),
        event("DTSTART:20250312T100000\r\nSUMMARY:Zwevend", "g"),
        event("DTSTART:20250313T100000\r\nDURATION:P9999999W\r\nSUMMARY:Eeuwig", "h"),
        event("DTSTART:00010101T000000\r\nDURATION:-PT1H\r\nSUMMARY:Begin der tijden", "i"),
    )
    report = import_ics(db, data)
    assert [uid for uid, _ in report.skipped] == ["a", "b", "c", "d", "e", "h", "i"]
    reasons = dict(report.skipped)
    assert reasons["a"] == "it ends before it starts"
    assert reasons["b"] == "its start is in the year 9999"
    assert "FREQ=HOURLY" in reasons["c"] and "DTSTART" in reasons["d"]
    assert reasons["h"] == "its times are out of range"
    assert spans(agenda.occurrences(db, *YEAR_2025)) == [
        ("Goed", datetime(2025, 3, 11, 10), datetime(2025, 3, 11, 10, 45)),
        ("Zwevend", datetime(2025, 3, 12, 10), datetime(2025, 3, 12, 10)),  # floating: ours
    ]


def test_override_of_a_missing_series_becomes_a_single_event(db: Db) -> None:
    data = calendar(
        event(
            "RECURRENCE-ID;TZID=Europe/Amsterdam:20250305T100000\r\n"
            "DTSTART;TZID=Europe/Amsterdam:20250306T110000\r\nSUMMARY:Los"
        )
    )
    assert import_ics(db, data).imported == 1
    assert import_ics(db, data).unchanged == 1
    assert times(agenda.occurrences(db, *YEAR_2025), "Los") == [datetime(2025, 3, 6, 11)]


def test_cancelled_occurrence_and_utc_recurrence_id(db: Db) -> None:
    data = calendar(
        event(
            "DTSTART;TZID=Europe/Amsterdam:20250326T100000\r\nDURATION:PT1H\r\n"
            "RRULE:FREQ=WEEKLY;COUNT=3\r\nSUMMARY:Reeks"
        ),
        event(
            "RECURRENCE-ID:20250402T080000Z\r\nDTSTART;TZID=Europe/Amsterdam:20250402T100000"
            "\r\nDURATION:PT1H\r\nSTATUS:CANCELLED\r\nSUMMARY:Reeks"
        ),
    )
    import_ics(db, data)
    found = [o for o in agenda.occurrences(db, *YEAR_2025) if o.source.title == "Reeks"]
    assert [(o.start, o.source.status) for o in found] == [
        (datetime(2025, 3, 26, 10), AppointmentStatus.PLANNED),
        (datetime(2025, 4, 2, 10), AppointmentStatus.CANCELLED),  # summer time: 08:00Z
        (datetime(2025, 4, 9, 10), AppointmentStatus.PLANNED),
    ]


# --- broken and hostile files: a clear sentence, nothing imported ------------------------------


HOSTILE = {
    "unterminated": (fixture("broken.ics"), "BEGIN:VEVENT on line 10 is never closed"),
    "binary": (bytes(range(256)) * 10, "binary data"),
    "empty": (b"", "not a calendar"),
    "html": (b"<html><body>Kalender</body></html>", "not a calendar"),
    "vcard": (b"BEGIN:VCARD\r\nFN:Anna\r\nEND:VCARD\r\n", "not a calendar"),
    "garbage line": (
        calendar(event("DTSTART:20250101T100000\r\n}}}{{{ garbage")),
        "line 8 is not a calendar line",
    ),
    "mismatched": (
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VTODO\r\nEND:VCALENDAR\r\n",
        "closed by END:VTODO",
    ),
    "deep": (
        b"BEGIN:VCALENDAR\r\n"
        + b"BEGIN:VEVENT\r\n" * 50
        + b"END:VEVENT\r\n" * 50
        + b"END:VCALENDAR\r\n",
        "nested too deeply",
    ),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_broken_or_hostile_file_imports_nothing(db: Db, paths: DataPaths, case: str) -> None:
    import_ics(db, fixture("thunderbird.ics"))
    before, files = row_counts(db), {p: p.read_bytes() for p in paths.root.iterdir()}
    data, expected = HOSTILE[case]
    with pytest.raises(UserError, match=expected) as caught:
        import_ics(db, data)
    assert caught.value.message.endswith("Nothing was imported.")
    assert row_counts(db) == before
    assert {p: p.read_bytes() for p in paths.root.iterdir()} == files


def test_too_large_and_too_many_events_are_refused(db: Db) -> None:
    with pytest.raises(UserError, match="too large"):
        import_ics(db, b"BEGIN:VCALENDAR\r\n" + b" " * (50 * 1024 * 1024))
    many = calendar(*["BEGIN:VEVENT\r\nEND:VEVENT\r\n"] * 100_001)
    with pytest.raises(UserError, match="more than 100,000 events"):
        import_ics(db, many)
    assert repo.count(db) == 0


def test_a_failure_while_storing_rolls_everything_back(
    db: Db, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_audit(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EIO, "disk")

    before = row_counts(db)
    monkeypatch.setattr(importer, "append_audit", broken_audit)
    with pytest.raises(OSError):
        import_ics(db, fixture("google.ics"))
    assert row_counts(db) == before and before[0] == 0


# --- export ------------------------------------------------------------------------------------


def build_practice(db: Db) -> dict[str, object]:
    """A single, an all-day, a weekly series with one moved and one cancelled occurrence,
    a monthly-by-weekday series, and blocked time without a client."""
    client = create_client(
        db, ClientDraft(first_name="Şükrü", tussenvoegsel="van den", last_name="Berg-Øberg")
    )
    single = agenda.create(
        db,
        AppointmentDraft(
            "Intake",
            datetime(2025, 2, 3, 9),
            datetime(2025, 2, 3, 10, 30),
            kind=AppointmentKind.INTAKE,
            client_id=client.id,
            location="Thuis, Dorpsstraat 1",
            notes="vertrouwelijk: eerste indruk",
        ),
    )
    agenda.create(
        db,
        AppointmentDraft(
            "Studiedag",
            datetime(2025, 5, 12),
            datetime(2025, 5, 14),
            kind=AppointmentKind.BLOCKED,
            all_day=True,
        ),
    )
    weekly = agenda.create(
        db,
        AppointmentDraft(
            "Sessie",
            datetime(2025, 3, 10, 10),
            datetime(2025, 3, 10, 11),
            client_id=client.id,
            recurrence=RecurrenceRule(Frequency.WEEKLY, count=8),
            notes="geheim",
        ),
    )
    monthly = agenda.create(
        db,
        AppointmentDraft(
            "Intervisie",
            datetime(2025, 1, 14, 19),
            datetime(2025, 1, 14, 20, 30),
            kind=AppointmentKind.OTHER,
            location="Wijkcentrum",
            recurrence=RecurrenceRule(Frequency.MONTHLY_BY_WEEKDAY, until=date(2025, 12, 31)),
        ),
    )
    series = [o for o in agenda.occurrences(db, *YEAR_2025) if o.series_id == weekly.id]
    moved = agenda.move(
        db,
        series[2],
        series[2].start + timedelta(days=1, hours=4),
        series[2].end + timedelta(days=1, hours=4),
    )
    agenda.cancel(db, series[5])
    return {
        "client": client,
        "single": single,
        "weekly": weekly,
        "monthly": monthly,
        "moved": moved,
    }


def comparable(found: list[Occurrence]) -> list[tuple[datetime, datetime]]:
    """What must survive a round trip: every occurrence that takes place, at its times."""
    return sorted(
        (o.start, o.end) for o in found if o.source.status is not AppointmentStatus.CANCELLED
    )


def test_export_round_trips_into_a_fresh_vault(db: Db, tmp_path: Path) -> None:
    build_practice(db)
    target = tmp_path / "agenda.ics"
    count = export_ics(db, target, practice_name="Praktijk Zonnebloem")
    assert count == 5  # single, all-day, weekly master + moved occurrence, monthly master
    other = fresh_db(data_paths(tmp_path / "other"))
    report = import_ics(other, target.read_bytes())
    assert (report.imported, report.skipped) == (5, [])
    assert comparable(agenda.occurrences(other, *YEAR_2025)) == comparable(
        agenda.occurrences(db, *YEAR_2025)
    )
    assert len(comparable(agenda.occurrences(other, *YEAR_2025))) == 1 + 1 + 7 + 12
    assert import_ics(other, target.read_bytes()).unchanged == 5
    rows = repo.count(db)  # our own export back into the vault it came from: nothing changes
    assert (import_ics(db, target.read_bytes()).unchanged, repo.count(db)) == (5, rows)
    assert [e.action for e in audit_entries(db)][:2] == ["agenda.imported", "agenda.exported"]


def test_export_expands_the_same_in_an_independent_library(db: Db, tmp_path: Path) -> None:
    recurring_ical_events = pytest.importorskip("recurring_ical_events")
    build_practice(db)
    target = tmp_path / "agenda.ics"
    export_ics(db, target)
    parsed = Calendar.from_ical(target.read_bytes())
    theirs = []
    for ev in recurring_ical_events.of(parsed).between(date(2025, 1, 1), date(2026, 1, 1)):
        start, end = ev["DTSTART"].dt, ev["DTEND"].dt
        if isinstance(start, datetime):
            start = start.astimezone(AMS).replace(tzinfo=None)
            end = end.astimezone(AMS).replace(tzinfo=None)
        else:
            start = datetime.combine(start, datetime.min.time())
            end = datetime.combine(end, datetime.min.time())
        theirs.append((start, end))
    assert sorted(theirs) == comparable(agenda.occurrences(db, *YEAR_2025))


def test_export_file_shape_and_title_privacy(db: Db, tmp_path: Path) -> None:
    made = build_practice(db)
    client = made["client"]
    text = {}
    for style in ("code", "initials", "name"):
        path = tmp_path / f"{style}.ics"
        export_ics(db, path, titles=style)  # type: ignore[arg-type]
        text[style] = path.read_bytes().decode()
    raw = text["initials"]
    assert raw.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CoachDesk//NL\r\n")
    parsed = Calendar.from_ical(raw)
    assert [tz["TZID"] for tz in parsed.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    summaries = sorted(str(e["SUMMARY"]) for e in parsed.walk("VEVENT"))
    assert summaries == [
        "Intake — Ş.v.d.B.Ø.",
        "Intervisie",
        "Sessie — Ş.v.d.B.Ø.",
        "Sessie — Ş.v.d.B.Ø.",
        "Studiedag",
    ]
    assert f"Sessie — {client.number}" in text["code"]  # type: ignore[attr-defined]
    assert "Berg" not in text["code"] and "Berg" not in raw
    assert "Intake — Şükrü van den Berg-Øberg" in text["name"].replace("\r\n ", "")
    for body in text.values():
        assert "vertrouwelijk" not in body and "geheim" not in body and "DESCRIPTION" not in body
    assert "Dorpsstraat" not in raw and "Wijkcentrum" in raw  # a client's address stays home
    weekly = made["weekly"]
    master = next(
        e
        for e in parsed.walk("VEVENT")
        if e.get("RRULE") and str(e["UID"]) == f"{weekly.uuid}@coachdesk"
    )  # type: ignore[attr-defined]
    assert "EXDATE;TZID=Europe/Amsterdam:20250414T100000" in raw  # the cancelled one
    moved = [e for e in parsed.walk("VEVENT") if e.get("RECURRENCE-ID")]
    assert [(str(e["UID"]), e["RECURRENCE-ID"].dt, e["DTSTART"].dt) for e in moved] == [
        (
            str(master["UID"]),
            datetime(2025, 3, 24, 10, tzinfo=AMS),
            datetime(2025, 3, 25, 14, tzinfo=AMS),
        )
    ]


def test_export_range_takes_whole_series_and_imported_uids(db: Db, tmp_path: Path) -> None:
    build_practice(db)
    import_ics(db, fixture("apple.ics"))
    target = tmp_path / "april.ics"
    export_ics(db, target, start=date(2025, 4, 1), end=date(2025, 5, 1))
    parsed = Calendar.from_ical(target.read_bytes())
    uids = {str(e["UID"]) for e in parsed.walk("VEVENT")}
    assert "6B29F3C2-4E1A-4C8B-9D7E-2F1A3B5C7D9E" in uids  # the stored UID, not a new one
    assert len([e for e in parsed.walk("VEVENT") if e.get("RRULE")]) == 2
    assert not any(
        e.get("RRULE") is None and e["DTSTART"].dt == datetime(2025, 2, 3, 9, tzinfo=AMS)
        for e in parsed.walk("VEVENT")
    )


def test_export_failure_leaves_the_old_file_and_no_temp(
    db: Db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_practice(db)
    target = tmp_path / "agenda.ics"
    target.write_bytes(b"old")

    def full_disk(src: object, dst: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(StorageError, match="the disk is full"):
        export_ics(db, target)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["agenda.ics"]


def test_export_to_a_missing_folder_or_a_folder_is_refused(db: Db, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="does not exist"):
        export_ics(db, tmp_path / "nope" / "a.ics")
    with pytest.raises(UserError, match="is a folder"):
        export_ics(db, tmp_path)
    with pytest.raises(UserError, match="code, initials or name"):
        export_ics(db, tmp_path / "a.ics", titles="everything")  # type: ignore[arg-type]


def test_all_day_and_windows_zone_survive_a_second_round(db: Db, tmp_path: Path) -> None:
    import_ics(db, fixture("outlook.ics"))
    import_ics(db, fixture("google.ics"))
    target = tmp_path / "again.ics"
    export_ics(db, target)
    other = fresh_db(data_paths(tmp_path / "other"))
    import_ics(other, target.read_bytes())
    mine = [replace(o, overlaps=(), overlap_keys=()) for o in agenda.occurrences(db, *YEAR_2025)]
    assert comparable(agenda.occurrences(other, *YEAR_2025)) == comparable(mine)
    assert spans(agenda.occurrences(other, *YEAR_2025)) == spans(mine)


OUTLOOK_NAMED_ZONE = (
    "BEGIN:VTIMEZONE\r\nTZID:(UTC+01:00) Amsterdam\\, Berlijn\\, Bern\\, Rome\r\n"
    "BEGIN:STANDARD\r\nDTSTART:16011028T030000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\n"
    "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n"
    "BEGIN:DAYLIGHT\r\nDTSTART:16010325T020000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\n"
    "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
)


def test_time_zones_by_name_by_definition_and_by_calendar(db: Db) -> None:
    named = '"(UTC+01:00) Amsterdam, Berlijn, Bern, Rome"'
    data = calendar(
        event(f"DTSTART;TZID={named}:20250702T100000\r\nSUMMARY:Eigen zone", "a"),
        event("DTSTART;TZID=/mozilla.org/20070129_1/Europe/Amsterdam:20250703T100000\r\n"
              "SUMMARY:Oude Thunderbird", "b"),
        event("DTSTART:20250704T100000\r\nSUMMARY:Zwevend", "c"),
        event("DTSTART;TZID=America/New_York:20250705T100000\r\nSUMMARY:New York", "d"),
        event("DTSTART;TZID=Nergens/Onbekend:20250706T100000\r\nSUMMARY:Onbekend", "e"),
        head="X-WR-TIMEZONE:America/New_York\r\n" + OUTLOOK_NAMED_ZONE,
    )  # fmt: skip
    assert import_ics(db, data).imported == 5
    found = {o.source.title: o for o in agenda.occurrences(db, *YEAR_2025)}
    assert found["Eigen zone"].start == datetime(2025, 7, 2, 10)  # same rules as ours
    assert found["Eigen zone"].source.tzid == "Europe/Amsterdam"
    assert found["Oude Thunderbird"].start == datetime(2025, 7, 3, 10)
    for title, day in (("Zwevend", 4), ("New York", 5), ("Onbekend", 6)):  # the calendar's zone
        assert found[title].source.tzid == "America/New_York"
        assert found[title].source.starts_at == datetime(2025, 7, day, 10)
        assert found[title].start == datetime(2025, 7, day, 16)  # shown on the coach's clock


def test_command_line_choices_match_the_services() -> None:
    """cli_agenda keeps its choices literal so that building the parser imports no services."""
    from coachdesk import cli_agenda
    from coachdesk.services import calendar_ics, tasks

    assert cli_agenda.TITLE_CHOICES == calendar_ics.TITLE_STYLES
    assert cli_agenda.PRIORITY_NAMES == {
        "high": tasks.PRIORITY_HIGH,
        "normal": tasks.PRIORITY_NORMAL,
        "low": tasks.PRIORITY_LOW,
    }

"""Today page queries: today's appointments with series, active clients without a next session."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest

from coachdesk.domain.agenda import AppointmentDraft, Frequency, RecurrenceRule
from coachdesk.domain.models import AppointmentStatus, ClientDraft, ClientStatus
from coachdesk.services import agenda
from coachdesk.services.clients import create_client
from coachdesk.services.dashboard import (
    ClientWithoutNext,
    clients_without_next_session,
    today_summary,
)
from coachdesk.vault.connection import Db
from coachdesk.vault.vault import Vault

NOW = datetime(2026, 3, 16, 12, 0)  # a Monday


@pytest.fixture
def db(vault: Vault) -> Iterator[Db]:
    with vault.session() as session:
        yield session


def client(db: Db, first: str, last: str, status: ClientStatus = ClientStatus.ACTIVE) -> int:
    draft = ClientDraft(first_name=first, last_name=last, status=status)
    return create_client(db, draft, today=date(2025, 9, 1)).id


def book(db: Db, client_id: int, start: datetime, **kw: object) -> None:
    draft = AppointmentDraft("Sessie", start, start + timedelta(hours=1), client_id=client_id, **kw)
    agenda.create(db, draft)


def test_clients_without_a_next_session(db: Db) -> None:
    booked = client(db, "Anna", "Booked")
    past_only = client(db, "Bram", "Pastonly")
    cancelled = client(db, "Cas", "Cancelled")
    never = client(db, "Dirk", "Never")
    later_today = client(db, "Eva", "Latertoday")
    series = client(db, "Fenna", "Series")
    old = client(db, "Gijs", "Oldtimer")
    closed = client(db, "Hanna", "Closed", ClientStatus.CLOSED)
    far = client(db, "Ivo", "Faraway")
    book(db, booked, NOW - timedelta(days=7))
    book(db, booked, NOW + timedelta(days=21))
    book(db, past_only, NOW - timedelta(days=30))
    book(db, past_only, NOW - timedelta(days=9))
    book(db, past_only, NOW - timedelta(days=2), status=AppointmentStatus.NO_SHOW)
    book(db, cancelled, NOW - timedelta(days=14))
    book(db, cancelled, NOW + timedelta(days=7), status=AppointmentStatus.CANCELLED)
    book(db, later_today, NOW + timedelta(hours=3))
    book(db, series, NOW - timedelta(weeks=3),
         recurrence=RecurrenceRule(Frequency.WEEKLY, count=6))  # fmt: skip
    book(db, old, datetime(2023, 5, 4, 10))  # before the look-back: from the stored rows
    book(db, far, NOW + timedelta(days=200))  # beyond the horizon: not a next session

    found = clients_without_next_session(db, NOW)

    assert all(isinstance(c, ClientWithoutNext) for c in found)
    by_id = {c.client_id: c for c in found}
    assert booked not in by_id and later_today not in by_id and series not in by_id
    assert closed not in by_id  # only active clients
    assert by_id[past_only].last_session == (NOW - timedelta(days=9)).date()  # no-show skipped
    assert by_id[cancelled].last_session == (NOW - timedelta(days=14)).date()
    assert by_id[old].last_session == date(2023, 5, 4)
    assert by_id[never].last_session is None
    assert by_id[never].name == "Dirk Never" and by_id[never].number
    # no session yet (by name), then the longest ago: who has drifted out of sight leads
    assert [c.client_id for c in found] == [far, never, old, cancelled, past_only]
    assert by_id[far].last_session is None


def test_series_cancelled_occurrence_is_no_next_session(db: Db) -> None:
    fenna = client(db, "Fenna", "Series")
    book(db, fenna, NOW - timedelta(weeks=1), recurrence=RecurrenceRule(Frequency.WEEKLY, count=2))
    (upcoming,) = [o for o in agenda.for_client(db, fenna) if o.start >= NOW]
    agenda.cancel(db, upcoming)
    (found,) = clients_without_next_session(db, NOW)
    assert found.client_id == fenna and found.last_session == (NOW - timedelta(weeks=1)).date()


def test_today_lists_series_occurrences(db: Db) -> None:
    anna = client(db, "Anna", "Bakker")
    book(db, anna, NOW - timedelta(weeks=1, hours=3),
         recurrence=RecurrenceRule(Frequency.WEEKLY, count=3))  # fmt: skip
    book(db, anna, NOW + timedelta(hours=2))
    summary = today_summary(db, NOW.date(), now=NOW)
    assert [(a.starts_at.hour, a.client_name) for a in summary.appointments] == [
        (9, "Anna Bakker"),
        (14, "Anna Bakker"),
    ]
    assert summary.without_next == ()

"""The request register: due-date arithmetic (one calendar month, clamped), extension, audit."""

from __future__ import annotations

from datetime import date

import pytest

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.models import ClientDraft
from coachdesk.domain.requests import RequestKind, add_months, due_date, extended_due_date
from coachdesk.paths import DataPaths
from coachdesk.services import requests
from coachdesk.services.access import Db, Vault
from coachdesk.services.clients import create_client
from coachdesk.vault.audit import audit_entries


@pytest.fixture
def db(paths: DataPaths) -> Db:
    vault, _ = Vault.create(paths, passphrase=None, use_keyring=True)
    return vault.connect()


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (date(2026, 1, 31), date(2026, 2, 28)),
        (date(2028, 1, 31), date(2028, 2, 29)),  # leap year
        (date(2028, 1, 29), date(2028, 2, 29)),
        (date(2026, 3, 15), date(2026, 4, 15)),
        (date(2026, 3, 31), date(2026, 4, 30)),
        (date(2026, 12, 31), date(2027, 1, 31)),
        (date(2028, 2, 29), date(2028, 3, 29)),
    ],
)
def test_due_date_is_one_calendar_month_clamped(received: date, due: date) -> None:
    assert due_date(received) == due


def test_extension_is_two_months_from_the_original_due_date() -> None:
    assert extended_due_date(date(2026, 2, 28)) == date(2026, 4, 28)
    assert extended_due_date(date(2025, 12, 31)) == date(2026, 2, 28)
    assert add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)


def test_register_add_extend_complete_with_audit(db: Db) -> None:
    anna = create_client(db, ClientDraft(first_name="Anna", last_name="Jansen"))
    made = requests.add(db, anna.id, "access", date(2026, 1, 31))
    assert made.kind is RequestKind.ACCESS
    assert made.due_on == date(2026, 2, 28) and made.deadline == date(2026, 2, 28)
    assert made.client_number == anna.number and made.client_name == "Anna Jansen"

    with pytest.raises(ValidationError):
        requests.extend(db, made.id, "   ")
    extended = requests.extend(db, made.id, "Veel documenten")
    assert extended.extended_to == date(2026, 4, 28) and extended.deadline == date(2026, 4, 28)
    assert requests.get(db, made.id).extension_reason == "Veel documenten"
    with pytest.raises(ValidationError):
        requests.extend(db, made.id, "nog eens")

    assert [r.id for r in requests.list_open(db)] == [made.id]
    with pytest.raises(ValidationError):
        requests.complete(db, made.id, date(2026, 1, 1))
    done = requests.complete(db, made.id, date(2026, 3, 2))
    assert done.completed_on == date(2026, 3, 2) and not done.is_open
    assert requests.list_open(db) == []
    assert [r.id for r in requests.list_all(db)] == [made.id]
    with pytest.raises(ValidationError):
        requests.complete(db, made.id, date(2026, 3, 3))

    actions = [e.action for e in audit_entries(db, client_uuid=anna.uuid)]
    assert actions[:3] == ["request.completed", "request.extended", "request.received"]


def test_bad_kind_or_client_is_refused(db: Db) -> None:
    anna = create_client(db, ClientDraft(first_name="Anna", last_name="Jansen"))
    with pytest.raises(ValidationError):
        requests.add(db, anna.id, "gossip", date(2026, 1, 1))
    with pytest.raises(ValidationError):
        requests.add(db, 999, "access", date(2026, 1, 1))


def test_due_soon_lists_open_requests_within_a_week_and_overdue(db: Db) -> None:
    anna = create_client(db, ClientDraft(first_name="Anna", last_name="Jansen"))
    soon = requests.add(db, anna.id, "access", date(2026, 2, 5))  # due 5 March
    late = requests.add(db, anna.id, "erasure", date(2026, 1, 20))  # due 20 Feb: overdue
    later = requests.add(db, anna.id, "portability", date(2026, 3, 1))  # due 1 April
    today = date(2026, 3, 1)
    assert [r.id for r in requests.due_soon(db, today)] == [late.id, soon.id]
    assert late.is_overdue(today) and not soon.is_overdue(today)
    assert soon.days_left(today) == 4
    requests.complete(db, late.id, today)
    assert [r.id for r in requests.due_soon(db, today)] == [soon.id]
    assert later.id not in {r.id for r in requests.due_soon(db, today)}

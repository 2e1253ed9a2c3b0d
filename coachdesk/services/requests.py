"""The register of data-subject requests: received, due, extended, completed (Art. 12(3)).

Every write records an audit entry (``request.received``, ``request.extended``,
``request.completed``) with the request's and the client's UUIDs, in the same transaction.
Dates are plain calendar dates; the caller passes "today" so tests can pin the clock.
"""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import replace
from datetime import date, timedelta

from coachdesk.domain.dates import iso_date, parse_date, stamp
from coachdesk.domain.errors import NotFound, ValidationError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.domain.requests import (
    DUE_SOON_DAYS,
    DataRequest,
    RequestKind,
    due_date,
    extended_due_date,
)
from coachdesk.domain.validation import clean_text
from coachdesk.vault.audit import append_audit
from coachdesk.vault.connection import Db

__all__ = [
    "DataRequest",
    "RequestKind",
    "add",
    "complete",
    "due_soon",
    "extend",
    "get",
    "list_all",
    "list_open",
]

MSG_NO_CLIENT = QT_TRANSLATE_NOOP("Validation", "That client no longer exists.")
MSG_KIND = QT_TRANSLATE_NOOP("Validation", "Choose the kind of request.")
MSG_REASON = QT_TRANSLATE_NOOP("Validation", "Give the reason for the extension.")
MSG_EXTENDED = QT_TRANSLATE_NOOP("Validation", "This request has already been extended.")
MSG_DONE = QT_TRANSLATE_NOOP("Validation", "This request has already been completed.")
MSG_COMPLETED_BEFORE = QT_TRANSLATE_NOOP(
    "Validation", "A request cannot be completed before it was received."
)

_SELECT = (
    "SELECT r.id, r.uuid, r.client_id, c.number, c.first_name, c.tussenvoegsel, c.last_name,"
    " r.kind, r.received_on, r.due_on, r.extended_to, r.extension_reason, r.completed_on,"
    " r.note FROM data_requests r JOIN clients c ON c.id = r.client_id"
)
_ORDER = " ORDER BY coalesce(r.extended_to, r.due_on), r.id"


def _from_row(r: object) -> DataRequest:
    row = tuple(r)  # type: ignore[call-overload]
    name = " ".join(p for p in row[4:7] if p)
    return DataRequest(
        id=row[0],
        uuid=row[1],
        client_id=row[2],
        client_number=row[3],
        client_name=name,
        kind=RequestKind(row[7]),
        received_on=parse_date(row[8]),  # type: ignore[arg-type]
        due_on=parse_date(row[9]),  # type: ignore[arg-type]
        extended_to=parse_date(row[10]),
        extension_reason=row[11],
        completed_on=parse_date(row[12]),
        note=row[13],
    )


def get(db: Db, request_id: int) -> DataRequest:
    row = db.one(_SELECT + " WHERE r.id = :id", {"id": request_id})
    if row is None:
        raise NotFound(what="request", key=str(request_id))
    return _from_row(row)


def _client_uuid(db: Db, client_id: int) -> str:
    return str(db.scalar("SELECT uuid FROM clients WHERE id = :id", {"id": client_id}) or "")


def _audit(db: Db, action: str, request: DataRequest) -> None:
    append_audit(
        db,
        action,
        subject_kind="request",
        subject_uuid=request.uuid,
        client_uuid=_client_uuid(db, request.client_id),
    )


def add(
    db: Db, client_id: int, kind: RequestKind | str, received_on: date, *, note: str = ""
) -> DataRequest:
    """Register a request received on *received_on*; its due date is one calendar month on."""
    problems: dict[str, str] = {}
    try:
        kind = RequestKind(kind)
    except ValueError:
        problems["kind"] = MSG_KIND
    if db.scalar("SELECT 1 FROM clients WHERE id = :id", {"id": client_id}) is None:
        problems["client"] = MSG_NO_CLIENT
    if problems:
        raise ValidationError(problems)
    with db.transaction():
        cur = db.execute(
            "INSERT INTO data_requests (uuid, client_id, kind, received_on, due_on, note,"
            " created_at) VALUES (:uuid, :client, :kind, :received, :due, :note, :at)",
            {
                "uuid": str(uuidlib.uuid4()),
                "client": client_id,
                "kind": RequestKind(kind).value,
                "received": iso_date(received_on),
                "due": iso_date(due_date(received_on)),
                "note": clean_text(note),
                "at": stamp(),
            },
        )
        request = get(db, int(cur.lastrowid))  # type: ignore[arg-type]
        _audit(db, "request.received", request)
    return request


def extend(db: Db, request_id: int, reason: str) -> DataRequest:
    """Extend by two months from the original due date; a reason is required, once only."""
    reason = " ".join(clean_text(reason).split())
    current = get(db, request_id)
    if not reason:
        raise ValidationError({"reason": MSG_REASON})
    if current.completed_on is not None:
        raise ValidationError({"request": MSG_DONE})
    if current.extended_to is not None:
        raise ValidationError({"request": MSG_EXTENDED})
    new_due = extended_due_date(current.due_on)
    with db.transaction():
        db.execute(
            "UPDATE data_requests SET extended_to = :to, extension_reason = :reason WHERE id = :id",
            {"to": iso_date(new_due), "reason": reason, "id": request_id},
        )
        request = replace(current, extended_to=new_due, extension_reason=reason)
        _audit(db, "request.extended", request)
    return request


def complete(db: Db, request_id: int, on: date) -> DataRequest:
    """Mark the request answered on *on*."""
    current = get(db, request_id)
    if current.completed_on is not None:
        raise ValidationError({"request": MSG_DONE})
    if on < current.received_on:
        raise ValidationError({"completed_on": MSG_COMPLETED_BEFORE})
    with db.transaction():
        db.execute(
            "UPDATE data_requests SET completed_on = :on WHERE id = :id",
            {"on": iso_date(on), "id": request_id},
        )
        request = replace(current, completed_on=on)
        _audit(db, "request.completed", request)
    return request


def list_open(db: Db) -> list[DataRequest]:
    """Open requests, nearest deadline first."""
    return [_from_row(r) for r in db.all(_SELECT + " WHERE r.completed_on IS NULL" + _ORDER)]


def list_all(db: Db, *, client_id: int | None = None) -> list[DataRequest]:
    """Every request (open ones first, nearest deadline first; then completed, newest first)."""
    sql, params = _SELECT, {}
    if client_id is not None:
        sql += " WHERE r.client_id = :client"
        params["client"] = client_id
    sql += (
        " ORDER BY r.completed_on IS NOT NULL, CASE WHEN r.completed_on IS NULL"
        " THEN coalesce(r.extended_to, r.due_on) END, r.completed_on DESC, r.id"
    )
    return [_from_row(r) for r in db.all(sql, params)]


def due_soon(db: Db, today: date, *, days: int = DUE_SOON_DAYS) -> list[DataRequest]:
    """Open requests whose deadline is within *days* of *today*, overdue ones included."""
    limit = iso_date(today + timedelta(days=days))
    return [
        _from_row(r)
        for r in db.all(
            _SELECT + " WHERE r.completed_on IS NULL AND coalesce(r.extended_to, r.due_on)"
            " <= :limit" + _ORDER,
            {"limit": limit},
        )
    ]

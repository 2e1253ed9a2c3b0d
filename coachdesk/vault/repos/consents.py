"""Consent records (append-only; withdrawal is a new record) and the disclosure log."""

from __future__ import annotations

import uuid as uuidlib
from datetime import date

from coachdesk.domain.dates import parse_date, parse_stamp, stamp
from coachdesk.domain.models import (
    Consent,
    ConsentAction,
    ConsentMethod,
    Disclosure,
    LegalBasis,
)
from coachdesk.vault.connection import Db, Row

_CONSENT_COLUMNS = (
    "id, uuid, client_id, action, purpose, scope, text_version, method, given_on, note, recorded_at"
)
_DISCLOSURE_COLUMNS = (
    "id, uuid, client_id, recipient, what, disclosed_on, legal_basis, note, recorded_at"
)


def _consent(r: Row) -> Consent:
    return Consent(
        id=r["id"],
        uuid=r["uuid"],
        client_id=r["client_id"],
        action=ConsentAction(r["action"]),
        purpose=r["purpose"],
        scope=r["scope"],
        text_version=r["text_version"],
        method=ConsentMethod(r["method"]),
        given_on=parse_date(r["given_on"]) or date.min,
        note=r["note"],
        recorded_at=parse_stamp(r["recorded_at"]),
    )


def record(
    db: Db,
    client_id: int,
    *,
    action: ConsentAction,
    purpose: str,
    method: ConsentMethod,
    given_on: date,
    scope: str = "",
    text_version: str = "",
    note: str = "",
    at: str | None = None,
) -> Consent:
    with db.transaction():
        cur = db.execute(
            "INSERT INTO consents (uuid, client_id, action, purpose, scope, text_version, method,"
            " given_on, note, recorded_at) VALUES (:uuid, :client, :action, :purpose, :scope,"
            " :version, :method, :on, :note, :at)",
            {
                "uuid": str(uuidlib.uuid4()),
                "client": client_id,
                "action": action.value,
                "purpose": purpose,
                "scope": scope,
                "version": text_version,
                "method": method.value,
                "on": given_on.isoformat(),
                "note": note,
                "at": at or stamp(),
            },
        )
        row = db.one(f"SELECT {_CONSENT_COLUMNS} FROM consents WHERE id = :id",
                     {"id": cur.lastrowid})  # fmt: skip
    return _consent(row)


def history(db: Db, client_id: int) -> list[Consent]:
    rows = db.all(
        f"SELECT {_CONSENT_COLUMNS} FROM consents WHERE client_id = :c ORDER BY id",
        {"c": client_id},
    )
    return [_consent(r) for r in rows]


def current(db: Db, client_id: int) -> dict[str, Consent]:
    """The latest record per purpose: consent is in force where that record says 'given'."""
    latest: dict[str, Consent] = {}
    for consent in history(db, client_id):
        latest[consent.purpose] = consent
    return latest


def _disclosure(r: Row) -> Disclosure:
    return Disclosure(
        id=r["id"],
        uuid=r["uuid"],
        client_id=r["client_id"],
        recipient=r["recipient"],
        what=r["what"],
        disclosed_on=parse_date(r["disclosed_on"]) or date.min,
        legal_basis=LegalBasis(r["legal_basis"]),
        note=r["note"],
        recorded_at=parse_stamp(r["recorded_at"]),
    )


def disclose(
    db: Db,
    client_id: int,
    *,
    recipient: str,
    what: str,
    disclosed_on: date,
    legal_basis: LegalBasis,
    note: str = "",
    at: str | None = None,
) -> Disclosure:
    with db.transaction():
        cur = db.execute(
            "INSERT INTO disclosures (uuid, client_id, recipient, what, disclosed_on,"
            " legal_basis, note, recorded_at) VALUES (:uuid, :client, :recipient, :what, :on,"
            " :basis, :note, :at)",
            {
                "uuid": str(uuidlib.uuid4()),
                "client": client_id,
                "recipient": recipient,
                "what": what,
                "on": disclosed_on.isoformat(),
                "basis": legal_basis.value,
                "note": note,
                "at": at or stamp(),
            },
        )
        row = db.one(f"SELECT {_DISCLOSURE_COLUMNS} FROM disclosures WHERE id = :id",
                     {"id": cur.lastrowid})  # fmt: skip
    return _disclosure(row)


def disclosures(db: Db, client_id: int) -> list[Disclosure]:
    rows = db.all(
        f"SELECT {_DISCLOSURE_COLUMNS} FROM disclosures WHERE client_id = :c"
        " ORDER BY disclosed_on, id",
        {"c": client_id},
    )
    return [_disclosure(r) for r in rows]

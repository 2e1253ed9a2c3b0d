"""``coachdesk client import FILE``: re-create a client from an export's ``data.json``.

Imported: client details and tags, trajectories, appointments (series, exceptions and excluded
dates), notes with their origins and dates, tasks, consents, disclosures, data requests, the
legal hold, and documents whose originals are found in the ``attachments/`` folder beside the
file (checked against their SHA-256). Created/updated stamps are kept as exported. Not imported:
the audit entries (they belong to the other vault's hash chain; the import itself is audited
here as ``client.imported``) and ``last_exported_at``. The client keeps its number when it is
free in this vault and otherwise gets the next number.

The runtime does not depend on jsonschema (a test-only library): the checks here are the ones
the import needs, and anything malformed is refused with one sentence before anything is
written; the whole import is one transaction.
"""

from __future__ import annotations

import hashlib
import json
import uuid as uuidlib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from coachdesk.domain.dates import parse_date, stamp
from coachdesk.domain.errors import UserError
from coachdesk.domain.models import (
    AppointmentKind,
    AppointmentStatus,
    ClientDraft,
    ClientStatus,
    ConsentAction,
    ConsentMethod,
    LegalBasis,
    Origin,
    TaskSource,
)
from coachdesk.services.export.collect import SCHEMA_VERSION
from coachdesk.vault.audit import append_audit
from coachdesk.vault.connection import Db
from coachdesk.vault.repos import appointments as _appointments
from coachdesk.vault.repos import clients as _clients
from coachdesk.vault.repos import consents as _consents
from coachdesk.vault.repos import documents as _documents
from coachdesk.vault.repos import notes as _notes
from coachdesk.vault.repos import tasks as _tasks
from coachdesk.vault.repos import trajectories as _trajectories

MAX_FILE_BYTES = 512 * 1024 * 1024


class NotAnExport(UserError):
    template = "The file {path} is not a CoachDesk client export ({reason})."


@dataclass(frozen=True, slots=True)
class ImportReport:
    client_id: int
    number: str
    notes: int
    documents: int
    documents_missing: int


def read_export(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise UserError(
            "The file {path} cannot be read ({reason}).",
            path=str(path),
            reason=exc.strerror or type(exc).__name__,
        ) from None
    if len(raw) > MAX_FILE_BYTES:
        raise NotAnExport(path=str(path), reason="too large")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise NotAnExport(path=str(path), reason="not JSON") from None
    if not isinstance(data, dict) or data.get("schema_version") != SCHEMA_VERSION:
        raise NotAnExport(path=str(path), reason=f"schema version {SCHEMA_VERSION} expected")
    if not isinstance(data.get("client"), dict):
        raise NotAnExport(path=str(path), reason="no client details")
    return data


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _date(text: str) -> date:
    value = parse_date(text)
    if value is None:
        raise ValueError("date missing")
    return value


def import_client(db: Db, path: Path, *, now: datetime | None = None) -> ImportReport:
    """Create a new client in *db* from the export at *path*; one transaction."""
    path = Path(path)
    data = read_export(path)
    try:
        with db.transaction():
            return _import(db, data, path.parent, stamp(now))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise NotAnExport(path=str(path), reason=f"{type(exc).__name__}: malformed item") from None


def _import(db: Db, data: dict[str, Any], folder: Path, at: str) -> ImportReport:
    c = data["client"]
    number = str(c["number"]).strip()
    taken = db.scalar("SELECT 1 FROM clients WHERE number = :n", {"n": number})
    draft = ClientDraft(
        first_name=c["first_name"], last_name=c["last_name"], tussenvoegsel=c["tussenvoegsel"],
        preferred_name=c["preferred_name"], date_of_birth=parse_date(c["date_of_birth"]),
        email=c["email"], phone=c["phone"], street=c["street"], postcode=c["postcode"],
        city=c["city"], country=c["country"], organisation=c["organisation"],
        referral_source=c["referral_source"], status=ClientStatus(c["status"]),
        tags=tuple(str(t) for t in c["tags"]),
    )  # fmt: skip
    today = date.fromisoformat(at[:10])
    client = _clients.insert(db, draft, today=today, number=None if taken or not number
                             else number, at=c["created_at"])  # fmt: skip
    db.execute("UPDATE clients SET updated_at = :u WHERE id = :id",
               {"u": c["updated_at"], "id": client.id})  # fmt: skip

    traj: dict[str, int] = {}
    for t in data["trajectories"]:
        row = _trajectories.insert(
            db, client.id, title=t["title"], goal=t["goal"],
            start_date=parse_date(t["start_date"]), end_date=parse_date(t["end_date"]),
            agreed_sessions=t["agreed_sessions"], sponsor=t["sponsor"], payer=t["payer"],
            at=t["created_at"],
        )  # fmt: skip
        _touch(db, "trajectories", row.id, t["updated_at"])
        traj[t["ref"]] = row.id

    appts: dict[str, int] = {}
    # Series masters and singles first, so exceptions can point at their series.
    ordered = sorted(data["appointments"], key=lambda a: a["series"] is not None)
    for a in ordered:
        appt_id = _appointments.insert(
            db, title=a["title"], starts_at=_dt(a["starts_at"]), ends_at=_dt(a["ends_at"]),  # type: ignore[arg-type]
            kind=AppointmentKind(a["kind"]), status=AppointmentStatus(a["status"]),
            all_day=bool(a["all_day"]), tzid=a["timezone"], client_id=client.id,
            trajectory_id=traj.get(a["trajectory"]), location=a["location"], notes=a["notes"],
            rrule=a["recurrence_rule"], series_until=_dt(a["series_until"]),
            exdates=[_dt(x) for x in a["excluded_dates"]],  # type: ignore[misc]
            series_id=appts.get(a["series"]) if a["series"] else None,
            recurrence_id=_dt(a["recurrence_id"]), at=a["created_at"],
        )  # fmt: skip
        _touch(db, "appointments", appt_id, a["updated_at"])
        appts[a["ref"]] = appt_id

    for n in data["notes"]:
        note = _notes.insert(
            db, client.id, note_date=_date(n["date"]), title=n["title"], body=n["body"],
            origin=Origin(n["origin"]), special_category=bool(n["special_category"]),
            template=n["template"], trajectory_id=traj.get(n["trajectory"]),
            appointment_id=appts.get(n["appointment"]), at=n["created_at"],
        )  # fmt: skip
        _touch(db, "notes", note.id, n["updated_at"])

    for t in data["tasks"]:
        task = _tasks.insert(
            db, t["title"], due_date=parse_date(t["due_date"]), priority=int(t["priority"]),
            client_id=client.id,
            source=TaskSource.SYSTEM if t["origin"] == "system" else TaskSource.MANUAL,
            notes=t["notes"], at=t["created_at"],
        )  # fmt: skip
        db.execute("UPDATE tasks SET done_at = :d, updated_at = :u WHERE id = :id",
                   {"d": t["done_at"], "u": t["updated_at"], "id": task.id})  # fmt: skip

    for k in data["consents"]:
        _consents.record(
            db, client.id, action=ConsentAction(k["action"]), purpose=k["purpose"],
            method=ConsentMethod(k["method"]), given_on=_date(k["given_on"]), scope=k["scope"],
            text_version=k["text_version"], note=k["note"], at=k["recorded_at"],
        )  # fmt: skip
    for k in data["disclosures"]:
        _consents.disclose(
            db, client.id, recipient=k["recipient"], what=k["what"],
            disclosed_on=_date(k["disclosed_on"]), legal_basis=LegalBasis(k["legal_basis"]),
            note=k["note"], at=k["recorded_at"],
        )  # fmt: skip

    for r in data["data_requests"]:
        db.execute(
            "INSERT INTO data_requests (uuid, client_id, kind, received_on, due_on, extended_to,"
            " extension_reason, completed_on, note, created_at) VALUES (:uuid, :c, :kind,"
            " :received, :due, :ext, :reason, :done, :note, :at)",
            {"uuid": str(uuidlib.uuid4()), "c": client.id, "kind": r["kind"],
             "received": _date(r["received_on"]).isoformat(),
             "due": _date(r["due_on"]).isoformat(), "ext": r["extended_to"],
             "reason": r["extension_reason"], "done": r["completed_on"], "note": r["note"],
             "at": r["created_at"]},
        )  # fmt: skip
    hold = data.get("legal_hold")
    if hold:
        db.execute(
            "INSERT INTO legal_holds (client_id, reason, review_on, placed_at)"
            " VALUES (:c, :reason, :review, :placed)",
            {"c": client.id, "reason": hold["reason"], "review": hold["review_on"],
             "placed": hold["placed_at"]},
        )  # fmt: skip

    imported = missing = 0
    for doc in data["documents"]:
        content = _attachment(folder, doc["file"], doc["sha256"])
        if content is None:
            missing += 1
            continue
        _documents.insert(db, client.id, doc["name"], content, mime_type=doc["mime_type"],
                          origin=Origin(doc["origin"]), at=doc["added_at"])  # fmt: skip
        imported += 1

    append_audit(db, "client.imported", subject_kind="client", subject_uuid=client.uuid,
                 client_uuid=client.uuid, at=at)  # fmt: skip
    number = str(db.scalar("SELECT number FROM clients WHERE id = :id", {"id": client.id}))
    return ImportReport(client.id, number, len(data["notes"]), imported, missing)


def _touch(db: Db, table: str, row_id: int, updated_at: str) -> None:
    db.execute(
        f"UPDATE {table} SET updated_at = :u WHERE id = :id", {"u": updated_at, "id": row_id}
    )


def _attachment(folder: Path, relative: str, sha256: str) -> bytes | None:
    """The original beside data.json, or None when the package has no such file.

    Only plain names inside ``attachments/`` are accepted (no ``..``, no absolute paths)."""
    parts = Path(relative).parts
    if len(parts) != 2 or parts[0] != "attachments" or parts[1] in ("..", "."):
        raise ValueError("attachment path outside attachments/")
    path = folder / "attachments" / parts[1]
    if not path.is_file():
        return None
    try:
        content = path.read_bytes()
    except OSError:
        return None
    if hashlib.sha256(content).hexdigest() != sha256:
        raise UserError(
            "The attachment {name} does not match its checksum; the package was changed.",
            name=parts[1],
        )
    return content

"""Use cases of one client's dossier: notes, trajectories, consents and the activity log.

Every write records an audit entry (ids and action names only) in the same transaction as the
change, so the log can never disagree with the data. Reads are re-exported here because the UI
may not import ``coachdesk.vault``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from coachdesk.domain.dates import parse_stamp
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.domain.models import (
    Client,
    Consent,
    ConsentAction,
    ConsentMethod,
    Note,
    Trajectory,
)
from coachdesk.domain.validation import clean_text
from coachdesk.vault.audit import AuditEntry, append_audit
from coachdesk.vault.connection import Db
from coachdesk.vault.repos import clients as _clients
from coachdesk.vault.repos import consents as _consents
from coachdesk.vault.repos import notes as _notes
from coachdesk.vault.repos import trajectories as _trajectories

__all__ = ["CONSENT_PURPOSES", "SPECIAL_CATEGORY_PURPOSE", "AuditEntry"]

#: Explicit consent (AVG art. 9) for health and other special-category data in notes.
SPECIAL_CATEGORY_PURPOSE = "special_category_data"
#: Purposes the Consents tab offers; the coach may type another one.
CONSENT_PURPOSES = (SPECIAL_CATEGORY_PURPOSE, "share_with_sponsor", "contact_after_closing")

#: Autosave writes a note every few seconds while the coach types; one audit entry per editing
#: stretch says as much as fifty and keeps the log readable.
NOTE_AUDIT_COALESCE = timedelta(minutes=10)

MSG_END_BEFORE_START = QT_TRANSLATE_NOOP("Validation", "The end date lies before the start date.")
MSG_TITLE_OR_GOAL = QT_TRANSLATE_NOOP("Validation", "Give the trajectory a title or a goal.")


def get_client(db: Db, client_id: int) -> Client:
    return _clients.get(db, client_id)


def _client_uuid(db: Db, client_id: int) -> str:
    return _clients.get(db, client_id).uuid


# --- notes ----------------------------------------------------------------------------------


def list_notes(db: Db, client_id: int) -> list[Note]:
    """Newest first; a client has tens of notes, so one query is cheaper than paging."""
    return _notes.for_client(db, client_id)


def get_note(db: Db, note_id: int) -> Note:
    return _notes.get(db, note_id)


def create_note(
    db: Db,
    client_id: int,
    *,
    note_date: date,
    title: str = "",
    body: str = "",
    special_category: bool = False,
    template: str = "free",
    appointment_id: int | None = None,
) -> Note:
    """A new note; *appointment_id* links it to the session it reports on."""
    with db.transaction():
        note = _notes.insert(
            db,
            client_id,
            note_date=note_date,
            title=title.strip(),
            body=body,
            special_category=special_category,
            template=template,
            appointment_id=appointment_id,
        )
        append_audit(
            db,
            "note.created",
            subject_kind="note",
            subject_uuid=note.uuid,
            client_uuid=_client_uuid(db, client_id),
        )
    return note


def _recently_audited(db: Db, client_uuid: str, note_uuid: str, now: datetime) -> bool:
    """True when this client's latest audit entry is about this note and recent."""
    row = db.one(
        "SELECT action, at, subject_uuid FROM audit_log"
        " WHERE client_uuid = :c AND client_uuid != '' ORDER BY seq DESC LIMIT 1",
        {"c": client_uuid},
    )
    if row is None or row[2] != note_uuid or row[0] not in ("note.created", "note.updated"):
        return False
    return now - parse_stamp(row[1]) < NOTE_AUDIT_COALESCE


def update_note(
    db: Db,
    note_id: int,
    *,
    title: str,
    body: str,
    note_date: date,
    special_category: bool,
) -> Note:
    """Save an edit; consecutive autosaves of one note share one "note.updated" entry."""
    with db.transaction():
        note = _notes.update(
            db,
            note_id,
            title=title.strip(),
            body=body,
            note_date=note_date,
            special_category=special_category,
        )
        client_uuid = _client_uuid(db, note.client_id)
        if not _recently_audited(db, client_uuid, note.uuid, datetime.now(UTC)):
            append_audit(
                db,
                "note.updated",
                subject_kind="note",
                subject_uuid=note.uuid,
                client_uuid=client_uuid,
            )
    return note


# --- trajectories ---------------------------------------------------------------------------


def list_trajectories(db: Db, client_id: int) -> list[Trajectory]:
    return _trajectories.for_client(db, client_id)


def save_trajectory(
    db: Db,
    client_id: int,
    trajectory_id: int | None,
    *,
    title: str,
    goal: str,
    start_date: date | None,
    end_date: date | None,
    agreed_sessions: int | None,
    sponsor: str,
    payer: str = "",
) -> Trajectory:
    """Create (``trajectory_id`` None) or update a trajectory; raises ``ValidationError``."""
    title, goal, sponsor, payer = (clean_text(v) for v in (title, goal, sponsor, payer))
    errors: dict[str, str] = {}
    if not title and not goal:
        errors["title"] = MSG_TITLE_OR_GOAL
    if start_date and end_date and end_date < start_date:
        errors["end_date"] = MSG_END_BEFORE_START
    if errors:
        raise ValidationError(errors)
    fields = {
        "title": title,
        "goal": goal,
        "start_date": start_date,
        "end_date": end_date,
        "agreed_sessions": agreed_sessions,
        "sponsor": sponsor,
        "payer": payer,
    }
    with db.transaction():
        if trajectory_id is None:
            saved = _trajectories.insert(db, client_id, **fields)  # type: ignore[arg-type]
            action = "trajectory.created"
        else:
            old = _trajectories.get(db, trajectory_id)
            saved = _trajectories.update(db, replace(old, **fields))  # type: ignore[arg-type]
            action = "trajectory.updated"
        append_audit(
            db,
            action,
            subject_kind="trajectory",
            subject_uuid=saved.uuid,
            client_uuid=_client_uuid(db, client_id),
        )
    return saved


# --- consents -------------------------------------------------------------------------------


def consent_history(db: Db, client_id: int) -> list[Consent]:
    """Every record in the order it was made (append-only)."""
    return _consents.history(db, client_id)


def consents_in_force(db: Db, client_id: int) -> dict[str, Consent]:
    """Purpose -> the 'given' record currently in force (withdrawn purposes are left out)."""
    return {
        purpose: record
        for purpose, record in _consents.current(db, client_id).items()
        if record.action is ConsentAction.GIVEN
    }


def has_special_category_consent(db: Db, client_id: int) -> bool:
    return SPECIAL_CATEGORY_PURPOSE in consents_in_force(db, client_id)


def record_consent(
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
) -> Consent:
    """Append a record; a withdrawal is a new record, never an edit of the old one."""
    purpose = clean_text(purpose)
    if not purpose:
        raise ValidationError(
            {"purpose": QT_TRANSLATE_NOOP("Validation", "Choose or type a purpose.")}
        )
    if action is ConsentAction.WITHDRAWN and purpose not in consents_in_force(db, client_id):
        raise ValidationError(
            {
                "purpose": QT_TRANSLATE_NOOP(
                    "Validation", "There is no consent in force for this purpose."
                )
            }
        )
    with db.transaction():
        record = _consents.record(
            db,
            client_id,
            action=action,
            purpose=purpose,
            method=method,
            given_on=given_on,
            scope=clean_text(scope),
            text_version=clean_text(text_version),
            note=note.strip(),
        )
        name = "consent.recorded" if action is ConsentAction.GIVEN else "consent.withdrawn"
        append_audit(
            db,
            name,
            subject_kind="consent",
            subject_uuid=record.uuid,
            client_uuid=_client_uuid(db, client_id),
        )
    return record


# --- activity -------------------------------------------------------------------------------


def client_activity(db: Db, client_uuid: str, *, limit: int = 500) -> list[AuditEntry]:
    """This client's audit entries, newest first.

    The ``client_uuid != ''`` term lets SQLite use the partial index ``audit_client``, so the
    tab stays instant when the practice-wide log has grown to hundreds of thousands of rows.
    """
    rows = db.all(
        "SELECT seq, at, action, subject_kind, subject_uuid, client_uuid FROM audit_log"
        " WHERE client_uuid = :c AND client_uuid != '' ORDER BY seq DESC LIMIT :limit",
        {"c": client_uuid, "limit": limit},
    )
    return [AuditEntry(*row) for row in rows]


def subject_labels(db: Db, client_id: int) -> dict[str, str]:
    """uuid -> what the coach calls it now (note title, document name, trajectory title)."""
    labels: dict[str, str] = {}
    for sql in (
        "SELECT uuid, title FROM notes WHERE client_id = :c",
        "SELECT uuid, name FROM documents WHERE client_id = :c",
        "SELECT uuid, coalesce(nullif(title, ''), goal) FROM trajectories WHERE client_id = :c",
    ):
        labels.update({row[0]: row[1] for row in db.all(sql, {"c": client_id})})
    return labels


def appointment_day(db: Db, appointment_id: int) -> date | None:
    """The local day of a stored appointment, to date the session note written for it."""
    starts = db.scalar("SELECT starts_at FROM appointments WHERE id = :id", {"id": appointment_id})
    return date.fromisoformat(starts[:10]) if starts else None

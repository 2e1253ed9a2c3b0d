"""Agenda writes: create, edit one / following / all, move, cancel, delete, materialise.

Public through ``coachdesk.services.agenda``; the rules are described in its docstring. Every
function runs in one transaction and writes audit entries (ids only, no text).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from coachdesk.domain import recurrence as rec
from coachdesk.domain.agenda import AppointmentDraft, EditScope, Occurrence
from coachdesk.domain.errors import NotFound, ValidationError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.domain.models import Appointment, AppointmentStatus
from coachdesk.vault.audit import append_audit
from coachdesk.vault.connection import Db
from coachdesk.vault.repos import appointments as repo
from coachdesk.vault.repos import clients as clients_repo

CONTENT_FIELDS = ("title", "kind", "status", "all_day", "tzid", "client_id", "trajectory_id",
                  "location", "notes")  # fmt: skip
_KEEP_WHEN_ORPHANED = (AppointmentStatus.DONE, AppointmentStatus.NO_SHOW)

MSG_END = QT_TRANSLATE_NOOP("Validation", "The end lies after the start.")
MSG_TITLE = QT_TRANSLATE_NOOP("Validation", "Enter a title or choose a client.")
MSG_TZ = QT_TRANSLATE_NOOP("Validation", "This time zone is unknown.")
MSG_INTERVAL = QT_TRANSLATE_NOOP("Validation", "Repeat every 1 to 99 weeks or months.")
MSG_COUNT = QT_TRANSLATE_NOOP("Validation", "Repeat 1 to 999 times.")
MSG_UNTIL = QT_TRANSLATE_NOOP("Validation", "The last date lies on or after the first.")
MSG_UNTIL_COUNT = QT_TRANSLATE_NOOP(
    "Validation", "Choose an end date or a number of times, not both."
)


def _naive(moment: datetime, tzid: str) -> datetime:
    return moment if moment.tzinfo is None else rec.to_local(moment, tzid)


def validate_draft(db: Db, draft: AppointmentDraft) -> AppointmentDraft:
    """The draft as it will be stored (trimmed title, derived from the client if empty; naive
    local times), or ``ValidationError`` naming the fields to correct."""
    errors: dict[str, str] = {}
    tzid = draft.tzid
    try:
        ZoneInfo(tzid)
    except (ZoneInfoNotFoundError, ValueError):
        errors["tzid"], tzid = MSG_TZ, "UTC"
    start, end = _naive(draft.start, tzid), _naive(draft.end, tzid)
    if end <= start:
        errors["end"] = MSG_END
    title = unicodedata.normalize("NFC", draft.title).strip()
    if not title and draft.client_id is not None:
        try:
            title = clients_repo.get(db, draft.client_id).full_name
        except NotFound:
            errors["client_id"] = MSG_TITLE
    if not title:
        errors.setdefault("title", MSG_TITLE)
    rule = draft.recurrence
    if rule is not None:
        if not 1 <= rule.interval <= 99:
            errors["recurrence"] = MSG_INTERVAL
        elif rule.until is not None and rule.count is not None:
            errors["recurrence"] = MSG_UNTIL_COUNT
        elif rule.count is not None and not 1 <= rule.count <= 999:
            errors["recurrence"] = MSG_COUNT
        elif rule.until is not None and rule.until < start.date():
            errors["recurrence"] = MSG_UNTIL
    if errors:
        raise ValidationError(errors)
    return replace(draft, title=title, start=start, end=end)


def draft_of(occurrence: Occurrence) -> AppointmentDraft:
    """The occurrence as shown, as a draft (recurrence None = keep the series' rule)."""
    s = occurrence.source
    return AppointmentDraft(
        title=s.title, start=occurrence.start, end=occurrence.end, kind=s.kind, status=s.status,
        all_day=s.all_day, tzid=occurrence.tzid or s.tzid, client_id=s.client_id,
        trajectory_id=s.trajectory_id, location=s.location, notes=s.notes,
    )  # fmt: skip


def _columns(d: AppointmentDraft) -> dict[str, object]:
    return {f: getattr(d, f) for f in CONTENT_FIELDS} | {"starts_at": d.start, "ends_at": d.end}


def _audit(db: Db, action: str, row: Appointment) -> None:
    append_audit(db, action, subject_kind="appointment", subject_uuid=row.uuid,
                 client_uuid=repo.client_uuid(db, row.client_id))  # fmt: skip


def _refresh_until(db: Db, appointment_id: int) -> Appointment:
    row = repo.get(db, appointment_id)
    if row.rrule:
        repo.update(db, row.id, series_until=rec.series_last_start(row))
        row = repo.get(db, appointment_id)
    return row


def create(
    db: Db,
    draft: AppointmentDraft,
    *,
    rrule: str | None = None,
    exdates: Iterable[datetime] = (),
    ical_uid: str = "",
    audit: bool = True,
) -> Appointment:
    """Store a new appointment or series. *rrule* (RFC 5545 text, e.g. from an ICS file) takes
    precedence over ``draft.recurrence``; *exdates* are local wall times in ``draft.tzid``."""
    d = validate_draft(db, draft)
    text = ""
    if rrule:
        text = rec.normalise_rrule(rrule, d.start, tzid=d.tzid, all_day=d.all_day)
    elif d.recurrence is not None:
        text = rec.to_rrule(d.recurrence, d.start, tzid=d.tzid, all_day=d.all_day)
    with db.transaction():
        aid = repo.insert(db, **_columns(d), rrule=text, exdates=exdates if text else (),
                          ical_uid=ical_uid)  # fmt: skip
        row = _refresh_until(db, aid)
        if audit:
            _audit(db, "appointment.created", row)
    return row


def add_exception(
    db: Db, master_id: int, recurrence_id: datetime, draft: AppointmentDraft, *, audit: bool = True
) -> Appointment:
    """Store (or replace) the exception row for one occurrence, e.g. an ICS RECURRENCE-ID."""
    d = validate_draft(db, draft)
    with db.transaction():
        master = repo.get(db, master_id)
        existing = repo.override_at(db, master.id, recurrence_id)
        if existing is not None:
            repo.update(db, existing.id, **_columns(d))
            aid = existing.id
        else:
            aid = repo.insert(db, **_columns(d), series_id=master.id,
                              recurrence_id=recurrence_id)  # fmt: skip
        row = repo.get(db, aid)
        if audit:
            _audit(db, "appointment.updated", row)
    return row


def _locate(db: Db, occ: Occurrence) -> tuple[Appointment | None, Appointment | None, datetime]:
    """(master, exception or single row, original start), read fresh from the vault."""
    if occ.series_id is None:
        return None, repo.get(db, occ.source.id), occ.start
    master = repo.get(db, occ.series_id)
    rid = occ.recurrence_id or occ.start
    return master, repo.override_at(db, master.id, rid), rid


def update(
    db: Db,
    occurrence: Occurrence,
    draft: AppointmentDraft,
    scope: EditScope = EditScope.ONE,
    *,
    action: str = "appointment.updated",
) -> Appointment:
    """Apply the dialog's draft to one occurrence, this and following, or the whole series.
    Returns the row that now holds the edited occurrence (single, exception or master)."""
    d = validate_draft(db, draft)
    with db.transaction():
        master, row, rid = _locate(db, occurrence)
        occurrence, d = _in_source_zone(occurrence, d, row or master)
        if master is None:
            assert row is not None
            text = ""
            if d.recurrence is not None:
                text = rec.to_rrule(d.recurrence, d.start, tzid=d.tzid, all_day=d.all_day)
            repo.update(db, row.id, **_columns(d), rrule=text)
            result = _refresh_until(db, row.id)
        elif scope is EditScope.ONE:
            if row is not None:
                repo.update(db, row.id, **_columns(d))
                aid = row.id
            else:
                aid = repo.insert(db, **_columns(d), series_id=master.id,
                                  recurrence_id=rid)  # fmt: skip
            result = repo.get(db, aid)
        elif scope is EditScope.ALL or rec.count_before(master, rid) == 0:
            result = _edit_series(db, master, row, occurrence, d, None)
        else:
            result = _edit_series(db, master, row, occurrence, d, rid)
        _audit(db, action, result)
    return result


def _in_source_zone(
    occ: Occurrence, d: AppointmentDraft, stored: Appointment | None
) -> tuple[Occurrence, AppointmentDraft]:
    """Occurrence and draft as wall times in the stored row's zone (a view may have shown an
    appointment imported in another zone converted to its own; the row keeps its zone)."""
    zone = stored.tzid if stored is not None else d.tzid
    shown = occ.tzid or occ.source.tzid
    if shown != zone:
        occ = replace(occ, start=rec.convert(occ.start, shown, zone),
                      end=rec.convert(occ.end, shown, zone), tzid="")  # fmt: skip
    if d.tzid != zone and not d.all_day:
        d = replace(d, start=rec.convert(d.start, d.tzid, zone),
                    end=rec.convert(d.end, d.tzid, zone), tzid=zone)  # fmt: skip
    return occ, d


def _edit_series(
    db: Db,
    master: Appointment,
    row: Appointment | None,
    occ: Occurrence,
    d: AppointmentDraft,
    split_at: datetime | None,
) -> Appointment:
    delta = d.start - occ.start
    shown = row or master
    content = {f: getattr(d, f) for f in CONTENT_FIELDS if getattr(d, f) != getattr(shown, f)}
    old_dur = master.ends_at - master.starts_at
    new_dur = d.end - d.start if d.end - d.start != occ.end - occ.start else old_dur
    anchor = split_at or master.starts_at
    new_start = anchor + delta
    current = rec.from_rrule(master.rrule, master.starts_at, tzid=master.tzid)
    if d.recurrence is None or d.recurrence == current:
        base = rec.remainder(master, split_at) if split_at else master.rrule
        text = rec.reanchor(base, anchor, new_start, tzid=master.tzid)
    else:
        text = rec.to_rrule(d.recurrence, new_start, tzid=d.tzid, all_day=d.all_day)
    exdates = [x + delta for x in master.exdates if split_at is None or x >= split_at]
    values = {"starts_at": new_start, "ends_at": new_start + new_dur, "rrule": text,
              "exdates": exdates}  # fmt: skip
    overrides = repo.overrides_for(db, [master.id])
    if split_at is None:
        repo.update(db, master.id, **content, **values)
        target = master.id
    else:
        kept = [x for x in master.exdates if x < split_at]
        cut = rec.truncated(master.rrule, split_at, tzid=master.tzid, all_day=master.all_day)
        repo.update(db, master.id, rrule=cut, exdates=kept)
        _audit(db, "appointment.updated", _refresh_until(db, master.id))
        fields = {f: getattr(master, f) for f in CONTENT_FIELDS} | content
        target = repo.insert(db, **fields, **values)
        overrides = [o for o in overrides if o.recurrence_id and o.recurrence_id >= split_at]
        repo.relink_notes(db, master.id, target, split_at.date())
    for o in overrides:
        rid = (o.recurrence_id or o.starts_at) + delta
        vals: dict[str, object] = {"series_id": target, "recurrence_id": rid}
        if row is not None and o.id == row.id:
            vals |= _columns(d)
        else:
            if (o.starts_at, o.ends_at) == (o.recurrence_id, (o.recurrence_id or o.starts_at)
                                            + old_dur):  # fmt: skip
                vals |= {"starts_at": rid, "ends_at": rid + new_dur}
            vals |= {f: v for f, v in content.items() if getattr(o, f) == getattr(master, f)}
        repo.update(db, o.id, **vals)
    result = _refresh_until(db, target)
    _reconcile(db, result)
    if split_at is not None:
        _drop_if_empty(db, master.id)
    return repo.get(db, target)


def _reconcile(db: Db, master: Appointment) -> None:
    """Drop EXDATEs and exception rows the (changed) rule no longer generates; exception rows
    that are history (done, no-show, or with a note) become single appointments instead."""
    kept = tuple(x for x in master.exdates if rec.occurs_at(master, x))
    if kept != master.exdates:
        repo.set_exdates(db, master.id, kept)
    for o in repo.overrides_for(db, [master.id]):
        if o.recurrence_id is not None and rec.occurs_at(master, o.recurrence_id):
            continue
        if o.status in _KEEP_WHEN_ORPHANED or repo.note_links(db, [o.id]):
            repo.update(db, o.id, series_id=None, recurrence_id=None)
        else:
            repo.delete(db, o.id)


def _drop_if_empty(db: Db, master_id: int) -> None:
    """Delete a finite series left without any occurrence (all EXDATEs, no exception rows)."""
    master = repo.get(db, master_id)
    if not rec.is_finite(master) or repo.overrides_for(db, [master.id]):
        return
    excluded = set(master.exdates)
    if all(s in excluded for s in rec.rule_of(master)):
        repo.delete(db, master.id)


def move(
    db: Db,
    occurrence: Occurrence,
    new_start: datetime,
    new_end: datetime,
    scope: EditScope = EditScope.ONE,
) -> Appointment:
    """Drag and drop: the same appointment at another time (one occurrence by default)."""
    return update(db, occurrence, replace(draft_of(occurrence), start=new_start, end=new_end),
                  scope)  # fmt: skip


def cancel(db: Db, occurrence: Occurrence, scope: EditScope = EditScope.ONE) -> Appointment:
    """Mark as cancelled; it stays visible (greyed). Done and no-show occurrences of a series
    keep their status."""
    draft = replace(draft_of(occurrence), status=AppointmentStatus.CANCELLED)
    return update(db, occurrence, draft, scope, action="appointment.cancelled")


def delete(db: Db, occurrence: Occurrence, scope: EditScope = EditScope.ONE) -> None:
    """Remove: one occurrence (EXDATE), this and following (the series ends the day before),
    or the whole series. Notes linked to deleted rows stay, unlinked."""
    with db.transaction():
        master, row, rid = _locate(db, occurrence)
        if master is None:
            assert row is not None
            _audit(db, "appointment.deleted", row)
            repo.delete(db, row.id)
        elif scope is EditScope.ONE:
            _audit(db, "appointment.deleted", row or master)
            repo.set_exdates(db, master.id, (*master.exdates, rid))
            if row is not None:
                repo.delete(db, row.id)
            _drop_if_empty(db, master.id)
        elif scope is EditScope.ALL or rec.count_before(master, rid) == 0:
            _audit(db, "appointment.deleted", master)
            repo.delete(db, master.id)
        else:
            _audit(db, "appointment.deleted", master)
            cut = rec.truncated(master.rrule, rid, tzid=master.tzid, all_day=master.all_day)
            repo.update(db, master.id, rrule=cut, exdates=[x for x in master.exdates if x < rid])
            for o in repo.overrides_for(db, [master.id]):
                if o.recurrence_id is not None and o.recurrence_id >= rid:
                    repo.delete(db, o.id)
            _refresh_until(db, master.id)
            _drop_if_empty(db, master.id)


def materialise(db: Db, occurrence: Occurrence) -> Appointment:
    """The stored row of an occurrence, creating the exception row of a series occurrence that
    has none yet (so a session note can link to it). Nothing visible changes."""
    with db.transaction():
        master, row, rid = _locate(db, occurrence)
        if row is not None:
            return row
        assert master is not None
        duration = master.ends_at - master.starts_at
        fields = {f: getattr(master, f) for f in CONTENT_FIELDS}
        aid = repo.insert(db, **fields, starts_at=rid, ends_at=rid + duration,
                          series_id=master.id, recurrence_id=rid)  # fmt: skip
        row = repo.get(db, aid)
        _audit(db, "appointment.updated", row)
    return row

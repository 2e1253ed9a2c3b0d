"""Agenda use cases: occurrences in a range, overlaps, a client's appointments, missing notes;
and (from ``agenda_edits``) create, edit one / following / all, move, cancel, delete.

Each write runs in one transaction with audit entries ``appointment.created`` / ``.updated`` /
``.cancelled`` / ``.deleted`` (subject and client UUIDs only, no text).

Semantics (the maths is in ``coachdesk.domain.recurrence``):

- Cancel one occurrence = an exception row with status ``cancelled``: it stays visible, greyed.
  Delete one occurrence = an EXDATE on the master (its exception row, if any, is removed).
- An edit applies *the change the coach made* to the occurrence as shown: the time delta
  (``draft.start - occurrence.start``), a changed duration, and the fields whose value differs
  from the occurrence. With ALL or FOLLOWING those changes go to the master, and to each
  exception row that had not diverged from the master in that respect (a moved occurrence keeps
  its own time, a renamed one its title, a done one its status). Exception rows keep their
  place: their ``recurrence_id`` moves with the series. The edited occurrence itself becomes
  exactly the draft.
- ``draft.recurrence`` None (or equal to the current rule) keeps the stored rule, re-anchored
  (UNTIL moves with the series, COUNT is kept); another rule replaces it. Exception rows whose
  original start the new rule no longer has are deleted, unless they are history (done,
  no-show, or with a note): those become single appointments. ONE ignores ``recurrence``.
- FOLLOWING at occurrence R (not the first): the old master ends the day before R (UNTIL); a
  new master starts at R + delta with the rest of the rule (COUNT reduced); EXDATEs and
  exception rows from R on move to it, and so do notes linked to the old master dated R or
  later. At the first occurrence FOLLOWING is ALL.
- A series occurrence without an exception row has no row a note can point to:
  ``materialise`` creates that row first (nothing visible changes).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime, timedelta

from coachdesk.domain.agenda import DEFAULT_TZID, Occurrence
from coachdesk.domain.models import Appointment, AppointmentKind, AppointmentStatus
from coachdesk.domain.recurrence import expand, place_override, to_local
from coachdesk.services.agenda_edits import (
    add_exception,
    cancel,
    create,
    delete,
    draft_of,
    materialise,
    move,
    update,
    validate_draft,
)
from coachdesk.vault.connection import Db
from coachdesk.vault.repos import appointments as repo

__all__ = [
    "add_exception", "cancel", "create", "delete", "draft_of", "for_client", "materialise",
    "move", "occurrences", "overlapping", "sessions_without_note", "update", "validate_draft",
]  # fmt: skip

MAX_SPAN = timedelta(days=42)  # range queries find appointments lasting up to this long
NOTE_LOOKBACK = timedelta(days=30)
FOR_CLIENT_AHEAD = timedelta(days=366)
NOTE_KINDS = (AppointmentKind.INTAKE, AppointmentKind.SESSION, AppointmentKind.EVALUATION)
_NO_OVERLAP = AppointmentStatus.CANCELLED


def _assemble(
    masters: Iterable[Appointment],
    singles: Iterable[Appointment],
    overrides: Iterable[Appointment],
    start: datetime,
    end: datetime,
    view_tzid: str,
) -> list[Occurrence]:
    by_series: dict[int, list[Appointment]] = defaultdict(list)
    for o in overrides:
        if o.series_id is not None:
            by_series[o.series_id].append(o)
    found: list[Occurrence] = []
    expanded: set[int] = set()
    for m in masters:
        found += expand(m, by_series[m.id], start, end, view_tzid=view_tzid)
        expanded.add(m.id)
    for row in singles:
        if row.series_id is None or row.series_id not in expanded:
            found += place_override(row, start, end, view_tzid=view_tzid)
    found.sort(key=lambda o: (o.start, o.end, o.key))
    return with_overlaps(found)


def with_overlaps(found: list[Occurrence]) -> list[Occurrence]:
    """Fill ``overlaps``/``overlap_keys``; cancelled and all-day occurrences take no part."""
    hits: dict[int, list[int]] = defaultdict(list)
    active: list[int] = []
    for i, occ in enumerate(found):  # sorted by start
        if occ.source.all_day or occ.source.status is _NO_OVERLAP:
            continue
        active = [j for j in active if found[j].end > occ.start]
        for j in active:
            if occ.start < found[j].end and found[j].start < occ.end:
                hits[i].append(j)
                hits[j].append(i)
        active.append(i)
    if not hits:
        return found
    result = list(found)
    for i, others in hits.items():
        result[i] = replace(
            found[i],
            overlaps=tuple(sorted({found[j].source.id for j in others})),
            overlap_keys=tuple(found[j].key for j in sorted(others)),
        )
    return result


def occurrences(
    db: Db,
    start: datetime,
    end: datetime,
    *,
    client_id: int | None = None,
    view_tzid: str = DEFAULT_TZID,
) -> list[Occurrence]:
    """Every occurrence overlapping [start, end) (naive wall times in *view_tzid*), sorted by
    start, with ``overlaps`` filled. Cancelled occurrences are included (shown greyed)."""
    lo, hi = start - MAX_SPAN, end + timedelta(days=1)  # +1 day: other zones' wall times
    singles = repo.singles_in_range(db, lo, hi, ends_after=start - timedelta(days=1))
    masters = repo.masters_in_range(db, lo, hi)
    if client_id is not None:
        singles = [r for r in singles if r.client_id == client_id]
        masters = [m for m in masters if m.client_id == client_id]
    overrides = repo.overrides_for(db, [m.id for m in masters], lo, hi) if masters else []
    found = _assemble(masters, singles, overrides, start, end, view_tzid)
    if client_id is not None:  # an exception row may name another client than its master
        found = with_overlaps(
            [replace(o, overlaps=(), overlap_keys=()) for o in found
             if o.source.client_id == client_id]
        )  # fmt: skip
    return found


def overlapping(
    db: Db,
    start: datetime,
    end: datetime,
    exclude_key: tuple[int, str] | None = None,
    *,
    view_tzid: str = DEFAULT_TZID,
) -> list[Occurrence]:
    """Occurrences a new or moved appointment at [start, end) would overlap (for the warning):
    not cancelled, not all-day, not the one with *exclude_key*."""
    return [
        o
        for o in occurrences(db, start, end, view_tzid=view_tzid)
        if o.key != exclude_key
        and not o.source.all_day
        and o.source.status is not _NO_OVERLAP
        and o.start < end
        and o.end > start
    ]


def for_client(
    db: Db,
    client_id: int,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    view_tzid: str = DEFAULT_TZID,
) -> list[Occurrence]:
    """A client's occurrences for the dossier: from their first appointment (or *start*) to a
    year ahead (or *end*, or the last finite series' end, whichever is later)."""
    rows = repo.for_client(db, client_id)
    if not rows:
        return []
    masters = [r for r in rows if r.rrule]
    singles = [r for r in rows if not r.rrule]
    if start is None:
        start = min(r.starts_at for r in rows)
    if end is None:
        end = max([datetime.now().replace(microsecond=0) + FOR_CLIENT_AHEAD]
                  + [r.ends_at + timedelta(days=1) for r in rows])  # fmt: skip
    overrides = repo.overrides_for(db, [m.id for m in masters]) if masters else []
    found = _assemble(masters, singles, overrides, start, end, view_tzid)
    return with_overlaps(
        [replace(o, overlaps=(), overlap_keys=()) for o in found if o.source.client_id == client_id]
    )


def sessions_without_note(
    db: Db, now: datetime, *, view_tzid: str = DEFAULT_TZID
) -> list[Occurrence]:
    """Intakes, sessions and evaluations that ended in the last 30 days, were not cancelled or
    missed (planned counts: coaches rarely mark a session done), and have no note linked to
    their row; for a series occurrence without an exception row, a note linked to the series
    master and dated that day counts (the demo practice links notes that way)."""
    if now.tzinfo is not None:
        now = to_local(now, view_tzid)
    found = [
        o
        for o in occurrences(db, now - NOTE_LOOKBACK, now, view_tzid=view_tzid)
        if o.end <= now
        and o.source.kind in NOTE_KINDS
        and o.source.status not in (AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW)
    ]
    ids = {o.source.id for o in found} | {o.series_id for o in found if o.series_id is not None}
    links = repo.note_links(db, ids) if ids else set()
    linked_rows = {aid for aid, _ in links}

    def has_note(o: Occurrence) -> bool:
        if o.source.rrule == "" and o.source.id in linked_rows:
            return True
        day = (o.recurrence_id or o.start).date()
        return o.series_id is not None and (o.series_id, day) in links

    return [o for o in found if not has_note(o)]

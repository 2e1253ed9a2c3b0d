"""The breach register (datalekregister, Art. 33(5) GDPR) and its 72-hour clock (Art. 33(1)).

Every breach is recorded, reported or not: what happened, which data, roughly how many people,
whether the lost data was encrypted with a key not on the lost device, the risk, consequences
and measures, and either when it was reported to the Autoriteit Persoonsgegevens or why not.

Times are aware datetimes, stored as UTC stamps. The deadline is 72 real hours after discovery,
counted in UTC, so a change to or from summer time in between does not move it. Every write
records an audit entry (``breach.recorded``, ``breach.updated``) with the breach's UUID only.
"""

from __future__ import annotations

import math
import uuid as uuidlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from coachdesk.domain.dates import parse_stamp, stamp
from coachdesk.domain.errors import UserError, ValidationError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.domain.validation import clean_text
from coachdesk.vault.audit import append_audit
from coachdesk.vault.connection import Db

REPORT_WITHIN = timedelta(hours=72)

MSG_DESCRIPTION = QT_TRANSLATE_NOOP("Validation", "Describe what happened.")
MSG_NO_TIME_ZONE = QT_TRANSLATE_NOOP("Validation", "Give the time of discovery with its time zone.")
MSG_FUTURE = QT_TRANSLATE_NOOP("Validation", "The breach cannot be discovered in the future.")
MSG_RISK = QT_TRANSLATE_NOOP("Validation", "Choose the risk: none, a risk or a high risk.")
MSG_PEOPLE = QT_TRANSLATE_NOOP("Validation", "The number of people affected cannot be negative.")
MSG_REPORTED_BEFORE = QT_TRANSLATE_NOOP(
    "Validation", "A breach cannot be reported before it was discovered."
)
MSG_INFORMED_BEFORE = QT_TRANSLATE_NOOP(
    "Validation", "The people affected cannot be informed before the breach was discovered."
)
MSG_LATER_FUTURE = QT_TRANSLATE_NOOP("Validation", "That date lies in the future.")
MSG_REASON_NONE = QT_TRANSLATE_NOOP(
    "Validation", "Say why this breach poses no risk (for example: the data was encrypted)."
)


class BreachNotFound(UserError):
    template = QT_TRANSLATE_NOOP("Errors", "Breach {key} is not in the register.")


class Risk(StrEnum):
    NONE = "none"
    RISK = "risk"
    HIGH = "high"


@dataclass(frozen=True, slots=True)
class BreachDraft:
    """What the coach enters; times must carry a time zone."""

    discovered_at: datetime
    description: str
    data_categories: str = ""
    people_affected: int | None = None
    encrypted: bool = False
    risk: Risk | str = Risk.RISK
    consequences: str = ""
    measures: str = ""
    reported_to_ap_at: datetime | None = None
    ap_reference: str = ""
    subjects_informed_at: datetime | None = None
    reason_not_reported: str = ""


@dataclass(frozen=True, slots=True)
class Breach:
    id: int
    uuid: str
    discovered_at: datetime
    description: str
    data_categories: str
    people_affected: int | None
    encrypted: bool
    risk: Risk
    consequences: str
    measures: str
    reported_to_ap_at: datetime | None
    ap_reference: str
    subjects_informed_at: datetime | None
    reason_not_reported: str
    recorded_at: datetime
    updated_at: datetime

    @property
    def deadline(self) -> datetime:
        return report_deadline(self)

    @property
    def clock_running(self) -> bool:
        """Not reported, not judged free of risk, no reason recorded for not reporting."""
        return (
            self.reported_to_ap_at is None
            and self.risk is not Risk.NONE
            and not self.reason_not_reported
        )

    def draft(self) -> BreachDraft:
        return BreachDraft(
            discovered_at=self.discovered_at,
            description=self.description,
            data_categories=self.data_categories,
            people_affected=self.people_affected,
            encrypted=self.encrypted,
            risk=self.risk,
            consequences=self.consequences,
            measures=self.measures,
            reported_to_ap_at=self.reported_to_ap_at,
            ap_reference=self.ap_reference,
            subjects_informed_at=self.subjects_informed_at,
            reason_not_reported=self.reason_not_reported,
        )


@dataclass(frozen=True, slots=True)
class DueBreach:
    breach: Breach
    hours_left: int  # whole hours, rounded down; negative when overdue

    @property
    def overdue(self) -> bool:
        return self.hours_left < 0


def report_deadline(breach: Breach) -> datetime:
    """72 real hours after discovery (in UTC: summer time does not shift it)."""
    return breach.discovered_at.astimezone(UTC) + REPORT_WITHIN


def hours_left(breach: Breach, now: datetime) -> int:
    seconds = (report_deadline(breach) - now.astimezone(UTC)).total_seconds()
    return math.floor(seconds / 3600)


_COLUMNS = (
    "id, uuid, discovered_at, description, data_categories, people_affected, encrypted, risk,"
    " consequences, measures, reported_to_ap_at, ap_reference, subjects_informed_at,"
    " reason_not_reported, recorded_at, updated_at"
)


def _when(text: str | None) -> datetime | None:
    return parse_stamp(text) if text else None


def _from_row(r: object) -> Breach:
    row = tuple(r)  # type: ignore[call-overload]
    return Breach(
        id=row[0],
        uuid=row[1],
        discovered_at=parse_stamp(row[2]),
        description=row[3],
        data_categories=row[4],
        people_affected=row[5],
        encrypted=bool(row[6]),
        risk=Risk(row[7]),
        consequences=row[8],
        measures=row[9],
        reported_to_ap_at=_when(row[10]),
        ap_reference=row[11],
        subjects_informed_at=_when(row[12]),
        reason_not_reported=row[13],
        recorded_at=parse_stamp(row[14]),
        updated_at=parse_stamp(row[15]),
    )


def _aware(value: datetime | None) -> bool:
    return value is None or value.utcoffset() is not None


def _validated(draft: BreachDraft, now: datetime) -> dict[str, object]:
    """The row's values, or ValidationError naming every problem at once."""
    problems: dict[str, str] = {}
    description = clean_text(draft.description)
    reason = clean_text(draft.reason_not_reported)
    if not description:
        problems["description"] = MSG_DESCRIPTION
    times = (draft.discovered_at, draft.reported_to_ap_at, draft.subjects_informed_at)
    if not all(_aware(t) for t in times):
        raise ValidationError({"discovered_at": MSG_NO_TIME_ZONE})
    if draft.discovered_at > now:
        problems["discovered_at"] = MSG_FUTURE
    try:
        risk = Risk(draft.risk)
    except ValueError:
        problems["risk"] = MSG_RISK
        risk = Risk.RISK
    if draft.people_affected is not None and draft.people_affected < 0:
        problems["people_affected"] = MSG_PEOPLE
    for field, moment, before in (
        ("reported_to_ap_at", draft.reported_to_ap_at, MSG_REPORTED_BEFORE),
        ("subjects_informed_at", draft.subjects_informed_at, MSG_INFORMED_BEFORE),
    ):
        if moment is not None and moment < draft.discovered_at:
            problems[field] = before
        elif moment is not None and moment > now:
            problems[field] = MSG_LATER_FUTURE
    if risk is Risk.NONE and draft.reported_to_ap_at is None and not reason:
        problems["reason_not_reported"] = MSG_REASON_NONE
    if problems:
        raise ValidationError(problems)
    return {
        "discovered": stamp(draft.discovered_at),
        "description": description,
        "categories": clean_text(draft.data_categories),
        "people": draft.people_affected,
        "encrypted": int(bool(draft.encrypted)),
        "risk": risk.value,
        "consequences": clean_text(draft.consequences),
        "measures": clean_text(draft.measures),
        "reported": stamp(draft.reported_to_ap_at) if draft.reported_to_ap_at else None,
        "reference": clean_text(draft.ap_reference),
        "informed": stamp(draft.subjects_informed_at) if draft.subjects_informed_at else None,
        "reason": reason,
    }


def get(db: Db, breach_id: int) -> Breach:
    row = db.one(f"SELECT {_COLUMNS} FROM breaches WHERE id = :id", {"id": breach_id})
    if row is None:
        raise BreachNotFound(key=str(breach_id))
    return _from_row(row)


def record(db: Db, draft: BreachDraft, *, now: datetime | None = None) -> Breach:
    """Add a breach to the register."""
    now = now or datetime.now(UTC)
    values = _validated(draft, now)
    values |= {"uuid": str(uuidlib.uuid4()), "at": stamp(now)}
    with db.transaction():
        cur = db.execute(
            "INSERT INTO breaches (uuid, discovered_at, description, data_categories,"
            " people_affected, encrypted, risk, consequences, measures, reported_to_ap_at,"
            " ap_reference, subjects_informed_at, reason_not_reported, recorded_at, updated_at)"
            " VALUES (:uuid, :discovered, :description, :categories, :people, :encrypted, :risk,"
            " :consequences, :measures, :reported, :reference, :informed, :reason, :at, :at)",
            values,
        )
        breach = get(db, int(cur.lastrowid))  # type: ignore[arg-type]
        append_audit(db, "breach.recorded", subject_kind="breach", subject_uuid=breach.uuid)
    return breach


def update(db: Db, breach_id: int, draft: BreachDraft, *, now: datetime | None = None) -> Breach:
    """Replace what is known about a breach (reported, measures taken, …)."""
    now = now or datetime.now(UTC)
    current = get(db, breach_id)
    values = _validated(draft, now) | {"id": current.id, "at": stamp(now)}
    with db.transaction():
        db.execute(
            "UPDATE breaches SET discovered_at = :discovered, description = :description,"
            " data_categories = :categories, people_affected = :people, encrypted = :encrypted,"
            " risk = :risk, consequences = :consequences, measures = :measures,"
            " reported_to_ap_at = :reported, ap_reference = :reference,"
            " subjects_informed_at = :informed, reason_not_reported = :reason, updated_at = :at"
            " WHERE id = :id",
            values,
        )
        breach = get(db, current.id)
        append_audit(db, "breach.updated", subject_kind="breach", subject_uuid=breach.uuid)
    return breach


def list_all(db: Db) -> list[Breach]:
    """The whole register, most recently discovered first."""
    rows = db.all(f"SELECT {_COLUMNS} FROM breaches ORDER BY discovered_at DESC, id DESC")
    return [_from_row(r) for r in rows]


def open_breaches_due(db: Db, now: datetime) -> list[DueBreach]:
    """Breaches whose 72-hour clock runs, nearest deadline (or longest overdue) first."""
    rows = db.all(
        f"SELECT {_COLUMNS} FROM breaches WHERE reported_to_ap_at IS NULL AND risk != 'none'"
        " AND reason_not_reported = '' ORDER BY discovered_at, id"
    )
    return [DueBreach(b, hours_left(b, now)) for b in map(_from_row, rows)]


def count_in_year(db: Db, year: int) -> int:
    """How many breaches were discovered in *year* (UTC), for the processing register."""
    return int(
        db.scalar(
            "SELECT count(*) FROM breaches WHERE substr(discovered_at, 1, 4) = :year",
            {"year": f"{year:04d}"},
        )
    )

"""The things a coach works with, as plain immutable values.

Repositories return these; the UI and the CLI display them. Identity is twofold: ``id`` is the
database row id (local, never shown), ``uuid`` is a random UUID4 that is never shown and never
derived from personal data, so erasure ledgers and audit entries can name a client without
naming the person.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime


class ClientStatus(enum.StrEnum):
    PROSPECT = "prospect"
    ACTIVE = "active"
    CLOSED = "closed"
    ARCHIVED = "archived"


class Origin(enum.StrEnum):
    """Where an item of data came from (PRIVACY.md: Art. 15 and 20 exports)."""

    PROVIDED = "provided"  # given by the client
    OBSERVED = "observed"  # observed facts, e.g. attendance
    COACH = "coach"  # the coach's own observations and interpretations
    SYSTEM = "system"  # made by CoachDesk


class AppointmentKind(enum.StrEnum):
    INTAKE = "intake"
    SESSION = "session"
    EVALUATION = "evaluation"
    OTHER = "other"
    BLOCKED = "blocked"


class AppointmentStatus(enum.StrEnum):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


class TaskSource(enum.StrEnum):
    MANUAL = "manual"
    SYSTEM = "system"


class ConsentAction(enum.StrEnum):
    GIVEN = "given"
    WITHDRAWN = "withdrawn"


class ConsentMethod(enum.StrEnum):
    SIGNED = "signed"
    EMAIL = "email"
    ORAL = "oral"


class LegalBasis(enum.StrEnum):
    CONTRACT = "contract"
    EXPLICIT_CONSENT = "explicit_consent"
    CONSENT = "consent"
    LEGAL_OBLIGATION = "legal_obligation"
    LEGITIMATE_INTEREST = "legitimate_interest"


@dataclass(frozen=True, slots=True)
class Practice:
    name: str = ""
    coach_name: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "NL"
    kvk: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""


@dataclass(frozen=True, slots=True)
class ClientDraft:
    """What a coach types for a client; validated before it becomes a ``Client``."""

    first_name: str
    last_name: str = ""
    tussenvoegsel: str = ""
    preferred_name: str = ""
    date_of_birth: date | None = None
    email: str = ""
    phone: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "NL"
    organisation: str = ""
    referral_source: str = ""
    status: ClientStatus = ClientStatus.PROSPECT
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Client:
    id: int
    uuid: str
    number: str
    first_name: str
    last_name: str
    tussenvoegsel: str
    preferred_name: str
    date_of_birth: date | None
    email: str
    phone: str
    street: str
    postcode: str
    city: str
    country: str
    organisation: str
    referral_source: str
    status: ClientStatus
    tags: tuple[str, ...]
    created_at: datetime
    updated_at: datetime

    @property
    def full_name(self) -> str:
        """Name as written in Dutch: first name, tussenvoegsel, last name."""
        return " ".join(p for p in (self.first_name, self.tussenvoegsel, self.last_name) if p)

    @property
    def sort_name(self) -> str:
        """Dutch alphabetical order ignores the tussenvoegsel: "Berg, Jan van den"."""
        tail = " ".join(p for p in (self.first_name, self.tussenvoegsel) if p)
        return f"{self.last_name}, {tail}" if self.last_name else tail


@dataclass(frozen=True, slots=True)
class Trajectory:
    id: int
    uuid: str
    client_id: int
    title: str
    goal: str
    start_date: date | None
    end_date: date | None
    agreed_sessions: int | None
    sponsor: str
    payer: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class Note:
    id: int
    uuid: str
    client_id: int
    trajectory_id: int | None
    appointment_id: int | None
    note_date: date
    title: str
    body: str
    origin: Origin
    special_category: bool
    template: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """A stored attachment without its bytes (those are fetched on demand)."""

    id: int
    uuid: str
    client_id: int
    name: str
    mime_type: str
    size: int
    sha256: str
    origin: Origin
    added_at: datetime


@dataclass(frozen=True, slots=True)
class Consent:
    id: int
    uuid: str
    client_id: int
    action: ConsentAction
    purpose: str
    scope: str
    text_version: str
    method: ConsentMethod
    given_on: date
    note: str
    recorded_at: datetime


@dataclass(frozen=True, slots=True)
class Disclosure:
    id: int
    uuid: str
    client_id: int
    recipient: str
    what: str
    disclosed_on: date
    legal_basis: LegalBasis
    note: str
    recorded_at: datetime


@dataclass(frozen=True, slots=True)
class Appointment:
    id: int
    uuid: str
    title: str
    kind: AppointmentKind
    status: AppointmentStatus
    starts_at: datetime  # local wall time in ``tzid``
    ends_at: datetime
    all_day: bool
    tzid: str
    client_id: int | None
    trajectory_id: int | None
    location: str
    notes: str
    rrule: str
    exdates: tuple[datetime, ...] = ()
    series_id: int | None = None
    recurrence_id: datetime | None = None
    ical_uid: str = ""


@dataclass(frozen=True, slots=True)
class Task:
    id: int
    uuid: str
    title: str
    due_date: date | None
    priority: int
    client_id: int | None
    done_at: datetime | None
    source: TaskSource
    system_key: str
    notes: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One global-search result: a client or a note, with a short plain-text snippet."""

    kind: str  # "client" or "note"
    client_id: int
    client_number: str
    client_name: str
    note_id: int | None
    title: str
    snippet: str
    rank: float = field(default=0.0, compare=False)

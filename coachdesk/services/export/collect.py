"""Everything the vault holds about one client, as the ``data.json`` dict (schema version 1).

The shape is described by ``resources/schema/client-export-1.schema.json``. Keys are stable
English names, dates ISO 8601 (``YYYY-MM-DD``; UTC stamps ``YYYY-MM-DDTHH:MM:SSZ``;
appointment times are local wall times with their ``timezone``). No row ids or UUIDs leave the
vault: items that point at each other use local references ("T1", "A3", "N12", "D2") that are
only meaningful inside one export.

Every item carries an ``origin`` (PRIVACY.md, Access):

- client fields: ``provided`` (the client gave them);
- notes and documents: the origin stored with the row;
- appointments: ``observed`` (that a session was planned, held, cancelled or missed);
- trajectories: ``coach`` (the engagement as the coach recorded it: goal, period, sponsor);
- tasks: ``coach`` for the coach's own tasks, ``system`` for tasks CoachDesk made;
- consents, disclosures, data requests, legal hold, audit entries: ``system`` (records the
  practice keeps to show it complies).

``COVERED_TABLES`` lists every table that references a client and the columns the export reads
or leaves out on purpose; a unit test compares it with the live schema, so a new table or
column with client data cannot slip past the exporter.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from coachdesk.domain.dates import stamp
from coachdesk.domain.models import Origin
from coachdesk.vault.audit import audit_entries
from coachdesk.vault.connection import Db
from coachdesk.vault.repos import clients as _clients
from coachdesk.vault.repos import practice as _practice

SCHEMA_VERSION = 1
LANGUAGES = ("nl", "en")
#: Origins that belong in ``portability.json`` (Art. 20: data the client provided, and
#: observations of the client's activity).
PORTABLE_ORIGINS = frozenset({Origin.PROVIDED.value, Origin.OBSERVED.value})
#: The list-valued sections of data.json, in document order.
SECTIONS = (
    "trajectories",
    "appointments",
    "notes",
    "tasks",
    "consents",
    "disclosures",
    "documents",
    "data_requests",
    "audit",
)

_IDS = frozenset({"id", "uuid", "client_id"})


@dataclass(frozen=True)
class Coverage:
    """How one table reaches the export: its data.json key, and the columns left out (why)."""

    key: str
    omitted: frozenset[str]
    why_omitted: str = "internal row ids and UUIDs"


#: Every table with client data. Keys: table name; the export reads every column except
#: ``omitted`` (checked against ``PRAGMA table_info`` by tests/unit/test_export.py).
COVERED_TABLES: dict[str, Coverage] = {
    "clients": Coverage(
        "client", frozenset({"id", "uuid", "sort_name"}), "row id, UUID and the derived sort key"
    ),
    "client_tags": Coverage("client.tags", frozenset({"client_id"})),
    "trajectories": Coverage("trajectories", _IDS),
    "appointments": Coverage(
        "appointments",
        _IDS | {"ical_uid"},
        "ids, UUIDs and the calendar-sync UID (a technical identifier)",
    ),
    "notes": Coverage("notes", _IDS),
    "documents": Coverage("documents", _IDS | {"content"}, "ids; content goes to attachments/"),
    "consents": Coverage("consents", _IDS),
    "disclosures": Coverage("disclosures", _IDS),
    "tasks": Coverage("tasks", _IDS | {"system_key"}, "ids and the internal system-task key"),
    "legal_holds": Coverage("legal_hold", frozenset({"client_id"})),
    "data_requests": Coverage("data_requests", _IDS),
    "audit_log": Coverage(
        "audit",
        frozenset({"seq", "subject_uuid", "client_uuid", "prev_hash", "hash"}),
        "sequence numbers, UUIDs and chain hashes",
    ),
}

#: Tables that name a client but are deliberately not exported, with the reason.
NOT_EXPORTED: dict[str, str] = {
    "erasure_ledger": "only holds entries for clients that no longer exist (erased/anonymised)",
}


def _map(row: object, names: tuple[str, ...]) -> dict[str, object]:
    return {name: row[name] for name in names}  # type: ignore[index]


def _practice_json(db: Db) -> dict[str, object]:
    p = _practice.get(db)
    return {
        "name": p.name,
        "coach_name": p.coach_name,
        "street": p.street,
        "postcode": p.postcode,
        "city": p.city,
        "country": p.country,
        "kvk": p.kvk,
        "email": p.email,
        "phone": p.phone,
        "website": p.website,
    }


_CLIENT_FIELDS = (
    "number", "first_name", "tussenvoegsel", "last_name", "preferred_name", "date_of_birth",
    "email", "phone", "street", "postcode", "city", "country", "organisation",
    "referral_source", "status", "created_at", "updated_at", "last_exported_at",
)  # fmt: skip


def _client_json(db: Db, client_id: int) -> dict[str, object]:
    row = db.one(f"SELECT {', '.join(_CLIENT_FIELDS)} FROM clients WHERE id = :id",
                 {"id": client_id})  # fmt: skip
    tags = [
        r[0]
        for r in db.all(
            "SELECT tag FROM client_tags WHERE client_id = :c ORDER BY tag", {"c": client_id}
        )
    ]
    return _map(row, _CLIENT_FIELDS) | {"tags": tags, "origin": Origin.PROVIDED.value}


def _refs(prefix: str, ids: list[int]) -> dict[int, str]:
    return {row_id: f"{prefix}{n}" for n, row_id in enumerate(ids, start=1)}


_TRAJECTORY_FIELDS = ("title", "goal", "start_date", "end_date", "agreed_sessions", "sponsor",
                      "payer", "created_at", "updated_at")  # fmt: skip
_APPOINTMENT_FIELDS = ("title", "kind", "status", "starts_at", "ends_at", "location", "notes",
                       "series_until", "recurrence_id", "created_at", "updated_at")  # fmt: skip
_NOTE_FIELDS = ("note_date", "title", "body", "origin", "template", "created_at", "updated_at")
_TASK_FIELDS = ("title", "due_date", "priority", "done_at", "notes", "created_at", "updated_at")
_CONSENT_FIELDS = ("action", "purpose", "scope", "text_version", "method", "given_on", "note",
                   "recorded_at")  # fmt: skip
_DISCLOSURE_FIELDS = ("recipient", "what", "disclosed_on", "legal_basis", "note", "recorded_at")
_DOCUMENT_FIELDS = ("name", "mime_type", "size", "sha256", "added_at", "origin")
_REQUEST_FIELDS = ("kind", "received_on", "due_on", "extended_to", "extension_reason",
                   "completed_on", "note", "created_at")  # fmt: skip


#: The columns each covered table contributes (with ``omitted`` = every column; a test checks).
EXPORTED_COLUMNS: dict[str, frozenset[str]] = {
    "clients": frozenset(_CLIENT_FIELDS),
    "client_tags": frozenset({"tag"}),
    "trajectories": frozenset(_TRAJECTORY_FIELDS),
    "appointments": frozenset(_APPOINTMENT_FIELDS)
    | {"trajectory_id", "series_id", "all_day", "tzid", "rrule", "exdates"},
    "notes": frozenset(_NOTE_FIELDS) | {"trajectory_id", "appointment_id", "special_category"},
    "documents": frozenset(_DOCUMENT_FIELDS),
    "consents": frozenset(_CONSENT_FIELDS),
    "disclosures": frozenset(_DISCLOSURE_FIELDS),
    "tasks": frozenset(_TASK_FIELDS) | {"source"},
    "legal_holds": frozenset({"reason", "review_on", "placed_at"}),
    "data_requests": frozenset(_REQUEST_FIELDS),
    "audit_log": frozenset({"at", "action", "subject_kind"}),
}


def collect_client(
    db: Db,
    client_id: int,
    *,
    now: datetime,
    language: str = "en",
    attachment_names: dict[int, str] | None = None,
) -> dict[str, object]:
    """The complete ``data.json`` content for one client.

    *attachment_names* maps document row ids to their file names in ``attachments/``; without
    it the names are made here with :func:`attachment_file_names`.
    """
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}")
    client = _clients.get(db, client_id)  # NotFound for an unknown client
    c = {"c": client_id}

    rows = db.all(
        f"SELECT id, {', '.join(_TRAJECTORY_FIELDS)} FROM trajectories WHERE client_id = :c"
        " ORDER BY start_date IS NULL, start_date, id",
        c,
    )
    traj_ref = _refs("T", [r["id"] for r in rows])
    trajectories = [
        {"ref": traj_ref[r["id"]], **_map(r, _TRAJECTORY_FIELDS), "origin": Origin.COACH.value}
        for r in rows
    ]

    rows = db.all(
        f"SELECT id, trajectory_id, series_id, all_day, tzid, rrule, exdates,"
        f" {', '.join(_APPOINTMENT_FIELDS)} FROM appointments WHERE client_id = :c"
        " ORDER BY starts_at, id",
        c,
    )
    appt_ref = _refs("A", [r["id"] for r in rows])
    appointments = [
        {
            "ref": appt_ref[r["id"]],
            "trajectory": traj_ref.get(r["trajectory_id"]),
            **_map(r, _APPOINTMENT_FIELDS[:5]),
            "all_day": bool(r["all_day"]),
            "timezone": r["tzid"],
            **_map(r, _APPOINTMENT_FIELDS[5:7]),
            "recurrence_rule": r["rrule"],
            "excluded_dates": json.loads(r["exdates"] or "[]"),
            "series": appt_ref.get(r["series_id"]),
            **_map(r, _APPOINTMENT_FIELDS[7:]),
            "origin": Origin.OBSERVED.value,
        }
        for r in rows
    ]

    rows = db.all(
        f"SELECT id, trajectory_id, appointment_id, special_category, {', '.join(_NOTE_FIELDS)}"
        " FROM notes WHERE client_id = :c ORDER BY note_date, created_at, id",
        c,
    )
    notes = [
        {
            "ref": f"N{n}",
            "date": r["note_date"],
            **_map(r, _NOTE_FIELDS[1:3]),
            "special_category": bool(r["special_category"]),
            "template": r["template"],
            "trajectory": traj_ref.get(r["trajectory_id"]),
            "appointment": appt_ref.get(r["appointment_id"]),
            "created_at": r["created_at"],
            "updated_at": r["updated_at"],
            "origin": r["origin"],
        }
        for n, r in enumerate(rows, start=1)
    ]

    rows = db.all(
        f"SELECT source, {', '.join(_TASK_FIELDS)} FROM tasks WHERE client_id = :c"
        " ORDER BY created_at, id",
        c,
    )
    tasks = [
        _map(r, _TASK_FIELDS)
        | {"origin": Origin.SYSTEM.value if r["source"] == "system" else Origin.COACH.value}
        for r in rows
    ]

    consents = [
        _map(r, _CONSENT_FIELDS) | {"origin": Origin.SYSTEM.value}
        for r in db.all(
            f"SELECT {', '.join(_CONSENT_FIELDS)} FROM consents WHERE client_id = :c ORDER BY id",
            c,
        )
    ]
    disclosures = [
        _map(r, _DISCLOSURE_FIELDS) | {"origin": Origin.SYSTEM.value}
        for r in db.all(
            f"SELECT {', '.join(_DISCLOSURE_FIELDS)} FROM disclosures WHERE client_id = :c"
            " ORDER BY disclosed_on, id",
            c,
        )
    ]

    rows = db.all(
        f"SELECT id, {', '.join(_DOCUMENT_FIELDS)} FROM documents WHERE client_id = :c"
        " ORDER BY added_at, id",
        c,
    )
    names = attachment_names or attachment_file_names([(r["id"], r["name"]) for r in rows])
    documents = [
        {"ref": f"D{n}", **_map(r, _DOCUMENT_FIELDS), "file": f"attachments/{names[r['id']]}"}
        for n, r in enumerate(rows, start=1)
    ]

    requests = [
        _map(r, _REQUEST_FIELDS) | {"origin": Origin.SYSTEM.value}
        for r in db.all(
            f"SELECT {', '.join(_REQUEST_FIELDS)} FROM data_requests WHERE client_id = :c"
            " ORDER BY received_on, id",
            c,
        )
    ]

    audit = [
        {"at": e.at, "action": e.action, "subject": e.subject_kind, "origin": "system"}
        for e in reversed(audit_entries(db, client_uuid=client.uuid, limit=-1))
    ]

    hold_row = db.one(
        "SELECT reason, review_on, placed_at FROM legal_holds WHERE client_id = :c", c
    )
    hold = None
    if hold_row is not None:
        hold = _map(hold_row, ("reason", "review_on", "placed_at")) | {"origin": "system"}

    return {
        "schema_version": SCHEMA_VERSION,
        "subset": "complete",
        "exported_at": stamp(now),
        "language": language,
        "practice": _practice_json(db),
        "client": _client_json(db, client_id),
        "trajectories": trajectories,
        "appointments": appointments,
        "notes": notes,
        "tasks": tasks,
        "consents": consents,
        "disclosures": disclosures,
        "documents": documents,
        "data_requests": requests,
        "audit": audit,
        "legal_hold": hold,
    }


def portability_subset(data: dict[str, object]) -> dict[str, object]:
    """``portability.json`` (Art. 20): only ``provided`` and ``observed`` items.

    Same shape as data.json (``subset`` says which); references to items that were left out
    become null, so the file never points at something it does not contain.
    """
    out: dict[str, object] = dict(data)
    out["subset"] = "portability"
    kept_refs: set[str] = set()
    for section in SECTIONS:
        items = [i for i in data[section] if i["origin"] in PORTABLE_ORIGINS]  # type: ignore[attr-defined,index]
        out[section] = items
        kept_refs.update(i["ref"] for i in items if "ref" in i)
    for section in SECTIONS:
        out[section] = [
            {
                k: (v if k not in ("trajectory", "appointment", "series") or v in kept_refs
                    else None)
                for k, v in item.items()
            }
            for item in out[section]  # type: ignore[attr-defined]
        ]  # fmt: skip
    client = data["client"]
    out["client"] = client if client["origin"] in PORTABLE_ORIGINS else None  # type: ignore[index]
    hold = data["legal_hold"]
    out["legal_hold"] = hold if hold and hold["origin"] in PORTABLE_ORIGINS else None  # type: ignore[index]
    return out


_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
     *(f"lpt{i}" for i in range(1, 10))}
)  # fmt: skip


def attachment_file_names(docs: list[tuple[int, str]]) -> dict[int, str]:
    """Safe, unique (also case-insensitively, for Windows and macOS) file names per document."""
    from coachdesk.services.documents import safe_file_name

    taken: set[str] = set()
    names: dict[int, str] = {}
    for doc_id, name in docs:
        base = safe_file_name(name).rstrip(". ") or "document"
        stem, dot, ext = base.rpartition(".")
        if not dot or not stem:
            stem, dot, ext = base, "", ""
        if stem.lower() in _RESERVED:
            stem = f"_{stem}"
        candidate = f"{stem}{dot}{ext}"
        n = 2
        while candidate.lower() in taken:
            candidate = f"{stem} ({n}){dot}{ext}"
            n += 1
        taken.add(candidate.lower())
        names[doc_id] = candidate
    return names

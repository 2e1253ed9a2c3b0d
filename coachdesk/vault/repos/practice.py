"""The practice profile: the letterhead on every PDF CoachDesk makes."""

from __future__ import annotations

from dataclasses import asdict, fields

from coachdesk.domain.dates import stamp
from coachdesk.domain.models import Practice
from coachdesk.vault.connection import Db

_FIELDS = tuple(f.name for f in fields(Practice))


def get(db: Db) -> Practice:
    row = db.one(f"SELECT {', '.join(_FIELDS)} FROM practice WHERE id = 1")
    if row is None:
        return Practice()
    return Practice(**{name: row[name] for name in _FIELDS})


def save(db: Db, practice: Practice) -> None:
    assignments = ", ".join(f"{name} = :{name}" for name in _FIELDS)
    with db.transaction():
        db.execute(
            "INSERT INTO practice (id, updated_at) VALUES (1, :at) ON CONFLICT (id) DO NOTHING",
            {"at": stamp()},
        )
        db.execute(
            f"UPDATE practice SET {assignments}, updated_at = :at WHERE id = 1",
            asdict(practice) | {"at": stamp()},
        )

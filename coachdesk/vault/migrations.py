"""Numbered schema migrations: each in one transaction, ``user_version`` records the level.

Before migrating an existing vault we copy the (still encrypted) file aside and remove the copy
only after every step committed, so a failed or interrupted migration can always be undone by
hand. A vault newer than this program is refused untouched.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlite

from coachdesk.domain.errors import CoachDeskError, MigrationFailed, VaultTooNew
from coachdesk.vault.connection import Db
from coachdesk.vault.fsutil import copy_durably, remove_quietly


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    apply: Callable[[Db], None]


def split_sql(script: str) -> list[str]:
    """Split a script into statements (triggers included) without leaving the transaction.

    ``executescript`` would COMMIT first, so statements are run one by one instead.
    """
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        if not buffer and (not line.strip() or line.lstrip().startswith("--")):
            continue
        buffer += line
        if sqlite.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise ValueError("unterminated SQL statement in migration")
    return statements


def _sql_migration(sql: str) -> Callable[[Db], None]:
    def apply(db: Db) -> None:
        for statement in split_sql(sql):
            db.execute(statement)

    return apply


def builtin_migrations() -> tuple[Migration, ...]:
    """Every ``schema/NNNN_name.sql`` shipped with the package, in order."""
    found: list[Migration] = []
    for entry in resources.files("coachdesk.vault").joinpath("schema").iterdir():
        match = re.fullmatch(r"(\d{4})_(\w+)\.sql", entry.name)
        if match:
            found.append(
                Migration(int(match.group(1)), match.group(2), _sql_migration(entry.read_text()))
            )
    found.sort(key=lambda m: m.version)
    for expected, migration in enumerate(found, start=1):
        if migration.version != expected:
            raise RuntimeError(f"migration numbers have a gap at {expected}")
    return tuple(found)


MIGRATIONS = builtin_migrations()
LATEST_VERSION = MIGRATIONS[-1].version


def schema_version(db: Db) -> int:
    return int(db.pragma("user_version"))


def migrate(
    db: Db,
    copy_path: Callable[[int], Path],
    migrations: Sequence[Migration] = MIGRATIONS,
) -> int:
    """Bring *db* to the newest schema; return the version reached.

    *copy_path(from_version)* names where the pre-migration copy goes.
    """
    latest = migrations[-1].version if migrations else 0
    current = schema_version(db)
    if current > latest:
        raise VaultTooNew(found=current, known=latest)
    pending = [m for m in migrations if m.version > current]
    if not pending:
        return current
    copy = None
    if current > 0:
        db.checkpoint()
        copy = copy_path(current)
        copy_durably(db.path, copy)
    for migration in pending:
        try:
            with db.transaction():
                migration.apply(db)
                db.execute(f"PRAGMA user_version = {int(migration.version)}")
        except CoachDeskError:
            raise
        except Exception as exc:  # a broken migration must reach the coach as a sentence
            raise MigrationFailed(copy=str(copy or db.path)) from exc
    if copy is not None:
        remove_quietly(copy)
    return pending[-1].version

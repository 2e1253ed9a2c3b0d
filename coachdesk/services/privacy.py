"""Erase and anonymise a client (Art. 17, Recital 26), and legal holds.

Erase is a hard delete of the client row; every table holding client data references
``clients(id) ON DELETE CASCADE`` (checked by a test), so one DELETE removes notes, documents,
consents, disclosures, appointments, tasks, trajectories, tags, requests and the legal hold, and
the FTS triggers add the 'delete' entries. In the same transaction a ledger entry and an audit
entry are appended. Then maintenance makes the data really gone from every page: FTS
``optimize`` (merges away the segments still holding the old tokens), ``ANALYZE`` again where
statistics exist (sqlite_stat4 samples hold index keys such as names), WAL checkpoint with
truncate, ``VACUUM`` (secure_delete is on as well), and a last checkpoint.

Kept on purpose: audit entries naming the client's random UUID (they hold no personal data and
prove what happened), the ledger entry, and — after anonymising — one +1 in an aggregate
statistics cell.

If maintenance cannot finish (another connection holds the WAL), a flag in ``settings`` stays
set and ``finish_pending_maintenance`` runs it again (call it after unlocking).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date

from coachdesk.domain.dates import iso_date, parse_date, stamp
from coachdesk.domain.errors import NotFound, UserError, ValidationError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.domain.statistics import StatisticsKey
from coachdesk.services.documents import wipe_private_tmp
from coachdesk.services.privacy_stats import add_to_statistics, statistics_key
from coachdesk.services.privacy_stats import statistics_table as statistics_table
from coachdesk.vault.audit import append_audit, first_broken_audit_link
from coachdesk.vault.connection import Db
from coachdesk.vault.ledger import (
    LedgerEntry,
    append_ledger,
    first_broken_link,
    ledger_entries,
    sidecar_problem,
    write_sidecar,
)
from coachdesk.vault.vault import Vault

LEGAL_BASES = ("art17", "retention", "consent-withdrawn", "request")
SCOPES = ("all",)
MAINTENANCE_PENDING = "privacy.maintenance_pending"
KEPT = (
    QT_TRANSLATE_NOOP(
        "Privacy",
        "Audit log entries with the client's random id (no name or content), as proof of what"
        " was done.",
    ),
    QT_TRANSLATE_NOOP(
        "Privacy",
        "One erasure ledger entry (random id, action, scope, time, legal basis), so that a"
        " restored backup is erased again.",
    ),
)
KEPT_ANONYMISED = QT_TRANSLATE_NOOP(
    "Privacy", "One count in the aggregate practice statistics (year, theme, age band, sessions)."
)


class LegalHoldActive(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Client {number} is under a legal hold (review on {review_on}). Lift the hold before"
        " erasing or anonymising.",
    )


@dataclass(frozen=True, slots=True)
class LegalHold:
    client_id: int
    reason: str
    review_on: date
    placed_at: str


@dataclass(frozen=True, slots=True)
class ErasureReport:
    """What an erase or anonymise did; for the confirmation letter and the CLI."""

    client_uuid: str
    client_number: str
    action: str  # 'erase' or 'anonymise'
    scope: str
    legal_basis: str
    deleted: dict[str, int]  # table -> rows removed
    audit_entries_kept: int
    kept: tuple[str, ...]
    ledger_entry: LedgerEntry
    disclosure_recipients: tuple[str, ...]  # to tell under Art. 19
    statistics: StatisticsKey | None
    maintenance_complete: bool
    leftover_files: tuple[str, ...]
    seconds: float
    warnings: tuple[str, ...] = field(default=())

    @property
    def total_rows(self) -> int:
        return sum(self.deleted.values())


# --- legal holds ----------------------------------------------------------------------------


def _client_uuid(db: Db, client_id: int) -> str:
    value = db.scalar("SELECT uuid FROM clients WHERE id = :id", {"id": client_id})
    if value is None:
        raise NotFound(what="client", key=str(client_id))
    return str(value)


def legal_hold(db: Db, client_id: int) -> LegalHold | None:
    row = db.one(
        "SELECT client_id, reason, review_on, placed_at FROM legal_holds WHERE client_id = :id",
        {"id": client_id},
    )
    if row is None:
        return None
    return LegalHold(int(row[0]), row[1], parse_date(row[2]) or date.min, row[3])


def legal_holds(db: Db) -> list[LegalHold]:
    """Every hold, soonest review first (for the Privacy page and the retention sweep)."""
    rows = db.all("SELECT client_id FROM legal_holds ORDER BY review_on, client_id")
    return [h for r in rows if (h := legal_hold(db, int(r[0]))) is not None]


def set_legal_hold(db: Db, client_id: int, reason: str, review_on: date) -> LegalHold:
    """Place (or change) the legal hold of a client."""
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": QT_TRANSLATE_NOOP("Errors", "give the reason")})
    with db.transaction():
        uuid = _client_uuid(db, client_id)
        db.execute(
            "INSERT INTO legal_holds (client_id, reason, review_on, placed_at)"
            " VALUES (:id, :reason, :review, :now) ON CONFLICT (client_id) DO UPDATE"
            " SET reason = excluded.reason, review_on = excluded.review_on",
            {"id": client_id, "reason": reason, "review": iso_date(review_on), "now": stamp()},
        )
        append_audit(
            db, "client.legal_hold_placed", subject_kind="client", subject_uuid=uuid,
            client_uuid=uuid,
        )  # fmt: skip
    hold = legal_hold(db, client_id)
    assert hold is not None
    return hold


def lift_legal_hold(db: Db, client_id: int) -> bool:
    """Lift the hold; False if there was none."""
    with db.transaction():
        uuid = _client_uuid(db, client_id)
        gone = db.execute("DELETE FROM legal_holds WHERE client_id = :id", {"id": client_id})
        if gone.rowcount == 0:
            return False
        append_audit(
            db, "client.legal_hold_lifted", subject_kind="client", subject_uuid=uuid,
            client_uuid=uuid,
        )  # fmt: skip
    return True


# --- erase and anonymise -----------------------------------------------------------------------


def client_tables(db: Db) -> list[tuple[str, str, str]]:
    """(table, column, on_delete) for every foreign key that references ``clients``."""
    found = []
    tables = db.all(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " ORDER BY name"
    )
    for (table,) in tables:
        for fk in db.all(f'PRAGMA foreign_key_list("{table}")'):
            if fk["table"] == "clients":
                found.append((table, fk["from"], fk["on_delete"]))
    return found


def rows_of_client(db: Db, client_id: int) -> dict[str, int]:
    """table -> rows that reference the client (the client row itself under 'clients')."""
    counts = {
        "clients": int(db.scalar("SELECT count(*) FROM clients WHERE id = :id", {"id": client_id}))
    }
    for table, column, _ in client_tables(db):
        n = db.scalar(f'SELECT count(*) FROM "{table}" WHERE "{column}" = :id', {"id": client_id})
        counts[table] = counts.get(table, 0) + int(n)
    return counts


def erase_client(
    vault: Vault,
    client_id: int,
    *,
    legal_basis: str = "art17",
    scope: str = "all",
    today: date | None = None,
    defer_maintenance: bool = False,
) -> ErasureReport:
    """Erase a client completely; refuses while a legal hold exists.

    ``defer_maintenance`` (for batches) skips the clean-up; the caller must then call
    ``finish_pending_maintenance`` once after the last client.
    """
    return _erase(
        vault, client_id, "erase", legal_basis, scope, theme=None, today=today,
        defer=defer_maintenance,
    )  # fmt: skip


def anonymise_client(
    vault: Vault,
    client_id: int,
    *,
    theme: str,
    legal_basis: str = "retention",
    today: date | None = None,
    defer_maintenance: bool = False,
) -> ErasureReport:
    """Count the client once in the practice statistics, then erase them."""
    return _erase(
        vault, client_id, "anonymise", legal_basis, "all", theme=theme, today=today,
        defer=defer_maintenance,
    )  # fmt: skip


def _erase(
    vault: Vault,
    client_id: int,
    action: str,
    legal_basis: str,
    scope: str,
    *,
    theme: str | None,
    today: date | None,
    defer: bool = False,
) -> ErasureReport:
    if scope not in SCOPES:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Only a complete erasure is supported."))
    if not legal_basis.strip():
        raise ValidationError({"legal_basis": QT_TRANSLATE_NOOP("Errors", "give the legal basis")})
    started = time.perf_counter()
    today = today or date.today()
    with vault.session() as db:
        with db.transaction():
            row = db.one("SELECT uuid, number FROM clients WHERE id = :id", {"id": client_id})
            if row is None:
                raise NotFound(what="client", key=str(client_id))
            uuid, number = str(row[0]), str(row[1])
            if (hold := legal_hold(db, client_id)) is not None:
                raise LegalHoldActive(number=number, review_on=hold.review_on.isoformat())
            key = statistics_key(db, client_id, theme, today) if theme is not None else None
            deleted = rows_of_client(db, client_id)
            recipients = tuple(
                r[0]
                for r in db.all(
                    "SELECT DISTINCT recipient FROM disclosures WHERE client_id = :id"
                    " ORDER BY recipient",
                    {"id": client_id},
                )
            )
            if key is not None:
                add_to_statistics(db, key)
            db.execute("DELETE FROM clients WHERE id = :id", {"id": client_id})
            left = {t: n for t, n in rows_of_client(db, client_id).items() if n}
            if left:  # a foreign key without CASCADE: keep nothing half-erased
                raise RuntimeError(f"rows still reference the client: {sorted(left)}")
            entry = append_ledger(db, uuid, action, scope, legal_basis)
            append_audit(
                db, "client.anonymised" if action == "anonymise" else "client.erased",
                subject_kind="client", subject_uuid=uuid, client_uuid=uuid,
            )  # fmt: skip
            db.execute(
                "INSERT INTO settings (key, value) VALUES (:k, '1')"
                " ON CONFLICT (key) DO UPDATE SET value = '1'",
                {"k": MAINTENANCE_PENDING},
            )
            audit_kept = int(
                db.scalar("SELECT count(*) FROM audit_log WHERE client_uuid = :u", {"u": uuid})
            )
        entries = ledger_entries(db)
    warnings: list[str] = []
    try:
        write_sidecar(vault.paths.ledger_sidecar, entries, vault.key_for_backup())
    except UserError as exc:  # the erasure stands; the sidecar is rewritten on the next one
        warnings.append(exc.message)
    complete = False if defer else run_maintenance(vault)
    leftover = tuple(str(p) for p in wipe_private_tmp(vault.paths))
    if not complete and not defer:
        warnings.append(
            QT_TRANSLATE_NOOP(
                "Privacy",
                "Another window kept the vault busy, so the final clean-up will run again on the"
                " next start.",
            )
        )
    return ErasureReport(
        client_uuid=uuid,
        client_number=number,
        action=action,
        scope=scope,
        legal_basis=legal_basis,
        deleted={t: n for t, n in deleted.items() if n},
        audit_entries_kept=audit_kept,
        kept=KEPT + ((KEPT_ANONYMISED,) if key is not None else ()),
        ledger_entry=entry,
        disclosure_recipients=recipients,
        statistics=key,
        maintenance_complete=complete,
        leftover_files=leftover,
        seconds=time.perf_counter() - started,
        warnings=tuple(warnings),
    )


# --- maintenance -----------------------------------------------------------------------------


def _checkpoint(db: Db) -> bool:
    """wal_checkpoint(TRUNCATE); True when every frame was written back and the WAL emptied."""
    row = db.one("PRAGMA wal_checkpoint(TRUNCATE)")
    return row is not None and int(row[0]) == 0 and int(row[1]) <= 0


def run_maintenance(vault: Vault) -> bool:
    """Make deleted data unrecoverable from any page; True when it fully succeeded.

    On a fresh connection: statistics rebuilt where they exist, then a checkpoint that empties
    the WAL. No VACUUM: with ``secure_delete=ON`` SQLite zeroes deleted cells and every page it
    frees, and the FTS tables delete securely (schema 4), so no page holds the erased data;
    rewriting a 400 MB vault took 10-20 s (DESIGN.md allows an incremental vacuum instead; the
    zeroed free pages are reused and never reach a backup, which is a ``VACUUM INTO``).
    tests/unit/test_erasure.py decrypts every page to prove it. Clears the pending flag only
    when everything went through.
    """
    with vault.session() as db:
        with db.transaction():
            stats = [
                r[0]
                for r in db.all(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                    " AND name IN ('sqlite_stat1', 'sqlite_stat4')"
                )
            ]
            for table in stats:  # stat4 samples are index keys (names); recompute them
                db.execute(f"DELETE FROM {table}")
            if stats:
                db.execute("ANALYZE")
            db.execute("DELETE FROM settings WHERE key = :k", {"k": MAINTENANCE_PENDING})
        ok = _checkpoint(db)
        if not ok:
            db.execute(
                "INSERT INTO settings (key, value) VALUES (:k, '1')"
                " ON CONFLICT (key) DO UPDATE SET value = '1'",
                {"k": MAINTENANCE_PENDING},
            )
    return ok


def maintenance_pending(db: Db) -> bool:
    return db.scalar("SELECT value FROM settings WHERE key = :k", {"k": MAINTENANCE_PENDING}) == "1"


def finish_pending_maintenance(vault: Vault) -> bool:
    """Run the clean-up an earlier erase could not finish; call after unlocking.

    Returns True when there was something to do and it is now done.
    """
    with vault.session() as db:
        if not maintenance_pending(db):
            return False
    return run_maintenance(vault)


# --- verification (``coachdesk audit verify``, the Privacy page) -------------------------------


@dataclass(frozen=True, slots=True)
class ChainReport:
    """Result of checking the audit log, the erasure ledger and the ledger's sidecar file."""

    audit_entries: int
    ledger_entries: int
    audit_broken_at: int | None  # seq of the first broken link
    ledger_broken_at: int | None
    sidecar_problem: str | None

    @property
    def intact(self) -> bool:
        return (
            self.audit_broken_at is None
            and self.ledger_broken_at is None
            and self.sidecar_problem is None
        )


def verify_chains(vault: Vault) -> ChainReport:
    with vault.session() as db:
        entries = ledger_entries(db)
        return ChainReport(
            audit_entries=int(db.scalar("SELECT count(*) FROM audit_log")),
            ledger_entries=len(entries),
            audit_broken_at=first_broken_audit_link(db),
            ledger_broken_at=first_broken_link(entries),
            sidecar_problem=sidecar_problem(
                vault.paths.ledger_sidecar, vault.key_for_backup(), entries
            ),
        )


def client_id_for_number(db: Db, number: str) -> int:
    value = db.scalar("SELECT id FROM clients WHERE number = :n", {"n": number.strip()})
    if value is None:
        raise NotFound(what="client", key=number.strip())
    return int(value)

"""Erased stays erased (promise 6): gather every copy of the erasure ledger, replay it on a
restored snapshot, and prove that nothing of an erased client came back.

Copies of the ledger a restore can find: the live vault's table (when its key is at hand), the
HMAC-protected sidecar file beside it (verified with that key; one that does not verify is
ignored with a warning, so a forged file cannot erase anyone), the backup's manifest and the
snapshot's own table. Each client is replayed once: if the snapshot still holds the client,
the row goes (``ON DELETE CASCADE`` takes every dependent row, the FTS triggers the index
entries), and the ledger entry is appended with its original uuid, action, scope, time and
legal basis. When the copies share history (the normal case) the appended entries rebuild the
very same hash chain; copies that forked (an older backup restored without its newer ledger,
then more erasures) still merge, on a new chain. A replayed anonymisation erases the client but
adds no statistics count: the theme is not in the ledger (and the count, if any, was made in the
vault the backup predates).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from dataclasses import dataclass, field

from coachdesk.domain.errors import CoachDeskError, UserError, VaultDamaged
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.paths import DataPaths
from coachdesk.services.privacy import MAINTENANCE_PENDING, client_tables
from coachdesk.vault.audit import append_audit
from coachdesk.vault.connection import Db, NotADatabase, open_db
from coachdesk.vault.keys import key_matches
from coachdesk.vault.ledger import (
    LedgerEntry,
    LedgerTampered,
    append_ledger,
    ledger_entries,
    read_sidecar,
)
from coachdesk.vault.meta import VaultMeta, load_meta
from coachdesk.vault.vault import Credential, Keychain, Vault, candidate_keys

FTS_TABLES = (("clients_fts", "clients"), ("notes_fts", "notes"))


class ErasureNotComplete(UserError):
    """After the replay something of an erased client is still in the restored snapshot."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The restore was stopped because data of an erased client would have come back"
        " ({detail}). Nothing was changed.",
    )


@dataclass(frozen=True, slots=True)
class CurrentLedger:
    """What the data folder's own vault says about erasures (for the same vault id only)."""

    entries: tuple[LedgerEntry, ...] = ()
    found: bool = False  # a ledger newer than any backup was read (vault table or sidecar)
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ReplayResult:
    entries_replayed: int  # ledger entries the snapshot lacked, now appended
    clients_removed: int  # of those, clients the snapshot still held
    uuids_checked: int = 0
    removed_uuids: tuple[str, ...] = field(default=())


def _current_keys(
    paths: DataPaths, meta: VaultMeta, credential: Credential | None, current: Vault | None
) -> list[bytes]:
    """Keys of the live vault we can get without asking the coach for anything more."""
    found: list[bytes] = []
    if current is not None and not current.is_locked and current.vault_id == meta.vault_id:
        found.append(current.key_for_backup())
    attempts: list[Credential] = [credential] if credential is not None else []
    if meta.keyring:
        attempts.append(Keychain())
    for attempt in attempts:
        with contextlib.suppress(CoachDeskError, ValueError):
            found.extend(candidate_keys(meta, attempt))
    return [k for k in dict.fromkeys(found) if key_matches(k, meta.slots.key_check)]


def read_current_ledger(
    paths: DataPaths,
    vault_id: str,
    credential: Credential | None,
    current: Vault | None = None,
) -> CurrentLedger:
    """The live vault's ledger and its sidecar, if they belong to *vault_id* and a key opens them.

    The backup's own credential is tried on the live meta too: after losing the keychain, the
    recovery key (or passphrase) of the same vault usually still opens its sidecar.
    """
    try:
        meta = load_meta(paths.meta)
    except (FileNotFoundError, VaultDamaged):
        return CurrentLedger()
    if meta.vault_id != vault_id:
        return CurrentLedger()
    warnings: list[str] = []
    keys = _current_keys(paths, meta, credential, current)
    if not keys:
        if paths.ledger_sidecar.exists() or paths.vault_db.exists():
            warnings.append(
                QT_TRANSLATE_NOOP(
                    "Backup",
                    "The erasure ledger of the vault in this folder could not be read: no key"
                    " for it was at hand.",
                )
            )
        return CurrentLedger(warnings=tuple(warnings))
    entries: list[LedgerEntry] = []
    found = False
    key = keys[0]
    if paths.vault_db.exists():
        with contextlib.suppress(CoachDeskError, NotADatabase):
            db = open_db(paths.vault_db, key)
            try:
                entries.extend(ledger_entries(db))
                found = True
            finally:
                db.close()
        if not found:
            warnings.append(
                QT_TRANSLATE_NOOP(
                    "Backup", "The vault in this folder could not be read; its sidecar was used."
                )
            )
    try:
        entries.extend(read_sidecar(paths.ledger_sidecar, key))
        found = True
    except FileNotFoundError:
        pass
    except LedgerTampered:
        warnings.append(
            QT_TRANSLATE_NOOP(
                "Backup",
                "The sidecar file erasure-ledger.json does not verify with the vault's key;"
                " it was ignored.",
            )
        )
    return CurrentLedger(tuple(entries), found, tuple(warnings))


def entries_to_replay(
    snapshot: Iterable[LedgerEntry], *others: Iterable[LedgerEntry]
) -> list[LedgerEntry]:
    """One entry per client the snapshot's ledger lacks, in the order they happened."""
    have = {e.client_uuid for e in snapshot}
    chosen: dict[str, LedgerEntry] = {}
    for source in others:
        for e in source:
            if e.client_uuid not in have and e.client_uuid not in chosen:
                chosen[e.client_uuid] = e
    return sorted(chosen.values(), key=lambda e: (e.at, e.seq, e.client_uuid))


def replay(db: Db, entries: Iterable[LedgerEntry]) -> ReplayResult:
    """Erase again, in one transaction, every client named by *entries* that *db* still holds.

    A legal hold in the snapshot does not stop it: the erasure happened after the hold was
    lifted. The audit entries carry only the random uuid, like a normal erase's.
    """
    appended = 0
    removed: list[str] = []
    with db.transaction():
        for e in entries:
            client_id = db.scalar("SELECT id FROM clients WHERE uuid = :u", {"u": e.client_uuid})
            if client_id is not None:
                db.execute("DELETE FROM clients WHERE id = :id", {"id": client_id})
                removed.append(e.client_uuid)
                append_audit(
                    db, "backup.erasure_replayed", subject_kind="client",
                    subject_uuid=e.client_uuid, client_uuid=e.client_uuid,
                )  # fmt: skip
            append_ledger(db, e.client_uuid, e.action, e.scope, e.legal_basis, at=e.at)
            appended += 1
        if removed:  # the clean-up that makes deleted rows unrecoverable is due
            db.execute(
                "INSERT INTO settings (key, value) VALUES (:k, '1')"
                " ON CONFLICT (key) DO UPDATE SET value = '1'",
                {"k": MAINTENANCE_PENDING},
            )
    return ReplayResult(appended, len(removed), removed_uuids=tuple(removed))


def leftovers(db: Db) -> list[str]:
    """What of an erased client is still there: a client row named in the ledger, a row that
    points to a client that no longer exists (notes, documents, ...), or an FTS index entry
    for a row that no longer exists. Empty when the snapshot is clean."""
    found: list[str] = []
    named = db.scalar(
        "SELECT count(*) FROM clients WHERE uuid IN (SELECT client_uuid FROM erasure_ledger)"
    )
    if named:
        found.append(f"clients: {named}")
    for table, column, _ in client_tables(db):
        orphans = db.scalar(
            f'SELECT count(*) FROM "{table}" WHERE "{column}" IS NOT NULL'
            f' AND "{column}" NOT IN (SELECT id FROM clients)'
        )
        if orphans:
            found.append(f"{table}: {orphans}")
    for fts, content in FTS_TABLES:
        # FTS5 keeps one ``<fts>_docsize`` row per indexed row and removes it with the row's
        # index entries; one left for a missing row is an index entry of erased data. (Walking
        # every token with fts5vocab gave the same answer in 20 s instead of milliseconds on a
        # long career's vault.)
        stale = db.scalar(
            f'SELECT count(*) FROM "{fts}_docsize" WHERE id NOT IN (SELECT id FROM "{content}")'
        )
        if stale:
            found.append(f"{fts}: {stale}")
    return found


def verify_nothing_left(db: Db) -> int:
    """Raise ``ErasureNotComplete`` unless no trace of an erased client remains; returns the
    number of ledger entries checked."""
    if problems := leftovers(db):
        raise ErasureNotComplete(detail="; ".join(problems))
    return int(db.scalar("SELECT count(*) FROM erasure_ledger"))

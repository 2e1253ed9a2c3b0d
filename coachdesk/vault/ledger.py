"""The erasure ledger: a hash-chained record of every erase and anonymise, in two places.

Each entry holds only the client's random UUID, the action, the scope, the time and the legal
basis (DESIGN.md, "Privacy model"). It lives in the vault (``erasure_ledger``, append-only by
triggers) and in a sidecar file ``erasure-ledger.json`` beside the vault, so that a restore from
an older backup can replay erasures made after that backup. The sidecar carries an HMAC keyed
from the vault key: whoever edits it without the key is detected.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from coachdesk.domain.dates import stamp
from coachdesk.domain.errors import UserError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.vault.audit import GENESIS, chain_hash
from coachdesk.vault.connection import Db
from coachdesk.vault.fsutil import atomic_write_bytes

ACTIONS = ("erase", "anonymise")
SIDECAR_FORMAT = "coachdesk-erasure-ledger"
SIDECAR_VERSION = 1
_COLUMNS = "seq, at, client_uuid, action, scope, legal_basis, prev_hash, hash"


class LedgerTampered(UserError):
    """The sidecar file or the ledger chain does not verify."""

    template = QT_TRANSLATE_NOOP(
        "Errors", "The erasure ledger does not verify: {detail}. Restore it from a backup."
    )


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    seq: int
    at: str
    client_uuid: str
    action: str
    scope: str
    legal_basis: str
    prev_hash: str
    hash: str

    def fields(self) -> tuple[object, ...]:
        """What the hash covers (with the previous hash in front)."""
        return (self.seq, self.at, self.client_uuid, self.action, self.scope, self.legal_basis)


def append_ledger(
    db: Db,
    client_uuid: str,
    action: str,
    scope: str,
    legal_basis: str,
    *,
    at: str | None = None,
) -> LedgerEntry:
    """Append one entry; call inside the transaction that erased the client."""
    if action not in ACTIONS:
        raise ValueError(f"unknown ledger action {action!r}")
    at = at or stamp()
    with db.transaction():
        prev = db.scalar("SELECT hash FROM erasure_ledger ORDER BY seq DESC LIMIT 1") or GENESIS
        seq = int(db.scalar("SELECT coalesce(max(seq), 0) + 1 FROM erasure_ledger"))
        digest = chain_hash(prev, (seq, at, client_uuid, action, scope, legal_basis))
        entry = LedgerEntry(seq, at, client_uuid, action, scope, legal_basis, prev, digest)
        _insert(db, entry)
    return entry


def _insert(db: Db, entry: LedgerEntry) -> None:
    db.execute(
        f"INSERT INTO erasure_ledger ({_COLUMNS}) VALUES (:seq, :at, :client_uuid, :action,"
        " :scope, :legal_basis, :prev_hash, :hash)",
        asdict(entry),
    )


def ledger_entries(db: Db) -> list[LedgerEntry]:
    """All entries, oldest first."""
    return [
        LedgerEntry(*row) for row in db.all(f"SELECT {_COLUMNS} FROM erasure_ledger ORDER BY seq")
    ]


def first_broken_link(entries: Iterable[LedgerEntry]) -> int | None:
    """The seq of the first entry that does not follow its predecessor, or None if intact."""
    prev = GENESIS
    expected = 1
    for e in entries:
        if e.seq != expected or e.prev_hash != prev or chain_hash(prev, e.fields()) != e.hash:
            return e.seq
        prev = e.hash
        expected += 1
    return None


def first_broken_ledger_link(db: Db) -> int | None:
    return first_broken_link(ledger_entries(db))


def was_erased(db: Db, client_uuid: str) -> bool:
    return db.scalar("SELECT 1 FROM erasure_ledger WHERE client_uuid = :u", {"u": client_uuid}) == 1


# --- the sidecar file --------------------------------------------------------------------------


def _sidecar_key(vault_key: bytes) -> bytes:
    return hmac.new(vault_key, b"ledger-sidecar", hashlib.sha256).digest()


def _canonical(content: dict[str, object]) -> bytes:
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def sidecar_bytes(entries: Iterable[LedgerEntry], vault_key: bytes) -> bytes:
    content: dict[str, object] = {
        "format": SIDECAR_FORMAT,
        "version": SIDECAR_VERSION,
        "entries": [asdict(e) for e in entries],
    }
    mac = hmac.new(_sidecar_key(vault_key), _canonical(content), hashlib.sha256).hexdigest()
    return json.dumps({**content, "hmac": mac}, ensure_ascii=False, indent=1).encode() + b"\n"


def write_sidecar(path: Path, entries: Iterable[LedgerEntry], vault_key: bytes) -> None:
    """Replace the sidecar atomically (0600) with *entries* and their HMAC."""
    atomic_write_bytes(path, sidecar_bytes(entries, vault_key), mode=0o600)


def read_sidecar(path: Path, vault_key: bytes) -> list[LedgerEntry]:
    """The entries of the sidecar; ``LedgerTampered`` if its HMAC or its chain does not verify.

    A missing file raises ``FileNotFoundError`` (the caller decides whether that is fine).
    """
    try:
        document = json.loads(path.read_bytes())
        mac = document.pop("hmac")
        expected = hmac.new(_sidecar_key(vault_key), _canonical(document), hashlib.sha256)
        valid = hmac.compare_digest(str(mac), expected.hexdigest())
        entries = [LedgerEntry(**item) for item in document["entries"]] if valid else []
    except FileNotFoundError:
        raise
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise LedgerTampered(
            detail=QT_TRANSLATE_NOOP("Errors", "the sidecar file cannot be read")
        ) from exc
    if not valid:
        raise LedgerTampered(
            detail=QT_TRANSLATE_NOOP("Errors", "the sidecar file was changed without the key")
        )
    if first_broken_link(entries) is not None:
        raise LedgerTampered(
            detail=QT_TRANSLATE_NOOP("Errors", "the chain in the sidecar file is broken")
        )
    return entries


def merge_entries(ours: Iterable[LedgerEntry], theirs: Iterable[LedgerEntry]) -> list[LedgerEntry]:
    """The union (by hash) of two copies of the ledger, for a restore; the chain re-verified.

    Two intact copies of one ledger agree on a common prefix; one may be longer. Copies that
    fork (two different entries with the same seq) cannot be merged.
    """
    by_hash = {e.hash: e for e in ours}
    by_hash.update((e.hash, e) for e in theirs)
    merged = sorted(by_hash.values(), key=lambda e: e.seq)
    if len({e.seq for e in merged}) != len(merged) or first_broken_link(merged) is not None:
        raise LedgerTampered(
            detail=QT_TRANSLATE_NOOP("Errors", "the two copies of the ledger disagree")
        )
    return merged


def import_entries(db: Db, entries: Iterable[LedgerEntry]) -> list[LedgerEntry]:
    """Insert the entries the vault lacks (after a restore); returns those added.

    The caller replays them (erases the clients named) in the same transaction.
    """
    with db.transaction():
        merged = merge_entries(ledger_entries(db), entries)
        have = {row[0] for row in db.all("SELECT hash FROM erasure_ledger")}
        added = [e for e in merged if e.hash not in have]
        for e in added:
            _insert(db, e)
    return added


def sidecar_problem(path: Path, vault_key: bytes, in_vault: list[LedgerEntry]) -> str | None:
    """Why the sidecar does not vouch for the vault's ledger, or None if it does.

    A missing sidecar is fine only while the ledger is empty. The sidecar may be *longer* than
    the vault's ledger (a restored older vault): that is reported, since erasures are pending.
    """
    try:
        outside = read_sidecar(path, vault_key)
    except FileNotFoundError:
        if not in_vault:
            return None
        return QT_TRANSLATE_NOOP("Errors", "the sidecar file erasure-ledger.json is missing")
    except LedgerTampered as exc:
        return str(exc.args_map["detail"])
    hashes = [e.hash for e in outside]
    mine = [e.hash for e in in_vault]
    if hashes == mine:
        return None
    if hashes[: len(mine)] == mine:
        return QT_TRANSLATE_NOOP(
            "Errors", "the sidecar file lists erasures the vault lacks (replay them)"
        )
    return QT_TRANSLATE_NOOP("Errors", "the sidecar file and the vault's ledger differ")

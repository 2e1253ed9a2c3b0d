"""Hash-chained, append-only logs: the audit log and the erasure ledger.

Each entry's hash covers its own fields and the previous entry's hash, so altering, removing or
reordering an entry breaks the chain from that point on. The entries carry random UUIDs and
action names only, never names or content.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass

from coachdesk.domain.dates import stamp
from coachdesk.vault.connection import Db

GENESIS = "0" * 64


def chain_hash(prev_hash: str, fields: Iterable[object]) -> str:
    payload = json.dumps([prev_hash, *fields], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int
    at: str
    action: str
    subject_kind: str
    subject_uuid: str
    client_uuid: str


def append_audit(
    db: Db,
    action: str,
    *,
    subject_kind: str = "",
    subject_uuid: str = "",
    client_uuid: str = "",
    at: str | None = None,
) -> None:
    """Append one audit entry; call inside the transaction that made the change."""
    at = at or stamp()
    with db.transaction():
        prev = db.scalar("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1") or GENESIS
        seq = int(db.scalar("SELECT coalesce(max(seq), 0) + 1 FROM audit_log"))
        digest = chain_hash(prev, (seq, at, action, subject_kind, subject_uuid, client_uuid))
        db.execute(
            "INSERT INTO audit_log (seq, at, action, subject_kind, subject_uuid, client_uuid,"
            " prev_hash, hash) VALUES (:seq, :at, :action, :kind, :subject, :client, :prev,"
            " :hash)",
            {
                "seq": seq,
                "at": at,
                "action": action,
                "kind": subject_kind,
                "subject": subject_uuid,
                "client": client_uuid,
                "prev": prev,
                "hash": digest,
            },
        )


def audit_entries(db: Db, *, client_uuid: str | None = None, limit: int = 500) -> list[AuditEntry]:
    sql = "SELECT seq, at, action, subject_kind, subject_uuid, client_uuid FROM audit_log"
    params: dict[str, object] = {"limit": limit}
    if client_uuid is not None:
        sql += " WHERE client_uuid = :client"
        params["client"] = client_uuid
    sql += " ORDER BY seq DESC LIMIT :limit"
    return [AuditEntry(*row) for row in db.all(sql, params)]


def first_broken_audit_link(db: Db) -> int | None:
    """Return the seq of the first entry whose hash does not follow, or None if intact."""
    prev = GENESIS
    expected_seq = 1
    rows = db.execute(
        "SELECT seq, at, action, subject_kind, subject_uuid, client_uuid, prev_hash, hash"
        " FROM audit_log ORDER BY seq"
    )
    for seq, at, action, kind, subject, client, prev_hash, digest in rows:
        if seq != expected_seq or prev_hash != prev:
            return int(seq)
        if chain_hash(prev, (seq, at, action, kind, subject, client)) != digest:
            return int(seq)
        prev = digest
        expected_seq += 1
    return None

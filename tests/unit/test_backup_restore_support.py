"""Shared pieces of the restore tests: a small practice with canaries, its backup, file hashes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from test_erasure import Canaries, add_client, needles

from coachdesk.services.backup.create import create_backup
from coachdesk.services.demo import generate_demo
from coachdesk.vault import forensics
from coachdesk.vault.vault import Vault

TABLES = ("clients", "notes", "appointments", "tasks", "documents", "erasure_ledger")


@dataclass(frozen=True)
class Practice:
    vault: Vault
    recovery_key: str
    target: Canaries  # erased after the backup in some tests
    target_id: int
    target_uuid: str
    bystander: Canaries
    backup: Path
    counts: dict[str, int]
    note_body: str
    document: bytes


def counts(vault: Vault) -> dict[str, int]:
    """Rows per table; system tasks (retention, backup reminders) are recomputed, not restored."""
    with vault.session() as db:
        found = {t: int(db.scalar(f"SELECT count(*) FROM {t}")) for t in TABLES}
        found["tasks"] = int(db.scalar("SELECT count(*) FROM tasks WHERE system_key = ''"))
        return found


def make_practice(vault: Vault, recovery_key: str, backups: Path) -> Practice:
    target, bystander = Canaries.new(), Canaries.new()
    with vault.session() as db:
        generate_demo(db, clients=4, seed=3, today=date(2026, 11, 1), attachments=False)
        cid = add_client(db, target)
        other = add_client(db, bystander)
        uuid = str(db.scalar("SELECT uuid FROM clients WHERE id = :id", {"id": cid}))
        body = str(db.scalar("SELECT body FROM notes WHERE client_id = :c LIMIT 1", {"c": other}))
        doc = bytes(db.scalar("SELECT content FROM documents WHERE client_id = :c", {"c": other}))
    backups.mkdir(parents=True, exist_ok=True)
    record = create_backup(vault, backups)
    return Practice(vault, recovery_key, target, cid, uuid, bystander, Path(record.path),
                    counts(vault), body, doc)  # fmt: skip


def found_in_pages(db_file: Path, key: bytes, canaries: Canaries) -> set[str]:
    pages = [p.plaintext for p in forensics.all_pages(db_file, key)]
    return {
        label
        for label, token in canaries.tokens().items()
        if any(n in page for page in pages for n in needles(token))
    }


def file_hashes(root: Path) -> dict[str, str]:
    """Every file below *root* with its SHA-256 (for 'byte-identical' checks)."""
    if not root.exists():
        return {}
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def no_plain_sqlite(root: Path) -> list[str]:
    """Files below *root* that start like a plaintext SQLite database (must be none)."""
    bad = []
    for p in root.rglob("*"):
        if p.is_file():
            with open(p, "rb") as fh:
                if fh.read(16) == b"SQLite format 3\0":
                    bad.append(str(p))
    return bad

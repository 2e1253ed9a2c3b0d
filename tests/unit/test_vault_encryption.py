"""Promise 1: no plaintext on disk. Real SQLCipher files, searched byte by byte for canaries."""

from __future__ import annotations

import base64
import json
import os
import sqlite3
import threading
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from coachdesk.domain.models import ClientDraft
from coachdesk.domain.validation import validate_client
from coachdesk.paths import DataPaths
from coachdesk.vault.connection import Db
from coachdesk.vault.repos import clients, documents, notes
from coachdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE, all_files_bytes

SQLITE_MAGIC = b"SQLite format 3\x00"
TODAY = date(2026, 11, 25)


@dataclass(frozen=True)
class Canaries:
    """One unique token per place client data can live; each is searched for on disk."""

    name: str
    email: str
    note: str
    document: str

    @classmethod
    def new(cls) -> Canaries:
        return cls(*(uuid.uuid4().hex for _ in range(4)))

    def tokens(self) -> list[str]:
        return [self.name, self.email, self.note, self.document]


def needles(token: str) -> list[bytes]:
    """The forms a token could take in a file: UTF-8 either case, UTF-16 (SQLite's other
    text encoding) and base64 (in case anything serialises blobs)."""
    out = [token.encode(), token.upper().encode(), token.encode("utf-16-le")]
    out += [token.encode("utf-16-be"), base64.b64encode(token.encode())]
    return out


def plaintext_hits(root: Path, canaries: Canaries) -> list[tuple[str, str]]:
    """(file, token) for every canary found in the raw bytes of any file below *root*."""
    hits = []
    for name, data in all_files_bytes(root).items():
        for token in canaries.tokens():
            if any(n in data for n in needles(token)):
                hits.append((name, token))
    return hits


def fill(db: Db, canaries: Canaries) -> None:
    """A client, a note and a document, each carrying its canary, plus enough bulk that the
    data spans many pages (overflow pages for the document, FTS segments for the text)."""
    draft = validate_client(
        ClientDraft(
            first_name=f"Anna{canaries.name}",
            last_name="de Vries",
            email=f"mail{canaries.email}@example.nl",
            city=f"Utrecht{canaries.name}",
        ),
        TODAY,
    )
    client = clients.insert(db, draft, today=TODAY)
    notes.insert(
        db,
        client.id,
        note_date=TODAY,
        title="Intake",
        body=f"Vertrouwelijk CANARY-{canaries.note} slaapt slecht. " * 50,
    )
    blob = os.urandom(150_000) + f"CANARY-{canaries.document}".encode() + os.urandom(150_000)
    documents.insert(db, client.id, "verslag.pdf", blob)


def assert_readable_back(db: Db, canaries: Canaries) -> None:
    """The data really is in the vault: the 'not found on disk' checks are not vacuous."""
    client = clients.list_clients(db, clients.ClientQuery(search=f"Anna{canaries.name}"))[0]
    assert canaries.email in client.email
    assert canaries.note in notes.for_client(db, client.id)[0].body
    doc = documents.for_client(db, client.id)[0]
    assert canaries.document.encode() in documents.content(db, doc.id)


def test_control_the_search_finds_plaintext(tmp_path: Path) -> None:
    """The same search on an unencrypted SQLite file does find every canary (WAL included)."""
    canaries = Canaries.new()
    plain = tmp_path / "plain"
    plain.mkdir()
    conn = sqlite3.connect(plain / "plain.db")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (name TEXT, email TEXT, body TEXT, content BLOB)")
    with conn:
        conn.execute(
            "INSERT INTO t VALUES (?, ?, ?, ?)",
            (
                f"Anna{canaries.name}",
                f"mail{canaries.email}@example.nl",
                f"CANARY-{canaries.note}",
                f"CANARY-{canaries.document}".encode(),
            ),
        )
    assert (plain / "plain.db-wal").stat().st_size > 0
    found = {token for _file, token in plaintext_hits(plain, canaries)}
    conn.close()
    assert found == set(canaries.tokens())
    assert (plain / "plain.db").read_bytes().startswith(SQLITE_MAGIC)


def test_fresh_vault_file_is_not_sqlite_plaintext(vault: Vault, paths: DataPaths) -> None:
    assert paths.vault_db.read_bytes()[:16] != SQLITE_MAGIC
    assert not any(v.startswith(SQLITE_MAGIC) for v in all_files_bytes(paths.root).values())


def test_no_canary_in_any_file_with_wal_live_and_after_checkpoint(
    vault: Vault, paths: DataPaths
) -> None:
    canaries = Canaries.new()
    db = vault.connect()
    try:
        fill(db, canaries)
        assert_readable_back(db, canaries)

        # 1. Uncheckpointed: the writes sit in vault.db-wal (and the index in -shm).
        files = all_files_bytes(paths.root)
        assert len(files.get("vault.db-wal", b"")) > 300_000, "expected the writes in the WAL"
        assert "vault.db-shm" in files
        assert plaintext_hits(paths.root, canaries) == []
        assert not files["vault.db"].startswith(SQLITE_MAGIC)

        # 2. A passive checkpoint copies the frames into vault.db; the WAL stays.
        db.execute("PRAGMA wal_checkpoint").fetchall()
        assert plaintext_hits(paths.root, canaries) == []

        # 3. Update the note (old version goes to a free page / new WAL frames), then
        #    checkpoint with truncation.
        note = notes.for_client(db, clients.list_ids(db, clients.ClientQuery())[0])[0]
        notes.update(
            db, note.id, title="Intake", body=f"Nieuw CANARY-{canaries.note}",
            note_date=TODAY, special_category=True,
        )  # fmt: skip
        assert plaintext_hits(paths.root, canaries) == []
        db.checkpoint()
        assert plaintext_hits(paths.root, canaries) == []
    finally:
        db.close()

    # 4. Closed: everything folded into vault.db.
    assert plaintext_hits(paths.root, canaries) == []
    assert not paths.vault_db.read_bytes().startswith(SQLITE_MAGIC)
    assert len(paths.vault_db.read_bytes()) > 300_000


def test_hardening_pragmas_on_every_connection(vault: Vault) -> None:
    expected = {
        "secure_delete": 1,
        "temp_store": 2,
        "foreign_keys": 1,
        "journal_mode": "wal",
        "synchronous": 2,
        "trusted_schema": 0,
    }

    def read(db: Db) -> dict[str, object]:
        values: dict[str, object] = {name: db.pragma(name) for name in expected}
        values["journal_mode"] = str(values["journal_mode"]).lower()
        values["busy_timeout"] = db.pragma("busy_timeout")
        values["cipher_version"] = db.pragma("cipher_version")
        return values

    def check(values: dict[str, object]) -> None:
        for name, value in expected.items():
            assert values[name] == value, name
        assert int(values["busy_timeout"]) >= 1000  # type: ignore[call-overload]
        assert str(values["cipher_version"]).startswith("4.")

    for _ in range(2):  # two independent connections on this thread
        db = vault.connect()
        try:
            check(read(db))
        finally:
            db.close()

    seen: list[dict[str, object]] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            with vault.session() as db:
                seen.append(read(db))
        except BaseException as exc:  # reported in the main thread
            errors.append(exc)

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join(30)
    assert not errors
    assert len(seen) == 1
    check(seen[0])


def test_meta_holds_no_client_data_and_no_raw_key(vault: Vault, paths: DataPaths) -> None:
    canaries = Canaries.new()
    with vault.session() as db:
        fill(db, canaries)
    old_key = vault.key_for_backup()
    vault.rotate_key(PASSPHRASE)
    new_key = vault.key_for_backup()
    assert new_key != old_key

    meta = json.loads(paths.meta.read_text("utf-8"))
    assert set(meta) <= {
        "format", "app", "vault_id", "created_at", "schema_version", "recovery_recipient",
        "slots", "keyring", "pending",
    }  # fmt: skip
    assert plaintext_hits(paths.root, canaries) == []
    for name, data in all_files_bytes(paths.root).items():
        for key in (old_key, new_key):
            for form in (
                key,
                key.hex().encode(),
                key.hex().upper().encode(),
                base64.b64encode(key),
            ):
                assert form not in data, f"a form of the raw key is in {name}"


def test_files_are_private(vault: Vault, paths: DataPaths) -> None:
    if os.name != "posix":
        return
    assert paths.root.stat().st_mode & 0o077 == 0
    assert paths.vault_db.stat().st_mode & 0o077 == 0
    assert paths.meta.stat().st_mode & 0o077 == 0

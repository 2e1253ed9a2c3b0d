"""Schema migrations: numbered, transactional, a pre-migration copy, newer vaults refused."""

from __future__ import annotations

import sqlite3
from importlib import resources

import pytest

from coachdesk.domain.errors import MigrationFailed, VaultTooNew
from coachdesk.paths import DataPaths
from coachdesk.vault.connection import Db, open_db
from coachdesk.vault.meta import load_meta
from coachdesk.vault.migrations import (
    LATEST_VERSION,
    MIGRATIONS,
    Migration,
    builtin_migrations,
    schema_version,
    split_sql,
)
from coachdesk.vault.vault import Passphrase, RecoveryKey, Vault
from tests.conftest import PASSPHRASE, all_files_bytes

SQLITE_MAGIC = b"SQLite format 3\x00"


def schema_of(db: Db) -> list[tuple[str, str, str]]:
    rows = db.all("SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name")
    return [tuple(r) for r in rows]


def test_builtin_migrations_are_numbered_from_one() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, LATEST_VERSION + 1))
    assert [(m.version, m.name) for m in builtin_migrations()] == [
        (m.version, m.name) for m in MIGRATIONS
    ]


def test_fresh_vault_is_at_the_latest_version(vault: Vault, paths: DataPaths) -> None:
    with vault.session() as db:
        assert schema_version(db) == LATEST_VERSION
        assert db.scalar("SELECT count(*) FROM practice") == 1
    assert load_meta(paths.meta).schema_version == LATEST_VERSION
    assert not list(paths.root.glob("vault.db.before-migration-*"))


def test_newer_vault_is_refused_untouched(vault: Vault, paths: DataPaths) -> None:
    db = open_db(paths.vault_db, vault.key_for_backup())
    try:
        db.execute(f"PRAGMA user_version = {LATEST_VERSION + 3}")
        db.checkpoint()
    finally:
        db.close()
    before = all_files_bytes(paths.root)
    with pytest.raises(VaultTooNew) as info:
        Vault.unlock(paths, Passphrase(PASSPHRASE))
    assert str(LATEST_VERSION + 3) in str(info.value)
    assert "nothing was changed" in str(info.value).lower()
    assert all_files_bytes(paths.root) == before


def test_migration_copies_first_and_removes_the_copy_after_success(
    vault: Vault, paths: DataPaths, recovery_key: str
) -> None:
    copy = paths.migration_copy(LATEST_VERSION)
    seen: dict[str, object] = {}

    def apply(db: Db) -> None:
        assert db.in_transaction
        seen["copy_exists"] = copy.exists()
        data = copy.read_bytes()
        seen["copy_is_plaintext"] = data.startswith(SQLITE_MAGIC)
        # The live file was checkpointed before the copy, and this transaction has not written
        # to it yet: the copy is byte-identical to it.
        seen["copy_equals_live"] = data == paths.vault_db.read_bytes()
        db.execute("CREATE TABLE extra_things (id INTEGER PRIMARY KEY, label TEXT NOT NULL)")
        db.execute("INSERT INTO extra_things (label) VALUES ('x')")

    fake = Migration(LATEST_VERSION + 1, "extra_things", apply)
    migrated = Vault.unlock(paths, RecoveryKey(recovery_key), migrations=(*MIGRATIONS, fake))

    assert seen == {"copy_exists": True, "copy_is_plaintext": False, "copy_equals_live": True}
    assert not copy.exists()
    assert migrated.meta.schema_version == LATEST_VERSION + 1
    assert load_meta(paths.meta).schema_version == LATEST_VERSION + 1
    with migrated.session() as db:
        assert schema_version(db) == LATEST_VERSION + 1
        assert db.scalar("SELECT label FROM extra_things") == "x"
    # This program (without the fake migration) now finds the vault too new.
    with pytest.raises(VaultTooNew):
        Vault.unlock(paths, RecoveryKey(recovery_key))


def test_failing_migration_rolls_back_and_keeps_the_copy(
    vault: Vault, paths: DataPaths, recovery_key: str
) -> None:
    with vault.session() as db:
        schema_before = schema_of(db)
        db.checkpoint()
    live_before = paths.vault_db.read_bytes()
    meta_before = paths.meta.read_bytes()

    def apply(db: Db) -> None:
        db.execute("CREATE TABLE half_done (id INTEGER PRIMARY KEY)")
        db.execute("ALTER TABLE clients ADD COLUMN shoe_size INTEGER")
        raise RuntimeError("migration step failed")

    fake = Migration(LATEST_VERSION + 1, "broken", apply)
    with pytest.raises(MigrationFailed, match=r"Nothing was\s+changed") as info:
        Vault.unlock(paths, RecoveryKey(recovery_key), migrations=(*MIGRATIONS, fake))

    copy = paths.migration_copy(LATEST_VERSION)
    assert str(copy) in info.value.message
    assert copy.exists()
    assert not copy.read_bytes().startswith(SQLITE_MAGIC)
    assert copy.read_bytes() == live_before
    assert paths.meta.read_bytes() == meta_before
    assert paths.vault_db.read_bytes() == live_before  # rolled back: nothing reached the file

    reopened = Vault.unlock(paths, Passphrase(PASSPHRASE))
    with reopened.session() as db:
        assert schema_version(db) == LATEST_VERSION
        assert schema_of(db) == schema_before
        assert db.scalar("PRAGMA integrity_check") == "ok"
    # The copy itself opens with the same key, at the old version.
    copy_db = open_db(copy, reopened.key_for_backup())
    try:
        assert schema_version(copy_db) == LATEST_VERSION
    finally:
        copy_db.close()


def test_migrations_run_in_order_each_in_its_own_transaction(
    vault: Vault, paths: DataPaths, recovery_key: str
) -> None:
    order: list[int] = []

    def step(version: int):  # type: ignore[no-untyped-def]
        def apply(db: Db) -> None:
            assert db.in_transaction
            assert schema_version(db) == version - 1
            order.append(version)

        return apply

    extra = tuple(Migration(LATEST_VERSION + i, f"m{i}", step(LATEST_VERSION + i)) for i in (1, 2))
    migrated = Vault.unlock(paths, RecoveryKey(recovery_key), migrations=(*MIGRATIONS, *extra))
    assert order == [LATEST_VERSION + 1, LATEST_VERSION + 2]
    assert migrated.meta.schema_version == LATEST_VERSION + 2


# --- split_sql --------------------------------------------------------------------------------

TRIGGER_SCRIPT = """
-- a comment line before anything; with a semicolon;
CREATE TABLE a (id INTEGER PRIMARY KEY, note TEXT DEFAULT 'semi;colon');

CREATE TABLE log (msg TEXT);
CREATE TRIGGER a_insert AFTER INSERT ON a BEGIN
    INSERT INTO log (msg) VALUES ('inserted; really');
    -- a comment inside the trigger;
    INSERT INTO log (msg) VALUES ('second statement');
END;
CREATE TRIGGER a_update BEFORE UPDATE ON a
BEGIN
    SELECT RAISE(ABORT, 'append-only; sorry');
END;
INSERT INTO a (id) VALUES (1); -- trailing comment
"""


def test_split_sql_keeps_triggers_whole() -> None:
    statements = split_sql(TRIGGER_SCRIPT)
    assert len(statements) == 5
    assert statements[2].startswith("CREATE TRIGGER a_insert")
    assert statements[2].rstrip().endswith("END;")
    assert "second statement" in statements[2]
    assert statements[3].startswith("CREATE TRIGGER a_update")
    assert statements[4].startswith("INSERT INTO a")


def test_split_sql_statements_run() -> None:
    conn = sqlite3.connect(":memory:")
    for statement in split_sql(TRIGGER_SCRIPT):
        conn.execute(statement)
    assert conn.execute("SELECT count(*) FROM log").fetchone()[0] == 2
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE a SET note = 'x'")
    conn.close()


def test_split_sql_refuses_an_unterminated_statement() -> None:
    with pytest.raises(ValueError):
        split_sql("CREATE TABLE a (id INTEGER);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                  "  SELECT 1;\n")  # fmt: skip


def test_split_sql_on_the_shipped_schema_has_every_trigger() -> None:
    text = resources.files("coachdesk.vault").joinpath("schema/0001_initial.sql").read_text()
    statements = split_sql(text)
    triggers = [s for s in statements if s.upper().startswith("CREATE TRIGGER")]
    assert len(triggers) == text.upper().count("CREATE TRIGGER")
    assert all(s.rstrip().upper().endswith("END;") for s in triggers)

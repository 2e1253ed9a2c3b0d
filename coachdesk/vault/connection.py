"""The one place that opens SQLCipher connections, hardens them, and maps their errors.

Every connection gets the same pragmas, read back and checked, so no code path can end up with a
connection that writes a plaintext temp file or skips an fsync. A connection belongs to the
thread that opened it; workers open their own (cheap: the key is raw, no derivation).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlite

from coachdesk.domain.errors import StorageError, VaultBusy, VaultDamaged
from coachdesk.vault.keys import sqlcipher_key_literal

BUSY_TIMEOUT_MS = 5000

# (pragma, value to set, value expected when read back)
HARDENING: tuple[tuple[str, str, str], ...] = (
    ("secure_delete", "ON", "1"),
    ("temp_store", "MEMORY", "2"),
    ("foreign_keys", "ON", "1"),
    ("journal_mode", "WAL", "wal"),
    ("synchronous", "FULL", "2"),
    ("busy_timeout", str(BUSY_TIMEOUT_MS), str(BUSY_TIMEOUT_MS)),
    ("trusted_schema", "OFF", "0"),
)

DatabaseError = sqlite.DatabaseError
Row = sqlite.Row


class NotADatabase(Exception):
    """SQLCipher could not read page 1: wrong key or damaged header. The caller decides which."""


class HardeningError(AssertionError):
    """A pragma did not take: a programming or build error, never a coach's problem."""


def _message(exc: BaseException) -> str:
    return str(exc).lower()


@contextlib.contextmanager
def mapped_errors() -> Iterator[None]:
    """Turn environment errors from SQLite into errors with a message for the coach."""
    try:
        yield
    except sqlite.DatabaseError as exc:
        text = _message(exc)
        if "locked" in text or "busy" in text:
            raise VaultBusy() from exc
        if "full" in text:
            raise StorageError(reason="the disk is full") from exc
        if "readonly" in text or "read-only" in text:
            raise StorageError(reason="the vault file is read-only") from exc
        if "unable to open" in text:
            raise StorageError(reason="the vault file could not be opened") from exc
        if "disk i/o" in text:
            raise StorageError(reason="the disk reported an input/output error") from exc
        if "malformed" in text or "not a database" in text or "corrupt" in text:
            raise VaultDamaged(detail="a page could not be read") from exc
        raise


class Db:
    """A thin wrapper over one connection: named parameters, explicit transactions."""

    def __init__(self, conn: sqlite.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self.is_closed = False

    @property
    def raw(self) -> sqlite.Connection:
        return self._conn

    def execute(self, sql: str, params: Mapping[str, Any] | Sequence[Any] = ()) -> sqlite.Cursor:
        with mapped_errors():
            return self._conn.execute(sql, params)

    def executemany(self, sql: str, rows: Any) -> sqlite.Cursor:
        with mapped_errors():
            return self._conn.executemany(sql, rows)

    # Rows after the first are read by fetch*, outside execute(): map their errors too (a
    # damaged page deep in a table surfaces there, not in execute).
    def one(self, sql: str, params: Mapping[str, Any] | Sequence[Any] = ()) -> Any:
        with mapped_errors():
            row = self._conn.execute(sql, params).fetchone()
        return None if row is None else row

    def scalar(self, sql: str, params: Mapping[str, Any] | Sequence[Any] = ()) -> Any:
        with mapped_errors():
            row = self._conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def all(self, sql: str, params: Mapping[str, Any] | Sequence[Any] = ()) -> list[Any]:
        with mapped_errors():
            return self._conn.execute(sql, params).fetchall()

    @property
    def in_transaction(self) -> bool:
        return self._conn.in_transaction

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Db]:
        """BEGIN IMMEDIATE … COMMIT; rolls back on any exception. Nested calls join the outer."""
        if self._conn.in_transaction:
            yield self
            return
        with mapped_errors():
            self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            with contextlib.suppress(sqlite.Error):
                self._conn.execute("ROLLBACK")
            raise
        with mapped_errors():
            self._conn.execute("COMMIT")

    def pragma(self, name: str) -> Any:
        return self.scalar(f"PRAGMA {name}")

    def check_integrity(self) -> None:
        """Raise ``VaultDamaged`` unless SQLite's quick check finds every page sound."""
        result = self.all("PRAGMA quick_check")
        if [tuple(row) for row in result] != [("ok",)]:
            raise VaultDamaged(detail="the integrity check found damaged pages")

    def checkpoint(self) -> None:
        """Fold the WAL back into the main file and truncate it."""
        self.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def close(self) -> None:
        self.is_closed = True
        with contextlib.suppress(sqlite.Error):
            self._conn.close()


def open_db(path: Path, key: bytes, *, create: bool = False) -> Db:
    """Open (or create) the vault database with *key* and every hardening pragma in force.

    Raises ``NotADatabase`` when page 1 cannot be decrypted; the caller uses the key check value
    to tell a wrong key from a damaged file.
    """
    mode = "rwc" if create else "rw"
    uri = f"{path.absolute().as_uri()}?mode={mode}"
    with mapped_errors():
        conn = sqlite.connect(uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.row_factory = sqlite.Row
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f'PRAGMA key = "{sqlcipher_key_literal(key)}"')
        conn.execute("PRAGMA cipher_compatibility = 4")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite.DatabaseError as exc:
            if "not a database" in _message(exc) or "malformed" in _message(exc):
                raise NotADatabase() from exc
            raise
        with mapped_errors():
            for name, value, expected in HARDENING:
                conn.execute(f"PRAGMA {name} = {value}").fetchall()
                actual = str(conn.execute(f"PRAGMA {name}").fetchone()[0]).lower()
                if actual != expected.lower():
                    raise HardeningError(f"PRAGMA {name} is {actual}, expected {expected}")
            version = conn.execute("PRAGMA cipher_version").fetchone()
            if not version or not str(version[0]).startswith("4."):
                raise HardeningError(f"SQLCipher 4 required, found {version!r}")
    except BaseException:
        conn.close()
        raise
    return Db(conn, path)


def open_readonly(path: Path, key: bytes) -> Db:
    """Open an encrypted copy (a backup's snapshot) read-only: not a byte of it changes.

    No hardening pragmas that write (WAL would rewrite the header); temp data stays in memory.
    Raises ``NotADatabase`` when page 1 cannot be decrypted with *key*.
    """
    uri = f"{path.absolute().as_uri()}?mode=ro"
    with mapped_errors():
        conn = sqlite.connect(uri, uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f'PRAGMA key = "{sqlcipher_key_literal(key)}"')
        conn.execute("PRAGMA cipher_compatibility = 4")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA query_only = ON")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite.DatabaseError as exc:
            raise NotADatabase() from exc
    except BaseException:
        conn.close()
        raise
    return Db(conn, path)
